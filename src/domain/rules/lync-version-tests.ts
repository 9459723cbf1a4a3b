import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Informational: with Lync Server 2010 the end-to-end tests Test-CsExUMConnectivity and
 * Test-CsExUMVoiceMail do not exist (introduced in Lync Server 2013), so the runbook's last step
 * has to be a manual call to voice mail instead (DOMAIN-FACTS §5, INV-14).
 */
const rule: ProfileRule = {
  id: 'lync-version-tests',
  kind: 'profile',
  severity: 'info',
  guide: 'versions#lync',
  check(profile) {
    return profile.lync.version === '2010' ? [profileFinding(rule, ['lync', 'version'], { version: profile.lync.version })] : [];
  },
};

export default rule;
