// Reads and checks a large file away from the page, so the page stays responsive and can show
// progress and a Cancel button. The same for a large `?dataset=` file, whose bytes the page has
// fetched: it is parsed and checked here. The graph comes back serialised (graphology's export format).
import "../csp";

import { importFiles } from "../../io";
import {
  decodeChunks,
  type ImportRequest,
  readAll,
  sendDataset,
  sourceTextsOf,
  type WorkerReply,
} from "./import-messages";
import { readUrlDataset } from "./load-url-dataset";

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  const request = event.data;
  if (request.type === "dataset") {
    const text = decodeChunks(request.chunks);
    const fingerprint = request.fingerprint === false ? () => "" : undefined;
    const loaded = await readUrlDataset(request.path, new URL(request.url), text, undefined, fingerprint);
    return post({ type: "dataset", loaded: sendDataset(loaded) });
  }
  const files = await readAll(request.files, (done, total) => post({ type: "progress", done, total }));
  const result = importFiles(files);
  post({
    type: "result",
    texts: sourceTextsOf(files),
    result: result.ok
      ? { ...result, graph: result.graph.export(), unverified: [...result.unverified] }
      : { ok: false, problems: result.problems },
  });
};
