// The summary `npm run validate` prints for a data-contract JSON: the same tally and lines as for a
// file of any other format (src/io/summary.ts), so the CLI reads the same whatever it checks.
import { summaryLines } from "../io/summary";
import type { DataGraph } from "../model";

export function summarise(graph: DataGraph): string[] {
  return summaryLines(graph);
}
