import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/domain/finding.ts';
import { steps, withheldSteps } from '../../../src/domain/runbook/index.ts';

const finding = (path: (string | number)[], severity: Finding['severity'] = 'error'): Finding => ({
  ruleId: 'test-rule',
  severity,
  path,
  params: {},
});

describe('withheldSteps', () => {
  it('withholds nothing without error findings', () => {
    expect(withheldSteps(steps, [finding(['dialPlans', 0, 'name'], 'warning'), finding(['users', 0], 'info')]).size).toBe(0);
    expect(withheldSteps(steps, [{ ruleId: 'script', severity: 'error', params: {} }]).size).toBe(0);
  });

  it('withholds the steps that read a field in error, with the findings, and their dependents', () => {
    const error = finding(['gateways', 'outboundPool']);
    const withheld = withheldSteps(steps, [error]);
    expect(withheld.get('restrict-outbound-gateways')).toEqual([error]);
    expect(withheld.has('test-exum')).toBe(true);
    expect(withheld.get('test-exum')).toEqual([]);
    expect(withheld.has('create-um-dial-plans')).toBe(false);
    expect(withheld.has('run-exchucutil')).toBe(false);
  });

  it('a dial plan error withholds everything built on dial plans', () => {
    const withheld = withheldSteps(steps, [finding(['dialPlans', 1, 'voipSecurity'])]);
    for (const id of ['create-um-dial-plans', 'add-servers-to-dial-plans', 'set-startup-mode', 'enable-um-certificates', 'run-exchucutil', 'enable-um-mailboxes'] as const) {
      expect(withheld.has(id), id).toBe(true);
    }
    expect(withheld.has('verify-lync-topology')).toBe(false);
    expect(withheld.has('configure-voice-routing')).toBe(false);
  });

  it('a finding on a whole section reaches the steps that read a field of it', () => {
    expect(withheldSteps(steps, [finding(['lync'])]).has('check-media-encryption')).toBe(true);
  });
});
