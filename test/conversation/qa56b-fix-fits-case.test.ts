/**
 * QA56 #7, #8, #9: fix steps that did not fit the case.
 * - #7: at Medium-High or High (found there, not raised by this fix) the verify step described a server at Medium ("Before the
 *   fix you see TLS 1.0 answered by a TCP RST", "TLS 1.0 is off while TMS is still at Medium"). It now says TMS should already
 *   offer TLS 1.2, what a missing or TLS 1.0 hello then means, and what to check when a TLS 1.2 hello still fails (at High,
 *   the endpoint certificate too), as the card's "already at Medium-High" finding does. The answer's step and "how do I
 *   verify?" alike; Medium unchanged.
 * - #8: TMS before 15 gets no fix in place, so the SQL caveat's "The fix above only adds TLS 1.2" pointed at nothing: it names
 *   the TMS 15 fix, after the upgrade. TMS 15 keeps "The fix above".
 * - #9: JA bare 「修正ファイル」, 「修正用ファイルをください」, 「修正ファイルは？」 (and EN "the fix files?") get the fix-files
 *   answer as 「修正ファイルをください」 and "fix files" do; 「レジストリのファイルがほしい」 gets what 「レジストリファイルが
 *   ほしい」 gets. Reports, refusals and plans about the files are not taken for a request.
 */
import { talk, last, rendered, findings } from './helpers';
import { step, freshState } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { diagnose } from '../../src/domain/diagnose';

function run(lang: 'en' | 'ja', ...msgs: string[]): TurnResult {
  let s: ConversationState | null = freshState(lang);
  let r: TurnResult | undefined;
  for (const m of msgs) {
    r = step(s, { kind: 'text', text: m });
    s = r.state;
  }
  return r!;
}

/** The verify step's text in the answer (its finding's body). */
function verifyBody(r: TurnResult): string {
  const f = r.replies.find((x) => x.diagnosis)?.diagnosis?.findings.find((x) => x.code === 'verify-tls12-clienthello');
  if (!f) throw new Error(`no verify step in ${findings(r).join(', ')}`);
  return f.body.map((b) => `${b.en}\n${b.ja}`).join('\n');
}

describe('QA56 #7: the verify step at Medium-High / High', () => {
  const EN = (lv: string) => `TMS 15.5, Windows 2016, SQL 2016 local, Communication Security is already ${lv}, CE 9.15 endpoints No HTTPS response`;
  const JA = (lv: string) => `TMS 15.5、Windows 2016、SQL 2016 はローカル、レベルは ${lv}、CE 9.15 で No HTTPS response`;

  it.each(['Medium-High', 'High'])('EN, %s: no Medium "before the fix"; TLS 1.2 expected already', (lv) => {
    const r = last(talk(EN(lv)));
    expect(r.state.facts.level).toBe(lv === 'High' ? 'high' : 'medium-high');
    const t = verifyBody(r);
    expect(t).not.toMatch(/Before the fix you see Version TLS 1\.0/);
    expect(t).not.toMatch(/still at Medium/);
    expect(t).not.toMatch(/instead of TLS 1\.0/);
    expect(t).toContain(`TMS is already at ${lv}, so it should offer TLS 1.2 already`);
    expect(t).toMatch(/no ClientHello at all, or a ClientHello that still offers only TLS 1\.0 \(0x0301\), TLS 1\.2 is not available to TMS yet: recheck the TLS 1\.2 Client subkeys/);
    expect(t).toMatch(/If the hello does offer TLS 1\.2 and the endpoint still shows "No HTTPS response", the TLS version is not what fails/);
    if (lv === 'High') expect(t).toMatch(/At High, also check the certificate of the endpoint/);
    else expect(t).not.toMatch(/At High/);
  });

  it.each(['Medium-High', 'High'])('JA, %s', (lv) => {
    const r = run('ja', JA(lv));
    expect(r.state.facts.level).toBe(lv === 'High' ? 'high' : 'medium-high');
    const t = verifyBody(r);
    expect(t).not.toMatch(/修正前は Version が TLS 1\.0/);
    expect(t).not.toMatch(/TMS が Medium のまま/);
    expect(t).toContain(`TMS はすでに ${lv} なので、TLS 1.2 を提示しているはずです`);
    expect(t).toMatch(/TMS がまだ TLS 1\.2 を使えない状態です/);
    expect(t).toMatch(/失敗の原因は TLS のバージョンではありません/);
    if (lv === 'High') expect(t).toMatch(/High ではエンドポイントの証明書も確認してください/);
    else expect(t).not.toMatch(/High では/);
  });

  it('"how do I verify the fix?" at Medium-High / High says the same; at Medium it keeps the before/after', () => {
    const ask = (lv: string) => rendered(last(talk(`TMS 15.2.1 on Windows Server 2019, SQL 2019 remote, RoomOS 11.14, level ${lv}`, 'how do I verify the fix?')));
    expect(ask('Medium-High')).toMatch(/TMS is already at Medium-High, so it should offer TLS 1\.2 already/);
    expect(ask('Medium-High')).not.toMatch(/answered by a TCP RST/);
    expect(ask('High')).toMatch(/At High, also check the certificate of the endpoint/);
    expect(ask('Medium')).toMatch(/Before the fix you see Version TLS 1\.0 \(0x0301\) answered by a TCP RST/);
    expect(ask('Medium')).not.toMatch(/TMS is already at/);
  });

  it('Medium-High raised as a step of this fix (the cause was Medium) is not "already": the before/after stays', () => {
    const r = last(talk('TMS 15.5, Windows 2016, SQL 2016 local, CE 9.15 endpoints No HTTPS response, level Medium', 'I set Medium-High but it still fails'));
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
    // The answer for these facts (this turn replies with the restart first, not the whole answer).
    const t = JSON.stringify(diagnose(r.state.facts).findings.find((x) => x.code === 'verify-tls12-clienthello')?.body ?? null);
    expect(t).toMatch(/Before the fix you see Version TLS 1\.0 \(0x0301\) answered by a TCP RST/);
    expect(t).not.toMatch(/TMS is already at/);
  });
});

describe('QA56 #8: TMS before 15: the SQL caveat names the TMS 15 fix, not "the fix above"', () => {
  it('EN, SQL 2008 R2 on 2008 R2', () => {
    const t = rendered(last(talk('TMS 14.6.2, endpoints upgraded to TC7.3.6, SQL 2008 R2 on the TMS server, Windows Server 2008 R2, No HTTPS response')));
    expect(t).toMatch(/cannot be fixed in place/);
    expect(t).not.toMatch(/The fix above/);
    expect(t).toContain('The TMS 15 fix, after the upgrade, only adds TLS 1.2; it does not change TLS 1.0 or SSL 3.0.');
  });
  it('JA, SQL 2008 R2 on 2008 R2, and on 2025', () => {
    const t = rendered(run('ja', 'TMS 14.6.2、エンドポイントを TC7.3.6 にアップグレード、SQL 2008 R2 は TMS サーバ上、Windows Server 2008 R2、No HTTPS response'));
    expect(t).not.toMatch(/上記の手順は/);
    expect(t).toContain('TMS 15 へのアップグレード後の修正は TLS 1.2 を追加するだけで');
    const t25 = rendered(run('ja', 'TMS 14.6.2、エンドポイントを TC7.3.6 にアップグレード、SQL 2008 R2 は TMS サーバ上、Windows Server 2025、No HTTPS response'));
    expect(t25).not.toMatch(/上記の手順は/);
    expect(t25).toContain('TMS 15 へのアップグレード後の修正は TLS 1.2 を確認するだけで');
  });
  it('TMS 15 keeps "The fix above"', () => {
    const t = rendered(last(talk('TMS 15.5, endpoints upgraded to TC7.3.6, SQL 2008 R2 on the TMS server, Windows Server 2008 R2, No HTTPS response')));
    expect(t).toContain('The fix above only adds TLS 1.2');
    expect(t).not.toMatch(/The TMS 15 fix, after the upgrade/);
  });
});

describe('QA56 #9: the fix files asked in few words', () => {
  const JA = 'TMS 15.2.1、Windows 2012 R2、SQL 2016 はローカル、Medium、CE 9.15 で No HTTPS response';
  const EN = 'TMS 15.5, Windows 2016, SQL 2016 local, Medium, CE 9.15 endpoints No HTTPS response';
  const titleOf = (r: TurnResult): string => rendered(r).trim().split('\n')[0];

  it.each(['修正ファイル', '修正ファイル。', '修正用ファイルをください', '修正用のファイルがほしい', '修正ファイルは？', 'その修正ファイルは?', '修正キット', '修正ファイルをください'])('JA %s: the fix files', (m) => {
    const r = run('ja', JA, m);
    expect(r.route).toBe('catalogue');
    expect(titleOf(r)).toBe('修正ファイル');
    expect(r.replies.flatMap((x) => x.blocks).some((b) => b.type === 'actions' && b.actions.some((a) => a.id === 'fix-files'))).toBe(true);
  });

  it.each(['the fix files?', 'fix files?', 'the fix file?', 'fix files'])('EN %s: the fix files', (m) => {
    const r = run('en', EN, m);
    expect(r.route).toBe('catalogue');
    expect(titleOf(r)).toBe('Fix files');
  });

  it('JA 「レジストリのファイルがほしい」 gets what 「レジストリファイルがほしい」 gets', () => {
    const a = run('ja', JA, 'レジストリのファイルがほしい');
    const b = run('ja', JA, 'レジストリファイルがほしい');
    expect(a.route).toBe('catalogue');
    expect(titleOf(a)).toBe(titleOf(b));
  });

  it.each([
    ['ja', '修正ファイルを適用しました'],
    ['ja', '修正ファイルは不要です'],
    ['ja', '修正ファイルはいりません'],
    ['ja', '修正ファイルを明日適用する予定です'],
    ['ja', '修正ファイルは適用済みです'],
    ['ja', '修正ファイルは安全ですか？'],
    ['ja', '修正ファイルは不要ですか？'],
    ['en', 'the fix files are not needed?'],
    ['en', 'the fix files worked?'],
  ] as const)('%s %s: not taken for a request of the files', (lang, m) => {
    const r = run(lang, lang === 'ja' ? JA : EN, m);
    expect(titleOf(r)).not.toBe(lang === 'ja' ? '修正ファイル' : 'Fix files');
  });
});
