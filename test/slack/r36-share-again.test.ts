/**
 * R36: a private answer shared in the channel is held back from a second share for SHARE_AGAIN_MS
 * only (as Fix files are), so a deleted shared post does not leave Share answering "already shared"
 * forever; the press that is held back is told when Share posts again. End to end: the real app
 * behind signed requests, the local fake Web API, SQLite.
 */
import { startHarness, type Harness } from './harness';
import { JA, responses } from './card-presses-kit';
import { blockActions, FORM, post, slashCommand } from './signed';
import { SHARE_AGAIN_MS } from '../../src/slack/listeners/actions/share';
import { button, settle } from './press-kit';

jest.setTimeout(60000);


describe('R36: Share in channel again after a while', () => {
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
  const shared = () => h.fake.of('chat.postMessage').filter((c) => c.body.channel === 'C0INCIDENT' && !c.body.thread_ts);

  /** Moves the recorded share back in time by `ms` (as if that long had passed). */
  function age(ms: number) {
    const rows = h.db.prepare("SELECT key, meta FROM surface_meta WHERE key LIKE 'share:%'").all() as { key: string; meta: string }[];
    expect(rows).toHaveLength(1);
    const m = JSON.parse(rows[0]!.meta);
    expect(m.files.state).toBe('sent');
    m.files.at -= ms;
    h.db.prepare('UPDATE surface_meta SET meta = ? WHERE key = ?').run(JSON.stringify(m), rows[0]!.key);
  }

  it('after SHARE_AGAIN_MS the same answer is shared again (its earlier post may be gone)', async () => {
    const share = await privateAnswer('UALICE');
    await share('s1');
    expect(shared()).toHaveLength(1);
    age(SHARE_AGAIN_MS - 60_000);
    await share('s2');
    expect(shared()).toHaveLength(1);
    age(2 * 60_000);
    await share('s3');
    expect(shared()).toHaveLength(2);
    expect(responses(h, 's3').map((r) => r.body.text ?? '').join('\n')).not.toMatch(/already shared/);
  });

  it('the press held back is told when Share posts again (EN)', async () => {
    const share = await privateAnswer('UALICE');
    await share('s1');
    await share('s2');
    const told = responses(h, 's2');
    expect(told).toHaveLength(1);
    expect(told[0]!.body.text).toMatch(/already shared in the channel: <https:\/\/[^|>]+\|open it>/);
    expect(told[0]!.body.text).toMatch(new RegExp(`press Share in channel again in ${SHARE_AGAIN_MS / 60_000} minutes`));
    age(SHARE_AGAIN_MS - 60_000);
    await share('s3');
    expect(responses(h, 's3')[0]!.body.text).toMatch(/again in 1 minute\b(?!s)/);
  });

  it('the press held back is told when Share posts again (JA)', async () => {
    const share = await privateAnswer('UJA', JA);
    await share('s1');
    await share('s2');
    const told = responses(h, 's2');
    expect(told).toHaveLength(1);
    expect(told[0]!.body.text).toMatch(/共有済み/);
    expect(told[0]!.body.text).toMatch(new RegExp(`${SHARE_AGAIN_MS / 60_000} 分後にもう一度 \\[チャンネルに共有\\]`));
  });
});
