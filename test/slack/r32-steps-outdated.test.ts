/**
 * Show steps after the answer changed (QA round 25, M2): the steps already posted in the thread
 * demanded a SQL Server service-pack upgrade; a correction (SP4, not SP1) removed that caveat while
 * the step titles stayed the same. Pressing Show steps again must post the current steps, not link
 * to the old ones; with the answer unchanged it still only links. With and without a restart, EN/JA.
 */
import { posts, settleTwice as settle } from './calls';
import type { Call } from './fake-slack';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, message, post } from './signed';

jest.setTimeout(60000);

const CASES = [
  {
    lang: 'en',
    user: 'UBOB',
    ask: 'Outage: TMS 15.9, endpoints upgraded to CE 9.15.3 all show No HTTPS response. Windows Server 2012 R2, SQL Server 2012 SP1 on the TMS server.',
    fix: 'I checked: it is SQL 2012 SP4 actually (11.0.7001), not SP1.',
    linked: /already in this thread: </,
  },
  {
    lang: 'ja',
    user: 'UJA',
    ask: '障害です。TMS 15.9 で CE 9.15.3 に上げた端末が全部 No HTTPS response になりました。Windows Server 2012 R2、SQL Server 2012 SP1 が TMS サーバ上にあります。',
    fix: '確認しました。SQL Server は 2012 SP4 (11.0.7001) でした。SP1 ではありません。',
    linked: /このスレッドに投稿済みです：</,
  },
] as const;

const blocksOf = (c: Call): any[] => (typeof c.body.blocks === 'string' ? JSON.parse(c.body.blocks) : c.body.blocks) ?? [];
const textOf = (c: Call): string => blocksOf(c).map((b) => b.text?.text ?? (b.elements ?? []).map((e: any) => e.text?.text ?? e.text ?? '').join(' ')).join('\n');
function button(c: Call, id: string): { blockId: string; actionId: string } {
  for (const b of blocksOf(c)) if (b.type === 'actions') for (const e of b.elements) if (e.action_id === id) return { blockId: b.block_id, actionId: e.action_id };
  throw new Error(`no ${id}`);
}
/** The steps posts (caveats and numbered steps) among the thread's posts. */
const isSteps = (c: Call): boolean => blocksOf(c).some((b) => b.type === 'actions' && (b.elements ?? []).some((e: any) => e.action_id === 'step-done')) || /Read before any step|作業の前に確認すること/.test(textOf(c));
const SP_UPGRADE = /SQL Server 2012 SP1/;

describe('Show steps after the answer changed (QA25 M2)', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  async function open(user: string, text: string): Promise<{ root: string; card: Call; cardTs: string }> {
    const root = mention('C1', user, `<@UBOT> ${text}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    return { root: root.ts as string, card: posts(h)[0]!, cardTs: h.fake.messages[0]!.ts };
  }
  async function press(card: Call, cardTs: string, root: string, user: string, id: string): Promise<void> {
    await post(h.port, blockActions({ ...button(card, 'show-steps'), user, channel: 'C1', messageTs: cardTs, threadTs: root, responseUrl: h.fake.responseUrl(id) }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === id) || posts(h).filter(isSteps).length > 0);
    await settle(h);
  }
  const privateNote = (id: string): string | undefined => h.fake.of('response_url').find((r) => r.body._id === id)?.body.text as string | undefined;

  for (const restart of [false, true]) {
    it.each(CASES)(`$lang: the correction changed the caveats${restart ? ' (and the app restarted)' : ''}: the current steps are posted`, async (c) => {
      const { root, card, cardTs } = await open(c.user, c.ask);
      await press(card, cardTs, root, c.user, 's1');
      const first = posts(h).filter(isSteps);
      expect(first.length).toBeGreaterThan(0);
      expect(first.map(textOf).join('\n')).toMatch(SP_UPGRADE);
      const before = posts(h).length;
      await post(h.port, eventCallback(message('C1', 'channel', c.user, c.fix, { thread_ts: root })));
      await h.fake.waitFor(() => posts(h).length > before);
      await settle(h);
      if (restart) await h.restart();
      const n = posts(h).filter(isSteps).length;
      await press(card, cardTs, root, c.user, 's2');
      await h.fake.waitFor(() => posts(h).filter(isSteps).length > n || privateNote('s2') !== undefined);
      await settle(h);
      const again = posts(h).filter(isSteps).slice(n);
      // Posted anew, in the thread, without the service-pack upgrade; no link to the old ones.
      expect(again.length).toBeGreaterThan(0);
      for (const m of again) expect(m.body.thread_ts).toBe(root);
      expect(again.map(textOf).join('\n')).not.toMatch(SP_UPGRADE);
      expect(privateNote('s2') ?? '').not.toMatch(c.linked);
      if (c.lang === 'ja') expect(again.map(textOf).join('\n')).toMatch(/手順/);
      // Pressed once more, unchanged: only a link to the new ones.
      const m = posts(h).length;
      await press(card, cardTs, root, c.user, 's3');
      await h.fake.waitFor(() => privateNote('s3') !== undefined);
      expect(posts(h)).toHaveLength(m);
      expect(privateNote('s3')).toMatch(c.linked);
    });
  }
});
