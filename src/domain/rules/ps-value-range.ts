import { parameterSubject, valueRule } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import { integerText } from './ps-integer-value.ts';

/** The numeric value of an integer text (`5061`, `0x13C5`, `1kb`), or undefined. */
function numberOf(text: string): number | undefined {
  if (!integerText.test(text)) return undefined;
  const t = text.trim().toLowerCase();
  const m = /^([+-]?)(0x[0-9a-f]+|\d+)(kb|mb|gb|tb|pb)?$/.exec(t);
  if (!m) return undefined;
  const base = m[2]!.startsWith('0x') ? parseInt(m[2]!.slice(2), 16) : Number(m[2]);
  const factor = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 }[m[3] ?? ''] ?? 1;
  return (m[1] === '-' ? -1 : 1) * base * factor;
}

/**
 * A number outside the range the documentation states for the parameter (`-NumberOfDigitsInExtension 0`
 * — 1 to 20; `-SipTlsListeningPort 70000` — 1 to 65535; `-MinPINLength 3` — 4 to 24). The cmdlet
 * would refuse the value when it runs, after the earlier lines of the script have already changed things.
 */
const rule: ScriptRule = valueRule({
  id: 'ps-value-range',
  severity: 'error',
  valueCheck: {
    select: (spec) => spec.range,
    check: (item, range, parameter, binding, parsed) => {
      const n = item.kind === 'number' || item.kind === 'string' ? numberOf(item.text) : undefined;
      if (n === undefined || Number.isNaN(n)) return undefined;
      const low = range.min !== undefined && n < range.min;
      const high = range.max !== undefined && n > range.max;
      if (!low && !high) return undefined;
      const params: Record<string, string | number> = { ...parameterSubject(binding, parameter), value: item.text };
      if (range.min !== undefined) params.min = range.min;
      if (range.max !== undefined) params.max = range.max;
      params.variant = range.min !== undefined && range.max !== undefined ? 'between' : range.min !== undefined ? 'min' : 'max';
      return scriptFinding(rule, rangeOf(parsed, item.node), params);
    },
  },
});

export default rule;
