/**
 * fix64c (QA64 #14): the "Updated the answer above" note. A caveat whose only change is its label (the SQL build appended) is
 * neither "new" nor "no longer applies"; one whose text changed is one "Caveat now" line; five steps gone at once are one line.
 */
import { changes, shownOf } from '../../src/slack/answer';
import type { Summary } from '../../src/conversation/summary';

const step = (code: string, title: string) => ({ code, title, body: [], items: [] });
function summary(caveats: { code: string; text: string }[], steps: { code: string; title: string }[]): Summary {
  return {
    verdict: 'affected',
    headline: 'h',
    cause: 'c',
    next: 'n',
    facts: 'f',
    assumed: [],
    caveats: caveats.map((c) => ({ ...c, detail: [] })),
    steps: steps.map((s) => step(s.code, s.title)),
    sources: [],
    fallback: 'x',
  } as unknown as Summary;
}

describe('fix64c: change notes', () => {
  it('a caveat whose label only gained the build: no line', () => {
    const prev = shownOf(summary([{ code: 'sql-2012-sp', text: 'SQL Server 2012 SP1: upgrade to a service pack with TLS 1.2 support first.' }], []), 'en');
    const now = summary([{ code: 'sql-2012-sp', text: 'SQL Server 2012 SP1 (11.0.3000): upgrade to a service pack with TLS 1.2 support first.' }], []);
    expect(changes(prev, now, 'en')).toEqual([]);
  });

  it('JA: the same, with 「：」', () => {
    const prev = shownOf(summary([{ code: 'sql-2012-sp', text: 'SQL Server 2012 SP1：先にサービスパックを更新します。' }], []), 'ja');
    const now = summary([{ code: 'sql-2012-sp', text: 'SQL Server 2012 SP1 (11.0.3000)：先にサービスパックを更新します。' }], []);
    expect(changes(prev, now, 'ja')).toEqual([]);
  });

  it('a caveat with the same code and other words: one "Caveat now" line, not new + no longer', () => {
    const prev = shownOf(summary([{ code: 'c1', text: 'SQL: check the build first.' }], []), 'en');
    const now = summary([{ code: 'c1', text: 'SQL: the build has TLS 1.2 support.' }], []);
    const lines = changes(prev, now, 'en');
    expect(lines).toEqual(['Caveat now: SQL: the build has TLS 1.2 support.']);
  });

  it('five steps replaced by one: one line for those gone', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((x) => ({ code: x, title: `Step ${x}` }));
    const prev = shownOf(summary([], five), 'en');
    const now = summary([], [{ code: 'z', title: 'Check the certificate' }]);
    const lines = changes(prev, now, 'en');
    expect(lines.filter((l) => l.startsWith('No longer applies'))).toEqual([]);
    // (The first one's place is taken by the new step 1, shown as such.)
    expect(lines).toEqual(['Step 1: Check the certificate', '4 earlier steps are no longer needed']);
  });
});
