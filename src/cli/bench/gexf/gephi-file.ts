// A GEXF file as Gephi 0.10 writes one, for the reader benchmark: declared node and edge
// attributes, every node with viz size, position and colour, edges with label, weight and colour,
// one element a line. Seeded, so the same arguments give the same bytes.
import { seededRandom } from "../synthetic/random";

const COUNTRIES = ["France", "Kenya", "Indonesia", "Brazil", "Canada", "Japan", "Nigeria", "Norway"];
const WORDS = ["supports", "funds", "advises", "cites", "hosts"];

export function gephiGexf(nodeCount: number, edgeCount: number, seed = 1): string {
  const random = seededRandom(seed);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    '  <meta lastmodifieddate="2024-05-01">',
    "    <creator>Gephi 0.10.1</creator>",
    "    <description>A synthetic network for the reader benchmark</description>",
    "  </meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="country" title="Country" type="string"></attribute>',
    '      <attribute id="modularity_class" title="Modularity Class" type="integer"></attribute>',
    '      <attribute id="pagerank" title="PageRank" type="double"></attribute>',
    "    </attributes>",
    '    <attributes class="edge" mode="static">',
    '      <attribute id="since" title="since" type="integer"></attribute>',
    '      <attribute id="channel" title="channel" type="string"></attribute>',
    "    </attributes>",
    "    <nodes>",
  ];
  const classes = 12;
  for (let i = 0; i < nodeCount; i++) {
    const c = random.int(classes);
    const angle = (2 * Math.PI * c) / classes + random.next() - 0.5;
    const radius = 200 + random.next() * 1800;
    const [r, g, b] = [(c * 67) % 256, (c * 131) % 256, (c * 193) % 256];
    out.push(
      `      <node id="${i}" label="Node ${i}">`,
      "        <attvalues>",
      `          <attvalue for="country" value="${random.pick(COUNTRIES)}"></attvalue>`,
      `          <attvalue for="modularity_class" value="${c}"></attvalue>`,
      `          <attvalue for="pagerank" value="${(random.next() / nodeCount).toExponential(6)}"></attvalue>`,
      "        </attvalues>",
      `        <viz:size value="${(4 + random.next() * 20).toFixed(6)}"></viz:size>`,
      `        <viz:position x="${(Math.cos(angle) * radius).toFixed(5)}" y="${(Math.sin(angle) * radius).toFixed(5)}" z="0.0"></viz:position>`,
      `        <viz:color r="${r}" g="${g}" b="${b}"></viz:color>`,
      "      </node>",
    );
  }
  out.push("    </nodes>", "    <edges>");
  for (let i = 0; i < edgeCount; i++) {
    const source = random.int(nodeCount);
    let target = random.int(nodeCount);
    if (target === source) target = (target + 1) % nodeCount;
    out.push(
      `      <edge id="${i}" source="${source}" target="${target}" label="${random.pick(WORDS)}" weight="${(1 + random.int(5)).toFixed(1)}">`,
      "        <attvalues>",
      `          <attvalue for="since" value="${1990 + random.int(35)}"></attvalue>`,
      `          <attvalue for="channel" value="${random.pick(["email", "meeting", "report"])}"></attvalue>`,
      "        </attvalues>",
      `        <viz:color r="${random.int(256)}" g="${random.int(256)}" b="${random.int(256)}"></viz:color>`,
      "      </edge>",
    );
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}
