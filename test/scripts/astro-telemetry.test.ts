import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astroEnvironment } from '../../scripts/astro.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

// Astro's CLI sends anonymous usage data to its telemetry host unless ASTRO_TELEMETRY_DISABLED is
// set. Nothing Passerelle runs may contact an outside host, so every Astro command goes through
// scripts/astro.mjs, which sets it, and astro.config.mjs sets it too.
describe('Astro telemetry is off for every Astro command the project runs', () => {
  const scripts: Record<string, string> = JSON.parse(read('package.json')).scripts;

  it('starts Astro only through scripts/astro.mjs in the npm scripts', () => {
    const astroCommands = Object.entries(scripts).filter(([, command]) => /\bastro(\.mjs)?\s/.test(command));
    expect(astroCommands.map(([name]) => name).sort()).toEqual(expect.arrayContaining(['build', 'dev', 'start', 'test:types']));
    for (const [name, command] of astroCommands) {
      // Every occurrence of `astro <verb>` is preceded by `node scripts/`.
      for (const match of command.matchAll(/(\S+\s+)?(\S*astro(\.mjs)?)\s+(build|preview|dev|check|sync)\b/g)) {
        expect(`${match[1] ?? ''}${match[2]}`.trim(), `${name}: ${command}`).toBe('node scripts/astro.mjs');
      }
    }
  });

  it('starts the browser tests’ preview server through scripts/astro.mjs', () => {
    const config = read('playwright.config.ts');
    expect(config).toMatch(/command: `node scripts\/astro\.mjs preview /);
    expect(config).not.toMatch(/npx astro/);
  });

  it('sets ASTRO_TELEMETRY_DISABLED in the wrapper and in astro.config.mjs', () => {
    expect(astroEnvironment({ PATH: '/bin' })).toEqual({ PATH: '/bin', ASTRO_TELEMETRY_DISABLED: '1' });
    expect(read('astro.config.mjs')).toMatch(/^process\.env\.ASTRO_TELEMETRY_DISABLED = '1';$/m);
  });

  it('runs Astro’s own CLI through the wrapper', async () => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['scripts/astro.mjs', '--version'], { cwd: root }, (error, out) => (error ? reject(error) : resolve(out))),
    );
    const version = JSON.parse(read('node_modules/astro/package.json')).version;
    expect(stdout).toContain(version);
  }, 60_000);
});
