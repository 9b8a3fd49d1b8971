// The Node half of the benchmark: each app query next to its bare-graphology baseline, on one
// synthetic dataset. Queries land in src/queries/ over time; each row says what it compares.
import { type DataGraph, loadDataset } from "../../../model";
import { footprint } from "../../../queries/footprint";
import { visibleNodes } from "../../../queries/filters";
import { buildSearchIndex, searchNodes } from "../../../queries/search";
import { DEFAULT_VIEW } from "../../../state/view-state";
import { buildDisplayGraph } from "../../../view/display-graph";
import { computeEmphasis, edgeReducerFor, nodeReducerFor } from "../../../view/reducers";
import { bareImport, bfsFootprint, plainNames, scanNames } from "./baselines";
import { type Landmarks, pickLandmarks } from "./landmarks";
import { paired, type Paired } from "../measure";
import { seededRandom } from "../synthetic/random";

export interface Row extends Paired {
  operation: string;
  baseline: string;
  size: number;
  ratio: number;
}

export interface NodeCase {
  operation: string;
  baseline: string;
  op: () => unknown;
  bare: () => unknown;
  /** Slow cases (a 100k load) skip the warm-up run. */
  slow?: boolean;
}

export interface SuiteInput {
  size: number;
  text: string;
  texts: Record<string, string>;
  runs: number;
  log: (line: string) => void;
}

function load(text: string, texts: Record<string, string>): DataGraph {
  const result = loadDataset(JSON.parse(text), texts);
  if (!result.ok) throw new Error(`bench: synthetic dataset rejected: ${result.problems[0]?.message}`);
  return result.graph;
}

function reducerPass(graph: DataGraph, marks: Landmarks): Pick<NodeCase, "op" | "bare"> {
  const random = seededRandom(11);
  const positions = new Map(graph.mapNodes((key) => [key, { x: random.next() * 1000, y: random.next() * 1000 }]));
  const display = buildDisplayGraph(graph, positions);
  const visible = visibleNodes(graph, { ...DEFAULT_VIEW, orgs: marks.orgThree });
  const emphasis = computeEmphasis(display, { selected: null, hovered: null, visible, fade: DEFAULT_VIEW.fade });
  const nodeReducer = nodeReducerFor(emphasis);
  const edgeReducer = edgeReducerFor(emphasis, (edge) => display.extremities(edge));
  const trivial = (_key: string, attrs: object) => attrs;
  let sink = 0;
  return {
    op: () => {
      display.forEachNode((key, attrs) => (sink += nodeReducer(key, attrs).size));
      display.forEachEdge((key, attrs) => (sink += edgeReducer(key, attrs).size));
      return sink;
    },
    bare: () => {
      display.forEachNode((key, attrs) => (sink += (trivial(key, attrs) as typeof attrs).size));
      display.forEachEdge((key, attrs) => (sink += (trivial(key, attrs) as typeof attrs).size));
      return sink;
    },
  };
}

export function queryCases(graph: DataGraph, marks: Landmarks): NodeCase[] {
  const index = buildSearchIndex(graph);
  const plain = plainNames(graph);
  const filter = { ...DEFAULT_VIEW, orgs: marks.orgThree };
  return [
    {
      operation: "search index build",
      baseline: "fold names into an array",
      op: () => buildSearchIndex(graph),
      bare: () => plainNames(graph),
    },
    {
      operation: `search prefix "${marks.prefix}"`,
      baseline: "array scan",
      op: () => searchNodes(index, marks.prefix),
      bare: () => scanNames(plain, marks.prefix),
    },
    {
      operation: `search alias "${marks.alias}"`,
      baseline: "array scan",
      op: () => searchNodes(index, marks.alias),
      bare: () => scanNames(plain, marks.alias),
    },
    {
      operation: "footprint, 1 organisation",
      baseline: "graphology BFS, 2 hops",
      op: () => footprint(graph, marks.orgOne),
      bare: () => bfsFootprint(graph, marks.orgOne),
    },
    {
      operation: "footprint, 3 organisations",
      baseline: "graphology BFS, 2 hops",
      op: () => footprint(graph, marks.orgThree),
      bare: () => bfsFootprint(graph, marks.orgThree),
    },
    {
      operation: "filter: visible nodes, 3 organisations",
      baseline: "graphology BFS, 2 hops",
      op: () => visibleNodes(graph, filter),
      bare: () => bfsFootprint(graph, marks.orgThree),
    },
    {
      operation: "reducers: full redraw, filter active",
      baseline: "identity reducers",
      ...reducerPass(graph, marks),
    },
  ];
}

export function runNodeSuite(
  input: SuiteInput,
  extraCases: (graph: DataGraph, marks: Landmarks) => NodeCase[] = () => [],
): Row[] {
  const { size, text, texts, runs, log } = input;
  const rows: Row[] = [];
  const run = (c: NodeCase, n = runs) => {
    const result = paired(c.op, c.bare, n, !c.slow);
    rows.push({ operation: c.operation, baseline: c.baseline, size, ratio: result.ms / result.baselineMs, ...result });
    log(`  ${c.operation}: ${result.ms.toFixed(2)} ms vs ${result.baselineMs.toFixed(2)} ms`);
  };
  run({
    operation: "parse + validate + build",
    baseline: "JSON.parse + graph.import",
    op: () => load(text, texts),
    bare: () => bareImport(text),
    slow: size >= 50_000,
  });
  const graph = load(text, texts);
  const marks = pickLandmarks(graph);
  log(`  landmarks: ${JSON.stringify(marks)}`);
  for (const c of [...queryCases(graph, marks), ...extraCases(graph, marks)]) run(c);
  return rows;
}
