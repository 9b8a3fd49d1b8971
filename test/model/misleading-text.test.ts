// Issue 17, item 4: bidi controls are refused in keys with a located message, written out (⟨U+202E⟩)
// in labels and in every message, and a label of only invisible characters counts as empty.
import { describe, expect, test } from "vitest";

import { importFile } from "../../src/io/import-file";
import { formatProblem, isBlank, loadDataset, visibleText } from "../../src/model";
import {
  BIDI_KEY,
  BIDI_LABEL,
  contractDataset,
  flatDataset,
  HOSTILE_TEXTS,
  ZERO_WIDTH_LABEL,
} from "../fixtures/hostile";

const RAW_BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function problemsOf(result: ReturnType<typeof importFile>) {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.problems;
}

describe("bidi controls in keys", () => {
  test("must show: a graphology JSON key `org-\\u202ec` is refused, its place written out", () => {
    const problems = problemsOf(importFile("bidi.json", JSON.stringify(flatDataset(BIDI_KEY, "Org"))));
    expect(problems[0]).toMatchObject({
      where: 'node "org-⟨U+202E⟩c"',
      field: "key",
      severity: "error",
      message: expect.stringContaining("may not contain ⟨U+202E⟩, a bidirectional control character"),
    });
    for (const p of problems) expect(formatProblem(p)).not.toMatch(RAW_BIDI);
  });

  test("must show: in the data contract (and so in npm run validate) the line cannot turn around", () => {
    const result = loadDataset(contractDataset(BIDI_KEY, "Org"), HOSTILE_TEXTS, { file: "bidi.json" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.where).toBe('node "org-⟨U+202E⟩c"');
    const lines = result.problems.map(formatProblem);
    expect(lines[0]).toBe(
      'bidi.json: node "org-⟨U+202E⟩c", field key: key must be kebab-case (lower-case letters, digits and single hyphens)',
    );
    for (const line of lines) expect(line).not.toMatch(RAW_BIDI);
  });

  test("edge keys, CSV and GEXF ids are refused the same way", () => {
    const edgeKey = { nodes: [{ key: "a" }, { key: "b" }], edges: [{ key: "e\u2066x", source: "a", target: "b" }] };
    expect(problemsOf(importFile("e.json", JSON.stringify(edgeKey)))[0]).toMatchObject({
      field: "key",
      message: expect.stringContaining("⟨U+2066⟩"),
    });
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="org-&#x202e;c"/></nodes><edges/></graph></gexf>`;
    expect(problemsOf(importFile("bidi.gexf", gexf))[0]).toMatchObject({ where: 'node "org-⟨U+202E⟩c"', field: "key" });
  });
});

describe("bidi controls in labels", () => {
  test("must show: a label `\\u202Eevil\\u202C Org` shows its controls written out, with a warning", () => {
    const result = loadDataset(contractDataset("evil-org", BIDI_LABEL), HOSTILE_TEXTS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.getNodeAttribute("evil-org", "label")).toBe("⟨U+202E⟩evil⟨U+202C⟩ Org");
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ where: 'node "evil-org"', field: "label", severity: "warning" }),
    );
    const flat = importFile("flat.json", JSON.stringify(flatDataset("evil-org", BIDI_LABEL)));
    expect(flat.ok && flat.graph.getNodeAttribute("evil-org", "label")).toBe("⟨U+202E⟩evil⟨U+202C⟩ Org");
  });

  test("visibleText writes out bidi and control characters, and leaves other text alone", () => {
    expect(visibleText("a\u200Fb\u061Cc\u2069d\u0007e")).toBe("a⟨U+200F⟩b⟨U+061C⟩c⟨U+2069⟩d⟨U+0007⟩e");
    for (const text of ["Ayşe Çelik", "line\nbreak\ttab", "👩‍👩‍👧 family", "مرحبا", "עברית"])
      expect(visibleText(text)).toBe(text);
  });
});

describe("invisible labels", () => {
  test("must show: a label that is only \\u200B is empty: refused in the contract, the key shown otherwise", () => {
    const result = loadDataset(contractDataset("org", ZERO_WIDTH_LABEL), HOSTILE_TEXTS);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          where: 'node "org"',
          field: "label",
          message: "must not be empty: it has only invisible characters",
        }),
      );
    const flat = importFile("flat.json", JSON.stringify(flatDataset("org", ZERO_WIDTH_LABEL)));
    expect(flat.ok && flat.graph.getNodeAttribute("org", "label")).toBe("org");
  });

  test("isBlank: white space, zero-width characters, joiners, BOM, soft hyphen and fillers show nothing", () => {
    for (const text of [
      "",
      " ",
      "\u200B",
      "\u200C\u200D",
      "\u2060\uFEFF",
      "\u00AD",
      "\u3164",
      "\u115F\u1160",
      " \u200B\t",
    ])
      expect(isBlank(text), JSON.stringify(text)).toBe(true);
    for (const text of ["a", "\u200Ba", "·", "🙂"]) expect(isBlank(text)).toBe(false);
  });
});
