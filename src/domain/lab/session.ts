/**
 * Where a terminal tab runs: the default machine of each shell and how a typed machine name
 * resolves (FQDN or short name; a Lync pool stands for its first Front End server).
 */
import type { LabShell } from './context.ts';
import { fold, type LabState } from './state.ts';

/** The folder a shell opens in (every shell of the lab starts at the root of C:). */
export function homeFolder(_shell: LabShell): string {
  return 'C:\\';
}

/**
 * The machine a shell opens on by default: EMS on the first Mailbox server (where ExchUcUtil runs),
 * the Lync shell and cmd on the first Front End server of the first pool.
 */
export function defaultServer(lab: LabState, shell: LabShell): string {
  if (shell === 'exchange') {
    return (lab.exchange.servers.find((s) => s.roles.includes('Mailbox')) ?? lab.exchange.servers[0])?.fqdn ?? `exchange.${lab.sipDomain}`;
  }
  return lab.lync.pools[0]?.computers[0] ?? `lync.${lab.sipDomain}`;
}

/**
 * Resolves a machine for a shell: an Exchange server (FQDN or short name) for EMS; a Front End
 * server or a pool (its first Front End) for the Lync shell; any of them for cmd.
 */
export function resolveServer(lab: LabState, shell: LabShell, name: string): string | undefined {
  const wanted = fold(name);
  const matches = (fqdn: string) => fold(fqdn) === wanted || fold(fqdn.split('.')[0]!) === wanted;
  const exchange = lab.exchange.servers.find((s) => matches(s.fqdn))?.fqdn;
  const pool = lab.lync.pools.find((p) => matches(p.fqdn));
  // Lync servers: Front End computers, then Mediation Servers (their shell runs there too).
  const computer = lab.lync.pools.flatMap((p) => p.computers).find(matches) ?? lab.lync.mediationServers.find(matches);
  if (shell === 'exchange') return exchange;
  if (shell === 'lync') return computer ?? pool?.computers[0];
  return exchange ?? computer ?? pool?.computers[0];
}

