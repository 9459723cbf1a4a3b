/**
 * The inventory scripts run in the lab, as written, after the whole runbook: their output reads
 * back as an inventory with no drift from the lab's profile and builds a profile equal to it (for
 * what the inventory covers); a value changed in the lab shows as drift with its fixing step.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readInventory, type Inventory } from '../../../src/domain/inventory/document.ts';
import { inventoryDrift } from '../../../src/domain/inventory/drift.ts';
import { profileFromInventory } from '../../../src/domain/inventory/profile-from.ts';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';
import { profileSchema } from '../../../src/domain/profile/schema.ts';
import { Tab } from '../lab/helpers.ts';
import { profile2016 } from '../verify/helpers.ts';
import { deployedLab, labInventories, labInventory } from './helpers.ts';

function read(text: string): Inventory {
  const result = readInventory(text);
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problem)}`);
  return result.inventory;
}

/** The profile with everything the inventory covers emptied: what an import must fill back. */
function blank(profile: Profile): Profile {
  const base = structuredClone(profile);
  base.exchange.servers = [];
  base.exchange.version = profile.exchange.version === '2013' ? '2016' : '2013';
  base.dialPlans = [];
  base.autoAttendants = [];
  base.certificates = base.certificates.filter((c) => !profile.exchange.servers.some((s) => c.servers.includes(s.fqdn)));
  base.lync.pools = [];
  base.lync.mediationServers = [];
  base.lync.encryptionLevel = profile.lync.encryptionLevel === 'RequireEncryption' ? 'SupportEncryption' : 'RequireEncryption';
  base.gateways.outboundPool = '';
  base.organization.sipDomain = 'blank.invalid';
  return base;
}

describe.each([
  ['Exchange 2013 (the example)', () => structuredClone(exampleProfile)],
  ['Exchange 2016', profile2016],
])('the lab inventory of %s', (_label, makeProfile) => {
  const profile = makeProfile();
  const lab = deployedLab(profile);
  const text = labInventories(profile, lab);

  it('is two JSON documents shaped like Windows PowerShell 5.1 output (two spaces after each colon)', () => {
    expect(text).toMatch(/^\{\n {4}"format": {2}"passerelle-inventory",\n/);
    expect(text).toContain('"shell":  "lync"');
    const inventory = read(text);
    expect(inventory.exchange?.dialPlans.map((d) => d.name)).toEqual(profile.dialPlans.map((d) => d.name));
    expect(inventory.lync?.pools.map((p) => p.fqdn)).toEqual(profile.lync.pools.map((p) => p.fqdn));
  });

  it('shows no drift from the lab’s profile', () => {
    expect(inventoryDrift(profile, read(text))).toEqual([]);
  });

  it('builds back a valid profile equal to the lab’s for every field the inventory covers', () => {
    const built = profileFromInventory(read(text), blank(profile));
    expect(v.safeParse(profileSchema, built).success).toBe(true);
    expect(built.exchange).toEqual(profile.exchange);
    expect(built.dialPlans.map(({ lyncDialPlan: _, ...d }) => d)).toEqual(profile.dialPlans.map(({ lyncDialPlan: _, ...d }) => d));
    expect(built.autoAttendants).toEqual(profile.autoAttendants);
    expect(built.lync.pools).toEqual(profile.lync.pools);
    expect(built.lync.mediationServers).toEqual(profile.lync.mediationServers);
    expect(built.lync.encryptionLevel).toBe(profile.lync.encryptionLevel);
    expect(built.gateways).toEqual(profile.gateways);
    expect(built.organization).toEqual(profile.organization);
    const exchangeCertificate = profile.certificates[0]!;
    const rebuilt = built.certificates.find((c) => c.subject === exchangeCertificate.subject)!;
    expect({ ...rebuilt, thumbprint: undefined, notAfter: undefined }).toEqual({ ...exchangeCertificate, name: rebuilt.name, thumbprint: undefined, notAfter: undefined });
    if (exchangeCertificate.thumbprint) expect(rebuilt.thumbprint).toBe(exchangeCertificate.thumbprint);
    // And the profile built from the inventory has no drift from it either.
    expect(inventoryDrift(built, read(text))).toEqual([]);
  });
});

describe('a value changed in the lab', () => {
  const profile = structuredClone(exampleProfile);
  const lab = deployedLab(profile);

  it('shows as drift with the step that fixes it', () => {
    const tab = new Tab(profile, 'exchange', lab);
    tab.ok("Set-UMDialPlan -Identity 'ParisSIP' -VoIPSecurity SIPSecured");
    tab.ok("Set-UMService -Identity 'mbx02' -UMStartupMode TCP");
    const drift = inventoryDrift(profile, read(labInventory(profile, tab.lab, 'exchange')));
    expect(drift).toEqual([
      expect.objectContaining({ id: 'umDialPlan:ParisSIP:VoIPSecurity', kind: 'changed', profileValue: 'Secured', serverValue: 'SIPSecured', step: 'secure-dial-plans' }),
      expect.objectContaining({ id: 'umService:mbx02.contoso.com:UMStartupMode', profileValue: 'Dual', serverValue: 'TCP', step: 'set-startup-mode' }),
    ]);
  });

  it('a Lync change shows in the Lync part only', () => {
    const tab = new Tab(profile, 'lync', lab);
    tab.ok('Set-CsMediaConfiguration -Identity Global -EncryptionLevel SupportEncryption');
    const drift = inventoryDrift(profile, read(labInventory(profile, tab.lab, 'lync')));
    expect(drift).toEqual([expect.objectContaining({ id: 'mediaConfiguration:Global:EncryptionLevel', serverValue: 'SupportEncryption', step: 'check-media-encryption' })]);
  });

  it('a Lync certificate of the machine the script ran on is compared with its pool’s in the profile', () => {
    const changedProfile = structuredClone(profile);
    changedProfile.certificates.find((c) => c.name === 'Lync Paris pool')!.san.push('lyncweb.contoso.com');
    const drift = inventoryDrift(changedProfile, read(labInventory(profile, lab, 'lync')));
    expect(drift).toEqual([
      expect.objectContaining({ id: 'certificate:Lync Paris pool (LYNCPOOL-PARIS-FE01):AlternativeNames', profileValue: 'lyncpool-paris.contoso.com, *.contoso.com, lyncweb.contoso.com', step: 'verify-lync-certificates' }),
    ]);
  });

  it('before the runbook ran, the objects it creates are missing, each with its step', () => {
    const fresh = new Tab(profile, 'exchange').lab;
    const drift = inventoryDrift(profile, read(labInventory(profile, fresh, 'exchange')));
    expect(drift).toContainEqual(expect.objectContaining({ id: 'umDialPlan:ParisSIP', kind: 'missing', step: 'create-um-dial-plans' }));
    expect(drift).toContainEqual(expect.objectContaining({ id: 'autoAttendant:ParisStandard', kind: 'missing', step: 'create-auto-attendants' }));
    expect(drift).toContainEqual(expect.objectContaining({ id: 'umIpGateway:lyncpool-paris.contoso.com', kind: 'missing', step: 'run-exchucutil' }));
    expect(drift).toContainEqual(expect.objectContaining({ id: 'umService:mbx01.contoso.com:UMStartupMode', serverValue: 'TCP' }));
  });
});
