import rule from '../../../src/domain/rules/encryption-compatibility.ts';
import type { EncryptionLevel, Profile, VoipSecurity } from '../../../src/domain/profile/index.ts';
import { testRule } from './helpers.ts';

const set = (encryptionLevel: EncryptionLevel, voipSecurity: VoipSecurity) => (p: Profile) => {
  p.lync.encryptionLevel = encryptionLevel;
  p.dialPlans[0]!.voipSecurity = voipSecurity;
};
const path = ['dialPlans', 0, 'voipSecurity'];

testRule(rule, {
  valid: [
    { name: 'RequireEncryption with Secured (example)' },
    { name: 'SupportEncryption with Secured', mutate: set('SupportEncryption', 'Secured') },
    { name: 'SupportEncryption with SIPSecured', mutate: set('SupportEncryption', 'SIPSecured') },
    { name: 'DoNotSupportEncryption with SIPSecured', mutate: (p) => { set('DoNotSupportEncryption', 'SIPSecured')(p); p.dialPlans[1]!.voipSecurity = 'SIPSecured'; } },
  ],
  invalid: [
    {
      name: 'SIPSecured with RequireEncryption: "Incompatible security setting"',
      mutate: set('RequireEncryption', 'SIPSecured'),
      findings: [{ severity: 'error', path, variant: 'incompatible-security-setting', params: { encryptionLevel: 'RequireEncryption', voipSecurity: 'SIPSecured' } }],
    },
    {
      name: 'Secured while Lync refuses media encryption',
      mutate: set('DoNotSupportEncryption', 'Secured'),
      findings: [
        { severity: 'error', path, variant: 'media-encryption-disabled' },
        { severity: 'error', path: ['dialPlans', 1, 'voipSecurity'], variant: 'media-encryption-disabled' },
      ],
    },
    {
      name: 'Unsecured (the New-UMDialPlan default)',
      mutate: set('SupportEncryption', 'Unsecured'),
      findings: [{ severity: 'error', path, variant: 'unsecured-with-lync' }],
    },
  ],
});
