/**
 * QA53 #8: "which machine gets the registry keys, the TMS server or the SQL server?" / 「SQL サーバにもレジストリを入れる必要が
 * ありますか？」 were not understood. knowledge.md: the keys go on the TMS server, the TLS client when it polls (Fix 3, Client
 * subkeys); a remote SQL server is not touched by the TMS server's Schannel settings (Caveats, last bullet); a SQL instance on
 * the TMS server itself is the same machine, so its SQL caveat applies.
 */
import { rendered, runIn } from './helpers';

const REMOTE = 'TMS 15.11 on Windows 2019, SQL 2016 on a separate server running Windows 2008 R2. Desk Pros on RoomOS 10.19 show No HTTPS response. level Medium';
const LOCAL = 'TMS 15.9 on Windows 2012 R2, SQL 2014 SP1 local, build 12.0.4100, SX80s on CE 9.8 show No HTTPS response, level Medium';

describe('QA53 #8: which machine gets the registry keys', () => {
  it.each([
    'which machine gets the registry keys, the TMS server or the SQL server?',
    'do the registry keys go on the SQL server too?',
    'does the SQL server need the registry change too?',
    'do we need to change the registry on the SQL server?',
  ])('EN remote SQL: %s → the TMS server; the SQL server is not touched', (q) => {
    const out = rendered(runIn('en', [REMOTE, q]));
    expect(out).toMatch(/Which server gets the registry change/);
    expect(out).toMatch(/The TMS server/);
    expect(out).toMatch(/`Client` subkeys/);
    expect(out).toMatch(/this fix does not touch it/);
    expect(out).not.toMatch(/I don't know that one|Skipping a step/);
  });

  it.each(['SQL サーバにもレジストリを入れる必要がありますか？', 'レジストリは SQL サーバにも必要ですか', 'TMS サーバと SQL サーバのどちらにキーを入れますか'])('JA remote SQL: %s', (q) => {
    const out = rendered(runIn('ja', [REMOTE, q]));
    expect(out).toMatch(/レジストリを変更するサーバ/);
    expect(out).toMatch(/TMS サーバです/);
    expect(out).toMatch(/この修正はそのサーバに関係しません/);
  });

  it('local SQL: the same machine, and that SQL build\'s caveat (EN and JA)', () => {
    const en = rendered(runIn('en', [LOCAL, 'which machine gets the registry keys, the TMS server or the SQL server?']));
    expect(en).toMatch(/same machine/);
    expect(en).toMatch(/12\.0\.4100\) needs a build with TLS 1\.2 support/);
    expect(en).not.toMatch(/this fix does not touch it/);
    const ja = rendered(runIn('ja', [LOCAL, 'SQL サーバにもレジストリを入れる必要がありますか？']));
    expect(ja).toMatch(/同じマシンです/);
    expect(ja).toMatch(/TLS 1\.2 対応のビルドにする必要があります/);
  });

  it.each(['we put the registry keys on the SQL server by mistake', 'what server keys do I need?', 'which side needs the keys, client or server?', 'SQL サーバにはレジストリを入れない予定です'])(
    'not this card: %s',
    (q) => {
      expect(rendered(runIn(/[ぁ-ん]/.test(q) ? 'ja' : 'en', [REMOTE, q]))).not.toMatch(/Which server gets the registry change|レジストリを変更するサーバ/);
    },
  );
});
