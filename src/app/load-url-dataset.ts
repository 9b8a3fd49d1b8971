// `?dataset=<relative path>` opens another dataset served by the same site (test datasets, for
// instance). Its sources are read from `sources/<id>.md` (or `.txt`) beside the JSON, as in
// graph-data/. Only same-origin relative paths are accepted; anything wrong becomes a problem the
// error screen lists, never an exception.
import { loadDataset, type Problem, type SourceTexts } from "../model";
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

export async function loadUrlDataset(path: string, base: string, fetchText = fetchOk): Promise<LoadedDataset> {
  const resolved = resolveDatasetUrl(path, base);
  const fail = (message: string, json: unknown = null): LoadedDataset => ({
    file: path,
    json,
    texts: {},
    result: { ok: false, problems: [problem(message, path)] },
  });
  if (typeof resolved === "string") return fail(resolved);
  let json: unknown;
  try {
    json = JSON.parse(await fetchText(resolved));
  } catch (error) {
    return fail(`could not read "${path}": ${error instanceof Error ? error.message : String(error)}`);
  }
  const texts: Record<string, string> = {};
  // All at once: one round trip for the lot, not one per source.
  const ids = listedSources(json);
  const found = await Promise.all(
    ids.map((id) =>
      firstText(fetchText, [new URL(`sources/${id}.md`, resolved), new URL(`sources/${id}.txt`, resolved)]),
    ),
  );
  ids.forEach((id, i) => {
    if (found[i] !== null) texts[id] = found[i]!;
  });
  return { file: path, json, texts, result: loadDataset(json, texts as SourceTexts, { file: path }) };
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

async function fetchOk(url: URL): Promise<string> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.text();
}
