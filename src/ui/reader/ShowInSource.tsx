// Under each quoted passage: open the source reader at that passage, or say plainly that the quote
// could not be checked because the source's text did not come with the dataset.
import type { Citation } from "../../model";
import { openSource } from "../../state/transitions";
import { useExplorer, useUpdateView } from "../context";

export function ShowInSource({ citation }: { citation: Citation }) {
  const { texts, sourceFocus } = useExplorer();
  const update = useUpdateView();
  if (typeof texts[citation.source] !== "string")
    return <span className="unverified-note">Unverified: the source text was not given</span>;
  return (
    <button
      type="button"
      className="link-button show-in-source"
      onClick={() => {
        sourceFocus.set({ source: citation.source, quote: citation.quote, selector: citation.selector });
        update((state) => openSource(state, citation.source));
      }}
    >
      Show in source
    </button>
  );
}
