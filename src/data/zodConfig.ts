/**
 * Zod without its compiled fast path. Zod 4 probes for `new Function` on the first object parse to
 * decide whether to JIT-compile schemas; under the app's `script-src 'self'` (no 'unsafe-eval') that
 * probe is refused and reported as a CSP violation each time the app starts. Interpreted parsing is
 * plenty fast for our schemas (cards, share links, stored recipes). Imported first by src/main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });
