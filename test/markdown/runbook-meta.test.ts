import { describe, expect, it } from 'vitest';
import { parseRunbookMeta } from '../../src/markdown/runbook-meta.ts';

describe('parseRunbookMeta', () => {
  it.each([
    ['step=run-exchucutil', 'run-exchucutil'],
    ['step="create-um-dial-plans"', 'create-um-dial-plans'],
    ['  step=test-exum  ', 'test-exum'],
  ])('valid: %s', (meta, step) => {
    expect(parseRunbookMeta(meta)).toEqual({ ok: true, meta: { step } });
  });

  it.each([
    [null, ['missing step=<step id>']],
    ['', ['missing step=<step id>']],
    ['stp=x', ['unknown option "stp" (known: step)', 'missing step=<step id>']],
    ['step=a step=b', ['option "step" is given twice']],
    ['step=Run_It', ['step "Run_It" is not a kebab-case step id']],
    ['step=run-exchucutil now', ['expected key=value, found "now"']],
  ])('invalid: %s', (meta, messages) => {
    const result = parseRunbookMeta(meta);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message)).toEqual(messages);
  });

  it('gives the column of a bad option', () => {
    const result = parseRunbookMeta('step=x bogus=1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.column).toBe(8);
  });
});
