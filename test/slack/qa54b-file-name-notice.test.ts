/** QA54 #12: the "could not read" notice names a shared file without letting its name ping or format (Slack end to end). */
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

describe('QA54 #12: a file name in the could-not-read notice', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('"<!channel>*x*.pcap" that cannot be read: the notice escapes <!channel> and shows no bold marker', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length === 1);
    const junk = h.fake.addFile('F54', '<!channel>*x*.pcap', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256)));
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', '', { thread_ts: root.ts, subtype: 'file_share', files: [junk] })));
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length === 1, 10000);
    const text = String(h.fake.of('chat.postEphemeral')[0]!.body.text);
    expect(text).toMatch(/^I could not read &lt;!channel&gt;＊x＊\.pcap: /);
    expect(text).not.toContain('<!channel>');
  });
});
