// "Save": the draft as a zip ready to unzip into graph-data/, or, where the browser has the File
// System Access API, written straight into a folder the user picks.
import { datasetFileList, datasetZip } from "../../io/dataset-zip";
import { type Draft, toContractJson } from "../../state/edits";
import { download } from "../../ui/files/download";

function filesOf(draft: Draft) {
  return {
    name: `${draft.graph.id}.json`,
    json: toContractJson(draft),
    texts: new Map(draft.sources.map((s) => [s.ref.id, s.text])),
  };
}

export function saveDraftZip(draft: Draft): void {
  const bytes = datasetZip(filesOf(draft));
  download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" }), `${draft.graph.id}.zip`);
}

interface DirectoryHandle {
  getDirectoryHandle(name: string, options: { create: boolean }): Promise<DirectoryHandle>;
  getFileHandle(
    name: string,
    options: { create: boolean },
  ): Promise<{ createWritable(): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }> }>;
}

export async function saveDraftToFolder(draft: Draft): Promise<void> {
  const pick = (window as unknown as { showDirectoryPicker: (o: object) => Promise<DirectoryHandle> })
    .showDirectoryPicker;
  let folder: DirectoryHandle;
  try {
    folder = await pick({ mode: "readwrite" });
  } catch {
    return; // the user closed the picker
  }
  for (const [path, text] of datasetFileList(filesOf(draft))) {
    const [dir, name] = path.includes("/") ? path.split("/") : [null, path];
    const parent = dir ? await folder.getDirectoryHandle(dir, { create: true }) : folder;
    const writable = await (await parent.getFileHandle(name!, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  }
}
