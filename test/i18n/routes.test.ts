import { describe, expect, it } from 'vitest';
import { alternatePath, langOfPath, localePath, pickLanguage } from '../../src/i18n/routes.ts';

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
