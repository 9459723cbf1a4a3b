import { describe, expect, it } from 'vitest';
import { findingHeadline } from '../../src/domain/messages.ts';
import { renderOutput, sgr } from '../../src/islands/terminal/output-render.ts';

const finding = { ruleId: 'ps-enum-value', severity: 'error' as const, params: { cmdlet: 'Set-UMService', parameter: 'UMStartupMode', value: 'Duall', suggestion: 'Dual', values: 'TCP, TLS, Dual' } };

describe('findingHeadline', () => {
  it('words a finding as `severity rule-id: message`, with French typography in French', () => {
    expect(findingHeadline(finding, 'en')).toMatch(/^error ps-enum-value: /);
    // Bug seen in the lab and the CLI: « erreur ps-enum-value: » had no space before the colon.
    expect(findingHeadline(finding, 'fr')).toMatch(/^erreur ps-enum-value\u00a0: /);
  });

  it('keeps the terminal colouring the head of a French headline', () => {
    const text = findingHeadline(finding, 'fr');
    const [row] = renderOutput([{ kind: 'diagnostic', text, ruleId: finding.ruleId }], {
      command: 'x',
      promptWidth: 0,
      continuationWidth: 3,
      defaultSeverity: 'error',
      severityLabel: (s) => ({ error: 'erreur', warning: 'avertissement', info: 'remarque' })[s],
    });
    expect(row).toBe(`${sgr.red}erreur ps-enum-value\u00a0:${sgr.reset}${text.slice('erreur ps-enum-value\u00a0:'.length)}`);
  });
});
