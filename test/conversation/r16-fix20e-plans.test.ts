/**
 * QA49 F2: a teammate's plan to turn off TLS 1.0 / SSL 3.0, or to run IIS Crypto's "Best Practices", with SQL Server 2008 R2
 * on the TMS server, got no warning (not-understood, or silence in the thread) and 「TLS 1.0 と SSL 3.0 もついでに無効にして
 * おきます」 was recorded as done. A plan is warned about before it happens and records nothing; the done form still works.
 */
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { freshState, step } from '../../src/conversation/engine';
import { renderReply } from '../../src/console/render';
import { hardeningPlanIn } from '../../src/domain/understand/hardening-plan';
import { threadLines } from './helpers';

/** A Slack thread: the root mention, then lines said without a mention (the adapter's flags). */
const thread = (lang: 'en' | 'ja', root: string, ...lines: string[]): TurnResult => threadLines(lang, root, lines).r;
const shown = (r: TurnResult) => r.replies.map((x) => renderReply(x)).join('\n');

const ROOT_EN = 'TMS 15.2.1, CE 9.15.3 endpoints, No HTTPS response. Windows 2012 R2, SQL 2008 R2 SP2 on the TMS server';
const ROOT_JA = 'TMS 15.2.1、CE 9.15.3、No HTTPS response です。Windows 2012 R2、SQL 2008 R2 SP2 が TMS サーバ上にあります';

describe('QA49 F2: hardening plans with SQL 2008 R2 on the TMS server', () => {
  it.each([
    ["I'll disable TLS 1.0 and SSL 3.0 tonight while I'm at it", /Please don't[\s\S]*event 26011/],
    ['going to run IIS Crypto best practices after the fix', /Please don't: IIS Crypto's "Best Practices" template turns TLS 1.0 and SSL 3.0 off/],
    ['we will turn TLS 1.0 off tonight', /Please don't: SQL Server 2008 R2 SP2 on the TMS server needs TLS 1\.0/],
    ["I'll just disable SSL 3.0 as well while I'm there", /TLS 1\.0 must stay enabled/],
  ])('EN, unaddressed: %s', (line, warning) => {
    const r = thread('en', ROOT_EN, line);
    expect(r.replies.length).toBeGreaterThan(0);
    const out = shown(r);
    expect(out).toMatch(warning);
    expect(out).toMatch(/The plan \(.*\) is not recorded as done/);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(r.state.facts.tlsClaims?.ssl3).toBeUndefined();
  });
  it.each([
    ["@bob I'll disable TLS 1.0 and SSL 3.0 tonight", true],
    ['we should probably disable TLS 1.0 too at some point', false],
  ])('said to a colleague, or as a proposal: %s', (line, others) => {
    let state: ConversationState = step(freshState('en'), { kind: 'text', text: ROOT_EN, keepLang: true }).state;
    const r = step(state, { kind: 'text', text: line, keepLang: true, unaddressed: true, ...(others ? { othersMentioned: true } : {}) });
    state = r.state;
    expect(shown(r)).toMatch(/Please don't/);
    expect(state.facts.tlsClaims?.tls10).toBeUndefined();
  });
  it('SSL 3.0 alone is never said to stop SQL by itself (knowledge.md)', () => {
    const out = shown(thread('en', ROOT_EN, "I'll just disable SSL 3.0 as well while I'm there"));
    expect(out).toMatch(/SSL 3\.0 off on its own does not stop it/);
    expect(out).not.toMatch(/Please don't/);
  });
  it.each([
    ['TLS 1.0 と SSL 3.0 もついでに無効にしておきます', /実施しないでください[\s\S]*26011/],
    ['IIS Crypto の Best Practices を適用する予定です', /実施しないでください。IIS Crypto の「Best Practices」テンプレートは/],
    ['今夜 TLS 1.0 を無効化します', /実施しないでください/],
  ])('JA, unaddressed: %s', (line, warning) => {
    const r = thread('ja', ROOT_JA, line);
    const out = shown(r);
    expect(out).toMatch(warning);
    expect(out).toMatch(/完了とは記録しません/);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(r.state.facts.tlsClaims?.ssl3).toBeUndefined();
  });
  it('the JA plan in an EN thread is no longer recorded as done', () => {
    const r = thread('en', ROOT_EN, 'TLS 1.0 と SSL 3.0 もついでに無効にしておきます');
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(shown(r)).toMatch(/Please don't/);
  });
  it('the done forms still read as done', () => {
    const en = thread('en', ROOT_EN, 'fyi we applied IIS Crypto Best Practices on the TMS server last week');
    expect(en.state.facts.tlsClaims?.tls10).toBe('off');
    expect(shown(en)).toMatch(/check SQL Server now/);
    const ja = thread('ja', ROOT_JA, 'TLS 1.0 と SSL 3.0 も無効にしておきました');
    expect(ja.state.facts.tlsClaims?.tls10).toBe('off');
    expect(ja.state.facts.tlsClaims?.ssl3).toBe('off');
  });
  it('with SQL 2016 on another server: the plan is answered (not part of this fix), no SQL warning', () => {
    const out = shown(thread('en', 'TMS 15.9 on 2012 R2, SQL 2016 remote, RoomOS 11.14, No HTTPS response', "I'll disable TLS 1.0 and SSL 3.0 tonight"));
    expect(out).toMatch(/It is not part of this fix/);
    expect(out).not.toMatch(/Please don't/);
    expect(out).toMatch(/The plan \(.*\) is not recorded as done/);
  });
});

describe('QA49 F2: the hardening-plan reader', () => {
  it.each([
    ["I'll disable TLS 1.0 and SSL 3.0 tonight while I'm at it", { tls10: true, ssl3: true }],
    ['we will turn TLS 1.0 and SSL 3.0 off tonight', { tls10: true, ssl3: true }],
    ["we're also disabling TLS 1.0 and 1.1 tomorrow", { tls10: true }],
    ["I'll disable SSL 3.0 and keep TLS 1.0 on", { ssl3: true }],
    ['planning to apply the IIS Crypto Best Practices template this weekend', { bestPractices: true }],
    ['TLS 1.0 は有効のまま、SSL 3.0 を無効にします', { ssl3: true }],
    ['TLS1.0 を外す予定です', { tls10: true }],
    ['ベストプラクティスを当てておきます', { bestPractices: true }],
    ['we need to disable TLS 1.0 for the audit', { tls10: true }],
  ])('plan: %s', (line, want) => expect(hardeningPlanIn(line)).toEqual(want));
  it.each([
    'should we disable SSL 3.0 too?',
    'is it ok to disable TLS 1.0 on the TMS server?',
    'if we disable TLS 1.0 will SQL stop?',
    "we won't disable TLS 1.0",
    'we are not going to disable TLS 1.0',
    'we disabled TLS 1.0 last week',
    "I'll disable TLS 1.0 on the codecs",
    "I'll disable TLS 1.0 on the Expressway tonight",
    "I'll remove the TLS 1.0 keys tonight",
    "I'll enable TLS 1.2 tonight",
    'we applied IIS Crypto Best Practices last week',
    "I'll read the IIS Crypto best practices docs",
    "we don't need to disable TLS 1.0",
    'you should not disable TLS 1.0',
    'the auditors say we must disable TLS 1.0 on the codecs',
    'TLS 1.0 を無効にしました',
    'TLS 1.0 を無効にしてもいいですか',
    'TLS 1.0 を無効にしたら SQL は止まりますか',
    'TLS 1.0 は無効にしません',
    'TLS 1.0 を無効にする方法を教えて',
    'TLS 1.0 を無効にしてください',
    'エンドポイント側で TLS 1.0 を無効にします',
    'TLS 1.0 を無効にしておきました',
  ])('no plan: %s', (line) => expect(hardeningPlanIn(line)).toBeNull());
});
