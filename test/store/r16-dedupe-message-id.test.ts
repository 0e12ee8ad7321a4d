/**
 * A message's turn is deduplicated by the message's own id (`msg:<channel>:<ts>`); its event id (`ev:<id>`) still
 * names the turn (outbox rows) but is no longer claimed beside it (dedupeClaims). On every backend: a second
 * delivery of the message, under the same or another event id, is a duplicate; rows written by an older build
 * (both ids claimed) still make it one; a list without a message id (buttons, other events) is claimed whole.
 */
import type { ConversationState } from '../../src/conversation/types';
import { dedupeClaims, turnClaims, type Store, type TurnPlan, type TurnStep } from '../../src/store/port';
import { backends, type Backend } from './backends';

const state = (turns: number): ConversationState => ({ v: 1, lang: 'en', facts: {}, pending: null, turns });
const target = { channel: 'D1', user: 'U1' };
const reply =
  (n = 1): TurnStep =>
  (prev): TurnPlan => ({
    state: state((prev?.state.turns ?? 0) + 1),
    replies: [],
    keepReplies: false,
    outbox: { target, messages: Array.from({ length: n }, (_, i) => ({ text: `part ${i}`, blocks: [] })) },
  });

describe('dedupeClaims', () => {
  it('leaves the event id out only beside a message id, keeping the order of the rest', () => {
    expect(dedupeClaims(['ev:A', 'msg:D1:1.0'])).toEqual(['msg:D1:1.0']);
    expect(dedupeClaims(['file:D1:1.0:F1', 'ev:A', 'msg:D1:1.0'])).toEqual(['file:D1:1.0:F1', 'msg:D1:1.0']);
    expect(dedupeClaims(['ev:A'])).toEqual(['ev:A']);
    expect(dedupeClaims(['ev:A', 'file:D1:1.0:F1'])).toEqual(['ev:A', 'file:D1:1.0:F1']);
    expect(dedupeClaims(['press:1'])).toEqual(['press:1']);
    expect(dedupeClaims([])).toEqual([]);
    expect(turnClaims(['ev:A', 'msg:D1:1.0'], { ...reply()(null, null, null), marks: ['quiet:msg:D1:1.0'] })).toEqual(['msg:D1:1.0', 'quiet:msg:D1:1.0']);
  });
});

describe.each(backends().map((b) => [b.name, b] as [string, Backend]))('message turns dedupe by the message id: %s', (_name, backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });
  afterAll(() => backend.cleanup());

  it('claims the message id, not the event id, and the event id still names the outbox rows', async () => {
    const c = store.conversations;
    const r = await c.turn({ key: 'D1', dedupe: ['ev:A', 'msg:D1:1.0'] }, reply(2));
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.outbox.map((o) => [o.id, o.turn])).toEqual([['ev:A/0', 'ev:A'], ['ev:A/1', 'ev:A']]);
    expect(await c.seen('msg:D1:1.0')).toBe(true);
    expect(await c.seen('ev:A')).toBe(false);
  });

  it('a second delivery of the message is a duplicate, under the same event id or another one (a retry, app_mention and message)', async () => {
    const c = store.conversations;
    await c.turn({ key: 'D1', dedupe: ['ev:A', 'msg:D1:1.0'] }, reply());
    expect((await c.turn({ key: 'D1', dedupe: ['ev:A', 'msg:D1:1.0'] }, reply())).status).toBe('duplicate');
    expect((await c.turn({ key: 'D1', dedupe: ['ev:B', 'msg:D1:1.0'] }, reply())).status).toBe('duplicate');
    // The words shared with a file, claimed by the file's turn: the message's own turn is a duplicate too.
    await c.turn({ key: 'D1', dedupe: ['file:D1:2.0:F1', 'ev:C', 'msg:D1:2.0'] }, reply());
    expect((await c.turn({ key: 'D1', dedupe: ['ev:C', 'msg:D1:2.0'] }, reply())).status).toBe('duplicate');
    expect((await c.get('D1'))!.state.turns).toBe(2);
    expect((await store.outbox.pending()).map((o) => o.id)).toEqual(['ev:A/0', 'file:D1:2.0:F1/0']);
  });

  it("an older build's claims (event id and message id, one transaction) still make its retry a duplicate", async () => {
    const c = store.conversations;
    expect(await c.claim('ev:OLD')).toBe(true);
    expect(await c.claim('msg:D1:3.0')).toBe(true);
    expect((await c.turn({ key: 'D1', dedupe: ['ev:OLD', 'msg:D1:3.0'] }, reply())).status).toBe('duplicate');
    expect(await c.get('D1')).toBeNull();
  });

  it('a list without a message id is claimed whole, the event id too', async () => {
    const c = store.conversations;
    await c.turn({ key: 'D1', dedupe: ['ev:Z'] }, reply());
    expect(await c.seen('ev:Z')).toBe(true);
    expect((await c.turn({ key: 'D1', dedupe: ['ev:Z'] }, reply())).status).toBe('duplicate');
  });
});
