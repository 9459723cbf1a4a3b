import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../src/domain/zod.ts';

/**
 * zod never tries `new Function`: the site's Content-Security-Policy forbids eval, and zod's probe
 * for it is itself reported as a violation. So zod is configured jitless in one module and every
 * source file takes `z` from there.
 */
describe('zod', () => {
  it('is configured jitless', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('is imported only through src/domain/zod.ts', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|tsx|astro|mjs)$/.test(entry.name) && path !== join('src', 'domain', 'zod.ts') && /from ['"]zod['"]/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    walk('src');
    expect(offenders).toEqual([]);
  });
});
