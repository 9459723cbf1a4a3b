import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { messagePart, messageParts } from '../../src/i18n/message-parts.ts';

// The browser's dictionary module (the client build swaps it in for src/i18n/dictionaries.ts):
// a page holds only its reader's language until something asks for both.
describe('reader-dictionary (browser)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function loadFor(lang: string | undefined, messages?: string) {
    if (lang !== undefined) vi.stubGlobal('document', { documentElement: { lang, dataset: messages === undefined ? {} : { messages } } });
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

  it('a page that names a part holds that part only, then the whole dictionary on request', async () => {
    const reader = await loadFor('fr', 'runbook');
    expect(reader.loadedDictionaries.fr).toEqual(messagePart(fr, 'runbook'));
    expect(Object.keys(reader.loadedDictionaries)).toEqual(['fr']);
    await reader.loadDictionaries(['fr']);
    expect(reader.loadedDictionaries.fr).toEqual(fr);
    await reader.loadDictionaries(['fr', 'en']);
    expect(reader.loadedDictionaries.en).toEqual(en);
  });

  it('adds a part to the one the page holds, once; nothing to add once the whole dictionary is here', async () => {
    const reader = await loadFor('fr', 'runbook');
    expect(reader.holdsMessagePart('fr', 'runbook')).toBe(true);
    expect(reader.holdsMessagePart('fr', 'findings')).toBe(false);
    expect(reader.loadedDictionaries.fr!['rule.dial-plan-name.message' as keyof typeof fr]).toBeUndefined();
    await reader.loadMessagePart('fr', 'findings');
    expect(reader.holdsMessagePart('fr', 'findings')).toBe(true);
    expect(reader.loadedDictionaries.fr).toEqual({ ...messagePart(fr, 'runbook'), ...messagePart(fr, 'findings') });
    await reader.loadDictionaries(['fr']);
    expect(reader.loadedDictionaries.fr).toEqual(fr);
    await reader.loadMessagePart('fr', 'findings');
    expect(reader.loadedDictionaries.fr).toEqual(fr);
  });

  it('a finding printed once its part is added is no longer reported', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const reader = await loadFor('en', 'runbook');
      await reader.loadMessagePart('en', 'findings');
      reader.reportUnloaded('rule.dial-plan-name.message.nope', false);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('an unknown part loads the whole dictionary', async () => {
    const reader = await loadFor('en', 'toString');
    expect(reader.loadedDictionaries.en).toEqual(en);
  });

  it('has a loader for every part, in both languages (src/i18n/message-parts.ts)', async () => {
    const reader = await loadFor('en');
    expect(Object.keys(reader.partLoaders).sort()).toEqual(Object.keys(messageParts).sort());
    for (const [part, loaders] of Object.entries(reader.partLoaders)) {
      expect((await loaders.fr()).default).toEqual(messagePart(fr, part as 'runbook'));
      expect((await loaders.en()).default).toEqual(messagePart(en, part as 'runbook'));
    }
  });

  it('says so when a message outside the part is printed, or asked about in a namespace the part lacks', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const reader = await loadFor('en', 'runbook');
      reader.reportUnloaded('runbook.note.nope', false); // a key that may not exist, in a namespace the part holds: asked, not printed
      expect(errors).not.toHaveBeenCalled();
      reader.reportUnloaded('inventory.title', false);
      expect(errors).toHaveBeenCalledTimes(1);
      reader.reportUnloaded('rule.ps-parse-error.title', true);
      expect(errors).toHaveBeenCalledTimes(2);
      expect(String(errors.mock.calls[1]![0])).toContain('rule.ps-parse-error.title');
      await reader.loadDictionaries(['en']);
      reader.reportUnloaded('inventory.title', true);
      expect(errors).toHaveBeenCalledTimes(2);
    } finally {
      errors.mockRestore();
    }
  });
});
