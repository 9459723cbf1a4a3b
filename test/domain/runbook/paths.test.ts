import { describe, expect, it } from 'vitest';
import { pathTouches, stepsForPath } from '../../../src/domain/runbook/paths.ts';
import { steps } from '../../../src/domain/runbook/steps.ts';

describe('stepsForPath', () => {
  it.each([
    [['dialPlans', 0, 'name'], 'dialPlans', true],
    [['lync'], 'lync.pools', true],
    [['lync', 'encryptionLevel'], 'lync.pools', false],
    [['users', 2], 'users', true],
    [['usersX'], 'users', false],
  ] as const)('pathTouches(%j, %s) = %s', (path, read, expected) => {
    expect(pathTouches(path, read)).toBe(expected);
  });

  it('maps a field to the steps that read it, in runbook order', () => {
    expect(stepsForPath(['lync', 'encryptionLevel'])).toEqual(['check-media-encryption', 'create-um-dial-plans']);
    expect(stepsForPath(['gateways', 'outboundPool'])).toEqual(['restrict-outbound-gateways']);
  });

  it('gives no step for a path no step reads', () => {
    expect(stepsForPath(['name'])).toEqual([]);
  });

  it('agrees with every step’s reads', () => {
    for (const step of steps) for (const read of step.reads) expect(stepsForPath(read.split('.'))).toContain(step.id);
  });
});
