/**
 * R33B item 4 in Slack: SQL Server 2008 R2 down (26011 pasted in the thread); Fix files uploads tls10-back-on.reg only,
 * with the upload comment led by getting SQL running first (not the enable-tls12.reg steps).
 */
import { posts, settle } from './calls';
import { harnessEachTest, type Harness } from './harness';
import { findButton } from './press-kit';
import { blockActions, eventCallback, FORM, mention, post } from './signed';

const LOG = [
  '2026-12-01 10:25:01.34 Server      Error: 26011, Severity: 16, State: 1.',
  '2026-12-01 10:25:01.34 Server      The server was unable to initialize encryption because of a problem with a security library. The security library may be missing. Verify that security.dll exists on the system.',
].join('\n');

describe('Fix files in Slack while SQL Server is down after TLS 1.0 went off (R33B)', () => {
  let h: Harness;
  harnessEachTest((started) => (h = started));

  it('uploads tls10-back-on.reg only, led by the outage', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL Server 2008 R2 SP2 on the TMS server, level Medium');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h, 100);
    let before = posts(h).length;
    await post(h.port, eventCallback(mention('C1', 'UALICE', `<@UBOT> ${LOG}`, undefined, root.ts as string)));
    await h.fake.waitFor(() => posts(h).length > before);
    await settle(h, 100);
    before = posts(h).length;
    await post(h.port, eventCallback(mention('C1', 'UALICE', '<@UBOT> can you give me the fix files?', undefined, root.ts as string)));
    await h.fake.waitFor(() => posts(h).length > before);
    await settle(h, 100);
    const reply = posts(h).slice(before).find((c) => findButton(c, 'fix-files'))!;
    expect(reply).toBeDefined();
    expect(JSON.stringify(reply.body)).toContain('tls10-back-on.reg');
    await post(h.port, blockActions({ ...findButton(reply, 'fix-files')!, channel: 'C1', messageTs: reply.body.ts ?? '1700000000.000009', threadTs: root.ts as string, responseUrl: h.fake.responseUrl('ff'), messageBlocks: reply.body.blocks as unknown[] }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.completedUploads().length >= 1, 10000);
    const up = JSON.stringify(h.fake.completedUploads());
    expect(up).toContain('tls10-back-on.reg');
    expect(up).not.toMatch(/"enable-tls12\.reg"|check-tls\.cmd/);
    expect(up).toMatch(/event 26011[^"]*Get it running first/);
    expect(up).not.toMatch(/follow the steps in the comments at the top of enable-tls12\.reg/);
  });
});
