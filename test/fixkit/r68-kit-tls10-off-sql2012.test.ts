/**
 * FIX10D item 1: the fix kit (files, warnings, CLI) leads with "TLS 1.0 is already off: re-enable it first" for a local
 * SQL Server 2012 / 2014 build without TLS 1.2 support too, as the conversation does since fix10b (knowledge.md: Microsoft's
 * failing case is SSL 3.0 and TLS 1.0 both off on a build without TLS 1.2, whatever the release). Builds with TLS 1.2 and
 * 2016+ unchanged. The generated enable-tls12.reg is parsed back (it still only sets TLS 1.2), EN and JA.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFixKit } from '../../src/fixkit';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { step, freshState } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { applyReg, decodeText, parseRegFile, SCHANNEL_PROTOCOLS_PATH } from '../../src/windows/reg';
import type { Lang } from '../../src/domain/types';
import { makeIO } from '../cli/helpers';

const P = SCHANNEL_PROTOCOLS_PATH;
/** A reg query paste: SSL 3.0 Server and TLS 1.0 Server off (QA36 item 1). */
const PASTE = [
  `reg query ${P} /s`,
  `${P}\\SSL 3.0\\Server`,
  '    Enabled    REG_DWORD    0x0',
  `${P}\\TLS 1.0\\Server`,
  '    Enabled    REG_DWORD    0x0',
  '    DisabledByDefault    REG_DWORD    0x1',
].join('\n');

function facts(lang: Lang, msgs: string[]): ConversationState['facts'] {
  let s: ConversationState | null = lang === 'ja' ? freshState('ja') : null;
  for (const m of msgs) s = step(s, { kind: 'text', text: m }).state;
  return s!.facts;
}

const EN = (sql: string) => `TMS 15.9, sx20 ce9.15, no https. ${sql} local, w2012r2. ${PASTE}`;
const JA = (sql: string) => `TMS 15.9、SX20 ce9.15 で No HTTPS response。${sql} は TMS サーバ上、Windows Server 2012 R2。\n${PASTE}`;

/** The kit's warnings, after checking that enable-tls12.reg reads back as the TLS 1.2 keys only (TLS 1.0 untouched). */
function kit(lang: Lang, msg: string) {
  const k = buildFixKit({ facts: facts(lang, [msg]), lang });
  if (!k.ok) throw new Error(k.reason);
  const reg = k.files.find((f) => f.name === 'enable-tls12.reg')!;
  const parsed = parseRegFile(reg.bytes);
  expect(parsed.problems).toEqual([]);
  const set = [...applyReg(parsed.model).keys.entries()].filter(([, v]) => v.values.size > 0).map(([id]) => id.split('\\').slice(-2).join(' '));
  expect(set).toEqual(['tls 1.2 client', 'tls 1.2 server']);
  const comments = decodeText(reg.bytes).text.split('\r\n').filter((l) => l.startsWith('; ')).map((l) => l.slice(2));
  return { warnings: k.warnings, comments };
}

describe('fix kit: TLS 1.0 already off with a local SQL 2012/2014 build without TLS 1.2 (R68)', () => {
  it.each([
    ['SQL 2012 SP1 11.0.3128', /SQL Server 2012 SP1/],
    ['SQL 2014 SP1 12.0.4100.1', /SQL Server 2014/],
  ])('EN %s: FIRST says re-enable TLS 1.0 before anything, as the answer does; the file carries it too', (sql, name) => {
    const { warnings, comments } = kit('en', EN(sql));
    expect(warnings[0]).toMatch(/^FIRST: TLS 1\.0 is OFF on this server/);
    expect(warnings[0]).toMatch(name);
    expect(warnings[0]).toMatch(/has no TLS 1\.2 support, so it needs TLS 1\.0/);
    expect(warnings[0]).toMatch(/Re-enable TLS 1\.0 \(Client and Server/);
    expect(warnings[0]).toMatch(/SSL 3\.0 is off here too/);
    expect(warnings[0]).not.toMatch(/2008/);
    expect(comments.findIndex((l) => l.startsWith('FIRST:'))).toBeGreaterThan(-1);
    expect(comments.findIndex((l) => l.startsWith('FIRST:'))).toBeLessThan(comments.findIndex((l) => /^1\./.test(l)));
  });

  it('JA SQL 2012 SP1: 最初に TLS 1.0 を有効に戻す', () => {
    const { warnings, comments } = kit('ja', JA('SQL Server 2012 SP1（11.0.3128）'));
    expect(warnings[0]).toMatch(/^最初に：このサーバでは TLS 1\.0 が無効/);
    expect(warnings[0]).toMatch(/SQL Server 2012 SP1/);
    expect(warnings[0]).toMatch(/TLS 1\.0 の Client と Server を有効に戻してください/);
    expect(warnings[0]).toMatch(/SSL 3\.0 も無効/);
    expect(comments.some((l) => l.startsWith('最初に：'))).toBe(true);
  });

  it('SQL 2012 with its build to be checked: the build check leads, TLS 1.0 back on only for a build without TLS 1.2 (EN, JA; FIX16C)', () => {
    const en = kit('en', EN('SQL Server 2012'));
    expect(en.warnings[0]).toMatch(/^FIRST: TLS 1\.0 is OFF/);
    expect(en.warnings[0]).toMatch(/check the build of SQL Server 2012 here \(the output of check-tls\.cmd, or SELECT @@VERSION: the first TLS 1\.2 builds, per Microsoft KB3135244, are SQL Server 2012 SP2 GDR 11\.0\.5352\.0, SP2 CU10 11\.0\.5644\.2, SP3 GDR 11\.0\.6216\.27, SP3 CU1 11\.0\.6518\.0, SP4 11\.0\.7001\.0\)\. Only if that build lacks TLS 1\.2 support, re-enable TLS 1\.0/);
    const ja = kit('ja', JA('SQL Server 2012'));
    expect(ja.warnings[0]).toMatch(/^最初に：/);
    expect(ja.warnings[0]).toMatch(/ビルドを確認してください.*TLS 1\.2 に対応していないビルドなら/);
  });

  it.each([
    ['SQL 2012 SP4 11.0.7001', 'en'],
    ['SQL 2014 SP2', 'en'],
    ['SQL 2016', 'en'],
    ['SQL Server 2016', 'ja'],
  ] as const)('%s (%s): no FIRST warning (unchanged)', (sql, lang) => {
    const { warnings } = kit(lang, lang === 'ja' ? JA(sql) : EN(sql));
    expect(warnings.join('\n')).not.toMatch(/^FIRST|最初に：/m);
  });

  it('CLI: fix-kit --sql "2012 SP1" --current <the paste> leads with FIRST, in the output and the written file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'r68-kit-'));
    try {
      const cur = path.join(dir, 'current.txt');
      fs.writeFileSync(cur, PASTE.split('\n').slice(1).join('\r\n'));
      const io = makeIO();
      expect(await fixKitCommand(['--out', path.join(dir, 'kit'), '--tms', '15.9', '--endpoint', 'CE 9.15', '--sql', '2012 SP1', '--windows', '2012 R2', '--level', 'medium', '--current', cur], io)).toBe(0);
      expect(io.out()).toMatch(/FIRST: TLS 1\.0 is OFF on this server, and SQL Server 2012 SP1 here has no TLS 1\.2 support/);
      const text = decodeText(fs.readFileSync(path.join(dir, 'kit', 'enable-tls12.reg'))).text;
      expect(text).toMatch(/; FIRST: TLS 1\.0 is OFF/);
      const check = fs.readFileSync(path.join(dir, 'kit', 'check-tls.cmd'), 'ascii');
      expect(check).toMatch(/reg query/);
      expect(check).not.toMatch(/^\s*reg (add|delete|import)/im);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
