/**
 * QA33 F9: user text quoted back ("I could not find a version or a request in "…"", 「…」からは…) keeps
 * its backticks as full-width look-alikes, so ``` and single ` typed by a user no longer render as code
 * inside the quote; the words stay as typed and readable. The bot's own code spans are untouched.
 * End to end: the real app behind signed requests (a DM), the local fake Web API.
 */
import type { Call } from './fake-slack';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { eventCallback, message, post } from './signed';

jest.setTimeout(60000);

const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
const sections = (c: Call): string[] => ((c.body.blocks ?? []) as { type: string; text?: { text: string } }[]).filter((b) => b.type === 'section').map((b) => b.text!.text);
const settle = async (h: Harness) => {
  await new Promise((r) => setTimeout(r, 200));
  await h.bot.idle();
};

describe.each([
  { lang: 'en', user: 'UBOB', facts: 'TMS 15.2.1, CE 9.15.3, Windows 2019, SQL 2016 on another server, level Medium', said: '*please* read ```rm -rf``` now or `code` it', quoted: /could not find a version or a request in "/, words: ['rm -rf', 'code', 'please'] },
  { lang: 'ja', user: 'UJA', facts: 'TMS 15.2.1、CE 9.15.3、Windows 2019、SQL 2016 は別サーバ、レベルは Medium です', said: '*至急* ```rm -rf``` を `実行` しないで', quoted: /からはバージョンもご依頼も読み取れませんでした/, words: ['rm -rf', '実行', '至急'] },
])('backticks in quoted user text, $lang (QA33 F9)', ({ user, facts, said, quoted, words }) => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  it('are not rendered as code; the quote keeps the words', async () => {
    await post(h.port, eventCallback(message('D7', 'im', user, facts)));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const n = posts(h).length;
    await post(h.port, eventCallback(message('D7', 'im', user, said)));
    await h.fake.waitFor(() => posts(h).length > n);
    await settle(h);
    const quote = posts(h).slice(n).flatMap(sections).find((t) => quoted.test(t));
    expect(quote).toBeDefined();
    expect(quote).not.toContain('`');
    expect(quote).toContain('\uff40\uff40\uff40rm -rf\uff40\uff40\uff40');
    for (const w of words) expect(quote).toContain(w);
  });
});
