/**
 * Helper R29C item 3: the console's "evidence FILE --port N" reads its port with the CLI's --port reader, and an
 * invalid port ("--port 99999", "--port abc", a bare "--port") is answered, in the user's language, instead of being
 * dropped (99999) or read as part of the file name (abc).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { badPortText, parseEvidenceArgs, parsePortArg } from '../../src/cli/evidence';
import { runConsoleChat } from '../../src/console/chat';
import { makeIO } from '../cli/helpers';

describe('console chat: an invalid --port of the evidence line is answered', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-r29c-'));
    file = path.join(dir, 'check.txt');
    fs.writeFileSync(file, 'TMS 15.2\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['99999', 'abc', '0'])('"--port %s" (EN): says the port is invalid, reads nothing', async (v) => {
    const io = makeIO(`evidence ${file} --port ${v}\n`, {});
    expect(await runConsoleChat(io, { lang: 'en' })).toBe(0);
    const text = io.out();
    expect(text).toContain('--port needs a port number (1-65535)');
    expect(text).toContain(`"${v}"`);
    expect(text).not.toMatch(/Could not read/);
  });

  it('"--port=abc" and a bare "--port" are answered too', async () => {
    for (const tail of ['--port=abc', '--port']) {
      const io = makeIO(`evidence ${file} ${tail}\n`, {});
      await runConsoleChat(io, { lang: 'en' });
      expect(io.out()).toContain('--port needs a port number (1-65535)');
    }
  });

  it('in Japanese', async () => {
    const io = makeIO(`evidence ${file} --port 99999\n`, {});
    await runConsoleChat(io, { lang: 'ja' });
    const text = io.out();
    expect(text).toContain('--port にはポート番号（1～65535）を指定してください');
    expect(text).toContain('"99999"');
    expect(text).not.toContain('--port needs');
  });

  it('a valid port still reads the file, with no port message', async () => {
    const io = makeIO(`evidence ${file} --port 8443\n`, {});
    await runConsoleChat(io, { lang: 'en' });
    const text = io.out();
    expect(text).not.toContain('--port needs');
    expect(text).not.toMatch(/Could not read/);
  });
});

describe('one --port reader for the CLI and the console', () => {
  it('parsePortArg takes 1-65535 in digits only', () => {
    expect(parsePortArg('443')).toBe(443);
    expect(parsePortArg('65535')).toBe(65535);
    for (const v of ['0', '65536', '99999', 'abc', '', '8443x', '-1', undefined]) expect(parsePortArg(v)).toBeNull();
  });

  it('the CLI keeps its English message, from the same text', () => {
    const r = parseEvidenceArgs(['f.pcap', '--port', '99999']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(badPortText('99999'));
    expect(badPortText('99999')).toBe('--port needs a port number (1-65535), not "99999".');
  });
});
