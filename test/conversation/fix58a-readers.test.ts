/**
 * fix58a: readers left from the last session, EN and JA.
 * #3: a unit said NOT affected (「TC 7.3.21 の MX300 は影響ありません」) keeps the case's release, as "… is not affected" did.
 * #6: 「Communication Security はすでに High」 inside a longer message records High (as the EN form did).
 * #7: "the customer" alone is the case's own customer: "the customer also has an SX80 on CE 9.10" is another unit of this case;
 *     only "another / other / a different customer", 「別のお客様」 is another owner.
 */
import { rendered, runIn } from './helpers';

const B = { en: 'TMS 15.2 No HTTPS response, SX80 on CE 9.8, SQL 2016 remote, Windows 2016, level Medium', ja: 'TMS 15.2 で No HTTPS response。SX80 は CE 9.8、SQL 2016 は別サーバ、Windows 2016、レベルは Medium です' };

describe('#3: a unit said not affected keeps the case release', () => {
  it.each([
    ['en', 'the MX300 on TC 7.3.21 is not affected'],
    ['ja', 'TC 7.3.21 の MX300 は影響ありません'],
    ['ja', 'TC 7.3.21 の MX300 は影響はないです'],
    ['ja', 'TC 7.3.21 の MX300 は影響を受けていません'],
  ] as const)('%s: %s', (lang, msg) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(r.state.facts.endpointGroups?.find((g) => g.endpoint.raw === 'TC 7.3.21')?.fails).toBe(false);
    expect(rendered(r)).not.toMatch(/Updated: CE 9\.8|更新：CE 9\.8/);
  });

  it.each([
    ['ja', 'TC 7.3.21 の MX300 は影響があります'],
    ['ja', 'TC 7.3.21 の MX300 に影響がないか確認してください'],
  ] as const)('%s: %s is no unit said to work', (lang, msg) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.state.facts.endpointGroups?.find((g) => g.endpoint.raw === 'TC 7.3.21')?.fails).not.toBe(false);
  });
});

describe('#6: the level said High with 「すでに」 in a longer message', () => {
  it.each([
    ['ja', 'TMS 15.2、CE 9.15 です。Communication Security はすでに High です'],
    ['ja', 'TMS 15.2、CE 9.15、Communication Security はすでに High'],
    ['ja', 'TMS 15.2、CE 9.15、セキュリティレベルはすでに High です'],
    ['ja', 'セキュリティレベルはすでに High なのに No HTTPS response が出ます'],
    ['ja', 'Communication Security はすでに High ですが、まだエラーです'],
    ['en', 'TMS 15.2, CE 9.15, Communication Security is already High'],
  ] as const)('%s: %s records High', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.level).toBe('high');
  });

  it.each([
    ['ja', 'TMS 15.2、CE 9.15、Communication Security は High ではありません'],
    ['ja', 'TMS 15.2、CE 9.15、Communication Security はもう High にする予定です'],
    ['ja', 'TMS 15.2、CE 9.15、Communication Security はすでに High ですか？'],
    ['ja', 'TMS 15.2、CE 9.15、ログレベルはすでに High です'],
  ] as const)('%s: %s records no High', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.level).not.toBe('high');
  });
});

describe('#7: "the customer" is the case\'s own customer; another customer is another owner', () => {
  it.each([
    ['en', 'the customer also has an SX80 on CE 9.10'],
    ['en', 'the customer also has an MX300 on TC 7.3.21'],
    ["en", "the customer's MX300 is on TC 7.3.21"],
    ['ja', 'お客様にも TC 7.3.21 の MX300 があります'],
  ] as const)('%s: %s is another unit of this case, the case release kept', (lang, msg) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.route).toBe('other-unit-said');
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(rendered(r)).not.toMatch(/it is someone else's|ほかの方の機器|What it means for them|先方にとっての意味/);
  });

  it.each([
    ['en', 'another customer also has an SX80 on CE 9.10'],
    ['en', 'a different customer has an MX300 on TC 7.3.21'],
    ['en', 'our partner also has an MX300 on TC 7.3.21'],
    ['ja', '別のお客様にも TC 7.3.21 の MX300 があります'],
    ['ja', '先方にも TC 7.3.21 の MX300 があります'],
  ] as const)("%s: %s is another owner's (or site's), nothing recorded", (lang, msg) => {
    const r = runIn(lang, [B[lang], msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(r.state.facts.endpointGroups).toBeUndefined();
    expect(rendered(r)).toMatch(/someone else's|another site's|ほかの方の機器|別の拠点/);
  });
});

describe('#5: the HTTPS port supposed NOT to answer in plain HTTP records nothing and is answered', () => {
  it.each([
    ['en', "if port 443 doesn't answer in plain HTTP?"],
    ['en', 'what if port 443 does not answer in plain HTTP?'],
    ['en', "port 443 doesn't answer in plain HTTP?"],
    ['ja', '443 が平文の HTTP で応答しなかったら？'],
    ['ja', '443 番ポートが HTTP で応答しない場合は？'],
  ] as const)('%s: %s', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.https).toBeUndefined();
    expect(r.route).toBe('catalogue');
    expect(rendered(r)).toMatch(lang === 'en' ? /If port 443 does not answer in plain HTTP, that other cause is ruled out/ : /443 番ポートが平文の HTTP で応答しないなら/);
  });

  it.each([
    ['en', "port 443 doesn't answer in plain HTTP"],
    ['en', "we manage them over HTTPS, port 443 doesn't answer in plain HTTP"],
  ] as const)('%s: %s (a statement) records no HTTP management', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.https).not.toBe(false);
  });

  it.each([
    ['en', 'our endpoints are managed over HTTP', false],
    ['ja', 'エンドポイントは HTTP で管理しています', false],
  ] as const)('%s: %s still records HTTP management', (lang, msg, https) => {
    expect(runIn(lang, [msg]).state.facts.https).toBe(https);
  });

  it('the plain-HTTP supposition keeps its own answer', () => {
    expect(rendered(runIn('en', ['what if port 443 answers in plain HTTP?']))).toMatch(/it does not speak TLS at all/);
  });
});

describe('#2: a plan or a question about the .reg and TLS 1.0 records no TLS 1.0 state', () => {
  const M_EN = 'TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15. Windows Server 2012 R2, SQL Server 2008 R2 SP2 on the TMS server, Communication Security is Medium.';
  const M_JA = 'TMS 15.2 で CE 9.15 にした SX80 が No HTTPS response です。Windows Server 2012 R2、SQL Server 2008 R2 SP2 は TMS サーバ上、Communication Security は Medium です。';
  const M = { en: M_EN, ja: M_JA };

  it.each([
    ['en', 'we will import the reg to turn TLS 1.0 back on tomorrow'],
    ['en', 'I will enable TLS 1.0 again tonight'],
    ['ja', '明日 reg をインポートして TLS 1.0 を戻す予定です'],
  ] as const)('%s: %s (a plan) records nothing', (lang, msg) => {
    expect(runIn(lang, [M[lang], msg]).state.facts.tlsClaims?.tls10).toBeUndefined();
  });

  it.each([
    ['en', 'please confirm the .reg leaves TLS 1.0 enabled'],
    ['en', 'does the reg disable TLS 1.0?'],
    ['en', 'will the fix files turn TLS 1.0 off?'],
    ['en', "can you confirm the reg file doesn't disable TLS 1.0?"],
    ['ja', 'この reg で TLS 1.0 は有効のままですか？'],
    ['ja', 'reg を入れると TLS 1.0 は無効になりますか'],
    ['ja', '修正ファイルの reg は TLS 1.0 に影響しますか？'],
  ] as const)('%s: %s (a question) records nothing and says what the .reg does', (lang, msg) => {
    const r = runIn(lang, [M[lang], msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    const out = rendered(r);
    expect(out).toMatch(lang === 'en' ? /changes nothing else: it leaves TLS 1\.0 \(and SSL 3\.0\) exactly as they are now/ : /ほかは何も変更しません。TLS 1\.0（と SSL 3\.0）は今の状態のままです/);
    expect(out).toMatch(lang === 'en' ? /SQL Server 2008 R2 SP2 on the TMS server needs: TLS 1\.0 must stay on/ : /TMS サーバ上の SQL Server 2008 R2 SP2 にはそれが必要です/);
  });

  it.each([
    ['en', 'we imported the reg to turn TLS 1.0 back on', 'on'],
    ['en', 'TLS 1.0 is enabled', 'on'],
    ['ja', 'TLS 1.0 は有効のままです', 'on'],
    ['ja', 'TLS 1.0 を無効にしました', 'off'],
  ] as const)('%s: %s (a state) is still read', (lang, msg, state) => {
    expect(runIn(lang, [M[lang], msg]).state.facts.tlsClaims?.tls10).toBe(state);
  });

  it('TLS 1.0 said off with a SQL Server that needs it: the back-on .reg named', () => {
    const out = rendered(runIn('en', [M_EN, 'TLS 1.0 was disabled by GPO', 'does the reg disable TLS 1.0?']));
    expect(out).toMatch(/You said TLS 1\.0 is off[\s\S]*tls10-back-on\.reg/);
  });

  it('"can we turn TLS 1.0 off too?" keeps its own answer', () => {
    expect(runIn('en', [M_EN, 'can we turn TLS 1.0 off too?']).replies.map((x) => JSON.stringify(x)).join('')).toMatch(/Can TLS 1\.0 be turned off too\?/);
  });
});

describe('#1: the .reg that enables TLS 1.2, asked for, is answered as the fix files; nothing recorded', () => {
  const OLD_SQL = { en: 'TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15. Windows Server 2012 R2, SQL Server 2008 R2 SP2 on the TMS server, Communication Security is Medium.', ja: 'TMS 15.2 で CE 9.15 にした SX80 が No HTTPS response です。Windows Server 2012 R2、SQL Server 2008 R2 SP2 は TMS サーバ上、Communication Security は Medium です。' };
  const REMOTE = { en: 'TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15. Windows Server 2012 R2, SQL Server 2016 on a separate server, Communication Security is Medium.', ja: 'TMS 15.2 で CE 9.15 にした SX80 が No HTTPS response です。Windows Server 2012 R2、SQL Server 2016 は別サーバ、Communication Security は Medium です。' };
  const FILES = { en: /The fix files for .*enable-tls12\.reg sets TLS 1\.2/, ja: /修正ファイルです.*enable-tls12\.reg は Schannel の Client と Server で TLS 1\.2 を有効にします/ };
  const BACK_ON = /TLS 1\.0\\Client\]\s+"Enabled"=dword:00000001/;

  it.each([
    ['en', 'send me the reg to enable TLS 1.2'],
    ['en', 'can you give me the .reg that turns on TLS 1.2?'],
    ['ja', 'TLS 1.2 を有効にする reg をください'],
    ['ja', 'TLS 1.0 を残したまま TLS 1.2 を有効にする reg ファイルをください'],
  ] as const)('%s: %s gets the fix files, no TLS 1.0 .reg', (lang, msg) => {
    const r = runIn(lang, [REMOTE[lang], msg]);
    expect(r.route).toBe('tls12-reg');
    expect(rendered(r)).toMatch(FILES[lang]);
    expect(rendered(r)).not.toMatch(BACK_ON);
    expect(r.state.facts.tlsClaims).toBeUndefined();
  });

  it.each([
    ['en', 'send me the reg to enable TLS 1.2'],
    ['ja', 'TLS 1.2 を有効にする reg をください'],
  ] as const)('%s: %s with a fact missing: what is missing, the question', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(rendered(r)).toMatch(lang === 'en' ? /No fix files yet/ : /まだ修正ファイルは作れません/);
    expect(r.state.facts).toEqual({});
  });

  it.each([
    ['en', 'send me the reg to enable TLS 1.0 and TLS 1.2'],
    ['en', 'give me the .reg for TLS 1.0 and 1.2'],
    ['ja', 'TLS 1.0 と 1.2 を有効にする reg'],
  ] as const)('%s: %s with a SQL Server that needs TLS 1.0: the fix files and the back-on .reg', (lang, msg) => {
    const r = runIn(lang, [OLD_SQL[lang], msg]);
    expect(r.route).toBe('tls12-reg');
    expect(rendered(r)).toMatch(FILES[lang]);
    expect(rendered(r)).toMatch(BACK_ON);
    expect(r.state.facts.tlsClaims).toBeUndefined();
  });

  it('TLS 1.0 and 1.2 asked with no SQL Server that needs TLS 1.0: the fix files and why TLS 1.0 does not help', () => {
    const r = runIn('en', [REMOTE.en, 'send me the reg to enable TLS 1.0 and TLS 1.2']);
    expect(rendered(r)).toMatch(FILES.en);
    expect(rendered(r)).toMatch(/No, it does not help/);
    expect(rendered(r)).not.toMatch(BACK_ON);
  });

  it.each([
    ['en', 'does the reg enable TLS 1.2?'],
    ['en', 'we imported the reg to enable TLS 1.2'],
    ['en', "I don't need the reg for TLS 1.2"],
    ['en', 'send me the reg to enable TLS 1.1 and 1.2'],
    ['en', 'give me the .reg to re-enable TLS 1.0'],
  ] as const)('%s: %s is not this request', (lang, msg) => {
    expect(runIn(lang, [REMOTE[lang], msg]).route).not.toBe('tls12-reg');
  });
});
