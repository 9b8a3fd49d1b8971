// How two nodes are connected: the shortest chain of relations and up to two alternatives, each
// hop as its sentence with its quote; an option keeps only time-respecting paths (`timely=1`).
// With no path the panel says so and why (connections() gives the reason), and offers the fix.
import { useEffect, useId, useMemo, useRef } from "react";

import { cachedConnections, CONNECTION_PATHS } from "../../queries/cached";
import { shortName } from "../../queries/lineage-story";
import type { Connections } from "../../queries/paths";
import { clearFilters, setPath, setTimely } from "../../state/transitions";
import { useExplorer, useUpdateView, useViewState } from "../context";
import { useFilterState } from "../hooks";
import { NodePicker } from "../search/NodePicker";
import { PathSteps, viaText } from "./PathSteps";
import { NodeName } from "./TraceParts";
import "./trace.css";

const steps = (n: number) => `${n} step${n === 1 ? "" : "s"}`;

export function ConnectionsPanel({ pair, focusHeading }: { pair: [string, string]; focusHeading: boolean }) {
  const { graph } = useExplorer();
  const { timely } = useViewState();
  const filters = useFilterState();
  const update = useUpdateView();
  const [source, target] = pair;
  const found = useMemo(
    () => cachedConnections(graph, source, target, { k: CONNECTION_PATHS, timely, filters }),
    [graph, source, target, timely, filters],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const label = (key: string) => graph.getNodeAttribute(key, "label");

  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading, source, target]);

  return (
    <article className="story-panel connections-panel" aria-labelledby={id}>
      <header className="details-header">
        <p className="details-kind">Connections</p>
        <h2 id={id} ref={heading} tabIndex={-1} className="details-title">
          How {shortName(label(source))} is connected to {shortName(label(target))}
        </h2>
        <button
          type="button"
          className="close-button"
          aria-label="Close connections"
          title="Close connections"
          onClick={() => update((state) => setPath(state, null))}
        >
          ×
        </button>
      </header>
      <p className="connection-ends">
        From <NodeName nodeKey={source} /> to <NodeName nodeKey={target} />{" "}
        <button
          type="button"
          className="button button-small"
          onClick={() => update((state) => setPath(state, [target, source]))}
        >
          Swap
        </button>
      </p>
      <details className="connection-change">
        <summary>Connect {shortName(label(source))} to another node</summary>
        <NodePicker
          label="Other node"
          exclude={[source]}
          onPick={(other) => update((state) => setPath(state, [source, other]))}
        />
      </details>
      <label className="check timely-option">
        <input
          type="checkbox"
          checked={timely}
          onChange={(event) => update((state) => setTimely(state, event.target.checked))}
        />
        Only time-respecting paths
        <span className="story-note"> (each step no earlier than the one before)</span>
      </label>
      {found.noPath ? <NoPath found={found} /> : <Paths found={found} label={label} />}
    </article>
  );
}

function Paths({ found, label }: { found: Connections; label: (key: string) => string }) {
  const [first, ...others] = found.paths;
  if (!first) return null;
  return (
    <div className="paths">
      <section aria-label="Shortest connection">
        <h3>Shortest connection · {steps(first.hops.length)}</h3>
        <PathSteps path={first} />
      </section>
      {others.length > 0 && <h3>Alternatives</h3>}
      {others.map((path, i) => (
        <details key={path.nodes.join(",")} className="path-alternative">
          <summary>
            Alternative {i + 1} · {steps(path.hops.length)}, {viaText(path, (k) => shortName(label(k)))}
          </summary>
          <PathSteps path={path} />
        </details>
      ))}
    </div>
  );
}

function NoPath({ found }: { found: Connections }) {
  const update = useUpdateView();
  const noPath = found.noPath!;
  return (
    <div className="story-nopath" role="status">
      <p>
        <strong>No connection found.</strong> {noPath.message}
      </p>
      {(noPath.reason === "filtered" || noPath.reason === "hidden-endpoint") && (
        <button type="button" className="button" onClick={() => update(clearFilters)}>
          Clear filters
        </button>
      )}
      {noPath.reason === "untimely" && (
        <>
          <button type="button" className="button" onClick={() => update((state) => setTimely(state, false))}>
            Show paths that go back in time
          </button>
          {noPath.shortest && (
            <details className="path-alternative">
              <summary>The shortest connection, which goes back in time</summary>
              <PathSteps path={noPath.shortest} />
            </details>
          )}
        </>
      )}
    </div>
  );
}
