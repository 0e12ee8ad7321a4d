/**
 * End-to-end: files shared with the bot (real Bolt app, real engine, signed requests, the fake Web
 * API serving the file bytes behind the bot token). Captures, .reg exports and broken files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileHandlers, type FileHandler } from '../../src/slack/files';
import { allowedHost } from '../../src/slack/files/download';
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');
const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
const allText = (c: Call): string => JSON.stringify(c.body.blocks ?? []) + String(c.body.text ?? '');
const settle = async (h: Harness, ms = 200) => {
  await new Promise((r) => setTimeout(r, ms));
  await h.bot.idle();
};

describe('files shared with the bot', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('a capture shared in a thread the bot is in is downloaded with the bot token, read and answered in the thread', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1, endpoints on CE 9.15.3 show No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const file = h.fake.addFile('F1', 'tms-server.pcap', readFileSync(join(FIX, 'tls10-reset-http301.pcap')));
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', '', { thread_ts: root.ts, subtype: 'file_share', files: [file] })));
    await h.fake.waitFor(() => posts(h).length === 2, 10000);
    const dl = h.fake.of('files.download');
    expect(dl).toHaveLength(1);
    expect(dl[0]!.body.authorization).toBe('Bearer xoxb-test-token');
    const reply = posts(h)[1]!;
    expect(reply.body).toMatchObject({ channel: 'C1', thread_ts: root.ts });
    // The capture's lines are quoted once, under the finding that explains them (QA round 10).
    expect(allText(reply)).toContain('I read tms-server.pcap (packet capture): what it shows is quoted below');
    expect(allText(reply).split('the ClientHello offered TLS 1.0 only (client_version 0x0301); the server reset the connection (RST)')).toHaveLength(3); // blocks + fallback text
    expect(allText(reply)).toContain('The capture confirms the cause');
    const state = (await h.bot.deps.store.conversations.get(`C1:${root.ts}`))!.state;
    expect(state.facts.evidence!.observations.map((o) => o.code)).toContain('capture-clienthello-tls10-only');
    expect(state.facts.evidence!.sources).toEqual(['tms-server.pcap']);
  });

  it('a .reg file alone in a DM (no download URL in the event: files.info) is answered, without an "empty message" reply', async () => {
    h.fake.addFile('F2', 'schannel.reg', readFileSync(join(FIX, 'schannel-tls10-off-tls12-on.reg')), { inEvent: false });
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', '', { subtype: 'file_share', files: [{ id: 'F2', name: 'schannel.reg' }] })));
    await h.fake.waitFor(() => posts(h).length === 1, 10000);
    await settle(h);
    expect(posts(h)).toHaveLength(1);
    expect(h.fake.of('files.info')).toHaveLength(1);
    expect(allText(posts(h)[0]!)).toContain('TLS 1.2 Client is enabled');
  });

  it('a file over the size limit, or an unreadable one, gets a polite reason to the person who shared it', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const big = { ...h.fake.addFile('F3', 'huge.pcap', Buffer.alloc(10)), size: 500 * 1024 * 1024 };
    const junk = h.fake.addFile('F4', 'broken.pcap', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256)));
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', '', { thread_ts: root.ts, subtype: 'file_share', files: [big, junk] })));
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length === 2, 10000);
    const [a, b] = h.fake.of('chat.postEphemeral');
    expect(a!.body).toMatchObject({ channel: 'C1', user: 'UBOB', thread_ts: root.ts });
    expect(a!.body.text).toMatch(/huge\.pcap is 500 MB, more than the 200 MB I read/);
    expect(b!.body.text).toMatch(/I could not read broken\.pcap: I cannot tell what this file is/);
    expect(h.fake.of('files.download').map((c) => c.body.id)).toEqual(['F4']);
    expect(posts(h)).toHaveLength(1);
  });

  it('screenshots and files in threads the bot is not in are left alone', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const png = { ...h.fake.addFile('F5', 'screen.png', Buffer.from([0x89, 0x50, 0x4e, 0x47])), mimetype: 'image/png' };
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', '', { thread_ts: root.ts, subtype: 'file_share', files: [png] })));
    const other = h.fake.addFile('F6', 'x.pcap', readFileSync(join(FIX, 'no-clienthello.pcap')));
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', '', { thread_ts: '1709999999.000001', subtype: 'file_share', files: [other] })));
    await settle(h, 400);
    expect(h.fake.of('files.download')).toHaveLength(0);
    expect(posts(h)).toHaveLength(1);
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(0);
  });

  it('a .reg shared with a comment about it gets one reply: what the export shows, and the card follows it (EN)', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1, CE 9.15.3 codecs show No HTTPS response. Windows Server 2012 R2, SQL 2016 on another server, level Medium.');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    expect(allText(posts(h)[0]!)).toContain('Make sure TLS 1.2 is enabled');
    const file = h.fake.addFile('F8', 'schannel.reg', readFileSync(join(FIX, 'schannel-tls10-off-tls12-on.reg')));
    await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', 'here is the registry export', { thread_ts: root.ts, subtype: 'file_share', files: [file] })));
    await h.fake.waitFor(() => posts(h).length === 2 && h.fake.of('chat.update').length === 1, 10000);
    await settle(h, 300);
    expect(posts(h)).toHaveLength(2);
    const note = allText(posts(h)[1]!);
    expect(note).not.toMatch(/could not find a version/);
    expect(note).toContain('What schannel.reg (registry export) shows');
    expect(note).toContain('TLS 1.2 Client is enabled');
    expect(note).toContain('TLS 1.0 Client is turned off');
    expect(note).toContain('Next: Set Communication Security to Medium-High in TMS Tools, then restart IIS and the TMS services.');
    const card = allText(h.fake.of('chat.update')[0]!);
    expect(card).not.toContain('Make sure TLS 1.2 is enabled');
    expect(card).toContain('restart IIS and the TMS services');
  });

  it('a .reg (with the missing endpoint version as its comment) that makes the first diagnosis: what it shows, then one card', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 shows No HTTPS response. SQL 2016 on another server, Windows Server 2012 R2, level Medium');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    await h.bot.idle();
    expect(allText(posts(h)[0]!)).not.toContain('mark-fixed');
    const file = h.fake.addFile('F12', 'schannel.reg', readFileSync(join(FIX, 'schannel-tls10-off-tls12-on.reg')));
    await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', 'the codecs run CE 9.15.3, here is the registry export', { thread_ts: root.ts, subtype: 'file_share', files: [file] })));
    await h.fake.waitFor(() => posts(h).length >= 3, 10000);
    await settle(h, 300);
    // The reading, then a single card (not one card for the words and another for the file).
    expect(posts(h)).toHaveLength(3);
    const [, shown, card] = posts(h);
    expect(allText(shown!)).toContain('What schannel.reg (registry export) shows');
    expect(allText(shown!)).toContain('TLS 1.2 Client is enabled');
    expect(allText(shown!)).not.toContain('mark-fixed');
    expect(allText(card!)).toContain('mark-fixed');
    expect(allText(card!)).toContain('CE 9.15.3');
    expect(allText(card!)).not.toContain('Make sure TLS 1.2 is enabled');
    expect(h.fake.of('chat.update')).toHaveLength(0);
  });

  it('JA: the comment shared with a .reg gets no "could not read" reply of its own; a comment with a fact is still read', async () => {
    const root = mention('C2', 'UHANAKO', '<@UBOT> TMS 15.2.1、CE 9.15.3 で No HTTPS response。Windows Server 2012 R2、SQL 2016 は別サーバ、レベルは Medium');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const file = h.fake.addFile('F9', 'schannel.reg', readFileSync(join(FIX, 'schannel-tls10-off-tls12-on.reg')));
    await post(h.port, eventCallback(message('C2', 'channel', 'UHANAKO', 'レジストリをエクスポートしました', { thread_ts: root.ts, subtype: 'file_share', files: [file] })));
    await h.fake.waitFor(() => posts(h).length === 2, 10000);
    await settle(h, 300);
    expect(posts(h)).toHaveLength(2);
    const note = allText(posts(h)[1]!);
    expect(note).not.toContain('読み取れませんでした');
    expect(note).toContain('schannel.reg（レジストリのエクスポート）から読み取った内容');
    expect(note).toContain('TLS 1.2 Client は有効です');
    // Words that carry a fact are a turn of their own, answered before the file's reply.
    const again = h.fake.addFile('F10', 'schannel2.reg', readFileSync(join(FIX, 'schannel-tls10-off-tls12-on.reg')));
    await post(h.port, eventCallback(message('C2', 'channel', 'UHANAKO', 'TMS は 15.13 でした', { thread_ts: root.ts, subtype: 'file_share', files: [again] })));
    await h.fake.waitFor(() => posts(h).length === 4, 10000);
    const state = (await h.bot.deps.store.conversations.get(`C2:${root.ts}`))!.state;
    expect(state.facts.tms).toMatchObject({ semver: '15.13.0' });
    expect(state.facts.evidence!.sources).toEqual(['schannel.reg', 'schannel2.reg']);
  });

  it('words shared with a screenshot are read as a message of their own', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const png = { ...h.fake.addFile('F11', 'screen.png', Buffer.from([0x89, 0x50, 0x4e, 0x47])), mimetype: 'image/png' };
    await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', 'the endpoints are on CE 9.15.3', { thread_ts: root.ts, subtype: 'file_share', files: [png] })));
    await h.fake.waitFor(() => posts(h).length === 2, 10000);
    expect(h.fake.of('files.download')).toHaveLength(0);
    const state = (await h.bot.deps.store.conversations.get(`C1:${root.ts}`))!.state;
    expect(state.facts.endpoint).toBeDefined();
  });

  it('the bot token only goes to Slack file hosts (or the configured API host)', async () => {
    expect(allowedHost(new URL('https://files.slack.com/files-pri/T1-F1/x.pcap'), undefined)).toBe(true);
    expect(allowedHost(new URL('http://files.slack.com/x'), undefined)).toBe(false);
    expect(allowedHost(new URL('https://files.slack.com.evil.example/x'), undefined)).toBe(false);
    expect(allowedHost(new URL(`http://127.0.0.1:${h.fake.port}/files/F1/x`), h.fake.apiUrl)).toBe(true);
    expect(allowedHost(new URL('http://127.0.0.1:1/files/F1/x'), h.fake.apiUrl)).toBe(false);
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const elsewhere = { id: 'F7', name: 'x.pcap', url_private_download: 'http://127.0.0.1:1/steal' };
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', '', { thread_ts: root.ts, subtype: 'file_share', files: [elsewhere] })));
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length === 1, 10000);
    expect(h.fake.of('chat.postEphemeral')[0]!.body.text).toMatch(/could not download x\.pcap/);
  });
});

describe('file handler registry', () => {
  const handler = (id: string, priority: number, accepts: FileHandler['accepts']): FileHandler => ({ id, priority, accepts, handle: async () => undefined });
  it('asks handlers in priority order and picks by name, type or first bytes', () => {
    const r = new FileHandlers([handler('broad', 100, () => true), handler('targets', 10, (f, head) => /\.csv$/.test(f.name) && head.toString().includes('host'))]);
    expect(r.ids).toEqual(['targets', 'broad']);
    expect(r.pick({ id: 'a', name: 't.csv' }, Buffer.from('host,port\n10.0.0.1,443'))?.id).toBe('targets');
    expect(r.pick({ id: 'a', name: 't.csv' }, Buffer.from('Level,Date'))?.id).toBe('broad');
    expect(() => r.register(handler('broad', 1, () => false))).toThrow(/twice/);
    const none = new FileHandlers([handler('throws', 1, () => { throw new Error('x'); })]);
    expect(none.pick({ id: 'a', name: 'a' }, Buffer.alloc(0))).toBeNull();
  });
});
