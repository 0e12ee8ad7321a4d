/**
 * The details behind Show steps within Slack's limits (50 blocks a message, 100 in a modal, 3,000
 * characters a section) without cutting a step in two: the largest answers the engine gives, in
 * English and Japanese, and a summary far larger than any real one for the overflow paths.
 */
import type { KnownBlock } from '@slack/types';
import { step, freshState } from '../../src/conversation/engine';
import type { Summary } from '../../src/conversation/summary';
import type { Lang } from '../../src/domain/types';
import { MESSAGE_LIMITS, payloadProblems } from '../../src/slack/guard';
import { LIMITS } from '../../src/slack/blockkit';
import { detailParts, MODAL_BLOCKS, stepsMessages, stepsModal } from '../../src/slack/steps-view';

const textOf = (b: KnownBlock): string => {
  const x = b as { text?: { text?: string }; elements?: { text?: string }[] };
  return x.text?.text ?? (x.elements ?? []).map((e) => e.text ?? '').join(' ');
};
const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function summaryOf(lang: Lang, text: string): Summary {
  const out = step(freshState(lang), { kind: 'text', text });
  const s = out.replies.find((r) => r.summary)?.summary;
  if (!s) throw new Error(`no diagnosis for ${text}`);
  return s;
}

/** The step numbers whose title (subheading) opens in these blocks, in order. */
function stepTitles(blocks: KnownBlock[], s: Summary): number[] {
  const out: number[] = [];
  for (const b of blocks) {
    const t = unesc(textOf(b));
    s.steps.forEach((st, i) => {
      if (t === `*${i + 1}. ${st.title}*`) out.push(i + 1);
    });
  }
  return out;
}

function checkMessage(m: { text: string; blocks: KnownBlock[] }, maxBlocks: number): void {
  expect(m.blocks.length).toBeGreaterThan(0);
  expect(m.blocks.length).toBeLessThanOrEqual(maxBlocks);
  expect(payloadProblems({ text: m.text, blocks: m.blocks as never }, { ...MESSAGE_LIMITS, maxBlocks })).toEqual([]);
  for (const b of m.blocks) expect(textOf(b).length).toBeLessThanOrEqual(LIMITS.sectionText);
  const ids = m.blocks.map((b) => (b as { block_id?: string }).block_id).filter(Boolean);
  expect(new Set(ids).size).toBe(ids.length);
}

// The largest details the engine produces (every caveat that can stack, every step): TMS 15 on
// Windows 2008 R2 with SQL 2008 R2 on the server, from Low (the Telnet/SNMP caveat names it), and
// at High; the caveat-only answer of a TMS before 15.
const LARGEST: [Lang, string][] = [
  ['en', 'TMS 15.2.1 No HTTPS response, endpoints CE 9.15.3, SQL 2008 R2 on the TMS server, Windows 2008 R2, level Low, redundant TMS'],
  ['en', 'TMS 15.2.1 No HTTPS response, endpoints CE 9.15.3, SQL 2008 R2 on the TMS server, Windows 2008 R2, Communication Security High'],
  ['en', 'TMS 14.6.2 No HTTPS response, endpoints CE 9.15.3, SQL 2008 R2 on the TMS server, Windows 2008 R2, Communication Security High'],
  ['ja', 'TMS 15.2.1 で No HTTPS response、エンドポイントは CE 9.15.3、TMS サーバ上の SQL 2008 R2、Windows 2008 R2、レベルは Low、冗長構成'],
  ['ja', 'TMS 14.6.2 で No HTTPS response、エンドポイントは CE 9.15.3、SQL 2008 R2、Windows 2008 R2、Communication Security は High'],
];

describe('Show steps within Slack limits', () => {
  it.each(LARGEST)('the largest real answers (%s: %s) fit whole: every caveat and step, in order, once', (lang, text) => {
    const s = summaryOf(lang, text);
    expect(s.caveats.length + s.steps.length).toBeGreaterThan(0);
    for (const maxBlocks of [LIMITS.blocksPerMessage, MODAL_BLOCKS]) {
      const messages = maxBlocks === MODAL_BLOCKS ? [{ text: 'modal', blocks: stepsModal(s, lang).blocks }] : stepsMessages(s, lang, { key: 'C1:1.1' });
      for (const m of messages) checkMessage(m, maxBlocks);
      const all = messages.flatMap((m) => m.blocks);
      const joined = unesc(all.map(textOf).join('\n'));
      for (const c of s.caveats) expect(joined).toContain(c.text);
      expect(stepTitles(all, s)).toEqual(s.steps.map((_, i) => i + 1));
      // Every piece of every step is there: its items and its literal (registry text, commands).
      for (const st of s.steps) for (const item of st.items) expect(joined.replace(/\s+/g, ' ')).toContain(item.replace(/\s+/g, ' ').slice(0, 60));
    }
    // The real answers fit one modal: nothing is sent on the side.
    expect(stepsModal(s, lang).rest).toEqual([]);
  });

  it('a divider separates the caveats and each step; the Steps heading stays with step 1', () => {
    const s = summaryOf('en', LARGEST[0]![1]);
    const parts = detailParts(s, 'en');
    expect(parts).toHaveLength(1 + s.steps.length);
    expect(parts[1]!.blocks[0]).toEqual({ type: 'heading', text: 'Steps' });
    expect(parts.slice(1).map((p) => p.steps)).toEqual(s.steps.map((_, i) => [i + 1]));
    const [m] = stepsMessages(s, 'en');
    expect(m!.blocks.filter((b) => b.type === 'divider')).toHaveLength(s.steps.length);
  });

  // Far larger than any real answer: 40 steps, each several paragraphs, a list and a literal, one
  // paragraph over the section limit, and two long caveats.
  const huge = (lang: Lang): Summary => ({
    verdict: 'fix',
    headline: 'h',
    cause: 'c',
    next: 'n',
    facts: 'f',
    assumed: [],
    fallback: 'f',
    sources: [],
    caveats: [0, 1].map((i) => ({ code: `c${i}`, text: `Caveat ${i}`, detail: ['x '.repeat(1200), 'y '.repeat(200)] })),
    steps: Array.from({ length: 40 }, (_, i) => ({
      code: `s${i}`,
      title: `${lang === 'ja' ? '手順のタイトル' : 'Step title'} ${i + 1}`,
      body: i === 7 ? ['long '.repeat(1500)] : ['One paragraph.', 'Another paragraph.'],
      items: ['first thing', 'second thing'],
      literal: `reg add HKLM\\X /v Y${i} /t REG_DWORD /d 1`,
    })),
  });

  it.each(['en', 'ja'] as Lang[])('an answer larger than a message (%s) is split between steps, never inside one', (lang) => {
    const s = huge(lang);
    const messages = stepsMessages(s, lang, { key: 'C1:1.1' });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) checkMessage(m, LIMITS.blocksPerMessage);
    const perMessage = messages.map((m) => stepTitles(m.blocks, s));
    expect(perMessage.flat()).toEqual(s.steps.map((_, i) => i + 1));
    // Each step's literal (its last block) is in the message that opens the step.
    messages.forEach((m, k) => {
      for (const n of perMessage[k]!) expect(unesc(m.blocks.map(textOf).join('\n'))).toContain(`Y${n - 1} /t REG_DWORD`);
    });
    // The 7,500-character paragraph of step 8 is in sections of at most 3,000, all in one message.
    const step8 = messages.find((m) => stepTitles(m.blocks, s).includes(8))!;
    expect(step8.blocks.map(textOf).join('').split('long').length - 1).toBe(1500);
  });

  it.each(['en', 'ja'] as Lang[])('a modal that cannot hold every step (%s) shows whole steps and says which went to the conversation', (lang) => {
    const s = huge(lang);
    const { blocks, rest } = stepsModal(s, lang);
    checkMessage({ text: 'modal', blocks }, MODAL_BLOCKS);
    const inModal = stepTitles(blocks, s);
    expect(inModal[0]).toBe(1);
    const sent = rest.flatMap((m) => stepTitles(m.blocks, s));
    expect([...inModal, ...sent]).toEqual(s.steps.map((_, i) => i + 1));
    for (const m of rest) checkMessage(m, LIMITS.blocksPerMessage);
    const note = textOf(blocks[blocks.length - 1]!);
    const first = inModal[inModal.length - 1]! + 1;
    expect(note).toContain(lang === 'ja' ? `手順 ${first}〜40` : `Steps ${first}–40`);
    expect(blocks[blocks.length - 1]!.type).toBe('context');
  });

  /** The step numbers a message's checklist offers (its last block). */
  const offered = (m: { blocks: KnownBlock[] }): number[] => {
    const last = m.blocks[m.blocks.length - 1] as any;
    expect(last.type).toBe('actions');
    const ids = last.elements.map((e: any) => e.action_id);
    expect(new Set(ids).size).toBe(ids.length);
    return last.elements.flatMap((e: any) => {
      expect(e.type).toBe('checkboxes');
      expect(e.options.length).toBeLessThanOrEqual(10);
      for (const o of e.options) expect(o.text.text.length).toBeLessThanOrEqual(75);
      return e.options.map((o: any) => Number(o.value));
    });
  };

  it.each([['en', LARGEST[0]![1]], ['ja', LARGEST[3]![1]], ['en', 'huge'], ['ja', 'huge']] as [Lang, string][])(
    'with the checklist (%s, %s): each message ends with one box per step it holds, within the limits',
    (lang, text) => {
      const s = text === 'huge' ? huge(lang) : summaryOf(lang, text);
      const messages = stepsMessages(s, lang, { key: 'C1:1.1', checklist: true });
      for (const m of messages) checkMessage(m, LIMITS.blocksPerMessage);
      for (const m of messages) expect(offered(m)).toEqual(stepTitles(m.blocks, s));
      expect(messages.flatMap(offered)).toEqual(s.steps.map((_, i) => i + 1));
      const first = (messages[0]!.blocks.at(-1) as any).elements[0].options[0].text.text as string;
      const full = `1. ${s.steps[0]!.title}`;
      if (full.length <= 75) expect(unesc(first)).toBe(full);
      else expect(full.startsWith(unesc(first).replace(/…$/, ''))).toBe(true);
    },
  );
});
