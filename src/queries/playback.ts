// Playing the story through time: the events and documents grouped by the month they happened
// (a date known only to the year is its own step, before that year's months), in date order, then
// one last step for those with no date. An undated document comes with its earliest event, where the
// lineage and the time layout place it. People, organisations and themes join the story at the
// first step that holds something they are linked to, so the player reveals them as the story
// reaches them; one linked to no event or document stays on screen throughout. Pure; the player
// in the UI only holds which step it is on.
import { dateKey, formatDate, parseIsoDate, type DataGraph } from "../model";
import { earliestEventDate } from "./lineage-context";

export interface PlayStep {
  /** "2012-05", "2013", or "" for the undated step. */
  when: string;
  /** "May 2012", "2013", "No date". */
  label: string;
  /** Events and documents that happen at this step, by date then label. */
  keys: string[];
  /** Organisations, people and themes first linked to something at this step. */
  joins: string[];
}

export function playSteps(graph: DataGraph): PlayStep[] {
  const groups = new Map<string, string[]>();
  const undated: string[] = [];
  const items = graph
    .filterNodes((_, a) => a.kind === "event" || a.kind === "document")
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      const start = a.start ?? (a.kind === "document" ? earliestEventDate(graph, key) : undefined);
      return { key, start, label: a.label };
    })
    .sort((a, b) => dateKey(a.start) - dateKey(b.start) || a.label.localeCompare(b.label));
  for (const { key, start } of items) {
    const d = start ? parseIsoDate(start) : undefined;
    if (!d) {
      undated.push(key);
      continue;
    }
    const when = d.month ? `${d.year}-${String(d.month).padStart(2, "0")}` : String(d.year);
    const group = groups.get(when);
    if (group) group.push(key);
    else groups.set(when, [key]);
  }
  const steps: PlayStep[] = [...groups]
    .sort(([a], [b]) => dateKey(a) - dateKey(b) || a.length - b.length)
    .map(([when, keys]) => ({ when, label: formatDate(when), keys, joins: [] }));
  if (undated.length) steps.push({ when: "", label: "No date", keys: undated, joins: [] });
  const joined = new Set<string>();
  for (const step of steps)
    for (const key of step.keys)
      for (const other of graph.neighbors(key)) {
        const kind = graph.getNodeAttribute(other, "kind");
        if (kind === "event" || kind === "document" || joined.has(other)) continue;
        joined.add(other);
        step.joins.push(other);
      }
  return steps;
}

/** What is still to come once step `index` is reached (all that is stepped, before step 0). */
export function unrevealedAt(steps: readonly PlayStep[], index: number): Set<string> {
  return new Set(steps.slice(Math.max(index + 1, 0)).flatMap((s) => [...s.keys, ...s.joins]));
}
