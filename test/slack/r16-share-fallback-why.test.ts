/**
 * Share in channel through the response_url after the bot's own post was refused for a reason other
 * than "not in channel" (here restricted_action): the record keeps why, and the next press does not
 * state as fact that the bot is not a member; it says the bot could not post there itself (most often
 * because it is not a member). Only Slack's not_in_channel is told as fact (r16-share-fallback).
 * End to end: the real app behind signed requests, the local fake Web API, SQLite.
 */
import { harnessEachTest, withLocales, type Harness } from './harness';
import { JA, privateAnswer as privateShare, responses, shareRecord } from './card-presses-kit';

jest.setTimeout(60000);

describe('Share in channel through the response_url: why is kept', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));
  const privateAnswer = (user: string, text?: string) => privateShare(h, user, text);
  const record = () => shareRecord(h).meta.files;

  it('refused for another reason: the next press hedges (EN)', async () => {
    const share = await privateAnswer('UALICE');
    h.fake.fail('chat.postMessage', { status: 200, error: 'restricted_action' });
    await share('s1');
    expect(responses(h, 's1').some((r) => r.body.response_type === 'in_channel')).toBe(true);
    const f = record();
    expect(f.via).toBe('response_url');
    expect(f.why).toBe('not_allowed_here');
    await share('s2');
    const text = responses(h, 's2')[0]!.body.text as string;
    expect(text).not.toMatch(/I am not a member of this channel/);
    expect(text).toMatch(/could not post in this channel myself \(most often because I am not a member\)/);
    expect(text).toMatch(/\/invite @tms-doctor/);
  });

  it('the same in Japanese', async () => {
    const share = await privateAnswer('UJA', JA);
    h.fake.fail('chat.postMessage', { status: 200, error: 'restricted_action' });
    await share('s1');
    await share('s2');
    const text = responses(h, 's2')[0]!.body.text as string;
    expect(text).not.toMatch(/メンバーではないため/);
    expect(text).toMatch(/投稿できなかったため（多くの場合/);
  });

  it('not_in_channel is recorded as such', async () => {
    const share = await privateAnswer('UALICE');
    h.fake.fail('chat.postMessage', { status: 200, error: 'not_in_channel' });
    await share('s1');
    expect(record().why).toBe('not_in_channel');
  });
});
