/**
 * zod, configured once for the whole engine. Every module imports `z` from here, never from 'zod'.
 *
 * `jitless`: zod 4 compiles object parsers with `new Function` when it may. The site's
 * Content-Security-Policy forbids `eval` (src/lib/csp.ts), and zod's first attempt to find out
 * whether it may is itself reported as a policy violation; parsing without compiled code behaves
 * the same everywhere (browser, CLI, tests) and asks the browser for nothing it refuses.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
