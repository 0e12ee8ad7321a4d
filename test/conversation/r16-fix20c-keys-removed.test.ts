/**
 * FIX20C #3: "we removed the TLS 1.2 keys" was recorded as "TLS 1.2 off (as you said)" and answered "You say TLS 1.2 is not
 * enabled … on Windows Server 2016 TLS 1.2 is on by default: with no TLS 1.2 key at all it is on" (self-contradicting), and
 * "we deleted only the TLS 1.2 values" was not understood. Removing the keys puts TLS 1.2 back at the Windows default (off
 * only on 2008 R2, knowledge.md). With SQL 2008 R2 on the TMS server, what it needs is said: TLS 1.0 kept enabled (its failing
 * case is TLS 1.0 and SSL 3.0 both off), which removing the TLS 1.2 keys does nothing for.
 */
import { runIn, rendered } from './helpers';

const W16 = 'TMS 15.13, CE 9.15, Windows 2016, SQL 2008 R2 on the TMS server';
const W08 = 'TMS 15.13, CE 9.15, Windows 2008 R2, SQL 2008 R2 on the TMS server';

describe('TLS 1.2 keys removed: back to the Windows default', () => {
  it.each(['we removed the TLS 1.2 keys', 'we deleted only the TLS 1.2 values', 'the TLS 1.2 keys were deleted by the GPO'])('EN on 2016: %s', (msg) => {
    const r = runIn('en', [W16, msg]);
    expect(r.state.facts.tlsClaims?.tls12).toBeUndefined();
    expect(r.state.facts.tlsClaims?.tls12KeysRemoved).toBe(true);
    const text = rendered(r);
    expect(text).toMatch(/on Windows Server 2016 that default is on/);
    expect(text).not.toMatch(/You say TLS 1\.2 is not enabled/);
    expect(text).toMatch(/For SQL Server 2008 R2 on the TMS server this changes nothing: what it needs is TLS 1\.0 kept enabled/);
  });
  it('EN on 2008 R2: the registry step is needed again', () => {
    const text = rendered(runIn('en', [W08, 'we removed the TLS 1.2 keys']));
    expect(text).toMatch(/on Windows Server 2008 R2 that default is off/);
    expect(text).toMatch(/registry step is needed again/);
  });
  it.each(['TLS 1.2 のキーを削除しました', 'TLS1.2の値だけ削除しました'])('JA: %s', (msg) => {
    const r = runIn('ja', ['TMS 15.13、CE 9.15、Windows 2016、SQL 2008 R2 は TMS サーバー上', msg]);
    expect(r.state.facts.tlsClaims?.tls12KeysRemoved).toBe(true);
    const text = rendered(r);
    expect(text).toMatch(/Windows の既定値に戻り/);
    expect(text).toMatch(/TLS 1\.0 を有効のまま残し/);
  });
  it('TLS 1.2 said enabled later replaces the removal', () => {
    const r = runIn('en', [W16, 'we removed the TLS 1.2 keys', 'we re-enabled TLS 1.2']);
    expect(r.state.facts.tlsClaims?.tls12).toBe('on');
    expect(r.state.facts.tlsClaims?.tls12KeysRemoved).toBeUndefined();
  });
});

describe('near misses', () => {
  it.each(['should we remove the TLS 1.2 keys?', 'if we delete the TLS 1.2 values, will SQL start?', 'TLS 1.2 のキーを削除しますか？'])('not done: %s', (msg) => {
    const r = runIn(/[ぁ-ん]/.test(msg) ? 'ja' : 'en', [W16, msg]);
    expect(r.state.facts.tlsClaims?.tls12KeysRemoved).toBeUndefined();
  });
  it('"we removed TLS 1.2" (the protocol, not its keys) is still TLS 1.2 said off', () => {
    const r = runIn('en', [W16, 'we removed TLS 1.2']);
    expect(r.state.facts.tlsClaims?.tls12).toBe('off');
    expect(r.state.facts.tlsClaims?.tls12KeysRemoved).toBeUndefined();
  });
  it('SQL on a separate server: no SQL line', () => {
    const text = rendered(runIn('en', ['TMS 15.13, CE 9.15, Windows 2016, SQL 2008 R2 on a separate server', 'we removed the TLS 1.2 keys']));
    expect(text).toMatch(/that default is on/);
    expect(text).not.toMatch(/this changes nothing/);
  });
});
