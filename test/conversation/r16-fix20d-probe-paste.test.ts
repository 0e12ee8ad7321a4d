/**
 * FIX20D #4: tms-doctor's console probe output pasted into a chat (a line of it, or the whole report) is answered with words
 * that name no surface's command ("run probe HOST" does not exist in Slack; there it is the Probe button or /tls-probe),
 * and the reply offers the probe as an action, which Slack draws as its button and the console as "probe HOST[:PORT]".
 */
import { formatProbeText } from '../../src/probe/report';
import type { ProbeResult } from '../../src/probe/types';
import { probeResult } from '../fixtures/probe';
import { readPastedText } from '../../src/evidence/text';
import { freshState, step } from '../../src/conversation/engine';
import type { TurnResult } from '../../src/conversation/types';
import { renderReplies } from '../../src/slack/blockkit';
import { renderReply as consoleRender } from '../../src/console/render';
import { rendered } from './helpers';

const result: ProbeResult = probeResult({ target: '127.0.0.1:35535', port: 35535, protocols: { 'tls1.3': false }, durationMs: 19 });
const report = formatProbeText(result);
const line = report.split('\n').find((l) => l.startsWith('TMS at High'))!;
const FIRST = { en: 'TMS 15.2.1 shows No HTTPS response', ja: 'TMS 15.2.1 で No HTTPS response が出ます' };
const FULL = {
  en: 'TMS 15.2.1, codecs on CE 9.15.3, SQL 2014 SP2, Windows Server 2016, Communication Security Medium',
  ja: 'TMS 15.2.1、エンドポイントは CE 9.15.3、SQL 2014 SP2、Windows Server 2016、Communication Security は Medium です',
};

const chat = (lang: 'en' | 'ja', first: string, pasted: string): TurnResult => {
  const s = step(freshState(lang), { kind: 'text', text: first }).state;
  return step(s, { kind: 'text', text: pasted });
};
const slackJson = (r: TurnResult) => JSON.stringify(renderReplies(r.replies, { key: 'k' }));
const consoleText = (r: TurnResult) => r.replies.map((x) => consoleRender(x, { color: false })).join('\n');
// The words of the reply (paragraphs, bullets), not the action labels: no surface's command in them.
const words = (r: TurnResult) =>
  r.replies
    .flatMap((x) => x.blocks)
    .flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.type === 'bullets' ? b.items : []))
    .join('\n');

describe('probe output pasted: the words name no surface command, the probe is offered as an action (FIX20D #4)', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const [what, first, pasted] of [
      ['one line', FIRST[lang], line],
      ['the whole report, before the answer', FIRST[lang], report],
      ['the whole report, with the full answer', FULL[lang], report],
    ] as const) {
      it(`${lang}: ${what}`, () => {
        const r = chat(lang, first, pasted);
        expect(r.state.lang).toBe(lang);
        expect(words(r)).not.toMatch(/probe HOST/);
        expect(words(r)).toContain(lang === 'en' ? 'Probe an endpoint' : 'エンドポイントをプローブ');
        // Slack: the Probe button; the console: what to type.
        expect(slackJson(r)).toContain('"action_id":"probe-endpoint"');
        expect(consoleText(r)).toContain('→ probe HOST[:PORT]');
        // Nothing is probed or recorded as a probe.
        expect(r.state.facts.probe).toBeUndefined();
      });
    }
  }

  it('the evidence reading of a report (a file) says the same, in both languages', () => {
    const o = readPastedText(report).observations.find((x) => x.code === 'probe-output')!;
    expect(o.detail.en).not.toMatch(/probe HOST/);
    expect(o.detail.ja).not.toMatch(/probe HOST/);
    expect(o.detail.en).toContain('"Probe an endpoint" under my answer');
    expect(o.detail.ja).toContain('[エンドポイントをプローブ]');
    // Read as a file in a chat: the probe action comes with it.
    const s = step(freshState('en'), { kind: 'text', text: FIRST.en }).state;
    const r = step(s, { kind: 'evidence', source: 'probe.txt', reading: readPastedText(report) });
    expect(slackJson(r)).toContain('"action_id":"probe-endpoint"');
  });

  it('a message that is not probe output gets no extra probe action (near miss: the user\'s own words)', () => {
    const r = chat('en', FIRST.en, 'TLS 1.0 refused by the codec, we are at Medium');
    expect(rendered(r)).not.toMatch(/own probe output/);
    const acts = r.replies.flatMap((x) => x.blocks).filter((b) => b.type === 'actions');
    expect(acts.flatMap((b) => (b.type === 'actions' ? b.actions.map((a) => a.id) : []))).not.toContain('probe-endpoint');
  });
});
