/**
 * FIX18C #2, #3: a .reg change script that deletes the TLS 1.2 key (or its Client / Server subkey). On Windows Server
 * 2008 R2 TLS 1.2 is off unless the keys exist, so the deletion turns it off there (knowledge.md's Schannel table); from
 * 2012 on the default (on) applies. The Server key is the side systems connecting to TMS use (Secure-Only), not what TMS
 * offers the endpoints (Client). A change script is headed as such, not as a "registry export" (EN + JA).
 */
import { step, freshState } from '../../src/conversation/engine';
import { blocksText } from '../conversation/helpers';
import { readEvidenceBuffer } from '../../src/evidence';
import type { EvidenceReading } from '../../src/evidence/types';

const KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2';
const regDeleting = (sub: string) => `Windows Registry Editor Version 5.00\r\n\r\n[-${KEY}${sub}]\r\n`;

async function read(name: string, text: string): Promise<EvidenceReading> {
  const r = await readEvidenceBuffer(name, Buffer.from(text, 'utf8'));
  if (!r.ok) throw new Error(r.reason.en);
  return r.reading;
}
const deleted = (r: EvidenceReading) => r.observations.find((o) => o.code === 'schannel-key-deleted')!;

describe('a deleted TLS 1.2 key on 2008 R2 vs 2012+ (FIX18C #2)', () => {
  it('TLS 1.2\\Server deleted: off on 2008 R2 for systems connecting to TMS (Secure-Only), not "TMS cannot offer TLS 1.2"', async () => {
    const o = deleted(await read('del-server.reg', regDeleting('\\Server')));
    expect(o.detail.en).toMatch(/2008 R2/);
    expect(o.detail.en).toMatch(/Server side/);
    expect(o.detail.en).toMatch(/Secure-Only/);
    expect(o.detail.en).not.toMatch(/TMS (?:then )?cannot offer TLS 1\.2/);
    expect(o.detail.en).toMatch(/from Windows Server 2012 on, so there TLS 1\.2 stays on/);
    expect(o.detail.ja).toMatch(/Server 側の TLS 1\.2 が無効/);
    expect(o.detail.ja).toMatch(/Secure-Only/);
    expect(o.detail.ja).not.toMatch(/TMS が TLS 1\.2 を提示できなくなります/);
  });

  it('TLS 1.2\\Client deleted: TMS cannot offer TLS 1.2 on 2008 R2, even at Medium-High', async () => {
    const o = deleted(await read('del-client.reg', regDeleting('\\Client')));
    expect(o.detail.en).toMatch(/2008 R2 it is off and TLS 1\.2 works only while these keys exist/);
    expect(o.detail.en).toMatch(/TMS cannot offer it even at Medium-High/);
    expect(o.detail.en).not.toMatch(/Secure-Only/);
    expect(o.detail.ja).toMatch(/Medium-High でも TMS は TLS 1\.2 を提示できません/);
  });

  it('the whole TLS 1.2 key deleted: both sides named', async () => {
    const o = deleted(await read('del-all.reg', regDeleting('')));
    expect(o.detail.en).toMatch(/\(Client\)/);
    expect(o.detail.en).toMatch(/\(Server\)/);
    expect(o.detail.ja).toMatch(/（Client）/);
    expect(o.detail.ja).toMatch(/（Server）/);
  });
});

describe('a change script is headed as one, not as a registry export (FIX18C #3)', () => {
  const heads = async (lang: 'en' | 'ja', text: string) => {
    const r = await read('change.reg', text);
    const s = step(freshState(lang), { kind: 'text', text: lang === 'ja' ? 'TMS 15.2.1、CE 9.15、Windows Server 2008 R2、Medium です' : 'TMS 15.2.1, CE 9.15, Windows Server 2008 R2, Medium' }).state;
    return blocksText(step(s, { kind: 'evidence', source: 'change.reg', reading: r }).replies);
  };

  it('EN: a [-key] script and a "name"=- script', async () => {
    for (const text of [regDeleting('\\Server'), `Windows Registry Editor Version 5.00\r\n\r\n[${KEY}\\Client]\r\n"Enabled"=-\r\n`]) {
      const t = await heads('en', text);
      expect(t).toMatch(/change\.reg \(registry change script\)/);
      expect(t).not.toMatch(/\(registry export\)/);
    }
  });

  it('JA: 変更スクリプトと見出す', async () => {
    const t = await heads('ja', regDeleting('\\Server'));
    expect(t).toMatch(/change\.reg（レジストリの変更スクリプト）/);
    expect(t).not.toMatch(/（レジストリのエクスポート）/);
  });

  it('guard: a plain export is still a registry export', async () => {
    const t = await heads('en', `Windows Registry Editor Version 5.00\r\n\r\n[${KEY}\\Client]\r\n"Enabled"=dword:00000001\r\n"DisabledByDefault"=dword:00000000\r\n`);
    expect(t).toMatch(/change\.reg \(registry export\)/);
  });
});
