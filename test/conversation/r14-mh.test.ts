/**
 * Round 14, at Medium-High and side statements:
 * 15. "the MXPs fail with No HTTPS response, they are managed over HTTPS" after "Medium-High set and rebooted": not the
 *     Medium cause again, not the Telnet/SNMP caveat: TMS offers TLS 1.2, what to check on those systems.
 * 20. "cert revocation check is off" / 「証明書失効チェックは無効です」 acknowledged; "the ones still failing are SX80s" at
 *     Medium-High gives the still-failing checks (not "does not change"); 「レジストリの値を修正しました」 is the keys changed.
 */
import { rendered, runIn as run } from './helpers';
import { sideStatementIn } from '../../src/domain/understand/side-statement';
import { readTlsClaims } from '../../src/domain/understand/tls-claims';


const P = 'TMS 15.2 on Windows Server 2016, local SQL 2016. Endpoints upgraded to CE 9.15 show No HTTPS response.';
const PJ = 'TMS 15.2、Windows Server 2016、SQL 2016 はローカルです。CE 9.15 にアップグレードした端末が No HTTPS response になります。';
const MH = [P, 'Medium-High set and rebooted'];
const MHJ = [PJ, 'Medium-High に変更して保存し、再起動しました'];
const MEDIUM_CAUSE = /speaks only TLS 1\.0: this is the cause|TLS 1\.0 しか使いません/;
const TELNET_CAVEAT = /Check before the change whether any managed system depends on Telnet|known trade-off of Medium-High|既知のトレードオフで/;
const NOT_CHANGED = /That does not change my previous answer|この情報で前の回答は変わりません/;

describe('r14 #15: HTTPS-managed systems still failing at Medium-High', () => {
  it.each([
    ['en', MH, 'the MXPs fail with No HTTPS response, they are managed over HTTPS', /Tandberg MXP systems still fail, and TMS manages them over HTTPS\. At Medium-High TMS offers TLS 1\.2.*my sources do not settle that for Tandberg MXP.*-tls1_2.*cipher suites.*certificate/s],
    ['en', ['TMS 15.9, Windows 2019, SQL 2016 local, CE 9.15, level is Medium-High'], 'our HDX units still fail and we manage them over HTTPS', /Polycom HDX systems still fail.*At Medium-High TMS offers TLS 1\.2/s],
    ['en', ['TMS 15.9, Windows 2019, SQL 2016 local, CE 9.15, level is High'], 'the MXPs still fail, they are managed over HTTPS', /At High TMS offers TLS 1\.2/],
    ['ja', MHJ, 'MXP は HTTPS で管理していますが、No HTTPS response のままです', /Tandberg MXP はまだ失敗していて、TMS は HTTPS で管理している.*TLS 1\.2 を提示する.*トレードオフも当てはまりません.*資料では確認できない/s],
  ] as const)('%s %j', (lang, before, msg, said) => {
    const out = rendered(run(lang, [...before, msg]));
    expect(out).toMatch(said);
    expect(out).not.toMatch(MEDIUM_CAUSE);
    expect(out).not.toMatch(TELNET_CAVEAT);
  });

  it.each([
    // Managed over Telnet/SNMP (or how is not said): the level's trade-off, as before.
    ['en', MH, 'the ones still failing are MXPs', /TMS manages such systems over Telnet or SNMP/],
    // Before Medium-High: the fix, with the Telnet/SNMP caveat (nothing of this reading).
    ['en', [P], 'we also have MXPs, managed over HTTPS, they fail too', MEDIUM_CAUSE],
  ] as const)('not this reading: %s %j', (lang, before, msg, said) => {
    const out = rendered(run(lang, [...before, msg]));
    expect(out).toMatch(said);
    expect(out).not.toMatch(/TMS manages them over HTTPS\. At/);
  });
});

describe('r14 #20b: TC/CE models still failing at Medium-High', () => {
  it.each([
    ['en', MH, 'the ones still failing are SX80s', /the ones still failing are SX80 systems\. They run TC or CE software.*every TC and CE release accepts TLS 1\.2.*If TLS 1\.2 is offered and it still fails.*MinimumTLSVersion.*Schannel/s],
    ['en', ['TMS 15.9, Windows 2019, SQL 2016 local, CE 9.15, level is High'], 'the MX700s still show No HTTPS response', /MX700 systems.*At High, TMS also validates their certificates/s],
    ['ja', MHJ, 'まだ失敗しているのは SX80 です', /まだ失敗しているのは SX80 とのことですね.*TC と CE はどのリリースも TLS 1\.2 を受け付けます.*TLS 1\.2 を提示しても失敗する場合/s],
  ] as const)('%s %j', (lang, before, msg, said) => {
    const out = rendered(run(lang, [...before, msg]));
    expect(out).toMatch(said);
    expect(out).not.toMatch(NOT_CHANGED);
    expect(out).not.toMatch(MEDIUM_CAUSE);
  });

  it('a model named without a failure at Medium-High is not this reading', () => {
    const out = rendered(run('en', [...MH, 'we have SX80s']));
    expect(out).not.toMatch(/They run TC or CE software/);
  });
});

describe('r14 #20a: revocation check said off', () => {
  it.each([
    ['cert revocation check is off', 'crl-check-off'],
    ['we disabled the CRL check', 'crl-check-off'],
    ['revocation checking is disabled in TMS Tools', 'crl-check-off'],
    ['証明書失効チェックは無効です', 'crl-check-off'],
    ['失効チェックは有効になっていません', 'crl-check-off'],
    ['失効確認はオフにしています', 'crl-check-off'],
    ['the revocation check is off I think', null],
    ['is the revocation check off?', null],
    ['Certificate revocation check is enabled in TMS Tools', 'crl-check-on'],
    ['失効チェックは有効です', 'crl-check-on'],
  ] as const)('reader %j → %s', (msg, want) => {
    expect(sideStatementIn(msg)).toBe(want);
  });

  it.each([
    ['en', [P], 'cert revocation check is off', /"Enable Certificate Revocation Check" is off in TMS Tools.*not what blocks HTTPS/s],
    ['en', [P], 'revocation checking is not enabled', /"Enable Certificate Revocation Check" is off in TMS Tools/],
    ['en', [P], 'CRL checking is disabled', /"Enable Certificate Revocation Check" is off in TMS Tools/],
    ['ja', [PJ], '証明書失効チェックは無効です', /\[Enable Certificate Revocation Check\] は無効とのことですね.*妨げているわけではない/s],
  ] as const)('%s %j: acknowledged, nothing recorded', (lang, before, msg, said) => {
    const prev = run(lang, before);
    const r = run(lang, [...before, msg]);
    const out = rendered(r);
    expect(out).toMatch(said);
    expect(out).not.toMatch(/could not find a version|読み取れませんでした/);
    expect(r.state.facts).toEqual(prev.state.facts);
  });
});

it.each(['checking', 'still checking the level', 'let me check'])('"%s" still asks for time', (msg) => {
  expect(rendered(run('en', [P, msg]))).toMatch(/Take your time/);
});

describe('r14 #20c: 「レジストリの値を修正しました」 is the keys changed', () => {
  it.each(['レジストリの値を修正しました', 'キーの値を変更しました', 'レジストリを修正しました'])('reader %j', (msg) => {
    expect(readTlsClaims(msg)).toMatchObject({ keysChanged: true, tls12: 'on' });
  });
  it.each(['レジストリの値を修正しましたか？', 'レジストリの値は修正していません'])('not a report: %j', (msg) => {
    expect(readTlsClaims(msg)?.keysChanged).toBeUndefined();
  });
  it('after the first answer: understood (like "fixed the values")', () => {
    const r = run('ja', [PJ, 'レジストリの値を修正しました']);
    expect(rendered(r)).not.toMatch(/読み取れませんでした/);
    expect(r.state.facts.tlsClaims).toMatchObject({ keysChanged: true, tls12: 'on' });
  });
});
