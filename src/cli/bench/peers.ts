// `npm run bench -- --peers`: the explorer next to its peers, Gephi Lite and the sigma.js demo, on
// the same generated GEXF (issue 14). Only the npm registry is reachable where this runs, so the
// peers must come from there: this asks npm whether they are published, and says plainly when they
// are not (so far neither is: both live only in their GitHub repositories), instead of timing
// anything else in their place. The rest of the benchmark runs either way.
import { spawnSync } from "node:child_process";

/** Where each peer would be on npm, by the names its project uses. */
const PEERS: readonly { peer: string; packages: readonly string[] }[] = [
  { peer: "Gephi Lite", packages: ["gephi-lite", "@gephi/gephi-lite"] },
  { peer: "the sigma.js demo", packages: ["@sigma/demo", "sigma-demo"] },
];

/** The published version of a package, or null when npm has none (or cannot be asked). */
function published(name: string): string | null {
  const npm = spawnSync("npm", ["view", name, "version", "--json"], { encoding: "utf8", timeout: 60_000 });
  if (npm.status !== 0) return null;
  const version = JSON.parse(npm.stdout || "null") as unknown;
  return typeof version === "string" ? version : null;
}

/** Sentences for the report's notes: what was found, and why the peer rows are missing. */
export function peerNotes(): string[] {
  return PEERS.map(({ peer, packages }) => {
    const found = packages.map((name) => [name, published(name)] as const).find(([, version]) => version);
    return found
      ? `peers: ${peer} is on npm as ${found[0]}@${found[1]}, but building and timing it is not written yet: no rows`
      : `peers: ${peer} cannot be fetched — not on npm (${packages.join(", ")}) and GitHub is not reachable here: no rows`;
  });
}
