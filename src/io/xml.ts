// XML in, for the GEXF reader: a streaming (SAX) pass with saxes, the same in the browser and in
// Node. No document tree is built, so memory follows what the reader keeps (the graph), not the
// XML; nesting depth costs a stack entry, never a recursion. The first well-formedness error
// stops the pass and comes back with its line and column.
import { SaxesParser } from "saxes";

import type { Problem } from "../model";
import { lineColumn } from "./json-text";

export interface XmlHandlers {
  /** An element opens; `attributes` has no prototype, so any attribute name is a plain key. */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Character data (entities resolved) inside the element last opened. */
  text?(text: string): void;
}

function xmlProblem(message: string, line: number, column: number): Problem {
  return { where: `line ${line}, column ${column}`, severity: "error", message: `not well-formed XML: ${message}` };
}

/**
 * Entity declarations are refused before the parser sees them: an internal entity can grow a file
 * without bound ("billion laughs"), and GEXF needs none.
 */
function entityProblem(text: string): Problem | undefined {
  const at = text.search(/<!ENTITY/i);
  if (at < 0) return undefined;
  const { line, column } = lineColumn(text, at);
  return {
    where: `line ${line}, column ${column}`,
    severity: "error",
    message: "declares an entity (<!ENTITY …>); GEXF needs none, and the explorer does not read them",
  };
}

/** Thrown by a handler to end the pass early (the reader has seen enough). */
export class StopXml extends Error {}

/** Reads `text`, calling the handlers as it goes; returns the problem that stopped it, if any. */
export function readXml(text: string, handlers: XmlHandlers): Problem | undefined {
  const entity = entityProblem(text);
  if (entity) return entity;
  const parser = new SaxesParser({ position: true });
  let lastClosed = "";
  let problem: Problem | undefined;
  parser.on("error", (error) => {
    let message = error.message.replace(/^\d+:\d+: /, "").replace(/\.$/, "");
    if (message === "unexpected close tag") {
      // saxes names neither tag: the end tag is the one just read.
      const closing = /^<\/([^\s>]*)/.exec(text.slice(text.lastIndexOf("</", parser.position)))?.[1] ?? "";
      message = `the end tag does not match the start tag ("${lastClosed}" != "${closing}")`;
    }
    problem ??= xmlProblem(message, parser.line, parser.column + 1);
    throw new StopXml();
  });
  parser.on("opentag", (tag) => handlers.open(tag.name, tag.attributes as Record<string, string>));
  parser.on("closetag", (tag) => {
    // On a mismatched end tag saxes closes the open element first, then reports.
    lastClosed = tag.name;
    handlers.close(tag.name);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof StopXml)) throw error;
  }
  return problem;
}
