/**
 * Imported first by main.tsx: zod's compiled parsers probe `new Function`, which the server's CSP
 * (script-src 'self', no 'unsafe-eval') refuses and reports as a violation; jitless parsers never try.
 */
import { config } from 'zod';

config({ jitless: true });
