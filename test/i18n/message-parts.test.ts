import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { inMessagePart, isMessagePart, messagePart, messageParts, partsLoadedFirst } from '../../src/i18n/message-parts.ts';
import { profileRules } from '../../src/domain/profile-rules.ts';
import { rules } from '../../src/domain/rules/index.ts';

// The parts of the dictionary a page can load instead of the whole of it. Whether a part is
// enough for its pages is the size test's (test/size/message-parts.test.ts, on the built site);
// this holds the definitions themselves.
describe('message parts', () => {
  it('every pattern of a part names at least one message (a typo would silently name none)', () => {
    for (const [part, patterns] of Object.entries(messageParts)) {
      for (const pattern of patterns) {
        const regex = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
        expect(Object.keys(en).some((key) => regex.test(key)), `${part}: ${pattern}`).toBe(true);
      }
    }
  });

  it('the findings part holds the messages of every profile rule, and of no other rule; the runbook part none', () => {
    const profileIds = new Set(profileRules.map((rule) => rule.id));
    for (const rule of rules) {
      const keys = Object.keys(en).filter((key) => key.startsWith(`rule.${rule.id}.message`));
      expect(keys.length, rule.id).toBeGreaterThan(0);
      for (const key of keys) expect(inMessagePart('findings', key), key).toBe(profileIds.has(rule.id));
      for (const key of keys) expect(inMessagePart('runbook', key), key).toBe(false);
      expect(inMessagePart('findings', `rule.${rule.id}.title`)).toBe(false);
    }
    expect(Object.keys(en).filter((key) => inMessagePart('findings', key)).every((key) => key.startsWith('rule.'))).toBe(true);
  });

  it('a part loaded first is a part', () => {
    for (const [part, first] of Object.entries(partsLoadedFirst)) {
      expect(isMessagePart(part)).toBe(true);
      for (const other of first ?? []) expect(isMessagePart(other)).toBe(true);
    }
  });

  it('cuts a dictionary to a part, the same keys in both languages', () => {
    const partEn = messagePart(en, 'runbook');
    const partFr = messagePart(fr, 'runbook');
    expect(Object.keys(partFr)).toEqual(Object.keys(partEn));
    expect(partFr['runbookPage.copyAll']).toBe(fr['runbookPage.copyAll']);
    expect(partEn['runbookPage.download.title' as keyof typeof partEn]).toBeUndefined();
    expect(Object.keys(partEn).length).toBeLessThan(Object.keys(en).length / 3);
  });

  it('knows its parts', () => {
    expect(isMessagePart('runbook')).toBe(true);
    expect(isMessagePart('toString')).toBe(false);
    expect(isMessagePart(undefined)).toBe(false);
  });
});
