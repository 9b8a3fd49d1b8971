// Every claim of a dataset as the app words it, with its quotes and the source sentence each
// quote stands in, for a reviewer to read on one page (npm run claims). A claim is a node (what the
// details panel says of it: kind, dates, place, role, description) or an edge (its sentence).
import {
  formatDateRange,
  KIND_LABELS,
  normaliseForQuote,
  type Citation,
  type DataGraph,
  type SourceTexts,
} from "../model";
import { edgePlace, nodePlace } from "../model/problems";
import { edgeSentence } from "../queries/describe";
import { seededRandom } from "./bench/synthetic/random";

export interface Claim {
  /** Where, in the validator's words: `node "icct"`, `edge "icct" -> "x" (hosted)`. */
  where: string;
  /** The claim as the app shows it. */
  sentence: string;
  /** The curator's note, kept apart from the claim. */
  note?: string;
  sources: readonly Citation[];
}

function nodeSentence(graph: DataGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  const when = formatDateRange(a.start, a.end);
  const facts = [
    `${KIND_LABELS[a.kind].one}: ${a.label}`,
    when && `${a.kind === "document" ? "issued or adopted" : "when"}: ${when}`,
    a.place && `where: ${a.place}`,
    a.role && `role: ${a.role}`,
  ].filter(Boolean);
  return facts.join(" · ") + (a.description ? `. ${a.description}` : "");
}

export function listClaims(graph: DataGraph): Claim[] {
  const claims: Claim[] = [];
  graph.forEachNode((key, a) => {
    claims.push({ where: nodePlace(key), sentence: nodeSentence(graph, key), note: a.note, sources: a.sources });
  });
  graph.forEachEdge((edge, a, source, target) => {
    const when = formatDateRange(a.start, undefined);
    claims.push({
      where: edgePlace(source, target, a.relation, edge),
      sentence: edgeSentence(graph, edge) + (when ? ` (${when})` : ""),
      note: a.note,
      sources: a.sources,
    });
  });
  return claims;
}

/** `n` claims drawn without replacement by a seeded generator, in dataset order: the same seed, the same page. */
export function sampleClaims<T>(claims: readonly T[], n: number, seed: number): T[] {
  const random = seededRandom(seed);
  const order = claims.map((_, i) => i);
  const take = Math.min(n, order.length);
  for (let i = 0; i < take; i++) {
    const j = i + random.int(order.length - i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order
    .slice(0, take)
    .sort((a, b) => a - b)
    .map((i) => claims[i]!);
}

// A sentence ends at . ! ? (perhaps with a closing quote or bracket) before a space or the end,
// but not after a title such as "Mr." or "Dr.". Headings and rules of the Markdown became spaces,
// so a "sentence" may run long: it is cut at MAX_SIDE characters either side of the quote.
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Jr|U\.S))[.!?]["')\]]?(?= |$)/g;
const MAX_SIDE = 300;

/** The sentence(s) of `text` that hold `quote`, with "…" where they were cut; null when not found. */
export function sentenceAround(text: string, quote: string): string | null {
  const flat = normaliseForQuote(text);
  const wanted = normaliseForQuote(quote);
  const at = wanted ? flat.indexOf(wanted) : -1;
  if (at < 0) return null;
  const end = at + wanted.length;
  let from = 0;
  let to = flat.length;
  for (const match of flat.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (stop < at) from = stop + 1;
    else if (stop >= end) {
      to = stop;
      break;
    }
  }
  const head = at - from > MAX_SIDE ? "…" : "";
  const tail = to - end > MAX_SIDE ? "…" : "";
  if (head) from = flat.lastIndexOf(" ", at - MAX_SIDE) + 1;
  if (tail) to = Math.max(end, flat.indexOf(" ", end + MAX_SIDE));
  return head + flat.slice(from, to).trim() + tail;
}

/** One claim as a block of text: its place and sentence, then each quote and the sentence around it. */
export function formatClaim(claim: Claim, texts: SourceTexts, titles: ReadonlyMap<string, string>): string {
  const lines = [claim.where, `  ${claim.sentence}`];
  if (claim.note) lines.push(`  Curator's note: ${claim.note}`);
  for (const c of claim.sources) {
    lines.push(`  > "${c.quote}"`, `    ${titles.get(c.source) ?? c.source} [${c.source}]`);
    const text = texts[c.source];
    const around = text === undefined ? null : sentenceAround(text, c.quote);
    lines.push(
      around === null
        ? `    (not found: ${text === undefined ? "no text for this source" : "the quote is not in the text"})`
        : `    in: ${around}`,
    );
  }
  return lines.join("\n");
}

const USAGE = "usage: npm run claims [-- FILE] [--sample N] [--seed S]";

export interface Options {
  file: string;
  sample?: number;
  seed: number;
}

function wholeNumber(flag: string, value: string | undefined, min: number): number {
  const n = value === undefined ? NaN : Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new Error(
      `claims: ${flag} needs a whole number of at least ${min}, got ${value === undefined ? "nothing" : `"${value}"`}`,
    );
  }
  return n;
}

export function parseArgs(args: readonly string[]): Options {
  const options: Options = { file: "graph-data/veo-rehabilitation.json", seed: 1 };
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--sample") options.sample = wholeNumber(arg, args[++i], 1);
    else if (arg === "--seed") options.seed = wholeNumber(arg, args[++i], 0);
    else if (arg.startsWith("-")) throw new Error(`claims: unknown option "${arg}"\n${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new Error(`claims: one dataset file at a time, got "${file}" and "${arg}"\n${USAGE}`);
  }
  if (file !== undefined) options.file = file;
  return options;
}
