import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/domain/finding.ts';
import { checkProfile } from '../../../src/domain/check.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { blockText, commandBlocks, isBlocked, stepStatuses } from '../../../src/domain/runbook/blocks.ts';
import { generateAll, steps, type RunbookCommand } from '../../../src/domain/runbook/index.ts';
import { runbookProcedures } from '../../../src/domain/runbook/procedures.ts';
import { cloneExample } from './helpers.ts';

const command = (text: string, target: string, extra: Partial<RunbookCommand> = {}): RunbookCommand => ({ step: 'restart-um-services', shell: 'exchange', target, text, ...extra });

describe('commandBlocks', () => {
  it('groups by shell, target and kind, in order of first appearance, keeping command order', () => {
    const blocks = commandBlocks([
      command('Restart-Service -Name MSExchangeUM', 'mbx01'),
      command('Get-Service -Name MSExchangeUM', 'mbx01', { verify: true }),
      command('Restart-Service -Name MSExchangeUMCR', 'mbx01'),
      command('Restart-Service -Name MSExchangeUM', 'mbx02'),
      command('OcsUmUtil.exe', 'mbx02', { shell: 'cmd' }),
    ]);
    expect(blocks.map((b) => [b.key, b.commands.map((c) => c.text)])).toEqual([
      ['exchange@mbx01', ['Restart-Service -Name MSExchangeUM', 'Restart-Service -Name MSExchangeUMCR']],
      ['exchange@mbx01#verify', ['Get-Service -Name MSExchangeUM']],
      ['exchange@mbx02', ['Restart-Service -Name MSExchangeUM']],
      ['cmd@mbx02', ['OcsUmUtil.exe']],
    ]);
    expect(blocks[1]!.verify).toBe(true);
  });

  it('loses no command of the example runbook and puts each block on one machine and shell', () => {
    for (const step of steps) {
      const commands = generateAll(exampleProfile).filter((c) => c.step === step.id);
      const blocks = commandBlocks(commands);
      expect(blocks.flatMap((b) => b.commands).length).toBe(commands.length);
      for (const b of blocks) for (const c of b.commands) expect([c.shell, c.target, c.verify === true]).toEqual([b.shell, b.target, b.verify]);
    }
  });

  it('"copy all" text is the commands, one per line, nothing else', () => {
    expect(blockText({ commands: [command('a', 'x'), command('b', 'x')] })).toBe('a\nb');
  });
});

describe('stepStatuses', () => {
  const deploy = runbookProcedures['deploy-um-lync'];
  const error = (path: (string | number)[], ruleId = 'r'): Finding => ({ ruleId, severity: 'error', path, params: {} });

  it('nothing is blocked for the example deployment', () => {
    const statuses = stepStatuses(deploy, checkProfile(exampleProfile));
    for (const step of deploy) expect(isBlocked(statuses.get(step.id)), step.id).toBe(false);
  });

  it('an error blocks the steps that read the field, and the steps after them that depend on them', () => {
    const statuses = stepStatuses(deploy, [error(['users', 0, 'extension'], 'user-extension-length')]);
    expect(statuses.get('enable-um-mailboxes')!.errors.map((f) => f.ruleId)).toEqual(['user-extension-length']);
    expect(statuses.get('enable-lync-users')!.errors).toHaveLength(1);
    expect(statuses.get('test-exum')!.errors).toHaveLength(1); // reads users too
    expect(isBlocked(statuses.get('create-um-dial-plans'))).toBe(false);
  });

  it('names the earlier step that holds a step back', () => {
    const statuses = stepStatuses(deploy, [error(['lync', 'encryptionLevel'])]);
    const dialPlans = statuses.get('create-um-dial-plans')!;
    expect(dialPlans.errors).toHaveLength(1); // it reads lync.encryptionLevel itself
    const servers = statuses.get('add-servers-to-dial-plans')!;
    expect(servers.errors).toEqual([]);
    expect(servers.blockedBy).toEqual(['create-um-dial-plans']);
    expect(isBlocked(servers)).toBe(true);
  });

  it('warnings ask for confirmation but do not block; info changes nothing', () => {
    const profile = cloneExample();
    profile.lync.encryptionLevel = 'SupportEncryption';
    profile.dialPlans[0]!.voipSecurity = 'SIPSecured';
    const findings = checkProfile(profile);
    const status = stepStatuses(deploy, findings).get('create-um-dial-plans')!;
    expect(status.warnings.map((f) => f.ruleId)).toContain('encryption-phone-edition');
    expect(isBlocked(status)).toBe(false);
    const info: Finding = { ruleId: 'i', severity: 'info', path: ['users'], params: {} };
    expect(stepStatuses(deploy, [info]).get('enable-um-mailboxes')).toEqual({ errors: [], blockedBy: [], warnings: [] });
  });
});
