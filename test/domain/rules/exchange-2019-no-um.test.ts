import { describe, expect, it } from 'vitest';
import rule, { exchangeUmSupport, exchangeVersionFindings } from '../../../src/domain/rules/exchange-2019-no-um.ts';
import type { Profile } from '../../../src/domain/profile/index.ts';
import { testRule } from './helpers.ts';

// The schema only admits 2013 and 2016; a profile built in code can still carry 2019.
const setVersion = (version: string) => (p: Profile) => void ((p.exchange as { version: string }).version = version);

testRule(rule, {
  valid: [{ name: 'Exchange 2013 (example)' }, { name: 'Exchange 2016', mutate: setVersion('2016') }],
  invalid: [
    { name: 'Exchange 2019', mutate: setVersion('2019'), findings: [{ severity: 'error', path: ['exchange', 'version'], params: { version: '2019' } }] },
    { name: 'Exchange Subscription Edition', mutate: setVersion('SE'), findings: [{ severity: 'error', path: ['exchange', 'version'] }] },
  ],
});

describe('exchangeUmSupport', () => {
  it.each([
    ['2013', 'supported'],
    ['Exchange Server 2016', 'supported'],
    ['15.0.1497.2', 'supported'],
    ['15.1', 'supported'],
    ['2019', 'removed'],
    ['Exchange 2019', 'removed'],
    ['15.2.1118.7', 'removed'],
    ['Subscription Edition', 'removed'],
    ['2010', 'out-of-scope'],
    ['14.3', 'out-of-scope'],
    ['2014', 'unrecognized'],
    ['latest', 'unrecognized'],
  ] as const)('%s → %s', (raw, support) => {
    expect(exchangeUmSupport(raw)).toBe(support);
  });

  it('gives the CLI the same finding as the rule, at the path it names', () => {
    expect(exchangeVersionFindings('2019', ['exchangeVersion'])).toEqual([
      { ruleId: 'exchange-2019-no-um', severity: 'error', path: ['exchangeVersion'], params: { version: '2019' } },
    ]);
    expect(exchangeVersionFindings('2016')).toEqual([]);
  });
});
