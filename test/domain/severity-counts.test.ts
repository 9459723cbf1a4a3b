import { describe, expect, it } from 'vitest';
import { severityCounts, type Finding } from '../../src/domain/finding.ts';

describe('severityCounts', () => {
  it('counts errors and warnings and ignores information', () => {
    const of = (...severities: Finding['severity'][]) => severities.map((severity) => ({ severity }));
    expect(severityCounts([])).toEqual({ errors: 0, warnings: 0 });
    expect(severityCounts(of('error', 'info', 'warning', 'error', 'info'))).toEqual({ errors: 2, warnings: 1 });
  });
});
