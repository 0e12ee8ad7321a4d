/**
 * A turn's marks (TurnPlan.marks: the quiet mark of a line given no reply) are claimed in the turn's
 * own transaction, on every backend: seen as soon as the turn has committed, not when the turn is a
 * duplicate or its step throws, and once per turn (a later turn need not claim them again).
 */
import type { ConversationState } from '../../src/conversation/types';
import type { Store, TurnPlan, TurnStep } from '../../src/store/port';
import { backends, type Backend } from './backends';

const state = (turns: number): ConversationState => ({ v: 1, lang: 'en', facts: {}, pending: null, turns });
const target = { channel: 'C1', threadTs: '1.0', user: 'U1' };
const quiet =
  (marks?: string[], n = 0): TurnStep =>
  (prev): TurnPlan => ({
    state: state((prev?.state.turns ?? 0) + 1),
    replies: [],
    keepReplies: false,
    outbox: { target, messages: Array.from({ length: n }, (_, i) => ({ text: `part ${i}`, blocks: [] })) },
    ...(marks ? { marks } : {}),
  });

describe.each(backends().map((b) => [b.name, b] as [string, Backend]))('turn marks: %s', (_name, backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });
  afterAll(() => backend.cleanup());

  it('a mark is seen once the turn commits, beside its delivery ids', async () => {
    const c = store.conversations;
    await c.turn({ key: 'C1:1.0', dedupe: ['ev:A', 'msg:C1:1.0'] }, quiet(undefined, 1));
    const r = await c.turn({ key: 'C1:1.0', dedupe: ['ev:B', 'msg:C1:2.0'], withMeta: true }, quiet(['quiet:msg:C1:2.0']));
    expect(r.status).toBe('ok');
    expect(await c.seen('msg:C1:2.0')).toBe(true);
    expect(await c.seen('quiet:msg:C1:2.0')).toBe(true);
    expect(await c.seen('quiet:msg:C1:1.0')).toBe(false);
    // Claimed with the turn: a claim of it afterwards finds it taken.
    expect(await c.claim('quiet:msg:C1:2.0')).toBe(false);
  });

  it('not claimed by a duplicate delivery, nor by a turn whose step throws', async () => {
    const c = store.conversations;
    await c.turn({ key: 'C1:1.0', dedupe: ['ev:A', 'msg:C1:3.0'] }, quiet(undefined, 1));
    expect((await c.turn({ key: 'C1:1.0', dedupe: ['ev:A2', 'msg:C1:3.0'] }, quiet(['quiet:msg:C1:3.0']))).status).toBe('duplicate');
    expect(await c.seen('quiet:msg:C1:3.0')).toBe(false);
    await expect(
      c.turn({ key: 'C1:1.0', dedupe: ['ev:C', 'msg:C1:4.0'] }, () => {
        throw new Error('step failed');
      }),
    ).rejects.toThrow('step failed');
    expect(await c.seen('quiet:msg:C1:4.0')).toBe(false);
  });
});
