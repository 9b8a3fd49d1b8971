// Runtime schema of the data contract (shared/design/DATA-CONTRACT.md). Structure only: rules
// that need the whole dataset (keys, endpoints, quotes, lineage) live in validate*.ts.
import { z } from "zod";

import { KINDS } from "./kinds";

const nonEmpty = z.string().trim().min(1, "must not be empty");

export const citationSchema = z.object({
  source: nonEmpty,
  quote: nonEmpty.max(400, "a quote is at most ~300 characters; cite the supporting sentence only"),
});

export const sourceRefSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  publisher: z.string().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});

export const nodeAttributesSchema = z.object({
  kind: z.enum(KINDS, { error: `must be one of ${KINDS.join(", ")}` }),
  label: nonEmpty,
  aliases: z.array(nonEmpty).optional(),
  description: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  place: z.string().optional(),
  role: z.string().optional(),
  sources: z.array(citationSchema).min(1, "needs at least one citation"),
});

export const edgeAttributesSchema = z.object({
  relation: nonEmpty,
  sources: z.array(citationSchema).min(1, "needs at least one citation"),
  start: z.string().optional(),
});

export const graphAttributesSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  description: z.string().optional(),
  sources: z.array(sourceRefSchema).min(1, "must list at least one source"),
});

export const serializedNodeSchema = z.object({ key: z.string().min(1), attributes: nodeAttributesSchema });
export const serializedEdgeSchema = z.object({
  key: z.string().min(1).optional(),
  source: z.string().min(1),
  target: z.string().min(1),
  attributes: edgeAttributesSchema,
  undirected: z.literal(false).optional(),
});

export const datasetSchema = z.object({
  attributes: graphAttributesSchema,
  options: z
    .object({ type: z.literal("directed"), multi: z.literal(true), allowSelfLoops: z.literal(false) })
    .partial()
    .optional(),
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()),
});

export type Citation = z.infer<typeof citationSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type GraphAttributes = z.infer<typeof graphAttributesSchema>;
