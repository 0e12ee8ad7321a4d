/**
 * REV23 #7, #8 (FIX23C): regressions of the REV22 level readers.
 * - #7: "Medium-High didn't apply to the TMS, Save gave an error": an error on Save (or the page still at the old level) beside "didn't
 *   apply" is a save that failed, and "apply to the TMS / the server" is the TMS itself; the level is not kept. "didn't apply to the
 *   endpoints, they still fail" is still the fix failing after the change (the level kept).
 * - #8: "we set Medium-High but the other node doesn't work either" with a question still open (SQL Server unknown): the level is
 *   read as usual and the per-node note is kept; with the level already recorded, the per-node answer.
 */
import { rendered, runIn } from './helpers';
import type { TurnResult } from '../../src/conversation/types';

const EN = 'TMS 15.13, SQL Server 2016 on a separate server, Windows Server 2012 R2, endpoints CE 9.15';
const JA = 'TMS 15.13、SQL Server 2016 は別サーバー、Windows Server 2012 R2、エンドポイントは CE 9.15 です';
const SET_EN = 'we set Medium-High and restarted the services';
const SET_JA = 'Medium-High にしてサービスを再起動しました';
const NOT_SAVED = /not saved yet|did not save, so I have not recorded it|まだ保存されていない|保存されていないため、記録していません/;
const PER_NODE = /change is needed on each node|ノードごとに変更が必要です/;
const SQL_ASKED = /Which SQL Server version does TMS use|SQL Server のバージョンと/;

const lvl = (r: TurnResult): string | undefined => r.state.facts.level;
const flat = (r: TurnResult): string => rendered(r).replace(/\s+/g, ' ');

describe('REV23 #7: a save error beside "didn\'t apply" is a save that failed', () => {
  it.each([
    ['en', EN, SET_EN, "Medium-High didn't apply to the TMS, Save gave an error"],
    ['en', EN, SET_EN, "Medium-High didn't apply to the server, it still shows Medium"],
    ['en', EN, SET_EN, "Medium-High didn't apply for some reason, the page still shows Medium"],
    ['en', EN, SET_EN, "Medium-High didn't take, Save gave an error"],
    ['ja', JA, SET_JA, 'Medium-High が TMS に反映されず、保存時にエラーが出ました'],
    ['ja', JA, SET_JA, 'Medium-High が反映されませんでした。画面はまだ Medium のままです'],
  ] as const)('%s (%j, then %j) → %j: not saved, the level not kept', (lang, setup, set, msg) => {
    const r = runIn(lang, [setup, set, msg]);
    expect(lvl(r)).toBeUndefined();
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
    expect(rendered(r)).toMatch(NOT_SAVED);
  });

  it.each([
    ['en', "Medium-High didn't apply to the TMS, Save gave an error"],
    ['ja', 'Medium-High が TMS に反映されず、保存時にエラーが出ました'],
  ] as const)('%s SQL unknown, after the level was said set → %j: not saved, the level not kept', (lang, msg) => {
    const r = runIn(lang, lang === 'en' ? ['TMS 15.13, CE 9.15', SET_EN, msg] : ['TMS 15.13、CE 9.15', SET_JA, msg]);
    expect(lvl(r)).toBeUndefined();
    expect(rendered(r)).toMatch(NOT_SAVED);
  });

  it.each([
    ['en', EN, SET_EN, "Medium-High didn't apply to the endpoints, they still fail"],
    ['en', EN, SET_EN, "Medium-High didn't apply to the codecs, the page still shows Medium-High"],
    ['en', EN, SET_EN, 'if Medium-High didn\'t apply to the TMS, what then?'],
    ['en', EN, SET_EN, 'Medium-High applied to the TMS fine and Save gave no error, still no HTTPS'],
    ['ja', JA, SET_JA, 'Medium-High は反映されましたが、保存時のエラーは出ていません'],
    ['ja', JA, SET_JA, 'Medium-High が反映されなかったら、保存時にエラーが出ますか？'],
  ] as const)('%s (%j, then %j) → %j: near miss, the level kept', (lang, setup, set, msg) => {
    const r = runIn(lang, [setup, set, msg]);
    expect(lvl(r)).toBe('medium-high');
    expect(rendered(r)).not.toMatch(NOT_SAVED);
  });
});

describe('REV23 #8: "set Medium-High, the other node fails too" keeps the per-node note', () => {
  it.each([
    ['en', 'TMS 15.13, CE 9.15', "we set Medium-High but the other node doesn't work either"],
    ['ja', 'TMS 15.13、CE 9.15', 'Medium-High にしましたが、もう片方のノードもダメです'],
  ] as const)('%s SQL unknown (%j) → %j: the level read, the note, SQL still asked', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(lvl(r)).toBe('medium-high');
    const text = flat(r);
    expect(text).toMatch(PER_NODE);
    expect(text).toMatch(SQL_ASKED);
    expect(text.search(PER_NODE)).toBeLessThan(text.search(SQL_ASKED));
  });

  it.each([
    ['en', EN, SET_EN, "we set Medium-High but the other node doesn't work either"],
    ['ja', JA, SET_JA, 'Medium-High にしましたが、もう片方のノードもダメです'],
  ] as const)('%s level recorded already (%j, %j) → %j: the per-node answer, the level kept', (lang, setup, set, msg) => {
    const r = runIn(lang, [setup, set, msg]);
    expect(lvl(r)).toBe('medium-high');
    expect(flat(r)).toMatch(PER_NODE);
  });

  it.each([
    ['en', 'TMS 15.13, CE 9.15', 'if the other node doesn\'t work either, should we set Medium-High there too?'],
    ['ja', 'TMS 15.13、CE 9.15', 'Medium-High にしましたか？もう片方のノードもダメです'],
    ['ja', 'TMS 15.13、CE 9.15', 'Medium-High にする予定ですが、もう片方のノードもダメです'],
  ] as const)('%s %j → %j: near miss, no level recorded', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(lvl(r)).toBeUndefined();
  });
});
