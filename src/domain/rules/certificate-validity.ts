import { certificateLabel, EXPIRY_WINDOW_DAYS } from '../certificates/check-input.ts';
import { isUnknown } from '../certificates/types.ts';
import type { CertificateRule } from './types.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * A certificate read from a file is valid on the planned change date and for at least
 * EXPIRY_WINDOW_DAYS days after it: an expired (or not yet valid) certificate breaks the mutual TLS
 * between Lync and UM at once (DOMAIN-FACTS §7.1 C-01, "a valid certificate"); one that expires
 * just after the change breaks it a few days later, when nobody is watching. Variants:
 * `expired` and `not-yet-valid` (errors), `expiring` (warning).
 */
const rule: CertificateRule = {
  id: 'certificate-validity',
  kind: 'certificate',
  severity: 'error',
  guide: 'certificates#recommendations',
  check({ certificate, changeDate }) {
    const notBefore = Date.parse(certificate.notBefore);
    const notAfter = Date.parse(certificate.notAfter);
    const params = {
      certificate: certificateLabel(certificate),
      notBefore: certificate.notBefore.slice(0, 10),
      notAfter: certificate.notAfter.slice(0, 10),
      changeDate: changeDate.toISOString().slice(0, 10),
    };
    const at = changeDate.getTime();
    // A date pasted output printed in a form that cannot be read without guessing is not checked.
    const afterKnown = !isUnknown(certificate, 'notAfter') && Number.isFinite(notAfter);
    const beforeKnown = !isUnknown(certificate, 'notBefore') && Number.isFinite(notBefore);
    if (!afterKnown && !beforeKnown) return [];
    if (afterKnown && notAfter < at) return [{ ruleId: rule.id, severity: 'error', params: { ...params, variant: 'expired' } }];
    if (beforeKnown && notBefore > at) return [{ ruleId: rule.id, severity: 'error', params: { ...params, variant: 'not-yet-valid' } }];
    if (afterKnown && notAfter < at + EXPIRY_WINDOW_DAYS * DAY) {
      const days = Math.floor((notAfter - at) / DAY);
      return [{ ruleId: rule.id, severity: 'warning', params: { ...params, variant: 'expiring', days, window: EXPIRY_WINDOW_DAYS } }];
    }
    return [];
  },
};

export default rule;
