/**
 * FIX62D: QA62 evidence-reading fixes, part 2.
 * #3  A paste whose release disagrees with the one typed does not replace it silently: both said, which unit / instance asked,
 *     the safer reading kept (the SQL outage warning is never dropped on a conflict).
 * #6  The Windows release in SELECT @@VERSION is the SQL host's: the TMS server's only once SQL is known to run there.
 */
import { findings, rendered, runIn } from './helpers';

const XS_801 = '*s SystemUnit Software Version: "ce8.0.1.2fb7fa1"';

describe('FIX62D #3: a paste that disagrees with the typed release', () => {
  it.each([
    ['en', `TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 on CE 9.15 shows No HTTPS response. xstatus:\n${XS_801}`, 'CE 9.15'],
    ['en', 'TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX20 on TC 7.3.21 shows No HTTPS response. xstatus:\n*s SystemUnit Software Version: "TC7.3.3.c84180a"', 'TC 7.3.21'],
    ['ja', `TMS 15.9、Windows 2016、SQL 2016 はリモート、レベルは Medium、CE 9.15 の SX80 で No HTTPS response が出ます。xstatus です：\n${XS_801}`, 'CE 9.15'],
  ] as const)('%s: the typed release stays, the two are said and the unit asked; no "not this problem"', (lang, msg, typed) => {
    const r = runIn(lang, [msg]);
    const out = rendered(r);
    expect(r.state.facts.endpoint?.raw.toUpperCase().replace(/\s/g, '')).toBe(typed.replace(/\s/g, ''));
    expect(r.state.facts.endpointGroups).toBeUndefined();
    expect(findings(r)).toContain('evidence-disagrees-with-typed');
    expect(out).not.toMatch(/This is not the TLS 1\.0 problem|TLS 1\.0 の問題ではありません|several versions|複数のバージョン/);
    expect(out).toMatch(lang === 'en' ? new RegExp(`failing endpoint runs ${typed}[^\\n]*If the paste is from another unit, nothing changes`) : /貼り付けが別の機器のものであれば、回答は変わりません/);
  });

  it('a second turn: the release said before stays too (not "Updated: CE 9.15 → CE 8.0.1")', () => {
    const r = runIn('en', ['TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 on CE 9.15 shows No HTTPS response.', `xstatus:\n${XS_801}`]);
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    expect(rendered(r)).not.toMatch(/CE 9\.15 → CE 8\.0\.1|This is not the TLS 1\.0 problem/);
    expect(findings(r)).toContain('evidence-disagrees-with-typed');
  });

  it('a second turn that says the paste is the failing unit\'s: the release is updated', () => {
    const r = runIn('en', ['TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 on CE 9.15 shows No HTTPS response.', `here is the xstatus of the failing SX80:\n${XS_801}`]);
    expect(r.state.facts.endpoint?.semver).toBe('8.0.1');
  });

  it.each([
    ['en', 'TMS 15.9 on 2012 R2, SQL 2008 R2 is local, level Medium, SX80 CE 9.15 No HTTPS response.\nMicrosoft SQL Server 2016 (SP2) - 13.0.5026.0 (X64)'],
    ['ja', 'TMS 15.9、Windows 2012 R2、SQL 2008 R2 は TMS サーバ上にあります。レベルは Medium、CE 9.15 の SX80 で No HTTPS response が出ます。\nMicrosoft SQL Server 2016 (SP2) - 13.0.5026.0 (X64)'],
  ] as const)('%s: typed SQL 2008 R2 on the TMS server, pasted 2016: 2008 R2 and its keep-TLS-1.0 warning stay, the two said', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.sql?.year).toBe(2008);
    expect(findings(r)).toEqual(expect.arrayContaining(['evidence-disagrees-with-typed', 'caveat-sql2008r2-keep-tls10-ssl3']));
    expect(rendered(r)).toMatch(lang === 'en' ? /You said SQL Server 2008 R2, but SELECT @@VERSION shows SQL Server 2016/ : /SQL Server 2008 R2 と伺いましたが、SELECT @@VERSIONでは SQL Server 2016/);
  });

  it.each([
    ['en', 'TMS 15.9 on 2012 R2, SQL 2016 is local, level Medium, SX80 CE 9.15 No HTTPS response.\nMicrosoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64)', /keep TLS 1\.0 enabled on the TMS server/],
    ['ja', 'TMS 15.9、Windows 2012 R2、SQL 2016 は TMS サーバ上にあります。レベルは Medium、CE 9.15 の SX80 で No HTTPS response が出ます。\nMicrosoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64)', /TMS サーバの TLS 1\.0 は有効のままにし/],
  ] as const)('%s: typed SQL 2016, pasted 2008 R2 SP2: the keep-TLS-1.0 warning is said until it is settled', (lang, msg, warn) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.sql?.year).toBe(2016);
    expect(findings(r)).toContain('evidence-disagrees-with-typed');
    expect(rendered(r)).toMatch(warn);
  });

  it('a paste that agrees with the typed release is read as before (no question)', () => {
    const r = runIn('en', ['TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 on CE 9.15 shows No HTTPS response. xstatus:\n*s SystemUnit Software Version: "ce9.15.3.17"']);
    expect(r.state.facts.endpoint?.semver).toBe('9.15.3');
    expect(findings(r)).not.toContain('evidence-disagrees-with-typed');
  });
});

describe('FIX62D #6: the Windows of SELECT @@VERSION is the SQL host\'s', () => {
  const SQL = 'Microsoft SQL Server 2012 (SP1) - 11.0.3000.0 (X64) Express Edition (64-bit) on Windows NT 6.1 <X64> (Build 7601: Service Pack 1)';
  it('SQL\'s place unknown: not recorded as the TMS server\'s Windows; no "Required on Windows Server 2008 R2"', () => {
    const r = runIn('en', [`TMS 15.9, level Medium, SX80 CE 9.15 show No HTTPS response. ${SQL}`]);
    expect(r.state.facts.windows).toBeUndefined();
    const out = rendered(r);
    expect(out).not.toMatch(/Understood so far:[^\n]*Windows Server 2008 R2/);
    expect(out).not.toMatch(/Required on Windows Server 2008 R2/);
    expect(out).toMatch(/the TMS server's Windows too only if SQL runs on it/);
  });
  it('SQL then said to be local: the SQL host\'s Windows is the TMS server\'s', () => {
    const r = runIn('en', [`TMS 15.9, level Medium, SX80 CE 9.15 show No HTTPS response. ${SQL}`, 'SQL is local']);
    expect(rendered(r)).toMatch(/Understood so far:[^\n]*Windows Server 2008 R2/);
  });
  it('SQL said local in the same message: recorded as before', () => {
    const r = runIn('en', [`TMS 15.9, level Medium, SQL is on the TMS server, SX80 CE 9.15 show No HTTPS response. ${SQL}`]);
    expect(r.state.facts.windows?.year).toBe(2008);
  });
});

describe('FIX62D #5: a lab label on the case\'s line, a host name with a lab-like part', () => {
  const OSSL = ['$ openssl s_client -connect 10.9.9.9:443 -tls1', 'CONNECTED(00000003)', '---', 'New, TLSv1, Cipher is ECDHE-RSA-AES256-SHA', 'SSL-Session:', '    Protocol  : TLSv1'].join('\n');
  it.each([
    ['en', 'TMS 15.9, SQL 2016 remote, level Medium, SX80 (CE 9.15) No HTTPS response. for reference, the result from the lab codec:', /The paste after "for reference, the result from the lab codec" comes, as you say, from your lab/],
    ['ja', 'TMS 15.9、SQL 2016 はリモート、レベル Medium、SX80 (CE 9.15) で No HTTPS response。検証機の結果です：', /「検証機の結果です」の後の貼り付けは、検証環境/],
    ['ja', 'TMS 15.9、SQL 2016 はリモート、レベル Medium、SX80 (CE 9.15) で No HTTPS response。参考までに検証機の結果：', /「参考までに検証機の結果」の後の貼り付けは/],
  ] as const)('%s: the case is read, the lab paste is left out and said so (no "contradicts")', (lang, lead, note) => {
    const r = runIn(lang, [`${lead}\n${OSSL}`]);
    const out = rendered(r);
    expect(out).toMatch(note);
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.evidence).toBeUndefined();
    expect(out).not.toMatch(/contradicts|食い違っています/);
  });
  it('a clause that is no label ("here is the output from our codec:") leaves the paste read', () => {
    const r = runIn('en', [`TMS 15.9, SQL 2016 remote, level Medium, SX80 (CE 9.15) No HTTPS response. here is the output from our codec:\n${OSSL}`]);
    expect(r.state.facts.evidence).toBeDefined();
  });

  const K = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
  const REGQ = `C:\\Users\\admin>hostname\nLAB-TMS01\n\nC:\\Users\\admin>reg query "${K}\\TLS 1.2\\Client"\n\n${K}\\TLS 1.2\\Client\n    Enabled    REG_DWORD    0x0\n    DisabledByDefault    REG_DWORD    0x0`;
  it.each([
    ['en', 'TMS-LAB-02', 'TMS 15.9, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response.\nHost Name: TMS-LAB-02\nOS Name: Microsoft Windows Server 2008 R2 Standard\nOS Version: 6.1.7601 Service Pack 1 Build 7601', /If TMS-LAB-02 is the production TMS server, send the paste again/],
    ['ja', 'TMS-LAB-02', 'TMS 15.9、SQL 2016 はリモート、レベル Medium、CE 9.15 の SX80 で No HTTPS response が出ます。\nホスト名: TMS-LAB-02\nOS 名: Microsoft Windows Server 2008 R2 Standard', /TMS-LAB-02 が本番の TMS サーバであれば/],
    ['en', 'LAB-TMS01', `TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response.\n${REGQ}`, /If LAB-TMS01 is the production TMS server, send the paste again/],
  ] as const)('%s: host %s: kept apart, asked; the typed case read, nothing of the paste used', (lang, _host, msg, ask) => {
    const r = runIn(lang, [msg]);
    const out = rendered(r);
    expect(out).toMatch(ask);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.evidence).toBeUndefined();
    expect(r.state.facts.windows?.year ?? 0).not.toBe(2008);
    expect(out).not.toMatch(/required, not a check|Reboot the TMS server once/);
  });
  it('said to be the production TMS server: read in', () => {
    const r = runIn('en', ['TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response.', `this is from the production TMS server:\n${REGQ}`]);
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toContain('schannel-tls12-client-disabled');
  });
  it('a host name without a lab-like part is read as before', () => {
    const r = runIn('en', [`TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response.\n${REGQ.replace('LAB-TMS01', 'TMS01')}`]);
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toContain('schannel-tls12-client-disabled');
  });
});

describe('FIX62D #9: where SQL runs is no label for the .reg after it', () => {
  const K = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
  const REG = `[${K}\\TLS 1.2\\Client]\n"Enabled"=dword:00000000\n"DisabledByDefault"=dword:00000000`;
  it.each([
    ['en', 'TMS 15.9, SQL 2016 runs on another server. Here is the reg export from the TMS server:'],
    ['en', 'TMS 15.9 and SQL 2016 (SQL is on a different server), reg export below:'],
    ['ja', 'TMS 15.9、SQL 2016 は別サーバです。TMS サーバのレジストリです：'],
  ] as const)('%s: %s — the paste is read (TLS 1.2\\Client off)', (lang, lead) => {
    const r = runIn(lang, [`${lead}\n${REG}`]);
    expect(r.state.facts.sqlLocation).toBe('remote');
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toContain('schannel-tls12-client-disabled');
  });
  it.each([
    ['en', 'TMS 15.9, SQL 2016 remote. This is from the old server, not the TMS one:'],
    ['ja', 'TMS 15.9、SQL 2016 はリモートです。旧サーバのものです：'],
  ] as const)('%s: another machine named for the paste itself still keeps it out (REV26 #5)', (lang, lead) => {
    const r = runIn(lang, [`${lead}\n${REG}`]);
    expect(r.state.facts.evidence?.observations.map((o) => o.code) ?? []).not.toContain('schannel-tls12-client-disabled');
  });
});

describe('FIX62D #10: an xConfiguration line after a lead-in on its line', () => {
  it.each([
    ['en', 'TMS 15.9, SX80 shows No HTTPS response. here you go: *c xConfiguration NetworkServices HTTP Mode: Off', /The endpoint's HTTPS settings keep TMS out/],
    ['ja', 'TMS 15.9 で SX80 が No HTTPS response になります。xConfiguration の結果です：*c xConfiguration NetworkServices HTTP Mode: Off', /エンドポイントの HTTPS の設定が TMS の接続を妨げています/],
    ['en', 'TMS 15.9, SX20 shows No HTTPS response. from the codec: xConfiguration NetworkServices HTTPS Mode: Off', /The endpoint's HTTPS settings keep TMS out/],
  ] as const)('%s: HTTPS off is read: %s', (lang, line, card) => {
    const r = runIn(lang, [`${line}\n*s SystemUnit Software Version: "ce9.15.3.17"`]);
    expect(rendered(r)).toMatch(card);
    expect(r.state.facts.evidence?.observations.map((o) => o.code)).toContain('xapi-https-off');
  });
  it('a setting named in words, not after a colon, is not read as output', () => {
    const r = runIn('en', ['TMS 15.9, SX80 shows No HTTPS response. should I set xConfiguration NetworkServices HTTP Mode: Off?\n*s SystemUnit Software Version: "ce9.15.3.17"']);
    expect(r.state.facts.evidence?.observations.map((o) => o.code) ?? []).not.toContain('xapi-https-off');
  });
});

describe('FIX62D #16: words typed before a binary run are read', () => {
  let bytes = '\u0000\u0001';
  for (let i = 0; i < 3000; i++) bytes += String.fromCharCode((i * 7919) % 256);
  it.each([
    ['en', 'TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response.', /The rest of that message looks like binary data[^\n]*I read only your words before it/],
    ['ja', 'TMS 15.9、Windows 2016、SQL 2016 はリモート、レベル Medium、CE 9.15 の SX80 で No HTTPS response が出ます。', /メッセージの後半はバイナリデータか制御文字のように見えるため、読み取っていません/],
  ] as const)('%s: the typed facts are kept, the binary part is said to be left out', (lang, words, note) => {
    const r = runIn(lang, [`${words}\n${bytes}`]);
    expect(r.route).not.toBe('binary');
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    expect(rendered(r)).toMatch(note);
  });
  it('binary alone is still refused with the plain note', () => {
    const r = runIn('en', [bytes]);
    expect(r.route).toBe('binary');
    expect(r.state.facts).toEqual({});
  });
});

describe('REV39 #1: groups held, then an unlabelled paste of another release', () => {
  it('keeps the release answered for and both failing groups, and says the paste disagrees', () => {
    const r = runIn('en', [
      'TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response.',
      'another codec that fails too:\n*s SystemUnit Software Version: "ce9.12.3.abc"',
      'and this one:\n*s SystemUnit Software Version: "ce8.0.1.2fb7fa1"',
    ]);
    expect(r.state.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
    expect((r.state.facts.endpointGroups ?? []).map((g) => g.endpoint.semver).sort()).toEqual(['9.12.3', '9.15.0']);
    const out = rendered(r);
    expect(out).toMatch(/shows CE 8\.0\.1\. I answered for CE 9\.15/);
    expect(out).not.toMatch(/This is not the TLS 1\.0 problem/);
  });
  it('a paste of one of the groups held is that group\'s: no disagreement', () => {
    const r = runIn('en', [
      'TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response.',
      'another codec that fails too:\n*s SystemUnit Software Version: "ce9.12.3.abc"',
      'and this one:\n*s SystemUnit Software Version: "ce9.12.3.abc"',
    ]);
    expect(r.state.facts.endpoint).toMatchObject({ semver: '9.15.0' });
    expect(rendered(r)).not.toMatch(/The evidence disagrees/);
  });
});
