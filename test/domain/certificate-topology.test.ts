import { describe, expect, it } from 'vitest';
import { matchTopologyRow, rolePlacement, topologyRows } from '../../src/domain/certificate-topology.ts';
import { mutate, type Mutation } from './rules/helpers.ts';

describe('topologyRows', () => {
  it('is the guide’s four rows: same/different servers × without/with Lync', () => {
    expect(topologyRows.map((r) => [r.id, r.placement, r.lync])).toEqual([
      ['T1', 'same-server', false],
      ['T2', 'different-servers', false],
      ['T3', 'same-server', true],
      ['T4', 'different-servers', true],
    ]);
  });

  it('requires a certificate in every row, the Lync root only with Lync, gateway certificates only without', () => {
    for (const row of topologyRows) {
      expect(row.requirements).toContain('certificate-required');
      expect(row.requirements.includes('same-root-as-lync')).toBe(row.lync);
      expect(row.requirements.some((r) => r.includes('gateway'))).toBe(!row.lync);
    }
  });

  it('gives T3 and T4 the same requirements (the guide says "same as T3")', () => {
    expect(topologyRows[3]!.requirements).toEqual(topologyRows[2]!.requirements);
  });
});

const oneServer: Mutation = (p) => void (p.exchange.servers = [{ fqdn: 'ex01.contoso.com', roles: ['ClientAccess', 'Mailbox'] }]);
const noLync: Mutation = (p) => void (p.lync.pools = []);

describe('matchTopologyRow', () => {
  const rows: Array<[string, Mutation | undefined, string]> = [
    ['the example: Exchange 2013, separate CAS and Mailbox, two pools', undefined, 'T4'],
    ['one Exchange 2013 server with both roles', oneServer, 'T3'],
    ['Exchange 2016 (Client Access services on the Mailbox servers)', (p) => { p.exchange.version = '2016'; p.exchange.servers.shift(); }, 'T3'],
    ['separate servers, no pool', noLync, 'T2'],
    ['one server, no pool', (p) => { oneServer(p); noLync(p); }, 'T1'],
    ['a multi-role server plus a separate CAS counts as different servers', (p) => void (p.exchange.servers[1]!.roles = ['ClientAccess', 'Mailbox']), 'T4'],
  ];
  it.each(rows)('%s → %s', (_name, change, id) => {
    expect(matchTopologyRow(mutate(change)).id).toBe(id);
  });

  it('reads 2016 as same-server even if a profile listed roles the 2013 way', () => {
    expect(rolePlacement(mutate((p) => void (p.exchange.version = '2016')))).toBe('same-server');
  });
});
