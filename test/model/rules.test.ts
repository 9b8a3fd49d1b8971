// One broken fixture per validation rule. Each is the same small valid graph with exactly one thing
// wrong, so the loader must report exactly one error, at the right place, saying what is wrong.
import { readdirSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { formatProblem } from "../../src/model";
import { errorsOf, FIXTURES, loadFixture } from "./fixture";

interface Expected {
  where: string;
  field?: string;
  message: RegExp;
}

const EDGE = 'edge "icct" -> "hague-conference-2011" (hosted)';
const CONF = 'node "hague-conference-2011"';
const KINDS = /event, organisation, person, document, theme/;

const RULES: Record<string, Expected> = {
  "missing-kind": { where: 'node "icct"', field: "kind", message: /^is required \(one of .*\)$/ },
  "bad-kind": { where: 'node "icct"', field: "kind", message: /"institution" is not a kind; must be one of/ },
  "missing-label": { where: 'node "icct"', field: "label", message: /^is required$/ },
  "short-too-long": { where: 'node "icct"', field: "short", message: /a short name is at most 32 characters/ },
  "node-without-sources": { where: CONF, field: "sources", message: /needs at least one citation/ },
  "edge-without-sources": { where: EDGE, field: "sources", message: /^is required$/ },
  "graph-without-sources": { where: "graph", field: "attributes.sources", message: /at least one source/ },
  "bad-options": { where: "graph", field: "options.type", message: /must be "directed"/ },
  "key-not-kebab": { where: 'node "Rome_Memorandum"', field: "key", message: /kebab-case/ },
  "duplicate-node-key": { where: 'node "icct"', field: "key", message: /duplicate node key \(also nodes\[0\]\)/ },
  "missing-endpoint": {
    where: 'edge "icct" -> "lucca-meeting-2011" (hosted)',
    field: "target",
    message: /endpoint "lucca-meeting-2011" is not a node/,
  },
  "unknown-relation": {
    where: 'edge "icct--hosted--hague-conference-2011" "icct" -> "hague-conference-2011" (sponsored)',
    field: "relation",
    message: /unknown relation "sponsored"; known: hosted, /,
  },
  "wrong-kinds": {
    where: 'edge "icct" -> "good-practices-document" (hosted)',
    field: "relation",
    message: /"hosted" joins organisation\/person to event, not organisation to document/,
  },
  "self-loop": { where: 'edge "icct" -> "icct" (member-of)', message: /may not join a node to itself/ },
  "impossible-date": { where: CONF, field: "start", message: /"2011-02-30" is not an ISO date/ },
  "date-not-iso": { where: CONF, field: "end", message: /"9 December 2011" is not an ISO date/ },
  "end-before-start": { where: CONF, field: "end", message: /ends \(2011-11\) before it starts \(2011-12-06\)/ },
  "edge-bad-date": { where: EDGE, field: "start", message: /"2011-12-32" is not an ISO date/ },
  "duplicate-edge": {
    where: 'edge "icct-hosted-again" "icct" -> "hague-conference-2011" (hosted)',
    message: /duplicate edge: "icct" already has a "hosted" edge to "hague-conference-2011"/,
  },
  "duplicate-edge-key": {
    where: 'edge "icct--hosted--hague-conference-2011" "unicri" -> "hague-conference-2011" (hosted)',
    field: "key",
    message: /duplicate edge key "icct--hosted--hague-conference-2011"/,
  },
  "undirected-edge": { where: EDGE, field: "undirected", message: /edges are directed/ },
  "unknown-source": {
    where: 'node "icct"',
    field: "sources[0].source",
    message: /unknown source "icct-annual-report"/,
  },
  "quote-not-in-source": {
    where: EDGE,
    field: "sources[0].quote",
    message: /quote not found word for word in source "seed": "ICCT alone hosted/,
  },
  "source-listed-twice": { where: "graph", field: "attributes.sources[1].id", message: /"seed" is listed twice/ },
  "source-without-text": {
    where: "graph",
    field: "attributes.sources[1]",
    message: /source "lost-report" has no text file \(sources\/lost-report\.md or \.txt/,
  },
  "lineage-cycle": {
    where: 'lineage "good-practices-document" -> "rome-memorandum" -> "good-practices-document"',
    message: /form a cycle/,
  },
  "lineage-forward": {
    where: 'edge "good-practices-document" -> "rome-memorandum" (derived-from)',
    message: /from the earlier document \(2011-12\) to a later one \(2012-06-07\)/,
  },
  "node-rejected-with-edges": { where: CONF, field: "kind", message: /"conference" is not a kind/ },
};

describe("each rule, on a fixture broken in one place", () => {
  it.each(Object.entries(RULES))("%s: one error, naming the place and the fault", (name, expected) => {
    const file = `broken/${name}.json`;
    const result = loadFixture(file);
    expect(result.ok).toBe(false);
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error.where).toBe(expected.where);
    expect(error.field).toBe(expected.field);
    expect(error.message).toMatch(expected.message);
    const line = formatProblem(error);
    expect(line.startsWith(`test/fixtures/${file}: ${expected.where}`)).toBe(true);
    expect(line).toContain(expected.field ? `, field ${expected.field}: ` : `${expected.where}: `);
  });

  it("covers every broken fixture", () => {
    const files = readdirSync(join(FIXTURES, "broken")).filter((n) => n.endsWith(".json"));
    expect(files.map((n) => n.replace(/\.json$/, "")).sort()).toEqual(Object.keys(RULES).sort());
  });

  it("names every kind when the kind is wrong", () => {
    for (const name of ["missing-kind", "bad-kind"])
      expect(errorsOf(loadFixture(`broken/${name}.json`))[0].message).toMatch(KINDS);
  });
});

describe("the valid fixture", () => {
  it("loads with no problems, every node and edge in the graph", () => {
    const result = loadFixture("valid/dataset.json");
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.graph.order).toBe(8);
    expect(result.graph.size).toBe(7);
    expect(result.graph.getNodeAttribute("rome-memorandum", "start")).toBe("2012-06-07");
    expect(result.graph.hasEdge("rome-memorandum--derived-from--good-practices-document")).toBe(true);
  });
});
