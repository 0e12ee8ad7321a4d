/**
 * Capture text in the layouts engineers paste besides tshark's default rows: tshark -V packet
 * details (with and without -P), tshark -O (TCP collapsed to one line), Wireshark's CSV and
 * plain-text exports, tshark -T fields with a header, Japanese-localised column titles. The
 * fixtures are tshark's own output of the captures in test/fixtures/evidence (scripts/make-captures.sh).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEvidenceFile, type EvidenceFileResult } from '../../src/evidence';
import { readPastedText } from '../../src/evidence/text';
import type { EvidenceReading } from '../../src/evidence/types';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');
const read = (file: string) => readPastedText(readFileSync(join(FIX, file), 'utf8'));
const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);
const detailOf = (r: EvidenceReading, code: string) => r.observations.find((o) => o.code === code)?.detail.en ?? '';
const JA = /[ぁ-んァ-ヶ一-龯]/;

function ok(r: EvidenceFileResult): EvidenceReading {
  if (!r.ok) throw new Error(r.reason.en);
  return r.reading;
}

/** What the pcap reader makes of the symptom capture: the text readers must say the same. */
const SYMPTOM = ['capture-clienthello-tls10-only', 'capture-reset-after-clienthello', 'capture-http-301-fallback'];

describe('capture text: tshark -V packet details', () => {
  it('the symptom capture as tshark -V: TLS 1.0-only hello, reset by the server, HTTP 301, with addresses and port', () => {
    const r = read('tls10-reset-http301.tshark-V.txt');
    expect(codes(r)).toEqual(SYMPTOM);
    expect(r.observations[0].subject).toBe('127.0.0.1 → 127.77.0.1:443');
    expect(detailOf(r, 'capture-clienthello-tls10-only')).toContain('client_version 0x0301');
  });

  it('tshark -P -V (summary row, then its details): one connection, refined by the details, not a second silent one', () => {
    const r = read('tls10-reset-http301.tshark-PV.txt');
    expect(codes(r)).toEqual(SYMPTOM);
  });

  it('a TLS 1.3-capable hello (supported_versions) accepted at TLS 1.2: the text reading matches the pcap reading', async () => {
    const text = read('tls13-offer-tls12-accepted.tshark-V.txt');
    expect(codes(text)).toEqual(['capture-clienthello-tls12', 'capture-serverhello']);
    expect(text.observations[0].detail.en).toContain('up to TLS 1.3 (supported_versions)');
    expect(text.observations[1].detail.en).toContain('accepted TLS 1.2');
    const pcap = ok(await readEvidenceFile(join(FIX, 'tls13-offer-tls12-accepted.pcap'), { tlsPorts: [8443] }));
    expect(codes(pcap)).toEqual(codes(text));
  });

  it('hand-copied details of several packets (Wireshark "Copy > All Visible Items"): a TLS 1.2 alert 40 is read as refused', () => {
    const packet = (no: number, src: string, dst: string, sport: number, dport: number, flags: string, tls: string) =>
      [
        `Frame ${no}: 300 bytes on wire (2400 bits), 300 bytes captured (2400 bits)`,
        `Internet Protocol Version 4, Src: ${src}, Dst: ${dst}`,
        `Transmission Control Protocol, Src Port: ${sport}, Dst Port: ${dport}, Seq: 1, Ack: 1, Len: 10`,
        `    Flags: ${flags}`,
        tls,
        '',
      ].join('\n');
    const hello = `Transport Layer Security
    TLSv1.2 Record Layer: Handshake Protocol: Client Hello
        Content Type: Handshake (22)
        Version: TLS 1.0 (0x0301)
        Handshake Protocol: Client Hello
            Handshake Type: Client Hello (1)
            Version: TLS 1.2 (0x0303)`;
    const alert = `Transport Layer Security
    TLSv1.2 Record Layer: Alert (Level: Fatal, Description: Handshake Failure)
        Content Type: Alert (21)
        Version: TLS 1.2 (0x0303)
        Alert Message
            Level: Fatal (2)
            Description: Handshake Failure (40)`;
    const text = [packet(4, '10.1.2.3', '10.9.8.7', 50000, 443, '0x018 (PSH, ACK)', hello), packet(6, '10.9.8.7', '10.1.2.3', 443, 50000, '0x018 (PSH, ACK)', alert)].join('\n');
    const r = readPastedText(text);
    expect(codes(r)).toEqual(['capture-clienthello-tls12', 'capture-alert-after-clienthello']);
    expect(r.observations[1].detail.en).toContain('handshake_failure, 40');
    expect(r.observations[0].subject).toBe('10.1.2.3 → 10.9.8.7:443');
  });

  it('tshark -O tls (TCP on one line, no flags): the missing answer is not called silence, and the reason is given', () => {
    const r = read('tls10-reset-http301.tshark-O.txt');
    expect(codes(r)).toEqual(['capture-clienthello-tls10-only', 'capture-silence-after-clienthello', 'capture-http-301-fallback']);
    expect(detailOf(r, 'capture-silence-after-clienthello')).toContain('filtered out or not copied');
    expect(detailOf(r, 'capture-silence-after-clienthello')).not.toContain('in the capture');
    expect(r.problems?.map((p) => p.en).join(' ')).toContain('cannot be seen');
    for (const p of r.problems ?? []) expect(p.ja).toMatch(JA);
    for (const o of r.observations) expect(o.detail.ja).toMatch(JA);
  });
});

describe('capture text: a connection without a ClientHello', () => {
  it('tshark rows and -V of the no-ClientHello capture: TCP connected, closed, no hello (as the pcap reader says)', async () => {
    const pcap = ok(await readEvidenceFile(join(FIX, 'no-clienthello.pcap')));
    for (const f of ['no-clienthello.tshark.txt', 'no-clienthello.tshark-V.txt']) {
      const r = read(f);
      expect(codes(r)).toEqual(['capture-no-clienthello']);
      expect(codes(r)).toEqual(codes(pcap));
      expect(r.observations[0].subject).toBe('127.0.0.1 → 127.77.0.1:443');
    }
  });

  it('only the TCP handshake pasted (no close): nothing is claimed; a retransmitted SYN is the same connection', () => {
    const rows = readFileSync(join(FIX, 'no-clienthello.tshark.txt'), 'utf8').split('\n');
    expect(codes(readPastedText(rows.slice(0, 3).join('\n')))).toEqual([]);
    const again = [rows[0], rows[0].replace(' 1   0.000000', ' 2   1.000000'), ...rows.slice(1, 4)].join('\n');
    const r = readPastedText(again);
    expect(codes(r)).toEqual(['capture-no-clienthello']);
    expect(r.observations[0].count).toBeUndefined();
  });
});

describe('capture text: tables', () => {
  it('Wireshark "Export Packet Dissections > As CSV": addresses, the reset and the HTTP 301 are read', () => {
    const r = read('tls10-reset-http301.csv');
    expect(codes(r)).toEqual(['capture-clienthello-record-tls10', 'capture-reset-after-clienthello', 'capture-http-301-fallback']);
    expect(r.observations[0].subject).toBe('127.0.0.1 → 127.77.0.1:443');
  });

  it('Wireshark "Export Packet Dissections > As Plain Text" (columns padded past 12 spaces)', () => {
    const r = read('tls10-reset-http301.plain.txt');
    expect(codes(r)).toEqual(['capture-clienthello-record-tls10', 'capture-reset-after-clienthello', 'capture-http-301-fallback']);
    expect(r.observations[0].subject).toBe('127.0.0.1 → 127.77.0.1:443');
  });

  it('rows with absolute times (tshark -t ad / -t ud, Wireshark "Time of Day", year/day-of-year)', () => {
    const ad = readFileSync(join(FIX, 'tls10-reset-http301.tshark-t-ad.txt'), 'utf8');
    const expected = ['capture-clienthello-record-tls10', 'capture-reset-after-clienthello', 'capture-http-301-fallback'];
    for (const text of [ad, ad.replace(/ 2026-12-02 /g, ' '), ad.replace(/ 2026-12-02 /g, ' 2026/336 ')]) {
      const r = readPastedText(text);
      expect(codes(r)).toEqual(expected);
      expect(r.observations[0].subject).toBe('127.0.0.1 → 127.77.0.1:443');
    }
    const t0 = Date.now();
    readPastedText(`${'1 2026-12-02 00:00:00.1 '.repeat(100)}\n`.repeat(2000) + `${'  1 00:00:00 '.repeat(200)}\n`.repeat(2000));
    // Only a hang (catastrophic backtracking takes minutes) fails this, not a slow machine: speed is bench:evidence's.
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('tshark -T fields -E header=y with handshake versions and flags: the TLS 1.2 hello is not mistaken for a TLSv1 record', () => {
    const r = read('tls10-alert-tls12-accepted.fields.tsv');
    expect(codes(r)).toEqual(['capture-clienthello-tls10-only', 'capture-alert-after-clienthello', 'capture-clienthello-tls12', 'capture-serverhello']);
    expect(detailOf(r, 'capture-alert-after-clienthello')).toContain('protocol_version, 70');
  });

  it('tshark -T fields with only a few columns, and a reset read from tcp.flags (hex) or tcp.flags.reset', () => {
    const few = readPastedText('ip.src\tip.dst\ttls.handshake.type\ttls.handshake.version\n10.1.2.3\t10.9.8.7\t1\t0x0301');
    expect(codes(few)).toEqual(['capture-clienthello-tls10-only', 'capture-silence-after-clienthello']);
    const hex = readPastedText(
      [
        'ip.src,ip.dst,tcp.srcport,tcp.dstport,tcp.flags,tls.handshake.type,tls.handshake.version,tls.handshake.extensions.supported_version',
        '10.1.2.3,10.9.8.7,50000,443,0x0018,1,0x0303,"0x0304,0x0303"',
        '10.9.8.7,10.1.2.3,443,50000,0x0014,,,',
      ].join('\n'),
    );
    expect(codes(hex)).toEqual(['capture-clienthello-tls12', 'capture-reset-after-clienthello']);
    expect(hex.observations[0].detail.en).toContain('up to TLS 1.3');
    const rst = readPastedText('ip.src\tip.dst\ttcp.flags.reset\ttls.handshake.type\ttls.handshake.version\n10.1.2.3\t10.9.8.7\t0\t1\t0x0301\n10.9.8.7\t10.1.2.3\t1\t\t');
    expect(codes(rst)).toEqual(['capture-clienthello-tls10-only', 'capture-reset-after-clienthello']);
  });

  it('tshark -T fields without its header: the columns cannot be named, so the reader asks for -E header=y instead of guessing (EN/JA)', () => {
    // A TLS 1.2 hello whose record layer says 0x0301, and the symptom capture's rows.
    for (const file of ['tls13-offer-tls12-accepted.fields-noheader.tsv', 'tls10-reset-http301.fields-noheader.tsv']) {
      const r = read(file);
      expect(codes(r)).toEqual(['capture-fields-no-header']);
      expect(detailOf(r, 'capture-fields-no-header')).toContain('-E header=y');
      expect(r.observations[0].detail.ja).toMatch(JA);
      expect(r.observations[0].detail.ja).toContain('-E header=y');
      expect(r.facts).toEqual({});
    }
    // As pasted into Slack (tabs become runs of spaces), and one bare version.
    const spaced = readFileSync(join(FIX, 'tls13-offer-tls12-accepted.fields-noheader.tsv'), 'utf8').replace(/\t/g, '    ');
    expect(codes(readPastedText(spaced))).toEqual(['capture-fields-no-header']);
    expect(codes(readPastedText('0x0301'))).toEqual(['capture-fields-no-header']);
    // With the header the same rows are read (the hello offered TLS 1.2, nothing answered it).
    const withHeader = `ip.src\tip.dst\ttcp.dstport\ttls.record.version\ttls.handshake.type\ttls.handshake.version\ttls.handshake.extensions.supported_version\n127.0.0.1\t127.77.5.5\t8443\t0x0301\t1\t0x0303\t0x0304,0x0303,0x0302,0x0301`;
    expect(codes(readPastedText(withHeader))).toEqual(['capture-clienthello-tls12', 'capture-silence-after-clienthello']);
    // Not these: a sentence with a version, a table of event ids, a row with words in it.
    expect(codes(readPastedText('the hello said 0x0301 I think'))).toEqual([]);
    expect(codes(readPastedText('1\t2\t3\n4\t5\t6'))).toEqual([]);
    expect(codes(readPastedText('10.1.2.3\tserver01\t0x0301'))).toEqual([]);
  });

  it('Japanese-localised Wireshark column titles, as CSV', () => {
    const csv = readFileSync(join(FIX, 'tls10-reset-http301.csv'), 'utf8').replace(/^.*\n/, '"No.","時間","送信元","宛先","プロトコル","長さ","情報"\n');
    const r = readPastedText(csv);
    expect(codes(r)).toEqual(['capture-clienthello-record-tls10', 'capture-reset-after-clienthello', 'capture-http-301-fallback']);
  });

  it('CSV rows under column titles in a language not known here are still read as summary rows', () => {
    const csv = readFileSync(join(FIX, 'tls10-reset-http301.csv'), 'utf8').replace(/^.*\n/, '"Nr.","Zeit","Quelle","Ziel","Protokoll","Länge","Info"\n');
    const r = readPastedText(csv);
    expect(codes(r)).toEqual(['capture-clienthello-record-tls10', 'capture-reset-after-clienthello', 'capture-http-301-fallback']);
    expect(r.observations[0].subject).toBe('127.0.0.1 → 127.77.0.1:443');
  });

  it('an event log CSV with a "Source" column is not taken for a capture table', () => {
    const r = readPastedText('Level,Date and Time,Source,Event ID,Task Category\nError,12/2/2026 9:10:01 AM,MSSQL$SQLTMS,26011,Server');
    expect(codes(r)).toEqual(['event-sql-encryption-init-failed']);
  });

  it('stays quick on long hostile table and detail lines', () => {
    const header = 'ip.src\tip.dst\ttls.handshake.type\ttls.handshake.version\ttls.handshake.extensions.supported_version\n';
    const inputs = [
      header + `1.2.3.4\t5.6.7.8\t1\t${'0x0303,'.repeat(300_000)}\t${'0x0a0a,'.repeat(300_000)}\n`.repeat(3),
      `"No.","Time","Source","Destination","Protocol","Length","Info"\n${`"${'"'.repeat(100_000)},`.repeat(3)}\n`,
      `Frame 1: x\n${'Internet Protocol Version 4, Src: '.repeat(20_000)}\n${' '.repeat(100_000)}Flags: 0x\n`,
      `${'1 '.repeat(10)}${' '.repeat(100_000)}1.1.1.1${' '.repeat(59)}2.2.2.2${' '.repeat(59)}TCP${' '.repeat(39)}x\n`.repeat(20),
      `${'\t,'.repeat(200_000)}\n`.repeat(5),
    ];
    for (const s of inputs) {
      const t0 = Date.now();
      const r = readPastedText(s);
      // Only a hang (catastrophic backtracking takes minutes) fails this, not a slow machine: speed is bench:evidence's.
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(r.observations.length).toBeLessThanOrEqual(60);
    }
  });
});

describe('capture text with the hosts unknown: no "? → ?" in what the user reads', () => {
  it('a tshark -V hello pasted without its Frame/IP lines, and a capture told in words (EN/JA details)', () => {
    const v = readPastedText(
      'Transport Layer Security\n    TLSv1 Record Layer: Handshake Protocol: Client Hello\n        Version: TLS 1.0 (0x0301)\n        Handshake Protocol: Client Hello\n            Handshake Type: Client Hello (1)\n            Version: TLS 1.0 (0x0301)',
    );
    const words = readPastedText('in the capture TMS sends a ClientHello with TLS 1.0 and the endpoint answers with a RST');
    for (const r of [v, words]) {
      expect(r.observations.length).toBeGreaterThan(0);
      for (const o of r.observations) {
        expect(o.detail.en).not.toContain('?');
        expect(o.detail.en).not.toContain('→');
        expect(o.detail.ja).not.toContain('→');
        expect(o.detail.en.charAt(0)).toBe(o.detail.en.charAt(0).toUpperCase());
      }
    }
    expect(detailOf(v, 'capture-clienthello-tls10-only')).toMatch(/^The ClientHello offered TLS 1\.0 only/);
    expect(detailOf(words, 'capture-reset-after-clienthello')).toBe('The server reset the connection (RST)');
  });
  it('with the hosts known the flow still leads the detail', () => {
    const r = read('tls10-reset-http301.tshark-V.txt');
    expect(detailOf(r, 'capture-clienthello-tls10-only')).toMatch(/^127\.0\.0\.1 → 127\.77\.0\.1:443: /);
  });
});

describe('QA round 8 #15: one-line tshark rows say no more than they show', () => {
  it('a TLSv1 Client Hello row and a TLSv1.2 Server Hello: the server chose TLS 1.2, so the client offered at least 1.2 (no client_version)', () => {
    const r = read('tls12-accepted-postfix.tshark.txt');
    expect(codes(r)).toEqual(['capture-clienthello-tls12', 'capture-serverhello']);
    const d = detailOf(r, 'capture-clienthello-tls12');
    expect(d).not.toMatch(/0x0303|client_version/);
    expect(d).toContain('the server chose TLS 1.2 (ServerHello), so the client offered at least TLS 1.2');
    expect(r.observations[0].detail.ja).toContain('クライアントは少なくとも TLS 1.2 を提示しています');
  });
});
