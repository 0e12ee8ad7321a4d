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
});
