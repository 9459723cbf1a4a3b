/**
 * The profile values a step shows (src/domain/runbook/step-values.ts): which fields a step's
 * `reads` cover, and each value as text, long lists cut with a count of the rest.
 */
import { describe, expect, it } from 'vitest';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';
import { steps } from '../../../src/domain/runbook/steps.ts';
import { sourcesForReads, STEP_VALUES_SHOWN, stepValues, type ValueSource } from '../../../src/domain/runbook/step-values.ts';

const sources: ValueSource[] = [
  { key: 'name' },
  { key: 'organization.sipDomain' },
  { key: 'exchange.version' },
  { key: 'exchange.servers', labelField: 'fqdn' },
  { key: 'lync.version' },
  { key: 'lync.cumulativeUpdate' },
  { key: 'lync.mediationServers' },
  { key: 'lync.pools', labelField: 'fqdn' },
  { key: 'lync.phoneEdition' },
  { key: 'dialPlans', labelField: 'name' },
  { key: 'users', labelField: 'identity' },
];

describe('sourcesForReads', () => {
  it.each([
    [['organization'], ['organization.sipDomain']],
    [['exchange'], ['exchange.version', 'exchange.servers']],
    [['lync.pools'], ['lync.pools']],
    [['lync.pools', 'dialPlans'], ['lync.pools', 'dialPlans']],
    [['dialPlans', 'lync.pools'], ['lync.pools', 'dialPlans']],
    [['certificates'], []],
  ])('%j covers %j (at or under the read, in the sources’ order)', (reads, keys) => {
    expect(sourcesForReads(sources, reads).map((s) => s.key)).toEqual(keys);
  });

  it('never covers a field above a read: `lync.pools` is not the whole of `lync`', () => {
    expect(sourcesForReads(sources, ['lync.pools']).map((s) => s.key)).not.toContain('lync.version');
  });
});

describe('stepValues', () => {
  it('gives a field as one text value, booleans and numbers included', () => {
    const profile: Profile = { ...exampleProfile, lync: { ...exampleProfile.lync, version: '2010', cumulativeUpdate: 7, phoneEdition: false } };
    expect(stepValues(profile, [{ key: 'exchange.version' }, { key: 'lync.cumulativeUpdate' }, { key: 'lync.phoneEdition' }])).toEqual([
      { key: 'exchange.version', list: false, values: [exampleProfile.exchange.version], more: 0 },
      { key: 'lync.cumulativeUpdate', list: false, values: ['7'], more: 0 },
      { key: 'lync.phoneEdition', list: false, values: ['false'], more: 0 },
    ]);
  });

  it('gives an absent optional field no value', () => {
    const { name: _dropped, ...unnamed } = exampleProfile;
    expect(stepValues(unnamed as Profile, [{ key: 'name' }])).toEqual([{ key: 'name', list: false, values: [], more: 0 }]);
  });

  it('names the items of a list by their label field, and lists of strings as they are', () => {
    const [dialPlans, mediation] = stepValues(exampleProfile, [{ key: 'dialPlans', labelField: 'name' }, { key: 'lync.mediationServers' }]);
    expect(dialPlans).toEqual({ key: 'dialPlans', list: true, values: exampleProfile.dialPlans.map((d) => d.name), more: 0 });
    expect(mediation).toEqual({ key: 'lync.mediationServers', list: true, values: exampleProfile.lync.mediationServers, more: 0 });
  });

  it('shows the first items of a long list and counts the rest (2,000 users never render whole)', () => {
    const users = Array.from({ length: 2000 }, (_, i) => ({ ...exampleProfile.users[0]!, identity: `user${i}@contoso.com` }));
    const [value] = stepValues({ ...exampleProfile, users }, [{ key: 'users', labelField: 'identity' }]);
    expect(value!.values).toEqual(['user0@contoso.com', 'user1@contoso.com', 'user2@contoso.com'].slice(0, STEP_VALUES_SHOWN));
    expect(value!.more).toBe(2000 - STEP_VALUES_SHOWN);
  });

  it('keeps an item without a usable label as an empty name, and an empty list as no value', () => {
    const profile: Profile = { ...exampleProfile, dialPlans: [{ ...exampleProfile.dialPlans[0]!, name: '' }], autoAttendants: [] };
    expect(stepValues(profile, [{ key: 'dialPlans', labelField: 'name' }, { key: 'autoAttendants', labelField: 'name' }])).toEqual([
      { key: 'dialPlans', list: true, values: [''], more: 0 },
      { key: 'autoAttendants', list: true, values: [], more: 0 },
    ]);
  });

  it('shows the reader’s values, not the example’s: every step that reads the dial plans names the renamed one', () => {
    const profile: Profile = { ...exampleProfile, dialPlans: [{ ...exampleProfile.dialPlans[0]!, name: 'BostonSIP' }] };
    for (const step of steps.filter((s) => s.reads.includes('dialPlans'))) {
      const values = stepValues(profile, sourcesForReads(sources, step.reads));
      expect(values.find((v) => v.key === 'dialPlans')?.values, step.id).toEqual(['BostonSIP']);
    }
  });
});
