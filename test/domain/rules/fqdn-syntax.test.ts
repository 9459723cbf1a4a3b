import rule from '../../../src/domain/rules/fqdn-syntax.ts';
import { testRule } from './helpers.ts';

const e = 'error' as const;

testRule(rule, {
  valid: [
    { name: 'the example profile' },
    { name: 'upper-case letters and hyphens inside labels', mutate: (p) => void (p.exchange.servers[0]!.fqdn = 'CAS-01.Contoso.com') },
    { name: 'a wildcard SAN entry', mutate: (p) => void (p.certificates[0]!.san = ['*.contoso.com']) },
    { name: 'a label of 63 characters', mutate: (p) => void (p.lync.mediationServers[0] = `${'m'.repeat(63)}.contoso.com`) },
  ],
  invalid: [
    { name: 'a short host name', mutate: (p) => void (p.exchange.servers[1]!.fqdn = 'mbx01'), findings: [{ severity: e, path: ['exchange', 'servers', 1, 'fqdn'], variant: 'single-label' }] },
    { name: 'an underscore', mutate: (p) => void (p.lync.pools[0]!.fqdn = 'lync_pool.contoso.com'), findings: [{ severity: e, path: ['lync', 'pools', 0, 'fqdn'], variant: 'bad-character' }] },
    { name: 'a trailing dot', mutate: (p) => void (p.lync.mediationServers[0] = 'med01.contoso.com.'), findings: [{ severity: e, path: ['lync', 'mediationServers', 0], variant: 'empty-label' }] },
    { name: 'a space', mutate: (p) => void (p.organization.sipDomain = 'contoso .com'), findings: [{ severity: e, path: ['organization', 'sipDomain'], variant: 'bad-character' }] },
    { name: 'an IP address', mutate: (p) => void (p.gateways.outboundPool = '10.0.0.1'), findings: [{ severity: e, path: ['gateways', 'outboundPool'], variant: 'numeric-tld' }] },
    { name: 'a label starting with a hyphen', mutate: (p) => void (p.certificates[2]!.servers[0] = '-lyon.contoso.com'), findings: [{ severity: e, path: ['certificates', 2, 'servers', 0], variant: 'hyphen-edge' }] },
    { name: 'a label of 64 characters', mutate: (p) => void (p.exchange.servers[2]!.fqdn = `${'m'.repeat(64)}.contoso.com`), findings: [{ severity: e, path: ['exchange', 'servers', 2, 'fqdn'], variant: 'label-too-long' }] },
    { name: 'a name over 253 characters', mutate: (p) => void (p.exchange.servers[2]!.fqdn = `${'a.'.repeat(127)}com`), findings: [{ severity: e, path: ['exchange', 'servers', 2, 'fqdn'], variant: 'too-long' }] },
    { name: 'an empty name', mutate: (p) => void (p.exchange.servers[0]!.fqdn = ''), findings: [{ severity: e, path: ['exchange', 'servers', 0, 'fqdn'], variant: 'empty' }] },
    { name: 'a wildcard outside the SAN', mutate: (p) => void (p.certificates[3]!.servers[0] = '*.contoso.com'), findings: [{ severity: e, path: ['certificates', 3, 'servers', 0], variant: 'wildcard' }] },
    { name: 'a wildcard on a whole top-level domain', mutate: (p) => void (p.certificates[1]!.san[1] = '*.com'), findings: [{ severity: e, path: ['certificates', 1, 'san', 1], variant: 'single-label' }] },
    { name: 'a wildcard in the middle of a SAN entry', mutate: (p) => void (p.certificates[1]!.san[1] = 'lync.*.contoso.com'), findings: [{ severity: e, path: ['certificates', 1, 'san', 1], variant: 'wildcard' }] },
  ],
});
