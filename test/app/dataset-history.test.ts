import { describe, expect, it } from "vitest";

import {
  fileEntryOf,
  goneFileNotice,
  homeAddress,
  KEPT_FILES,
  KeptFiles,
  newFileEntry,
} from "../../src/app/dataset-history";

describe("which dataset a history entry shows", () => {
  it("reads an opened file's tag from the history state, and nothing else", () => {
    const entry = newFileEntry("data.json, seed.md");
    expect(fileEntryOf(structuredClone(entry))).toEqual(entry);
    for (const other of [null, undefined, "x", 1, {}, { file: 1, names: "a" }, { file: "a" }])
      expect(fileEntryOf(other), JSON.stringify(other)).toBeNull();
  });

  it("tags every opened file afresh, also after a reload at the same moment", () => {
    const now = 1_800_000_000_000;
    const a = newFileEntry("a.json", now);
    const b = newFileEntry("a.json", now);
    expect(a.file).not.toBe(b.file);
    expect(newFileEntry("a.json", now + 1).file).not.toBe(a.file);
  });

  it("keeps the last few opened files and lets older ones go", () => {
    const kept = new KeptFiles<string>(2);
    kept.add("1", "one");
    kept.add("2", "two");
    kept.add("1", "one again");
    kept.add("3", "three");
    expect([kept.get("1"), kept.get("2"), kept.get("3")]).toEqual(["one again", undefined, "three"]);
    const byDefault = new KeptFiles<number>();
    for (let i = 0; i <= KEPT_FILES; i++) byDefault.add(String(i), i);
    expect(byDefault.get("0")).toBeUndefined();
    expect(byDefault.get(String(KEPT_FILES))).toBe(KEPT_FILES);
  });

  it("says which file is gone and what is shown instead", () => {
    const { message } = goneFileNotice({ file: "x", names: "gephi-like.gexf" }, "Policy history");
    expect(message).toContain("gephi-like.gexf");
    expect(message).toContain('Showing "Policy history" instead');
  });

  it("returns to the dataset the page was loaded with, in its first view", () => {
    expect(homeAddress("/app/", null)).toBe("/app/");
    expect(homeAddress("/", "fixtures/a b.json")).toBe("/?dataset=fixtures%2Fa%20b.json");
  });
});
