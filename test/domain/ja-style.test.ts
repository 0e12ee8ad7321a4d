import { composeDiagnosis } from '../../src/conversation/compose';
import type { Block, Reply } from '../../src/conversation/document';
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { englishProseIn, glossFirstTmsTools, jaStyleProblems } from '../../src/domain/ja-style';
import { parseEndpoint, parseSql, parseTms, parseWindows } from '../../src/domain/versions';
import type { Facts, ParseResult, SecurityLevel } from '../../src/domain/types';
import { probeResult } from '../fixtures/probe';

function ok<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(r.problem.message.en);
  return r.value;
}

/** Every text of a reply a reader sees, code blocks excepted (they are literals). */
function replyTexts(r: Reply): string[] {
  const out: string[] = [];
  const add = (b: Block) => {
    switch (b.type) {
      case 'heading':
      case 'subheading':
      case 'paragraph':
      case 'context':
        out.push(b.text);
        break;
      case 'steps':
      case 'bullets':
        out.push(...b.items);
        break;
      case 'warning':
        out.push(b.title, b.text);
        break;
      case 'question':
        out.push(b.text, ...b.choices.map((c) => c.label));
        break;
      case 'actions':
        out.push(...b.actions.map((a) => a.label));
        break;
      default:
        break;
    }
  };
  r.blocks.forEach(add);
  // The short form the Slack card shows first.
  const sm = r.summary;
  if (sm) {
    out.push(sm.headline, sm.cause, sm.next, sm.facts, ...sm.assumed, ...sm.sources.map((x) => x.label));
    for (const c of sm.caveats) out.push(c.text, ...c.detail);
    for (const st of sm.steps) out.push(st.title, ...st.body, ...st.items);
  }
  return out;
}

function problemsOf(replies: Reply[], where: string, seen: Map<string, string>): void {
  for (const r of replies) {
    if (r.lang !== 'ja') continue;
    for (const t of replyTexts(r)) for (const p of jaStyleProblems(t)) if (!seen.has(p)) seen.set(p, `${where}: ${t.slice(0, 160)}`);
  }
}

describe('Japanese style checks (the detector itself)', () => {
  it('finds English prose but not literals, UI labels, quoted messages or product names', () => {
    expect(englishProseIn('Expected after the fix: TLS 1.2')).toEqual(['Expected after the fix']);
    expect(englishProseIn('# only if it is stopped')).toEqual(['only if it is stopped']);
    expect(englishProseIn('[Handshake Protocol: Client Hello] > [Version] を確認します')).toEqual([]);
    expect(englishProseIn('`xConfiguration NetworkServices HTTP Mode` で確認します')).toEqual([]);
    expect(englishProseIn('「Security violation: Telnet communication is not allowed」が表示されます')).toEqual([]);
    expect(englishProseIn('Cisco Meeting Server と Expressway / VCS')).toEqual([]);
  });

  it('flags colloquial phrases, U+00B7, half-width colons after Japanese, and TMS Tools in prose', () => {
    expect(jaStyleProblems('この問題で効いてくるのは Client です')).toHaveLength(1);
    expect(jaStyleProblems('当然 TMS も止まります')).toHaveLength(1);
    expect(jaStyleProblems('チケットが上がります')).toHaveLength(1);
    expect(jaStyleProblems('TMS 15 · CE 9')).toHaveLength(1);
    expect(jaStyleProblems('TLS 1.0 の問題です: 対処方法')).not.toHaveLength(0);
    expect(jaStyleProblems('TMS Tools を開きます')).toHaveLength(1);
    expect(jaStyleProblems('TMS ツール（TMS Tools）を開きます')).toEqual([]);
    expect(jaStyleProblems('エンドポイントの Web 画面')).toHaveLength(1);
  });

  it('glosses only the first mention of TMS ツール', () => {
    expect(glossFirstTmsTools(['A', 'TMS ツールを開く', 'TMS ツールで保存'])).toEqual(['A', 'TMS ツール（TMS Tools）を開く', 'TMS ツールで保存']);
  });
});

describe('no Japanese reply contains English prose or breaks the style sheet', () => {
  it('diagnose (the CLI one-shot answer) over a grid of facts', () => {
    const seen = new Map<string, string>();
    const endpoints = [undefined, 'TC7.3.5', 'TC7.3.6', 'CE9.15', 'RoomOS 11'];
    const tmses = [undefined, '14.6.2', '15.2.1'];
    const sqls = [undefined, '2008 R2', '10.50.6537.0', '2012 SP1', '2012', '2014 RTM', '12.0.2000', '2016'];
    const wins = [undefined, '2008', '2008 R2', '2016', '2025'];
    const levels: (SecurityLevel | undefined)[] = [undefined, 'low', 'medium', 'medium-high', 'high'];
    const probes = [
      undefined,
      probeResult({ protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': true, 'tls1.2': true, 'tls1.3': null } }),
      probeResult({ reachable: false, error: 'port closed: ECONNREFUSED' }),
    ];
    for (const e of endpoints)
      for (const t of tmses)
        for (const s of sqls)
          for (const w of wins)
            for (const l of levels)
              for (const p of e === 'CE9.15' ? probes : [undefined])
                for (const extra of [{}, { sqlLocation: 'remote' as const }, { https: false }, { otherProducts: ['expressway' as const] }]) {
                  const facts: Facts = {
                    endpoint: e ? ok(parseEndpoint(e)) : undefined,
                    tms: t ? ok(parseTms(t)) : undefined,
                    sql: s ? ok(parseSql(s)) : undefined,
                    windows: w ? ok(parseWindows(w)) : undefined,
                    level: l,
                    probe: p,
                    ...extra,
                  };
                  problemsOf([composeDiagnosis(facts, 'ja')], JSON.stringify({ e, t, s, w, l, extra }), seen);
                }
    expect([...seen.entries()].map(([p, w]) => `${p}  ← ${w}`)).toEqual([]);
  });

  it('the engine over Japanese dialogues (questions, answers, follow-ups, help, refusals)', () => {
    const dialogues: string[][] = [
      ['こんにちは', 'TMS は 15.2.1 です', 'CE 9.15', '2012 SP1', '2008 R2', 'Medium'],
      ['TMS は 14.6.2、エンドポイントは RoomOS 11 です', 'なぜ？'],
      ['TMS 15.2.1、CE 9.15、SQL は 2016、Windows は 2025 です', '再起動は必要ですか', 'High と Medium-High の違いは？', 'ヘルプ'],
      ['TMS 15.2.1 で Expressway に No HTTPS response が出ています。エンドポイントは CE 9.15、SQL は 2014 RTM です', '最初から'],
      ['TMS 15.2.1、TC7.3.5、SQL 2016', 'Medium-High から Medium にすると Telnet が止まると書いてあります'],
      ['TMS は 15.2.1、通信セキュリティは High です。エンドポイントは CE 9.15、SQL は 10.50.6000.34、Windows は 2016 です', 'ありがとう'],
      ['CE8', 'xyz', 'TMS 12.0'],
    ];
    const seen = new Map<string, string>();
    for (const d of dialogues) {
      let state: ConversationState | null = null;
      for (const msg of d) {
        const r = step(state, { kind: 'text', text: msg });
        problemsOf(r.replies, msg, seen);
        state = r.state;
      }
    }
    expect([...seen.entries()].map(([p, w]) => `${p}  ← ${w}`)).toEqual([]);
  });
});
