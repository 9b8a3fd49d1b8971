// The link parameters of a view, one entry each: its name in the link, the ViewState field it
// fills, how a value is read (with a notice for what cannot be used) and how the field is written
// (null leaves it out: the default). The table's order is the order parameters are written in.
// A new parameter is one entry here; url.ts reads and writes them all the same way.
import { isKind, KINDS, parseIsoDate, type DataGraph, type Kind } from "../model";
import { quoted } from "./notice";
import { findStory } from "./story-steps";
import { DEFAULT_VIEW, type LayoutMode, type ViewMode, type ViewState } from "./view-state";

/** What reading a value may use: the graph, and a way to say what could not be used. */
export interface ParamReader {
  graph: DataGraph;
  /** A warning about this parameter. */
  warn(message: string): void;
  /** The key if it names a node (of `kind`, when given), else undefined with a warning ending in `purpose`. */
  node(key: string, kind?: Kind, purpose?: string): string | undefined;
}

export interface ViewParam<F extends keyof ViewState = keyof ViewState> {
  name: string;
  field: F;
  /** Repeated in a link, the values join with commas (org=a&org=b is org=a,b); else the first counts. */
  list?: boolean;
  read(value: string, reader: ParamReader): ViewState[F];
  /** The whole state is there for a parameter that depends on another (a step, on its story). */
  write(value: ViewState[F], state: ViewState): string | null;
}

const encode = (value: string) => encodeURIComponent(value);
const encodeList = (values: readonly string[]) => (values.length ? values.map(encode).join(",") : null);
const list = (value: string): string[] => [...new Set(value.split(",").filter(Boolean))];
const orNull = (value: string | null) => (value === null ? null : encode(value));

/** Entries of one field each, typed by it. */
const param = <F extends keyof ViewState>(entry: ViewParam<F>): ViewParam => entry;

const nodeKeys = (name: string, field: "orgs" | "themes", kind: Kind, purpose: string) =>
  param({
    name,
    field,
    list: true,
    read: (v, r) => list(v).flatMap((k) => r.node(k, kind, purpose) ?? []),
    write: encodeList,
  });

const flag = (name: string, field: "undated" | "fade" | "timely") =>
  param({
    name,
    field,
    read(value, r) {
      if (value === "1" || value === "true") return true;
      if (value === "0" || value === "false") return false;
      r.warn(`${quoted(`${name}=${value}`)} should be 0 or 1; it was ignored.`);
      return DEFAULT_VIEW[field];
    },
    write: (on) => (on === DEFAULT_VIEW[field] ? null : on ? "1" : "0"),
  });

const date = (name: string, field: "from" | "to", end: string) =>
  param({
    name,
    field,
    read(value, r) {
      if (parseIsoDate(value)) return value;
      r.warn(
        `${quoted(value)} is not a date (write 2012, 2012-06 or 2012-06-07); the ${end} of the range was ignored.`,
      );
      return null;
    },
    write: orNull,
  });

const oneOf = <F extends "layout" | "view">(name: string, field: F, allowed: readonly ViewState[F][]) =>
  param<F>({
    name,
    field,
    read(value, r) {
      if ((allowed as readonly string[]).includes(value)) return value as ViewState[F];
      r.warn(`${quoted(`${name}=${value}`)} is not one of ${allowed.join(", ")}; it was ignored.`);
      return DEFAULT_VIEW[field];
    },
    write: (value) => (value === DEFAULT_VIEW[field] ? null : value),
  });

const LAYOUTS: readonly LayoutMode[] = ["force", "time"];
const VIEWS: readonly ViewMode[] = ["graph", "table"];

export const VIEW_PARAM_TABLE: readonly ViewParam[] = [
  param({
    name: "select",
    field: "select",
    read: (value, r) => (value ? (r.node(value, undefined, "; nothing was selected") ?? null) : null),
    write: orNull,
  }),
  param({
    name: "edge",
    field: "edge",
    read(value, r) {
      if (!value) return null;
      if (r.graph.hasEdge(value)) return value;
      r.warn(`No relation ${quoted(value)} in this dataset; no relation was selected.`);
      return null;
    },
    write: orNull,
  }),
  param({ name: "q", field: "q", read: (value) => value, write: (q) => (q === "" ? null : encode(q)) }),
  nodeKeys("org", "orgs", "organisation", "; it was left out of the organisation filter"),
  param({
    name: "kinds",
    field: "kinds",
    list: true,
    read: (value, r) =>
      list(value).filter((k): k is Kind => {
        if (isKind(k)) return true;
        r.warn(`${quoted(k)} is not a kind (${KINDS.join(", ")}); it was ignored.`);
        return false;
      }),
    write: (kinds) => (kinds === null ? null : (encodeList(kinds) ?? "")),
  }),
  nodeKeys("themes", "themes", "theme", "; it was left out of the theme filter"),
  date("from", "from", "start"),
  date("to", "to", "end"),
  flag("undated", "undated"),
  flag("fade", "fade"),
  param({
    name: "lineage",
    field: "lineage",
    read: (value, r) => r.node(value, "document", "; lineage is traced from a document") ?? null,
    write: orNull,
  }),
  param({ name: "path", field: "path", read: readPath, write: (pair) => (pair ? (encodeList(pair) ?? "") : null) }),
  flag("timely", "timely"),
  oneOf("layout", "layout", LAYOUTS),
  param({
    name: "source",
    field: "source",
    read(value, r) {
      if (r.graph.getAttribute("sources").some((s) => s.id === value)) return value;
      r.warn(`No source ${quoted(value)} in this dataset; no source was opened.`);
      return null;
    },
    write: orNull,
  }),
  oneOf("view", "view", VIEWS),
  param({
    name: "story",
    field: "story",
    read(value, r) {
      if (findStory(r.graph, value)) return value;
      r.warn(`No story ${quoted(value)} in this dataset; no story was opened.`);
      return null;
    },
    write: orNull,
  }),
  // Checked against the story's length once every parameter is read (url.ts); 0 marks "not a step".
  param({
    name: "step",
    field: "step",
    read: (value) => (/^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : 0),
    write: (step, state) => (state.story === null ? null : String(step)),
  }),
];

/** Parameters a link may hold alone to open a story's step as the story shows it. */
export const STORY_PARAMS: ReadonlySet<string> = new Set(["story", "step", "v"]);

function readPath(value: string, r: ParamReader): [string, string] | null {
  const keys = value.split(",");
  if (keys.length !== 2 || !keys[0] || !keys[1]) {
    r.warn(`${quoted(`path=${value}`)} needs two node keys separated by a comma (path=a,b); it was ignored.`);
    return null;
  }
  if (keys[0] === keys[1]) {
    r.warn(`${quoted(`path=${value}`)} names the same node twice; pick two different nodes.`);
    return null;
  }
  const [a, b] = [r.node(keys[0]), r.node(keys[1])];
  return a && b ? [a, b] : null;
}
