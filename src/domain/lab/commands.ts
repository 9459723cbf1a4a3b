/**
 * The lab's command table: every simulated command with the shell it lives in. A command typed in
 * the wrong shell is "not recognized", as in the real consoles (the Lync shell has no UM cmdlets).
 */
import type { CmdletHandler } from './context.ts';
import { coreCommands } from './cmdlets/core.ts';
import { certificateCommands } from './cmdlets/certificates.ts';
import { cmdCommands, nativeCommands } from './cmdlets/cmd.ts';
import { lyncCommands } from './cmdlets/lync.ts';
import { serviceCommands } from './cmdlets/services.ts';
import { umCommands } from './cmdlets/um.ts';
import { testCommands } from './cmdlets/tests.ts';
import { exchUcUtilCommands } from './exchucutil.ts';
import type { CommandHome, CommandTable, LabCommand } from './interpreter.ts';

function add(table: Map<string, LabCommand>, home: CommandHome, handlers: Readonly<Record<string, CmdletHandler>>): void {
  for (const [name, run] of Object.entries(handlers)) table.set(name.toLowerCase(), { home, run });
}

function build(): CommandTable {
  const table = new Map<string, LabCommand>();
  add(table, 'core', coreCommands);
  add(table, 'core', serviceCommands);
  add(table, 'exchange', umCommands);
  add(table, 'exchange', certificateCommands);
  add(table, 'exchange', exchUcUtilCommands);
  add(table, 'lync', lyncCommands);
  add(table, 'lync', testCommands);
  add(table, 'cmd', cmdCommands);
  add(table, 'native', nativeCommands);
  return table;
}

/** The shared, read-only command table. */
export const labCommands: CommandTable = build();

/** Names of the simulated commands (canonical spelling), for completion and documentation. */
export const simulatedCommandNames: readonly string[] = [
  ...Object.keys(coreCommands),
  ...Object.keys(serviceCommands),
  ...Object.keys(umCommands),
  ...Object.keys(certificateCommands).filter((n) => !n.startsWith('[')),
  ...Object.keys(exchUcUtilCommands),
  ...Object.keys(lyncCommands),
  ...Object.keys(testCommands),
  ...Object.keys(cmdCommands),
  ...Object.keys(nativeCommands),
];
