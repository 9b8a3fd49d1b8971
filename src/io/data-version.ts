// The data version links carry (`v=`), so a link made for other data can say so. One rule for
// every way a dataset is opened: a JSON file is versioned by its parsed value (so spacing and key
// order do not count), a GEXF file or CSV pair by the graph read from it. Kept apart from
// read-dataset.ts (graphology, the model) so the version worker stays small.
import type { DataGraph } from "../model";
import { datasetVersion } from "../queries/version";

export function dataVersion(from: { json: unknown } | { graph: DataGraph }): string {
  return datasetVersion("json" in from ? from.json : from.graph.export());
}
