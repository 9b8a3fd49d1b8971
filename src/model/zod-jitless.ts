// The built page forbids eval (script-src 'self'). zod probes `new Function` to decide whether to
// compile its parsers; jitless mode skips the probe, so the page reports no CSP violation.
// Imported first by App, before any schema parses.
import { z } from "zod";

z.config({ jitless: true });
