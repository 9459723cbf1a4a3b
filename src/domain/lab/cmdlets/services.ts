/**
 * Windows services of the lab: MSExchangeUM and MSExchangeUMCR on Exchange servers, RTCSRV on Lync
 * Front End servers. A UM service reads its startup mode and its certificate only when it starts,
 * so `Restart-Service` (or `net stop`/`net start`) is what makes a new mode effective (INV-05).
 * The generic cmdlets act on the machine the shell runs on (no -ComputerName in Windows PowerShell
 * 5.1 for Restart-Service); the Lync *-CsWindowsService cmdlets take -ComputerName.
 */
import { identities, stringParam } from '../call.ts';
import type { CmdletHandler, LabContext } from '../context.ts';
import { LabError } from '../output.ts';
import { fold, type LabState, type WindowsService } from '../state.ts';
import { psObject, type PsObject } from '../values.ts';
import { findExchangeServer } from './um.ts';

/** The services the lab knows, their display names and where they run. */
export const labServices = {
  msexchangeum: { name: 'MSExchangeUM', displayName: 'Microsoft Exchange Unified Messaging' },
  msexchangeumcr: { name: 'MSExchangeUMCR', displayName: 'Microsoft Exchange Unified Messaging Call Router' },
  rtcsrv: { name: 'RTCSRV', displayName: 'Lync Server Front-End' },
} as const;

export type LabServiceKey = keyof typeof labServices;

/** Does `service` exist on `computer`? */
export function serviceExists(lab: LabState, computer: string, key: LabServiceKey): boolean {
  if (key === 'rtcsrv') return lab.lync.pools.some((p) => Object.hasOwn(p.frontEnd, fold(computer)));
  const server = findExchangeServer(lab, computer);
  return key === 'msexchangeum' ? Boolean(server?.umService) : Boolean(server?.callRouter);
}

/** The service's state on a computer (read-only view). */
export function serviceState(lab: LabState, computer: string, key: LabServiceKey): WindowsService | undefined {
  if (key === 'rtcsrv') return lab.lync.pools.map((p) => p.frontEnd[fold(computer)]).find((s) => s !== undefined);
  const server = findExchangeServer(lab, computer);
  return (key === 'msexchangeum' ? server?.umService : server?.callRouter)?.service;
}

/**
 * Starts or stops a service in a draft state. Starting a UM service makes the configured startup
 * mode effective and loads the certificate assigned to it — the two facts a restart changes.
 */
export function setServiceRunning(lab: LabState, computer: string, key: LabServiceKey, running: boolean): void {
  if (key === 'rtcsrv') {
    for (const pool of lab.lync.pools) {
      const service = pool.frontEnd[fold(computer)];
      if (!service) continue;
      if (running && !service.running) service.startedAt = lab.clock;
      service.running = running;
    }
    return;
  }
  const settings = key === 'msexchangeum' ? findExchangeServer(lab, computer)?.umService : findExchangeServer(lab, computer)?.callRouter;
  if (!settings) return;
  if (running && !settings.service.running) {
    settings.service.startedAt = lab.clock;
    settings.effectiveStartupMode = settings.umStartupMode;
    settings.loadedCertificateThumbprint = settings.certificateThumbprint;
  }
  settings.service.running = running;
}

export function serviceKey(name: string): LabServiceKey | undefined {
  const key = name.trim().toLowerCase();
  if (key in labServices) return key as LabServiceKey;
  const byDisplay = Object.entries(labServices).find(([, s]) => s.displayName.toLowerCase() === key);
  return byDisplay?.[0] as LabServiceKey | undefined;
}

function serviceObject(lab: LabState, computer: string, key: LabServiceKey): PsObject {
  const state = serviceState(lab, computer, key);
  const { name, displayName } = labServices[key];
  return psObject(
    'System.ServiceProcess.ServiceController',
    { Status: state?.running ? 'Running' : 'Stopped', Name: name, DisplayName: displayName, MachineName: computer },
    { tableColumns: ['Status', 'Name', 'DisplayName'], display: name },
  );
}

function noSuchService(ctx: LabContext, command: string, name: string): LabError {
  return new LabError(command, `Cannot find any service with service name '${name}'.`, {
    category: `ObjectNotFound: (${name}:String) [${command}], ServiceCommandException`,
    hint: { key: 'serviceNotHere', params: { service: name, server: ctx.server } },
  });
}

function requestedKeys(ctx: LabContext, command: string, names: string[]): LabServiceKey[] {
  return names.map((name) => {
    const key = serviceKey(name);
    if (!key || !serviceExists(ctx.lab, ctx.server, key)) throw noSuchService(ctx, command, name);
    return key;
  });
}

const getService: CmdletHandler = (call, ctx) => {
  const computer = stringParam(call, 'ComputerName') ?? ctx.server;
  const names = identities(call, 'Name');
  const keys = names.length > 0 ? names.map((n) => {
    const key = serviceKey(n);
    if (!key || !serviceExists(ctx.lab, computer, key)) throw noSuchService(ctx, call.name, n);
    return key;
  }) : (Object.keys(labServices) as LabServiceKey[]).filter((k) => serviceExists(ctx.lab, computer, k));
  return keys.map((k) => serviceObject(ctx.lab, computer, k));
};

const restartService: CmdletHandler = (call, ctx) => {
  for (const key of requestedKeys(ctx, call.name, identities(call, 'Name'))) {
    const { name, displayName } = labServices[key];
    ctx.warn(`Waiting for service '${displayName} (${name})' to stop...`);
    ctx.change((lab) => setServiceRunning(lab, ctx.server, key, false));
    ctx.change((lab) => setServiceRunning(lab, ctx.server, key, true));
  }
  return [];
};

const startOrStop = (running: boolean): CmdletHandler => (call, ctx) => {
  for (const key of requestedKeys(ctx, call.name, identities(call, 'Name'))) ctx.change((lab) => setServiceRunning(lab, ctx.server, key, running));
  return [];
};

export const serviceCommands: Readonly<Record<string, CmdletHandler>> = {
  'Get-Service': getService,
  'Restart-Service': restartService,
  'Start-Service': startOrStop(true),
  'Stop-Service': startOrStop(false),
};
