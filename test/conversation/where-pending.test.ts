/**
 * "how do I find that?", "which SQL do you mean?", 「分かりません。どこで確認できますか？」 while a question is
 * open: answered for that question (where its value is read; for SQL, which instance matters), and the
 * question stays open (no skip, no assumption made instead).
 */
import { rendered, talk } from './helpers';

describe('asking how to answer the open question', () => {
  it.each([
    ['TMS 15.2.1, CE 9.15', 'how do I find that?', /SELECT @@VERSION/, /holds TMS's database/],
    ['TMS 15.2.1, CE 9.15', 'where can I check?', /SELECT @@VERSION/, /another machine is not touched/],
    ['TMS 15.2.1, CE 9.15', 'which SQL do you mean? the one on the TMS box or the reporting one?', /holds TMS's database/, /ERRORLOG/],
    ['TMS 15.2.1、CE 9.15', '分かりません。どこで確認できますか？', /SELECT @@VERSION/, /TMS のデータベースを持つインスタンス/],
  ] as const)('%j then %j', (first, ask, where, which) => {
    const [before, r] = talk(first, ask);
    expect(before.state.pending).toBe('need-sql-version');
    expect(rendered(r)).toMatch(where);
    expect(rendered(r)).toMatch(which);
    expect(rendered(r)).not.toMatch(/I don't know that one|安全側の仮定/);
    expect(r.state.pending).toBe('need-sql-version');
    expect(r.state.facts).toEqual(before.state.facts);
    expect(r.state.skipped ?? []).toEqual(before.state.skipped ?? []);
  });

  it('for the level question, where the level is read', () => {
    const [before, r] = talk('TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote', 'how can we check that?');
    expect(before.state.pending).toBe('need-security-level');
    expect(rendered(r)).toMatch(/Communication Security\. Only look/);
    expect(r.state.pending).toBe('need-security-level');
  });

  it('naming another field is left to the general answer', () => {
    const [, r] = talk('TMS 15.2.1, CE 9.15', 'how do I find the Windows version?');
    expect(rendered(r)).toMatch(/winver/);
    expect(rendered(r)).not.toMatch(/holds TMS's database/);
  });
});
