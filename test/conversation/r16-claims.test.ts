/**
 * QA round 16 #1: the TLS 1.2 Client key's values said in prose ("Checked the TLS 1.2 Client key: Enabled=0",
 * 「…Enabled=0 になってました」) are read as a pasted `reg query` is: Enabled = 0 or DisabledByDefault = 1 is TLS 1.2
 * off, and the registry step is required (knowledge, Windows Schannel defaults). They were read as "TLS 1.2 on".
 */
import { findings, last, rendered, runIn, talk } from './helpers';
import { readTlsClaims } from '../../src/domain/understand/tls-claims';

const P = 'TMS 15.9, SX80 TC7.3.21, Windows Server 2019, SQL 2016 remote, already Medium-High.';
const PJ = 'TMS 15.9、SX80 TC7.3.21、Windows Server 2019、SQL 2016 別サーバ、Medium-High 設定済み。';

describe('#1 the TLS 1.2 Client values said in prose', () => {
  it.each([
    'Checked the TLS 1.2 Client key: Enabled=0',
    'TLS 1.2\\Client has Enabled = 0 and DisabledByDefault = 1',
    'Enabled is 0 under TLS 1.2 Client',
    'TLS 1.2 Client: Enabled=1, DisabledByDefault=1',
  ])('%s: TLS 1.2 off, the registry step required', (msg) => {
    const r = last(talk(P, msg));
    expect(r.state.facts.tlsClaims?.tls12).toBe('off');
    expect(findings(r)).toContain('said-tls12-off');
    expect(findings(r)).not.toContain('said-tls12-on');
    const out = rendered(r);
    expect(out).toMatch(/TLS 1\.2 off \(as you said\)/);
    expect(out).toMatch(/required, not a check/);
    expect(out).not.toMatch(/TLS 1\.2 is already enabled|TLS 1\.2 on \(as you said\)/);
  });

  it('JA: 「…Enabled=0 になってました」 is TLS 1.2 off, the registry step required', () => {
    const r = runIn('ja', [PJ, 'TLS 1.2 の Client キーを見たら Enabled=0 になってました']);
    expect(r.state.facts.tlsClaims?.tls12).toBe('off');
    const out = rendered(r);
    expect(out).toMatch(/TLS 1\.2 無効（お聞きした内容）/);
    expect(out).toMatch(/確認ではなく必須/);
    expect(out).not.toMatch(/TLS 1\.2 は有効化済み/);
  });

  it('"TLS 1.2 is disabled" without values keeps the softer "check the key" answer', () => {
    const r = last(talk(P, 'TLS 1.2 is disabled on the TMS server'));
    expect(r.state.facts.tlsClaims?.tls12).toBe('off');
    expect(r.state.facts.tlsClaims?.tls12ValuesOff).toBeUndefined();
  });

  it.each([
    ['TLS 1.2 Client: Enabled=1, DisabledByDefault=0', 'on'],
    ['TLS 1.2 Client key has Enabled = 0xffffffff and DisabledByDefault = 0', 'on'],
    ['TLS 1.2 is enabled in the registry', 'on'],
    ['TLS 1.2\\Server has Enabled = 0', undefined],
    ['Should TLS 1.2 Client have Enabled=0?', undefined],
    ['we disabled TLS 1.0, TLS 1.2 Client is Enabled=1 and DisabledByDefault=0', 'on'],
  ])('%s → tls12 %s', (msg, want) => {
    expect(readTlsClaims(msg).tls12).toBe(want);
  });

  it('TLS 1.0 values are read the same way', () => {
    expect(readTlsClaims('TLS 1.0 Client: Enabled=0').tls10).toBe('off');
  });
});
