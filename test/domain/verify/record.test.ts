import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import {
  emptyProgress,
  markStepIn,
  progressRecordSchema,
  readStoredProgress,
  setVerificationIn,
  type VerificationEntry,
} from '../../../src/domain/runbook/record.ts';
import { recordToJson, recordToMarkdown } from '../../../src/domain/runbook/record-export.ts';
import { stepIds } from '../../../src/domain/runbook/steps.ts';

const hash = 'a'.repeat(64);
const entry = (command: string, status: VerificationEntry['status'], failed: string[] = []): VerificationEntry => ({
  command,
  status,
  sha256: hash,
  at: '2026-12-06T09:00:00.000Z',
  failed,
});
const commands = ['Get-UMDialPlan -Identity ParisSIP | Format-List', 'Get-UMDialPlan -Identity LyonSIP | Format-List'];

describe('verifications in the record', () => {
  it('a step is verified only when every verification command has a verified verdict', () => {
    let record = setVerificationIn(emptyProgress(), 'create-um-dial-plans', entry(commands[0]!, 'verified'), commands);
    expect(record.steps['create-um-dial-plans']!.verified).toBe(false);
    record = setVerificationIn(record, 'create-um-dial-plans', entry(commands[1]!, 'mismatch', ['VoIPSecurity']), commands);
    expect(record.steps['create-um-dial-plans']!.verified).toBe(false);
    record = setVerificationIn(record, 'create-um-dial-plans', entry(commands[1]!, 'verified'), commands);
    expect(record.steps['create-um-dial-plans']!.verified).toBe(true);
    expect(record.steps['create-um-dial-plans']!.verifications).toHaveLength(2);
  });

  it('keeps the rest of the step (mark, copies) and survives a store round trip; older records still load', () => {
    let record = markStepIn(emptyProgress(), 'create-um-dial-plans', 'done', '2026-12-06T08:00:00.000Z');
    record = setVerificationIn(record, 'create-um-dial-plans', entry(commands[0]!, 'unreadable', ['errorRecord']), commands);
    expect(record.steps['create-um-dial-plans']!.status).toBe('done');
    expect(readStoredProgress(JSON.stringify(record))).toEqual(record);
    expect(v.safeParse(progressRecordSchema, { version: 1, operator: '', steps: { x: { copies: [] } } }).success).toBe(true);
    // A marked step keeps its verdicts when the mark is cleared.
    expect(markStepIn(record, 'create-um-dial-plans', null, '').steps['create-um-dial-plans']!.verifications).toHaveLength(1);
  });

  it.each(['en', 'fr'] as const)('exports the verdicts, hashes and times (JSON and Markdown, %s)', (lang) => {
    let record = setVerificationIn(emptyProgress(), 'create-um-dial-plans', entry(commands[0]!, 'verified'), commands);
    record = setVerificationIn(record, 'create-um-dial-plans', entry('Get-X `$a', 'mismatch', ['VoIPSecurity']), commands);
    const context = { profile: exampleProfile, lang, stepIds, exportedAt: '2026-12-06T10:00:00.000Z' };
    const json = recordToJson(record, context);
    expect(json.steps[0]).toMatchObject({ id: 'create-um-dial-plans', verified: false });
    expect(json.steps[0]!.verifications.map((v) => [v.status, v.statusLabel, v.sha256])).toEqual([
      ['verified', lang === 'fr' ? 'vérifié' : 'verified', hash],
      ['mismatch', lang === 'fr' ? 'non vérifié' : 'not verified', hash],
    ]);
    const markdown = recordToMarkdown(record, context);
    expect(markdown).toContain(`SHA-256 \`${hash}\``);
    expect(markdown).toContain('— VoIPSecurity');
    expect(markdown).toContain('`` Get-X `$a ``');
    expect(markdown).toContain(lang === 'fr' ? 'Vérification\u00a0: non vérifié' : 'Verification: not verified');
  });
});
