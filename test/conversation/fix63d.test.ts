/**
 * FIX63D: QA63's WRONG findings 1–5 and LOST 8 (/work/wt/qa-report-63.md).
 * #2 "Medium-High please", 「じゃあ Medium-High でお願いします」: a decision (a plan), not the level set now; a question beside it answered.
 * #1 A second TMS on 14.6.2 said mid-conversation is another server (its own TMS-14 verdict); asked about, it gets that verdict, never
 *    the TMS 15 steps.
 * #3 "SP4" after SQL 2014 (which stops at SP3) is not taken: said so, the release and its build check kept; after "Is 2012 the SQL
 *    Server or the Windows Server release?", an "SP4" only SQL 2012 can have settles it.
 * #5 At High (self-signed certificates said), "what should the level be then?": both options (trusted certificates and High kept, or
 *    High → Medium-High without the validation), the security team's decision; no "Medium to Medium-High" nor a Telnet/SNMP caveat.
 * #4 A probe that could not connect, or got no TLS answer, does not make the verdict firmer: "Most likely … if TMS shows" and the
 *    "which error" caveat stay; a probe that shows the endpoint refusing TLS 1.0 is evidence as before.
 * #8 "still failing" after "set it to medium-high and restarted iis": the TMS services' restart that is missing leads (once); a
 *    second "still failing" asks whether they were restarted and gives the checks; after they are said restarted, the checks alone.
 */
import { decidesLevel } from '../../src/domain/understand/level-question';
import { extractFacts } from '../../src/domain/extract';
import { sqlLastServicePack } from '../../src/domain/versions';
import { findings, rendered, runIn } from './helpers';
import { freshState, step } from '../../src/conversation/engine';
import { probeResult } from '../fixtures/probe';
import type { ProbeResult } from '../../src/probe/types';

const F2_EN = 'TMS 15.9, SX80 CE 9.15, SQL 2016 remote, Windows 2016';
const F2_JA = 'TMS 15.9、CE 9.15 の SX80、SQL 2016 別サーバ、Windows 2016 です。';

describe('FIX63D #2: Medium-High decided on is a plan, not the level now', () => {
  it.each([
    ['en', [F2_EN, 'Medium-High please']],
    ['en', [F2_EN, 'ok, Medium-High then']],
    ['en', [F2_EN, 'set it to Medium-High please']],
    ['en', [F2_EN, 'go with Medium-High']],
    ['ja', [F2_JA, 'Medium-High にしてください']],
    ['ja', [F2_JA, 'では Medium-High で']],
    ['ja', [F2_JA, 'Medium-High に設定してください']],
    [
      'ja',
      [
        F2_JA,
        '日本語の資料には Medium-High から Medium に変更すると Telnet と SNMP が無効になると書いてありますが、どちらが正しいですか？',
        'High にしたらどうなりますか？',
        'じゃあ Medium-High でお願いします',
      ],
    ],
  ] as const)('%s %j: the plan answer (Telnet/SNMP from Medium first), level not recorded', (lang, msgs) => {
    const r = runIn(lang, msgs);
    const out = rendered(r);
    expect(r.state.facts.level).toBeUndefined();
    expect(r.route).toBe('plan');
    expect(out).toMatch(lang === 'en' ? /Noted as a plan[\s\S]*from Medium to Medium-High turns Telnet and SNMP off/ : /予定として承知しました[\s\S]*Medium から Medium-High に上げると Telnet と SNMP が無効になります/);
    expect(out).not.toMatch(/already at Medium-High|すでに Medium-High です/);
  });

  it.each([
    ['en', [F2_EN, 'Medium-High please. can I get the reg file?'], /Noted as a plan[\s\S]*enable-tls12\.reg/],
    ['ja', [F2_JA, 'じゃあ Medium-High でお願いします。修正ファイルをダウンロードできますか？'], /予定として承知しました[\s\S]*修正ファイル/],
  ] as const)('%s: a plan and a file request in one message: both answered, the Medium-High step kept in the files', (lang, msgs, re) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(re);
    expect(rendered(r)).not.toMatch(/already at Medium-High|すでに Medium-High です/);
  });

  it.each(['Medium-High', 'Medium-High?', 'it is Medium-High', 'Medium-High です', 'Medium-High please?', "let's try Medium-High"])('%s: not a decision', (t) => {
    expect(decidesLevel(t)).toBe(false);
  });

  it('a bare "Medium-High" still answers the level question', () => {
    expect(runIn('en', [F2_EN, 'Medium-High']).state.facts.level).toBe('medium-high');
  });
});

const F1_EN = 'TMS 15.9 on 2016, SQL 2016 remote, SX80s on CE 9.15 show No HTTPS response, level Medium';
const F1_JA = 'TMS 15.9（Windows 2016、SQL 2016 は別サーバ）で SX80 CE9.15 が No HTTPS response です。レベルは Medium です。';
const TMS15_STEP = /set Communication Security to Medium-High|Communication Security\] を Medium-High にします|Medium-High にする/;

describe('FIX63D #1: a second TMS on 14.6.2 is another server', () => {
  it.each([
    ['en', [F1_EN, 'we have a second TMS at the Osaka site, that one is 14.6.2 with the same SX80s'], /TMS 14\.6\.2: before 15[\s\S]*CSCuz71542/],
    ['en', [F1_EN, 'ok thanks. we have a second TMS at the Osaka site, that one is 14.6.2 with the same SX80s'], /TMS 14\.6\.2: before 15[\s\S]*CSCuz71542/],
    ['ja', [F1_JA, 'ありがとうございます。ちなみに大阪拠点にもう 1 台 TMS があって、そちらは 14.6.2 です'], /TMS 14\.6\.2：15 より前[\s\S]*CSCuz71542/],
  ] as const)('%s: the line is kept as another server with its verdict (TMS 15.9 kept)', (lang, msgs, re) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.otherTms?.map((v) => v.semver)).toEqual(['14.6.2']);
    expect(rendered(r)).toMatch(re);
    expect(rendered(r)).not.toMatch(/You are welcome|どういたしまして|does not change my previous answer/);
  });

  it.each([
    ['en', [F1_EN, 'we have a second TMS at the Osaka site, that one is 14.6.2 with the same SX80s', 'what do I do for the 14.6.2 one?'], /TMS 14\.6\.2: before 15[\s\S]*upgrade that TMS to 15\.x[\s\S]*TC 7\.3\.3/],
    ['ja', [F1_JA, 'ありがとうございます。ちなみに大阪拠点にもう 1 台 TMS があって、そちらは 14.6.2 です', 'そちらのエンドポイントも CE9.15 です', '14.6.2 の方はどうすればいいですか？'], /TMS 14\.6\.2：15 より前[\s\S]*15\.x にアップグレード[\s\S]*TC 7\.3\.3/],
  ] as const)('%s: "what do I do for the 14.6.2 one?" gets that server\'s verdict, not the TMS 15 steps', (lang, msgs, re) => {
    const r = runIn(lang, msgs);
    expect(r.route).toBe('other-tms');
    expect(rendered(r)).toMatch(re);
    expect(rendered(r)).not.toMatch(TMS15_STEP);
  });

  it('the release of the case named in the same question asks the case\'s fix (not the other server\'s verdict)', () => {
    const r = runIn('en', [F1_EN, 'we have a second TMS at the Osaka site, that one is 14.6.2 with the same SX80s', 'what do I do for the 15.9 one?']);
    expect(r.route).not.toBe('other-tms');
  });

  it.each([
    ['there is another TMS in the lab, it runs 14.6', '14.6.0'],
    ['別の TMS もあり、そちらは 14.6 です', '14.6.0'],
  ])('%s: another server\'s release, not the case\'s', (t, v) => {
    const f = extractFacts(t).facts;
    expect(f.tms).toBeUndefined();
    expect(f.otherTms?.map((x) => x.semver)).toEqual([v]);
  });
});

describe('FIX63D #3: a SQL service pack that does not exist', () => {
  const A = 'TMS 15.2.1, SX20 TC7.3.21, No HTTPS response, Windows 2012 R2, SQL 2014 on the TMS server';
  it.each([
    ['en', [A, 'SP4'], /SQL Server 2014 has no SP4: its last service pack is SP3\. Do you mean SQL Server 2014 SP3, or another release \(SQL Server 2012 has an SP4\)/],
    ['en', [A, 'we upgraded SQL to SP4'], /SQL Server 2014 has no SP4/],
    ['ja', ['TMS 15.2.1、SX20 TC7.3.21 で No HTTPS response、Windows 2012 R2、SQL 2014 は TMS サーバ上です', 'SP4 です'], /SQL Server 2014 に SP4 はありません（最後のサービス パックは SP3 です）/],
  ] as const)('%s %j: said so, SQL 2014 kept (no SP4 recorded), the build check still in the answer', (lang, msgs, re) => {
    const r = runIn(lang, msgs);
    expect(rendered(r)).toMatch(re);
    expect(r.state.facts.sql).toMatchObject({ year: 2014, sp: null });
    expect(rendered(r)).not.toMatch(/→ SQL Server 2014 SP4/);
    expect(findings(runIn(lang, [...msgs, lang === 'en' ? 'details' : '詳しく']))).toContain('sql-tls12-build-first');
  });

  it.each([
    ['en', 'TMS 15.2.1, SX20 TC7.3.21, No HTTPS response, Windows 2012 R2, SQL 2014 SP4 on the TMS server'],
    ['ja', 'TMS 15.2.1、SX20 TC7.3.21、No HTTPS response、Windows 2012 R2、SQL 2014 SP4 は TMS サーバ上です'],
  ] as const)('%s: "SQL 2014 SP4" typed: said so first, SQL 2014 kept with its build check', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(rendered(r)).toMatch(lang === 'en' ? /SQL Server 2014 has no SP4/ : /SQL Server 2014 に SP4 はありません/);
    expect(r.state.facts.sql).toMatchObject({ year: 2014, sp: null });
    expect(findings(r)).toContain('sql-tls12-build-first');
  });

  it.each([
    ['en', ['TMS 15.2.1, SX20 TC7.3.21, No HTTPS response, Windows 2008 R2, SQL 2014 SP2 on the TMS server', 'sorry, it\'s 2012', 'SP4'], /SQL Server 2014 SP2 → SQL Server 2012 SP4/],
    [
      'ja',
      ['お疲れ様です。TMS で No HTTPS response が出ています。エンドポイントは SX20 で TC7.3.21 にアップグレードしました。', 'TMS は 15.2.1 です', 'Windows Server 2008 R2 です', 'SQL は同じサーバで 2014 SP2 です', 'すみません、2012 でした', 'SP4 です'],
      /SQL Server 2014 SP2 → SQL Server 2012 SP4/,
    ],
  ] as const)('%s: "SP4" answers "Is 2012 the SQL Server or the Windows Server release?" (only SQL 2012 has an SP4)', (lang, msgs, re) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.sql).toMatchObject({ year: 2012, sp: 4 });
    expect(r.state.facts.windows).toMatchObject({ year: 2008, r2: true });
    expect(rendered(r)).toMatch(re);
  });

  it('"SP1" after "Is 2008 R2 the SQL Server or the Windows Server release?" settles nothing (Windows Server 2008 R2 has an SP1 too)', () => {
    const asked = runIn('en', ['TMS 15.2.1, SX20 TC7.3.21, No HTTPS response, Windows 2012 R2, SQL 2014 SP2 on the TMS server', "sorry, it's 2008 R2"]);
    expect(asked.state.whichAsked).toMatch(/2008\s?r2/i);
    const r = runIn('en', ['TMS 15.2.1, SX20 TC7.3.21, No HTTPS response, Windows 2012 R2, SQL 2014 SP2 on the TMS server', "sorry, it's 2008 R2", 'SP1']);
    expect(r.state.facts.sql?.year).not.toBe(2008);
  });

  it('the last service packs known: 2008 R2 SP3, 2012 SP4, 2014 SP3; none said for a release not listed', () => {
    expect([sqlLastServicePack(2008, true), sqlLastServicePack(2012, false), sqlLastServicePack(2014, false), sqlLastServicePack(2016, false)]).toEqual([3, 4, 3, null]);
  });
});

describe('FIX63D #5: the level asked at High', () => {
  const H = 'TMS 15.13 / Win2019 / SQL 2019 remote. DX80 on CE 9.15 say No HTTPS response';
  it.each([
    ['en', [H, 'level is High', 'the endpoint certs are self-signed', 'what should the level be then?']],
    ['ja', ['Hi, TMS 15.13 / Win2019 / SQL 2019 remote. DX70 and DX80 on CE 9.15 say No HTTPS response', '日本語でお願いします', 'レベルは High です', '証明書は自己署名です', 'what should the level be then?']],
  ] as const)('%s: the two options, High → Medium-High, a decision for the security team; no Medium → Medium-High step', (lang, msgs) => {
    const r = runIn(lang, msgs);
    const out = rendered(r);
    expect(r.state.facts.level).toBe('high');
    if (lang === 'en') {
      expect(out).toMatch(/you said the endpoints' certificates are self-signed or expired[\s\S]*decision for your security team/);
      expect(out).toMatch(/Keep High and give the endpoints certificates that the TMS server trusts/);
      expect(out).toMatch(/Go from High down to Medium-High[\s\S]*no longer validates the endpoints' certificates/);
      expect(out).not.toMatch(/from Medium to Medium-High|The level goes from Medium|read the Telnet\/SNMP caveat first|Medium-High turns Telnet and SNMP off/);
    } else {
      expect(out).toMatch(/自己署名または期限切れとのことです[\s\S]*セキュリティ担当のチーム/);
      expect(out).toMatch(/High のままにして、TMS サーバが信頼する証明書/);
      expect(out).toMatch(/High から Medium-High に下げる[\s\S]*検証されなくなります/);
      expect(out).not.toMatch(/Medium から Medium-High に上がります|Telnet と SNMP に関する注意を確認してください/);
    }
  });

  it('at High with nothing said of the certificates: check them first, then the same two options', () => {
    const out = rendered(runIn('en', [H, 'level is High', 'what should the level be then?']));
    expect(out).toMatch(/First check the endpoints' certificates[\s\S]*Go from High down to Medium-High/);
    expect(out).not.toMatch(/The level goes from Medium/);
  });

  it('at Medium the level question still gets the Medium-High step with its Telnet/SNMP caveat', () => {
    const out = rendered(runIn('en', [H, 'level is Medium', 'what should the level be then?']));
    expect(out).toMatch(/The level goes from Medium to Medium-High/);
  });
});

describe('FIX63D #4: a probe without a TLS answer does not raise certainty', () => {
  const NONE = { ssl3: null, 'tls1.0': null, 'tls1.1': null, 'tls1.2': null, 'tls1.3': null } as const;
  const afterProbe = (lang: 'en' | 'ja', result: ProbeResult) => {
    const first = step(freshState(lang), { kind: 'text', text: lang === 'en' ? F2_EN : F2_JA });
    return rendered(step(first.state, { kind: 'probe', result }));
  };
  it.each([
    ['en', 'refused', probeResult({ port: 9, reachable: false, tls: null, error: 'ECONNREFUSED', protocols: NONE })],
    ['ja', 'refused', probeResult({ port: 9, reachable: false, tls: null, error: 'ECONNREFUSED', protocols: NONE })],
    ['en', 'not TLS', probeResult({ tls: false, protocols: NONE })],
  ] as const)('%s (%s): the "if TMS shows" headline and the which-error caveat stay', (lang, _, result) => {
    const out = afterProbe(lang, result);
    if (lang === 'en') {
      expect(out).toMatch(/Most likely the TLS 1\.0 problem, if TMS shows "No HTTPS response"/);
      expect(out).toMatch(/You did not say which error TMS shows/);
      expect(out).not.toMatch(/This is the TLS 1\.0 problem: here is the fix/);
    } else {
      expect(out).toMatch(/TMS の表示が「No HTTPS response」なら、TLS 1\.0 の問題の可能性が高いです/);
      expect(out).toMatch(/TMS にどのエラーが表示されているかは伺っていません/);
    }
  });

  it('a probe that shows TLS 1.0 refused and TLS 1.2 taken is evidence: the "if TMS shows" caveat is not repeated', () => {
    const out = afterProbe('en', probeResult());
    expect(out).not.toMatch(/You did not say which error TMS shows/);
  });
});

describe('FIX63D #8: still failing after IIS alone was restarted', () => {
  const EN = ['Customer ticket #4411: after upgrading their Room Kits to RoomOS 11.5, TMS 15.13 says No HTTPS response for all of them', 'SQL 2019 on a separate server. TMS box is 2019 too', 'level is medium', 'done, set it to medium-high and restarted iis'];
  const JA = ['TMS 15.9 で CE9.15 の SX80 が No HTTPS response になります。SQL 2016 は別サーバ、Windows は 2016 です。', 'レベルは Medium です', 'Medium-High に変更して IIS を再起動しました'];
  it.each([
    ['en', [...EN, 'still failing'], /You restarted IIS only \(iisreset\), not the TMS services: TMSDatabaseScannerService/],
    ['ja', [...JA, 'まだ直りません'], /再起動したのは IIS（iisreset）だけで、TMS のサービスは再起動されていません/],
  ] as const)('%s: the missing restart of the TMS services leads, with the commands, not the generic checks', (lang, msgs, re) => {
    const out = rendered(runIn(lang, msgs));
    expect(out).toMatch(re);
    expect(out).toMatch(/Restart-Service/);
    expect(out).not.toMatch(/If TLS 1\.2 is offered and it still fails|TLS 1\.2 を提示しても失敗する場合/);
  });

  it('ja: a second "still failing" asks whether the services were restarted, then the checks (not the same block twice)', () => {
    const r4 = rendered(runIn('ja', [...JA, 'まだ直りません']));
    const r5 = rendered(runIn('ja', [...JA, 'まだ直りません', 'Force Refresh もしましたがまだ No HTTPS response です']));
    expect(r5).toMatch(/これまでに伺ったのは IIS の再起動だけで/);
    expect(r5).toMatch(/TLS 1\.2 を提示しても失敗する場合/);
    expect(r5).not.toBe(r4);
  });

  it('en: the TMS services said restarted afterwards: the checks, no IIS line', () => {
    const out = rendered(runIn('en', [...EN, 'restarted the TMS services too', 'still failing']));
    expect(out).not.toMatch(/You restarted IIS only|only that IIS was restarted|So far you have said that IIS was restarted/);
    expect(out).toMatch(/If TLS 1\.2 is offered and it still fails/);
  });
});
