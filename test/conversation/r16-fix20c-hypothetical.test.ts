/**
 * FIX20C #2: with SQL on record as remote, "what if it is on the TMS server?", 「TMS サーバー上だったら？」 got "I don't know
 * that one", and "what if SQL is on the TMS server rather than a separate box?" got the remote place back ("the answer
 * already leaves those caveats out"). The hypothetical is answered (an instance on the TMS server runs under its Schannel
 * settings: the SQL caveats for the release on record apply), and the place on record does not change.
 */
import { runIn, rendered } from './helpers';

const EN = ['TMS 15.13, CE 9.15, Windows 2016', 'SQL 2008 R2 runs on a separate server'];
const JA = ['TMS 15.13、CE 9.15、Windows 2016', 'SQL 2008 R2 は別サーバーで動いています'];

describe('the hypothetical "on the TMS server" is answered, the place on record stays', () => {
  it.each([
    'what if it is on the TMS server?',
    'what if SQL is on the TMS server?',
    'what if SQL is on the TMS server rather than a separate box?',
    'and if SQL was local?',
  ])('EN: %s', (q) => {
    const r = runIn('en', [...EN, q]);
    expect(r.state.facts.sqlLocation).toBe('remote');
    const text = rendered(r);
    expect(text).toMatch(/If SQL Server runs on the TMS server/);
    expect(text).toMatch(/SQL Server 2008 R2 needs TLS 1\.0 kept enabled/);
    expect(text).toMatch(/You told me SQL runs on a separate server, so the answer stays as it is/);
    expect(text).not.toMatch(/the answer already leaves those caveats out/);
  });
  it.each(['TMS サーバー上だったら？', 'SQL が TMS サーバー上だったら？', 'SQL が別サーバーではなく TMS サーバー上だったら？'])('JA: %s', (q) => {
    const r = runIn('ja', [...JA, q]);
    expect(r.state.facts.sqlLocation).toBe('remote');
    const text = rendered(r);
    expect(text).toMatch(/SQL Server が TMS サーバ上で動いている場合/);
    expect(text).toMatch(/TLS 1\.0 を有効のまま残す必要があります/);
  });
  it('SQL 2016 on record: the hypothetical says nothing is needed', () => {
    const r = runIn('en', ['TMS 15.13, CE 9.15, Windows 2016', 'SQL 2016 runs on a separate server', 'what if SQL is on the TMS server?']);
    expect(rendered(r)).toMatch(/SQL Server 2016 needs nothing for this change/);
  });
});

describe('near misses keep their own answers', () => {
  it('"what if SQL is on a separate server rather than on the TMS server?" is the remote case', () => {
    const text = rendered(runIn('en', [...EN, 'what if SQL is on a separate server rather than on the TMS server?']));
    expect(text).toMatch(/If SQL Server runs on another server/);
    expect(text).not.toMatch(/If SQL Server runs on the TMS server/);
  });
  it('"what if SQL is not on the TMS server?" is not the TMS-server case', () => {
    expect(rendered(runIn('en', [...EN, 'what if SQL is not on the TMS server?']))).not.toMatch(/If SQL Server runs on the TMS server/);
  });
  it('a release named, "what if SQL 2012 is on the TMS server?", stays a case of that release', () => {
    const text = rendered(runIn('en', [...EN, 'what if SQL 2012 is on the TMS server?']));
    expect(text).toMatch(/You asked about SQL Server 2012/);
  });
  it('"what if it is on the TMS server?" with no SQL in the conversation is not taken as SQL', () => {
    expect(rendered(runIn('en', ['TMS 15.13, CE 9.15', 'what if it is on the TMS server?']))).not.toMatch(/If SQL Server runs on the TMS server/);
  });
});
