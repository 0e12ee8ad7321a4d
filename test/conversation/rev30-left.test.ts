/**
 * Readers left by the twenty-seventh session (helper left-a): REV30 #2 the negation in a Medium-High report is read in the level
 * change's own clause only.
 */
import { rendered, runIn } from './helpers';
import { normalizeState } from '../../src/conversation/guards';
import { step } from '../../src/conversation/engine';

const S = {
  en: 'TMS 15.2.1, we upgraded the SX80 to CE 9.15 last night and now it shows No HTTPS response, level Medium, Windows 2016, SQL 2016 on the TMS server',
  ja: 'TMS 15.2.1、昨夜 SX80 を CE 9.15 にアップグレードしたら No HTTPS response になりました。レベルは Medium、Windows 2016、SQL 2016 は TMS サーバ上',
};

describe('REV30 #2: a "not" outside the level change\'s clause does not negate the change', () => {
  it.each([
    ['en', 'set Medium-High, nothing else, still red, the SX80 is not reachable by ping either'],
    ['en', "We set Medium-High, still failing, the SX80 isn't reachable by ping either"],
    ['en', "We set Medium-High, didn't change anything else, still red"],
    ['ja', 'Medium-High に変更しましたが、まだ赤いです。SX80 は ping も通りません'],
    ['ja', 'Medium-High に変更しました。他は何も変えていません。まだ失敗します'],
  ] as const)('%s: %s leads with the restart', (lang, line) => {
    const r = runIn(lang, [S[lang], line]);
    expect(r.route).toBe('raised-no-restart');
    expect(rendered(r)).toMatch(lang === 'en' ? /First the restart/ : /まず再起動です/);
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
  });

  it.each([
    ['en', 'we did NOT set Medium-High yet, still red'],
    ['en', "We haven't set Medium-High, still failing"],
    ['en', 'We did not change anything, still red, Medium-High is set'],
    ['en', 'The customer set Medium-High, still failing'],
    ['en', 'We set Medium-High, and the SX80 is still failing, but the MX700 is not'],
    ['en', "We set Medium-High, the SX80 still fails, the MX700 isn't failing anymore"],
    ['ja', 'Medium-High に変更していません。まだ失敗します'],
    ['ja', '設定は何も変えていませんが、Medium-High に変更しました、まだ失敗します'],
    ['ja', 'お客様が Medium-High に変更しましたが、まだ失敗します'],
  ] as const)('%s: %s (negated, another party\'s, or one system fine) is not that report', (lang, line) => {
    const r = runIn(lang, [S[lang], line]);
    expect(r.route).not.toBe('raised-no-restart');
    expect(r.state.facts.tlsClaims?.levelRaised).toBeFalsy();
  });
});

describe('left-a #2: "the new one" answers "Which one runs TMS now?"', () => {
  const OPEN = {
    en: 'TMS 15.2.1, CE 9.15 endpoints show No HTTPS response, level Medium, SQL 2016 on the TMS server',
    ja: 'TMS 15.2.1、エンドポイントは CE 9.15 で No HTTPS response、レベルは Medium、SQL 2016 は TMS サーバ上',
  };
  const PAIR = { en: 'our old TMS server was 2008 R2, the new one is 2016', ja: '旧サーバは 2008 R2、新サーバは 2016 です' };
  it.each([
    ['en', 'the new one'],
    ['en', 'the new server'],
    ['en', 'yes, TMS runs on the new one'],
    ['ja', '新しい方'],
    ['ja', '新サーバです'],
    ['ja', '新しいサーバで動いています'],
  ] as const)('%s: %s records the new server\'s Windows as the TMS server\'s', (lang, line) => {
    const asked = runIn(lang, [OPEN[lang], PAIR[lang]]);
    expect(asked.state.facts.windows).toBeUndefined();
    const r = runIn(lang, [OPEN[lang], PAIR[lang], line]);
    expect(r.understoodNothing).toBeFalsy();
    expect(r.state.facts.windows).toMatchObject({ year: 2016, r2: false });
    expect(rendered(r)).toMatch(/Windows Server 2016/);
  });

  it('after "Does TMS run on it now?" (one new server named), "yes" records its Windows', () => {
    const r = runIn('en', [OPEN.en, 'we moved to a new server on 2019', 'yes']);
    expect(r.state.facts.windows).toMatchObject({ year: 2019 });
  });

  it.each([
    ['en', 'the old one'],
    ['en', 'not the new one'],
    ['en', 'the new one will be live next week'],
    ['en', 'yes'],
    ['ja', '新サーバはまだです'],
  ] as const)('%s: %s records no Windows', (lang, line) => {
    expect(runIn(lang, [OPEN[lang], PAIR[lang], line]).state.facts.windows).toBeUndefined();
  });

  it('"the new one" with no such question asked reads nothing as Windows', () => {
    expect(runIn('en', [OPEN.en, 'the new one']).state.facts.windows).toBeUndefined();
  });

  it('the servers\' Windows said while the SQL question is open is not a SQL answer', () => {
    const r = runIn('en', ['TMS 15.2.1, CE 9.15 endpoints show No HTTPS response, level Medium', PAIR.en]);
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.facts.windows).toBeUndefined();
  });
});

describe('left-a #2: the asked question survives a stored state, garbage does not', () => {
  const OPEN = 'TMS 15.2.1, CE 9.15 endpoints show No HTTPS response, level Medium, SQL 2016 on the TMS server';
  it('a stored state (JSON round trip) still reads "the new one"', () => {
    const asked = runIn('en', [OPEN, 'our old TMS server was 2008 R2, the new one is 2016']).state;
    expect(asked.serverAsked).toEqual({ now: '2016', old: '2008 R2' });
    const stored = JSON.parse(JSON.stringify(asked));
    expect(step(stored, { kind: 'text', text: 'the new one' }).state.facts.windows).toMatchObject({ year: 2016 });
  });
  it('a malformed serverAsked is dropped', () => {
    const bad = { ...runIn('en', [OPEN]).state, serverAsked: { now: 'x'.repeat(500) } } as unknown as Parameters<typeof normalizeState>[0];
    expect(normalizeState(bad, { kind: 'text', text: 'hi' }).serverAsked).toBeUndefined();
  });
});

describe('left-a #3: 「High にしました」 is a level change to High, as "we set it to High"', () => {
  const OPEN = {
    en: 'TMS 15.13, SQL 2016 on the TMS server, CE 9.15, Windows 2016, Medium',
    ja: 'TMS 15.13、SQL 2016 は TMS サーバ上、CE 9.15、Windows 2016、Medium',
  };
  it.each([
    ['en', 'we set it to High'],
    ['ja', 'High にしました'],
    ['ja', 'High に変更しました'],
    ['ja', 'セキュリティレベルを High に変更しました'],
    ['ja', 'High に設定しましたが、まだ失敗します'],
  ] as const)('%s: %s records High and answers with the certificate check', (lang, line) => {
    const r = runIn(lang, [OPEN[lang], line]);
    expect(r.understoodNothing).toBeFalsy();
    expect(r.state.facts.level).toBe('high');
    expect(rendered(r)).toMatch(lang === 'en' ? /TMS is at High: check the endpoints' certificates first/ : /TMS は High です（まずエンドポイントの証明書/);
  });

  it.each([
    'High に変更していません',
    'High にする予定です',
    'High にします',
    'ログレベルを High にしました',
    '優先度を High に変更しました',
    'High に変更するように言われました',
  ])('ja: %s records no High', (line) => {
    expect(runIn('ja', [OPEN.ja, line]).state.facts.level).toBe('medium');
  });
});

describe('left-a #4: a claim about the last release that accepts TLS 1.0 is answered with the cut-off, recorded as nothing', () => {
  const P = {
    en: 'TMS 15.2.1, endpoints CE 9.15, Windows 2019, level Medium, SQL 2016 on the TMS server',
    ja: 'TMS 15.2.1、エンドポイントは CE 9.15、Windows 2019、レベルは Medium、SQL 2016 は TMS サーバ上',
  };
  it.each([
    ['en', 'the vendor told us TC 7.3.3 is the last release that accepts TLS 1.0', /TC 7\.3\.3 does accept TLS 1\.0, but it is not the last[\s\S]*up to 7\.3\.5[\s\S]*TC 7\.3\.6 and CE 8\.1\.0 are the first[\s\S]*not recorded TC 7\.3\.3/],
    ['ja', 'TC7.3.3 が TLS1.0 に対応する最後のバージョンと言われました', /TC 7\.3\.3 は TLS 1\.0 を受け付けますが、最後のリリースではありません[\s\S]*TC 7\.3\.6 と CE 8\.1\.0 から[\s\S]*記録していません/],
    ['en', 'TC 7.3.5 is the last release that accepts TLS 1.0, right?', /That fits: TC 7\.3\.5 accepts TLS 1\.0/],
    ['ja', 'TLS1.0 に対応している最後のバージョンは TC 7.3.5 です', /そのとおりです。TC 7\.3\.5/],
    ['en', 'CE 9.15 is the last release that accepts TLS 1.0', /CE 9\.15 does not accept TLS 1\.0/],
    ['en', 'the first version that refuses TLS 1.0 is TC 7.3.4', /TC 7\.3\.4 still accepts TLS 1\.0: the cut-off comes later/],
  ] as const)('%s: %s', (lang, line, want) => {
    const r = runIn(lang, [P[lang], line]);
    expect(r.route).toBe('tls10-cutoff');
    expect(rendered(r)).toMatch(want);
    expect(r.state.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
  });

  it.each([
    ['en', 'which is the last TC release that accepts TLS 1.0?'],
    ['ja', 'TLS 1.0 に対応する最後のバージョンはどれですか？'],
  ] as const)('%s: the question %s gets the threshold answer', (lang, line) => {
    const r = runIn(lang, [P[lang], line]);
    expect(r.route).toBe('catalogue');
    expect(rendered(r)).toMatch(lang === 'en' ? /TC 7\.3\.6 and CE 8\.1\.0 are the first releases that refuse TLS 1\.0[\s\S]*TC up to 7\.3\.5/ : /TC 7\.3\.6 と CE 8\.1\.0 から[\s\S]*TC 7\.3\.5 まで/);
  });

  it('with nothing on record, the release named is not taken as the endpoints\'', () => {
    const r = runIn('en', ['TMS 15.2.1, No HTTPS response', 'TC 7.3.3 is the last release that accepts TLS 1.0']);
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(rendered(r)).toMatch(/not recorded TC 7\.3\.3/);
  });

  it.each([
    ['en', 'our codecs run TC 7.3.3, which is the last release that accepts TLS 1.0'],
    ['en', 'Cisco TAC asked us to try TC 7.3.3'],
    ['en', 'CE 9.15 is the latest and doesn\'t support TLS 1.0'],
    ['en', 'what is the last step after disabling TLS 1.0?'],
    ['ja', 'TC 7.3.3 に戻すように TAC から言われました'],
    ['ja', 'CE 9.15 は TLS1.0 が使えないので最後に確認します'],
  ] as const)('%s: %s is not that claim', (lang, line) => {
    expect(runIn(lang, [P[lang], line]).route).not.toBe('tls10-cutoff');
  });
});
