// Everything that defines a view, in one serialisable object: the URL carries it, so any view
// can be shared as a link. Ephemeral things (hover, the player, the camera) are not here: the
// session (session.ts) holds them beside it. Each field is one link parameter (url-params.ts).
import type { Kind } from "../model";

export type LayoutMode = "force" | "time";
export type ViewMode = "graph" | "table";

export interface ViewState {
  /** Selected node key (`select=`). */
  select: string | null;
  /** Selected edge key (`edge=`); never set together with `select`. */
  edge: string | null;
  /** Search text (`q=`). */
  q: string;
  /** Organisations whose footprint is shown (`org=a,b`). Empty: no organisation filter. */
  orgs: string[];
  /** Kinds shown (`kinds=event,document`). Null: all kinds. */
  kinds: Kind[] | null;
  /** Themes (`themes=a,b`): keep what addresses any of them. Empty: no theme filter. */
  themes: string[];
  /** Date range (`from=`, `to=`), ISO at year, month or day precision. */
  from: string | null;
  to: string | null;
  /** Keep undated nodes when a date range is set (`undated=0` drops them). */
  undated: boolean;
  /** Filtered-out items are faded (true, `fade=1`) or hidden (false, `fade=0`). */
  fade: boolean;
  /** Document whose lineage is traced (`lineage=`). */
  lineage: string | null;
  /** Two nodes whose connections are explained (`path=a,b`). */
  path: [string, string] | null;
  /** Only time-respecting paths (`timely=1`). */
  timely: boolean;
  layout: LayoutMode;
  /** Source open in the reader (`source=`). */
  source: string | null;
  view: ViewMode;
  /** Guided story being played (`story=`), and its step, counted from 1 (`step=`). */
  story: string | null;
  step: number;
}

export const DEFAULT_VIEW: ViewState = {
  select: null,
  edge: null,
  q: "",
  orgs: [],
  kinds: null,
  themes: [],
  from: null,
  to: null,
  undated: true,
  fade: true,
  lineage: null,
  path: null,
  timely: false,
  layout: "force",
  source: null,
  view: "graph",
  story: null,
  step: 1,
};
