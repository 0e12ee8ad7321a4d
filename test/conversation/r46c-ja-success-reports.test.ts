/**
 * R46C item 1 (QA round 30 M4/M5): Japanese reports of a fixed key and of green systems were missed while their
 * English twins were read. 「Clientを直しました」 after a reg query paste is the TLS 1.2 Client key fixed; 「SX80は緑」
 * and 「10台中8台が緑」 are systems that work (all, or a part); 「レジストリ追加、…、再起動まで完了」 is the keys
 * created and the server restarted.
 */
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { rendered, runIn } from './helpers';

const REG_PASTE = [
  'C:\\Windows\\system32>reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s',
  '',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2',
  '',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
  '    DisabledByDefault    REG_DWORD    0x1',
  '    Enabled    REG_DWORD    0x0',
  '',
].join('\n');

describe('JA success reports are read like their EN twins', () => {
  it('「Clientを直しました」 after a paste showing TLS 1.2 Client off: the key is fixed', () => {
    const r = runIn('ja', ['TMS 15.12 で SX80 (ce9.15.3.17) が No HTTPS response。DBは別サーバのSQL 2016です', REG_PASTE, 'Clientを直しました。Enabled=1、DisabledByDefault=0']);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
    expect(r.state.facts.tlsClaims?.tls12).toBe('on');
    expect(readTlsClaims('TLS 1.2のClient側を修正しました').keysChanged).toBe(true);
  });
  it('not a key: a restart of the server, a question, a plan', () => {
    expect(readTlsClaims('Serverを再起動しました').keysChanged).toBeUndefined();
    expect(readTlsClaims('Clientを直しますか？').keysChanged).toBeUndefined();
    expect(readTlsClaims('レジストリ追加、Medium-Highの予定です').keysChanged).toBeUndefined();
  });
  it('「SX80は緑、HDXは…」 after Medium-High: a partial success, the HDX is what is left', () => {
    const r = runIn('ja', [
      'TMS 15.12 で SX80 (ce9.15.3.17) が No HTTPS response。DBは別サーバのSQL 2016です。Windows Server 2019',
      REG_PASTE,
      'Clientを直しました。Enabled=1、DisabledByDefault=0',
      'Medium-Highにして再起動した。SX80は緑、HDXはSecurity violation: Telnet communication is not allowed になった',
    ]);
    const text = rendered(r);
    expect(text).toMatch(/一部は直った/);
    expect(text).not.toMatch(/まだ判断できません/);
  });
  it('「レジストリ追加、Medium-High、再起動まで完了。10台中8台が緑」: keys and restart stored, a part works', () => {
    const r = runIn('ja', [
      'TMS 15.8、Windows Server 2008 R2、SQL Server 2008 R2 が同居。SX20 (TC7.3.7) が No HTTPS response',
      'レジストリ追加、Medium-High、再起動まで完了。SX20 10台中8台が緑、2台が赤のまま',
    ]);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
  });
  it('not green: 「緑になりません」「緑ではない」', () => {
    const r = runIn('ja', ['TMS 15.12 で SX80 (ce9.15.3.17) が No HTTPS response', 'Medium-Highにして再起動した。SX80はまだ緑になりません']);
    expect(rendered(r)).not.toMatch(/一部は直った|よかったです/);
  });
});
