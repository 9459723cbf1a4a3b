/**
 * The CLI's process entry point: runs `main` on the command line's arguments. scripts/build-cli.mjs
 * bundles this file into dist-cli/passerelle.mjs, which bin/passerelle.mjs runs; during
 * development `npm run passerelle:dev -- <verb> …` runs it from source through tsx.
 * process.exitCode (not process.exit) lets stdout drain first.
 */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
