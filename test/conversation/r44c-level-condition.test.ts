/**
 * R44C (QA round 29 M2): a level named as the condition an endpoint release works under ("Will CE 8.0 endpoints still
 * work at Medium-High?", "TC 7.3.3 is OK at Medium-High.", 「TC 7.3.3はMedium-Highでも問題ありません」) is not the TMS's
 * level: none is stored, the release is a case asked about. "Will TC 7.3.6 be OK at Medium-High?" gets the yes-as-far-as-
 * TLS answer: it refuses TLS 1.0 but accepts TLS 1.2, which Medium-High offers.
 */
import { rendered, runIn } from './helpers';

const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const F16_JA = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です';

describe('R44C: a level that is an endpoint condition', () => {
  it.each([
    ['en', F16, 'Will CE 8.0 endpoints still work at Medium-High?'],
    ['en', F16, 'TC 7.3.3 is OK at Medium-High.'],
    ['ja', F16_JA, 'TC 7.3.3はMedium-Highでも問題ありません。'],
    ['ja', F16_JA, 'CE 8.0のエンドポイントはMedium-Highでも動きますか？'],
  ] as const)('%s %s / %s: no level stored, the endpoint kept', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.level).toBeUndefined();
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(rendered(r)).not.toMatch(/already at Medium-High|すでに Medium-High/);
  });

  it('a TC 7.3.3 remark gets the TLS answer for that case', () => {
    expect(rendered(runIn('en', [F16, 'TC 7.3.3 is OK at Medium-High.']))).toMatch(/At Medium-High, as far as TLS goes, yes/);
  });

  it.each([
    ['en', F16, 'Will TC 7.3.6 be OK at Medium-High?', /refuses TLS 1\.0 but accepts TLS 1\.2/],
    ['ja', F16_JA, 'TC 7.3.6はMedium-Highでも動きますか？', /TLS 1\.0 を受け付けませんが、TLS 1\.2 は受け付けます/],
  ] as const)('%s: %s gets a yes as far as TLS goes', (lang, setup, msg, re) => {
    const r = runIn(lang, [setup, msg]);
    expect(rendered(r)).toMatch(re);
    expect(r.state.facts.level).toBeUndefined();
  });

  it.each([
    ['en', 'TMS 15.9, CE 9.15, at Medium-High, still No HTTPS response'],
    ['en', 'TMS 15.9, CE 9.15 endpoints still fail at Medium-High'],
    ['en', 'TMS 15.9, our CE 9.15 endpoints work fine at Medium-High now'],
    ['ja', 'TMS 15.9はMedium-Highで、CE 9.15が動きません'],
  ] as const)('%s %s: the TMS level is still read', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.level).toBe('medium-high');
  });
});
