/**
 * Helper R20C: pasted tshark rows, who sent the RST: the client's own RST after its ClientHello is
 * not a refusal by the server (as the capture reader already says for a pcap).
 */
import { readPastedText } from '../../src/evidence';
import type { EvidenceReading } from '../../src/evidence/types';

const HEAD = [
  '    1 0.000000     10.0.0.5 → 10.0.0.20    TCP 74 51234 → 443 [SYN] Seq=0 Win=64240 Len=0 MSS=1460 SACK_PERM WS=128',
  '    2 0.000310    10.0.0.20 → 10.0.0.5     TCP 74 443 → 51234 [SYN, ACK] Seq=0 Ack=1 Win=65160 Len=0 MSS=1460 SACK_PERM WS=128',
  '    3 0.000350     10.0.0.5 → 10.0.0.20    TCP 66 51234 → 443 [ACK] Seq=1 Ack=1 Win=64256 Len=0',
  '    4 0.001020     10.0.0.5 → 10.0.0.20    TLSv1 183 Client Hello',
];
const SERVER_RST = '    5 0.001400    10.0.0.20 → 10.0.0.5     TCP 60 443 → 51234 [RST, ACK] Seq=1 Ack=118 Win=0 Len=0';
const CLIENT_RST = '    5 0.001400     10.0.0.5 → 10.0.0.20    TCP 60 51234 → 443 [RST, ACK] Seq=118 Ack=1 Win=0 Len=0';

const codes = (r: EvidenceReading | null) => (r?.observations ?? []).map((o) => o.code);

describe('pasted tshark rows: who sent the RST', () => {
  it('endpoint → TMS: the server reset the connection', () => {
    const r = readPastedText([...HEAD, SERVER_RST].join('\n'));
    expect(codes(r)).toContain('capture-reset-after-clienthello');
    expect(codes(r)).not.toContain('capture-client-reset-after-clienthello');
  });

  it('TMS → endpoint: the client reset its own connection, which is no refusal by the server', () => {
    const r = readPastedText([...HEAD, CLIENT_RST].join('\n'));
    expect(codes(r)).toContain('capture-client-reset-after-clienthello');
    expect(codes(r)).not.toContain('capture-reset-after-clienthello');
    expect(codes(r)).not.toContain('capture-silence-after-clienthello');
    expect(r?.observations.find((o) => o.code === 'capture-client-reset-after-clienthello')?.detail.ja).toContain('クライアント自身');
  });

  it('ASCII arrows and the addresses the other way round (TMS is 10.0.0.5 as server) read the same', () => {
    const swap = (l: string) => l.replace(/10\.0\.0\.5 /g, 'X ').replace(/10\.0\.0\.20 /g, '10.0.0.5 ').replace(/X /g, '10.0.0.20 ').replace(/→/g, '->');
    const server = readPastedText([...HEAD, SERVER_RST].map(swap).join('\n'));
    expect(codes(server)).toContain('capture-reset-after-clienthello');
    const client = readPastedText([...HEAD, CLIENT_RST].map(swap).join('\n'));
    expect(codes(client)).toContain('capture-client-reset-after-clienthello');
  });

  it('on loopback (one address both ways) the ports tell the side', () => {
    const lo = (l: string) => l.replace(/10\.0\.0\.(?:5|20)(?= )/g, '127.0.0.1');
    expect(codes(readPastedText([...HEAD, SERVER_RST].map(lo).join('\n')))).toContain('capture-reset-after-clienthello');
    expect(codes(readPastedText([...HEAD, CLIENT_RST].map(lo).join('\n')))).toContain('capture-client-reset-after-clienthello');
  });
});
