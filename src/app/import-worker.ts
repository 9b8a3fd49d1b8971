// Reads and checks a large file away from the page, so the page stays responsive and can show
// progress and a Cancel button. The graph comes back serialised (graphology's export format).
import "./csp";

import { importFiles } from "../io";
import { readAll, sourceTextsOf, type WorkerReply } from "./import-messages";

self.onmessage = async (event: MessageEvent<{ files: File[] }>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  const files = await readAll(event.data.files, (done, total) => post({ type: "progress", done, total }));
  const result = importFiles(files);
  post({
    type: "result",
    texts: sourceTextsOf(files),
    result: result.ok
      ? { ...result, graph: result.graph.export(), unverified: [...result.unverified] }
      : { ok: false, problems: result.problems },
  });
};
