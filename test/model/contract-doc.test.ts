// docs/data-contract.md lists the relation vocabulary for people who write data by hand: it must
// say what the app does, relation by relation.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { RELATION_IDS, relationSpec } from "../../src/model";

const DOC = readFileSync(fileURLToPath(new URL("../../docs/data-contract.md", import.meta.url)), "utf8");
const SECTION = DOC.split("## The relation vocabulary")[1]!.split("\n## ")[0]!;
const rows = new Map(
  SECTION.split("\n")
    .filter((line) => /^\| `[a-z-]+`\s*\|/.test(line))
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .map((cells) => [cells[1]!.replace(/`/g, ""), cells.slice(2, 6)] as const),
);
const kinds = (list: readonly string[]) => (list.length >= 6 ? "any" : list.join(", "));

describe("the data contract's relation table", () => {
  it("has one row for each relation of the vocabulary, and no other", () => {
    expect([...rows.keys()].sort()).toEqual([...RELATION_IDS].sort());
  });
  it.each(RELATION_IDS)("reads %s as the app does, between the kinds it allows", (id) => {
    const spec = relationSpec(id);
    expect(rows.get(id)).toEqual([spec.reading, kinds(spec.from), kinds(spec.to), spec.lineage ? "yes" : ""]);
  });
});
