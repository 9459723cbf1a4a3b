/**
 * The one escaping rule (src/domain/inert-text.ts) and every human-readable output that carries a
 * profile or script value: the CLI's text format (and its JSON, which stays exact), the `.ps1`
 * runbook, the Markdown record and the lab terminal's rendering. A property test feeds every code
 * point class through each output and asserts that no control, format or separator character
 * reaches it raw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';
import { clipped, codePointLabel, hasHiddenCharacters, inertColumn, inertJson, inertText } from '../../src/domain/inert-text.ts';
import { exampleProfile, type Profile } from '../../src/domain/profile/index.ts';
import { renderRunbookScript } from '../../src/domain/runbook/index.ts';
import type { ProgressRecord } from '../../src/domain/runbook/record.ts';
import { recordToMarkdown } from '../../src/domain/runbook/record-export.ts';
import { checkProfile } from '../../src/domain/check.ts';
import { renderOutput } from '../../src/islands/terminal/output-render.ts';

/** Any character that must never reach an output raw. */
const hiddenCharacter = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;
/** The same, allowing the line breaks (and tabs) a multi-line output is made of. */
const hiddenBesidesLayout = /[^\P{Cc}\n\t]|[\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The classes of code points a hostile value can be made of, each one listed or generated. */
const codePointClasses = {
  c0: fc.integer({ min: 0, max: 0x1f }),
  del: fc.constant(0x7f),
  c1: fc.integer({ min: 0x80, max: 0x9f }),
  bidi: fc.constantFrom(0x061c, 0x200e, 0x200f, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)),
  zeroWidth: fc.constantFrom(0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2064, 0xfeff),
  otherFormat: fc.constantFrom(0x0600, 0x06dd, 0x070f, 0x110bd, 0x1d173, 0xfff9, 0xfffb),
  tag: fc.integer({ min: 0xe0000, max: 0xe007f }),
  separator: fc.constantFrom(0x2028, 0x2029),
  surrogate: fc.integer({ min: 0xd800, max: 0xdfff }),
  ascii: fc.integer({ min: 0x20, max: 0x7e }),
  latin: fc.integer({ min: 0xa0, max: 0x24f }),
  anyBmp: fc.integer({ min: 0, max: 0xffff }),
  astral: fc.integer({ min: 0x10000, max: 0x10ffff }),
};
const fromCode = (code: number) => (code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code));
/** Whole sequences an attacker would write: OSC title, clear screen, colours, hidden text, C1 CSI. */
const sequences = fc.constantFrom('\x1b]0;PWNED\x07', '\x1b[2J', '\x1b[31m', '\x1b[8m', '\x9b2J', '\x9d0;x\x9c', '\x1bP+q\x1b\\', '\r', '\u202Emoc.evil');
const piece = fc.oneof(...Object.values(codePointClasses).map((arbitrary) => arbitrary.map(fromCode)), sequences);
const hostileValue = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => `v${pieces.join('')}`);

describe('inertText', () => {
  it('leaves no control, format or separator character, whatever the code point (every one of them)', () => {
    const survivors: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const character = fromCode(code);
      const out = inertText(`a${character}b`);
      if (hiddenCharacter.test(out)) survivors.push(code);
      // What is not hidden is kept exactly: letters of every script stay readable.
      if (!hiddenCharacter.test(character) && out !== `a${character}b`) survivors.push(code);
    }
    expect(survivors).toEqual([]);
  });

  it('spells controls the way JavaScript and PowerShell 7 read them, format characters as U+', () => {
    expect(inertText('a\x1b]0;PWNED\x07b')).toBe('a\\u{1b}]0;PWNED\\u{7}b');
    expect(inertText('sip:\u202Emoc.evil@x')).toBe('sip:⟨U+202E⟩moc.evil@x');
    expect(inertText('a\u200Bb\u{E0041}')).toBe('a⟨U+200B⟩b⟨U+E0041⟩');
    expect(inertText('\x9b2J')).toBe('\\u{9b}2J');
    expect(inertText('\uD800')).toBe('⟨U+D800⟩');
    expect(codePointLabel('\n')).toBe('\\u{a}');
  });

  it('keeps LF and TAB of multi-line text, shows a lone CR, reads CR LF as LF', () => {
    expect(inertText('a\r\nb\rc\n\td', { multiline: true })).toBe('a\nb\\u{d}c\n\td');
    expect(inertText('a\nb')).toBe('a\\u{a}b');
  });

  it('maps a column to the same character once escaped', () => {
    const line = 'a\x1bbc';
    const shown = inertText(line);
    expect(shown[inertColumn(line, 3) - 1]).toBe('b');
    expect(inertColumn('abc', 3)).toBe(3);
  });

  it('inertJson keeps the exact value and leaves nothing that acts on a terminal (property)', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        const json = inertJson(JSON.stringify({ value }, null, 2));
        expect(JSON.parse(json)).toEqual({ value });
        expect(json).not.toMatch(hiddenBesidesLayout);
      }),
      { numRuns: 500 },
    );
    expect(hasHiddenCharacters('plain ascii')).toBe(false);
  });
});

/** The example profile with `value` in a name, an FQDN, a SIP address, a number and free text. */
function hostileProfile(value: string): Profile {
  const profile = structuredClone(exampleProfile);
  profile.name = `Contoso ${value}`;
  profile.exchange.servers[1]!.fqdn = `mbx01${value}.contoso.com`;
  profile.dialPlans[0]!.name = `Paris${value}`;
  profile.dialPlans[0]!.accessNumbers = [`+3314000${value}`];
  profile.lync.pools[0]!.site = `Paris ${value}`;
  profile.users[0]!.sipAddress = `sip:${value}@contoso.com`;
  profile.autoAttendants[0]!.name = `Standard${value}`;
  return profile;
}

function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    read: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return Buffer.from(files[path]!, 'utf8');
    },
    write: async (path, data) => void (files[path] = new TextDecoder().decode(data)),
  };
  return { io, out };
}

describe('every text output shows hostile values inertly (property over every code point class)', () => {
  it('the CLI: check, generate and lint in text are inert; their JSON is exact', async () => {
    await fc.assert(
      fc.asyncProperty(hostileValue, fc.constantFrom('en', 'fr'), async (value, lang) => {
        const profile = JSON.stringify(hostileProfile(value));
        const script = `Set-UMDialPlan -Identity 'Paris${value.replaceAll("'", "''")}' -VoIPSecurity Secured\n# ${value}\nGet-UMDialPlan ${value}\n`;
        for (const argv of [
          ['check', '--profile', 'p.json'],
          ['generate', '--profile', 'p.json'],
          ['lint', 's.ps1'],
          ['lint', `s${value}.ps1`],
        ]) {
          const { io, out } = memoryIo({ 'p.json': profile, 's.ps1': script, [`s${value}.ps1`]: script });
          await main([...argv, '--lang', lang], io, {});
          // A .ps1 document opens with the UTF-8 BOM (script-file.ts): the file's encoding mark, not content.
          expect(out.stdout.replace(/^\uFEFF/, ''), argv.join(' ')).not.toMatch(hiddenBesidesLayout);
          expect(out.stderr, argv.join(' ')).not.toMatch(hiddenBesidesLayout);
          const json = memoryIo({ 'p.json': profile, 's.ps1': script });
          await main([...argv, '--format', 'json', '--lang', lang], json.io, {});
          expect(json.out.stdout).not.toMatch(hiddenBesidesLayout);
          if (json.out.stdout) JSON.parse(json.out.stdout); // still JSON
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('the .ps1 runbook: comments and code alike', () => {
    fc.assert(
      fc.property(hostileValue, fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>, (value, lang) => {
        const profile = hostileProfile(value);
        const text = renderRunbookScript(profile, { lang, profileSha256: '0'.repeat(64), findings: checkProfile(profile) });
        expect(text.replace(/^\uFEFF/, '')).not.toMatch(hiddenBesidesLayout);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('the Markdown record', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        const record: ProgressRecord = {
          version: 1,
          operator: `ops ${value}`,
          steps: {
            'create-um-dial-plans': {
              status: 'done',
              at: `2026-01-01T10:00:00Z${value}`,
              operator: value,
              output: `line 1\r\n${value}\nline 3`,
              copies: [{ text: `New-UMDialPlan -Name 'x${value}'`, sha256: 'a'.repeat(64), target: `mbx01${value}`, shell: 'exchange', at: value }],
            },
            [`unknown${value}`]: { status: 'skipped', copies: [] },
          },
        };
        for (const lang of ['en', 'fr'] as const) {
          const markdown = recordToMarkdown(record, { profile: hostileProfile(value), lang, stepIds: ['create-um-dial-plans'], exportedAt: `2026${value}` });
          expect(markdown).not.toMatch(hiddenBesidesLayout);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the terminal rendering of lab output, with the caret still under the right character', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        // One physical line (a line feed would start the command's next line).
        const command = `Get-UMDialPlan '${value.replace(/\n/g, '')}' -Bogus`;
        const column = command.indexOf('-Bogus') + 1;
        const rows = renderOutput(
          [
            { kind: 'diagnostic', text: `warning ps-unknown-parameter: ${value}`, ruleId: 'ps-unknown-parameter', range: { line: 1, column, endLine: 1, endColumn: column + 6 } },
            { kind: 'text', text: value },
            { kind: 'error', text: value },
            { kind: 'table', text: `Name ${value}` },
          ],
          { command, promptWidth: 4, continuationWidth: 3, defaultSeverity: 'warning', severityLabel: (s) => s },
        );
        // Only our own colours may remain: SGR sequences; nothing else hidden.
        const withoutColours = rows.map((row) => row.replace(/\x1b\[[0-9;]*m/g, ''));
        for (const row of withoutColours) expect(row).not.toMatch(hiddenCharacter);
        // The caret row: the carets start under `-Bogus` of the escaped command.
        const shown = inertText(command.replace(/\t/g, ' ')); // tabs are one column, as xterm is told
        expect(withoutColours[0]!.indexOf('^') - 4).toBe(shown.indexOf('-Bogus'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the hostile profile of issue 15 in `passerelle check`', () => {
  const fqdn = 'lyncpool-paris\x1b]0;PWNED\x07\x1b[2J\x1b[31m.contoso.com';
  const profile = structuredClone(exampleProfile);
  profile.lync.pools[0]!.fqdn = fqdn;
  profile.dialPlans[0]!.name = 'Paris\x1b[8mSIP';
  profile.users[0]!.sipAddress = 'sip:\u202Emoc.evil@x';

  it.each(['en', 'fr'])('prints every value inertly and visibly (%s)', async (lang) => {
    const { io, out } = memoryIo({ 'hostile.json': JSON.stringify(profile) });
    const code = await main(['check', '--profile', 'hostile.json', '--lang', lang], io, {});
    expect(code).toBe(1);
    const printed = out.stdout + out.stderr;
    expect(printed).not.toMatch(hiddenBesidesLayout);
    expect(printed).toContain('\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J\\u{1b}[31m');
    expect(printed).toContain('Paris\\u{1b}[8mSIP');
    expect(printed).toContain('sip:⟨U+202E⟩moc.evil@x');
  });

  it('its JSON diagnostics carry the exact values, escaped as JSON', async () => {
    const { io, out } = memoryIo({ 'hostile.json': JSON.stringify(profile) });
    await main(['check', '--profile', 'hostile.json', '--format', 'json'], io, {});
    expect(out.stdout).not.toMatch(hiddenBesidesLayout);
    const messages = (JSON.parse(out.stdout) as { diagnostics: { message: string }[] }).diagnostics.map((d) => d.message).join('\n');
    expect(messages).toContain('\u202Emoc.evil@x');
    expect(messages).toContain(fqdn);
  });
});

describe('clipped', () => {
  it('cuts a long value with an ellipsis, never inside a surrogate pair', () => {
    expect(clipped('abcdef', 10)).toBe('abcdef');
    expect(clipped('abcdef', 3)).toBe('abc…');
    expect(clipped('ab😀cd', 3)).toBe('ab…');
    expect(clipped('ab😀cd', 4)).toBe('ab😀…');
  });
});
