/**
 * QA round 5b (#2, #3, #6, #10): what a message says about another site is not the case's; bare
 * corrections of a known field ("2022 not 2025", 「やっぱり2008 R2」); capture results and evidence
 * said in prose are read as observations.
 */
import { aboutOtherSite } from '../../src/domain/understand/other-site';
import { bareCorrection } from '../../src/domain/understand/correction';
import { rendered, talk } from './helpers';

const EN = 'TMS 15.9, CE 9.12 on Room Kit, Windows 2019, SQL 2016 remote';
const JA = 'TMS 15.9、CE 9.12 (Room Kit)、Windows 2019、SQL 2016 別サーバ';

describe('#2 a message to someone else about another site does not replace the case', () => {
  it.each([
    'the Osaka TMS is still 14.6',
    'the other site is on TC7.3.3',
    'another office runs 14.6',
    '大阪のTMSはまだ14.6です',
    '別拠点の端末はTC7.3.3です',
  ])('%j is about another site', (m) => expect(aboutOtherSite(m)).toBe(true));
  it.each(['our TMS is 15.2', 'the new TMS is 15.13', 'the Cisco TMS is 15.2', 'the TMS box is 2012 R2', 'うちのTMSは15.2です', '本番のTMSは15.2です', '会議室の端末はCE 9.15です'])(
    '%j is not',
    (m) => expect(aboutOtherSite(m)).toBe(false),
  );

  it('EN: nothing is taken, the reply says what and why, the next answer is for the case', () => {
    const [first, r, next] = talk(EN, "@bob fyi the Osaka TMS is still 14.6 and their SX20s are on TC7.3.3, don't touch them", 'ok so for our one, is the reboot needed?');
    expect(r.state.facts).toEqual(first.state.facts);
    const text = rendered(r);
    expect(text).toMatch(/Not taken into this case: TMS 14\.6, TC 7\.3\.3/);
    expect(text).toMatch(/your versions stay as they were \(TMS 15\.9, CE 9\.12\)/);
    expect(text).not.toMatch(/Updated:/);
    expect(next.state.facts.tms?.semver).toBe('15.9.0');
    expect(rendered(next)).not.toMatch(/older than 15/);
  });

  it('JA: the same', () => {
    const [first, r] = talk(JA, '@佐藤さん 大阪のTMSはまだ14.6で、SX20はTC7.3.3のままなので触らないでください');
    expect(r.state.facts).toEqual(first.state.facts);
    expect(rendered(r)).toMatch(/この件には反映していません：TMS 14\.6、TC 7\.3\.3。.*こちらのバージョン（TMS 15\.9、CE 9\.12）はそのままです/s);
  });

  it('a message to someone else about this system still adds its facts', () => {
    const [, r] = talk('TMS 15.9, CE 9.12', '@john fyi the TMS server runs Windows 2012 R2');
    expect(r.state.facts.windows).toMatchObject({ year: 2012, r2: true });
    const [, j] = talk('TMS 15.9、CE 9.12', '@佐藤さん うちのTMSのOSは2019です');
    expect(j.state.facts.windows).toMatchObject({ year: 2019 });
  });
});

describe('#3 bare corrections of a known field', () => {
  it.each([
    ['no wait, the rebuild was actually 2022 not 2025', { value: '2022', replaced: '2025' }],
    ['2012 R2, not 2016', { value: '2012 R2', replaced: '2016' }],
    ['あ、違う、やっぱり2008 R2です。古い方のサーバでした', { value: '2008 R2' }],
    ['違います、2016ではなく2019です', { value: '2019', replaced: '2016' }],
  ])('%j', (m, c) => expect(bareCorrection(m)).toEqual(c));
  it.each(['we plan to move to 2025, not 2022', 'is it 2022 not 2025?', '2022 and 2025', 'the rebuild was 2022'])('%j is none', (m) =>
    expect(bareCorrection(m)).toBeNull(),
  );

  it('EN: "actually 2022 not 2025" replaces Windows 2025 while the level question is open', () => {
    const [first, r, reboot] = talk('TMS 15.13, Windows Server 2025, SQL 2019 remote, endpoints RoomOS 11.14', 'no wait, the rebuild was actually 2022 not 2025', 'do I still need to reboot?');
    expect(first.state.pending).toBe('need-security-level');
    expect(r.state.facts.windows).toMatchObject({ year: 2022 });
    expect(rendered(r)).toMatch(/Updated: Windows Server 2025 → Windows Server 2022/);
    expect(rendered(reboot)).toMatch(/on Windows Server 2022/);
  });

  it('JA: 「やっぱり2008 R2」 goes back to the value just replaced (not SQL)', () => {
    const [, , r] = talk('No HTTPS responseです。TMS15.2、TC7.3.7、Windows 2008 R2、SQLは別サーバ', 'いや、Windowsは2012 R2でした', 'あ、違う、やっぱり2008 R2です。古い方のサーバでした');
    expect(r.state.facts.windows).toMatchObject({ year: 2008, r2: true });
    expect(r.state.facts.sql).toBeUndefined();
    expect(rendered(r)).toMatch(/更新：Windows Server 2012 R2 → Windows Server 2008 R2/);
  });

  it('the same shapes for TMS and SQL', () => {
    const [, r] = talk('TMS 15.12, CE 9.15, Windows 2016, SQL 2014 local', "sorry it's 15.13 not 15.12");
    expect(r.state.facts.tms?.semver).toBe('15.13.0');
    const [, s] = talk('TMS 15.12, CE 9.15, Windows 2016, SQL 2014 local', 'actually 2014 SP2');
    expect(s.state.facts.sql).toMatchObject({ year: 2014, sp: 2 });
    expect(s.state.facts.windows).toMatchObject({ year: 2016 });
  });
});

describe('#6 capture results said in prose', () => {
  const setupEn = ['TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote', 'Medium-High set and rebooted, Force Refresh, still No HTTPS response'];
  it('EN: "the Client Hello version is still TLS 1.0 (0x0301)" at Medium-High: the level is not in effect', () => {
    const r = talk(...setupEn, 'in Wireshark the Client Hello version is still TLS 1.0 (0x0301)')[2];
    const text = rendered(r);
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toEqual(['capture-clienthello-tls10-only']);
    expect(text).toMatch(/the ClientHello in the capture offers only TLS 1\.0, which is what Medium sends/);
    expect(text).not.toMatch(/could not find a version/);
  });
  it('JA: 「ClientHello の Version が TLS 1.0 (0x0301) のままです」', () => {
    const r = talk('TMS 15.2.1、CE 9.15、Windows 2019、SQL 2016 別サーバ', 'Medium-Highにして再起動しました。Force Refreshしてもまだ No HTTPS response', 'Wiresharkで見たら ClientHello の Version が TLS 1.0 (0x0301) のままです')[2];
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toEqual(['capture-clienthello-tls10-only']);
    expect(rendered(r)).toMatch(/キャプチャの ClientHello は TLS 1\.0 しか提示しておらず/);
  });
  it('a condition or a question about a hello is no observation', () => {
    const r = talk(...setupEn, 'if the client hello is 0x0301 what does it mean?')[2];
    expect(r.state.facts.evidence).toBeUndefined();
  });
});

describe('#10 evidence and endpoint questions in prose', () => {
  const MH = 'TMS 15.13, endpoints CE 9.15.3 Room Kit, Windows 2019, SQL remote. Medium-High already set and rebooted, still No HTTPS response';
  const MH_JA = 'TMS 15.13、エンドポイントは CE 9.15.3、Windows 2019、SQL は別サーバ。Medium-High にして再起動済みですがまだ No HTTPS response';

  it('"we ran IIS Crypto last month, applied Best Practices": read as the template applied, with the cipher-suite caveat', () => {
    const r = talk(MH, 'we ran IIS Crypto last month, applied Best Practices')[1];
    expect(r.state.facts.tlsClaims).toMatchObject({ iisCryptoBestPractices: true, tls10: 'off', ssl3: 'off' });
    expect(rendered(r)).toMatch(/without a cipher suite in common: the endpoint then answers even a TLS 1\.2 ClientHello with alert 40/);
    const j = talk(MH_JA, 'IIS Cryptoを先月実行して、Best Practicesを適用しました')[1];
    expect(j.state.facts.tlsClaims?.iisCryptoBestPractices).toBe(true);
    expect(rendered(j)).toMatch(/共通の暗号スイートがなくなることもあります/);
  });
  it('"we did not apply IIS Crypto Best Practices" is no such claim', () => {
    const r = talk(MH, 'we did not run IIS Crypto, no Best Practices applied')[1];
    expect(r.state.facts.tlsClaims?.iisCryptoBestPractices).toBeUndefined();
  });

  it('"what should I check on the endpoint?" lists the xAPI checks (EN/JA)', () => {
    const text = rendered(talk(MH, 'what should I check on the endpoint?')[1]);
    expect(text).toMatch(/What to check on the endpoint/);
    expect(text).toMatch(/xConfiguration NetworkServices HTTP Mode/);
    expect(text).toMatch(/MinimumTLSVersion` must not be above TLS 1\.2/);
    expect(text).toMatch(/xStatus SystemUnit Software Version/);
    expect(text).not.toMatch(/does not change my previous answer/);
    expect(rendered(talk(MH_JA, 'エンドポイント側では何を確認すればいいですか？')[1])).toMatch(/エンドポイントで確認すること/);
  });

  it('a pasted MinimumTLSVersion line is read for its value, in the conversation\'s language', () => {
    const r = talk(MH, 'xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.2')[1];
    expect(rendered(r)).toMatch(/This endpoint's minimum is TLS 1\.2: not above the TLS 1\.2 that TMS offers at Medium-High/);
    expect(rendered(r)).not.toMatch(/could not find a version/);
    const j = talk(MH_JA, '*c xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.2')[1];
    expect(j.replies[0].lang).toBe('ja');
    expect(rendered(j)).toMatch(/このエンドポイントの最小は TLS 1\.2 で/);
    const atMedium = talk('TMS 15.13, CE 9.15.3', 'xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.2')[1];
    expect(rendered(atMedium)).toMatch(/fine once TMS is at Medium-High .*at Medium TMS offers TLS 1\.0 only, which this minimum refuses/);
  });

  it('openssl s_client with "tlsv1 alert protocol version" and "Protocol : TLSv1": a TLS 1.0 hello refused', () => {
    const paste = [
      'CONNECTED(00000003)',
      '140735:error:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:s3_pkt.c:1493:SSL alert number 70',
      '---',
      'New, TLSv1/SSLv3, Cipher is (NONE)',
      'SSL-Session:',
      '    Protocol  : TLSv1',
    ].join('\n');
    const r = talk('TMS 15.10, CE 8.3, Windows 2012, SQL remote', paste)[1];
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toContain('tool-tls10-refused');
    expect(rendered(r)).toMatch(/A client held to TLS 1\.0 was turned away/);
    // the same alert with a TLS 1.2 session: a client offering TLS 1.2 and nothing newer was refused (QA55 #5), not TLS 1.0
    const r12 = talk('TMS 15.10, CE 8.3, Windows 2012, SQL remote', paste.replace('TLSv1\n', 'TLSv1.2\n').replace(/TLSv1$/, 'TLSv1.2'))[1];
    expect(r12.state.facts.evidence?.observations.map((o) => o.code)).toContain('tool-tls12-refused');
  });
});

describe('#13 mixed fleets and products that fail while the endpoints work', () => {
  const MIXED = 'TMS 14.6.2 here, endpoints went to CE 9.8 (Codec Pro) and TC7.3.21 (SX20). No HTTPS response on all of them';

  it('the Codec Pro named beside the SX20 is said to be no downgrade candidate, and downgrading is answered per model', () => {
    const [first, reg, down] = talk(MIXED, "can't we just enable TLS 1.2 in the registry?", 'ok, what about downgrading?');
    expect(first.state.facts.endpointModels).toEqual(['SX20', 'Codec Pro']);
    expect(rendered(first)).toMatch(/The Codec Pro cannot be downgraded: it is hardware introduced with CE 9 \/ RoomOS/);
    expect(rendered(reg)).toMatch(/Is the registry change alone enough\?/);
    expect(rendered(reg)).not.toMatch(/I don't know that one/);
    const text = rendered(down);
    expect(text).toMatch(/The SX20 can go back to TC 7\.3\.3/);
    expect(text).toMatch(/The Codec Pro cannot/);
    expect(text).toMatch(/only way is upgrading TMS to 15\.x/);
  });
  it('JA: the same fleet', () => {
    const [first, , down] = talk('TMS 14.6.2 です。エンドポイントは CE 9.8 (Codec Pro) と TC7.3.21 (SX20) です', 'レジストリでTLS 1.2を有効にするだけではだめですか？', 'ダウングレードはどうですか？');
    expect(rendered(first)).toMatch(/Codec Pro はダウングレードできません/);
    expect(rendered(down)).toMatch(/SX20 は、暫定策として TLS 1\.0 を受け付ける TC 7\.3\.3 に戻せます.*Codec Pro は戻せません/s);
  });
  it('a fleet that ran TC ("upgraded from TC7.3.3") still gets the roll-back answer without CE-only models in it', () => {
    const [, down] = talk('TMS 14.6.2, upgraded ~40 codecs (SX80, MX700) from TC7.3.3 to ce9.12.3', 'can they roll back the codecs?');
    expect(rendered(down)).toMatch(/Yes, the SX80 and MX700 can go back/);
  });

  it('endpoints working at Medium-High while Expressway-C and CMS fail: the products are where to look (EN/JA)', () => {
    const [, r] = talk('TMS 15.10, Windows 2016, SQL 2016 remote', 'CE 9.15 endpoints fine now but our Expressway-C and the CMS 3.x still show No HTTPS response, level Medium-High');
    const text = rendered(r);
    expect(text).toMatch(/The endpoints work, so look at the Cisco Meeting Server, Expressway \/ VCS/);
    expect(text).toMatch(/the TMS-side fix is in place/);
    expect(text).not.toMatch(/CE 9\.15 refuses TLS 1\.0/);
    expect(text).not.toMatch(/The likely gap is Windows/);
    const [, j] = talk('TMS 15.10、Windows 2016、SQL 2016 別サーバ', 'CE 9.15 のエンドポイントは直りましたが、Expressway-C と CMS 3.x がまだ No HTTPS response です。レベルは Medium-High');
    expect(rendered(j)).toMatch(/エンドポイントは正常なので、Cisco Meeting Server、Expressway \/ VCS 側を確認してください/);
  });
  it('at Medium the products get the usual same-wall answer', () => {
    const [, r] = talk('TMS 15.10, Windows 2016, SQL 2016 remote', 'the endpoints are fine but our Expressway-C shows No HTTPS response, level Medium');
    expect(rendered(r)).not.toMatch(/The endpoints work, so look at/);
    expect(rendered(r)).toMatch(/Expressway/);
  });
});
