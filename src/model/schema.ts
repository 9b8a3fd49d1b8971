// Runtime schema of the data contract (docs/data-contract.md). Structure only: rules
// that need the whole dataset (keys, endpoints, quotes, lineage) live in validate*.ts.
import "./zod-jitless";

import { z } from "zod";

import { COLOR_PATTERN } from "./drawing";
import { KINDS } from "./kinds";

// Messages say what is wrong in a reader's words: "is required", not "expected string, received undefined".
const missingOr = (otherwise: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "is required" : otherwise;

/** The longest short name (the canvas's name for a node): about three words at the label size. */
export const SHORT_MAX = 32;

/** The longest quote a citation may carry: the supporting sentence, not a passage. */
export const QUOTE_MAX = 400;

const nonEmpty = z
  .string({ error: missingOr("must be text") })
  .trim()
  .min(1, "must not be empty");

/** W3C Web Annotation TextQuoteSelector: finds the cited occurrence when the words occur twice. */
export const quoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector", { error: 'must be "TextQuoteSelector"' }),
  exact: z.string({ error: missingOr("must be text") }),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

export const citationSchema = z.object({
  source: nonEmpty,
  quote: nonEmpty.max(QUOTE_MAX, "a quote is at most ~300 characters; cite the supporting sentence only"),
  selector: quoteSelectorSchema.optional(),
});

const citationList = z
  .array(citationSchema, { error: missingOr("must be a list of citations") })
  .min(1, "needs at least one citation");

export const sourceRefSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  publisher: z.string().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});

function kindError(issue: { input?: unknown }): string {
  const kinds = KINDS.join(", ");
  if (issue.input === undefined) return `is required (one of ${kinds})`;
  const given = typeof issue.input === "string" ? `"${issue.input}"` : `a ${typeof issue.input}`;
  return `${given} is not a kind; must be one of ${kinds}`;
}

const finite = z.number({ error: missingOr("must be a number") });
const colour = z.string().regex(COLOR_PATTERN, 'a colour is "#rrggbb", "rgb(r,g,b)" or "rgba(r,g,b,a)"');

// Imported files may carry columns the contract has no name for; they travel here, untouched.
const extraSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export const nodeAttributesSchema = z.object(
  {
    kind: z.enum(KINDS, { error: kindError }),
    label: nonEmpty,
    short: nonEmpty
      .max(SHORT_MAX, `a short name is at most ${SHORT_MAX} characters: it is what the canvas draws`)
      .optional(),
    aliases: z.array(nonEmpty).optional(),
    description: z.string().optional(),
    start: z.string().optional(),
    end: z.string().optional(),
    place: z.string().optional(),
    role: z.string().optional(),
    /** The curator's remark, not the source's: shown only as a labelled "Curator's note". */
    note: z.string().optional(),
    sources: citationList,
    // The file's own drawing (drawing.ts): drawn as given.
    x: finite.optional(),
    y: finite.optional(),
    size: finite.positive("a size must be above 0").optional(),
    color: colour.optional(),
    extra: extraSchema.optional(),
  },
  { error: missingOr("must be an object") },
);

export const edgeAttributesSchema = z.object(
  {
    relation: nonEmpty,
    sources: citationList,
    start: z.string().optional(),
    label: z.string().optional(),
    note: z.string().optional(),
    color: colour.optional(),
    weight: finite.optional(),
    extra: extraSchema.optional(),
  },
  { error: missingOr("must be an object") },
);

// A guided story (docs/data-contract.md, "Stories"): each step is a view, a caption and the quotes
// it rests on. Keys, dates and quotes are checked against the graph in validate-stories.ts.
const storyKey = z.string({ error: missingOr("must be text") }).min(1, "must not be empty");
const storyKeys = z.array(storyKey, { error: missingOr("must be a list of keys") });

export const storyViewSchema = z
  .strictObject(
    {
      select: storyKey,
      edge: storyKey,
      orgs: storyKeys,
      kinds: z.array(z.enum(KINDS, { error: kindError })),
      themes: storyKeys,
      from: storyKey,
      to: storyKey,
      undated: z.boolean(),
      fade: z.boolean(),
      lineage: storyKey,
      path: z.tuple([storyKey, storyKey], { error: "must be two node keys" }),
      timely: z.boolean(),
      layout: z.enum(["force", "time"]),
    },
    { error: missingOr("must be an object") },
  )
  .partial();

export const storyQuoteSchema = z.strictObject({ node: storyKey, edge: storyKey, quote: nonEmpty }).partial({
  node: true,
  edge: true,
});

export const storyStepSchema = z.object({
  view: storyViewSchema,
  caption: nonEmpty.max(320, "a caption is at most ~300 characters: one or two sentences its quotes carry"),
  quotes: z
    .array(storyQuoteSchema, { error: missingOr("must be a list of quotes") })
    .min(1, "a caption needs at least one quote it rests on"),
});

export const storySchema = z.object({
  id: storyKey,
  title: nonEmpty,
  description: z.string().optional(),
  steps: z.array(storyStepSchema, { error: missingOr("must be a list of steps") }).min(1, "needs at least one step"),
});

export const graphAttributesSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  description: z.string().optional(),
  sources: z.array(sourceRefSchema, { error: missingOr("must be a list") }).min(1, "must list at least one source"),
  stories: z.array(storySchema, { error: missingOr("must be a list of stories") }).optional(),
});

const keyText = z.string({ error: missingOr("must be text") }).min(1, "must not be empty");

export const serializedNodeSchema = z.object(
  { key: keyText, attributes: nodeAttributesSchema },
  { error: "a node must be an object with a key and attributes" },
);
export const serializedEdgeSchema = z.object(
  {
    key: keyText.optional(),
    source: keyText,
    target: keyText,
    attributes: edgeAttributesSchema,
    undirected: z.literal(false, { error: "edges are directed; leave out undirected or set it to false" }).optional(),
  },
  { error: "an edge must be an object with a source, a target and attributes" },
);

const must = (value: unknown) => ({ error: `must be ${JSON.stringify(value)}` });

export const datasetSchema = z.object(
  {
    attributes: z.object(graphAttributesSchema.shape, { error: missingOr("must be an object") }),
    options: z
      .object({
        type: z.literal("directed", must("directed")),
        multi: z.literal(true, must(true)),
        allowSelfLoops: z.literal(false, must(false)),
      })
      .partial()
      .optional(),
    nodes: z.array(z.unknown(), { error: missingOr("must be a list") }),
    edges: z.array(z.unknown(), { error: missingOr("must be a list") }),
  },
  { error: "a dataset must be a JSON object with attributes, options, nodes and edges" },
);

export type Citation = z.infer<typeof citationSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type GraphAttributes = z.infer<typeof graphAttributesSchema>;
export type Story = z.infer<typeof storySchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type StoryView = z.infer<typeof storyViewSchema>;
export type StoryQuote = z.infer<typeof storyQuoteSchema>;
