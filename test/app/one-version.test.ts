// The data version links carry (`v=`) is one per dataset, however it was opened: bundled, by
// `?dataset=` (read on the page, or as the import worker reads a large file), or by Open file. A
// link made on one page then says "made for other data" only when the data differs.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadDefaultDataset } from "../../src/app/loading/load-default";
import { openUrlDataset } from "../../src/app/loading/open-url-dataset";
import { readImport } from "../../src/app/loading/read-import";
import { readUrlDataset } from "../../src/app/loading/url-dataset";
import { type DatasetRead, readDataset } from "../../src/io/read-dataset";
import { FIXTURES, startServer, type StaticServer } from "../e2e/server";

const GRAPH_DATA = fileURLToPath(new URL("../../graph-data", import.meta.url));
const DIR = "generated/one-version";
const JSON_FILE = "veo-rehabilitation.json";

let server: StaticServer;
beforeAll(async () => {
  mkdirSync(join(FIXTURES, DIR), { recursive: true });
  cpSync(join(GRAPH_DATA, JSON_FILE), join(FIXTURES, DIR, JSON_FILE));
  cpSync(join(GRAPH_DATA, "sources"), join(FIXTURES, DIR, "sources"), { recursive: true });
  server = await startServer();
});
afterAll(() => {
  server.close();
  rmSync(join(FIXTURES, DIR), { recursive: true, force: true });
});

function versionOf(read: DatasetRead | null | undefined): string {
  if (!read?.ok) throw new Error(JSON.stringify(read && !read.ok ? read.problems : "cancelled"));
  return read.version;
}

/** The files a reader picks in Open file: the dataset and every source text. */
function picked(dir: string, dataset: string): File[] {
  const sources = readdirSync(join(dir, "sources")).map(
    (name) => new File([readFileSync(join(dir, "sources", name))], name),
  );
  return [new File([readFileSync(join(dir, dataset))], dataset), ...sources];
}

describe("one data version however a dataset is opened", () => {
  it("must show: the bundled dataset, the same file by ?dataset= and by Open file get one v=", async () => {
    const bundled = versionOf(loadDefaultDataset().result);
    expect(bundled).toMatch(/^[0-9a-f]{8}$/);

    const path = `fixtures/${DIR}/${JSON_FILE}`;
    const byUrl = await openUrlDataset(path, server.baseUrl, () => {}).done;
    expect(versionOf(byUrl?.result)).toBe(bundled);

    // As the import worker reads a large `?dataset=` file when the version worker cannot help.
    const url = new URL(path, server.baseUrl);
    const text = readFileSync(join(GRAPH_DATA, JSON_FILE), "utf8");
    expect(versionOf((await readUrlDataset(path, url, text)).result)).toBe(bundled);

    const opened = await readImport(picked(GRAPH_DATA, JSON_FILE), () => {}).done;
    expect(versionOf(opened)).toBe(bundled);
    // Opened without its sources the data is the same, and so is its version.
    expect(versionOf(await readImport(picked(GRAPH_DATA, JSON_FILE).slice(0, 1), () => {}).done)).toBe(bundled);
  });

  it("spacing and key order do not change the version; a changed label does", () => {
    const json = JSON.parse(readFileSync(join(GRAPH_DATA, JSON_FILE), "utf8")) as {
      nodes: { key: string; attributes: Record<string, unknown> }[];
    };
    const bundled = versionOf(loadDefaultDataset().result);
    const reordered = { ...json, nodes: json.nodes.map(({ key, attributes }) => ({ attributes, key })) };
    expect(versionOf(readDataset([{ name: "x.json", text: JSON.stringify(reordered) }]))).toBe(bundled);
    json.nodes[0]!.attributes.label = "Another label";
    expect(versionOf(readDataset([{ name: "x.json", text: JSON.stringify(json, null, 1) }]))).not.toBe(bundled);
  });

  it("a GEXF file and a graphology JSON get one v= by ?dataset= and by Open file", async () => {
    for (const name of ["gephi.gexf", "graphology.json"]) {
      const byUrl = await openUrlDataset(`fixtures/formats/${name}`, server.baseUrl, () => {}).done;
      const opened = await readImport([new File([readFileSync(join(FIXTURES, "formats", name))], name)], () => {}).done;
      expect(versionOf(byUrl?.result), name).toMatch(/^[0-9a-f]{8}$/);
      expect(versionOf(opened), name).toBe(versionOf(byUrl?.result));
    }
  });
});
