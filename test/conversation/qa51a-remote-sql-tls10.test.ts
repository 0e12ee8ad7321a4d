/**
 * QA51 #5: SQL Server on another machine without TLS 1.2 support (2008 R2 SP2) and TLS 1.0 turned off on the TMS server.
 * knowledge.md: the remote SQL *service* is untouched by the TMS server's Schannel settings, but TMS is its client and
 * 2008 R2 has TLS 1.2 only from 10.50.6542.0; knowledge.md does not settle the connection: a check BEFORE the change,
 * never "does not apply", and not "only if that server's own TLS settings are hardened".
 */
import { remoteSqlTls10OffCheck, sqlTls12Support } from '../../src/domain/knowledge/remote-sql';
import { parseSql } from '../../src/domain/versions';
import { rendered, runIn } from './helpers';

const setupEn = 'TMS 15.13 Win2012R2, SQL 2008 R2 SP2 on a separate DB server, CE9.15';

describe('QA51 #5: remote SQL without TLS 1.2 support and TLS 1.0 off on the TMS server', () => {
  it.each(['can we turn TLS 1.0 off on the TMS server afterwards?', 'can I apply IIS Crypto best practices on the TMS server?'])('EN: %s', (q) => {
    const out = rendered(runIn('en', [setupEn, q]));
    expect(out).toMatch(/Your SQL Server runs on a separate server, and SQL Server 2008 R2 SP2 has no TLS 1\.2 support/);
    expect(out).toMatch(/check it before the change, not after/);
    expect(out).toMatch(/keep TLS 1\.0 enabled on the TMS server's Client side/);
    expect(out).not.toMatch(/does not apply\. After the change, check/);
  });

  it('JA', () => {
    const out = rendered(runIn('ja', ['TMS 15.13、Win2012R2、SQL 2008 R2 SP2 は別サーバ、CE9.15', 'TMS サーバの TLS 1.0 を無効にしてもいいですか？']));
    expect(out).toMatch(/SQL Server は別サーバで動いていますが、SQL Server 2008 R2 SP2 は TLS 1\.2 に対応していません/);
    expect(out).toMatch(/変更の後ではなく前に確認してください/);
  });

  it('the first answer no longer points the other way', () => {
    const out = rendered(runIn('en', [setupEn]));
    expect(out).not.toMatch(/only if that server's own TLS settings are also being hardened/);
    expect(out).toMatch(/Turning TLS 1\.0 off on the TMS server later \(a hardening change, not this fix\) is another matter/);
  });

  it('remote SQL 2016: the usual check after the change, nothing more', () => {
    const out = rendered(runIn('en', ['TMS 15.13 Win2019, SQL 2016 remote, CE9.15', 'can we turn TLS 1.0 off on the TMS server afterwards?']));
    expect(out).toMatch(/does not apply\. After the change, check that TMS still connects to its database/);
    expect(out).not.toMatch(/has no TLS 1\.2 support/);
  });

  it.each([
    ['2008 R2 SP2', 'no'],
    ['2008 R2 SP3', 'unknown'],
    ['10.50.6542.0', 'yes'],
    ['2016', 'yes'],
    ['2012 SP1', 'no'],
  ])('TLS 1.2 support of SQL %s: %s', (v, want) => {
    const r = parseSql(v);
    expect(r.ok && sqlTls12Support(r.value)).toBe(want);
    expect(remoteSqlTls10OffCheck(r.ok ? r.value : undefined) === null).toBe(want === 'yes');
  });
});
