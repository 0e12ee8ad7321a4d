/**
 * R40: a private answer shared while the bot cannot post in the channel goes up through the press's
 * response_url (visible, but no thread the bot follows, no link). The record says so (no link, the
 * way it went), and a second Share press is told that honestly: not "continue in its thread", but
 * that the bot is not in the channel and how to get a thread it reads. End to end: the real app
 * behind signed requests, the local fake Web API, SQLite.
 */
import { startHarness, type Harness } from './harness';
import { JA, responses } from './card-presses-kit';
import { blockActions, FORM, post, slashCommand } from './signed';
import { button, settle } from './press-kit';

jest.setTimeout(60000);

describe('R40: Share in channel through the response_url', () => {
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
