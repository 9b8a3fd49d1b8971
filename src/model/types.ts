import type { AbstractGraph } from "graphology-types";

import type { Kind } from "./kinds";
import type { Relation } from "./relations";
import type { Citation, GraphAttributes } from "./schema";

export type { Citation, GraphAttributes, SourceRef, Story, StoryQuote, StoryStep, StoryView } from "./schema";

export interface NodeAttributes {
  kind: Kind;
  label: string;
  /** The name the canvas draws ("Rome Memorandum"); the label is shown in full everywhere else. */
  short?: string;
  aliases?: readonly string[];
  description?: string;
  start?: string;
  end?: string;
  place?: string;
  role?: string;
  /** The curator's remark ("the source gives no month"), not a fact: shown labelled as a curator's note. */
  note?: string;
  sources: readonly Citation[];
  /** Columns an imported file carried that the contract has no name for (Gephi attributes, say). */
  extra?: Extra;
}

export type Extra = Readonly<Record<string, string | number | boolean>>;

export interface EdgeAttributes {
  relation: Relation;
  sources: readonly Citation[];
  start?: string;
  /** An imported file's own word for a relation that fell back to "related-to". */
  label?: string;
  /** The curator's remark on this relation, as on nodes. */
  note?: string;
  extra?: Extra;
}

/** The data graph. Its attribute objects are frozen: display state never goes in here. */
export type DataGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Full text of each cited source, by source id. */
export type SourceTexts = Readonly<Record<string, string>>;

export interface Problem {
  /** File the problem is in, when known. */
  file?: string;
  /** Where in the dataset: `node "rome-memorandum"`, `edge "a" -> "b" (hosted)`, `graph`. */
  where: string;
  /** Field path within that place: `sources[0].quote`. */
  field?: string;
  message: string;
  severity: "error" | "warning";
  /** What kind of problem, for code that acts on it (strictness, tests): stable where the message is not. */
  code?: ProblemCode;
}

/** The problems something acts on by kind; the others need no code. */
export type ProblemCode = "source-text-missing" | "source-text-empty";

export type LoadResult = { ok: true; graph: DataGraph; warnings: Problem[] } | { ok: false; problems: Problem[] };
