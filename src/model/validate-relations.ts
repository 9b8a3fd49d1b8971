import type { Kind } from "./kinds";
import { RELATIONS, type Relation } from "./relations";
import type { Problem } from "./types";

export function relationProblem(relation: string, where: string): Problem {
  return {
    where,
    field: "relation",
    severity: "error",
    message: `unknown relation "${relation}"; known: ${Object.keys(RELATIONS).join(", ")}`,
  };
}

export function kindsFit(relation: Relation, from: Kind, to: Kind): boolean {
  const spec = RELATIONS[relation];
  return (spec.from as readonly Kind[]).includes(from) && (spec.to as readonly Kind[]).includes(to);
}

export function kindsAllowed(relation: Relation, from: Kind, to: Kind, where: string): Problem | undefined {
  if (kindsFit(relation, from, to)) return undefined;
  const spec = RELATIONS[relation];
  return {
    where,
    field: "relation",
    severity: "error",
    message: `"${relation}" joins ${spec.from.join("/")} to ${spec.to.join("/")}, not ${from} to ${to}`,
  };
}
