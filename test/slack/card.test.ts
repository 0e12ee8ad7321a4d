/**
 * The card renderer and the size guard over every kind of diagnosis, in both languages.
 */
import { composeDiagnosis } from '../../src/conversation/compose';
import { FALLBACK_MAX, summarize } from '../../src/conversation/summary';
import { extractFacts } from '../../src/domain/extract';
import type { Lang } from '../../src/domain/types';
import { createHash } from 'node:crypto';
import { changeNote, hashOf, shownOf } from '../../src/slack/answer';
import { assumedBeyondFacts, CARD_LIMITS, CARD_MAX_BLOCKS, renderCard, renderCardJson } from '../../src/slack/card';
import { payloadProblems } from '../../src/slack/guard';

const CASES: Record<string, string> = {
  fix: 'TMS 15.2.1 endpoints CE 9.15 SQL 2012 SP1 Windows 2012 R2',
  fix2008: 'TMS 15.2.1 endpoints CE 9.15 SQL 2008 R2 Windows 2008 R2 level medium',
  pre15: 'TMS 14.6.2 endpoints TC7.3.6',
  notThis: 'TMS 15.2.1 endpoints TC7.3.5',
  already: 'TMS 15.2.1 endpoints CE 9.15 SQL 2016 level medium-high',
};

function summaryOf(text: string, lang: Lang) {
  const r = composeDiagnosis(extractFacts(text).facts, lang);
  expect(r.summary).toBeDefined();
  return r.summary!;
}

describe('summary', () => {
  it.each(Object.entries(CASES))('%s: a verdict, one-line cause and next, a fallback sentence of at most 300 characters', (_name, text) => {
    for (const lang of ['en', 'ja'] as const) {
      const s = summaryOf(text, lang);
      expect(s.cause).not.toMatch(/\n/);
      expect(s.next).not.toMatch(/\n/);
      expect(Array.from(s.fallback).length).toBeLessThanOrEqual(FALLBACK_MAX);
      expect(s.fallback.startsWith(s.headline)).toBe(true);
    }
  });

  it('names the verdicts apart', () => {
    const v = Object.fromEntries(Object.entries(CASES).map(([k, t]) => [k, summaryOf(t, 'en').verdict]));
    expect(v).toEqual({ fix: 'fix', fix2008: 'fix', pre15: 'upgrade-tms', notThis: 'not-this', already: 'need-more' });
  });

  it('puts the SQL caveats before Telnet/SNMP, and the pre-15 one for old TMS', () => {
    const s = summaryOf(CASES.fix2008!, 'en');
    const codes = s.caveats.map((c) => c.code);
    expect(codes[0]).toMatch(/sql/);
    expect(codes).toContain('caveat-telnet-snmp-disabled');
    expect(summaryOf(CASES.pre15!, 'en').caveats.map((c) => c.code)).toContain('tms-pre15-upgrade-or-downgrade');
  });

  it('a diagnosis that is not decided has no summary-worthy steps and is still safe', () => {
    const s = summarize({ affected: 'unknown', findings: [], questions: [], facts: {} }, 'en');
    expect(s.verdict).toBe('need-more');
    expect(s.steps).toEqual([]);
  });
});

describe('renderCard and the size guard', () => {
  it.each(Object.entries(CASES))('%s: within the card limits with every option, block_ids included', (_name, text) => {
    for (const lang of ['en', 'ja'] as const) {
      const s = summaryOf(text, lang);
      const key = `C${'X'.repeat(20)}:1700000000.123456`;
      const question = { type: 'question' as const, code: 'need-windows-version', text: 'Which Windows Server?', choices: ['2008 R2', '2012', '2012 R2', '2016', '2019', '2022'].map((v) => ({ id: 'answer', label: v, value: v })) };
      const card = renderCard(s, lang, { key, status: { kind: 'fixed', by: 'UALICE', at: 1_700_000_000_000 }, question, share: true, notes: ['A note', 'x'.repeat(3000)], preface: 'Shared by <@UALICE>' });
      expect(card.blocks.length).toBeLessThanOrEqual(CARD_MAX_BLOCKS);
      expect(payloadProblems(card, CARD_LIMITS)).toEqual([]);
      for (const b of card.blocks) expect((b as { block_id?: string }).block_id).toMatch(/^tmsd\|/);
    }
  });

  it('a summary with many caveats merges them into one block rather than passing 15 blocks', () => {
    const s = summaryOf(CASES.fix2008!, 'en');
    const many = { ...s, caveats: Array.from({ length: 12 }, (_, i) => ({ code: `caveat-${i}`, text: `Caveat number ${i}`, detail: [] })) };
    const card = renderCard(many, 'en', { key: 'C1:1.2' });
    expect(card.blocks.length).toBeLessThanOrEqual(CARD_MAX_BLOCKS);
    const text = JSON.stringify(card.blocks);
    for (let i = 0; i < 12; i++) expect(text).toContain(`Caveat number ${i}`);
  });

  it('the guard reports what Slack would refuse', () => {
    const section = (t: string, id?: string) => ({ type: 'section', text: { type: 'mrkdwn', text: t }, ...(id ? { block_id: id } : {}) });
    expect(payloadProblems({ text: 'x', blocks: Array.from({ length: 16 }, (_, i) => section(`s${i}`)) as never }, CARD_LIMITS)[0]).toMatch(/16 blocks > 15/);
    expect(payloadProblems({ text: 'x', blocks: [section('a', 'b1'), section('b', 'b1')] as never }).join()).toMatch(/duplicate block_id/);
    expect(payloadProblems({ text: 'x'.repeat(301), blocks: [] }, CARD_LIMITS).join()).toMatch(/fallback text 301 > 300/);
    expect(payloadProblems({ text: 'x', blocks: [section('y'.repeat(3001))] as never }).join()).toMatch(/section text/);
    expect(payloadProblems({ text: 'x', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }] as never }).join()).toMatch(/header/);
    expect(payloadProblems({ text: 'x', blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'x' } }, { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'y' } }] }] as never }).join()).toMatch(/duplicate action_id/);
    expect(payloadProblems({ text: 'x', blocks: [section(`s`, 'x'.repeat(256))] as never }).join()).toMatch(/block_id longer/);
  });

  it('the guard counts characters as Slack does: an emoji (a surrogate pair) is one, a lone surrogate is one', () => {
    const header = (t: string) => ({ text: 'x', blocks: [{ type: 'header', text: { type: 'plain_text', text: t } }] as never });
    expect(payloadProblems(header('😀'.repeat(150)))).toEqual([]);
    expect(payloadProblems(header('😀'.repeat(151))).join()).toMatch(/header text > 150/);
    expect(payloadProblems(header(`${'h'.repeat(148)}😀\ud800`))).toEqual([]);
    expect(payloadProblems(header(`${'h'.repeat(149)}\udc00\ud800`)).join()).toMatch(/header text > 150/);
    expect(payloadProblems({ text: '日本語😀'.repeat(75), blocks: [] }, CARD_LIMITS)).toEqual([]);
    expect(payloadProblems({ text: '日本語😀'.repeat(76), blocks: [] }, CARD_LIMITS).join()).toMatch(/fallback text 304 > 300/);
  });

  it("a card's digest is the same from the JSON its render measured as from the card itself", () => {
    const { card, blocksJson } = renderCardJson(summaryOf(Object.values(CASES)[0]!, 'en'), 'en', { key: 'C1:1.1' });
    expect(blocksJson).toBe(JSON.stringify(card.blocks));
    expect(hashOf(card, blocksJson)).toBe(hashOf(card));
    expect(hashOf(card)).toBe(createHash('sha256').update(JSON.stringify([card.text, card.blocks])).digest('base64url').slice(0, 22));
    expect(hashOf({ ...card, text: `${card.text}.` })).not.toBe(hashOf(card));
  });
});

describe('change notes under an edited card (QA round 7, #7)', () => {
  const BASE = 'TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 on another server';
  const note = (before: string, after: string, lang: Lang) => changeNote(shownOf(summaryOf(before, lang), lang), summaryOf(after, lang), [], lang);
  const texts = (m: { blocks: unknown[] }) => (m.blocks as any[]).map((b) => b.text?.text ?? b.elements.map((e: any) => e.text).join(' '));

  it.each([
    ['en', 'Noted: level Medium (confirmed) · only some systems fail. The answer above stays as it is.'],
    ['ja', '情報を更新しました：レベル Medium（確認済み）、一部のシステムのみ失敗。上の回答に変更はありません。'],
  ])('an assumption confirmed and a fact added (%s): one line naming them, no facts line', (lang, line) => {
    const m = note(`${BASE} Windows 2019`, `${BASE} Windows 2019 level medium, only some endpoints fail`, lang as Lang);
    expect(texts(m)).toEqual([line]);
    expect(m.text).toBe(line);
  });

  it.each([
    ['en', 'Noted: Windows Server 2022 (was Windows Server 2019). The answer above stays as it is.'],
    ['ja', '情報を更新しました：Windows Server 2022（訂正前：Windows Server 2019）。上の回答に変更はありません。'],
  ])('a corrected version that changes nothing else (%s): named with what it replaced', (lang, line) => {
    expect(texts(note(`${BASE} Windows 2019 level medium`, `${BASE} Windows 2022 level medium`, lang as Lang))).toEqual([line]);
  });

  it.each([
    ['en', /^\*Updated the answer above:\*\n• Verdict: /, 'Also noted: level Medium-High', /^Updated the answer above: Verdict: [^;]+; Next: /],
    ['ja', /^\*上の回答を更新しました：\*\n• 判定：/, '新しい情報：レベル Medium-High', /^上の回答を更新しました：判定：[^;／]+／次の作業：[^;]+$/],
  ])('a real change (%s): the bullets, then only what is new in the facts (not the whole line again)', (lang, head, ctx, fallback) => {
    const m = note(`${BASE} Windows 2019`, `${BASE} Windows 2019 level medium-high`, lang as Lang);
    const [section, context] = texts(m);
    expect(section).toMatch(head);
    expect(context).toBe(ctx);
    // The notification text, in each language's punctuation.
    expect(m.text).toMatch(fallback);
  });

  it('the card lists an assumption once: not again when the facts line marks it, still when it does not', () => {
    for (const lang of ['en', 'ja'] as const) {
      const levelOnly = summaryOf(`${BASE} Windows 2019`, lang);
      expect(levelOnly.assumed).toHaveLength(1);
      expect(assumedBeyondFacts(levelOnly)).toEqual([]);
      const both = summaryOf(BASE, lang);
      const kept = assumedBeyondFacts(both);
      expect(kept).toHaveLength(both.assumed.length - 1);
      expect(kept.join(' ')).toMatch(/Windows/);
    }
  });
});

describe('Japanese punctuation in the card\'s notification text (QA round 7, smaller)', () => {
  it('the first caveat follows the next action as 「。先に確認：…」, not "; 先に: "', () => {
    const card = renderCard(summaryOf(CASES.fix2008!, 'ja'), 'ja');
    expect(card.text).toMatch(/。先に確認：SQL Server 2008 R2/);
    expect(card.text).not.toMatch(/; |先に: /);
    expect(card.text.endsWith('。')).toBe(true);
    // English keeps its own form.
    expect(renderCard(summaryOf(CASES.fix2008!, 'en'), 'en').text).toMatch(/; first: /);
  });
});
