/**
 * fix55b follow-up (QA55 #6): the CLI fleet summary names an endpoint's MinimumTLSVersion where only TLS 1.3 was accepted,
 * but the Slack fleet card (its list and "What to do") and the fleet finding in the chat still gave the general
 * all-refused advice ("check that the address is the endpoint's HTTPS service"). They now agree: TLS 1.3 accepted →
 * MinimumTLSVersion on those endpoints; TLS 1.3 refused too → not the minimum (firewall/IPS, address, HTTPS first); TLS
 * 1.3 not known (or an older stored fact) → the general advice as before. EN and JA.
 */
import { addToSummary, emptySummary, verdictOf, type FleetItem, type FleetSummary } from '../../src/probe/fleet';
import type { ProbeResult } from '../../src/probe/types';
import { fleetCard } from '../../src/slack/fleet/card';
import { fleetFactFrom, readFleetFact } from '../../src/domain/fleet';
import { freshState, step } from '../../src/conversation/engine';
import { jaStyleProblems } from '../../src/domain/ja-style';
import { probeResult } from '../fixtures/probe';
import type { Reply } from '../../src/conversation/document';

const MIN = 'xConfiguration NetworkServices HTTPS Server MinimumTLSVersion';
const GENERAL = { en: "check that the address is the endpoint's HTTPS service", ja: 'そのアドレスがエンドポイントの HTTPS サービスか' };
const none = { ssl3: false, 'tls1.0': false, 'tls1.1': false, 'tls1.2': false } as const;
const only13 = (port: number) => probeResult({ target: `127.0.0.1:${port}`, port, protocols: { ...none, 'tls1.3': true } });
const all = (port: number) => probeResult({ target: `127.0.0.1:${port}`, port, protocols: { ...none, 'tls1.3': false } });
const unknown13 = (port: number) => probeResult({ target: `127.0.0.1:${port}`, port, protocols: { ...none, 'tls1.3': null } });
const refusing = (port: number) => probeResult({ target: `127.0.0.1:${port}`, port });

function summaryOf(results: ProbeResult[]): FleetSummary {
  const s = emptySummary();
  results.forEach((r, i) => addToSummary(s, { index: i, line: i + 1, input: r.target, name: `room-${i + 1}`, stated: null, verdict: verdictOf(r), result: r, skipped: null, mismatch: null } satisfies FleetItem));
  return s;
}
const cardText = (s: FleetSummary, lang: 'en' | 'ja') => JSON.stringify(fleetCard(s, lang).blocks);
const todoOf = (s: FleetSummary, lang: 'en' | 'ja') => {
  const blocks = fleetCard(s, lang).blocks as { text?: { text: string } }[];
  return blocks.map((b) => b.text?.text ?? '').find((t) => t.startsWith(lang === 'en' ? '*What to do*' : '*対応*')) ?? '';
};
const OPEN_EN = 'TMS 15.2.1 shows No HTTPS response after the codecs went to CE 9.15.3; SQL 2016 on another server, Windows Server 2016, level Medium';
const OPEN_JA = 'TMS 15.2.1 で、コーデックを CE 9.15.3 に上げたら No HTTPS response。SQL 2016 は別サーバ、Windows Server 2016、レベルは Medium です';
const chat = (s: FleetSummary, lang: 'en' | 'ja') => {
  const opening = lang === 'en' ? OPEN_EN : OPEN_JA;
  const st = step(freshState(lang), { kind: 'text', text: opening }).state;
  return fleetFindingText(step(st, { kind: 'fleet', fleet: fleetFactFrom(s) }).replies, lang);
};
/** The fleet finding of the answer, as shown (its body in `lang`); the rest of the answer (the still-failing checks) aside. */
function fleetFindingText(replies: Reply[], lang: 'en' | 'ja'): string {
  const f = replies.flatMap((r) => r.diagnosis?.findings ?? []).find((x) => x.code === 'fleet-summary');
  expect(f).toBeDefined();
  return f!.body.map((b) => b[lang]).join('\n');
}

describe('Slack fleet card: what TLS 1.3 did at the ports where TLS 1.0, 1.1 and 1.2 all failed', () => {
  it.each(['en', 'ja'] as const)('%s: only TLS 1.3 accepted: the to-do names MinimumTLSVersion, the list tags the port; not the general advice', (lang) => {
    const s = summaryOf([only13(18446), refusing(18447)]);
    const todo = todoOf(s, lang);
    expect(todo).toContain(MIN);
    expect(todo).not.toContain(GENERAL[lang]);
    expect(todo).not.toMatch(/does not explain (it|those)\.|説明できません/);
    expect(cardText(s, lang)).toContain(lang === 'en' ? '127.0.0.1:18446` room-1 — only TLS 1.3 accepted' : '127.0.0.1:18446` room-1 — TLS 1.3 だけ受け付け');
    if (lang === 'ja') expect(jaStyleProblems(todo)).toEqual([]);
  });

  it.each(['en', 'ja'] as const)('%s: TLS 1.3 refused too: not the minimum; firewall/IPS, the address, HTTPS on the endpoint first', (lang) => {
    const todo = todoOf(summaryOf([all(18451)]), lang);
    expect(todo).toMatch(lang === 'en' ? /MinimumTLSVersion does not explain it/ : /MinimumTLSVersion ではこれを説明できません/);
    expect(todo).toMatch(lang === 'en' ? /firewall or IPS/ : /ファイアウォールや IPS/);
    expect(todo).not.toMatch(/check `?xConfiguration NetworkServices HTTPS Server MinimumTLSVersion|の `?xConfiguration NetworkServices HTTPS Server MinimumTLSVersion`? を確認/);
  });

  it.each(['en', 'ja'] as const)('%s: a mix says each with its count; the unknown one keeps the general advice', (lang) => {
    const todo = todoOf(summaryOf([only13(1), only13(2), all(3), unknown13(4)]), lang);
    expect(todo).toContain(MIN);
    expect(todo).toMatch(lang === 'en' ? /2 of them accepted only TLS 1\.3[^]*1 of them refused TLS 1\.3 too[^]*For the one where TLS 1\.3 gave no clear answer/ : /うち 2 台は TLS 1\.3 だけ[^]*うち 1 台は TLS 1\.3 も拒否[^]*TLS 1\.3 の結果がはっきりしない 1 台/);
  });

  it.each(['en', 'ja'] as const)('%s: TLS 1.3 not known: the to-do as before (control)', (lang) => {
    const todo = todoOf(summaryOf([unknown13(18460)]), lang);
    expect(todo).toContain(GENERAL[lang]);
    expect(todo).not.toContain('MinimumTLSVersion');
  });
});

describe('the fleet finding in the chat', () => {
  it.each(['en', 'ja'] as const)('%s: only TLS 1.3 accepted: names MinimumTLSVersion instead of the general advice', (lang) => {
    const text = chat(summaryOf([only13(18446), refusing(18447)]), lang);
    expect(text).toContain(MIN);
    expect(text.toLowerCase()).not.toContain(GENERAL[lang].toLowerCase());
    if (lang === 'ja') expect(jaStyleProblems(text)).toEqual([]);
  });
  it.each(['en', 'ja'] as const)('%s: TLS 1.3 refused too: not the minimum', (lang) => {
    const text = chat(summaryOf([all(18451), refusing(18447)]), lang);
    expect(text).toMatch(lang === 'en' ? /MinimumTLSVersion does not explain it/ : /MinimumTLSVersion ではこれを説明できません/);
    expect(text).not.toMatch(/check `?xConfiguration NetworkServices HTTPS Server MinimumTLSVersion|の `?xConfiguration NetworkServices HTTPS Server MinimumTLSVersion`? を確認/);
  });
  it('a stored fact from before (no TLS 1.3 counts) reads as before, and counts that do not fit are dropped', () => {
    const base = { total: 2, probed: 2, mediumFails: 1, mediumOk: 0, noLevel: 1, noAnswer: 0, notProbed: 0 };
    expect(readFleetFact(base)).toEqual(base);
    expect(readFleetFact({ ...base, noLevelOnly13: 1, noLevelRefuses13: 0 })).toEqual({ ...base, noLevelOnly13: 1, noLevelRefuses13: 0 });
    expect(readFleetFact({ ...base, noLevelOnly13: 2, noLevelRefuses13: 0 })).toEqual(base);
    expect(readFleetFact({ ...base, noLevelOnly13: 'x' })).toEqual(base);
    const st = step(freshState('en'), { kind: 'text', text: OPEN_EN }).state;
    const text = fleetFindingText(step(st, { kind: 'fleet', fleet: base }).replies, 'en');
    expect(text.toLowerCase()).toContain(GENERAL.en.toLowerCase());
    expect(text).not.toContain('MinimumTLSVersion');
  });
});
