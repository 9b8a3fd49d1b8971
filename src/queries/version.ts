// A short, stable fingerprint of a dataset's content, carried by links as `v=` so a link made
// for other data can say so. FNV-1a (32 bit) over a canonical JSON text in which object keys are
// sorted, so reordering keys does not change it; array order is content and does.

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** 8 lower-case hex characters. */
export function datasetVersion(json: unknown): string {
  return fnv1a(canonical(json)).toString(16).padStart(8, "0");
}
