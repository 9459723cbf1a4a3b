/**
 * Inventory speed: the lab running both inventory scripts after the whole runbook (what the lab
 * terminal costs for the real scripts), and reading plus comparing an inventory — the example's,
 * and a large organisation's (1,000 UM dial plans, 1,000 auto attendants: about 1 MB of JSON as
 * Windows PowerShell 5.1 prints it). Targets: the example under 10 ms, the large one under 1 s.
 * `npx tsx bench/inventory.ts` prints the figures; `run()` returns them for `npm run bench`.
 */
import { readInventory } from '../src/domain/inventory/document.ts';
import { inventoryDrift } from '../src/domain/inventory/drift.ts';
import { inventoryScripts } from '../src/domain/inventory/scripts.ts';
import { createSession, runLine } from '../src/domain/lab/index.ts';
import { convertToJson } from '../src/domain/lab/json.ts';
import { replayRunbook } from '../src/domain/lab/replay.ts';
import type { PsValue } from '../src/domain/lab/values.ts';
import { exampleProfile, type Profile } from '../src/domain/profile/index.ts';
import { figure, isMain, median, report, roundMs, sample, type BenchResult } from './harness.ts';

export type { BenchResult };

/** A hashtable value as the lab builds it, from plain entries. */
function table(entries: Record<string, PsValue>): PsValue {
  return { kind: 'hashtable', entries: Object.fromEntries(Object.entries(entries).map(([key, value]) => [key.toLowerCase(), { key, value }])) };
}

/** A large profile and the Exchange inventory its servers would print (laid out by the lab's ConvertTo-Json). */
function large(count: number): { profile: Profile; text: string } {
  const profile = structuredClone(exampleProfile);
  profile.dialPlans = Array.from({ length: count }, (_, i) => ({ ...exampleProfile.dialPlans[0]!, name: `DialPlan${i}`, accessNumbers: [`+3314${String(i).padStart(7, '0')}`] }));
  profile.autoAttendants = Array.from({ length: count }, (_, i) => ({ name: `Attendant${i}`, dialPlan: `DialPlan${i}`, pilotNumbers: [`+3315${String(i).padStart(7, '0')}`], speechEnabled: i % 2 === 0 }));
  const inventory = table({
    format: 'passerelle-inventory',
    schemaVersion: 1,
    shell: 'exchange',
    computer: 'MBX01',
    dialPlans: profile.dialPlans.map((d) =>
      table({ Name: d.name, URIType: d.uriType, VoIPSecurity: d.voipSecurity, NumberOfDigitsInExtension: d.extensionDigits, CountryOrRegionCode: d.countryCode, AccessTelephoneNumbers: d.accessNumbers[0]!, DefaultLanguage: d.language }),
    ),
    autoAttendants: profile.autoAttendants.map((a) => table({ Name: a.name, UMDialPlan: a.dialPlan, PilotIdentifierList: a.pilotNumbers[0]!, SpeechEnabled: a.speechEnabled, Status: 'Enabled' })),
  });
  return { profile, text: convertToJson(inventory, { depth: 4, compress: false }) };
}

/** Runs the inventory bench and returns its figures (milliseconds). */
export async function run(): Promise<BenchResult[]> {
  const opts = { lang: 'en' as const, profile: exampleProfile };
  const lab = replayRunbook(exampleProfile, { lang: 'en' }).lab;
  const exchange = createSession(exampleProfile, 'exchange', lab);
  const lync = createSession(exampleProfile, 'lync', lab);
  const scripts = sample(() => runLine(exchange, inventoryScripts.exchange, opts).output.length + runLine(lync, inventoryScripts.lync, opts).output.length, { warmup: 20, measured: 200 });
  const text = [runLine(exchange, inventoryScripts.exchange, opts), runLine(lync, inventoryScripts.lync, opts)].map((r) => r.output.map((l) => l.text).join('\n')).join('\n');
  const compare = (profile: Profile, input: string) => {
    const read = readInventory(input);
    return read.ok ? inventoryDrift(profile, read.inventory).length : -1;
  };
  const example = sample(() => compare(exampleProfile, text), { warmup: 50, measured: 500 });
  const big = large(1000);
  const bigTimes = sample(() => compare(big.profile, big.text), { warmup: 2, measured: 10 });
  return [
    figure('inventory: lab runs both scripts, full runbook (median)', roundMs(median(scripts)), 'ms'),
    figure('inventory: read + drift, the example (median)', roundMs(median(example)), 'ms', 10),
    figure(`inventory: read + drift, 1,000 dial plans and attendants, ${Math.round(big.text.length / 1000)} KB (median)`, roundMs(median(bigTimes)), 'ms', 1000),
  ];
}

if (isMain(import.meta.url)) report(await run(), 60);
