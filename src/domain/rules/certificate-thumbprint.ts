import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/** Exactly what `Get-ExchangeCertificate` prints in its Thumbprint column: a SHA-1 as 40 hex digits. */
const thumbprintPattern = /^[0-9A-Fa-f]{40}$/;

/**
 * A certificate's thumbprint, when the profile gives one, is the SHA-1 hash Exchange prints: 40
 * hexadecimal digits and nothing else. `Enable-ExchangeCertificate -Thumbprint` takes it as is, so
 * anything else (a space, a pasted invisible character, a non-ASCII letter) can only be a mistake:
 * the command would fail, or worse, carry text that a misread script file could turn into code.
 * The rule is an error, so the steps that use the thumbprint are withheld until it is right.
 */
const rule: ProfileRule = {
  id: 'certificate-thumbprint',
  kind: 'profile',
  severity: 'error',
  guide: 'certificates#commands',
  check(profile) {
    return profile.certificates.flatMap((certificate, i) =>
      certificate.thumbprint === undefined || thumbprintPattern.test(certificate.thumbprint)
        ? []
        : [profileFinding(rule, ['certificates', i, 'thumbprint'], { certificate: certificate.name, thumbprint: certificate.thumbprint })],
    );
  },
};

export default rule;
