import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../../src/domain/check.ts';
import { profileSchema } from '../../../src/domain/profile/schema.ts';
import { addToNumber, defaultIssuer, emptyAnswers, lyncDialPlanName, profileFromAnswers, qualify, type WizardAnswers } from '../../../src/domain/profile/wizard.ts';
import { generateAll } from '../../../src/domain/runbook/index.ts';

/** The deployment of issue 9: one Exchange 2016 server, one Lync 2013 Standard pool, one 5-digit dial plan, country code 1, SupportEncryption, one auto attendant, two users. */
const fabrikam: WizardAnswers = {
  ...emptyAnswers,
  label: 'Fabrikam Boston',
  sipDomain: 'fabrikam.com',
  exchangeVersion: '2016',
  lyncVersion: '2013',
  exchangeServers: 'ex01',
  lyncPools: 'lyncpool01.fabrikam.com Standard Boston',
  dialPlans: 'BostonSIP 5 1 +16175550100',
  encryptionLevel: 'SupportEncryption',
  autoAttendants: 'BostonMain',
  users: 'dana@fabrikam.com 50120\neli@fabrikam.com',
};

describe('profileFromAnswers', () => {
  it('derives a schema-valid profile that checks clean for the issue’s deployment', () => {
    const { profile, issues } = profileFromAnswers(fabrikam);
    expect(issues).toEqual([]);
    expect(v.safeParse(profileSchema, profile).success).toBe(true);
    // Clean: no error, no warning (information notes, as for every SIP dial plan, may remain).
    expect(checkProfile(profile).filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual([]);
  });

  it('derives certificates, Lync dial plan, VoIP security, pilot numbers, line URIs and extensions', () => {
    const { profile } = profileFromAnswers(fabrikam);
    expect(profile.exchange.servers).toEqual([{ fqdn: 'ex01.fabrikam.com', roles: ['Mailbox'] }]);
    expect(profile.certificates).toEqual([
      { name: 'Exchange UM', servers: ['ex01.fabrikam.com'], subject: 'CN=ex01.fabrikam.com', san: ['ex01.fabrikam.com'], issuer: 'CN=Fabrikam Root CA, DC=fabrikam, DC=com' },
      { name: 'Lync Boston', servers: ['lyncpool01.fabrikam.com'], subject: 'CN=lyncpool01.fabrikam.com', san: ['lyncpool01.fabrikam.com'], issuer: 'CN=Fabrikam Root CA, DC=fabrikam, DC=com' },
    ]);
    expect(profile.dialPlans).toEqual([
      { name: 'BostonSIP', countryCode: '1', extensionDigits: 5, uriType: 'SipName', voipSecurity: 'Secured', lyncDialPlan: 'site:Boston', language: 'en-US', accessNumbers: ['+16175550100'] },
    ]);
    expect(profile.autoAttendants).toEqual([{ name: 'BostonMain', dialPlan: 'BostonSIP', pilotNumbers: ['+16175550101'], speechEnabled: false }]);
    expect(profile.users.map((u) => [u.sipAddress, u.extension, u.lineUri])).toEqual([
      ['sip:dana@fabrikam.com', '50120', 'tel:+16175550120;ext=50120'],
      ['sip:eli@fabrikam.com', '50102', 'tel:+16175550102;ext=50102'],
    ]);
    expect(profile.gateways.outboundPool).toBe('lyncpool01.fabrikam.com');
  });

  it('gives the commands the deployment needs', () => {
    const text = generateAll(profileFromAnswers(fabrikam).profile).map((c) => c.text).join('\n');
    expect(text).toContain('-NumberOfDigitsInExtension 5');
    expect(text).toContain("-CountryOrRegionCode '1'");
    expect(text).not.toMatch(/contoso|ParisSIP/i);
  });

  it('scopes the first dial plan to the pool’s site, a second one per user', () => {
    const { profile } = profileFromAnswers({ ...fabrikam, dialPlans: 'BostonSIP 5 1 +16175550100\nNYSIP 4 1 +12125550100' });
    expect(profile.dialPlans.map((d) => d.lyncDialPlan)).toEqual(['site:Boston', 'NY']);
  });

  it('uses SIPSecured when Lync does not encrypt media, Secured otherwise', () => {
    for (const [level, expected] of [['RequireEncryption', 'Secured'], ['SupportEncryption', 'Secured'], ['DoNotSupportEncryption', 'SIPSecured']] as const) {
      expect(profileFromAnswers({ ...fabrikam, encryptionLevel: level }).profile.dialPlans[0]!.voipSecurity).toBe(expected);
    }
  });

  it('Exchange 2013 servers take their roles from the line, both by default', () => {
    const { profile } = profileFromAnswers({ ...fabrikam, exchangeVersion: '2013', exchangeServers: 'cas01 cas\nmbx01 mailbox\nex03' });
    expect(profile.exchange.servers.map((s) => s.roles)).toEqual([['ClientAccess'], ['Mailbox'], ['ClientAccess', 'Mailbox']]);
  });

  it('reports unreadable lines by field and line, and keeps the rest', () => {
    const { profile, issues } = profileFromAnswers({
      ...fabrikam,
      sipDomain: '',
      dialPlans: 'BostonSIP five 1\nNYSIP 4 1 +12125550100',
      users: 'not-an-address\nfay@fabrikam.com 123 NYSIP\ngus@fabrikam.com 1234 Nowhere',
    });
    expect(issues).toEqual([
      { field: 'sipDomain', code: 'required', params: {} },
      { field: 'dialPlans', line: 1, code: 'digits', params: { value: 'five' } },
      { field: 'users', line: 1, code: 'address', params: { value: 'not-an-address' } },
      { field: 'users', line: 2, code: 'extension', params: { value: '123', digits: 4 } },
      { field: 'users', line: 3, code: 'dialPlan', params: { value: 'Nowhere' } },
    ]);
    expect(profile.dialPlans.map((d) => d.name)).toEqual(['NYSIP']);
    expect(profile.users.map((u) => u.identity)).toEqual(['fay@fabrikam.com']);
    expect(checkProfile(profile).length).toBeGreaterThan(0);
  });

  it('the blank answers give a profile whose findings say what is missing', () => {
    const { profile, issues } = profileFromAnswers(emptyAnswers);
    expect(issues.map((i) => i.field)).toEqual(['sipDomain', 'exchangeServers', 'lyncPools', 'dialPlans']);
    expect(v.safeParse(profileSchema, profile).success).toBe(true);
  });
});

describe('derivation helpers', () => {
  it.each([
    ['ex01', 'fabrikam.com', 'ex01.fabrikam.com'],
    ['EX01.Fabrikam.com', 'fabrikam.com', 'ex01.fabrikam.com'],
    ['ex01', '', 'ex01'],
  ])('qualify(%s, %s) → %s', (host, domain, expected) => expect(qualify(host, domain)).toBe(expected));

  it('lyncDialPlanName strips SIP and stays unique', () => {
    expect(lyncDialPlanName('BostonSIP', new Set())).toBe('Boston');
    expect(lyncDialPlanName('Boston-SIP', new Set(['boston']))).toBe('Boston2');
    expect(lyncDialPlanName('SIP', new Set())).toBe('SIP');
  });

  it('addToNumber keeps the length', () => {
    expect(addToNumber('+16175550199', 1)).toBe('+16175550200');
    expect(addToNumber('+99', 1)).toBeUndefined();
    expect(addToNumber('617', 1)).toBeUndefined();
  });

  it('defaultIssuer names a root CA after the domain', () => {
    expect(defaultIssuer('fabrikam.com')).toBe('CN=Fabrikam Root CA, DC=fabrikam, DC=com');
    expect(defaultIssuer('')).toBe('');
  });
});
