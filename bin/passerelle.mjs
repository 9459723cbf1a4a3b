#!/usr/bin/env node
// Runs the CLI built ahead of time into dist-cli/ (scripts/build-cli.mjs, run by `npm install` and
// `npm run build`): plain JavaScript, no TypeScript compiler at run time.
import module from 'node:module';

const built = new URL('../dist-cli/passerelle.mjs', import.meta.url);

// Node keeps the compiled code of the bundle on disk (in the OS temporary folder) and reuses it at
// the next start: most of a cold start is V8 compiling the engine and the catalog.
module.enableCompileCache?.();

try {
  await import(built.href);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist-cli/passerelle.mjs')) throw error;
  process.stderr.write(
    'passerelle: the CLI is not built (dist-cli/passerelle.mjs is missing). Run `npm install` or `npm run build:cli` in the project folder.\n' +
      'passerelle : la CLI n’est pas compilée (dist-cli/passerelle.mjs manque). Lancez `npm install` ou `npm run build:cli` dans le dossier du projet.\n',
  );
  process.exitCode = 2;
}
