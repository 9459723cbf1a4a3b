/**
 * Version 1 profiles (stored in a browser, exported as files, sent as share links before version 2)
 * keep loading, and mean what they meant: a Lync dial plan named after a Front End site was read as
 * that site's scope, any other name as a per-user plan; a dial plan without a language got en-US.
 */
import { describe, expect, it } from 'vitest';
import { exampleProfile, loadProfile } from '../../../src/domain/profile/index.ts';
import { decodeProfileFragment, readStoredProfile } from '../../../src/domain/profile/share.ts';
import { generateAll } from '../../../src/domain/runbook/index.ts';

/** The example as version 1 wrote it: bare Lync dial plan names, no language, no Front End list. */
function version1(): Record<string, unknown> {
  const v1 = structuredClone(exampleProfile) as unknown as Record<string, any>;
  v1.schemaVersion = 1;
  delete v1.lync.pools[0].frontEndServers;
  v1.dialPlans = v1.dialPlans.map((d: Record<string, unknown>) => {
    const { language: _language, ...rest } = d;
    return { ...rest, lyncDialPlan: String(d.lyncDialPlan).replace(/^site:/, '') };
  });
  return v1;
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('profile migration 1 → 2', () => {
  it('turns a Lync dial plan named after a Front End site into its site scope, and gives dial plans en-US', () => {
    const result = loadProfile(version1());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.schemaVersion).toBe(2);
    expect(result.profile.dialPlans.map((d) => [d.lyncDialPlan, d.language])).toEqual([
      ['site:Paris', 'en-US'],
      ['site:Lyon', 'en-US'],
    ]);
  });

  it('keeps any other name as a per-user plan (still granted with Grant-CsDialPlan)', () => {
    const v1 = version1() as Record<string, any>;
    v1.dialPlans[0].lyncDialPlan = 'ParisUsers';
    const result = loadProfile(v1);
    expect(result.ok && result.profile.dialPlans[0]!.lyncDialPlan).toBe('ParisUsers');
    if (result.ok) expect(generateAll(result.profile).some((c) => c.text === 'Grant-CsDialPlan -Identity alice@contoso.com -PolicyName ParisUsers')).toBe(true);
  });

  it('does not read a Director pool’s site as a site scope', () => {
    const v1 = version1() as Record<string, any>;
    v1.lync.pools.push({ fqdn: 'dir.contoso.com', edition: 'Enterprise', site: 'Nice', director: true });
    v1.dialPlans[0].lyncDialPlan = 'Nice';
    const result = loadProfile(v1);
    expect(result.ok && result.profile.dialPlans[0]!.lyncDialPlan).toBe('Nice');
  });

  it('loads version 1 from storage, from a file and from a share link', () => {
    const text = JSON.stringify(version1());
    expect(readStoredProfile(text).kind).toBe('ok');
    expect(loadProfile(text).ok).toBe(true);
    const shared = decodeProfileFragment(`profile=${base64url(text)}`);
    expect(shared?.ok).toBe(true);
  });

  it('leaves a malformed version 1 document for the schema to locate, without throwing', () => {
    const v1 = version1() as Record<string, any>;
    v1.dialPlans = [42, { lyncDialPlan: 7 }];
    v1.lync = 'broken';
    const result = loadProfile(v1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.some((i) => i.path[0] === 'dialPlans')).toBe(true);
  });
});
