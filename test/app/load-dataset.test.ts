import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { loadDefaultDataset, sourceTextsFrom } from "../../src/app/loading/load-default";
import { datasetParam, loadUrlDataset, resolveDatasetUrl } from "../../src/app/loading/load-url-dataset";

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
    expect(sourceTextsFrom({ "../../graph-data/sources/seed.md": "A", "../x/minutes.txt": "B" })).toEqual({
      seed: "A",
      minutes: "B",
    });
  });
});

describe("?dataset=", () => {
  it("reads the parameter, trimmed, or null when absent", () => {
    expect(datasetParam("?dataset=%20fixtures/xss.json%20&select=a")).toBe("fixtures/xss.json");
    expect(datasetParam("?select=a")).toBeNull();
  });

  it("accepts only relative .json paths on the same site", () => {
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

  it("loads a test dataset and the source texts beside it", async () => {
    const { result } = await loadUrlDataset("fixtures/xss.json", BASE, fakeFetch);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.getNodeAttribute("hostile-org", "label")).toContain("<img");
  });

  it("turns a missing file, bad JSON or a refused path into a problem naming the path", async () => {
    const missing = await loadUrlDataset("fixtures/none.json", BASE, fakeFetch);
    expect(missing.result.ok).toBe(false);
    if (!missing.result.ok) expect(missing.result.problems[0]).toMatchObject({ file: "fixtures/none.json" });
    if (!missing.result.ok) expect(missing.result.problems[0].message).toMatch(/could not read.*404/);

    const notJson = await loadUrlDataset("fixtures/sources.json", BASE, async () => "{ not json");
    expect(notJson.result.ok).toBe(false);

    const refused = await loadUrlDataset("https://evil.example/x.json", BASE, fakeFetch);
    expect(refused.result.ok).toBe(false);
    if (!refused.result.ok) expect(refused.result.problems[0].message).toMatch(/not a relative path/);
  });
});
