// The schema's answer for the common case, without zod: an item that is plainly valid (every
// field of the right type, text already trimmed, no field the contract does not name) comes back
// as the same fresh objects zod would give, in the schema's key order. Anything else gives null,
// and the caller asks zod, which words the problems. Loading 100k nodes is about twice as fast.
import type { z } from "zod";

import { EDGE_DRAWING, NODE_DRAWING, pickDrawing } from "./drawing";
import { KINDS } from "./kinds";
import { EDGE_TEXT, NODE_TEXT, pickText } from "./optional-text";
import {
  type Citation,
  citationSchema,
  edgeAttributesSchema,
  nodeAttributesSchema,
  QUOTE_MAX,
  serializedEdgeSchema,
  serializedNodeSchema,
  SHORT_MAX,
} from "./schema";

type ParsedNode = z.output<typeof serializedNodeSchema>;
type ParsedEdge = z.output<typeof serializedEdgeSchema>;

type Obj = Record<string, unknown>;

const KIND_SET: ReadonlySet<unknown> = new Set(KINDS);
// The names the schema allows, read from it: one list for both paths.
const keysOf = (schema: { shape: object }): ReadonlySet<string> => new Set(Object.keys(schema.shape));
const NODE_KEYS = keysOf(nodeAttributesSchema);
const EDGE_KEYS = keysOf(edgeAttributesSchema);
const NODE_FIELDS = keysOf(serializedNodeSchema);
const EDGE_FIELDS = keysOf(serializedEdgeSchema);
const CITATION_KEYS = keysOf(citationSchema);

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
/** nonEmpty in schema.ts: text that trimming leaves unchanged and not empty. */
const isTrimmedText = (v: unknown): v is string =>
  typeof v === "string" && v.length > 0 && v.trim().length === v.length;
const onlyKeys = (o: Obj, allowed: ReadonlySet<string>) => {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
};

function citations(value: unknown): Citation[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const out: Citation[] = [];
  for (const c of value) {
    if (!isObject(c) || !isTrimmedText(c.source) || !isTrimmedText(c.quote) || c.quote.length > QUOTE_MAX) return null;
    // A selector is checked by the schema, which keeps it.
    if (!onlyKeys(c, CITATION_KEYS) || c.selector !== undefined) return null;
    out.push({ source: c.source, quote: c.quote });
  }
  return out;
}

function extra(value: unknown): Record<string, string | number | boolean> | null {
  if (!isObject(value)) return null;
  const out: Record<string, string | number | boolean> = {};
  for (const k in value) {
    const v = value[k];
    if (typeof v !== "string" && typeof v !== "boolean" && (typeof v !== "number" || !Number.isFinite(v))) return null;
    out[k] = v;
  }
  return out;
}

const keyText = (v: unknown): v is string => typeof v === "string" && v.length > 0;

export function fastNode(raw: unknown): ParsedNode | null {
  if (!isObject(raw) || !keyText(raw.key) || !isObject(raw.attributes)) return null;
  if (!onlyKeys(raw, NODE_FIELDS)) return null;
  const a = raw.attributes;
  if (!onlyKeys(a, NODE_KEYS) || !KIND_SET.has(a.kind) || !isTrimmedText(a.label)) return null;
  const out: Obj = { kind: a.kind, label: a.label };
  if (a.short !== undefined) {
    if (!isTrimmedText(a.short) || a.short.length > SHORT_MAX) return null;
    out.short = a.short;
  }
  if (a.aliases !== undefined) {
    if (!Array.isArray(a.aliases) || !a.aliases.every(isTrimmedText)) return null;
    out.aliases = [...a.aliases];
  }
  if (!pickText(a, NODE_TEXT, out)) return null;
  const sources = citations(a.sources);
  if (!sources) return null;
  out.sources = sources;
  if (!pickDrawing(a, NODE_DRAWING, out)) return null;
  if (a.extra !== undefined) {
    const e = extra(a.extra);
    if (!e) return null;
    out.extra = e;
  }
  return { key: raw.key, attributes: out as ParsedNode["attributes"] };
}

export function fastEdge(raw: unknown): ParsedEdge | null {
  if (!isObject(raw) || !keyText(raw.source) || !keyText(raw.target) || !isObject(raw.attributes)) return null;
  if (raw.key !== undefined && !keyText(raw.key)) return null;
  if (raw.undirected !== undefined && raw.undirected !== false) return null;
  if (!onlyKeys(raw, EDGE_FIELDS)) return null;
  const a = raw.attributes;
  if (!onlyKeys(a, EDGE_KEYS) || !isTrimmedText(a.relation)) return null;
  const sources = citations(a.sources);
  if (!sources) return null;
  const out: Obj = { relation: a.relation, sources };
  if (!pickText(a, EDGE_TEXT, out)) return null;
  if (!pickDrawing(a, EDGE_DRAWING, out)) return null;
  if (a.extra !== undefined) {
    const e = extra(a.extra);
    if (!e) return null;
    out.extra = e;
  }
  const attributes = out as ParsedEdge["attributes"];
  const { source, target } = raw;
  const edge: ParsedEdge =
    raw.key === undefined ? { source, target, attributes } : { key: raw.key as string, source, target, attributes };
  if (raw.undirected === false) edge.undirected = false;
  return edge;
}
