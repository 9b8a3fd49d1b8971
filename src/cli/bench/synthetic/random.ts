// A small seeded random source, so the same seed always yields the same synthetic dataset
// (Math.random cannot be seeded). mulberry32: fast, 32-bit state, good enough for test data.
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]) => items[int(items.length)] as T, chance: (p) => next() < p };
}

/**
 * Picks indices with a heavy tail (weight 1/(rank+1)^skew), as in real policy networks where a
 * few organisations host most events. Built once per population; each draw is a binary search.
 */
export function skewedPicker(size: number, skew: number): (random: Random) => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) {
    total += 1 / Math.pow(i + 1, skew);
    cumulative[i] = total;
  }
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
