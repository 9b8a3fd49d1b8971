// npm run claims: every claim as the app words it, with each quote in its source sentence; a
// seeded sample that is the same on every run; bad options named, with exit code 2.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { listClaims, parseArgs, sampleClaims, sentenceAround, type Claim } from "../../src/cli/claims-list";
import { readDatasetFiles } from "../../src/cli/read-dataset";
import type { DataGraph } from "../../src/model";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function claims(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "src/cli/claims.ts", ...args], { cwd: ROOT }, (error, out, err) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, out, err }),
    );
  });
}

vi.setConfig({ testTimeout: 60_000 });

let graph: DataGraph;
let all: Claim[];
beforeAll(() => {
  const { result } = readDatasetFiles([
    fileURLToPath(new URL("../../graph-data/veo-rehabilitation.json", import.meta.url)),
  ]);
  if (!result.ok) throw new Error("the default dataset does not load");
  graph = result.graph;
  all = listClaims(graph);
});

describe("listClaims", () => {
  it("has one claim per node and per edge, worded as the app words it", () => {
    expect(all).toHaveLength(graph.order + graph.size);
    const hosted = all.find((c) => c.where === 'edge "icct" -> "hague-conference-2011" (co-hosted)');
    expect(hosted?.sentence).toMatch(/^ICCT – International Centre for Counter-Terrorism co-hosted Hague conference/);
    const icct = all.find((c) => c.where === 'node "icct"');
    expect(icct?.sentence).toMatch(/^Organisation: ICCT/);
  });
});

describe("sampleClaims", () => {
  const items = Array.from({ length: 50 }, (_, i) => i);

  it("draws the same claims for the same seed, in dataset order, without repeats", () => {
    const a = sampleClaims(items, 20, 7);
    expect(a).toEqual(sampleClaims(items, 20, 7));
    expect(new Set(a).size).toBe(20);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(sampleClaims(items, 20, 8)).not.toEqual(a);
  });

  it("gives everything when asked for more than there is", () => {
    expect(sampleClaims(items, 80, 1)).toEqual(items);
  });
});

describe("sentenceAround", () => {
  const text = "## Heading\n\nFirst sentence here. Dr. Stone brought the [document](#) to them. Last one.";

  it("gives the whole sentence that holds the quote, Markdown read as a reader sees it", () => {
    expect(sentenceAround(text, "brought the document")).toBe("Dr. Stone brought the document to them.");
  });

  it("says null for a quote that is not in the text", () => {
    expect(sentenceAround(text, "not there")).toBeNull();
  });

  it("cuts a very long sentence with an ellipsis either side", () => {
    const long = `${"word ".repeat(200)}the quote ${"more ".repeat(200)}end.`;
    const around = sentenceAround(long, "the quote")!;
    expect(around.startsWith("…")).toBe(true);
    expect(around.endsWith("…")).toBe(true);
    expect(around.length).toBeLessThan(700);
  });
});

describe("parseArgs", () => {
  it("reads the file, --sample and --seed", () => {
    expect(parseArgs(["x.json", "--sample", "5", "--seed", "3"])).toEqual({ file: "x.json", sample: 5, seed: 3 });
    expect(parseArgs([])).toMatchObject({ file: "graph-data/veo-rehabilitation.json", seed: 1 });
  });

  it("names a bad option or value", () => {
    expect(() => parseArgs(["--sample", "many"])).toThrow(/--sample needs a whole number of at least 1, got "many"/);
    expect(() => parseArgs(["--seed"])).toThrow(/--seed needs a whole number.*got nothing/);
    expect(() => parseArgs(["--verbose"])).toThrow(/unknown option "--verbose"/);
  });
});

describe("npm run claims", () => {
  it("prints a reproducible sample with quotes and their sentences", async () => {
    const [a, b] = await Promise.all([claims("--sample", "4", "--seed", "7"), claims("--sample", "4", "--seed", "7")]);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out).toMatch(/4 of \d+ claims, sampled with seed 7/);
    expect(a.out).toMatch(/\n {2}> "/);
    expect(a.out).toMatch(/\n {4}in: /);
  });

  it("exits 2 with a message on a bad option, and 1 on a broken dataset", async () => {
    const [bad, broken] = await Promise.all([
      claims("--sample", "0"),
      claims("test/fixtures/broken/unknown-relation.json"),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--sample needs a whole number of at least 1, got "0"/);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/unknown-relation\.json/);
  });
});
