// The contract's optional text attributes (schema.ts), and one way to take them from a loose object:
// the loader's fast path (fast-parse.ts) copies text as it is and gives up on anything else; the
// importers (io/flat-attributes.ts) tidy each value first and drop what is not text. One list, so a
// new optional attribute is read the same way everywhere. Allocation-free: it runs on every item of
// a 100k-node load.

// `note` is the curator's remark (what a source leaves out, why a date is as it is): never shown as fact.
export const NODE_TEXT = ["description", "start", "end", "place", "role", "note"] as const;
export const EDGE_TEXT = ["start", "label", "note"] as const;

type Loose = Readonly<Record<string, unknown>>;

/**
 * Copies each attribute of `names` that `from` holds onto `to`, in the order of `names`: as it is
 * when it is a string, or as `read` gives it. False when a present value was not taken (not a
 * string, or `read` gave undefined); the other names are still copied.
 */
export function pickText<K extends string>(
  from: Loose,
  names: readonly K[],
  to: { [P in K]?: string },
  read?: (value: unknown, name: K) => string | undefined,
): boolean {
  let all = true;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as K;
    const value = from[name];
    if (value === undefined) continue;
    const picked = read ? read(value, name) : typeof value === "string" ? value : undefined;
    if (picked === undefined) all = false;
    else to[name] = picked;
  }
  return all;
}
