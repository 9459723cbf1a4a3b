import { certificateLabel } from '../certificates/check-input.ts';
import type { CertificateRule } from './types.ts';

/** The smallest RSA key a CA-issued server certificate should have today. */
export const MIN_RSA_KEY_BITS = 2048;

/**
 * An RSA key of at least 2048 bits. Public CAs stopped issuing 1024-bit certificates in 2013 and
 * current Windows builds refuse them for TLS, so a 1024-bit certificate from an old internal CA
 * fails the handshake between Lync and UM (DOMAIN-FACTS §7.1 C-01: a valid certificate from a CA).
 */
const rule: CertificateRule = {
  id: 'certificate-key-size',
  kind: 'certificate',
  severity: 'error',
  guide: 'certificates#recommendations',
  check({ certificate }) {
    if (certificate.keyAlgorithm !== 'RSA' || certificate.keySize === null || certificate.keySize >= MIN_RSA_KEY_BITS) return [];
    return [
      {
        ruleId: rule.id,
        severity: 'error',
        params: { certificate: certificateLabel(certificate), keySize: certificate.keySize, minimum: MIN_RSA_KEY_BITS },
      },
    ];
  },
};

export default rule;
