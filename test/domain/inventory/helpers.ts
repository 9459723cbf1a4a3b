import { inventoryScripts, type InventoryShell } from '../../../src/domain/inventory/scripts.ts';
import { replayRunbook } from '../../../src/domain/lab/replay.ts';
import type { LabState } from '../../../src/domain/lab/index.ts';
import type { Profile } from '../../../src/domain/profile/index.ts';
import { Tab, text } from '../lab/helpers.ts';

/** A lab where the whole deploy-um-lync runbook ran for `profile`: its state is the profile's. */
export function deployedLab(profile: Profile): LabState {
  return replayRunbook(profile, { lang: 'en' }).lab;
}

/** What the real inventory script prints in the lab, in `shell` on its default machine (fails on any error). */
export function labInventory(profile: Profile, lab: LabState, shell: InventoryShell): string {
  const tab = new Tab(profile, 'exchange', lab);
  if (shell === 'lync') tab.on('lync');
  return text(tab.ok(inventoryScripts[shell]));
}

/** Both inventories, one after the other, as an operator pastes them. */
export function labInventories(profile: Profile, lab: LabState = deployedLab(profile)): string {
  return `${labInventory(profile, lab, 'exchange')}\n${labInventory(profile, lab, 'lync')}`;
}
