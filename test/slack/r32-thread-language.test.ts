/**
 * One language per shared channel thread (QA round 25, H2): a colleague answering in the other
 * language is read but does not redraw the card in it, and the note under the card never mixes
 * languages nor reports a finding as gone and new because its words changed language. A clear
 * request ("日本語でお願いします") does switch, and the switch alone reports no change.
 */
import { posts, settleTwice as settle } from './calls';
import type { Call } from './fake-slack';
import { composeDiagnosis } from '../../src/conversation/compose';
import { extractFacts } from '../../src/domain/extract';
import type { Lang } from '../../src/domain/types';
import { changeNote, shownOf } from '../../src/slack/answer';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

jest.setTimeout(60000);

const JA = /[\u3040-\u30ff\u3400-\u9fff]/;
const updates = (h: Harness): Call[] => h.fake.of('chat.update');
const blocksOf = (c: Call): any[] => (typeof c.body.blocks === 'string' ? JSON.parse(c.body.blocks) : c.body.blocks) ?? [];
/** Every text a message shows (sections, contexts, header). */
const shown = (c: Call): string =>
  blocksOf(c)
    .map((b) => b.text?.text ?? (b.elements ?? []).map((e: any) => e.text?.text ?? e.text ?? '').join(' '))
    .join('\n');
/** The lines of a note's bulleted list. */
const bullets = (c: Call): string[] =>
  shown(c)
    .split('\n')
    .filter((l) => l.startsWith('• '));

describe('one language per shared thread (QA25 H2)', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  async function open(user: string, text: string): Promise<string> {
    const root = mention('C1', user, `<@UBOT> ${text}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    return root.ts as string;
  }
  /** A line in the thread; resolves to the note posted under the card for it. */
  async function say(user: string, text: string, root: string): Promise<Call> {
    const before = posts(h).length;
    await post(h.port, eventCallback(message('C1', 'channel', user, text, { thread_ts: root })));
    await h.fake.waitFor(() => posts(h).length > before);
    await settle(h);
    return posts(h).at(-1)!;
  }

  it('JA thread: an English correction by a colleague keeps the card and its note in Japanese, and the next Japanese line reports no step or caveat as changed', async () => {
    const root = await open('UJA', '障害です。TMS 15.9 で CE 9.15.3 に上げた端末が全部 No HTTPS response になりました。Windows Server 2012 R2、SQL Server 2012 SP1 が TMS サーバ上にあります。');
    expect(shown(posts(h)[0]!)).toMatch(JA);

    const note = await say('UBOB', 'Jumping in. I checked: it is SQL 2012 SP4 actually (11.0.7001), not SP1.', root);
    // The facts were read (the SP1 caveat is gone) ...
    expect(shown(note)).toMatch(/該当しなくなりました：SQL Server 2012 SP1/);
    // ... and said in the thread's language only, the card redrawn in it.
    expect(shown(note)).not.toMatch(/No longer applies|New caveat|Step \d|Updated the answer/);
    const card = updates(h).at(-1)!;
    expect(blocksOf(card)[0].text.text).toMatch(JA);
    expect(shown(card)).not.toMatch(/Back up the registry|Medium-High turns Telnet/);
    // The Telnet caveat did not change: not listed at all (neither as new nor as gone).
    expect(bullets(note).filter((l) => /Telnet/.test(l))).toEqual([]);

    const next = await say('UJA', 'ありがとうございます。SP4でした。レベルはMediumです', root);
    expect(shown(next)).not.toMatch(/[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}/); // no English sentence
    expect(bullets(next).filter((l) => /手順 \d|Telnet|注意点/.test(l))).toEqual([]);
    expect(blocksOf(updates(h).at(-1)!)[0].text.text).toMatch(JA);
  });

  it('EN thread: a Japanese line by a colleague is read, but the card and the note stay in English', async () => {
    const root = await open('UBOB', 'No HTTPS response after upgrading endpoints to CE 9.15.3. TMS 15.9 on Windows Server 2012 R2, SQL Server 2012 SP1 on the TMS server.');
    expect(shown(posts(h)[0]!)).not.toMatch(JA);

    const note = await say('UJA', '確認しました。SQL は 2012 SP4 (11.0.7001) でした。SP1 ではありません。', root);
    expect(shown(note)).toMatch(/No longer applies: SQL Server 2012 SP1/);
    expect(shown(note)).not.toMatch(JA);
    const card = updates(h).at(-1)!;
    expect(shown(card)).not.toMatch(JA);
    expect(bullets(note).filter((l) => /Telnet|Step \d/.test(l))).toEqual([]);
  });

  it('a clear request switches the thread: the card follows, and the switch alone reports nothing as changed', async () => {
    const root = await open('UBOB', 'No HTTPS response after upgrading endpoints to CE 9.15.3. TMS 15.9 on Windows Server 2012 R2, SQL Server 2012 SP1 on the TMS server.');
    const asked = await say('UJA', '日本語でお願いします', root);
    expect(shown(asked)).toMatch(JA);

    const note = await say('UJA', 'レベルは Medium です', root);
    expect(blocksOf(updates(h).at(-1)!)[0].text.text).toMatch(JA);
    expect(shown(note)).not.toMatch(/No longer applies|New caveat|Step \d|Medium-High turns Telnet|Back up the registry/);
    // Nothing but the language changed: no caveat or step listed as new, gone or changed.
    expect(bullets(note)).toEqual([]);
  });
});

describe('the change note compares findings by identity, not by words across languages', () => {
  const summaryOf = (text: string, lang: Lang) => composeDiagnosis(extractFacts(text).facts, lang).summary!;
  const noteText = (m: { blocks: unknown[] }) => (m.blocks as any[]).map((b) => b.text?.text ?? b.elements.map((e: any) => e.text).join(' ')).join('\n');
  const SP1 = 'TMS 15.9 endpoints CE 9.15.3 Windows Server 2012 R2 SQL Server 2012 SP1 on the TMS server';
  const SP4 = 'TMS 15.9 endpoints CE 9.15.3 Windows Server 2012 R2 SQL Server 2012 SP4 on the TMS server';

  it.each([
    ['en', 'ja'],
    ['ja', 'en'],
  ] as const)('the same answer shown in %s, now in %s: nothing listed, nothing of the other language', (from, to) => {
    const before = shownOf(summaryOf(SP1, from), from);
    const text = noteText(changeNote(before, summaryOf(SP1, to), [], to));
    expect(text.split('\n').filter((l) => l.startsWith('• '))).toEqual([]);
    expect(JA.test(text)).toBe(to === 'ja');
    // An entry stored before the language and the codes were kept: nothing listed either.
    const { lang: _l, caveatCodes: _c, stepCodes: _s, ...legacy } = before;
    const old = noteText(changeNote(legacy, summaryOf(SP1, to), [], to));
    expect(old.split('\n').filter((l) => l.startsWith('• '))).toEqual([]);
    expect(JA.test(old)).toBe(to === 'ja');
  });

  it.each([
    ['en', 'ja'],
    ['ja', 'en'],
  ] as const)('a real change across languages (%s to %s): what is gone is counted in the new language, not quoted', (from, to) => {
    const text = noteText(changeNote(shownOf(summaryOf(SP1, from), from), summaryOf(SP4, to), [], to));
    expect(text.split('\n').filter((l) => l.startsWith('• ')).length).toBeGreaterThan(0);
    expect(JA.test(text)).toBe(to === 'ja');
    if (to === 'en') expect(text).toMatch(/earlier caveats? no longer appl/);
    else expect(text).toMatch(/以前の注意点のうち \d+ 件は該当しなくなりました/);
    expect(text).not.toMatch(/Telnet/);
  });
});
