// Pins the facts of the default dataset that the app's story rests on, so an edit to
// graph-data/ cannot drop them silently. Written as "includes" / "at least": later guidance may be added.
import { fileURLToPath } from "node:url";

import { beforeAll, describe, expect, it } from "vitest";

import { readDatasetFiles } from "../../src/cli/read-dataset";
import { foldForSearch, isLineage, KINDS, type DataGraph, type Kind, type Relation } from "../../src/model";

const FILE = fileURLToPath(new URL("../../graph-data/veo-rehabilitation.json", import.meta.url));

let graph: DataGraph;

beforeAll(() => {
  const { result } = readDatasetFiles([FILE]);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join("\n"));
  graph = result.graph;
});

/** Nodes with an edge of one of `relations` into `target`. */
function sourcesOf(target: string, ...relations: Relation[]): string[] {
  return graph.filterInEdges(target, (_, a) => relations.includes(a.relation)).map((e) => graph.source(e));
}

function targetsOf(source: string, ...relations: Relation[]): string[] {
  return graph.filterOutEdges(source, (_, a) => relations.includes(a.relation)).map((e) => graph.target(e));
}

/** Documents reachable from `from` by following lineage edges (later → earlier). */
function ancestors(from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const node = queue.shift()!;
    for (const edge of graph.outEdges(node)) {
      const next = graph.target(edge);
      if (isLineage(graph.getEdgeAttribute(edge, "relation")) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe("default dataset (veo-rehabilitation)", () => {
  it("holds at least the seed's events, organisations, people, documents and themes", () => {
    const minimum: Record<Kind, number> = { event: 8, organisation: 7, person: 7, document: 4, theme: 12, other: 0 };
    for (const kind of KINDS) {
      expect(graph.filterNodes((_, a) => a.kind === kind).length, kind).toBeGreaterThanOrEqual(minimum[kind]);
    }
  });

  it("cites at least one source for every node and every edge", () => {
    graph.forEachNode((key, a) => expect(a.sources.length, key).toBeGreaterThan(0));
    graph.forEachEdge((key, a) => expect(a.sources.length, key).toBeGreaterThan(0));
  });

  it("keys every edge as <source>--<relation>--<target>", () => {
    graph.forEachEdge((key, a, source, target) => expect(key).toBe(`${source}--${a.relation}--${target}`));
  });

  it("traces the lineage good practices document ← Rome Memorandum ← 2013 additional guidance", () => {
    expect(targetsOf("rome-memorandum", "derived-from")).toContain("good-practices-document");
    expect(ancestors("rome-memorandum")).toContain("good-practices-document");
    const guidance = ancestors("additional-guidance-psychology-2013");
    expect(guidance).toContain("rome-memorandum");
    expect(guidance).toContain("good-practices-document");
  });

  it("extends the lineage past 2012 with guidance that builds on the Rome Memorandum", () => {
    const later = graph.filterNodes(
      (key, a) => a.kind === "document" && (a.start ?? "9999") > "2012-12" && ancestors(key).has("rome-memorandum"),
    );
    expect(later).toEqual(
      expect.arrayContaining([
        "additional-guidance-psychology-2013",
        "additional-guidance-religious-scholars-2013",
        "addendum-legal-frameworks",
        "nctc-cve-guide-2014",
      ]),
    );
    expect(later.length).toBeGreaterThanOrEqual(4);
    expect(targetsOf("nctc-cve-guide-2014", "draws-on")).toEqual(["rome-memorandum"]);
    expect(ancestors("addendum-legal-frameworks")).toContain("good-practices-document");
    expect(targetsOf("addendum-legal-frameworks", "addendum-to")).toContain("rome-memorandum");
  });

  it("dates the documents of the chain in order, and the good practices document no more precisely than its sources", () => {
    // No source dates it: considered at the December 2011 conference, "produced after" it.
    expect(graph.getNodeAttribute("good-practices-document", "start")).toBeUndefined();
    expect(graph.getNodeAttribute("good-practices-document", "note")).toMatch(/No source dates/);
    expect(graph.getNodeAttribute("rome-memorandum", "start")).toMatch(/^2012-06/);
    expect(graph.getNodeAttribute("additional-guidance-psychology-2013", "start")).toMatch(/^2013-05/);
  });

  it("has ICCT and UNICRI hosting the Hague conference of 6–9 December 2011", () => {
    expect(sourcesOf("hague-conference-2011", "hosted", "co-hosted").sort()).toEqual(["icct", "unicri"]);
    const hague = graph.getNodeAttributes("hague-conference-2011");
    expect([hague.start, hague.end]).toEqual(["2011-12-06", "2011-12-09"]);
    expect(hague.place).toMatch(/The Hague/);
    expect(targetsOf("good-practices-document", "considered-at")).toContain("hague-conference-2011");
    expect(sourcesOf("good-practices-document", "prepared")).toContain("icct");
    expect(sourcesOf("hague-conference-2011", "part-of")).toHaveLength(2);
  });

  it("has the Rome Memorandum adopted at the June 2012 ministerial plenary in Turkey", () => {
    const [plenary, ...others] = targetsOf("rome-memorandum", "adopted-at");
    expect(others).toEqual([]);
    expect(plenary).toBe("gctf-plenary-istanbul-2012");
    const event = graph.getNodeAttributes(plenary!);
    expect([event.start, event.end]).toEqual(["2012-06-07", "2012-06-08"]);
    expect(event.place).toMatch(/Turkey/);
    expect(sourcesOf(plenary!, "co-hosted").sort()).toEqual(["ahmet-davutoglu", "hillary-clinton"]);
    expect(sourcesOf("rome-memorandum", "highlighted")).toContain("giulio-terzi");
  });

  it("keeps who spoke, chaired and presented at the June 2012 UN seminar", () => {
    const seminar = "un-seminar-dialogue-2012";
    expect(sourcesOf(seminar, "keynote-at")).toEqual(["ban-ki-moon"]);
    expect(sourcesOf(seminar, "partner-in").sort()).toEqual(["ctitf", "unicri"]);
    expect(sourcesOf(seminar, "organised")).toEqual(["president-of-the-general-assembly"]);
    expect(targetsOf(seminar, "preceded")).toContain("un-strategy-review-2012");
    const [session] = sourcesOf(seminar, "part-of");
    expect(sourcesOf(session!, "chaired")).toEqual(["jonathan-lucas"]);
    expect(sourcesOf("good-practices-document", "presented").sort()).toEqual(
      expect.arrayContaining(["douglas-stone", "peter-knoope"]),
    );
  });

  it("keeps the 2013 psychology workshop and Abu Dhabi plenary with their organisers and topics", () => {
    expect(sourcesOf("psychology-expert-meeting-2013", "convened").sort()).toEqual(["hedayah", "icct"]);
    // "In corporation with UNICRI and Hedayah, ICCT co-organised the GCTF Plenary meeting".
    expect(sourcesOf("abu-dhabi-plenary-2013", "co-organised")).toEqual(["icct"]);
    expect(sourcesOf("abu-dhabi-plenary-2013", "partner-in").sort()).toEqual(["hedayah", "unicri"]);
    // The guidance summarises the workshop's findings; it was not made there.
    expect(targetsOf("additional-guidance-psychology-2013", "summarises")).toContain("psychology-expert-meeting-2013");
    expect(targetsOf("hague-conference-2011", "addresses")).toEqual(
      expect.arrayContaining(["aftercare", "role-of-psychologists", "role-of-religious-scholars", "role-of-victims"]),
    );
    expect(targetsOf("abu-dhabi-plenary-2013", "addresses")).toEqual(
      expect.arrayContaining([
        "risk-assessment",
        "conflict-zones",
        "prison-security-balance",
        "stakeholder-coordination",
      ]),
    );
  });

  it("words who made the good practices document and the Hague conference as the seed does", () => {
    // "a good practices document prepared by ICCT"; "the ICCT/UNICRI good practices document" names no act of issuing.
    expect(sourcesOf("good-practices-document", "prepared")).toEqual(["icct"]);
    expect(sourcesOf("good-practices-document", "issued")).toEqual([]);
    // "ICCT and UNICRI hosted …": jointly, so each co-hosted it (also "the second event organised by
    // UNICRI and ICCT": the same act, one edge each).
    expect(sourcesOf("hague-conference-2011", "co-hosted").sort()).toEqual(["icct", "unicri"]);
    expect(graph.edges("icct", "hague-conference-2011")).toEqual(["icct--co-hosted--hague-conference-2011"]);
    expect(sourcesOf("lucca-meeting-2011", "convened")).toEqual(["unicri"]);
  });

  it("links the 2013 guidance to the Rome Memorandum only by the steps its sources state", () => {
    const steps = (from: string) =>
      graph
        .edges(from, "rome-memorandum")
        .map((e) => graph.getEdgeAttribute(e, "relation"))
        .sort();
    // "builds on the GCTF Rome Memorandum" and "deux addenda au Mémorandum de Rome"; suggesting ways to
    // implement the Memorandum is not implementing it.
    expect(steps("additional-guidance-psychology-2013")).toEqual(["addendum-to", "builds-on"]);
    expect(steps("additional-guidance-religious-scholars-2013")).toEqual(["addendum-to", "builds-on"]);
    expect(graph.getNodeAttribute("additional-guidance-psychology-2013", "label")).toBe(
      "Additional Guidance on the Role of Psychologists/Psychology in Rehabilitation and Reintegration Programs",
    );
  });

  it("dates the New York seminar no more precisely than the seed, which says only that it preceded the review", () => {
    for (const key of ["un-seminar-dialogue-2012", "un-seminar-morning-session-2012"]) {
      expect(graph.getNodeAttribute(key, "start"), key).toBe("2012");
      expect(graph.getNodeAttribute(key, "label"), key).not.toMatch(/June/);
    }
    expect(targetsOf("un-seminar-dialogue-2012", "preceded")).toEqual(["un-strategy-review-2012"]);
  });

  // The seed dates every meeting it names; later sources sometimes give no date, and none is invented.
  it("gives every event of the seed a date and every person a role", () => {
    graph.forEachNode((key, a) => {
      const fromSeed = a.sources.some((c) => c.source === "icct-rehabilitation-project");
      if (a.kind === "event" && fromSeed) expect(a.start, key).toBeTruthy();
      if (a.kind === "person") expect(a.role, key).toBeTruthy();
    });
  });

  // The canvas draws `short`; the details keep the full label. Two nodes with one short name could not be told apart.
  it("gives every node a distinct short name of at most 24 characters", () => {
    const shorts = graph.mapNodes((key, a) => {
      expect(a.short, key).toBeTruthy();
      expect(a.short!.length, `${key}: "${a.short}"`).toBeLessThanOrEqual(24);
      expect(a.short, key).not.toMatch(/…|\.\.\./);
      return a.short;
    });
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it("has the UNICRI/ICCT initiative as a node: who carried it, its meetings, what it took on", () => {
    const initiative = "unicri-icct-initiative";
    expect(graph.getNodeAttribute(initiative, "label")).toBe("UNICRI/ICCT international initiative");
    expect(targetsOf(initiative, "initiative-of").sort()).toEqual(["icct", "unicri"]);
    expect(targetsOf(initiative, "met-at").sort()).toEqual(["hague-conference-2011", "lucca-meeting-2011"]);
    // "a decision was made to expand this project to include a capacity building component"
    expect(targetsOf(initiative, "works-on")).toEqual(
      expect.arrayContaining(["capacity-building", "dialogue-and-exchange", "rehabilitation-reintegration"]),
    );
    expect(sourcesOf(initiative, "endorsement-pushed")).toEqual(["rome-memorandum"]);
    expect(sourcesOf(initiative, "presented").sort()).toEqual(["douglas-stone", "peter-knoope"]);
  });

  it("has the good practices document as the Hague conference's outcome, named for UNICRI too", () => {
    // "the ICCT/UNICRI good practices document that was produced after the conference in The Hague"
    expect(targetsOf("good-practices-document", "produced-after")).toEqual(["hague-conference-2011"]);
    expect(sourcesOf("good-practices-document", "attributed").sort()).toEqual(["icct", "unicri"]);
  });

  it("keeps the seed's smaller facts: Lucca's subjects, the offices, the morning session, the side events", () => {
    expect(targetsOf("lucca-meeting-2011", "addresses").sort()).toEqual([
      "prison-radicalisation",
      "rehabilitation-reintegration",
    ]);
    expect(targetsOf("hillary-clinton", "affiliated-with")).toEqual(["united-states"]);
    expect(targetsOf("ahmet-davutoglu", "affiliated-with")).toEqual(["turkey"]);
    expect(targetsOf("giulio-terzi", "affiliated-with")).toEqual(["italy"]);
    expect(targetsOf("un-seminar-morning-session-2012", "focused-on-efforts-of").sort()).toEqual(["icct", "unicri"]);
    expect(targetsOf("un-seminar-dialogue-2012", "side-event-of")).toEqual(["un-strategy-review-2012"]);
  });

  it("names people as the stored sources do: no first name that no source gives", () => {
    const { result } = readDatasetFiles([FILE]);
    const texts = result.ok ? result.texts : {};
    const all = Object.values(texts).join("\n");
    for (const first of ["Hillary", "Ahmet", "Giulio"]) {
      expect(all).not.toContain(first);
      graph.forEachNode((key, a) => {
        for (const name of [a.label, a.short ?? "", ...(a.aliases ?? [])]) expect(name, key).not.toContain(first);
      });
    }
  });

  it("models one wording with one relation: both meetings set out to build on the Rome Memorandum", () => {
    expect(sourcesOf("rome-memorandum", "set-out-to-build-on").sort()).toEqual([
      "abu-dhabi-plenary-2013",
      "medan-dr-workshop",
    ]);
    expect(sourcesOf("rome-memorandum", "took-forward", "discussed-at")).toEqual([]);
  });

  it("says of a meeting only what its name says, and of a fact sheet's plans only that they were planned", () => {
    // "the GCTF Plenary meeting", "members of the GCTF convened": the GCTF met, it did not convene.
    expect(sourcesOf("abu-dhabi-plenary-2013", "met-at")).toEqual(["gctf"]);
    expect(sourcesOf("gctf-plenary-istanbul-2012", "convened")).toEqual([]);
    // "The … Plenary will include the announcement …": written before the meeting.
    expect(sourcesOf("abu-dhabi-ministerial-2012", "launched-at", "spoke-at")).toEqual([]);
    expect(sourcesOf("abu-dhabi-ministerial-2012", "launch-due-at", "due-to-speak-at").sort()).toEqual([
      "abdullah-bin-zayed",
      "hedayah",
    ]);
    expect(targetsOf("rabat-memorandum", "adopted-at")).toEqual([]);
    // The footnote says the GCTF adopted the 2013 guidance; ICCT and Hedayah developed it.
    expect(sourcesOf("additional-guidance-psychology-2013", "issued")).toEqual([]);
    expect(sourcesOf("additional-guidance-psychology-2013", "adopted")).toEqual(["gctf"]);
  });

  // Curator's remarks go in `note`: a description or a source title is read as what the source says.
  it("keeps curator's remarks out of descriptions and source titles", () => {
    const remark = /stored (text|source)|the seed|not given in|search tool|excerpt|mirror|not an official/i;
    graph.forEachNode((key, a) => expect(a.description ?? "", key).not.toMatch(remark));
    for (const source of graph.getAttribute("sources")) expect(source.title, source.id).not.toMatch(remark);
  });

  it("lets a reader find nodes by acronym or unaccented name", () => {
    const findable = (query: string) =>
      graph.filterNodes((_, a) => [a.label, ...(a.aliases ?? [])].some((n) => foldForSearch(n).includes(query)));
    expect(findable("icct")).toContain("icct");
    expect(findable("davutoglu")).toContain("ahmet-davutoglu");
    expect(findable("gctf")).toContain("gctf");
    // Names as the sources spell them, French and English.
    expect(findable("memorandum de rome")).toContain("rome-memorandum");
    expect(findable("un inter regional crime and justice institute")).toContain("unicri");
    expect(findable("role of psychologists/psychology in rehabilitation programmes")).toContain(
      "additional-guidance-psychology-2013",
    );
    expect(findable("experts' meeting of the forum's countering violent extremism")).toContain(
      "gctf-members-meeting-2012",
    );
  });
});
