/**
 * QA50 #16: questions that got "I don't know that one": "what does alert 70 mean exactly?" (protocol_version),
 * "so it's not TLS? what else could it be?" (the other causes the bot knows, led by what the case's facts say) and
 * "should we just upgrade TMS to 15 anyway?" (answered per the case's TMS), in English and Japanese.
 */
import { findEntry } from '../../src/conversation/catalogue';
import { jaStyleProblems } from '../../src/domain/ja-style';
import { runIn, rendered } from './helpers';

const CASE = {
  tls: { en: 'TMS 15.13, endpoints on CE 9.15, No HTTPS response, SQL 2016, Windows 2019', ja: 'TMS 15.13、エンドポイントは CE 9.15、No HTTPS response、SQL 2016、Windows 2019' },
  notTls: { en: 'TMS 15.13, endpoints on TC 7.3.5, No HTTPS response, SQL 2016, Windows 2019', ja: 'TMS 15.13、エンドポイントは TC 7.3.5、No HTTPS response、SQL 2016、Windows 2019' },
  old: { en: 'TMS 14.6.2, endpoints on CE 9.15, No HTTPS response', ja: 'TMS 14.6.2、エンドポイントは CE 9.15、No HTTPS response' },
  raised: { en: 'TMS 15.13, endpoints on CE 9.15, No HTTPS response, SQL 2016, Windows 2019, already Medium-High and rebooted', ja: 'TMS 15.13、エンドポイントは CE 9.15、No HTTPS response、SQL 2016、Windows 2019。すでに Medium-High にして再起動済みです' },
};
const DONT_KNOW = /I don't know that one|その質問にはお答えできません/;

describe('alert 70 asked about (QA50 #16)', () => {
  it.each([
    ['en', 'what does alert 70 mean exactly?', /protocol_version[\s\S]*refuses the TLS version/],
    ['ja', 'アラート70って正確には何ですか？', /protocol_version[\s\S]*バージョンを拒否/],
  ] as const)('%s: %s', (lang, q, want) => {
    const r = runIn(lang, [CASE.tls[lang], q]);
    const text = rendered(r);
    expect(r.route).toBe('number-meaning');
    expect(text).toMatch(want);
    expect(text).not.toMatch(DONT_KNOW);
    // Nothing was pasted: the answer does not say this case shows the alert.
    expect(text).toMatch(lang === 'en' ? /If TMS is already at Medium-High/ : /すでに Medium-High/);
    if (lang === 'ja') expect(jaStyleProblems(text)).toEqual([]);
  });
  it('before any version: alert 40 is answered as handshake_failure', () => {
    expect(rendered(runIn('en', ['what is alert 40 exactly?']))).toMatch(/handshake_failure/);
  });
});

describe('what else could it be (QA50 #16)', () => {
  it.each([
    "so it's not TLS? what else could it be?",
    'what else could it be?',
    'any other causes?',
    "if it's not TLS then what?",
    'TLS じゃないなら、ほかに何が考えられますか？',
    'ほかに考えられる原因はありますか？',
  ])('%s → what-else', (q) => {
    expect(findEntry(q)?.id).toBe('what-else');
  });
  it.each(['what else can we do?', 'what else could cause the SQL service to stop?', 'what are the other steps?', 'ほかに手順はありますか？'])('%s → not what-else', (q) => {
    expect(findEntry(q)?.id).not.toBe('what-else');
  });

  it.each(['en', 'ja'] as const)('%s: not the TLS problem → the other causes, reachability first', (lang) => {
    const text = rendered(runIn(lang, [CASE.notTls[lang], lang === 'en' ? "so it's not TLS? what else could it be?" : 'TLS じゃないなら、ほかに何が考えられますか？']));
    expect(text).not.toMatch(DONT_KNOW);
    expect(text).toMatch(lang === 'en' ? /does not explain it[\s\S]*Reachability[\s\S]*Cipher suites[\s\S]*Behind Firewall/ : /説明できません[\s\S]*到達性[\s\S]*暗号スイート[\s\S]*Behind Firewall/);
    if (lang === 'ja') expect(jaStyleProblems(text)).toEqual([]);
  });
  it.each(['en', 'ja'] as const)('%s: the TLS problem → says so first, the fix comes first', (lang) => {
    const text = rendered(runIn(lang, [CASE.tls[lang], lang === 'en' ? 'what else could it be?' : 'ほかに考えられる原因はありますか？']));
    expect(text).toMatch(lang === 'en' ? /still the TLS 1\.0 problem[\s\S]*fix above comes first/ : /やはり TLS 1\.0 の問題[\s\S]*まず上の対処/);
  });
  it('TMS before 15: the upgrade comes first, not Medium-High', () => {
    const text = rendered(runIn('en', [CASE.old.en, 'what else could it be?']));
    expect(text).toMatch(/TMS 14\.6\.2 offers nothing else[\s\S]*upgrading TMS comes first/);
  });
  it('already at Medium-High: what TMS really offers is checked first', () => {
    const text = rendered(runIn('en', [CASE.raised.en, 'what else could it be?']));
    expect(text).toMatch(/TMS is at Medium-High, where it offers TLS 1\.2[\s\S]*check first that TMS really offers TLS 1\.2/);
    expect(text).not.toMatch(/fix above comes first/);
  });
});

describe('should we upgrade TMS to 15 anyway (QA50 #16)', () => {
  it.each([
    ['en', 'tls', 'should we just upgrade TMS to 15 anyway?', /No\. Your TMS 15\.13 needs no upgrade/],
    ['en', 'old', 'should we just upgrade TMS to 15 anyway?', /Yes\. TMS 14\.6\.2 cannot be fixed in place/],
    ['en', 'tls', 'should we upgrade TMS to the latest release anyway?', /No\. Your TMS 15\.13 needs no upgrade/],
    ['ja', 'tls', 'いずれにしても TMS はアップグレードしたほうがいいですか？', /いいえ。お使いの TMS 15\.13 はアップグレード不要/],
    ['ja', 'old', 'とりあえず TMS を 15 に上げるべきですか？', /はい。TMS 14\.6\.2 のままでは直せません/],
  ] as const)('%s %s: %s', (lang, c, q, want) => {
    const r = runIn(lang, [CASE[c][lang], q]);
    expect(r.route).toBe('catalogue');
    expect(rendered(r)).toMatch(want);
  });
  it.each(['how should we upgrade TMS to 15?', 'we will upgrade TMS to 15 next month'])('%s → not the yes/no upgrade answer', (q) => {
    expect(findEntry(q)?.id).not.toBe('without-tms-upgrade');
  });
});
