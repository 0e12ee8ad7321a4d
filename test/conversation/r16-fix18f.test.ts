/**
 * FIX18F: the same status report read the same way in EN and JA (QA44 #5), and the MXPs kept at Medium (QA42 #3 side note).
 * QA44 #5  "Done (keys checked, Medium-High, IIS and TMS services restarted). Still failing." and its JA forms
 *          「対応しました（キー確認済み、…、IIS と TMS サービス再起動）。まだ失敗します」「キーを確認し、Medium-High にして、…を再起動
 *          しました。まだ失敗します」 (and the EN step-by-step form): the keys checked, Medium-High and the restart are stored, and the
 *          answer is the still-failing one (capture, then the checks), not a plan asking for the restart again. "keys checked" is
 *          the keys found present, not created (on 2008 R2, where the step is to create them, too).
 * QA42 #3  "nothing works except the MXPs" / 「MXP以外は全部ダメです」 still at Medium: the MXPs are stored as Telnet systems, no
 *          level or step recorded.
 */
import { runIn, rendered } from './helpers';
import { doneStillFailingIn } from '../../src/conversation/done-still-failing';

const K = 'TMS 15.9, Windows Server 2016, SQL 2014 SP2 local, Medium. Room Kit on CE 9.15 shows No HTTPS response.';
const K_JA = 'TMS 15.9、Windows Server 2016、SQL 2014 SP2 はローカル、Medium。CE 9.15 の Room Kit が No HTTPS response。';
const A = 'TMS 15.9 on Windows Server 2008 R2 with local SQL 2008 R2 SP3, Medium. SX80 on TC7.3.6 shows No HTTPS response.';
const A_JA = 'TMS 15.9、Windows Server 2008 R2、SQL 2008 R2 SP3 は TMS サーバ上、Medium。SX80 TC7.3.6 で No HTTPS response。';
const JA_BRACKET = '対応しました（キー確認済み、Medium-High、IIS と TMS サービス再起動）。まだ失敗します';
const JA_SEQ = 'キーを確認し、Medium-High にして、IIS と TMS サービスを再起動しました。まだ失敗します';
const EN_SEQ = 'I checked the keys, set Medium-High and restarted IIS and the TMS services. Still failing.';

describe('QA44 #5: "done (keys checked, Medium-High, restarted), still failing" in both languages', () => {
  it.each([
    ['ja', K_JA, JA_BRACKET],
    ['ja', K_JA, JA_SEQ],
    ['ja', K_JA, 'キーを確認し、Medium-High に変更して再起動しました。まだ失敗します'],
    ['en', K, EN_SEQ],
  ] as const)('%s %s', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.tls12).toBe('on');
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    expect(r.state.facts.tlsClaims?.keysChanged).not.toBe(true);
    const out = rendered(r);
    // The still-failing answer (the note, then the capture that tells the cases apart), as EN gives: no plan asking again.
    expect(out).toMatch(lang === 'ja' ? /次のとおり記録しました/ : /Noted as done/);
    expect(out).toMatch(lang === 'ja' ? /解決せず申し訳ありません/ : /Sorry it still fails/);
    expect(out).not.toMatch(/まだ判断できません|Not settled yet/);
    expect(out).not.toMatch(/IIS と TMS サービスを再起動する|Restart IIS and the TMS services/);
  });

  it('the EN and JA answers store the same facts', () => {
    const en = runIn('en', [K, 'Done (keys checked, Medium-High, IIS and TMS services restarted). Still failing.']).state.facts;
    for (const msg of [JA_BRACKET, JA_SEQ]) {
      const ja = runIn('ja', [K_JA, msg]).state.facts;
      expect({ level: ja.level, ...ja.tlsClaims }).toEqual({ level: en.level, ...en.tlsClaims });
    }
  });

  it.each([
    ['en', A, 'Done (keys checked, Medium-High, IIS and TMS services restarted). Still failing.'],
    ['en', A, EN_SEQ],
    ['ja', A_JA, JA_BRACKET],
    ['ja', A_JA, JA_SEQ],
  ] as const)('on 2008 R2 "keys checked" is the keys found present, not created: %s %s', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(false);
    const out = rendered(r);
    expect(out).toMatch(lang === 'ja' ? /キーは既にあった/ : /keys were already there/);
    expect(out).not.toMatch(/keys are created|キーを作成済み/);
  });

  it('keys said created are still recorded as created', () => {
    const r = runIn('en', [A, 'Created the keys, set Medium-High, rebooted. Still failing.']);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
  });

  it.each([
    'I will check the keys, set Medium-High and restart. Still failing?',
    'If I check the keys and set Medium-High, will it still fail?',
    'I checked the keys on the lab server, set Medium-High and rebooted. Still failing.',
    'キーを確認して、Medium-High にしたらまだ失敗しますか',
    'キーを確認し、Medium-High にする予定です。まだ失敗しています',
    'キーを確認し、Medium-High にしないでまだ失敗します',
    '対応してください。まだ失敗します',
    '対応しました（キー確認済み、Medium-High、IIS と TMS サービス再起動）。まだ失敗しますか',
    '検証環境で対応しました（キー確認済み、Medium-High、IIS と TMS サービス再起動）。まだ失敗します',
  ])('not a report of this server: %s', (msg) => {
    expect(doneStillFailingIn(msg)).toBeNull();
  });

  it('the step-by-step form with systems back is a partial success, read as before', () => {
    expect(doneStillFailingIn('added the registry keys, set Medium-High, rebooted. 8 of 10 SX20s green, 2 still red')).toBeNull();
    expect(doneStillFailingIn('Ok, I checked the keys, set Medium-High and rebooted. Still not working.')?.rebooted).toBe(true);
  });

  it.each([
    '対応しました（キー確認済み、Medium-High、再起動は今夜の予定）。まだ失敗します',
    'Done (keys checked, Medium-High, reboot tonight). Still failing.',
  ])('a restart still to come is not a restart done: %s', (msg) => {
    const said = doneStillFailingIn(msg);
    expect(said?.rebooted).toBe(false);
    expect(said?.rebootPending).toBe(true);
  });
});

describe('QA42 #3 side note: "nothing works except the MXPs" still at Medium', () => {
  const T = 'TMS 15.2.1 on Windows Server 2019, remote SQL 2017. 12 CE 9.15 endpoints fail with No HTTPS response, level Medium.';
  const T_JA = 'TMS 15.2.1、Windows Server 2019、SQLは別サーバーの2017です。CE 9.15 の機器12台で No HTTPS response、レベルは Medium です。';
  it.each([
    ['en', T, 'nothing works except the MXPs'],
    ['en', T, 'Nothing works except the 2 MXPs.'],
    ['ja', T_JA, 'MXP以外は全部ダメです'],
  ] as const)('%s %s', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.telnetSystems).toEqual(['Tandberg MXP']);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
    expect(rendered(r)).toMatch(/Telnet/);
  });
  it('a system that is no Telnet system stores none', () => {
    expect(runIn('en', [T, 'nothing works except the SX80s']).state.facts.telnetSystems).toBeUndefined();
  });
});
