import { describe, expect, it } from 'vitest';
import { localize, splitId } from '../../src/lib/localize.ts';

describe('localize', () => {
  it('serves a page missing in one language with the other language and a fallback flag', () => {
    const pages = localize([{ id: 'en/only-en' }, { id: 'fr/both' }, { id: 'en/both' }]);
    const find = (lang: string, slug: string) => pages.find((p) => p.lang === lang && p.slug === slug);
    expect(find('fr', 'only-en')).toEqual({ lang: 'fr', slug: 'only-en', entry: { id: 'en/only-en' }, fallback: true });
    expect(find('en', 'only-en')?.fallback).toBe(false);
    expect(find('fr', 'both')).toEqual({ lang: 'fr', slug: 'both', entry: { id: 'fr/both' }, fallback: false });
    expect(pages).toHaveLength(4);
  });
  it('splits ids', () => {
    expect(splitId('fr/a/b')).toEqual({ lang: 'fr', slug: 'a/b' });
  });
});
