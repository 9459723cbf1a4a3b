/**
 * The CLI as `npm install` leaves it, for tests that run the real bin: bin/passerelle.mjs beside a
 * dist-cli/ built from the current sources (scripts/build-cli.mjs), in a scratch folder without
 * node_modules, so nothing but the bundle can be loaded at run time.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface BinRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Installs the bin under `scratch` (call it in `beforeAll`); returns how to run it. */
export async function installBin(scratch: string): Promise<(args: string[], input?: string) => Promise<BinRun>> {
  const installed = join(scratch, 'installed');
  const bin = join(installed, 'bin/passerelle.mjs');
  mkdirSync(join(installed, 'bin'), { recursive: true });
  copyFileSync(join(projectRoot, 'bin/passerelle.mjs'), bin);
  writeFileSync(join(installed, 'package.json'), JSON.stringify({ type: 'module' }));
  await buildCli({ outdir: join(installed, 'dist-cli') });
  return (args, input) =>
    new Promise((resolve) => {
      const child = execFile(process.execPath, [bin, ...args], { cwd: projectRoot, env: { ...process.env, LANG: 'C', LC_ALL: '' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
      child.stdin?.end(input ?? '');
    });
}
