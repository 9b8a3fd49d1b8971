// Kept apart from import-messages.ts (graphology, the model) so the version worker stays small.

/** The UTF-8 text of a file received in pieces (a piece may end inside a character). */
export function decodeChunks(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  const parts = chunks.map((chunk) => decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return parts.join("");
}
