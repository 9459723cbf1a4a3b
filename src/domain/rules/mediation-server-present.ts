import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * The profile lists at least one Mediation Server. The guide's sequence deploys one (with the
 * media gateways) and gives it a certificate from the same CA; it carries the Enterprise Voice
 * users' calls to and from the telephone network (DOMAIN-FACTS §2 O9, O10). Lync 2013 usually
 * collocates it with the Front End pool: then list the pool's FQDN. A warning, because UM itself
 * answers Lync calls without it.
 */
const rule: ProfileRule = {
  id: 'mediation-server-present',
  kind: 'profile',
  severity: 'warning',
  guide: 'lync-tasks#l3',
  check(profile) {
    return profile.lync.mediationServers.length === 0 ? [profileFinding(rule, ['lync', 'mediationServers'], {})] : [];
  },
};

export default rule;
