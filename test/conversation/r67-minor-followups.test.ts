/**
 * FIX10C (QA36 #13, minor): "SX20 on 7.3.6" is TC 7.3.6 (a bare 7.3.x is TC's); "is that supported?" after Windows Server
 * 2025 gets the Server 2025 answer; "what about the registry fix from the technote?" on TMS 13 gets the "before TMS 15 it
 * does not help" answer (EN/JA). Elsewhere those short questions stay as they were.
 */
import { rendered, runIn } from './helpers';

describe('QA36 #13: minor follow-ups', () => {
  it('en: "SX20 on 7.3.6" is TC 7.3.6, not asked again', () => {
    const r = runIn('en', ['SX20 on 7.3.6, TMS 15.2, no https response']);
    expect(r.state.facts.endpoint).toMatchObject({ family: 'TC', semver: '7.3.6' });
    expect(rendered(r)).not.toMatch(/Which software version do the affected endpoints run/);
  });

  it.each([
    ['en', 'TMS 15.10 on Server 2025, DX80 ce9.15 no https response', 'is that supported?', /Whether Cisco supports TMS on Server 2025 is not something I know/],
    ['ja', 'TMS 15.10、Windows Server 2025、DX80 ce9.15 で No HTTPS response', 'それはサポートされていますか？', /Windows Server 2025 の場合/],
  ] as const)('%s: "is that supported?" after Server 2025', (lang, first, ask, answer) => {
    expect(rendered(runIn(lang, [first, ask]))).toMatch(answer);
  });

  it.each([
    ['en', 'TMS 13.2.2, C40 TC7.3.7 no https response', 'what about the registry fix from the technote?', /With TMS older than 15 none of this applies/],
    ['en', 'TMS 13.2.2, C40 TC7.3.7 no https response', 'will the registry change from the technote help?', /With TMS older than 15 none of this applies/],
    ['ja', 'TMS 13.2.2、C40 TC7.3.7 で No HTTPS response', 'テクニカルノートのレジストリ変更はどうですか？', /TMS 15 より前/],
  ] as const)('%s: %s → %s', (lang, first, ask, answer) => {
    expect(rendered(runIn(lang, [first, ask]))).toMatch(answer);
  });

  it('en: "is that supported?" with another Windows release is not the Server 2025 answer', () => {
    expect(rendered(runIn('en', ['TMS 15.10 on Server 2019, DX80 ce9.15 no https response', 'is that supported?']))).not.toMatch(/Server 2025/);
  });
});
