// GEXF in: the XML is parsed here (xmldom, so Node and the browser read it the same way and a
// syntax error comes with its line and column), checked for what graphology-gexf would stop at
// (missing or repeated ids, edges to nodes that are not there: every one reported, not only the
// first), then read by graphology-gexf and handed to importFlat as flat records.
import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse } from "graphology-gexf";

import type { Problem, SourceTexts } from "../model";
import { edgePlace, nodePlace } from "../model/problems";
import { importFlat } from "./import-flat";
import type { ImportResult } from "./types";

type Locator = { lineNumber?: number; columnNumber?: number } | undefined;

function xmlProblem(message: string, locator: Locator): Problem {
  return {
    where: locator?.lineNumber ? `line ${locator.lineNumber}, column ${locator.columnNumber ?? 1}` : "file",
    severity: "error",
    message: `not well-formed XML: ${message.replace(/^\[xmldom [a-z ]+\]\s*/i, "").trim()}`,
  };
}

/** Parses the XML; every error (not warnings) becomes a problem at its line and column. */
function parseXml(text: string): { doc: Document } | { problems: Problem[] } {
  const problems: Problem[] = [];
  try {
    const doc = new DOMParser({
      onError: (level, message, context: { locator?: Locator } | undefined) => {
        if (level !== "warning") problems.push(xmlProblem(message, context?.locator));
      },
    }).parseFromString(text, "text/xml") as unknown as Document;
    return problems.length ? { problems } : { doc };
  } catch (error) {
    // A fatal error stops the parser after onError has recorded it.
    if (problems.length) return { problems };
    const e = error as { message?: string; locator?: Locator };
    return { problems: [xmlProblem(e.message ?? String(error), e.locator)] };
  }
}

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
    // The text, not `doc`: graphology-gexf checks `instanceof Document` against its own xmldom,
    // which a bundler may load as a second copy.
    graph = parse(Graph, text, { allowUndeclaredAttributes: true });
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
  return importFlat(
    {
      attributes: flat.attributes ?? {},
      nodes: flat.nodes,
      edges: flat.edges.map((e) => ({ ...e, undirected: e.undirected === true })),
    },
    { format: "gexf", name, sources },
  );
}
