// The edit engine: edits over the contract's JSON, undone by their inverse, summarised, and every
// draft checked by the loader `npm run validate` uses.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { normaliseForQuote, selectorAt } from "../../src/model";
import {
  addCitation,
  addRelation,
  addSource,
  applyEdit,
  checkDraft,
  type ContractJson,
  currentDraft,
  type Draft,
  draftFrom,
  emptyDraft,
  invertEdit,
  record,
  redo,
  removeNode,
  startLog,
  summarise,
  summaryLines,
  toContractJson,
  undo,
  updateNode,
} from "../../src/state/edits";

const JSON_TEXT = readFileSync("graph-data/veo-rehabilitation.json", "utf8");
const texts: Record<string, string> = Object.fromEntries(
  readdirSync("graph-data/sources").map((name) => [
    name.replace(/\.(md|txt)$/, ""),
    readFileSync(`graph-data/sources/${name}`, "utf8"),
  ]),
);
const base = () => draftFrom(JSON.parse(JSON_TEXT) as ContractJson, texts);

const PASTED = [
  "# Notes on a meeting",
  "",
  "UNICRI hosted the expert meeting in Turin. The meeting was chaired by a judge.",
  "",
  "Later, UNICRI hosted the expert meeting in Turin again, with the judge presiding.",
].join("\n");
const REF = { id: "meeting-notes", title: "Notes on a meeting", publisher: "A researcher" };

function withNotes(): Draft {
  return applyEdit(base(), addSource(base(), REF, PASTED));
}

/** The citation a reader selection of the `n`th occurrence of `exact` makes. */
function cite(exact: string, n: number) {
  const norm = normaliseForQuote(PASTED);
  let at = -1;
  for (let i = 0; i <= n; i++) at = norm.indexOf(exact, at + 1);
  return { source: REF.id, quote: exact, selector: selectorAt(norm, exact, at) };
}

describe("edit engine", () => {
  it("reads the curated dataset and writes it back as the loader accepts it, unchanged", () => {
    const draft = base();
    expect(checkDraft(draft).ok).toBe(true);
    // Keys the loader would give anyway are not written: the file comes back as it was.
    expect(toContractJson(draft)).toEqual(JSON.parse(JSON_TEXT));
  });

  it("adds a relation to a new node, cited at the second occurrence of a phrase", () => {
    const draft = withNotes();
    const citation = cite("UNICRI hosted the expert meeting in Turin", 1);
    expect(citation.selector.prefix).toMatch(/Later, $/);
    const meeting = {
      key: "turin-expert-meeting",
      attributes: { kind: "event" as const, label: "Expert meeting in Turin", start: "2013-03", sources: [citation] },
    };
    const edit = addRelation(
      draft,
      {
        source: "unicri",
        target: meeting.key,
        attributes: { relation: "hosted", sources: [citation] },
        newNodes: [meeting],
      },
      "UNICRI hosted Expert meeting in Turin",
    );
    const after = applyEdit(draft, edit);
    const result = checkDraft(after);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(after.edges.at(-1)!.key).toBe("unicri--hosted--turin-expert-meeting");
    // Undo is the inverse: the draft before, exactly.
    expect(applyEdit(after, invertEdit(edit))).toEqual(draft);
  });

  it("refuses a selector whose context is not in the source, at its field", () => {
    const draft = withNotes();
    const citation = {
      ...cite("UNICRI hosted the expert meeting", 0),
      selector: { type: "TextQuoteSelector" as const, exact: "UNICRI hosted the expert meeting", prefix: "Nowhere " },
    };
    const result = checkDraft(applyEdit(draft, addCitation(draft, { node: "unicri" }, citation)));
    expect(result.ok).toBe(false);
    const problem = !result.ok && result.problems.find((p) => p.where === 'node "unicri"');
    expect(problem).toMatchObject({ field: expect.stringMatching(/^sources\[\d+\]\.selector$/) });
    const wrongExact = { ...citation, selector: { type: "TextQuoteSelector" as const, exact: "Turin" } };
    const second = checkDraft(applyEdit(draft, addCitation(draft, { node: "unicri" }, wrongExact)));
    expect(!second.ok && second.problems.map((p) => p.field)).toContainEqual(expect.stringMatching(/selector\.exact$/));
  });

  it("removes a node with its relations, and undo puts each back at its place", () => {
    const draft = base();
    const edit = removeNode(draft, "gctf-dr-working-group");
    const after = applyEdit(draft, edit);
    expect(after.nodes.some((n) => n.key === "gctf-dr-working-group")).toBe(false);
    expect(after.edges.some((e) => e.source === "gctf-dr-working-group" || e.target === "gctf-dr-working-group")).toBe(
      false,
    );
    expect(edit.changes.filter((c) => c.kind === "edge").length).toBeGreaterThan(3);
    // A node no story names: nothing else refers to it once its relations are gone.
    const checked = checkDraft(after);
    expect(checked.ok ? [] : checked.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(applyEdit(after, invertEdit(edit))).toEqual(draft);
  });

  it("undoes and redoes through the log, and summarises what changed", () => {
    const draft = withNotes();
    let log = startLog(base());
    log = record(log, addSource(base(), REF, PASTED));
    const node = draft.nodes.find((n) => n.key === "rome-memorandum")!;
    log = record(log, updateNode(draft, node.key, { ...node.attributes, start: "2012-07" }));
    log = record(
      log,
      addCitation(currentDraft(log), { node: "unicri" }, cite("UNICRI hosted the expert meeting in Turin", 0)),
    );
    expect(summaryLines(summarise(log.base, currentDraft(log)))).toEqual([
      "1 node: 1 changed",
      "1 citation: 1 added",
      "1 source: 1 added",
    ]);
    log = undo(log);
    expect(currentDraft(log).nodes.find((n) => n.key === "unicri")!.attributes.sources).toEqual(
      draft.nodes.find((n) => n.key === "unicri")!.attributes.sources,
    );
    log = redo(log);
    expect(summarise(log.base, currentDraft(log)).citations.added).toBe(1);
    const removed = record(log, removeNode(currentDraft(log), "unicri"));
    const s = summarise(removed.base, currentDraft(removed));
    expect(s.nodes.removed).toBe(1);
    expect(s.relations.removed).toBeGreaterThan(3);
  });

  it("starts from nothing: an empty dataset needs a source, then takes nodes", () => {
    const empty = emptyDraft();
    const result = checkDraft(empty);
    expect(!result.ok && result.problems.map((p) => p.field)).toContain("attributes.sources");
    const withSource = applyEdit(empty, addSource(empty, REF, PASTED));
    expect(checkDraft(withSource).ok).toBe(true);
  });
});
