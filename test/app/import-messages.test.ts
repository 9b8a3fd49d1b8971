import { describe, expect, it } from "vitest";

import { readAll, reviveRead, sendRead } from "../../src/app/loading/import-messages";
import { importNotices } from "../../src/app/loading/import-notices";
import { importFile, readDataset, sourceIdOf } from "../../src/io";
import { isReadOnly } from "../../src/model";

const FLAT = JSON.stringify({
  attributes: { title: "Small" },
  nodes: [
    { key: "a", attributes: { label: "Alpha", type: "Organization" } },
    { key: "b", attributes: { label: "Beta", type: "Widget" } },
  ],
  edges: [{ key: "ab", source: "a", target: "b", attributes: { relation: "supports" } }],
});

describe("the import worker's messages", () => {
  it("reads files as text in chunks, reporting bytes read", async () => {
    const seen: [number, number][] = [];
    const text = "é".repeat(200_000);
    const read = await readAll([new File([text], "big.json"), new File(["x"], "notes.md")], (done, total) =>
      seen.push([done, total]),
    );
    expect(read.map((r) => [r.name, r.text.length])).toEqual([
      ["big.json", 200_000],
      ["notes.md", 1],
    ]);
    const total = 400_001;
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([done], i) => i === 0 || done >= seen[i - 1]![0])).toBe(true);
  });

  it("names source texts by file name, in any folder, .md or .txt in any case", () => {
    const files = [
      { name: "dir/seed.md", text: "S" },
      { name: "other.TXT", text: "O" },
      { name: "small.json", text: FLAT },
    ];
    expect(files.map((f) => sourceIdOf(f.name))).toEqual(["seed", "other", null]);
    const read = readDataset(files);
    expect(read.ok && { ...read.texts }).toEqual({ seed: "S", other: "O" });
  });

  it("revives a graph sent back from the worker: same graph, read-only, same unverified sources", () => {
    const result = readDataset([{ name: "small.json", text: FLAT }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const back = reviveRead(JSON.parse(JSON.stringify(sendRead(result))));
    if (!back.ok) throw new Error("revive failed");
    expect(back.graph.export()).toEqual(result.graph.export());
    expect(isReadOnly(back.graph)).toBe(true);
    expect(back.unverified).toEqual(result.unverified);
    expect({ ...back, graph: null, unverified: null }).toEqual({ ...result, graph: null, unverified: null });
    const failure = { ok: false as const, problems: [{ where: "file", severity: "error" as const, message: "bad" }] };
    expect(reviveRead(sendRead(failure))).toEqual(failure);
  });

  it("tells the reader what was opened and what fell back to generic kinds", () => {
    const result = importFile("small.json", FLAT);
    if (!result.ok) throw new Error("import failed");
    const messages = importNotices("small.json", result).map((n) => n.message);
    expect(messages[0]).toBe("Opened small.json (a graphology JSON export): 2 nodes and 1 relations.");
    expect(messages.some((m) => m.includes('1 node(s) named no known kind and are shown as "Other"'))).toBe(true);
  });
});
