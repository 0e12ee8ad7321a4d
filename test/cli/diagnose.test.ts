import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';
import { makeIO } from './helpers';

async function diag(args: string[]) {
  const io = makeIO();
  const code = await main(['diagnose', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const dir = mkdtempSync(join(tmpdir(), 'tms-doctor-diag-'));
const probeFile = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const goodProbe = {
  target: '127.0.0.1',
  address: '127.0.0.1',
  port: 8443,
  reachable: true,
  tls: true,
  protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': false, 'tls1.2': true, 'tls1.3': null },
  tms: { medium: false, mediumHigh: true },
  certificate: null,
  error: null,
  durationMs: 5,
};

describe('tms-doctor diagnose --json', () => {
  it('prints exactly one JSON object with affected/findings/questions/facts', async () => {
    const r = await diag(['--tms', '15.2.1', '--endpoint', 'ce9.15', '--sql', '2012 SP1', '--json']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const o = JSON.parse(lines[0]);
    expect(Object.keys(o)).toEqual(['affected', 'findings', 'questions', 'facts']);
    expect(o.affected).toBe('yes');
    expect(o.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['endpoint-no-tls10', 'caveat-sql2012-kb3052404']));
    expect(o.questions.map((q: { code: string }) => q.code)).toEqual(['need-windows-version', 'need-security-level']);
    expect(o.facts.tms.semver).toBe('15.2.1');
  });

  it('reads free text and lets options override it', async () => {
    const r = await diag(['--text', 'TMS 15.2.1 with TC7.3.6, SQL 2008 R2', '--tms', '14.6.2', '--json']);
    const o = JSON.parse(r.out);
    expect(o.facts.tms.semver).toBe('14.6.2');
    expect(o.findings.map((f: { code: string }) => f.code)).toContain('tms-pre15-upgrade-or-downgrade');
  });

  it('reads bare words as free text', async () => {
    const o = JSON.parse((await diag(['TMS', '15.2.1', 'with', 'CE', '9.15', '--json', 'SQL 2016'])).out);
    expect(o.facts.tms.semver).toBe('15.2.1');
    expect(o.facts.sql.year).toBe(2016);
    expect(o.affected).toBe('yes');
  });

  it('--http says this is not the problem; --sql-remote drops the SQL caveats', async () => {
    expect(JSON.parse((await diag(['--http', '--json'])).out).affected).toBe('no');
    const o = JSON.parse((await diag(['--tms', '15', '--endpoint', 'RoomOS 11', '--sql', '2008 R2', '--sql-remote', '--json'])).out);
    const codes = o.findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('caveat-remote-sql-untouched');
    expect(codes).not.toContain('caveat-sql2008r2-keep-tls10-ssl3');
  });

  it('reads a probe result file into facts.probe', async () => {
    const o = JSON.parse((await diag(['--tms', '15.2.1', '--probe', probeFile('ok.json', JSON.stringify(goodProbe)), '--json'])).out);
    expect(o.facts.probe.port).toBe(8443);
    expect(o.findings.map((f: { code: string }) => f.code)).toContain('endpoint-no-tls10');
  });
});

describe('tms-doctor diagnose (text)', () => {
  it('prints a readable answer in the language of --text', async () => {
    const r = await diag(['--text', 'TMS は 15.2.1、エンドポイントは CE 9.15、SQL は 2016']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/TLS 1.0 の問題です/);
    expect(r.out).not.toMatch(/\u001b\[/); // no colours when not a terminal
  });

  it('lists every open question when facts are missing', async () => {
    const r = await diag(['--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Which software version do the affected endpoints run/);
    expect(r.out).toMatch(/Which TMS version/);
  });

  it('--help exits 0', async () => {
    const r = await diag(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--probe FILE/);
  });
});

describe('tms-doctor diagnose: invalid input exits 2 and names the bad value', () => {
  it.each([
    [['--tms', 'banana'], /--tms "banana"/],
    [['--endpoint', 'CE8'], /--endpoint "CE8".*8\.0\.x/],
    [['--sql', '2013'], /--sql "2013".*no SQL Server 2013/],
    [['--windows', 'XP'], /--windows "XP"/],
    [['--level', 'ultra'], /--level "ultra"/],
    [['--lang', 'fr'], /--lang must be "en" or "ja", not "fr"/],
    [['--frobnicate'], /unknown option "--frobnicate"/],
    [['--tms'], /--tms needs a value/],
    [['--json=1'], /unknown option "--json=1"/],
  ])('%j', async (args, msg) => {
    const r = await diag(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
    expect(r.out).toBe('');
  });

  it.each([
    ['missing', join(dir, 'nope.json'), /no such file/],
    ['a directory', dir, /directory/],
    ['not JSON', probeFile('bad.json', '{"target": '), /not valid JSON/],
    ['an array', probeFile('arr.json', '[1,2]'), /not a JSON object/],
    ['wrong shape', probeFile('shape.json', JSON.stringify({ ...goodProbe, protocols: { 'tls1.0': 'yes' } })), /protocols/],
    ['bad port', probeFile('port.json', JSON.stringify({ ...goodProbe, port: 70000 })), /port/],
  ])('--probe file %s', async (_what, file, msg) => {
    const r = await diag(['--probe', file, '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
  });
});

describe('diagnose: endpoints on several versions', () => {
  it('--endpoint "TC7.3.3 to TC7.3.21" answers for TC 7.3.21 and notes that TC 7.3.3 is not affected', async () => {
    const r = await diag(['--tms', '15.2.1', '--endpoint', 'TC7.3.3 to TC7.3.21', '--sql', '2016', '--json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.affected).toBe('yes');
    expect(d.facts.endpoint.semver).toBe('7.3.21');
    expect(r.err).toContain('Those on TC 7.3.3 still accept TLS 1.0');
  });

  it('--text with a mix notes it in the text language; a single --endpoint value has no note', async () => {
    const r = await diag(['--text', 'TMS 15.13、一部は TC7.3.3、他は CE 9.8', '--json']);
    expect(JSON.parse(r.out).facts.endpoint.semver).toBe('9.8.0');
    expect(r.err).toContain('TC 7.3.3 はまだ TLS 1.0 を受け付ける');
    const one = await diag(['--endpoint', 'TC7.3.3', '--json']);
    expect(JSON.parse(one.out).affected).toBe('no');
    expect(one.err).toBe('');
  });
});

describe('tms-doctor diagnose --summary (the short form the Slack card shows)', () => {
  it('prints verdict, cause, next action, facts and the caveats, without the steps', async () => {
    const io = makeIO();
    expect(await main(['diagnose', '--summary', '--tms', '15.2.1', '--endpoint', 'ce9.15', '--sql', '2008 R2', '--windows', '2008 R2'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^TLS 1\.0 problem/);
    expect(out).toMatch(/Cause: CE 9\.15 refuses TLS 1\.0/);
    expect(out).toMatch(/Next: Enable TLS 1\.2/);
    expect(out).toMatch(/⚠ SQL Server 2008 R2/);
    expect(out).toMatch(/⚠ Medium-High turns Telnet and SNMP off/);
    expect(out.indexOf('SQL Server 2008 R2:')).toBeLessThan(out.indexOf('Telnet'));
    expect(out).not.toContain('SCHANNEL');
    const full = makeIO();
    await main(['diagnose', '--tms', '15.2.1', '--endpoint', 'ce9.15', '--sql', '2008 R2', '--windows', '2008 R2'], full);
    expect(full.out().length).toBeGreaterThan(out.length * 3);
  });
});

describe('tms-doctor diagnose with a text longer than 40,000 characters', () => {
  it('reads its first 40,000 characters and says on stderr that the rest was not read (EN and JA)', async () => {
    const long = `TMS 15.2.1, CE 9.15, SQL 2016 ${'x'.repeat(45_000)} Windows 2008 R2`;
    const en = await diag(['--json', '--text', long]);
    expect(en.code).toBe(0);
    const o = JSON.parse(en.out);
    expect(o.facts.tms).toBeDefined();
    expect(o.facts.windows).toBeUndefined();
    expect(en.err).toContain(`note: Your message has ${long.length.toLocaleString('en-US')} characters: I read the first 40,000 and not the rest`);
    const longJa = `TMS は 15.2.1 です。${'あ'.repeat(45_000)}`;
    const ja = await diag(['--json', '--text', longJa]);
    expect(ja.err).toContain(`メッセージは ${longJa.length.toLocaleString('en-US')} 文字ありました。読み取ったのは最初の 40,000 文字だけで`);
    const short = await diag(['--json', '--text', 'TMS 15.2.1']);
    expect(short.err).not.toMatch(/not the rest/);
  });
});

describe('tms-doctor diagnose with a version option given as two alternatives', () => {
  it.each([
    [['--endpoint', 'TC 7.3.3 or CE 9.15'], /--endpoint "TC 7\.3\.3 or CE 9\.15": You named two possible endpoint versions/],
    [['--endpoint', 'TC 7.3.3 or later'], /covers releases on both sides of the line/],
    [['--tms', '14 or 15'], /--tms "14 or 15": You named two possible TMS versions/],
    [['--sql', '2012 or 2014'], /--sql "2012 or 2014": You named two possible SQL Server versions/],
  ])('%j is refused with the reason (exit 2), not answered for the first', async (opt, said) => {
    const r = await diag(['--json', '--tms', '15.2.1', '--sql', '2016', ...opt]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(said);
    expect(r.out).toBe('');
  });
  it('one value, or alternatives with the same answer, is answered', async () => {
    expect((await diag(['--json', '--tms', '15.1/15.2', '--endpoint', 'CE 9.15', '--sql', '2016'])).code).toBe(0);
    expect((await diag(['--json', '--tms', '15.2.1', '--endpoint', 'TC 7.3.6 or CE 9.15', '--sql', '2016'])).code).toBe(0);
  });
});
