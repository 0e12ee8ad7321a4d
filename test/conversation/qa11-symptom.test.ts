/**
 * QA round 11 #1: a ticket naming another symptom than "No HTTPS response" got the full TLS 1.0 fix
 * (Medium-High, which turns Telnet/SNMP off), and "…, not No HTTPS response" after a diagnosis
 * "did not change the answer". Now: not shown to be this problem, what to check, no fix, no kit; a
 * later "it is No HTTPS response after all" brings the diagnosis back. EN and JA.
 */
import { talk, last, findings, rendered } from './helpers';
import { step, freshState } from '../../src/conversation/engine';
import { buildFixKit } from '../../src/fixkit';

const T = 'TMS 15.2.1, endpoints CE 9.15.3 show No HTTPS response, Windows 2016, SQL 2016 local';
const J = 'TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response になっています。Windows 2016、SQL 2016 はローカルです';

function talkJa(...msgs: string[]) {
  let state = freshState('ja');
  const out = [];
  for (const m of msgs) {
    const r = step(state, { kind: 'text', text: m });
    out.push(r);
    state = r.state;
  }
  return out;
}

const summaryOf = (r: ReturnType<typeof talk>[number]) => r.replies.find((x) => x.summary)?.summary;

describe('another symptom: not shown to be this problem', () => {
  it.each([
    ['en', ['TMS 15.2.1, endpoints CE 9.15.3 show Wrong username or password in Navigator, Windows 2016, SQL 2016 local'], 'Wrong username or password'],
    ['en', ['TMS 15.2.1, CE 9.15.3, the endpoints show "Authentication failed", Windows 2016, SQL 2016 local'], 'Authentication failed'],
    ['en', [T, 'the endpoint shows Authentication failed, not No HTTPS response'], 'Authentication failed'],
    ['ja', ['TMS 15.2.1、CE 9.15.3 の端末で「Wrong username or password」と表示されます。Windows 2016、SQL 2016 ローカル'], 'Wrong username or password'],
    ['ja', [J, '端末には Authentication failed と出ています。No HTTPS response ではありません'], 'Authentication failed'],
  ] as const)('%s %j', (lang, msgs, name) => {
    const r = last(lang === 'ja' ? talkJa(...msgs) : talk(...msgs));
    expect(findings(r)).toEqual(['other-symptom-not-shown']);
    const s = summaryOf(r)!;
    expect(s.verdict).not.toBe('fix');
    expect(s.steps).toEqual([]);
    expect(s.cause).toContain(name);
    const out = rendered(r);
    expect(out).toContain('No HTTPS response');
    expect(out).not.toMatch(/here is the fix|does not change my previous answer|対処方法は以下|前の回答は変わりません/);
    expect(out).not.toContain('Transport Layer Security Options > Communication Security = Medium-High');
    if (lang === 'ja') expect(s.headline).toContain('TLS 1.0 の問題とは言えません');
    else expect(s.headline).toContain('Not shown to be the TLS 1.0 problem');
    // The fix kit is not offered as the answer.
    expect(buildFixKit({ facts: r.state.facts, lang }).ok).toBe(false);
  });

  it.each([
    ['en', [T, 'the endpoint shows Authentication failed, not No HTTPS response', 'sorry, it is No HTTPS response after all']],
    ['ja', [J, '端末には Authentication failed と出ています。No HTTPS response ではありません', 'やはり No HTTPS response でした']],
  ] as const)('%s: "No HTTPS response after all" brings the diagnosis back', (lang, msgs) => {
    const r = last(lang === 'ja' ? talkJa(...msgs) : talk(...msgs));
    expect(r.state.facts.otherSymptom).toBeUndefined();
    expect(summaryOf(r)!.verdict).toBe('fix');
    expect(findings(r)).toContain('tms-medium-tls10-only');
  });

  it.each([
    T,
    'TMS 15.2.1, CE 9.15.3, errors: No HTTPS response; Wrong username or password. Windows 2016, SQL 2016 local',
    'TMS 15.2.1, CE 9.15.3, Windows 2016, SQL 2016 local',
  ])('%s keeps the fix', (msg) => {
    const r = last(talk(msg));
    expect(summaryOf(r)!.verdict).toBe('fix');
    expect(findings(r)).not.toContain('other-symptom-not-shown');
  });

  it('a "Security violation: Telnet…" after Medium-High is not another symptom', () => {
    const r = last(talk(T, 'after Medium-High the HDX shows Security violation: Telnet communication is not allowed'));
    expect(r.state.facts.otherSymptom).toBeUndefined();
    expect(findings(r)).not.toContain('other-symptom-not-shown');
  });
});
