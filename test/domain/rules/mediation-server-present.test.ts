import rule from '../../../src/domain/rules/mediation-server-present.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [
    { name: 'a Mediation Server (example)' },
    { name: 'Mediation collocated with a pool', mutate: (p) => void (p.lync.mediationServers = ['lyncpool-paris.contoso.com']) },
  ],
  invalid: [{ name: 'no Mediation Server', mutate: (p) => void (p.lync.mediationServers = []), findings: [{ severity: 'warning', path: ['lync', 'mediationServers'] }] }],
});
