/**
 * FIX60A: reader leftovers. #1 production's release said alone ("prod is 14.6", 「本番は14.6です」) is the case's TMS.
 */
import { prodTmsAlone } from '../../src/domain/understand/prod-tms';
import { runIn } from './helpers';

const B = {
  en: 'TMS 15.13 at Medium, Windows 2016, SQL 2016 remote, SX80s upgraded to CE 9.15.3, now No HTTPS response',
  ja: 'TMS 15.13（Medium）、Windows 2019、SQL 2019 は別サーバー。ce9.15.3 の SX80 が No HTTPS response です',
} as const;

describe('FIX60A #1: "prod is 14.6" alone is the case\'s TMS', () => {
  it.each([
    ['en', 'prod is 14.6'],
    ['en', 'sorry, production is on 14.6'],
    ['ja', '本番は14.6です'],
  ] as const)('%s mid-case %j corrects TMS to 14.6', (lang, msg) => {
    expect(runIn(lang, [B[lang], msg]).state.facts.tms?.semver).toBe('14.6.0');
  });

  it('as the answer to the TMS question', () => {
    const r = runIn('en', ['Windows 2016, SQL 2016 remote, SX80s upgraded to CE 9.15.3, now No HTTPS response', 'prod is 14.6']);
    expect(r.state.facts.tms?.semver).toBe('14.6.0');
  });

  it.each([
    'prod is 14.6?', 'is prod 14.6?', 'if prod is 14.6, what then?', 'prod is 15.13 next month', 'prod will be 15.13', "prod isn't 14.6",
    'prod is not 14.6', 'prod was 14.6', "the other site's prod is 14.6", 'prod is 11.5', 'prod is 9.15.3',
    '本番は14.6ですか', '本番は14.6ではありません', '本番は15.13にする予定です', '本番は14.6から15.13に上げました', 'もし本番が14.6なら',
  ])('%j is no statement of production\'s TMS now', (msg) => {
    expect(prodTmsAlone(msg)).toBeNull();
  });

  it('mid-case, a question keeps TMS 15.13', () => {
    expect(runIn('en', [B.en, 'prod is 14.6?']).state.facts.tms?.semver).toBe('15.13.0');
  });
});

describe('FIX60A #2 (QA59 #5): a named non-Cisco product\'s version is no TC release', () => {
  const NO_EP = 'TMS 15.13 at Medium, Windows 2016, SQL 2016 remote, now No HTTPS response after a firmware upgrade';
  const POLY = 'TMS 15.13 at Medium, Windows 2016, SQL 2016 remote. No HTTPS response for our Polycom Group 500 after a firmware upgrade';
  it.each([
    ['en', NO_EP, 'Polycom Group 500 6.2.2'],
    ['en', NO_EP, "it's a Polycom, firmware 6.2.2"],
    ['en', NO_EP, 'the Polycoms on 6.2.2 also fail'],
    ['en', POLY, '6.2.2'],
    ['en', POLY, 'firmware 6.2.2'],
    ['ja', 'TMS 15.13（Medium）、Windows 2019、SQL 2019 は別サーバー。Polycom RealPresence Group 500 が No HTTPS response です', '6.2.2'],
  ] as const)('%s %j then %j: not TC 6.2.2, what tells instead', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint).toBeUndefined();
    const text = JSON.stringify(r.replies);
    expect(text).not.toMatch(/TC 6\.2\.2/);
    expect(text).toMatch(lang === 'en' ? /not a Cisco TC or CE release.*capture/ : /Cisco の TC や CE のリリースではない.*キャプチャ/);
  });

  it.each([
    [NO_EP, '6.2.2', 'TC'],
    [POLY, 'TC 7.3.6', 'TC'],
    [POLY, 'the SX80s are on ce9.15.3', 'CE'],
  ])('%j then %j is read as a Cisco release', (first, msg, family) => {
    expect(runIn('en', [first, msg]).state.facts.endpoint?.family).toBe(family);
  });
});

describe('FIX60A #3: a request or a tag question about TLS 1.0 records nothing and is answered', () => {
  it.each(['please confirm TLS 1.0 is enabled', 'the reg leaves TLS 1.0 on, right?', 'TLS 1.0 stays enabled, right?', 'please check TLS 1.0 is on'])('%j', (msg) => {
    const r = runIn('en', [B.en, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(r.route).toBe('catalogue');
    expect(JSON.stringify(r.replies)).toMatch(/leaves TLS 1\.0 \(and SSL 3\.0\) exactly as they are now/);
  });

  it.each(['I checked: TLS 1.0 is enabled', 'we checked and TLS 1.0 is enabled'])('%j (reported) is still read', (msg) => {
    expect(runIn('en', [B.en, msg]).state.facts.tlsClaims?.tls10).toBe('on');
  });
});

describe('FIX60A #4: a .reg had or tried is no TLS 1.2 on', () => {
  it.each([
    ['en', 'we already have the reg to enable TLS 1.2', /not the same as having it imported/],
    ['en', "the reg to enable TLS 1.2 didn't work", /failed attempt.*What did you import/],
    ['en', 'we tried to import the reg to enable TLS 1.2 but the import failed', /failed attempt/],
    ['ja', 'TLS 1.2 を有効にする reg はもうあります', /インポート済みであることは別/],
  ] as const)('%s %j', (lang, msg, re) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.state.facts.tlsClaims?.tls12).toBeUndefined();
    expect(r.route).toBe('reg-purpose');
    expect(JSON.stringify(r.replies)).toMatch(re);
  });

  it.each([
    ['we imported the reg to enable TLS 1.2', 'on'],
    ['we have the reg to enable TLS 1.2 and TLS 1.2 is already enabled', 'on'],
  ])('%j is still read', (msg, v) => {
    expect(runIn('en', [B.en, msg]).state.facts.tlsClaims?.tls12).toBe(v);
  });

  // REV37 #7: imported, then the problem still there, is the registry change done (at Medium it does not fix this on its own), not
  // a failed import: the claims are kept and the answer says the registry alone does not fix it.
  it.each([
    ["we imported the reg to enable TLS 1.2 and rebooted, still no luck", true],
    ["we imported the reg to enable TLS 1.2 but it didn't work", false],
  ])('%j: TLS 1.2 on as said, the registry alone does not fix it', (msg, rebooted) => {
    const r = runIn('en', [B.en, msg]);
    expect(r.state.facts.tlsClaims?.tls12).toBe('on');
    if (rebooted) expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    expect(r.route).not.toBe('reg-purpose');
    expect(JSON.stringify(r.replies)).toMatch(/registry alone does not fix this/);
  });

  it('a request for it is still the tls12-reg route', () => {
    expect(runIn('en', [B.en, 'send me the reg to enable TLS 1.2']).route).toBe('tls12-reg');
  });
});

describe('FIX60A #5: "is it possible this is not the TLS problem?" is answered', () => {
  it.each([
    // (The facts held fit, so what would show otherwise comes first since FIX61B #4, REV37 #10.)
    ['en', 'is it possible this is not the TLS problem?', /What shows it is not.*What shows it is this problem.*ClientHello/],
    ['en', 'so this is not a TLS issue?', /What shows it is not/],
    ['en', 'could it be something else?', /probe/],
    ['ja', 'TLS の問題ではない可能性はありますか？', /この問題だと分かる材料.*キャプチャ/],
  ] as const)('%s %j', (lang, msg, re) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.route).toBe('tls-doubt');
    expect(JSON.stringify(r.replies)).toMatch(re);
  });

  it.each([
    "this is not a TLS problem, it's the firewall",
    'are you sure it\'s TLS? the cert was also changed',
    "The web UI of the codec works in a browser, so it can't be a TLS problem, right?",
  ])('%j is left to other readers', (msg) => {
    expect(runIn('en', [B.en, msg]).route).not.toBe('tls-doubt');
  });
});

describe('FIX60A #6: Medium-High worked for some units on the same release, not one', () => {
  const SAME = 'TMS 15.13, Windows 2016, SQL 2016 remote. SX20s and an MX300 all on TC 7.3.21 showed No HTTPS response';
  it('is the same-release card, not "check the Windows side"', () => {
    const r = runIn('en', [SAME, 'Medium-High worked for the SX20s, not the MX300 on TC 7.3.21']);
    expect(r.state.facts.sameReleaseWorks).toBe(true);
    const text = JSON.stringify(r.replies);
    expect(text).toMatch(/Systems on the same release work: look at the failing ones/);
    expect(text).not.toMatch(/check the Windows side/);
  });

  it.each([
    ['TMS 15.13, Windows 2016, SQL 2016 remote. SX20s on TC 7.3.20 and an MX300 on TC 7.3.21 showed No HTTPS response', 'Medium-High worked for the SX20s, not the MX300 on TC 7.3.21'],
    ['TMS 15.13, Windows 2016, SQL 2016 remote. SX20s and an MX300 show No HTTPS response after an upgrade', 'Medium-High worked for the SX20s, not the MX300 on TC 7.3.21'],
    [SAME, 'if Medium-High worked for the SX20s, not the MX300 on TC 7.3.21, what then?'],
  ])('releases differ or unknown, or not a report: not read (%#)', (first, msg) => {
    expect(runIn('en', [first, msg]).state.facts.sameReleaseWorks).toBeUndefined();
  });
});
