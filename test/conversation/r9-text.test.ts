/**
 * QA round 8 leftovers about what the answers say (brief r9-text), EN and JA:
 * 36874 keeps its TLS version and its side (a client connecting TO the TMS server); a pasted scan that
 * contradicts the endpoint version given leads the answer; a .reg with TLS 1.0 Client off makes the card
 * say TMS sends no ClientHello at all; a long log paste is not an answer to the pending question; a lone
 * hex line that starts a TLS record is read as one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../src/conversation/document';
import type { TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { readPastedText } from '../../src/evidence/text';
import { hexLineMeaning, logLines } from '../../src/conversation/raw-paste';
import { last, talk } from './helpers';

const fx = (p: string) => readFileSync(join(__dirname, '..', 'fixtures', 'evidence', p));
const blockText = (b: Block): string => JSON.stringify(b);
const textOf = (r: TurnResult) => r.replies.flatMap((x) => x.blocks).map(blockText).join('\n');
const firstBlock = (r: TurnResult) => ((r.replies.find((x) => x.summary) ?? r.replies[0]).blocks[0] as { text?: string }).text ?? '';
const card = (r: TurnResult) => r.replies.find((x) => x.summary)!.summary!;

const EN_CASE = 'TMS 15.2.1 at Medium shows No HTTPS response, endpoints are CE 9.15.3, Windows 2019, SQL 2016 on another server';
const JA_CASE = 'TMS 15.2.1、レベルは Medium、エンドポイントは CE 9.15.3、Windows 2019、SQL 2016 は別サーバ';

describe('36874 keeps its TLS version and says the connection came TO the TMS server', () => {
  it.each([
    ['events/ev-fl-36874.txt', 'TLS 1.2'],
    ['events/ev-saveas-36874.txt', 'TLS 1.0'],
  ])('%s', (file, version) => {
    const r = readPastedText(fx(file).toString('utf8'))!;
    const o = r.observations.find((x) => x.code === 'event-schannel-error')!;
    expect(o.detail.en).toContain(`36874: a ${version} connection request came TO this server from a client`);
    expect(o.detail.en).toContain('not TMS polling an endpoint');
    expect(o.detail.ja).toContain(`36874: クライアントからこのサーバへの ${version} の接続要求`);
  });

  it('the events finding puts 36874 on incoming connections only and 36887/36888 on either', () => {
    const en = textOf(last(talk(EN_CASE, fx('events/ev-fl-36874.txt').toString('utf8'))));
    expect(en).toMatch(/Each event\\?'s own text says which side[^"]*36874[^"]*only when something connects TO this server[^"]*36887 and 36888[^"]*either kind of connection/);
    expect(en).not.toMatch(/36888 is a fatal alert this server sent, usually on such a connection/);
    expect(en).not.toMatch(/36874 no cipher suite in common, 36888/);
  });
});

describe('a pasted scan that contradicts the endpoint version leads the answer', () => {
  const scan = fx('sslscan-accepts-tls10.txt').toString('utf8');
  it('EN: heading and card headline say the evidence and the version disagree', () => {
    const r = last(talk(EN_CASE, scan));
    expect(firstBlock(r)).toBe('What you pasted contradicts the endpoint version you gave: check which is right before the fix');
    const c = card(r);
    expect(c.verdict).toBe('check');
    expect(c.headline).toMatch(/^What you pasted contradicts the endpoint version you gave/);
    expect(c.cause).toMatch(/accepts TLS 1\.0, which does not fit its version/);
    expect(c.next).toMatch(/^Check that the scanned address is really the endpoint/);
  });
  it('JA', () => {
    const r = last(talk(JA_CASE, scan));
    expect(firstBlock(r)).toMatch(/^貼り付けていただいた内容と伝えられたエンドポイントのバージョンが食い違っています/);
    expect(card(r).headline).toMatch(/^貼り付けていただいた内容と伝えられたエンドポイントのバージョンが食い違っています/);
  });
  it('without a contradiction the heading stays the fix', () => {
    expect(firstBlock(last(talk(EN_CASE)))).toBe('This is the TLS 1.0 problem: here is the fix');
  });
});

describe('a .reg with TLS 1.0 Client off: the card says TMS sends no ClientHello at all', () => {
  it.each([
    ['en', EN_CASE, /CE 9\.15\.3 needs TLS 1\.2, which TMS at Medium does not offer; and since TLS 1\.0 is off for the TMS server's Client side \(your evidence shows it\), TMS at Medium sends no ClientHello at all\./],
    ['ja', JA_CASE, /Client 側で TLS 1\.0 が無効なため（証拠で確認済み）、Medium の TMS は ClientHello をまったく送りません/],
  ])('%s', async (_lang, opening, cause) => {
    const reg = await readEvidenceBuffer('tls10-client-off.reg', fx('registry/tls10-client-off.reg'));
    expect(reg.ok).toBe(true);
    if (!reg.ok) return;
    const r = last(talk(opening, { kind: 'evidence', source: 'tls10-client-off.reg', reading: reg.reading }));
    expect(card(r).cause).toMatch(cause);
    expect(card(r).cause).not.toMatch(/offers nothing newer|新しいバージョンを使いません/);
  });
});

describe('a long log paste is evidence, not an answer to the pending question', () => {
  const log = Array.from({ length: 400 }, (_, i) => `2026-12-01 10:${String(i % 60).padStart(2, '0')}:02,123 [12] INFO  tms.Scheduler - poll ${i} ok`).join('\n');
  it('EN: says it found nothing relevant and asks the SQL question again', () => {
    const [, r] = talk('TMS 15.2.1 shows No HTTPS response after upgrading endpoints to CE 9.15', log);
    const t = textOf(r);
    expect(t).toContain('This looks like a log (400 lines). I found nothing in it about this problem');
    expect(t).not.toMatch(/could not find a SQL Server version/);
    expect(t).toMatch(/Which SQL Server version does TMS use/);
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.pending).toBe('need-sql-version');
  });
  it('JA', () => {
    const [, r] = talk('TMS 15.2.1、CE 9.15 にアップグレードしたら No HTTPS response になりました', log);
    expect(textOf(r)).toContain('ログのようです（400 行）');
  });
  it('a short message with a time in it is not a log', () => {
    expect(logLines('SQL 2016, checked at 10:15:02')).toBe(0);
    expect(logLines('a\nb\nc\nd\ne\nf')).toBe(0);
  });
});

describe('a lone hex line', () => {
  it('a ClientHello start: the record header and the client_version', () => {
    const m = hexLineMeaning('16 03 01 00 a5 01 00 00 a1 03 01')!;
    expect(m.en).toContain('0x16 = handshake, record-layer version 0x0301 (TLS 1.0), followed by a ClientHello');
    expect(m.en).toContain('a ClientHello that offers TLS 1.2 often carries 0x0301 there too');
    expect(m.en).toContain('client_version 0x0301: this ClientHello offers TLS 1.0 only');
    expect(m.ja).toContain('client_version は 0x0301');
    expect(hexLineMeaning('16030100a5010000a10303')!.en).toContain('client_version 0x0303: this ClientHello offers TLS 1.2');
    expect(hexLineMeaning('160301...')!.en).toMatch(/^This is a TLS record header: 0x16 = handshake, record-layer version 0x0301 \(TLS 1\.0\)\. .*paste the packet details/);
  });
  it('other bytes: what to paste instead; plain numbers are not bytes', () => {
    expect(hexLineMeaning('de ad be ef 00 11')!.en).toMatch(/do not start a TLS record.*paste the packet details of the ClientHello/);
    expect(hexLineMeaning('20161201')).toBeNull();
    expect(hexLineMeaning('2016')).toBeNull();
    expect(hexLineMeaning('15.2.1')).toBeNull();
  });
  it('in the conversation, with a question pending, it is not an answer', () => {
    const [, r] = talk('TMS 15.2.1 shows No HTTPS response after upgrading endpoints to CE 9.15', '16 03 01 00 a5 01 00 00 a1 03 01');
    const t = textOf(r);
    expect(t).toContain('client_version 0x0301');
    expect(t).toMatch(/Which SQL Server version does TMS use/);
    expect(t).not.toMatch(/could not find a SQL Server version/);
  });
});
