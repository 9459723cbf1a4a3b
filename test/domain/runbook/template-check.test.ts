import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/domain/runbook/template.ts';
import { checkStepTemplates, schemaHasPath, sequenceRule, templateOfCommand } from '../../../src/domain/runbook/template-check.ts';
import { commandTemplates, placeholderSources } from '../../../src/domain/runbook/templates.ts';
import type { RunbookStep } from '../../../src/domain/runbook/types.ts';
import { generateAll } from '../../../src/domain/runbook/index.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';

/** A one-command step over custom templates, for the failure cases. */
function fakeStep(template: string, bindings: Record<string, string> = { 'server.fqdn': 'mbx01.contoso.com' }): RunbookStep {
  return {
    id: 'restart-um-services',
    dependsOn: [],
    guide: 'exchange-um#d5',
    reads: [],
    generate: () => [{ step: 'restart-um-services', shell: 'exchange', target: 'x', text: renderTemplate(template, bindings) }],
  };
}
const check = (template: string, bindings?: Record<string, string>, sources: Record<string, { profilePath: string }> = placeholderSources) =>
  checkStepTemplates(fakeStep(template, bindings), { templates: { fake: template }, placeholderSources: sources });

describe('templateOfCommand', () => {
  it('finds the template of every example command', () => {
    for (const command of generateAll(exampleProfile)) expect(templateOfCommand(command.text), command.text).toBeDefined();
  });

  it('prefers the template with the most literal text', () => {
    const withPilot = generateAll(exampleProfile).find((c) => c.text.startsWith('New-UMAutoAttendant'))!;
    expect(templateOfCommand(withPilot.text)).toBe('newAutoAttendant');
    expect(templateOfCommand('New-UMAutoAttendant -Name A -UMDialPlan B -SpeechEnabled $true -Status Enabled')).toBe('newAutoAttendantWithoutPilot');
  });

  it('matches no template for text built elsewhere', () => {
    expect(templateOfCommand('Remove-Item C:\\ -Recurse')).toBeUndefined();
    expect(checkStepTemplates(fakeStep('Remove-UMDialPlan -Identity x'))).toEqual([
      expect.objectContaining({ code: 'no-template', command: 'Remove-UMDialPlan -Identity x' }),
    ]);
  });
});

describe('checkStepTemplates', () => {
  it('accepts a sound template', () => {
    expect(check('Get-UMService -Identity {server.fqdn:bare}')).toEqual([]);
  });

  it('reports a placeholder that names no profile field', () => {
    expect(check('Get-UMService -Identity {server.nickname:bare}', { 'server.nickname': 'mbx01.contoso.com' })).toEqual([
      expect.objectContaining({ code: 'unknown-placeholder', template: 'fake', detail: expect.stringContaining('{server.nickname}') }),
    ]);
  });

  it('reports a placeholder whose source is not in the profile schema', () => {
    const sources = { ...placeholderSources, 'server.fqdn': { profilePath: 'exchange.servers[].hostname' } };
    expect(check('Get-UMService -Identity {server.fqdn:bare}', undefined, sources)).toEqual([
      expect.objectContaining({ code: 'placeholder-not-a-field', detail: expect.stringContaining('exchange.servers[].hostname') }),
    ]);
  });

  it('reports a cmdlet the catalog lacks', () => {
    const problems = check('Get-UMServiceStatus -Identity {server.fqdn:bare}');
    expect(problems).toContainEqual(expect.objectContaining({ code: 'unknown-command', detail: expect.stringContaining('Get-UMServiceStatus') }));
  });

  it('reports a command that does not lint clean with the example profile', () => {
    const problems = check('Set-UMService -Identity {server.fqdn:bare} -UMStartupMode Dula');
    expect(problems).toContainEqual(expect.objectContaining({ code: 'lint', detail: expect.stringContaining('ps-enum-value') }));
  });

  it('reports a step whose generation throws', () => {
    const step: RunbookStep = { ...fakeStep('x'), generate: () => { throw new Error('boom'); } };
    expect(checkStepTemplates(step)).toEqual([expect.objectContaining({ code: 'generate-failed', detail: expect.stringContaining('boom') })]);
  });

  it('does not hold one command to rules about a whole script’s order', () => {
    expect(sequenceRule('order-restart-after-startup-mode')).toBe(true);
    expect(sequenceRule('restart-front-end-after-exchucutil')).toBe(true);
    expect(sequenceRule('ps-enum-value')).toBe(false);
  });

  it('uses the real templates by default', () => {
    expect(Object.keys(commandTemplates)).toContain('setDialPlanSecured');
  });
});

describe('schemaHasPath', () => {
  it.each([
    ['dialPlans[].name', true],
    ['exchange.servers[].fqdn', true],
    ['lync.encryptionLevel', true],
    ['users[].mailboxPolicy', true],
    ['dialPlans[].nom', false],
    ['dialPlans.name', false],
    ['lync.encryptionLevel[]', false],
    ['toString', false],
  ])('%s → %s', (path, expected) => {
    expect(schemaHasPath(path)).toBe(expected);
  });
});
