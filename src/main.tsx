// The page's entry, small on purpose: a `?dataset=` file starts downloading (app/loading/download.ts)
// before the app is loaded as a chunk of its own. While that chunk is fetched, compiled and run,
// the page is free to take the response and start the worker that reads a large file: at 10k nodes
// both began about 90 ms sooner than when the download waited for the app's first render.
import { prefetchDataset } from "./app/loading/download";

prefetchDataset(window.location.search, window.location.href);

import("./mount").catch((error: unknown) => {
  // Never a page that says "Loading…" for ever: the first paint's status line says what failed.
  const status = document.querySelector(".first-paint-status") ?? document.body;
  const reason = error instanceof Error ? error.message : String(error);
  status.textContent = `The explorer could not be loaded (${reason}). Reload the page to try again.`;
});
