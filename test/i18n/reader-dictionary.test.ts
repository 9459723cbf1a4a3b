import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };

// The browser's dictionary module (the client build swaps it in for src/i18n/dictionaries.ts):
// a page holds only its reader's language until something asks for both.
describe('reader-dictionary (browser)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function loadFor(lang: string | undefined) {
    if (lang !== undefined) vi.stubGlobal('document', { documentElement: { lang } });
    return import('../../src/i18n/reader-dictionary.ts');
  }

  it('holds only the page’s language, then the other one on request', async () => {
    const reader = await loadFor('fr');
    expect(Object.keys(reader.loadedDictionaries)).toEqual(['fr']);
    expect(reader.loadedDictionaries.fr).toEqual(fr);
    await reader.loadDictionaries(['fr', 'en']);
    expect(Object.keys(reader.loadedDictionaries).sort()).toEqual(['en', 'fr']);
    expect(reader.loadedDictionaries.en).toEqual(en);
  });

  it('an English page holds English only', async () => {
    const reader = await loadFor('en');
    expect(Object.keys(reader.loadedDictionaries)).toEqual(['en']);
  });

  it('without a document (a worker) or with an unknown language, holds both', async () => {
    expect(Object.keys((await loadFor(undefined)).loadedDictionaries).sort()).toEqual(['en', 'fr']);
    vi.resetModules();
    expect(Object.keys((await loadFor('de')).loadedDictionaries).sort()).toEqual(['en', 'fr']);
  });
});
