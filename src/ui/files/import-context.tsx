// Opening a local file: the app reads and checks it (in a worker when it is large) and either
// switches to the new graph or reports every problem. Panels reach that through this context.
import { createContext, useContext, type ReactNode } from "react";

import type { Problem } from "../../model";

export type ImportStatus =
  | { phase: "idle" }
  | { phase: "reading"; names: string; done: number; total: number; cancel: () => void }
  | { phase: "failed"; names: string; problems: readonly Problem[] };

export interface ImportControls {
  status: ImportStatus;
  /** Files the reader picked or dropped: one dataset, with its source texts if they have them. */
  openFiles: (files: readonly File[]) => void;
  /** Closes the report of a failed import. */
  dismiss: () => void;
}

const ImportContext = createContext<ImportControls | null>(null);

export function ImportProvider({ value, children }: { value: ImportControls; children: ReactNode }) {
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>;
}

export function useImport(): ImportControls {
  const value = useContext(ImportContext);
  if (!value) throw new Error("useImport: used outside <ImportProvider>");
  return value;
}
