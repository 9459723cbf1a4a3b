import { Catalog, exchangeProduct, lyncProduct } from '../catalog/index.ts';
import type { Finding } from '../finding.ts';
import { commandLabel, parameterNameRange } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A cmdlet or parameter the documentation does not list for the selected product version:
 * Test-CsExUMConnectivity and Test-CsExUMVoiceMail on Lync Server 2010 (introduced in Lync Server
 * 2013), `Import-ExchangeCertificate -FileName` on Exchange 2016, `Enable-UMMailbox
 * -EnableCloudVoiceMail` on Exchange 2013, `Set-CsCertificate -Roll` on Lync Server 2010. Checked
 * only when the version is chosen, and only where the documentation names products at all.
 */
const rule: ScriptRule = {
  id: 'ps-product-version',
  kind: 'script',
  severity: 'error',
  check({ bindings, options, parsed }) {
    const findings: Finding[] = [];
    for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
      const binding = bindings[bindingIndex]!;
      const cmdlet = binding.cmdlet;
      if (!cmdlet || cmdlet.shell === 'core') continue;
      const product =
        cmdlet.shell === 'exchange'
          ? options.exchangeVersion && exchangeProduct[options.exchangeVersion]
          : options.lyncVersion && lyncProduct[options.lyncVersion];
      if (!product) continue;
      if (Catalog.covers(cmdlet.appliesTo, product) === false) {
        findings.push(
          scriptFinding(rule, rangeOf(parsed, binding.command.name), { variant: 'cmdlet', cmdlet: commandLabel(binding), product, products: cmdlet.appliesTo.join(', ') }),
        );
        continue;
      }
      for (let parameterIndex = 0; parameterIndex < binding.parameters.length; parameterIndex++) {
        const parameter = binding.parameters[parameterIndex]!;
        if (Catalog.covers(parameter.spec.appliesTo, product) !== false) continue;
        findings.push(
          scriptFinding(rule, parameterNameRange(parsed, parameter), {
            variant: 'parameter',
            cmdlet: commandLabel(binding),
            parameter: parameter.name,
            product,
            products: (parameter.spec.appliesTo ?? []).join(', '),
          }),
        );
      }
    }
    return findings;
  },
};

export default rule;
