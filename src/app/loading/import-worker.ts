// Reads and checks a large file away from the page, so the page stays responsive and can show
// progress and a Cancel button: files the reader opened, or a large `?dataset=` file whose bytes the
// page fetched. Either way readDataset reads it; the protocol is import-messages.ts.
import { type GraphPreview, previewTransfer } from "../../io/preview";
import { readDataset } from "../../io/read-dataset";
import { decodeChunks, type ImportRequest, readAll, sendRead, type WorkerReply } from "./import-messages";
import { fetchOk, readUrlDataset } from "./url-dataset";

/** Called when the page says the file's picture is on screen. */
let drawn = () => {};

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  const request = event.data;
  if (request.type === "drawn") return drawn();
  if (request.type === "dataset") {
    const { path, url, chunks, versionElsewhere } = request;
    // The full read waits until the page has drawn the picture: on two cores it would otherwise
    // take the CPU that drawing it needs, as the page's own read does (open-url-dataset.ts).
    const onPreview = (preview: GraphPreview) => {
      self.postMessage({ type: "preview", preview } satisfies WorkerReply, { transfer: previewTransfer(preview) });
      return new Promise<void>((resolve) => (drawn = resolve));
    };
    const text = decodeChunks(chunks);
    const loaded = await readUrlDataset(path, new URL(url), text, fetchOk, { versionElsewhere, onPreview });
    return post({ type: "read", read: sendRead(loaded.result) });
  }
  const files = await readAll(request.files, (done, total) => post({ type: "progress", done, total }));
  post({ type: "read", read: sendRead(readDataset(files)) });
};
