// One measured read, in a fresh process so its peak memory is its own: reads the file into a
// string, then times importGexf from the module given and prints one JSON line.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, file] = process.argv.slice(2);
if (!modulePath || !file) throw new Error("usage: reader-child <import-gexf module> <file.gexf>");
const { importGexf } = (await import(pathToFileURL(modulePath).href)) as {
  importGexf: (name: string, text: string) => { ok: boolean; graph?: { order: number; size: number } };
};
const text = readFileSync(file, "utf8");
globalThis.gc?.();
const before = process.memoryUsage().rss;
const start = performance.now();
const result = importGexf("bench.gexf", text);
const ms = performance.now() - start;
const peakRss = process.resourceUsage().maxRSS * 1024;
globalThis.gc?.();
const heapAfter = process.memoryUsage().heapUsed;
process.stdout.write(
  JSON.stringify({
    ok: result.ok,
    nodes: result.graph?.order,
    edges: result.graph?.size,
    ms,
    before,
    peakRss,
    heapAfter,
  }) + "\n",
);
