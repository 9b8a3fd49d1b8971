// Documents: issued by organisations, often adopted at an event (and then dated by it), addressing
// themes, and joined in lineage. Each lineage family follows one theme: a new document mostly
// builds on the family's latest (a chain), sometimes on an older one (a branch), and now and then
// on another family's (a merge). Targets are always earlier in date order, so the lineage is
// acyclic and never points forward in time.
import { dateKey, type Relation } from "../../../model";
import { randomDate, type Population } from "./population";
import { documentName, slug } from "./names";

const AT_EVENT: Relation[] = ["adopted-at", "adopted-at", "considered-at", "discussed-at", "produced-at"];
const LINEAGE: Relation[] = ["derived-from", "builds-on", "builds-on", "implements", "addendum-to"];

interface Draft {
  start?: string;
  event?: string;
  theme: number;
}

export function linkDocuments(population: Population, events: string[], count: number): void {
  const { random, builder, orgs, people, themes, themeLabels, pickOrg, pickTheme } = population;
  const eventStart = new Map(builder.nodes.map((n) => [n.key, n.attributes.start as string | undefined]));
  const drafts: Draft[] = Array.from({ length: count }, () => {
    const theme = pickTheme(random);
    if (random.chance(0.6)) {
      const event = random.pick(events);
      return { event, start: eventStart.get(event), theme };
    }
    return { start: random.chance(0.02) ? undefined : randomDate(random, 1995, 2024), theme };
  });
  drafts.sort((a, b) => dateKey(a.start) - dateKey(b.start));

  const families = new Map<number, string[]>();
  const dated: string[] = [];
  drafts.forEach((draft, i) => {
    const themeLabel = themeLabels[draft.theme] as string;
    const where = draft.event ? (draft.event.split("-")[0] ?? "joint") : "joint";
    const base = documentName(random, themeLabel, (where[0] ?? "").toUpperCase() + where.slice(1));
    const label = draft.start ? `${base} (${draft.start.slice(0, 4)})` : base;
    const attributes: Parameters<typeof builder.addNode>[1] = {
      kind: "document",
      label,
      description: `A document on ${themeLabel}.`,
    };
    if (draft.start) attributes.start = draft.start;
    if (random.chance(0.2)) attributes.aliases = [`${where.toUpperCase()}-${i}`];
    const doc = builder.addNode(`${slug(base)}-${i}`, attributes);

    const issuers = 1 + random.int(2);
    for (let k = 0; k < issuers; k++)
      builder.addEdge(orgs[pickOrg(random)] as string, random.chance(0.6) ? "issued" : "prepared", doc);
    if (draft.event) builder.addEdge(doc, random.pick(AT_EVENT), draft.event, draft.start);
    builder.addEdge(doc, "addresses", themes[draft.theme] as string);
    const more = random.int(3);
    for (let k = 0; k < more; k++) builder.addEdge(doc, "addresses", themes[pickTheme(random)] as string);
    if (random.chance(0.4)) builder.addEdge(random.pick(people), random.chance(0.5) ? "presented" : "highlighted", doc);

    if (!draft.start) return;
    const family = families.get(draft.theme) ?? [];
    let earlier: string | undefined;
    if (family.length && random.chance(0.85)) {
      earlier = random.chance(0.65) ? family[family.length - 1] : random.pick(family);
      builder.addEdge(doc, random.pick(LINEAGE), earlier as string);
    }
    const other = dated.length && random.chance(0.3) ? random.pick(dated) : undefined;
    if (other && other !== earlier) builder.addEdge(doc, random.pick(LINEAGE), other);
    family.push(doc);
    families.set(draft.theme, family);
    dated.push(doc);
  });
}
