/**
 * Reads cmd.exe's service listings: `net start` (the display names of running services) and
 * `sc query` (one block per service). Unlike PowerShell's property names, these labels ARE
 * localised by Windows: the `net start` heading and closing line, the `sc query` labels
 * (`SERVICE_NAME`/`NOM_SERVICE`, `STATE`/`ÉTAT`, `CHECKPOINT`/`POINT_DE_CONTRÔLE`) and the service
 * display names (`Microsoft Exchange Unified Messaging` / `Messagerie unifiée Microsoft Exchange`).
 * The state words (`RUNNING`, `STOPPED`) and their numbers are not; the parser keys on those.
 */
import type { ShellObject } from './types.ts';

/** The headings `net start` prints before the list, per Windows display language. */
export const netStartHeadings = {
  en: 'These Windows services are started:',
  fr: 'Ces services Windows sont démarrés :',
} as const;

/** The line `net` prints when it succeeded, per Windows display language. */
export const netCompletedLines = {
  en: 'The command completed successfully.',
  fr: 'La commande s’est terminée correctement.',
} as const;

/** The display names of the services the runbook checks, in English and French Windows. */
export const serviceDisplayNames: Readonly<Record<string, readonly string[]>> = {
  msexchangeum: ['Microsoft Exchange Unified Messaging', 'Messagerie unifiée Microsoft Exchange'],
  msexchangeumcr: ['Microsoft Exchange Unified Messaging Call Router', 'Routeur des appels de messagerie unifiée Microsoft Exchange'],
  rtcsrv: ['Lync Server Front-End', 'Skype for Business Server Front-End', 'Lync Server Serveur frontal', 'Skype Entreprise Server Serveur frontal'],
};

const fold = (s: string) => s.normalize('NFC').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** The running services `net start` listed, and the language of its heading; undefined when the text is not `net start`. */
export function parseNetStart(lines: readonly string[]): { language: 'en' | 'fr'; services: ShellObject[] } | undefined {
  const headingIndex = lines.findIndex((l) => Object.values(netStartHeadings).some((h) => fold(l) === fold(h)));
  if (headingIndex < 0) return undefined;
  const language = fold(lines[headingIndex]!) === fold(netStartHeadings.fr) ? 'fr' : 'en';
  const services: ShellObject[] = [];
  for (let i = headingIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (Object.values(netCompletedLines).some((c) => fold(line) === fold(c))) break;
    if (!/^\s/.test(line)) break;
    const displayName = line.trim();
    const name = Object.entries(serviceDisplayNames).find(([, names]) => names.some((n) => fold(n) === fold(displayName)))?.[0];
    services.push({
      line: i + 1,
      properties: [
        { name: 'Name', text: name ?? displayName, items: null, truncated: false },
        { name: 'DisplayName', text: displayName, items: null, truncated: false },
        { name: 'Status', text: 'Running', items: null, truncated: false },
      ],
    });
  }
  return { language, services };
}

/** sc.exe's state numbers (SERVICE_STATUS.dwCurrentState) and PowerShell's ServiceControllerStatus names. */
const scStates: Readonly<Record<string, string>> = {
  '1': 'Stopped',
  '2': 'StartPending',
  '3': 'StopPending',
  '4': 'Running',
  '5': 'ContinuePending',
  '6': 'PausePending',
  '7': 'Paused',
};

/**
 * The services `sc query` described, as objects with PowerShell's names (`Name`, `DisplayName`,
 * `Status`), so one check reads `Get-Service` and `sc query` alike; undefined when it is not sc's text.
 * A block starts with an unindented `LABEL: value` line (`SERVICE_NAME:` or `NOM_SERVICE:`); the
 * state is the indented line whose value is `<n>  <STATE>`, whatever its label.
 */
export function parseScQuery(lines: readonly string[]): ShellObject[] | undefined {
  const services: ShellObject[] = [];
  let current: { line: number; name: string; displayName?: string; state?: string } | undefined;
  const close = () => {
    if (!current) return;
    services.push({
      line: current.line,
      properties: [
        { name: 'Name', text: current.name, items: null, truncated: false },
        { name: 'DisplayName', text: current.displayName ?? '', items: null, truncated: false },
        { name: 'Status', text: current.state ?? '', items: null, truncated: false },
      ],
    });
    current = undefined;
  };
  let sawState = false;
  lines.forEach((line, index) => {
    const top = /^([A-Z_ÉÈÔ]+):\s*(.*)$/u.exec(line);
    if (top) {
      const label = top[1]!;
      if (/^(SERVICE_NAME|NOM_SERVICE)$/.test(label)) {
        close();
        current = { line: index + 1, name: top[2]!.trim() };
      } else if (current && /^(DISPLAY_NAME|NOM_AFFICHAGE)$/.test(label)) {
        current.displayName = top[2]!.trim();
      }
      return;
    }
    const state = /^\s+\S+\s*:\s*(\d)\s+([A-Z_]+)\s*$/.exec(line);
    if (current && state && scStates[state[1]!]) {
      current.state = scStates[state[1]!];
      sawState = true;
    }
  });
  close();
  return services.length > 0 && sawState ? services : undefined;
}
