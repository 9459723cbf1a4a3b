import type { Finding } from '../finding.ts';
import { parseLineUri } from '../identifiers.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Each user's Lync line URI is `tel:+<E.164>;ext=<extension>`: E.164 with the `tel:` prefix
 * (Set-CsUser -LineURI), and `;ext=` holding the user's UM extension, which is the last digits of
 * the E.164 number (DOMAIN-FACTS §2 O11, INV-09). Lync treats the number with and without `;ext=`
 * as two different numbers. Variants:
 * - `malformed` (error): not a `tel:+` E.164 URI;
 * - `missing-ext` (warning): valid for Lync, but the UM extension cannot be checked against it;
 * - `ext-not-number-suffix` (error): `;ext=` is not the end of the number;
 * - `ext-not-extension` (error): `;ext=` differs from the user's UM extension.
 */
const rule: ProfileRule = {
  id: 'user-line-uri',
  kind: 'profile',
  severity: 'error',
  guide: 'lync-tasks#l5',
  check(profile) {
    const findings: Finding[] = [];
    profile.users.forEach((user, i) => {
      const path = ['users', i, 'lineUri'];
      const lineUri = user.lineUri;
      const parsed = parseLineUri(lineUri);
      if (!parsed) {
        findings.push(profileFinding(rule, path, { variant: 'malformed', user: user.identity, lineUri }));
        return;
      }
      if (parsed.ext === undefined) {
        findings.push(profileFinding(rule, path, { variant: 'missing-ext', user: user.identity, lineUri, extension: user.extension }, 'warning'));
        return;
      }
      if (!parsed.digits.endsWith(parsed.ext) || parsed.ext.length >= parsed.digits.length) {
        findings.push(profileFinding(rule, path, { variant: 'ext-not-number-suffix', user: user.identity, lineUri, ext: parsed.ext }));
      }
      if (parsed.ext !== user.extension) {
        findings.push(profileFinding(rule, path, { variant: 'ext-not-extension', user: user.identity, lineUri, ext: parsed.ext, extension: user.extension }));
      }
    });
    return findings;
  },
};

export default rule;
