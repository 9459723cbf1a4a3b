#!/usr/bin/env node
// Runs the TypeScript sources directly: tsx's register API installs the loader for this process
// only, then the CLI is imported. process.exitCode (not process.exit) lets stdout drain first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
