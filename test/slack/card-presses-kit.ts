/**
 * What the card-press e2e tests share: a harness per test (a real app behind signed requests and the
 * local fake Web API), a second replica on the same SQLite file and the same fake Slack on demand,
 * and a thread whose answer card can be pressed (by anyone, on either replica).
 */
import path from 'node:path';
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { button as pressButton, settle } from './press-kit';
import { blockActions, eventCallback, FORM, mention, post, slashCommand } from './signed';

export const EN = 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium';
export const JA = 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2016、Windows 2019、レベルは Medium です';
export const CARD_TS = '1700000000.000001';
/** Both languages' thread openers, for it.each: (lang, text). */
export const BOTH_LANGS = [
  ['en', EN],
  ['ja', JA],
] as const;

/** The block and action ids of the card's button `id`. */
export function button(c: Call, id: string): { blockId: string; actionId: string } {
  for (const b of c.body.blocks as any[]) if (b.type === 'actions') for (const e of b.elements) if (e.action_id === id) return { blockId: b.block_id, actionId: e.action_id };
  throw new Error(`no ${id}`);
}

/** What was sent to the response_url named `id`. */
export const responses = (h: Harness, id: string) => h.fake.of('response_url').filter((r) => r.body._id === id);

/** Call inside a describe: a fresh harness per test (also handed to `started`), closed after it with any replica. */
export function cardPresses(started?: (h: Harness) => void) {
  const at: { h?: Harness; other?: Harness } = {};
  beforeEach(async () => {
    at.h = await startHarness();
    started?.(at.h);
  });
  afterEach(async () => {
    await at.other?.close();
    at.other = undefined;
    await at.h?.close();
  });
  const h = () => at.h!;
  return {
    h,
    /** The second replica, once `replica()` has started it. */
    other: () => at.other!,
    /** A second replica on the same SQLite file and the same fake Slack. */
    replica: async () => (at.other = await startHarness({ fake: h().fake, dir: path.dirname(h().dbFile) })),
    idle: () => Promise.all([h().bot.idle(), at.other?.bot.idle()]),
    /** A thread asked with `text`: its answer card, and a press of one of its buttons (on the given port). */
    async ask(text: string) {
      const root = mention('C1', 'UALICE', `<@UBOT> ${text}`);
      await post(h().port, eventCallback(root));
      await h().fake.waitFor(() => h().fake.of('chat.postMessage').length >= 1);
      await h().bot.idle();
      const card = h().fake.of('chat.postMessage')[0]!;
      const rootTs = root.ts as string;
      const press = (id: string, user: string, rid: string, port = h().port) =>
        post(port, blockActions({ ...button(card, id), user, channel: 'C1', messageTs: CARD_TS, threadTs: rootTs, messageBlocks: card.body.blocks, responseUrl: h().fake.responseUrl(rid) }), { contentType: FORM });
      return { rootTs, key: `C1:${rootTs}`, press };
    },
  };
}

/**
 * The card's button `action` pressed at the same moment on two replicas sharing the database: the
 * thread gets what `posts` picks once, and exactly one presser a private note matching `told`.
 */
export async function pressedOnBothReplicas(kit: ReturnType<typeof cardPresses>, text: string, action: string, posts: (h: Harness) => Call[], told: RegExp): Promise<void> {
  const h = kit.h();
  const { press } = await kit.ask(text);
  await kit.replica();
  await Promise.all([press(action, 'UBOB', 'r1'), press(action, 'UCAROL', 'r2', kit.other().port)]);
  await h.fake.waitFor(() => responses(h, 'r1').length + responses(h, 'r2').length >= 1 || posts(h).length >= 2);
  await kit.idle();
  expect(posts(h)).toHaveLength(1);
  const notes = [...responses(h, 'r1'), ...responses(h, 'r2')];
  expect(notes).toHaveLength(1);
  expect(notes[0]!.body.response_type).toBe('ephemeral');
  expect(notes[0]!.body.text).toMatch(told);
}

/**
 * A private answer: `user` asks /tms-diagnose with `text` (its card goes to the response_url 'd1').
 * Returns a press of that card's Share button (ephemeral, in C0INCIDENT) answered at the response_url `rid`.
 */
export async function privateAnswer(h: Harness, user: string, text = EN): Promise<(rid: string) => Promise<void>> {
  await post(h.port, slashCommand('/tms-diagnose', text, h.fake.responseUrl('d1'), { user_id: user }), { contentType: FORM });
  await settle(h, 300);
  const card = responses(h, 'd1').find((r) => JSON.stringify(r.body.blocks ?? '').includes('"share'))!;
  expect(card).toBeDefined();
  return async (rid: string) => {
    await post(h.port, blockActions({ ...pressButton(card, 'share'), user, channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
    await settle(h, 300);
  };
}

/** The one share record (there must be exactly one), as stored: its key and parsed meta. */
export function shareRecord(h: Harness): { key: string; meta: any } {
  const rows = h.db.prepare("SELECT key, meta FROM surface_meta WHERE key LIKE 'share:%'").all() as { key: string; meta: string }[];
  expect(rows).toHaveLength(1);
  return { key: rows[0]!.key, meta: JSON.parse(rows[0]!.meta) };
}
