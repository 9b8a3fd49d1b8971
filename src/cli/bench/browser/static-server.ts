// The browser benchmark's server: bench-results/ (the built app, the bare page and the synthetic
// datasets) at `/`.
import { fileUnder, requestPath, serveFiles, type StaticServer } from "../../static-server";

export function serve(root: string): Promise<StaticServer> {
  return serveFiles((url) => {
    const path = requestPath(url);
    return path === null ? null : fileUnder(root, path.slice(1));
  });
}
