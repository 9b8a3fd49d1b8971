// importFile: whatever file the user opens, a graph or every problem with its place; never throws.
// The format is told by content first (a GEXF file starts with "<", JSON with "{"), the name second.
// A JSON file is read as the data contract when it looks like one (graph or node attributes with
// `sources`, or nodes with a kind), so that its problems are reported against the contract; any
// other JSON with a `nodes` list is read as a plain graphology export.
import { GENERIC_KIND, GENERIC_RELATION, isKind, type Problem, type SourceTexts } from "../model";
import { importContract } from "./import-contract";
import { importCsv } from "./import-csv";
import { importFlat } from "./import-flat";
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

function unknownFormat(name: string, detail: string): ImportResult {
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

export function importFile(name: string, text: string, sources?: SourceTexts): ImportResult {
  try {
    const start = text.replace(/^\uFEFF/, "").trimStart();
    if (start.startsWith("<") || /\.gexf$/i.test(name)) return importGexf(name, text, sources);
    if (/\.csv$/i.test(name))
      return unknownFormat(name, "a CSV export is two files: open its nodes and edges files together");
    if (!start.startsWith("{") && !start.startsWith("[") && !/\.json$/i.test(name))
      return unknownFormat(name, "not a format the explorer reads");
    const parsed = parseJson(text, name);
    if (!parsed.ok) return { ok: false, problems: parsed.problems ?? [parsed.problem] };
    const json = parsed.value;
    if (!isObject(json) || !Array.isArray(json.nodes))
      return unknownFormat(name, "this JSON is not a graph: it has no list of nodes");
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
    // A bug here must reach the user as a message, and leave the graph on screen as it was.
    const problem: Problem = {
      file: name,
      where: "file",
      severity: "error",
      message: `could not be read: ${String(error)}`,
    };
    return { ok: false, problems: [problem] };
  }
}

/**
 * Several files opened together: .md/.txt files are source texts (named by file, as in
 * graph-data/sources/), a pair of files ending nodes.csv / edges.csv is one CSV export, and the one
 * remaining file is the dataset.
 */
export function importFiles(files: readonly { name: string; text: string }[], sources: SourceTexts = {}): ImportResult {
  const texts: Record<string, string> = Object.assign(Object.create(null), sources);
  const rest: { name: string; text: string }[] = [];
  for (const file of files) {
    const base = file.name.replace(/^.*[\\/]/, "");
    const m = /^(.+)\.(md|txt)$/i.exec(base);
    if (m?.[1]) texts[m[1]] = file.text;
    else rest.push(file);
  }
  const nodes = rest.find((f) => /nodes\.csv$/i.test(f.name));
  const edges = rest.find((f) => /edges\.csv$/i.test(f.name));
  if (nodes && edges && rest.length === 2) return importCsv(nodes, edges, texts);
  if (rest.length !== 1) {
    const detail = rest.length
      ? `${rest.length} datasets were opened at once (${rest.map((f) => f.name).join(", ")})`
      : "no dataset among the files";
    return unknownFormat(rest[0]?.name ?? "files", `${detail}; open one, with its source texts if you have them`);
  }
  return importFile(rest[0]!.name, rest[0]!.text, texts);
}
