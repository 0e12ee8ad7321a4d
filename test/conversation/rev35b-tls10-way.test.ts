/**
 * REV35 #7: the way to TLS 1.0 off (QA58 #14) said "after the reboot" with no reboot step, had no check that the SQL upgrade took,
 * and said nothing of other software on the server that may still use TLS 1.0. Now: `SELECT @@VERSION` after step 1, step 4 is a
 * Schannel key change with its one reboot, and a hedged check of the other software (not covered by the sources) before step 4.
 */
import { rendered, runIn } from './helpers';

const S8 = 'TMS 15.2.1, codecs upgraded to TC7.3.21, No HTTPS response. Windows Server 2008 R2, SQL Server 2008 R2 SP2 on the TMS box, level Medium';
const S8_JA = 'TMS 15.2.1 で、コーデックを TC7.3.21 にしたら No HTTPS response になりました。Windows Server 2008 R2、SQL Server 2008 R2 SP2 は TMS サーバ上、レベルは Medium';

describe('REV35 #7: the way to TLS 1.0 off', () => {
  it('EN: the build checked, the reboot placed, other software flagged', () => {
    const out = rendered(runIn('en', [S8, 'the auditors want TLS 1.0 off by Friday, how do we do it safely?']));
    expect(out).toMatch(/confirm that `SELECT @@VERSION` shows build 10\.50\.6542\.0 or later before going on\. \(2\)/);
    expect(out).toMatch(/it takes one reboot of the server, in its own window: after that reboot, check that the SQL Server service started/);
    expect(out).toMatch(/Before step 4, also check the other software on this server: what else may still use TLS 1\.0 there \(agents, backup or monitoring tools, other applications\) is not covered by my sources/);
  });

  it('EN, SQL 2008 (not R2): its own build', () => {
    const s = S8.replace('SQL Server 2008 R2 SP2', 'SQL Server 2008 SP3');
    expect(rendered(runIn('en', [s, 'the auditors want TLS 1.0 off by Friday, how do we do it safely?']))).toMatch(/shows build 10\.0\.6547\.0 or later/);
  });

  it('JA', () => {
    const out = rendered(runIn('ja', [S8_JA, 'TLS 1.0 を金曜までに無効にしたいのですが、安全な方法はありますか？']));
    expect(out).toMatch(/`SELECT @@VERSION` でビルドが 10\.50\.6542\.0 以降になったことを確かめてから次に進みます。\(2\)/);
    expect(out).toMatch(/サーバを 1 回再起動します。その再起動のあと/);
    expect(out).toMatch(/\(4\) の前に、このサーバ上のほかのソフトウェア/);
  });
});
