// The e2e static server maps URLs to files under dist/ and test/fixtures/e2e/ only.
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { DIST, FIXTURES, fileFor, startServer } from "./server";

describe("e2e static server", () => {
  it("serves the app from dist/ and fixtures from test/fixtures/e2e/", () => {
    expect(fileFor("/")).toBe(join(DIST, "index.html"));
    expect(fileFor("/assets/app.js?v=1")).toBe(join(DIST, "assets/app.js"));
    expect(fileFor("/fixtures/xss.json")).toBe(join(FIXTURES, "xss.json"));
  });

  it("refuses paths that climb out of its folders", () => {
    for (const path of ["/../package.json", "/fixtures/../../src/main.tsx", "/%2e%2e/package.json", "/%E0%A4%A"])
      expect(fileFor(path), path).toBeNull();
  });

  it("listens on 127.0.0.1 at a port chosen at run time, and answers 404 for what it does not have", async () => {
    const [a, b] = await Promise.all([startServer(), startServer()]);
    try {
      expect(a.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(a.baseUrl).not.toBe(b.baseUrl);
      expect((await fetch(new URL("fixtures/none.json", a.baseUrl))).status).toBe(404);
      const fixture = await fetch(new URL("fixtures/xss.json", a.baseUrl));
      expect(fixture.headers.get("content-type")).toContain("application/json");
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
