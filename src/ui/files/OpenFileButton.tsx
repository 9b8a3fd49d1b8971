// "Open file…": picks a dataset (data-contract JSON, GEXF, graphology JSON, or a CSV export's two
// files), optionally with its source texts (.md/.txt). Dropping files on the page does the same.
import { useRef } from "react";

import { useImport } from "./import-context";

export function OpenFileButton() {
  const { openFiles, status } = useImport();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={status.phase === "reading"}
        title="Open a dataset file (JSON, GEXF or CSV) with its source texts, or drop it on the page"
        onClick={() => input.current?.click()}
      >
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label="Dataset file to open"
        accept=".json,.gexf,.xml,.csv,.md,.txt,application/json"
        onChange={(event) => {
          openFiles([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
    </>
  );
}
