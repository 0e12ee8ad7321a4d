/**
 * fix64c (QA64 #6): /tms-diagnose, Share, /tls-probe, Share again posted a second full card as a new root with its own Steps
 * thread; the first share's thread never saw the probe. Now the second Share posts what is new (the probe's line) in the first
 * share's thread, no second card, and tells the presser where. A Share with nothing new still says it is already shared.
 */
import { render, Session } from './qa54-kit';

jest.setTimeout(120000);

const TEXT = 'TMS 15.9, Windows 2019, SQL 2019 remote, codecs on CE 9.15, No HTTPS response, level Medium';

describe('fix64c: Share, probe, Share again', () => {
  it('the second Share adds the probe line to the first share\'s thread, no second card', async () => {
    const s = await new Session('fix64c-share-twice').start();
    try {
      await s.slash('/tms-diagnose', TEXT, 'UBOB', 'rd1');
      await s.press('share', 'UBOB');
      const roots = () => s.h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0INCIDENT' && !c.body.thread_ts);
      expect(roots()).toHaveLength(1);
      const firstRoot = s.h.fake.messages.find((m) => m.channel === 'C0INCIDENT' && !m.thread_ts)!.ts;
      await s.slash('/tls-probe', `127.0.0.1:${s.sim!.port}`, 'UBOB', 'rp1');
      const from = s.h.fake.calls.length;
      await s.press('share', 'UBOB');
      const after = s.h.fake.calls.slice(from);
      // No new root, no second card or Steps thread.
      expect(roots()).toHaveLength(1);
      const posts = after.filter((c) => c.method === 'chat.postMessage');
      expect(posts).toHaveLength(1);
      expect(posts[0]!.body.thread_ts).toBe(firstRoot);
      expect(render(posts[0]!)).toMatch(/adds from the private conversation/);
      expect(render(posts[0]!)).toMatch(/127\.0\.0\.1/);
      // The presser is told where it went.
      const told = after.filter((c) => c.method === 'response_url').map((c) => String(c.body.text ?? ''));
      expect(told.some((t) => /already shared in the channel: I posted what is new in that thread/.test(t))).toBe(true);
      // Pressed a third time, nothing new: no post at all.
      const from3 = s.h.fake.calls.length;
      await s.press('share', 'UBOB');
      expect(s.h.fake.calls.slice(from3).filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
    } finally {
      await s.stop();
    }
  });
});
