/**
 * The three scopes of a Lync dial plan (location profile), shared by the profile rules and the
 * runbook: a pure reading of the profile's `dialPlans[].lyncDialPlan` value.
 */

/** How a Lync dial plan is scoped: a Lync site, a pool (service scope), or per-user (granted). */
export type LyncDialPlanScope =
  | { kind: 'site'; identity: string; simpleName: string; perUser: false; site: string }
  | { kind: 'registrar'; identity: string; simpleName: string; perUser: false; pool: string }
  | { kind: 'per-user'; identity: string; simpleName: string; perUser: true };

/**
 * Reads the profile's Lync dial plan identity as New-CsDialPlan takes it (DOMAIN-FACTS L1/L2):
 * `site:<site>` applies to every user of the site, `Registrar:<pool FQDN>` to every user homed on
 * the pool, and any other value is a per-user plan, the only kind Grant-CsDialPlan can assign.
 * The prefixes are case-insensitive; the identity is written back in the documented spelling.
 * `simpleName` is what -SimpleName gets: the site, the pool FQDN, or the per-user name.
 * @example parseLyncDialPlan('site:Paris') // → { kind: 'site', identity: 'site:Paris', simpleName: 'Paris', site: 'Paris', perUser: false }
 */
export function parseLyncDialPlan(lyncDialPlan: string): LyncDialPlanScope {
  const value = lyncDialPlan.trim();
  const site = /^site:(.*)$/i.exec(value);
  if (site) {
    const name = site[1]!.trim();
    return { kind: 'site', identity: `site:${name}`, simpleName: name, perUser: false, site: name };
  }
  const registrar = /^registrar:(.*)$/i.exec(value);
  if (registrar) {
    const pool = registrar[1]!.trim();
    return { kind: 'registrar', identity: `Registrar:${pool}`, simpleName: pool, perUser: false, pool };
  }
  return { kind: 'per-user', identity: value, simpleName: value, perUser: true };
}
