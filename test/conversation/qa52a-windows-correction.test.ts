/**
 * QA52 #2: Windows release corrections with "actually" / "oh wait" / a migration remark, and the JA 訂正 that names the new
 * server's release too, replace the Windows release; the answer changes (2008 R2: TLS 1.2 off by default, the registry step
 * is required; knowledge.md Cause 3, Schannel table). A bare "it's 2008 R2" with SQL and Windows both held asks which.
 */
import { runIn, runText } from './helpers';

const SETUP = 'TMS 15.5, SX80 on ce9.15.3, Windows 2012 R2, SQL 2016 remote';

describe('QA52 #2: Windows corrections', () => {
  it.each([
    ['oh wait, the server is actually 2008 R2'],
    ['server is actually 2008 R2'],
    ["oh wait, the server is actually 2008 R2, the 2012 R2 one is the new one we haven't migrated to yet"],
    ['the server is actually on 2008 R2'],
  ])('EN: %s', (msg) => {
    const { text, state } = runText('en', [SETUP, msg]);
    expect(state.facts.windows).toMatchObject({ year: 2008, r2: true });
    expect(text).toMatch(/Windows Server 2012 R2 → Windows Server 2008 R2/);
    expect(text).toMatch(/Required on Windows Server 2008 R2/);
  });

  it.each([
    ['訂正します。ＯＳはＷｉｎｄｏｗｓ Ｓｅｒｖｅｒ ２００８ Ｒ２です。２０１２ Ｒ２は移行先の新サーバでした。'],
    ['訂正します。OSはWindows Server 2008 R2です。2012 R2は移行先の新サーバでした。'],
    ['訂正です。サーバは実は 2008 R2 でした'],
  ])('JA: %s', (msg) => {
    const { text, state } = runText('ja', [SETUP, msg]);
    expect(state.facts.windows).toMatchObject({ year: 2008, r2: true });
    expect(text).toMatch(/Windows Server 2012 R2 → Windows Server 2008 R2/);
    expect(text).not.toMatch(/前の回答は変わりません/);
    expect(text).toMatch(/Windows Server 2008 R2 では必須です/);
  });

  it.each([['oh wait, it\'s 2008 R2', 'en'], ['sorry, it is 2008 R2', 'en']] as const)('bare "%s" with SQL and Windows held: asks which', (msg, lang) => {
    const r = runIn(lang, [SETUP, msg]);
    expect(JSON.stringify(r.replies)).toMatch(/Is 2008 R2 the SQL Server or the Windows Server release\?/);
    expect(r.state.facts.windows).toMatchObject({ year: 2012, r2: true });
    expect(r.state.facts.sql).toMatchObject({ year: 2016 });
  });

  it('nothing asked when SQL and Windows both hold 2008 R2 already', () => {
    const r = runIn('en', ['TMS 14.6, SQL 2008 R2 on the TMS server, TC 7.3.6, Windows Server 2008 R2, Medium', "oh wait, it's 2008 R2"]);
    expect(JSON.stringify(r.replies)).not.toMatch(/SQL Server or the Windows Server release/);
  });

  it.each([
    ['サーバは実は2008 R2ではありません', 'ja'],
    ['the server is actually not 2008 R2', 'en'],
    ['wait, is the server actually 2008 R2? let me check', 'en'],
  ] as const)('negations and questions change nothing: %s', (msg, lang) => {
    expect(runIn(lang, [SETUP, msg]).state.facts.windows).toMatchObject({ year: 2012, r2: true });
  });
});
