/**
 * FIX21B (REV21-a #7): questions are not closings nor reports. "works on one codec now, all fixed?" gets the one-system
 * answer with the question answered (not all fixed until each endpoint shows HTTPS again), the case open; "it works now,
 * all fixed?" says when it is fixed, nothing recorded; "is it the TLS thing on the Expressway?" is answered from the
 * sources and records no failing product. Reports still close or record.
 */
import { rendered, runIn } from './helpers';

const SETUP = { en: 'TMS 15.2, endpoints CE 9.15, SQL 2016 on a separate server, level Medium', ja: 'TMS 15.2、エンドポイントは CE 9.15、SQL 2016 は別サーバ、レベルは Medium です' } as const;
const TC = 'TMS 15.2, endpoints TC 7.3.3, SQL 2016 on a separate server, level Medium';

describe('"…, all fixed?" does not close the case', () => {
  it.each([
    ['en', 'works on one codec now, all fixed?', /Not all fixed yet: .*each endpoint.*HTTPS again.*it works on that one system/s],
    ['en', 'it works on one codec now. is everything fixed?', /Not all fixed yet/],
    ['ja', '1台で直りました。全部直ったということですか？', /まだすべて直ったとは言えません.*1 台で直ったとのこと/s],
  ] as const)('%s %j: one system, the question answered', (lang, msg, answer) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.route).toBe('partial-success');
    expect(r.state.facts.tlsClaims?.worksNow).not.toBe(true);
    expect(rendered(r)).toMatch(answer);
    expect(rendered(r)).not.toMatch(/Good to hear it works now|解決してよかった/);
  });

  it.each([
    ['en', 'it works now, all fixed?', /It is fixed when each endpoint that showed "No HTTPS response" shows HTTPS again/],
    ['en', 'it works now, is everything fixed?', /It is fixed when each endpoint/],
    ['ja', '直りました。これで解決ですか？', /それぞれ TMS でもう一度 HTTPS\s*で応答するようになれば解決です/],
  ] as const)('%s %j: when it is fixed, nothing recorded', (lang, msg, answer) => {
    const r = runIn(lang, [SETUP[lang], msg]);
    expect(r.state.facts.tlsClaims?.worksNow).not.toBe(true);
    expect(rendered(r)).toMatch(answer);
  });

  it.each([
    ['en', 'it works now, thanks!'],
    ['en', 'all fixed, it works now'],
    ['ja', '直りました。ありがとうございます'],
  ] as const)('%s %j still closes', (lang, msg) => {
    expect(runIn(lang, [SETUP[lang], msg]).state.facts.tlsClaims?.worksNow).toBe(true);
  });

  it('"works on one codec now" (no question) keeps the one-system answer', () => {
    const r = runIn('en', [SETUP.en, 'works on one codec now']);
    expect(r.route).toBe('partial-success');
    expect(rendered(r)).not.toMatch(/Not all fixed yet/);
  });
});

describe('"is it the TLS thing on the Expressway?" is a question', () => {
  it.each([
    ['en', 'is it the TLS thing on the Expressway?', /Expressway \/ VCS.*same wall.*do not say.*I have not counted it as failing/s],
    ['en', 'could it be the TLS 1.0 problem with our VCS-C?', /I have not counted it as failing/],
    ['ja', 'Expressway も TLS 1.0 の問題ですか？', /この製品は失敗しているシステムとしては扱っていません/],
  ] as const)('%s %j: answered, nothing recorded', (lang, msg, answer) => {
    const r = runIn(lang, [lang === 'en' ? TC : SETUP.ja, msg]);
    expect(r.state.facts.otherProducts).toBeUndefined();
    const out = rendered(r);
    expect(out).toMatch(answer);
    expect(out).not.toMatch(/here is the fix|対処方法は以下/);
  });

  it('"the Expressway shows No HTTPS response too" is still recorded', () => {
    expect(runIn('en', [TC, 'the Expressway shows No HTTPS response too']).state.facts.otherProducts).toEqual(['expressway']);
  });

  it('"is it the TLS thing on the endpoints?" gets the tls-or-not answer', () => {
    const r = runIn('en', [TC, 'is it the TLS thing on the endpoints?']);
    expect(r.route).toBe('tls-or-not');
    expect(rendered(r)).toMatch(/TC 7\.3\.3 still accepts TLS 1\.0/);
  });
});
