/**
 * R33 (1): after "Start over", buttons outside the answer card's own row no longer act on the new
 * conversation either: the answers of a question inside the card (or posted with it) and the Fix files
 * button of a follow-up reply carry the start-over count, and a press from before it gets one private line.
 * End to end: the real app behind signed requests, the local fake Web API, SQLite.
 */
import { harnessEachTest, withLocales, type Harness } from './harness';
import { responses } from './card-presses-kit';
import { eventCallback, message, post } from './signed';
import { findButton, settle, threadInC4 } from './press-kit';

jest.setTimeout(60000);



describe('R33: buttons outside the card row, from before "Start over"', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  async function thread(user: string, text: string) {
    const { rootTs, press, startOver } = await threadInC4(h, user, text);
    const say = async (t: string) => {
      await post(h.port, eventCallback(message('C4', 'channel', user, t, { thread_ts: rootTs })));
      await settle(h, 300);
    };
    return { rootTs, press, say, startOver };
  }

  it('an answer button of the question on the card: one private line, nothing fed to the new conversation', async () => {
    const t = await thread('UJA', 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2016');
    const withAnswer = h.fake.of('chat.postMessage').find((c) => findButton(c, 'answer'));
    // The question is on the answer card itself.
    expect(withAnswer && findButton(withAnswer, 'mark-fixed')).toBeDefined();
    await t.startOver();
    const posted = h.fake.of('chat.postMessage').length;
    const before = JSON.stringify((await h.store.conversations.get(`C4:${t.rootTs}`))!.state);
    await t.press(withAnswer!, 'answer', 'a1');
    const told = responses(h, 'a1');
    expect(told).toHaveLength(1);
    expect(told[0]!.body.replace_original).not.toBe(true);
    expect(told[0]!.body.text).toMatch(/最初から.*ボタンはもう使えません/);
    expect(h.fake.of('chat.postMessage')).toHaveLength(posted);
    expect(JSON.stringify((await h.store.conversations.get(`C4:${t.rootTs}`))!.state)).toBe(before);
  });

  it('the same answer button before any start over still answers the question', async () => {
    const t = await thread('UALICE', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016');
    const withAnswer = h.fake.of('chat.postMessage').find((c) => findButton(c, 'answer'))!;
    const before = (await h.store.conversations.get(`C4:${t.rootTs}`))!.state.facts;
    await t.press(withAnswer, 'answer', 'a1');
    expect(responses(h, 'a1').map((r) => r.body.text).join('\n')).not.toMatch(/started over/);
    const after = (await h.store.conversations.get(`C4:${t.rootTs}`))!.state.facts;
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
  });

  it('Fix files in a follow-up reply: one private line after a start over, no upload', async () => {
    const t = await thread('UALICE', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium');
    await t.say('can you give me the fix files?');
    const followUp = h.fake.of('chat.postMessage').find((c) => findButton(c, 'fix-files') && !findButton(c, 'mark-fixed'));
    expect(followUp).toBeDefined();
    await t.startOver();
    await t.say('TMS 15.9, endpoints CE 9.15.3, SQL Server 2016, Windows 2016, level Medium');
    await t.press(followUp!, 'fix-files', 'f1');
    const told = responses(h, 'f1');
    expect(told).toHaveLength(1);
    expect(told[0]!.body.text).toMatch(/started over.*buttons no longer work/);
    expect(h.fake.completedUploads()).toHaveLength(0);
  });
});
