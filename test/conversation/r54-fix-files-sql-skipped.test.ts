/**
 * R54 §2: after "I don't know the SQL version" the chat's "give me the fix files" agrees with the console's `fix-kit DIR`
 * (which writes the kit, with its "check the SQL build first" line): the answer says to check the SQL build first and
 * offers the Fix files button, instead of "one is still missing (the question below)" with no question below.
 */
import type { Block } from '../../src/conversation/document';
import type { TurnResult } from '../../src/conversation/types';
import { rendered, runIn } from './helpers';

const fixButton = (r: TurnResult) =>
  r.replies.flatMap((x) => x.blocks).some((b: Block) => b.type === 'actions' && b.actions.some((a) => a.id === 'fix-files'));
const asked = (r: TurnResult) => r.replies.flatMap((x) => x.blocks).some((b) => b.type === 'question');

describe('fix files with the SQL question skipped', () => {
  it.each([
    ['en', 'TMS 15.2.1, endpoints CE 9.15, Windows 2012 R2, level Medium', "I don't know the SQL version", 'give me the fix files', /SELECT @@VERSION/],
    ['ja', 'TMS 15.2.1、エンドポイントは CE 9.15、Windows 2012 R2、レベルは Medium', 'SQL のバージョンはわかりません', '修正ファイルをください', /SELECT @@VERSION/],
  ] as const)('%s: check the SQL build first, with the Fix files button', (lang, ticket, skip, ask, check) => {
    const r = runIn(lang, [ticket, skip, ask]);
    const out = rendered(r);
    expect(out).not.toMatch(/question below|下の質問/);
    expect(out).toMatch(check);
    expect(fixButton(r)).toBe(true);
  });

  it('SQL asked and not skipped: still no files, and the question follows', () => {
    const r = runIn('en', ['TMS 15.2.1, endpoints CE 9.15, Windows 2012 R2, level Medium', 'give me the fix files']);
    expect(fixButton(r)).toBe(false);
    expect(asked(r)).toBe(true);
  });

  it('TMS version skipped: no files, and the TMS question is in the answer itself', () => {
    const r = runIn('en', ['endpoints CE 9.15, SQL 2016', "I don't know the TMS version", 'give me the fix files']);
    expect(fixButton(r)).toBe(false);
    expect(rendered(r)).toMatch(/need the version you could not give[^\n]*Which TMS version/);
  });
});
