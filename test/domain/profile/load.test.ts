import { describe, expect, it } from 'vitest';
import { exampleProfile, loadProfile } from '../../../src/domain/profile/index.ts';
import { formatLoadIssue } from '../../../src/domain/messages.ts';

const withExchange = (version: unknown) => ({ ...exampleProfile, exchange: { ...exampleProfile.exchange, version } });

describe('loadProfile', () => {
  it('loads the example, from an object and from JSON text', () => {
    expect(loadProfile(exampleProfile)).toEqual({ ok: true, profile: exampleProfile });
    expect(loadProfile(JSON.stringify(exampleProfile)).ok).toBe(true);
  });

  it('reports malformed JSON without throwing', () => {
    const result = loadProfile('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.code).toBe('json');
  });

  it('reports an unknown schemaVersion where it is', () => {
    const result = loadProfile({ ...exampleProfile, schemaVersion: 7 });
    expect(result).toEqual({ ok: false, issues: [{ code: 'schemaVersion', path: ['schemaVersion'], params: { found: '7', supported: 2 } }] });
  });

  it('says a profile without any schemaVersion has none (not "version null")', () => {
    const { schemaVersion: _, ...unversioned } = exampleProfile;
    for (const document of [unversioned, { ...exampleProfile, schemaVersion: null }]) {
      const result = loadProfile(document);
      expect(result).toEqual({ ok: false, issues: [{ code: 'missingSchemaVersion', path: ['schemaVersion'], params: { supported: 1 } }] });
      if (!result.ok) {
        expect(formatLoadIssue(result.issues[0]!, 'en')).toBe('This file has no schemaVersion, so it is not a Passerelle profile, or it was cut or edited by hand. A profile starts with `{"schemaVersion": 1`.');
        expect(formatLoadIssue(result.issues[0]!, 'fr')).toMatch(/^Ce fichier n’a pas de schemaVersion\u00a0: /);
      }
    }
  });

  it('locates a shape problem deep in the profile', () => {
    const broken = { ...exampleProfile, dialPlans: [{ ...exampleProfile.dialPlans[0], extensionDigits: 'four' }] };
    const result = loadProfile(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([['dialPlans', 0, 'extensionDigits']]);
  });

  it('refuses unknown fields, so no secret can ride along in a profile', () => {
    const result = loadProfile({ ...exampleProfile, users: [{ ...exampleProfile.users[0], pin: '123456' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'shape', path: ['users', 0], params: { keys: 'pin' } });
  });

  it('explains an Exchange 2019 profile with the rule instead of a bare schema error', () => {
    const result = loadProfile(withExchange('2019'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ code: 'rule', path: ['exchange', 'version'], params: { ruleId: 'exchange-2019-no-um', version: '2019' } }]);
    expect(formatLoadIssue(result.issues[0]!, 'en')).toBe(
      'exchange.version: Exchange 2019 has no Unified Messaging: this integration needs Exchange 2013 or 2016.',
    );
    expect(formatLoadIssue(result.issues[0]!, 'fr')).toMatch(/^exchange\.version\u00a0: Exchange 2019/);
  });

  it('keeps the schema error for other wrong versions', () => {
    const result = loadProfile(withExchange('2010'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.code).toBe('shape');
  });
});
