import rule from '../../../src/domain/rules/lync-version-tests.ts';
import { testRule } from './helpers.ts';

// Info only: the rows say when the note appears.
testRule(rule, {
  valid: [
    { name: 'Lync 2013 has the Test-CsExUM cmdlets (example)' },
    { name: 'SfB 2015 has them too', mutate: (p) => void (p.lync.version = '2015') },
    {
      name: 'Lync 2010 does not',
      mutate: (p) => Object.assign(p.lync, { version: '2010', cumulativeUpdate: 3 }),
      findings: [{ severity: 'info', path: ['lync', 'version'] }],
    },
  ],
  invalid: [],
});
