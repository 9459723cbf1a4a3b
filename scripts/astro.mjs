// Runs the Astro CLI (`node scripts/astro.mjs build|preview|dev|check …`) with Astro's telemetry
// off: every npm script that calls Astro goes through here, so no install, build, check or test
// contacts Astro's telemetry host. The same process runs Astro's own bin, with the arguments moved
// into place, so exit codes and output are Astro's. Works on any shell (no `VAR=1 cmd` syntax).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The environment Astro runs with: the caller's, with telemetry disabled. */
export function astroEnvironment(env) {
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.env.ASTRO_TELEMETRY_DISABLED = astroEnvironment(process.env).ASTRO_TELEMETRY_DISABLED;
  const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  process.argv = [process.argv[0], astroBin, ...process.argv.slice(2)];
  await import(pathToFileURL(astroBin).href);
}
