/**
 * `passerelle drift` through the real bin, on inventories the lab printed by running the real
 * inventory scripts after the whole runbook (test/domain/inventory/helpers.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleProfile } from '../../src/domain/profile/index.ts';
import { Tab } from '../domain/lab/helpers.ts';
import { deployedLab, labInventory } from '../domain/inventory/helpers.ts';
import { installBin, projectRoot, type BinRun } from './installed-bin.ts';

const scratch = mkdtempSync(join(tmpdir(), 'passerelle-drift-'));
const profile = join(projectRoot, 'src/domain/profile/example.json');
let run: (args: string[], input?: string) => Promise<BinRun>;
beforeAll(async () => {
  run = await installBin(scratch);
}, 60_000);

const lab = deployedLab(exampleProfile);
const file = (name: string, data: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, data);
  return path;
};
const exchange = file('exchange.json', labInventory(exampleProfile, lab, 'exchange'));
const lync = file('lync.json', labInventory(exampleProfile, lab, 'lync'));
const changedLab = new Tab(exampleProfile, 'exchange', lab);
changedLab.ok("Set-UMDialPlan -Identity 'ParisSIP' -VoIPSecurity SIPSecured");
const changed = file('changed.json', labInventory(exampleProfile, changedLab.lab, 'exchange'));

/** What PowerShell 5.1's `>` writes: UTF-16 LE with a byte order mark. */
function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  return bytes;
}

describe('passerelle drift (the real bin)', { timeout: 30_000 }, () => {
  it('exits 0 when the lab’s inventories (two files) match the profile', async () => {
    const result = await run(['drift', '--profile', profile, exchange, lync]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Exchange inventory read (computer MBX01).');
    expect(result.stdout).toContain('No drift');
  });

  it('reads a UTF-16 file as PowerShell’s > saves it, and standard input', async () => {
    const saved = file('utf16.json', utf16(labInventory(exampleProfile, lab, 'exchange')));
    expect((await run(['drift', '--profile', profile, saved])).code).toBe(0);
    expect((await run(['drift', '--profile', profile, '-'], labInventory(exampleProfile, lab, 'lync'))).code).toBe(0);
  });

  it('exits 1 and names the changed value with its fixing step, in French too', async () => {
    const en = await run(['drift', '--profile', profile, changed]);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('UM dial plan ParisSIP: VoIPSecurity is SIPSecured on the servers, Secured in the profile.');
    expect(en.stdout).toContain('/en/runbooks/move-dial-plan-to-secured/#step-secure-dial-plans');
    const fr = await run(['drift', '--profile', profile, '--lang', 'fr', changed]);
    expect(fr.code).toBe(1);
    expect(fr.stdout).toContain('Plan de numérotation de messagerie unifiée ParisSIP\u00a0: VoIPSecurity vaut SIPSecured sur les serveurs, Secured dans le profil.');
    const json = await run(['drift', '--profile', profile, '--format', 'json', changed]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'drift', read: ['exchange'], drift: [{ id: 'umDialPlan:ParisSIP:VoIPSecurity', step: 'secure-dial-plans', serverValue: 'SIPSecured' }] });
  });

  it('exits 2 on refused input, with the reason in the reader’s language', async () => {
    const garbage = await run(['drift', '--profile', profile, file('garbage.txt', 'Get-UMDialPlan : not found\n')]);
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toMatch(/not valid JSON/);
    const newer = await run(['drift', '--profile', profile, '--lang', 'fr', file('newer.json', labInventory(exampleProfile, lab, 'lync').replace('"schemaVersion":  1', '"schemaVersion":  7'))]);
    expect(newer.code).toBe(2);
    expect(newer.stderr).toContain('version de schéma 7');
    const asJson = await run(['drift', '--profile', profile, '--format', 'json', profile]);
    expect(asJson.code).toBe(2);
    expect(JSON.parse(asJson.stdout)).toMatchObject({ status: 'refused', problem: { code: 'notInventory' } });
    expect((await run(['drift', '--profile', profile, join(scratch, 'missing.json')])).code).toBe(2);
    expect((await run(['drift', exchange])).code).toBe(2);
  });
});
