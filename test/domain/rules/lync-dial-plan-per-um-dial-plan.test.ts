import rule from '../../../src/domain/rules/lync-dial-plan-per-um-dial-plan.ts';
import { testRule } from './helpers.ts';

const at = (i: number) => ['dialPlans', i, 'lyncDialPlan'];

testRule(rule, {
  valid: [
    { name: 'Paris and Lyon (example)' },
    { name: 'the characters New-CsDialPlan allows', mutate: (p) => void (p.dialPlans[0]!.lyncDialPlan = 'Paris-8e_(Bureaux).+33') },
    { name: 'a name that differs from the UM phone context', mutate: (p) => void (p.dialPlans[1]!.lyncDialPlan = 'LyonPartDieu') },
    { name: 'a site scope naming a site of the profile, any case', mutate: (p) => void (p.dialPlans[0]!.lyncDialPlan = 'Site:paris') },
    { name: 'a pool (service) scope naming a Front End pool', mutate: (p) => void (p.dialPlans[1]!.lyncDialPlan = 'Registrar:lyncpool-lyon.contoso.com') },
  ],
  invalid: [
    { name: 'no Lync dial plan', mutate: (p) => void (p.dialPlans[1]!.lyncDialPlan = ''), findings: [{ severity: 'error', path: at(1), variant: 'missing' }] },
    {
      name: 'two UM dial plans on one Lync dial plan',
      mutate: (p) => void (p.dialPlans[1]!.lyncDialPlan = 'SITE:PARIS'),
      findings: [{ severity: 'error', path: at(1), variant: 'shared', params: { otherDialPlan: 'ParisSIP' } }],
    },
    { name: 'a space', mutate: (p) => void (p.dialPlans[0]!.lyncDialPlan = 'Paris 8'), findings: [{ severity: 'error', path: at(0), variant: 'invalid-simple-name' }] },
    { name: 'a site the profile does not have', mutate: (p) => void (p.dialPlans[0]!.lyncDialPlan = 'site:Marseille'), findings: [{ severity: 'error', path: at(0), variant: 'unknown-site', params: { site: 'Marseille' } }] },
    {
      name: 'a pool the profile does not have',
      mutate: (p) => void (p.dialPlans[1]!.lyncDialPlan = 'Registrar:lyncpool-nice.contoso.com'),
      findings: [{ severity: 'error', path: at(1), variant: 'unknown-pool', params: { pool: 'lyncpool-nice.contoso.com' } }],
    },
    {
      name: 'a Director pool homes no users',
      mutate: (p) => {
        p.lync.pools.push({ fqdn: 'dir.contoso.com', edition: 'Enterprise', site: 'Paris', director: true });
        p.dialPlans[1]!.lyncDialPlan = 'Registrar:dir.contoso.com';
      },
      findings: [{ severity: 'error', path: at(1), variant: 'unknown-pool' }],
    },
    { name: 'another scope prefix', mutate: (p) => void (p.dialPlans[0]!.lyncDialPlan = 'service:Paris'), findings: [{ severity: 'error', path: at(0), variant: 'invalid-simple-name' }] },
    { name: 'over 256 characters', mutate: (p) => void (p.dialPlans[0]!.lyncDialPlan = 'P'.repeat(257)), findings: [{ severity: 'error', path: at(0), variant: 'invalid-simple-name' }] },
  ],
});
