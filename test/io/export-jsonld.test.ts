import { describe, expect, test } from "vitest";

import { exportJsonLd } from "../../src/io/export-jsonld";
import { DEFAULT_DATASET, loaded, TRICKY_DATASET } from "./helpers";

type Json = Record<string, unknown>;

/** Expands a compact IRI the way a JSON-LD processor would with this document's inline context. */
function expand(context: Record<string, string>, term: string): string {
  const colon = term.indexOf(":");
  if (colon > 0 && Object.hasOwn(context, term.slice(0, colon)))
    return context[term.slice(0, colon)] + term.slice(colon + 1);
  return term.startsWith("@") || term.includes(":") ? term : context["@vocab"] + term;
}

function read(file: string) {
  const { graph } = loaded(file);
  const out = exportJsonLd(graph);
  const doc = JSON.parse(out.text) as { "@context": Record<string, string>; "@graph": Json[] };
  const byId = new Map(doc["@graph"].map((n) => [n["@id"] as string, n]));
  return { graph, out, doc, byId };
}

describe("JSON-LD export", () => {
  test("every node is typed with schema.org and named", () => {
    const { graph, out, doc, byId } = read(DEFAULT_DATASET);
    expect(out).toMatchObject({ filename: "veo-rehabilitation.jsonld", mime: "application/ld+json" });
    const expected = {
      event: "Event",
      organisation: "Organization",
      person: "Person",
      document: "CreativeWork",
      theme: "DefinedTerm",
      other: "Thing",
    };
    graph.forEachNode((key, a) => {
      const node = byId.get(`node:${key}`);
      expect(node?.["@type"]).toBe(expected[a.kind]);
      expect(node?.name).toBe(a.label);
      expect(expand(doc["@context"], node?.["@type"] as string)).toMatch(/^https:\/\/schema\.org\/\w+$/);
    });
  });

  test("each citation is a Quotation of its source, on nodes and on the Role of each relation", () => {
    const { graph, doc, byId } = read(DEFAULT_DATASET);
    const roles = doc["@graph"].flatMap((n) =>
      Object.values(n).flatMap((v) => (Array.isArray(v) ? v.filter((r) => (r as Json)?.["@type"] === "Role") : [])),
    ) as Json[];
    expect(roles.length).toBe(graph.size);
    const roleById = new Map(roles.map((r) => [r["@id"], r]));
    graph.forEachEdge((key, a, source, target) => {
      const role = roleById.get(`edge:${key}`);
      expect(role?.roleName).toBe(a.relation);
      const refs = JSON.stringify(role);
      expect(refs.includes(`"node:${source}"`) || refs.includes(`"node:${target}"`)).toBe(true);
      expect((role?.subjectOf as Json[]).map((q) => q.text)).toEqual(a.sources.map((c) => c.quote));
    });
    graph.forEachNode((key, a) => {
      const quotes = byId.get(`node:${key}`)?.subjectOf as Json[];
      expect(quotes.map((q) => [q["@type"], q.text, (q.isPartOf as Json)["@id"]])).toEqual(
        a.sources.map((c) => ["Quotation", c.quote, `src:${c.source}`]),
      );
    });
  });

  test("relations use schema.org properties on the end schema.org puts them, others the dataset's vocabulary", () => {
    const { byId, doc } = read(TRICKY_DATASET);
    const meeting = byId.get("node:meeting") as Json;
    const organizer = (meeting.organizer as Json[])[0];
    expect(organizer).toMatchObject({ "@type": "Role", roleName: "hosted", organizer: { "@id": "node:network" } });
    expect(organizer.description).toBe("Alpha, Beta & Gamma hosted Rome meeting");
    expect(meeting).toMatchObject({
      startDate: "2012-04-03",
      endDate: "2012-04-04",
      location: { name: "Rome, Italy" },
    });
    expect(byId.get("node:annex")?.isBasedOn).toMatchObject([{ isBasedOn: { "@id": "node:memo" } }]);
    expect(byId.get("node:memo")?.["rel:adopted-at"]).toMatchObject([{ "rel:adopted-at": { "@id": "node:meeting" } }]);
    expect(expand(doc["@context"], "rel:adopted-at")).toBe("urn:policy-lineage:relation:adopted-at");
    expect(byId.get("node:chair")).toMatchObject({ "@type": "Person", jobTitle: "Chair, network" });
  });

  test("every @id referred to is described in the document", () => {
    const { doc, byId } = read(TRICKY_DATASET);
    const described = new Set(byId.keys());
    const referred: string[] = [];
    const walk = (v: unknown, top: boolean) => {
      if (Array.isArray(v)) return v.forEach((x) => walk(x, false));
      if (v && typeof v === "object") {
        const o = v as Json;
        if (!top && Object.keys(o).length === 1 && typeof o["@id"] === "string") referred.push(o["@id"]);
        Object.values(o).forEach((x) => walk(x, false));
      }
    };
    doc["@graph"].forEach((n) => walk(n, true));
    expect(referred.length).toBeGreaterThan(0);
    expect(referred.filter((id) => !described.has(id))).toEqual([]);
    expect(byId.get("src:notes")).toMatchObject({
      "@type": "CreativeWork",
      name: "Meeting notes",
      url: "https://example.org/notes",
    });
  });
});
