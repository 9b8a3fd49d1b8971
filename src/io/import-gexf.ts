// GEXF in: one streaming pass (gexf-reader.ts: a syntax error comes with its line and column),
// then the checks a graph needs (missing or repeated ids, edges to nodes that are not there:
// every one reported, not only the first), then importFlat as for every flat format.
import type { Problem, SourceTexts } from "../model";
import { edgePlace, nodePlace } from "../model/problems";
import { readGexf } from "./gexf-reader";
import type { FlatGraph } from "./import-flat";
import { importFlat } from "./import-flat";
import type { ImportResult } from "./types";

function structureProblems(flat: FlatGraph): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  flat.nodes.forEach(({ key: id }, i) => {
    if (typeof id !== "string" || !id)
      problems.push({ where: `node ${i + 1}`, field: "id", severity: "error", message: "a node needs an id" });
    else if (ids.has(id))
      problems.push({ where: nodePlace(id), field: "id", severity: "error", message: "duplicate node id" });
    else ids.add(id);
  });
  flat.edges.forEach((edge, i) => {
    const source = typeof edge.source === "string" ? edge.source : "";
    const target = typeof edge.target === "string" ? edge.target : "";
    if (source && target && ids.has(source) && ids.has(target)) return;
    const id = typeof edge.key === "string" && edge.key ? edge.key : undefined;
    const where = source && target ? edgePlace(source, target, undefined, id) : `edge ${i + 1}`;
    for (const [field, key] of [
      ["source", source],
      ["target", target],
    ] as const) {
      if (!key) problems.push({ where, field, severity: "error", message: `an edge needs a ${field}` });
      else if (!ids.has(key))
        problems.push({ where, field, severity: "error", message: `endpoint "${key}" is not a node of the graph` });
    }
  });
  return problems;
}

export function importGexf(
  name: string,
  text: string,
  sources?: SourceTexts,
  read: ReturnType<typeof readGexf> = readGexf(text),
): ImportResult {
  const fail = (problems: Problem[]): ImportResult => ({
    ok: false,
    format: "gexf",
    problems: problems.map((p) => ({ ...p, file: name })),
  });
  const result = read;
  if ("problems" in result) return fail(result.problems);
  const { flat } = result;
  const structure = structureProblems(flat);
  if (structure.length) return fail(structure);
  return importFlat(flat, { format: "gexf", name, sources });
}
