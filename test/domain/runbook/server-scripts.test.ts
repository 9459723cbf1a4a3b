import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../../src/domain/check.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { generateAll } from '../../../src/domain/runbook/index.ts';
import { runbookProcedures } from '../../../src/domain/runbook/procedures.ts';
import { renderRunbookScript } from '../../../src/domain/runbook/script.ts';
import { renderServerScripts } from '../../../src/domain/runbook/server-scripts.ts';
import { cloneExample } from './helpers.ts';

const hash = 'a'.repeat(64);
const deploy = runbookProcedures['deploy-um-lync'];
const render = (profile = exampleProfile, lang: 'en' | 'fr' = 'en', runbook = 'deploy-um-lync') =>
  renderServerScripts(profile, { runbook, steps: runbookProcedures[runbook as keyof typeof runbookProcedures], lang, profileSha256: hash, findings: checkProfile(profile) });
const code = (text: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));

describe('renderServerScripts', () => {
  it('writes one file per machine and shell, holding exactly that machine and shell’s commands in order', () => {
    const files = render();
    const all = generateAll(exampleProfile);
    const keys = new Set(all.map((c) => `${c.target}|${c.shell}`));
    expect(files.map((f) => `${f.target}|${f.shell}`).sort()).toEqual([...keys].sort());
    for (const file of files) {
      const expected = all.filter((c) => c.target === file.target && c.shell === file.shell);
      if (file.shell === 'exchange' || file.shell === 'lync') expect(code(file.text)).toEqual(expected.map((c) => c.text));
      else expect(code(file.text)).toEqual([]); // cmd.exe lines and console actions stay comments
      expect(file.fileName).toMatch(/^passerelle-deploy-um-lync-[A-Za-z0-9.-]+-(exchange|lync|cmd|gui)\.ps1$/);
    }
    expect(files.map((f) => f.fileName)).toContain('passerelle-deploy-um-lync-mbx01.contoso.com-exchange.ps1');
  });

  it('starts with the profile name, its SHA-256 and the shell and machine, with comments in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      const [file] = render(exampleProfile, lang);
      const lines = file!.text.split('\n');
      expect(lines[0]).toBe(`# Passerelle — ${exampleProfile.name}`);
      expect(lines[1]).toBe(`# SHA-256: ${hash}`);
      expect(lines[2]).toMatch(/^# .+ — .+$/);
      const first = lang === 'fr' ? '# FR: ' : '# EN: ';
      const second = lang === 'fr' ? '# EN: ' : '# FR: ';
      const i = lines.findIndex((l) => l.startsWith(first));
      expect(lines[i + 1]!.startsWith(second)).toBe(true);
    }
  });

  it('names a withheld step with its reasons in every file instead of its commands', () => {
    const profile = cloneExample();
    profile.users[0]!.extension = '12';
    const files = render(profile);
    for (const file of files) {
      expect(file.text).toContain('enable-um-mailboxes');
      expect(file.text).toContain('user-extension-length');
      expect(file.text).not.toContain('Enable-UMMailbox');
    }
  });

  it('keeps hostile text in comments and quoted literals', () => {
    const profile = cloneExample();
    profile.name = 'x\nRemove-Item C:\\ -Recurse';
    profile.dialPlans[0]!.name = "'; Remove-Item C:\\ -Recurse #";
    for (const file of render(profile)) {
      expect(file.text.split('\n').filter((l) => /^Remove-Item/.test(l))).toEqual([]);
    }
  });

  it('covers only the steps of the runbook asked for', () => {
    const files = render(exampleProfile, 'en', 'rerun-exchucutil');
    const text = files.map((f) => f.text).join('\n');
    expect(text).toContain('ExchUcUtil.ps1');
    expect(text).not.toContain('New-UMDialPlan');
    expect(files.every((f) => f.fileName.startsWith('passerelle-rerun-exchucutil-'))).toBe(true);
    expect(deploy.length).toBeGreaterThan(runbookProcedures['rerun-exchucutil'].length);
  });
});

describe('the version line names the Lync product (2015 is Skype for Business Server 2015)', () => {
  const cases = [
    { lync: '2010', en: 'Exchange 2013, Lync Server 2010.', fr: 'Exchange 2013, Lync Server 2010.' },
    { lync: '2013', en: 'Exchange 2013, Lync Server 2013.', fr: 'Exchange 2013, Lync Server 2013.' },
    { lync: '2015', en: 'Exchange 2013, Skype for Business Server 2015.', fr: 'Exchange 2013, Skype for Business Server 2015.' },
  ] as const;
  it.each(cases)('lync.version $lync, in the runbook script and in every server script', ({ lync, en, fr }) => {
    const profile = cloneExample();
    profile.lync.version = lync;
    for (const lang of ['en', 'fr'] as const) {
      const texts = [
        renderRunbookScript(profile, { lang, profileSha256: hash, findings: checkProfile(profile) }),
        ...render(profile, lang).map((f) => f.text),
      ];
      for (const text of texts) {
        expect(text).toContain(`# EN: ${en}\n`);
        expect(text).toContain(`# FR: ${fr}\n`);
        expect(text).not.toContain('Lync Server 2015');
      }
    }
  });
});
