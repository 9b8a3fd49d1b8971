// Reads the attributes of a node or edge from a file that is not in the data contract (GEXF, a
// plain graphology export, CSV) into the contract's names. Attributes that name a kind or relation
// the model knows are mapped to it; a node with none gets GENERIC_KIND, an edge GENERIC_RELATION.
// Whatever has no place in the contract is kept in `extra`, under its own name.
import {
  type Citation,
  type EdgeAttributes,
  type Extra,
  drawingValue,
  EDGE_DRAWING,
  foldForSearch,
  GENERIC_KIND,
  GENERIC_RELATION,
  isBlank,
  isKind,
  isRelation,
  type Kind,
  type NodeAttributes,
  NODE_DRAWING,
  parseIsoDate,
  type Relation,
  RELATIONS,
  type RelationSpec,
  visibleText,
  yearInRange,
} from "../model";
import { EDGE_TEXT, NODE_TEXT, pickText } from "../model/optional-text";
import { SHORT_MAX } from "../model/schema";
import { citationSchema } from "../model/schema";
import { citationsFromText, listFromText } from "./citation-text";

type Raw = Record<string, unknown>;
type Issue = { field: string; message: string };

const KIND_WORDS: Record<string, Kind> = {
  event: "event",
  meeting: "event",
  conference: "event",
  workshop: "event",
  organisation: "organisation",
  organization: "organisation",
  org: "organisation",
  institution: "organisation",
  agency: "organisation",
  person: "person",
  people: "person",
  individual: "person",
  human: "person",
  document: "document",
  doc: "document",
  publication: "document",
  report: "document",
  paper: "document",
  theme: "theme",
  topic: "theme",
  subject: "theme",
  concept: "theme",
  keyword: "theme",
};
// Own words only: a kind written "constructor" is not Object's constructor.
const kindWord = (word: string): Kind | undefined => (Object.hasOwn(KIND_WORDS, word) ? KIND_WORDS[word] : undefined);

const KIND_FIELDS = ["kind", "type", "category", "class", "group"];
const RELATION_FIELDS = ["relation", "type", "label", "kind"];
const DIRECTIONS: ReadonlySet<string> = new Set(["directed", "undirected", "mutual"]);

function text(value: unknown): string | undefined {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // Only invisible characters count as empty; bidi and control characters are written out.
  return typeof value === "string" && !isBlank(value) ? visibleText(value.trim()) : undefined;
}

/**
 * The field called `name` in any case ("Type" from Gephi's column titles, say). Most files write
 * their names in lower case: the other names are looked for only when the record has one.
 */
function fieldNamed(raw: Raw, name: string): string | undefined {
  if (Object.hasOwn(raw, name)) return name;
  return foldedNames(raw)?.get(name);
}

const UPPER = /[^a-z0-9_\-. ]/;
const folded = new WeakMap<Raw, Map<string, string> | null>();

/** Lower-cased name → the record's own name, for a record with a name not in lower case; else null. */
function foldedNames(raw: Raw): Map<string, string> | null {
  let names = folded.get(raw);
  if (names !== undefined) return names;
  names = null;
  for (const key of Object.keys(raw))
    if (UPPER.test(key)) {
      const lower = key.toLowerCase();
      if (lower !== key && !(names ??= new Map()).has(lower)) names.set(lower, key);
    }
  folded.set(raw, names);
  return names;
}

/** The attribute called `name` in any case, as text. */
function lookup(raw: Raw, name: string): [field: string, value: string] | undefined {
  const field = fieldNamed(raw, name);
  const value = field === undefined ? undefined : text(raw[field]);
  return field !== undefined && value !== undefined ? [field, value] : undefined;
}

function kindOf(raw: Raw): { kind: Kind; from?: string } {
  for (const name of KIND_FIELDS) {
    const [field, value] = lookup(raw, name) ?? [];
    if (!value) continue;
    const folded = foldForSearch(value);
    const kind = isKind(folded) ? folded : (kindWord(folded) ?? kindWord(folded.replace(/s$/, "")));
    if (kind) return { kind, from: field };
    // Our own export of a generic node says so; that is not a foreign attribute to keep.
    if (folded === GENERIC_KIND) return { kind: GENERIC_KIND, from: field };
  }
  return { kind: GENERIC_KIND };
}

function citationsOf(raw: Raw, issues: Issue[]): Citation[] {
  if (Array.isArray(raw.sources)) {
    const list: Citation[] = [];
    raw.sources.forEach((c, i) => {
      const parsed = citationSchema.safeParse(c);
      if (parsed.success) list.push(parsed.data);
      else issues.push({ field: `sources[${i}]`, message: "a citation needs a source id and a quote" });
    });
    return list;
  }
  const line = text(raw.citations);
  if (!line) return [];
  const read = citationsFromText(line);
  if ("bad" in read) issues.push({ field: "citations", message: `"${read.bad}" is not "source-id: quote"` });
  return "citations" in read ? read.citations : [];
}

/** A date the model can read; anything else in that field is kept in `extra`, under its name. */
function dateOf(raw: unknown, field: string, extra: Record<string, Extra[string]>): string | undefined {
  const value = text(raw);
  const date = value ? parseIsoDate(value) : undefined;
  if (value && date && yearInRange(date.year)) return value;
  if (value) extra[field] = value;
  return undefined;
}

/**
 * The file's own drawing (x, y, size, color; an edge's color and weight), named in any case
 * (Gephi's Weight column): numbers may come as text (CSV). A value that is none (a colour
 * "blue-ish") is kept in `extra`, under its name.
 */
function drawingOf(
  raw: Raw,
  names: readonly (typeof NODE_DRAWING)[number][] | readonly (typeof EDGE_DRAWING)[number][],
): { drawing: Record<string, number | string>; kept: Raw; fields: string[] } {
  const drawing: Record<string, number | string> = {};
  const kept: Raw = Object.create(null);
  const fields: string[] = [];
  for (const name of names) {
    const field = fieldNamed(raw, name);
    const given = field === undefined ? undefined : raw[field];
    if (field === undefined || given === undefined || given === null || given === "") continue;
    fields.push(field);
    const value =
      name !== "color" && typeof given === "string" && given.trim() !== ""
        ? drawingValue(name, Number(given))
        : drawingValue(name, typeof given === "string" ? given.trim() : given);
    if (value !== undefined) drawing[name] = value;
    else kept[field] = given;
  }
  return { drawing, kept, fields };
}

function extraOf(raw: Raw, used: ReadonlySet<string>, alsoUsed: readonly string[] = []): Record<string, Extra[string]> {
  // No prototype: a file may name an attribute "__proto__".
  const extra: Record<string, Extra[string]> = Object.create(null);
  const keep = (name: string, value: unknown) => {
    if (used.has(name) || alsoUsed.includes(name) || value === undefined || value === null || value === "") return;
    extra[name] = typeof value === "object" ? JSON.stringify(value) : (value as string | number | boolean);
  };
  // Our own JSON export of an imported graph nests them under `extra`; the record's own win.
  const nested = raw.extra && typeof raw.extra === "object" && !Array.isArray(raw.extra) ? (raw.extra as Raw) : null;
  if (nested) for (const name of Object.keys(nested)) if (!Object.hasOwn(raw, name)) keep(name, nested[name]);
  for (const name of Object.keys(raw)) if (!(name === "extra" && nested)) keep(name, raw[name]);
  return extra;
}

const NONE: ReadonlySet<string> = new Set();

const NODE_USED: ReadonlySet<string> = new Set([
  "label",
  "name",
  "title",
  "short",
  "aliases",
  ...NODE_TEXT,
  "sources",
  "citations",
]);

export function nodeFromFlat(key: string, raw: Raw): { attributes: NodeAttributes; issues: Issue[] } {
  const issues: Issue[] = [];
  const { kind, from } = kindOf(raw);
  const labelField = ["label", "name", "title"].find((f) => text(raw[f]) !== undefined);
  const { drawing, kept, fields } = drawingOf(raw, NODE_DRAWING);
  const used = [...fields, ...(from ? [from] : []), ...(labelField ? [labelField] : [])];
  const extra = Object.assign(extraOf(raw, NODE_USED, used), extraOf(kept, NONE));
  const aliases = Array.isArray(raw.aliases)
    ? raw.aliases.map(text).filter((a): a is string => !!a)
    : listFromText(text(raw.aliases) ?? "");
  const texts: { [K in (typeof NODE_TEXT)[number]]?: string } = {};
  pickText(raw, NODE_TEXT, texts, (value, name) =>
    name === "start" || name === "end" ? dateOf(value, name, extra) : text(value),
  );
  // A foreign short name longer than the canvas allows is dropped, not cut: the full label still shows.
  const short = text(raw.short);
  const attributes: NodeAttributes = {
    kind,
    label: (labelField && text(raw[labelField])) || key,
    ...(short && short.length <= SHORT_MAX ? { short } : {}),
    ...(aliases.length ? { aliases } : {}),
    ...texts,
    sources: citationsOf(raw, issues),
    ...drawing,
    ...(Object.keys(extra).length ? { extra } : {}),
  };
  return { attributes, issues };
}

function relationOf(raw: Raw, from: Kind, to: Kind): { relation: Relation; used: string[]; label?: string } {
  let label: string | undefined;
  const used: string[] = [];
  for (const name of RELATION_FIELDS) {
    const [field, value] = lookup(raw, name) ?? [];
    if (!field || !value) continue;
    used.push(field);
    // Gephi's edge table says "Directed" or "Undirected" under Type: a direction, not a relation.
    if (DIRECTIONS.has(value.toLowerCase())) continue;
    // "related-to" is the fallback itself: reading it back must keep the file's own word in `label`.
    if (isRelation(value) && value !== GENERIC_RELATION) {
      const spec: RelationSpec = RELATIONS[value];
      if ((spec.from as readonly string[]).includes(from) && (spec.to as readonly string[]).includes(to))
        return { relation: value, used: [field] };
    }
    if (value !== GENERIC_RELATION) label ??= value;
  }
  // The fields that named the relation are all spent: the one kept as `label`, and the others
  // (GEXF's own edge label repeating our relation, say) are the same fact worded again.
  return { relation: GENERIC_RELATION, used, label };
}

const EDGE_USED: ReadonlySet<string> = new Set(["relation", ...EDGE_TEXT, "sources", "citations"]);
// A flat file's edge `label` names its relation (relationOf): of the edge's texts, the date and the
// curator's note are read here.
const EDGE_DATE = ["start"] as const;
const EDGE_NOTE = ["note"] as const;

export function edgeFromFlat(raw: Raw, from: Kind, to: Kind): { attributes: EdgeAttributes; issues: Issue[] } {
  const issues: Issue[] = [];
  const { relation, used, label } = relationOf(raw, from, to);
  const { drawing, kept, fields } = drawingOf(raw, EDGE_DRAWING);
  const extra = Object.assign(extraOf(raw, EDGE_USED, [...used, ...fields]), extraOf(kept, NONE));
  const texts: { start?: string; note?: string } = {};
  pickText(raw, EDGE_DATE, texts, (value, name) => dateOf(value, name, extra));
  pickText(raw, EDGE_NOTE, texts, (value) => text(value));
  const attributes: EdgeAttributes = {
    relation,
    ...(relation === GENERIC_RELATION && label ? { label } : {}),
    sources: citationsOf(raw, issues),
    ...texts,
    ...drawing,
    ...(Object.keys(extra).length ? { extra } : {}),
  };
  return { attributes, issues };
}
