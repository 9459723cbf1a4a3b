import { parameterSubject, valueRule } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/** Plain-language names for the formats the catalog encodes as regular expressions. */
function formatOf(pattern: RegExp): string {
  const source = pattern.source;
  if (source === '^sip:') return 'sip';
  if (source === '^tel:') return 'tel';
  if (source.startsWith('^https?:')) return 'uri';
  if (/^\^\[0-9\]\{\d+,\d+\}\$$/.test(source)) return 'digits';
  return 'pattern';
}

/**
 * A value that does not have the documented format: a SIP address without `sip:`
 * (`Enable-CsUser -SipAddress alice@contoso.com`), a line URI without `tel:`, a PIN that is not
 * 4 to 24 digits, a display number with letters, a simple name with spaces. Empty strings are left
 * alone (they clear a setting).
 */
const rule: ScriptRule = valueRule({
  id: 'ps-value-pattern',
  severity: 'error',
  valueCheck: {
    select: (spec) => spec.pattern,
    check: (item, pattern, parameter, binding, parsed) => {
      if ((item.kind !== 'string' && item.kind !== 'number') || item.text === '' || pattern.test(item.text)) return undefined;
      return scriptFinding(rule, rangeOf(parsed, item.node), {
        ...parameterSubject(binding, parameter),
        value: item.text,
        variant: formatOf(pattern),
        pattern: pattern.source,
      });
    },
  },
});

export default rule;
