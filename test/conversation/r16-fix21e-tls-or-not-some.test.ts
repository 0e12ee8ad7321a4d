/**
 * FIX21E (QA50 #2): "is it a TLS problem?" with 40 of 41 working at Medium-High: look at the failing system, not the server's registry;
 * after a probe that could not connect, the network path leads.
 */
import { chatWith, probeAt, rendered, runIn } from './helpers';

const J3 = [
  'TMS 15.9（Windows Server 2016）で、会議室 5F-A の Room Kit Plus だけ No HTTPS response になっています。他の 40 台は正常です',
  'RoomOS 11.9.2.4 です。SQL は別サーバーの SQL 2016、Communication Security は去年から Medium-High です',
];
const E5 = 'TMS 15.9 on Windows 2016, SQL 2016 remote, RoomOS 11.9, level Medium-High, only one Room Kit fails, 40 others fine';

describe('#2: is it TLS? when most systems work at Medium-High', () => {
  it('EN', () => {
    const r = runIn('en', [E5, 'is it a TLS problem?']);
    const t = rendered(r);
    expect(r.route).toBe('tls-or-not');
    expect(t).toContain('Most likely not on the TMS side');
    expect(t).toContain('MinimumTLSVersion');
    expect(t).toContain('still accepts TLS 1.0 (TC up to 7.3.5, CE 8.0.x), they prove nothing');
    expect(t).not.toMatch(/restart IIS|likely gap/);
  });
  it.each(['TLS の問題ですか？去年 Medium-High にしてから他は全部動いています', 'TLS の問題ですか？'])('JA %s', (q) => {
    const r = runIn('ja', [...J3, q]);
    const t = rendered(r);
    expect(r.route).toBe('tls-or-not');
    expect(t).toContain('TMS 側が原因である可能性は低いです');
    expect(t).not.toContain('IIS');
  });
  it('near miss: every system failing at Medium-High keeps the server answer', () => {
    const t = rendered(runIn('en', ['TMS 15.9 on Windows 2016, SQL 2016 remote, RoomOS 11.9, level Medium-High, all 40 Room Kits fail', 'is it a TLS problem?']));
    expect(t).not.toContain('Most likely not on the TMS side');
  });
  it('near miss: a second question after it is not read as context', () => {
    expect(runIn('en', [E5, 'is it a TLS problem? or the certificate?']).route).not.toBe('tls-or-not');
  });
});


describe('#2: after a probe that could not connect', () => {
  const closed = probeAt(9, { reachable: false, tls: false, error: 'ECONNREFUSED', protocols: { ssl3: null, 'tls1.0': null, 'tls1.1': null, 'tls1.2': null, 'tls1.3': null } });
  it('EN the network path leads, then the failing system', () => {
    const { r, text } = chatWith(E5, [closed, 'is it a TLS problem then?']);
    expect(r.route).toBe('probe-question');
    expect(text).toMatch(/^The probe could not open a TCP connection/);
    expect(text).toContain('Test-NetConnection');
    expect(text).toContain('Most likely not on the TMS side');
    expect(text).not.toContain('software version decides it');
  });
  it('JA', () => {
    const { text } = chatWith(J3[0]!, [J3[1]!, closed, 'じゃあ TLS の問題なんですか？']);
    expect(text).toContain('TCP で接続できなかった');
    expect(text).toContain('TMS 側が原因である可能性は低いです');
  });
  it('near miss: a probe that connected but gave no clear TLS answer keeps its sentence', () => {
    const unclear = probeAt(8443, { protocols: { ssl3: null, 'tls1.0': null, 'tls1.1': null, 'tls1.2': null, 'tls1.3': null } });
    const { text } = chatWith(E5, [unclear, 'is it a TLS problem then?']);
    expect(text).not.toContain('could not open a TCP connection');
  });
});
