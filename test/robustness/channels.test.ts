/**
 * Robustness, channel by channel: every hostile value of the corpus in every text field of the
 * profile, through the forms (an edit, then the rules and the runbook), an import, a share link and
 * browser storage. Nothing throws, nothing is lost (the value comes back exactly), and the
 * human-readable outputs stay inert. Then the limits: the largest profile read and the refusal
 * beyond it, and nesting that never overflows the stack. The README quotes the counts asserted here.
 * (The terminal and the CLI: test/islands/terminal/hostile-lab.test.ts, test/domain/inert-text.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../src/domain/check.ts';
import type { ProfilePath } from '../../src/domain/finding.ts';
import { formatLoadIssue } from '../../src/domain/messages.ts';
import { setAt, valueAt } from '../../src/domain/profile/edit.ts';
import { exampleProfile, type Profile } from '../../src/domain/profile/index.ts';
import { loadProfile, PROFILE_MAX_CHARACTERS } from '../../src/domain/profile/load.ts';
import { decodeProfileFragment, encodeProfileFragment, readStoredProfile, serializeProfile } from '../../src/domain/profile/share.ts';
import { renderRunbookScript } from '../../src/domain/runbook/index.ts';
import { keyPath, sections } from '../../src/islands/forms/fields.ts';
import { hostileValues } from './corpus.ts';

/** Every text field the forms render for the example profile (first item of each list). */
function formTextFields(): { path: ProfilePath; lines: boolean }[] {
  const fields: { path: ProfilePath; lines: boolean }[] = [];
  for (const section of Object.values(sections)) {
    for (const field of section.fields) if (field.kind === 'text' || field.kind === 'lines') fields.push({ path: keyPath(field.key), lines: field.kind === 'lines' });
    for (const list of section.lists) {
      for (const field of list.fields) {
        if (field.kind === 'text' || field.kind === 'lines') fields.push({ path: [...keyPath(list.key), 0, ...keyPath(field.key)], lines: field.kind === 'lines' });
      }
    }
  }
  return fields;
}

const fields = formTextFields();
const withValue = (value: string, field: { path: ProfilePath; lines: boolean }): Profile => setAt(exampleProfile, field.path, field.lines ? [value] : value);
const hidden = /[^\P{Cc}\n\t]|[\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;

describe('hostile values, channel by channel', () => {
  it('the corpus and the fields counted in the README', () => {
    expect(hostileValues).toHaveLength(42);
    expect(fields).toHaveLength(23);
    expect(hostileValues.length * fields.length).toBe(966);
  });

  it('forms: each value in each field is kept, checked and generated without an error, the .ps1 inert', () => {
    let tried = 0;
    for (const field of fields) {
      for (const value of hostileValues) {
        const profile = withValue(value, field);
        expect(valueAt(profile, field.path)).toEqual(field.lines ? [value] : value);
        expect(() => checkProfile(profile)).not.toThrow();
        tried++;
      }
    }
    // The runbook once per value, the value in every field at once.
    for (const value of hostileValues) {
      const profile = fields.reduce((p, field) => setAt(p, field.path, field.lines ? [value] : value), exampleProfile);
      const script = renderRunbookScript(profile, { lang: 'fr', profileSha256: '0'.repeat(64), findings: checkProfile(profile) });
      expect(script.replace(/^\uFEFF/, '')).not.toMatch(hidden);
    }
    expect(tried).toBe(966);
  }, 120_000);

  it('import: each value comes back exactly from the exported file', () => {
    let tried = 0;
    for (const field of fields) {
      for (const value of hostileValues) {
        const profile = withValue(value, field);
        const result = loadProfile(serializeProfile(profile));
        expect(result.ok && result.profile).toEqual(profile);
        tried++;
      }
    }
    expect(tried).toBe(966);
  });

  it('share link: each value comes back exactly from the link', () => {
    let tried = 0;
    for (const field of fields) {
      for (const value of hostileValues) {
        const profile = withValue(value, field);
        const result = decodeProfileFragment(`#step-x&${encodeProfileFragment(profile)}`);
        expect(result?.ok && result.profile).toEqual(profile);
        tried++;
      }
    }
    expect(tried).toBe(966);
  }, 60_000);

  it('storage: each value comes back exactly; a damaged record is kept aside, never thrown', () => {
    let tried = 0;
    for (const field of fields) {
      for (const value of hostileValues) {
        const profile = withValue(value, field);
        const stored = readStoredProfile(serializeProfile(profile));
        expect(stored.kind === 'ok' && stored.profile).toEqual(profile);
        tried++;
      }
    }
    expect(tried).toBe(966);
    for (const damaged of ['{', '[]', 'null', '"x"', '{"schemaVersion":1}', serializeProfile(exampleProfile).slice(0, -20), '\uD800', '{"__proto__":{"polluted":1},"schemaVersion":1}']) {
      const stored = readStoredProfile(damaged);
      expect(stored.kind, damaged).toBe('unreadable');
      expect(stored.kind === 'unreadable' && stored.raw).toBe(damaged);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('share link: damaged or hostile fragments are refused with an issue, never thrown', () => {
    for (const fragment of ['#profile=', '#profile=%%%', '#profile=AAAA', '#profile=____', `#profile=${'A'.repeat(100_001)}`, '#profile=' + Buffer.from('[' .repeat(200_000)).toString('base64url')]) {
      const result = decodeProfileFragment(fragment);
      expect(result?.ok, fragment.slice(0, 20)).toBe(false);
    }
  });
});

describe('limits', () => {
  /** A profile of `users` users (about 205 characters of JSON each). */
  const large = (users: number): string =>
    serializeProfile({
      ...exampleProfile,
      users: Array.from({ length: users }, (_, i) => ({
        identity: `user${i}@contoso.com`,
        sipAddress: `sip:user${i}@contoso.com`,
        lineUri: `tel:+3314${String(i).padStart(7, '0')};ext=${String(i % 10_000).padStart(4, '0')}`,
        extension: String(i % 10_000).padStart(4, '0'),
        dialPlan: 'ParisSIP',
      })),
    });

  it('reads a profile of 9,000 users (about 1.8 million characters) and refuses a larger text clearly', () => {
    const accepted = large(9_000);
    expect(accepted.length).toBeLessThanOrEqual(PROFILE_MAX_CHARACTERS);
    expect(accepted.length).toBeGreaterThan(1_800_000);
    expect(loadProfile(accepted).ok).toBe(true);
    const refused = loadProfile(accepted + ' '.repeat(PROFILE_MAX_CHARACTERS - accepted.length + 1));
    expect(refused).toEqual({ ok: false, issues: [{ code: 'tooLarge', path: [], params: { size: PROFILE_MAX_CHARACTERS + 1, limit: PROFILE_MAX_CHARACTERS } }] });
    if (!refused.ok) {
      expect(formatLoadIssue(refused.issues[0]!, 'en')).toBe(`The profile is ${PROFILE_MAX_CHARACTERS + 1} characters long; Passerelle reads profiles of up to ${PROFILE_MAX_CHARACTERS} characters, so nothing was read.`);
      expect(formatLoadIssue(refused.issues[0]!, 'fr')).toContain('n’a donc rien lu');
    }
  });

  it('JSON nested as deep as the size limit allows, anywhere in a profile, never overflows the stack', () => {
    // 999,000 arrays or 333,000 objects deep: the deepest nesting that fits in the size limit.
    const arrays = '['.repeat(999_000) + ']'.repeat(999_000);
    const objects = '{"a":'.repeat(333_000) + '1' + '}'.repeat(333_000);
    for (const text of [arrays, objects, `{"schemaVersion":${objects}}`, `{"schemaVersion":${arrays}}`, `{"schemaVersion":1,"name":${arrays}}`, `{"schemaVersion":1,"users":[${objects}]}`]) {
      if (text.length > PROFILE_MAX_CHARACTERS) {
        expect(loadProfile(text)).toMatchObject({ ok: false, issues: [{ code: 'tooLarge' }] });
        continue;
      }
      const result = loadProfile(text);
      expect(result.ok).toBe(false);
      if (!result.ok) for (const issue of result.issues) expect(formatLoadIssue(issue, 'en').length).toBeLessThan(300);
    }
  }, 120_000);
});

describe('the CLI refuses a script beyond its limit', () => {
  it('lints a script of 2,000,000 characters and refuses one more, in the reader’s language', async () => {
    const { main } = await import('../../src/cli/main.ts');
    const { SCRIPT_MAX_CHARACTERS } = await import('../../src/domain/powershell/linter.ts');
    expect(SCRIPT_MAX_CHARACTERS).toBe(2_000_000);
    const line = `# ${'x'.repeat(97)}\n`; // 100 characters: comments lint fast, the size is what counts
    const atLimit = line.repeat(SCRIPT_MAX_CHARACTERS / line.length);
    const run = async (text: string, lang: string) => {
      const out = { stdout: '', stderr: '' };
      const code = await main(['lint', 'big.ps1', '--lang', lang], { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), read: async () => Buffer.from(text), write: async () => {} }, {});
      return { code, ...out };
    };
    expect((await run(atLimit, 'en')).code).toBe(0);
    const refused = await run(`${atLimit}x`, 'en');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('passerelle: "big.ps1" is 2000001 characters long; passerelle lint reads scripts of up to 2000000 characters, so nothing was checked.\n');
    expect((await run(`${atLimit}x`, 'fr')).stderr).toContain('n’a donc rien vérifié');
  }, 60_000);
});
