// Seeded synthetic datasets that follow the data contract, shaped like real policy history:
// the five kinds in realistic proportions, dated events and documents, organisations whose
// footprint is heavy-tailed (a few host most events), lineage chains and branches between
// documents (later → earlier, never forward in time, so acyclic), themes, and citations whose
// quotes stand word for word in a few generated source texts. ~5 edges a node.
import type { Kind, Relation } from "../../../model";
import { DatasetBuilder, type SerializedEdge, type SerializedNode } from "./dataset-builder";
import { linkDocuments } from "./generate-documents";
import { linkEvents } from "./generate-events";
import { orgName, personName, slug, THEME_WORDS } from "./names";
import { type Population } from "./population";
import { seededRandom, skewedPicker } from "./random";
import { makeSources } from "./sources";

export const SHARE: Record<Exclude<Kind, "other">, number> = {
  person: 0.36,
  event: 0.22,
  document: 0.26,
  organisation: 0.14,
  theme: 0.02,
};

export interface SyntheticDataset {
  json: {
    attributes: { id: string; title: string; description: string; sources: { id: string; title: string }[] };
    options: { type: "directed"; multi: true; allowSelfLoops: false };
    nodes: SerializedNode[];
    edges: SerializedEdge[];
  };
  /** Source texts by id, as graph-data/sources/<id>.md would hold them. */
  texts: Record<string, string>;
}

export function generateDataset(nodeCount: number, seed = 1): SyntheticDataset {
  const random = seededRandom(seed);
  const sources = makeSources(random, 4 + Math.floor(nodeCount / 25_000), 240);
  const builder = new DatasetBuilder(random, sources);
  const count = (kind: keyof typeof SHARE) => Math.max(kind === "theme" ? 3 : 2, Math.round(nodeCount * SHARE[kind]));

  const themeLabels = Array.from({ length: count("theme") }, (_, i) => {
    const word = THEME_WORDS[i % THEME_WORDS.length] as string;
    return i < THEME_WORDS.length ? word : `${word} ${Math.floor(i / THEME_WORDS.length) + 1}`;
  });
  const themes = themeLabels.map((label) =>
    builder.addNode(slug(label), { kind: "theme", label, description: `Work on ${label}.` }),
  );
  const orgs = Array.from({ length: count("organisation") }, (_, i) => {
    const { label, alias } = orgName(random, i);
    return builder.addNode(slug(`${alias} ${i}`), {
      kind: "organisation",
      label,
      aliases: [alias],
      description: `An organisation working on ${random.pick(THEME_WORDS)}.`,
    });
  });
  const people = Array.from({ length: count("person") }, (_, i) => {
    const label = personName(random);
    return builder.addNode(`${slug(label)}-${i}`, {
      kind: "person",
      label,
      role: random.pick(["Director", "Senior researcher", "Programme officer", "Minister", "Ambassador"]),
      description: `Took part in the initiative's meetings.`,
    });
  });
  const population: Population = {
    random,
    builder,
    orgs,
    people,
    themes,
    themeLabels,
    pickOrg: skewedPicker(orgs.length, 0.9),
    pickTheme: skewedPicker(themes.length, 0.6),
  };
  const events = linkEvents(population, count("event"));
  linkDocuments(population, events, count("document"));
  linkActors(population, events);

  const json: SyntheticDataset["json"] = {
    attributes: {
      id: `synthetic-${nodeCount}`,
      title: `Synthetic policy history (${nodeCount} nodes, seed ${seed})`,
      description: "Generated for the benchmark; follows the data contract.",
      sources: sources.map((s) => ({ id: s.id, title: s.title })),
    },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: builder.nodes,
    edges: builder.edges,
  };
  return { json, texts: Object.fromEntries(sources.map((s) => [s.id, s.markdown])) };
}

const ATTENDING: Relation[] = ["attended", "attended", "participated-in", "spoke-at", "chaired", "keynote-at"];

/** People belong to an organisation and attend events; organisations work on themes and join networks. */
function linkActors({ random, builder, orgs, people, themes, pickOrg, pickTheme }: Population, events: string[]) {
  const pickEvent = skewedPicker(events.length, 0.5);
  for (const person of people) {
    builder.addEdge(person, "affiliated-with", orgs[pickOrg(random)] as string);
    const n = 1 + random.int(5);
    for (let k = 0; k < n; k++) {
      const relation = random.pick(ATTENDING);
      builder.addEdge(person, relation, events[pickEvent(random)] as string);
    }
    if (random.chance(0.5)) builder.addEdge(person, "works-on", themes[pickTheme(random)] as string);
  }
  for (const org of orgs) {
    for (let k = 0; k < 4; k++) builder.addEdge(org, "works-on", themes[pickTheme(random)] as string);
    if (random.chance(0.4)) builder.addEdge(org, "member-of", orgs[pickOrg(random)] as string);
  }
}
