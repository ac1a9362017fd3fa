/**
 * Zod without its compiled fast path, and with English messages. Zod 4 probes for `new Function` on
 * the first object parse to decide whether to JIT-compile schemas; under the app's `script-src 'self'`
 * (no 'unsafe-eval') that probe is refused and reported as a CSP violation each time the app starts.
 * Interpreted parsing is plenty fast for our schemas (cards, share links, stored recipes). The app uses
 * `zod/mini` (a quarter of classic zod's size in the first load), which ships no messages of its own:
 * English is set here. Imported first by src/main.tsx, and by every module with a schema (so tests
 * get the same messages).
 */
import * as z from 'zod/mini';

z.config({ jitless: true, ...z.locales.en() });
