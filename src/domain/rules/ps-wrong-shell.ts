import type { Finding } from '../finding.ts';
import type { CommandBinding } from '../powershell/binder.ts';
import { commandLabel } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule, type ScriptShell } from '../powershell/script-rule.ts';

type Needed = 'exchange' | 'lync' | 'powershell' | 'cmd';

/** The shells a resolved command can run in, or null when anything goes (or nothing is known). */
function neededShells(binding: CommandBinding): readonly Needed[] | null {
  const r = binding.resolution;
  if (r.kind === 'cmdlet') return only[r.cmdlet.shell === 'core' ? 'powershell' : r.cmdlet.shell];
  if (r.kind === 'known') return only[r.shell === 'core' ? 'powershell' : r.shell];
  if (r.kind === 'native') {
    if (r.native.shells.includes('any')) return null;
    return r.native.shells.map((s): Needed => (s === 'core' || s === 'any' ? 'powershell' : s));
  }
  return null;
}

/** The one-shell answers, shared (a cmdlet or a known command runs in one shell; asked of every binding). */
const only: Readonly<Record<Needed, readonly Needed[]>> = { exchange: ['exchange'], lync: ['lync'], powershell: ['powershell'], cmd: ['cmd'] };

function accepts(needed: readonly Needed[], shell: ScriptShell): boolean {
  if (shell === 'any') return true;
  if (shell === 'cmd') return needed.includes('cmd');
  return needed.includes(shell) || needed.includes('powershell');
}

/**
 * A command that does not exist in the shell the script is meant for: an Exchange cmdlet
 * (`*-UM*`, `*-ExchangeCertificate`, ExchUcUtil.ps1) in the Lync Server Management Shell, a Lync
 * cmdlet (`*-Cs*`) in the Exchange Management Shell, any PowerShell cmdlet or script in cmd.exe,
 * or OcsUmUtil.exe on the Exchange side. Each management shell only loads its own product's cmdlets.
 */
const rule: ScriptRule = {
  id: 'ps-wrong-shell',
  kind: 'script',
  severity: 'error',
  check({ bindings, options, parsed }) {
    const shell = options.shell;
    if (shell === 'any') return [];
    const findings: Finding[] = [];
    for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
      const binding = bindings[bindingIndex]!;
      const needed = neededShells(binding);
      if (!needed || accepts(needed, shell)) continue;
      findings.push(
        scriptFinding(rule, rangeOf(parsed, binding.command.name), { command: commandLabel(binding), variant: needed[0]!, shell }),
      );
    }
    return findings;
  },
};

export default rule;
