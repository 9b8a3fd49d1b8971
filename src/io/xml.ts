// XML in, for the GEXF importer. The browser's own DOMParser is fast (a 50 MB file in about a
// second) and strict; under Node (tests, the validate CLI) xmldom 0.9 stands in, just as strict.
// Either way a syntax error comes back with its line and column, and graphology-gexf reads the
// parsed document, so the file is parsed once.
import { DOMParser as XmlDomParser } from "@xmldom/xmldom";
import createParserFunction from "graphology-gexf/common/parser.js";

import type { Problem } from "../model";
import { lineColumn } from "./json-text";

type Locator = { lineNumber?: number; columnNumber?: number } | undefined;

function xmlProblem(message: string, line?: number | string, column?: number | string): Problem {
  return {
    where: line ? `line ${line}, column ${column ?? 1}` : "file",
    severity: "error",
    message: `not well-formed XML: ${message.trim()}`,
  };
}

const native = typeof globalThis.DOMParser === "function" && typeof globalThis.Document === "function";

function parseNative(text: string): { doc: Document } | { problems: Problem[] } {
  const doc = new globalThis.DOMParser().parseFromString(text, "text/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (!error) return { doc };
  const detail = error.textContent ?? "";
  // Chromium: "error on line 3 at column 17: …"; Firefox: "… Line Number 3, Column 17: …".
  const at = /line (?:number )?(\d+)(?: at|,) column (\d+)/i.exec(detail);
  const message = (/error on line \d+ at column \d+: ([^\n]+)/.exec(detail)?.[1] ?? detail.split("\n")[0] ?? detail)
    .replace(/Below is a rendering of the page.*$/, "")
    .trim();
  return { problems: [xmlProblem(message, at?.[1], at?.[2])] };
}

function parseXmlDom(text: string): { doc: Document } | { problems: Problem[] } {
  const problems: Problem[] = [];
  try {
    const doc = new XmlDomParser({
      onError: (level, message, context: { locator?: Locator } | undefined) => {
        if (level !== "warning")
          problems.push(xmlProblem(message, context?.locator?.lineNumber, context?.locator?.columnNumber));
      },
    }).parseFromString(text, "text/xml") as unknown as Document;
    return problems.length ? { problems } : { doc };
  } catch (error) {
    // A fatal error stops the parser after onError has recorded it.
    if (problems.length) return { problems };
    const e = error as { message?: string; locator?: Locator };
    return { problems: [xmlProblem(e.message ?? String(error), e.locator?.lineNumber, e.locator?.columnNumber)] };
  }
}

/**
 * Entity declarations are refused before either parser sees them: the browser expands them (a
 * "billion laughs" file grows without bound) while xmldom rejects them, and GEXF needs none.
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

export function parseXml(text: string): { doc: Document } | { problems: Problem[] } {
  const entity = entityProblem(text);
  if (entity) return { problems: [entity] };
  return native ? parseNative(text) : parseXmlDom(text);
}

const xmlDomDocument = new XmlDomParser().parseFromString("<t/>", "text/xml").constructor;

/** graphology-gexf's parser, bound to the same DOM implementation that parseXml used. */
export const parseGexfDocument = native
  ? createParserFunction(globalThis.DOMParser, globalThis.Document)
  : createParserFunction(XmlDomParser, xmlDomDocument);
