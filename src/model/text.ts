// Quotes must match their source "as a reader sees it": Markdown markup dropped, white space
// collapsed, typographic quotes and dashes folded. Both sides go through the same function.

// The target may hold one level of parentheses: (https://en.wikipedia.org/wiki/Rome_(city)).
const MARKDOWN_LINK = /\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;

export function readerText(markdown: string): string {
  return markdown
    .replace(MARKDOWN_LINK, "$1")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, " ")
    .replace(/\*\*|__/g, "")
    .replace(/(^|\W)[*_](\S)/g, "$1$2")
    .replace(/(\S)[*_](?=\W|$)/g, "$1");
}

export function foldTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/[\u00A0\u2007\u202F]/g, " ");
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The form in which a quote is looked up in its source. */
export function normaliseForQuote(text: string): string {
  return collapseWhitespace(foldTypography(readerText(text)));
}

/** Lower-case, accent-free form for search and matching ("Davutoğlu" → "davutoglu"). */
export function foldForSearch(text: string): string {
  return foldTypography(text).normalize("NFKD").replace(/\p{M}/gu, "").replace(/ı/g, "i").toLowerCase();
}
