// How this project launches Debian's Chromium headless (docs/architecture.md): the browser
// tests and the browser benchmark use the same binary and flags, so their figures compare.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Software WebGL 2 through SwiftShader; --use-gl=swiftshader alone gives no WebGL.
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];
