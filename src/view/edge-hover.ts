// The relation under the pointer. Only the canvas cares about it (the panels never show it), so it
// is kept per sigma instance here rather than in the app's stores: the events controller writes it
// and the reducers controller reads it.
import type Sigma from "sigma";

import { createStore, type Store } from "../state/store";

const stores = new WeakMap<Sigma, Store<string | null>>();

export function edgeHoverStore(sigma: Sigma): Store<string | null> {
  let store = stores.get(sigma);
  if (!store) {
    store = createStore<string | null>(null);
    stores.set(sigma, store);
  }
  return store;
}
