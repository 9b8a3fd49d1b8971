// Issue 17, item 6 (in part): on a large dataset the organisation and theme filters show a box to
// find an option and at most SHOWN checkboxes, not one per option; a found option filters the graph.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { beforeAll, expect, it } from "vitest";

import { generateDataset } from "../../src/cli/bench/synthetic/generate";
import { SHOWN } from "../../src/ui/filters/CheckList";
import { describeInBrowser, useApp } from "./harness";
import { statusCounts } from "./panels-helpers";
import { FIXTURES } from "./server";

const FILE = "generated/long-lists-3000.json";
let orgs = 0;
let someOrg = "";

beforeAll(() => {
  const { json, texts } = generateDataset(3000, 1);
  const nodes = (json as { nodes: { attributes: { kind: string; label: string } }[] }).nodes;
  const organisations = nodes.filter((n) => n.attributes.kind === "organisation");
  orgs = organisations.length;
  someOrg = organisations[organisations.length - 1]!.attributes.label;
  const dir = join(FIXTURES, "generated");
  mkdirSync(join(dir, "sources"), { recursive: true });
  writeFileSync(join(FIXTURES, FILE), JSON.stringify(json));
  for (const [id, text] of Object.entries(texts)) writeFileSync(join(dir, "sources", `${id}.md`), text);
});

describeInBrowser("long filter lists", () => {
  const app = useApp();

  it("must show: 420 organisations give at most 30 checkboxes and a box to find the others", async () => {
    const { page, problems } = await app.open(`/?dataset=fixtures/${FILE}`);
    const group = page.getByRole("group", { name: /^Organisations/ });
    await group.waitFor({ timeout: 30_000 });
    expect(orgs).toBeGreaterThan(400);
    expect(await group.getByRole("checkbox").count()).toBe(SHOWN);
    expect(await group.getByRole("status").textContent()).toBe(`${orgs - SHOWN} more not shown; type to find them.`);

    await group.getByRole("searchbox", { name: "Find organisations" }).fill(someOrg);
    await expect.poll(() => group.getByRole("checkbox").count()).toBe(1);
    const before = await statusCounts(page);
    await group.getByRole("checkbox", { name: someOrg }).check();
    await expect.poll(async () => (await statusCounts(page)).shown).toBeLessThan(before.total);
    // the chosen one stays in view when the box is cleared
    await group.getByRole("searchbox", { name: "Find organisations" }).fill("");
    expect(await group.getByRole("checkbox", { name: someOrg }).isChecked()).toBe(true);
    expect(await group.getByRole("checkbox").count()).toBe(SHOWN);
    expect(problems).toEqual([]);
  });
});
