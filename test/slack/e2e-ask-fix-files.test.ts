/**
 * "give me the fix files" in a thread (QA round 9 #7): the reply carries a Fix files button, and
 * pressing it uploads the kit into the thread, as the card's button does.
 */
import { posts, settle } from './calls';
import { harnessEachTest, type Harness } from './harness';
import { findButton } from './press-kit';
import { blockActions, eventCallback, FORM, mention, post } from './signed';


describe('asking for the fix files in Slack', () => {
  let h: Harness;
  harnessEachTest((started) => (h = started));

  it('the reply has a Fix files button that uploads enable-tls12.reg and check-tls.cmd into the thread', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1, endpoints CE 9.15.3, SQL on another server, Windows Server 2008 R2, level Medium');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h, 100);
    const before = posts(h).length;
    await post(h.port, eventCallback(mention('C1', 'UALICE', '<@UBOT> can you give me the fix files?', undefined, root.ts as string)));
    await h.fake.waitFor(() => posts(h).length > before);
    await settle(h, 100);
    const reply = posts(h).slice(before).find((c) => findButton(c, 'fix-files'))!;
    expect(reply).toBeDefined();
    expect(JSON.stringify(reply.body)).toContain('enable-tls12.reg sets TLS 1.2');
    expect(JSON.stringify(reply.body)).not.toMatch(/I don't know that one|fix-kit DIR/);
    await post(h.port, blockActions({ ...findButton(reply, 'fix-files')!, channel: 'C1', messageTs: reply.body.ts ?? '1700000000.000009', threadTs: root.ts as string, responseUrl: h.fake.responseUrl('ff'), messageBlocks: reply.body.blocks as unknown[] }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.completedUploads().length >= 1, 10000);
    const names = JSON.stringify(h.fake.completedUploads());
    expect(names).toContain('enable-tls12.reg');
    expect(names).toContain('check-tls.cmd');
  });

  it('with SQL down the reply says why there are no files, and has no button', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1, endpoints CE 9.15.3, SQL 2016 on another server, Windows Server 2012 R2');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h, 100);
    await post(h.port, eventCallback(mention('C1', 'UALICE', "<@UBOT> SQL won't start now!", undefined, root.ts as string)));
    await settle(h, 100);
    const before = posts(h).length;
    await post(h.port, eventCallback(mention('C1', 'UALICE', '<@UBOT> give me the fix files', undefined, root.ts as string)));
    await h.fake.waitFor(() => posts(h).length > before);
    await settle(h, 100);
    const replies = posts(h).slice(before);
    expect(JSON.stringify(replies.map((c) => c.body))).toContain('No fix files: you say SQL Server does not start');
    expect(replies.some((c) => findButton(c, 'fix-files'))).toBe(false);
  });
});
