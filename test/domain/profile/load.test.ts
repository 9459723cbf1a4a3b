import { describe, expect, it } from 'vitest';
import { exampleProfile, loadProfile } from '../../../src/domain/profile/index.ts';
import { formatLoadIssue } from '../../../src/domain/messages.ts';
import { SCHEMA_VERSION } from '../../../src/domain/profile/schema.ts';

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
      expect(result).toEqual({ ok: false, issues: [{ code: 'missingSchemaVersion', path: ['schemaVersion'], params: { supported: SCHEMA_VERSION } }] });
      if (!result.ok) {
        expect(formatLoadIssue(result.issues[0]!, 'en')).toBe(
          'This file has no schemaVersion, so it is not a Passerelle profile, or it was cut or edited by hand. A profile starts with `{"schemaVersion": ' + SCHEMA_VERSION + '`.',
        );
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
    if (!result.ok) {
      expect(result.issues).toEqual([{ code: 'unknownField', path: ['users', 0, 'pin'], params: {} }]);
      expect(formatLoadIssue(result.issues[0]!, 'en')).toBe('users[0].pin: a profile has no such field (it never holds a password or a PIN).');
      expect(formatLoadIssue(result.issues[0]!, 'fr')).toMatch(/^users\[0\]\.pin\u00a0: un profil n’a pas ce champ/);
    }
  });

  it('names a missing field, a wrong value with what was expected, and an empty list that needs an entry', () => {
    const { sipDomain: _, ...noDomain } = exampleProfile.organization;
    const servers = [{ ...exampleProfile.exchange.servers[0]!, roles: [] }, ...exampleProfile.exchange.servers.slice(1)];
    const result = loadProfile({
      ...exampleProfile,
      organization: noDomain,
      exchange: { ...exampleProfile.exchange, servers },
      lync: { ...exampleProfile.lync, encryptionLevel: 'Always' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { code: 'missingField', path: ['organization', 'sipDomain'], params: {} },
      { code: 'tooFew', path: ['exchange', 'servers', 0, 'roles'], params: { min: '1', count: '0' } },
      { code: 'shape', path: ['lync', 'encryptionLevel'], params: { expected: 'oneOf', options: '["RequireEncryption","SupportEncryption","DoNotSupportEncryption"]', received: '"Always"' } },
    ]);
    expect(result.issues.map((issue) => formatLoadIssue(issue, 'en'))).toEqual([
      'organization.sipDomain: this field is required.',
      'exchange.servers[0].roles: at least 1 expected, 0 found.',
      'lync.encryptionLevel: "RequireEncryption", "SupportEncryption", or "DoNotSupportEncryption" expected, "Always" found.',
    ]);
    expect(formatLoadIssue(result.issues[2]!, 'fr')).toBe('lync.encryptionLevel\u00a0: attendu "RequireEncryption", "SupportEncryption" ou "DoNotSupportEncryption", trouvé "Always".');
    expect(formatLoadIssue(result.issues[0]!, 'fr')).toBe('organization.sipDomain\u00a0: ce champ est obligatoire.');
    expect(formatLoadIssue(result.issues[1]!, 'fr')).toBe('exchange.servers[0].roles\u00a0: il en faut au moins 1, il y en a 0.');
  });

  it('says what kind of value was expected in the reader’s language, not valibot’s English type names', () => {
    const dialPlans = [{ ...exampleProfile.dialPlans[0]!, extensionDigits: 'four' }, ...exampleProfile.dialPlans.slice(1)];
    const result = loadProfile({ ...exampleProfile, dialPlans, lync: { ...exampleProfile.lync, cumulativeUpdate: -1, phoneEdition: 'yes' }, users: {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = new Map(result.issues.map((issue) => [issue.path.join('.'), issue]));
    expect(byPath.get('dialPlans.0.extensionDigits')?.params).toEqual({ expected: 'number', received: '"four"' });
    expect(formatLoadIssue(byPath.get('dialPlans.0.extensionDigits')!, 'fr')).toBe('dialPlans[0].extensionDigits\u00a0: attendu un nombre, trouvé "four".');
    expect(formatLoadIssue(byPath.get('dialPlans.0.extensionDigits')!, 'en')).toBe('dialPlans[0].extensionDigits: a number expected, "four" found.');
    expect(formatLoadIssue(byPath.get('lync.cumulativeUpdate')!, 'fr')).toBe('lync.cumulativeUpdate\u00a0: attendu un nombre d’au moins 0, trouvé -1.');
    expect(formatLoadIssue(byPath.get('lync.phoneEdition')!, 'en')).toBe('lync.phoneEdition: true or false expected, "yes" found.');
    expect(formatLoadIssue(byPath.get('users')!, 'fr')).toBe('users\u00a0: attendu une liste ([…]), trouvé {…}.');
  });

  it('quotes at most 40 characters of a wrong value, never half a surrogate pair', () => {
    const long = `${'x'.repeat(38)}😀${'y'.repeat(5000)}`;
    const result = loadProfile({ ...exampleProfile, lync: { ...exampleProfile.lync, phoneEdition: long } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const received = String(result.issues[0]!.params.received);
    expect(received).toBe(`"${'x'.repeat(38)}…`);
    expect(received.length).toBeLessThan(45);
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
