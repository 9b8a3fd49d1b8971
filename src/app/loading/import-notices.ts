// What the reader is told after opening a file: what it was read as, and what could not be
// checked or named (quotes without their source text, kinds and relations that fell back).
import type { ImportResult } from "../../io/types";
import type { Notice } from "../../state/url";

const FORMATS = {
  "data-contract": "a dataset in the explorer's data contract",
  gexf: "a GEXF file",
  "graphology-json": "a graphology JSON export",
  csv: "a CSV export",
} as const;

function listed(ids: readonly string[], most = 3): string {
  return ids.length <= most ? ids.join(", ") : `${ids.slice(0, most).join(", ")} and ${ids.length - most} more`;
}

export function importNotices(names: string, result: Extract<ImportResult, { ok: true }>): Notice[] {
  const { graph } = result;
  const notices: Notice[] = [
    {
      level: "info",
      message: `Opened ${names} (${FORMATS[result.format]}): ${graph.order} nodes and ${graph.size} relations.`,
    },
  ];
  if (result.unverified.size > 0)
    notices.push({
      level: "warning",
      message: `${result.unverified.size} source(s) came without their text, so their quotes are shown unverified: ${listed([...result.unverified])}. Open the .md or .txt files with the dataset to check them.`,
    });
  const { nodes, edges } = result.generic;
  if (nodes + edges > 0)
    notices.push({
      level: "info",
      message: `${nodes} node(s) named no known kind and are shown as "Other"; ${edges} relation(s) named no known relation and read "related to".`,
    });
  return notices;
}
