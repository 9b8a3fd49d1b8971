// A draft is checked as `npm run validate` checks a saved dataset: the same reader (io/read-dataset),
// strict, over the files Save would write, so what the edit mode accepts validate accepts.
import { type DatasetRead, readDataset } from "../../io/read-dataset";
import { type Draft, draftTexts, toContractJson } from "./draft";

export function checkDraft(draft: Draft, file = `${draft.graph.id}.json`): DatasetRead {
  const texts = draftTexts(draft);
  const files = [
    { name: file, text: JSON.stringify(toContractJson(draft)) },
    ...Object.keys(texts).map((id) => ({ name: `sources/${id}.md`, text: texts[id]! })),
  ];
  return readDataset(files, { strict: true });
}
