// The graph the three apps are timed on: seeded, clustered, with what Gephi writes after a layout
// (positions, sizes, colours, labels) and a few attributes, as GEXF 1.3 for the explorer and Gephi
// Lite and as the sigma.js demo's own dataset.json (its loader reads nothing else).
import { DirectedGraph } from "graphology";
import { write } from "graphology-gexf";

import { seededRandom } from "../synthetic/random";

const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;

export interface PeerGraph {
  nodes: number;
  edges: number;
  gexf: string;
  /** The sigma.js demo's dataset format: nodes with cluster and tag, edges as pairs. */
  demo: string;
}

export function peerGraph(nodeCount: number, edgesPerNode = 5, seed = 1): PeerGraph {
  const random = seededRandom(seed);
  const clusters = Math.max(4, Math.min(PALETTE.length, Math.round(Math.sqrt(nodeCount) / 4)));
  // Simple: the demo adds its edges to a graph that rejects a second edge between the same pair.
  const graph = new DirectedGraph();
  const centre = (c: number) => ({
    x: Math.cos((2 * Math.PI * c) / clusters),
    y: Math.sin((2 * Math.PI * c) / clusters),
  });
  const spread = Math.sqrt(nodeCount) * 20;
  const byCluster: string[][] = Array.from({ length: clusters }, () => []);
  for (let i = 0; i < nodeCount; i++) {
    const c = random.int(clusters);
    const { x, y } = centre(c);
    const r = spread * 0.35 * Math.sqrt(random.next());
    const a = 2 * Math.PI * random.next();
    const key = `n${i}`;
    byCluster[c]!.push(key);
    graph.addNode(key, {
      label: `Node ${i}`,
      x: x * spread * 0.6 + r * Math.cos(a),
      y: y * spread * 0.6 + r * Math.sin(a),
      size: 2 + 10 * random.next() ** 3,
      // r/g/b rather than hex: every GEXF reader (Gephi 0.9, graphology-gexf, ours) reads it.
      color: rgb(PALETTE[c]!),
      cluster: String(c),
      weight: Math.round(random.next() * 100) / 100,
    });
  }
  const keys = graph.nodes();
  for (let i = 0; i < nodeCount * edgesPerNode; i++) {
    const source = keys[random.int(keys.length)]!;
    const c = Number(graph.getNodeAttribute(source, "cluster"));
    const pool = random.next() < 0.85 ? byCluster[c]! : keys;
    const target = pool[random.int(pool.length)]!;
    if (source !== target && !graph.hasEdge(source, target))
      graph.addEdge(source, target, { weight: 1 + random.int(5) });
  }
  const demo = {
    nodes: keys.map((key) => {
      const a = graph.getNodeAttributes(key);
      return { key, label: a.label, tag: "Node", URL: "", cluster: a.cluster, x: a.x, y: a.y, score: a.size };
    }),
    edges: graph.mapEdges((_e, _a, s, t) => [s, t]),
    clusters: Array.from({ length: clusters }, (_, c) => ({
      key: String(c),
      color: PALETTE[c],
      clusterLabel: `Cluster ${c}`,
    })),
    tags: [{ key: "Node", image: "unknown.svg" }],
  };
  return { nodes: graph.order, edges: graph.size, gexf: write(graph, { version: "1.3" }), demo: JSON.stringify(demo) };
}
