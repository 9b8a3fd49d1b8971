// Reads back the two files of a CSV export (export-csv.ts): nodes.csv and edges.csv, by their
// header names, so columns may come in any order and extra columns are kept as extra attributes.
import type { Problem, SourceTexts } from "../model";
import { parseCsv, unescapeFormula } from "./csv";
import { importFlat } from "./import-flat";
import type { ImportResult } from "./types";

type Table = { ok: true; records: Record<string, string>[] } | { ok: false; problems: Problem[] };

function table(file: string, text: string, required: readonly string[]): Table {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return {
      ok: false,
      problems: [{ file, where: `line ${parsed.line}`, severity: "error", message: parsed.message }],
    };
  const [header = [], ...rows] = parsed.rows.filter((r) => r.some((cell) => cell !== ""));
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length)
    return {
      ok: false,
      problems: [
        { file, where: "line 1", severity: "error", message: `the header has no column ${missing.join(", ")}` },
      ],
    };
  const records = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, unescapeFormula(row[i] ?? "")])));
  return { ok: true, records };
}

const blankless = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ""));

export function importCsv(
  nodesFile: { name: string; text: string },
  edgesFile: { name: string; text: string },
  sources?: SourceTexts,
): ImportResult {
  const nodes = table(nodesFile.name, nodesFile.text, ["key"]);
  const edges = table(edgesFile.name, edgesFile.text, ["source", "target"]);
  const problems = [...(nodes.ok ? [] : nodes.problems), ...(edges.ok ? [] : edges.problems)];
  if (!nodes.ok || !edges.ok) return { ok: false, format: "csv", problems };
  const name = nodesFile.name.replace(/[-_.]?nodes(\.csv)?$/i, "") || nodesFile.name;
  return importFlat(
    {
      attributes: {},
      nodes: nodes.records.map(({ key, ...rest }) => ({ key, attributes: blankless(rest) })),
      // `reading` is the relation written out as a sentence: derived, so not read back.
      edges: edges.records.map(({ key, source, target, reading: _, ...rest }) => ({
        key: key || undefined,
        source,
        target,
        attributes: blankless(rest),
      })),
    },
    { format: "csv", name, sources },
  );
}
