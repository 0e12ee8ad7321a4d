/**
 * QA59 #2: another error TMS names ("Unable to connect", "Connection timed out", "Connection refused", "SSL certificate
 * validation failed", "Booking failed", "Call failed", "Not reachable", "TMS Connection Error", 「接続できません」
 * 「タイムアウト」「証明書の検証に失敗」「予約に失敗」「発信に失敗」) is not this problem's symptom (knowledge.md §Symptom:
 * "No HTTPS response" in Systems > Navigator): "cannot tell", what the words point to, no fix. Plain descriptions
 * ("TMS can't connect to them"), tools' output, SQL's errors and denied/asked ones are not read.
 */
import { symptomIn } from '../../src/domain/understand/symptom';
import { runIn, runText } from './helpers';

const EN = 'TMS 15.13 at Medium, Win 2019, SQL 2019 remote. After upgrading our SX80s to ce9.15.3 TMS shows';
const JA = 'TMS 15.13 (Medium)、Windows 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げたら TMS で';
const NO_FIX_EN = /This is the TLS 1\.0 problem: here is the fix/;
const NO_FIX_JA = /TLS 1\.0 の問題です（対処方法は以下のとおり）/;

describe('QA59 #2: another TMS error named → not shown to be this problem', () => {
  it.each([
    [`${EN} 'Unable to connect'`, 'unable-to-connect', /network first|Test-NetConnection HOST -Port 443/],
    [`${EN} 'Connection timed out'`, 'connection-timed-out', /TCP connection to port 443 does succeed/],
    [`${EN} 'Connection refused'`, 'connection-refused', /HTTP Mode[\s\S]*capture on the TMS server settles it/],
    [`${EN} 'SSL certificate validation failed'`, 'certificate-validation', /High level[\s\S]*Enable Certificate Revocation Check/],
    [`${EN} 'Booking failed'`, 'booking-failed', /status word for word/],
    [`${EN} 'Call failed'`, 'call-failed', /status word for word/],
    [`${EN} 'Not reachable'`, 'not-reachable', /Test-NetConnection HOST -Port 443/],
    [`${EN} 'TMS Connection Error'`, 'tms-connection-error', /a ticket TMS raises/],
  ])('%j', (msg, id, check) => {
    const { text, state } = runText('en', [msg]);
    expect(state.facts.otherSymptom).toBe(id);
    expect(text).toMatch(/Not shown to be the TLS 1\.0 problem/);
    expect(text).toMatch(/No HTTPS response/);
    expect(text).toMatch(check);
    expect(text).not.toMatch(NO_FIX_EN);
    expect(text).not.toMatch(/Set Communication Security to Medium-High in TMS Tools/);
  });

  it.each([
    [`${JA} 接続できません と表示されます`, 'unable-to-connect', /まずネットワーク/],
    [`${JA} 接続タイムアウトになります`, 'connection-timed-out', /まずネットワーク/],
    [`${JA} 証明書の検証に失敗しました と出ます`, 'certificate-validation', /Enable Certificate Revocation Check/],
    [`${JA} 予約に失敗します`, 'booking-failed', /文字どおり確認/],
    [`${JA} 発信に失敗します`, 'call-failed', /文字どおり確認/],
  ])('%j', (msg, id, check) => {
    const { text, state } = runText('ja', [msg]);
    expect(state.facts.otherSymptom).toBe(id);
    expect(text).toMatch(/TLS 1\.0 の問題とは言えません/);
    expect(text).toMatch(check);
    expect(text).not.toMatch(NO_FIX_JA);
  });
});

describe('QA59 #2: what stays unread', () => {
  it.each([
    // A description, not a label: this problem as much as any other.
    'TMS 15.13 at Medium. After upgrading our SX80s to ce9.15.3 TMS can\'t connect to them',
    'TMS 15.13 at Medium. SX80s on ce9.15.3 are not reachable from TMS',
    'TMS 15.13 (Medium)。SX80 を ce9.15.3 に上げてから TMS から接続できません',
    // "No HTTPS response" said wins.
    'TMS 15.13 at Medium. SX80s on ce9.15.3 show No HTTPS response and bookings fail',
    'TMS 15.13 at Medium. SX80 ce9.15.3 shows No HTTPS response, not Connection timed out',
    // A tool's output or SQL's error: read elsewhere.
    'TMS 15.13 at Medium. SX80 ce9.15.3. curl says Connection refused',
    'TMS 15.13 at Medium. System.Net.WebException: Unable to connect to the remote server',
    'TMS 15.13 at Medium. The SQL connection timed out yesterday but that is fixed',
    'TMS 15.13、SQL のログインが接続タイムアウトになります',
    // A database client's own error (not TMS's status of a system).
    'Connection terminated due to connection timeout',
    // Denied, asked, planned.
    'it is not Connection timed out, the SX80 just shows nothing',
    'will calls fail while I reboot the TMS server?',
    'if the booking failed, what then?',
    // The level's trade-off.
    'Medium-High にしたら HDX で Security violation: Telnet communication is not allowed と TMS Connection Error が出ます',
  ])('%j records no other symptom', (msg) => {
    expect(symptomIn(msg).other).toBeUndefined();
  });

  it('a description of failure keeps the answer for the versions (no "another symptom")', () => {
    const r = runIn('en', ['TMS 15.13 at Medium, Win 2019, SQL 2019 remote. After upgrading our SX80s to ce9.15.3 TMS can\'t connect to them']);
    expect(r.state.facts.otherSymptom).toBeUndefined();
  });
});

describe('QA59 #2: versions and no symptom ever said → "most likely, if TMS shows No HTTPS response"', () => {
  const NONE_EN = 'TMS 15.13 at Medium, Win 2019, SQL 2019 remote. We upgraded our SX80s to ce9.15.3';
  const NONE_JA = 'TMS 15.13 (Medium)、Windows 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げました';

  it('EN: the first answer is conditional, and says what to check', () => {
    const { text } = runText('en', [NONE_EN]);
    expect(text).toMatch(/Most likely the TLS 1\.0 problem, if TMS shows/);
    expect(text).toMatch(/You did not say which error TMS shows/);
    expect(text).not.toMatch(NO_FIX_EN);
  });
  it('JA: the first answer is conditional, and says what to check', () => {
    const { text } = runText('ja', [NONE_JA]);
    expect(text).toMatch(/TMS の表示が「No HTTPS response」なら、TLS 1\.0 の問題の可能性が高いです/);
    expect(text).toMatch(/TMS にどのエラーが表示されているかは伺っていません/);
    expect(text).not.toMatch(NO_FIX_JA);
  });
  it('the symptom said in the first turn, versions later: the verdict stays flat', () => {
    const { text } = runText('en', ['No HTTPS response after the upgrade', 'TMS 15.13 at Medium, Win 2019, SQL 2019 remote, SX80s on ce9.15.3']);
    expect(text).toMatch(NO_FIX_EN);
    expect(text).not.toMatch(/You did not say which error TMS shows/);
  });
  it.each([
    ['en', [NONE_EN, 'yes, Navigator shows No HTTPS response'], /that settles it: this is the TLS 1\.0 problem/],
    ['ja', [NONE_JA, 'はい、No HTTPS response と表示されています'], /これで TLS 1\.0 の問題だと言えます/],
  ] as const)('%s: the symptom confirmed next settles it', (lang, msgs, re) => {
    const r = runIn(lang, [...msgs]);
    expect(r.route).not.toBe('not-understood');
    expect(runText(lang, [...msgs]).text).toMatch(re);
  });
  it('the Slack summary headline says the same', () => {
    const r = runIn('en', [NONE_EN]);
    expect(r.replies[0]!.summary?.headline).toMatch(/Most likely the TLS 1\.0 problem, if TMS shows/);
  });
});
