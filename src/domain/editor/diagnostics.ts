/**
 * What the script editor shows for a script: every finding of the linter (catalog rules, ordering
 * rules across the script, profile contradictions) with its message in the page's language, a link
 * to the rule's page and the quick fixes that are certain. Pure: the editor's Web Worker calls it,
 * the tests call it, and Monaco only draws the result.
 */
import type { ExchangeVersion, LyncVersion } from '../catalog/index.ts';
import type { Severity, SourceRange } from '../finding.ts';
import { formatFinding } from '../messages.ts';
import { IncrementalScript } from '../powershell/incremental.ts';
import { compareScriptFindings, prepareScript, runScriptRules } from '../powershell/linter.ts';
import type { LintOptions, ScriptRuleInput } from '../powershell/script-rule.ts';
import { scriptRules } from '../rules/index.ts';
import type { Profile } from '../profile/schema.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { quickFixesFor, type QuickFix, type TextEdit } from './quick-fixes.ts';

export { diagnosticKey } from './diagnostic-key.ts';

/** The shells the editor's toolbar offers. */
export type EditorShell = 'exchange' | 'lync' | 'cmd';
export const editorShells: readonly EditorShell[] = ['exchange', 'lync', 'cmd'];

/** What the toolbar sets: the shell the script is for and the product versions. */
export interface EditorSettings {
  shell: EditorShell;
  exchangeVersion: ExchangeVersion;
  lyncVersion: LyncVersion;
}

/** One marker of the editor. */
export interface EditorDiagnostic {
  ruleId: string;
  severity: Severity;
  range: SourceRange;
  message: string;
  /** The rule's reference page in the page's language. */
  href: string;
  /** The repairs that are certain, titled in the page's language. */
  fixes: EditorFix[];
}

/** A quick fix as the editor offers it. */
export interface EditorFix {
  title: string;
  edits: TextEdit[];
  preferred: boolean;
  /** Instead of edits: check the script for this shell. */
  shell?: EditorShell;
}

function wordFix(fix: QuickFix, lang: Lang): EditorFix {
  const params = fix.shell ? { ...fix.params, shell: t(lang, `runbook.shell.${fix.shell}`) } : fix.params;
  const out: EditorFix = { title: t(lang, fix.title, params), edits: fix.edits, preferred: fix.preferred };
  if (fix.shell) out.shell = fix.shell;
  return out;
}

/** The reference page of a rule, e.g. `/fr/reference/rules/ps-enum-value/`. */
export function rulePageHref(ruleId: string, lang: Lang): string {
  return `/${lang}/reference/rules/${encodeURIComponent(ruleId)}/`;
}

/** The toolbar's defaults for a profile: the Exchange shell and the profile's product versions. */
export function defaultSettings(profile: Pick<Profile, 'exchange' | 'lync'>): EditorSettings {
  return { shell: 'exchange', exchangeVersion: profile.exchange.version as ExchangeVersion, lyncVersion: profile.lync.version as LyncVersion };
}

/** A finding without a script range is placed at the start of the script (never dropped). */
const scriptStart: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/**
 * Lints `source` for the editor: the linter's findings (with the profile's contradictions when a
 * profile is given), each worded in `lang`, linked to its rule page, with its quick fixes.
 * @example editorDiagnostics('Set-UMService -Identity mbx01 -UMStartupMode Dula', settings, 'en')[0].ruleId // → 'ps-enum-value'
 */
export function editorDiagnostics(source: string, settings: EditorSettings, lang: Lang, profile?: Profile): EditorDiagnostic[] {
  return diagnosticsOf(prepareScript(source, lintOptions(settings, profile)), lang);
}

function lintOptions(settings: EditorSettings, profile: Profile | undefined): LintOptions {
  return { shell: settings.shell, exchangeVersion: settings.exchangeVersion, lyncVersion: settings.lyncVersion, profile };
}

/** The editor's diagnostics for a parsed and bound script: what lintScript finds, keeping the input for the quick fixes. */
function diagnosticsOf(input: ScriptRuleInput, lang: Lang): EditorDiagnostic[] {
  const findings = runScriptRules(input, scriptRules).sort(compareScriptFindings);
  return findings.map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    range: finding.range ?? scriptStart,
    message: formatFinding(finding, lang),
    href: rulePageHref(finding.ruleId, lang),
    fixes: quickFixesFor(finding, input).map((fix) => wordFix(fix, lang)),
  }));
}

/**
 * The editor's linter for one text that changes: the same diagnostics as `editorDiagnostics`, with
 * parsing and binding redone only where the text changed (src/domain/powershell/incremental.ts).
 * Every rule still runs on the whole script, so ordering rules see every command.
 */
export class EditorLinter {
  private readonly script = new IncrementalScript();

  /** Characters parsed by the last `lint` (the rest was re-used). */
  get parsedCharacters(): number {
    return this.script.lastParsedCharacters;
  }

  lint(source: string, settings: EditorSettings, lang: Lang, profile?: Profile): EditorDiagnostic[] {
    return diagnosticsOf(this.script.prepare(source, lintOptions(settings, profile)), lang);
  }
}
