/**
 * R34B item 2: SQL Server 2008 R2 on the TMS server said down IN WORDS after TLS 1.0 went off (no 26011 pasted): the fix
 * kit is tls10-back-on.reg, as in the 26011 case (read back here: keys, DWORDs, UTF-16LE BOM); enable-tls12.reg is still
 * refused until SQL runs. SQL said down with no TLS 1.0 change, or a SQL with TLS 1.2 support, is not this case.
 */
import { buildFixKit } from '../../src/fixkit';
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { expectTls10BackOn } from '../fixkit/tls10-back-on-kit';
import { rendered } from './helpers';

const SETUP = {
  en: 'TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL Server 2008 R2 SP2 on the TMS server, level Medium',
  ja: 'TMS 15.2.1、CE 9.15.3、Windows 2012 R2、SQL Server 2008 R2 SP2 は TMS サーバ上、レベルは Medium です',
};
const DOWN = {
  en: "SQL won't start since we turned TLS 1.0 off",
  ja: 'TLS 1.0を無効にしてから、SQL Serverが起動しません',
};

function conversation(lang: 'en' | 'ja', msgs: string[], setup: string = SETUP[lang]): ConversationState {
  let s: ConversationState | null = null;
  for (const m of [setup, ...msgs]) s = step(s, { kind: 'text', text: m }).state;
  return s!;
}

describe('fix kit while SQL Server 2008 R2 is said down in words after TLS 1.0 went off (R34B)', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang.toUpperCase()}: only tls10-back-on.reg (UTF-16LE with a BOM, TLS 1.0 Client and Server on, nothing else), led by the user's account`, () => {
      const kit = buildFixKit({ facts: conversation(lang, [DOWN[lang]]).facts, lang });
      if (!kit.ok) throw new Error(kit.reason);
      expect(kit.files.map((f) => f.name)).toEqual(['tls10-back-on.reg']);
      const reg = kit.files[0];
      expect(reg.encoding).toBe('utf16le-bom');
      expectTls10BackOn(reg.bytes);
      // The lead is the user's word, not evidence the bot never saw; enable-tls12.reg waits until SQL runs.
      expect(kit.warnings[0]).not.toMatch(/evidence shows|証拠によると/);
      expect(kit.warnings[0]).toMatch(lang === 'en' ? /You say SQL Server does not start[^\n]*Get it running first[^\n]*enable-tls12\.reg\) comes once SQL Server runs/ : /起動しないとのことです[^\n]*先に SQL Server を復旧[^\n]*enable-tls12\.reg）は、SQL Server が動いてから/);
    });

    it(`${lang.toUpperCase()}: asked for the fix files in the chat, the answer offers tls10-back-on.reg, not enable-tls12.reg`, () => {
      const s = conversation(lang, [DOWN[lang]]);
      const r = step(s, { kind: 'text', text: lang === 'en' ? 'can you give me the fix files?' : '修正ファイルをください' });
      const out = rendered(r);
      expect(out).toMatch(/tls10-back-on\.reg/);
      expect(out).not.toMatch(/No fix files|修正ファイルは作成しません/);
      expect(JSON.stringify(r.replies)).toMatch(/"id":"fix-files"/);
    });

    it(`${lang.toUpperCase()}: SQL build unknown (local) is the same case`, () => {
      const setup = lang === 'en' ? 'TMS 15.2.1, CE 9.15.3, Windows 2012 R2, level Medium' : 'TMS 15.2.1、CE 9.15.3、Windows 2012 R2、レベルは Medium です';
      const kit = buildFixKit({ facts: conversation(lang, [DOWN[lang]], setup).facts, lang });
      expect(kit.ok && kit.files.map((f) => f.name)).toEqual(['tls10-back-on.reg']);
    });
  }

  it("IIS Crypto's Best Practices said applied (TLS 1.0 off with SSL 3.0), then SQL down: the same kit, and the lead says why (EN/JA)", () => {
    const en = buildFixKit({ facts: conversation('en', ["We applied IIS Crypto Best Practices and now SQL won't start."]).facts, lang: 'en' });
    expect(en.ok && en.files.map((f) => f.name)).toEqual(['tls10-back-on.reg']);
    expect(en.ok && en.warnings[0]).toMatch(/IIS Crypto's Best Practices turn it off/);
    const ja = buildFixKit({ facts: conversation('ja', ['IIS Crypto のベストプラクティスを適用したら SQL が起動しなくなりました']).facts, lang: 'ja' });
    expect(ja.ok && ja.files.map((f) => f.name)).toEqual(['tls10-back-on.reg']);
    expect(ja.ok && ja.warnings[0]).toMatch(/IIS Crypto の Best Practices/);
  });

  it('negatives: down with no TLS 1.0 change keeps the refusal; SQL 2016 is not this case; back up again gives enable-tls12.reg', () => {
    const said = buildFixKit({ facts: conversation('en', ["SQL Server won't start since yesterday"]).facts, lang: 'en' });
    expect(said.ok).toBe(false);
    const saidJa = buildFixKit({ facts: conversation('ja', ['昨日から SQL Server が起動しません']).facts, lang: 'ja' });
    expect(saidJa.ok).toBe(false);
    const sql2016 = buildFixKit({ facts: conversation('en', [DOWN.en], 'TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL Server 2016 on the TMS server, level Medium').facts, lang: 'en' });
    // Not the TLS 1.0 trap: no tls10-back-on.reg, and no normal kit either while SQL is down: the cause comes first (QA48 #8).
    expect(sql2016.ok).toBe(false);
    if (!sql2016.ok) expect(sql2016.reason).toMatch(/SQL Server 2016 supports TLS 1\.2, so the TLS change is not the usual reason it stops: find the cause/);
    const back = buildFixKit({ facts: conversation('en', [DOWN.en, 'TLS 1.0 is back on and SQL Server started again']).facts, lang: 'en' });
    expect(back.ok && back.files.map((f) => f.name)).toEqual(['enable-tls12.reg', 'check-tls.cmd']);
  });
});
