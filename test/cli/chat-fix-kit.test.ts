/**
 * The console has no buttons: asking for the fix files shows `[Fix files → fix-kit DIR]`, and
 * `fix-kit DIR` writes this conversation's kit (the same bytes as `tms-doctor fix-kit`), refused as
 * the kit refuses and never over an existing file (QA round 9 #7).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runConsoleChat } from '../../src/console/chat';
import { buildFixKit } from '../../src/fixkit';
import { extractFacts } from '../../src/domain/extract';
import { parseRegFile } from '../../src/windows/reg';
import { makeIO } from './helpers';

const FACTS = 'TMS 15.2.1, Windows Server 2008 R2, SQL remote, endpoints CE 9.15.3, level Medium';

describe('console: fix-kit DIR', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-chat-kit-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('"can I get the fix files?" names the typed command, not a button; fix-kit DIR writes the kit; a second time keeps the files', async () => {
    const out = path.join(dir, 'kit');
    const io = makeIO(`${FACTS}\ncan I get the fix files?\nfix-kit ${out}\nfix-kit ${out}\n`);
    expect(await runConsoleChat(io, {})).toBe(0);
    const text = io.out();
    expect(text).toContain('[Fix files → fix-kit DIR]');
    expect(text).not.toMatch(/I don't know that one|Fix files button/);
    expect(text).toContain(`wrote ${path.join(out, 'enable-tls12.reg')}`);
    expect(text).toMatch(/already exists; name another directory/);
    const kit = buildFixKit({ facts: extractFacts(FACTS).facts, lang: 'en' });
    if (!kit.ok) throw new Error(kit.reason);
    const written = fs.readFileSync(path.join(out, 'enable-tls12.reg'));
    expect(written.equals(kit.files.find((f) => f.name === 'enable-tls12.reg')!.bytes)).toBe(true);
    expect(parseRegFile(written).model.keys.map((k) => k.path.split('\\').slice(-2).join(' '))).toEqual(['TLS 1.2 Client', 'TLS 1.2 Server']);
    expect(fs.existsSync(path.join(out, 'check-tls.cmd'))).toBe(true);
    expect(text).toContain('tms-doctor fix-kit --current FILE');
    expect(text).not.toMatch(/paste the output of check-tls.cmd here first and I can write rollback.reg/);
  });

  it('refused for TMS before 15 and before any facts, in the user\'s language; nothing written', async () => {
    const out = path.join(dir, 'kit');
    const io = makeIO(`TMS 14.6.2, CE 9.15.3, Windows 2012 R2, SQL remote\nfix-kit ${out}\n`);
    await runConsoleChat(io, {});
    expect(io.out()).toContain('No fix files for this case');
    const io2 = makeIO(`fix-kit ${out}\n`, {});
    await runConsoleChat(io2, { lang: 'ja' });
    expect(io2.out()).toContain('まだ修正ファイルは作れません');
    expect(fs.existsSync(out)).toBe(false);
  });
});
