/**
 * `Get-Help <cmdlet>` for the lab terminal: a short summary of a cmdlet's parameter sets and of the
 * values its parameters accept, in the reader's language, from the catalog's facts only (no prose
 * is copied from Microsoft's documentation).
 */
import { t, type Lang } from '../../i18n/index.ts';
import type { CmdletSpec, ParameterSpec } from './index.ts';

/** One line of help; headings are drawn in bold by the terminal. */
export interface HelpLine {
  kind: 'heading' | 'text';
  text: string;
}

/** How many parameters with value lists are shown before "and N more". */
export const HELP_VALUES_SHOWN = 12;

const ALL_SETS = '__AllParameterSets';

/** `-Name <Type>` for a value parameter, `-Name` for a switch. */
function signature(p: ParameterSpec): string {
  return p.isSwitch ? `-${p.name}` : `-${p.name} <${p.type}>`;
}

function inSet(p: ParameterSpec, set: string): boolean {
  return !p.common && (p.inAllSets || p.sets.has(set));
}

/**
 * The help of one cmdlet: what it is, each parameter set (required parameters with their types, the
 * optional ones by name) and the closed value lists.
 * @example formatCmdletHelp(catalog.getCmdlet('Set-UMDialPlan')!, 'en')[2] // → { kind: 'text', text: '  Set-UMDialPlan -Identity <UMDialPlanIdParameter> …' }
 */
export function formatCmdletHelp(cmdlet: CmdletSpec, lang: Lang): HelpLine[] {
  const lines: HelpLine[] = [];
  const own = [...cmdlet.parameters.values()].filter((p) => !p.common);
  const shellKey = `help.shell.${cmdlet.shell}`;
  lines.push({ kind: 'heading', text: cmdlet.name });
  const products = cmdlet.appliesTo.filter((p) => /Exchange Server 201[36]|Lync Server 201[03]|Skype for Business Server 2015/.test(p));
  lines.push({
    kind: 'text',
    text: `  ${t(lang, shellKey)}${products.length > 0 ? ` · ${t(lang, 'help.appliesTo', { products: products.join(', ') })}` : ''}`,
  });

  lines.push({ kind: 'heading', text: t(lang, 'help.sets') });
  const sets = cmdlet.sets.length > 0 ? cmdlet.sets : [{ name: ALL_SETS, required: [], positional: [], isDefault: true }];
  for (const set of sets) {
    const required = set.required.map((name) => cmdlet.parameters.get(name)).filter((p): p is ParameterSpec => p !== undefined);
    const optional = own.filter((p) => inSet(p, set.name) && !set.required.includes(p.name));
    const label =
      set.name === ALL_SETS ? t(lang, 'help.setAll') : t(lang, set.isDefault ? 'help.setDefault' : 'help.set', { name: set.name });
    lines.push({ kind: 'text', text: `  ${label}` });
    const syntax = [cmdlet.name, ...required.map(signature)];
    if (optional.length > 0) syntax.push(`[${t(lang, 'help.optionalCount', { count: optional.length })}]`);
    lines.push({ kind: 'text', text: `    ${syntax.join(' ')}` });
    if (set.positional.length > 0) lines.push({ kind: 'text', text: `    ${t(lang, 'help.positional', { names: set.positional.map((n) => `-${n}`).join(', ') })}` });
    if (optional.length > 0) lines.push({ kind: 'text', text: `    ${t(lang, 'help.optional')} ${optional.map((p) => `-${p.name}`).join(' ')}` });
  }

  const withValues = own.filter((p) => p.enum && p.enum.length > 0);
  if (withValues.length > 0) {
    lines.push({ kind: 'heading', text: t(lang, 'help.values') });
    for (const p of withValues.slice(0, HELP_VALUES_SHOWN)) {
      const closed = p.enumIsClosed ? '' : ` (${t(lang, 'help.valuesOpen')})`;
      lines.push({ kind: 'text', text: `  -${p.name}: ${p.enum!.join(' | ')}${closed}` });
    }
    if (withValues.length > HELP_VALUES_SHOWN) lines.push({ kind: 'text', text: `  ${t(lang, 'help.more', { count: withValues.length - HELP_VALUES_SHOWN })}` });
  }
  const booleans = own.filter((p) => p.isBoolean);
  if (booleans.length > 0) lines.push({ kind: 'text', text: `  ${t(lang, 'help.booleans', { names: booleans.map((p) => `-${p.name}`).join(' ') })}` });
  lines.push({ kind: 'text', text: `  ${t(lang, 'help.common')}` });
  return lines;
}
