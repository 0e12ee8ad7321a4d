/**
 * QA54 #8: Fixed pressed on a card whose verdict was "Not settled yet" (or any other): the header reads as resolved, the verdict it
 * had kept after it (not "✅ Not settled yet: check this first"); EN and JA.
 */
import { composeDiagnosis } from '../../src/conversation/compose';
import { extractFacts } from '../../src/domain/extract';
import type { Lang } from '../../src/domain/types';
import { cardHeader, renderCard } from '../../src/slack/card';

const summaryOf = (text: string, lang: Lang) => composeDiagnosis(extractFacts(text).facts, lang).summary!;
const header = (blocks: unknown[]) => String((blocks as { type: string; text?: { text: string } }[]).find((b) => b.type === 'header')!.text!.text);

describe('QA54 #8: a card marked Fixed reads as resolved', () => {
  const NOT_SETTLED = 'TMS 15.2.1 endpoints CE 9.15 SQL 2016 level medium-high';
  it.each([
    ['en', /^✅ Fixed — the answer was: Not settled yet: check this first$/],
    ['ja', /^✅ 解決済み — 回答時の判断：まだ判断できません（まず次の点を確認してください）$/],
  ] as const)('%s: "Not settled yet" marked Fixed', (lang, want) => {
    const s = summaryOf(NOT_SETTLED, lang);
    expect(s.verdict).toBe('need-more');
    const card = renderCard(s, lang, { status: { kind: 'fixed', by: 'UBOB', at: 1_700_000_000_000 } });
    expect(header(card.blocks)).toMatch(want);
    expect(card.text).toMatch(lang === 'en' ? /^✅ Fixed/ : /^✅ 解決済み/);
  });

  it('a fix card marked Fixed leads with Fixed too; open and Still failing keep the verdict as it is', () => {
    const s = summaryOf('TMS 15.2.1 endpoints CE 9.15 SQL 2016 Windows 2019 level medium', 'en');
    expect(cardHeader(s, { kind: 'fixed' }, 'en')).toBe(`✅ Fixed — the answer was: ${s.headline}`);
    expect(cardHeader(s, { kind: 'failing' }, 'en')).toBe(`🔴 ${s.headline}`);
    expect(cardHeader(s, undefined, 'en')).toBe(s.headline);
    expect(renderCard(s, 'en', { status: { kind: 'failing' } }).text).toBe(s.fallback);
  });

  it('a case said fixed in words ("Fixed, as you said: …") is not said twice', () => {
    let s = summaryOf('TMS 15.2.1 endpoints CE 9.15 SQL 2016 Windows 2019 level medium', 'en');
    s = { ...s, headline: 'Fixed, as you said: the systems work again' };
    expect(cardHeader(s, { kind: 'fixed' }, 'en')).toBe('✅ Fixed, as you said: the systems work again');
  });
});
