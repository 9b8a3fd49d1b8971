// The closed vocabulary of relations, assembled from its parts in vocabulary/ (in this order, which
// is the order panels list relations in). Each says which kinds it may join, how to read it as a
// sentence, and whether it is a lineage step (a later document pointing to an earlier one).
import { DOCUMENT_RELATIONS } from "./vocabulary/documents";
import { EVENT_RELATIONS } from "./vocabulary/events";
import type { RelationSpec } from "./vocabulary/spec";
import { TIE_RELATIONS } from "./vocabulary/ties";

export type { RelationSpec } from "./vocabulary/spec";

export const RELATIONS = { ...EVENT_RELATIONS, ...DOCUMENT_RELATIONS, ...TIE_RELATIONS };

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
