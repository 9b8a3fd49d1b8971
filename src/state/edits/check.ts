// Every edit is checked by the loader `npm run validate` uses, so what the editor accepts, the
// validator accepts. One adapter, so moving to io/'s readDataset later is a one-line change.
import { loadDataset, type LoadResult } from "../../model";
import { type Draft, draftTexts, toContractJson } from "./draft";

export function checkDraft(draft: Draft, file = `${draft.graph.id}.json`): LoadResult {
  return loadDataset(toContractJson(draft), draftTexts(draft), { file });
}
