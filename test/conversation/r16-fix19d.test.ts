/**
 * FIX19D (QA45 R2, R3, W2, W3): the probe card's short sentences typed by the user are the user's own words; "why is this
 * one different?" with one probe keeps the why; questions about addresses never probed say so (and what was probed, and
 * how to probe) without probing; JA 「なぜこの1台だけ違うのですか？」 gets the per-address answer. EN and JA. The engine
 * is pure: nothing is probed here.
 */
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';
import { blocksText, runText, stateAfter } from './helpers';
import { probeReply } from '../../src/slack/probe-view';
import { probeResult } from '../fixtures/probe';

const C = 'TMS 15.2 on Windows 2012 R2, endpoints on CE 9.15 show No HTTPS response, SQL 2016 remote';
const J = 'TMS 15.2、Windows Server 2012 R2、エンドポイントは CE 9.15 で No HTTPS response が出ます。SQL 2016 は別サーバ';
const P_EN = 'TMS 15.2.1 No HTTPS response on several codecs, SQL 2014 SP2, Windows 2016, Medium';
const P_JA = 'TMS 15.2.1 で複数のコーデックが No HTTPS response、SQL 2014 SP2、Windows 2016、レベルは Medium です';

const refusing = (port: number): IncomingMessage => ({ kind: 'probe', result: probeResult({ target: `127.0.0.1:${port}`, port }) });
const accepting = (port: number): IncomingMessage => ({ kind: 'probe', result: probeResult({ target: `127.0.0.1:${port}`, port, protocols: { 'tls1.0': true } }) });

function run(lang: 'en' | 'ja', msgs: (string | IncomingMessage)[]): { text: string; state: ConversationState } {
  let s = freshState(lang);
  let text = '';
  for (const m of msgs) {
    const r = step(s, typeof m === 'string' ? { kind: 'text', text: m } : m);
    s = r.state;
    text = blocksText(r.replies);
  }
  return { text, state: s };
}

describe('R2: a short sentence equal to a card sentence is the user\'s own statement', () => {
  it('the level is not stored before the line (assumed only)', () => expect(stateAfter([C]).facts.level).toBeUndefined());

  it.each([
    ['en', C, 'TMS at Medium cannot connect.'],
    ['en', C, 'TMS at Medium can connect.'],
    ['ja', J, 'Medium の TMS は接続できません。'],
  ] as const)('%s: %s → %s is read, not masked', (lang, setup, line) => {
    const { text, state } = runText(lang, [setup, line]);
    expect(text).not.toMatch(/probe card|プローブ結果カード|already with its conversation|すでに加わっています/);
    expect(state.facts.level).toBe('medium');
  });

  it('the user\'s correction from a stored Medium-High is taken', () => {
    const f = stateAfter(['TMS 15.2, CE 9.15, SQL 2016 remote, level Medium-High', 'TMS at Medium cannot connect.']).facts;
    expect(f.level).toBe('medium');
  });

  it('the brief with its "Probe of" head stays masked, and no probe here means no "already with its conversation"', () => {
    const brief = probeReply(probeResult({ target: '127.0.0.1:35535', port: 35535 }), 'en').brief!;
    const { text, state } = runText('en', [P_EN.replace('Medium', 'Medium-High'), brief]);
    expect(state.facts.level).toBe('medium-high');
    expect(text).toMatch(/probe card/);
    expect(text).not.toMatch(/already with its conversation/);
    const ja = runText('ja', [P_JA, probeReply(probeResult({ target: '127.0.0.1:35535', port: 35535 }), 'ja').brief!]).text;
    expect(ja).toMatch(/プローブ結果カード/);
    expect(ja).not.toMatch(/すでに加わっています/);
  });

  it('a long card sentence alone is still masked', () => {
    const { state } = runText('en', [C, 'TMS at "Medium-High" (TLS 1.2) would connect to it.']);
    expect(state.facts.level).not.toBe('medium-high');
  });
});

describe('R3: "why is this one different?" after one probe keeps the why', () => {
  it.each([
    ['en', P_EN, 'why is this one different?', /only address probed/, /TC 7\.3\.6 or later, CE 8\.1\.0 or later/, /falls back to HTTP on port 80/],
    ['ja', P_JA, 'なぜこれだけ違うのですか', /このアドレスだけ/, /TC 7\.3\.6 以降、CE 8\.1\.0 以降/, /ポート 80 の HTTP/],
  ] as const)('%s', (lang, setup, q, alone, like, why) => {
    const { text } = run(lang, [setup, refusing(35535), q]);
    expect(text).toMatch(/127\.0\.0\.1:35535/);
    expect(text).toMatch(alone);
    expect(text).toMatch(like);
    expect(text).toMatch(why);
  });

  it('with two probes it does not say "the only address"', () => {
    const { text } = run('en', [P_EN, refusing(35535), accepting(46051), 'why is this one different?']);
    expect(text).not.toMatch(/only address probed/);
  });
});

describe('W2: addresses never probed', () => {
  it.each([
    ['en', P_EN, 'what did the probe of 127.0.0.1:8443 show?', '127.0.0.1:8443'],
    ['en', P_EN, 'and 127.0.0.1:35536?', '127.0.0.1:35536'],
    ['en', P_EN, 'is 10.20.30.40 refusing TLS 1.0 too?', '10.20.30.40'],
    ['en', P_EN, 'what did the probe of 127.0.0.1 show?', '127.0.0.1'],
    ['ja', P_JA, '127.0.0.1:8443 のプローブ結果はどうでしたか？', '127.0.0.1:8443'],
  ] as const)('%s: %s', (lang, setup, q, addr) => {
    const before = run(lang, [setup, refusing(35535)]).state;
    const { text, state } = run(lang, [setup, refusing(35535), q]);
    expect(text).toContain(`${addr} ${lang === 'ja' ? 'はこの会話ではプローブしていない' : 'was not probed'}`);
    expect(text).toMatch(/127\.0\.0\.1:35535/);
    expect(text).toMatch(/\/tls-probe/);
    expect(text).not.toMatch(/I don't know that one|お答えできません/);
    // Nothing probed or recorded.
    expect(state.facts.probes).toEqual(before.facts.probes);
    expect(state.facts.probe).toEqual(before.facts.probe);
  });

  it('a probed address is still answered from its result', () => {
    const { text } = run('en', [P_EN, refusing(35535), 'what did the probe of 127.0.0.1:35535 show?']);
    expect(text).not.toMatch(/was not probed/);
    expect(text).toMatch(/127\.0\.0\.1:35535: TLS 1\.0 refused/);
  });

  it('its own route, not the kept-probe answer', () => {
    let s = freshState('en');
    for (const m of [P_EN, refusing(35535)]) s = step(s, typeof m === 'string' ? { kind: 'text', text: m } : m).state;
    expect(step(s, { kind: 'text', text: 'what did the probe of 127.0.0.1:3553 show?' }).route).toBe('probes-not-run');
  });

  it('with no probe at all: says none was probed', () => {
    const { text } = run('en', [P_EN, 'what did the probe of 127.0.0.1:8443 show?']);
    expect(text).toMatch(/No address has been probed/);
  });

  it.each([
    'Ticket INC0012345: codec 10.20.30.40 shows No HTTPS response since Monday; 10.20.30.41 is fine',
    'probe 127.0.0.1:8443',
    'the endpoint at 10.20.30.40 runs CE 9.15',
    'is a reboot needed?',
  ])('negative: %s', (q) => {
    const { text } = run('en', [P_EN, refusing(35535), q]);
    expect(text).not.toMatch(/was not probed in this conversation/);
  });

  it('negative without probes: an address in a question with no probe word', () => {
    const { text } = run('en', [P_EN, 'can TMS reach 10.20.30.40 over HTTPS?']);
    expect(text).not.toMatch(/was not probed in this conversation/);
  });
});

describe('W3: JA 「なぜこの1台だけ違うのですか？」', () => {
  it('gets the per-address answer, as EN does', () => {
    const ja = run('ja', [P_JA, refusing(35535), accepting(46051), 'なぜこの1台だけ違うのですか？']).text;
    expect(ja).toMatch(/127\.0\.0\.1:46051：TLS 1\.0 を受け付けました/);
    expect(ja).toMatch(/ほかにプローブしたアドレス/);
    const en = run('en', [P_EN, refusing(35535), accepting(46051), 'why is this one different?']).text;
    expect(en).toMatch(/127\.0\.0\.1:46051: TLS 1\.0 accepted/);
  });
});
