import rule from '../../../src/domain/rules/outbound-gateway.ts';
import { testRule } from './helpers.ts';

const path = ['gateways', 'outboundPool'];

testRule(rule, {
  valid: [
    { name: 'the Paris Front End pool (example)' },
    { name: 'a pool named in another case', mutate: (p) => void (p.gateways.outboundPool = 'LyncPool-Lyon.contoso.com') },
    { name: 'another pool may be a Director', mutate: (p) => void (p.lync.pools[1]!.director = true) },
  ],
  invalid: [
    { name: 'no outbound pool', mutate: (p) => void (p.gateways.outboundPool = ''), findings: [{ severity: 'error', path, variant: 'missing' }] },
    {
      name: 'a pool the profile does not list',
      mutate: (p) => void (p.gateways.outboundPool = 'lyncpool-nice.contoso.com'),
      findings: [{ severity: 'error', path, variant: 'unknown-pool', params: { pool: 'lyncpool-nice.contoso.com' } }],
    },
    { name: 'a Director pool', mutate: (p) => void (p.lync.pools[0]!.director = true), findings: [{ severity: 'error', path, variant: 'director' }] },
    {
      name: 'an Exchange server instead of a pool',
      mutate: (p) => void (p.gateways.outboundPool = 'mbx01.contoso.com'),
      findings: [{ severity: 'error', path, variant: 'unknown-pool' }],
    },
  ],
});
