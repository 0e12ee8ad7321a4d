/**
 * R33B item 4 in Slack: SQL Server 2008 R2 down (26011 pasted in the thread); Fix files uploads tls10-back-on.reg only,
 * with the upload comment led by getting SQL running first (not the enable-tls12.reg steps).
 */
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, post } from './signed';

const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
function button(c: Call, id: string): { blockId: string; actionId: string; value?: string } | null {
  for (const b of (c.body.blocks as any[]) ?? []) if (b.type === 'actions') for (const e of b.elements) if (e.action_id === id) return { blockId: b.block_id, actionId: e.action_id, value: e.value };
  return null;
}
const settle = async (h: Harness) => {
  await new Promise((r) => setTimeout(r, 100));
  await h.bot.idle();
};
const LOG = [
  '2026-12-01 10:25:01.34 Server      Error: 26011, Severity: 16, State: 1.',
  '2026-12-01 10:25:01.34 Server      The server was unable to initialize encryption because of a problem with a security library. The security library may be missing. Verify that security.dll exists on the system.',
].join('\n');

describe('Fix files in Slack while SQL Server is down after TLS 1.0 went off (R33B)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  it('uploads tls10-back-on.reg only, led by the outage', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1, CE 9.15.3, Windows 2012 R2, SQL Server 2008 R2 SP2 on the TMS server, level Medium');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    let before = posts(h).length;
    await post(h.port, eventCallback(mention('C1', 'UALICE', `<@UBOT> ${LOG}`, undefined, root.ts as string)));
    await h.fake.waitFor(() => posts(h).length > before);
    await settle(h);
    before = posts(h).length;
    await post(h.port, eventCallback(mention('C1', 'UALICE', '<@UBOT> can you give me the fix files?', undefined, root.ts as string)));
    await h.fake.waitFor(() => posts(h).length > before);
    await settle(h);
    const reply = posts(h).slice(before).find((c) => button(c, 'fix-files'))!;
    expect(reply).toBeDefined();
    expect(JSON.stringify(reply.body)).toContain('tls10-back-on.reg');
    await post(h.port, blockActions({ ...button(reply, 'fix-files')!, channel: 'C1', messageTs: reply.body.ts ?? '1700000000.000009', threadTs: root.ts as string, responseUrl: h.fake.responseUrl('ff'), messageBlocks: reply.body.blocks as unknown[] }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.completedUploads().length >= 1, 10000);
    const up = JSON.stringify(h.fake.completedUploads());
    expect(up).toContain('tls10-back-on.reg');
    expect(up).not.toMatch(/"enable-tls12\.reg"|check-tls\.cmd/);
    expect(up).toMatch(/event 26011[^"]*Get it running first/);
    expect(up).not.toMatch(/follow the steps in the comments at the top of enable-tls12\.reg/);
  });
});
