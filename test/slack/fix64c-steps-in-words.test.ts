/**
 * fix64c (QA64 #7): "show me the steps" / 「手順を見せてください」 / 「具体的な手順は？」 typed after the answer card got "Nothing in the
 * answer above changes." (the engine's answer in full again, drawn as an unchanged card). The steps now come, as the Show
 * steps button posts them: numbered steps, no "nothing changes" note. EN and JA, in a DM and in a channel thread.
 */
import { render, Session } from './qa54-kit';
import { eventCallback, mention, post } from './signed';

jest.setTimeout(90000);

const EN = 'TMS 15.9, Windows 2019, SQL 2019 remote, SX80 CE 9.15 No HTTPS response, level Medium';
const JA = 'TMS 15.9、Windows 2019、SQL 2019 は別サーバ、SX80 CE 9.15 で No HTTPS response、レベルは Medium です';

function postsFrom(s: Session, from: number): string[] {
  return s.h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage').map((c) => render(c));
}

describe('fix64c: the steps asked for in words', () => {
  it.each([
    ['en', 'UBOB', EN, 'show me the steps', /Medium-High/, /Nothing in the answer above changes/],
    ['ja', 'UJA', JA, '手順を見せてください', /Medium-High/, /上の回答に変更はありません/],
    ['ja', 'UJA', JA, '具体的な手順は？', /Medium-High/, /上の回答に変更はありません|お答えできません/],
  ] as const)('%s DM: %s after the card posts the steps', async (_lang, user, first, ask, step, nothing) => {
    const s = await new Session(`fix64c-steps-${user}`).start();
    try {
      await s.dm(user, first);
      const from = s.h.fake.calls.length;
      await s.dm(user, ask);
      const posts = postsFrom(s, from);
      expect(posts.length).toBeGreaterThan(0);
      const all = posts.join('\n');
      expect(all).not.toMatch(nothing);
      // Numbered steps, with the Medium-High step among them.
      expect(all).toMatch(/(^|\n)(§ )?\*?1\./);
      expect(all).toMatch(step);
    } finally {
      await s.stop();
    }
  });

  // Unaddressed, "details" / "show me the steps" in a shared thread may be said to a colleague (left alone); put to the bot, it is answered.
  it('a channel thread: "@bot show me the steps" posts the steps in the thread', async () => {
    const s = await new Session('fix64c-steps-thread').start();
    try {
      const root = await s.mention('C1', 'UALICE', EN);
      const from = s.h.fake.calls.length;
      await post(s.h.port, eventCallback(mention('C1', 'UALICE', '<@UBOT> show me the steps', undefined, root)));
      await s.settle();
      const calls = s.h.fake.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
      expect(calls.length).toBeGreaterThan(0);
      for (const c of calls) expect(c.body.thread_ts).toBe(root);
      const all = calls.map((c) => render(c)).join('\n');
      expect(all).not.toMatch(/Nothing in the answer above changes/);
      expect(all).toMatch(/Medium-High/);
    } finally {
      await s.stop();
    }
  });
});
