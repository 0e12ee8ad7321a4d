/**
 * QA55 #11: at Medium-High, a registry paste with TLS 1.2\Client Enabled 0 / DisabledByDefault 1 is a definite cause
 * (knowledge.md: enabled = Enabled non-zero and DisabledByDefault 0; the keys win over the Windows default). The headline
 * and the card say a cause is found, not "Not settled yet: check this first".
 */
import { freshState, step } from '../../src/conversation/engine';
import type { TurnResult } from '../../src/conversation/types';
import { rendered } from './helpers';

const regQuery = (enabled: string, dbd: string) =>
  [
    'C:\\>reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s',
    '',
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
    `    Enabled    REG_DWORD    ${enabled}`,
    `    DisabledByDefault    REG_DWORD    ${dbd}`,
    '',
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server',
    '    Enabled    REG_DWORD    0x1',
    '    DisabledByDefault    REG_DWORD    0x0',
  ].join('\n');
const FIRST = {
  en: (ep: string) => `TMS 15.13, ${ep}, SQL 2016 on the TMS server, Windows 2019, level Medium-High`,
  ja: (ep: string) => `TMS 15.13、エンドポイントは ${ep}、SQL 2016 は TMS サーバ上、Windows 2019、レベルは Medium-High です`,
};
const chat = (lang: 'en' | 'ja', ep: string, pasted: string): TurnResult => step(step(freshState(lang), { kind: 'text', text: FIRST[lang](ep) }).state, { kind: 'text', text: pasted });
const headline = (r: TurnResult) => r.replies.flatMap((x) => x.blocks).find((b) => b.type === 'heading');

describe('a definite registry cause at Medium-High says so in the headline (QA55 #11)', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: TLS 1.2\\Client Enabled 0, DisabledByDefault 1: "cause found", the card's verdict is the fix`, () => {
      const r = chat(lang, 'CE 9.15', regQuery('0x0', '0x1'));
      expect(headline(r)).toEqual({ type: 'heading', text: lang === 'en' ? 'Cause found: the registry keeps TLS 1.2 off for TMS' : '原因が見つかりました：レジストリで TMS の TLS 1.2 が無効になっています' });
      expect(rendered(r)).not.toMatch(/Not settled yet|まだ判断できません/);
      const card = r.replies.find((x) => x.summary)!.summary!;
      expect(card.verdict).toBe('fix');
      expect(card.cause).toMatch(lang === 'en' ? /registry keeps TLS 1\.2\\Client off/ : /レジストリで TLS 1\.2\\Client が無効/);
    });
  }

  it('the keys right (Enabled 1, DisabledByDefault 0): no cause claimed', () => {
    const r = chat('en', 'CE 9.15', regQuery('0x1', '0x0'));
    expect(rendered(r)).not.toMatch(/Cause found/);
  });

  it('an endpoint release that still accepts TLS 1.0 (TC 7.3.3): no "cause found"', () => {
    const r = chat('en', 'TC7.3.3', regQuery('0x0', '0x1'));
    expect(rendered(r)).not.toMatch(/Cause found/);
  });
});
