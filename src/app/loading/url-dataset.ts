// `?dataset=<relative path>` opens another dataset served by the same site (test datasets, for
// instance): any format Open file reads (the contract's JSON, graphology JSON, GEXF, or a CSV
// export named by its nodes file, its edges file fetched beside it). Its sources are read from
// `sources/<id>.md` (or `.txt`) beside it, as in graph-data/. Only same-origin relative paths are
// accepted; anything wrong becomes a problem the error screen lists, never an exception. The page
// fetches the file through open-url-dataset.ts (progress, Cancel, a worker for large files); both it
// and the worker read the text with readUrlDataset, which hands it to readDataset.
import {
  type DatasetFile,
  finishDataset,
  prepareDataset,
  previewDataset,
  type ReadOptions,
  sourcesToFetch,
} from "../../io/read-dataset";
import type { GraphPreview } from "../../io/preview";
import type { Problem } from "../../model";
import type { LoadedDataset } from "./load-default";

const PLACE = "dataset parameter";

function problem(message: string, file?: string): Problem {
  return { where: PLACE, message, severity: "error", file };
}

export function failedDataset(path: string, message: string): LoadedDataset {
  return { file: path, result: { ok: false, problems: [problem(message, path)] } };
}

export function unreadableDataset(path: string, error: unknown): LoadedDataset {
  return failedDataset(path, `could not read "${path}": ${error instanceof Error ? error.message : String(error)}`);
}

/** A source id that can name a file beside the dataset (no "..", no "/"). */
const FILE_ID = /^[a-z0-9-]+$/;

/**
 * The dataset whose text was fetched from `url`, with the files beside it (a CSV export's edges
 * file, the source texts) fetched by `fetchText`, read strictly: a site serving a dataset serves
 * its sources. `versionElsewhere`: as readDataset's option.
 */
export async function readUrlDataset(
  path: string,
  url: URL,
  text: string,
  fetchText: (url: URL) => Promise<string> = fetchOk,
  options: Pick<ReadOptions, "versionElsewhere"> & {
    /** Given the file's own picture, if it has one, before it is checked; awaited. */
    onPreview?: (preview: GraphPreview) => void | Promise<void>;
  } = {},
): Promise<LoadedDataset> {
  const files: DatasetFile[] = [{ name: path, text }];
  if (/nodes\.csv$/i.test(path)) {
    const edges = path.replace(/nodes(\.csv)$/i, "edges$1");
    try {
      files.push({ name: edges, text: await fetchText(new URL(edges.replace(/^.*\//, ""), url)) });
    } catch (error) {
      return unreadableDataset(edges, error);
    }
  }
  const { onPreview, ...read } = options;
  const prepared = prepareDataset(files, { ...read, strict: true });
  const preview = onPreview && previewDataset(prepared);
  if (preview) await onPreview(preview);
  const texts: Record<string, string> = Object.create(null); // a source may be called "constructor"
  // All at once: one round trip for the lot, not one per source.
  const ids = sourcesToFetch(prepared).filter((id) => FILE_ID.test(id));
  const found = await Promise.all(
    ids.map((id) => firstText(fetchText, [new URL(`sources/${id}.md`, url), new URL(`sources/${id}.txt`, url)])),
  );
  ids.forEach((id, i) => {
    if (found[i] !== null) texts[id] = found[i]!;
  });
  return { file: path, result: finishDataset(prepared, texts) };
}

async function firstText(fetchText: (url: URL) => Promise<string>, urls: URL[]): Promise<string | null> {
  for (const url of urls) {
    try {
      return await fetchText(url);
    } catch {
      // try the next extension; a missing text is reported by the reader, naming the source
    }
  }
  return null;
}

export async function fetchOk(url: URL): Promise<string> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.text();
}
