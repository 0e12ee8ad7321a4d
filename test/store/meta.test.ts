/** Surface metadata (answer cards): the same behaviour on every backend that has it. */
import { metaStoreFor, type MetaStore } from '../../src/store/meta';
import type { Store } from '../../src/store/port';
import { backends, type Backend } from './backends';

describe.each(backends().map((b) => [b.name, b] as [string, Backend]))('surface metadata: %s', (_name, backend) => {
  let now = 1_000;
  let store: Store;
  let meta: MetaStore;
  beforeEach(async () => {
    store = await backend.open();
    meta = metaStoreFor(store);
    (meta as unknown as { now: () => number }).now = () => now;
  });
  afterEach(() => store.close());
  afterAll(() => backend.cleanup());

  it('keeps, lists per user newest first, keeps the asker on update, forgets and purges', async () => {
    await meta.set('C1:1.0', { status: 'open', user: 'U1', channel: 'C1', cardTs: '2.0' });
    now = 2_000;
    await meta.set('C1:3.0', { status: 'fixed', user: 'U1', statusBy: 'U2' });
    now = 3_000;
    await meta.set('C2:1.0', { status: 'open', user: 'U9' });
    expect(await meta.get('C1:1.0')).toMatchObject({ status: 'open', cardTs: '2.0' });
    expect((await meta.recentFor('U1', 10)).map((e) => e.key)).toEqual(['C1:3.0', 'C1:1.0']);
    now = 4_000;
    await meta.set('C1:1.0', { status: 'failing' });
    expect((await meta.recentFor('U1', 10)).map((e) => [e.key, e.meta.status])).toEqual([
      ['C1:1.0', 'failing'],
      ['C1:3.0', 'fixed'],
    ]);
    await meta.delete('C2:1.0');
    expect(await meta.get('C2:1.0')).toBeNull();
    expect(await meta.purge(2_000)).toBe(1);
    expect(await meta.get('C1:3.0')).toBeNull();
    await expect(meta.set('big', { status: 'open', headline: 'x'.repeat(20_000) })).rejects.toThrow(RangeError);
  });

  it('update: read, change and write as one step; undefined leaves it, null deletes it', async () => {
    expect(await meta.update('steps:C1:1.0', (cur) => (cur ? undefined : null))).toBeNull();
    expect(await meta.update('steps:C1:1.0', (cur) => ({ status: 'open', rev: (cur?.rev ?? 0) + 1 }))).toMatchObject({ rev: 1 });
    expect(await meta.update('steps:C1:1.0', () => undefined)).toMatchObject({ rev: 1 });
    await meta.update('steps:C1:1.0', (cur) => ({ ...cur!, rev: cur!.rev! + 1, checks: { 'step-done': { '2': 'x' } } }));
    expect(await meta.get('steps:C1:1.0')).toMatchObject({ rev: 2, checks: { 'step-done': { '2': 'x' } } });
    // The asker is kept as set() keeps it.
    await meta.update('C1:9.0', () => ({ status: 'open', user: 'U1' }));
    await meta.update('C1:9.0', (cur) => ({ ...cur!, user: undefined, headline: 'h' }));
    expect((await meta.recentFor('U1', 5)).map((e) => e.key)).toEqual(['C1:9.0']);
    expect(await meta.update('steps:C1:1.0', () => null)).toBeNull();
    expect(await meta.get('steps:C1:1.0')).toBeNull();
    await expect(meta.update('big', () => ({ status: 'open', headline: 'x'.repeat(20_000) }))).rejects.toThrow(RangeError);
  });

  it('update: concurrent changes of one key all land (none is written over a read it did not see)', async () => {
    const other = backend.reopen ? await backend.reopen() : store;
    const there = metaStoreFor(other);
    try {
      const add = (m: MetaStore, n: number) => m.update('steps:C1:2.0', (cur) => ({ status: 'open', rev: (cur?.rev ?? 0) + 1, checks: { s: { ...cur?.checks?.s, [String(n)]: `t${n}` } } }));
      await Promise.all(Array.from({ length: 12 }, (_, n) => add(n % 2 ? there : meta, n)));
      const end = await meta.get('steps:C1:2.0');
      expect(end?.rev).toBe(12);
      expect(Object.keys(end!.checks!.s!).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 12 }, (_, n) => String(n)));
    } finally {
      if (other !== store) await other.close();
    }
  });
});
