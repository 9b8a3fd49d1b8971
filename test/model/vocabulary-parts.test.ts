import { describe, expect, it } from "vitest";

import { RELATION_IDS } from "../../src/model";
import { DOCUMENT_RELATIONS } from "../../src/model/vocabulary/documents";
import { EVENT_RELATIONS } from "../../src/model/vocabulary/events";
import { TIE_RELATIONS } from "../../src/model/vocabulary/ties";

describe("the vocabulary's parts", () => {
  it("name each relation in one part only, so none is overwritten when they are put together", () => {
    const parts = [EVENT_RELATIONS, DOCUMENT_RELATIONS, TIE_RELATIONS].map((p) => Object.keys(p));
    expect(parts.flat()).toEqual(RELATION_IDS);
    expect(new Set(parts.flat()).size).toBe(parts.flat().length);
  });

  it("keep lineage steps among the document relations", () => {
    for (const part of [EVENT_RELATIONS, TIE_RELATIONS])
      for (const spec of Object.values(part)) expect((spec as { lineage?: boolean }).lineage).toBeUndefined();
  });
});
