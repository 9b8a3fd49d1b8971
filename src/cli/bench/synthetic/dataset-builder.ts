// Accumulates nodes and edges in the data-contract shape, keeping keys unique and refusing a
// second edge with the same (source, relation, target), which the loader would reject.
import { edgeKeyFor, type Kind, type Relation } from "../../../model";
import type { Random } from "./random";
import { excerpt, type SourceText } from "./sources";

export interface NodeFields {
  kind: Kind;
  label: string;
  [field: string]: unknown;
}
export interface SerializedNode {
  key: string;
  attributes: NodeFields & { sources: { source: string; quote: string }[] };
}
export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: { relation: Relation; sources: { source: string; quote: string }[]; start?: string };
}

export class DatasetBuilder {
  readonly nodes: SerializedNode[] = [];
  readonly edges: SerializedEdge[] = [];
  private readonly keys = new Set<string>();
  private readonly identities = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly sources: readonly SourceText[],
  ) {}

  citations(): { source: string; quote: string }[] {
    const one = () => {
      const source = this.random.pick(this.sources);
      return { source: source.id, quote: excerpt(this.random, source) };
    };
    return this.random.chance(0.1) ? [one(), one()] : [one()];
  }

  addNode(base: string, attributes: NodeFields): string {
    let key = base;
    for (let n = 2; this.keys.has(key); n++) key = `${base}-${n}`;
    this.keys.add(key);
    this.nodes.push({ key, attributes: { ...attributes, sources: this.citations() } });
    return key;
  }

  /** Adds the edge unless the same relation already joins the same two nodes; says which. */
  addEdge(source: string, relation: Relation, target: string, start?: string): boolean {
    if (source === target) return false;
    const key = edgeKeyFor(source, relation, target);
    if (this.identities.has(key)) return false;
    this.identities.add(key);
    const attributes: SerializedEdge["attributes"] = { relation, sources: this.citations() };
    if (start) attributes.start = start;
    this.edges.push({ key, source, target, attributes });
    return true;
  }
}
