/**
 * QA round 18 #1, #4, #8: what a capture's client did after its own ClientHello.
 * The captures are real loopback traffic from QA round 18 (test/fixtures/evidence/README.md says how each was made:
 * openssl s_client/s_server for the certificate ones, small Python clients/servers for the client reset and the
 * SSL 3.0 hello), captured on `lo` into a classic pcap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { describeFlows, type TlsFlow } from '../../src/evidence/flows';
import type { EvidenceReading } from '../../src/evidence/types';
import { rendered } from './helpers';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');

async function reading(file: string): Promise<EvidenceReading> {
  const r = await readEvidenceBuffer(file, readFileSync(join(FIX, file)));
  if (!r.ok) throw new Error(r.reason.en);
  return r.reading;
}

const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);

async function chat(setup: string[], file: string): Promise<TurnResult> {
  let s: ConversationState | null = null;
  let last: TurnResult | null = null;
  const msgs: IncomingMessage[] = [...setup.map((t): IncomingMessage => ({ kind: 'text', text: t })), { kind: 'evidence', source: file, reading: await reading(file) }];
  for (const m of msgs) {
    last = step(s, m);
    s = last.state;
  }
  return last!;
}

const summaryText = (r: TurnResult) => JSON.stringify(r.replies.map((x) => x.summary ?? null));

describe('QA18 #1: the client ends the handshake after a TLS 1.2 ServerHello because of the certificate', () => {
  it('is read as a certificate rejection, not as TLS 1.2 accepted; a client that goes on still reads as accepted', async () => {
    const r = await reading('tls12-client-alert48-unknown-ca.pcap');
    expect(codes(r)).toEqual(['capture-clienthello-tls12', 'capture-client-rejected-certificate']);
    expect(r.observations[1].detail.en).toContain('the server accepted TLS 1.2 (ServerHello), then the client ended the handshake with alert 48 (unknown_ca)');
    expect(r.observations[1].detail.ja).toContain('アラート 48（unknown_ca）');
    // The same openssl pair without -verify_return_error: the client sends its ClientKeyExchange, TLS 1.2 works.
    const ok = await reading('tls12-accepted-client-goes-on.pcap');
    expect(codes(ok)).toEqual(['capture-clienthello-tls12', 'capture-serverhello']);
  });

  it('at High: the certificate is named as what fails, with High\'s validation as a check; nothing says TLS 1.2 works or the fix took effect', async () => {
    const r = await chat(['TMS 15.9, Communication Security is High, endpoints CE 9.15'], 'tls12-client-alert48-unknown-ca.pcap');
    // (A reply that still asks a question carries its findings as blocks: their titles are what is checked.)
    const text = rendered(r);
    expect(text).toContain('TLS 1.2 was negotiated, then the client rejected the server\'s certificate');
    expect(text).not.toContain('TMS offers TLS 1.2: its side works');
    expect(text).toMatch(/at High, TMS also validates the certificate[^]*check it in the guide/);
    expect(text).not.toMatch(/taken effect|took effect|TLS 1\.2 working|these connections work/);
  });

  it('with no level named: the level question stays, but neither the answer nor the card says the fix has taken effect (EN and JA)', async () => {
    const en = await chat([], 'tls12-client-alert48-unknown-ca.pcap');
    expect(rendered(en)).toContain('Your capture shows TLS 1.2 offered, which TMS does not do at Medium');
    expect(rendered(en)).toContain('TLS 1.2 was negotiated, then the client rejected the server\'s certificate');
    expect(rendered(en) + summaryText(en)).not.toMatch(/taken effect|took effect|TLS 1\.2 working/);
    expect(rendered(en)).toContain('the TLS version is no longer what fails, the certificate is');
    const ja = await chat(['TMS 15.9、エンドポイントは CE 9.15 です'], 'tls12-client-alert48-unknown-ca.pcap');
    const jaText = rendered(ja) + summaryText(ja);
    expect(jaText).toContain('クライアントがサーバの証明書を拒否しました');
    expect(jaText).not.toMatch(/修正は効いています|TLS 1\.2 が動作しています/);
  });
});

describe('QA18 #1: which client alerts after a ServerHello at the version offered end a failed handshake', () => {
  const flow = (description: number, name: string): TlsFlow => ({
    client: '10.0.0.5',
    server: '10.0.0.9',
    port: 443,
    tcpCompleted: true,
    clientHello: { legacyVersion: 0x0303, maxVersion: 0x0303 },
    answer: { kind: 'serverHello', version: 0x0303 },
    clientAlert: { description, name },
  });
  const answerCode = (f: TlsFlow) => describeFlows([f]).observations[1].code;
  it('45 is a certificate rejection, 80 ends the handshake, 0 and 90 (a probe done with the hello) leave TLS 1.2 accepted; none is a version refusal', () => {
    expect(answerCode(flow(45, 'certificate_expired'))).toBe('capture-client-rejected-certificate');
    expect(describeFlows([flow(45, 'certificate_expired')]).observations[1].detail.en).toContain('the certificate has expired');
    expect(answerCode(flow(80, 'internal_error'))).toBe('capture-client-ended-after-serverhello');
    expect(answerCode(flow(90, 'user_canceled'))).toBe('capture-serverhello');
    expect(answerCode(flow(0, 'close_notify'))).toBe('capture-serverhello');
  });
});

describe('QA18 #1: the card (summary) once the facts are in', () => {
  it('at High: the certificate leads the card, not the Schannel keys; with no level: the card does not say the fix has taken effect', async () => {
    const high = await chat(['TMS 15.9, Communication Security is High, CE 9.15, SQL 2016 on the TMS server, Windows 2016'], 'tls12-client-alert48-unknown-ca.pcap');
    const card = high.replies.find((x) => x.summary)?.summary;
    expect(card?.cause).toContain('the client rejecting the endpoint\'s certificate');
    expect(card?.next).toContain('Keep the level at High');
    expect(card?.next).not.toContain('Schannel keys');
    const none = await chat(['TMS 15.9, CE 9.15, SQL 2016 on the TMS server'], 'tls12-client-alert48-unknown-ca.pcap');
    const next = none.replies.find((x) => x.summary)?.summary?.next ?? '';
    expect(next).toContain('the client then ended the handshake itself');
    expect(next).not.toMatch(/taken effect/);
  });
});

describe('QA18 #4: the client resets its own connection after its ClientHello', () => {
  it('says the client sent the RST, not that the server did not answer', async () => {
    const r = await reading('tls10-client-rst-before-answer.pcap');
    expect(codes(r)).toEqual(['capture-clienthello-tls10-only', 'capture-client-reset-after-clienthello']);
    expect(r.observations[1].detail.en).toContain('the client reset the connection itself (RST from the client) before the server answered');
    expect(r.observations.map((o) => o.detail.en).join('\n')).not.toContain('no answer from the server is in the capture');
  });

  it('in the chat: the client reset is its own finding, and not taken for the endpoint refusing TLS 1.0', async () => {
    const r = await chat(['TMS 15.9, endpoints CE 9.15'], 'tls10-client-rst-before-answer.pcap');
    expect(rendered(r)).toContain('The client reset the connection, not the server');
    expect(rendered(r)).not.toContain('The capture confirms the cause');
  });
});

describe('QA18 #8: an SSL 3.0-only ClientHello', () => {
  it('has its own code, and is not filed as the TLS 1.0 hello of TMS at Medium', async () => {
    const r = await reading('ssl3-only-hello-reset.pcap');
    expect(codes(r)).toEqual(['capture-clienthello-ssl3-only', 'capture-reset-after-clienthello']);
    const c = await chat([], 'ssl3-only-hello-reset.pcap');
    expect(rendered(c)).toContain('The hello offers SSL 3.0 only: not what TMS sends at Medium');
    expect(rendered(c)).not.toContain('The capture confirms the cause');
    expect(rendered(c)).not.toContain('That is what TMS at Medium meets');
    expect(rendered(c)).toContain('TMS at Medium offers TLS 1.0 (0x0301)');
  });
});
