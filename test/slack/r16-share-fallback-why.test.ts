/**
 * Share in channel through the response_url after the bot's own post was refused for a reason other
 * than "not in channel" (here restricted_action): the record keeps why, and the next press does not
 * state as fact that the bot is not a member; it says the bot could not post there itself (most often
 * because it is not a member). Only Slack's not_in_channel is told as fact (r16-share-fallback).
 * End to end: the real app behind signed requests, the local fake Web API, SQLite.
 */
import { startHarness, type Harness } from './harness';
import { JA, responses } from './card-presses-kit';
import { blockActions, FORM, post, slashCommand } from './signed';
import { button, settle } from './press-kit';

jest.setTimeout(60000);

describe('Share in channel through the response_url: why is kept', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    h.fake.locales.set('UJA', 'ja-JP');
  });
  afterEach(async () => h.close());

  async function privateAnswer(user: string, text = 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium') {
    await post(h.port, slashCommand('/tms-diagnose', text, h.fake.responseUrl('d1'), { user_id: user }), { contentType: FORM });
    await settle(h, 300);
    const card = responses(h, 'd1').find((r) => JSON.stringify(r.body.blocks ?? '').includes('"share'))!;
    expect(card).toBeDefined();
    return async (rid: string) => {
      await post(h.port, blockActions({ ...button(card, 'share'), user, channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
      await settle(h, 300);
    };
  }
  const record = () => {
    const rows = h.db.prepare("SELECT meta FROM surface_meta WHERE key LIKE 'share:%'").all() as { meta: string }[];
    expect(rows).toHaveLength(1);
    return JSON.parse(rows[0]!.meta).files;
  };

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
