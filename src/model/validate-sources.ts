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

export function checkSourceList(sources: GraphAttributes["sources"], texts: SourceTexts): SourceList {
  const listed = new Set<string>();
  const readable = new Set<string>();
  const problems: Problem[] = [];
  const problem = (field: string, message: string) =>
    problems.push({ where: "graph", field, severity: "error", message });
  sources.forEach((s, i) => {
    if (listed.has(s.id)) return void problem(`attributes.sources[${i}].id`, `source "${s.id}" is listed twice`);
    listed.add(s.id);
    const text = Object.hasOwn(texts, s.id) ? texts[s.id] : undefined;
    if (typeof text !== "string")
      return void problem(
        `attributes.sources[${i}]`,
        `source "${s.id}" has no text file (sources/${s.id}.md or .txt beside the dataset)`,
      );
    if (!text.trim()) return void problem(`attributes.sources[${i}]`, `the text of source "${s.id}" is empty`);
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
