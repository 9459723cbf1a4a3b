import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/** The first Lync Server 2010 cumulative update that integrates with Exchange 2013 UM. */
export const LYNC_2010_MINIMUM_CU = 3;

/**
 * Lync Server 2010 is at cumulative update 3 or later; earlier builds cannot integrate with
 * Exchange 2013 UM (Lync 2013 and SfB 2015 need no update) (DOMAIN-FACTS §2 O1, INV-15).
 * Variant `too-old` (error) when the profile gives an older CU; `unknown` (warning) when it gives
 * none, so the operator checks the build before the change window.
 */
const rule: ProfileRule = {
  id: 'lync-2010-cumulative-update',
  kind: 'profile',
  severity: 'error',
  guide: 'versions#lync',
  check(profile) {
    if (profile.lync.version !== '2010') return [];
    const cumulativeUpdate = profile.lync.cumulativeUpdate;
    const path = ['lync', 'cumulativeUpdate'];
    if (cumulativeUpdate === undefined) return [profileFinding(rule, path, { variant: 'unknown', minimum: LYNC_2010_MINIMUM_CU }, 'warning')];
    if (cumulativeUpdate < LYNC_2010_MINIMUM_CU) {
      return [profileFinding(rule, path, { variant: 'too-old', cumulativeUpdate, minimum: LYNC_2010_MINIMUM_CU })];
    }
    return [];
  },
};

export default rule;
