/**
 * Round 14, closings that did not close, or closed wrongly (QA report 14, B):
 * 9.  JA closings 「Medium-High にしたら動きました」「…全部緑になりました」「正常に動作しています」「動くようになりました」 close
 *     (not 「TMS の Web 画面は正常に動作しています」, 「SQL は正常に動作しています」: TMS's own parts).
 * 10. "it worked fine before the upgrade" is how it was then, not a closing: acknowledged as the problem's story.
 * 11. "10/10 came back", "all 10 came back" close; "7 came back, 3 still fail" is a partial success; 「7台復旧しました」
 *     (no total) and 「7/10 に復旧しました」 (a date, or 7 of 10) do not close: whether all are back is asked.
 * 12. "the TMS web UI works, only the endpoints are red" is not a partial success (the answer stands).
 */
import { rendered, runIn as run } from './helpers';
import { closingIn, normIntent } from '../../src/conversation/intents';
import { partialSuccessIn } from '../../src/conversation/partial-success';
import { backAndRestIn, failureScope } from '../../src/domain/understand/scope';
import { sideStatementIn } from '../../src/domain/understand/side-statement';


const P = 'TMS 15.2 on Windows Server 2016, local SQL 2016. Endpoints upgraded to CE 9.15 show No HTTPS response.';
const PJ = 'TMS 15.2、Windows Server 2016、SQL 2016 はローカルです。CE 9.15 にアップグレードした端末が No HTTPS response になります。';
const MH = 'Medium-High set and rebooted';
const MHJ = 'Medium-High に設定して再起動しました';
const CLOSED = /Good to hear it works now|直ってよかったです/;
const PARTIAL = /part of it works|一部は直った/;
const ASK_ALL = /cannot tell whether all of them are|全台が復旧したのか分かりません/;

describe('r14 #9: JA closings close', () => {
  it.each([
    'Medium-High にしたら動きました',
    'Medium-High にして IIS を再起動したら、全部緑になりました',
    'Medium-High に変更済みで、正常に動作しています',
    '再起動したら動くようになりました',
    // QA round 15 #6
    '正常に動作していることを確認しました。',
    '10台中10台が緑です',
  ])('%j', (msg) => {
    const r = run('ja', [PJ, msg]);
    expect(rendered(r)).toMatch(CLOSED);
    expect(rendered(r)).not.toMatch(/まだ判断できません|この情報で前の回答は変わりません/);
  });
  it('what was done is recorded with the closing', () => {
    expect(run('ja', [PJ, 'Medium-High にしたら動きました']).state.facts.level).toBe('medium-high');
  });
  it.each([
    ['Medium-High にしたら動きました', 'works'],
    ['動くようになりました', 'works'],
    ['全部緑になりました', 'works'],
    ['TMS の設定を変更したら、正常に動作しています', 'works'],
    ['changed to Medium-High and it works now', 'works'],
    ['it works now after a reboot', 'works'],
    // not closings: TMS's own parts, the others, a failure, a condition, the past
    ['SQL は正常に動作しています', null],
    ['TMS の Web 画面は正常に動作しています', null],
    ['他は正常に動作しています', null],
    ['動きませんでした', null],
    ['動いたら連絡します', null],
    ['アップグレード前は動いていました', null],
    ['以前は正常に動作していました', null],
    ['SQL が正常に動作していることを確認しました', null],
    ['10台中7台が緑です', null],
    ['正常に動作していることを確認しましたか？', null],
    ['Medium-High にしたら動きましたが、HDX はまだエラーです', null],
  ])('closingIn(%j) = %j', (msg, want) => {
    expect(closingIn(normIntent(msg))).toBe(want);
  });
});

describe('r14 #10: "worked before the upgrade" is not a closing', () => {
  it.each([
    ['en', P, 'it worked fine before the upgrade', /it worked before the upgrade.*TC 7\.3\.6 and later and CE 8\.1\.0 and later no longer accept TLS 1\.0/s],
    ['en', P, 'before the upgrade it worked', /it worked before the upgrade/],
    ['ja', PJ, 'アップグレード前は動いていました', /アップグレード前は動いていたとのことですね/],
  ] as const)('%s %j', (lang, setup, msg, said) => {
    const out = rendered(run(lang, [setup, msg]));
    expect(out).not.toMatch(CLOSED);
    expect(out).toMatch(said);
  });
  it.each([
    ['it worked fine before the upgrade', null],
    ['it worked yesterday', null],
    // it works now, as before: closes
    ['it worked before the upgrade and works again now', 'works'],
    ['everything is working, just like before the upgrade', 'works'],
    ['it worked!', 'works'],
  ])('closingIn(%j) = %j', (msg, want) => {
    expect(closingIn(normIntent(msg))).toBe(want);
  });
  it('"it works again now, like before the upgrade" is not the side statement', () => {
    expect(sideStatementIn('it worked before the upgrade and works again now')).toBeNull();
  });
});

describe('r14 #11: counts of the systems back', () => {
  it.each([
    ['en', [P, MH], '10/10 came back', CLOSED],
    ['en', [P, MH], 'all 10 came back', CLOSED],
    ['en', [P, MH], '10 of 10 are back', CLOSED],
    ['ja', [PJ, MHJ], '全10台復旧しました', CLOSED],
    ['ja', [PJ, MHJ], '10台中10台 OK です', CLOSED],
    ['en', [P, MH], '7 came back, 3 still fail', PARTIAL],
    ['en', [P, MH], '7/10 came back', PARTIAL],
    ['en', [P, MH], '7 endpoints are back but the other 3 still fail', PARTIAL],
    ['ja', [PJ, MHJ], '10台中7台が復旧しました', PARTIAL],
    ['ja', [PJ, MHJ], '7台復旧、3台はまだ失敗しています', PARTIAL],
    ['ja', [PJ, MHJ], '7台復旧しました', ASK_ALL],
    ['ja', [PJ, MHJ], '7/10 に復旧しました', ASK_ALL],
    ['en', [P, MH], '7 came back', ASK_ALL],
  ] as const)('%s %j', (lang, setup, msg, said) => {
    const out = rendered(run(lang, [...setup, msg]));
    expect(out).toMatch(said);
    if (said !== CLOSED) expect(out).not.toMatch(CLOSED);
  });
  it.each([
    ['7 came back, 3 still fail', [7, 3]],
    ['7台復旧、3台はまだ失敗しています', [7, 3]],
    ['3 TMS services came back, 1 still fails', null],
    ['7 of 10 came back', null],
  ])('backAndRestIn(%j)', (msg, want) => {
    expect(backAndRestIn(msg)).toEqual(want);
  });
  it.each(['all services came back', '3 of 4 TMS services came back', 'came back on 7/10', '10/10 に復旧しました', '7台復旧しました'])(
    'does not close: %j',
    (msg) => {
      expect(closingIn(normIntent(msg))).toBeNull();
    },
  );
  it('"7 came back, 3 still fail" says some fail', () => {
    expect(failureScope('7 came back, 3 still fail')).toBe('some');
  });
});

describe('r14 #12: TMS\'s own parts working are not a partial success', () => {
  it('"the TMS web UI works, only the endpoints are red": the answer stands', () => {
    const out = rendered(run('en', [P, 'the TMS web UI works, only the endpoints are red']));
    expect(out).not.toMatch(PARTIAL);
    expect(out).not.toMatch(/TMS side of the fix took effect/);
    expect(out).not.toMatch(CLOSED);
  });
  it.each([
    ['the TMS web UI works, only the endpoints are red', false],
    ['the portal is fine, just the codecs fail', false],
    ['TMS の Web 画面は動いていますが、エンドポイントだけ直っていません', false],
    // still partial: the systems named
    ['works for the SX80s but not the HDX', true],
    ['it works now for the Cisco ones', true],
    ['only the SX80s work', true],
  ])('partialSuccessIn(%j) = %j', (msg, want) => {
    expect(partialSuccessIn(msg)).toBe(want);
  });
});

describe('r14 nearby: systems counted back are not the error back; JA 動きましたが… is a partial success', () => {
  it.each([
    ['en', [P, MH], '7 of 10 are back but 3 still show No HTTPS response', PARTIAL],
    ['en', [P, MH], '7 came back, 3 still show No HTTPS response', PARTIAL],
    ['ja', [PJ], 'Medium-High にしたら動きましたが、HDX はまだエラーです', /一部は直った.*残っている Polycom HDX/s],
    ['ja', [PJ], 'Medium-High にしたら動きましたが、3台はまだ失敗しています', PARTIAL],
    ['ja', [PJ], '一部の設定を変えたら動きました', CLOSED],
    ['ja', [PJ], '再起動だけで動きました', CLOSED],
  ] as const)('%s %j', (lang, setup, msg, said) => {
    const out = rendered(run(lang, [...setup, msg]));
    expect(out).toMatch(said);
    expect(out).not.toMatch(/Reopened|再発：/);
    if (said !== CLOSED) expect(out).not.toMatch(CLOSED);
  });
  it.each([
    'after the restart 2 endpoints are back to No HTTPS response',
    'No HTTPS response came back on 3 of 40 after the failover',
    'the error is back on 2 of 10 after the reboot',
  ])('still a reopen: %j', (msg) => {
    expect(rendered(run('en', [P, MH, 'it works now', msg]))).toMatch(/Reopened/);
  });
});
