// GEXF in: the XML is parsed (xml.ts: a syntax error comes with its line and column), checked for
// what graphology-gexf would stop at (missing or repeated ids, edges to nodes that are not there:
// every one reported, not only the first), read by graphology-gexf from the parsed document, and
// handed to importFlat as flat records.
import Graph from "graphology";

import type { Problem, SourceTexts } from "../model";
import { edgePlace, nodePlace } from "../model/problems";
import { importFlat } from "./import-flat";
import type { ImportResult } from "./types";
import { parseGexfDocument, parseXml } from "./xml";

function structureProblems(doc: Document): Problem[] {
  const problems: Problem[] = [];
  const root = doc.documentElement;
  if (!root || root.localName !== "gexf")
    return [
      {
        where: "file",
        severity: "error",
        message: `not a GEXF file: the root element is <${root?.nodeName ?? "none"}>, not <gexf>`,
      },
    ];
  if (!doc.getElementsByTagName("graph")[0])
    return [{ where: "file", severity: "error", message: "the GEXF file has no <graph> element" }];
  const ids = new Set<string>();
  const nodes = doc.getElementsByTagName("node");
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i]?.getAttribute("id");
    if (!id) problems.push({ where: `node ${i + 1}`, field: "id", severity: "error", message: "a node needs an id" });
    else if (ids.has(id))
      problems.push({ where: nodePlace(id), field: "id", severity: "error", message: "duplicate node id" });
    else ids.add(id);
  }
  const edges = doc.getElementsByTagName("edge");
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i];
    const [source, target] = [edge?.getAttribute("source") ?? "", edge?.getAttribute("target") ?? ""];
    const where =
      source && target ? edgePlace(source, target, undefined, edge?.getAttribute("id") || undefined) : `edge ${i + 1}`;
    for (const [field, key] of [
      ["source", source],
      ["target", target],
    ] as const) {
      if (!key) problems.push({ where, field, severity: "error", message: `an edge needs a ${field}` });
      else if (!ids.has(key))
        problems.push({ where, field, severity: "error", message: `endpoint "${key}" is not a node of the graph` });
    }
  }
  return problems;
}

export function importGexf(name: string, text: string, sources?: SourceTexts): ImportResult {
  const fail = (problems: Problem[]): ImportResult => ({
    ok: false,
    format: "gexf",
    problems: problems.map((p) => ({ ...p, file: name })),
  });
  const xml = parseXml(text);
  if ("problems" in xml) return fail(xml.problems);
  const doc = xml.doc;
  const structure = structureProblems(doc);
  if (structure.length) return fail(structure);
  let graph: Graph;
  try {
    graph = parseGexfDocument<Graph>(Graph, doc, { allowUndeclaredAttributes: true });
  } catch (error) {
    return fail([
      {
        where: "file",
        severity: "error",
        message: `could not be read as GEXF: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
  const flat = graph.export();
  // An edge without an id got a random key from graphology: importFlat gives it a stable one.
  const ids = new Set<string>();
  const elements = doc.getElementsByTagName("edge");
  for (let i = 0; i < elements.length; i++) {
    const id = elements[i]?.getAttribute("id");
    if (id) ids.add(id);
  }
  return importFlat(
    {
      attributes: flat.attributes ?? {},
      nodes: flat.nodes,
      edges: flat.edges.map((e) => ({
        ...e,
        key: e.key !== undefined && ids.has(e.key) ? e.key : undefined,
        undirected: e.undirected === true,
      })),
    },
    { format: "gexf", name, sources },
  );
}
