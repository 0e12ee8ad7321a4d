/**
 * fix58b #2: `tms-doctor probe` with several targets printed its closing summary in English only. `--lang ja` (as `diagnose`,
 * `evidence` and `chat` take it) now gives it in Japanese; the table, CSV and JSON keep their English columns and words.
 * The Japanese summary pasted back is read as the tool's own output like the English one (its words are not the user's level),
 * also as the readers see it after NFKC; and so is the summary copied without its table (English too: before, "Medium-High"
 * in its lines was read as the user's level).
 * The inputs are the real CLI's output against simulated endpoints on loopback (TLS 1.3 only; CE 8.1-like refusing TLS 1.0).
 */
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { readPastedText } from '../../src/evidence/text';
import { freshState, step } from '../../src/conversation/engine';
import { jaStyleProblems } from '../../src/domain/ja-style';
import { makeIO } from './helpers';
import { main } from '../../src/cli';

let a13: SimulatedEndpoint;
let b13: SimulatedEndpoint;
let ce: SimulatedEndpoint;
let env: NodeJS.ProcessEnv;
let targets: string[];
const out: Record<string, string> = {};

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = makeIO(undefined, { env });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

beforeAll(async () => {
  a13 = await startSimulatedEndpoint('tls13hrr', { keyBits: 1024, host: '127.0.59.1' });
  b13 = await startSimulatedEndpoint('tls13hrr', { keyBits: 1024, host: '127.0.59.2' });
  ce = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.59.3' });
  env = { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: [a13.port, b13.port, ce.port].join(',') };
  // (The last two are not probed: a port outside PROBE_PORTS, and a duplicate.)
  targets = [`127.0.59.1:${a13.port}`, `127.0.59.2:${b13.port}`, `127.0.59.3:${ce.port}`, '127.0.59.4:1', `127.0.59.3:${ce.port}`];
  out.ja = (await cli(['probe', ...targets, '--timeout', '800', '--lang', 'ja'])).out;
  out.jaOnly13 = (await cli(['probe', ...targets.slice(0, 2), '--timeout', '800', '--lang=ja'])).out;
  out.en = (await cli(['probe', ...targets, '--timeout', '800'])).out;
}, 30000);
afterAll(async () => {
  await Promise.all([a13, b13, ce].map((s) => s.close()));
});

/** The summary: from its first line to the end. */
const summaryOf = (text: string): string => text.slice(text.search(/^(?:Fleet: |フリート：)/m));

describe('fix58b #2: probe --lang ja gives the fleet summary in Japanese', () => {
  it('the summary is Japanese: head, counts, the Medium and TLS 1.3-only headings, not-probed reasons', () => {
    const s = summaryOf(out.ja);
    expect(s).toMatch(/^フリート：対象 5 件、うち 3 件を [\d.]+ 秒で調査（[\d.-]+ 件\/秒、同時実行数 \d+）$/m);
    expect(s).toMatch(/^\s+1 {2}TLS 1\.0 を拒否（Medium では接続不可、Medium-High なら可）$/m);
    expect(s).toMatch(/^\s+2 {2}TLS 1\.0～1\.2 をすべて拒否（どの TMS レベルでも接続不可）$/m);
    expect(s).toMatch(/^\s+2 {2}調べていない（(?:許可されていないポート 1 件、重複 1 件|重複 1 件、許可されていないポート 1 件)）$/m);
    expect(s).toMatch(/^1 台は TLS 1\.0 を拒否しているため、Medium の TMS からは接続できません（調べた 3 台中）：$/m);
    expect(s).toMatch(/^2 台は TLS 1\.3 だけを受け付けます（TLS 1\.0・1\.1・1\.2 は拒否）。.*MinimumTLSVersion` を確認してください。.*：$/m);
    expect(s).toMatch(/^ {2}127\.0\.59\.1:\d+：TLS 1\.3 だけ受け付け$/m);
    expect(s).not.toMatch(/Fleet: |refuses TLS 1\.0 \(|accept only TLS 1\.3|TMS at Medium cannot reach|duplicate/);
  });

  it('the summary follows the Japanese style sheet (full-width colons and parentheses, no English prose)', () => {
    const lines = summaryOf(out.ja).split('\n').filter((l) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(l));
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.flatMap((l) => jaStyleProblems(l).map((p) => `${p}: ${l}`))).toEqual([]);
  });

  it('the table keeps its English columns and words (the reader and scripts rely on them)', () => {
    expect(out.ja).toMatch(/^LINE\s+TARGET\s+NAME\s+STATED\s+VERDICT\s+1\.0/m);
    expect(out.ja).toMatch(/NO TMS LEVEL\s+no\s+no\s+no\s+yes/);
    expect(out.ja).toMatch(/MEDIUM FAILS/);
  });

  it('without --lang (and with --lang en) the summary stays English', async () => {
    expect(summaryOf(out.en)).toMatch(/^Fleet: 5 targets, 3 probed in /);
    expect(summaryOf(out.en)).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const en = await cli(['probe', ...targets.slice(0, 2), '--timeout', '800', '--lang', 'en']);
    expect(summaryOf(en.out)).toMatch(/^Fleet: 2 targets/);
  });

  it('a --lang other than en or ja is refused with exit 2', async () => {
    const r = await cli(['probe', ...targets.slice(0, 2), '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--lang must be "en" or "ja", not "fr"/);
    expect((await cli(['probe', '--help'])).out).toMatch(/--lang en\|ja/);
  });
});

describe('fix58b #2: the Japanese summary (and any summary without its table) pasted back is the tool\'s output', () => {
  const chat = (lang: 'en' | 'ja', pasted: string) => {
    const first = lang === 'ja' ? 'TMS 15.13 です。エンドポイントは ce9.15、Communication Security は Medium です' : 'TMS 15.13, endpoints on ce9.15, Communication Security is Medium';
    return step(step(freshState(lang), { kind: 'text', text: first }).state, { kind: 'text', text: pasted });
  };

  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: the whole --lang ja output: the level stays Medium, its rows are read`, () => {
      const r = chat(lang, out.ja);
      expect(r.state.facts.level).toBe('medium');
      expect(r.state.facts.endpoint?.raw).toMatch(/9\.15/);
      const rows = readPastedText(out.ja).observations.filter((o) => o.code === 'probe-output-target');
      expect(rows.length).toBe(3);
    });

    for (const k of ['ja', 'jaOnly13', 'en'] as const) {
      it(`${lang}: the ${k} summary alone (copied without the table): the level stays Medium`, () => {
        expect(chat(lang, summaryOf(out[k])).state.facts.level).toBe('medium');
      });
    }
  }
});
