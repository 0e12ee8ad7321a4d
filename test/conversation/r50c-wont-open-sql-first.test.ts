/**
 * "Another team applied IIS Crypto best practices and now TMS won't open", SQL 2014 SP1 on the TMS server (build unknown):
 * the chat answer checks SQL first; so do the card's headline and next action, and the fix kit, whose first file is the
 * read-only check-tls.cmd (not enable-tls12.reg) with a first warning to check SQL Server before importing (EN and JA).
 */
import { buildFixKit } from '../../src/fixkit';
import { renderCard } from '../../src/slack/card';
import { runIn } from './helpers';

const EN = "TMS 15.6, SX20 TC7.3.21 No HTTPS response. another team applied IIS Crypto best practices and now TMS won't open. SQL 2014 SP1 on the same server, Windows 2012 R2";
const JA = 'TMS 15.6、SX20 TC7.3.21 で No HTTPS response。別チームが IIS Crypto の Best Practices を当てたらTMSが開かなくなった。SQL 2014 SP1 が同じサーバー、Windows 2012 R2';
const PLAIN = 'TMS 15.6, SX20 TC7.3.21 No HTTPS response. another team applied IIS Crypto best practices. SQL 2014 SP1 on the same server, Windows 2012 R2';

describe('r50c: TMS will not open after hardening: the card and the fix files check SQL first', () => {
  it.each([
    ['en', EN, /^Check SQL Server first/, /^First check that the SQL Server service/],
    ['ja', JA, /^まず SQL Server を確認/, /^まず TMS サーバ上の SQL Server のサービス（MSSQLSERVER または MSSQL\$<インスタンス名>）が実行中か/],
  ] as const)('%s: the card headline and next action lead with the SQL check', (lang, msg, head, nextLine) => {
    const r = runIn(lang, [msg]);
    const summary = r.replies.find((x) => x.summary)?.summary;
    expect(summary).toBeDefined();
    expect(summary!.headline).toMatch(head);
    expect(summary!.next).toMatch(nextLine);
    const card = renderCard(summary!, lang, {});
    const header = card.blocks.find((b) => b.type === 'header') as { text: { text: string } } | undefined;
    expect(header?.text.text).toMatch(head);
  });

  it.each([
    ['en', EN, /^FIRST, before importing anything/],
    ['ja', JA, /^最初に（何もインポートしないうちに）/],
  ] as const)('%s: the fix kit leads with the read-only check, and says to check SQL first', (lang, msg, first) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tlsClaims?.tmsWontOpen).toBe(true);
    const kit = buildFixKit({ facts: r.state.facts, lang });
    if (!kit.ok) throw new Error('no kit');
    expect(kit.files[0]!.name).toBe('check-tls.cmd');
    expect(kit.files.map((f) => f.name)).toContain('enable-tls12.reg');
    // TLS 1.0 off (Best Practices) with SQL 2014 SP1 here: tls10-back-on.reg is the first file that changes anything (FIX14B).
    expect(kit.files.map((f) => f.name).slice(1)).toEqual(['tls10-back-on.reg', 'enable-tls12.reg']);
    expect(kit.warnings[0]).toMatch(first);
    // The .reg itself carries the same first warning in its comments.
    const reg = kit.files.find((f) => f.name === 'enable-tls12.reg')!.text;
    expect(reg.indexOf(kit.warnings[0]!.slice(0, 20))).toBeGreaterThan(0);
  });

  it('without "won\'t open" the kit and the card are as before', () => {
    const r = runIn('en', [PLAIN]);
    const summary = r.replies.find((x) => x.summary)?.summary;
    expect(summary!.headline).not.toMatch(/SQL Server first/);
    const kit = buildFixKit({ facts: r.state.facts, lang: 'en' });
    if (!kit.ok) throw new Error('no kit');
    // (TLS 1.0 off with SQL 2014 SP1 here, build not known: the read-only check first, then tls10-back-on.reg for an old build, then enable-tls12.reg; FIX14B, FIX16C.)
    expect(kit.files.map((f) => f.name).slice(0, 3)).toEqual(['check-tls.cmd', 'tls10-back-on.reg', 'enable-tls12.reg']);
    expect(kit.warnings.join(' ')).not.toMatch(/FIRST, before importing anything/);
  });

  it('once SQL Server is said running, the SQL-first lead is gone', () => {
    const r = runIn('en', [EN, 'SQL Server is running']);
    const kit = buildFixKit({ facts: r.state.facts, lang: 'en' });
    if (!kit.ok) throw new Error('no kit');
    expect(kit.warnings.join(' ')).not.toMatch(/FIRST, before importing anything/);
    expect(kit.files.map((f) => f.name).slice(0, 3)).toEqual(['check-tls.cmd', 'tls10-back-on.reg', 'enable-tls12.reg']);
  });
});
