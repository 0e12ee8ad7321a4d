/**
 * FIX64A: QA63 and rev63 leftovers in multi-turn answers (/work/wt/qa-report-63.md, /work/wt/rev63-report.md).
 */
import type { Block } from '../../src/conversation/document';
import type { TurnResult } from '../../src/conversation/types';
import { findings, rendered, runIn } from './helpers';

const steps = (r: TurnResult): string[] => {
  const b = r.replies.flatMap((x) => x.blocks).find((x): x is Extract<Block, { type: 'steps' }> => x.type === 'steps');
  return b ? b.items : [];
};

const REG_QUERY =
  'reg query output:\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\n    Enabled    REG_DWORD    0x0\n    DisabledByDefault    REG_DWORD    0x1';

describe('QA63 #16: a finding is not a step; one card once the hello version is known', () => {
  it.each([
    ['en', 'TMS 15.9 / Windows 2016 / SQL 2016 remote / SX80 CE9.15 No HTTPS response', 'Back up the registry first', 'The registry keeps TLS 1.2 off for TMS'],
    ['ja', 'TMS 15.9、Windows 2016、SQL 2016 は別サーバ、SX80 CE9.15 で No HTTPS response です。', 'まずレジストリをバックアップする', 'レジストリで TMS の TLS 1.2 が無効になっています'],
  ] as const)('%s: reg query with TLS 1.2 Client off: step 1 is an action, the registry finding a card before the steps', (lang, setup, first, title) => {
    const r = runIn(lang, [setup, REG_QUERY]);
    expect(steps(r)[0]).toBe(first);
    expect(steps(r)).not.toContain(title);
    expect(findings(r)).toContain('evidence-schannel-tls12-client-off');
    const text = rendered(r);
    expect(text).toContain(title);
    expect(text.indexOf(title)).toBeLessThan(text.indexOf(first));
  });

  const CAPTURE = '\n  5 0.001 10.1.1.5 → 10.1.2.20 TLSv1 Client Hello\n  6 0.002 10.1.2.20 → 10.1.1.5 TCP 443 → 52100 [RST, ACK]';
  it.each([
    ['ja', ['TMS 15.9、Windows 2019、SQL 2017 別サーバ、DX80 CE9.15 で No HTTPS response。', 'Medium-High に変更して TMS サービスも再起動しましたが直りません', `キャプチャです：${CAPTURE}`], 'Client Hello の Version は TLS 1.0 (0x0301) です'],
    ['en', ['TMS 15.9 / Windows 2019 / SQL 2017 remote / DX80 CE9.15 No HTTPS response', 'I set Medium-High and restarted the TMS services, still failing', `capture:${CAPTURE}`], 'the Client Hello version is TLS 1.0 (0x0301)'],
  ] as const)('%s: "TLSv1 Client Hello + RST" at Medium-High, then the version said: the level card alone', (lang, before, version) => {
    const rows = runIn(lang, before);
    // (Before the version is known: not settled, and where to read it.)
    expect(findings(rows)).toEqual(expect.arrayContaining(['evidence-capture-hello-reset-unsettled', 'evidence-capture-check-version']));
    const r = runIn(lang, [...before, version]);
    const f = findings(r);
    expect(f).toContain('evidence-contradicts-level');
    expect(f).not.toContain('evidence-capture-hello-reset-unsettled');
    expect(f).not.toContain('evidence-capture-check-version');
  });
});

describe('QA63 #1: a second TMS server\'s endpoints, and a release asked about that no server has', () => {
  const SETUP = {
    en: ['TMS 15.9 on 2016, SQL 2016 remote, SX80s on CE 9.15 show No HTTPS response, level Medium', 'we have a second TMS at the Osaka site, that one is 14.6.2'],
    ja: ['TMS 15.9（Windows 2016、SQL 2016 は別サーバ）で SX80 CE9.15 が No HTTPS response です。レベルは Medium です。', 'ありがとうございます。ちなみに大阪拠点にもう 1 台 TMS があって、そちらは 14.6.2 です'],
  };
  it.each([
    ['en', 'its endpoints are on TC 7.3.6', /Noted for the other server, TMS 14\.6\.2: its endpoints run TC 7\.3\.6/, /before 15, so the in-place fix does not exist there/],
    ['en', 'those endpoints are CE 9.15 too', /Noted for the other server, TMS 14\.6\.2: its endpoints run CE 9\.15/, /before 15, so the in-place fix does not exist there/],
    ['en', 'its endpoints are on TC 7.3.3', /its endpoints run TC 7\.3\.3/, /TC 7\.3\.3 still accepts TLS 1\.0, so those endpoints do not meet this problem/],
    ['ja', 'そちらのエンドポイントも CE9.15 です', /もう一方のサーバ（TMS 14\.6\.2）のエンドポイントが CE 9\.15/, /15 より前のため、その場での対処はできません/],
    ['ja', 'そちらのエンドポイントは TC7.3.6 です', /エンドポイントが TC 7\.3\.6/, /15 より前のため/],
  ] as const)('%s: "%s" right after: that server\'s endpoints; the case keeps CE 9.15', (lang, line, lead, verdict) => {
    const r = runIn(lang, [...SETUP[lang], line]);
    expect(r.route).toBe('other-tms-endpoints');
    const text = rendered(r);
    expect(text).toMatch(lead);
    expect(text).toMatch(verdict);
    expect(r.state.facts.endpoint?.raw).toMatch(/9\.15/);
    expect(text).not.toMatch(/Medium-High in TMS Tools|Medium-High にします/);
  });
  it('only right after: a turn later, "those endpoints are on TC 7.3.6" is read as before (the case\'s endpoints)', () => {
    const r = runIn('en', [...SETUP.en, 'what do I do for the 14.6.2 one?', 'those endpoints are on TC 7.3.6']);
    expect(r.route).not.toBe('other-tms-endpoints');
    expect(r.state.otherTmsNamed).toBeUndefined();
  });
  it.each([
    ['en', 'what do I do for the 14.6.2 one?', /no server on 14\.6\.2 was named so far\. If 14\.6\.2 is another TMS server of yours/, /If you meant another system, tell me which one/],
    ['ja', '14.6.2 の方はどうすればいいですか？', /14\.6\.2 のサーバはまだ伺っていません/, /どのシステムか教えてください/],
  ] as const)('%s: "%s" with no second server named: what holds for a TMS 14.6.2, never the TMS 15 steps', (lang, ask, lead, tail) => {
    const r = runIn(lang, [SETUP[lang][0], ask]);
    const text = rendered(r);
    expect(text).toMatch(lead);
    expect(text).toMatch(/CSCuz71542/);
    expect(text).toMatch(tail);
    expect(text).not.toMatch(/Set Communication Security to Medium-High|Medium-High にする/);
    expect(r.state.facts.otherTms).toBeUndefined();
  });
  it.each(['what about TMS 15.0?', 'TMS 15.0 then?'])('"%s" is still a release asked about as a case (the hypothetical), not another server', (q) => {
    const text = rendered(runIn('en', [SETUP.en[0], q]));
    expect(text).toMatch(/You asked about TMS 15\.0/);
    expect(text).not.toMatch(/no server on 15\.0/);
  });
  it('the case\'s own release asked that way is the case\'s fix', () => {
    const r = runIn('en', [SETUP.en[0], 'what do I do for the 15.9 one?']);
    expect(rendered(r)).not.toMatch(/no server on 15\.9/);
  });
});

describe('QA63 #17: "so I just install KB3052404?" after the SQL answer: a short answer, not the block again', () => {
  it.each([
    ['en', ['TMS 15.6.1, SX10 ce9.15.3.17, Windows Server 2012 (not R2), SQL 2012 SP3 on the same server', 'build is 11.0.6020.0', 'does SQL need an update first?'], 'so I just install KB3052404?', /Yes, that is the update: KB3052404 is Microsoft's TLS 1\.2 update/],
    ['ja', ['TMS 15.6.1、SX10 ce9.15.3.17、Windows Server 2012（R2 ではありません）、SQL は 2012 SP3 で同じサーバです', 'ビルドは 11.0.6020.0 です', 'なぜ SQL のアップデートが必要なんですか？'], 'KB3052404 を入れればいいですか？', /はい、その更新プログラムです。KB3052404 は SQL Server 向けの Microsoft の TLS 1\.2 更新プログラム/],
  ] as const)('%s', (lang, before, ask, lead) => {
    const prev = rendered(runIn(lang, before));
    const r = runIn(lang, [...before, ask]);
    const text = rendered(r);
    expect(text).toMatch(lead);
    expect(text).toMatch(/SP3 GDR 11\.0\.6216\.27/);
    expect(text).toMatch(/SP3 CU1 11\.0\.6518\.0/);
    expect(text).toMatch(/KB3135244/);
    // (Not the "needs a build with TLS 1.2 support" paragraph and the targets paragraph said before.)
    expect(text).not.toMatch(/Target for its service pack|このサービス パックでの目標/);
    const paras = r.replies.flatMap((x) => x.blocks).filter((b) => b.type === 'paragraph');
    for (const p of paras) if ('text' in p && p.text.length > 80) expect(prev).not.toContain(p.text);
  });
  it('EN "why is the SQL update needed?" gives the reason (why-sql-version), not "does SQL need an update"', () => {
    const r = runIn('en', ['TMS 15.6.1, SX10 ce9.15.3.17, Windows Server 2012 (not R2), SQL 2012 SP3 on the same server', 'why is the SQL update needed?']);
    expect(rendered(r)).toMatch(/Why the SQL Server version matters/);
  });
});

describe('QA63 #15: Meeting Server and Expressway named beside failing endpoints are answered in the first reply', () => {
  it.each([
    ['en', 'Besides endpoints, our Meeting Server 3.6 and Expressway also show errors in TMS after we updated them. TMS is 15.9', /Not only endpoints: other products meet the same wall/, /Meeting Server from 2\.3 requires TLS 1\.2 on its API/],
    ['ja', 'エンドポイントのほか、Meeting Server 3.6 と Expressway も更新後に TMS でエラーが出ています。TMS は 15.9 です', /エンドポイント以外の製品も同じ問題の影響を受けます/, /Meeting Server は 2\.3 以降、API で TLS 1\.2 が必須です/],
  ] as const)('%s', (lang, line, title, ms) => {
    const r = runIn(lang, [line]);
    const text = rendered(r);
    expect(text).toMatch(title);
    expect(text).toMatch(ms);
    expect(text).toMatch(/Expressway \/ VCS/);
    // (The endpoints' release is still what is asked.)
    expect(r.state.pending).toBe('need-endpoint-version');
  });
  it('not at Medium-High (TMS offers TLS 1.2 there: not the same wall)', () => {
    const r = runIn('en', ['Besides endpoints, our Meeting Server 3.6 and Expressway also show errors in TMS. TMS is 15.9, level Medium-High']);
    expect(rendered(r)).not.toMatch(/other products meet the same wall/);
  });
});

describe('rev63 #8: a deleted Schannel key gives the default of the Windows release known', () => {
  const REG = 'here is the .reg we imported:\nWindows Registry Editor Version 5.00\n\n[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client]\n\n[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1]\n\n[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0]\n';
  it.each([
    ['en', 'Windows Server 2025', [/For TLS 1\.0 the default on Windows Server 2025 is off, so TLS 1\.0 stays off/, /For TLS 1\.1 the default on Windows Server 2025 is off/, /For SSL 3\.0 the default on Windows Server 2025 is off/]],
    ['en', 'Windows Server 2016', [/For TLS 1\.0 the default on Windows Server 2016 is on, .*TLS 1\.0 is on again once the processes using Schannel restart or the server reboots/, /For TLS 1\.1 the default on Windows Server 2016 is on/, /For SSL 3\.0 the default on Windows Server 2016 is off/]],
    ['ja', 'Windows Server 2012 R2', [/Windows Server 2012 R2 での TLS 1\.0 の既定は有効/, /Windows Server 2012 R2 での TLS 1\.1 の既定は有効/, /Windows Server 2012 R2 での SSL 3\.0 の既定は有効/]],
  ] as const)('%s: %s known: that release only', (lang, win, lines) => {
    const setup = lang === 'ja' ? `TMS 15.13、Room Kit（RoomOS 11.14）で No HTTPS response です。SQL 2019 は別サーバ、${win}、レベルは Medium です。` : `TMS 15.13, Room Kit on RoomOS 11.14 No HTTPS response, SQL 2019 remote, ${win}, level Medium`;
    const r = runIn(lang, [setup, lang === 'ja' ? REG.replace('here is the .reg we imported:', '取り込んだ .reg です：') : REG]);
    const text = rendered(r).replace(/\s+/g, ' ');
    for (const l of lines) expect(text).toMatch(l);
    expect(text).not.toMatch(/on from Windows Server 2008 R2 to 2022|2008 R2 から 2022 までは有効/);
    expect(text).not.toMatch(/depends on the release|リリースによって異なり/);
  });
  it('Windows not known: every release\'s default, as before', () => {
    const r = runIn('en', ['TMS 15.13, Room Kit on RoomOS 11.14 No HTTPS response, SQL 2019 remote, level Medium', REG]);
    const text = rendered(r).replace(/\s+/g, ' ');
    expect(text).toMatch(/on from Windows Server 2008 R2 to 2022, so there a key that turned TLS 1\.0 off no longer does/);
    expect(text).toMatch(/For TLS 1\.1 that default depends on the release/);
  });
});

describe('rev63 #3 (other places): at High, an answer that names Medium-High as the fix\'s level says what going down gives up', () => {
  it.each([
    ['en', ['TMS 15.13 / Win2019 / SQL 2019 remote. DX80 on CE 9.15 say No HTTPS response', 'level is High', 'High or Medium-High?'], /going down to Medium-High turns off the TMS server's validation of the endpoints' certificates.*decision for your security team/],
    ['en', ['TMS 15.13 / Win2019 / SQL 2019 remote. DX80 on CE 9.15 say No HTTPS response', 'level is High', 'the endpoint certs are self-signed', 'why does it fail at High?'], /going down to Medium-High turns off the TMS server's validation/],
    ['ja', ['TMS 15.13、Windows 2019、SQL 2019 は別サーバ、DX80 CE 9.15 で No HTTPS response です', 'レベルは High です', 'High と Medium-High のどちらがいいですか？'], /Medium-High に下げると、TMS サーバによるエンドポイントの証明書の検証が行われなくなります.*セキュリティ担当のチームが判断すること/],
  ] as const)('%s: %#', (lang, msgs, re) => {
    expect(rendered(runIn(lang, msgs)).replace(/\s+/g, ' ')).toMatch(re);
  });
  it('at Medium the same question has no such warning (the fix\'s own step from Medium)', () => {
    const text = rendered(runIn('en', ['TMS 15.13 / Win2019 / SQL 2019 remote. DX80 on CE 9.15 say No HTTPS response', 'level is Medium', 'High or Medium-High?']));
    expect(text).not.toMatch(/going down to Medium-High/);
  });
});

describe('rev63 #2 (kept): "<host> is an endpoint" said in one message holds for a test against it pasted later', () => {
  const ALERT70 = 'CONNECTED(00000003)\n40C7B8E4F07F0000:error:0A00042E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:../ssl/record/rec_layer_s3.c:1584:SSL alert number 70\n';
  const test = (host: string) => `here is the test:\n$ openssl s_client -connect ${host}:443 -tls1\n${ALERT70}`;
  const SETUP = { en: 'TMS 15.9, SX80 CE 9.15, SQL 2016 remote, Windows 2016, level Medium', ja: 'TMS 15.9、Windows 2016、SQL 2016 は別サーバ、レベル Medium、SX80 (CE 9.15) が No HTTPS response です。' };
  it.each([
    ['en', 'tms02 is an endpoint, an SX80 in the lobby'],
    ['ja', 'tms02 は SX80 です'],
  ] as const)('%s: "%s", then the test against tms02: an endpoint test', (lang, said) => {
    const r = runIn(lang, [SETUP[lang], said, 'ok', test('tms02')]);
    const obs = r.state.facts.evidence?.observations.map((o) => o.code) ?? [];
    expect(obs).toContain('tool-tls10-refused');
    expect(obs).not.toContain('tool-target-tms-server');
    expect(r.state.endpointHosts).toContain('tms02');
  });
  it('not said: tms02 is the TMS server by its name, as before', () => {
    const r = runIn('en', [SETUP.en, test('tms02')]);
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toContain('tool-target-tms-server');
    expect(r.state.endpointHosts).toBeUndefined();
  });
  it('another name said to be an endpoint does not change tms01', () => {
    const r = runIn('en', [SETUP.en, 'tms02 is an endpoint', test('tms01')]);
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toContain('tool-target-tms-server');
  });
  it('bounded: at most 8 names kept', () => {
    const r = runIn('en', [SETUP.en, ...Array.from({ length: 10 }, (_, i) => `tms${10 + i} is an endpoint`)]);
    expect(r.state.endpointHosts!.length).toBeLessThanOrEqual(8);
    expect(r.state.endpointHosts).toContain('tms19');
  });
});

describe('rev63 #2 (kept), bounds', () => {
  it('the product name itself is never kept as an endpoint host ("our TMS - SX80 in the lobby …")', () => {
    const r = runIn('en', ['our TMS - SX80 in the lobby shows No HTTPS response, CE 9.15, TMS 15.9, SQL 2016 remote, Windows 2016, level Medium']);
    expect(r.state.endpointHosts).toBeUndefined();
  });
});
