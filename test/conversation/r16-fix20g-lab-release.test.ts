/**
 * FIX20G F6 (QA49): 「あ、すみません、14.6.2 は検証環境のほうでした」, "sorry, 14.6.2 was the lab box": a lab or test system's
 * release is not the case's; the production value stays (not brought back as a correction); a held value said to be
 * the lab's goes and is asked again. Thread flags as in the Slack adapter.
 */
import type { IncomingMessage } from '../../src/conversation/types';
import { labReleaseIn } from '../../src/domain/understand/lab-release';
import { last, rendered, talk } from './helpers';

const root = (t: string): IncomingMessage => ({ kind: 'text', text: t, keepLang: true });
const line = (t: string): IncomingMessage => ({ kind: 'text', text: t, keepLang: true, unaddressed: true });
const thread = (first: string, ...rest: string[]) => talk(root(first), ...rest.map(line));

describe('F6: a release said to be the lab or test system\'s', () => {
  it.each([
    ['ja', 'TMS 14.6.2 で CE 9.15 の端末が No HTTPS response になっています', '佐藤です。TMS は 15.13 です', 'あ、すみません、14.6.2 は検証環境のほうでした', /TMS 14\.6\.2 は検証環境.*この件には使いません。TMS 15\.13 のまま進めます/],
    ['en', 'TMS 14.6.2 with CE 9.15 endpoints shows No HTTPS response', 'Bob: TMS is 15.13', 'sorry, 14.6.2 was the lab box', /TMS 14\.6\.2 is the lab or test system's release, so I do not use it for this case; TMS 15\.13 stays/],
  ] as const)('%s: the production value stays', (_lang, first, second, msg, note) => {
    const r = last(thread(first, second, msg));
    expect(r.state.facts.tms?.semver).toBe('15.13.0');
    const out = rendered(r);
    expect(out).toMatch(note);
    expect(out).not.toMatch(/cannot be fixed in place|そのままでは修正できません/);
  });

  it.each([
    ['en', 'TMS 14.6.2 with CE 9.15 endpoints shows No HTTPS response', '14.6.2 was the lab box', /TMS 14\.6\.2 is the lab or test system's release, so I no longer use it/],
    ['ja', 'TMS 14.6.2 で CE 9.15 の端末が No HTTPS response になっています', '14.6.2 は検証環境のほうでした', /TMS 14\.6\.2 は検証環境.*この件では使いません/],
  ] as const)('%s: the value held, said to be the lab\'s, goes and is asked again', (_lang, first, msg, note) => {
    const r = last(thread(first, msg));
    expect(r.state.facts.tms).toBeUndefined();
    expect(r.state.pending).toBe('need-tms-version');
    expect(rendered(r)).toMatch(note);
  });

  it.each([
    ['sorry, 14.6.2 was the lab box', '14.6.2'],
    ['14.6.2 is the test TMS', '14.6.2'],
    ['14.6.2 はテスト用の TMS です', '14.6.2'],
  ])('%j names a lab release', (m, rel) => expect(labReleaseIn(m)).toBe(rel));
  it.each([
    'we will upgrade the lab to 15.13 first',
    'is 14.6.2 the lab box?',
    '14.6.2 は検証環境ですか？',
    'prod is 15.2.1, the lab is 14.6',
    'we tested 15.13 in the lab',
    '検証環境で 15.13 を試しました',
    '検証環境を 15.13 にアップグレードする予定です',
    'should we try 15.13 on the test server?',
    'the lab TMS is 15.2',
    '検証環境のTMSは14.6です',
  ])('%j names none', (m) => expect(labReleaseIn(m)).toBeNull());

  it.each([
    ['en', 'TMS 15.2, SQL 2016 on the TMS server, CE 9.15', 'and the lab TMS is 15.2', '15.2.0'],
    ['ja', 'TMS 15.2、SQL 2016 は TMS サーバー上、エンドポイントは CE 9.15', '検証環境のTMSは14.6です', '15.2.0'],
  ] as const)('%s %j: a lab server described with its release is left to the other-TMS reading', (_lang, first, msg, semver) => {
    const r = last(thread(first, msg));
    expect(r.route).not.toBe('lab-release-line');
    expect(r.state.facts.tms?.semver).toBe(semver);
  });
});
