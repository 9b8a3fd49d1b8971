// npm run bench:gexf: times the GEXF reader on a Gephi-style file (gephi-file.ts) and measures
// its peak memory, each run in a fresh Node process. --old=<path to another import-gexf.ts> (say
// an older checkout's) runs that reader too, side by side on the same file.
// Options: --nodes=55000 --edges=90000 --runs=3 --old=PATH --out=bench-results/gexf.json
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { machineInfo } from "../report";
import { gephiGexf } from "./gephi-file";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? "true"] as const;
  }),
);
const nodes = Number(args.get("nodes") ?? 55_000);
const edges = Number(args.get("edges") ?? 90_000);
const runs = Number(args.get("runs") ?? 3);
const out = args.get("out") ?? "bench-results/gexf.json";
const current = fileURLToPath(new URL("../../../io/import-gexf.ts", import.meta.url));
const readers: [string, string][] = [["current", current]];
if (args.has("old")) readers.unshift(["old", args.get("old")!]);

const dir = mkdtempSync(join(tmpdir(), "gexf-bench-"));
const file = join(dir, "gephi.gexf");
const text = gephiGexf(nodes, edges);
writeFileSync(file, text);
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
process.stderr.write(`${nodes} nodes, ${edges} edges, ${mb(Buffer.byteLength(text))} MB of GEXF\n`);

type Run = {
  ok: boolean;
  nodes: number;
  edges: number;
  ms: number;
  before: number;
  peakRss: number;
  heapAfter: number;
};
const child = fileURLToPath(new URL("./reader-child.ts", import.meta.url));
const rows = readers.map(([name, path]) => {
  const samples: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const line = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", child, path, file], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    samples.push(JSON.parse(line) as Run);
  }
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  const peak = Math.max(...samples.map((s) => s.peakRss));
  const before = Math.min(...samples.map((s) => s.before));
  const row = {
    reader: name,
    path,
    ok: samples.every((s) => s.ok),
    nodes: samples[0]!.nodes,
    edges: samples[0]!.edges,
    medianMs: Math.round(median),
    samplesMs: ms.map(Math.round),
    peakRssMb: mb(peak),
    rssBeforeMb: mb(before),
    heapAfterMb: mb(Math.max(...samples.map((s) => s.heapAfter))),
  };
  process.stderr.write(
    `${name.padEnd(8)} ${String(row.medianMs).padStart(7)} ms  peak RSS ${row.peakRssMb} MB (${row.rssBeforeMb} MB with the text read)  heap after ${row.heapAfterMb} MB  ${row.nodes} nodes ${row.edges} edges\n`,
  );
  return row;
});
rmSync(dir, { recursive: true });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({ machine: machineInfo(), file: { nodes, edges, mb: mb(Buffer.byteLength(text)) }, rows }, null, 2) +
    "\n",
);
