// Text that cannot mislead on screen or in a terminal. Bidirectional controls (U+202A–202E,
// U+2066–2069, U+200E/F, U+061C) reorder what follows them: a key `org-\u202ec` would show its
// error line backwards and a label `\u202Eevil\u202C Org` reads "live Org". Keys may not contain
// them (BIDI_CONTROL); labels and messages show them, and other control characters, as ⟨U+202E⟩.
// A label made only of white space and invisible characters (zero-width space, joiners, word
// joiner, BOM, soft hyphen, Hangul fillers …) counts as empty (isBlank).

/** The bidirectional formatting characters of Unicode (UAX #9). */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_GLOBAL = new RegExp(BIDI_CONTROL.source, "g");
// C0 and C1 controls other than tab and line feed, and the bidi controls above.
const SHOWN = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]|${BIDI_CONTROL.source}`, "g");
// White space, format characters (Cf: zero-width space/joiners, BOM, soft hyphen, bidi …) and the
// fillers that draw nothing.
const INVISIBLE = /[\s\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]|\u034F/gu;

const codePoint = (c: string) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`;

/** `text` with each bidi and control character written out as ⟨U+XXXX⟩. */
export function visibleText(text: string): string {
  return text.replace(SHOWN, codePoint);
}

/** The first bidi control in `text` as ⟨U+XXXX⟩, or null. */
export function bidiControlIn(text: string): string | null {
  const found = BIDI_CONTROL.exec(text);
  return found ? codePoint(found[0]) : null;
}

/** True when `text` shows nothing: only white space and invisible characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, "") === "";
}

/** The same text with bidi controls removed (for searching: they are never typed). */
export function withoutBidi(text: string): string {
  return text.replace(BIDI_GLOBAL, "");
}

/**
 * Writes out the bidi and control characters of each named text field of `attrs` (a string, or a
 * list of strings) in place, and returns the names of the fields it changed.
 */
export function showControlsIn(attrs: Record<string, unknown>, fields: readonly string[]): string[] {
  const changed: string[] = [];
  for (const name of fields) {
    const value = attrs[name];
    if (typeof value === "string") {
      const shown = visibleText(value);
      if (shown !== value) {
        attrs[name] = shown;
        changed.push(name);
      }
    } else if (Array.isArray(value) && value.some((v) => typeof v === "string" && visibleText(v) !== v)) {
      attrs[name] = value.map((v) => (typeof v === "string" ? visibleText(v) : v));
      changed.push(name);
    }
  }
  return changed;
}

export const SHOWN_CONTROL_MESSAGE =
  "contains a bidirectional or control character, which can reorder or hide text on screen; it is shown written out (⟨U+202E⟩)";

/** The problem of a key with a bidi control in it, or null. */
export function bidiKeyMessage(key: string): string | null {
  const found = bidiControlIn(key);
  return found
    ? `a key may not contain ${found}, a bidirectional control character: it reorders the text around it on screen`
    : null;
}
