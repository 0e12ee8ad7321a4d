import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';
import { PassThrough } from 'node:stream';
import { EventEmitter } from 'node:events';
import { boundedLines, pastesAsOne, runConsoleChat } from '../../src/console/chat';
import { makeIO } from './helpers';

async function chat(lines: string[], args: string[] = [], tty = false) {
  const io = makeIO(lines.map((l) => `${l}\n`).join(''), { isTTY: tty });
  const code = await main(['chat', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('tms-doctor chat --json', () => {
  it('prints one JSON reply per line, with the diagnosis when there is one', async () => {
    const r = await chat(['TMS 15.2.1, codecs on ce9.15', '2012 SP1'], ['--json']);
    expect(r.code).toBe(0);
    const replies = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(replies).toHaveLength(2);
    expect(replies[0].diagnosis).toBeUndefined();
    expect(replies[0].blocks.find((b: { type: string }) => b.type === 'question').code).toBe('need-sql-version');
    expect(Object.keys(replies[1].diagnosis)).toEqual(['affected', 'findings', 'questions', 'facts']);
    expect(replies[1].diagnosis.findings.map((f: { code: string }) => f.code)).toContain('caveat-sql2012-kb3052404');
    expect(replies[1].lang).toBe('en');
  });

  it('--lang ja starts in Japanese, so bare answers are answered in Japanese', async () => {
    const r = await chat(['15.2.1'], ['--json', '--lang', 'ja']);
    expect(JSON.parse(r.out).lang).toBe('ja');
  });

  it('refuses a bad --lang and unknown options with exit 2', async () => {
    expect((await chat([], ['--lang', 'de'])).code).toBe(2);
    const r = await chat([], ['--loud']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--loud');
  });
});

describe('tms-doctor chat (text)', () => {
  it('piped: a greeting, readable answers, no prompt and no colours; "quit" ends', async () => {
    const r = await chat(['CE 9.15', '15.2.1', 'quit', 'help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Hello!/);
    expect(r.out).toMatch(/こんにちは/); // no --lang: greeted in both languages
    expect(r.out).toMatch(/Which TMS version/);
    expect(r.out).not.toMatch(/^> /m);
    expect(r.out).not.toMatch(/\u001b\[/);
    expect(r.out).not.toMatch(/How I can help/); // after quit nothing more is read
  });

  it('on a terminal: prompts, and a digit picks a suggested answer', async () => {
    const r = await chat(['CE 9.15', '1'], [], true);
    expect(r.out).toMatch(/^> /m);
    // choice 1 of the TMS question is "TMS 14.x or earlier" → the pre-15 answer
    expect(r.out).toMatch(/cannot be fixed in place/);
  });

  it('strips control characters that came from the user', async () => {
    const r = await chat(['\u001b[31mred\u0007 thing']);
    expect(r.out).not.toContain('\u001b[31m');
    expect(r.out).not.toContain('\u0007');
  });

  it('runConsoleChat shows a banner (the start command uses it)', async () => {
    const io = makeIO('');
    expect(await runConsoleChat(io, { banner: 'Connect Slack by setting SLACK_BOT_TOKEN' })).toBe(0);
    expect(io.out()).toMatch(/^Connect Slack/);
  });
});

describe('the built CLI, spawned', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'tms-doctor-build-'));
  const root = join(__dirname, '..', '..');

  beforeAll(async () => {
    await new Promise<void>((resolve, reject) =>
      // The real build (tsconfig.build.json), without its type check: `npm test` type-checks first (npm run typecheck), and
      // under isolatedModules the emitted files are the same byte for byte (checked); ~10 s of CPU instead of ~22.
      execFile(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir, '--tsBuildInfoFile', join(outDir, '.tsbuildinfo'), '--noCheck'], (err, so, se) =>
        err ? reject(new Error(`${err.message}\n${so}\n${se}`)) : resolve(),
      ),
    );
  }, 300_000);
  // Retried: if the build timed out on a loaded machine, tsc may still be writing into it.
  afterAll(() => rmSync(outDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));

  it('diagnose --json and chat --json work from node dist/cli.js', async () => {
    const run = (args: string[], input: string) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const p = spawn(process.execPath, [join(outDir, 'cli.js'), ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: join(root, 'node_modules') } });
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.on('close', (code) => resolve({ code, out }));
        p.stdin.end(input);
      });
    const d = await run(['diagnose', '--tms', '14.6.2', '--endpoint', 'TC7.3.6', '--json'], '');
    expect(d.code).toBe(0);
    expect(JSON.parse(d.out).findings.map((f: { code: string }) => f.code)).toContain('tms-pre15-upgrade-or-downgrade');
    const c = await run(['chat', '--json'], 'TMS 15.2.1 と CE 9.15、SQL は 2016\n');
    expect(c.code).toBe(0);
    const reply = JSON.parse(c.out.trim().split('\n')[0]);
    expect(reply.lang).toBe('ja');
    expect(reply.diagnosis.affected).toBe('yes');
    const bad = await run(['diagnose', '--sql', 'sql 1999'], '');
    expect(bad.code).toBe(2);
  }, 60_000);
});

describe('console chat: bounded line reading', () => {
  it('a 2 MB line (sent in pieces) is read up to the cap and answered with its real length, and the next line is answered', async () => {
    const input = new PassThrough();
    const piece = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 32; i++) input.write(piece);
    input.end('\r\nTMS 15.2.1\n');
    const lines: { text: string; length: number }[] = [];
    for await (const l of boundedLines(input, 4001)) lines.push(l);
    expect(lines.map((l) => l.length)).toEqual([32 * 64 * 1024, 10]);
    expect(lines[0].text.length).toBe(4001);
    expect(lines[1].text).toBe('TMS 15.2.1');

    const r = await chat([`CE 9.15 ${piece.repeat(4)}`, 'TMS 15.2.1'], ['--json']);
    const replies = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(replies).toHaveLength(2);
    expect(replies[0].blocks[0].text).toContain(`${(4 * 64 * 1024 + 8).toLocaleString('en-US')} characters: I read the first 40,000 and not the rest`);
    // what the start said was read: the next answer has both versions
    expect(JSON.stringify(replies[1])).toContain('TMS 15.2.1');
    expect(JSON.stringify(replies[1])).toContain('CE 9.15');
  });

  it('a multi-byte character split across chunks, CRLF, and a last line without newline', async () => {
    const input = new PassThrough();
    const bytes = Buffer.from('エンドポイントは CE 9.15\r\nTMS 15', 'utf8');
    input.write(bytes.subarray(0, 4)); // cuts the second katakana in half
    input.end(bytes.subarray(4));
    const lines: string[] = [];
    for await (const l of boundedLines(input, 100)) lines.push(l.text);
    expect(lines).toEqual(['エンドポイントは CE 9.15', 'TMS 15']);
  });
});

describe('a paste on a terminal is one message', () => {
  const collect = async (script: (rl: EventEmitter) => Promise<void>, cap = 1000, gapMs = 30) => {
    const rl = new EventEmitter();
    const got: { text: string; length: number }[] = [];
    const reading = (async () => {
      for await (const l of pastesAsOne(rl, cap, gapMs)) got.push(l);
    })();
    await script(rl);
    rl.emit('close');
    await reading;
    return got;
  };
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('lines that come in one burst are joined with newlines; lines typed apart stay apart', async () => {
    const got = await collect(async (rl) => {
      for (const l of ['Ticket 4711: TMS 15.2.1', 'Codecs: SX80 on ce9.15.3', 'SQL 2014 SP2 on the TMS server']) rl.emit('line', l);
      await pause(150);
      rl.emit('line', 'Windows Server 2016');
      await pause(150);
      rl.emit('line', 'level is Medium');
      await pause(150);
    });
    expect(got.map((g) => g.text)).toEqual(['Ticket 4711: TMS 15.2.1\nCodecs: SX80 on ce9.15.3\nSQL 2014 SP2 on the TMS server', 'Windows Server 2016', 'level is Medium']);
    expect(got[0]!.length).toBe(got[0]!.text.length);
  });

  it('a paste longer than the cap keeps its start and counts its whole length; lines pending at close are read', async () => {
    const got = await collect(async (rl) => {
      for (let i = 0; i < 10; i++) rl.emit('line', 'x'.repeat(30));
      rl.emit('close');
    }, 100);
    expect(got).toHaveLength(1);
    expect(got[0]!.text.length).toBe(100);
    expect(got[0]!.length).toBe(10 * 30 + 9);
  });
});
