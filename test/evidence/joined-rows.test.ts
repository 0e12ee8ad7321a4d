/**
 * Capture rows joined on one line with ';' (chat clients collapse line breaks): read like the same rows
 * on separate lines when every piece is a row the capture readers take on its own line; a ';' in any
 * other text leaves the line whole.
 */
import { readPastedText } from '../../src/evidence/text';
import type { EvidenceReading } from '../../src/evidence/types';

const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);
const seen = (r: EvidenceReading) => r.observations.map((o) => `${o.code} ${o.subject ?? ''}`.trim());

const HELLO = '5 0.001234 10.20.1.15 10.20.8.41 TLSv1 224 Client Hello';
const RST = '6 0.002101 10.20.8.41 10.20.1.15 TCP 54 443 → 51234 [RST, ACK] Seq=1 Ack=171 Win=0 Len=0';
const HELLO12 = '14 3.104512 10.20.1.15 10.20.8.42 TLSv1.2 290 Client Hello';
const SH12 = '15 3.105870 10.20.8.42 10.20.1.15 TLSv1.2 1420 Server Hello, Certificate, Server Hello Done';
const FIELDS_CMD = 'tshark -r tms.pcapng -Y "tls.handshake.type == 1" -T fields -e frame.number -e ip.src -e ip.dst -e tls.handshake.version';
const RESET = ['capture-clienthello-record-tls10 10.20.1.15 → 10.20.8.41', 'capture-reset-after-clienthello 10.20.1.15 → 10.20.8.41'];

describe("capture rows joined with ';' on one line", () => {
  // [what, the joined line, the same rows on separate lines, what both must read]
  const joined: [string, string, string, string[]][] = [
    ['two tshark summary rows', `${HELLO}; ${RST}`, `${HELLO}\n${RST}`, RESET],
    ["no space before the next row, and a ';' after the last", `${HELLO};${RST};`, `${HELLO}\n${RST}`, RESET],
    ['the short forms with frame labels', 'frame 1: Client Hello TLSv1 ; frame 2: [RST, ACK]', 'frame 1: Client Hello TLSv1\nframe 2: [RST, ACK]', ['capture-clienthello-record-tls10 ? → ?', 'capture-reset-after-clienthello ? → ?']],
    [
      'Wireshark rows with "No." and an arrow',
      'No. 5 10.0.0.5 -> 10.0.0.9 TLSv1 Client Hello; No. 6 10.0.0.9 -> 10.0.0.5 TCP 443 > 51234 [RST, ACK]',
      'No. 5 10.0.0.5 -> 10.0.0.9 TLSv1 Client Hello\nNo. 6 10.0.0.9 -> 10.0.0.5 TCP 443 > 51234 [RST, ACK]',
      ['capture-clienthello-record-tls10 ? → ?', 'capture-reset-after-clienthello ? → ?'],
    ],
    ['two connections: one reset, one answered at TLS 1.2', `${HELLO}; ${RST}; ${HELLO12}; ${SH12}`, [HELLO, RST, HELLO12, SH12].join('\n'), [...RESET, 'capture-clienthello-tls12 10.20.1.15 → 10.20.8.42', 'capture-serverhello 10.20.1.15 → 10.20.8.42']],
    ['tshark -T fields rows after their command line', `${FIELDS_CMD}\n5 10.20.1.15 10.20.8.41 0x0301; 9 10.20.1.15 10.20.8.42 0x0303`, `${FIELDS_CMD}\n5 10.20.1.15 10.20.8.41 0x0301\n9 10.20.1.15 10.20.8.42 0x0303`, ['capture-clienthello-tls10-only 10.20.1.15 → 10.20.8.41', 'capture-silence-after-clienthello 10.20.1.15 → 10.20.8.41', 'capture-clienthello-tls12 10.20.1.15 → 10.20.8.42', 'capture-silence-after-clienthello 10.20.1.15 → 10.20.8.42']],
    ['the tshark -T fields command joined to its rows', `${FIELDS_CMD}; 5 10.20.1.15 10.20.8.41 0x0301; 9 10.20.1.15 10.20.8.42 0x0303`, `${FIELDS_CMD}\n5 10.20.1.15 10.20.8.41 0x0301\n9 10.20.1.15 10.20.8.42 0x0303`, ['capture-clienthello-tls10-only 10.20.1.15 → 10.20.8.41', 'capture-silence-after-clienthello 10.20.1.15 → 10.20.8.41', 'capture-clienthello-tls12 10.20.1.15 → 10.20.8.42', 'capture-silence-after-clienthello 10.20.1.15 → 10.20.8.42']],
    ['tshark -T fields rows without their header (tabs pasted as spaces)', '5   10.20.1.15   0x0301; 9   10.20.1.15   0x0303', '5   10.20.1.15   0x0301\n9   10.20.1.15   0x0303', ['capture-fields-no-header']],
    [
      'an English message glued to the first row',
      `TMS 15.2.1 shows No HTTPS response for the Room Kits since the upgrade. Capture from the TMS server: ${HELLO}; ${RST}`,
      `TMS 15.2.1 shows No HTTPS response for the Room Kits since the upgrade. Capture from the TMS server:\n${HELLO}\n${RST}`,
      ['tms-no-https-response', ...RESET],
    ],
    ['a Japanese message around the rows, on the same line', `アップグレード後のキャプチャです。${HELLO}; ${RST} これはどういう意味でしょうか？`, `アップグレード後のキャプチャです。\n${HELLO}\n${RST} これはどういう意味でしょうか？`, RESET],
    ['a Japanese message on the lines around the joined rows', `Wireshark で TMS サーバ側を見ました。\n${HELLO}; ${RST}\nTLS 1.2 はレジストリで有効にしてあります。`, `Wireshark で TMS サーバ側を見ました。\n${HELLO}\n${RST}\nTLS 1.2 はレジストリで有効にしてあります。`, RESET],
  ];
  it.each(joined)('%s: read like the rows on separate lines', (_what, line, lines, expected) => {
    const r = readPastedText(line);
    expect(seen(r)).toEqual(expected);
    expect(seen(r)).toEqual(seen(readPastedText(lines)));
  });

  it('the joined rows tell the server reset the TLS 1.0 hello, not that the text shows no answer (was: silence after the hello)', () => {
    const r = readPastedText(`${HELLO}; ${RST}`);
    expect(codes(r)).not.toContain('capture-silence-after-clienthello');
    expect(r.observations[0].detail.en).toContain('The server reset the connection (RST)');
    expect(r.observations[0].detail.ja).toContain('リセット');
  });

  // [what, a line with a ';' that is not a list of rows, what it must read (the line read whole)]
  const whole: [string, string, string[]][] = [
    ['a Set-Cookie header', 'Set-Cookie: tandberg_login=7f3a9c; Path=/; Secure; HttpOnly', []],
    ['a cipher-suite list', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384;TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256;TLS_RSA_WITH_AES_256_CBC_SHA256', []],
    ['a PATH with the TMS folder', 'PATH=C:\\Windows\\system32;C:\\Windows;C:\\Program Files (x86)\\TANDBERG\\TMS\\wwwTMS', []],
    // Split, the second piece would be read as the server's reset: the user says they do not see one.
    ['a sentence that names a reset someone else saw', "TLSv1 Client Hello; my colleague says the codec answers [RST, ACK] but I don't see it", ['capture-clienthello-record-tls10 ? → ?', 'capture-silence-after-clienthello ? → ?']],
    ['a Japanese sentence that names a reset someone else saw', 'TLSv1 Client Hello; 同僚は [RST, ACK] が返ると言っていますが、私には見えません', ['capture-clienthello-record-tls10 ? → ?', 'capture-silence-after-clienthello ? → ?']],
    ['a tshark command and a shell command', 'tshark -r tms.pcapng -T fields -e ip.src -e ip.dst -e tls.handshake.version; echo done', []],
  ];
  it.each(whole)("%s: the ';' does not split the line", (_what, line, expected) => {
    expect(seen(readPastedText(line))).toEqual(expected);
  });

  it('one row with a sentence after the ; is read as that row only (no answer is taken from the sentence)', () => {
    const r = readPastedText(`${HELLO}; I think the codec then resets it`);
    expect(seen(r)).toEqual(['capture-clienthello-record-tls10 10.20.1.15 → 10.20.8.41', 'capture-silence-after-clienthello 10.20.1.15 → 10.20.8.41']);
  });

  it("tshark -T fields rows with -E separator=; are read as rows of their columns, not split", () => {
    const cmd = 'tshark -r tms.pcapng -T fields -E separator=; -e frame.number -e ip.src -e ip.dst -e tls.handshake.type -e tls.handshake.version';
    const r = readPastedText(`${cmd}\n5;10.20.1.15;10.20.8.41;1;0x0301\n9;10.20.1.15;10.20.8.42;1;0x0303`);
    expect(seen(r)).toEqual(['capture-clienthello-tls10-only 10.20.1.15 → 10.20.8.41', 'capture-silence-after-clienthello 10.20.1.15 → 10.20.8.41', 'capture-clienthello-tls12 10.20.1.15 → 10.20.8.42', 'capture-silence-after-clienthello 10.20.1.15 → 10.20.8.42']);
  });
});
