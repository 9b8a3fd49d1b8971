// The quick scan of a GEXF file's drawing must give the full reader's picture or none: a preview
// that differs from the checked graph would show the reader a drawing that is not the file's.
import { describe, expect, it } from "vitest";

import { gephiGexf } from "../../src/cli/bench/gexf/gephi-file";
import { gexfPreview } from "../../src/io/gexf-preview";
import { readGexf } from "../../src/io/gexf-reader";
import { PREVIEW_MIN_NODES, previewOf } from "../../src/io/preview";

function full(text: string) {
  const read = readGexf(text);
  return "flat" in read ? previewOf(read.flat) : null;
}

const head = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">`;

function drawn(count = PREVIEW_MIN_NODES, node = (i: number) => `<node id="n${i}" label="N ${i}">`, extra = "") {
  const nodes = Array.from(
    { length: count },
    (_, i) =>
      `${node(i)}<attvalues><attvalue for="0" value="${i}"/></attvalues>` +
      `<viz:color r="${i % 256}" g="9" b="200"/><viz:size value="${1 + (i % 5)}"/>` +
      `<viz:position x="${i * 1.5}" y="${-i}" z="0"/></node>`,
  );
  const edges = Array.from({ length: count }, (_, i) => `<edge source="n${i}" target="n${(i * 7 + 1) % count}"/>`);
  return `${head}<graph defaultedgetype="directed">${extra}<attributes class="node"><attribute id="0" title="degree" type="integer"/></attributes>
<nodes>${nodes.join("\n")}</nodes><edges>${edges.join("")}</edges></graph></gexf>`;
}

describe("the quick scan of a GEXF file's drawing", () => {
  it("gives the full reader's picture for files saved as Gephi saves them", () => {
    for (const [nodes, edges, seed] of [
      [600, 3000, 1],
      [1000, 5000, 7],
    ] as const) {
      const text = gephiGexf(nodes, edges, seed);
      const quick = gexfPreview(text);
      expect(quick).not.toBeNull();
      expect(quick).toEqual(full(text));
    }
  });

  it("reads entities, single quotes, prefixes and self-loops as the full reader does", () => {
    const text = drawn(PREVIEW_MIN_NODES, (i) => `<node id='n${i}' label="A &amp; B &#x263A; &lt;${i}&gt;">`);
    const quick = gexfPreview(text);
    expect(quick?.labels[3]).toBe("A & B \u263A <3>");
    expect(quick).toEqual(full(text));
    // Any of XML's whitespace around "=" and between attributes.
    const spaced = drawn(PREVIEW_MIN_NODES, (i) => `<node\tid = "n${i}"\r\n  label\t=\n'N ${i}' >`);
    expect(gexfPreview(spaced)?.labels[7]).toBe("N 7");
    expect(gexfPreview(spaced)).toEqual(full(spaced));
  });

  it("gives no picture where the full reader gives none", () => {
    expect(gexfPreview(drawn(PREVIEW_MIN_NODES - 1))).toBeNull();
    const unplaced = drawn().replace(`<viz:position x="3" y="-2" z="0"/>`, "");
    expect(full(unplaced)).toBeNull();
    expect(gexfPreview(unplaced)).toBeNull();
    const twice = drawn().replace(`<node id="n5"`, `<node id="n4"`);
    expect(full(twice)).toBeNull();
    expect(gexfPreview(twice)).toBeNull();
  });

  it("gives up on markup it does not read, leaving the picture to the full reader", () => {
    const cases = {
      comment: drawn().replace("<nodes>", "<!-- saved --><nodes>"),
      cdata: drawn().replace("<nodes>", "<nodes><![CDATA[x]]>"),
      "a drawing name as an attribute": drawn().replace('title="degree"', 'title="size"'),
      "an undeclared label attvalue": drawn().replace('for="0" value="7"', 'for="label" value="seven"'),
      "nested nodes": drawn().replace(
        '<node id="n1" label="N 1">',
        '<node id="n1" label="N 1"><nodes><node id="m"/></nodes>',
      ),
      "an unknown entity": drawn().replace('label="N 2"', 'label="N &nbsp;2"'),
      "a bare ampersand": drawn().replace('label="N 2"', 'label="N & 2"'),
      "a '>' inside a value": drawn().replace('label="N 2"', 'label="N > 2"'),
      "a broken end tag": drawn().replace("</edges>", "</edge>"),
      "a second root": `${drawn()}<gexf/>`,
      "no graph": `${head}</gexf>`,
      "a newline in a value": drawn().replace('label="N 2"', 'label="N\n2"'),
      "an attribute twice": drawn().replace('label="N 2"', 'label="N 2" label="two"'),
      "an attribute without a value": drawn().replace('label="N 2"', 'label="N 2" hidden'),
    };
    for (const [what, text] of Object.entries(cases)) expect(gexfPreview(text), what).toBeNull();
    // Each of these still has its picture, from the full reader.
    expect(full(cases.comment)).not.toBeNull();
    expect(full(cases["a '>' inside a value"])?.labels[2]).toBe("N > 2");
  });
});
