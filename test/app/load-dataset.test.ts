import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { loadDefaultDataset } from "../../src/app/loading/load-default";
import { datasetParam, resolveDatasetUrl } from "../../src/app/loading/dataset-address";
import { failedDataset, readUrlDataset, unreadableDataset } from "../../src/app/loading/url-dataset";
import { sourceIdOf } from "../../src/io";
import { exportCsv } from "../../src/io/export-csv";

const BASE = "http://127.0.0.1:4000/index.html";
const FIXTURES = fileURLToPath(new URL("../fixtures/e2e/", import.meta.url));

/** Serves `/fixtures/…` from test/fixtures/e2e, like the e2e harness; anything else is a 404. */
async function fakeFetch(url: URL): Promise<string> {
  if (!url.pathname.startsWith("/fixtures/")) throw new Error("404 Not Found");
  try {
    return await readFile(FIXTURES + url.pathname.slice("/fixtures/".length), "utf8");
  } catch {
    throw new Error("404 Not Found");
  }
}

describe("the default dataset", () => {
  it("loads with every source text, so the explorer opens on it", () => {
    const { result, file } = loadDefaultDataset();
    expect(file).toBe("graph-data/veo-rehabilitation.json");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.hasNode("rome-memorandum")).toBe(true);
  });

  it("names each source text by its file name", () => {
    expect(["../../graph-data/sources/seed.md", "../x/minutes.txt"].map(sourceIdOf)).toEqual(["seed", "minutes"]);
    const { result } = loadDefaultDataset();
    expect(result.ok && Object.keys(result.texts).length).toBe(
      result.ok && result.graph.getAttribute("sources").length,
    );
  });
});

describe("?dataset=", () => {
  it("reads the parameter, trimmed, or null when absent", () => {
    expect(datasetParam("?dataset=%20fixtures/xss.json%20&select=a")).toBe("fixtures/xss.json");
    expect(datasetParam("?select=a")).toBeNull();
  });

  it("accepts only relative paths to a dataset file on the same site", () => {
    for (const good of ["fixtures/small.gexf", "fixtures/flat.json", "fixtures/export-nodes.csv"])
      expect(resolveDatasetUrl(good, BASE), good).toBeInstanceOf(URL);
    expect(resolveDatasetUrl("fixtures/xss.json", BASE)).toEqual(new URL("http://127.0.0.1:4000/fixtures/xss.json"));
    for (const bad of [
      "https://evil.example/x.json",
      "//evil.example/x.json",
      "/etc/passwd.json",
      "javascript:alert(1)",
      "fixtures/xss.html",
      "",
    ])
      expect(typeof resolveDatasetUrl(bad, BASE), bad).toBe("string");
  });

  /** What openUrlDataset does, in one go: resolve, fetch, read. */
  async function loadUrlDataset(path: string) {
    const url = resolveDatasetUrl(path, BASE);
    if (typeof url === "string") return failedDataset(path, url);
    let text: string;
    try {
      text = await fakeFetch(url);
    } catch (error) {
      return unreadableDataset(path, error);
    }
    return readUrlDataset(path, url, text, fakeFetch);
  }

  it("loads a test dataset and the source texts beside it", async () => {
    const { result } = await loadUrlDataset("fixtures/xss.json");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.getNodeAttribute("hostile-org", "label")).toContain("<img");
  });

  it("turns a missing file, bad JSON or a refused path into a problem naming the path", async () => {
    const missing = await loadUrlDataset("fixtures/none.json");
    expect(missing.result.ok).toBe(false);
    if (!missing.result.ok) expect(missing.result.problems[0]).toMatchObject({ file: "fixtures/none.json" });
    if (!missing.result.ok) expect(missing.result.problems[0].message).toMatch(/could not read.*404/);

    const notJson = await readUrlDataset("fixtures/sources.json", new URL("fixtures/sources.json", BASE), "{ not json");
    expect(notJson.result.ok).toBe(false);

    const refused = await loadUrlDataset("https://evil.example/x.json");
    expect(refused.result.ok).toBe(false);
    if (!refused.result.ok) expect(refused.result.problems[0].message).toMatch(/not a relative path/);
  });
});

describe("?dataset= of a CSV export", () => {
  it("reads the nodes file named and the edges file beside it, as Open file reads the pair", async () => {
    const { result: veo } = loadDefaultDataset();
    if (!veo.ok) throw new Error("the default dataset must load");
    const [nodes, edges] = exportCsv(veo.graph);
    const served = new Map([
      ["/data/veo-nodes.csv", nodes.text],
      ["/data/veo-edges.csv", edges.text],
      ...Object.entries(veo.texts).map(([id, text]) => [`/data/sources/${id}.md`, text] as [string, string]),
    ]);
    const fetchText = async (url: URL) => served.get(url.pathname) ?? Promise.reject(new Error("404 Not Found"));
    const url = resolveDatasetUrl("data/veo-nodes.csv", BASE) as URL;
    const { result } = await readUrlDataset("data/veo-nodes.csv", url, nodes.text, fetchText);
    expect(result.ok && [result.format, result.graph.order, result.graph.size, result.unverified.size]).toEqual([
      "csv",
      veo.graph.order,
      veo.graph.size,
      0,
    ]);
    served.delete("/data/veo-edges.csv");
    const missing = await readUrlDataset("data/veo-nodes.csv", url, nodes.text, fetchText);
    expect(!missing.result.ok && missing.result.problems[0]?.message).toBe(
      'could not read "data/veo-edges.csv": 404 Not Found',
    );
  });
});
