// Citations and aliases as one line of text, for formats whose cells hold only text (CSV, GEXF):
// `source-id: quote | other-source: quote`. Reading back splits only before `| <id>: `, so a quote
// that itself contains " | " survives as long as what follows is not a source id and a colon.
import type { Citation } from "../model";

export const LIST_SEPARATOR = " | ";

export function citationsToText(citations: readonly Citation[]): string {
  return citations.map((c) => `${c.source}: ${c.quote}`).join(LIST_SEPARATOR);
}

const SOURCE_ID = "[A-Za-z0-9][A-Za-z0-9._-]*";
const SPLIT = new RegExp(`\\s\\|\\s(?=${SOURCE_ID}: )`);
const ONE = new RegExp(`^(${SOURCE_ID}): ([\\s\\S]*)$`);

/** The citations in `text`, or the first piece that is not `id: quote`. */
export function citationsFromText(text: string): { citations: Citation[] } | { bad: string } {
  if (!text.trim()) return { citations: [] };
  const citations: Citation[] = [];
  for (const piece of text.trim().split(SPLIT)) {
    const m = ONE.exec(piece.trim());
    if (!m) return { bad: piece };
    citations.push({ source: m[1] ?? "", quote: m[2] ?? "" });
  }
  return { citations };
}

export function listToText(items: readonly string[] | undefined): string {
  return (items ?? []).join(LIST_SEPARATOR);
}

export function listFromText(text: string): string[] {
  return text
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean);
}
