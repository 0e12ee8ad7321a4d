/**
 * FIX20D #1: "so is it the TLS thing?" before any probe was answered "I don't know that one". It is answered from the
 * facts: the settled verdict when the diagnosis has all it needs; else what the endpoint release says (refuses TLS 1.0:
 * yes at Medium; still accepts it: no; not given: it depends, with the rule); and the probe is offered as an action.
 * Nothing is recorded. Questions that only look alike (plans, conditionals, other systems, negations) are not taken.
 */
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { rendered } from './helpers';

const talk = (lang: 'en' | 'ja', msgs: string[]): { r: TurnResult; before: ConversationState } => {
  let s: ConversationState = freshState(lang);
  let before = s;
  let r!: TurnResult;
  for (const m of msgs) {
    before = s;
    r = step(s, { kind: 'text', text: m });
    s = r.state;
  }
  return { r, before };
};
const ASK = { en: 'so is it the TLS thing?', ja: 'じゃあTLSの問題なんですか？' };
const offersProbe = (r: TurnResult) => r.replies.some((x) => x.blocks.some((b) => b.type === 'actions' && b.actions.some((a) => a.id === 'probe-endpoint')));

const CASES = {
  en: {
    none: 'TMS 15.2.1 No HTTPS response on a codec',
    refuses: 'TMS 15.2.1 No HTTPS response on a codec, CE 9.15, Medium',
    noLevel: 'TMS 15.2.1 No HTTPS response on a codec, CE 9.15',
    accepts: 'TMS 15.2.1 No HTTPS response on a codec, CE 8.0.2, Medium',
    settled: 'TMS 15.2.1 No HTTPS response, CE 9.15, SQL 2016 remote, Windows 2016, Medium',
    raised: 'TMS 15.2.1 No HTTPS response, CE 9.15, Medium-High',
  },
  ja: {
    none: 'TMS 15.2.1 で No HTTPS response が出ます',
    refuses: 'TMS 15.2.1 で No HTTPS response、CE 9.15、レベルは Medium です',
    noLevel: 'TMS 15.2.1 で No HTTPS response、CE 9.15 です',
    accepts: 'TMS 15.2.1 で No HTTPS response、CE 8.0.2、レベルは Medium です',
    settled: 'TMS 15.2.1 で No HTTPS response、CE 9.15、SQL 2016 は別サーバ、Windows 2016、レベルは Medium です',
    raised: 'TMS 15.2.1 で No HTTPS response、CE 9.15、レベルは Medium-High です',
  },
};
const SAYS = {
  en: {
    none: 'That depends on the software version',
    refuses: 'By the version you gave, yes: CE 9.15 refuses TLS 1.0',
    noLevel: 'most likely: CE 9.15 refuses TLS 1.0',
    accepts: 'From what you told me, no.',
    settled: 'From what you told me, yes.',
    raised: 'TMS at Medium-High should already offer TLS 1.2',
  },
  ja: {
    none: 'ソフトウェア バージョン次第',
    refuses: 'お知らせいただいたバージョンからは、そのとおりです。CE 9.15 は TLS 1.0 を拒否し',
    noLevel: 'その可能性が高いです',
    accepts: 'お知らせいただいた内容からは、TLS 1.0 の問題ではありません。',
    settled: 'お知らせいただいた内容からは、そのとおりです。',
    raised: 'Medium-High の TMS はすでに TLS 1.2 を提示するはず',
  },
};

describe('"so is it the TLS thing?" before any probe (FIX20D #1)', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const k of Object.keys(CASES.en) as (keyof typeof CASES.en)[]) {
      it(`${lang}: ${k}`, () => {
        const { r, before } = talk(lang, [CASES[lang][k], ASK[lang]]);
        const text = rendered(r);
        expect(r.route).toBe('tls-or-not');
        expect(r.cannotAnswer).toBeUndefined();
        expect(text).not.toMatch(/I don't know that one|分かりません。私にできるのは/);
        expect(text).toContain(SAYS[lang][k]);
        expect(offersProbe(r)).toBe(true);
        // The words name no surface's command (the action is drawn per surface: a button in Slack, "probe HOST" in the console).
        const words = r.replies.flatMap((x) => x.blocks).map((b) => (b.type === 'paragraph' ? b.text : '')).join('\n');
        expect(words).not.toMatch(/probe HOST|\/tls-probe/);
        // Nothing recorded.
        expect(r.state.facts).toEqual(before.facts);
      });
    }
  }
  it('en: other phrasings of the same question', () => {
    for (const q of ['is it the TLS 1.0 problem?', 'so it\'s the TLS issue then?', 'ok is this the TLS thing or not?']) {
      expect(talk('en', [CASES.en.refuses, q]).r.route).toBe('tls-or-not');
    }
  });
  it('settled with the level not given: the Medium it assumes is said, EN and JA', () => {
    expect(rendered(talk('en', ['TMS 15.2, SQL 2016 on the TMS server, CE 9.15', ASK.en]).r)).toContain('so I take it to be Medium, the default');
    expect(rendered(talk('ja', ['TMS 15.2、SQL 2016 は TMS サーバー上、エンドポイントは CE 9.15', ASK.ja]).r)).toContain('既定の Medium と仮定しています');
  });
  it('en: with no endpoint version, the endpoint question is asked', () => {
    const { r } = talk('en', [CASES.en.none, ASK.en]);
    expect(r.state.pending).toBe('need-endpoint-version');
  });
  it('near misses: another system, a conditional, a plan, a negation, the past, an either-or are not this question', () => {
    for (const q of ['is it the TLS thing on the Expressway?', "if it's the TLS thing what do we do?", "it's not the TLS thing", 'was it the TLS thing last time?', 'is it the TLS thing or the certificate?', 'we will check if it is the TLS thing']) {
      expect(talk('en', [CASES.en.refuses, q]).r.route).not.toBe('tls-or-not');
    }
  });
});
