import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colon, labelled } from '../../src/i18n/index.ts';

describe('the colon after a label', () => {
  it('has a non-breaking space before it in French and none in English', () => {
    expect(`Serveur${colon('fr')}EX01`).toBe('Serveur\u00a0: EX01');
    expect(`Server${colon('en')}EX01`).toBe('Server: EX01');
  });

  it('ends a label set apart without a trailing space', () => {
    expect(labelled('fr', 'Opérateur')).toBe('Opérateur\u00a0:');
    expect(labelled('en', 'Operator')).toBe('Operator:');
  });

  // One place decides French typography: an island or a component that writes its own colon
  // (as four did, one with the English spacing in French) drifts from the others.
  it('is written nowhere else in the site’s code', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(tsx?|astro)$/.test(entry.name) && !path.startsWith(join('src', 'i18n'))) sources.push(path);
      }
    };
    walk('src');
    const offenders = sources.filter((path) => /\\u00a0:|\u00a0:/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
