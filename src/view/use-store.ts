// view/ may not import ui/, so it binds to the shared stores with its own one-line hook.
import { useSyncExternalStore } from "react";

import type { Store } from "../state/store";

export function useStoreValue<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
