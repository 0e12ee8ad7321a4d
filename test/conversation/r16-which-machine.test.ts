/**
 * QA39 #1, #4, #3: which machine a fact belongs to.
 * #1 (safety) a SQL replica or instance ON the TMS server is local SQL (the TMS server's Schannel governs it), also in an
 *    AlwaysOn group and also when a remote primary is named beside it: the SQL caveats stay.
 * #4 a Windows release said of the SQL machine is not the TMS server's.
 * #3 several TMS servers in one message: the other server's Windows and SQL are not merged into the answered one, and "what
 *    do I do on the lab TMS?" (a TMS before 15) does not get the TMS 15 in-place fix.
 */
import { last, rendered, runIn, stepTexts, talk } from './helpers';

const REPLICA = 'TMS 15.9, Win 2012 R2, SQL Server 2012 SP1 AlwaysOn, with a replica on the TMS server itself. SX80 TC7.3.6 No HTTPS response. Medium.';
const NODES =
  'TMS 15.9 on a 2-node setup, each node Windows Server 2012 R2 also hosting a SQL Server 2012 SP1 AlwaysOn replica for the tmsng database. SX80 TC7.3.6 -> No HTTPS response. Medium.';
const REPLICA_JA = 'TMS 15.9、Windows 2012 R2、SQL Server 2012 SP1 の AlwaysOn 構成で、TMSサーバー自身にもレプリカがあります。SX80 TC7.3.6 で No HTTPS response、Medium。';

describe('#1 a SQL replica on the TMS server is local SQL', () => {
  it.each([
    ['replica on the TMS server itself', REPLICA],
    ['each node also hosting a replica', NODES],
    ['replica first, remote primary after (local wins)', 'TMS 15.9, a replica on the TMS server itself, primary SQL 2012 SP1 on a separate AlwaysOn cluster. SX80 TC7.3.6 No HTTPS response.'],
    ['remote primary, then the TMS server hosts a secondary', 'TMS 15.9. SQL 2012 SP1 primary is on a separate server. The TMS server also hosts a secondary replica. SX80 TC7.3.6 No HTTPS response.'],
  ])('%s', (_, msg) => {
    const { state } = stepTexts([msg]);
    expect(state.facts.sqlLocation).toBe('local');
    const out = rendered(last(talk(msg)));
    expect(out).toMatch(/SQL Server 2012 SP1: upgrade to a service pack with TLS 1\.2 first/);
    expect(out).not.toMatch(/Remote SQL Server: not affected/);
  });
  it.each([REPLICA_JA, 'TMS 15.9、SQL Server 2012 SP1 AlwaysOn、レプリカの1つが TMS サーバー上にあります。SX80 TC7.3.6 で No HTTPS response。'])('JA %s', (msg) => {
    const r = runIn('ja', [msg]);
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(rendered(r)).toMatch(/SQL Server 2012 SP1/);
    expect(rendered(r)).not.toMatch(/SQL は別サーバ/);
  });
  it.each([
    'TMS 15.9, Win 2012 R2, SQL 2012 SP1 on a separate AlwaysOn cluster. SX80 TC7.3.6 No HTTPS response. Medium.',
    'TMS 15.9, SQL is remote, on its own 2016 box. SX80 TC7.3.6 No HTTPS response.',
    'TMS 15.9, SQL 2012 SP1 AlwaysOn with two nodes, each node hosting a replica. SX80 TC7.3.6 No HTTPS response.',
    'TMS 15.9, SQL 2012 SP1 AlwaysOn, no replica on the TMS server. SX80 TC7.3.6 No HTTPS response.',
  ])('still remote: %s', (msg) => {
    expect(stepTexts([msg]).state.facts.sqlLocation).toBe('remote');
  });
  it.each(['TMS 15.9、SQL Server 2012 SP1 は別サーバの AlwaysOn 構成です。SX80 TC7.3.6 で No HTTPS response。', 'TMS 15.9、SQL Server 2012 SP1 AlwaysOn、TMSサーバーにはレプリカはありません。SX80 TC7.3.6 で No HTTPS response。'])(
    'JA still remote: %s',
    (msg) => {
      expect(runIn('ja', [msg]).state.facts.sqlLocation).toBe('remote');
    },
  );
});
