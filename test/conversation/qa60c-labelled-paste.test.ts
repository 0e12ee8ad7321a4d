/**
 * QA60 #1, #2, #4, #3: a paste the user labels as another system's (the lab, another site, "not ours", a working one for
 * comparison) or as taken before the change never overwrites the case; a later reading of the TLS 1.2\Client key wins.
 */
import type { TurnResult } from '../../src/conversation/types';
import { findings, rendered, runIn } from './helpers';

const BASE = {
  en: 'TMS 15.13 at Medium, Windows Server 2019, SQL 2019 on a separate server. After upgrading our SX80s to ce9.15.3 TMS shows No HTTPS response',
  ja: 'TMS 15.13（Medium）、Windows Server 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げたら TMS で No HTTPS response になりました',
};
const BASE_08 = {
  en: 'TMS 15.13, Windows Server 2008 R2, SQL Server 2008 R2 SP2 installed locally on the TMS server. After upgrading our SX80s to ce9.15.3 TMS shows No HTTPS response',
  ja: 'TMS 15.13、Windows Server 2008 R2、SQL Server 2008 R2 SP2 を TMS サーバーにローカルでインストールしています。SX80 を ce9.15.3 に上げたら TMS で No HTTPS response になりました',
};
const XSTATUS = '*s SystemUnit Software Version: "TC7.3.3.c84180a"\n** end';
const OPENSSL_TLS1_OK = [
  '$ openssl s_client -connect 10.9.9.9:443 -tls1',
  'CONNECTED(00000003)',
  'depth=0 CN = c40-lab',
  'verify error:num=18:self signed certificate',
  '---',
  'SSL handshake has read 1421 bytes and written 215 bytes',
  '---',
  'New, TLSv1.0, Cipher is ECDHE-RSA-AES256-SHA',
  'SSL-Session:',
  '    Protocol  : TLSv1',
  '    Cipher    : ECDHE-RSA-AES256-SHA',
].join('\n');
const SQL_2019 =
  'Microsoft SQL Server 2019 (RTM-CU18) (KB5017593) - 15.0.4261.1 (X64)   Sep 12 2022 15:07:06   Copyright (C) 2019 Microsoft Corporation  Standard Edition (64-bit) on Windows Server 2019 Standard 10.0 <X64> (Build 17763: )';
const CAPTURE_TLS10 = [
  'Transport Layer Security',
  '    TLSv1 Record Layer: Handshake Protocol: Client Hello',
  '        Content Type: Handshake (22)',
  '        Version: TLS 1.0 (0x0301)',
  '        Handshake Protocol: Client Hello',
  '            Handshake Type: Client Hello (1)',
  '            Version: TLS 1.0 (0x0301)',
].join('\n');
const regQuery = (dbd: 0 | 1, en: 0 | 1) =>
  [
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
    `    DisabledByDefault    REG_DWORD    0x${dbd}`,
    `    Enabled    REG_DWORD    0x${en}`,
  ].join('\n');
const KEYS_OFF = regQuery(1, 0);
const KEYS_ON = regQuery(0, 1);

const obs = (r: TurnResult) => (r.state.facts.evidence?.observations ?? []).map((o) => o.code);

describe('QA60 #1: a paste labelled as another codec keeps the failing release (EN/JA)', () => {
  const cases: [string, 'en' | 'ja', string][] = [
    ['EN lab xstatus, for comparison', 'en', `for comparison, here is the xstatus of our lab C40 which works:\n${XSTATUS}`],
    ['EN lab openssl -tls1 success, for comparison', 'en', `for comparison, here is our lab C40 on TC7.3.3, which works:\n${OPENSSL_TLS1_OK}`],
    ['EN "from the lab codec, not prod"', 'en', `this is from the lab codec, not prod:\n${OPENSSL_TLS1_OK}`],
    ['EN another site, not ours', 'en', `this is from another site, not ours:\n${XSTATUS}`],
    ['JA 検証環境, 比較用', 'ja', `比較用に、正常に動いている検証環境の C40 の xstatus です:\n${XSTATUS}`],
    ['JA 別拠点 (うちのではありません)', 'ja', `これは別拠点のコーデックの結果です（うちのではありません）:\n${XSTATUS}`],
    ['JA 検証環境 openssl', 'ja', `参考までに、検証環境の古い C40 で試した結果です:\n${OPENSSL_TLS1_OK}`],
  ];
  it.each(cases)('%s: CE 9.15.3 stays, nothing joins the evidence, the fix verdict stands', (_name, lang, paste) => {
    const r = runIn(lang, [BASE[lang], paste]);
    expect(r.state.facts.endpoint?.semver).toBe('9.15.3');
    expect(r.state.facts.evidence).toBeUndefined();
    const out = rendered(r);
    expect(out).not.toMatch(/CE 9\.15\.3 → TC 7\.3\.3|This is not the TLS 1\.0 problem|TLS 1\.0 の問題ではありません|contradicts|矛盾しています/);
    // What the paste shows about that system: it still accepts TLS 1.0, which fits the problem.
    expect(out).toMatch(lang === 'en' ? /still accepts TLS 1\.0[^\n]*fits this problem/ : /TLS 1\.0 をまだ受け付けます[^\n]*矛盾せず/);
    expect(out).toMatch(lang === 'en' ? /my answer stays for the endpoints on CE 9\.15\.3/ : /CE 9\.15\.3 のエンドポイントについてのままです/);
  });

  it('a follow-up still gets the fix for CE 9.15.3', () => {
    const r = runIn('en', [BASE.en, `for comparison, here is the xstatus of our lab C40 which works:\n${XSTATUS}`, 'what now?']);
    expect(rendered(r)).toMatch(/Medium-High/);
    expect(r.state.facts.endpoint?.family).toBe('CE');
  });

  const ours: [string, 'en' | 'ja', string][] = [
    ['EN unlabelled', 'en', `here is the xstatus of the failing SX80:\n${XSTATUS}`],
    ['EN "the lab is fine, prod pasted below"', 'en', `the lab is fine, prod pasted below:\n${XSTATUS}`],
    ['EN "this is from prod, not the lab"', 'en', `this is from prod, not the lab:\n${XSTATUS}`],
    ['EN a plan in the lab, prod pasted', 'en', `we will test in the lab tomorrow, here is prod:\n${XSTATUS}`],
    ['JA 本番', 'ja', `検証環境ではなく本番のものです:\n${XSTATUS}`],
  ];
  it.each(ours)('%s: still read as this case\'s paste', (_name, lang, paste) => {
    const r = runIn(lang, [BASE[lang], paste]);
    expect(r.route).not.toBe('labelled-paste');
    expect(r.state.facts.endpoint?.family).toBe('TC');
  });
  // (QA62 #3: a paste that names no source and disagrees with the release said to fail is this case's evidence, but it does not
  // replace the release silently: the release said stays and the reply says both and asks which unit the paste is from.)
  const unsaid: [string, 'en' | 'ja', string][] = [
    ['EN "test output"', 'en', `test output:\n${XSTATUS}`],
    ['JA テストしました', 'ja', `テストしました:\n${XSTATUS}`],
    ['EN a TLS client\'s output (no customer)', 'en', `a TLS client's output:\n${XSTATUS}`],
    ['EN an integrator\'s "customer\'s codec" (may be this case)', 'en', `from the customer's codec:\n${XSTATUS}`],
  ];
  it.each(unsaid)('%s: read as this case\'s paste, the release said kept and the two asked about', (_name, lang, paste) => {
    const r = runIn(lang, [BASE[lang], paste]);
    expect(r.route).not.toBe('labelled-paste');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.3');
    expect(r.state.facts.evidence?.facts.endpoint?.family).toBe('TC');
    expect(findings(r)).toContain('evidence-disagrees-with-typed');
    expect(rendered(r)).toMatch(lang === 'en' ? /If the paste is from another unit, nothing changes/ : /貼り付けが別の機器のものであれば、回答は変わりません/);
  });
});

describe('QA60 #2: a lab SELECT @@VERSION never replaces the local SQL 2008 R2 (EN/JA)', () => {
  it.each([
    ['en', `this one is from the lab box: ${SQL_2019}`],
    ['ja', `これは検証環境のものです: ${SQL_2019}`],
  ] as const)('%s: SQL 2008 R2 SP2 on the TMS server and TMS 15.13 stay; the keep-TLS-1.0 caveat is said to hold', (lang, paste) => {
    const r = runIn(lang, [BASE_08[lang], paste]);
    const f = r.state.facts;
    expect(f.sql?.year).toBe(2008);
    expect(f.sql?.r2).toBe(true);
    expect(f.sql?.sp).toBe(2);
    expect(f.sqlLocation).toBe('local');
    expect(f.tms?.semver).toBe('15.13.0');
    expect(f.windows?.year).toBe(2008);
    expect(r.route).not.toBe('earlier-was-lab');
    const out = rendered(r);
    expect(out).toContain(lang === 'en' ? 'SQL Server 2008 R2: keep TLS 1.0 enabled' : 'SQL Server 2008 R2：TLS 1.0 は有効のままにする');
    expect(out).not.toMatch(/SQL Server 2008 R2 SP2 → SQL Server 2019|SQL Server 2008 R2 SP2 → SQL Server 2019/);
  });

  it('the caveat is still in the answer to "what now?"', () => {
    const r = runIn('en', [BASE_08.en, `this one is from the lab box: ${SQL_2019}`, 'what now?']);
    expect(rendered(r)).toContain('SQL Server 2008 R2: keep TLS 1.0 enabled');
    expect(findings(runIn('en', [BASE_08.en, `this one is from the lab box: ${SQL_2019}`]))).toContain('caveat-sql2008r2-keep-tls10-ssl3');
  });
});

describe('QA60 #4: a capture from before the change is the before picture', () => {
  const DONE = 'TMS 15.13, Windows Server 2019, SQL 2019 remote. SX80s on ce9.15.3 showed No HTTPS response; this morning we set Medium-High and restarted IIS and the TMS services, now they are green';
  it.each([
    ['en', [DONE, `for the record, this is the capture from yesterday, before the change:\n${CAPTURE_TLS10}`]],
    ['en', [BASE.en, 'Medium-High is set now and IIS and TMS services restarted', `here's the capture I took before the change:\n${CAPTURE_TLS10}`]],
    ['ja', [BASE.ja, 'Medium-High に変更して IIS と TMS サービスを再起動しました', `参考までに、変更前に取ったキャプチャです:\n${CAPTURE_TLS10}`]],
  ] as const)('%s: confirms the cause, no "level not in effect", the after picture is a TLS 1.2 (0x0303) hello', (lang, msgs) => {
    const r = runIn(lang, [...msgs]);
    const out = rendered(r);
    expect(out).toContain('0x0303');
    expect(out).toMatch(lang === 'en' ? /confirms the cause; it says nothing about the level in effect now/ : /原因の裏付けにはなりますが、今どのレベルが効いているかは分かりません/);
    expect(out).not.toMatch(/does not fit the level|not in effect where|レベルが合いません/);
    expect(obs(r).filter((c) => c.startsWith('capture-'))).toEqual([]);
  });

  it('"after the change" is read as the state now (no before-picture answer)', () => {
    const r = runIn('ja', [BASE.ja, `変更後のキャプチャです:\n${CAPTURE_TLS10}`]);
    expect(r.route).not.toBe('before-change-paste');
    expect(obs(r)).toContain('capture-clienthello-tls10-only');
  });
});

describe('QA60 #3: a later TLS 1.2\\Client paste wins over the earlier one', () => {
  it.each([
    ['en', `sorry wrong server, this is the right one (TMS prod):\n${KEYS_ON}`],
    ['ja', `すみません、サーバーを間違えました。こちらが正しいほうです:\n${KEYS_ON}`],
  ] as const)('%s: "the right one" shows the keys on: no required registry step, no reboot, no question', (lang, right) => {
    const r = runIn(lang, [BASE[lang], KEYS_OFF, right]);
    expect(obs(r)).not.toContain('schannel-tls12-client-disabled');
    expect(findings(r)).not.toContain('reboot-server');
    const out = rendered(r);
    expect(out).not.toMatch(/The registry keeps TLS 1\.2 off|Reboot the TMS server once|同じサーバー/);
  });

  it.each(['en', 'ja'] as const)('%s: the second paste alone: the later one wins and the bot asks whether both came from the same server', (lang) => {
    const r = runIn(lang, [BASE[lang], KEYS_OFF, KEYS_ON]);
    expect(obs(r)).toEqual(['schannel-tls12-client-enabled']);
    expect(findings(r)).not.toContain('reboot-server');
    expect(rendered(r)).toMatch(lang === 'en' ? /Were both taken on the same server/ : /同じサーバー（同じ TMS ノード）で取ったものですか/);
    const next = runIn(lang, [BASE[lang], KEYS_OFF, KEYS_ON, lang === 'en' ? 'what now?' : '次は何をすればいいですか？']);
    expect(rendered(next)).not.toMatch(/Reboot the TMS server once|TMS サーバーを 1 回再起動/);
  });

  it('a later paste showing the keys off wins too (the safe side), with the same question', () => {
    const r = runIn('en', [BASE.en, KEYS_ON, KEYS_OFF]);
    expect(obs(r)).toEqual(['schannel-tls12-client-disabled']);
    expect(rendered(r)).toMatch(/Were both taken on the same server/);
  });

  it('another node named for the second paste: both readings stay', () => {
    const r = runIn('en', [BASE.en, KEYS_OFF, `and this is from node 2:\n${KEYS_ON}`]);
    expect(obs(r)).toEqual(expect.arrayContaining(['schannel-tls12-client-disabled', 'schannel-tls12-client-enabled']));
  });
});
