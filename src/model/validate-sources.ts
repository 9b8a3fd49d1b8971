// Checks on the graph's list of sources, made once here so that citations of a source with no
// text do not each repeat the same complaint.
import type { GraphAttributes, Problem, SourceTexts } from "./types";

export interface SourceList {
  /** Every id in the list, checked or not: a citation of anything else is "unknown". */
  listed: Set<string>;
  /** Ids with a non-blank text to check quotes against. */
  readable: Set<string>;
  problems: Problem[];
}

/**
 * With `allowMissingTexts`, a source without text is a warning and its quotes go unchecked (for a
 * dataset a user opens without its source files); otherwise it is an error.
 */
export function checkSourceList(
  sources: GraphAttributes["sources"],
  texts: SourceTexts,
  allowMissingTexts = false,
): SourceList {
  const listed = new Set<string>();
  const readable = new Set<string>();
  const problems: Problem[] = [];
  sources.forEach((s, i) => {
    if (listed.has(s.id))
      return void problems.push({
        where: "graph",
        field: `attributes.sources[${i}].id`,
        severity: "error",
        message: `source "${s.id}" is listed twice`,
      });
    listed.add(s.id);
    const text = Object.hasOwn(texts, s.id) ? texts[s.id] : undefined;
    if (typeof text === "string" && text.trim()) readable.add(s.id);
    else problems.push(sourceTextProblem(s.id, i, text, allowMissingTexts));
  });
  return { listed, readable, problems };
}

/**
 * The problem of the source listed `index`th whose text is missing or blank: an error, or with
 * `unchecked` a warning that its quotes go unchecked. The one wording for the loader and for the
 * importers' strict check (io/read-dataset.ts).
 */
export function sourceTextProblem(id: string, index: number, text: string | undefined, unchecked: boolean): Problem {
  const missing = typeof text !== "string";
  const said = missing
    ? `source "${id}" has no text file (sources/${id}.md or .txt beside the dataset)`
    : `the text of source "${id}" is empty`;
  return {
    where: "graph",
    field: `attributes.sources[${index}]`,
    severity: unchecked ? "warning" : "error",
    code: missing ? "source-text-missing" : "source-text-empty",
    message: unchecked ? `${said}, so its quotes are not checked` : said,
  };
}

/** A listed source that nothing cites is allowed, but probably a slip. Sources already in error are skipped. */
export function uncitedSources(
  list: SourceList,
  sources: GraphAttributes["sources"],
  cited: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  sources.forEach((s, i) => {
    if (seen.has(s.id) || cited.has(s.id) || !list.readable.has(s.id)) return;
    seen.add(s.id);
    problems.push({
      where: "graph",
      field: `attributes.sources[${i}]`,
      severity: "warning",
      message: `source "${s.id}" is listed but no node or edge cites it`,
    });
  });
  return problems;
}
