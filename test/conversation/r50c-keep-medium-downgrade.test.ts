/**
 * "Keep the level at Medium for now and downgrade the C40s to TC 7.3.3 instead" (TMS 15.2.1, MXPs over Telnet), JA
 * 「当面はMediumのままにして、C40はTC7.3.3に戻します」: a choice confirmed with what it means (Telnet kept for the MXPs,
 * TC 7.3.3 accepts TLS 1.0, CE-only hardware cannot go back), not a release recorded as running now.
 */
import { rendered, runIn } from './helpers';

const EN1 = 'TMS 15.2.1, C40s on TC7.3.16 show No HTTPS response. We also have MXPs managed over Telnet';
const JA1 = 'TMS 15.2.1、C40 を TC7.3.16 にしたら No HTTPS response。MXP も Telnet で管理しています';
const FIRST = { en: EN1, ja: JA1 } as const;

describe('r50c: keep Medium, downgrade the TC codecs instead', () => {
  it.each([
    ['en', 'keep the level at Medium for now and downgrade the C40s to TC 7.3.3 instead', [/stays at Medium/, /Telnet and SNMP/, /Tandberg MXP/, /accepts TLS 1\.0/, /cannot run TC/]],
    ['en', "we'll stay on Medium and roll back the C40s to 7.3.3", [/stays at Medium/, /cannot run TC/]],
    ['ja', '当面はMediumのままにして、C40はTC7.3.3に戻します', [/Medium のままにして/, /Telnet と SNMP/, /Tandberg MXP/, /TLS 1\.0 をまだ受け付けます/, /TC を実行できず/]],
  ] as const)('%s: "%s" is confirmed as a choice', (lang, msg, expected) => {
    const r = runIn(lang, [FIRST[lang], msg]);
    const out = rendered(r);
    for (const re of expected) expect(out).toMatch(re);
    expect(out).not.toMatch(/not the TLS 1\.0 problem|TLS 1\.0 の問題ではありません|could not find a version|読み取れませんでした/);
    // A plan: the release running now is still the one said before.
    expect(r.state.facts.endpoint?.raw).toBe('TC 7.3.16');
    expect(r.state.facts.level).toBe('medium');
  });

  it.each([
    ['en', 'we kept Medium and downgraded the C40s to TC 7.3.3'],
    ['en', 'should we keep Medium and downgrade the C40s to TC 7.3.3?'],
    ['en', 'keep the level at Medium-High and downgrade to TC 7.3.3'],
    ['ja', 'Mediumのまま、C40はTC7.3.3に戻しました'],
  ] as const)('%s: "%s" is not read as the plan', (lang, msg) => {
    const out = rendered(runIn(lang, [FIRST[lang], msg]));
    expect(out).not.toMatch(/stays at Medium for now|Medium のままにして、代わりに/);
  });
});
