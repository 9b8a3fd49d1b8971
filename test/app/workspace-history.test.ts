import { describe, expect, it } from "vitest";

import { newFileEntry } from "../../src/app/dataset-history";
import { afterPopState, ownsEntry } from "../../src/app/workspace-history";

const file = newFileEntry("opened.json");
const older = newFileEntry("older.json");
const kept = new Map([[file.file, "the opened graph"]]);
const inMemory = (id: string) => kept.get(id);

describe("Back and Forward between datasets", () => {
  it("leaves an entry of the dataset shown to its explorer", () => {
    expect(afterPopState({ state: null, search: "?select=a" }, null, null, inMemory)).toEqual({ kind: "stay" });
    expect(afterPopState({ state: file, search: "" }, file.file, null, inMemory)).toEqual({ kind: "stay" });
    const loaded = "fixtures/x.json";
    expect(afterPopState({ state: null, search: `?dataset=${loaded}` }, null, loaded, inMemory)).toEqual({
      kind: "stay",
    });
  });

  it("goes back from an opened file to the page's dataset", () => {
    expect(afterPopState({ state: null, search: "?select=a" }, file.file, null, inMemory)).toEqual({ kind: "home" });
  });

  it("goes forward to an opened file still in memory", () => {
    expect(afterPopState({ state: file, search: "" }, null, null, inMemory)).toEqual({
      kind: "file",
      entry: file,
      dataset: "the opened graph",
    });
  });

  it("says so when the file of an entry is no longer in memory", () => {
    expect(afterPopState({ state: older, search: "" }, file.file, null, inMemory)).toEqual({
      kind: "gone",
      entry: older,
    });
  });

  it("reloads for another ?dataset= than the page loaded, which only a reload can show", () => {
    expect(afterPopState({ state: null, search: "?dataset=other.json" }, null, null, inMemory)).toEqual({
      kind: "reload",
    });
    expect(afterPopState({ state: null, search: "" }, null, "fixtures/x.json", inMemory)).toEqual({
      kind: "reload",
    });
  });
});

describe("which entries an explorer's history binding owns", () => {
  it("owns the page dataset's entries when it shows it, and no opened file's", () => {
    expect(ownsEntry(null, null, { state: null, search: "?select=a" })).toBe(true);
    expect(ownsEntry(null, null, { state: file, search: "" })).toBe(false);
    expect(ownsEntry(null, null, { state: null, search: "?dataset=other.json" })).toBe(false);
    expect(ownsEntry(null, "x.json", { state: null, search: "?dataset=x.json&select=a" })).toBe(true);
  });

  it("owns an opened file's entries when it shows that file, and nothing else", () => {
    expect(ownsEntry(file, null, { state: file, search: "?select=a" })).toBe(true);
    expect(ownsEntry(file, null, { state: older, search: "" })).toBe(false);
    expect(ownsEntry(file, null, { state: null, search: "" })).toBe(false);
  });
});
