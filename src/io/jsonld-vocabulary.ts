// How the data contract maps onto schema.org, for export-jsonld.ts.
import { type Kind, type Relation, GENERIC_RELATION } from "../model";

export const SCHEMA_TYPE: Record<Kind, string> = {
  event: "Event",
  organisation: "Organization",
  person: "Person",
  document: "CreativeWork",
  theme: "DefinedTerm",
  other: "Thing",
};

/**
 * For each relation: the schema.org property that states it and which end carries it. `on:
 * "target"` means the statement is made about the target (schema.org says "Event organizer
 * Organization", not "Organization organised Event"). Relations schema.org has no property for
 * (and relations added to the vocabulary later) use `rel:<relation>` from this dataset's own
 * vocabulary, on the source (see the header of export-jsonld.ts).
 */
export const RELATION_PROPERTY: Partial<Record<Relation, { property: string; on: "source" | "target" }>> = {
  hosted: { property: "organizer", on: "target" },
  "co-hosted": { property: "organizer", on: "target" },
  convened: { property: "organizer", on: "target" },
  organised: { property: "organizer", on: "target" },
  "co-organised": { property: "organizer", on: "target" },
  "partner-in": { property: "contributor", on: "target" },
  "participated-in": { property: "attendee", on: "target" },
  attended: { property: "attendee", on: "target" },
  "spoke-at": { property: "performer", on: "target" },
  "keynote-at": { property: "performer", on: "target" },
  chaired: { property: "performer", on: "target" },
  "co-chaired": { property: "performer", on: "target" },
  presented: { property: "rel:presented", on: "source" },
  highlighted: { property: "rel:highlighted", on: "source" },
  prepared: { property: "creator", on: "target" },
  issued: { property: "publisher", on: "target" },
  "considered-at": { property: "workFeatured", on: "target" },
  "discussed-at": { property: "workFeatured", on: "target" },
  "produced-at": { property: "rel:produced-at", on: "source" },
  "adopted-at": { property: "rel:adopted-at", on: "source" },
  "derived-from": { property: "isBasedOn", on: "source" },
  "builds-on": { property: "isBasedOn", on: "source" },
  "addendum-to": { property: "rel:addendum-to", on: "source" },
  implements: { property: "rel:implements", on: "source" },
  "draws-on": { property: "isBasedOn", on: "source" },
  addresses: { property: "about", on: "source" },
  "works-on": { property: "knowsAbout", on: "source" },
  "affiliated-with": { property: "affiliation", on: "source" },
  "member-of": { property: "memberOf", on: "source" },
  "working-group-of": { property: "parentOrganization", on: "source" },
  "part-of": { property: "superEvent", on: "source" },
  preceded: { property: "rel:preceded", on: "source" },
  "follow-up-to": { property: "rel:follow-up-to", on: "source" },
};

export function propertyFor(relation: Relation): { property: string; on: "source" | "target" } {
  return (
    (relation !== GENERIC_RELATION && RELATION_PROPERTY[relation]) || { property: `rel:${relation}`, on: "source" }
  );
}

/** Date properties by kind: events run from startDate to endDate, documents are published, … */
export function dateProperties(kind: Kind): [start: string, end: string] {
  switch (kind) {
    case "event":
      return ["startDate", "endDate"];
    case "document":
      return ["datePublished", "rel:end"];
    case "organisation":
      return ["foundingDate", "dissolutionDate"];
    default:
      return ["rel:start", "rel:end"];
  }
}
