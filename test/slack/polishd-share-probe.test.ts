/**
 * QA54 #11: a private answer with a probe line, shared in the channel: the shared card kept "probe …" in Understood so far
 * but dropped the result line and Probe details; and for TMS 14.6.2 (no steps) the thread got "Read before any step" with
 * no step after it. The shared card now carries the line and the button (which works in the shared thread), and a post
 * of caveats alone is titled as caveats; an answer with steps keeps "Read before any step".
 */
import { blocksOf, findBtn, Session } from './qa54-kit';

jest.setTimeout(90000);

const text = (c: { body: Record<string, unknown> }) => `${String(c.body.text ?? '')}\n${JSON.stringify(blocksOf(c as never))}`;

describe('QA54 #11: Share in channel of a private answer with a probe', () => {
  it.each([
    ['en', 'UALICE', 'TMS 14.6.2 endpoints TC7.3.6 SQL 2014 SP2 Windows 2012 R2', /Probe of 127\.0\.0\.1:\d+: TLS 1\.0 refused/, 'Probe details', /Caveat on this answer/],
    ['ja', 'UJA', 'TMS 14.6.2 です。エンドポイントは TC7.3.6、SQL 2014 SP2、Windows 2012 R2 です', /127\.0\.0\.1:\d+ のプローブ[^"]*TLS 1\.0 は拒否/, 'プローブの詳細', /この回答の注意点/],
  ] as const)('%s: the shared card carries the probe line and Probe details; the caveat post is titled as caveats', async (_lang, user, opening, line, details, caveatTitle) => {
    const s = await new Session(`polishd-share-probe-${user}`).start();
    try {
      await s.slash('/tms-diagnose', opening, user, 'd1');
      await s.slash('/tls-probe', `127.0.0.1:${s.sim!.port}`, user, 'p1');
      const before = s.posts().length;
      await s.press('share', user, { ch: 'C0INCIDENT' });
      const shared = s.posts().slice(before).filter((c) => c.body.channel === 'C0INCIDENT');
      const card = shared.find((c) => c.body.thread_ts === undefined)!;
      expect(card).toBeDefined();
      expect(text(card)).toMatch(line);
      const btn = findBtn(card, 'probe-details');
      expect(btn?.label).toBe(details);
      const thread = shared.filter((c) => c.body.thread_ts !== undefined).map(text).join('\n');
      expect(thread).toMatch(caveatTitle);
      expect(thread).not.toMatch(/Read before any step|作業の前に確認すること/);
      // The button on the shared card shows the table to whoever presses it.
      const calls = s.h.fake.calls.length;
      await s.press('probe-details', 'UBOB', { on: card, ch: 'C0INCIDENT' });
      const after = s.h.fake.calls.slice(calls).filter((c) => /response_url|postEphemeral/.test(c.method)).map((c) => text(c)).join('\n');
      expect(after).toMatch(/TLS 1\.0/);
      expect(after).not.toMatch(/no probe result|プローブの結果が残っていません/);
    } finally {
      await s.stop();
    }
  });

  it('an answer with steps: the caveats still come under "Read before any step"; no probe, no probe line nor button', async () => {
    const s = await new Session('polishd-share-steps').start();
    try {
      await s.slash('/tms-diagnose', 'TMS 15.2.1, endpoints CE 9.15.3, SQL 2016 on another server, Windows Server 2016, level Medium', 'UALICE', 'd1');
      const before = s.posts().length;
      await s.press('share', 'UALICE', { ch: 'C0INCIDENT' });
      const shared = s.posts().slice(before).filter((c) => c.body.channel === 'C0INCIDENT');
      const card = shared.find((c) => c.body.thread_ts === undefined)!;
      expect(text(card)).not.toMatch(/Probe of /);
      expect(findBtn(card, 'probe-details')).toBeUndefined();
      expect(shared.filter((c) => c.body.thread_ts !== undefined).map(text).join('\n')).toMatch(/Read before any step/);
    } finally {
      await s.stop();
    }
  });
});
