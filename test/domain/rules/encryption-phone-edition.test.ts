import rule from '../../../src/domain/rules/encryption-phone-edition.ts';
import type { EncryptionLevel, Profile, VoipSecurity } from '../../../src/domain/profile/index.ts';
import { testRule } from './helpers.ts';

const set = (encryptionLevel: EncryptionLevel, voipSecurity: VoipSecurity, phoneEdition = true) => (p: Profile) => {
  p.lync.encryptionLevel = encryptionLevel;
  p.lync.phoneEdition = phoneEdition;
  for (const dialPlan of p.dialPlans) dialPlan.voipSecurity = voipSecurity;
};

testRule(rule, {
  valid: [
    { name: 'Phone Edition, RequireEncryption and Secured (example)' },
    { name: 'Phone Edition, SupportEncryption and Secured', mutate: set('SupportEncryption', 'Secured') },
    { name: 'no Phone Edition devices: SIPSecured is fine', mutate: set('SupportEncryption', 'SIPSecured', false) },
    { name: 'incompatible pairs are left to encryption-compatibility', mutate: set('RequireEncryption', 'SIPSecured') },
  ],
  invalid: [
    {
      name: 'SIPSecured where Secured would work',
      mutate: (p) => {
        p.lync.encryptionLevel = 'SupportEncryption';
        p.dialPlans[1]!.voipSecurity = 'SIPSecured';
      },
      findings: [{ severity: 'warning', path: ['dialPlans', 1, 'voipSecurity'], variant: 'dial-plan', params: { recommended: 'Secured' } }],
    },
    {
      name: 'SIPSecured with Lync encryption off',
      mutate: set('DoNotSupportEncryption', 'SIPSecured'),
      findings: [
        { severity: 'warning', path: ['dialPlans', 0, 'voipSecurity'], variant: 'lync-and-dial-plan' },
        { severity: 'warning', path: ['dialPlans', 1, 'voipSecurity'], variant: 'lync-and-dial-plan' },
      ],
    },
  ],
});
