/**
 * QA round 22 W3: SQL on one node of a redundant pair ("SQL is on node 1 only, node 2 uses it remotely", 「SQLは1台目」) is
 * SQL on a TMS server: the SQL caveat stays, and says it holds on the node that hosts SQL (it was turned into "SQL on another
 * server" and the KB3052404 warning was withdrawn).
 */
import { last, rendered, runIn, talk } from './helpers';

const W3_EN = 'Redundant TMS 15.11 pair, Windows 2016, SQL 2014 SP1 12.0.4100.1. CE 9.14, No HTTPS response.';
const W3_JA = '冗長構成のTMS 15.11、Windows 2016、SQL 2014 SP1 12.0.4100.1。CE 9.14でNo HTTPS response';

describe('W3: SQL on one node of a redundant pair', () => {
  it.each(['SQL is on node 1 only, node 2 uses it remotely', 'SQL on the primary, secondary connects remotely', 'SQL lives on the primary node, the secondary uses it remotely'])('EN: %s', (msg) => {
    const r = last(talk(W3_EN, msg));
    const out = rendered(r);
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(out).toMatch(/install the TLS 1\.2 update \(KB3052404\) first/);
    expect(out).toMatch(/applies on the node that hosts SQL Server/);
    expect(out).not.toMatch(/Remote SQL Server: not affected|SQL on another server/);
  });
  it('said in the first message ("SQL … on node 1")', () => {
    const r = last(talk('Redundant TMS 15.11 pair, Windows 2016, SQL 2014 SP1 12.0.4100.1 on node 1. CE 9.14, No HTTPS response.', 'SQL is on node 1 only, node 2 uses it remotely'));
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(r.state.facts.sqlOnNode).toBe(true);
  });
  it.each(['SQLは1台目にあり、2台目はリモートで使っています', 'SQLはノード1だけです。ノード2からはリモート接続'])('JA: %s', (msg) => {
    const r = runIn('ja', [W3_JA, msg]);
    const out = rendered(r);
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(out).toMatch(/KB3052404/);
    expect(out).toMatch(/SQL Server が動いているノードに当てはまります/);
    expect(out).not.toMatch(/リモートの SQL Server は、この変更の影響を受けません/);
  });
  it.each([
    ['SQL on a separate server, TMS on nodes', 'SQL 2014 SP1 on a separate server, TMS on node 1 and node 2', 'remote'],
    ['SQL failover cluster', 'SQL 2014 SP1 on a 2-node failover cluster, node 1 active', 'remote'],
    ['TMS alone on a node', 'TMS runs on node 1 and node 2', undefined],
  ] as const)('not read as SQL on a TMS node: %s', (_name, msg, where) => {
    const r = last(talk(W3_EN, msg));
    expect(r.state.facts.sqlLocation).toBe(where);
    expect(r.state.facts.sqlOnNode).toBeUndefined();
    expect(rendered(r)).not.toMatch(/applies on the node that hosts SQL Server/);
  });
  it('a later correction to another server drops the node', () => {
    const r = last(talk(W3_EN, 'SQL is on node 1 only, node 2 uses it remotely', 'sorry, SQL is actually on a separate server'));
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(r.state.facts.sqlOnNode).toBeUndefined();
  });
});
