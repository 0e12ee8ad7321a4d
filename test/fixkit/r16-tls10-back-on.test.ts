/**
 * R33B item 4: SQL Server 2008 R2 down because TLS 1.0 was turned off (26011 pasted): the fix kit is tls10-back-on.reg
 * (TLS 1.0 Client and Server back on, SSL 3.0 untouched), read back here; enable-tls12.reg is still refused until SQL runs.
 */
import { buildFixKit } from '../../src/fixkit';
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { expectTls10BackOn } from './tls10-back-on-kit';
import { rendered } from '../conversation/helpers';

const LOG = [
  '2026-12-01 10:25:01.34 Server      Error: 26011, Severity: 16, State: 1.',
  '2026-12-01 10:25:01.34 Server      The server was unable to initialize encryption because of a problem with a security library. The security library may be missing. Verify that security.dll exists on the system.',
].join('\n');
const SETUP = {
  en: 'TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL Server 2008 R2 SP2 on the TMS server, level Medium',
  ja: 'TMS 15.2.1、CE 9.15.3、Windows 2012 R2、SQL Server 2008 R2 SP2 は TMS サーバ上、レベルは Medium です',
};

function conversation(lang: 'en' | 'ja', msgs: string[]): ConversationState {
  let s: ConversationState | null = null;
  for (const m of [SETUP[lang], ...msgs]) s = step(s, { kind: 'text', text: m }).state;
  return s!;
}

describe('fix kit while SQL Server 2008 R2 is down after TLS 1.0 went off (R33B)', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang.toUpperCase()}: only tls10-back-on.reg, UTF-16 with a BOM, reading back to TLS 1.0 Client and Server on, nothing else`, () => {
      const kit = buildFixKit({ facts: conversation(lang, [LOG]).facts, lang });
      if (!kit.ok) throw new Error(kit.reason);
      expect(kit.files.map((f) => f.name)).toEqual(['tls10-back-on.reg']);
      const reg = kit.files[0];
      expect(reg.encoding).toBe('utf16le-bom');
      expectTls10BackOn(reg.bytes);
      const comments = reg.text.split('\r\n').filter((l) => l.startsWith(';')).join('\n');
      expect(comments).toMatch(lang === 'en' ? /SSL 3\.0, TLS 1\.1 and TLS 1\.2 are left as they are/ : /SSL 3\.0、TLS 1\.1、TLS 1\.2 はそのままです/);
      expect(comments).toMatch(/10\.50\.6542\.0/);
      // The lead says SQL comes first and the endpoints' fix (enable-tls12.reg) waits.
      expect(kit.warnings[0]).toMatch(lang === 'en' ? /event 26011[^\n]*Get it running first[^\n]*enable-tls12\.reg\) comes once SQL Server runs/ : /イベント 26011[^\n]*先に SQL Server を復旧[^\n]*enable-tls12\.reg）は、SQL Server が動いてから/);
    });

    it(`${lang.toUpperCase()}: asked for the fix files in the chat, the answer names tls10-back-on.reg and offers it; no enable-tls12.reg`, () => {
      const s = conversation(lang, [LOG]);
      const r = step(s, { kind: 'text', text: lang === 'en' ? 'can you give me the fix files?' : '修正ファイルをください' });
      const out = rendered(r);
      expect(out).toMatch(/tls10-back-on\.reg/);
      expect(out).not.toMatch(/enable-tls12\.reg (?:sets|は Schannel)/);
      expect(JSON.stringify(r.replies)).toMatch(/"id":"fix-files"/);
    });
  }

  it('once SQL Server is said to run again, the kit is enable-tls12.reg again; SQL said down in words keeps the refusal', () => {
    const back = buildFixKit({ facts: conversation('en', [LOG, 'TLS 1.0 is back on and SQL Server started again']).facts, lang: 'en' });
    expect(back.ok && back.files.map((f) => f.name)).toEqual(['enable-tls12.reg', 'check-tls.cmd']);
    const said = buildFixKit({ facts: conversation('en', ["SQL Server won't start since yesterday"]).facts, lang: 'en' });
    expect(said.ok).toBe(false);
  });
});
