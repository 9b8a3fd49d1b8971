import { mkdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { decodeChunks, reviveRead, sendRead } from "../../src/app/loading/import-messages";
import { resolveDatasetUrl } from "../../src/app/loading/dataset-address";
import { bodySize, prefetchDataset } from "../../src/app/loading/download";
import { readUrlDataset } from "../../src/app/loading/url-dataset";
import { openUrlDataset } from "../../src/app/loading/open-url-dataset";
import { gephiGexf } from "../../src/cli/bench/gexf/gephi-file";
import { PREVIEW_MIN_NODES } from "../../src/io/preview";
import { isReadOnly } from "../../src/model";
import { datasetVersion } from "../../src/queries/version";
import { FIXTURES, startServer, type StaticServer } from "../e2e/server";

/** The e2e harness's server: /fixtures/… from test/fixtures/e2e, over real HTTP on 127.0.0.1. */
let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe("opening ?dataset= on the page", () => {
  it("reports bytes read as they come, then all of them, and gives the dataset with its sources", async () => {
    const size = (await readFile(join(FIXTURES, "xss.json"))).byteLength;
    const seen: [number, number][] = [];
    const opening = openUrlDataset("fixtures/xss.json", server.baseUrl, (done, total) => seen.push([done, total]));
    const loaded = await opening.done;
    expect(loaded?.result.ok).toBe(true);
    if (!loaded?.result.ok) return;
    expect(loaded.result.graph.getAttribute("title")).toBe("<em>Hostile</em> test data");
    expect(Object.keys(loaded.result.texts)).toEqual(["xss-source"]);
    expect(loaded.result.version).toBe(datasetVersion(JSON.parse(await readFile(join(FIXTURES, "xss.json"), "utf8"))));
    expect(seen.at(-1)).toEqual([size, size]);
    expect(
      seen.every(([done, total], i) => (total === 0 || done <= total) && (i === 0 || done >= seen[i - 1]![0])),
    ).toBe(true);
  });

  it("words a missing file, a broken dataset and a refused path, each naming the path", async () => {
    for (const path of ["fixtures/missing.json", "fixtures/broken.json", "https://example.org/x.json"]) {
      const opened = await openUrlDataset(path, server.baseUrl, () => {}).done;
      expect(opened?.file, path).toBe(path);
      expect(opened?.result.ok).toBe(false);
      if (opened && !opened.result.ok) expect(opened.result.problems.every((p) => p.file === path)).toBe(true);
    }
    // A broken dataset reads as readUrlDataset reads its text, whoever fetched it.
    const broken = await openUrlDataset("fixtures/broken.json", server.baseUrl, () => {}).done;
    const url = resolveDatasetUrl("fixtures/broken.json", server.baseUrl) as URL;
    const text = await readFile(join(FIXTURES, "broken.json"), "utf8");
    expect(broken).toEqual(await readUrlDataset("fixtures/broken.json", url, text));
    const refused = await openUrlDataset("https://example.org/x.json", server.baseUrl, () => {}).done;
    if (refused && !refused.result.ok) expect(refused.result.problems[0]!.message).toMatch(/not a relative path/);
    const missing = await openUrlDataset("fixtures/missing.json", server.baseUrl, () => {}).done;
    if (missing && !missing.result.ok)
      expect(missing.result.problems[0]!.message).toBe('could not read "fixtures/missing.json": 404 Not Found');
  });

  it("takes the download the page's first script began, instead of fetching the file again", async () => {
    const plain = await openUrlDataset("fixtures/xss.json", server.baseUrl, () => {}).done;
    const fetches = vi.spyOn(globalThis, "fetch");
    const asked = () => fetches.mock.calls.filter(([url]) => String(url).endsWith("/fixtures/xss.json")).length;
    try {
      prefetchDataset("?dataset=fixtures/xss.json&select=a", server.baseUrl);
      expect(asked()).toBe(1);
      const seen: [number, number][] = [];
      const early = await openUrlDataset("fixtures/xss.json", server.baseUrl, (d, t) => seen.push([d, t])).done;
      expect(asked()).toBe(1);
      expect(early).toEqual(plain);
      const size = (await readFile(join(FIXTURES, "xss.json"))).byteLength;
      expect(seen.at(-1)).toEqual([size, size]);
      // Taken once: a second opening of the same file fetches it again.
      await openUrlDataset("fixtures/xss.json", server.baseUrl, () => {}).done;
      expect(asked()).toBe(2);
      // A path the page may not fetch is not fetched early either: the opening says why.
      fetches.mockClear();
      prefetchDataset("?dataset=https://example.org/x.json", server.baseUrl);
      prefetchDataset("?dataset=fixtures/notes.txt", server.baseUrl);
      expect(fetches).not.toHaveBeenCalled();
    } finally {
      fetches.mockRestore();
    }
  });

  it("goes on with the check only once the preview has been drawn", async () => {
    mkdirSync(join(FIXTURES, "generated"), { recursive: true });
    writeFileSync(join(FIXTURES, "generated/opening-preview.gexf"), gephiGexf(PREVIEW_MIN_NODES, 800, 5));
    let drawn = () => {};
    const previews: number[] = [];
    const opening = openUrlDataset(
      "fixtures/generated/opening-preview.gexf",
      server.baseUrl,
      () => {},
      (preview) => {
        previews.push(preview.keys.length);
        return new Promise<void>((resolve) => (drawn = resolve));
      },
    );
    let settled = false;
    void opening.done.then(() => (settled = true));
    await vi.waitFor(() => expect(previews).toEqual([PREVIEW_MIN_NODES]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    drawn();
    expect((await opening.done)?.result.ok).toBe(true);
  });

  it("gives nothing once cancelled", async () => {
    const opening = openUrlDataset("fixtures/xss.json", server.baseUrl, () => {});
    opening.cancel();
    expect(await opening.done).toBeNull();
  });

  it("tells the size only when the body is read as sent", () => {
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(bodySize(headers({ "content-length": "1234" }))).toBe(1234);
    expect(bodySize(headers({ "content-length": "1234", "content-encoding": "gzip" }))).toBe(0);
    expect(bodySize(headers({}))).toBe(0);
    expect(bodySize(headers({ "content-length": "nonsense" }))).toBe(0);
  });
});

describe("a ?dataset= file read in the import worker", () => {
  it("decodes bytes that arrive split inside a character", () => {
    const bytes = new TextEncoder().encode('{"label":"Mémorandum de Rome – “good practices”"}');
    const chunks = [bytes.subarray(0, 14), bytes.subarray(14, 15), bytes.subarray(15, 40), bytes.subarray(40)];
    expect(decodeChunks(chunks)).toBe(new TextDecoder().decode(bytes));
  });

  it("comes back to the page as the same read-only graph, version, texts and warnings", async () => {
    const url = new URL("fixtures/xss.json", server.baseUrl);
    const text = await readFile(join(FIXTURES, "xss.json"), "utf8");
    const { result: loaded } = await readUrlDataset("fixtures/xss.json", url, text);
    const back = reviveRead(structuredClone(sendRead(loaded)));
    if (!loaded.ok || !back.ok) throw new Error("xss.json should load");
    expect(back.graph.export()).toEqual(loaded.graph.export());
    expect(isReadOnly(back.graph)).toBe(true);
    expect([back.version, back.texts]).toEqual([loaded.version, loaded.texts]);
    expect(back.warnings).toEqual(loaded.warnings);

    const { result: broken } = await readUrlDataset("x.json", url, "{ not json");
    expect(reviveRead(structuredClone(sendRead(broken)))).toEqual(broken);
  });
});
