/**
 * R46C item 5 (QA round 30 M9): a question about the bot's own caveat (KB3146034, named in the SQL 2008 R2 warning) got
 * "I don't know that one". knowledge.md: the first TLS 1.2 builds of 2008 / 2008 R2 (10.0.6543 / 10.50.6537) can
 * terminate intermittently: use the later ones.
 */
import { rendered, runIn } from './helpers';

describe('KB3146034 asked about', () => {
  it('EN, on 10.50.6537.0: what it is, and this build is one of the first: update', () => {
    const text = rendered(runIn('en', ['TMS 15.9, SX20 tc7.3.21 No HTTPS response, SQL 2008 R2 on the same server, windows 2008 r2', 'SQL is SP3, 10.50.6537.0', "what's KB3146034? is this build ok?"]));
    expect(text).not.toMatch(/I don't know that one/);
    expect(text).toMatch(/intermittently/);
    expect(text).toMatch(/10\.50\.6542\.0 or later/);
    expect(text).toMatch(/one of those first builds/);
  });
  it('JA, on 10.50.6537.0', () => {
    const text = rendered(runIn('ja', ['TMS 15.9、SX20 tc7.3.21でNo HTTPS response。SQL 2008 R2 SP3 (10.50.6537.0) が同居', 'KB3146034って何？このビルドで大丈夫？']));
    expect(text).not.toMatch(/お答えできません/);
    expect(text).toMatch(/断続的に停止/);
    expect(text).toMatch(/最初のビルドにあたります/);
  });
  it('a later build is said not to be concerned', () => {
    const text = rendered(runIn('en', ['TMS 15.9, SX20 tc7.3.21 No HTTPS response, SQL 2008 R2 SP3 (10.50.6560.0) on the same server', 'what is KB3146034?']));
    expect(text).toMatch(/does not concern it/);
  });
});
