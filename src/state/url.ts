// The view in the address bar: parse a query string into a ViewState with a notice for every
// part that could not be used, and write a ViewState back as a short, stable query string.
//
// Parsing never fails: an unknown node, a key of the wrong kind, a malformed date or value, or an
// unknown parameter each give a notice naming the parameter and value, and the rest still loads.
// Serialising omits defaults, keeps one parameter order, and always ends with `v=` (the data version).
import { isKind, KINDS, parseIsoDate, type DataGraph, type Kind } from "../model";
import { findStory, goToStep } from "./story-steps";
import { isReversedRange } from "./transitions";
import { DEFAULT_VIEW, type LayoutMode, type ViewMode, type ViewState } from "./view-state";

export interface Notice {
  level: "warning" | "info";
  message: string;
  param?: string;
}

export interface UrlContext {
  graph: DataGraph;
  version: string;
}

export const VIEW_PARAMS = [
  "select",
  "edge",
  "q",
  "org",
  "kinds",
  "themes",
  "from",
  "to",
  "undated",
  "fade",
  "lineage",
  "path",
  "timely",
  "layout",
  "source",
  "view",
  "story",
  "step",
  "v",
] as const;

/** Read by the app before the view exists (which dataset to load); kept in links, never warned about. */
export const PASS_THROUGH_PARAMS = ["dataset", "embed"] as const;

const LIST_PARAMS = new Set(["org", "kinds", "themes"]);
const STORY_PARAMS = new Set(["story", "step", "v"]);
const LAYOUTS: readonly LayoutMode[] = ["force", "time"];
const VIEWS: readonly ViewMode[] = ["graph", "table"];
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
/** How much of a value a notice quotes: a 100 kB parameter must not push the graph off screen. */
export const QUOTE_MAX = 60;

/** `"value"`, cut to QUOTE_MAX characters with an ellipsis. */
export function quoted(value: string): string {
  const chars = [...value];
  return `"${chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join("")}…` : value}"`;
}

const list = (value: string): string[] => [...new Set(value.split(",").filter(Boolean))];

export function parseViewUrl(search: string, ctx: UrlContext): { state: ViewState; notices: Notice[] } {
  const { graph, version } = ctx;
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const warn = (param: string, message: string) => notices.push({ level: "warning", param, message });
  const state: ViewState = { ...DEFAULT_VIEW };

  const values = new Map<string, string>();
  const unknown: [string, string][] = [];
  for (const [name, value] of params) {
    if (!(VIEW_PARAMS as readonly string[]).includes(name)) {
      if (!(PASS_THROUGH_PARAMS as readonly string[]).includes(name)) unknown.push([name, value]);
    } else if (!values.has(name)) values.set(name, value);
    else if (LIST_PARAMS.has(name)) values.set(name, `${values.get(name)},${value}`);
    else
      warn(
        name,
        `${quoted(name)} appears more than once in the link; the first value (${quoted(values.get(name) ?? "")}) was used.`,
      );
  }

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

  /** The key if it names a node of the wanted kind, else undefined with a notice. */
  const node = (param: string, key: string, kind?: Kind, purpose = ""): string | undefined => {
    if (!graph.hasNode(key)) return void warn(param, `No node ${quoted(key)} in this dataset${purpose}.`);
    const actual = graph.getNodeAttribute(key, "kind");
    if (kind && actual !== kind) {
      return void warn(param, `${quoted(key)} is ${KIND_NAMES[actual]}, not ${KIND_NAMES[kind]}${purpose}.`);
    }
    return key;
  };
  const flag = (param: string, value: string, fallback: boolean): boolean => {
    if (value === "1" || value === "true") return true;
    if (value === "0" || value === "false") return false;
    warn(param, `${quoted(`${param}=${value}`)} should be 0 or 1; it was ignored.`);
    return fallback;
  };
  const date = (param: string, value: string, end: string): string | null => {
    if (parseIsoDate(value)) return value;
    warn(
      param,
      `${quoted(value)} is not a date (write 2012, 2012-06 or 2012-06-07); the ${end} of the range was ignored.`,
    );
    return null;
  };
  const oneOf = <T extends string>(param: string, value: string, allowed: readonly T[], fallback: T): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    warn(param, `${quoted(`${param}=${value}`)} is not one of ${allowed.join(", ")}; it was ignored.`);
    return fallback;
  };

  for (const [param, value] of values) {
    switch (param) {
      case "select":
        if (value) state.select = node(param, value, undefined, "; nothing was selected") ?? null;
        break;
      case "edge":
        if (!value) break;
        if (graph.hasEdge(value)) state.edge = value;
        else warn(param, `No relation ${quoted(value)} in this dataset; no relation was selected.`);
        break;
      case "q":
        state.q = value;
        break;
      case "org":
        state.orgs = list(value).flatMap(
          (k) => node(param, k, "organisation", "; it was left out of the organisation filter") ?? [],
        );
        break;
      case "themes":
        state.themes = list(value).flatMap(
          (k) => node(param, k, "theme", "; it was left out of the theme filter") ?? [],
        );
        break;
      case "kinds":
        state.kinds = list(value).filter((k): k is Kind => {
          if (isKind(k)) return true;
          warn(param, `${quoted(k)} is not a kind (${KINDS.join(", ")}); it was ignored.`);
          return false;
        });
        break;
      case "from":
        state.from = date(param, value, "start");
        break;
      case "to":
        state.to = date(param, value, "end");
        break;
      case "undated":
        state.undated = flag(param, value, DEFAULT_VIEW.undated);
        break;
      case "fade":
        state.fade = flag(param, value, DEFAULT_VIEW.fade);
        break;
      case "timely":
        state.timely = flag(param, value, DEFAULT_VIEW.timely);
        break;
      case "lineage":
        state.lineage = node(param, value, "document", "; lineage is traced from a document") ?? null;
        break;
      case "path":
        state.path = parsePath(value, (m) => warn(param, m), node);
        break;
      case "layout":
        state.layout = oneOf(param, value, LAYOUTS, DEFAULT_VIEW.layout);
        break;
      case "view":
        state.view = oneOf(param, value, VIEWS, DEFAULT_VIEW.view);
        break;
      case "source":
        if (graph.getAttribute("sources").some((s) => s.id === value)) state.source = value;
        else warn(param, `No source ${quoted(value)} in this dataset; no source was opened.`);
        break;
      case "story":
        if (findStory(graph, value)) state.story = value;
        else warn(param, `No story ${quoted(value)} in this dataset; no story was opened.`);
        break;
      case "step":
        state.step = /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : 0;
        break;
      case "v":
        if (value !== version) {
          notices.push({
            level: "info",
            param,
            message: `This link was made for another version of the data (${quoted(value).slice(1, -1)}; this is ${version}); the data has changed since, so some of what it shows may differ.`,
          });
        }
        break;
    }
  }
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

function parsePath(
  value: string,
  warn: (message: string) => void,
  node: (param: string, key: string) => string | undefined,
): [string, string] | null {
  const keys = value.split(",");
  if (keys.length !== 2 || !keys[0] || !keys[1]) {
    warn(`${quoted(`path=${value}`)} needs two node keys separated by a comma (path=a,b); it was ignored.`);
    return null;
  }
  if (keys[0] === keys[1]) {
    warn(`${quoted(`path=${value}`)} names the same node twice; pick two different nodes.`);
    return null;
  }
  const [a, b] = [node("path", keys[0]), node("path", keys[1])];
  return a && b ? [a, b] : null;
}

const encode = (value: string) => encodeURIComponent(value);
const encodeList = (values: readonly string[]) => values.map(encode).join(",");

/** "?select=a&org=b,c&v=1a2b3c4d": defaults left out, parameters in VIEW_PARAMS order, then `extra`. */
export function serialiseViewUrl(state: ViewState, version: string, extra: Record<string, string> = {}): string {
  const parts: string[] = [];
  const put = (name: string, value: string) => parts.push(`${name}=${value}`);
  if (state.select !== null) put("select", encode(state.select));
  if (state.edge !== null) put("edge", encode(state.edge));
  if (state.q !== "") put("q", encode(state.q));
  if (state.orgs.length) put("org", encodeList(state.orgs));
  if (state.kinds !== null) put("kinds", encodeList(state.kinds));
  if (state.themes.length) put("themes", encodeList(state.themes));
  if (state.from !== null) put("from", encode(state.from));
  if (state.to !== null) put("to", encode(state.to));
  if (state.undated !== DEFAULT_VIEW.undated) put("undated", state.undated ? "1" : "0");
  if (state.fade !== DEFAULT_VIEW.fade) put("fade", state.fade ? "1" : "0");
  if (state.lineage !== null) put("lineage", encode(state.lineage));
  if (state.path !== null) put("path", encodeList(state.path));
  if (state.timely !== DEFAULT_VIEW.timely) put("timely", state.timely ? "1" : "0");
  if (state.layout !== DEFAULT_VIEW.layout) put("layout", state.layout);
  if (state.source !== null) put("source", encode(state.source));
  if (state.view !== DEFAULT_VIEW.view) put("view", state.view);
  if (state.story !== null) put("story", encode(state.story));
  if (state.story !== null) put("step", String(state.step));
  put("v", encode(version));
  for (const [name, value] of Object.entries(extra)) put(encode(name), encode(value));
  return `?${parts.join("&")}`;
}
