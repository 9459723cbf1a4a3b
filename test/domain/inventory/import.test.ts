import { describe, expect, it } from 'vitest';
import { decodeInventoryBytes, INVENTORY_MAX_CHARACTERS, readInventory, type InventoryProblem } from '../../../src/domain/inventory/document.ts';
import { inventoryDrift } from '../../../src/domain/inventory/drift.ts';
import { describeDrift, describeInventoryProblem, stepHref } from '../../../src/domain/inventory/messages.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { languages } from '../../../src/i18n/index.ts';
import { deployedLab, labInventory } from './helpers.ts';

/** A minimal Exchange inventory as the script prints it (one-item lists printed as their item). */
function exchangeDoc(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'passerelle-inventory',
    schemaVersion: 1,
    shell: 'exchange',
    computer: 'MBX01',
    dialPlans: [
      { Name: 'ParisSIP', URIType: 'SipName', VoIPSecurity: 'Secured', NumberOfDigitsInExtension: 4, CountryOrRegionCode: '33', AccessTelephoneNumbers: '+33140001000', DefaultLanguage: 'fr-FR' },
      { Name: 'LyonSIP', URIType: 'SipName', VoIPSecurity: 'Secured', NumberOfDigitsInExtension: 4, CountryOrRegionCode: '33', AccessTelephoneNumbers: ['+33472001000'], DefaultLanguage: 'fr-FR' },
    ],
    umServices: [],
    callRouters: [],
    certificates: [],
    gateways: [],
    huntGroups: [],
    autoAttendants: { Name: 'ParisStandard', UMDialPlan: 'ParisSIP', PilotIdentifierList: '+33140001001', SpeechEnabled: 'True', Status: 'Enabled' },
    servers: [],
    ...overrides,
  };
}

const problemOf = (text: string): InventoryProblem['code'] | 'read' => {
  const result = readInventory(text);
  return result.ok ? 'read' : result.problem.code;
};

describe('readInventory', () => {
  it('reads a document, with one-item lists printed as their item and a lone object as a list of one', () => {
    const result = readInventory(JSON.stringify(exchangeDoc()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inventory.exchange?.dialPlans[0]?.accessNumbers).toEqual(['+33140001000']);
    expect(result.inventory.exchange?.autoAttendants).toEqual([{ name: 'ParisStandard', dialPlan: 'ParisSIP', pilotNumbers: ['+33140001001'], speechEnabled: true, status: 'Enabled' }]);
    expect(result.inventory.lync).toBeUndefined();
  });

  it('merges the Exchange and Lync documents pasted one after the other, or given as a JSON list', () => {
    const lync = { format: 'passerelle-inventory', schemaVersion: 1, shell: 'lync', pools: [] };
    for (const text of [`${JSON.stringify(exchangeDoc())}\r\n${JSON.stringify(lync, null, 4)}`, JSON.stringify([exchangeDoc(), lync])]) {
      const result = readInventory(text);
      expect(result.ok && result.inventory.exchange !== undefined && result.inventory.lync !== undefined).toBe(true);
    }
  });

  it.each([
    ['nothing', '', 'empty'],
    ['blanks', ' \n\t ', 'empty'],
    ['random text', 'Get-UMDialPlan : The operation could not be performed', 'invalidJson'],
    ['cut JSON', JSON.stringify(exchangeDoc()).slice(0, 200), 'invalidJson'],
    ['a stray brace', '}{', 'invalidJson'],
    ['binary', 'PK\u0003\u0004\u0000\u0000 binary', 'binary'],
    ['a profile', JSON.stringify(exampleProfile), 'notInventory'],
    ['another document', '{"format":"something-else","schemaVersion":1}', 'notInventory'],
    ['a JSON string', '"passerelle-inventory"', 'notInventory'],
    ['a list of numbers', '[1, 2, 3]', 'notInventory'],
    ['a newer schema', JSON.stringify(exchangeDoc({ schemaVersion: 2 })), 'newerSchema'],
    ['a schema version as text', JSON.stringify(exchangeDoc({ schemaVersion: '1' })), 'unknownSchema'],
    ['no schema version', JSON.stringify(exchangeDoc({ schemaVersion: undefined })), 'unknownSchema'],
    ['an unknown shell', JSON.stringify(exchangeDoc({ shell: 'skype' })), 'unknownShell'],
    ['the same shell twice', `${JSON.stringify(exchangeDoc())}${JSON.stringify(exchangeDoc())}`, 'sameShellTwice'],
    ['three documents', `[${[1, 2, 3].map(() => JSON.stringify(exchangeDoc())).join(',')}]`, 'tooManyDocuments'],
  ])('refuses %s with a reason', (_label, text, code) => {
    expect(problemOf(text)).toBe(code);
  });

  it('refuses 10 MB of text before parsing it, and absurd nesting without throwing', () => {
    expect(problemOf('x'.repeat(10 * 1024 * 1024))).toBe('tooLarge');
    expect(problemOf(`${'['.repeat(INVENTORY_MAX_CHARACTERS / 2)}${']'.repeat(INVENTORY_MAX_CHARACTERS / 2)}`)).not.toBe('read');
    expect(problemOf(`{"format":"passerelle-inventory","schemaVersion":1,"shell":"exchange","dialPlans":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toBe('read');
    // Megabytes of text through the reader: well under a second idle, several on a loaded CI machine.
  }, 30_000);

  it('never throws on random bytes', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(random() * 400) }, () => Math.floor(random() * 256));
      expect(() => readInventory(decodeInventoryBytes(bytes))).not.toThrow();
    }
  });

  it('decodes what Windows PowerShell 5.1 saves: UTF-16 LE with a byte order mark (`>`), UTF-8 with or without one', () => {
    const text = JSON.stringify(exchangeDoc({ computer: 'MBX-É' }));
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const utf8 = new TextEncoder().encode(text);
    for (const bytes of [utf16, Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), utf8]) {
      const result = readInventory(decodeInventoryBytes(bytes));
      expect(result.ok && result.inventory.exchange?.computer).toBe('MBX-É');
    }
  });
});

describe('inventoryDrift (table)', () => {
  // The lab's own Exchange inventory after the runbook, changed one thing at a time.
  const labDoc = labInventory(exampleProfile, deployedLab(exampleProfile), 'exchange');
  const exchangeDoc = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({ ...JSON.parse(labDoc), ...overrides });
  const read = (doc: Record<string, unknown>) => {
    const result = readInventory(JSON.stringify(doc));
    if (!result.ok) throw new Error('not read');
    return result.inventory;
  };
  const ids = (doc: Record<string, unknown>) => inventoryDrift(exampleProfile, read(doc)).map((l) => `${l.kind} ${l.id} → ${l.step}`);

  it('matched: the dial plans and auto attendant as the profile has them give no line', () => {
    expect(ids(exchangeDoc())).toEqual([]);
  });

  it('changed value: one line naming the property, both values and the step', () => {
    const doc = exchangeDoc();
    (doc.dialPlans as Record<string, unknown>[])[1]!.NumberOfDigitsInExtension = 5;
    const [line] = inventoryDrift(exampleProfile, read(doc));
    expect(line).toEqual({ id: 'umDialPlan:LyonSIP:NumberOfDigitsInExtension', object: 'umDialPlan', name: 'LyonSIP', kind: 'changed', property: 'NumberOfDigitsInExtension', profileValue: '4', serverValue: '5', step: 'create-um-dial-plans' });
  });

  it('missing object: in the profile, not on the servers', () => {
    expect(ids(exchangeDoc({ autoAttendants: null }))).toEqual(['missing autoAttendant:ParisStandard → create-auto-attendants']);
  });

  it('extra object: on the servers, not in the profile', () => {
    const doc = exchangeDoc();
    (doc.dialPlans as unknown[]).push({ Name: 'LabTest', URIType: 'TelExtn' });
    expect(ids(doc)).toEqual(['extra umDialPlan:LabTest → create-um-dial-plans']);
  });

  it('list values compare as sets, names case-insensitively', () => {
    const doc = exchangeDoc({ autoAttendants: [{ Name: 'parisstandard', UMDialPlan: 'PARISSIP', PilotIdentifierList: ['+33140001001'], SpeechEnabled: true, Status: 'Enabled' }] });
    expect(ids(doc)).toEqual([]);
  });
});

describe.each(languages)('inventory messages (%s)', (lang) => {
  it('word every problem without a placeholder left', () => {
    const problems: InventoryProblem[] = [
      { code: 'empty', params: {} },
      { code: 'tooLarge', params: { size: 5, limit: 4 } },
      { code: 'binary', params: {} },
      { code: 'invalidJson', params: { detail: 'x' } },
      { code: 'notInventory', params: { found: 'profile' } },
      { code: 'notInventory', params: { found: 'array' } },
      { code: 'notInventory', params: { found: 'format:other' } },
      { code: 'newerSchema', params: { version: '2', supported: 1 } },
      { code: 'unknownSchema', params: { version: 'x', supported: 1 } },
      { code: 'unknownShell', params: { shell: 'x' } },
      { code: 'sameShellTwice', params: { shell: 'lync' } },
      { code: 'tooManyDocuments', params: { count: 3 } },
    ];
    for (const problem of problems) expect(describeInventoryProblem(problem, lang)).not.toMatch(/[{}]|^inventory\./);
  });

  it('word a drift line with both values and link its step in its runbook', () => {
    const view = describeDrift({ id: 'a', object: 'umDialPlan', name: 'ParisSIP', kind: 'changed', property: 'VoIPSecurity', profileValue: 'Secured', serverValue: '', step: 'secure-dial-plans' }, lang);
    expect(view.sentence).toContain('ParisSIP');
    expect(view.sentence).toContain('Secured');
    expect(view.serverValue).not.toBe('');
    expect(view.href).toBe(`/${lang}/runbooks/move-dial-plan-to-secured/#step-secure-dial-plans`);
    expect(stepHref('create-um-dial-plans', lang)).toBe(`/${lang}/runbooks/deploy-um-lync/#step-create-um-dial-plans`);
  });
});
