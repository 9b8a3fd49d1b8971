// Which cited passage the source reader should bring into view when it opens ("Show in source").
// Not part of the URL: a link opens the source at its top.
import { createStore } from "../../state/store";

export interface QuoteFocus {
  source: string;
  quote: string;
  /** A fresh object per request, so asking twice for the same passage scrolls to it again. */
}

export const sourceFocus = createStore<QuoteFocus | null>(null);
