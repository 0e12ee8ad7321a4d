/**
 * QA50 #14: a capture described in prose with the version before the hello word ("the capture shows TMS sending a
 * TLS 1.0 client hello and the endpoint resets it") is read like the other capture readers: a TLS 1.0 (record-layer)
 * hello answered by a reset, and the case gets the TLS 1.0 answer. Expectations, conditions, plans and questions are
 * not what a capture showed; the bare row label "TLSv1 Client Hello" stays with the row reader.
 */
import { readPastedText } from '../../src/evidence/text';
import { findings, runIn } from '../conversation/helpers';

const codes = (t: string) => readPastedText(t).observations.map((o) => o.code);
const SETUP = {
  en: 'TMS 15.13, endpoints on CE 9.15, No HTTPS response, SQL 2016, Windows 2019',
  ja: 'TMS 15.13、エンドポイントは CE 9.15、No HTTPS response、SQL 2016、Windows 2019',
};

describe('a hello described with its version before the hello word', () => {
  it.each([
    'the capture shows TMS sending a TLS 1.0 client hello and the endpoint resets it',
    'in the pcap TMS sends a TLS 1.0 client hello, the codec answers RST',
    'TMS sent a TLSv1 Client Hello, then the endpoint reset the connection',
  ])('%s: a TLS 1.0 hello and a reset', (t) => {
    const c = codes(t);
    expect(c).toContain('capture-clienthello-record-tls10');
    expect(c).toContain('capture-reset-after-clienthello');
  });

  it('a TLS 1.2 hello answered by alert 40 is read with its alert', () => {
    const c = codes('wireshark: TMS sends a TLS 1.2 client hello and the codec answers with alert 40');
    expect(c).toContain('capture-clienthello-tls12');
    expect(c).toContain('capture-alert-after-clienthello');
  });

  it.each([
    'we expected a TLS 1.2 client hello but the codec resets',
    'if TMS sends a TLS 1.0 client hello the endpoint resets it',
    'TMS will send a TLS 1.2 client hello and the codec will reset it',
    'is it normal that TMS sends a TLS 1.0 client hello and gets a reset?',
    'TMS should send a TLS 1.2 client hello, not get a reset',
  ])('%s: nothing read as seen', (t) => {
    expect(codes(t).filter((c) => c.startsWith('capture-'))).toEqual([]);
  });

  it('the row label with a reset someone else saw stays a hello with no answer', () => {
    expect(codes("TLSv1 Client Hello; my colleague says the codec answers [RST, ACK] but I don't see it")).toContain('capture-silence-after-clienthello');
  });

  it.each([
    ['en', 'the capture shows TMS sending a TLS 1.0 client hello and the endpoint resets it'],
    ['ja', 'キャプチャを見ると、TMS が TLS 1.0 の Client Hello を送ってエンドポイントがリセットしています'],
  ] as const)('%s: the conversation answers it as the TLS 1.0 refusal', (lang, line) => {
    const r = runIn(lang, [SETUP[lang], line]);
    const f = findings(r);
    expect(f).toContain('tms-tools-medium-high');
    expect(JSON.stringify(r.replies)).toMatch(lang === 'en' ? /The server reset the connection \(RST\)/ : /リセット/);
    expect(JSON.stringify(r.replies)).not.toMatch(/does not change my previous answer/);
  });
});
