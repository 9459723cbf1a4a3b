/**
 * ExchUcUtil.ps1 as the real script behaves (DOMAIN-FACTS O7/D8, §6):
 *  1. it must start in the Scripts folder — it calls `.\get-ucpool.ps1` by relative path;
 *  2. for every Lync pool without a UM IP gateway whose Address is the pool FQDN, it creates one
 *     named after the pool's AD object CN (`1:1`…); existing gateways are matched by Address;
 *  3. on EVERY run it sets MessageWaitingIndicatorAllowed and OutcallsAllowed to $true on every
 *     pool gateway — so the single-outbound-gateway restriction must be re-applied afterwards;
 *  4. it removes each pool gateway's hunt groups and creates one per SIP dial plan, named after the
 *     dial plan, pilot identifier = first label of the dial plan's PhoneContext;
 *  5. it grants RTCUniversalServerAdmins and RTCComponentUniversalServices ListChildren on the
 *     organisation container and ListChildren+ReadProperty on the UM DialPlan and AutoAttendant
 *     containers;
 *  6. it prints the permissions and a pool → gateway → dial plans table (condensed here).
 * `-Verify` is reset to $false inside the script, so it changes nothing in behaviour (M-16).
 */
import { foldEq, stringParam } from './call.ts';
import { EXCHANGE_SCRIPTS, type CmdletHandler, type LabContext } from './context.ts';
import { textTable } from './format.ts';
import { LabError, notRecognized } from './output.ts';
import { fold, type LabState, type PermissionGrant } from './state.ts';

const lyncGroups = ['RTCUniversalServerAdmins', 'RTCComponentUniversalServices'] as const;

function grants(lab: LabState): PermissionGrant[] {
  const org = lab.sipDomain.split('.')[0]!;
  return lyncGroups.flatMap((group) => [
    { group, objectName: org.charAt(0).toUpperCase() + org.slice(1), accessRights: 'ListChildren', inherited: false },
    { group, objectName: 'UM DialPlan Container', accessRights: 'ListChildren, ReadProperty', inherited: true },
    { group, objectName: 'UM AutoAttendant Container', accessRights: 'ListChildren, ReadProperty', inherited: true },
  ]);
}

/** True when the command was written as a path into the Scripts folder (not `.\`-relative). */
function isAbsolute(written: string): boolean {
  return /^[a-z]:\\/i.test(written) || written.startsWith('\\\\');
}

const exchUcUtil: CmdletHandler = (call, ctx) => {
  const written = call.written;
  const inScripts = fold(ctx.cwd) === fold(EXCHANGE_SCRIPTS);
  const relative = /^\.[\\/]/.test(written);
  if (!relative && !isAbsolute(written)) {
    // PowerShell never runs a script from the current folder without `.\`.
    throw notRecognized(written, { key: 'scriptNeedsDotSlash', params: { script: written } });
  }
  if (relative && !inScripts) throw notRecognized(written, { key: 'exchUcUtilFolder', params: { folder: EXCHANGE_SCRIPTS } });
  if (!inScripts) {
    // Started by full path from elsewhere: the script runs, then fails on its relative helper.
    throw notRecognized('.\\get-ucpool.ps1', { key: 'exchUcUtilFolder', params: { folder: EXCHANGE_SCRIPTS } });
  }
  const forest = stringParam(call, 'Forest');
  if (forest !== undefined && !fold(forest).endsWith(fold(ctx.lab.sipDomain))) {
    throw new LabError('ExchUcUtil.ps1', `Cannot contact forest "${forest}". Check the name and the trust between the forests.`, { category: 'NotSpecified: (:) [], ActiveDirectoryServerDownException' });
  }
  runExchUcUtil(ctx);
  return [];
};

/** Steps 2–6 on the lab state, and the condensed transcript. */
export function runExchUcUtil(ctx: LabContext): void {
  const lines: string[] = [];
  ctx.print(`Using Global Catalog: GC://${ctx.domainController}`);
  ctx.change((lab) => {
    for (const grant of grants(lab)) {
      if (!lab.exchange.permissions.some((g) => g.group === grant.group && g.objectName === grant.objectName)) lab.exchange.permissions.push(grant);
    }
    const sipDialPlans = lab.exchange.dialPlans.filter((d) => d.uriType === 'SipName');
    for (const pool of lab.lync.pools) {
      let gateway = lab.exchange.ipGateways.find((g) => foldEq(g.address, pool.fqdn));
      if (!gateway) {
        gateway = { name: pool.adCn, address: pool.fqdn, outcallsAllowed: true, messageWaitingIndicatorAllowed: true, status: 'Enabled', port: 5060 };
        lab.exchange.ipGateways.push(gateway);
        lines.push(`Pool: ${pool.fqdn}  A new UM IP gateway "${gateway.name}" has been created.`);
      } else {
        lines.push(`Pool: ${pool.fqdn}  Using the existing UM IP gateway "${gateway.name}".`);
      }
      // Every run: MWI and outcalls back on (Lync 2010+ pools; no branch pools in the lab).
      gateway.messageWaitingIndicatorAllowed = true;
      gateway.outcallsAllowed = true;
      const name = gateway.name;
      lab.exchange.huntGroups = lab.exchange.huntGroups.filter((h) => !foldEq(h.umIpGateway, name));
      for (const dialPlan of sipDialPlans) {
        lab.exchange.huntGroups.push({ name: dialPlan.name, umIpGateway: name, umDialPlan: dialPlan.name, pilotIdentifier: dialPlan.phoneContext.split('.')[0]! });
      }
    }
    lab.exchange.exchUcUtilRunAt = lab.clock;
  });
  const lab = ctx.lab;
  for (const line of lines) ctx.print(line);
  ctx.print('');
  ctx.print('Permissions for group RTCUniversalServerAdmins and RTCComponentUniversalServices');
  const permissionRows = lab.exchange.permissions.filter((g) => g.group === 'RTCUniversalServerAdmins').map((g) => [g.objectName, g.accessRights, g.inherited ? 'All' : 'None', 'True']);
  for (const text of textTable(['ObjectName', 'AccessRights', 'InheritanceType', 'Configured'], permissionRows)) ctx.print(text, 'table');
  ctx.print('');
  ctx.print('UM IP Gateways for Lync pools');
  const gatewayRows = lab.lync.pools.map((pool) => {
    const gateway = lab.exchange.ipGateways.find((g) => foldEq(g.address, pool.fqdn))!;
    const dialPlans = lab.exchange.huntGroups.filter((h) => foldEq(h.umIpGateway, gateway.name)).map((h) => h.umDialPlan);
    return [pool.fqdn, gateway.name, dialPlans.length > 0 ? dialPlans.join(' ') : '(not found)'];
  });
  for (const text of textTable(['PoolFqdn', 'UMIPGateway', 'DialPlans'], gatewayRows)) ctx.print(text, 'table');
  ctx.print('');
  ctx.hint({ key: 'afterExchUcUtil' });
}

/** get-ucpool.ps1 alone: the helper the script calls; it only lists pools. */
const getUcPool: CmdletHandler = (_call, ctx) => {
  for (const pool of ctx.lab.lync.pools) ctx.print(`${pool.fqdn}  (${pool.adCn})`);
  return [];
};

export const exchUcUtilCommands: Readonly<Record<string, CmdletHandler>> = {
  'ExchUcUtil.ps1': exchUcUtil,
  'Get-UCPool.ps1': getUcPool,
};

