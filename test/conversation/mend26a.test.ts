/**
 * rev26 review findings mended on the integration branch (mend26a): #1, #4, #7, #8, #9.
 */
import type { TurnResult } from '../../src/conversation/types';
import { blocksText, last, rendered, runIn, talk } from './helpers';

const T_NOLEVEL = 'TMS 15.13 SX80 on CE 9.15 shows No HTTPS response. Win 2016, SQL 2016 remote';
const T_NOLEVEL_JA = 'TMS 15.13 で SX80（CE 9.15）が No HTTPS response です。Windows 2016、SQL 2016 は別サーバです。';
const S_CLIENT_12 =
  '$ openssl s_client -connect 10.1.2.3:443 -tls1_2\nCONNECTED(00000003)\ndepth=0 CN = SX80-lab\nverify error:num=18:self-signed certificate\n---\nNew, TLSv1.2, Cipher is ECDHE-RSA-AES256-GCM-SHA384\n---';
const CURL =
  '$ curl -vk https://10.1.2.3/\n*   Trying 10.1.2.3:443...\n* Connected to 10.1.2.3 (10.1.2.3) port 443\n* SSL connection using TLSv1.2 / ECDHE-RSA-AES256-GCM-SHA384\n* Server certificate:\n*  subject: CN=SX80-lab\n*  expire date: Jan  1 00:00:00 2024 GMT\n*  issuer: CN=SX80-lab\n*  SSL certificate verify result: self-signed certificate (18), continuing anyway.';

const route = (r: TurnResult) => r.route;

describe('rev26 #1: pasted tool output with a self-signed/expired certificate stays on the evidence path', () => {
  it.each([
    ['s_client, no level', T_NOLEVEL, S_CLIENT_12],
    ['curl -v, no level', T_NOLEVEL, CURL],
  ])('EN %s', (_n, t, paste) => {
    const r = last(talk(t, paste));
    expect(route(r)).not.toBe('catalogue');
    expect(rendered(r)).not.toMatch(/Could it be the certificate\?/);
  });

  it('EN s_client: the TLS 1.2 handshake is recorded as observed', () => {
    expect(rendered(last(talk(T_NOLEVEL, S_CLIENT_12)))).toMatch(/s_client completed a TLS 1\.2 handshake/);
  });

  it('JA s_client', () => {
    const r = runIn('ja', [T_NOLEVEL_JA, S_CLIENT_12]);
    expect(r.route).not.toBe('catalogue');
    expect(blocksText(r.replies)).not.toMatch(/証明書が原因か/);
  });

  it('a typed statement still gets the certificates answer', () => {
    expect(rendered(last(talk(T_NOLEVEL, 'the certificate on the SX80 expired')))).toMatch(/most likely not what causes/);
  });
});

describe('rev26 #4: another machine\'s Windows is not a correction of the TMS server\'s', () => {
  const T = 'TMS 15.13 No HTTPS response after CE 9.15 upgrade, Windows 2012 R2, SQL 2016 remote, Medium';
  const TJ = 'TMS 15.13 で CE 9.15 にアップグレード後 No HTTPS response。Windows 2012 R2、SQL 2016 別サーバ、Medium';
  it.each(['the old server was actually 2008 R2', 'the lab server is actually 2008 R2', 'the new server is actually 2019', 'the old server was 2008 R2'])('EN %s', (m) => {
    const r = last(talk(T, m));
    expect(r.state.facts.windows?.raw).toBe('2012 R2');
    expect(rendered(r)).not.toMatch(/Updated: Windows|SQL Server or the Windows Server release/);
  });
  it.each(['旧サーバは実は 2008 R2 でした', '検証サーバは実は 2008 R2 です', '移行先のサーバは実は 2008 R2 です', '移行先の新サーバは実は 2008 R2 です'])('JA %s', (m) => {
    const r = runIn('ja', [TJ, m]);
    expect(r.state.facts.windows?.raw).toBe('2012 R2');
  });
  it.each([['EN', 'sorry, the TMS server is actually 2008 R2'], ['EN', 'the server is actually 2008 R2'], ['JA', 'TMS サーバは実は 2008 R2 です']])('%s the TMS server still corrected: %s', (lang, m) => {
    const r = lang === 'JA' ? runIn('ja', [TJ, m]) : last(talk(T, m));
    expect(r.state.facts.windows?.raw).toBe('2008 R2');
  });
});

describe('rev26 #7: a planned SQL change keeps the place said with it and never overrides the current release', () => {
  const T = 'TMS 15.13 No HTTPS response after CE 9.15 upgrade, Windows 2016, Medium';
  const TJ = 'TMS 15.13 で CE 9.15 にアップグレード後 No HTTPS response。Windows 2016、Medium';
  it('EN "from SQL 2008 R2 on the remote DB server": remote', () => {
    const f = last(talk(T, 'we plan to migrate from SQL 2008 R2 on the remote DB server')).state.facts;
    expect(f.sql?.raw).toBe('2008 R2');
    expect(f.sqlLocation).toBe('remote');
  });
  it('EN "off SQL 2008 R2 on the TMS server": local', () => {
    const f = last(talk(T, 'we plan to move the database off SQL 2008 R2 on the TMS server')).state.facts;
    expect(f.sql?.raw).toBe('2008 R2');
    expect(f.sqlLocation).toBe('local');
  });
  it('JA 「TMS サーバ上の SQL 2008 R2 から」: local', () => {
    const f = runIn('ja', [TJ, 'TMS サーバ上の SQL 2008 R2 から 2016 へ移行する予定です']).state.facts;
    expect(f.sql?.raw).toBe('2008 R2');
    expect(f.sqlLocation).toBe('local');
  });
  it.each([
    ['EN', "we're planning to migrate from SQL 2008 R2 once the vendor approves 2016; we're already on 2016 in prod"],
    ['EN', "we plan to migrate from SQL 2008 R2, we're already on 2016 in prod"],
    ['JA', 'SQL 2008 R2 から 2016 へ移行する予定ですが、本番はもう 2016 です'],
  ])('%s the release stated as current stands: %s', (lang, m) => {
    const f = (lang === 'JA' ? runIn('ja', [TJ, m]) : last(talk(T, m))).state.facts;
    expect(f.sql?.year).toBe(2016);
  });
  it('a plan alone still gives the release it starts from', () => {
    expect(last(talk(T, 'we plan to migrate from SQL 2008 R2')).state.facts.sql?.raw).toBe('2008 R2');
  });
});

describe('rev26 #8: a negated certificate statement, or the SQL certificate, is not an endpoint certificate', () => {
  const T = 'TMS 15.13 No HTTPS response after CE 9.15 upgrade, Windows 2016, SQL 2016 remote, Medium';
  const TJ = 'TMS 15.13 で CE 9.15 にアップグレード後 No HTTPS response。Windows 2016、SQL 2016 別サーバ、Medium';
  it.each(['証明書の期限は切れていません', '証明書の期限は切れてはいません', '証明書の期限が切れていない'])('JA %s: nothing recorded, no card', (m) => {
    const r = runIn('ja', [TJ, m]);
    expect(r.state.facts.tlsClaims?.untrustedCerts).toBeUndefined();
    expect(blocksText(r.replies)).not.toMatch(/証明書が原因か|自己署名または期限切れ/);
  });
  it('JA 「証明書の期限が切れています」 still recorded', () => {
    expect(runIn('ja', [TJ, '証明書の期限が切れています']).state.facts.tlsClaims?.untrustedCerts).toBe(true);
  });
  it.each([['EN', 'the SQL certificate expired'], ['EN', 'the SQL Server certificate has expired'], ['JA', 'SQL の証明書の期限が切れています']])('%s %s: no endpoint-certificate answer', (lang, m) => {
    const r = lang === 'JA' ? runIn('ja', [TJ, m]) : last(talk(T, m));
    expect(r.state.facts.tlsClaims?.untrustedCerts).toBeUndefined();
    // (readers-d #8: the SQL certificate's own answer, outside this diagnosis, what to check; not the endpoint-certificate one.)
    const t = lang === 'JA' ? blocksText(r.replies) : rendered(r);
    expect(t).not.toMatch(/endpoint certificate is most likely|証明書が原因か/);
    expect(t).toMatch(/SQL Server's certificate|SQL Server の証明書/);
  });
});

describe('rev26 #9: a bare answer to "Is 2008 R2 the SQL Server or the Windows Server release?"', () => {
  const T = 'TMS 15.13 No HTTPS response after CE 9.15 upgrade, Windows 2012 R2, SQL 2016';
  const TJ = 'TMS 15.13 で CE 9.15 にアップグレード後 No HTTPS response。Windows 2012 R2、SQL 2016';
  it('the question is asked', () => {
    expect(rendered(last(talk(T, "oh wait, it's 2008 R2")))).toMatch(/Is 2008 R2 the SQL Server or the Windows Server release\?/);
  });
  it.each([
    ['SQL', '2008 R2', '2012 R2'],
    ['the SQL one', '2008 R2', '2012 R2'],
    ['Windows', '2016', '2008 R2'],
    ['both', '2008 R2', '2008 R2'],
  ])('EN "%s"', (m, sql, win) => {
    const r = last(talk(T, "oh wait, it's 2008 R2", m));
    expect(r.state.facts.sql?.raw).toBe(sql);
    expect(r.state.facts.windows?.raw).toBe(win);
    expect(rendered(r)).not.toMatch(/could not find/i);
  });
  it.each([
    ['SQL です', '2008 R2', '2012 R2'],
    ['両方です', '2008 R2', '2008 R2'],
    ['Windows です', '2016', '2008 R2'],
  ])('JA 「%s」', (m, sql, win) => {
    const f = runIn('ja', [TJ, 'あ、やっぱり 2008 R2 です', m]).state.facts;
    expect(f.sql?.raw).toBe(sql);
    expect(f.windows?.raw).toBe(win);
  });
  it('only right after the question: a later bare "SQL" changes nothing', () => {
    const f = last(talk(T, "oh wait, it's 2008 R2", 'what is Medium-High?', 'SQL')).state.facts;
    expect(f.sql?.raw).toBe('2016');
  });
});
