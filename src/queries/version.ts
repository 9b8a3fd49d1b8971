// A short, stable fingerprint of a dataset's content, carried by links as `v=` so a link made
// for other data can say so. FNV-1a (32 bit) over the UTF-8 bytes of a canonical JSON text in
// which object keys are sorted, so reordering keys does not change it; array order is content and
// does. The text is hashed as it is written, never built whole: large datasets open faster.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a over the UTF-8 encoding of the strings fed to it, in order. */
class Fnv1a {
  hash = OFFSET;
  update(text: string): void {
    let hash = this.hash;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        hash = Math.imul(hash ^ code, PRIME);
        continue;
      }
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      // Lone surrogates cannot occur: every piece comes from JSON.stringify, which escapes them.
      if (code < 0x800) {
        hash = Math.imul(hash ^ (0xc0 | (code >> 6)), PRIME);
      } else if (code < 0x10000) {
        hash = Math.imul(hash ^ (0xe0 | (code >> 12)), PRIME);
        hash = Math.imul(hash ^ (0x80 | ((code >> 6) & 0x3f)), PRIME);
      } else {
        hash = Math.imul(hash ^ (0xf0 | (code >> 18)), PRIME);
        hash = Math.imul(hash ^ (0x80 | ((code >> 12) & 0x3f)), PRIME);
        hash = Math.imul(hash ^ (0x80 | ((code >> 6) & 0x3f)), PRIME);
      }
      if (code >= 0x80) hash = Math.imul(hash ^ (0x80 | (code & 0x3f)), PRIME);
    }
    this.hash = hash;
  }
}

/** An array or object being written: its items (or sorted keys) and how far the writing has got. */
type Frame =
  { items: readonly unknown[]; keys: null; i: number } | { items: Record<string, unknown>; keys: string[]; i: number };

/**
 * Writes `root` as canonical JSON into `out`. A loop with its own stack, not recursion: a value
 * nested thousands of levels deep gives a version like any other instead of overflowing the stack.
 */
function canonical(root: unknown, out: Fnv1a): void {
  const stack: Frame[] = [];
  /** Writes a scalar, or opens a container and pushes its frame. */
  const begin = (value: unknown) => {
    if (Array.isArray(value)) {
      out.update("[");
      stack.push({ items: value, keys: null, i: 0 });
    } else if (value !== null && typeof value === "object") {
      const items = value as Record<string, unknown>;
      const keys = Object.keys(items)
        .filter((k) => items[k] !== undefined)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      out.update("{");
      stack.push({ items, keys, i: 0 });
    } else scalar(value, out);
  };
  begin(root);
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.keys === null) {
      if (frame.i === frame.items.length) {
        out.update("]");
        stack.pop();
        continue;
      }
      if (frame.i) out.update(",");
      begin(frame.items[frame.i++]);
    } else {
      if (frame.i === frame.keys.length) {
        out.update("}");
        stack.pop();
        continue;
      }
      const key = frame.keys[frame.i]!;
      out.update(frame.i++ ? `,${JSON.stringify(key)}:` : `${JSON.stringify(key)}:`);
      begin(frame.items[key]);
    }
  }
}

function scalar(value: unknown, out: Fnv1a): void {
  if (typeof value === "string" && !NEEDS_ESCAPE.test(value)) {
    // What JSON.stringify would write, without building it.
    out.update('"');
    out.update(value);
    out.update('"');
    return;
  }
  out.update(JSON.stringify(value) ?? "null");
}

/** Characters JSON.stringify escapes (surrogates: only lone ones, but any sends the text its way). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** 8 lower-case hex characters. */
export function datasetVersion(json: unknown): string {
  const hasher = new Fnv1a();
  canonical(json, hasher);
  return (hasher.hash >>> 0).toString(16).padStart(8, "0");
}
