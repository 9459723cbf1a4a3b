/**
 * Every exercise starts unsolved, is solved by the right commands typed into the lab, and is not
 * solved by a wrong fix or by the right commands in the wrong order.
 */
import { describe, expect, it } from 'vitest';
import { exerciseById, exercises, exerciseStatus, type LabExercise } from '../../../src/domain/lab/exercises.ts';
import { replayCommands } from '../../../src/domain/lab/replay.ts';
import { hasMessage, t } from '../../../src/i18n/index.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { Tab, exchange2016Profile } from './helpers.ts';

const profile = exampleProfile;

function start(id: string, shell: 'exchange' | 'lync' = 'exchange'): { exercise: LabExercise; tab: Tab } {
  const exercise = exerciseById(id)!;
  return { exercise, tab: new Tab(profile, shell, exercise.setup(profile)) };
}

describe('the exercises', () => {
  it('are at least five, with unique ids and worded titles, goals and hints', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(5);
    expect(new Set(exercises.map((e) => e.id)).size).toBe(exercises.length);
    for (const e of exercises) for (const key of [e.title, e.goal, e.hint]) expect(hasMessage(key), key).toBe(true);
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s starts unsolved, with a worded reason', (_id, exercise) => {
    for (const p of [profile, exchange2016Profile()]) {
      const result = exercise.check(exercise.setup(p), p);
      expect(result.done).toBe(false);
      expect(hasMessage(result.missing!), result.missing).toBe(true);
    }
  });
});

describe('incompatible-security', () => {
  it('starts with Test-CsExUMConnectivity failing on "Incompatible security setting"', () => {
    const { exercise, tab } = start('incompatible-security', 'lync');
    expect(exercise.check(tab.lab, profile).missing).toBe('lab.hint.test.incompatible-security-setting');
    const test = tab.run("Test-CsExUMConnectivity -TargetFqdn lyncpool-paris.contoso.com -UserSipAddress sip:alice@contoso.com -UserCredential (Get-Credential 'alice@contoso.com')");
    expect(test.output.map((o) => o.text)).toContainEqual(expect.stringMatching(/^Error\s+: Incompatible security setting$/));
  });

  it('is solved by setting the dial plan to Secured', () => {
    const { exercise, tab } = start('incompatible-security');
    tab.ok('Set-UMDialPlan -Identity ParisSIP -VoIPSecurity Secured');
    expect(exercise.check(tab.lab, profile)).toEqual({ done: true });
  });

  it('is solved on the Lync side too: SupportEncryption accepts SIPSecured', () => {
    const { exercise, tab } = start('incompatible-security', 'lync');
    tab.ok('Set-CsMediaConfiguration -Identity global -EncryptionLevel SupportEncryption');
    expect(exercise.check(tab.lab, profile).done).toBe(true);
  });

  it('is not solved by Unsecured', () => {
    const { exercise, tab } = start('incompatible-security');
    tab.ok('Set-UMDialPlan -Identity ParisSIP -VoIPSecurity Unsecured');
    expect(exercise.check(tab.lab, profile)).toMatchObject({ done: false, missing: 'lab.hint.test.unsecured-with-lync' });
  });
});

describe('add-mailbox-server', () => {
  it('names the new server in its goal', () => {
    expect(exerciseById('add-mailbox-server')!.goalParams(profile)).toEqual({ server: 'mbx03.contoso.com' });
  });

  it('is solved by adding every SIP dial plan with @{Add=…}', () => {
    const { exercise, tab } = start('add-mailbox-server');
    tab.ok("Set-UMService -Identity mbx03.contoso.com -DialPlans @{Add='ParisSIP','LyonSIP'}");
    expect(exercise.check(tab.lab, profile)).toEqual({ done: true });
  });

  it('is not solved by two replacing lists in a row (the second replaces the first)', () => {
    const { exercise, tab } = start('add-mailbox-server');
    tab.run('Set-UMService -Identity mbx03.contoso.com -DialPlans ParisSIP');
    tab.run('Set-UMService -Identity mbx03.contoso.com -DialPlans LyonSIP');
    expect(exercise.check(tab.lab, profile)).toMatchObject({ done: false, params: { dialPlans: 'ParisSIP' } });
  });

  it('refuses the telephone-extension dial plan', () => {
    const { exercise, tab } = start('add-mailbox-server');
    expect(tab.run("Set-UMService -Identity mbx03.contoso.com -DialPlans @{Add='HQTelExtn'}").status).toBe('error');
    expect(exercise.check(tab.lab, profile).done).toBe(false);
  });

  it('needs the call router too on Exchange 2016', () => {
    const p = exchange2016Profile();
    const exercise = exerciseById('add-mailbox-server')!;
    const tab = new Tab(p, 'exchange', exercise.setup(p));
    tab.ok("Set-UMService -Identity mbx03.contoso.com -DialPlans @{Add='ParisSIP','LyonSIP'}");
    expect(exercise.check(tab.lab, p).done).toBe(false);
    tab.ok("Set-UMCallRouterSettings -Server mbx03.contoso.com -DialPlans @{Add='ParisSIP','LyonSIP'}");
    expect(exercise.check(tab.lab, p).done).toBe(true);
  });
});

describe('single-outbound-gateway', () => {
  const restrict = "Get-UMIPGateway | Where-Object { $_.Address.ToString() -ne 'lyncpool-paris.contoso.com' } | Set-UMIPGateway -OutcallsAllowed $false";

  it('is solved by restricting outgoing calls after the re-run', () => {
    const { exercise, tab } = start('single-outbound-gateway');
    expect(exercise.check(tab.lab, profile).done).toBe(false);
    tab.ok(restrict);
    expect(exercise.check(tab.lab, profile)).toEqual({ done: true });
  });

  it('is solved by naming the gateway too', () => {
    const { exercise, tab } = start('single-outbound-gateway');
    tab.ok('Set-UMIPGateway -Identity 2:1 -OutcallsAllowed $false');
    expect(exercise.check(tab.lab, profile).done).toBe(true);
  });

  it('is not solved when ExchUcUtil runs again after the restriction', () => {
    const { exercise, tab } = start('single-outbound-gateway');
    tab.ok(restrict);
    tab.ok('Set-Location $exscripts');
    tab.ok('.\\ExchUcUtil.ps1');
    expect(exercise.check(tab.lab, profile)).toMatchObject({ done: false, missing: 'lab.exercise.missing.outbound' });
  });

  it('is not solved by closing the wrong gateway', () => {
    const { exercise, tab } = start('single-outbound-gateway');
    tab.ok('Set-UMIPGateway -Identity 1:1 -OutcallsAllowed $false');
    expect(exercise.check(tab.lab, profile).done).toBe(false);
  });
});

describe('enable-user-um', () => {
  it('is solved by Enable-UMMailbox on the user’s SIP dial plan with the SIP resource identifier', () => {
    const { exercise, tab } = start('enable-user-um');
    expect(exercise.goalParams(profile)).toEqual({ user: 'chloe@contoso.com', dialPlan: 'LyonSIP' });
    tab.ok("Enable-UMMailbox -Identity chloe@contoso.com -UMMailboxPolicy 'LyonSIP Default Policy' -Extensions 5678 -SIPResourceIdentifier chloe@contoso.com");
    expect(exercise.check(tab.lab, profile)).toEqual({ done: true });
  });

  it('is not solved without the SIP resource identifier (refused) or on another dial plan', () => {
    const { exercise, tab } = start('enable-user-um');
    expect(tab.run("Enable-UMMailbox -Identity chloe@contoso.com -UMMailboxPolicy 'LyonSIP Default Policy' -Extensions 5678").status).toBe('error');
    expect(exercise.check(tab.lab, profile).done).toBe(false);
    tab.ok("Enable-UMMailbox -Identity chloe@contoso.com -UMMailboxPolicy 'ParisSIP Default Policy' -Extensions 5678 -SIPResourceIdentifier chloe@contoso.com");
    expect(exercise.check(tab.lab, profile)).toMatchObject({ done: false, missing: 'lab.exercise.missing.wrongDialPlan' });
  });

  it('is not solved with an extension that does not match the line URI', () => {
    const { exercise, tab } = start('enable-user-um');
    tab.ok("Enable-UMMailbox -Identity chloe@contoso.com -UMMailboxPolicy 'LyonSIP Default Policy' -Extensions 5679 -SIPResourceIdentifier chloe@contoso.com");
    expect(exercise.check(tab.lab, profile)).toMatchObject({ done: false, missing: 'lab.hint.test.extension-mismatch' });
  });
});

describe('certificate-order', () => {
  const servers = [
    ['cas01.contoso.com', 'Set-UMCallRouterSettings -Server cas01.contoso.com -UMStartupMode Dual', 'UMCallRouter', 'MSExchangeUMCR'],
    ['mbx01.contoso.com', 'Set-UMService -Identity mbx01.contoso.com -UMStartupMode Dual', 'UM', 'MSExchangeUM'],
    ['mbx02.contoso.com', 'Set-UMService -Identity mbx02.contoso.com -UMStartupMode Dual', 'UM', 'MSExchangeUM'],
  ] as const;
  const enable = (server: string, services: string) =>
    `Enable-ExchangeCertificate -Server ${server} -Thumbprint (Get-ExchangeCertificate -Server ${server} | Where-Object { $_.Subject -eq 'CN=cas01.contoso.com' }).Thumbprint -Services ${services}`;

  it('is solved by: startup mode Dual, enable the certificate, restart the service on its server', () => {
    const { exercise, tab } = start('certificate-order');
    for (const [server, mode, services, service] of servers) {
      tab.ok(mode);
      tab.ok(enable(server, services));
      tab.on('exchange', server).ok(`Restart-Service ${service}`);
    }
    expect(exercise.check(tab.lab, profile)).toEqual({ done: true });
  });

  it('refuses the certificate first, while the startup mode is TCP', () => {
    const { exercise, tab } = start('certificate-order');
    const refused = tab.run(enable('mbx01.contoso.com', 'UM'));
    expect(refused.status).toBe('error');
    expect(refused.output.map((o) => o.text).join('\n')).toContain('UMStartupMode is TCP');
    expect(exercise.check(tab.lab, profile).done).toBe(false);
  });

  it('is not solved when the service restarts before the certificate is enabled', () => {
    const { exercise, tab } = start('certificate-order');
    for (const [server, mode, services, service] of servers) {
      tab.ok(mode);
      tab.on('exchange', server).ok(`Restart-Service ${service}`);
      tab.ok(enable(server, services));
    }
    expect(exercise.check(tab.lab, profile)).toMatchObject({ done: false, missing: 'lab.hint.test.certificate-not-loaded' });
  });
});

describe('restart-front-end', () => {
  it('is solved by restarting RTCSRV on every Front End server of the pool', () => {
    const { exercise, tab } = start('restart-front-end', 'lync');
    expect(exercise.check(tab.lab, profile).missing).toBe('lab.hint.test.front-end-not-restarted');
    tab.ok('Get-CsPool -Identity lyncpool-paris.contoso.com | Select-Object -ExpandProperty Computers | ForEach-Object { Stop-CsWindowsService -Name RTCSRV -ComputerName $_; Start-CsWindowsService -Name RTCSRV -ComputerName $_ }');
    expect(exercise.check(tab.lab, profile)).toEqual({ done: true });
  });

  it('is not solved by Start-CsWindowsService alone (the service is already running) or one server only', () => {
    const { exercise, tab } = start('restart-front-end', 'lync');
    tab.ok('Start-CsWindowsService -Name RTCSRV -ComputerName lyncpool-paris-fe01.contoso.com');
    expect(exercise.check(tab.lab, profile).done).toBe(false);
    tab.ok('Stop-CsWindowsService -Name RTCSRV -ComputerName lyncpool-paris-fe01.contoso.com');
    tab.ok('Start-CsWindowsService -Name RTCSRV -ComputerName lyncpool-paris-fe01.contoso.com');
    expect(exercise.check(tab.lab, profile)).toMatchObject({ done: false, params: { computer: 'lyncpool-paris-fe02.contoso.com' } });
  });
});

describe('solutions and the status line', () => {
  const profiles = [
    ['the example (Exchange 2013)', profile],
    ['Exchange 2016', exchange2016Profile()],
  ] as const;

  it.each(exercises.flatMap((e) => profiles.map(([name, p]) => [e.id, name, e, p] as const)))('%s (%s): the solution, replayed from the start, reaches the goal', (_id, _name, exercise, p) => {
    const lines = exercise.solution(p);
    expect(lines.length).toBeGreaterThan(0);
    const { lab, results } = replayCommands(exercise.setup(p), lines, { lang: 'en', profile: p });
    expect(results.filter((r) => r.result.status !== 'ok').map((r) => r.command.text)).toEqual([]);
    expect(exercise.check(lab, p)).toEqual({ done: true });
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s: the status at the start never names the solution', (_id, exercise) => {
    for (const lang of ['en', 'fr'] as const) {
      const status = exerciseStatus(exercise.check(exercise.setup(profile), profile));
      const text = status ? t(lang, status.key, status.params) : '';
      for (const line of exercise.solution(profile)) {
        const cmdlet = line.text.trim().split(/\s+/)[0]!;
        expect(text).not.toContain(cmdlet);
        expect(text).not.toContain(line.text);
      }
      // The lab's diagnoses word the fix: they are for the stronger hint, never the status.
      expect(status?.key ?? '').not.toMatch(/^lab\.hint\./);
    }
  });

  it('the first exercise’s status says nothing but "not solved" (its diagnosis names the fix)', () => {
    const exercise = exerciseById('incompatible-security')!;
    const result = exercise.check(exercise.setup(profile), profile);
    expect(result.missing).toBe('lab.hint.test.incompatible-security-setting');
    expect(exerciseStatus(result)).toBeUndefined();
  });

  it('a restated goal stays in the status: which dial plans the new server still lacks', () => {
    const exercise = exerciseById('add-mailbox-server')!;
    expect(exerciseStatus(exercise.check(exercise.setup(profile), profile))).toEqual({
      key: 'lab.exercise.missing.dialPlans',
      params: { server: 'mbx03.contoso.com', dialPlans: 'ParisSIP, LyonSIP' },
    });
  });
});
