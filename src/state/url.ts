// The view in the address bar: parse a query string into a ViewState with a notice for every
// part that could not be used, and write a ViewState back as a short, stable query string.
// What each parameter means is its entry in url-params.ts; this file reads and writes them all.
//
// Parsing never fails: an unknown node, a key of the wrong kind, a malformed date or value, or an
// unknown parameter each give a notice naming the parameter and value, and the rest still loads.
// Serialising omits defaults, keeps one parameter order, and always ends with `v=` (the data version).
import type { DataGraph, Kind } from "../model";
import { type Notice, quoted } from "./notice";
import { isReversedRange } from "./transitions";
import { findStory, goToStep } from "./story-steps";
import { type ParamReader, STORY_PARAMS, VIEW_PARAM_TABLE, type ViewParam } from "./url-params";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

export { type Notice, QUOTE_MAX, quoted } from "./notice";

export interface UrlContext {
  graph: DataGraph;
  version: string;
}

/** The data version a link was made for: always written, last of the view's parameters. */
const VERSION_PARAM = "v";

export const VIEW_PARAMS: readonly string[] = [...VIEW_PARAM_TABLE.map((p) => p.name), VERSION_PARAM];

/** Read by the app before the view exists (which dataset to load); kept in links, never warned about. */
export const PASS_THROUGH_PARAMS = ["dataset", "embed"] as const;

const BY_NAME = new Map<string, ViewParam>(VIEW_PARAM_TABLE.map((p) => [p.name, p]));
const KIND_NAMES: Record<Kind, string> = {
  event: "an event",
  organisation: "an organisation",
  person: "a person",
  document: "a document",
  theme: "a theme",
  other: "a node of another kind",
};

/** Unknown parameters that get a notice each; more than this share one. */
const UNKNOWN_EACH = 3;
/** Notices a link gives at most; past that, the last one says how many more there were. */
export const MAX_NOTICES = 8;

/** Each known parameter's value (repeated lists joined), and the unknown ones, in link order. */
function gather(search: string, warn: (param: string, message: string) => void) {
  const values = new Map<string, string>();
  const unknown: [string, string][] = [];
  for (const [name, value] of new URLSearchParams(search)) {
    if (!BY_NAME.has(name) && name !== VERSION_PARAM) {
      if (!(PASS_THROUGH_PARAMS as readonly string[]).includes(name)) unknown.push([name, value]);
    } else if (!values.has(name)) values.set(name, value);
    else if (BY_NAME.get(name)?.list) values.set(name, `${values.get(name)},${value}`);
    else
      warn(
        name,
        `${quoted(name)} appears more than once in the link; the first value (${quoted(values.get(name) ?? "")}) was used.`,
      );
  }
  return { values, unknown };
}

export function parseViewUrl(search: string, ctx: UrlContext): { state: ViewState; notices: Notice[] } {
  const { graph, version } = ctx;
  const notices: Notice[] = [];
  const warn = (param: string, message: string) => notices.push({ level: "warning", param, message });
  const state: ViewState = { ...DEFAULT_VIEW };
  const { values, unknown } = gather(search, warn);

  // A few unknown parameters each get a notice; more collapse into one that names the first few.
  if (unknown.length <= UNKNOWN_EACH)
    for (const [name, value] of unknown)
      warn(name, `Unknown link parameter ${quoted(`${name}=${value}`)} was ignored.`);
  else {
    const named = unknown.slice(0, UNKNOWN_EACH).map(([name]) => quoted(name));
    warn(
      unknown[0]![0],
      `${unknown.length.toLocaleString("en")} unknown link parameters were ignored: ${named.join(", ")} and ${(unknown.length - UNKNOWN_EACH).toLocaleString("en")} more.`,
    );
  }

  const readerFor = (param: string): ParamReader => ({
    graph,
    warn: (message) => warn(param, message),
    node(key, kind, purpose = "") {
      if (!graph.hasNode(key)) return void warn(param, `No node ${quoted(key)} in this dataset${purpose}.`);
      const actual = graph.getNodeAttribute(key, "kind");
      if (kind && actual !== kind)
        return void warn(param, `${quoted(key)} is ${KIND_NAMES[actual]}, not ${KIND_NAMES[kind]}${purpose}.`);
      return key;
    },
  });

  for (const [name, value] of values) {
    const entry = BY_NAME.get(name);
    if (entry) (state as Record<keyof ViewState, unknown>)[entry.field] = entry.read(value, readerFor(name));
    else if (value !== version)
      notices.push({
        level: "info",
        param: name,
        message: `This link was made for another version of the data (${quoted(value).slice(1, -1)}; this is ${version}); the data has changed since, so some of what it shows may differ.`,
      });
  }

  // Rules across parameters.
  const steps = findStory(graph, state.story)?.steps.length ?? 0;
  if (values.has("step") && (state.step < 1 || state.step > steps)) {
    const which = steps ? `this story has steps 1 to ${steps}` : "no story is open";
    warn("step", `${quoted(`step=${values.get("step") ?? ""}`)} is not a step (${which}); it was ignored.`);
  }
  if (state.story === null || state.step < 1 || state.step > steps) state.step = 1;
  // A link that names a story and nothing else of the view opens the step's own view.
  if (state.story !== null && [...values.keys()].every((name) => STORY_PARAMS.has(name)))
    Object.assign(state, goToStep(state, graph, state.story, state.step));
  if (state.select !== null && state.edge !== null) {
    warn("edge", `A link selects a node or a relation, not both; "${state.select}" was selected, not "${state.edge}".`);
    state.edge = null;
  }
  if (isReversedRange(state.from, state.to)) {
    notices.push({
      level: "info",
      param: "from",
      message: `The date range ${state.from} to ${state.to} was reversed; it was turned round.`,
    });
    [state.from, state.to] = [state.to, state.from];
  }
  if (notices.length > MAX_NOTICES) {
    const more = notices.length - (MAX_NOTICES - 1);
    notices.splice(MAX_NOTICES - 1, more, {
      level: "warning",
      message: `${more.toLocaleString("en")} more problems with this link were found; the rest of the view still loaded.`,
    });
  }
  return { state, notices };
}

/** "?select=a&org=b,c&v=1a2b3c4d": defaults left out, parameters in table order, then `extra`. */
export function serialiseViewUrl(state: ViewState, version: string, extra: Record<string, string> = {}): string {
  const parts: string[] = [];
  for (const { name, field, write } of VIEW_PARAM_TABLE) {
    const value = write(state[field], state);
    if (value !== null) parts.push(`${name}=${value}`);
  }
  parts.push(`${VERSION_PARAM}=${encodeURIComponent(version)}`);
  for (const [name, value] of Object.entries(extra))
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  return `?${parts.join("&")}`;
}
