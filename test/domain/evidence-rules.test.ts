import { readFileSync } from 'node:fs';
import { diagnose } from '../../src/domain/diagnose';
import { parseEndpoint, parseSql, parseTms, parseWindows } from '../../src/domain/versions';
import type { Facts } from '../../src/domain/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { readPastedText } from '../../src/evidence/text';
import { addReading, type EvidenceSummary } from '../../src/evidence/types';

const FIX = `${__dirname}/../fixtures/evidence`;
const v = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : (undefined as never));
const codes = (f: Facts) => diagnose(f).findings.map((x) => x.code);

async function fromFile(name: string): Promise<EvidenceSummary> {
  const r = await readEvidenceBuffer(name, readFileSync(`${FIX}/${name}`));
  if (!r.ok) throw new Error(r.reason.en);
  return addReading(undefined, name, r.reading);
}
const fromText = (text: string) => addReading(undefined, 'pasted text', readPastedText(text));

const BASE: Facts = { tms: v(parseTms('15.2.1')), endpoint: v(parseEndpoint('CE 9.15.3')) };

describe('evidence in the diagnosis', () => {
  it('a TLS 1.0 hello reset by the endpoint confirms the cause, first; the fix follows', async () => {
    const evidence = await fromFile('tls10-reset-http301.pcap');
    const c = codes({ ...BASE, evidence });
    expect(c[0]).toBe('evidence-capture-confirms-cause');
    expect(c).toContain('tms-tools-medium-high');
    const f = diagnose({ ...BASE, evidence }).findings[0];
    expect(f.body.map((b) => b.en).join('\n')).toMatch(/redirected \(301\)/);
    expect(f.body[0].ja).toMatch(/原因/);
  });

  it('the same capture contradicts an endpoint typed as TC 7.3.3 (accepts TLS 1.0) and asks', async () => {
    const evidence = await fromFile('tls10-reset-http301.pcap');
    const d = diagnose({ ...BASE, endpoint: v(parseEndpoint('TC7.3.3')), evidence });
    expect(d.affected).toBe('no');
    expect(d.findings.map((x) => x.code)).toEqual(expect.arrayContaining(['evidence-capture-confirms-cause', 'evidence-contradicts-diagnosis']));
    expect(d.findings.find((x) => x.code === 'evidence-contradicts-diagnosis')!.body[0].en).toMatch(/Is the capture from this endpoint\?/);
  });

  it('TLS 1.0-only hellos while the user says Medium-High: says so and asks', async () => {
    const evidence = await fromFile('tls10-reset-http301.pcap');
    expect(codes({ ...BASE, level: 'medium-high', evidence })).toContain('evidence-contradicts-level');
  });

  it('TLS 1.2 offered and accepted verifies the fix; typed Medium is contradicted', async () => {
    const evidence = await fromFile('split-clienthello.pcap');
    expect(codes({ ...BASE, level: 'medium-high', evidence })[0]).toBe('evidence-capture-fix-verified');
    const d = diagnose({ ...BASE, level: 'medium', evidence });
    expect(d.findings[0].code).toBe('evidence-capture-tls12-at-medium');
    expect(d.findings[0].body.map((b) => b.en).join(' ')).toMatch(/the fix has taken effect/);
  });

  describe('a TLS 1.2 hello while the level is Medium (QA round 9 #3): asked whose hello and which level, first', () => {
    const hello = 'tls.handshake.type == 1: Frame 412: 10.1.1.5 -> 10.2.3.44 TLSv1.2 Client Hello, Version: TLS 1.2 (0x0303)';
    it.each([
      ['medium', /level I have is Medium, where TMS offers only TLS 1\.0.*is it at Medium-High now\?.*not the TMS server/s, /copy the packets right after it/],
      [undefined, /Medium \(the default; you did not name the level\)/, /copy the packets right after it/],
    ] as const)('level %s', (level, body, then) => {
      const d = diagnose({ ...BASE, ...(level ? { level } : {}), evidence: fromText(hello) });
      const f = d.findings[0];
      expect(f.code).toBe('evidence-capture-tls12-at-medium');
      expect(f.title.en).toBe('Your capture shows TLS 1.2 offered, which TMS does not do at Medium: is TMS at Medium-High now?');
      expect(f.title.ja).toMatch(/Medium-High ですか/);
      expect(f.body[0].en).toMatch(body);
      expect(f.body[1].en).toMatch(then);
    });
    it('refused after it: the still-refused checks apply, said so', () => {
      const evidence = fromText('1 0.0 10.1.2.3 10.9.8.7 TLSv1.2 300 Client Hello\n2 0.1 10.9.8.7 10.1.2.3 TCP 54 443 → 50000 [RST, ACK]');
      const d = diagnose({ ...BASE, level: 'medium', evidence });
      expect(d.findings[0].body[1].en).toMatch(/TLS 1\.2 is offered and still refused/);
    });
    it.each(['medium-high', 'high'] as const)('not at %s', (level) => {
      expect(codes({ ...BASE, level, evidence: fromText(hello) })).not.toContain('evidence-capture-tls12-at-medium');
    });
    it('not for a TLS 1.0-only hello at Medium', async () => {
      const evidence = await fromFile('tls10-reset-http301.pcap');
      expect(codes({ ...BASE, level: 'medium', evidence })).not.toContain('evidence-capture-tls12-at-medium');
    });
  });

  it('a server that could do only TLS 1.0, refused by a TLS 1.2 client, is said as such and not "TLS 1.2 working"', async () => {
    const r = await readEvidenceBuffer('cap.pcapng', readFileSync(`${FIX}/tls10-only-server-client-alert70.pcapng`), { tlsPorts: [14444] });
    if (!r.ok) throw new Error(r.reason.en);
    const d = diagnose({ ...BASE, level: 'medium-high', evidence: addReading(undefined, 'cap.pcapng', r.reading) });
    const c = d.findings.map((x) => x.code);
    expect(c).toContain('evidence-capture-client-refused-version');
    expect(c).not.toContain('evidence-capture-fix-verified');
    const f = d.findings.find((x) => x.code === 'evidence-capture-client-refused-version')!;
    expect(f.title.en).toBe('The server could do only TLS 1.0, and the client refused it');
    expect(f.body[0].en).toMatch(/Every TC\/CE release accepts TLS 1\.2/);
    expect(f.body[0].ja).toMatch(/TLS 1\.2 を使えないか確認/);
  });

  it('TLS 1.2 hellos still refused point at the endpoint side or cipher suites', () => {
    const evidence = fromText('1 0.0 10.1.2.3 10.9.8.7 TLSv1.2 300 Client Hello\n2 0.1 10.9.8.7 10.1.2.3 TLSv1.2 61 Alert (Level: Fatal, Description: Handshake Failure)');
    const d = diagnose({ ...BASE, level: 'medium-high', evidence });
    const f = d.findings.find((x) => x.code === 'evidence-capture-tls12-refused')!;
    expect(f.body.map((b) => b.en).join(' ')).toMatch(/MinimumTLSVersion.*cipher suites/s);
    expect(f.body.map((b) => b.en).join(' ')).toMatch(/alert here is 40/);
  });

  it('no ClientHello points at TLS 1.0 disabled while at Medium', async () => {
    const evidence = await fromFile('no-clienthello.pcap');
    const f = diagnose({ ...BASE, level: 'medium', evidence }).findings[0];
    expect(f.code).toBe('evidence-capture-no-clienthello');
    expect(f.body[0].en).toMatch(/signature of TLS 1\.0 disabled on the TMS server while TMS is at Medium/);
    // The level not named: both readings, and the level asked first (required).
    const open = diagnose({ ...BASE, evidence });
    expect(open.findings[0].body[0].en).toMatch(/two readings/);
    expect(open.findings[0].body[0].en).not.toMatch(/signature of/);
    expect(open.questions[0]).toMatchObject({ code: 'need-security-level', required: true });
  });

  it('a capture described in words: TLS 1.2 hello answered by alert 40 at Medium-High is not the version problem, and asks for no SQL version', () => {
    for (const text of [
      'capture now shows Client Hello Version: TLS 1.2 (0x0303) but endpoint answers Alert (Level: Fatal, Description: Handshake Failure)',
      'キャプチャでは ClientHello は TLS 1.2 (0x0303) ですが、エンドポイントから Alert (Fatal, Handshake Failure) が返ります',
    ]) {
      const d = diagnose({ ...BASE, level: 'medium-high', evidence: fromText(text) });
      const c = d.findings.map((x) => x.code);
      expect(c[0]).toBe('evidence-capture-tls12-refused');
      const body = d.findings[0].body.map((b) => b.en).join(' ');
      expect(body).toMatch(/TLS version part is fixed/);
      expect(body).toMatch(/alert here is 40.*cipher suites.*GPO or IIS Crypto/s);
      expect(body).not.toMatch(/does not say which version/);
      // "check the Windows side" and the registry steps are contradicted by the capture
      for (const moot of ['already-medium-high', 'enable-tls11-12-registry', 'reboot-server']) expect(c).not.toContain(moot);
      expect(c).toContain('still-failing-checks');
      expect(d.questions.map((q) => q.code)).not.toContain('need-sql-version');
    }
    // At High the certificate check is named too.
    const high = diagnose({ ...BASE, level: 'high', evidence: fromText('the ClientHello is TLS 1.2 (0x0303), the endpoint answers with alert 40') });
    expect(high.findings[0].body.map((b) => b.en).join(' ')).toMatch(/self-signed or expired certificate/);
  });

  it('"TMS completes the TCP handshake and then sends no Client Hello" in words: the TLS 1.0-off signature, with what to check', () => {
    const text = 'capture shows TMS completes the TCP handshake to 443 and then sends no Client Hello at all';
    const d = diagnose({ ...BASE, level: 'medium', windows: v(parseWindows('2019')), evidence: fromText(text) });
    const f = d.findings[0];
    expect(f.code).toBe('evidence-capture-no-clienthello');
    const body = f.body.map((b) => b.en).join(' ');
    expect(body).toMatch(/TLS 1\.0 is on by default, so a hardening policy or tool/);
    expect(body).toMatch(/also turned TLS 1\.2 off for the Client side/);
    expect(body).toMatch(/SQL Server 2008 R2.*event 26011/);
    // The cause is told as the capture shows it, not as "the endpoint resets the connection".
    const cause = d.findings.find((x) => x.code === 'tms-medium-tls10-only')!;
    expect(cause.body[0].en).toMatch(/sends nothing, as your capture shows/);
    // A remote SQL is said to be untouched; a 2008 R2 on the server is named.
    const remote = diagnose({ ...BASE, level: 'medium', sql: v(parseSql('2016')), sqlLocation: 'remote', evidence: fromText(text) });
    expect(remote.findings[0].body.map((b) => b.en).join(' ')).toMatch(/another server/);
    const local = diagnose({ ...BASE, level: 'medium', sql: v(parseSql('2008 R2')), sqlLocation: 'local', evidence: fromText('キャプチャを見ると、TMS は 443 に TCP 接続したあと ClientHello を送っていません') });
    expect(local.findings[0].body.map((b) => b.ja).join(' ')).toMatch(/SQL Server 2008 R2 は、TLS 1\.0 と SSL 3\.0 の両方が無効だと停止/);
  });

  // QA round 11 #2: "after the change TMS sends no ClientHello at all" with no level named asserted the Medium cause; at Medium-High
  // the answer asked for the version of a ClientHello that does not exist and put the TLS 1.2 Client keys last.
  describe('no ClientHello said in words: the level decides the reading (QA 11 #2)', () => {
    const EN = 'after the change TMS sends no ClientHello at all';
    const JA = '変更後、TMS が ClientHello を送りません';
    const JA_MH = 'Medium-High にして再起動したあと、TMS が ClientHello をまったく送りません';
    it.each([EN, JA, JA_MH])('the level not known: both readings, no cause asserted, the level asked first: %s', (text) => {
      const d = diagnose({ ...BASE, evidence: fromText(text) });
      const f = d.findings.find((x) => x.code === 'evidence-capture-no-clienthello')!;
      const en = f.body.map((b) => b.en).join(' ');
      expect(en).toMatch(/At Medium \(the default\), TMS offers only TLS 1\.0, so TLS 1\.0 is off/);
      expect(en).toMatch(/At Medium-High, TMS offers TLS 1\.2, so check TLS 1\.2 for the Client side first: .*TLS 1\.2\\Client, Enabled must be 1 and DisabledByDefault 0/);
      expect(en).not.toMatch(/This is the signature|so a hardening policy or tool \(a GPO, IIS Crypto\) turned it off/);
      expect(f.body.map((b) => b.ja).join(' ')).toMatch(/Medium（既定値）の場合.*Medium-High の場合/s);
      expect(d.questions[0]).toMatchObject({ code: 'need-security-level', required: true });
      // The cause finding is told both ways too.
      const cause = d.findings.find((x) => x.code === 'tms-medium-tls10-only')!;
      expect(cause.body[0].en).toMatch(/^If TMS is at Medium \(the default\).*If TMS is already at Medium-High, the level is not the cause/);
    });
    it('the level question skipped: the default Medium is assumed (optional again), the readings stay both ways', () => {
      const d = diagnose({ ...BASE, evidence: fromText(EN) }, { level: true });
      expect(d.questions.find((q) => q.code === 'need-security-level')!.required).toBe(false);
      expect(d.findings[0].body[0].en).toMatch(/two readings/);
    });
    it.each([
      ['medium', /signature of TLS 1\.0 disabled on the TMS server while TMS is at Medium/],
      ['medium-high', /check that TLS 1\.2\\Client has Enabled=1 and DisabledByDefault=0/],
    ] as const)('the level named (%s): one reading, no level question', (level, re) => {
      const d = diagnose({ ...BASE, level, evidence: fromText(EN) });
      expect(d.findings[0].body[0].en).toMatch(re);
      expect(d.questions.map((q) => q.code)).not.toContain('need-security-level');
    });
    it('at Medium-High, restarted: the TLS 1.2 Client keys first, no ClientHello version asked (EN and JA)', () => {
      for (const text of [JA_MH, 'after setting Medium-High and restarting, TMS sends no ClientHello at all']) {
        const d = diagnose({ ...BASE, level: 'medium-high', tlsClaims: { restarted: true }, evidence: fromText(text) });
        const mh = d.findings.find((x) => x.code === 'already-medium-high')!;
        const en = mh.body.map((b) => b.en).join(' ');
        const ja = mh.body.map((b) => b.ja).join(' ');
        expect(en).toMatch(/no version to read in a capture.*First check SCHANNEL\\Protocols\\TLS 1\.2\\Client/s);
        expect(en).not.toMatch(/ClientHello version in a capture|only if a policy or a tool may have turned TLS 1\.2 off/);
        expect(ja).toMatch(/まず TMS サーバの SCHANNEL\\Protocols\\TLS 1\.2\\Client を確認/);
        expect(ja).not.toMatch(/キャプチャでの ClientHello のバージョン/);
      }
    });
    it('a TMS before 15 has no level to ask: the pre-15 reading stays', () => {
      const d = diagnose({ ...BASE, tms: v(parseTms('14.6.2')), evidence: fromText(EN) });
      expect(d.questions.map((q) => q.code)).not.toContain('need-security-level');
      expect(d.findings[0].body[0].en).toMatch(/a TMS older than 15 offers only TLS 1\.0/);
    });
  });

  it('Schannel 36871 with state 10013 at Medium is read as a protocol TMS needs being disabled', () => {
    const evidence = fromText('システムログに Schannel のエラー 36871 が出ています: 致命的なエラーが発生しました。TLS クライアントの資格情報を作成しています。内部エラーの状態は 10013 です。');
    const f = diagnose({ ...BASE, evidence }).findings.find((x) => x.code === 'evidence-schannel-events')!;
    expect(f.body.map((b) => b.en).join(' ')).toMatch(/state 10013.*TLS 1\.0 was disabled.*no ClientHello/s);
    const mh = diagnose({ ...BASE, level: 'medium-high', evidence }).findings.find((x) => x.code === 'evidence-schannel-events')!;
    expect(mh.body.map((b) => b.en).join(' ')).toMatch(/TLS 1\.2\\Client has Enabled=1/);
  });

  it('Schannel 36887 with alert 70 is the other side refusing the version offered: TLS 1.0 from TMS at Medium; the endpoint minimum at Medium-High', () => {
    const evidence = fromText('Error\t12/1/2026 10:15:02 AM\tSchannel\t36887\tNone\t"A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 70."');
    const f = diagnose({ ...BASE, evidence }).findings.find((x) => x.code === 'evidence-schannel-events')!;
    const en = f.body.map((b) => b.en).join(' ');
    expect(en).toMatch(/36887 with alert 70 \(protocol_version\): the other side of a connection refused.*At Medium TMS offers only TLS 1\.0.*Medium-High/s);
    expect(f.body.map((b) => b.ja).join(' ')).toContain('接続相手がこのサーバの提示した TLS のバージョンを拒否');
    const mh = diagnose({ ...BASE, level: 'medium-high', evidence }).findings.find((x) => x.code === 'evidence-schannel-events')!;
    expect(mh.body.map((b) => b.en).join(' ')).toMatch(/MinimumTLSVersion/);
    // 36888 (an alert this server sent) does not get the 36887 reading.
    const sent = fromText('Error\t12/1/2026 10:15:02 AM\tSchannel\t36888\tNone\t"A fatal alert was generated and sent to the remote endpoint. The TLS protocol defined fatal alert code is 70."');
    const g = diagnose({ ...BASE, evidence: sent }).findings.find((x) => x.code === 'evidence-schannel-events')!;
    expect(g.body.map((b) => b.en).join(' ')).not.toMatch(/36887 with alert 70/);
  });

  it('Schannel state wins over the Windows defaults: TLS 1.2 Client off on 2016 makes the registry step required', () => {
    const evidence = fromText(`HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client
    Enabled    REG_DWORD    0x0
`);
    const d = diagnose({ ...BASE, windows: v(parseWindows('2016')), evidence });
    const f = d.findings.find((x) => x.code === 'evidence-schannel-tls12-client-off')!;
    expect(f.body[0].en).toMatch(/on for Windows Server 2016.*required, not a check/);
    expect(d.findings.map((x) => x.code)).toContain('enable-tls11-12-registry');
  });

  it('TLS 1.2 Client keys already right: no registry step and no reboot for it', async () => {
    const evidence = await fromFile('schannel-tls10-off-tls12-on.reg');
    const c = codes({ ...BASE, windows: v(parseWindows('2012 R2')), sql: v(parseSql('2016')), evidence });
    expect(c).toContain('evidence-schannel-tls12-client-on');
    expect(c).not.toContain('enable-tls11-12-registry');
    expect(c).not.toContain('reboot-server');
    expect(c).toContain('evidence-schannel-tls10-off');
  });

  it.each([
    [{ sql: '2016', sqlLocation: 'local' }, /SQL Server 2016 supports TLS 1\.2, so TLS 1\.0 off does not stop it/, /TLS 1\.2 に対応しているため、TLS 1\.0 が無効でも停止しません/],
    // QA41 #2: a 2008 R2 TLS 1.2 build is outside Microsoft's case, but the document still says keep TLS 1.0 on: both said, a check.
    [{ sql: '10.50.6560.0', sqlLocation: 'local' }, /supports TLS 1\.2, so Microsoft's failing case .* does not apply to it\. The document still says to keep TLS 1\.0 on/, /TLS 1\.0 を有効のままにするよう求めています/],
    [{ sql: '2008 R2', sqlLocation: 'remote' }, /runs on another server.*does not affect it/, /別のサーバで動いている/],
    [{ sql: '2014', sqlLocation: 'local' }, /Check the build of SQL Server 2014 \(`SELECT @@VERSION`\)/, /SQL Server 2014 のビルドを確認してください/],
    [{}, /If SQL Server 2008 R2 runs on this server, it does need TLS 1\.0: tell me the SQL version/, /SQL のバージョンを教えてください/],
  ] as const)('TLS 1.0 off with %j: the consequence for the known SQL Server, not "tell me the SQL version"', async (sqlFacts, en, ja) => {
    const evidence = await fromFile('schannel-tls10-off-tls12-on.reg');
    const extra: Facts = {};
    if ('sql' in sqlFacts) extra.sql = v(parseSql(sqlFacts.sql));
    if ('sqlLocation' in sqlFacts) extra.sqlLocation = sqlFacts.sqlLocation;
    const f = diagnose({ ...BASE, windows: v(parseWindows('2019')), ...extra, evidence }).findings.find((x) => x.code === 'evidence-schannel-tls10-off')!;
    expect(f.body[0].en).toMatch(en);
    expect(f.body[0].ja).toMatch(ja);
    if ('sql' in sqlFacts) expect(f.body[0].en).not.toMatch(/tell me the SQL version/);
  });

  // QA36 #1: a 2012 / 2014 build without TLS 1.2 support is in the same failing case as 2008 R2 (knowledge.md, KB3135244 FAQ).
  it('TLS 1.0 off with a local SQL 2012 SP1 on Windows Server 2019 (SSL 3.0 off by default) is the critical case, with the keys to re-enable', async () => {
    const evidence = await fromFile('schannel-tls10-off-tls12-on.reg');
    const d = diagnose({ ...BASE, windows: v(parseWindows('2019')), sql: v(parseSql('2012 SP1')), sqlLocation: 'local', evidence });
    const f = d.findings.find((x) => x.code === 'evidence-tls10-off-sql2008r2')!;
    expect(f.severity).toBe('critical');
    expect(f.title.en).toBe('TLS 1.0 is off, and SQL Server 2012 needs it');
    expect(f.literal).toContain('TLS 1.0\\Server]');
    expect(f.body[0].en).toMatch(/on Windows Server 2019 SSL 3\.0 is off by default.*Re-enable TLS 1\.0 \(both sides\).*service-pack upgrade/);
  });

  it('TLS 1.0 off with SQL 2008 R2 on the server is critical, with the keys to re-enable', async () => {
    const evidence = await fromFile('schannel-tls10-off-tls12-on.reg');
    const d = diagnose({ ...BASE, sql: v(parseSql('2008 R2 SP2')), evidence });
    const f = d.findings.find((x) => x.code === 'evidence-tls10-off-sql2008r2')!;
    expect(f.severity).toBe('critical');
    expect(f.literal).toContain('TLS 1.0\\Server]');
    expect(f.body[0].en).toMatch(/Do not change SSL 3\.0/);
  });

  it("TLS 1.0 off with SQL 2008 R2: Microsoft's case is TLS 1.0 and SSL 3.0 both off, and the finding says whether this server is in it (SSL 3.0 off in the registry, or by default from 2016) (EN/JA)", () => {
    const reg = (ssl3Off: boolean) => `Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client]
"Enabled"=dword:00000000
"DisabledByDefault"=dword:00000001
${ssl3Off ? `
[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\\Server]
"Enabled"=dword:00000000
"DisabledByDefault"=dword:00000001
` : ''}`;
    const body = (text: string, windows?: string) => {
      const d = diagnose({ ...BASE, sql: v(parseSql('2008 R2 SP2')), ...(windows ? { windows: v(parseWindows(windows)) } : {}), evidence: fromText(text) });
      return d.findings.find((x) => x.code === 'evidence-tls10-off-sql2008r2')!.body[0];
    };
    // QA41 #1: this file turns off TLS 1.0 Client only; Microsoft's case is both off on the server side, so TLS 1.0\Server is named as
    // the check, not "this server is in that case".
    const both = body(reg(true), '2012 R2');
    expect(both.en).toContain('with TLS 1.0 and SSL 3.0 both disabled on the server side, the case Microsoft names');
    expect(both.en).toContain('SSL 3.0 is disabled here too, but TLS 1.0 is off on the Client side only: check TLS 1.0\\Server, as with it off as well this server is in that case');
    expect(both.ja).toContain('このサーバでは SSL 3.0 も無効ですが、TLS 1.0 が無効なのは Client 側だけです');
    expect(body(reg(false), '2019').en).toContain('on Windows Server 2019 SSL 3.0 is off by default, and TLS 1.0 is off on the Client side only: check TLS 1.0\\Server');
    const only = body(reg(false), '2012 R2');
    expect(only.en).not.toMatch(/in that case/);
    expect(only.en).not.toMatch(/with TLS 1\.0 disabled its service stops/);
    expect(only.en).toContain('Re-enable TLS 1.0 (both sides)');
  });

  it('event 26011 with SQL 2008 R2 (read from SELECT @@VERSION in the same paste) says what to re-enable', () => {
    const evidence = fromText(`Error\t5/25/2016 9:31:16 PM\tMSSQL$SQLTMS\t26011\tServer
Microsoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64) Standard Edition (64-bit) on Windows NT 6.1 <X64> (Build 7601: Service Pack 1)`);
    const d = diagnose({ ...BASE, evidence });
    const f = d.findings.find((x) => x.code === 'evidence-sql-encryption-failed')!;
    expect(f.severity).toBe('critical');
    expect(f.body[0].en).toMatch(/turn TLS 1\.0 back on for both Client and Server/);
    expect(f.body[0].en).toMatch(/leave SSL 3\.0 as it is/);
    expect(f.body[0].en).toMatch(/start the SQL Server service; \(4\) if it still does not start, reboot/);
    // The SQL version read fills the facts: no SQL question. The Windows in @@VERSION is the SQL host's: asked while SQL's location is not known.
    expect(d.questions.map((q) => q.code)).not.toContain('need-sql-version');
    expect(d.questions.map((q) => q.code)).toContain('need-windows-version');
    // SQL said to run on the TMS server: its host's Windows is the TMS server's.
    expect(diagnose({ ...BASE, sqlLocation: 'local', evidence }).questions.map((q) => q.code)).not.toContain('need-windows-version');
  });

  it("@@VERSION's Windows (the SQL host's) is no contradiction with the TMS server's Windows when SQL runs elsewhere (QA round 8)", async () => {
    const evidence = await fromFile('versions/sqlver-remote.txt');
    const ws2016 = v(parseWindows('2016'));
    const remote = diagnose({ ...BASE, level: 'medium', windows: ws2016, sqlLocation: 'remote', evidence });
    expect(remote.findings.map((x) => x.code)).not.toContain('evidence-disagrees-with-typed');
    expect(remote.findings.map((x) => x.code)).not.toContain('evidence-sql-on-other-host');
    expect(evidence.observations.find((o) => o.code === 'fact-windows-version')!.detail.en).toMatch(/The SQL Server host runs Windows Server 2008 R2/);
    // Location not said: told as "SQL most likely runs on another server", and asked; not "which one is right".
    const unknown = diagnose({ ...BASE, level: 'medium', windows: ws2016, evidence });
    expect(unknown.findings.map((x) => x.code)).not.toContain('evidence-disagrees-with-typed');
    const f = unknown.findings.find((x) => x.code === 'evidence-sql-on-other-host')!;
    expect(f.body[0].en).toMatch(/SQL most likely runs on another server/);
    expect(f.body[0].ja).toMatch(/別のサーバ/);
    // SQL said local: two different Windows on one machine is a contradiction, said and asked.
    const local = diagnose({ ...BASE, level: 'medium', windows: ws2016, sqlLocation: 'local', evidence });
    expect(local.findings.find((x) => x.code === 'evidence-disagrees-with-typed')!.body[0].en).toMatch(/You said Windows Server 2016, but SQL Server's version string shows Windows Server 2008 R2/);
  });

  it('event 26011 without a SQL version: recovery first, then the version from the ERRORLOG (SQL is down, no SELECT @@VERSION)', () => {
    const d = diagnose({ ...BASE, evidence: fromText('Event ID: 26011') });
    expect(d.findings[0].code).toBe('evidence-sql-encryption-failed');
    expect(d.findings[0].body[0].en).toMatch(/^To get SQL Server running again/);
    expect(d.findings[0].body[0].en).toMatch(/a registry export made before the change can be imported instead, but an import only writes back the values it holds and keys the change created stay/);
    expect(d.findings[0].body.map((b) => b.en).join(' ')).not.toMatch(/Run SELECT @@VERSION/);
    // The SQL question comes first and says where to read the version while the service is stopped.
    expect(d.questions[0].code).toBe('need-sql-version');
    expect(d.questions[0].text.en).toMatch(/cannot run while the service is stopped: the first lines of SQL Server's ERRORLOG/);
    expect(d.questions[0].text.ja).toContain('ERRORLOG');
  });

  it('event 26011 with a remote SQL or a SQL with TLS 1.2 support: no TLS 1.0 restore on the TMS server', () => {
    const remote = diagnose({ ...BASE, sql: v(parseSql('2008 R2')), sqlLocation: 'remote', evidence: fromText('Event ID: 26011') });
    const r = remote.findings.find((x) => x.code === 'evidence-sql-encryption-failed')!;
    expect(r.body[0].en).toMatch(/the TMS server's Schannel settings do not touch it/);
    expect(r.literal).toBeUndefined();
    const modern = diagnose({ ...BASE, sql: v(parseSql('2016')), sqlLocation: 'local', evidence: fromText('Event ID: 26011') });
    const m = modern.findings.find((x) => x.code === 'evidence-sql-encryption-failed')!;
    // (Critical since answers-misc F: the cause comes first and the TLS fix's steps wait, as the fix kit says.)
    expect(m.severity).toBe('critical');
    expect(m.body[0].en).toMatch(/supports TLS 1\.2, so the TLS change is not the usual reason/);
    expect(modern.findings.map((x) => x.code)).not.toContain('reboot-server');
  });

  it('typed versions win, and a disagreement with the evidence is said and asked', () => {
    const evidence = fromText('Microsoft SQL Server 2012 (SP1) - 11.0.3000.0 (X64) on Windows NT 6.3 <X64> (Build 9600: )');
    const d = diagnose({ ...BASE, sql: v(parseSql('2008 R2')), windows: v(parseWindows('2012 R2')), evidence });
    const f = d.findings.filter((x) => x.code === 'evidence-disagrees-with-typed');
    expect(f).toHaveLength(1);
    expect(f[0].body[0].en).toMatch(/You said SQL Server 2008 R2, but SELECT @@VERSION shows SQL Server 2012 SP1/);
    expect(f[0].body[0].ja).toMatch(/どちら/);
  });

  it('a multi-line xAPI block keeps its settings: MinimumTLSVersion TLSv1.3 at Medium-High is the cause, not the Windows side (QA round 8)', async () => {
    const evidence = await fromFile('xapi/xapi13.txt');
    expect(evidence.facts.endpoint?.semver).toBe('9.15.3');
    const d = diagnose({ tms: v(parseTms('15.2.1')), level: 'medium-high', evidence });
    const f = d.findings[0];
    expect(f.code).toBe('evidence-endpoint-https-blocks');
    expect(f.body[0].en).toMatch(/MinimumTLSVersion is TLS 1\.3, above TLS 1\.2.*this is the cause, not the Windows side.*MinimumTLSVersion: TLSv1\.2/);
    expect(f.body[0].ja).toMatch(/TLS 1\.2 に設定してください/);
    const c = d.findings.map((x) => x.code);
    expect(c).not.toContain('already-medium-high');
    expect(c).not.toContain('reboot-server');
    expect(d.questions.map((q) => q.code)).not.toContain('need-windows-version');
    // TLSv1.2 (xapi.txt) at Medium-High: fine, said so; at Medium, fine once TMS is at Medium-High.
    const ok = await fromFile('xapi/xapi.txt');
    const mh = diagnose({ ...BASE, level: 'medium-high', evidence: ok }).findings.find((x) => x.code === 'evidence-endpoint-https-settings')!;
    expect(mh.body[0].en).toMatch(/TLS 1\.2: not above the TLS 1\.2 that TMS offers at Medium-High/);
    expect(codes({ ...BASE, level: 'medium-high', evidence: ok })).toContain('already-medium-high');
  });

  it('xConfiguration HTTP Mode and TC 7 HTTPS Mode are read, not "nothing relevant"', async () => {
    const mode = await fromFile('xapi/xapi-mode.txt');
    expect(mode.observations.map((o) => o.code)).toEqual(expect.arrayContaining(['xapi-min-tls', 'xapi-https-allowed']));
    const f = diagnose({ ...BASE, level: 'medium', evidence: mode }).findings.find((x) => x.code === 'evidence-endpoint-https-settings')!;
    expect(f.body[0].en).toMatch(/TLS 1\.1: fine once TMS is at Medium-High.*at Medium TMS offers TLS 1\.0 only, which this minimum refuses/);
    expect(f.body[1].en).toMatch(/HTTPS is allowed/);
    const tc = await fromFile('xapi/xapi-tc.txt');
    expect(tc.observations.find((o) => o.code === 'xapi-https-allowed')!.detail.en).toMatch(/HTTPS Mode` \(TC 7\) is On/);
    const off = fromText('*c xConfiguration NetworkServices HTTP Mode: HTTP\n** end');
    const blocked = diagnose({ ...BASE, level: 'medium-high', evidence: off }).findings[0];
    expect(blocked.code).toBe('evidence-endpoint-https-blocks');
    expect(blocked.body[0].en).toMatch(/HTTPS is off on this endpoint/);
  });

  it('a Telnet violation with typed Medium is a contradiction; with Medium-High it explains the side effect', () => {
    const evidence = fromText('Status: Security violation: Telnet communication is not allowed');
    expect(codes({ ...BASE, level: 'medium', evidence })).toContain('evidence-contradicts-level');
    expect(codes({ ...BASE, level: 'medium-high', evidence })).toContain('evidence-telnet-violation');
  });

  it('no evidence, or malformed evidence, changes nothing', () => {
    const plain = diagnose(BASE);
    expect(diagnose({ ...BASE, evidence: { observations: [], facts: {}, sources: [] } })).toEqual(plain);
    expect(diagnose({ ...BASE, evidence: 'junk' as unknown as EvidenceSummary })).toEqual(plain);
    expect(diagnose({ ...BASE, evidence: { observations: [null, { code: 1 }], facts: null, sources: 3 } as unknown as EvidenceSummary })).toEqual(plain);
  });
});
