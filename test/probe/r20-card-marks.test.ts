/**
 * PERF20: the probe card reader's word gate. isProbeCardLine / isProbeCardShortLine ran their patterns on every line naming
 * TMS or TLS (most messages: "TMS shows No HTTPS response", "SQL on the TMS server"); they now run only where the line also
 * holds one of the card's own marks (mayHoldCardText). Every line the card renders, for every kind of probe result, in EN
 * and JA, must still pass the gate and still be read as the card's; plain messages that name TMS or TLS must not.
 */
import { isProbeCardLine, isProbeCardShortLine, isProbeCardTitle, mayHoldCardText, maskProbeOutput } from '../../src/probe/output-read';
import { probeReply } from '../../src/slack/probe-view';
import type { Block } from '../../src/conversation/document';
import type { ProbeResult } from '../../src/probe/types';
import { probeResult } from '../fixtures/probe';

const cert = (selfSigned: boolean, expired: boolean) => ({
  subject: 'CN=codec-7',
  issuer: selfSigned ? 'CN=codec-7' : 'CN=Corp CA',
  subjectAltNames: [],
  validFrom: '2024-01-01T00:00:00Z',
  validTo: '2027-01-01T00:00:00Z',
  keyType: 'RSA',
  keyBits: 2048,
  signatureAlgorithm: null,
  selfSigned,
  expired,
  fingerprint256: 'AA',
});

const RESULTS: ProbeResult[] = [
  probeResult({ target: '127.0.0.1:35535', port: 35535, certificate: cert(true, false) }),
  probeResult({ target: '127.0.0.1:443', certificate: cert(false, true) }),
  probeResult({ target: '127.0.0.1:8443', protocols: { 'tls1.0': true, 'tls1.2': true } }),
  probeResult({ target: '127.0.0.1:9443', protocols: { 'tls1.0': false, 'tls1.1': false, 'tls1.2': false } }),
  probeResult({ target: '127.0.0.1:7443', protocols: { 'tls1.0': null, 'tls1.2': null } }),
  probeResult({ target: '127.0.0.1:6443', reachable: false, tls: false, protocols: { 'tls1.0': null, 'tls1.1': null, 'tls1.2': null } }),
  probeResult({ target: '127.0.0.1:5443', tls: false, protocols: { 'tls1.0': null, 'tls1.1': null, 'tls1.2': null } }),
];

/** The card's lines as a user copies them: code block rows, titles, paragraphs, context; and the brief. */
function cardLines(r: ProbeResult, lang: 'en' | 'ja'): string[] {
  const reply = probeReply(r, lang);
  const text = (b: Block): string[] =>
    b.type === 'code' ? b.text.split('\n') : b.type === 'warning' ? [b.title ?? '', b.text] : 'text' in b && typeof b.text === 'string' ? b.text.split('\n') : [];
  return [...reply.blocks.flatMap(text), ...(reply.brief ? [reply.brief] : [])].filter((l) => l.trim() !== '');
}

describe('probe card gate (PERF20)', () => {
  const lines = RESULTS.flatMap((r) => (['en', 'ja'] as const).flatMap((lang) => cardLines(r, lang)));

  it('renders enough card lines to mean something', () => {
    expect(lines.length).toBeGreaterThan(60);
  });

  it('every card line read as the card\'s still passes the gate (EN and JA, every kind of result)', () => {
    const read = lines.filter((l) => isProbeCardLine(l) || isProbeCardShortLine(l));
    expect(read.length).toBeGreaterThan(30);
    // Each line the readers take is one the gate lets through, and with Slack's decorations too.
    for (const l of read) {
      expect(mayHoldCardText(l)).toBe(true);
      expect(isProbeCardLine(`> ${l}`) || isProbeCardShortLine(`> ${l}`)).toBe(true);
    }
    // Every line is the card's in some form (a title, a card line, a short line), as before the gate; only the paragraphs
    // that explain an endpoint with no TCP connection or no TLS handshake were never read as the card's (nor are they now).
    const unread = lines.filter((l) => !isProbeCardTitle(l) && !isProbeCardLine(l) && !isProbeCardShortLine(l));
    expect(unread.length).toBe(4);
    for (const l of unread) expect(l).toMatch(/TCP/);
  });

  it('the whole card pasted is blanked from the text as before', () => {
    for (const r of RESULTS.filter((x) => x.reachable && x.tls)) for (const lang of ['en', 'ja'] as const) {
      const masked = maskProbeOutput(cardLines(r, lang).join('\n'));
      expect(masked.split('\n').filter((l) => l.trim() !== '' && !isProbeCardTitle(l))).toEqual([]);
    }
  });

  it.each([
    'TMS shows No HTTPS response after we upgraded the codecs',
    'TMS 15.2.1',
    'SQL Server 2012 SP4 on the TMS server',
    'we disabled TLS 1.0 on the TMS server',
    'TLS 1.2 is enabled, TMS is at Medium',
    'TMS のレベルは Medium です',
    'TLS 1.0 を無効にしました',
    'is TMS at Medium-High enough?',
  ])('a message naming TMS or TLS without the card\'s marks skips the card readers: %s', (text) => {
    expect(mayHoldCardText(text)).toBe(false);
    expect(isProbeCardLine(text)).toBe(false);
    expect(isProbeCardShortLine(text)).toBe(false);
  });

  it('the brief\'s short sentences a user says alone are still not card lines (QA45 R2), and pass the gate', () => {
    expect(mayHoldCardText('TMS at Medium cannot connect.')).toBe(true);
    expect(isProbeCardLine('TMS at Medium cannot connect.')).toBe(false);
    expect(isProbeCardShortLine('TMS at Medium cannot connect. Medium-High can.')).toBe(true);
  });
});
