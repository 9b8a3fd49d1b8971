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
  const problem = (field: string, message: string, severity: Problem["severity"] = "error") =>
    problems.push({ where: "graph", field, severity, message });
  const unchecked = allowMissingTexts ? ", so its quotes are not checked" : "";
  const severity = allowMissingTexts ? "warning" : "error";
  sources.forEach((s, i) => {
    if (listed.has(s.id)) return void problem(`attributes.sources[${i}].id`, `source "${s.id}" is listed twice`);
    listed.add(s.id);
    const text = Object.hasOwn(texts, s.id) ? texts[s.id] : undefined;
    const at = `attributes.sources[${i}]`;
    if (typeof text !== "string")
      return void problem(
        at,
        `source "${s.id}" has no text file (sources/${s.id}.md or .txt beside the dataset)${unchecked}`,
        severity,
      );
    if (!text.trim()) return void problem(at, `the text of source "${s.id}" is empty${unchecked}`, severity);
    readable.add(s.id);
  });
  return { listed, readable, problems };
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
