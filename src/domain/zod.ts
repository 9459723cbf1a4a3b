/**
 * zod, configured once for the whole engine. Every module imports `z` from here, never from 'zod'.
 *
 * `zod/mini`, zod 4's functional API (`z.optional(x)`, `x.check(z.minLength(1))`): the same parser
 * and the same issues as the classic API, without the methods every classic schema carries (among
 * them `.toJSONSchema()`, which alone brought about 6 KB of gzip), nor the English messages no
 * caller reads (issues are turned into codes, see profile/load.ts). The profile schema is parsed in
 * the browser by every page with an island: about 13 KB of gzip instead of 35. The CLI's `schema`
 * command imports `toJSONSchema` where it needs it.
 *
 * `jitless`: zod 4 compiles object parsers with `new Function` when it may. The site's
 * Content-Security-Policy forbids `eval` (src/lib/csp.ts), and zod's first attempt to find out
 * whether it may is itself reported as a policy violation; parsing without compiled code behaves
 * the same everywhere (browser, CLI, tests) and asks the browser for nothing it refuses.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
