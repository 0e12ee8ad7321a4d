/**
 * OutboxDelivery.drain after a turn: the turn's own (leased) items are posted without reading the
 * outbox; the outbox is read again only when "done" says more of the thread is pending (another
 * turn, e.g. on another replica, queued behind), and then those are posted in the same drain.
 * Real Delivery and Web API client against the local fake Slack; the store is the real memory
 * (and SQLite) backend, observed with a spy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memoryStore } from '../../src/store/memory';
import type { Store, TurnStep } from '../../src/store/port';
import { sqliteStore } from '../../src/store/sqlite';
import { Delivery, makeDeliveryClient } from '../../src/slack/delivery';
import { OutboxDelivery } from '../../src/slack/outbox';
import { FakeSlack } from './fake-slack';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, setLevel: () => undefined, getLevel: () => 'error', setName: () => undefined } as never;
const target = { channel: 'C1', threadTs: '1.0', user: 'U1' };
const step =
  (text: string, n = 1): TurnStep =>
  (prev) => ({
    state: { v: 1, lang: 'en', facts: {}, pending: null, turns: (prev?.state.turns ?? 0) + 1 },
    replies: [],
    keepReplies: false,
    outbox: { target, messages: Array.from({ length: n }, (_, i) => ({ text: `${text} ${i}`, blocks: [] })) },
  });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-drain-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['memory', () => memoryStore()],
  ['sqlite', () => sqliteStore(path.join(dir, `${Date.now()}-${Math.random()}.db`))],
] as [string, () => Store][])('outbox drain (%s)', (_name, open) => {
  const slack = new FakeSlack();
  let store: Store;
  let outbox: OutboxDelivery;
  beforeAll(() => slack.start());
  afterAll(() => slack.stop());
  beforeEach(() => {
    store = open();
    const client = makeDeliveryClient('xoxb-test', { slackApiUrl: slack.apiUrl });
    outbox = new OutboxDelivery(store.outbox, new Delivery(() => client, quiet, { budgetMs: 5000 }), () => client, quiet);
  });
  afterEach(() => store.close());

  const turn = async (ev: string, text: string, n = 1) => {
    const lease = outbox.turnLease();
    const at = Date.now();
    const r = await store.conversations.turn({ key: 'K1', dedupe: [ev], lease }, step(text, n));
    if (r.status !== 'ok') throw new Error(r.status);
    return r.leased ? { owner: lease.owner, at, items: r.outbox } : undefined;
  };
  const posted = () => slack.messages.filter((m) => m.channel === 'C1').map((m) => m.text);

  it('posts a turn\'s own items without reading the outbox when nothing else is pending', async () => {
    const before = posted().length;
    const pending = jest.spyOn(store.outbox, 'pending');
    const leased = await turn('ev:1', 'first', 2);
    expect(leased?.items).toHaveLength(2);
    expect(await outbox.drain('K1', leased)).toEqual({ delivered: 2, failed: 0, blocked: false });
    expect(posted().slice(before)).toEqual(['first 0', 'first 1']);
    expect(pending).not.toHaveBeenCalled();
    expect(await store.outbox.pending()).toEqual([]);
  });

  it('posts what another turn queued behind the leased items in the same drain, in order', async () => {
    const before = posted().length;
    const leased = await turn('ev:2', 'mine', 1);
    // Another deliverer's turn (another replica) queues behind: not leased, older item pending.
    expect(await turn('ev:3', 'theirs', 2)).toBeUndefined();
    const pending = jest.spyOn(store.outbox, 'pending');
    expect(await outbox.drain('K1', leased)).toEqual({ delivered: 3, failed: 0, blocked: false });
    expect(posted().slice(before)).toEqual(['mine 0', 'theirs 0', 'theirs 1']);
    // read once for the queued items; the last "done" said nothing more, so no read after
    expect(pending).toHaveBeenCalledTimes(1);
    expect(await store.outbox.pending()).toEqual([]);
  });
});
