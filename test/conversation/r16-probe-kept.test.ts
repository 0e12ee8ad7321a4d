/**
 * QA43 #3 #6 #8: every probe of the chat is kept with its own result (the last 16), and the verdict rests on all of
 * them: a unit accepting TLS 1.0 probed after one refusing it no longer turns the answer into "not the TLS 1.0
 * problem", a silent port no longer sends the bot back to "the version you give"; questions naming probed addresses
 * and "why is this one different?" are answered from the kept results. A state stored with one probe still loads.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';
import { main } from '../../src/cli';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { makeIO } from '../cli/helpers';
import { chatWith, findings, probeAt, rendered } from './helpers';

const at = probeAt;
const REFUSES = (port: number) => at(port); // CE 8.1+: 1.0 refused, 1.1/1.2 accepted
const ACCEPTS = (port: number) => at(port, { protocols: { 'tls1.0': true } });
const SILENT = (port: number) => at(port, { tls: null, error: 'the port accepts TCP connections but never answers a TLS ClientHello', protocols: { ssl3: null, 'tls1.0': null, 'tls1.1': null, 'tls1.2': null, 'tls1.3': null } });
const CLOSED = (port: number) => at(port, { reachable: false, tls: null, error: 'port closed: the TCP connection was refused', protocols: { ssl3: null, 'tls1.0': null, 'tls1.1': null, 'tls1.2': null, 'tls1.3': null } });
const RESET = (port: number) => at(port, { tls: null, error: 'the port accepts TCP connections but drops every TLS ClientHello (reset or close)', protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': false, 'tls1.2': false, 'tls1.3': false } });

const FIRST = { en: 'TMS 15.2.1 No HTTPS response on several codecs, SQL 2014 SP2, Windows 2016, Medium', ja: 'TMS 15.2.1 で複数のコーデックが No HTTPS response、SQL 2014 SP2、Windows 2016、レベルは Medium です' };

const run = (lang: 'en' | 'ja', msgs: (string | IncomingMessage)[], from: ConversationState | null = null) => chatWith(FIRST[lang], msgs, from);

const NOT_PROBLEM = { en: 'This is not the TLS 1.0 problem', ja: 'TLS 1.0 の問題ではありません' };
const RELY = { en: 'I will rely on the version you give', ja: 'お知らせいただくバージョンで判断します' };

describe('the chat keeps every probed endpoint (QA43 #3)', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: a unit accepting TLS 1.0 after one refusing it keeps the fix for the first and names the second`, () => {
      const { r, s, text } = run(lang, [REFUSES(35535), ACCEPTS(46051)]);
      expect(text).not.toContain(NOT_PROBLEM[lang]);
      expect(findings(r)).toEqual(expect.arrayContaining(['probes-kept', 'endpoint-no-tls10', 'tms-tools-medium-high']));
      expect(text).toContain('127.0.0.1:35535');
      expect(text).toContain('127.0.0.1:46051');
      expect(text).toContain(lang === 'en' ? 'Look for another cause' : '別の原因');
      expect(s.facts.probes?.map((p) => p.port)).toEqual([35535, 46051]);
      expect(s.facts.probe?.port).toBe(46051);
    });
    it(`${lang}: a silent port after the confirming probe does not undo the diagnosis`, () => {
      const { r, text } = run(lang, [REFUSES(35535), SILENT(35915)]);
      expect(text).not.toContain(RELY[lang]);
      expect(findings(r)).not.toContain('probe-inconclusive');
      expect(findings(r)).toEqual(expect.arrayContaining(['probes-kept', 'endpoint-no-tls10']));
      expect(text).toContain(lang === 'en' ? 'nothing about TLS 1.0' : 'TLS 1.0 についてはどちらとも言えません');
    });
    it(`${lang}: "what did the probe of <earlier address> show?" answers from its kept result`, () => {
      const q = lang === 'en' ? 'what did the probe of 127.0.0.1:35535 show?' : '127.0.0.1:35535 のプローブ結果はどうでしたか？';
      const { r, text } = run(lang, [REFUSES(35535), ACCEPTS(46051), q]);
      expect(r.route).toBe('probes-asked');
      expect(text).toContain('127.0.0.1:35535');
      expect(text).toContain(lang === 'en' ? 'TLS 1.0 refused' : 'TLS 1.0 は拒否');
      expect(text).not.toContain('127.0.0.1:46051');
    });
  }

  it('keeps the last 16, says older ones were dropped, and a re-probe replaces its address', () => {
    const ports = Array.from({ length: 18 }, (_, i) => 40000 + i);
    const { s, text } = run('en', [...ports.map((p) => ACCEPTS(p)), REFUSES(40017)]);
    expect(s.facts.probes).toHaveLength(16);
    expect(s.facts.probes![0].port).toBe(40002);
    expect(s.facts.probes!.filter((p) => p.port === 40017)).toHaveLength(1);
    expect(s.facts.probesDropped).toBe(2);
    expect(text).toContain('last 16 probes');
    expect(text).toContain('This is the TLS 1.0 problem');
  });

  it('a state stored with one probe (before probes were kept) still loads and keeps that probe', () => {
    const { s } = run('en', [REFUSES(35535)]);
    const old = JSON.parse(JSON.stringify(s)) as ConversationState;
    delete old.facts.probes;
    const next = step(old, ACCEPTS(46051));
    expect(next.state.facts.probes?.map((p) => p.port)).toEqual([35535, 46051]);
    expect(rendered(next)).not.toContain(NOT_PROBLEM.en);
    const asked = step(old, { kind: 'text', text: 'what did the probe of 127.0.0.1:35535 show?' });
    expect(asked.route).toBe('probes-asked');
    expect(rendered(asked)).toContain('TLS 1.0 refused');
  });
});

describe('questions about the kept probes (QA43 #6 #8)', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: "why is this one different?" after an all-refused probe explains that address, not the TLS 1.0 why`, () => {
      const q = lang === 'en' ? 'why is this one different?' : 'なぜこれだけ違うのですか？';
      const { r, text } = run(lang, [CLOSED(9), SILENT(35915), RESET(36333), q]);
      expect(r.route).toBe('probes-asked');
      expect(text).toContain('127.0.0.1:36333');
      expect(text).toContain('HTTP Mode');
      expect(text).toMatch(lang === 'en' ? /proxy/ : /プロキシ/);
      expect(text).not.toContain(lang === 'en' ? 'This is the usual cause' : 'よくある原因');
    });
    it(`${lang}: asking whether the closed and the silent port refuse TLS 1.0 answers from their results`, () => {
      const q = lang === 'en' ? 'are 127.0.0.1:9 and 127.0.0.1:35915 refusing TLS 1.0 too?' : '127.0.0.1:9 と 127.0.0.1:35915 も TLS 1.0 を拒否していますか？';
      const { r, text } = run(lang, [CLOSED(9), REFUSES(35535), SILENT(35915), q]);
      expect(r.route).toBe('probes-asked');
      expect(text).toContain('127.0.0.1:9');
      expect(text).toContain('127.0.0.1:35915');
      expect(text).not.toContain('127.0.0.1:35535');
      expect(text.split(lang === 'en' ? 'says nothing about TLS 1.0' : 'TLS 1.0 については何も分かりません').length).toBe(3);
    });
  }

  it('leaves other messages alone', () => {
    expect(run('en', ['why is this one different?']).r.route).not.toBe('probes-asked'); // no probe
    expect(run('en', [REFUSES(35535), 'probe 127.0.0.1:35535']).r.route).not.toBe('probes-asked');
    expect(run('en', [REFUSES(35535), 'what did the probe of 127.0.0.1:3553 show?']).r.route).not.toBe('probes-asked'); // not a kept address
    expect(run('en', [REFUSES(35535), 'why is the registry different?']).r.route).not.toBe('probes-asked');
  });
});

describe('console chat: two real loopback probes are both kept', () => {
  let ce: SimulatedEndpoint;
  let tc: SimulatedEndpoint;
  beforeAll(async () => {
    ce = await startSimulatedEndpoint('ce81', { keyBits: 1024 });
    tc = await startSimulatedEndpoint('tc733', { keyBits: 1024 });
  });
  afterAll(() => {
    ce.close();
    tc.close();
  });

  it('a TLS 1.0-accepting unit probed after a refusing one does not turn the answer into "not the problem"', async () => {
    const io = makeIO(`${FIRST.en}\nprobe 127.0.0.1:${ce.port}\nprobe 127.0.0.1:${tc.port}\nwhat did the probe of 127.0.0.1:${ce.port} show?\n`, {
      env: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${ce.port},${tc.port}` },
    });
    expect(await main(['chat', '--json'], io)).toBe(0);
    const replies = io.out().trim().split('\n').map((l) => JSON.parse(l));
    const d = replies[2].diagnosis;
    expect(d.facts.probes.map((p: { port: number }) => p.port)).toEqual([ce.port, tc.port]);
    expect(d.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['probes-kept', 'endpoint-no-tls10']));
    expect(JSON.stringify(replies[3])).toContain('TLS 1.0 refused');
  }, 30_000);
});
