// The closed vocabulary of relations. Each says which kinds it may join, how to read it as a
// sentence, and whether it is a lineage step (a later document pointing to an earlier one).
import type { Kind } from "./kinds";

export interface RelationSpec {
  /** Short label for panels and legends, in the words a policy researcher uses. */
  label: string;
  /** Sentence template; `{source}` and `{target}` are replaced with node labels. */
  reading: string;
  /** How the relation reads from the target's side ("Hosted by"). */
  inverse: string;
  from: readonly Kind[];
  to: readonly Kind[];
  lineage?: boolean;
}

const ACTORS = ["organisation", "person"] as const;
const ANY = ["event", "organisation", "person", "document", "theme", "other"] as const;

export const RELATIONS = {
  hosted: { label: "Hosted", inverse: "Hosted by", reading: "{source} hosted {target}", from: ACTORS, to: ["event"] },
  "co-hosted": {
    label: "Co-hosted",
    inverse: "Co-hosted by",
    reading: "{source} co-hosted {target}",
    from: ACTORS,
    to: ["event"],
  },
  convened: {
    label: "Convened",
    inverse: "Convened by",
    reading: "{source} convened {target}",
    from: ACTORS,
    to: ["event"],
  },
  organised: {
    label: "Organised",
    inverse: "Organised by",
    reading: "{source} organised {target}",
    from: ACTORS,
    to: ["event"],
  },
  "co-organised": {
    label: "Co-organised",
    inverse: "Co-organised by",
    reading: "{source} co-organised {target}",
    from: ACTORS,
    to: ["event"],
  },
  "partner-in": {
    label: "Partner in",
    inverse: "In partnership with",
    reading: "{source} was a partner in organising {target}",
    from: ACTORS,
    to: ["event"],
  },
  "participated-in": {
    label: "Took part in",
    inverse: "Participants",
    reading: "{source} took part in {target}",
    from: ACTORS,
    to: ["event"],
  },
  attended: {
    label: "Attended",
    inverse: "Attended by",
    reading: "{source} attended {target}",
    from: ACTORS,
    to: ["event"],
  },
  "spoke-at": {
    label: "Spoke at",
    inverse: "Speakers",
    reading: "{source} spoke at {target}",
    from: ["person"],
    to: ["event"],
  },
  "keynote-at": {
    label: "Gave the keynote at",
    inverse: "Keynote by",
    reading: "{source} gave the keynote speech at {target}",
    from: ["person"],
    to: ["event"],
  },
  chaired: {
    label: "Chaired",
    inverse: "Chaired by",
    reading: "{source} chaired {target}",
    from: ACTORS,
    to: ["event"],
  },
  "co-chaired": {
    label: "Co-chaired",
    inverse: "Co-chaired by",
    reading: "{source} co-chaired {target}",
    from: ACTORS,
    to: ["event"],
  },
  // A meeting named as a body's own ("the GCTF Plenary meeting", "members of the GCTF convened"):
  // it says the body met, not that it convened or organised the meeting.
  "met-at": {
    label: "Met at",
    inverse: "Meeting of",
    reading: "{target} was a meeting of {source}",
    from: ["organisation"],
    to: ["event"],
  },
  // What a fact sheet issued before a meeting announced for it ("will include the announcement by …").
  "due-to-speak-at": {
    label: "Due to speak at",
    inverse: "Speakers announced",
    reading: "{source} was due to speak at {target}",
    from: ["person"],
    to: ["event"],
  },
  "launch-due-at": {
    label: "Launch due at",
    inverse: "Launches announced",
    reading: "{source} was due to have its launch announced at {target}",
    from: ["organisation"],
    to: ["event"],
  },
  // A session focused on what organisations do ("focused on … the efforts of UNICRI and ICCT").
  "focused-on-efforts-of": {
    label: "Focused on efforts of",
    inverse: "Efforts the focus of",
    reading: "{source} focused on the efforts of {target}",
    from: ["event"],
    to: ["organisation"],
  },
  presented: {
    label: "Presented",
    inverse: "Presented by",
    reading: "{source} presented {target}",
    from: ACTORS,
    to: ["document", "theme", "organisation"],
  },
  highlighted: {
    label: "Highlighted",
    inverse: "Highlighted by",
    reading: "{source} highlighted {target}",
    from: ACTORS,
    to: ["document", "theme"],
  },
  prepared: {
    label: "Prepared",
    inverse: "Prepared by",
    reading: "{source} prepared {target}",
    from: ACTORS,
    to: ["document"],
  },
  issued: {
    label: "Issued",
    inverse: "Issued by",
    reading: "{source} issued {target}",
    from: ACTORS,
    to: ["document"],
  },
  // Weaker than issued or prepared: what a body took on as its own ("adopted by the GCTF").
  adopted: {
    label: "Adopted",
    inverse: "Adopted by",
    reading: "{source} adopted {target}",
    from: ACTORS,
    to: ["document"],
  },
  launched: {
    label: "Launched",
    inverse: "Launched by",
    reading: "{source} launched {target}",
    from: ACTORS,
    to: ["document"],
  },
  // A mandate, not the work done: "were tasked with developing an Addendum".
  "tasked-with": {
    label: "Tasked with",
    inverse: "Tasked to",
    reading: "{source} was tasked with developing {target}",
    from: ACTORS,
    to: ["document"],
  },
  // A name or a reference that credits a body ("the ICCT/UNICRI good practices document", "(US
  // National Counterterrorism Center, 2014)" in a library entry) without saying what it did.
  attributed: {
    label: "Attributed",
    inverse: "Attributed to",
    reading: "{target} is attributed to {source}",
    from: ACTORS,
    to: ["document"],
  },
  "considered-at": {
    label: "Considered at",
    inverse: "Considered",
    reading: "{source} was considered at {target}",
    from: ["document"],
    to: ["event"],
  },
  "discussed-at": {
    label: "Discussed at",
    inverse: "Discussed",
    reading: "{source} was discussed at {target}",
    from: ["document"],
    to: ["event"],
  },
  "produced-at": {
    label: "Produced at",
    inverse: "Produced",
    reading: "{source} was produced at {target}",
    from: ["document"],
    to: ["event"],
  },
  "adopted-at": {
    label: "Adopted at",
    inverse: "Adopted",
    reading: "{source} was adopted at {target}",
    from: ["document"],
    to: ["event"],
  },
  "due-for-adoption-at": {
    label: "Due for adoption at",
    inverse: "Due for adoption",
    reading: "{source} was due to be adopted at {target}",
    from: ["document"],
    to: ["event"],
  },
  // Only the order in time: "the … document that was produced after the conference".
  "produced-after": {
    label: "Produced after",
    inverse: "Documents produced after",
    reading: "{source} was produced after {target}",
    from: ["document"],
    to: ["event"],
  },
  // "It summarizes the conclusions/findings of an expert workshop": drawn from it, not made there.
  summarises: {
    label: "Summarises",
    inverse: "Summarised in",
    reading: "{source} summarises the conclusions of {target}",
    from: ["document"],
    to: ["event"],
  },
  "derived-from": {
    label: "Derived from",
    inverse: "Turned into",
    reading: "{source} was derived from {target}",
    from: ["document"],
    to: ["document"],
    lineage: true,
  },
  "builds-on": {
    label: "Builds on",
    inverse: "Built on by",
    reading: "{source} builds on {target}",
    from: ["document"],
    to: ["document"],
    lineage: true,
  },
  "addendum-to": {
    label: "Addendum to",
    inverse: "Has addendum",
    reading: "{source} is an addendum to {target}",
    from: ["document"],
    to: ["document"],
    lineage: true,
  },
  implements: {
    label: "Implements",
    inverse: "Implemented by",
    reading: "{source} implements {target}",
    from: ["document"],
    to: ["document"],
    lineage: true,
  },
  // A looser tie than builds-on: the later text says it drew on the earlier one among other material.
  "draws-on": {
    label: "Draws on",
    inverse: "Drawn on by",
    reading: "{source} draws on {target}",
    from: ["document"],
    to: ["document"],
    lineage: true,
  },
  "guided-by": {
    label: "Guided by",
    inverse: "Guides",
    reading: "{source} is guided by {target}",
    from: ["organisation"],
    to: ["document"],
  },
  "took-forward": {
    label: "Took forward",
    inverse: "Taken forward at",
    reading: "{source} took forward {target}",
    from: ["event"],
    to: ["document"],
  },
  // "The general aim of this plenary meeting was to further build on the Rome Memorandum";
  // "Building on the … Rome Memorandum, the presentations … centered on …". An aim or a
  // starting point, not a new document.
  "set-out-to-build-on": {
    label: "Set out to build on",
    inverse: "Events building on it",
    reading: "{source} set out to build on {target}",
    from: ["event"],
    to: ["document"],
  },
  // The endorsement of a document helping a programme along ("a significant push for the … initiative").
  "endorsement-pushed": {
    label: "Endorsement pushed",
    inverse: "Pushed by endorsing",
    reading: "The endorsement of {source} was a push for {target}",
    from: ["document"],
    to: ["organisation"],
  },
  informed: {
    label: "Informed",
    inverse: "Informed by",
    reading: "{source} informed {target}",
    from: ["event"],
    to: ["document"],
  },
  addresses: {
    label: "Addresses",
    inverse: "Addressed by",
    reading: "{source} addressed {target}",
    from: ["event", "document"],
    to: ["theme"],
  },
  // A meeting's stated aim ("the general aim … was … to exchange experiences on …").
  "aimed-to-address": {
    label: "Aimed to address",
    inverse: "Aimed at by",
    reading: "{source} aimed to address {target}",
    from: ["event"],
    to: ["theme"],
  },
  "works-on": {
    label: "Works on",
    inverse: "Worked on by",
    reading: "{source} works on {target}",
    from: ACTORS,
    to: ["theme"],
  },
  "affiliated-with": {
    label: "Affiliated with",
    inverse: "People",
    reading: "{source} was affiliated with {target}",
    from: ["person"],
    to: ["organisation"],
  },
  "member-of": {
    label: "Member of",
    inverse: "Members",
    reading: "{source} is a member of {target}",
    from: ["organisation"],
    to: ["organisation"],
  },
  "working-group-of": {
    label: "Working group of",
    inverse: "Working groups",
    reading: "{source} is a working group of {target}",
    from: ["organisation"],
    to: ["organisation"],
  },
  // A programme named as bodies' own ("the UNICRI/ICCT international initiative").
  "initiative-of": {
    label: "Initiative of",
    inverse: "Initiatives",
    reading: "{source} is an initiative of {target}",
    from: ["organisation"],
    to: ["organisation"],
  },
  "launched-at": {
    label: "Launched at",
    inverse: "Launched",
    reading: "{source} was launched at {target}",
    from: ["organisation"],
    to: ["event"],
  },
  "part-of": {
    label: "Part of",
    inverse: "Includes",
    reading: "{source} was part of {target}",
    from: ["event"],
    to: ["event"],
  },
  "side-event-of": {
    label: "Side event of",
    inverse: "Side events",
    reading: "{source} was a side event of {target}",
    from: ["event"],
    to: ["event"],
  },
  preceded: {
    label: "Preceded",
    inverse: "Preceded by",
    reading: "{source} preceded {target}",
    from: ["event"],
    to: ["event"],
  },
  "follow-up-to": {
    label: "Follow-up to",
    inverse: "Followed up by",
    reading: "{source} followed up on {target}",
    from: ["event"],
    to: ["event"],
  },
  // For imported files whose relations the vocabulary does not name; the edge's `label` keeps the file's word.
  "related-to": {
    label: "Related to",
    inverse: "Related to",
    reading: "{source} is linked to {target}",
    from: ANY,
    to: ANY,
  },
} as const satisfies Record<string, RelationSpec>;

export type Relation = keyof typeof RELATIONS;
/** The relation an imported edge gets when it names none of the vocabulary. */
export const GENERIC_RELATION = "related-to" satisfies Relation;
export const RELATION_IDS = Object.keys(RELATIONS) as Relation[];

export function isRelation(value: unknown): value is Relation {
  return typeof value === "string" && Object.hasOwn(RELATIONS, value);
}

export function relationSpec(relation: Relation): RelationSpec {
  return RELATIONS[relation];
}

export function isLineage(relation: Relation): boolean {
  return (RELATIONS[relation] as RelationSpec).lineage === true;
}

/** "{source} hosted {target}" → "ICCT hosted the Hague conference". */
export function readRelation(relation: Relation, source: string, target: string): string {
  return RELATIONS[relation].reading.replace("{source}", source).replace("{target}", target);
}
