// npm run bench [-- --sizes=1k,10k,100k --runs=5 --no-browser]: times the app's loader, queries
// and drawing against bare graphology and bare sigma on synthetic datasets, prints a table and
// writes bench-results/latest.json. Figures are medians; nothing here is asserted.
import { spawnSync } from "node:child_process";
import { getHeapStatistics } from "node:v8";

import { generateDataset } from "./bench/generate";
import { lateCases } from "./bench/late-cases";
import { runNodeSuite } from "./bench/node-suite";
import { formatTable, machineInfo, type ResultRow, writeJson } from "./bench/report";

// A 100k-node dataset is ~200 MB of JSON, parsed and built twice at once: give V8 room.
if (getHeapStatistics().heap_size_limit < 8 * 2 ** 30 && !process.env.BENCH_CHILD) {
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: {
      ...process.env,
      BENCH_CHILD: "1",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=12288`,
    },
  });
  process.exit(child.status ?? 1);
}

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? "true"] as const;
  }),
);
const parseSize = (s: string) => Number(s.replace(/k$/i, "000"));
const sizes = (args.get("sizes") ?? "1k,10k,100k").split(",").map(parseSize);
const runs = Number(args.get("runs") ?? 5);
const out = args.get("out") ?? "bench-results/latest.json";
const log = (line: string) => process.stderr.write(line + "\n");

const machine = machineInfo();
const rows: ResultRow[] = [];
const notes: string[] = [];
for (const size of sizes) {
  log(`[${size}] generating`);
  const { json, texts } = generateDataset(size, 1);
  const text = JSON.stringify(json);
  log(`[${size}] ${json.nodes.length} nodes, ${json.edges.length} edges, ${(text.length / 1e6).toFixed(0)} MB of JSON`);
  const sizeRuns = size >= 50_000 ? Math.min(runs, 3) : runs;
  for (const row of runNodeSuite({ size, text, texts, runs: sizeRuns, log }, lateCases))
    rows.push({ side: "node", ...row });
}

console.log(
  `\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.date}\n`,
);
console.log(formatTable(rows));
writeJson(out, machine, rows, notes);
console.log(`\nwrote ${out}`);
