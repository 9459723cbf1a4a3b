import { certificateLabel } from '../certificates/check-input.ts';
import { isUnknown } from '../certificates/types.ts';
import type { CertificateRule } from './types.ts';

/**
 * The certificate may authenticate a server: its Enhanced Key Usage lists Server Authentication
 * (1.3.6.1.5.5.7.3.1), or it has no EKU extension at all (any purpose). UM and Lync present their
 * certificates as TLS servers to each other (mutual TLS, DOMAIN-FACTS §7.1 C-00, C-13); a
 * certificate made for client authentication or code signing only is refused.
 */
const rule: CertificateRule = {
  id: 'certificate-server-authentication',
  kind: 'certificate',
  severity: 'error',
  guide: 'certificates#recommendations',
  check({ certificate }) {
    // Read from pasted output, which does not print the EKU: nothing to say.
    if (certificate.serverAuthentication || isUnknown(certificate, 'extendedKeyUsages')) return [];
    return [
      {
        ruleId: rule.id,
        severity: 'error',
        params: { certificate: certificateLabel(certificate), usages: (certificate.extendedKeyUsages ?? []).join(', ') },
      },
    ];
  },
};

export default rule;
