// Quoted evidence: each passage verbatim with the title of the source it comes from, linked to
// the published source when the dataset gives its address.
import type { Citation, SourceRef } from "../../model";
import { useExplorer } from "../context";
import { ShowInSource } from "../reader/ShowInSource";

const WEB = /^https?:\/\//i;

function useSourceRefs(): ReadonlyMap<string, SourceRef> {
  const { graph } = useExplorer();
  return new Map((graph.getAttribute("sources") ?? []).map((s) => [s.id, s]));
}

export function Citations({ citations }: { citations: readonly Citation[] }) {
  const refs = useSourceRefs();
  return (
    <ul className="citations">
      {citations.map((citation, i) => {
        const ref = refs.get(citation.source);
        const title = ref?.title ?? citation.source;
        return (
          <li key={i}>
            <figure className="citation">
              <blockquote cite={ref?.url && WEB.test(ref.url) ? ref.url : undefined}>{citation.quote}</blockquote>
              <figcaption>
                {ref?.url && WEB.test(ref.url) ? (
                  <a href={ref.url} target="_blank" rel="noopener noreferrer">
                    {title}
                  </a>
                ) : (
                  <cite>{title}</cite>
                )}
                {ref?.publisher && <span className="citation-publisher"> · {ref.publisher}</span>}{" "}
                <ShowInSource citation={citation} />
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
