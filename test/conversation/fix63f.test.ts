/**
 * QA63 MISSING #12, #14, #15 and AWKWARD #16–#18 (fix63f): the fix files asked in plain words, closing and cancelling phrases,
 * follow-ups in common forms, a "why" question about the SQL update, a CE-only model with its version unknown, and protocols
 * off from IIS Crypto's template shown as unconfirmed.
 */
import { findings, rendered, runIn } from './helpers';
import type { TurnResult } from '../../src/conversation/types';

const EN = 'TMS 15.9, SX80 CE 9.15, SQL 2016 remote, Windows 2016';
const JA = 'TMS 15.9、CE 9.15 の SX80、SQL 2016 別サーバ、Windows 2016 です。';
const hasFilesAction = (r: TurnResult) => r.replies.some((x) => x.blocks.some((b) => b.type === 'actions' && b.actions.some((a) => a.id === 'fix-files')));

describe('QA63 #12: the fix files asked in plain words', () => {
  it.each(['files', 'the files please', 'send me the files', 'ok send me the files', 'can I get the reg file', 'can I get the reg file?', 'give me the .reg', 'download', 'can you give me the .reg file', 'I need the reg file'])(
    'EN: %s gets the Fix files answer and its action',
    (m) => {
      const r = runIn('en', [EN, m]);
      expect(r.route).toBe('catalogue');
      expect(rendered(r)).toMatch(/^Fix files$/m);
      expect(hasFilesAction(r)).toBe(true);
      expect(rendered(r)).not.toMatch(/could not find a version or a request/);
    },
  );

  it.each(['ファイルをください', 'ファイルを送ってください', 'ファイルをダウンロードしたいです', 'ファイル', 'ファイルをダウンロードできますか', 'reg ファイルをください'])('JA: %s gets the 修正ファイル answer and its action', (m) => {
    const r = runIn('ja', [JA, m]);
    expect(rendered(r)).toMatch(/^修正ファイル$/m);
    expect(hasFilesAction(r)).toBe(true);
    expect(rendered(r)).not.toMatch(/読み取れませんでした|お答えできません/);
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'can I have the reg file to turn TLS 1.0 back on?'],
    ['en', 'we got the files from the TechNote'],
    ['ja', 'ファイルを送ります'],
    ['ja', 'ファイルをダウンロードしました'],
  ])('%s: not a request for the files: %s', (lang, m) => {
    expect(rendered(runIn(lang, [lang === 'en' ? EN : JA, m]))).not.toMatch(/^(?:Fix files|修正ファイル)$/m);
  });
});

describe('QA63 #14: closing and cancelling phrases', () => {
  it.each(['ok fixed it, thanks', 'fixed it, thanks', 'we fixed it', 'ok fixed, thanks'])('EN: %s closes the case as working', (m) => {
    const r = runIn('en', [EN, m]);
    expect(r.route).toBe('closing');
    expect(rendered(r)).toMatch(/Good to hear it works now/);
  });

  it.each(['fixed it in the lab', "fixed it, but the MXPs still fail"])('EN: not a closing: %s', (m) => {
    expect(runIn('en', [EN, m]).route).not.toBe('closing');
  });

  it('EN: "never mind" drops the open question, keeps every fact said (TMS too) and offers start over', () => {
    const r = runIn('en', ['TMS 15.2.1, SX20 No HTTPS response', 'TC7.3.6', 'never mind']);
    expect(r.route).toBe('intent-cancel');
    const out = rendered(r);
    expect(out).toMatch(/I have dropped that question\. I keep what you told me \(TMS 15\.2\.1 · TC 7\.3\.6\)/);
    expect(out).toMatch(/say "start over"/);
    expect(out).not.toMatch(/which line that takes back/);
    expect(r.state.pending).toBeNull();
    expect(r.state.facts.tms).toBeDefined();
  });

  it('JA: 「やっぱりいいです」 is a cancel, never an SQL version', () => {
    const r = runIn('ja', ['TMS 15.2.1 で SX20 が No HTTPS response', 'TC7.3.6 です', 'やっぱりいいです']);
    expect(r.route).toBe('intent-cancel');
    const out = rendered(r);
    expect(out).toMatch(/先ほどの質問は取り下げます。伺った内容（TMS 15\.2\.1、TC 7\.3\.6）はそのまま残しています/);
    expect(out).not.toMatch(/SQL Server のバージョンを読み取れませんでした/);
    expect(r.state.facts.sql).toBeUndefined();
  });

  it.each(['never mind that', 'ignore that'])('EN: %s is still a retraction of a line', (m) => {
    expect(runIn('en', ['TMS 15.2.1, SX20 No HTTPS response', 'TC7.3.6', m]).route).toBe('retraction');
  });
});

describe('QA63 #15: follow-ups in common forms', () => {
  it('JA: 「手順 3 はどうやりますか？」 gets step 3', () => {
    const r = runIn('ja', [JA, '手順 3 はどうやりますか？']);
    expect(r.route).toBe('step');
    expect(rendered(r)).toMatch(/手順 3：/);
  });

  it('EN: "do I need anything before the registry?" on Windows 2008 SP2: KB4019276 first', () => {
    const r = runIn('en', ['TMS 15.2.1 on Windows Server 2008 SP2 (not R2), SQL 2016 remote, SX20 on TC7.3.6', 'do I need anything before the registry?']);
    expect(rendered(r)).toMatch(/KB4019276, before anything else/);
  });

  it.each(['and the reboot?', 'what about the reboot?'])('EN: %s is "is a reboot needed?"', (m) => {
    const r = runIn('en', [EN, m]);
    expect(rendered(r)).toMatch(/^Is a reboot needed\?$/m);
    expect(rendered(r)).not.toMatch(/I don't know that one/);
  });

  it('EN: "sorry, it\'s 2008 R2 actually" with Windows 2008 and SQL 2016 held corrects Windows, unasked', () => {
    const r = runIn('en', ['TMS 15.2.1 on Windows Server 2008 SP2 (not R2), SQL 2016 remote, SX20 on TC7.3.6', "sorry, it's 2008 R2 actually"]);
    expect(r.state.facts.windows).toMatchObject({ year: 2008, r2: true });
    expect(r.state.facts.sql).toMatchObject({ year: 2016 });
    expect(rendered(r)).not.toMatch(/the SQL Server or the Windows Server release/);
  });

  it('EN: "oh wait, it\'s 2008 R2" with Windows 2012 R2 and SQL 2016 held is still asked (QA52 #2)', () => {
    const r = runIn('en', ['TMS 15.9, SX80 CE 9.15, SQL 2016 remote, Windows 2012 R2', "oh wait, it's 2008 R2"]);
    expect(rendered(r)).toMatch(/the SQL Server or the Windows Server release/);
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'show steps'],
    ['en', 'show me the steps'],
    ['ja', '手順を見せてください'],
  ])('%s: %s shows the answer again in full', (lang, m) => {
    expect(runIn(lang, [lang === 'en' ? EN : JA, m]).route).toBe('details-again');
  });

  it('EN: "same fix?" after Meeting Server and Expressway were reported: the other-products answer, for them, not counted as unknown', () => {
    const r = runIn('en', ['Besides endpoints, our Meeting Server 3.6 and Expressway also show errors in TMS after we updated them. TMS is 15.9', 'same fix?']);
    const out = rendered(r);
    expect(out).toMatch(/Cisco Meeting Server and Expressway \/ VCS, managed by TMS over HTTPS, meet the same wall/);
    expect(out).toMatch(/the same one as for endpoints/);
    expect(out).not.toMatch(/I have not counted it as failing/);
  });

  it('JA: 「同じ対処ですか？」 after Meeting Server was reported', () => {
    const r = runIn('ja', ['エンドポイントのほかに Meeting Server 3.6 も TMS でエラーになっています。TMS は 15.9 です', '同じ対処ですか？']);
    expect(rendered(r)).toMatch(/エンドポイントの場合と同じものです/);
  });

  it('EN: "same fix?" with endpoints only is not the other-products answer', () => {
    expect(rendered(runIn('en', [EN, 'same fix?']))).not.toMatch(/Other products TMS manages/);
  });
});

describe('QA63 #17: "why is the SQL update needed?" gets the reason', () => {
  const S = ['TMS 15.6.1 / SX10 ce9.15.3.17 / Windows 2012 / SQL 2012 SP3 on the TMS server', 'ビルドは 11.0.6020.0 です'];
  it.each<['en' | 'ja', string, RegExp]>([
    ['ja', 'なぜ SQL のアップデートが必要なんですか？', /TMS サーバ上で動く SQL Server は TLS の設定の影響を受け、データベースが止まると TMS も止まるためです/],
    ['en', 'why do I need to update SQL?', /Because a SQL Server on the TMS server itself reacts to TLS settings/],
  ])('%s: %s', (lang, m, want) => {
    const out = rendered(runIn(lang, [...S, m]));
    expect(out).toMatch(want);
    expect(out).not.toMatch(/SQL Server を先に更新する必要はありますか|Does SQL Server need an update first\?/);
  });

  it('EN: "do I need to update SQL?" is still the update answer', () => {
    expect(rendered(runIn('en', [...S, 'do I need to update SQL?']))).toMatch(/Does SQL Server need an update first\?/);
  });
});

describe('QA63 #18: what settles a fact, and where a value comes from', () => {
  it('JA: a Room Kit Mini with its version unknown: no "assumed: refuses TLS 1.0" warning, the model settles it', () => {
    const r = runIn('ja', ['TMS のエラー「No HTTPS response」について相談です', 'エンドポイントは Room Kit Mini です。バージョンは分かりません']);
    const out = rendered(r);
    expect(out).toMatch(/Room Kit Mini は CE 9 \/ RoomOS で登場した機種で TC を動かせないため/);
    expect(out).not.toMatch(/仮定：エンドポイントは TLS 1\.0 を受け付けない/);
    expect(r.state.facts.endpointModels).toEqual(['Room Kit Mini']);
  });

  it('EN: an SX80 with its version unknown keeps the assumption (the model does not settle it)', () => {
    const r = runIn('en', ['No HTTPS response in TMS, endpoints are SX80', "I don't know the version"]);
    expect(rendered(r)).toMatch(/Assumed: the endpoints refuse TLS 1\.0/);
  });

  it.each<['en' | 'ja', string, string, RegExp, RegExp]>([
    ['en', 'TMS 15.13 on 2019, SQL 2019 remote, Room Kit Pro RoomOS 11.9, level Medium-High already, still No HTTPS response', 'we applied IIS Crypto best practices last month', /TLS 1\.0 off \(from IIS Crypto Best Practices, not confirmed\)/, /TLS 1\.0 off \(as you said\)/],
    ['ja', 'TMS 15.13、Windows 2019、SQL 2019 別サーバ、Room Kit Pro RoomOS 11.9、レベルは Medium-High ですがまだ No HTTPS response です', '先月 IIS Crypto の Best Practices を適用しました', /TLS 1\.0 無効（IIS Crypto の Best Practices から推定、未確認）/, /TLS 1\.0 無効（お聞きした内容）/],
  ])('%s: protocols off from the template are shown as unconfirmed', (lang, a, b, want, not) => {
    const r = runIn(lang, [a, b]);
    expect(r.state.facts.tlsClaims?.iisCryptoBestPractices).toBe(true);
    const out = rendered(r);
    expect(out).toMatch(want);
    expect(out).not.toMatch(not);
    expect(findings(r).length).toBeGreaterThan(0);
  });
});
