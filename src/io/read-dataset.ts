// readDataset: the one reader of a dataset, for the page (the bundled dataset, `?dataset=`, Open
// file), the import worker and the CLI. It takes the files as text: the dataset (one file of any
// format importFile reads, or a CSV export's nodes and edges files) and the source texts, named
// `<id>.md` or `<id>.txt` in any folder. It answers with the graph, the source texts, the data
// version and the warnings, or with every problem found, and never throws. Getting the files (from
// disk, by fetch, from File objects, with progress and Cancel) is the caller's.
//
// In two steps for a reader that fetches the texts a dataset names (`?dataset=`): prepareDataset
// sorts and parses the files, sourcesToFetch says which texts are missing, finishDataset checks.
import { type Problem, sourceTextProblem, type SourceTexts } from "../model";
import { dataVersion } from "./data-version";
import { importCsv } from "./import-csv";
import { gexfPreview } from "./gexf-preview";
import { gexfRecords, importParsed, type ParsedFile, parseFile, unknownFormat } from "./import-file";
import { type GraphPreview, previewOf } from "./preview";
import type { ImportResult } from "./types";

export interface DatasetFile {
  name: string;
  text: string;
}

/** The files as a list, or as a Map of path → text. */
export type DatasetFiles = readonly DatasetFile[] | ReadonlyMap<string, string>;

export interface ReadOptions {
  /**
   * A listed source without text is an error: for datasets that ship their sources (graph-data/,
   * `?dataset=`, the CLI). Otherwise it is a warning and its quotes show unverified (Open file).
   */
  strict?: boolean;
  /**
   * A JSON file's version is being computed elsewhere from the same bytes by dataVersion (the
   * page's version worker): `version` is left empty for the caller to fill in.
   */
  versionElsewhere?: boolean;
}

type Read = Extract<ImportResult, { ok: true }>;
type Failed = Extract<ImportResult, { ok: false }>;

export type DatasetRead =
  | (Read & {
      /** The source texts given, by source id, for the source reader. */
      texts: SourceTexts;
      /** The data version links carry (`v=`): data-version.ts. */
      version: string;
    })
  | Failed;

/** `graph-data/sources/rome-memorandum.md` → `rome-memorandum`; null for a file that is not a source text. */
export function sourceIdOf(path: string): string | null {
  const m = /^(.+)\.(md|txt)$/i.exec(path.replace(/^.*[\\/]/, ""));
  return m?.[1] ?? null;
}

type Dataset = { type: "csv"; nodes: DatasetFile; edges: DatasetFile } | ParsedFile;

/** A dataset whose files are sorted and parsed, not yet checked. */
export interface PreparedDataset {
  readonly dataset: Dataset;
  readonly texts: SourceTexts;
  readonly options: ReadOptions;
}

export function readDataset(files: DatasetFiles, options: ReadOptions = {}): DatasetRead {
  return finishDataset(prepareDataset(files, options));
}

export function prepareDataset(files: DatasetFiles, options: ReadOptions = {}): PreparedDataset {
  const list = files instanceof Map ? [...files].map(([name, text]) => ({ name, text })) : (files as DatasetFile[]);
  const texts: Record<string, string> = Object.create(null); // a source may be called "constructor"
  const rest: DatasetFile[] = [];
  for (const file of list) {
    const id = sourceIdOf(file.name);
    if (id === null) rest.push(file);
    else texts[id] = file.text;
  }
  return { dataset: datasetOf(rest), texts, options };
}

/** A pair of files ending nodes.csv / edges.csv is one CSV export; otherwise one file is the dataset. */
function datasetOf(rest: readonly DatasetFile[]): Dataset {
  const nodes = rest.find((f) => /nodes\.csv$/i.test(f.name));
  const edges = rest.find((f) => /edges\.csv$/i.test(f.name));
  if (nodes && edges && rest.length === 2) return { type: "csv", nodes, edges };
  if (rest.length === 1) return parseFile(rest[0]!.name, rest[0]!.text);
  const detail = rest.length
    ? `${rest.length} datasets were opened at once (${rest.map((f) => f.name).join(", ")})`
    : "no dataset among the files";
  const result = unknownFormat(rest[0]?.name ?? "files", `${detail}; open one, with its source texts if you have them`);
  return { type: "failed", result };
}

/** The file's own picture, to draw while it is checked (preview.ts); null when it has none. */
export function previewDataset(prepared: PreparedDataset): GraphPreview | null {
  const { dataset } = prepared;
  if (dataset.type === "json") return previewOf(dataset.json);
  if (dataset.type !== "gexf") return null;
  const quick = gexfPreview(dataset.text);
  if (quick) return quick;
  const read = gexfRecords(dataset);
  return "flat" in read ? previewOf(read.flat) : null;
}

/** The sources the dataset names whose text is not among its files. */
export function sourcesToFetch(prepared: PreparedDataset): string[] {
  const { dataset, texts } = prepared;
  if (dataset.type === "failed") return [];
  if (dataset.type === "json") {
    const sources = (dataset.json.attributes as { sources?: unknown } | undefined)?.sources;
    if (!Array.isArray(sources)) return [];
    const ids = sources.map((s) => (s as { id?: unknown } | null)?.id);
    return ids.filter((id): id is string => typeof id === "string" && !Object.hasOwn(texts, id));
  }
  // GEXF and CSV name their sources in what their reader makes of them: read once to learn them,
  // and kept, for finishDataset has nothing to add when no text is fetched.
  const read = importDataset(dataset, texts);
  firstReads.set(prepared, read);
  return read.ok ? [...read.unverified] : [];
}

const firstReads = new WeakMap<PreparedDataset, ImportResult>();

/** Checks the prepared dataset, with `fetched` source texts besides those among its files. */
export function finishDataset(prepared: PreparedDataset, fetched: SourceTexts = {}): DatasetRead {
  const { dataset, options } = prepared;
  const texts: SourceTexts = Object.keys(fetched).length
    ? Object.assign(Object.create(null), prepared.texts, fetched)
    : prepared.texts;
  const kept = firstReads.get(prepared);
  const read = kept && texts === prepared.texts ? kept : importDataset(dataset, texts);
  if (!read.ok) return read;
  if (options.strict && read.unverified.size) return strictly(read, texts, nameOf(dataset));
  const version =
    dataset.type !== "json"
      ? dataVersion({ graph: read.graph })
      : options.versionElsewhere
        ? ""
        : dataVersion({ json: dataset.json });
  return { ...read, texts, version };
}

function importDataset(dataset: Dataset, texts: SourceTexts): ImportResult {
  return dataset.type === "csv" ? importCsv(dataset.nodes, dataset.edges, texts) : importParsed(dataset, texts);
}

const nameOf = (dataset: Dataset) =>
  dataset.type === "csv" ? dataset.nodes.name : dataset.type === "failed" ? undefined : dataset.name;

/** Every source without text becomes an error, worded as the loader words it when it is strict. */
function strictly(read: Read, texts: SourceTexts, file: string | undefined): Failed {
  const sources = read.graph.getAttribute("sources");
  const errors = [...read.unverified].map((id): Problem => {
    const index = sources.findIndex((s) => s.id === id);
    const problem = sourceTextProblem(id, index, Object.hasOwn(texts, id) ? texts[id] : undefined, false);
    return file ? { ...problem, file } : problem;
  });
  const others = read.warnings.filter((w) => w.code !== "source-text-missing" && w.code !== "source-text-empty");
  return { ok: false, format: read.format, problems: [...errors, ...others] };
}
