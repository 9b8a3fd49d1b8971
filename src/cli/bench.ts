// npm run bench: times the app's loader, queries and drawing against bare graphology and bare
// sigma on synthetic datasets, prints a table and writes bench-results/latest.json. Figures are
// medians; nothing here is asserted. Options: --sizes=1k,10k,100k --runs=5 --clock=cpu|wall
// --browser-sizes=default,1k,10k,50k --browser-runs=N --no-browser --no-node --first-frame-only --out=FILE
// --peers (also runs bench-peers.ts: Gephi Lite and the sigma.js demo, side by side).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { getHeapStatistics } from "node:v8";

import { buildPages, defaultDataset, RESULTS, writeBrowserData } from "./bench/browser/browser-build";
import { runBrowserSuite } from "./bench/browser/browser-suite";
import { CHROMIUM } from "./chromium";
import { generateDataset } from "./bench/synthetic/generate";
import { pickLandmarks } from "./bench/node/landmarks";
import { lateCases } from "./bench/node/late-cases";
import { setClock } from "./bench/measure";
import { runNodeSuite } from "./bench/node/node-suite";
import { formatTable, machineInfo, type ResultRow, writeJson } from "./bench/report";
import { serve } from "./bench/browser/static-server";
import { loadDataset } from "../model";

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
const DEFAULT = -1;
const sizes = (args.get("sizes") ?? "1k,10k,100k")
  .split(",")
  .map(parseSize)
  .filter((n) => n > 0);
const runs = Number(args.get("runs") ?? 5);
const clock = args.get("clock") === "wall" ? "wall" : "cpu";
setClock(clock);
const out = args.get("out") ?? "bench-results/latest.json";
const log = (line: string) => process.stderr.write(line + "\n");

const machine = machineInfo();
const rows: ResultRow[] = [];
const notes: string[] = [];
// The peer comparison builds two other apps and times all three: its own script, run first, given
// --gephi-lite=DIR and --sigma=DIR as they are, and --peer-sizes / --peer-runs as its --sizes / --runs.
const peerArgs = () =>
  [...args].flatMap(([k, v]) =>
    k === "gephi-lite" || k === "sigma" ? [`--${k}=${v}`] : k.startsWith("peer-") ? [`--${k.slice(5)}=${v}`] : [],
  );
if (args.has("peers")) {
  const peers = spawnSync(
    process.execPath,
    [...process.execArgv, join(import.meta.dirname, "bench-peers.ts"), ...peerArgs()],
    {
      stdio: "inherit",
    },
  );
  if (peers.status !== 0) notes.push(`peers: bench-peers.ts ended with status ${peers.status}`);
}
for (const size of args.has("no-node") ? [] : sizes) {
  log(`[${size}] generating`);
  const { json, texts } = generateDataset(size, 1);
  const text = JSON.stringify(json);
  log(`[${size}] ${json.nodes.length} nodes, ${json.edges.length} edges, ${(text.length / 1e6).toFixed(0)} MB of JSON`);
  const sizeRuns = size >= 50_000 ? Math.min(runs, 3) : runs;
  for (const row of runNodeSuite({ size, text, texts, runs: sizeRuns, log }, lateCases))
    rows.push({ side: "node", clock, ...row });
}

// "default" is the default dataset (graph-data/): what a first visit draws.
const browserSizes = args.has("no-browser")
  ? []
  : (args.get("browser-sizes") ?? "default,1k,10k,50k")
      .split(",")
      .map((s) => (s === "default" ? DEFAULT : parseSize(s)))
      .filter((n) => n === DEFAULT || n > 0);
if (browserSizes.length && !existsSync(CHROMIUM)) {
  notes.push(`browser rows skipped: no Chromium at ${CHROMIUM}`);
  browserSizes.length = 0;
}
if (browserSizes.length) {
  log("[browser] building the explorer and the bare sigma page");
  await buildPages();
  const server = await serve(RESULTS);
  try {
    for (const size of browserSizes) {
      const isDefault = size === DEFAULT;
      const name = isDefault ? "default" : `synthetic-${size >= 1000 ? `${size / 1000}k` : size}`;
      log(`[browser ${name}] writing the dataset and its positions`);
      const dataset = isDefault ? defaultDataset() : generateDataset(size, 1);
      writeBrowserData(name, dataset, JSON.stringify(dataset.json));
      const loaded = loadDataset(dataset.json, dataset.texts);
      if (!loaded.ok) throw new Error(`bench: ${name} dataset rejected`);
      const hoverNode = isDefault ? "rome-memorandum" : (pickLandmarks(loaded.graph).orgOne[0] as string);
      const browserRuns = Number(args.get("browser-runs") ?? (size >= 50_000 ? 1 : size >= 10_000 ? 3 : runs));
      const { rows: found, version } = await runBrowserSuite({
        baseUrl: server.baseUrl,
        name,
        size: isDefault ? loaded.graph.order : size,
        runs: browserRuns,
        hoverNode,
        searchText: loaded.graph.getNodeAttribute(hoverNode, "label"),
        firstFrameOnly: args.has("first-frame-only"),
        bundled: isDefault,
        log,
      });
      for (const r of found)
        rows.push({ side: "browser", clock: "wall", baseline: "bare sigma", ratio: r.ms / r.baselineMs, ...r });
      machine.browser = `Chromium ${version} (${CHROMIUM}, software WebGL)`;
    }
  } finally {
    await server.close();
  }
}

console.log(
  `\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.browser ?? "no browser"}, load average ${machine.loadAverage}, ${machine.date}\n`,
);
console.log(formatTable(rows));
for (const note of notes) console.log(`\n${note}`);
writeJson(out, machine, rows, notes);
console.log(`\nwrote ${out}`);
