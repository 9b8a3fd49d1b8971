// The lineage told as a story: one card per document, in the lineage's order, each saying in one
// sentence how it came from the document before ("GCTF turned the ICCT/UNICRI good practices
// document into the Rome Memorandum, May 2012"), with the evidence, the events where it happened
// and who carried it. Built from lineage() only; the sentence comes from the strongest lineage
// relation of the step, the actors who prepared (else issued, else adopted) the later document, and
// the date of the event that produced (else adopted) it, else the document's own date. When the
// step's date and the document's own date differ (the Rome Memorandum: produced May 2012, adopted
// 7 June 2012), the sentence and the card say both, so the reader never meets two dates unexplained.
import { formatDate, parseIsoDate, type DataGraph, type Relation } from "../model";
import type { Lineage, LineageCarrier, LineageEvent, LineageLink, LineageRelation, LineageStep } from "./lineage";

export interface StoryArrival {
  /** The earlier document this one came from. */
  from: string;
  fromLabel: string;
  /** "GCTF turned the good practices document into the Rome Memorandum, May 2012" */
  sentence: string;
  relations: LineageRelation[];
  events: LineageEvent[];
  carriers: LineageCarrier[];
}

export interface StoryCard {
  key: string;
  label: string;
  /** "7 June 2012"; "No date" when the document has none. */
  date: string;
  /** Why an undated document sits where it does, in words. */
  dateNote?: string;
  lane: number;
  isRoot: boolean;
  inCycle: boolean;
  /** How it came about: one per earlier document in the lineage. */
  arrivals: StoryArrival[];
  /** A document that starts the lineage: the events it went through and who carried it. */
  origin: { events: LineageEvent[]; carriers: LineageCarrier[] } | null;
  /** Later documents that build on this one, when there are several (a branch point). */
  branches: { key: string; label: string }[];
  /** The earlier document, when it is not the card just before (the story jumps back to a branch). */
  continuesFrom?: { key: string; label: string };
}

/** The relation that reads best as the step's sentence, strongest first. */
const PRIORITY: readonly Relation[] = ["derived-from", "builds-on", "addendum-to", "implements", "draws-on"];
function rank(r: LineageRelation): number {
  const i = PRIORITY.indexOf(r.relation);
  return i === -1 ? PRIORITY.length : i;
}

/** "ICCT – International Centre for Counter-Terrorism" → "ICCT": how a sentence names an actor. */
export function shortName(label: string): string {
  const acronym = /^(\S{2,12}) – /.exec(label);
  return acronym ? acronym[1]! : label;
}

/** "Hague conference: Good Practices … (December 2011)" → "Hague conference": an event named in passing. */
export function shortTitle(label: string): string {
  const cut = label.search(/: | \(/);
  return cut > 0 ? label.slice(0, cut) : label;
}

/** "Rome Memorandum" → "the Rome Memorandum"; labels that already start with an article are kept. */
export function withArticle(label: string): string {
  return /^(the|a|an)\s/i.test(label) ? label : `the ${label}`;
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** "2012-05-10" → "May 2012": a step's sentence dates to the month at most. */
export function monthYear(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return d.month ? formatDate(`${d.year}-${String(d.month).padStart(2, "0")}`) : String(d.year);
}

function phrase(relation: Relation, actors: string, earlier: string, later: string): string {
  const e = withArticle(earlier);
  const l = withArticle(later);
  switch (relation) {
    case "derived-from":
      return actors ? `${actors} turned ${e} into ${l}` : `${e} was turned into ${l}`;
    case "addendum-to":
      return actors ? `${actors} added ${l} to ${e}` : `${l} was added to ${e}`;
    case "builds-on":
      return actors ? `${actors} built on ${e} in ${l}` : `${l} built on ${e}`;
    case "draws-on":
      return actors ? `${actors} drew on ${e} in ${l}` : `${l} drew on ${e}`;
    default:
      return actors ? `${actors} put ${e} into practice in ${l}` : `${l} put ${e} into practice`;
  }
}

/** When the step happened: the event that produced (else adopted) the later document, else its date. */
export function stepDate(link: LineageLink, later: LineageStep): string | undefined {
  return madeAt(link.to, later)?.start ?? later.start;
}

function madeAt(doc: string, later: LineageStep): LineageEvent | undefined {
  const made = (relation: Relation) =>
    later.events.find((e) => e.document === doc && e.relation === relation && e.start);
  return made("produced-at") ?? made("adopted-at");
}

/**
 * "adopted 7 June 2012": the document's own date, when it falls in another month than the event
 * that made it; "adopted" when an adoption event has that date, else "dated".
 */
export function ownDateAside(later: LineageStep): string | undefined {
  const made = madeAt(later.key, later);
  if (!made?.start || !later.start || monthYear(made.start) === monthYear(later.start)) return undefined;
  // The document's date may be coarser than the event's (June 2012; a plenary of 7-8 June 2012).
  const adopted = later.events.some((e) => e.relation === "adopted-at" && e.start?.startsWith(later.start!));
  return `${adopted ? "adopted" : "dated"} ${formatDate(later.start)}`;
}

/** The relations of a step, the one its sentence reads first (then as the data lists them). */
export function strongestFirst(relations: readonly LineageRelation[]): LineageRelation[] {
  return [...relations].sort((a, b) => rank(a) - rank(b));
}

export function stepSentence(graph: DataGraph, link: LineageLink, later: LineageStep): string {
  const relation = strongestFirst(link.relations)[0]!.relation;
  const direct = (relation: Relation) =>
    later.carriers.filter((c) => !c.via && c.relation === relation).map((c) => shortName(c.label));
  const actors = joinNames(
    [direct("prepared"), direct("issued"), direct("adopted")].find((names) => names.length > 0) ?? [],
  );
  const text = phrase(
    relation,
    actors,
    graph.getNodeAttribute(link.from, "label"),
    graph.getNodeAttribute(link.to, "label"),
  );
  const date = stepDate(link, later);
  const aside = ownDateAside(later);
  const sentence = date ? `${text}, ${monthYear(date)}${aside ? `; ${aside}` : ""}` : text;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export function lineageStory(graph: DataGraph, lin: Lineage): StoryCard[] {
  const byKey = new Map(lin.steps.map((s) => [s.key, s]));
  const label = (key: string) => graph.getNodeAttribute(key, "label");
  return lin.steps.map((step, i): StoryCard => {
    const arrivals = lin.links
      .filter((link) => link.to === step.key)
      .map((link) => ({
        from: link.from,
        fromLabel: label(link.from),
        sentence: stepSentence(graph, link, byKey.get(link.to)!),
        relations: strongestFirst(link.relations),
        events: link.events,
        carriers: link.carriers,
      }));
    const previous = lin.steps[i - 1]?.key;
    const jump = step.parents.length > 0 && !step.parents.includes(previous ?? "") ? step.parents[0] : undefined;
    const made = madeAt(step.key, step);
    const aside = ownDateAside(step);
    return {
      key: step.key,
      label: step.label,
      date: step.start ? formatDate(step.start) : "No date",
      ...(step.start
        ? aside && made
          ? {
              dateNote: `${made.relation === "adopted-at" ? "Adopted" : "Produced"} ${monthYear(made.start!)} (${shortTitle(made.label)}); ${aside}.`,
            }
          : {}
        : {
            dateNote: step.orderedBy
              ? `Undated; placed by its earliest event, ${formatDate(step.orderedBy)}.`
              : "Undated; placed after the documents it came from.",
          }),
      lane: step.lane,
      isRoot: step.key === lin.root,
      inCycle: step.inCycle,
      arrivals,
      origin: arrivals.length ? null : { events: step.events, carriers: step.carriers },
      branches: step.children.length > 1 ? step.children.map((key) => ({ key, label: label(key) })) : [],
      ...(jump ? { continuesFrom: { key: jump, label: label(jump) } } : {}),
    };
  });
}
