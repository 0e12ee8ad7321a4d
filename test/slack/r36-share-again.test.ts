/**
 * R36: a private answer shared in the channel is held back from a second share for SHARE_AGAIN_MS
 * only (as Fix files are), so a deleted shared post does not leave Share answering "already shared"
 * forever; the press that is held back is told when Share posts again. End to end: the real app
 * behind signed requests, the local fake Web API, SQLite.
 */
import { harnessEachTest, withLocales, type Harness } from './harness';
import { JA, privateAnswer as privateShare, responses, shareRecord } from './card-presses-kit';
import { SHARE_AGAIN_MS } from '../../src/slack/listeners/actions/share';

jest.setTimeout(60000);


describe('R36: Share in channel again after a while', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));
  const privateAnswer = (user: string, text?: string) => privateShare(h, user, text);
  const shared = () => h.fake.of('chat.postMessage').filter((c) => c.body.channel === 'C0INCIDENT' && !c.body.thread_ts);

  /** Moves the recorded share back in time by `ms` (as if that long had passed). */
  function age(ms: number) {
    const { key, meta: m } = shareRecord(h);
    expect(m.files.state).toBe('sent');
    m.files.at -= ms;
    h.db.prepare('UPDATE surface_meta SET meta = ? WHERE key = ?').run(JSON.stringify(m), key);
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
