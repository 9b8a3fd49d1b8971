// GEXF 1.x read in one streaming pass (xml.ts) into flat records (import-flat.ts): what the file
// declares (<attributes>, defaults), each node's and edge's attvalues typed by the declaration,
// `label`, `weight`, `kind`, and the viz elements (color, size, position x and y, shape, thickness) as
// plain attributes of those names. Nodes nested in nodes (hierarchical GEXF) are read as nodes.
// Dynamic parts (spells, slices) are not read.
import type { Problem } from "../model";
import type { FlatGraph } from "./import-flat";
import { readXml, StopXml } from "./xml";

type Raw = Record<string, unknown>;
type Declared = { title: string; type: string };
type Item = { attributes: Raw; kind: "node" | "edge" };

/** A tag's name without its namespace prefix (`viz:color` → `color`). */
export const localName = (name: string) => name.slice(name.indexOf(":") + 1);

function typed(type: string, value: string): unknown {
  const t = type.toLowerCase();
  if (/^(integer|long|short|byte|float|double|bigdecimal|biginteger)$/.test(t)) {
    const n = Number(value);
    return value.trim() !== "" && Number.isFinite(n) ? n : value;
  }
  if (t === "boolean") return value === "true" ? true : value === "false" ? false : value;
  return value;
}

export function vizColor(a: Readonly<Record<string, string>>): string {
  if (a.hex) return a.hex;
  return a.a !== undefined ? `rgba(${a.r},${a.g},${a.b},${a.a})` : `rgb(${a.r},${a.g},${a.b})`;
}

export function numberOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export function readGexf(text: string): { flat: FlatGraph } | { problems: Problem[] } {
  const declared = { node: new Map<string, Declared>(), edge: new Map<string, Declared>() };
  const defaults = { node: new Map<string, unknown>(), edge: new Map<string, unknown>() };
  const graphAttributes: Raw = Object.create(null);
  const nodes: { key?: string; attributes: Raw }[] = [];
  const edges: { key?: string; source?: string; target?: string; attributes: Raw; undirected: boolean }[] = [];
  const items: Item[] = [];
  const path: string[] = [];
  let root: string | undefined;
  let sawGraph = false;
  let defaultEdgeType = "undirected";
  let attributeClass: "node" | "edge" | undefined;
  let attribute: Declared | undefined;
  let text_: { to: (value: string) => void; value: string } | undefined;

  const problem = readXml(text, {
    open(name, a) {
      const tag = localName(name);
      const parent = path.at(-1);
      path.push(tag);
      if (root === undefined) {
        root = name;
        if (tag !== "gexf") throw new StopXml();
        return;
      }
      const item = items.at(-1);
      if (tag === "graph") {
        sawGraph = true;
        const type = a.defaultedgetype;
        if (type) defaultEdgeType = type === "mutual" ? "undirected" : type;
      } else if (tag === "meta") {
        if (a.lastmodifieddate) graphAttributes.lastModifiedDate = a.lastmodifieddate;
      } else if (parent === "meta") {
        const field = tag.toLowerCase();
        text_ = { value: "", to: (value) => value.trim() && (graphAttributes[field] = value) };
      } else if (tag === "attributes") {
        attributeClass = a.class === "node" || a.class === "edge" ? a.class : undefined;
      } else if (tag === "attribute" && attributeClass && !item) {
        const id = a.id ?? a.for ?? "";
        attribute = { title: a.title || id, type: a.type || "string" };
        declared[attributeClass].set(id, attribute);
      } else if (tag === "default" && attribute && attributeClass) {
        const [of, on] = [attribute, defaults[attributeClass]];
        text_ = { value: "", to: (value) => on.set(of.title, typed(of.type, value)) };
      } else if (tag === "node") {
        const attributes: Raw = Object.create(null);
        if (a.label) attributes.label = a.label;
        nodes.push({ key: a.id, attributes });
        items.push({ attributes, kind: "node" });
      } else if (tag === "edge") {
        const attributes: Raw = Object.create(null);
        if (a.label) attributes.label = a.label;
        if (a.kind) attributes.kind = a.kind;
        const weight = numberOf(a.weight);
        if (weight !== undefined) attributes.weight = weight;
        const type = a.type === "mutual" ? "undirected" : (a.type ?? defaultEdgeType);
        edges.push({ key: a.id, source: a.source, target: a.target, attributes, undirected: type !== "directed" });
        items.push({ attributes, kind: "edge" });
      } else if (item && tag === "attvalue") {
        const id = a.for ?? a.id;
        if (id === undefined || a.value === undefined) return;
        const spec = declared[item.kind].get(id) ?? { title: id, type: "string" };
        item.attributes[spec.title] = typed(spec.type, a.value);
      } else if (item && parent !== "attvalues") {
        if (tag === "color") item.attributes.color = vizColor(a);
        else if (tag === "size" || tag === "thickness") {
          const value = numberOf(a.value);
          if (value !== undefined) item.attributes[tag] = value;
        } else if (tag === "shape" && a.value) item.attributes.shape = a.value;
        else if (tag === "position")
          // The explorer draws in two dimensions: z is not read.
          for (const axis of ["x", "y"] as const) {
            const value = numberOf(a[axis]);
            if (value !== undefined) item.attributes[axis] = value;
          }
      }
    },
    close(name) {
      const tag = path.pop() ?? localName(name);
      if (tag === "node" || tag === "edge") items.pop();
      else if (tag === "attributes") attributeClass = undefined;
      else if (tag === "attribute") attribute = undefined;
      if (text_ && (path.at(-1) === "meta" || tag === "default")) {
        text_.to(text_.value);
        text_ = undefined;
      }
    },
    text(value) {
      if (text_) text_.value += value;
    },
  });
  if (root !== undefined && localName(root) !== "gexf")
    return { problems: [fileProblem(`not a GEXF file: the root element is <${root}>, not <gexf>`)] };
  if (problem) return { problems: [problem] };
  if (!sawGraph) return { problems: [fileProblem("the GEXF file has no <graph> element")] };
  for (const kind of ["node", "edge"] as const)
    if (defaults[kind].size)
      for (const item of kind === "node" ? nodes : edges)
        for (const [title, value] of defaults[kind]) if (!(title in item.attributes)) item.attributes[title] = value;
  return { flat: { attributes: graphAttributes, nodes, edges } };
}

function fileProblem(message: string): Problem {
  return { where: "file", severity: "error", message };
}
