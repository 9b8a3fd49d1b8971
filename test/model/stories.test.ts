// Guided stories in the contract: every step names keys of the dataset and rests on quotes it holds.
import { describe, expect, it } from "vitest";

import { loadDataset } from "../../src/model";
import { errorsOf, fixtureTexts, validDataset } from "./fixture";
import { realGraph } from "../fixtures/graphs";

const step = (
  view: Record<string, unknown>,
  quotes: Record<string, string>[],
  caption = "ICCT and UNICRI hosted it.",
) => ({
  view,
  caption,
  quotes,
});
const hosted = {
  edge: "icct--hosted--hague-conference-2011",
  quote: "ICCT and UNICRI hosted the international conference",
};

function load(stories: unknown) {
  const data = validDataset();
  data.attributes.stories = stories;
  return loadDataset(data, fixtureTexts("valid"), { file: "stories.json" });
}

describe("stories in the data contract", () => {
  it("loads a story whose steps name existing keys and quote their citations", () => {
    const result = load([
      {
        id: "hague",
        title: "The Hague",
        steps: [
          step({ select: "hague-conference-2011", orgs: ["icct"] }, [hosted]),
          step({ lineage: "rome-memorandum", from: "2011", to: "2013" }, [
            { node: "icct", quote: "ICCT and UNICRI hosted the international conference" },
          ]),
        ],
      },
    ]);
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.graph.getAttribute("stories")?.[0]?.steps).toHaveLength(2);
  });

  it("names the story, step and field of every missing key, wrong kind and bad date", () => {
    const result = load([
      {
        id: "bad",
        title: "Bad",
        steps: [
          step({ select: "nobody", edge: "no-edge", orgs: ["rome-memorandum"], lineage: "icct", from: "May 2012" }, [
            hosted,
          ]),
        ],
      },
    ]);
    expect(errorsOf(result).map((p) => [p.where, p.field, p.message])).toEqual([
      ['story "bad" step 1', "view.select", 'names no node of this dataset ("nobody")'],
      ['story "bad" step 1', "view.edge", 'names no relation of this dataset ("no-edge")'],
      ['story "bad" step 1', "view", "a view selects a node or a relation, not both"],
      ['story "bad" step 1', "view.orgs[0]", '"rome-memorandum" is not an organisation'],
      ['story "bad" step 1', "view.lineage", '"icct" is not a document'],
      ['story "bad" step 1', "view.from", '"May 2012" is not a date (write 2012, 2012-06 or 2012-06-07)'],
    ]);
  });

  it("refuses a caption without quotes, and a quote its node or relation does not cite word for word", () => {
    const bare = load([{ id: "claims", title: "Claims", steps: [step({}, [])] }]);
    expect(errorsOf(bare).map((p) => `${p.where} ${p.field}: ${p.message}`)).toEqual([
      "graph attributes.stories[0].steps[0].quotes: a caption needs at least one quote it rests on",
    ]);
    const steps = [
      step({}, [{ node: "icct", quote: "ICCT and UNICRI hosted the conference" }]),
      step({}, [{ quote: "ICCT and UNICRI hosted the international conference" }]),
      step({}, [{ node: "ghost", quote: "ICCT" }]),
    ];
    expect(
      errorsOf(load([{ id: "claims", title: "Claims", steps }])).map((p) => `${p.where} ${p.field}: ${p.message}`),
    ).toEqual([
      'story "claims" step 1 quotes[0]: is not one of the quotes that node or relation cites; copy a quote of its citations word for word',
      'story "claims" step 2 quotes[0]: must name exactly one node or one edge whose citation it quotes',
      'story "claims" step 3 quotes[0]: names no node of this dataset',
    ]);
  });

  it("refuses a view field a link does not hold, and two stories with one id", () => {
    const unknown = load([{ id: "a", title: "A", steps: [step({ org: ["icct"] }, [hosted])] }]);
    expect(errorsOf(unknown).map((p) => p.field)).toEqual(["attributes.stories[0].steps[0].view"]);
    const twice = load([
      { id: "a", title: "A", steps: [step({}, [hosted])] },
      { id: "a", title: "B", steps: [step({}, [hosted])] },
    ]);
    expect(errorsOf(twice).map((p) => [p.where, p.message])).toEqual([
      ['story "a"', "another story has this id; links name a story by it"],
    ]);
  });

  it("ships the default dataset's story: six to ten steps, each resting on quotes", () => {
    const stories = realGraph().getAttribute("stories") ?? [];
    const story = stories.find((s) => s.title === "From The Hague to the Rome Memorandum and after");
    expect(story?.steps.length).toBeGreaterThanOrEqual(6);
    expect(story?.steps.length).toBeLessThanOrEqual(10);
    for (const s of story?.steps ?? []) expect(s.quotes.length).toBeGreaterThan(0);
  });
});
