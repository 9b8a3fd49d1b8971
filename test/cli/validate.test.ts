// `npm run validate` as a user runs it: on the real dataset, on single files and folders, and on
// broken input, where it must exit 1 and name the file and the place.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it, vi } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface Run {
  code: number;
  out: string;
  err: string;
}

/** What `npx tsx src/cli/validate.ts ARGS` runs, without npx's own start-up. */
function validate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "src/cli/validate.ts", ...args], { cwd: ROOT }, (error, out, err) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, out, err }),
    );
  });
}

// A scratch folder holding what is not a fixture: a file that is not JSON, and one with a byte-order mark.
const scratch = mkdtempSync(join(tmpdir(), "validate-"));
writeFileSync(join(scratch, "not-json.json"), '{\n  "attributes": {\n    "id": "x",,\n  }\n}\n');
cpSync(join(ROOT, "test/fixtures/valid/sources"), join(scratch, "sources"), { recursive: true });
writeFileSync(
  join(scratch, "with-bom.json"),
  "\uFEFF" + readFileSync(join(ROOT, "test/fixtures/valid/dataset.json"), "utf8"),
);

// A GEXF file (as Gephi or our own export writes it) beside the default dataset's sources, and one
// whose edge points at a node that is not there.
const gexfDir = mkdtempSync(join(tmpdir(), "validate-gexf-"));
cpSync(join(ROOT, "graph-data/sources"), join(gexfDir, "sources"), { recursive: true });
const gexfNode = (id: string) => `<node id="${id}" label="${id}"/>`;
writeFileSync(
  join(gexfDir, "dangling.gexf"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>${gexfNode("a")}${gexfNode("b")}</nodes><edges><edge id="e1" source="a" target="ghost"/></edges></graph></gexf>\n`,
);

// Started together, so the file's wall time is that of the slowest run.
const runs = {
  default: validate(),
  valid: validate("test/fixtures/valid/dataset.json", "test/fixtures/warnings"),
  brokenFile: validate("test/fixtures/broken/unknown-relation.json"),
  brokenFolder: validate("test/fixtures/broken"),
  scratch: validate(scratch, "test/fixtures/no-such-folder"),
  gexf: validate(join(gexfDir, "dangling.gexf")),
};

// Each run is a Node process start-up; on a busy machine that is seconds, hence the timeout.
vi.setConfig({ testTimeout: 60_000 });

describe("validate on graph-data/ (the default)", () => {
  it("exits 0 and reports counts by kind, relation and source, every fact cited", async () => {
    const { code, out, err } = await runs.default;
    expect(err).toBe("");
    expect(code).toBe(0);
    const files = readdirSync(join(ROOT, "graph-data")).filter((n) => n.endsWith(".json"));
    for (const name of files) {
      const data = JSON.parse(readFileSync(join(ROOT, "graph-data", name), "utf8")) as {
        attributes: { sources: { id: string }[] };
        nodes: { attributes: { kind: string } }[];
        edges: { attributes: { relation: string } }[];
      };
      expect(out).toContain(`✓ graph-data/${name}`);
      expect(out).toContain(
        `${data.nodes.length} nodes, ${data.edges.length} edges, ${data.attributes.sources.length} sources`,
      );
      const events = data.nodes.filter((n) => n.attributes.kind === "event").length;
      const documents = data.nodes.filter((n) => n.attributes.kind === "document").length;
      expect(out).toMatch(
        new RegExp(
          `nodes by kind: events ${events}, organisations \\d+, people \\d+, documents ${documents}, themes \\d+`,
        ),
      );
      const relation = data.edges[0].attributes.relation;
      const ofRelation = data.edges.filter((e) => e.attributes.relation === relation).length;
      expect(out).toMatch(new RegExp(`edges by relation: (?:.*, )?${relation} ${ofRelation}(?:,|$)`, "m"));
      expect(out).toMatch(new RegExp(`citations by source: ${data.attributes.sources[0].id} \\d+`));
      expect(out).toContain(
        `cited: nodes ${data.nodes.length}/${data.nodes.length} (100%), edges ${data.edges.length}/${data.edges.length} (100%)`,
      );
    }
  });
});

describe("validate on a single file or a folder", () => {
  it("accepts a valid file and prints its summary", async () => {
    const { code, out } = await runs.valid;
    expect(code).toBe(0);
    expect(out).toContain("✓ test/fixtures/valid/dataset.json");
    expect(out).toContain("8 nodes, 7 edges, 2 sources");
    expect(out).toContain("nodes by kind: events 2, organisations 3, people 0, documents 2, themes 1");
    expect(out).toContain(
      "edges by relation: hosted 2, addresses 1, co-organised 1, considered-at 1, derived-from 1, prepared 1",
    );
    expect(out).toContain("citations by source: seed 13, minutes 2");
  });

  it("exits 1 on a broken file, naming the file, the place and the fault", async () => {
    const { code, err } = await runs.brokenFile;
    expect(code).toBe(1);
    expect(err).toContain("✗ test/fixtures/broken/unknown-relation.json: 1 problem");
    expect(err).toContain(
      'test/fixtures/broken/unknown-relation.json: edge "icct--hosted--hague-conference-2011" "icct" -> "hague-conference-2011" (sponsored), field relation: unknown relation "sponsored"',
    );
  });

  it("in a folder of broken files, reports each file and exits 1", async () => {
    const { code, err } = await runs.brokenFolder;
    expect(code).toBe(1);
    const broken = readdirSync(join(ROOT, "test/fixtures/broken")).filter((n) => n.endsWith(".json"));
    for (const name of broken) expect(err).toContain(`✗ test/fixtures/broken/${name}: 1 problem`);
    expect(err).toContain(
      'test/fixtures/broken/impossible-date.json: node "hague-conference-2011", field start: "2011-02-30"',
    );
  });

  it("takes a folder too, and prints warnings but exits 0 when there are only warnings", async () => {
    const { code, out } = await runs.valid;
    expect(code).toBe(0);
    expect(out).toContain("✓ test/fixtures/warnings/undated-lineage.json");
    expect(out).toContain(
      'test/fixtures/warnings/undated-lineage.json: warning: node "abu-dhabi-guidance", field start:',
    );
  });

  it("reports a file that is not JSON with its line and column, and reads one with a byte-order mark", async () => {
    const { code, out, err } = await runs.scratch;
    expect(code).toBe(1);
    expect(err).toMatch(/not-json\.json: line 3, column 15: not valid JSON: /);
    expect(out).toMatch(/✓ .*with-bom\.json/);
  });

  it("exits 1 when a path does not exist, after checking the others", async () => {
    const { code, out, err } = await runs.scratch;
    expect(code).toBe(1);
    expect(err).toMatch(/no such file or folder: .*no-such-folder/);
    expect(out).toMatch(/✓ .*with-bom\.json/);
  });
});

describe("validate on other formats", () => {
  it("reads a GEXF file and names an edge that points at a missing node", async () => {
    const { code, err } = await runs.gexf;
    expect(code).toBe(1);
    expect(err).toMatch(/dangling\.gexf/);
    expect(err).toMatch(/ghost/);
  });
});
