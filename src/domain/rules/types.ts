import type { Finding, Severity } from '../finding.ts';
import type { Profile } from '../profile/schema.ts';

/**
 * A rule checks one thing the guide or the facts sheet states. Its id is its file name in
 * `src/domain/rules/`; its French and English title and message are `rule.<id>.title` and
 * `rule.<id>.message` in `src/i18n/{fr,en}.json`; its reference page is
 * `content/rules/{fr,en}/<id>.md`. A rule returns findings (codes and parameters), never prose.
 */
interface RuleBase {
  id: string;
  /** The default severity; a finding may carry a different one when the rule says so. */
  severity: Severity;
  /** The guide section that explains the rule, as `<slug>#<section-id>` (optional). */
  guide?: string;
}

/** A rule over the deployment profile. Pure: same profile in, same findings out. */
export interface ProfileRule extends RuleBase {
  kind: 'profile';
  check(profile: Profile): Finding[];
}

/**
 * A rule over one certificate read from a file (the certificate inspector), checked against the
 * profile: validity at the change date, key size, Enhanced Key Usage, the servers it can serve.
 * Pure: same input, same findings.
 */
export interface CertificateRule extends RuleBase {
  kind: 'certificate';
  check(input: CertificateCheckInput): Finding[];
}

export type { CertificateCheckInput } from '../certificates/check-input.ts';
import type { CertificateCheckInput } from '../certificates/check-input.ts';

export type { ScriptRule } from '../powershell/script-rule.ts';
import type { ScriptRule } from '../powershell/script-rule.ts';

export type Rule = ProfileRule | ScriptRule | CertificateRule;
