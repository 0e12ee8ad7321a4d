/**
 * QA54 #3 (brief fix54a): with a TMS before 15 on record, the probe's table, sentences and one-line brief speak of that
 * release (TLS 1.0 only at any setting, no Medium-High: knowledge.md "TMS before 15"), never "Medium-High can"; with TMS 15
 * or none on record they are as before. And the conversation's own probe lines say the same.
 */
import { probeResult } from '../fixtures/probe';
import { probeBefore } from '../../src/slack/flows';
import { probeBrief, probeReply } from '../../src/slack/probe-view';
import { parseTms } from '../../src/domain/versions';
import { freshState, step } from '../../src/conversation/engine';
import type { TmsVersion } from '../../src/domain/types';

const tms = (v: string): TmsVersion => {
  const r = parseTms(v);
  if (!r.ok) throw new Error(v);
  return r.value;
};
const refusing = probeResult({ target: '127.0.0.1:8443', port: 8443 });
const accepting = probeResult({ target: '127.0.0.1:8443', port: 8443, protocols: { 'tls1.0': true } });
const all = (lang: 'en' | 'ja', t?: TmsVersion, r = refusing) => {
  const reply = probeReply(r, lang, t);
  return `${JSON.stringify(reply.blocks)}\n${reply.brief ?? ''}`;
};

describe('#3 probe result with TMS 14.6.2 on record', () => {
  it.each([
    ['en', /TMS 14\.6\.2 offers only TLS 1\.0[^"]*cannot connect[^"]*until TMS is upgraded to 15\.x/, /TMS 14\.6\.2 offers only TLS 1\.0 and cannot connect until upgraded to 15\.x/],
    ['ja', /TMS 14\.6\.2 は設定やレジストリにかかわらず TLS 1\.0 しか使いません[^"]*15\.x にアップグレードするまで/, /TMS 14\.6\.2 は TLS 1\.0 しか使わないため、15\.x にアップグレードするまで接続できません/],
  ] as const)('%s: no Medium-High, the release offers TLS 1.0 only and cannot connect until upgraded', (lang, sentence, brief) => {
    const reply = probeReply(refusing, lang, tms('14.6.2'));
    const text = all(lang, tms('14.6.2'));
    expect(text).not.toMatch(/Medium-High|Medium の TMS/);
    expect(text).toMatch(sentence);
    expect(reply.brief).toMatch(brief);
    expect(JSON.stringify(reply.blocks)).toMatch(/TMS 14\.6\.2 +✗ (?:cannot connect|接続できない)/);
  });

  it('the brief built alone and through probeBefore (what the Slack surfaces call) say the same', () => {
    const state = step(freshState('en'), { kind: 'text', text: 'TMS 14.6.2, endpoints TC7.3.6' }).state;
    const [reply] = probeBefore(refusing)('en', state);
    expect(reply.brief).toBe(probeBrief(refusing, 'en', tms('14.6.2')));
    expect(reply.brief).not.toMatch(/Medium-High/);
  });

  it('an endpoint that still accepts TLS 1.0: the release can talk to it, another cause', () => {
    const text = all('en', tms('14.6.2'), accepting);
    expect(text).toMatch(/TMS 14\.6\.2 \(TLS 1\.0 only\) can talk to it/);
    expect(text).not.toMatch(/Medium-High/);
  });

  it.each([[tms('15.2.1')], [undefined]])('TMS %j: Medium / Medium-High as before', (t) => {
    const text = all('en', t);
    expect(text).toMatch(/Medium-High can\./);
    expect(text).toMatch(/TMS Medium-High +✓ can connect/);
  });

  it.each([
    ['en', 'TMS 14.6.2, endpoints TC7.3.6', /TMS 14\.6\.2 cannot connect to it until TMS is upgraded to 15\.x/, /which is all TMS offers at Medium,/],
    ['ja', 'TMS 14.6.2 で、エンドポイントは TC7.3.6 です', /TMS を 15\.x にアップグレードするまで、TMS 14\.6\.2 はこのエンドポイントに接続できません/, /Medium の TMS が提示する TLS 1\.0 は拒否/],
  ] as const)('%s: the conversation\'s own reply to the probe says the release cannot connect, not "TMS at Medium"', (lang, opening, said, notSaid) => {
    const s = step(freshState(lang), { kind: 'text', text: opening }).state;
    const r = step(s, { kind: 'probe', result: refusing });
    const text = JSON.stringify(r.replies);
    expect(text).toMatch(said);
    expect(text).not.toMatch(notSaid);
    expect(text).not.toMatch(/the version TMS offers at Medium-High|TLS 1\.2（Medium-High の TMS が提示するバージョン）/);
  });
});
