// Which file `?dataset=` asks for, and whether the page may fetch it. Without imports of its own, so
// the page's entry (src/main.tsx) can start the download before the app's bundle runs.

/** The dataset path asked for in the address, or null when none is. */
export function datasetParam(search: string): string | null {
  const value = new URLSearchParams(search).get("dataset");
  return value === null ? null : value.trim();
}

const DATASET_FILE = /\.(json|gexf)$|nodes\.csv$/i;

/** Resolves a relative path against the page, or explains why it is refused. */
export function resolveDatasetUrl(path: string, base: string): URL | string {
  if (!path) return "the dataset parameter is empty";
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("/") || path.startsWith("\\"))
    return `"${path}" is not a relative path on this site`;
  if (!DATASET_FILE.test(path))
    return `"${path}" is not a dataset file: .json, .gexf, or the nodes.csv of a CSV export`;
  const url = new URL(path, base);
  if (url.origin !== new URL(base).origin) return `"${path}" is not on this site`;
  return url;
}
