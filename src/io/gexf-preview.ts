// A quick look at a large GEXF file's drawing, for the preview drawn while the file is checked
// (preview.ts). It reads only ids, labels, viz colours, sizes and positions, and each edge's ends
// and colour, with indexOf over the text instead of a full XML pass: at 10k nodes / 50k edges it
// takes about half the time of readGexf + previewOf. Written by hand because it exists only to save
// that time, and no XML library reads this little. It checks nothing (readGexf still reads and
// checks the whole file before the explorer opens) and gives up, returning null, on any markup it
// cannot read plainly: then the full reader's preview is used. Its answer is readGexf + previewOf's
// or null, never another picture (test/io/gexf-preview.test.ts).
import { localName, numberOf, vizColor } from "./gexf-reader";
import { type GraphPreview, previewOf } from "./preview";

/** Attribute titles the full reader would put where the drawing's names are. */
const DRAWING_NAMES = new Set(["label", "name", "title", "x", "y", "size", "color"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

class GiveUp extends Error {}

function decoded(raw: string): string {
  if (/[\t\n\r<]/.test(raw)) throw new GiveUp(); // whitespace normalisation and stray markup: the full reader's
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&]*);|&/g, (_whole, name: string | undefined) => {
    if (name === undefined) throw new GiveUp();
    if (Object.hasOwn(ENTITIES, name)) return ENTITIES[name]!;
    const code = /^#x[0-9a-f]+$/i.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? Number(name.slice(1))
        : NaN;
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new GiveUp();
    return String.fromCodePoint(code);
  });
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The attributes of the tag whose body (after its name) runs from `from` to `to`. By charCodeAt and
 * indexOf rather than a sticky regex: a regex match per attribute made most of the scan's garbage.
 * Only XML's own whitespace separates attributes here; anything else gives up.
 */
function attributesOf(text: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  let at = from;
  for (;;) {
    while (at < to && isSpace(text.charCodeAt(at))) at++;
    if (at >= to) return out;
    let nameEnd = at;
    for (let c = text.charCodeAt(nameEnd); nameEnd < to && !isSpace(c) && c !== 61 /* = */;) {
      if (c === 47 /* / */ || c === 62 /* > */) throw new GiveUp();
      c = text.charCodeAt(++nameEnd);
    }
    const name = text.slice(at, nameEnd);
    at = nameEnd;
    while (at < to && isSpace(text.charCodeAt(at))) at++;
    if (!name || text.charCodeAt(at) !== 61) throw new GiveUp();
    at++;
    while (at < to && isSpace(text.charCodeAt(at))) at++;
    const quote = text.charCodeAt(at);
    if (quote !== 34 && quote !== 39) throw new GiveUp();
    const close = text.indexOf(quote === 34 ? '"' : "'", at + 1);
    if (close < 0 || close >= to) throw new GiveUp();
    if (name in out) throw new GiveUp();
    out[name] = decoded(text.slice(at + 1, close));
    at = close + 1;
  }
}

type Raw = Record<string, unknown>;
/** A node or edge as readGexf records it, holding only what previewOf reads. */
interface Item {
  key?: string;
  source?: string;
  target?: string;
  attributes: Raw;
}

function scan(text: string): { nodes: Item[]; edges: Item[] } {
  const nodes: Item[] = [];
  const edges: Item[] = [];
  const path: string[] = [];
  let item: Item | undefined;
  let itemDepth = -1;
  let sawGraph = false;
  let sawRoot = false;
  for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", at)) {
    const next = text.charCodeAt(at + 1);
    if (next === 63 /* ? */) {
      const end = text.indexOf("?>", at);
      if (end < 0) throw new GiveUp();
      at = end + 2;
      continue;
    }
    if (next === 33 /* ! */) throw new GiveUp(); // comments, CDATA, a doctype
    const end = text.indexOf(">", at);
    if (end < 0) throw new GiveUp();
    if (next === 47 /* / */) {
      const name = text.slice(at + 2, end).trim();
      if (path.pop() !== name) throw new GiveUp();
      if (path.length === itemDepth) [item, itemDepth] = [undefined, -1];
      at = end + 1;
      continue;
    }
    const selfClosing = text.charCodeAt(end - 1) === 47;
    let nameEnd = at + 1;
    for (let c = text.charCodeAt(nameEnd); nameEnd < end && !isSpace(c) && c !== 47;) c = text.charCodeAt(++nameEnd);
    const name = text.slice(at + 1, nameEnd);
    if (!name) throw new GiveUp();
    const tag = localName(name);
    const bodyEnd = selfClosing ? end - 1 : end;
    const parent = path.length ? localName(path[path.length - 1]!) : undefined;
    if (parent === undefined && (sawRoot || tag !== "gexf")) throw new GiveUp();
    sawRoot = true;
    if (tag === "graph") sawGraph = true;
    if (tag === "node" || tag === "edge") {
      if (item) throw new GiveUp(); // nested nodes: the full reader's
      const a = attributesOf(text, nameEnd, bodyEnd);
      const attributes: Raw = Object.create(null);
      if (tag === "node" && a.label) attributes.label = a.label;
      item = tag === "node" ? { key: a.id, attributes } : { source: a.source, target: a.target, attributes };
      (tag === "node" ? nodes : edges).push(item);
      itemDepth = path.length;
    } else if (tag === "attribute") {
      const a = attributesOf(text, nameEnd, bodyEnd);
      if (DRAWING_NAMES.has(a.title || (a.id ?? a.for ?? ""))) throw new GiveUp();
    } else if (tag === "attvalue") {
      const a = attributesOf(text, nameEnd, bodyEnd);
      if (DRAWING_NAMES.has(a.for ?? a.id ?? "")) throw new GiveUp();
    } else if (item && parent !== "attvalues") {
      const drawing = item.attributes;
      if (tag === "color") drawing.color = vizColor(attributesOf(text, nameEnd, bodyEnd));
      else if (tag === "size") {
        const value = numberOf(attributesOf(text, nameEnd, bodyEnd).value);
        if (value !== undefined) drawing.size = value;
      } else if (tag === "position") {
        const a = attributesOf(text, nameEnd, bodyEnd);
        for (const axis of ["x", "y"] as const) {
          const value = numberOf(a[axis]);
          if (value !== undefined) drawing[axis] = value;
        }
      }
    }
    if (!selfClosing) path.push(name);
    else if (path.length === itemDepth) [item, itemDepth] = [undefined, -1];
    at = end + 1;
  }
  if (path.length || !sawGraph) throw new GiveUp();
  return { nodes, edges };
}

/** The picture readGexf + previewOf would give for `text`, or null (also when they would give none). */
export function gexfPreview(text: string): GraphPreview | null {
  try {
    return previewOf(scan(text));
  } catch (error) {
    if (error instanceof GiveUp) return null;
    throw error;
  }
}
