// What the generators of events, documents and actors share: the random source, the builder,
// the actors drawn so far and how popular each is.
import type { DatasetBuilder } from "./dataset-builder";
import type { Random } from "./random";

/** A random year-, month- or day-precision date in [from, to]. */
export function randomDate(random: Random, from: number, to: number): string {
  const year = from + random.int(to - from + 1);
  const p = random.next();
  if (p < 0.1) return String(year);
  const month = String(1 + random.int(12)).padStart(2, "0");
  if (p < 0.3) return `${year}-${month}`;
  return `${year}-${month}-${String(1 + random.int(28)).padStart(2, "0")}`;
}

export interface Population {
  random: Random;
  builder: DatasetBuilder;
  orgs: string[];
  people: string[];
  themes: string[];
  themeLabels: string[];
  /** Organisations by a heavy-tailed popularity: index into orgs. */
  pickOrg: (random: Random) => number;
  pickTheme: (random: Random) => number;
}
