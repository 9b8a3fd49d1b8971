import type { z } from "zod";

import type { Problem } from "./types";
import { visibleText } from "./visible-text";

/** The key an edge gets when the data gives none; also what `edgePlace` leaves out as redundant. */
export function edgeKeyFor(source: string, relation: string, target: string): string {
  return `${source}--${relation}--${target}`;
}

export function nodePlace(key: string): string {
  return `node "${visibleText(key)}"`;
}

export function edgePlace(source: string, target: string, relation?: string, key?: string): string {
  const rel = relation ? ` (${relation})` : "";
  const named = key && (relation === undefined || key !== edgeKeyFor(source, relation, target));
  const [k, s, t] = [key ?? "", source, target].map(visibleText);
  return `edge ${named ? `"${k}" ` : ""}"${s}" -> "${t}"${rel}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** One problem per zod issue, with the field path joined onto `prefix`. */
export function zodProblems(error: z.ZodError, where: string, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({
    where,
    field: fieldPath([...prefix, ...issue.path]) || undefined,
    message: issue.message,
    severity: "error" as const,
  }));
}

/**
 * Zod problems of one node or edge, with the leading `attributes.` dropped so a schema problem
 * names its field the way the other rules do (`sources[0].quote`, `start`).
 */
export function itemProblems(error: z.ZodError, where: string): Problem[] {
  return zodProblems(error, where).map((p) =>
    p.field?.startsWith("attributes.") ? { ...p, field: p.field.slice("attributes.".length) } : p,
  );
}

/** `graph-data/x.json: node "a", field sources[0].quote: not found in source "seed"` */
export function formatProblem(problem: Problem): string {
  const file = problem.file ? `${problem.file}: ` : "";
  const field = problem.field ? `, field ${problem.field}` : "";
  const tag = problem.severity === "warning" ? "warning: " : "";
  // Written out, a bidi control in a key or value cannot turn the rest of the line around.
  return visibleText(`${file}${tag}${problem.where}${field}: ${problem.message}`);
}
