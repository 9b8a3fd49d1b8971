// JSON.parse, and when it fails, the place of the first error as line and column. Engines word
// and place their errors differently (Node 20 gives neither line nor position), so a small scanner
// finds the place and says what was expected there.
//
// Before parsing, one pass over the text (jsonShape, a loop, no recursion) rejects nesting deeper
// than MAX_DEPTH with its place: `[` × 200,000 or an attribute nested 5,000 levels would otherwise
// overflow the stack of whatever walks the value next (or of findJsonError), with no place given.
import type { Problem } from "../model";

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

class JsonSyntax extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Offset and description of the first syntax error; undefined when the text is valid JSON. */
export function findJsonError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const shown = () => (i >= text.length ? "end of file" : JSON.stringify(text[i]));
  const fail = (expected: string): never => {
    throw new JsonSyntax(i, `unexpected ${shown()}, expected ${expected}`);
  };
  const string = () => {
    const open = i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u" && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail("four hex digits after \\u");
        else if (!'"\\/bfnrtu'.includes(text[i] ?? "x")) fail('an escape (\\n, \\", \\\\, \\u…)');
      } else if ((text.charCodeAt(i) ?? 0) < 0x20) fail("a closing quote (line breaks must be written \\n)");
      i++;
    }
    if (i >= text.length) throw new JsonSyntax(open, "a string is never closed");
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") return container("}", true);
    if (c === "[") return container("]", false);
    if (c === '"') return string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail("a value");
    i += m![0].length;
  };
  const container = (close: string, object: boolean) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      if (object) {
        ws();
        if (text[i] !== '"') fail("a property name in double quotes");
        string();
        ws();
        if (text[i] !== ":") fail('":"');
        i++;
      }
      value();
      ws();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === close) return void i++;
      fail(`"," or "${close}"`);
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail("end of file after the value");
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntax) return { offset: error.offset, message: error.message };
    throw error;
  }
}

/** Objects and lists inside each other, at most; a dataset needs about 6. */
export const MAX_DEPTH = 100;

/** Duplicate members reported at most, so a file with thousands does not make a list of thousands. */
const MAX_DUPLICATES = 20;

export interface ShapeProblem {
  offset: number;
  message: string;
}

/**
 * What JSON.parse would not say: the first place where `text` nests deeper than MAX_DEPTH (the scan
 * stops there), and each member named twice in one object (JSON.parse silently keeps the last).
 * Strings are skipped (a bracket inside one does not count); text that is not JSON is left to
 * JSON.parse to report. One loop, no recursion; an object's keys are compared in a list while
 * they are few, in a Set past that.
 */
export function jsonShape(text: string): ShapeProblem[] {
  const found: ShapeProblem[] = [];
  // Per open container: -1 for a list, else the index in `keys` where the object's keys begin.
  const frames: number[] = [];
  const sets: (Map<string, number> | undefined)[] = [];
  const keys: string[] = [];
  const offsets: number[] = [];
  let duplicates = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const close = closingQuote(text, i);
      if (close < 0) break;
      const start = frames.length ? frames[frames.length - 1]! : -1;
      if (start >= 0 && duplicates < MAX_DUPLICATES && nextIsColon(text, close + 1)) {
        const raw = text.slice(i + 1, close);
        const key = raw.includes("\\") ? decoded(text.slice(i, close + 1)) : raw;
        const first = firstOffset(key, start, keys, offsets, sets, frames.length - 1);
        if (first >= 0) {
          duplicates++;
          const { line, column } = lineColumn(text, first);
          found.push({
            offset: i,
            message: `the member ${JSON.stringify(key)} appears twice in one object (first at line ${line}, column ${column}); JSON keeps only the last, so name it once`,
          });
        } else {
          keys.push(key);
          offsets.push(i);
          const set = sets[frames.length - 1];
          if (set) set.set(key, i);
        }
      }
      i = close;
    } else if (c === 0x5b || c === 0x7b) {
      if (frames.length >= MAX_DEPTH) {
        found.push({
          offset: i,
          message: `nested more than ${MAX_DEPTH} levels deep (objects and lists inside each other); the explorer reads at most ${MAX_DEPTH}`,
        });
        break;
      }
      frames.push(c === 0x7b ? keys.length : -1);
      sets[frames.length - 1] = undefined;
    } else if (c === 0x5d || c === 0x7d) {
      const start = frames.pop();
      if (start !== undefined && start >= 0) {
        keys.length = start;
        offsets.length = start;
      }
    }
  }
  return found;
}

/** Offset of `key` among the keys of the object open at `depth` (beginning at `start`), or -1. */
function firstOffset(
  key: string,
  start: number,
  keys: string[],
  offsets: number[],
  sets: (Map<string, number> | undefined)[],
  depth: number,
): number {
  const set = sets[depth];
  if (set) return set.get(key) ?? -1;
  for (let k = start; k < keys.length; k++) if (keys[k] === key) return offsets[k]!;
  if (keys.length - start >= 16) {
    const map = new Map<string, number>();
    for (let k = start; k < keys.length; k++) map.set(keys[k]!, offsets[k]!);
    sets[depth] = map;
  }
  return -1;
}

function nextIsColon(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) return true;
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return false;
}

function decoded(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/** Index of the quote that closes the string opening at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  for (let from = open + 1; ;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return q;
    from = q + 1;
  }
}

/** The value, or the problems: `problem` is the first of them (a syntax error has just one). */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: Problem; problems?: Problem[] };

export function parseJson(text: string, file?: string): ParsedJson {
  const body = text.replace(/^\uFEFF/, "");
  const shape = jsonShape(body);
  if (shape.length) {
    const problems = shape.map(({ offset, message }): Problem => {
      const { line, column } = lineColumn(body, offset);
      return { ...(file ? { file } : {}), where: `line ${line}, column ${column}`, severity: "error", message };
    });
    return { ok: false, problem: problems[0]!, problems };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const found = findJsonError(body);
    const { line, column } = lineColumn(body, found?.offset ?? body.length);
    return {
      ok: false,
      problem: {
        ...(file ? { file } : {}),
        where: `line ${line}, column ${column}`,
        severity: "error",
        message: `not valid JSON: ${found?.message ?? (error instanceof Error ? error.message : String(error))}`,
      },
    };
  }
}
