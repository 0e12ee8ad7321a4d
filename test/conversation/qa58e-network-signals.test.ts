/**
 * QA58 #9: network signals said after the first answer ("the firewall team blocked 443 …", "port 443 is blocked by the firewall",
 * 「ファイアウォールで 443 が閉じられていた」, "the codec's name does not resolve from the TMS server", "nslookup of … fails") get
 * the "Network before TLS" card (knowledge.md, Symptom: the TLS 1.0 case has a completed TCP handshake; with 443 blocked or no
 * name TMS never gets that far). Negations keep their own answers.
 */
import { rendered, runIn } from './helpers';

const B1 = 'TMS 15.9, SX20 upgraded to TC7.3.21 -> No HTTPS response';
const B2 = 'Windows 2016, SQL 2016 remote, level Medium';
const J1 = 'TMS 15.2.1 で、エンドポイントを CE 9.15 にアップグレードしたら No HTTPS response になりました';
const J2 = 'Windows Server 2016、SQL 2016 は別サーバー、レベルは Medium';

describe('QA58 #9: network signals after the first answer', () => {
  it.each([
    ['update: the firewall team blocked 443 from TMS to the codec VLAN yesterday', /A firewall change can give "No HTTPS response"/],
    ['port 443 is blocked by the firewall', /A firewall change can give "No HTTPS response"/],
    ['the firewall blocks 443', /Test-NetConnection HOST -Port 443/],
    ["the codec's name does not resolve from the TMS server", /A name that does not resolve is not the TLS problem/],
    ["nslookup of the codec's name fails from the TMS server", /A name that does not resolve is not the TLS problem/],
  ])('EN: %s', (m, want) => {
    const out = rendered(runIn('en', [B1, B2, m]));
    expect(out).toMatch(/Network before TLS/);
    expect(out).toMatch(want);
    expect(out).not.toMatch(/does not change my previous answer/);
  });

  it('JA: 443 closed by the firewall', () => {
    const out = rendered(runIn('ja', [J1, J2, 'ファイアウォールで 443 が閉じられていたことが分かりました']));
    expect(out).toMatch(/TLS より先にネットワーク/);
  });

  it.each(['port 443 is not blocked by the firewall', 'the firewall team says they never blocked 443'])('EN negation, not the card: %s', (m) => {
    expect(rendered(runIn('en', [B1, B2, m]))).not.toMatch(/Network before TLS/);
  });

  it('JA negation, not the card', () => {
    expect(rendered(runIn('ja', [J1, J2, 'ファイアウォールで 443 は閉じられていません']))).not.toMatch(/TLS より先にネットワーク/);
  });
});
