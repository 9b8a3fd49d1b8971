// One chain of relations from one node to another, read hop by hop: each node named (with its
// date when it has one) and, between two nodes, the relation as its sentence with its quote.
import type { Path } from "../../queries/paths";
import { Evidence, NodeName } from "./TraceParts";

export function PathSteps({ path }: { path: Path }) {
  return (
    <ol className="path-steps">
      <li className="path-node">
        <NodeName nodeKey={path.nodes[0]!} dated />
      </li>
      {path.hops.map((hop) => (
        <li key={hop.edge} className="path-link">
          <div className="path-hop">
            <p className="hop-sentence">{hop.sentence}.</p>
            <Evidence citations={hop.sources} />
          </div>
          <div className="path-node">
            <NodeName nodeKey={hop.to} dated />
          </div>
        </li>
      ))}
    </ol>
  );
}

/** "via Seminar on Dialogue…, UNICRI" — the nodes between the two ends, for a folded path's summary. */
export function viaText(path: Path, label: (key: string) => string): string {
  const middle = path.nodes.slice(1, -1).map(label);
  return middle.length ? `via ${middle.join(", ")}` : "directly";
}
