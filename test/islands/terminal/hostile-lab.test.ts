/**
 * What reaches xterm when profile values are hostile. The lab shell and the line editor run over a
 * stand-in terminal that records every write; a profile whose names, FQDNs, SIP addresses and
 * numbers carry escape sequences, C1 controls and bidi overrides is driven through the prompt,
 * command output, diagnostics, pastes, runbook requests and the shell switch. Only the terminal's
 * own sequences (colours, cursor moves, bracketed paste) may reach xterm; every hostile character
 * arrives spelled as its code point.
 */
import type { Terminal } from '@xterm/xterm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inertText } from '../../../src/domain/inert-text.ts';
import { createLab, serializeLab } from '../../../src/domain/lab/index.ts';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';
import { LabShellAddon } from '../../../src/islands/terminal/LabShellAddon.ts';
import { LineEditorAddon } from '../../../src/islands/terminal/LineEditorAddon.ts';
import { History } from '../../../src/islands/terminal/line-editor.ts';
import { storageKeys } from '../../../src/islands/terminal/limits.ts';

/** The terminal's own sequences: SGR colours, cursor moves and erases, bracketed paste on. */
const ownSequence = /\x1b\[(?:[0-9;]*[mABCDJH]|\?2004h)/g;
const hidden = /[^\P{Cc}\r\n]|[\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;

function hostileProfile(value: string): Profile {
  const profile = structuredClone(exampleProfile);
  profile.exchange.servers[0]!.fqdn = `cas01${value}.contoso.com`;
  profile.dialPlans[0]!.name = `Paris${value}`;
  profile.dialPlans[0]!.accessNumbers = [`+331400${value}`];
  profile.lync.pools[0]!.fqdn = `pool${value}.contoso.com`;
  profile.users[0]!.sipAddress = `sip:${value}@contoso.com`;
  profile.autoAttendants[0]!.name = `Standard${value}`;
  return profile;
}

/** A lab terminal over a recording stand-in; `typed` sends data as the keyboard would. */
function labTerminal(profile: Profile, savedLab?: string) {
  const writes: string[] = [];
  let onData: (data: string) => void = () => {};
  const terminal = {
    cols: 100,
    write: (data: string) => void writes.push(data),
    onData: (listener: (data: string) => void) => ((onData = listener), { dispose() {} }),
    onResize: () => ({ dispose() {} }),
  } as unknown as Terminal;
  let shell: LabShellAddon | undefined;
  const lineEditor = new LineEditorAddon({ history: new History(), prompt: () => shell?.prompt() ?? '> ', onSubmit: (command) => shell?.execute(command) });
  lineEditor.activate(terminal);
  const stored = new Map<string, string>(savedLab ? [[storageKeys.lab, savedLab]] : []);
  shell = new LabShellAddon({
    lang: 'en',
    profile: () => profile,
    lineEditor,
    storage: { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => void stored.set(key, value) },
  });
  shell.activate(terminal);
  lineEditor.showPrompt();
  return { shell, writes, typed: (data: string) => onData(data), screen: () => writes.join('') };
}

/** What reached xterm, without the terminal's own sequences. */
const payload = (screen: string) => screen.replace(ownSequence, '');

function drive(value: string) {
  const profile = hostileProfile(value);
  const t = labTerminal(profile, serializeLab(createLab(profile)));
  t.typed('Get-UMDialPlan\r');
  t.typed('Get-UMAutoAttendant\r');
  t.typed(`Get-UMDialPlan -Identity 'Paris${value.replaceAll("'", "''")}'\r`);
  t.typed(`Get-UMDialPlan -Bogus ${value}\r`);
  t.typed(`\x1b[200~Get-UMDialPlan ${value}\nGet-UMService ${value}\x1b[201~`);
  t.typed('\x03');
  t.shell.runRequest({ shell: 'gui', target: `cas01${value}.contoso.com`, text: `Open the console on cas01${value}` });
  t.shell.runRequest({ shell: 'lync', target: `pool${value}.contoso.com`, text: 'Get-CsService -UMServer' });
  t.shell.switchShell('exchange', `cas01${value}.contoso.com`);
  t.shell.reset(`Lab reset for ${value}`);
  return t.screen();
}

describe('hostile values through the lab terminal', () => {
  it('the issue’s values reach xterm spelled out, never as sequences', () => {
    const value = '\x1b]0;PWNED\x07\x1b[2J\x1b[31m\x1b[8m\u202Emoc\u200B\x9b2J';
    const screen = drive(value);
    expect(payload(screen)).not.toMatch(hidden);
    expect(screen).not.toContain('\x1b]0;');
    expect(screen).not.toContain('\x1b[8m');
    expect(screen).not.toContain('\u202E');
    // The dial plan's name is printed by Get-UMDialPlan, visibly.
    expect(screen).toContain(inertText(`Paris${value}`));
    // The prompt after the switch names the hostile machine, visibly.
    expect(screen).toContain(inertText(`cas01${value}.contoso.com`));
  });

  it('no control, format or separator character reaches xterm (property over every code point class)', () => {
    const character = fc.oneof(
      fc.integer({ min: 0, max: 0x1f }),
      fc.integer({ min: 0x7f, max: 0x9f }),
      fc.constantFrom(0x061c, 0x200b, 0x200d, 0x200e, 0x202a, 0x202e, 0x2066, 0x2069, 0x2028, 0x2029, 0xfeff, 0xe0041, 0xd800, 0xdc00),
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0xa0, max: 0x10ffff }),
    );
    const value = fc.array(character, { minLength: 1, maxLength: 6 }).map((codes) => codes.map((c) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c))).join(''));
    fc.assert(
      fc.property(value, (v) => {
        expect(payload(drive(v))).not.toMatch(hidden);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
