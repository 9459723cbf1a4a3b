import type { LyncVersion } from '../profile/schema.ts';

/**
 * The product each `lync.version` value of a profile names, as the runbook writes it. "2015" is
 * Skype for Business Server 2015: there is no "Lync Server 2015" (DOMAIN-FACTS §1.1, §10.2).
 */
export const lyncProductNames: Readonly<Record<LyncVersion, string>> = {
  '2010': 'Lync Server 2010',
  '2013': 'Lync Server 2013',
  '2015': 'Skype for Business Server 2015',
};
