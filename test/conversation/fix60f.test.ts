/**
 * FIX60F: small reader leftovers.
 * 1. A plan joined after a time to come ("… CE 9.15 and tomorrow I will enable TLS 1.2") covers its own clause only.
 * 2. OpenSSL 1.0.x's "New, TLSv1/SSLv3, Cipher is …" (version in the session block's "Protocol  :") is a completed handshake.
 * 3. QA59 #11: "scheduled calls" is no plan; a curl / s_client test that settles it asks no endpoint release; new endpoint
 *    certificates said with the upgrade get one line.
 * 4. A .NET exception's "remote server" is not where SQL runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/domain/extract';
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { readPastedText } from '../../src/evidence/text';
import { findings, last, questions, rendered, runIn, talk } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/tools', name), 'utf8');

describe('FIX60F #1: a plan after a time to come covers its own clause', () => {
  it.each([
    'Last week we moved the SX80s to CE 9.15 and tomorrow I will enable TLS 1.2',
    "Last week we moved the SX80s to CE 9.15 and tomorrow I'll enable TLS 1.2",
    'Last week we moved the SX80s to CE 9.15 and tonight we will disable TLS 1.0',
    '先週 SX80 を CE 9.15 に上げて明日 TLS 1.2 を有効にする予定です',
    '先週SX80をCE 9.15にアップグレードしたので明日TLS 1.2を有効にする予定です',
  ])('records CE 9.15: %s', (m) => {
    expect(extractFacts(m).facts.endpoint?.semver).toBe('9.15.0');
  });
  it('the plan\'s own release is still not taken', () => {
    const f = extractFacts('Last week we moved the SX80s to CE 9.15 and tomorrow we will move TMS to 15.13').facts;
    expect(f.endpoint?.semver).toBe('9.15.0');
    expect(f.tms).toBeUndefined();
  });
  it.each([
    'We will move the SX80s to CE 9.15 and tomorrow I will enable TLS 1.2',
    'Tomorrow we move the SX80s to CE 9.15 and tonight I will enable TLS 1.2',
    'we plan to move the SX80s to CE 9.15 and tomorrow I will enable TLS 1.2',
    'If we moved the SX80s to CE 9.15 and tomorrow I will enable TLS 1.2, would it work?',
    '明日 SX80 を CE 9.15 に上げて明後日 TLS 1.2 を有効にする予定です',
    '来週 SX80 を CE 9.15 に上げて明日 TLS 1.2 を有効にする予定です',
    'SX80 を CE 9.15 に上げて明日 TLS 1.2 を有効にしますか？',
  ])('a plan, a condition or a question as before, no release: %s', (m) => {
    expect(extractFacts(m).facts.endpoint).toBeUndefined();
  });
});

describe('FIX60F #2: OpenSSL 1.0.x "New, TLSv1/SSLv3, Cipher is …"', () => {
  const old = fixture('sc-tls1-ok-openssl10.txt');
  const codes = (t: string) => readPastedText(t).observations.filter((o) => o.code !== 'endpoint-cert-untrusted');
  it('with "Protocol  : TLSv1" it reads as a TLS 1.0 success, like the "New, TLSv1.0, …" form', () => {
    const o = codes(old);
    expect(o.map((x) => x.code)).toEqual(['endpoint-accepts-tls10']);
    expect(o[0].detail.en).toContain('completed a TLS 1.0 handshake (cipher ECDHE-RSA-AES256-SHA)');
  });
  it('with "Protocol  : TLSv1.2" a TLS 1.2 success; without its session block, a handshake whose version is not shown', () => {
    const o12 = codes(old.replace('Protocol  : TLSv1\n', 'Protocol  : TLSv1.2\n'));
    expect(o12.map((x) => x.code)).toEqual(['tool-tls-handshake-ok']);
    expect(o12[0].detail.en).toContain('completed a TLS 1.2 handshake');
    const bare = codes(old.replace(/SSL-Session:[\s\S]*/, ''));
    expect(bare.map((x) => x.code)).toEqual(['tool-tls-handshake-ok']);
    expect(bare[0].detail.en).toContain('Which TLS version it used this does not show');
    expect(bare[0].detail.ja).toContain('SSL-Session ブロック');
  });
  it('"Cipher is (NONE)" is still no handshake', () => {
    const failed = ['CONNECTED(00000003)', '140735:error:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:s3_pkt.c:1493:SSL alert number 70', '---', 'New, TLSv1/SSLv3, Cipher is (NONE)', '    Protocol  : TLSv1'].join('\n');
    expect(readPastedText(failed).observations.map((o) => o.code)).not.toContain('endpoint-accepts-tls10');
    expect(readPastedText(failed).observations.map((o) => o.code)).not.toContain('tool-tls-handshake-ok');
  });
  it('in a conversation: the mismatch with the release given (JA)', () => {
    const r = runIn('ja', ['TMS 15.2.1、レベルは Medium、エンドポイントは CE 9.15.3、Windows 2019、SQL 2016 は別サーバです', old]);
    expect(rendered(r)).toContain('エンドポイントは CE 9.15.3 とのことで、このバージョンは TLS 1.0 を拒否しますが');
  });
});

describe('FIX60F #3 (QA59 #11)', () => {
  it.each([
    'TMS 15.13 at Medium. After upgrading our SX80s to ce9.15.3 scheduled calls fail to launch',
    'We upgraded our SX80s to ce9.15.3 and now scheduled conferences do not start',
    'SX80 を ce9.15.3 に上げてから予定された会議が開始されません',
    'SX80 を ce9.15.3 に上げてから予定の会議が始まりません',
  ])('"scheduled calls" is no plan: CE 9.15.3 recorded: %s', (m) => {
    expect(extractFacts(m).facts.endpoint?.semver).toBe('9.15.3');
  });
  it('and the QA message asks no endpoint release', () => {
    const r = last(talk('TMS 15.13 at Medium. After upgrading our SX80s to ce9.15.3 scheduled calls fail to launch'));
    expect(questions(r)).not.toContain('need-endpoint-version');
  });
  it.each([
    'We have scheduled the SX80 upgrade to ce9.15.3',
    'The upgrade of the SX80s to ce9.15.3 is scheduled for Friday',
    'SX80s are scheduled to go to ce9.15.3',
    'SX80 を ce9.15.3 に上げる予定です',
  ])('a schedule is still a plan: %s', (m) => {
    expect(extractFacts(m).facts.endpoint).toBeUndefined();
  });

  const setup = 'TMS 15.13 at Medium, Win 2019, SQL 2019 remote. SX80s show No HTTPS response';
  it('a test turned away at TLS 1.0 and completed at TLS 1.2 settles it: the fix, no endpoint release asked', () => {
    const r = last(talk(setup, fixture('curl-tls10.txt'), fixture('sc-tls12-ok.txt')));
    expect(findings(r)).toContain('evidence-tool-tls10-refused');
    expect(findings(r)).toContain('tms-medium-tls10-only');
    expect(questions(r)).not.toContain('need-endpoint-version');
  });
  it('the TLS 1.0 refusal alone still asks it', () => {
    const r = last(talk(setup, fixture('curl-tls10.txt')));
    expect(questions(r)).toContain('need-endpoint-version');
  });

  it.each([
    'TMS 15.13 at Medium, Win 2019, SQL 2019 remote. Last night we upgraded the SX80s to ce9.15.3 and also replaced their certificates with new ones from our internal CA; now No HTTPS response',
    'TMS 15.13、レベルは Medium、Windows 2019、SQL 2019 は別サーバ。昨夜 SX80 を ce9.15.3 に上げて、証明書も社内 CA の新しいものに入れ替えました。No HTTPS response です',
  ])('new endpoint certificates the same night: one line (not validated at Medium; the revocation check): %s', (m) => {
    const r = last(talk(m));
    expect(findings(r)).toContain('certs-replaced');
    expect(findings(r)).toContain('tms-medium-tls10-only');
    const out = rendered(r);
    expect(out).toMatch(/Enable Certificate Revocation Check/);
    expect(out).toMatch(/At Medium TMS does not validate them|Medium の TMS は証明書を検証しません/);
  });
  it('at High the line says they are validated', () => {
    const r = last(talk('TMS 15.13 at High, Win 2019, SQL 2019 remote. Last night we upgraded the SX80s to ce9.15.3 and also replaced their certificates; now No HTTPS response'));
    expect(rendered(r)).toContain('At High, TMS validates the certificates of the systems it manages');
  });
  it.each([
    '証明書は変更していません',
    '証明書を入れ替える予定です',
    '証明書も入れ替えましたか？',
    '証明書を入れ替えたら直りますか？',
    'TMS サーバの証明書を更新しました',
    'we did not replace the certificates',
    'we will replace the certificates tomorrow',
    'should we replace the certificates?',
    'we renewed the TMS server certificate',
    'No new certificates were installed',
    'if we replaced the certificates would it help?',
    // (No managed system named: it may be the TMS server's own.)
    'we renewed the certificate in October',
    'the cert was also changed',
    '証明書も入れ替えました',
  ])('no replacement read: %s', (m) => {
    expect(readTlsClaims(m).certsReplaced).toBeUndefined();
  });
});

describe('FIX60F #4: a .NET exception\'s "remote server" is not SQL\'s place', () => {
  it.each([
    'TMS 15.13, SQL 2016, Medium. The remote server returned an error: (500) Internal Server Error',
    'SQL Server 2016 and the remote server returned an error: (401) Unauthorized',
    'TMS 15.13, SQL 2016, Medium. An existing connection was forcibly closed by the remote host',
    'TMS 15.13, SQL 2016, Medium. Authentication failed because the remote party has closed the transport stream',
    'TMS 15.13, SQL 2016. Unable to connect to the remote server',
    'TMS 15.13, SQL 2016. The remote name could not be resolved',
    'TMS 15.13、SQL 2016。リモート サーバーがエラーを返しました: (500) 内部サーバー エラー',
    'TMS 15.13、SQL 2016。リモート サーバーに接続できません。',
  ])('%s', (m) => {
    expect(extractFacts(m).facts.sqlLocation).toBeUndefined();
  });
  it.each([
    'TMS 15.13, SQL 2016 on a remote server',
    'TMS 15.13, SQL 2016 is on the remote server',
    'TMS 15.13、SQL 2016 はリモート サーバーです',
    'SQL 2016 remote. The remote server returned an error: (500)',
  ])('SQL said remote still is: %s', (m) => {
    expect(extractFacts(m).facts.sqlLocation).toBe('remote');
  });
});
