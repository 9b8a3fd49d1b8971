// The quotes a step's caption rests on, each as the dataset cites it (verbatim, with its source),
// and what it is a quote of, so the reader can check the caption against exactly these passages.
import { citationOf, type StoryQuote } from "../../model";
import { edgeSentence } from "../../queries/describe";
import { useExplorer } from "../context";
import { Citations } from "../details/Citations";

export function StoryQuotes({ quotes }: { quotes: readonly StoryQuote[] }) {
  const { graph } = useExplorer();
  return (
    <ol className="guide-quotes">
      {quotes.map((cited, i) => {
        const citation = citationOf(graph, cited);
        if (!citation) return null;
        const about =
          cited.node !== undefined ? graph.getNodeAttribute(cited.node, "label") : edgeSentence(graph, cited.edge!);
        return (
          <li key={i}>
            <p className="guide-quote-about">{about}</p>
            <Citations citations={[citation]} />
          </li>
        );
      })}
    </ol>
  );
}
