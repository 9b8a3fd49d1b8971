// The io layer's public face, for the UI: exporters return { filename, mime, text } to download;
// importers return a graph or every problem with its place, and never throw.
export { exportCsv } from "./export-csv";
export { exportGexf, type GexfOptions, type NodeViz } from "./export-gexf";
export { exportJson, toContractJson } from "./export-json";
export { exportJsonLd, toJsonLd } from "./export-jsonld";
export { importFile } from "./import-file";
export * from "./read-dataset";
export * from "./types";
