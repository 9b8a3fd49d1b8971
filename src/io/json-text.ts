// JSON.parse, and when it fails, the place of the first error as line and column. Engines word
// and place their errors differently (Node 20 gives neither line nor position), so a small scanner
// finds the place and says what was expected there.
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

export function parseJson(text: string, file?: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const body = text.replace(/^\uFEFF/, "");
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
