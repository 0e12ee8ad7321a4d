/**
 * R29B #4: a capture shared in Slack cannot take the console's `--port N`; the words it is shared with can name the port
 * ("capture on port 8443", 「ポート8443のキャプチャ」), read by the same reader option (tlsPorts). Real Bolt app, real
 * engine, signed requests, the fake Web API serving the file bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capturePortsIn } from '../../src/evidence/ports';
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');
const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');

/** tls10-reset-http301.pcap with port 443 rewritten to 8443 in every TCP header (as test/evidence/capture.test.ts does). */
function on8443(): Buffer {
  const b = Buffer.from(readFileSync(join(FIX, 'tls10-reset-http301.pcap')));
  for (let p = 24; p + 16 <= b.length; ) {
    const incl = b.readUInt32LE(p + 8);
    const tcp = p + 16 + 14 + 20;
    for (const o of [tcp, tcp + 2]) if (b.readUInt16BE(o) === 443) b.writeUInt16BE(8443, o);
    p += 16 + incl;
  }
  return b;
}

describe('the port named in the words a capture is shared with', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function share(opening: string, words: string): Promise<string[]> {
    const root = mention('C1', 'UALICE', `<@UBOT> ${opening}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const file = h.fake.addFile('F1', 'tms.pcap', on8443());
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', words, { thread_ts: root.ts, subtype: 'file_share', files: [file] })));
    await h.fake.waitFor(() => posts(h).length >= 2, 10000);
    await new Promise((r) => setTimeout(r, 200));
    await h.bot.idle();
    const state = (await h.bot.deps.store.conversations.get(`C1:${root.ts}`))!.state;
    return state.facts.evidence?.observations.map((o) => o.code) ?? [];
  }

  it.each([
    ['EN', 'TMS 15.2.1, endpoints on CE 9.15.3 show No HTTPS response', 'capture on port 8443'],
    ['JA', 'TMS 15.2.1、CE 9.15.3 のエンドポイントで No HTTPS response', 'ポート8443のキャプチャです'],
  ])('%s: the ClientHello on 8443 is read', async (_, opening, words) => {
    expect(await share(opening, words)).toContain('capture-clienthello-tls10-only');
  });

  it('negative: words that name no port read 443 only, as before', async () => {
    expect(await share('TMS 15.2.1, endpoints on CE 9.15.3 show No HTTPS response', 'here is the capture')).not.toContain('capture-clienthello-tls10-only');
  });
});

describe('capturePortsIn', () => {
  it.each<[string, number[]]>([
    ['capture on port 8443', [8443]],
    ['port: 8443 and port 9443', [8443, 9443]],
    ['--port 8443', [8443]],
    ['ポート8443のキャプチャ', [8443]],
    ['８４４３番ポートです', [8443]],
    ['here is the capture', []],
    ['the report 8443', []],
    ['port 70000', []],
    ['passport 12', []],
  ])('%j', (text, ports) => {
    expect(capturePortsIn(text)).toEqual(ports);
  });
});
