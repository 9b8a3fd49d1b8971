// The edit log's operations. Every change is "this item was `before`, is now `after`" (null: absent),
// so adding, changing and removing are one operation, applying is setting `after`, and undoing is
// applying the inverse (before and after swapped, the changes in reverse order).
import type { Draft, EdgeEntry, NodeEntry, SourceEntry } from "./draft";

type Slot<K extends string, T> = { kind: K; key: string; before: T | null; after: T | null; at: number };

export type Change =
  | Slot<"node", NodeEntry>
  | Slot<"edge", EdgeEntry>
  | Slot<"source", SourceEntry>
  | { kind: "graph"; key: ""; before: Draft["graph"]; after: Draft["graph"]; at: 0 };

export interface Edit {
  /** What the user did, in their words ("Add relation: UNICRI hosted …"). */
  label: string;
  changes: Change[];
}

function setIn<T>(list: readonly T[], keyOf: (item: T) => string, change: Slot<string, T>): T[] {
  const out = [...list];
  const i = out.findIndex((item) => keyOf(item) === change.key);
  if (change.after === null) {
    if (i >= 0) out.splice(i, 1);
  } else if (i >= 0) out[i] = change.after;
  else out.splice(Math.min(change.at, out.length), 0, change.after);
  return out;
}

export function applyChange(draft: Draft, change: Change): Draft {
  switch (change.kind) {
    case "graph":
      return { ...draft, graph: change.after };
    case "node":
      return { ...draft, nodes: setIn(draft.nodes, (n) => n.key, change) };
    case "edge":
      return { ...draft, edges: setIn(draft.edges, (e) => e.key, change) };
    case "source":
      return { ...draft, sources: setIn(draft.sources, (s) => s.ref.id, change) };
  }
}

export function applyEdit(draft: Draft, edit: Edit): Draft {
  return edit.changes.reduce(applyChange, draft);
}

export function invertEdit(edit: Edit): Edit {
  return {
    label: edit.label,
    changes: [...edit.changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }) as Change),
  };
}
