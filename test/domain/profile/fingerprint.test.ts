/** How pages name the deployment (src/domain/profile/fingerprint.ts): its label and its profile hash. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deploymentLabel, profileSha256, SHORT_HASH_DIGITS, shortHash } from '../../../src/domain/profile/fingerprint.ts';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';
import { serializeProfile } from '../../../src/domain/profile/share.ts';

describe('deploymentLabel', () => {
  it.each([
    ['Contoso — Paris & Lyon', 'Contoso — Paris & Lyon'],
    ['  Fabrikam  ', 'Fabrikam'],
    ['', 'contoso.com'],
    ['   ', 'contoso.com'],
    [undefined, 'contoso.com'],
  ])('%j → %j', (name, label) => {
    const { name: _dropped, ...rest } = exampleProfile;
    const profile = (name === undefined ? rest : { ...rest, name }) as Profile;
    expect(deploymentLabel(profile)).toBe(label);
  });
});

describe('profileSha256', () => {
  it('is the SHA-256 of the profile as stored and exported', async () => {
    const expected = createHash('sha256').update(serializeProfile(exampleProfile), 'utf8').digest('hex');
    expect(await profileSha256(exampleProfile)).toBe(expected);
  });

  it('changes with any value of the profile', async () => {
    const other = { ...exampleProfile, organization: { sipDomain: 'fabrikam.com' } };
    expect(await profileSha256(other)).not.toBe(await profileSha256(exampleProfile));
  });
});

describe('shortHash', () => {
  it('keeps the first digits', () => {
    const hex = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(shortHash(hex)).toBe(hex.slice(0, SHORT_HASH_DIGITS));
    expect(shortHash(hex, 8)).toBe('ba7816bf');
  });
});
