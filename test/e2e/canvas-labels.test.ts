// What the canvas draws, read from its label layer (the boxes the label drawer placed in the last
// frame, view/labels.ts): names inside the canvas and never over one another, most of the story
// named at the fitted default view, a traced lineage drawn top to bottom in date order with every
// document named, a traced path drawn left to right with every hop's relation on it.
import type { Page } from "playwright-core";
import { expect, it } from "vitest";

import { dateKey } from "../../src/model";
import { describeInBrowser, settle, useApp } from "./harness";
import { countColour } from "./pixels";
import { connections } from "../../src/queries/paths";
import { realGraph } from "../fixtures/graphs";
import { DATA } from "./panels-helpers";

interface Drawn {
  key: string;
  text: string;
  kind: "node" | "hover" | "edge";
  box: { left: number; top: number; right: number; bottom: number };
  node?: { x: number; y: number; size: number };
  leader?: [number, number, number, number];
}

const WIDE = { width: 1400, height: 900 };

async function drawnLabels(page: Page): Promise<{ labels: Drawn[]; width: number; height: number }> {
  return page.locator(".sigma-container").evaluate((el) => ({
    labels: ((el as HTMLElement & { drawnLabels?: Drawn[] }).drawnLabels ?? []).map((l) => ({ ...l })),
    width: el.clientWidth,
    height: el.clientHeight,
  }));
}

function expectReadable({ labels, width, height }: { labels: Drawn[]; width: number; height: number }) {
  expect(labels.length).toBeGreaterThan(0);
  for (const [i, a] of labels.entries()) {
    expect(a.box.left).toBeGreaterThanOrEqual(0);
    expect(a.box.top).toBeGreaterThanOrEqual(0);
    expect(a.box.right).toBeLessThanOrEqual(width);
    expect(a.box.bottom).toBeLessThanOrEqual(height);
    for (const b of labels.slice(i + 1)) {
      const crossing =
        a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom;
      if (crossing) throw new Error(`"${a.text}" and "${b.text}" are drawn over each other`);
    }
  }
  expectAttached(labels);
}

/** Every node's name sits against its node, or a line runs from the node's edge to the name. */
function expectAttached(labels: Drawn[]) {
  for (const l of labels) {
    if (l.kind === "edge" || !l.node) continue;
    const { x, y, size } = l.node;
    const dx = Math.max(l.box.left - (x + size), x - size - l.box.right, 0);
    const dy = Math.max(l.box.top - (y + size), y - size - l.box.bottom, 0);
    if ((dx <= 6 && dy === 0) || (dy <= 6 && dx === 0)) continue;
    if (!l.leader) throw new Error(`"${l.text}" is away from its node, with no line to it`);
    const [x1, y1, x2, y2] = l.leader;
    expect(Math.hypot(x1 - x, y1 - y)).toBeCloseTo(size, 0);
    const { left, top, right, bottom } = l.box;
    expect(x2 >= left - 0.01 && x2 <= right + 0.01 && y2 >= top - 0.01 && y2 <= bottom + 0.01).toBe(true);
  }
}

const kindOf = (key: string) => DATA.nodes.find((n) => n.key === key)?.attributes.kind;
const startOf = (key: string) =>
  (DATA.nodes.find((n) => n.key === key)?.attributes as { start?: string } | undefined)?.start;
const centreY = (l: Drawn) => (l.box.top + l.box.bottom) / 2;
const centreX = (l: Drawn) => (l.box.left + l.box.right) / 2;

describeInBrowser("the canvas's names", () => {
  const app = useApp();

  it("names at least 80% of the events, documents and organisations at the fitted default view, none over another", async () => {
    const { page, problems, shot } = await app.open("/", { viewport: WIDE });
    await settle(page);
    const drawn = await drawnLabels(page);
    expectReadable(drawn);
    const story = DATA.nodes.filter((n) => ["event", "document", "organisation"].includes(n.attributes.kind));
    const named = new Set(drawn.labels.filter((l) => l.kind === "node").map((l) => l.key));
    const share = story.filter((n) => named.has(n.key)).length / story.length;
    expect(share).toBeGreaterThanOrEqual(0.8);
    // The canvas draws the short name, never a name cut with an ellipsis.
    for (const l of drawn.labels) expect(l.text).not.toMatch(/…/);
    await shot("canvas-default-1400");
    expect(problems).toEqual([]);
  });

  it("keeps names inside the canvas and apart at 1024×768 and on a phone", async () => {
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const { page, problems } = await app.open("/", { viewport });
      await settle(page);
      expectReadable(await drawnLabels(page));
      expect(problems).toEqual([]);
    }
  });

  it("draws a traced lineage top to bottom in date order, every document named with its date", async () => {
    const { page, problems, shot } = await app.open("/?lineage=good-practices-document", { viewport: WIDE });
    const panel = page.getByRole("complementary", { name: "Lineage" });
    const steps = await panel.locator(".lineage-step .lineage-title").allTextContents();
    expect(steps.length).toBeGreaterThanOrEqual(5);
    await settle(page, 1800);
    const drawn = await drawnLabels(page);
    expectReadable(drawn);
    const documents = DATA.nodes.filter((n) => n.attributes.kind === "document").map((n) => n.key);
    const named = drawn.labels.filter((l) => l.kind !== "edge" && documents.includes(l.key));
    expect(named.length).toBe(steps.length);
    // Each dated document's name carries its year; the undated one says so.
    for (const l of named) {
      const start = startOf(l.key);
      expect(l.text).toMatch(start ? new RegExp(start.slice(0, 4)) : /undated/);
    }
    // Down the canvas, dates never go back.
    const dated = named.filter((l) => startOf(l.key)).sort((a, b) => centreY(a) - centreY(b));
    const keys = dated.map((l) => dateKey(startOf(l.key)));
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    // Each lineage link reads on the canvas.
    expect(drawn.labels.filter((l) => l.kind === "edge").length).toBeGreaterThanOrEqual(steps.length - 1);
    // A name its neighbours pushed off its node's side has its line drawn, in the leader's grey.
    const pushed = drawn.labels.filter((l) => l.leader);
    expect(pushed.length).toBeGreaterThan(0);
    const container = (await page.locator(".sigma-container").boundingBox())!;
    const png = await page.screenshot({ clip: container });
    for (const { leader } of pushed) {
      const [x1, y1, x2, y2] = leader!;
      const region = { x: (x1 + x2) / 2 - 3, y: (y1 + y2) / 2 - 3, width: 6, height: 6 };
      expect(countColour(png, "#3D3D3D", 40, region)).toBeGreaterThan(0);
    }
    await shot("canvas-lineage-force");
    expect(problems).toEqual([]);
  });

  it("draws a traced path left to right in its order, with every hop's relation", async () => {
    const { page, problems, shot } = await app.open("/?path=ban-ki-moon,rome-memorandum", { viewport: WIDE });
    const panel = page.getByRole("complementary", { name: "Connections" });
    await panel.getByRole("heading", { level: 2 }).waitFor();
    await settle(page, 1800);
    const drawn = await drawnLabels(page);
    expectReadable(drawn);
    const path = connections(realGraph(), "ban-ki-moon", "rome-memorandum", { k: 3 }).paths[0]!;
    const hops = Number(
      (await panel.getByRole("heading", { name: /Shortest connection/ }).textContent())?.match(/(\d+) step/)?.[1],
    );
    expect(hops).toBe(path.hops.length);
    // Every node of the path named, in the path's order from left to right, and a relation on every hop.
    const names = path.nodes.map((key) => drawn.labels.find((l) => l.key === key && l.kind !== "edge"));
    expect(names.every(Boolean)).toBe(true);
    const xs = names.map((l) => centreX(l!));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(drawn.labels.filter((l) => l.kind === "edge").length).toBeGreaterThanOrEqual(hops);
    await shot("canvas-path");
    expect(problems).toEqual([]);
  });

  it("names every neighbour of a selected node, and the selection in a box above every node", async () => {
    const { page, problems } = await app.open("/?select=hague-conference-2011", { viewport: WIDE });
    await settle(page, 1200);
    const drawn = await drawnLabels(page);
    expectReadable(drawn);
    const neighbours = new Set(
      DATA.edges.flatMap((e) =>
        e.source === "hague-conference-2011" ? [e.target] : e.target === "hague-conference-2011" ? [e.source] : [],
      ),
    );
    const named = new Set(drawn.labels.filter((l) => l.kind === "node").map((l) => l.key));
    expect([...neighbours].filter((k) => !named.has(k))).toEqual([]);
    expect(drawn.labels.find((l) => l.key === "hague-conference-2011")?.kind).toBe("hover");
    // The layer with the selection's name lies over the layer that draws highlighted nodes.
    const order = await page
      .locator(".sigma-container canvas")
      .evaluateAll((els) => els.map((e) => e.className.replace("sigma-", "")));
    expect(order.indexOf("hovers")).toBeGreaterThan(order.indexOf("hoverNodes"));
    expect(kindOf("hague-conference-2011")).toBe("event");
    expect(problems).toEqual([]);
  });
});
