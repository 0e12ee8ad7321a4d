/**
 * QA58 #14: "the auditors want TLS 1.0 off by Friday, how do we do it safely?" with SQL Server 2008 R2 SP2 on the TMS server: the
 * "not now" stays, and the way there follows (knowledge.md): SQL 2008 R2 SP3 at 10.50.6542.0 or later first (not 10.50.6537,
 * KB3146034), TMS at Medium-High with TLS 1.2, .NET strong crypto, then TLS 1.0 off as its own change with SQL's start checked.
 */
import { rendered, runIn } from './helpers';

const S8 = 'TMS 15.2.1, codecs upgraded to TC7.3.21, No HTTPS response. Windows Server 2008 R2, SQL Server 2008 R2 SP2 on the TMS box, level Medium';
const S8_JA = 'TMS 15.2.1 で、コーデックを TC7.3.21 にしたら No HTTPS response になりました。Windows Server 2008 R2、SQL Server 2008 R2 SP2 は TMS サーバ上、レベルは Medium';

describe('QA58 #14: TLS 1.0 off, the way there', () => {
  it('EN: the no stays, the way follows', () => {
    const out = rendered(runIn('en', [S8, 'the auditors want TLS 1.0 off by Friday, how do we do it safely?']));
    expect(out).toMatch(/No\. SQL Server 2008 R2 SP2 runs on the TMS server and needs TLS 1\.0/);
    expect(out).toMatch(/2008 R2 SP3 10\.50\.6542\.0 or later/);
    expect(out).toMatch(/not the first TLS 1\.2 build, 10\.50\.6537/);
    expect(out).toMatch(/SchUseStrongCrypto/);
    expect(out).toMatch(/Only then turn TLS 1\.0 off, leaving SSL 3\.0 as it is/);
    expect(out).toMatch(/until it is done, TLS 1\.0 stays on/);
    // The way comes after the no.
    expect(out.indexOf('The way there')).toBeGreaterThan(out.indexOf('needs TLS 1.0'));
  });

  it('JA', () => {
    const out = rendered(runIn('ja', [S8_JA, 'TLS 1.0 を金曜までに無効にしたいのですが、安全な方法はありますか？']));
    expect(out).toMatch(/TLS 1\.0 を必要とします/);
    expect(out).toMatch(/2008 R2 SP3 10\.50\.6542\.0 以降/);
    expect(out).toMatch(/\(1\) が済むまでは TLS 1\.0 を有効のままにしてください/);
  });

  it('a plain "can we turn TLS 1.0 off?" keeps its short answer', () => {
    expect(rendered(runIn('en', [S8, 'can we turn TLS 1.0 off?']))).not.toMatch(/The way there/);
  });
});
