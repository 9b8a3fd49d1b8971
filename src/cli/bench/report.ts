// The benchmark's outputs: a table on stdout and bench-results/latest.json with the machine.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname } from "node:path";

export interface ResultRow {
  side: "node" | "browser";
  /** Node rows: CPU time of the process by default (--clock=wall for elapsed); browser rows: elapsed. */
  clock: "wall" | "cpu";
  operation: string;
  baseline: string;
  size: number;
  ms: number;
  baselineMs: number;
  ratio: number;
  samples: number[];
  baselineSamples: number[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  date: string;
  /** 1-minute load average when the run started: other work on the machine inflates every figure. */
  loadAverage: number;
  browser?: string;
}

export function machineInfo(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: list.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    loadAverage: Math.round(loadavg()[0] * 10) / 10,
  };
}

const sizeLabel = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(3));

/** A Markdown table, so the same text goes to the terminal and the README. */
export function formatTable(rows: readonly ResultRow[]): string {
  const header = ["operation", "size", "median ms", "baseline", "baseline ms", "ratio", "clock"];
  const lines = rows.map((r) => [
    r.side === "browser" ? `browser: ${r.operation}` : r.operation,
    sizeLabel(r.size),
    ms(r.ms),
    r.baseline,
    ms(r.baselineMs),
    `${r.ratio.toFixed(2)}×`,
    r.clock,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const numeric = new Set([1, 2, 4, 5]);
  const cell = (text: string, i: number) =>
    numeric.has(i) ? text.padStart(widths[i] as number) : text.padEnd(widths[i] as number);
  const row = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (numeric.has(i) ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [row(header), rule, ...lines.map(row)].join("\n");
}

export function writeJson(file: string, machine: Machine, rows: readonly ResultRow[], notes: string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ machine, notes, rows }, null, 2) + "\n");
}
