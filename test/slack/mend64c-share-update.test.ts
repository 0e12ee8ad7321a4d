/**
 * mend64c (rev64 #7, #9): a second Share of a private conversation already shared into the channel.
 * - The verdict or the steps changed since: a full share as before (a new card with its Steps thread), and the first share's thread
 *   is told its card and steps no longer apply; not one line in the old thread under a card whose steps still stand.
 * - Only the probe's line is new: posted in the first share's thread, claimed first (another replica's update under way: not
 *   posted twice), and the window of "already shared" counts from that update.
 * - The first share's thread gone (thread_not_found): a full share.
 */
import { render, Session } from './qa54-kit';

jest.setTimeout(180000);

const TEXT = 'TMS 15.9, Windows 2019, SQL 2019 remote, codecs on CE 9.15, No HTTPS response, level Medium';
const CH = 'C0INCIDENT';

function roots(s: Session) {
  return s.h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === CH && !c.body.thread_ts);
}
function shareRow(s: Session): { key: string; meta: any } {
  const r = s.h.db.prepare("SELECT key, meta FROM surface_meta WHERE key LIKE 'share:%'").get() as { key: string; meta: string };
  return { key: r.key, meta: JSON.parse(r.meta) };
}
/** Add details on the private answer: the same private conversation learns more. */
async function addDetails(s: Session, user: string, value: string) {
  await s.press('add-details', user);
  await s.submit('reply-modal', { details: { details: { type: 'plain_text_input', value } } }, user);
}
function setShareRow(s: Session, key: string, meta: unknown) {
  s.h.db.prepare('UPDATE surface_meta SET meta = ? WHERE key = ?').run(JSON.stringify(meta), key);
}

describe('mend64c: Share again after the answer changed', () => {
  it('other steps under the same headline (SQL 2012 SP1 on the TMS server: upgrade SQL first): a new card with its steps, and the first share\'s thread is told it is superseded', async () => {
    const s = await new Session('mend64c-share-changed').start();
    try {
      await s.slash('/tms-diagnose', TEXT, 'UBOB', 'rd1');
      await s.press('share', 'UBOB');
      expect(roots(s)).toHaveLength(1);
      const firstRoot = s.h.fake.messages.find((m) => m.channel === CH && !m.thread_ts)!.ts;
      const before = shareRow(s).meta;
      await addDetails(s, 'UBOB', 'The TMS database is on SQL Server 2012 SP1 on the TMS server itself');
      const from = s.h.fake.calls.length;
      await s.press('share', 'UBOB');
      const after = s.h.fake.calls.slice(from);
      if (process.env.MEND_DEBUG) console.log(after.map(render).join('\n'));
      // (The headline stays "TLS 1.0 problem: TMS must offer TLS 1.2"; the steps now start with the SQL Server upgrade.)
      expect(shareRow(s).meta.headline).toBe(before.headline);
      expect(shareRow(s).meta.stepsDigest).not.toBe(before.stepsDigest);
      expect(after.some((c) => c.method === 'chat.postMessage' && /Upgrade SQL Server 2012 SP1 to a service pack/.test(render(c)))).toBe(true);
      // A second card, as a new root, with its steps in its thread.
      expect(roots(s)).toHaveLength(2);
      const newRoot = s.h.fake.messages.filter((m) => m.channel === CH && !m.thread_ts)[1]!.ts;
      const posts = after.filter((c) => c.method === 'chat.postMessage');
      expect(posts.some((c) => c.body.thread_ts === newRoot)).toBe(true);
      // The old thread: one note that its card and steps no longer apply.
      const old = posts.filter((c) => c.body.thread_ts === firstRoot);
      expect(old).toHaveLength(1);
      expect(render(old[0]!)).toMatch(/changed after this card was shared, so the card and steps above no longer apply/);
      expect(render(old[0]!)).not.toMatch(/adds from the private conversation/);
    } finally {
      await s.stop();
    }
  });

  it('another headline: a full share as before, not one line in the first thread', async () => {
    const s = await new Session('mend64c-share-headline').start();
    try {
      await s.slash('/tms-diagnose', TEXT, 'UBOB', 'rd1');
      await s.press('share', 'UBOB');
      const firstRoot = s.h.fake.messages.find((m) => m.channel === CH && !m.thread_ts)!.ts;
      const before = shareRow(s).meta.headline;
      await addDetails(s, 'UBOB', 'Correction: the endpoints run TC 7.3.5, not CE 9.15');
      const from = s.h.fake.calls.length;
      await s.press('share', 'UBOB');
      const posts = s.h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
      if (process.env.MEND_DEBUG) console.log(posts.map(render).join('\n'));
      expect(shareRow(s).meta.headline).not.toBe(before);
      expect(roots(s)).toHaveLength(2);
      const old = posts.filter((c) => c.body.thread_ts === firstRoot);
      expect(old).toHaveLength(1);
      expect(render(old[0]!)).toMatch(/no longer apply/);
    } finally {
      await s.stop();
    }
  });

  it('the same in Japanese: the old thread\'s note is in its language', async () => {
    const s = await new Session('mend64c-share-changed-ja').start();
    try {
      await s.slash('/tms-diagnose', 'TMS 15.9、Windows 2019、SQL 2019 は別サーバー、コーデックは CE 9.15、No HTTPS response、レベルは Medium です', 'UJA', 'rj1');
      await s.press('share', 'UJA');
      const firstRoot = s.h.fake.messages.find((m) => m.channel === CH && !m.thread_ts)!.ts;
      await addDetails(s, 'UJA', 'TMS のデータベースは TMS サーバー上の SQL Server 2012 SP1 です');
      const from = s.h.fake.calls.length;
      await s.press('share', 'UJA');
      const posts = s.h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
      expect(roots(s)).toHaveLength(2);
      const old = posts.filter((c) => c.body.thread_ts === firstRoot);
      expect(old).toHaveLength(1);
      expect(render(old[0]!)).toMatch(/元の会話の回答が変わりました。上のカードと手順はもう当てはまりません/);
    } finally {
      await s.stop();
    }
  });

  it('only the probe is new: one line in the first thread; the window counts from it; another replica\'s update under way is not posted twice', async () => {
    const s = await new Session('mend64c-share-probe').start();
    try {
      await s.slash('/tms-diagnose', TEXT, 'UBOB', 'rd1');
      await s.press('share', 'UBOB');
      const firstRoot = s.h.fake.messages.find((m) => m.channel === CH && !m.thread_ts)!.ts;
      await s.slash('/tls-probe', `127.0.0.1:${s.sim!.port}`, 'UBOB', 'rp1');
      // Another replica claimed this update a moment ago: this press does not post it too.
      const { key, meta } = shareRow(s);
      setShareRow(s, key, { ...meta, shareUpdating: { token: 'other-replica', at: Date.now() } });
      let from = s.h.fake.calls.length;
      await s.press('share', 'UBOB');
      expect(s.h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
      expect(s.h.fake.calls.slice(from).some((c) => c.method === 'response_url' && /being shared in the channel right now/.test(String(c.body.text)))).toBe(true);
      // That claim cut short (a crash, past its time): the next press posts the update, once, in the first thread.
      setShareRow(s, key, { ...meta, shareUpdating: { token: 'other-replica', at: Date.now() - 10 * 60_000 } });
      const stale = Date.now() - 9 * 60_000;
      const m2 = shareRow(s).meta;
      setShareRow(s, key, { ...m2, files: { ...m2.files, at: stale } });
      from = s.h.fake.calls.length;
      await s.press('share', 'UBOB');
      const posts = s.h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
      expect(posts).toHaveLength(1);
      expect(posts[0]!.body.thread_ts).toBe(firstRoot);
      expect(render(posts[0]!)).toMatch(/adds from the private conversation/);
      const m3 = shareRow(s).meta;
      expect(m3.shareUpdating).toBeUndefined();
      expect(m3.probe).toBe(true);
      // The window starts again from the update (not from the share 9 minutes ago): "already shared, 10 minutes".
      expect(m3.files.at).toBeGreaterThan(stale + 60_000);
      from = s.h.fake.calls.length;
      await s.press('share', 'UBOB');
      expect(s.h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
      expect(s.h.fake.calls.slice(from).some((c) => c.method === 'response_url' && /again in 10 minutes/.test(String(c.body.text)))).toBe(true);
      expect(roots(s)).toHaveLength(1);
    } finally {
      await s.stop();
    }
  });

  it('the first share was deleted, its thread kept under a tombstone: a full share, nothing posted under the tombstone', async () => {
    const s = await new Session('mend64c-share-tombstone').start();
    try {
      await s.slash('/tms-diagnose', TEXT, 'UBOB', 'rd1');
      await s.press('share', 'UBOB');
      const first = s.h.fake.messages.find((m) => m.channel === CH && !m.thread_ts)!;
      first.subtype = 'tombstone';
      first.text = 'This message was deleted.';
      await s.slash('/tls-probe', `127.0.0.1:${s.sim!.port}`, 'UBOB', 'rp1');
      const from = s.h.fake.calls.length;
      await s.press('share', 'UBOB');
      const posts = s.h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
      expect(posts.filter((c) => c.body.thread_ts === first.ts)).toHaveLength(0);
      expect(roots(s)).toHaveLength(2);
      expect(shareRow(s).meta.shareUpdating).toBeUndefined();
    } finally {
      await s.stop();
    }
  });

  it('the first share\'s thread is gone (thread_not_found): a full share', async () => {
    const s = await new Session('mend64c-share-gone').start();
    try {
      await s.slash('/tms-diagnose', TEXT, 'UBOB', 'rd1');
      await s.press('share', 'UBOB');
      await s.slash('/tls-probe', `127.0.0.1:${s.sim!.port}`, 'UBOB', 'rp1');
      s.h.fake.fail('chat.postMessage', { error: 'thread_not_found', times: 1 });
      const from = s.h.fake.calls.length;
      await s.press('share', 'UBOB');
      const after = s.h.fake.calls.slice(from);
      expect(after.filter((c) => c.method === 'chat.postMessage!failed')).toHaveLength(1);
      expect(roots(s)).toHaveLength(2);
      expect(after.some((c) => c.method === 'response_url' && /posted what is new in that thread/.test(String(c.body.text)))).toBe(false);
      expect(shareRow(s).meta.shareUpdating).toBeUndefined();
    } finally {
      await s.stop();
    }
  });
});
