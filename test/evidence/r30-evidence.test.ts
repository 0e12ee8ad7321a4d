/**
 * QA round 23 (evidence verdicts on the console): C1, E2, E1 (and the probe items in r30-probe.test.ts).
 * Driven through the console chat exactly as the QA repros were, in English and Japanese.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runConsoleChat } from '../../src/console/chat';
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

describe('C1: fix-kit while SQL Server is down refuses for that reason first', () => {
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
    const last = text.slice(text.lastIndexOf('No fix files'));
    expect(last).toMatch(/SQL Server cannot start encryption \(event 26011\)/);
    expect(last).not.toMatch(/registry change does not apply|TLS 1\.0 problem/);
    expect(fs.existsSync(out)).toBe(false);
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
    const last = text.slice(text.lastIndexOf('修正ファイルは'));
    expect(last).toMatch(/イベント 26011/);
    expect(last).not.toMatch(/レジストリの変更は当てはまりません/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
