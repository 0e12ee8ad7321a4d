/**
 * REV23 #2-#4: the hardening-plan readers warn for plans whatever words follow the protocols (a block list of nouns, not an
 * allow-list), for a present verb with a time ahead or "as planned", and for JA 無効 with の両方 / のサポート / のプロトコル /
 * の設定 and 切る with も / は; tickets, sessions, services, SQL and connections named after TLS 1.0 stay silent.
 */
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { freshState, step } from '../../src/conversation/engine';

const B = 'TMS 15.13, endpoints CE 9.15, SQL 2008 R2 on the TMS server, Windows 2012 R2, level Medium';
const B_JA = 'TMS 15.2、エンドポイント CE 9.15、SQL 2008 R2 は TMS サーバー上、Windows 2012 R2、レベル Medium';
const WARN = /実施しないでください|Please don't/;

function run(lang: 'en' | 'ja', setup: string, line: string, mode: 'dm' | 'toOthers'): { before: ConversationState; r: TurnResult } {
  const before = step(freshState(lang), { kind: 'text', text: setup }).state;
  const msg: IncomingMessage =
    mode === 'dm' ? { kind: 'text', text: line } : { kind: 'text', text: line, keepLang: true, unaddressed: true, othersMentioned: true, toOthers: true };
  return { before, r: step(before, msg) };
}
function warned(lang: 'en' | 'ja', setup: string, line: string, mode: 'dm' | 'toOthers'): void {
  const { before, r } = run(lang, setup, line, mode);
  expect(r.route).toBe('hardening-plan');
  expect(JSON.stringify(r.replies)).toMatch(WARN);
  expect(r.state.facts).toEqual(before.facts);
}

describe('REV23 #3: EN plans and requests with any words after the protocols', () => {
  it.each(
    ['per the audit', 'there', 'server-wide', 'to be compliant', 'to harden the box', 'altogether', 'tmrw', 'ciphers', 'like security asked', 'which the pentest flagged'].map(
      (w) => `we'll disable TLS 1.0 and SSL 3.0 ${w}`,
    ).concat(['we\'re going to disable TLS 1.0 and SSL 3.0 system-wide']),
  )('%s: warned in a DM', (line) => warned('en', B, line, 'dm'));
  it.each(['server-wide', 'per the audit', 'altogether'].map((w) => `@bob please disable TLS 1.0 and SSL 3.0 ${w}`))('%s: warned in a shared thread', (line) =>
    warned('en', B, line, 'toOthers'),
  );
  it.each([
    '@bob can you kill the TLS 1.0 test session?',
    '@bob can you drop the TLS 1.0 ticket, it is a duplicate',
    '@bob can you remove TLS 1.0 from the list of things to check?',
    '@bob can you turn the TLS 1.0 alert off in the monitoring?',
    '@bob can you turn off TLS 1.0 in Chrome?',
    '@bob please disable TLS 1.0 client side only on your laptop',
  ])('%s: still silent in a shared thread', (line) => {
    expect(run('en', B, line, 'toOthers').r.route).toBe('chatter');
  });
});

describe('REV23 #2: a present verb with a time ahead or "as planned" is a plan', () => {
  it.each(['we disable TLS 1.0 and SSL 3.0 tonight as planned', 'we disable TLS 1.0 and SSL 3.0 tonight'])('%s: warned, nothing recorded', (line) =>
    warned('en', B, line, 'dm'),
  );
  it('"we disabled TLS 1.0 and SSL 3.0 last night as planned" stays a done report', () => {
    const { r } = run('en', B, 'we disabled TLS 1.0 and SSL 3.0 last night as planned', 'dm');
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
  });
});

describe('REV23 #4: JA 無効 / 切る objects', () => {
  it.each([
    'TLS 1.0 と SSL 3.0 の両方を無効にします',
    'TLS 1.0 と SSL 3.0 のサポートを無効にします',
    'TLS 1.0 のプロトコルを無効にします',
    'TLS 1.0 の設定を無効にする予定です',
    'TLS 1.0 も SSL 3.0 も切ります',
    'TLS 1.0 と SSL 3.0 は今夜切ります',
  ])('%s: warned in a DM', (line) => warned('ja', B_JA, line, 'dm'));
  it('「田中さん、TLS 1.0 と SSL 3.0 のプロトコルを無効にしてください」: warned in a shared thread', () =>
    warned('ja', B_JA, '田中さん、TLS 1.0 と SSL 3.0 のプロトコルを無効にしてください', 'toOthers'));
  it.each(['TLS 1.0 の件でチケットを切ります', 'TLS 1.0 で接続を切ります', 'TLS 1.0 の設定変更のため、SQL を停止します', 'TLS 1.0 の件、TAC にケースを無効にします'])(
    '%s: no hardening plan',
    (line) => {
      expect(run('ja', B_JA, line, 'dm').r.route).not.toBe('hardening-plan');
    },
  );
});
