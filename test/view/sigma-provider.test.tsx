// view/SigmaCanvas.tsx starts sigma itself (in a layout effect, for the first paint) and hands it to
// the controllers through @react-sigma's SigmaProvider, which the package marks @hidden: not part
// of its public API. The version is pinned exactly in package.json; this fails if an upgrade moves
// or changes it, before the canvas goes blank in the browser.
import { readFileSync } from "node:fs";
import { renderToString } from "react-dom/server";
import type Sigma from "sigma";
import { describe, expect, it, vi } from "vitest";

// Sigma reads WebGL's constants as it loads; Node has none, and nothing here draws.
vi.stubGlobal("WebGL2RenderingContext", class {});
vi.stubGlobal("WebGLRenderingContext", class {});
const { SigmaProvider, useSigma } = await import("@react-sigma/core");

function Probe() {
  const sigma = useSigma();
  return <span>{String((sigma as unknown as { name: string }).name)}</span>;
}

describe("@react-sigma/core's hidden SigmaProvider", () => {
  it("is pinned to the exact version installed", () => {
    const wanted = JSON.parse(readFileSync("package.json", "utf8")).dependencies["@react-sigma/core"];
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
    const installed = JSON.parse(readFileSync("node_modules/@react-sigma/core/package.json", "utf8")).version;
    expect(lock.packages["node_modules/@react-sigma/core"].version).toBe(wanted);
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(wanted);
  });

  it("hands the sigma SigmaCanvas gives it to the controllers' useSigma", () => {
    const sigma = { name: "the canvas's sigma" } as unknown as Sigma;
    const html = renderToString(
      <SigmaProvider value={{ sigma, container: {} as HTMLElement }}>
        <Probe />
      </SigmaProvider>,
    );
    expect(html).toBe("<span>the canvas&#x27;s sigma</span>");
  });
});
