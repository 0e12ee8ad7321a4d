/**
 * FIX18B: status reports and corrections left from QA40/QA42.
 * QA42 #3  "set Medium-High and rebooted. Nothing is back except the 2 MXPs." as a later turn: the level, the reboot and the
 *          MXPs are stored, and the MXPs still answering at Medium-High points at the level not being in effect.
 * QA42 #4a "done on node 1 and rebooted it; node 2 not yet. 3 still failing": the other node still needs the change.
 * 「完了：…」/「実施済み：…」 lists reach the status-report reader (as "Done: …" does); a reboot listed in one is recorded.
 * QA40 #7b "Some DX80 show No HTTPS response, the working ones are on CE 8.0.": CE 8.0 is the working units' release, not the
 *          failing ones': their release is asked, TLS 1.0 is not ruled out.
 * QA40 #7e "The C40 works, it is on CE 9.15 too": a same-release unit working is flagged at Medium.
 */
import { runIn } from './helpers';
import { rendered } from './helpers';
import { doneStillFailingIn } from '../../src/conversation/done-still-failing';
import { sameReleaseWorksIn } from '../../src/domain/understand/same-release-works';

const T = 'TMS 15.2.1 on Windows Server 2019, remote SQL 2017. 12 CE 9.15 endpoints fail with No HTTPS response, level Medium.';
const T_JA = 'TMS 15.2.1、Windows Server 2019、SQLは別サーバーの2017です。CE 9.15 の機器12台で No HTTPS response、レベルは Medium です。';
const T8 = 'TMS 15.9 on Windows Server 2008 R2, local SQL 2008 R2 SP3. 12 CE 9.15 endpoints fail with No HTTPS response, level Medium.';
const J8 = 'TMS 15.9、Windows Server 2008 R2、SQL 2008 R2 SP3 は同じサーバです。CE 9.15 の12台で No HTTPS response、レベルは Medium です。';

describe('QA42 #3: only the Telnet systems answering at Medium-High', () => {
  it.each([
    ['en', [T, 'set Medium-High and rebooted. Nothing is back except the 2 MXPs.']],
    ['en', [T, 'set Medium-High and rebooted.', 'Nothing is back except the 2 MXPs.']],
    ['ja', [T_JA, 'Medium-High にして再起動しました。MXP以外はどれも戻っていません。']],
  ] as const)('%s %j', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    expect(r.state.facts.telnetSystems).toEqual(['Tandberg MXP']);
    const out = rendered(r);
    // The level is what to check first, because Medium-High turns Telnet off; not "did you save / reboot?" again.
    expect(out).toMatch(lang === 'ja' ? /まずレベルを疑って/ : /points at the level first/);
    expect(out).toMatch(/Telnet/);
    expect(out).not.toMatch(lang === 'ja' ? /再起動したか/ : /were IIS and the TMS services restarted afterwards, or the server rebooted/);
  });
  it('without a reboot said, the restart is among the checks', () => {
    const out = rendered(runIn('en', [T, 'set Medium-High. Nothing is back except the 2 MXPs.']));
    expect(out).toMatch(/points at the level first/);
    expect(out).toMatch(/restarted afterwards/);
  });
  it.each([
    ['en', [T, 'Nothing is back except the 2 MXPs.']],
    ['en', [T, 'set Medium-High and rebooted. Nothing is back except the 2 SX80s.']],
    ['en', [T, 'set Medium-High and rebooted. Everything is back except the 2 MXPs.']],
    ['ja', [T_JA, 'MXP以外はどれも戻っていません。']],
    ['ja', [T_JA, 'Medium-High にして再起動しました。MXP以外はすべて戻りました。']],
  ] as const)('not this: %s %j', (lang, msgs) => {
    expect(rendered(runIn(lang, msgs))).not.toMatch(/points at the level first|まずレベルを疑って/);
  });
});

describe('QA42 #4a: one node of a redundant TMS done, the other not yet', () => {
  it.each([
    ['en', T8, 'done on node 1 and rebooted it; node 2 not yet. 3 still failing'],
    ['en', T8, 'done on node 1 and rebooted it; the other node is not done yet. 3 still failing'],
    ['ja', J8, '1号機で対応完了しました。再起動もしました。2号機はまだです。まだ3台失敗しています'],
  ] as const)('%s %s', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    const out = rendered(r);
    expect(out).toMatch(lang === 'ja' ? /もう一方のノードにも同じ変更/ : /the other node still needs the same change/);
    expect(out).toMatch(lang === 'ja' ? /フェイルオーバー/ : /failover/);
  });
  it.each([
    ['en', T8, 'done, rebooted, still 3 failing'],
    ['en', T8, 'done on node 1 and node 2, rebooted both. 3 still failing'],
    ['ja', J8, '対応完了しました。再起動もしました。まだ3台失敗しています'],
  ] as const)('no other node said left: %s %s', (lang, setup, msg) => {
    expect(rendered(runIn(lang, [setup, msg]))).not.toMatch(/the other node still needs|もう一方のノードにも同じ変更/);
  });
});

describe('「完了：…」「実施済み：…」 lists and a listed reboot', () => {
  it.each([
    ['完了：キー、Medium-High、再起動。まだ3台失敗しています', { keys: true, level: true }, true],
    ['完了：Medium-High＋再起動。まだ12台NG', { keys: false, level: true }, true],
    ['実施済み：キーと Medium-High。まだ3台NGです', { keys: true, level: true }, false],
    ['Done: keys, Medium-High, reboot. Still 3 failing', { keys: true, level: true }, true],
  ])('%s', (msg, named, rebooted) => {
    const d = doneStillFailingIn(msg);
    expect(d?.named).toEqual(named);
    expect(d?.rebooted).toBe(rebooted);
  });
  it.each([
    'Done: keys, Medium-High, rebooted the endpoints. Still 3 failing',
    'Done: keys, Medium-High, reboot pending. Still 3 failing',
    '完了：キー、Medium-High、エンドポイントの再起動。まだ3台失敗',
    '完了：キー、Medium-High、再起動はまだ。まだ3台失敗',
  ])('no server reboot recorded: %s', (msg) => {
    expect(doneStillFailingIn(msg)?.rebooted ?? false).toBe(false);
  });
  it('JA list on 2008 R2: the keys, the level and the reboot are recorded (only those)', () => {
    const r = runIn('ja', [J8, '完了：キー、Medium-High、再起動。まだ3台失敗しています']);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims).toMatchObject({ keysChanged: true, restarted: true, stillFailing: 3 });
    expect(rendered(r)).toMatch(/次のとおり記録しました/);
  });
  it('JA list without the keys records no keys', () => {
    const r = runIn('ja', ['TMS 15.9、Windows Server 2019、SQLは別サーバ。CE 9.15 の12台で No HTTPS response、レベルは Medium です。', '完了：Medium-High と再起動。まだ3台NGです']);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.keysChanged).toBeUndefined();
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
  });
  it.each(['完了：Medium-High にする予定です。まだ3台失敗', '完了したら連絡します。まだ失敗しています'])('not a report: %s', (msg) => {
    expect(doneStillFailingIn(msg)).toBeNull();
  });
});

describe('QA40 #7b: the release of the working units is not the failing units', () => {
  it.each([
    ['en', 'TMS 15.9 Medium, Win 2019, remote SQL. Some DX80 show No HTTPS response, the working ones are on CE 8.0.'],
    ['en', 'TMS 15.9 Medium, Win 2019, remote SQL. Some DX80 show No HTTPS response; the ones that work run CE 8.0'],
    ['ja', 'TMS 15.9（Medium）、Windows 2019、SQLは別サーバ。一部のDX80で No HTTPS response、正常なものは CE 8.0 です。'],
  ] as const)('%s %s', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.endpoint).toBeUndefined();
    const out = rendered(r);
    expect(out).not.toMatch(/not the TLS 1\.0 problem|TLS 1\.0 の問題ではありません/);
    expect(out).toMatch(lang === 'ja' ? /影響を受けているエンドポイントのソフトウェアバージョン/ : /Which software version do the affected endpoints run/);
  });
  it.each([
    ['en', 'TMS 15.9 Medium, Win 2019, remote SQL. Some DX80 on CE 8.0 show No HTTPS response.'],
    ['en', 'TMS 15.9 Medium, Win 2019, remote SQL. DX80s on CE 9.15 fail, the working ones are on CE 8.0.'],
    ['ja', 'TMS 15.9（Medium）、Windows 2019、SQLは別サーバ。CE 8.0 の DX80 で No HTTPS response。'],
  ] as const)('a failing release is still read: %s %s', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.endpoint).toBeDefined();
  });
});

describe('QA40 #7e: a unit on the same release working', () => {
  it.each([
    ['en', 'The C40 works, it is on CE 9.15 too'],
    ['en', "the MX300 is fine and it's also on CE 9.15"],
    ['ja', 'C40 は正常で、これも CE 9.15 です'],
  ] as const)('%s %s', (_, msg) => {
    expect(sameReleaseWorksIn(msg)).toBe(true);
  });
  it('flags it at Medium', () => {
    const r = runIn('en', ['TMS 15.9 Medium, Win 2019, remote SQL. Our Room Kits on CE 9.15 fail with No HTTPS response.', 'The C40 works, it is on CE 9.15 too']);
    expect(rendered(r)).toMatch(/Systems on the same release work/);
  });
  it.each(['The C40 does not work, it is on CE 9.15 too', 'It works in Chrome, it is on CE 9.15 too', 'the C40 works too, it is on TC 7.3.3', 'C40 は正常ではなく、これも CE 9.15 です'])(
    'not this: %s',
    (msg) => {
      expect(sameReleaseWorksIn(msg)).toBe(false);
    },
  );
});
