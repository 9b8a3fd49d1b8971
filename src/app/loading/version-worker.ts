// Computes a `?dataset=` file's data version (io's dataVersion of its parsed JSON) while
// the page or the import worker parses and checks the same bytes: on its own core, the walk over
// every value no longer stands between the download and the first frame.
import { parseJson } from "../../io/json-text";
import { dataVersion } from "../../io/data-version";
import { decodeChunks } from "./decode-chunks";
import type { VersionReply } from "./dataset-fingerprint";

self.onmessage = (event: MessageEvent<Uint8Array[]>) => {
  let reply: VersionReply;
  try {
    // parseJson: too deep a file has no version (the page says why), rather than no answer at all.
    const parsed = parseJson(decodeChunks(event.data));
    reply = { version: parsed.ok ? dataVersion({ json: parsed.value }) : null };
  } catch {
    // Not JSON: the dataset fails to load, and says why, without a version.
    reply = { version: null };
  }
  self.postMessage(reply);
};
