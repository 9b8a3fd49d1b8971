// What each relation of the vocabulary says about itself, and the kinds that recur among them.
import type { Kind } from "../kinds";

export interface RelationSpec {
  /** Short label for panels and legends, in the words a policy researcher uses. */
  label: string;
  /** Sentence template; `{source}` and `{target}` are replaced with node labels. */
  reading: string;
  /** How the relation reads from the target's side ("Hosted by"). */
  inverse: string;
  from: readonly Kind[];
  to: readonly Kind[];
  lineage?: boolean;
}

export const ACTORS = ["organisation", "person"] as const;
export const ANY = ["event", "organisation", "person", "document", "theme", "other"] as const;
