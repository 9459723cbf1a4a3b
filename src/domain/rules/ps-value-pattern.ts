import type { Finding } from '../finding.ts';
import { commandLabel, valueItems } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

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
const rule: ScriptRule = {
  id: 'ps-value-pattern',
  kind: 'script',
  severity: 'error',
  check({ bindings }) {
    const findings: Finding[] = [];
    for (const binding of bindings) {
      if (binding.stopParsing) continue;
      for (const parameter of binding.parameters) {
        const pattern = parameter.spec.pattern;
        if (!pattern) continue;
        for (const item of valueItems(parameter.value)) {
          if ((item.kind !== 'string' && item.kind !== 'number') || item.text === '' || pattern.test(item.text)) continue;
          const format = formatOf(pattern);
          findings.push(
            scriptFinding(rule, item.node.range, {
              cmdlet: commandLabel(binding),
              parameter: parameter.spec.name,
              value: item.text,
              variant: format,
              pattern: pattern.source,
            }),
          );
        }
      }
    }
    return findings;
  },
};

export default rule;
