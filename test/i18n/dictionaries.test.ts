import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { t } from '../../src/i18n/index.ts';

// The key list comes from the English file (source of truth); the strict schema in
// src/i18n/index.ts also fails the build, this test says which key is wrong.
describe('message dictionaries', () => {
  const enKeys = Object.keys(en).sort();
  const frKeys = Object.keys(fr).sort();

  it('have exactly the same keys in French and English', () => {
    expect(frKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !frKeys.includes(k))).toEqual([]);
  });

  it('use flat dotted keys', () => {
    for (const key of enKeys) expect(key).toMatch(/^[a-z][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)+$/);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of enKeys) {
      expect(placeholders((fr as Record<string, string>)[key]!), key).toEqual(placeholders((en as Record<string, string>)[key]!));
    }
  });

  it('write French with a non-breaking space before : ; ? ! and inside « »', () => {
    for (const [key, value] of Object.entries(fr as Record<string, string>)) {
      const prose = value.replace(/`[^`]*`/g, '').replace(/https?:\/\/\S+/g, '').replace(/\{\w+\}/g, '');
      expect(prose, key).not.toMatch(/[^\u00a0\u202f][;?!]/);
      expect(prose, key).not.toMatch(/[^\u00a0\u202f\d]:(?!\d)/);
      expect(prose, key).not.toMatch(/«[^\u00a0\u202f]|[^\u00a0\u202f]»/);
    }
  });

  it('fill placeholders and keep unknown ones visible', () => {
    expect(t('en', 'search.results', { count: 3 })).toBe('3 results');
    expect(t('en', 'search.results')).toBe('{count} results');
  });
});

describe('countOf', () => {
  it('chooses the plural by each language’s rules', async () => {
    const { countOf } = await import('../../src/i18n/index.ts');
    expect(countOf('en', 'error', 0)).toBe('0 errors');
    expect(countOf('en', 'error', 1)).toBe('1 error');
    expect(countOf('fr', 'error', 0)).toBe('0 erreur');
    expect(countOf('fr', 'error', 1)).toBe('1 erreur');
    expect(countOf('fr', 'warning', 2)).toBe('2 avertissements');
    expect(countOf('en', 'command', 3)).toBe('3 commands');
  });
});

describe('dictionaryProblems (the check every dictionary passes at import time)', () => {
  it('accepts both dictionaries and names a missing, empty, non-string or extra key', async () => {
    const { dictionaryProblems } = await import('../../src/i18n/index.ts');
    expect(dictionaryProblems(en)).toEqual([]);
    expect(dictionaryProblems(fr)).toEqual([]);
    const [first, second, third] = Object.keys(en);
    const broken: Record<string, unknown> = { ...fr, [second!]: '', [third!]: 3, 'nav.extra': 'x' };
    delete broken[first!];
    expect(dictionaryProblems(broken)).toEqual([`${first}: missing`, `${second}: empty`, `${third}: not a string`, 'extra keys nav.extra']);
    expect(dictionaryProblems(null)).toEqual(['not an object']);
  });
});
