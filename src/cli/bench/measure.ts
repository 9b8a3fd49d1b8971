// Timing: medians of several runs, each run long enough for the clock to mean something.
// An operation and its baseline run alternately, so drift (GC, turbo boost, the other core
// being busy) falls on both alike.

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * "wall": elapsed time. "cpu": CPU time of this process (user + system, GC threads included).
 * On a machine shared with other work, wall time counts the waits for a core; CPU time does not,
 * so it is what the wall time would be on an idle machine for this single-threaded code.
 */
export type Clock = "wall" | "cpu";
let clock: Clock = "wall";
export function setClock(chosen: Clock): void {
  clock = chosen;
}
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * One sample of `fn` in ms on the chosen clock: repeats it until at least `minMs` have passed on
 * that clock and divides, so a 20-µs query is not lost in timer resolution. Slow operations run once.
 */
export function sample(fn: () => unknown, minMs = 20): number {
  const now = clock === "cpu" ? cpuMs : () => performance.now();
  let runs = 0;
  const start = now();
  let elapsed: number;
  do {
    fn();
    runs++;
    elapsed = now() - start;
  } while (elapsed < minMs);
  return elapsed / runs;
}

export interface Paired {
  ms: number;
  baselineMs: number;
  samples: number[];
  baselineSamples: number[];
}

/** Above this a single sample of an operation is all it gets: the whole bench must stay short. */
export const SLOW_MS = 5000;

/**
 * Medians of `runs` alternating samples of an operation and its baseline, after one warm-up each.
 * An operation whose first sample takes over SLOW_MS keeps that one sample (noted as a single run).
 */
export function paired(op: () => unknown, baseline: () => unknown, runs: number, warmUp = true): Paired {
  const samples: number[] = [];
  const baselineSamples: number[] = [];
  if (warmUp) {
    const first = sample(op);
    baseline();
    if (first > SLOW_MS) {
      samples.push(first);
      for (let i = 0; i < runs; i++) baselineSamples.push(sample(baseline));
      return { ms: first, baselineMs: median(baselineSamples), samples, baselineSamples };
    }
  }
  for (let i = 0; i < runs; i++) {
    samples.push(sample(op));
    baselineSamples.push(sample(baseline));
  }
  return { ms: median(samples), baselineMs: median(baselineSamples), samples, baselineSamples };
}
