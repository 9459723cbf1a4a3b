/**
 * The lab transcript: the commands of one shell as a script for the editor, lab verbs and screen
 * clearing left out, a bounded length, and a stored copy that never breaks the terminal.
 */
import { describe, expect, it } from 'vitest';
import { LabTranscript } from '../../../src/domain/lab/transcript.ts';

describe('LabTranscript', () => {
  it('gives the commands of one shell, in order, as a script', () => {
    const transcript = new LabTranscript();
    transcript.record('exchange', 'Get-UMService');
    transcript.record('lync', 'Get-CsPool');
    transcript.record('exchange', 'Set-UMService -Identity mbx01 -UMStartupMode Dual');
    expect(transcript.scriptFor('exchange')).toBe('Get-UMService\nSet-UMService -Identity mbx01 -UMStartupMode Dual\n');
    expect(transcript.scriptFor('lync')).toBe('Get-CsPool\n');
    expect(transcript.scriptFor('cmd')).toBe('');
  });

  it.each([
    ['Reset-Lab'],
    ['Enter-LabShell lync'],
    ['use cmd'],
    ['passerelle generate --step create-um-dial-plans'],
    ['cls'],
    ['  Clear-Host '],
    ['   '],
  ])('leaves %j out of the script', (command) => {
    const transcript = new LabTranscript();
    transcript.record('exchange', command);
    transcript.record('exchange', 'Get-UMDialPlan');
    expect(transcript.scriptFor('exchange')).toBe('Get-UMDialPlan\n');
  });

  it('keeps a multi-line command whole', () => {
    const transcript = new LabTranscript();
    transcript.record('exchange', 'Set-UMService -Identity mbx01 `\n  -UMStartupMode Dual');
    expect(transcript.scriptFor('exchange')).toBe('Set-UMService -Identity mbx01 `\n  -UMStartupMode Dual\n');
  });

  it('drops the oldest commands beyond its limit', () => {
    const transcript = new LabTranscript([], 3);
    for (const n of [1, 2, 3, 4, 5]) transcript.record('cmd', `echo ${n}`);
    expect(transcript.scriptFor('cmd')).toBe('echo 3\necho 4\necho 5\n');
  });

  it('survives its stored copy, and reads anything unreadable as empty', () => {
    const transcript = new LabTranscript();
    transcript.record('lync', 'Get-CsUser');
    expect(LabTranscript.parse(JSON.stringify(transcript)).scriptFor('lync')).toBe('Get-CsUser\n');
    for (const stored of [null, '', '{', '42', '{"a":1}', '[{"shell":"bash","command":"ls"},{"shell":"lync"},null]']) {
      expect(LabTranscript.parse(stored).list()).toEqual([]);
    }
    expect(LabTranscript.parse('[{"shell":"lync","command":"Get-CsPool"},{"shell":"x","command":"y"}]').list()).toEqual([{ shell: 'lync', command: 'Get-CsPool' }]);
  });
});
