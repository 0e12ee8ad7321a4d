/**
 * QA32 F6: in the console chat, once the user says they do not know the SQL version (the answer goes on with "check
 * the build first"), `fix-kit DIR` writes the kit the CLI writes for the same facts without --sql, read back here;
 * while a question is still open, the refusal names that question, not a generic list of versions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runConsoleChat } from '../../src/console/chat';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { parseRegFile } from '../../src/windows/reg';
import { makeIO } from './helpers';

const TALK = {
  en: ['TMS 15.9, CE 9.15 endpoints show No HTTPS response', 'Windows Server 2016', "I don't know the SQL version", 'Medium'],
  ja: ['TMS 15.9、CE 9.15 で No HTTPS response', 'Windows Server 2016', 'SQL のバージョンはわかりません', 'Medium'],
};

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-r52b-chat-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('console chat: fix-kit DIR after "I don\'t know the SQL version" (QA32 F6)', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang.toUpperCase()}: writes the kit, the same bytes as tms-doctor fix-kit without --sql, with its "check the build first" line`, async () => {
      const out = path.join(dir, 'kit');
      const io = makeIO(`${[...TALK[lang], `fix-kit ${out}`].join('\n')}\n`);
      expect(await runConsoleChat(io, { lang })).toBe(0);
      const text = io.out();
      expect(text).not.toMatch(/No fix files yet|まだ修正ファイルは作れません/);
      const reg = fs.readFileSync(path.join(out, 'enable-tls12.reg'));
      const parsed = parseRegFile(reg);
      expect(parsed.problems).toEqual([]);
      expect(parsed.model.keys.map((k) => k.path.split('\\').slice(-2).join(' '))).toEqual(['TLS 1.2 Client', 'TLS 1.2 Server']);
      const comments = reg.subarray(2).toString('utf16le');
      expect(comments).toMatch(lang === 'en' ? /SQL Server version not known: if it runs on this server, check its build first \(SELECT @@VERSION\)/ : /SQL Server のバージョンが不明です：[^\r\n]*SELECT @@VERSION でビルドを確認/);
      expect(fs.existsSync(path.join(out, 'check-tls.cmd'))).toBe(true);
      // The CLI for the same facts (no --sql) writes the same file.
      const cli = path.join(dir, 'cli');
      const args = ['--out', cli, '--tms', '15.9', '--endpoint', 'CE 9.15', '--windows', '2016', '--level', 'medium', '--lang', lang];
      expect(await fixKitCommand(args, makeIO())).toBe(0);
      expect(reg.equals(fs.readFileSync(path.join(cli, 'enable-tls12.reg')))).toBe(true);
    });
  }

  it('with the SQL question still open, the refusal names it (not "the TMS, endpoint, Windows and SQL versions"); nothing written', async () => {
    const out = path.join(dir, 'kit');
    const io = makeIO(`TMS 15.9, CE 9.15 endpoints show No HTTPS response\nWindows Server 2016\nfix-kit ${out}\n`);
    await runConsoleChat(io, {});
    const text = io.out();
    expect(text).toMatch(/No fix files yet: [^\n]*Which SQL Server version does TMS use/);
    expect(text).not.toMatch(/the TMS, endpoint, Windows and SQL versions/);
    expect(fs.existsSync(out)).toBe(false);
    const ja = makeIO(`TMS 15.9、CE 9.15 で No HTTPS response\nWindows Server 2016\nfix-kit ${out}\n`);
    await runConsoleChat(ja, { lang: 'ja' });
    expect(ja.out()).toMatch(/まだ修正ファイルは作れません。[^\n]*SQL Server のバージョン/);
    expect(ja.out()).not.toMatch(/TMS、エンドポイント、Windows、SQL のバージョン/);
  });

  it('a TMS release the user could not give: still no files, and the refusal says the files need it', async () => {
    const out = path.join(dir, 'kit');
    const io = makeIO(`CE 9.15 endpoints show No HTTPS response\nI don't know the TMS version\nSQL 2016\nfix-kit ${out}\n`);
    await runConsoleChat(io, {});
    expect(io.out()).toMatch(/No fix files yet: they only fit TMS 15 or later[^\n]*Which TMS version is installed\?/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
