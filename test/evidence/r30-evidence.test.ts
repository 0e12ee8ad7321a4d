/**
 * QA round 23 (evidence verdicts on the console): C1, E2, E1 (and the probe items in r30-probe.test.ts).
 * Driven through the console chat exactly as the QA repros were, in English and Japanese.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runConsoleChat } from '../../src/console/chat';
import { readEvidenceFile } from '../../src/evidence';
import { makeIO } from '../cli/helpers';

const F = path.join(__dirname, '..', 'fixtures', 'evidence');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-r30-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The console output of the lines, split into turns (each turn's text starts after its input line is consumed). */
async function chat(lines: string[], lang?: 'ja'): Promise<string> {
  const io = makeIO(`${lines.join('\n')}\n`);
  await runConsoleChat(io, lang ? { lang } : {});
  return io.out();
}

describe('C1: fix-kit while SQL Server is down leads with that reason (and gives only tls10-back-on.reg)', () => {
  const sql = () => {
    const p = path.join(dir, 'sql2008r2.txt');
    fs.writeFileSync(p, 'Microsoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64) Jun 28 2012 08:36:30\n');
    return p;
  };
  it('EN: a .reg showing TLS 1.2 already on does not turn the refusal into "the registry change does not apply"', async () => {
    const out = path.join(dir, 'kit');
    const text = await chat([
      'TMS 15.9, CE 9.15.3, Windows 2008 R2',
      `evidence ${sql()}`,
      `evidence ${path.join(F, 'schannel-tls10-off-tls12-on.reg')}`,
      `evidence ${path.join(F, 'events', 'ja-sql.txt')}`,
      `fix-kit ${out}`,
    ]);
    // (R33B: the kit is then tls10-back-on.reg alone, led by the outage; enable-tls12.reg waits until SQL runs.)
    const last = text.slice(text.lastIndexOf('The evidence shows SQL Server'));
    expect(last).toMatch(/SQL Server cannot start encryption \(event 26011\)/);
    expect(last).not.toMatch(/registry change does not apply|TLS 1\.0 problem/);
    expect(fs.readdirSync(out)).toEqual(['tls10-back-on.reg']);
  });
  it('JA: the same, in Japanese', async () => {
    const out = path.join(dir, 'kit');
    const text = await chat(
      [
        'TMS 15.9、CE 9.15.3、Windows 2008 R2 です',
        `evidence ${sql()}`,
        `evidence ${path.join(F, 'schannel-tls10-off-tls12-on.reg')}`,
        `evidence ${path.join(F, 'events', 'ja-sql.txt')}`,
        `fix-kit ${out}`,
      ],
      'ja',
    );
    const last = text.slice(text.lastIndexOf('証拠によると SQL Server'));
    expect(last).toMatch(/イベント 26011/);
    expect(last).not.toMatch(/レジストリの変更は当てはまりません/);
    expect(fs.readdirSync(out)).toEqual(['tls10-back-on.reg']);
  });
});

/** The text after the last time `marker` appears (the last turn's answer). */
const after = (text: string, marker: string) => text.slice(text.lastIndexOf(marker));

describe('E2: at Medium-High, a capture with nothing on 443 is not settled, never "Medium is the cause"', () => {
  it('EN: after "set Medium-High and restarted", a capture with TLS only on 8443; the hint names the console command', async () => {
    const text = await chat([
      'TMS 15.2.1, codecs on CE 9.15.3, SQL 2014 SP2, Win 2012 R2, no https response',
      `evidence ${path.join(F, 'tls10-reset-http301.pcap')}`,
      'ok I set Medium-High and restarted IIS and the services, here is the new capture',
      `evidence ${path.join(F, 'tls13-offer-tls12-accepted.pcap')}`,
    ]);
    const last = after(text, 'What tls13-offer-tls12-accepted.pcap');
    expect(last).not.toMatch(/This is the TLS 1\.0 problem|TMS at Medium speaks only TLS 1\.0/);
    expect(last).toMatch(/Not settled/);
    expect(last).toContain('tls.handshake.type == 1 && tcp.port == 443');
    expect(last).toContain('`evidence FILE --port 8443`');
    expect(last).not.toContain('tms-doctor evidence FILE');
  });
  it('JA: the same', async () => {
    const text = await chat(
      [
        'TMS 15.2.1、CE 9.15.3、SQL 2014 SP2、Windows 2012 R2 で No HTTPS response が出ています',
        `evidence ${path.join(F, 'tls10-reset-http301.pcap')}`,
        'Medium-High に変更して IIS とサービスを再起動しました。新しいキャプチャです',
        `evidence ${path.join(F, 'tls13-offer-tls12-accepted.pcap')}`,
      ],
      'ja',
    );
    const last = after(text, 'tls13-offer-tls12-accepted.pcap');
    expect(last).not.toMatch(/原因：Medium の TMS/);
    expect(last).toMatch(/未確定/);
    expect(last).toContain('tls.handshake.type == 1 && tcp.port == 443');
    expect(last).toContain('`evidence ファイル --port 8443`');
    expect(last).not.toContain('tms-doctor evidence');
  });
  it('the --port hint per surface: the command line names the tms-doctor command, the console its own, Slack the words to share the file with', async () => {
    const note = async (surface?: 'cli' | 'console' | 'slack') => {
      const r = await readEvidenceFile(path.join(F, 'tls13-offer-tls12-accepted.pcap'), surface ? { surface } : {});
      if (!r.ok) throw new Error('unread');
      return JSON.stringify(r.reading);
    };
    expect(await note()).toContain('tms-doctor evidence FILE --port 8443');
    const slack = await note('slack');
    expect(slack).toContain('share the file again with \\"port 8443\\" in the message');
    expect(slack).toContain('「ポート8443」と書いて');
    expect(slack).not.toContain('--port');
    const c = await note('console');
    expect(c).toContain('`evidence FILE --port 8443`');
    expect(c).not.toContain('tms-doctor evidence');
  });
});

describe('E1: at Medium-High, a newer capture with a hello reset on 443 changes "TLS 1.2 working"', () => {
  const files = (order: 'ok-then-reset' | 'reset-then-ok') => {
    const ok = `evidence ${path.join(F, 'tls12-accepted-postfix.tshark.txt')}`;
    const reset = `evidence ${path.join(F, 'tls10-reset-http301.tshark.txt')}`;
    return order === 'ok-then-reset' ? [ok, reset] : [reset, ok];
  };
  it('EN: the newest (reset) wins: not settled, with the Client Hello > Version check; the reverse order still says TLS 1.2 works', async () => {
    const first = 'TMS 15.9, CE 9.15.3, SQL 2016, Win 2016. Communication Security is already Medium-High and we rebooted, still No HTTPS response';
    const last = after(await chat([first, ...files('ok-then-reset')]), 'tls10-reset-http301.tshark.txt');
    expect(last).not.toMatch(/TLS 1\.2 working: the TLS part of the fix has taken effect/);
    expect(last).toMatch(/Not settled/);
    expect(last).toMatch(/Client Hello > Version/);
    expect(last).toMatch(/0x0301[\s\S]*0x0303[\s\S]*cipher suites/);
    const rev = after(await chat([first, ...files('reset-then-ok')]), 'tls12-accepted-postfix.tshark.txt');
    expect(rev).toMatch(/TLS 1\.2 working: the TLS part of the fix has taken effect/);
  });
  it('JA: the same', async () => {
    const first = 'TMS 15.9、CE 9.15.3、SQL 2016、Windows 2016 です。Communication Security はすでに Medium-High で、再起動もしましたが、まだ No HTTPS response です';
    const last = after(await chat([first, ...files('ok-then-reset')], 'ja'), 'tls10-reset-http301.tshark.txt');
    expect(last).toMatch(/未確定/);
    expect(last).toMatch(/0x0301[\s\S]*0x0303[\s\S]*暗号スイート/);
  });
});
