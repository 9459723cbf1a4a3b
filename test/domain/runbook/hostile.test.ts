import { describe, expect, it } from 'vitest';
import { generateAll } from '../../../src/domain/runbook/index.ts';
import { cloneExample, codeOutsideLiterals } from './helpers.ts';

const removeItem = "'; Remove-Item C:\\ -Recurse #";
const calc = '$(calc)';
const curly = '‘x’; calc';
const script = '<script>alert(1)</script>';
const backtick = 'a`$b`nc';
const newline = 'x\nRemove-Item C:\\';

/** A profile whose every free-text field carries a payload. */
function hostileProfile() {
  const profile = cloneExample();
  profile.organization.sipDomain = `contoso.com${removeItem}`;
  profile.exchange.servers[0]!.fqdn = `cas01${calc}`;
  profile.exchange.servers[1]!.fqdn = `mbx01${removeItem}`;
  profile.exchange.servers[2]!.fqdn = `mbx02${curly}`;
  profile.certificates[0] = {
    ...profile.certificates[0]!,
    name: `UM ${removeItem}`,
    subject: `CN=${curly}`,
    san: [calc, script],
    servers: profile.exchange.servers.map((s) => s.fqdn),
  };
  profile.lync.pools[0]!.fqdn = `pool${calc}`;
  profile.lync.pools[0]!.site = `Paris${curly}`;
  profile.lync.pools[1]!.site = script;
  profile.dialPlans[0] = { ...profile.dialPlans[0]!, name: removeItem, countryCode: calc, lyncDialPlan: `Paris${curly}`, accessNumbers: [script] };
  profile.dialPlans[1] = { ...profile.dialPlans[1]!, name: calc, lyncDialPlan: backtick, accessNumbers: [newline] };
  profile.gateways.outboundPool = `x${removeItem}`;
  profile.autoAttendants[0] = { name: script, dialPlan: removeItem, pilotNumbers: [curly, calc], speechEnabled: true };
  profile.users[0] = { ...profile.users[0]!, identity: removeItem, sipAddress: `sip:${calc}`, lineUri: curly, extension: `1234${removeItem}`, dialPlan: removeItem };
  profile.users[1] = { ...profile.users[1]!, identity: newline, sipAddress: script, mailboxPolicy: backtick, dialPlan: calc };
  profile.users[2] = { ...profile.users[2]!, identity: backtick, extension: curly };
  return profile;
}

describe('hostile profile values', () => {
  const commands = generateAll(hostileProfile()).filter((c) => c.shell === 'exchange' || c.shell === 'lync');

  it('still produce commands for every step that has data', () => {
    expect(new Set(commands.map((c) => c.step)).size).toBeGreaterThanOrEqual(18);
  });

  it.each(['Remove-Item', 'calc', '<script>', 'alert', '‘', '’', '`', '\n'])('never leave %j outside a single-quoted literal', (payload) => {
    for (const command of commands) {
      expect(codeOutsideLiterals(command.text), command.text).not.toContain(payload);
    }
  });

  it('keep every command on one line', () => {
    for (const command of commands) expect(command.text).not.toMatch(/[\r\n]/);
  });

  it('are written whole inside their literal (nothing dropped)', () => {
    const all = commands.map((c) => c.text).join('\n');
    expect(all).toContain("-Name '''; Remove-Item C:\\ -Recurse #'");
    expect(all).toContain("'‘‘x’’; calc'");
    expect(all).toContain("@{Add='''; Remove-Item C:\\ -Recurse #','$(calc)'}");
    expect(all).toContain("('x' + [char]0x0A + 'Remove-Item C:\\')");
  });
});
