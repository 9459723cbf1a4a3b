/**
 * The contract of script rules: rules that check a PowerShell (or cmd.exe) script. The linter
 * parses and binds once and hands every rule the same `ScriptRuleInput`, so a rule is a small pure
 * function over commands and their bound parameters.
 */
import type { Catalog, ExchangeVersion, LyncVersion } from '../catalog/index.ts';
import type { Finding, FindingParams, Severity, SourceRange } from '../finding.ts';
import type { Profile } from '../profile/schema.ts';
import type { ParseResult } from './ast.ts';
import type { CommandBinding } from './binder.ts';
import type { ValueItemCheck } from './rule-support.ts';

/** The shell a script is meant for. `any` checks no shell; `cmd` parses cmd.exe syntax. */
export type ScriptShell = 'exchange' | 'lync' | 'cmd' | 'any';

/** Options of one lint run. */
export interface LintOptions {
  shell?: ScriptShell;
  exchangeVersion?: ExchangeVersion;
  lyncVersion?: LyncVersion;
  /** With a profile, names and servers in the script are compared with it (ps-profile-contradiction). */
  profile?: Profile;
  /**
   * Whether the file the script was read from starts with a byte order mark; unknown (undefined) for
   * text that never was a file. A BOM-less file is read as ANSI by Windows PowerShell 5.1 (ps-file-encoding).
   */
  byteOrderMark?: boolean;
}

/** What every script rule receives. */
export interface ScriptRuleInput {
  source: string;
  parsed: ParseResult;
  catalog: Catalog;
  options: Readonly<LintOptions> & { shell: ScriptShell };
  /** One binding per command, in source order (nested commands included). */
  bindings: readonly CommandBinding[];
}

/** A rule over a script. Pure: same input, same findings. */
export interface ScriptRule {
  kind: 'script';
  id: string;
  severity: Severity;
  /** The guide section that explains the rule, as `<slug>#<section-id>` (optional). */
  guide?: string;
  check(input: ScriptRuleInput): Finding[];
  /**
   * Value rules only (built by `valueRule`, rule-support.ts): what the rule checks of each value
   * item, as data, so that `runScriptRules` checks the values of all the value rules it is given
   * in one walk over the bindings. `check` must then report exactly what this check reports.
   */
  valueCheck?: ValueItemCheck<unknown>;
}

/** Builds a script finding for `rule` at `range`. */
export function scriptFinding(rule: Pick<ScriptRule, 'id' | 'severity'>, range: SourceRange, params: FindingParams, severity: Severity = rule.severity): Finding {
  return { ruleId: rule.id, severity, range, params };
}

/** Anything with source offsets: a syntax node, a bound parameter. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The 1-based line/column range of a node (or any offset span) of a parsed script: nodes keep
 * only offsets, and this is where rules turn them into the range a finding carries.
 * @example rangeOf(parsed, binding.command.name) // → { line: 3, column: 1, endLine: 3, endColumn: 14 }
 */
export function rangeOf(parsed: Pick<ParseResult, 'lines'>, span: Span): SourceRange {
  return parsed.lines.range(span.start, span.end);
}
