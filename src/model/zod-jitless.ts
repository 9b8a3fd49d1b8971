// The built page forbids eval (script-src 'self'). zod decides when a schema is made whether to
// compile its parser with `new Function`, probing for it on the first parse; jitless mode skips
// both, so no CSP violation is reported. Imported first by schema.ts, the one module that makes
// schemas, so it holds however the bundle is split into chunks.
import { z } from "zod";

z.config({ jitless: true });
