/**
 * cmd.exe of the lab: `cd /d`, `net stop|start <service>`, `OcsUmUtil.exe` (from the Lync Support
 * folder), `hostname`, `echo`. `net` also works from PowerShell, as the real net.exe does.
 *
 * OcsUmUtil.exe is a GUI. Without arguments the lab prints the dialog's steps; with the lab-only
 * argument `/lab:<SIP dial plan>` it does what those steps do: one contact per enabled auto
 * attendant pilot number and one per subscriber access number of that dial plan, homed on the
 * pool of the machine it runs on. The real tool has no command-line arguments.
 */
import { t } from '../../../i18n/index.ts';
import { foldEq } from '../call.ts';
import type { CmdletHandler, LabContext } from '../context.ts';
import { LabError } from '../output.ts';
import { fold } from '../state.ts';
import { existingFolder, lyncSupportFolder, resolvePath } from './core.ts';
import { addExUmContact } from './lync.ts';
import { labServices, serviceExists, serviceKey, serviceState, setServiceRunning } from './services.ts';

const cd: CmdletHandler = (call, ctx) => {
  const words = call.words.filter((w) => !/^\/d$/i.test(w));
  if (words.length === 0) {
    ctx.print(ctx.cwd);
    return [];
  }
  const expanded = expandEnvironment(ctx, words.join(' '));
  const folder = existingFolder(ctx, resolvePath(ctx.cwd, expanded));
  if (!folder) throw new LabError('cd', 'The system cannot find the path specified.', { bare: true, hint: { key: 'pathNotFound', params: { path: expanded } } });
  ctx.cwd = folder;
  return [];
};

/** `%CommonProgramFiles%` and friends, as cmd.exe expands them. */
export function expandEnvironment(ctx: LabContext, text: string): string {
  const variables: Record<string, string> = {
    commonprogramfiles: 'C:\\Program Files\\Common Files',
    programfiles: 'C:\\Program Files',
    systemroot: 'C:\\Windows',
    computername: ctx.server.split('.')[0]!.toUpperCase(),
    exchangeinstallpath: 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\',
  };
  return text.replace(/%([^%]+)%/g, (whole, name: string) => variables[name.toLowerCase()] ?? whole);
}

/** net stop / net start: the same restart facts as Restart-Service, in net.exe's words. */
const net: CmdletHandler = (call, ctx) => {
  const [verb, ...rest] = call.words;
  const action = verb?.toLowerCase();
  if (action !== 'stop' && action !== 'start') {
    throw new LabError('net', 'The syntax of this command is:\n\nNET [ START | STOP ] service', { bare: true, hint: { key: 'netSyntax' } });
  }
  const name = rest.join(' ');
  const key = serviceKey(name);
  if (!key || !serviceExists(ctx.lab, ctx.server, key)) {
    throw new LabError('net', 'The service name is invalid.\n\nMore help is available by typing NET HELPMSG 2185.', { bare: true, hint: { key: 'serviceNotHere', params: { service: name, server: ctx.server } } });
  }
  const { displayName } = labServices[key];
  const running = serviceState(ctx.lab, ctx.server, key)?.running ?? false;
  if (action === 'stop') {
    if (!running) throw new LabError('net', `The ${displayName} service is not started.\n\nMore help is available by typing NET HELPMSG 3521.`, { bare: true });
    ctx.change((lab) => setServiceRunning(lab, ctx.server, key, false));
    ctx.print(`The ${displayName} service is stopping.`);
    ctx.print(`The ${displayName} service was stopped successfully.`);
    return [];
  }
  if (running) throw new LabError('net', `The requested service has already been started.\n\nMore help is available by typing NET HELPMSG 2182.`, { bare: true, hint: { key: 'netStopFirst', params: { service: labServices[key].name } } });
  ctx.change((lab) => setServiceRunning(lab, ctx.server, key, true));
  ctx.print(`The ${displayName} service is starting.`);
  ctx.print(`The ${displayName} service was started successfully.`);
  return [];
};

const ocsUmUtil: CmdletHandler = (call, ctx) => {
  const pool = ctx.lab.lync.pools.find((p) => p.computers.some((c) => foldEq(c, ctx.server)));
  const folder = lyncSupportFolder(ctx.lab.lyncVersion);
  const explicitPath = /[\\/]/.test(call.written) ? resolvePath(ctx.cwd, expandEnvironment(ctx, call.written)) : undefined;
  const inFolder = explicitPath ? fold(explicitPath).startsWith(fold(folder)) : fold(ctx.cwd) === fold(folder);
  if (!pool || !inFolder) {
    throw new LabError(call.written, `'${call.written}' is not recognized as an internal or external command,\noperable program or batch file.`, {
      bare: true,
      hint: pool ? { key: 'ocsUmUtilFolder', params: { folder } } : { key: 'ocsUmUtilOnFrontEnd' },
    });
  }
  const option = call.words.find((w) => /^\/lab:/i.test(w));
  if (!option) {
    for (let step = 1; step <= 6; step++) ctx.print(t(ctx.lang, `lab.ocsumutil.step${step}`));
    ctx.hint({ key: 'ocsUmUtilLabOption' });
    return [];
  }
  const dialPlanName = option.slice(5);
  const dialPlan = ctx.lab.exchange.dialPlans.find((d) => foldEq(d.name, dialPlanName) && d.uriType === 'SipName');
  if (!dialPlan) {
    throw new LabError('OcsUmUtil.exe', `No SIP dial plan named "${dialPlanName}" was found in the trusted Exchange forests (Load Data).`, { bare: true, hint: { key: 'unknownDialPlan', params: { name: dialPlanName } } });
  }
  const domain = ctx.lab.sipDomain;
  const ou = `OU=Exchange UM Contacts,${domain.split('.').map((l) => `DC=${l}`).join(',')}`;
  const wanted = [
    ...ctx.lab.exchange.autoAttendants
      .filter((a) => foldEq(a.umDialPlan, dialPlan.name) && a.status === 'Enabled')
      .flatMap((a) => a.pilotIdentifierList.map((number) => ({ sipAddress: `sip:${a.name}.AutoAttendant@${domain}`, displayNumber: number, autoAttendant: true }))),
    ...dialPlan.accessTelephoneNumbers.map((number) => ({ sipAddress: `sip:${dialPlan.name}.SubscriberAccess@${domain}`, displayNumber: number, autoAttendant: false })),
  ];
  for (const contact of wanted) {
    if (ctx.lab.lync.exUmContacts.some((c) => c.displayNumber === contact.displayNumber)) {
      ctx.print(`${contact.displayNumber}: a contact already exists — skipped.`);
      continue;
    }
    addExUmContact(ctx, 'OcsUmUtil.exe', { ...contact, registrarPool: pool.fqdn, ou, description: null });
    ctx.print(`Created ${contact.autoAttendant ? 'auto attendant' : 'subscriber access'} contact ${contact.sipAddress} (${contact.displayNumber}) on ${pool.fqdn}.`);
  }
  if (wanted.length === 0) ctx.hint({ key: 'ocsUmUtilNothing', params: { dialPlan: dialPlan.name } });
  return [];
};

const hostname: CmdletHandler = (_call, ctx) => {
  ctx.print(ctx.server.split('.')[0]!.toUpperCase());
  return [];
};

const echo: CmdletHandler = (call, ctx) => {
  ctx.print(expandEnvironment(ctx, call.words.join(' ')));
  return [];
};

const cls: CmdletHandler = () => [];

/** cmd.exe built-ins. */
export const cmdCommands: Readonly<Record<string, CmdletHandler>> = {
  cd,
  chdir: cd,
  echo,
  cls,
};

/** Programs: they run from cmd.exe and from PowerShell alike. */
export const nativeCommands: Readonly<Record<string, CmdletHandler>> = {
  'net.exe': net,
  'OcsUmUtil.exe': ocsUmUtil,
  'hostname.exe': hostname,
};
