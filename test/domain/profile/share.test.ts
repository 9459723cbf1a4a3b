import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleProfile, profileSchema, type Profile } from '../../../src/domain/profile/index.ts';
import {
  decodeProfileFragment,
  encodeProfileFragment,
  fnv1a,
  fragmentWithoutProfile,
  PROFILE_STORAGE_KEY,
  profileFileName,
  profileIdentity,
  progressStorageKey,
  readStoredProfile,
  serializeProfile,
  shareLinkAction,
} from '../../../src/domain/profile/share.ts';
import { toJsonSchema } from '@valibot/to-json-schema';
import { setAt } from '../../../src/domain/profile/edit.ts';

describe('stored profile', () => {
  it('is versioned by its key and carries its schemaVersion', () => {
    expect(PROFILE_STORAGE_KEY).toBe('passerelle.profile.v1');
    expect(JSON.parse(serializeProfile(exampleProfile)).schemaVersion).toBe(2);
  });

  it('reads back what was serialized', () => {
    expect(readStoredProfile(serializeProfile(exampleProfile))).toEqual({ kind: 'ok', profile: exampleProfile });
  });

  it('is empty when absent', () => {
    expect(readStoredProfile(null)).toEqual({ kind: 'empty' });
    expect(readStoredProfile('')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['truncated JSON', '{"schemaVersion": 1, ', 'json'],
    ['a future version', JSON.stringify({ ...exampleProfile, schemaVersion: 7 }), 'schemaVersion'],
    ['a wrong shape', JSON.stringify({ ...exampleProfile, dialPlans: 'ParisSIP' }), 'shape'],
  ])('is unreadable, raw kept, issues located, on %s', (_, raw, code) => {
    const stored = readStoredProfile(raw);
    expect(stored.kind).toBe('unreadable');
    if (stored.kind !== 'unreadable') return;
    expect(stored.raw).toBe(raw);
    expect(stored.issues[0]!.code).toBe(code);
  });
});

describe('share fragment', () => {
  it('round-trips the example profile', () => {
    const fragment = encodeProfileFragment(exampleProfile);
    expect(fragment).toMatch(/^profile=[A-Za-z0-9_-]+$/);
    expect(decodeProfileFragment(`#${fragment}`)).toEqual({ ok: true, profile: exampleProfile });
  });

  it('round-trips any text in the profile, non-ASCII and hostile values included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const profile = setAt(exampleProfile, ['name'], text) as Profile;
        expect(decodeProfileFragment(encodeProfileFragment(profile))).toEqual({ ok: true, profile });
      }),
      { numRuns: 200 },
    );
  });

  it('ignores fragments without a profile (ordinary anchors)', () => {
    expect(decodeProfileFragment('#create-um-dial-plans')).toBeUndefined();
    expect(decodeProfileFragment('')).toBeUndefined();
  });

  it.each([
    ['not base64url', '#profile=%%%'],
    ['base64 of non-UTF-8 bytes', '#profile=_w'],
    ['base64 of non-JSON', `#profile=${Buffer.from('hello').toString('base64url')}`],
  ])('reports %s as a JSON issue', (_, fragment) => {
    const result = decodeProfileFragment(fragment);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.issues[0]!.code).toBe('json');
  });

  it('reports a wrong shape with its path', () => {
    const bad = Buffer.from(JSON.stringify({ ...exampleProfile, lync: { ...exampleProfile.lync, encryptionLevel: 'Always' } })).toString('base64url');
    const result = decodeProfileFragment(`#profile=${bad}`);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.issues[0]!.path).toEqual(['lync', 'encryptionLevel']);
  });

  it('never carries a secret: the schema has no such field and refuses extra fields', () => {
    const keys = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) (keys.add(k), walk(v));
    };
    walk(toJsonSchema(profileSchema));
    const propertyNames = [...keys].filter((k) => !['type', 'properties', 'required', 'items', 'enum', 'const', 'additionalProperties', '$schema', 'minItems', 'minimum', 'maximum', 'anyOf', 'description'].includes(k));
    expect(propertyNames.filter((k) => /pass|pin|secret|credential|token|pfx|key/i.test(k))).toEqual([]);
    const withPassword = { ...exampleProfile, pfxPassword: 'hunter2' } as unknown as Profile;
    expect(() => encodeProfileFragment(withPassword)).toThrow();
  });

  it('drops only its own parameter from the fragment', () => {
    expect(fragmentWithoutProfile('#profile=abc')).toBe('');
    expect(fragmentWithoutProfile('#profile=abc&x=1')).toBe('#x=1');
    expect(fragmentWithoutProfile('#run-exchucutil')).toBe('#run-exchucutil');
  });
});

describe('file name and identity', () => {
  it('names the export after the deployment, in ASCII', () => {
    expect(profileFileName(exampleProfile)).toBe('passerelle-profile-contoso-paris-lyon.json');
    const { name: _omit, ...unnamed } = exampleProfile;
    expect(profileFileName(unnamed as Profile)).toBe('passerelle-profile-contoso-com.json');
  });

  it('keys progress by label and SIP domain, so other edits keep it', () => {
    const edited = setAt(exampleProfile, ['dialPlans', 0, 'name'], 'Autre');
    expect(progressStorageKey(edited)).toBe(progressStorageKey(exampleProfile));
    expect(progressStorageKey(setAt(exampleProfile, ['name'], 'Fabrikam'))).not.toBe(progressStorageKey(exampleProfile));
    expect(progressStorageKey(setAt(exampleProfile, ['organization', 'sipDomain'], 'fabrikam.com'))).not.toBe(progressStorageKey(exampleProfile));
    expect(profileIdentity({ name: ' Contoso ', organization: { sipDomain: 'CONTOSO.com' } })).toBe('contoso|contoso.com');
    expect(progressStorageKey(exampleProfile)).toMatch(/^passerelle\.progress\.v1\.[0-9a-f]{8}$/);
  });

  it('hashes with FNV-1a', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });
});

describe('shareLinkAction', () => {
  const mine = setAt(exampleProfile, ['name'], 'Mine') as Profile;
  const linked = setAt(exampleProfile, ['name'], 'Linked') as Profile;
  it.each([
    ['nothing stored', null, linked, 'apply'],
    ['the example stored', exampleProfile, linked, 'apply'],
    ['the same profile stored', linked, structuredClone(linked), 'same'],
    ['a different profile of the reader’s stored', mine, linked, 'ask'],
    ['the reader’s profile, link to the example', mine, exampleProfile, 'ask'],
  ] as const)('%s → %s', (_, stored, link, expected) => {
    expect(shareLinkAction(stored, link, exampleProfile)).toBe(expected);
  });
});
