// Which cited passage the source reader should bring into view when it opens ("Show in source").
// Not part of the URL: a link opens the source at its top.
import type { QuoteSelector } from "../../model";
import { createStore } from "../../state/store";

export interface QuoteFocus {
  source: string;
  quote: string;
  /** Picks the occurrence when the same words stand in the source twice. */
  selector?: QuoteSelector;
  /** A fresh object per request, so asking twice for the same passage scrolls to it again. */
}

export const sourceFocus = createStore<QuoteFocus | null>(null);
