// The one React context of the explorer: the session (state/session.ts), read by the panels (ui/)
// and the canvas (view/) alike, and the one hook that binds a store to a component. It sits between
// state/ and view/ | ui/ because both need it and neither may import the other. useExplorer fails
// loudly outside the provider, so a panel mounted in the wrong place is caught at once.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";

import type { Session } from "../state/session";
import type { Store } from "../state/store";

const ExplorerContext = createContext<Session | null>(null);

export function ExplorerProvider({ value, children }: { value: Session; children: ReactNode }) {
  return <ExplorerContext.Provider value={value}>{children}</ExplorerContext.Provider>;
}

export function useExplorer(): Session {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error("useExplorer: used outside <ExplorerProvider>");
  return value;
}

/**
 * The store's value, re-rendering when it changes; with `select`, only the part it picks (which
 * must stay the same by Object.is while that part is unchanged: a field, not a new object).
 */
export function useStore<T>(store: Store<T>): T;
export function useStore<T, U>(store: Store<T>, select: (value: T) => U): U;
export function useStore<T, U>(store: Store<T>, select?: (value: T) => U): T | U {
  const get: () => T | U = select ? () => select(store.get()) : store.get;
  return useSyncExternalStore<T | U>(store.subscribe, get, get);
}
