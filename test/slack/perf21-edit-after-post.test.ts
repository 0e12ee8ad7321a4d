/**
 * A turn that edits the answer card posts its note first: the card edit's request is not even prepared
 * until the post's request is written. undici writes a request on a reused keep-alive socket only in the
 * check phase after its dispatch (idle-socket validation), so an edit started one setImmediate after the
 * drain began was prepared (its body, headers, undici request) ahead of the post's write on every such
 * turn (PERF21, src/slack/flows.ts afterPostWritten). Real receiver, real engine, SQLite, local fake Web API.
 */
import net from 'node:net';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

describe('a turn that edits the card', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await h.close();
  });

  it("writes the note's chat.postMessage before the card's chat.update starts", async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1, endpoints CE 9.15, SQL 2016');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await new Promise((r) => setTimeout(r, 100));
    await h.bot.idle();
    // The second turn, watched: the post's first socket write, and the edit's call into undici.
    const order: string[] = [];
    const write = net.Socket.prototype.write;
    jest.spyOn(net.Socket.prototype, 'write').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      const chunk = args[0];
      if (typeof chunk === 'string' && chunk.startsWith('POST /api/chat.postMessage ')) order.push('post written');
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    });
    const deps = h.bot.deps;
    const edit = deps.edit!;
    deps.edit = (where, m) => {
      order.push('edit started');
      return edit(where, m);
    };
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'Windows Server 2019', { thread_ts: root.ts as string })));
    await h.fake.waitFor(() => h.fake.of('chat.update').length >= 1 && h.fake.of('chat.postMessage').length >= 2);
    await h.bot.idle();
    expect(order).toEqual(['post written', 'edit started']);
    // Both still happen, once each: the note below the card, the card edited in place.
    expect(h.fake.of('chat.update')).toHaveLength(1);
    expect(h.fake.of('chat.postMessage')).toHaveLength(2);
  });
});
