import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/domain/finding.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { runbookProcedures } from '../../../src/domain/runbook/procedures.ts';
import { changeWindowSheet, sheetCommandCount } from '../../../src/domain/runbook/sheet.ts';
import { t, type Lang } from '../../../src/i18n/index.ts';
import ChangeWindowSheet from '../../../src/islands/sheet/ChangeWindowSheet.tsx';
import { WholeWords } from '../../../src/islands/whole-words.tsx';

const deploy = runbookProcedures['deploy-um-lync'];
const error: Finding = { ruleId: 'test-rule', severity: 'error', path: ['gateways', 'outboundPool'], params: {} };

function sheetHtml(lang: Lang, operator = '') {
  const sheet = changeWindowSheet(exampleProfile, deploy, [error]);
  return renderToString(h(ChangeWindowSheet, { lang, title: 'Runbook', profile: exampleProfile, profileSha256: 'a'.repeat(64), sheet, operator, date: '6 December 2026' }));
}

describe.each(['en', 'fr'] as Lang[])('the printed sheet (%s)', (lang) => {
  it('is paper: no control, a tick box per command, signature lines', () => {
    const html = sheetHtml(lang);
    expect(html).not.toMatch(/<(button|input|select|textarea|form|a)\b/);
    const commands = changeWindowSheet(exampleProfile, deploy, [error]).groups.flatMap((g) => g.steps.flatMap((s) => [...s.actions, ...s.verifications]));
    expect(html.match(/☐/g)).toHaveLength(commands.length);
    for (const who of ['operator', 'reviewer', 'date']) expect(html).toContain(t(lang, `sheet.sign.${who}`));
  });

  it('names a withheld step’s findings by their rule while their messages are loading', () => {
    const sheet = changeWindowSheet(exampleProfile, deploy, [error]);
    const html = renderToString(h(ChangeWindowSheet, { lang, title: 'Runbook', profile: exampleProfile, profileSha256: 'a'.repeat(64), sheet, operator: '', date: '6 December 2026', worded: false }));
    expect(html).toContain('<li>test-rule (gateways.outboundPool)</li>');
  });

  it('names the withheld steps and why, and leaves a line for a missing operator', () => {
    const html = sheetHtml(lang);
    expect(html).toContain(t(lang, 'sheet.held'));
    expect(html).toContain(t(lang, 'step.restrict-outbound-gateways.title'));
    expect(html).toMatch(/<dd class="cw-sheet__blank"><\/dd>/);
    expect(sheetHtml(lang, 'Dana Okafor')).toContain('<dd>Dana Okafor</dd>');
  });

  it('writes its labels with the language’s typography', () => {
    const html = sheetHtml(lang);
    const label = `${t(lang, 'sheet.operator')}${lang === 'fr' ? '\u00a0:' : ':'}`;
    expect(html).toContain(`<dt>${label}</dt>`);
    // Outside commands, French has a non-breaking space before every colon and semicolon.
    const prose = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|quot|#39);/g, ' ');
    if (lang === 'fr') expect(prose.match(/[^\u00a0][:;]/g) ?? []).toEqual([]);
  });
});

describe('a sheet rendered a slice at a time', () => {
  const sheet = changeWindowSheet(exampleProfile, deploy, []);
  const total = sheetCommandCount(sheet);
  const rendered = (limit: number) => renderToString(h(ChangeWindowSheet, { lang: 'en', title: 'Runbook', profile: exampleProfile, profileSha256: 'a', sheet, operator: '', date: 'd', limit }));

  it('shows exactly `limit` commands, in sheet order, and says when it is whole', () => {
    const order = sheet.groups.flatMap((g) => g.steps.flatMap((s) => [...s.actions, ...s.verifications]));
    for (const limit of [0, 1, 7, Math.floor(total / 2), total]) {
      const html = rendered(limit);
      expect(html.match(/☐/g)?.length ?? 0, String(limit)).toBe(limit);
      expect(html).toContain(`data-complete="${limit >= total}"`);
      const codes = [...html.matchAll(/☐<\/span><code>([\s\S]*?)<\/code>/g)].map((m) => m[1]);
      expect(codes.length).toBe(limit);
      // The command's text, its words kept whole (src/islands/whole-words.tsx).
      if (limit > 0) expect(codes.at(-1)).toBe(renderToString(h(WholeWords, { text: order[limit - 1]!.text })));
    }
  });
});
