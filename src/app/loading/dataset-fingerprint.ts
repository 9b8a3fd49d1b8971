// The data version of a `?dataset=` JSON file, computed in a worker of its own (version-worker.ts)
// by io's dataVersion at the same time as the file is parsed and checked. Started before the
// download, so the worker's script loads meanwhile. Without a worker (Node, a failed start), the
// reader computes it itself.

export interface VersionReply {
  /** null: the bytes are not JSON. */
  version: string | null;
}

export interface Fingerprinting {
  /**
   * Gives the worker the file's bytes: moved (the caller no longer reads them) or, with `copy`, a
   * copy. False when no worker is there to take them: the caller computes the version itself.
   */
  give(chunks: Uint8Array[], copy?: boolean): boolean;
  /** The version of what was given; null when no worker gave one. */
  version: Promise<string | null>;
  stop(): void;
}

const NONE: Fingerprinting = { give: () => false, version: Promise.resolve(null), stop: () => {} };

/**
 * `json`: the file may be JSON. Only a JSON file's version is read from its bytes; GEXF and CSV
 * versions come from the graph read (read-dataset.ts), so for them no worker is started and no
 * copy of the bytes is made (7 MB at 10k nodes, on the page, just before the import worker gets them).
 */
export function startFingerprinting(json: boolean): Fingerprinting {
  if (!json || typeof Worker === "undefined") return NONE;
  let settle: (version: string | null) => void = () => {};
  const version = new Promise<string | null>((resolve) => (settle = resolve));
  const worker = new Worker(new URL("./version-worker.ts", import.meta.url), { type: "module" });
  let alive = true;
  const stop = () => {
    alive = false;
    worker.terminate();
    settle(null);
  };
  worker.onmessage = (event: MessageEvent<VersionReply>) => {
    settle(event.data.version);
    stop();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    stop();
  };
  const give = (chunks: Uint8Array[], copy = false) => {
    if (!alive) return false;
    worker.postMessage(chunks, copy ? [] : [...new Set(chunks.map((c) => c.buffer as ArrayBuffer))]);
    return true;
  };
  return { give, version, stop };
}
