// The two apps the explorer is timed against, pinned to one commit each, and how each is built
// into bench-results/peers/<name>-<commit>/ (kept between runs). Sources come from a checkout
// given on the command line (--gephi-lite=DIR, --sigma=DIR: the repository root at that commit)
// or from GitHub by git; a machine that reaches neither gets a plain message and no peer rows.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface Peer {
  name: "gephi-lite" | "sigma-demo";
  repo: string;
  commit: string;
  /** The folder of the repository the app is built in. */
  app: string;
  /** What is built, relative to `app`. */
  output: string;
  /** The page's address, relative to the served build, for a graph file `data`. */
  address: (data: string) => string;
}

export const PEERS: readonly Peer[] = [
  {
    name: "gephi-lite",
    repo: "https://github.com/gephi/gephi-lite.git",
    commit: "36b6566375a7fa8ef927af07c0e8ebd0b9fd3112",
    app: "packages/gephi-lite",
    output: "build",
    address: (data) => `index.html?file=${encodeURIComponent(new URL(data, "http://x/").pathname)}`,
  },
  {
    name: "sigma-demo",
    repo: "https://github.com/jacomyal/sigma.js.git",
    commit: "13062dc5be4f876d7c188411b120bb5a3a0be6f4",
    app: "packages/demo",
    output: "build",
    address: () => "index.html",
  },
];

const run = (cmd: string, args: string[], cwd: string, log: (l: string) => void, env: Record<string, string> = {}) => {
  log(`  $ ${cmd} ${args.join(" ")}   (in ${cwd})`);
  // Without the bench's NODE_ENV=production, which would make npm leave out the devDependencies
  // the peers' builds need (preconstruct, ts-patch); vite build sets its own.
  const { NODE_ENV: _, ...inherited } = process.env;
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "ignore", "inherit"], env: { ...inherited, CI: "true", ...env } });
};

/** Builds `peer` once per commit; returns the built folder, or why it could not. */
export function preparePeer(peer: Peer, root: string, source: string | undefined, log: (l: string) => void) {
  const built = join(root, `${peer.name}-${peer.commit.slice(0, 8)}`);
  if (existsSync(join(built, "index.html"))) return { built };
  const work = join(root, "src", peer.name);
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(root, "src"), { recursive: true });
    if (source) cpSync(source, work, { recursive: true, filter: (p) => !p.includes("node_modules") });
    else {
      run("git", ["clone", "--quiet", "--filter=blob:none", peer.repo, work], root, log);
      run("git", ["checkout", "--quiet", peer.commit], work, log);
    }
  } catch (error) {
    return {
      why: `${peer.name}: cannot fetch ${peer.repo} at ${peer.commit} (${(error as Error).message.split("\n")[0]})`,
    };
  }
  try {
    if (peer.name === "sigma-demo") buildDemo(join(work, peer.app), `${work}-alone`, log);
    else buildGephiLite(work, log);
    rmSync(built, { recursive: true, force: true });
    cpSync(join(work, peer.app, peer.output), built, { recursive: true });
    return { built };
  } catch (error) {
    return { why: `${peer.name}: build failed (${(error as Error).message.split("\n")[0]})` };
  }
}

// The demo lives in sigma's monorepo; built alone, out of the workspace (whose own install would
// build every package from source), from the published sigma 3.0.2 it was made for, without the
// type checker (a build of the same code that only skips the check).
function buildDemo(inRepo: string, dir: string, log: (l: string) => void) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(inRepo, dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  pkg.dependencies.sigma = "3.0.2";
  pkg.dependencies["@sigma/node-image"] = "3.0.0";
  for (const dev of ["vite-plugin-checker", "vite-tsconfig-paths", "typescript"]) delete pkg.devDependencies[dev];
  writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2));
  writeFileSync(
    join(dir, "vite.config.mts"),
    `import react from "@vitejs/plugin-react";\nimport { defineConfig } from "vite";\nexport default defineConfig({ base: "", plugins: [react()], build: { outDir: "build" } });\n`,
  );
  // Its tsconfig extends the monorepo's; esbuild needs only the JSX setting.
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { jsx: "react-jsx", target: "ES2020" } }),
  );
  run("npm", ["install", "--legacy-peer-deps", "--no-audit", "--no-fund"], dir, log);
  run("npx", ["vite", "build"], dir, log);
  cpSync(join(dir, "build"), join(inRepo, "build"), { recursive: true });
}

// Gephi Lite's own build runs tsc and eslint through vite-plugin-checker: skipped (same output).
function buildGephiLite(dir: string, log: (l: string) => void) {
  run("npm", ["install", "--no-audit", "--no-fund"], dir, log);
  const config = join(dir, "packages/gephi-lite/vite.config.mts");
  const text = readFileSync(config, "utf8");
  writeFileSync(config, text.replace(/\n\s*checker\(\{[\s\S]*?\n\s{4}\}\),/, ""));
  run("npx", ["preconstruct", "build"], dir, log);
  // Served at the root of its own server, like the other two apps.
  run("npx", ["vite", "build"], join(dir, "packages/gephi-lite"), log, { BASE_URL: "/" });
}
