/**
 * perf-pg (issue 13): a pasted check-tls.cmd / reg query output (the Schannel state before the fix, for
 * rollback.reg) joins the card metadata the turn stores in its own transaction, instead of a read and a
 * write of its own after the post (two PostgreSQL round trips on the path of the thread's next turn).
 * Where the turn stores no card metadata, it is written after the post, as before.
 */
import type { SurfaceMeta } from '../../src/store/meta';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

const P = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const PASTE = [P, '', `${P}\\TLS 1.2`, '', `${P}\\TLS 1.2\\Client`, '    Enabled    REG_DWORD    0x0', '    DisabledByDefault    REG_DWORD    0x1', ''].join('\n');

describe('a pasted Schannel state is stored with the turn', () => {
  let h: Harness;
  /** The metadata writes that brought a Schannel state in (a change of their own after the turn). */
  let pasteWrites: number;
  beforeEach(async () => {
    h = await startHarness();
    pasteWrites = 0;
    const meta = h.bot.deps.meta;
    const update = meta.update.bind(meta);
    meta.update = (key, change) =>
      update(key, (cur) => {
        const next = change(cur);
        if (next && next.schannel && !cur?.schannel) pasteWrites++;
        return next;
      });
  });
  afterEach(async () => h.close());
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 100));
    await h.bot.idle();
  };

  it.each([
    ['en', 'TMS 15.2.1 No HTTPS response, endpoints CE 9.15, SQL 2008 R2, Windows 2008 R2, level Medium'],
    ['ja', 'TMS 15.2.1 で No HTTPS response、エンドポイントは CE 9.15、SQL 2008 R2、Windows 2008 R2、レベルは Medium です'],
  ])('after a card (%s): no write of its own, the card kept', async (_lang, text) => {
    const root = mention('C1', 'UALICE', `<@UBOT> ${text}`);
    const key = `C1:${String(root.ts)}`;
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await settle();
    const before = (await h.bot.deps.meta.get(key))!;
    expect(before.cardTs).toBeDefined();
    await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', PASTE, { thread_ts: root.ts })));
    await settle();
    const after = (await h.bot.deps.meta.get(key)) as SurfaceMeta;
    expect(after.schannel?.keys.map((k) => k.path)).toContain(`${P}\\TLS 1.2\\Client`);
    expect(after).toMatchObject({ cardTs: before.cardTs, channel: 'C1', status: 'open' });
    expect(pasteWrites).toBe(0);
  });

  it('as the first message of a thread: stored all the same', async () => {
    const root = mention('C2', 'UALICE', `<@UBOT> ${PASTE}`);
    const key = `C2:${String(root.ts)}`;
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await settle();
    expect((await h.bot.deps.meta.get(key))?.schannel?.keys.map((k) => k.path)).toContain(`${P}\\TLS 1.2\\Client`);
  });
});
