import type { Finding, ProfilePath } from '../finding.ts';
import { findInvisibleCharacters } from '../invisible-characters.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * No invisible or direction-changing character (Unicode category Cf: bidi controls, zero-width
 * characters, the soft hyphen, tag characters…) in any profile value. In a name, an FQDN, a SIP
 * address, a number or a thumbprint it is an error: the value is written to Active Directory, DNS
 * or a certificate request as stored, and it reads as something else (`sip:\u202Emoc.evil@x` shows
 * as `sip:x@live.com`), or two names that look the same differ. In the profile's own label and a
 * certificate's issuer, which only describe, it is a warning.
 */
const rule: ProfileRule = {
  id: 'invisible-characters',
  kind: 'profile',
  severity: 'error',
  check(profile) {
    const findings: Finding[] = [];
    visit(profile, [], (value, path) => {
      const found = findInvisibleCharacters(value);
      if (!found) return;
      findings.push(
        profileFinding(rule, path, { variant: found.kind, value, codePoint: found.codePoint, position: found.position, count: found.count }, describesOnly(path) ? 'warning' : 'error'),
      );
    });
    return findings;
  },
};

/**
 * Values that only describe (the deployment's label, a certificate's issuer): a warning there.
 * Every other string of the profile is a name, an FQDN, an address, a number or a thumbprint that
 * a command writes or looks up as stored.
 */
function describesOnly(path: ProfilePath): boolean {
  return (path.length === 1 && path[0] === 'name') || (path[0] === 'certificates' && path[2] === 'issuer');
}

/** Calls `found` for every string in `value`, with its path, in document order. */
function visit(value: unknown, path: (string | number)[], found: (text: string, path: ProfilePath) => void): void {
  if (typeof value === 'string') found(value, [...path]);
  else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i], found));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) visit(item, [...path, key], found);
}

export default rule;
