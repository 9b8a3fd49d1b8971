// npm run bench:peers: the explorer, Gephi Lite and the sigma.js demo open the same generated
// graph (positions, sizes, colours, labels: what Gephi saves), each in a fresh context from
// navigation, boot included, interleaved run by run: first frame with the graph drawn, layout
// settled (the explorer, when the file has no positions), peak JS heap, longest main-thread task.
// Options: --sizes=1k,10k --runs=5 --gephi-lite=DIR --sigma=DIR (checkouts at the pinned commits;
// without them the script tries git) --no-positions (also time the explorer laying out a file
// without positions) --out=FILE. Figures are medians; nothing here is asserted.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

import { chromium } from "playwright-core";
import { build } from "vite";

import { CHROMIUM, CHROMIUM_ARGS } from "./chromium";
import { median } from "./bench/measure";
import { peerGraph } from "./bench/peers/gephi-graph";
import { PEERS, preparePeer } from "./bench/peers/peers";
import { visit, type Visit } from "./bench/peers/run-app";
import { machineInfo } from "./bench/report";
import { serve } from "./bench/browser/static-server";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT_DIR = join(ROOT, "bench-results", "peers");
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? "true"] as const;
  }),
);
const log = (line: string) => process.stderr.write(line + "\n");
const sizes = (args.get("sizes") ?? "1k,10k").split(",").map((s) => Number(s.replace(/k$/i, "000")));
const runs = Number(args.get("runs") ?? 5);
const out = args.get("out") ?? "bench-results/peers.json";

if (!existsSync(CHROMIUM)) {
  log(`bench:peers: no Chromium at ${CHROMIUM}; nothing to time`);
  process.exit(1);
}

log("[peers] building the explorer");
process.env.NODE_ENV = "production";
const explorerDir = join(OUT_DIR, "explorer");
await build({ root: ROOT, logLevel: "warn", build: { outDir: explorerDir, emptyOutDir: true } });

const apps: { name: string; dir: string; address: (data: string) => string; commit: string }[] = [
  { name: "explorer", dir: explorerDir, address: (data) => `index.html?dataset=${data}`, commit: "this checkout" },
];
const notes: string[] = [];
for (const peer of PEERS) {
  log(`[peers] preparing ${peer.name} at ${peer.commit.slice(0, 8)}`);
  const source = args.get(peer.name === "gephi-lite" ? "gephi-lite" : "sigma");
  const ready = preparePeer(peer, OUT_DIR, source, log);
  if ("why" in ready) {
    notes.push(ready.why as string);
    log(`  ${ready.why} — its rows are left out`);
  } else apps.push({ name: peer.name, dir: ready.built as string, address: peer.address, commit: peer.commit });
}

interface Row {
  app: string;
  size: string;
  positions: boolean;
  visits: Visit[];
}
const rows: Row[] = [];
const machine = machineInfo();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const n of sizes) {
    const graph = peerGraph(n);
    const label = `${n / 1000}k/${Math.round(graph.edges / 1000)}k`;
    log(
      `[peers ${label}] ${graph.nodes} nodes, ${graph.edges} edges, ${(graph.gexf.length / 1e6).toFixed(1)} MB of GEXF`,
    );
    const cases: { app: (typeof apps)[number]; positions: boolean }[] = apps.map((app) => ({ app, positions: true }));
    if (args.has("no-positions")) cases.push({ app: apps[0]!, positions: false });
    const found = new Map(
      cases.map((c) => [c, { app: c.app.name, size: label, positions: c.positions, visits: [] as Visit[] }]),
    );
    for (const c of cases) {
      const file = c.positions ? `graph-${n}.gexf` : `graph-${n}-bare.gexf`;
      const text = c.positions ? graph.gexf : graph.gexf.replace(/<viz:position[^>]*\/>/g, "");
      writeFileSync(join(c.app.dir, file), text);
      if (c.app.name === "sigma-demo") writeFileSync(join(c.app.dir, "dataset.json"), graph.demo);
    }
    for (let run = 0; run < runs; run++) {
      for (const c of cases) {
        const server = await serve(c.app.dir);
        try {
          const file = c.positions ? `graph-${n}.gexf` : `graph-${n}-bare.gexf`;
          const v = await visit(browser, {
            url: `${server.baseUrl}${c.app.address(file)}`,
            items: graph.nodes,
            settledSelector: c.app.name === "explorer" ? "[data-graph-ready]:not([data-layout-running])" : undefined,
            timeoutMs: n >= 10_000 ? 240_000 : 60_000,
            afterMs: 1500,
          });
          found.get(c)!.visits.push(v);
          log(
            `  ${c.app.name}${c.positions ? "" : " (no positions)"} run ${run + 1}: first frame ${v.firstFrame.toFixed(0)} ms, settled ${v.settled.toFixed(0)} ms, longest task ${v.longestTask.toFixed(0)} ms, heap ${v.peakHeapMb.toFixed(0)} MB`,
          );
        } finally {
          await server.close();
        }
      }
    }
    rows.push(...found.values());
  }
} finally {
  await browser.close();
}

const med = (r: Row, f: (v: Visit) => number) => median(r.visits.map(f).filter((x) => Number.isFinite(x)));
const fmt = (x: number, unit: string) =>
  Number.isFinite(x) ? `${x >= 100 ? x.toFixed(0) : x.toFixed(1)} ${unit}` : "—";
console.log(
  `\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, load average ${machine.loadAverage}, ${machine.date}`,
);
for (const app of apps) console.log(`${app.name}: ${app.commit}`);
console.log(
  "\n| graph | app | first frame | layout settled | peak JS heap | longest task | × demo (frame) | × Gephi Lite (frame) | × demo (task) |",
);
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  const peer = (name: string) => rows.find((o) => o.size === r.size && o.app === name && o.positions);
  const ratio = (o: Row | undefined, f: (v: Visit) => number) => (o ? `${(med(r, f) / med(o, f)).toFixed(2)}×` : "—");
  const frame = (v: Visit) => v.firstFrame;
  const task = (v: Visit) => v.longestTask;
  console.log(
    `| ${r.size} | ${r.app}${r.positions ? "" : " (no positions)"} | ${fmt(med(r, frame), "ms")} | ${fmt(
      med(r, (v) => v.settled),
      "ms",
    )} | ${fmt(
      med(r, (v) => v.peakHeapMb),
      "MB",
    )} | ${fmt(med(r, task), "ms")} | ${ratio(peer("sigma-demo"), frame)} | ${ratio(peer("gephi-lite"), frame)} | ${ratio(peer("sigma-demo"), task)} |`,
  );
}
for (const note of notes) console.log(`\nnote: ${note}`);
mkdirSync(join(ROOT, "bench-results"), { recursive: true });
writeFileSync(resolve(ROOT, out), JSON.stringify({ machine, apps, rows, notes }, null, 2));
console.log(`\nwrote ${out}`);
