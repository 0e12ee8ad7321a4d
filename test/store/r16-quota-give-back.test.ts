/**
 * QuotaPort.giveBack, on every backend (memory, SQLite, PostgreSQL when available): a unit taken for
 * a request that never went ahead (its ack came after the ack deadline, which told the user nothing
 * was done) is returned; only that one unit of that user, and giving it back twice returns one.
 */
import type { Store } from '../../src/store/port';
import { backends, type Backend } from './backends';

describe.each(backends().map((b) => [b.name, b] as [string, Backend]))('quota give back: %s', (_name, backend) => {
  let now = 1_700_000_000_000;
  let store: Store;
  beforeEach(async () => {
    now = 1_700_000_000_000;
    store = await backend.open({ now: () => now });
  });
  afterEach(async () => {
    await store.close();
  });
  afterAll(() => backend.cleanup());

  it('returns exactly the unit taken, once', async () => {
    const take = (u: string) => store.quotas.take(u, 2, 60_000);
    const first = await take('U1');
    now += 10;
    const second = await take('U1');
    // two users at the same instant: only U1's unit goes back
    const other = await take('U2');
    expect([first.allowed, second.allowed, other.allowed]).toEqual([true, true, true]);
    expect(second.at).toBe(now);
    expect((await take('U1')).allowed).toBe(false);
    await store.quotas.giveBack('U1', second.at!);
    await store.quotas.giveBack('U1', second.at!);
    expect(await take('U1')).toMatchObject({ allowed: true, used: 2 });
    expect((await take('U1')).allowed).toBe(false);
    expect(await take('U2')).toMatchObject({ allowed: true, used: 2 });
  });
});
