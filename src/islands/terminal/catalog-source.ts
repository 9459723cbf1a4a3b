/**
 * The catalog seen by completion: which commands each lab shell offers, their parameters and their
 * closed value lists. Imported only by the terminal chunk (the catalog is big; never at first paint).
 */
import { catalog as sharedCatalog, type Catalog, type CmdletSpec } from '../../domain/catalog/index.ts';
import { nativeCommands } from '../../domain/catalog/known-commands.ts';
import type { CompletionShell, CompletionSource } from './completion.ts';

/** Which catalog shells' cmdlets each lab shell can run (core = PowerShell 5.1's own cmdlets). */
const cmdletShells: Readonly<Record<CompletionShell, readonly string[]>> = {
  exchange: ['exchange', 'core'],
  lync: ['lync', 'core'],
  cmd: [],
};

/**
 * Builds the completion source over a catalog. `extraCommands` are the terminal's own verbs per
 * shell (`passerelle`, `Reset-Lab`…), offered like any command.
 */
export function catalogCompletionSource(
  catalog: Catalog = sharedCatalog,
  extraCommands: Partial<Record<CompletionShell, readonly string[]>> = {},
): CompletionSource {
  const commandCache = new Map<CompletionShell, readonly string[]>();
  const cmdletFor = (command: string, shell: CompletionShell): CmdletSpec | undefined => {
    if (shell === 'cmd') return undefined;
    const resolved = catalog.resolveCommand(command, 'powershell');
    if (resolved.kind === 'cmdlet') return resolved.cmdlet;
    if (resolved.kind === 'native') return resolved.script;
    return undefined;
  };
  return {
    commands(shell) {
      let names = commandCache.get(shell);
      if (!names) {
        const set = new Set<string>(extraCommands[shell] ?? []);
        for (const spec of catalog.cmdlets.values()) if (cmdletShells[shell].includes(spec.shell)) set.add(spec.name);
        for (const native of nativeCommands) {
          if (native.kind === 'cmd-builtin' && shell !== 'cmd') continue;
          if (native.shells.includes('any') || native.shells.includes(shell)) set.add(native.name);
        }
        names = [...set];
        commandCache.set(shell, names);
      }
      return names;
    },
    parameters(command, shell) {
      const cmdlet = cmdletFor(command, shell);
      if (!cmdlet) return undefined;
      const specs = [...cmdlet.parameters.values()];
      // The cmdlet's own parameters first, alphabetically; the eleven common ones after them.
      const own = specs.filter((p) => !p.common).map((p) => p.name).sort((a, b) => a.localeCompare(b, 'en'));
      const common = specs.filter((p) => p.common).map((p) => p.name);
      return [...own, ...common];
    },
    values(command, parameter, shell) {
      const cmdlet = cmdletFor(command, shell);
      if (!cmdlet) return undefined;
      const resolved = catalog.resolveParameter(cmdlet, parameter);
      if (resolved.kind !== 'exact' && resolved.kind !== 'alias' && resolved.kind !== 'prefix') return undefined;
      const spec = resolved.parameter;
      if (spec.enum && spec.enum.length > 0) return spec.enum;
      if (spec.isBoolean) return ['$true', '$false'];
      return undefined;
    },
  };
}
