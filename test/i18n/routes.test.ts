import { describe, expect, it } from 'vitest';
import { alternatePath, hreflangLinks, langOfPath, localePath, pickLanguage } from '../../src/i18n/routes.ts';

describe('alternatePath', () => {
  it.each([
    ['/fr/guide/certificates/#wildcards', 'en', '/en/guide/certificates/#wildcards'],
    ['/en/', 'fr', '/fr/'],
    ['/en', 'fr', '/fr/'],
    ['/en/reference/rules/dial-plan-name/', 'fr', '/fr/reference/rules/dial-plan-name/'],
    ['/', 'fr', '/fr/'],
    ['/english/', 'fr', '/fr/'],
  ] as const)('%s → %s', (path, lang, expected) => {
    expect(alternatePath(path, lang)).toBe(expected);
  });
});

describe('langOfPath / localePath', () => {
  it('reads the language prefix', () => {
    expect(langOfPath('/fr/lab/')).toBe('fr');
    expect(langOfPath('/de/lab/')).toBeUndefined();
  });
  it('builds paths with a trailing slash', () => {
    expect(localePath('en', 'guide', 'overview')).toBe('/en/guide/overview/');
    expect(localePath('fr')).toBe('/fr/');
  });
});

describe('pickLanguage', () => {
  it.each([
    [['fr-CA', 'en'], 'fr'],
    [['de-DE', 'en-GB'], 'en'],
    [['de'], 'en'],
    [[], 'en'],
    [['FR'], 'fr'],
  ] as const)('%j → %s', (prefs, expected) => {
    expect(pickLanguage(prefs)).toBe(expected);
  });
});

describe('hreflangLinks', () => {
  it('gives absolute French, English and x-default URLs for a page in a language', () => {
    expect(hreflangLinks('/fr/guide/certificates/', 'http://127.0.0.1:4321')).toEqual([
      { hreflang: 'fr', href: 'http://127.0.0.1:4321/fr/guide/certificates/' },
      { hreflang: 'en', href: 'http://127.0.0.1:4321/en/guide/certificates/' },
      { hreflang: 'x-default', href: 'http://127.0.0.1:4321/en/guide/certificates/' },
    ]);
  });

  it('makes the language choice the x-default of /', () => {
    expect(hreflangLinks('/', new URL('https://example.org/'))).toEqual([
      { hreflang: 'fr', href: 'https://example.org/fr/' },
      { hreflang: 'en', href: 'https://example.org/en/' },
      { hreflang: 'x-default', href: 'https://example.org/' },
    ]);
  });
});
