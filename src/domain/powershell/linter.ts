/**
 * The script linter: parses a script (PowerShell, or cmd.exe when `shell: 'cmd'`), binds every
 * command against the catalog once, runs the script rules and returns their findings sorted by
 * position. The site's editor, the command blocks and the CLI all call `lintScript`.
 */
import { catalog as sharedCatalog, type Catalog } from '../catalog/index.ts';
import type { Finding } from '../finding.ts';
import { scriptRules } from '../rules/index.ts';
import { bindCommand, type CommandBinding } from './binder.ts';
import { parseCmd } from './cmd-parser.ts';
import { parseScript } from './parser.ts';
import { valueCheckFindings, type ValueItemCheck } from './rule-support.ts';
import type { LintOptions, ScriptRule, ScriptRuleInput } from './script-rule.ts';

/**
 * The longest script a front end hands to `lintScript`, in characters (about 2 MB: a runbook is a
 * few kilobytes). Linting that much takes seconds; the CLI refuses a longer file with a clear
 * message before reading it as PowerShell, and the lab's own limits are far below it
 * (src/islands/terminal/limits.ts).
 */
export const SCRIPT_MAX_CHARACTERS = 2_000_000;

export type { LintOptions, ScriptShell } from './script-rule.ts';

/**
 * Parses and binds a script once, for rules (or tools) that want the per-command model.
 * @example prepareScript('Get-UMService | fl DialPlans').bindings[1]!.resolvedName // → 'Format-List'
 */
export function prepareScript(source: string, options: LintOptions = {}, catalog: Catalog = sharedCatalog): ScriptRuleInput {
  const shell = options.shell ?? 'any';
  const parsed = shell === 'cmd' ? parseCmd(source) : parseScript(source);
  const mode = shell === 'cmd' ? 'cmd' : 'powershell';
  const bindings = withoutInertBlocks(parsed.commands.map((command) => bindCommand(command, catalog, mode)));
  return { source, parsed, catalog, options: { ...options, shell }, bindings };
}

/** The bindings of commands that run: those inside a script block that is never run are left out (see `inertBlocks`). */
export function withoutInertBlocks(all: CommandBinding[]): CommandBinding[] {
  const inert = inertBlocks(all);
  return inert.length === 0 ? all : all.filter((b) => !insideAny(inert, b.command.start, b.command.end));
}

/**
 * Script blocks that are never run: `Get-CsUser -Filter {VoicePolicy -ne $null}` passes the block
 * to a string parameter as an OPATH filter, so `VoicePolicy` is not a command. A block is inert
 * when it binds to a parameter that is not of type ScriptBlock, or — for commands the catalog does
 * not describe — when it follows a parameter whose name ends in "Filter".
 */
function inertBlocks(bindings: readonly CommandBinding[]): InertRanges {
  const ranges: [number, number][] = [];
  for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
    const binding = bindings[bindingIndex]!;
    if (binding.cmdlet) {
      for (let parameterIndex = 0; parameterIndex < binding.parameters.length; parameterIndex++) {
        const parameter = binding.parameters[parameterIndex]!;
        const value = parameter.value;
        if (value?.kind === 'ScriptBlock' && !parameter.spec.isScriptBlock && !/^(Object|PSObject)/.test(parameter.spec.type)) ranges.push([value.start, value.end]);
      }
      continue;
    }
    const elements = binding.command.elements;
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      if (element.kind !== 'CommandParameter' || !/filter$/i.test(element.name)) continue;
      const value = element.colon ? element.argument : elements[i + 1];
      if (value?.kind === 'ScriptBlock') ranges.push([value.start, value.end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  for (const [, end] of ranges) reach.push(Math.max(end, reach.at(-1) ?? end));
  return { length: ranges.length, starts: ranges.map(([start]) => start), reach };
}

/**
 * True when [start, end] lies inside one of `ranges` (sorted by start, as `inertBlocks` returns
 * them): some range starting at or before `start` reaches `end`, that is the furthest end among
 * the ranges starting at or before `start` is at least `end`. Sorting once and a running maximum
 * make each question a binary search instead of a scan of every block.
 */
function insideAny(ranges: InertRanges, start: number, end: number): boolean {
  let low = 0;
  let high = ranges.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges.starts[middle]! <= start) low = middle + 1;
    else high = middle;
  }
  return low > 0 && ranges.reach[low - 1]! >= end;
}

interface InertRanges {
  length: number;
  /** Range starts, ascending. */
  starts: number[];
  /** reach[i]: the furthest end among ranges 0…i. */
  reach: number[];
}

/** Finding order in a script: line, column, then rule id. */
export function compareScriptFindings(a: Finding, b: Finding): number {
  const ra = a.range;
  const rb = b.range;
  if (ra && rb) {
    const d = ra.line - rb.line || ra.column - rb.column;
    if (d !== 0) return d;
  }
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

/**
 * The findings of `rules` on a prepared script, rule by rule in the order of `rules` (each rule's
 * own findings in its order), unsorted: the same list as calling each rule's `check` in turn. The
 * value rules among them (those with a `valueCheck`) are checked together, in one walk over the
 * bindings, and only those: a list without value rules walks nothing for them. Every front end
 * (lintScript, the editor, the lab) runs its rules through this.
 */
export function runScriptRules(input: ScriptRuleInput, rules: readonly ScriptRule[]): Finding[] {
  const valueChecks: ValueItemCheck<unknown>[] = [];
  for (let r = 0; r < rules.length; r++) {
    const valueCheck = rules[r]!.valueCheck;
    if (valueCheck !== undefined) valueChecks.push(valueCheck);
  }
  const valueFindings = valueChecks.length === 0 ? [] : valueCheckFindings(input, valueChecks);
  const findings: Finding[] = [];
  let nextValueCheck = 0;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const found = rule.valueCheck !== undefined ? valueFindings[nextValueCheck++]! : rule.check(input);
    for (let f = 0; f < found.length; f++) findings.push(found[f]!);
  }
  return findings;
}

/**
 * Lints a script: every script rule's findings (or those of `rules`), sorted by position.
 * @example lintScript('Set-UMService -Identity mbx01 -UMStartupMode Dula', { shell: 'exchange' })
 * // → [{ ruleId: 'ps-enum-value', params: { value: 'Dula', suggestion: 'Dual', … }, … }]
 */
export function lintScript(source: string, options: LintOptions = {}, rules: readonly ScriptRule[] = scriptRules): Finding[] {
  return runScriptRules(prepareScript(source, options), rules).sort(compareScriptFindings);
}
