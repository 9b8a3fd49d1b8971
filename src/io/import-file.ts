// One dataset file of any format the explorer reads: told by content first (a GEXF file starts with
// "<", JSON with "{"), the name second, parsed (parseFile), then read into a graph or every problem
// with its place (importParsed); never throws. Kept in two steps so a reader can learn which
// sources a JSON file lists, and fetch their texts, before it is checked (read-dataset.ts).
// A JSON file is read as the data contract when it looks like one (graph or node attributes with
// `sources`, or nodes with a kind), so that its problems are reported against the contract; any
// other JSON with a `nodes` list is read as a plain graphology export.
import { GENERIC_KIND, GENERIC_RELATION, isKind, type Problem, type SourceTexts } from "../model";
import { importContract } from "./import-contract";
import { importFlat } from "./import-flat";
import { readGexf } from "./gexf-reader";
import { importGexf } from "./import-gexf";
import { parseJson } from "./json-text";
import { type ImportResult } from "./types";

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

/** Our export of a graph that has generic kinds or relations is read back as a generic graph. */
function usesGeneric(json: Raw): boolean {
  const attrs = (list: unknown) =>
    (Array.isArray(list) ? list : []).map((x) => (isObject(x) && isObject(x.attributes) ? x.attributes : {}));
  return (
    attrs(json.nodes).some((a) => a.kind === GENERIC_KIND) ||
    attrs(json.edges).some((a) => a.relation === GENERIC_RELATION)
  );
}

function looksLikeContract(json: Raw): boolean {
  if (usesGeneric(json)) return false;
  if (isObject(json.attributes) && Array.isArray(json.attributes.sources)) return true;
  const nodes = Array.isArray(json.nodes) ? json.nodes : [];
  return nodes.some(
    (n) => isObject(n) && isObject(n.attributes) && (Array.isArray(n.attributes.sources) || isKind(n.attributes.kind)),
  );
}

export function unknownFormat(name: string, detail: string): ImportResult {
  return {
    ok: false,
    problems: [
      {
        file: name,
        where: "file",
        severity: "error",
        message: `${detail}; the explorer reads a dataset in its data contract (.json), GEXF (.gexf), a graphology export (.json) or its own CSV export (nodes and edges files together)`,
      },
    ],
  };
}

/** A file as parsed: JSON is parsed once, here; a GEXF file is parsed by its reader. */
export type ParsedFile =
  | { type: "json"; name: string; json: Raw & { nodes: unknown[] } }
  | { type: "gexf"; name: string; text: string }
  | { type: "failed"; result: ImportResult };

export function parseFile(name: string, text: string): ParsedFile {
  try {
    const start = text.replace(/^\uFEFF/, "").trimStart();
    if (start.startsWith("<") || /\.gexf$/i.test(name)) return { type: "gexf", name, text };
    if (/\.csv$/i.test(name))
      return failed(unknownFormat(name, "a CSV export is two files: open its nodes and edges files together"));
    if (!start.startsWith("{") && !start.startsWith("[") && !/\.json$/i.test(name))
      return failed(unknownFormat(name, "not a format the explorer reads"));
    const parsed = parseJson(text, name);
    if (!parsed.ok) return failed({ ok: false, problems: parsed.problems ?? [parsed.problem] });
    const json = parsed.value;
    if (!isObject(json) || !Array.isArray(json.nodes))
      return failed(unknownFormat(name, "this JSON is not a graph: it has no list of nodes"));
    return { type: "json", name, json: json as Raw & { nodes: unknown[] } };
  } catch (error) {
    return failed(crashed(name, error));
  }
}

export function importParsed(file: ParsedFile, sources?: SourceTexts): ImportResult {
  if (file.type === "failed") return file.result;
  const { name } = file;
  try {
    if (file.type === "gexf") return importGexf(name, file.text, sources, gexfRecords(file));
    const { json } = file;
    if (looksLikeContract(json)) return importContract(json, sources, name);
    return importFlat(
      {
        attributes: isObject(json.attributes) ? json.attributes : {},
        nodes: json.nodes.map((n) => (isObject(n) ? n : { key: undefined })),
        edges: (Array.isArray(json.edges) ? json.edges : []).map((e) => (isObject(e) ? e : {})),
      },
      { format: "graphology-json", name, sources },
    );
  } catch (error) {
    return crashed(name, error);
  }
}

const gexfReads = new WeakMap<ParsedFile, ReturnType<typeof readGexf>>();

/** A GEXF file's records, read once however often it is looked at (a preview, then the import). */
export function gexfRecords(file: Extract<ParsedFile, { type: "gexf" }>): ReturnType<typeof readGexf> {
  let read = gexfReads.get(file);
  if (!read) gexfReads.set(file, (read = readGexf(file.text)));
  return read;
}

export function importFile(name: string, text: string, sources?: SourceTexts): ImportResult {
  return importParsed(parseFile(name, text), sources);
}

const failed = (result: ImportResult): ParsedFile => ({ type: "failed", result });

/** A bug here must reach the user as a message, and leave the graph on screen as it was. */
function crashed(name: string, error: unknown): ImportResult {
  const problem: Problem = {
    file: name,
    where: "file",
    severity: "error",
    message: `could not be read: ${String(error)}`,
  };
  return { ok: false, problems: [problem] };
}
