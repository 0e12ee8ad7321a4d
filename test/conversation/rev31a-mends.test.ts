/**
 * REV31 #1 #2 #5 #10 (mend31a).
 * #1: "port 443 answers in plain HTTP" (the mask takes "port 443" out before the HTTP-management reader) is no "managed over HTTP".
 * #2: `openssl s_client -tls1_2` refused without alert 70 (alert 40, a reset) does not show that Medium-High will not help: it may not
 *     be enough (knowledge.md: a cipher-suite mismatch gives alert 40 or a RST even at TLS 1.2), to be checked.
 * #5: 「以前は High にしていましたが今は Medium です」 is at Medium; 「以前は High に設定していました」 says nothing of now.
 * #10: a TLS 1.0 cut-off claim with facts of the user's own in another sentence: those are read; the verdict compares the exact release.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { rendered } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/tools', name), 'utf8');
const say = (lang: 'en' | 'ja', ...msgs: string[]): TurnResult => {
  let s: ConversationState = freshState(lang);
  let r: TurnResult | null = null;
  for (const m of msgs) {
    r = step(s, { kind: 'text', text: m });
    s = r.state;
  }
  return r!;
};

describe('REV31 #1: "port 443 answers in plain HTTP" is not "managed over HTTP"', () => {
  const B = 'TMS 15.9, Windows 2019, SQL 2016 remote, SX80 on CE 9.8 No HTTPS response';
  for (const m of ['port 443 answers in plain HTTP', 'port 443 answers with HTTP', 'port 443 returns plain HTTP', 'On the SX80, port 443 responds with plain HTTP.', 'if port 443 answers in plain HTTP, what then?']) {
    it(m, () => {
      const r = say('en', B, m);
      expect(r.state.facts.https).toBeUndefined();
      expect(rendered(r)).not.toMatch(/This is not the TLS 1\.0 problem \(HTTP only\)|TMS manages this endpoint over HTTP/);
    });
  }
  it('a report of the port beside it still warns that the port does not speak TLS', () => {
    expect(rendered(say('en', B, 'port 443 answers with HTTP'))).toContain('The HTTPS port is not speaking TLS');
  });
  it('managing over HTTP, said beside or alone, is still read (guards)', () => {
    expect(say('en', B, 'we manage it over plain HTTP').state.facts.https).toBe(false);
    expect(say('en', B, 'port 443 answers in plain HTTP. We manage the endpoints over HTTP anyway').state.facts.https).toBe(false);
  });
});

describe('REV31 #2: a TLS 1.2 refusal without alert 70 does not say Medium-High will not help', () => {
  const FIRST = {
    en: 'TMS 15.13, endpoints ce9.15.3.17, SQL 2016 remote, Windows 2019, level Medium',
    ja: 'TMS 15.13、エンドポイントは ce9.15.3.17、SQL 2016 はリモート、Windows 2019、レベルは Medium です',
  };
  const ALERT40 = fixture('sc-tls12-alert40.txt');
  const RESET = fixture('sc-tls12-alert70.txt').replace(/^40778A41517F0000:error:.*$/m, 'write:errno=104');
  for (const [name, paste] of [
    ['alert 40', ALERT40],
    ['a reset', RESET],
  ] as const) {
    it(`en, ${name}: "may not be enough", what to check, no "will not help"`, () => {
      const text = rendered(say('en', FIRST.en, paste));
      expect(text).toContain('A client offering TLS 1.2 was refused: Medium-High may not be enough here');
      expect(text).not.toMatch(/Medium-High will not help|will not make this endpoint reachable/);
      expect(text).toMatch(/cipher-suite mismatch/);
      expect(text).toMatch(/still needs Medium-High/);
      expect(text).toContain('xConfiguration NetworkServices HTTPS Server MinimumTLSVersion');
    });
  }
  it('ja, alert 40: 「足りない可能性」, not 「届きません」/「接続できず」', () => {
    const text = rendered(say('ja', FIRST.ja, ALERT40));
    expect(text).toContain('Medium-High だけでは足りない可能性があります');
    expect(text).not.toMatch(/Medium-High にしてもこのエンドポイントには届きません|上げてもこのエンドポイントには接続できず/);
    expect(text).toContain('暗号スイートが一致しない');
  });
  it('at Medium-High: TLS 1.2 already offered, no "still needs Medium-High"', () => {
    const text = rendered(say('en', FIRST.en.replace('level Medium', 'level Medium-High'), ALERT40));
    expect(text).toContain('Medium-High may not be enough here');
    expect(text).toMatch(/TMS at Medium-High already offers TLS 1\.2/);
    expect(text).not.toMatch(/still needs Medium-High/);
  });
  it('TMS before 15: no Medium-High to set; upgrading TMS first, and TLS 1.2 may not be enough', () => {
    const text = rendered(say('en', 'TMS 14.6, TC 7.3.6, SQL 2008 R2 local, Windows 2008 R2', RESET));
    expect(text).toContain('A client offering TLS 1.2 was refused: TLS 1.2 may not be enough here');
    expect(text).toMatch(/needs TMS upgraded to 15\.x and then Medium-High/);
    expect(text).not.toMatch(/Medium-High will not help|will not make this endpoint reachable|still needs Medium-High/);
  });
  it('alert 70 still says it will not help (guard)', () => {
    expect(rendered(say('en', FIRST.en, fixture('sc-tls12-alert70.txt')))).toContain('Medium-High will not help this endpoint');
  });
});

describe('REV31 #5: a level set before is not the level now (ja)', () => {
  const J = 'TMS 15.9、Windows 2019、SQL 2016 リモート、SX80 CE 9.8 で No HTTPS response';
  it('以前は High にしていましたが今は Medium です: Medium', () => {
    expect(say('ja', J, '以前は High にしていましたが今は Medium です').state.facts.level).toBe('medium');
  });
  it('以前は High に設定していました / 昔は Low にしていました: not recorded', () => {
    expect(say('ja', J, '以前は High に設定していました').state.facts.level).toBeUndefined();
    expect(say('ja', J, '昔は Low にしていました').state.facts.level).toBeUndefined();
  });
  it('High にしました, 今は High にしています, Medium から High にしました: High (guards)', () => {
    for (const m of ['High にしました', '今は High にしています', 'Medium から High にしました']) expect(say('ja', J, m).state.facts.level).toBe('high');
  });
});

describe('REV31 #10: the TLS 1.0 cut-off route', () => {
  it('en: the rest of the message is read (TMS 14.6.2, CE 9.8), the claim answered first; CE 8.1 not taken', () => {
    const r = say('en', 'TLS 1.0 was dropped in CE 8.1, right? Our TMS is 14.6.2 and the codecs are on CE 9.8');
    expect(r.state.facts.tms?.semver).toBe('14.6.2');
    expect(r.state.facts.endpoint?.semver).toBe('9.8.0');
    const text = rendered(r);
    expect(text).toMatch(/^That fits: CE 8\.1 is the first that refuses TLS 1\.0\./m);
    expect(text.indexOf('That fits')).toBeLessThan(text.indexOf('this TMS cannot be fixed in place'));
    expect(r.replies[0].answers).toBeGreaterThan(0);
  });
  it('ja: the same', () => {
    const r = say('ja', 'CE 8.1 から TLS1.0 が使えなくなったんですよね？うちの TMS は 14.6.2 で、端末は CE 9.8 です');
    expect(r.state.facts.tms?.semver).toBe('14.6.2');
    expect(r.state.facts.endpoint?.semver).toBe('9.8.0');
    expect(rendered(r)).toContain('そのとおりです。CE 8.1 が TLS 1.0 を拒否する最初のリリースです。');
  });
  it('the claim alone still records nothing (guard)', () => {
    expect(say('en', 'TLS 1.0 was dropped in CE 8.1, right?').state.facts).toEqual({});
  });
  it('CE 8.0.0 is not "the last" (every CE 8.0.x accepts TLS 1.0); CE 8.0, the line, is', () => {
    const one = rendered(say('en', 'CE 8.0.0 is the last release that accepts TLS 1.0'));
    expect(one).not.toMatch(/no later CE release does/);
    expect(one).toContain('every CE 8.0.x release accepts it');
    expect(rendered(say('ja', 'CE8.0.0 が TLS1.0 に対応する最後のバージョンと言われました'))).toContain('CE 8.0.x はどれも受け付け');
    expect(rendered(say('en', 'CE 8.0 is the last release that accepts TLS 1.0'))).toContain('That fits: CE 8.0 accepts TLS 1.0');
  });
  it('CE 8.1.3 is not the first that refuses TLS 1.0; CE 8.1.0 and TC 7.3.6 are', () => {
    const late = rendered(say('en', 'CE 8.1.3 is the first version that refuses TLS 1.0'));
    expect(late).not.toMatch(/That fits/);
    expect(late).toContain('CE 8.1.3 does refuse TLS 1.0, but it is not the first');
    expect(rendered(say('ja', 'CE 8.1.3 から TLS1.0 が使えなくなった'))).toContain('最初のリリースではありません');
    expect(rendered(say('en', 'CE 8.1.0 is the first version that refuses TLS 1.0'))).toContain('That fits: CE 8.1.0 is the first');
    expect(rendered(say('en', 'TC 7.3.6 is the first version that refuses TLS 1.0'))).toContain('That fits: TC 7.3.6 is the first');
  });
});
