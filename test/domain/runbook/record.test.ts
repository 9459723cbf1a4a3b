import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import {
  addCopyIn,
  emptyProgress,
  markStepIn,
  readStoredProgress,
  setStepOperatorIn,
  setStepOutputIn,
  sha256Hex,
  type CopyEntry,
} from '../../../src/domain/runbook/record.ts';
import { recordToJson, recordToMarkdown } from '../../../src/domain/runbook/record-export.ts';
import { stepIds } from '../../../src/domain/runbook/steps.ts';

const at = '2025-06-01T21:04:00.000Z';
const copy = async (text: string): Promise<CopyEntry> => ({ text, sha256: await sha256Hex(text), target: 'mbx01.contoso.com', shell: 'exchange', at });

describe('sha256Hex', () => {
  it('is the SHA-256 of the UTF-8 text, lower-case hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // UTF-8, not UTF-16: the same bytes Get-FileHash reads from a UTF-8 file.
    expect(await sha256Hex('é')).toBe(createHash('sha256').update(Buffer.from('é', 'utf8')).digest('hex'));
  });
});

describe('record updates', () => {
  it('marks, clears and keeps copies and output', async () => {
    let record = { ...emptyProgress(), operator: 'Alice' };
    record = markStepIn(record, 'run-exchucutil', 'done', at);
    expect(record.steps['run-exchucutil']).toEqual({ status: 'done', at, operator: 'Alice', copies: [] });
    record = addCopyIn(record, 'run-exchucutil', await copy('.\\ExchUcUtil.ps1'));
    record = setStepOutputIn(record, 'run-exchucutil', 'OK');
    record = markStepIn(record, 'run-exchucutil', null, at);
    const step = record.steps['run-exchucutil']!;
    expect(step.status).toBeUndefined();
    expect(step.at).toBeUndefined();
    expect(step.copies).toHaveLength(1);
    expect(step.output).toBe('OK');
    expect(setStepOutputIn(record, 'run-exchucutil', '').steps['run-exchucutil']!.output).toBeUndefined();
    expect(setStepOperatorIn(record, 'run-exchucutil', 'Bruno').steps['run-exchucutil']!.operator).toBe('Bruno');
  });

  it('never mutates the record it was given', () => {
    const record = emptyProgress();
    markStepIn(record, 'test-exum', 'skipped', at);
    expect(record).toEqual(emptyProgress());
  });
});

describe('stored record', () => {
  it('reads back what was stored', async () => {
    const record = addCopyIn(markStepIn(emptyProgress(), 'test-exum', 'done', at), 'test-exum', await copy('Test-CsExUmConnectivity'));
    expect(readStoredProgress(JSON.stringify(record))).toEqual(record);
  });

  it.each([null, '', '{', '{"version":2,"operator":"","steps":{}}', '{"version":1,"operator":"","steps":{"x":{"copies":[{"sha256":"nothex"}]}}}'])(
    'gives undefined for %s',
    (raw) => {
      expect(readStoredProgress(raw)).toBeUndefined();
    },
  );
});

describe('record exports', () => {
  const build = async () => {
    let record = { ...emptyProgress(), operator: 'Alice <admin>' };
    record = markStepIn(record, 'create-um-dial-plans', 'done', at);
    record = addCopyIn(record, 'create-um-dial-plans', await copy('New-UMDialPlan -Name ParisSIP'));
    // Output that tries to close the fence early and inject a heading.
    record = setStepOutputIn(record, 'create-um-dial-plans', '```\n# injected\n````');
    record = markStepIn(record, 'check-media-encryption', 'skipped', at);
    return record;
  };

  it.each(['en', 'fr'] as const)('JSON lists recorded steps in runbook order with %s titles', async (lang) => {
    const json = recordToJson(await build(), { profile: exampleProfile, lang, stepIds, exportedAt: at });
    expect(json.format).toBe('passerelle-record');
    expect(json.lang).toBe(lang);
    expect(json.steps.map((s) => s.id)).toEqual(['check-media-encryption', 'create-um-dial-plans']);
    expect(json.steps[1]!.title).toBe(lang === 'fr' ? 'Créer les plans de numérotation URI SIP' : 'Create the SIP URI dial plans');
    expect(json.steps[1]!.copies[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.steps[0]!.status).toBe('skipped');
    expect(json.deployment).toEqual({ name: 'Contoso — Paris & Lyon', sipDomain: 'contoso.com' });
  });

  it('Markdown keeps commands and output in fences they cannot close', async () => {
    const md = recordToMarkdown(await build(), { profile: exampleProfile, lang: 'en', stepIds, exportedAt: at });
    expect(md).toContain('# Change-window record: Contoso — Paris & Lyon');
    expect(md).toContain('```powershell\nNew-UMDialPlan -Name ParisSIP\n```');
    expect(md).toContain('`````text\n```\n# injected\n````\n`````');
    expect(md).toContain('Alice \\<admin\\>');
    expect(md.indexOf('check-media-encryption')).toBeLessThan(md.indexOf('create-um-dial-plans'));
  });

  it('Markdown is in French with French typography', async () => {
    const md = recordToMarkdown(await build(), { profile: exampleProfile, lang: 'fr', stepIds, exportedAt: at });
    expect(md).toContain('Registre de la fenêtre de changement');
    expect(md).toContain('- État\u00a0: Faite');
    expect(md).toContain('SHA-256\u00a0:');
  });

  it('says when nothing was recorded', () => {
    expect(recordToMarkdown(emptyProgress(), { profile: exampleProfile, lang: 'en', stepIds, exportedAt: at })).toContain('Nothing was recorded.');
  });
});
