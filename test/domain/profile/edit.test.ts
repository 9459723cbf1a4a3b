import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { addItem, moveItem, removeItem, setAt, valueAt } from '../../../src/domain/profile/edit.ts';
import { exampleProfile, profileSchema } from '../../../src/domain/profile/index.ts';

describe('valueAt', () => {
  it('reads nested values and gives undefined off the path', () => {
    expect(valueAt(exampleProfile, ['dialPlans', 0, 'name'])).toBe('ParisSIP');
    expect(valueAt(exampleProfile, ['dialPlans', 9, 'name'])).toBeUndefined();
    expect(valueAt(exampleProfile, ['name', 'x'])).toBeUndefined();
  });
});

describe('setAt', () => {
  it('returns a new profile, shares untouched branches and never mutates the input', () => {
    const before = JSON.stringify(exampleProfile);
    const next = setAt(exampleProfile, ['dialPlans', 1, 'voipSecurity'], 'SIPSecured');
    expect(next.dialPlans[1]!.voipSecurity).toBe('SIPSecured');
    expect(next).not.toBe(exampleProfile);
    expect(next.dialPlans).not.toBe(exampleProfile.dialPlans);
    expect(next.dialPlans[0]).toBe(exampleProfile.dialPlans[0]);
    expect(next.users).toBe(exampleProfile.users);
    expect(JSON.stringify(exampleProfile)).toBe(before);
    expect(v.safeParse(profileSchema, next).success).toBe(true);
  });

  it('deletes an optional key when the value is undefined', () => {
    const next = setAt(exampleProfile, ['name'], undefined);
    expect('name' in next).toBe(false);
  });

  it('replaces the root on an empty path and refuses paths through non-containers', () => {
    expect(setAt({ a: 1 }, [], 5)).toBe(5);
    expect(() => setAt({ a: 1 }, ['a', 'b'], 2)).toThrow(TypeError);
    expect(() => setAt({ xs: [1] }, ['xs', 5], 2)).toThrow(RangeError);
  });
});

describe('list edits', () => {
  const doc = { xs: ['a', 'b', 'c'] };

  it.each([
    [2, 0, ['c', 'a', 'b']],
    [0, 2, ['b', 'c', 'a']],
    [1, 0, ['b', 'a', 'c']],
    [1, 2, ['a', 'c', 'b']],
  ])('moveItem %i → %i', (from, to, expected) => {
    expect(moveItem(doc, ['xs'], from, to).xs).toEqual(expected);
    expect(doc.xs).toEqual(['a', 'b', 'c']);
  });

  it.each([
    [0, 0],
    [0, -1],
    [2, 3],
    [5, 0],
  ])('moveItem %i → %i out of range is a no-op returning the same object', (from, to) => {
    expect(moveItem(doc, ['xs'], from, to)).toBe(doc);
  });

  it('adds at the end or at an index, clamped', () => {
    expect(addItem(doc, ['xs'], 'd').xs).toEqual(['a', 'b', 'c', 'd']);
    expect(addItem(doc, ['xs'], 'z', 0).xs).toEqual(['z', 'a', 'b', 'c']);
    expect(addItem(doc, ['xs'], 'z', 99).xs).toEqual(['a', 'b', 'c', 'z']);
  });

  it('removes by index; out of range changes nothing', () => {
    expect(removeItem(doc, ['xs'], 1).xs).toEqual(['a', 'c']);
    expect(removeItem(doc, ['xs'], 3)).toBe(doc);
    expect(removeItem(doc, ['xs'], -1)).toBe(doc);
  });

  it('refuses a path that is not a list', () => {
    expect(() => addItem({ a: 1 }, ['a'], 2)).toThrow(TypeError);
  });

  it('works on the profile: moving dial plans keeps the schema valid', () => {
    const moved = moveItem(exampleProfile, ['dialPlans'], 1, 0);
    expect(moved.dialPlans.map((d) => d.name)).toEqual(['LyonSIP', 'ParisSIP']);
    expect(v.safeParse(profileSchema, moved).success).toBe(true);
  });
});
