// The relation vocabulary is closed and others add to it: these are the invariants every entry
// must keep for sentences, legends and lineage to work.
import { describe, expect, it } from "vitest";

import { isLineage, isRelation, KINDS, readRelation, RELATION_IDS, RELATIONS, relationSpec } from "../../src/model";

describe("the relation vocabulary", () => {
  it.each(RELATION_IDS)("%s reads as a sentence and joins real kinds", (id) => {
    const spec = relationSpec(id);
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(spec.label.trim()).not.toBe("");
    expect(spec.inverse.trim()).not.toBe("");
    expect(spec.reading).toContain("{source}");
    expect(spec.reading).toContain("{target}");
    expect(spec.from.length).toBeGreaterThan(0);
    expect(spec.to.length).toBeGreaterThan(0);
    for (const kind of [...spec.from, ...spec.to]) expect(KINDS).toContain(kind);
  });

  it("keeps lineage to document → document", () => {
    const lineage = RELATION_IDS.filter(isLineage);
    expect(lineage.length).toBeGreaterThan(0);
    for (const id of lineage) {
      expect(RELATIONS[id].from).toEqual(["document"]);
      expect(RELATIONS[id].to).toEqual(["document"]);
    }
  });

  it("has labels no two relations share, so a legend can tell them apart", () => {
    const labels = RELATION_IDS.map((id) => relationSpec(id).label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("fills a reading with node labels", () => {
    expect(readRelation("hosted", "ICCT", "the Hague conference")).toBe("ICCT hosted the Hague conference");
  });

  it("knows only its own ids, not object internals", () => {
    expect(isRelation("hosted")).toBe(true);
    for (const other of ["toString", "constructor", "__proto__", "Hosted", "", 3, null])
      expect(isRelation(other)).toBe(false);
  });
});
