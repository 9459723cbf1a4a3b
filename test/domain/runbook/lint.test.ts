import { describe, expect, it } from 'vitest';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';
import { lintScript } from '../../../src/domain/powershell/linter.ts';
import { scriptRules } from '../../../src/domain/rules/index.ts';
import { generateAll } from '../../../src/domain/runbook/index.ts';
import { exchange2016Profile } from './helpers.ts';

/**
 * Rules about what must come *later* in a script (a restart after a startup-mode change, the
 * outcall restriction and the RTCSRV restart after ExchUcUtil.ps1). A single command cannot satisfy
 * them on its own; the whole runbook below is linted with them.
 */
const laterObligations = new Set(['order-restart-after-startup-mode', 'outcalls-after-exchucutil', 'restart-front-end-after-exchucutil']);
const perCommandRules = scriptRules.filter((rule) => !laterObligations.has(rule.id));

const notInfo = (findings: ReturnType<typeof lintScript>) =>
  findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId} ${JSON.stringify(f.params)}`);

describe.each([
  ['the example (Exchange 2013, Lync 2013)', exampleProfile],
  ['the Exchange 2016 variant', exchange2016Profile()],
] as [string, Profile][])('generated commands for %s', (_name, profile) => {
  const commands = generateAll(profile).filter((c) => c.shell !== 'gui');
  const options = { exchangeVersion: profile.exchange.version, lyncVersion: profile.lync.version, profile };

  it.each(commands.map((c) => [c.step, c.shell, c.text] as const))('%s (%s): %s lints clean in its shell', (_step, shell, text) => {
    expect(notInfo(lintScript(text, { ...options, shell: shell as Exclude<typeof shell, 'gui'> }, perCommandRules))).toEqual([]);
  });

  it('the whole runbook, in order, lints clean with every rule (ordering rules included)', () => {
    const script = commands.filter((c) => c.shell !== 'cmd').map((c) => c.text).join('\n');
    expect(notInfo(lintScript(script, { ...options, shell: 'any' }))).toEqual([]);
  });

  it('the linter is not blind: a shuffled runbook breaks the ordering rules', () => {
    const actions = commands.filter((c) => c.shell !== 'cmd' && !c.verify);
    const reordered = [
      ...actions.filter((c) => c.step === 'enable-um-certificates'),
      ...actions.filter((c) => c.step !== 'enable-um-certificates' && c.step !== 'restrict-outbound-gateways' && c.step !== 'restart-um-services'),
    ];
    const ids = lintScript(reordered.map((c) => c.text).join('\n'), { ...options, shell: 'any' }).map((f) => f.ruleId);
    expect(ids).toContain('order-certificate-before-startup-mode');
    expect(ids).toContain('order-restart-after-startup-mode');
    expect(ids).toContain('outcalls-after-exchucutil');
  });
});
