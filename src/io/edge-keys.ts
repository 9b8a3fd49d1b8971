// Keys for imported edges the file gives none. graphology would make up random ones, and a link to a
// relation (`edge=<key>` in the address) would then not survive opening the same file again. They
// get the data contract's default, `<source>--<relation>--<target>`; in a multigraph the second and
// later edges of the same triple get `--2`, `--3` … in file order. A key the file gives is never
// taken, so an explicit key always stays with its own edge.
import { edgeKeyFor } from "../model";

interface KeyedEdge {
  key?: string;
  source: string;
  target: string;
  attributes: { relation: string };
}

/** The edges, each keyless one with its stable key; `taken` holds the keys the file gave. */
export function withEdgeKeys<E extends KeyedEdge>(
  edges: readonly E[],
  taken: ReadonlySet<string>,
): (E & { key: string })[] {
  const used = new Set(taken);
  return edges.map((edge) => {
    if (edge.key !== undefined) return { ...edge, key: edge.key };
    const base = edgeKeyFor(edge.source, edge.attributes.relation, edge.target);
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}--${n}`;
    used.add(key);
    return { ...edge, key };
  });
}
