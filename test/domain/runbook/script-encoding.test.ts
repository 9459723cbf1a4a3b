/**
 * Every `.ps1` Passerelle writes (the site's per-server downloads for every runbook, the CLI's
 * `generate`) read back exactly as Windows PowerShell 5.1 reads it: the bytes are decoded the way
 * 5.1 decodes them (BOM → UTF-8, no BOM → cp1252), then parsed with our parser, and every profile
 * value must still be one literal — no command the generator did not write.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../../src/domain/check.ts';
import type { Profile } from '../../../src/domain/profile/index.ts';
import { parseScript } from '../../../src/domain/powershell/parser.ts';
import { runbookProcedures } from '../../../src/domain/runbook/procedures.ts';
import { renderRunbookScript } from '../../../src/domain/runbook/script.ts';
import {
  decodeAsWindowsPowerShell,
  misreadByWindowsPowerShell,
  scriptFileBytes,
  scriptFileText,
  windowsPowerShellEncoding,
} from '../../../src/domain/runbook/script-file.ts';
import { renderServerScripts } from '../../../src/domain/runbook/server-scripts.ts';
import { cloneExample } from './helpers.ts';

/** The fields the review found reaching commands that no rule withholds, and a few more. */
const fields: Record<string, (profile: Profile, value: string) => void> = {
  'lync.pools[0].site': (p, v) => void (p.lync.pools[0]!.site = v),
  'certificates[0].name': (p, v) => void (p.certificates[0]!.name = v),
  'certificates[0].thumbprint': (p, v) => void (p.certificates[0]!.thumbprint = v),
  'users[0].identity': (p, v) => void (p.users[0]!.identity = v),
  'users[0].mailboxPolicy': (p, v) => void (p.users[0]!.mailboxPolicy = v),
  'autoAttendants[0].name': (p, v) => void (p.autoAttendants[0]!.name = v),
  name: (p, v) => void (p.name = v),
};

/** Every script file the site and the CLI write for a profile, as bytes on disk. */
function scriptFiles(profile: Profile): { name: string; text: string; bytes: Uint8Array }[] {
  const findings = checkProfile(profile);
  const files: { name: string; text: string }[] = [];
  for (const lang of ['en', 'fr'] as const) {
    for (const [runbook, steps] of Object.entries(runbookProcedures)) {
      for (const file of renderServerScripts(profile, { runbook, steps, lang, profileSha256: 'f'.repeat(64), findings })) {
        files.push({ name: `${lang}/${file.fileName}`, text: file.text });
      }
    }
    files.push({ name: `${lang}/passerelle generate`, text: renderRunbookScript(profile, { lang, profileSha256: 'f'.repeat(64), findings }) });
  }
  return files.map((f) => ({ ...f, bytes: scriptFileBytes(f.text) }));
}

const commandNames = (source: string) => parseScript(source).commands.map((c) => c.nameText);

describe('script files as Windows PowerShell 5.1 reads them', () => {
  it('start with the UTF-8 BOM, once', () => {
    expect([...scriptFileBytes('Get-UMDialPlan\n').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(scriptFileText(scriptFileText('x'))).toBe('\uFEFFx');
  });

  it('pick the encoding from the BOM, and cp1252 without one', () => {
    expect(windowsPowerShellEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(windowsPowerShellEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
    expect(windowsPowerShellEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be');
    expect(windowsPowerShellEncoding(new TextEncoder().encode('é'))).toBe('windows-1252');
    // Œ is C5 92 in UTF-8; 0x92 is ’ in cp1252, a quote PowerShell honours.
    expect(decodeAsWindowsPowerShell(new TextEncoder().encode("'Œ'"))).toBe("'Å’'");
    expect(decodeAsWindowsPowerShell(scriptFileBytes("'Œ é'"))).toBe("'Œ é'");
    expect(misreadByWindowsPowerShell(new TextEncoder().encode('Get-UMDialPlan'))).toBe(false);
    expect(misreadByWindowsPowerShell(new TextEncoder().encode("'é'"))).toBe(true);
    expect(misreadByWindowsPowerShell(scriptFileBytes("'é'"))).toBe(false);
  });

  // The attack from the review: without a BOM, the UTF-8 bytes of Œ close the literal.
  const attack = 'xŒ; Start-Process calc; #';

  it('the check itself sees the attack when the BOM is missing (negative control)', () => {
    const profile = cloneExample();
    profile.users[0]!.identity = attack;
    const generated = scriptFiles(profile).find((f) => f.name === 'en/passerelle generate')!;
    const withoutBom = generated.bytes.subarray(3);
    expect(commandNames(decodeAsWindowsPowerShell(withoutBom))).toContain('Start-Process');
  });

  it.each(Object.keys(fields))('%s: every file reads back as generated, and the value stays one literal', (field) => {
    const profile = cloneExample();
    fields[field]!(profile, attack);
    const files = scriptFiles(profile);
    expect(files.length).toBeGreaterThan(10);
    let carried = 0;
    for (const file of files) {
      const read = decodeAsWindowsPowerShell(file.bytes);
      expect(read, file.name).toBe(file.text);
      expect(commandNames(read), file.name).not.toContain('Start-Process');
      expect(commandNames(read), file.name).toEqual(commandNames(file.text));
      if (read.includes(attack)) carried += 1;
    }
    // The value is really there (in a literal or a comment), not dropped.
    expect(carried).toBeGreaterThan(0);
  });

  it('any text of the Basic Multilingual Plane in any of these fields stays inert', () => {
    const bmpCharacter = fc
      .integer({ min: 0x20, max: 0xfffd })
      .filter((c) => c < 0xd800 || c > 0xdfff)
      .map((c) => String.fromCharCode(c));
    const value = fc.tuple(fc.string({ unit: bmpCharacter, minLength: 1, maxLength: 12 }), fc.constantFrom(...Object.keys(fields)));
    fc.assert(
      fc.property(value, ([text, field]) => {
        const profile = cloneExample();
        fields[field]!(profile, `${text}; Start-Process calc; #`);
        const expected = commandNames(renderRunbookScript(profile, { lang: 'en', profileSha256: '', findings: checkProfile(profile) }));
        const bytes = scriptFileBytes(renderRunbookScript(profile, { lang: 'en', profileSha256: '', findings: checkProfile(profile) }));
        const names = commandNames(decodeAsWindowsPowerShell(bytes));
        expect(names).not.toContain('Start-Process');
        expect(names).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
