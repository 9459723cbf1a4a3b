import { describe, expect, it } from 'vitest';
import { catalogCompletionSource } from '../../../src/islands/terminal/catalog-source.ts';
import {
  CompletionCycle,
  candidatesFor,
  completionContext,
  type CompletionSource,
} from '../../../src/islands/terminal/completion.ts';

/** A tiny source, so the context and cycling logic is tested apart from the catalog's contents. */
const fake: CompletionSource = {
  commands: (shell) => (shell === 'cmd' ? ['net', 'OcsUmUtil.exe'] : ['Get-UMDialPlan', 'Set-UMDialPlan', 'Set-UMService', 'Get-Mailbox']),
  parameters: (command) => (command.toLowerCase() === 'set-umdialplan' ? ['Identity', 'VoIPSecurity', 'Verbose'] : undefined),
  values: (command, parameter) =>
    command.toLowerCase() === 'set-umdialplan' && parameter.toLowerCase() === 'voipsecurity' ? ['Unsecured', 'SIPSecured', 'Secured'] : undefined,
};

describe('completionContext', () => {
  const rows: [string, string, ReturnType<typeof completionContext>][] = [
    ['first word is a command', 'Set-UMDial', { kind: 'command', start: 0, end: 10, prefix: 'Set-UMDial' }],
    ['empty line completes commands', '', { kind: 'command', start: 0, end: 0, prefix: '' }],
    ['after a pipe a new command starts', 'Get-Mailbox | Set-UM', { kind: 'command', start: 14, end: 20, prefix: 'Set-UM' }],
    ['inside parentheses a new command starts', 'Set-X -FileData (Get-C', { kind: 'command', start: 17, end: 22, prefix: 'Get-C' }],
    ['a dash word is a parameter', 'Set-UMDialPlan -VoI', { kind: 'parameter', start: 15, end: 19, prefix: 'VoI', command: 'Set-UMDialPlan', used: [] }],
    ['parameters already written are listed', 'Set-UMDialPlan -Identity a -V', { kind: 'parameter', start: 27, end: 29, prefix: 'V', command: 'Set-UMDialPlan', used: ['identity'] }],
    ['after a parameter comes its value', 'Set-UMDialPlan -VoIPSecurity S', { kind: 'value', start: 29, end: 30, prefix: 'S', command: 'Set-UMDialPlan', parameter: 'VoIPSecurity' }],
    ['-Parameter:value in one word', 'Set-UMDialPlan -VoIPSecurity:Se', { kind: 'value', start: 29, end: 31, prefix: 'Se', command: 'Set-UMDialPlan', parameter: 'VoIPSecurity' }],
    ['the last item of a comma list', 'Enable-ExchangeCertificate -Services IIS,U', { kind: 'value', start: 41, end: 42, prefix: 'U', command: 'Enable-ExchangeCertificate', parameter: 'Services' }],
    ['inside a quote there is nothing', "Set-UMDialPlan -Identity 'Par", undefined],
    ['a positional argument has nothing', 'Get-UMDialPlan ParisSIP', undefined],
    ['a variable is not a command', '$x', undefined],
  ];
  for (const [name, line, expected] of rows) it(name, () => expect(completionContext(line, line.length)).toEqual(expected));

  it('replaces the whole word under the cursor, not only up to it', () => {
    const context = completionContext('Set-UMDialPlan -VoIPxx -Identity a', 20);
    expect(context).toMatchObject({ kind: 'parameter', start: 15, end: 22, prefix: 'VoIP' });
  });

  it('quotes closed earlier do not hide the pipe', () => {
    expect(completionContext("Get-X -Name 'a|b' | Get-M", 25)).toMatchObject({ kind: 'command', prefix: 'Get-M', start: 20 });
  });
});

describe('candidatesFor', () => {
  const rows: [string, string, 'exchange' | 'cmd', string[]][] = [
    ['commands by case-insensitive prefix, sorted', 'set-um', 'exchange', ['Set-UMDialPlan', 'Set-UMService']],
    ['cmd shell offers its programs', 'ocs', 'cmd', ['OcsUmUtil.exe']],
    ['parameters with their dash', 'Set-UMDialPlan -', 'exchange', ['-Identity', '-VoIPSecurity', '-Verbose']],
    ['a used parameter is not offered again', 'Set-UMDialPlan -Identity x -', 'exchange', ['-VoIPSecurity', '-Verbose']],
    ['enum values', 'Set-UMDialPlan -VoIPSecurity ', 'exchange', ['Unsecured', 'SIPSecured', 'Secured']],
    ['enum values by prefix', 'Set-UMDialPlan -VoIPSecurity s', 'exchange', ['SIPSecured', 'Secured']],
    ['unknown command: no parameters', 'Get-Nothing -', 'exchange', []],
  ];
  for (const [name, line, shell, expected] of rows) {
    it(name, () => expect(candidatesFor(completionContext(line, line.length)!, fake, shell)).toEqual(expected));
  }
});

describe('CompletionCycle', () => {
  it('Tab cycles forwards and wraps; Shift+Tab goes back', () => {
    const cycle = new CompletionCycle(fake);
    const line = 'Set-UMDialPlan -VoIPSecurity S -Identity x';
    const first = cycle.step(line, 30, 'exchange', 1)!;
    expect(first.text).toBe('Set-UMDialPlan -VoIPSecurity SIPSecured -Identity x');
    expect(first.cursor).toBe(39);
    expect(cycle.step(first.text, first.cursor, 'exchange', 1)!.candidate).toBe('Secured');
    expect(cycle.step('', 0, 'exchange', 1)!.candidate).toBe('SIPSecured');
    const back = cycle.step('', 0, 'exchange', -1)!;
    expect(back.text).toBe('Set-UMDialPlan -VoIPSecurity Secured -Identity x');
  });

  it('Shift+Tab first starts from the last candidate', () => {
    expect(new CompletionCycle(fake).step('Set-UM', 6, 'exchange', -1)!.candidate).toBe('Set-UMService');
  });

  it('reset starts a new completion from the line as it is now', () => {
    const cycle = new CompletionCycle(fake);
    cycle.step('Get-UM', 6, 'exchange', 1);
    cycle.reset();
    expect(cycle.active).toBe(false);
    expect(cycle.step('Set-UMS', 7, 'exchange', 1)!.text).toBe('Set-UMService');
  });

  it('nothing to complete leaves the cycle inactive', () => {
    const cycle = new CompletionCycle(fake);
    expect(cycle.step('Zzz', 3, 'exchange', 1)).toBeUndefined();
    expect(cycle.active).toBe(false);
  });
});

describe('the catalog as a completion source', () => {
  const source = catalogCompletionSource();
  const complete = (line: string, shell: 'exchange' | 'lync' | 'cmd' = 'exchange') =>
    candidatesFor(completionContext(line, line.length)!, source, shell);

  it('Set-UMDial completes to Set-UMDialPlan', () => expect(complete('Set-UMDial')).toEqual(['Set-UMDialPlan']));
  it('Lync cmdlets only in the Lync shell', () => {
    expect(complete('Set-CsMediaConfig', 'exchange')).toEqual([]);
    expect(complete('Set-CsMediaConfig', 'lync')).toEqual(['Set-CsMediaConfiguration']);
  });
  it('OcsUmUtil.exe in the cmd context', () => expect(complete('OcsUm', 'cmd')).toEqual(['OcsUmUtil.exe']));
  it('cmdlet parameter names', () => expect(complete('Set-UMDialPlan -VoIPSec')).toEqual(['-VoIPSecurity']));
  it('enum values of VoIPSecurity', () => expect(complete('Set-UMDialPlan -VoIPSecurity ').sort()).toEqual(['SIPSecured', 'Secured', 'Unsecured']));
  it('EncryptionLevel values in the Lync shell', () =>
    expect(complete('Set-CsMediaConfiguration -EncryptionLevel Req', 'lync')).toEqual(['RequireEncryption']));
  it('Boolean parameters offer $true and $false', () =>
    expect(complete('New-ExchangeCertificate -PrivateKeyExportable ')).toEqual(['$true', '$false']));
  it('ExchUcUtil.ps1 parameters come from its param block', () => expect(complete('ExchUcUtil.ps1 -V')).toEqual(['-Verify']));
});
