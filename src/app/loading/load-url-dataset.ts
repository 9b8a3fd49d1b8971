// `?dataset=<relative path>` opens another dataset served by the same site (test datasets, for
// instance). Its sources are read from `sources/<id>.md` (or `.txt`) beside the JSON, as in
// graph-data/. Only same-origin relative paths are accepted; anything wrong becomes a problem the
// error screen lists, never an exception. The page fetches through open-url-dataset.ts (progress,
// Cancel, a worker for large files); both it and the worker read the text with readUrlDataset.
import { parseJson } from "../../io/json-text";
import { loadDataset, type Problem, type SourceTexts } from "../../model";
import { datasetVersion } from "../../queries/version";
import type { LoadedDataset } from "./load-default";

const PLACE = "dataset parameter";

function problem(message: string, file?: string): Problem {
  return { where: PLACE, message, severity: "error", file };
}

/** The dataset path asked for in the address, or null when none is. */
export function datasetParam(search: string): string | null {
  const value = new URLSearchParams(search).get("dataset");
  return value === null ? null : value.trim();
}

/** Resolves a relative path against the page, or explains why it is refused. */
export function resolveDatasetUrl(path: string, base: string): URL | string {
  if (!path) return "the dataset parameter is empty";
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("/") || path.startsWith("\\"))
    return `"${path}" is not a relative path on this site`;
  if (!path.toLowerCase().endsWith(".json")) return `"${path}" is not a .json file`;
  const url = new URL(path, base);
  if (url.origin !== new URL(base).origin) return `"${path}" is not on this site`;
  return url;
}

/** Reads the dataset in one go (fetchText returns the whole file); the page uses openUrlDataset. */
export async function loadUrlDataset(path: string, base: string, fetchText = fetchOk): Promise<LoadedDataset> {
  const resolved = resolveDatasetUrl(path, base);
  if (typeof resolved === "string") return failedDataset(path, resolved);
  let text: string;
  try {
    text = await fetchText(resolved);
  } catch (error) {
    return unreadableDataset(path, error);
  }
  return readUrlDataset(path, resolved, text, fetchText);
}

export function failedDataset(path: string, message: string): LoadedDataset {
  return { file: path, texts: {}, version: "", result: { ok: false, problems: [problem(message, path)] } };
}

export function unreadableDataset(path: string, error: unknown): LoadedDataset {
  return failedDataset(path, `could not read "${path}": ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * The dataset whose text was fetched from `url`, with the source texts beside it, parsed and checked.
 * `fingerprint` gives its data version (by default computed here; the page has a worker do it).
 */
export async function readUrlDataset(
  path: string,
  url: URL,
  text: string,
  fetchText: (url: URL) => Promise<string> = fetchOk,
  fingerprint: (json: unknown) => string | Promise<string> = datasetVersion,
): Promise<LoadedDataset> {
  // Line and column of a syntax error, and a limit on nesting (json-text.ts), as Open file gives.
  const parsed = parseJson(text, path);
  if (!parsed.ok)
    return { file: path, texts: {}, version: "", result: { ok: false, problems: parsed.problems ?? [parsed.problem] } };
  const json = parsed.value;
  const texts: Record<string, string> = Object.create(null); // a source may be called "constructor"
  // All at once: one round trip for the lot, not one per source.
  const ids = listedSources(json);
  const found = await Promise.all(
    ids.map((id) => firstText(fetchText, [new URL(`sources/${id}.md`, url), new URL(`sources/${id}.txt`, url)])),
  );
  ids.forEach((id, i) => {
    if (found[i] !== null) texts[id] = found[i]!;
  });
  const result = loadDataset(json, texts as SourceTexts, { file: path });
  return { file: path, texts, result, version: result.ok ? await fingerprint(json) : "" };
}

function listedSources(json: unknown): string[] {
  const sources = (json as { attributes?: { sources?: unknown } } | null)?.attributes?.sources;
  if (!Array.isArray(sources)) return [];
  return sources
    .map((s) => (s as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === "string" && /^[a-z0-9-]+$/.test(id));
}

async function firstText(fetchText: (url: URL) => Promise<string>, urls: URL[]): Promise<string | null> {
  for (const url of urls) {
    try {
      return await fetchText(url);
    } catch {
      // try the next extension; a missing text is reported by the loader, naming the source
    }
  }
  return null;
}

export async function fetchOk(url: URL): Promise<string> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.text();
}
