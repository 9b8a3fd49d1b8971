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
 * The attributes of the tag being read, in scratch arrays reused from tag to tag: a record per
 * tag made most of the scan's garbage, and a tag has a handful at most.
 */
const names: string[] = [];
const values: string[] = [];
let count = 0;

const attribute = (name: string): string | undefined => {
  for (let i = 0; i < count; i++) if (names[i] === name) return values[i];
  return undefined;
};

/**
 * Reads the attributes of the tag whose body (after its name) runs from `from` to `to`, by
 * charCodeAt. Only XML's own whitespace separates them; anything else gives up, as does a value
 * holding whitespace the full reader would normalise or stray markup.
 */
function readAttributes(text: string, from: number, to: number): void {
  count = 0;
  let at = from;
  for (;;) {
    while (at < to && isSpace(text.charCodeAt(at))) at++;
    if (at >= to) return;
    let nameEnd = at;
    for (let c = text.charCodeAt(nameEnd); nameEnd < to && !isSpace(c) && c !== 61 /* = */;) {
      if (c === 47 /* / */ || c === 62 /* > */) throw new GiveUp();
      c = text.charCodeAt(++nameEnd);
    }
    const name = text.slice(at, nameEnd);
    at = nameEnd;
    while (at < to && isSpace(text.charCodeAt(at))) at++;
    if (!name || text.charCodeAt(at) !== 61 || attribute(name) !== undefined) throw new GiveUp();
    at++;
    while (at < to && isSpace(text.charCodeAt(at))) at++;
    const quote = text.charCodeAt(at);
    if (quote !== 34 && quote !== 39) throw new GiveUp();
    let close = at + 1;
    let entity = false;
    for (let c = text.charCodeAt(close); c !== quote; c = text.charCodeAt(++close)) {
      if (close >= to || c === 60 /* < */ || c === 9 || c === 10 || c === 13) throw new GiveUp();
      if (c === 38 /* & */) entity = true;
    }
    const raw = text.slice(at + 1, close);
    names[count] = name;
    values[count++] = entity ? decoded(raw) : raw;
    at = close + 1;
  }
}

/** A node or edge as readGexf records it, holding only what previewOf reads. */
interface Item {
  key?: string;
  source?: string;
  target?: string;
  attributes: { label?: string; color?: string; size?: number; x?: number; y?: number };
}

function scan(text: string): { nodes: Item[]; edges: Item[] } {
  const nodes: Item[] = [];
  const edges: Item[] = [];
  // The open elements' names, and their names without a prefix.
  const path: string[] = [];
  const tags: string[] = [];
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
      const name = path.pop();
      if (name === undefined || !text.startsWith(name, at + 2)) throw new GiveUp();
      for (let i = at + 2 + name.length; i < end; i++) if (!isSpace(text.charCodeAt(i))) throw new GiveUp();
      tags.pop();
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
    const parent = tags.length ? tags[tags.length - 1] : undefined;
    if (parent === undefined && (sawRoot || tag !== "gexf")) throw new GiveUp();
    sawRoot = true;
    if (tag === "graph") sawGraph = true;
    if (tag === "node" || tag === "edge") {
      if (item) throw new GiveUp(); // nested nodes: the full reader's
      readAttributes(text, nameEnd, bodyEnd);
      if (tag === "node") {
        const label = attribute("label");
        item = { key: attribute("id"), attributes: { label: label || undefined } };
        nodes.push(item);
      } else {
        item = { source: attribute("source"), target: attribute("target"), attributes: {} };
        edges.push(item);
      }
      itemDepth = path.length;
    } else if (tag === "attribute") {
      readAttributes(text, nameEnd, bodyEnd);
      if (DRAWING_NAMES.has(attribute("title") || (attribute("id") ?? attribute("for") ?? ""))) throw new GiveUp();
    } else if (tag === "attvalue") {
      readAttributes(text, nameEnd, bodyEnd);
      if (DRAWING_NAMES.has(attribute("for") ?? attribute("id") ?? "")) throw new GiveUp();
    } else if (item && parent !== "attvalues") {
      const drawing = item.attributes;
      if (tag === "color") {
        readAttributes(text, nameEnd, bodyEnd);
        const [hex, r, g, b, a] = ["hex", "r", "g", "b", "a"].map(attribute);
        drawing.color = vizColor({ hex, r, g, b, a } as Record<string, string>);
      } else if (tag === "size") {
        readAttributes(text, nameEnd, bodyEnd);
        const value = numberOf(attribute("value"));
        if (value !== undefined) drawing.size = value;
      } else if (tag === "position") {
        readAttributes(text, nameEnd, bodyEnd);
        const [x, y] = [numberOf(attribute("x")), numberOf(attribute("y"))];
        if (x !== undefined) drawing.x = x;
        if (y !== undefined) drawing.y = y;
      }
    }
    if (!selfClosing) {
      path.push(name);
      tags.push(tag);
    } else if (path.length === itemDepth) [item, itemDepth] = [undefined, -1];
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
