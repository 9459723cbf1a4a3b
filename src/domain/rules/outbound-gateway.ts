import { normalizeFqdn } from '../identifiers.ts';
import { profileFacts, profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Exactly one Lync pool carries UM's outgoing calls, and it is a real, non-Director pool.
 * ExchUcUtil.ps1 creates one UM IP gateway per pool and allows outgoing calls on all of them; the
 * guide says to keep outgoing calls on one gateway only, never one that points to a Director pool
 * (DOMAIN-FACTS §2 O7, INV-07). The profile names that pool once (`gateways.outboundPool`), so
 * "exactly one" holds by construction; this rule checks that the name is given, that it is one of
 * `lync.pools`, and that this pool is not a Director.
 */
const rule: ProfileRule = {
  id: 'outbound-gateway',
  kind: 'profile',
  severity: 'error',
  guide: 'exchange-um#d8',
  check(profile) {
    const pool = profile.gateways.outboundPool;
    const path = ['gateways', 'outboundPool'];
    if (pool.trim() === '') return [profileFinding(rule, path, { variant: 'missing', pool })];
    const known = profileFacts(profile).poolsByFqdn.get(normalizeFqdn(pool));
    if (!known) return [profileFinding(rule, path, { variant: 'unknown-pool', pool, pools: profile.lync.pools.map((p) => p.fqdn).join(', ') })];
    if (known.director) return [profileFinding(rule, path, { variant: 'director', pool })];
    return [];
  },
};

export default rule;
