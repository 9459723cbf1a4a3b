import rule from '../../../src/domain/rules/lync-2010-cumulative-update.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [
    { name: 'Lync 2013 needs no update (example)' },
    { name: 'Lync 2010 at CU3', mutate: (p) => Object.assign(p.lync, { version: '2010', cumulativeUpdate: 3 }) },
    { name: 'Lync 2010 at a later CU', mutate: (p) => Object.assign(p.lync, { version: '2010', cumulativeUpdate: 12 }) },
    { name: 'an old CU number on SfB 2015 is irrelevant', mutate: (p) => Object.assign(p.lync, { version: '2015', cumulativeUpdate: 0 }) },
  ],
  invalid: [
    {
      name: 'Lync 2010 at CU2',
      mutate: (p) => Object.assign(p.lync, { version: '2010', cumulativeUpdate: 2 }),
      findings: [{ severity: 'error', path: ['lync', 'cumulativeUpdate'], variant: 'too-old' }],
    },
    {
      name: 'Lync 2010 RTM',
      mutate: (p) => Object.assign(p.lync, { version: '2010', cumulativeUpdate: 0 }),
      findings: [{ severity: 'error', path: ['lync', 'cumulativeUpdate'], variant: 'too-old' }],
    },
    {
      name: 'Lync 2010 with no CU given',
      mutate: (p) => void (p.lync.version = '2010'),
      findings: [{ severity: 'warning', path: ['lync', 'cumulativeUpdate'], variant: 'unknown' }],
    },
  ],
});
