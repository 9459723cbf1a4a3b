import type { Finding, ProfilePath } from '../finding.ts';
import type { ProfileRule } from './types.ts';

/** Whether an Exchange version, as an operator may type it, has the Unified Messaging this runbook configures. */
export type ExchangeUmSupport = 'supported' | 'removed' | 'out-of-scope' | 'unrecognized';

/**
 * Reads a raw Exchange version — `2016`, `Exchange Server 2019`, `SE`, or a build such as `15.2.1118`
 * — and says whether it has UM. Exchange 2019 and later (Subscription Edition) removed UM; 2007
 * and 2010 have UM but are outside this runbook (Exchange 2013/2016 only).
 * @example exchangeUmSupport('Exchange 2019') // → 'removed'
 * @example exchangeUmSupport('15.1.2507.6') // → 'supported' (an Exchange 2016 build)
 */
export function exchangeUmSupport(raw: string): ExchangeUmSupport {
  const version = raw.trim().replace(/^(microsoft\s+)?exchange(\s+server)?\s*/i, '').toLowerCase();
  if (version === 'se' || version === 'subscription edition') return 'removed';
  const build = /^(\d+)\.(\d+)(\.\d+)*$/.exec(version);
  if (build) {
    const major = Number(build[1]);
    const minor = Number(build[2]);
    if (major === 15 && (minor === 0 || minor === 1)) return 'supported';
    if (major === 15 && minor >= 2) return 'removed';
    if (major > 15) return 'removed';
    return major >= 8 ? 'out-of-scope' : 'unrecognized';
  }
  if (/^\d{4}$/.test(version)) {
    const year = Number(version);
    if (year === 2013 || year === 2016) return 'supported';
    if (year >= 2019) return 'removed';
    if (year === 2007 || year === 2010) return 'out-of-scope';
  }
  return 'unrecognized';
}

/**
 * The finding for a raw Exchange version without UM, for callers that see the version before the
 * profile schema does (the CLI's --exchange-version, a profile file that fails to load because of
 * it). Empty for any other version: unknown versions are the schema's business.
 */
export function exchangeVersionFindings(rawVersion: string, path: ProfilePath = ['exchange', 'version']): Finding[] {
  return exchangeUmSupport(rawVersion) === 'removed'
    ? [{ ruleId: rule.id, severity: rule.severity, path, params: { version: rawVersion } }]
    : [];
}

/**
 * The target Exchange version has Unified Messaging: Exchange 2019 removed it (Microsoft points to
 * Skype for Business Cloud Voice Mail instead), so nothing in this runbook applies there
 * (DOMAIN-FACTS §10.1, INV-13). The profile schema only admits 2013 and 2016, so on a loaded
 * profile this rule stays silent; it exists so that the CLI and the profile loader, which meet raw
 * versions, report 2019 with a precise reason instead of a bare "invalid value", through
 * `exchangeVersionFindings`.
 */
const rule: ProfileRule = {
  id: 'exchange-2019-no-um',
  kind: 'profile',
  severity: 'error',
  guide: 'versions#exchange-2019',
  check(profile) {
    // String(): the schema's type says 2013 | 2016, but a profile built in code may carry more.
    return exchangeVersionFindings(String(profile.exchange.version));
  },
};

export default rule;
