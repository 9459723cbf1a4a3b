import { certificateLabel } from '../certificates/check-input.ts';
import type { CertificateRule } from './types.ts';

/**
 * Which of the profile's servers a certificate read from a file can serve: those named by its
 * subject CN or a SAN entry (case-insensitive; a `*.` SAN entry covers one label; a wildcard
 * subject serves no Exchange server, DOMAIN-FACTS §7.1 C-06, C-08). Reports them (info), or warns
 * when it serves none of them: it may be the wrong file.
 */
const rule: CertificateRule = {
  id: 'certificate-serves-servers',
  kind: 'certificate',
  severity: 'info',
  guide: 'certificates#shared-certificate',
  check({ certificate, servers }) {
    const name = certificateLabel(certificate);
    if (servers.length === 0) return [{ ruleId: rule.id, severity: 'warning', params: { variant: 'none', certificate: name } }];
    return [{ ruleId: rule.id, severity: 'info', params: { variant: 'some', certificate: name, servers: servers.join(', '), count: servers.length } }];
  },
};

export default rule;
