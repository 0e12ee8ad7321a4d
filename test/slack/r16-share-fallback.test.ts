/**
 * R40: a private answer shared while the bot cannot post in the channel goes up through the press's
 * response_url (visible, but no thread the bot follows, no link). The record says so (no link, the
 * way it went), and a second Share press is told that honestly: not "continue in its thread", but
 * that the bot is not in the channel and how to get a thread it reads. End to end: the real app
 * behind signed requests, the local fake Web API, SQLite.
 */
import { harnessEachTest, withLocales, type Harness } from './harness';
import { JA, privateAnswer as privateShare, responses, shareRecord } from './card-presses-kit';

jest.setTimeout(60000);

describe('R40: Share in channel through the response_url', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));
  const privateAnswer = (user: string, text?: string) => privateShare(h, user, text);
  const record = () => shareRecord(h).meta.files;

  it('the share that went through the response_url is recorded as such, with no link (EN)', async () => {
    const share = await privateAnswer('UALICE');
    h.fake.fail('chat.postMessage', { status: 200, error: 'not_in_channel' });
    await share('s1');
    const visible = responses(h, 's1').filter((r) => r.body.response_type === 'in_channel');
    expect(visible.length).toBeGreaterThan(0);
    const f = record();
    expect(f.state).toBe('sent');
    expect(f.link).toBeUndefined();
    expect(f.via).toBe('response_url');
    await share('s2');
    const told = responses(h, 's2');
    expect(told).toHaveLength(1);
    expect(told[0]!.body.response_type).not.toBe('in_channel');
    const text = told[0]!.body.text as string;
    expect(text).not.toMatch(/Continue in its thread|open it/);
    expect(text).toMatch(/not a member of this channel/);
    expect(text).toMatch(/\/invite @tms-doctor/);
  });

  it('the same in Japanese', async () => {
    const share = await privateAnswer('UJA', JA);
    h.fake.fail('chat.postMessage', { status: 200, error: 'not_in_channel' });
    await share('s1');
    await share('s2');
    const text = responses(h, 's2')[0]!.body.text as string;
    expect(text).not.toMatch(/続きはそのスレッド/);
    expect(text).toMatch(/メンバーではない/);
    expect(text).toMatch(/\/invite @tms-doctor/);
  });

  it('a share posted by the bot keeps its link and no response_url mark', async () => {
    const share = await privateAnswer('UALICE');
    await share('s1');
    const f = record();
    expect(f.link).toMatch(/^https:\/\//);
    expect(f.via).toBeUndefined();
  });
});
