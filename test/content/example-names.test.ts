/**
 * The guide speaks of the same organisation as the runbooks and the lab (issue 9): every host,
 * address and dial plan name its pages use under `contoso.com` belongs to the example deployment
 * (src/domain/profile/example.json), to the commands the runbook generates for it, or to the lab
 * seeded from it — never to another imaginary organisation (`ContosoSIP`, `pool01.contoso.com`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLab } from '../../src/domain/lab/state.ts';
import { exampleProfile } from '../../src/domain/profile/index.ts';
import { generateAll } from '../../src/domain/runbook/index.ts';
import { LANGUAGES } from './markdown.ts';

const generated = generateAll(exampleProfile).map((c) => c.text).join('\n');
const hosts = new Set([
  ...exampleProfile.exchange.servers.map((s) => s.fqdn),
  ...exampleProfile.lync.pools.flatMap((p) => [p.fqdn, ...(p.frontEndServers ?? [])]),
  ...exampleProfile.lync.mediationServers,
  ...createLab(exampleProfile).lync.pstnGateways.map((g) => g.replace(/^PstnGateway:/, '')),
]);
const dialPlans = new Set(exampleProfile.dialPlans.map((d) => d.name));
const addresses = new Set([...exampleProfile.users.map((u) => u.identity), ...[...generated.matchAll(/[\w.-]+@contoso\.com/g)].map((m) => m[0])]);

describe.each(LANGUAGES)('the %s guide uses the example deployment’s names', (lang) => {
  const pages = readdirSync(`content/${lang}`).filter((f) => f.endsWith('.md'));
  const text = pages.map((page) => readFileSync(`content/${lang}/${page}`, 'utf8')).join('\n');

  it('hosts', () => {
    const used = [...text.matchAll(/(?<![\w*.@-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.contoso\.com\b/g)].map((m) => m[0]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((host) => !hosts.has(host))).toEqual([]);
  });

  it('addresses', () => {
    const used = [...text.matchAll(/[\w.-]+@contoso\.com/g)].map((m) => m[0]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((address) => !addresses.has(address))).toEqual([]);
  });

  it('dial plans', () => {
    const used = [...text.matchAll(/\b[A-Z]\w*SIP\b/g)].map((m) => m[0]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((name) => !dialPlans.has(name))).toEqual([]);
  });
});
