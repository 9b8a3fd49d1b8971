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

/**
 * The first place where `text` nests deeper than MAX_DEPTH, or undefined. Strings are skipped (a
 * bracket inside one does not count); text that is not JSON is left to JSON.parse to report.
 */
export function jsonShape(text: string): { offset: number; message: string } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = closingQuote(text, i);
      if (i < 0) return undefined;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH)
        return {
          offset: i,
          message: `nested more than ${MAX_DEPTH} levels deep (objects and lists inside each other); the explorer reads at most ${MAX_DEPTH}`,
        };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
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

export function parseJson(text: string, file?: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const body = text.replace(/^\uFEFF/, "");
  const shape = jsonShape(body);
  if (shape) {
    const { line, column } = lineColumn(body, shape.offset);
    return {
      ok: false,
      problem: {
        ...(file ? { file } : {}),
        where: `line ${line}, column ${column}`,
        severity: "error",
        message: shape.message,
      },
    };
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
