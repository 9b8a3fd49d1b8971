// The schema drops attributes the data contract does not define. Dropping them silently would hide
// a typo ("descripton") or data a user expected to see, so each unknown name is one warning.
import { edgeAttributesSchema, nodeAttributesSchema } from "./schema";
import type { Problem } from "./types";

const KNOWN = {
  node: new Set(Object.keys(nodeAttributesSchema.shape)),
  edge: new Set(Object.keys(edgeAttributesSchema.shape)),
};

export class UnknownAttributes {
  private readonly found = {
    node: new Map<string, { where: string; count: number }>(),
    edge: new Map<string, { where: string; count: number }>(),
  };

  note(item: "node" | "edge", raw: unknown, where: string): void {
    const attrs = raw !== null && typeof raw === "object" ? (raw as { attributes?: unknown }).attributes : undefined;
    if (attrs === null || typeof attrs !== "object") return;
    for (const name of Object.keys(attrs)) {
      if (KNOWN[item].has(name)) continue;
      const seen = this.found[item].get(name);
      if (seen) seen.count++;
      else this.found[item].set(name, { where, count: 1 });
    }
  }

  problems(): Problem[] {
    return (["node", "edge"] as const).flatMap((item) =>
      [...this.found[item]].map(([name, { where, count }]) => ({
        where,
        field: name,
        severity: "warning" as const,
        message: `attribute "${name}" is not in the data contract and is ignored${count > 1 ? ` (on ${count} ${item}s)` : ""}`,
      })),
    );
  }
}
