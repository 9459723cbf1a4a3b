import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import rule from '../../../src/domain/rules/certificate-serves-servers.ts';
import { described } from '../certificates/described.ts';

const run = (servers: string[]) => rule.check({ certificate: described(), profile: exampleProfile, changeDate: new Date('2026-12-12'), servers });

describe('certificate-serves-servers', () => {
  it('reports the servers served (info)', () => {
    expect(run(['mbx01.contoso.com', 'cas01.contoso.com'])).toEqual([
      {
        ruleId: 'certificate-serves-servers',
        severity: 'info',
        params: { variant: 'some', certificate: 'mbx01.contoso.com', servers: 'mbx01.contoso.com, cas01.contoso.com', count: 2 },
      },
    ]);
  });
  it('warns when it serves none of the profile servers', () => {
    expect(run([]).map((f) => [f.severity, f.params.variant])).toEqual([['warning', 'none']]);
  });
});
