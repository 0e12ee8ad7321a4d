/**
 * TLS 1.0 put back on after SQL Server stopped (QA round 10 #10): 「TLS 1.0 を戻しましたが、SQL はまだ起動しません」
 * and "turned TLS 1.0 back on but SQL still won't start" record TLS 1.0 on (and SQL still down); the
 * recovery then leads with what to check next, not with the step just done.
 */
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { sqlOutageRecovery } from '../../src/domain/knowledge/sql-outage';
import { extractFacts } from '../../src/domain/extract';

describe('TLS 1.0 put back', () => {
  it.each<[string, object]>([
    ['TLS 1.0 を戻しましたが、SQL はまだ起動しません', { tls10: 'on', sqlDown: true }],
    ['TLS 1.0 を戻しました', { tls10: 'on' }],
    ['SSL 3.0 も元に戻しました', { ssl3: 'on' }],
    ["turned TLS 1.0 back on but SQL still won't start", { tls10: 'on', sqlDown: true }],
    ['TLS 1.0 back on for Client and Server, SQL still down', { tls10: 'on', sqlDown: true }],
  ])('%s', (t, want) => {
    expect(readTlsClaims(t)).toEqual(want);
  });

  it.each(['TLS 1.0 を戻していません', 'TLS 1.0 を戻せば SQL は起動しますか？', 'TLS 1.2 の設定を元に戻しました', 'should I turn TLS 1.0 back on?'])('%s → no TLS 1.0 state', (t) => {
    expect(readTlsClaims(t).tls10).toBeUndefined();
  });
});

describe('the recovery once TLS 1.0 is back on and SQL still does not start', () => {
  const base = extractFacts('TMS 15.2.1, CE 9.15.3, Windows 2008 R2, SQL 2008 R2 local').facts;
  it('leads with the next checks (both subkeys, reboot, SSL 3.0 as context, the ERRORLOG), EN and JA', () => {
    const r = sqlOutageRecovery({ ...base, tlsClaims: { tls10: 'on', sqlDown: true } });
    expect(r[0]!.en).toMatch(/still does not start/);
    expect(r[0]!.en).toMatch(/both Client and Server/);
    expect(r[0]!.en).toMatch(/rebooted/);
    expect(r[0]!.en).toMatch(/ERRORLOG/);
    expect(r[0]!.en).toMatch(/leave SSL 3\.0 as it is/);
    expect(r[0]!.ja).toMatch(/まだ起動しない/);
  });
  it('with TLS 1.0 still off: the restore steps lead, as before', () => {
    const r = sqlOutageRecovery({ ...base, tlsClaims: { tls10: 'off', sqlDown: true } });
    expect(r[0]!.en).toMatch(/^To get SQL Server 2008 R2 running again/);
  });
});
