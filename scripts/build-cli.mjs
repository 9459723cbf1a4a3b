// Builds the passerelle CLI ahead of time: esbuild bundles src/cli/bin.ts and everything it
// imports (the domain engine, valibot, the catalog, both dictionaries) into plain JavaScript under
// dist-cli/, so `passerelle` starts without compiling TypeScript. Code splitting keeps each
// verb's lazy imports lazy: `lint` does not load the runbook generator, `generate` not the linter.
// Runs from `npm install`/`npm ci` (the `prepare` script) and from `npm run build`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The built entry point that bin/passerelle.mjs runs. */
export const builtCli = 'dist-cli/passerelle.mjs';

/** Builds the CLI into `outdir` (dist-cli/ by default); resolves once the files are written. */
export async function buildCli({ outdir = `${root}dist-cli` } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { passerelle: 'src/cli/bin.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
