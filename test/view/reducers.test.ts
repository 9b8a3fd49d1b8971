import { describe, expect, it } from "vitest";

import { makeGraph } from "../fixtures/graphs";
import { FADED_COLOR, KIND_STYLE, LINEAGE_EDGE_COLOR } from "../../src/state/appearance";
import { buildDisplayGraph, type DisplayEdge, type DisplayNode } from "../../src/view/display-graph";
import { computeEmphasis, FADED_EDGE_COLOR, reduceEdge, reduceNode, type EmphasisInput } from "../../src/view/reducers";

// icct hosted conf; conf produced the good practices document; the Rome Memorandum derived from it;
// hedayah is unconnected to the conference.
const data = makeGraph(
  {
    icct: { kind: "organisation", label: "ICCT – International Centre for Counter-Terrorism" },
    conf: { kind: "event", label: "Hague conference" },
    gp: { kind: "document", label: "Good practices document" },
    rome: { kind: "document", label: "Rome Memorandum" },
    hedayah: { kind: "organisation", label: "Hedayah" },
  },
  [
    ["icct", "hosted", "conf"],
    ["gp", "produced-at", "conf"],
    ["rome", "derived-from", "gp"],
  ],
);
const display = buildDisplayGraph(data);
const NONE: EmphasisInput = { selected: null, hovered: null, visible: null, fade: true };

function node(key: string, input: Partial<EmphasisInput> = {}) {
  const attrs = Object.freeze({ ...display.getNodeAttributes(key) }) as DisplayNode;
  return reduceNode(attrs, key, computeEmphasis(display, { ...NONE, ...input }));
}

function edge(key: string, input: Partial<EmphasisInput> = {}) {
  const attrs = Object.freeze({ ...display.getEdgeAttributes(key) }) as DisplayEdge;
  const [source, target] = display.extremities(key);
  return reduceEdge(attrs, key, computeEmphasis(display, { ...NONE, ...input }), source, target);
}

describe("node reducer", () => {
  it("draws every node in its kind's colour with a short label when nothing is emphasised", () => {
    const icct = node("icct");
    expect(icct.color).toBe(KIND_STYLE.organisation.color);
    expect(icct.label).toBe("ICCT");
    expect(icct.hidden).toBeUndefined();
  });

  it("on hover, names the node in full and keeps its neighbours; the rest fades without labels", () => {
    expect(node("conf", { hovered: "conf" })).toMatchObject({ highlighted: true, label: "Hague conference" });
    expect(node("icct", { hovered: "conf" })).toMatchObject({ color: KIND_STYLE.organisation.color, forceLabel: true });
    expect(node("hedayah", { hovered: "conf" })).toMatchObject({ color: FADED_COLOR, label: "" });
    expect(node("icct", { hovered: "icct" }).label).toBe("ICCT – International Centre for Counter-Terrorism");
  });

  it("keeps the selection's neighbourhood while nothing is hovered, and lets hover take over", () => {
    expect(node("gp", { selected: "rome" }).color).toBe(KIND_STYLE.document.color);
    expect(node("icct", { selected: "rome" }).color).toBe(FADED_COLOR);
    const hoveringElsewhere = { selected: "rome", hovered: "icct" };
    expect(node("conf", hoveringElsewhere).color).toBe(KIND_STYLE.event.color);
    // The selected node stays marked even while another is hovered.
    expect(node("rome", hoveringElsewhere).highlighted).toBe(true);
  });

  it("fades or hides what the filters leave out, as the toggle says", () => {
    const visible = new Set(["icct", "conf"]);
    expect(node("rome", { visible, fade: true })).toMatchObject({ color: FADED_COLOR, label: "" });
    expect(node("rome", { visible, fade: false }).hidden).toBe(true);
    expect(node("icct", { visible, fade: false }).hidden).toBeUndefined();
  });

  it("never hides the selected node, even when a filter leaves it out", () => {
    const out = node("rome", { visible: new Set(["icct"]), fade: false, selected: "rome" });
    expect(out.hidden).toBeUndefined();
    expect(out.color).toBe(KIND_STYLE.document.color);
  });

  it("ignores a selection or hover that names no node", () => {
    expect(node("icct", { selected: "nope", hovered: "gone" }).color).toBe(KIND_STYLE.organisation.color);
  });
});

describe("edge reducer", () => {
  it("labels the relations of the focused node and fades the others", () => {
    const hosted = edge("icct--hosted--conf", { selected: "icct" });
    expect(hosted).toMatchObject({ label: "hosted", forceLabel: true });
    expect(edge("rome--derived-from--gp", { selected: "icct" }).color).toBe(FADED_EDGE_COLOR);
    expect(edge("icct--hosted--conf").label).toBe("");
  });

  it("draws lineage edges stronger, and keeps their colour in focus", () => {
    expect(edge("rome--derived-from--gp").color).toBe(LINEAGE_EDGE_COLOR);
    expect(edge("rome--derived-from--gp").size).toBeGreaterThan(edge("icct--hosted--conf").size);
    expect(edge("rome--derived-from--gp", { hovered: "rome" }).color).toBe(LINEAGE_EDGE_COLOR);
  });

  it("hides an edge whose end is filtered out when hiding, fades it when fading", () => {
    const visible = new Set(["icct", "conf", "gp"]);
    expect(edge("rome--derived-from--gp", { visible, fade: false }).hidden).toBe(true);
    expect(edge("rome--derived-from--gp", { visible, fade: true }).color).toBe(FADED_EDGE_COLOR);
    expect(edge("icct--hosted--conf", { visible, fade: false }).hidden).toBeUndefined();
  });
});

describe("a selected relation", () => {
  const onEdge: Partial<EmphasisInput> = { edge: "icct--hosted--conf" };

  it("names its two ends in full and fades the rest", () => {
    expect(node("icct", onEdge)).toMatchObject({
      label: "ICCT – International Centre for Counter-Terrorism",
      highlighted: true,
      labelFirst: true,
    });
    expect(node("conf", onEdge)).toMatchObject({ highlighted: true, color: KIND_STYLE.event.color });
    expect(node("gp", onEdge)).toMatchObject({ color: FADED_COLOR, label: "" });
    expect(edge("icct--hosted--conf", onEdge)).toMatchObject({ label: "hosted", forceLabel: true, zIndex: 3 });
    expect(edge("icct--hosted--conf", onEdge).size).toBeGreaterThan(edge("icct--hosted--conf").size);
    expect(edge("gp--produced-at--conf", onEdge).color).toBe(FADED_EDGE_COLOR);
  });

  it("stays on screen with its ends when a filter hides them", () => {
    const hiding = { ...onEdge, visible: new Set(["gp"]), fade: false };
    expect(node("icct", hiding).hidden).toBeUndefined();
    expect(node("rome", hiding).hidden).toBe(true);
    expect(edge("icct--hosted--conf", hiding).hidden).toBeUndefined();
  });

  it("gives way to a hovered node, and is ignored when it names no relation", () => {
    const hovering = { ...onEdge, hovered: "rome" };
    expect(node("gp", hovering).color).toBe(KIND_STYLE.document.color);
    expect(node("icct", hovering).highlighted).toBeUndefined();
    expect(node("gp", { edge: "no--such--edge" }).color).toBe(KIND_STYLE.document.color);
  });

  it("names a hovered relation without fading anything", () => {
    const hovering = { hoveredEdge: "gp--produced-at--conf" };
    expect(edge("gp--produced-at--conf", hovering)).toMatchObject({ label: "produced at", forceLabel: true });
    expect(edge("icct--hosted--conf", hovering)).toMatchObject({ label: "" });
    expect(node("icct", hovering).color).toBe(KIND_STYLE.organisation.color);
  });
});

describe("label priority", () => {
  it("puts the chosen organisations first, but not when they are faded out", () => {
    expect(node("hedayah", { orgs: ["hedayah"] })).toMatchObject({ labelFirst: true, forceLabel: true });
    expect(node("hedayah").labelFirst).toBeUndefined();
    expect(node("hedayah", { orgs: ["hedayah"], hovered: "conf" }).labelFirst).toBeUndefined();
  });

  it("puts the hubs first", () => {
    const hubs = display.filterNodes((_, a) => a.hub);
    expect(hubs.length).toBeGreaterThan(0);
    for (const key of hubs) expect(node(key).labelFirst).toBe(true);
    // While a node is hovered, what matters is its neighbourhood, not the hubs.
    for (const key of hubs)
      expect(node(key, { hovered: key === "hedayah" ? "icct" : "hedayah" }).labelFirst).toBeUndefined();
  });
});
