/**
 * Files shared with the bot: each file gets one clear answer — its reading, or one reason it could
 * not be read (too large, not downloadable, too slow) — across duplicate deliveries of the message,
 * and a target list that cannot be read whole never starts a probe. Real app, local fake Web API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { echoEngine } from './echo-engine';
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');
const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
const notices = (h: Harness): string[] => h.fake.of('chat.postEphemeral').map((c) => String(c.body.text));
const settle = async (h: Harness, ms = 300) => {
  await new Promise((r) => setTimeout(r, ms));
  await h.bot.idle();
};

describe('one answer per shared file', () => {
  let h: Harness;
  let root: Record<string, unknown>;
  const share = (files: Record<string, unknown>[], extra: Record<string, unknown> = {}) => message('C1', 'channel', 'UBOB', '', { thread_ts: root.ts, subtype: 'file_share', files, ...extra });
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine, probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: '443' }, extra: { fleetLimit: { progressEveryMs: 0 } } });
    root = mention('C1', 'UALICE', '<@UBOT> half the codecs show No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
  });
  afterEach(async () => h.close());

  it('the same file share delivered again (a retry with its event id, another delivery of the message) is read once and answered once', async () => {
    const big = { ...h.fake.addFile('F1', 'huge.pcap', Buffer.alloc(10)), size: 500 * 1024 * 1024 };
    const cap = h.fake.addFile('F2', 'tms.pcap', readFileSync(join(FIX, 'tls10-reset-http301.pcap')));
    const msg = share([big, cap]);
    await post(h.port, eventCallback(msg, 'EvFiles1'));
    await h.fake.waitFor(() => posts(h).length === 2 && notices(h).length === 1, 10000);
    await post(h.port, eventCallback(msg, 'EvFiles1'), { retryNum: 1 });
    await post(h.port, eventCallback(msg, 'EvFiles1-other-delivery'));
    await settle(h);
    expect(notices(h)).toHaveLength(1);
    expect(notices(h)[0]).toMatch(/huge\.pcap is 500 MB, more than the 200 MB I read/);
    expect(posts(h)).toHaveLength(2); // the root's answer and the capture's reading
    expect(h.fake.of('files.download').map((c) => c.body.id)).toEqual(['F2']);
  });

  it('a file Slack will not describe (files.info refused for lack of a scope) gets a reason, not silence', async () => {
    h.fake.fail('files.info', { error: 'missing_scope' });
    h.fake.addFile('F3', 'schannel.reg', Buffer.from('Windows Registry Editor Version 5.00\r\n'), { inEvent: false });
    await post(h.port, eventCallback(share([{ id: 'F3', name: 'schannel.reg' }])));
    await h.fake.waitFor(() => notices(h).length === 1, 10000);
    expect(notices(h)[0]).toMatch(/Slack did not let me open schannel\.reg \(the app needs the files:read permission\)/);
    await settle(h);
    expect(notices(h)).toHaveLength(1);
    expect(posts(h)).toHaveLength(1);
  });

  it('Slack failing to serve a file at first: the event is left unacknowledged, nothing is said, and its redelivery reads it; on the last retry the reason is given', async () => {
    const reg = readFileSync(join(FIX, 'schannel-tls10-off-tls12-on.reg'));
    h.fake.addFile('F6', 'schannel.reg', reg, { inEvent: false });
    h.fake.fail('files.info', { status: 500, times: 3 }); // the client's own retries included
    const msg = share([{ id: 'F6', name: 'schannel.reg' }]);
    const first = await post(h.port, eventCallback(msg, 'EvFlaky'));
    expect(first.status).not.toBe(200); // not acknowledged: Slack will deliver it again
    expect(notices(h)).toHaveLength(0);
    await post(h.port, eventCallback(msg, 'EvFlaky'), { retryNum: 1 });
    await h.fake.waitFor(() => posts(h).length === 2, 10000);
    expect(JSON.stringify(posts(h)[1]!.body)).toContain('evidence:schannel.reg:schannel-tls12-client-enabled');
    await settle(h);
    expect(notices(h)).toHaveLength(0);
    // Slack's last delivery meets the same failure: the sharer is told, once.
    h.fake.addFile('F7', 'other.reg', reg, { inEvent: false });
    h.fake.fail('files.info', { status: 500, times: 3 });
    const last = share([{ id: 'F7', name: 'other.reg' }]);
    expect((await post(h.port, eventCallback(last, 'EvFlaky2'), { retryNum: 3 })).status).toBe(200);
    await h.fake.waitFor(() => notices(h).length === 1, 10000);
    expect(notices(h)[0]).toMatch(/could not get other\.reg from Slack.*share it again in a few minutes/);
  });

  it('a target list too large to read whole says so (not a target count) and probes nothing', async () => {
    const line = (i: number) => `127.0.${(i >> 8) & 255}.${i & 255}:443\n`;
    let text = '# lab codecs\n';
    for (let i = 0; text.length <= 2.2 * 1024 * 1024; i++) text += line(i);
    const list = h.fake.addFile('F4', 'codecs.txt', Buffer.from(text));
    await post(h.port, eventCallback(share([list])));
    await h.fake.waitFor(() => notices(h).length === 1, 10000);
    expect(notices(h)[0]).toMatch(/codecs\.txt is larger than 2 MB, the most I read as a target list, so I did not start probing/);
    expect(notices(h)[0]).not.toMatch(/targets;/);
    await settle(h);
    expect(posts(h)).toHaveLength(1); // no "Probing…", no card
    expect((await h.store.probes.recent(5)).filter((r) => r.surface.startsWith('fleet'))).toHaveLength(0);
  });

  it('a target list whose download hangs: one reason once the download deadline passes, in the sharer\'s language, and no probe', async () => {
    const before = process.env.EVIDENCE_TIME_MS;
    process.env.EVIDENCE_TIME_MS = '1500';
    try {
      const jaRoot = mention('C1', 'UALICE', '<@UBOT> 半分のコーデックで No HTTPS response が出ています');
      await post(h.port, eventCallback(jaRoot));
      await h.fake.waitFor(() => posts(h).length === 2);
      let text = '';
      for (let i = 0; text.length < 80 * 1024; i++) text += `127.0.9.${i % 250}:443\n`;
      const list = h.fake.addFile('F5', 'codecs.txt', Buffer.from(text), { stallAfter: 70 * 1024 });
      await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', '', { thread_ts: jaRoot.ts, subtype: 'file_share', files: [list] })));
      await h.fake.waitFor(() => notices(h).length === 1, 10000);
      expect(notices(h)[0]).toMatch(/codecs\.txt の Slack からのダウンロードが 2 秒を超えたため中止し、調査は始めていません/);
      await settle(h);
      expect(notices(h)).toHaveLength(1);
      expect(posts(h)).toHaveLength(2);
    } finally {
      if (before === undefined) delete process.env.EVIDENCE_TIME_MS;
      else process.env.EVIDENCE_TIME_MS = before;
    }
  });
});
