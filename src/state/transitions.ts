// Pure view transitions: (state, ...args) → next state. Each returns the very same object when
// nothing changes, so the store (which compares with Object.is) skips needless notifications.
import { dateCeil, dateFloor, KINDS, parseIsoDate, type Kind } from "../model";
import type { LayoutMode, ViewMode, ViewState } from "./view-state";

type Value = ViewState[keyof ViewState];

function same(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return Object.is(a, b);
}

/** Applies `changes`, or returns `state` itself when every field already has that value. */
export function patch(state: ViewState, changes: Partial<ViewState>): ViewState {
  const keys = Object.keys(changes) as (keyof ViewState)[];
  if (keys.every((k) => same(state[k], changes[k] as Value))) return state;
  return { ...state, ...changes };
}

function toggle(list: readonly string[], key: string): string[] {
  return list.includes(key) ? list.filter((k) => k !== key) : [...list, key];
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/** Selecting a node (or nothing) lets go of a selected edge, and selecting an edge of the node. */
export const selectNode = (state: ViewState, key: string | null): ViewState =>
  patch(state, { select: key, edge: null });

export const selectEdge = (state: ViewState, key: string | null): ViewState =>
  patch(state, key === null ? { edge: null } : { edge: key, select: null });

export const setQuery = (state: ViewState, text: string): ViewState => patch(state, { q: text });

export const toggleOrg = (state: ViewState, key: string): ViewState => patch(state, { orgs: toggle(state.orgs, key) });

export const setOrgs = (state: ViewState, keys: readonly string[]): ViewState => patch(state, { orgs: unique(keys) });

/** Kinds are kept in legend order; choosing every kind is the same as no kind filter (null). */
export function setKinds(state: ViewState, kinds: readonly Kind[] | null): ViewState {
  if (kinds === null) return patch(state, { kinds: null });
  const chosen = KINDS.filter((k) => kinds.includes(k));
  return patch(state, { kinds: chosen.length === KINDS.length ? null : chosen });
}

export function toggleKind(state: ViewState, kind: Kind): ViewState {
  const current = state.kinds ?? KINDS;
  return setKinds(state, current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]);
}

export const toggleTheme = (state: ViewState, key: string): ViewState =>
  patch(state, { themes: toggle(state.themes, key) });

export const setThemes = (state: ViewState, keys: readonly string[]): ViewState =>
  patch(state, { themes: unique(keys) });

/** True when the range is empty because `from` begins after `to` ends ("2013" to "2011"). */
export function isReversedRange(from: string | null, to: string | null): boolean {
  const a = from ? parseIsoDate(from) : undefined;
  const b = to ? parseIsoDate(to) : undefined;
  return a !== undefined && b !== undefined && dateFloor(a) > dateCeil(b);
}

/** ISO dates (or null for an open end); a reversed range is put the right way round. */
export function setDateRange(state: ViewState, from: string | null, to: string | null): ViewState {
  if (isReversedRange(from, to)) [from, to] = [to, from];
  return patch(state, { from, to });
}

export const setUndated = (state: ViewState, undated: boolean): ViewState => patch(state, { undated });

export const setFade = (state: ViewState, fade: boolean): ViewState => patch(state, { fade });

export const clearFilters = (state: ViewState): ViewState =>
  patch(state, { orgs: [], kinds: null, themes: [], from: null, to: null, undated: true });

export const setLineage = (state: ViewState, key: string | null): ViewState => patch(state, { lineage: key });

export const setPath = (state: ViewState, pair: readonly [string, string] | null): ViewState =>
  patch(state, { path: pair ? [pair[0], pair[1]] : null });

export const setTimely = (state: ViewState, timely: boolean): ViewState => patch(state, { timely });

export const setLayout = (state: ViewState, layout: LayoutMode): ViewState => patch(state, { layout });

export const openSource = (state: ViewState, id: string | null): ViewState => patch(state, { source: id });

export const setViewMode = (state: ViewState, view: ViewMode): ViewState => patch(state, { view });
