/**
 * The answer card end to end (real receiver, real engine, SQLite, local fake Web API): one card of
 * at most 15 blocks, caveats before any step, a short fallback, updates in place with one short
 * note, Show steps, Fixed / Still failing.
 */
import type { Call } from './fake-slack';
import { payloadProblems } from '../../src/slack/guard';
import { CARD_LIMITS } from '../../src/slack/card';
import { startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, message, post, slashCommand, viewSubmission } from './signed';
import { applyReg, keyId, parseRegFile, SCHANNEL_PROTOCOLS_PATH, schannelState } from '../../src/windows/reg';

const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
const str = (c: Call): string => JSON.stringify(c.body);
const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const isCard = (c: Call) => (c.body.blocks as any[] | undefined)?.some((b) => b.type === 'actions' && b.elements.some((e: any) => e.action_id === 'mark-fixed')) === true;
function button(c: Call, id: string): { blockId: string; actionId: string; value?: string } {
  for (const b of c.body.blocks as any[]) if (b.type === 'actions') for (const e of b.elements) if (e.action_id === id) return { blockId: b.block_id, actionId: e.action_id, value: e.value };
  throw new Error(`no ${id} in ${str(c).slice(0, 300)}`);
}
const settle = async (h: Harness) => {
  await new Promise((r) => setTimeout(r, 100));
  await h.bot.idle();
};

describe('the answer card', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  async function ask(text: string, channel = 'C1') {
    const root = mention(channel, 'UALICE', `<@UBOT> ${text}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    return { root, rootTs: root.ts as string };
  }

  it('a full diagnosis is one card of at most 15 blocks: verdict, cause, next, facts, caveats before the buttons', async () => {
    const { rootTs } = await ask('TMS 15.2.1 No HTTPS response, endpoints ce9.15.3, SQL 2008 R2 on Windows 2008 R2');
    expect(posts(h)).toHaveLength(1);
    const card = posts(h)[0]!;
    expect(card.body.thread_ts).toBe(rootTs);
    const blocks = card.body.blocks as any[];
    expect(blocks.length).toBeLessThanOrEqual(15);
    expect(payloadProblems({ text: card.body.text, blocks: blocks as never }, CARD_LIMITS)).toEqual([]);
    expect(blocks[0].type).toBe('header');
    expect(blocks[0].text.text).toMatch(/TLS 1\.0 problem/);
    expect(blocks[1].text.text).toMatch(/^\*Cause:\* CE 9\.15\.3 refuses TLS 1\.0/);
    expect(blocks[2].text.text).toMatch(/^\*Next:\* Enable TLS 1\.2/);
    expect(blocks[3].type).toBe('context');
    expect(blocks[3].elements[0].text).toContain('SQL Server 2008 R2');
    // The caveats: one line each, all before any button (Show steps comes after them).
    const caveatIdx = blocks.map((b, i) => (b.type === 'section' && b.text.text.startsWith(':warning:') ? i : -1)).filter((i) => i >= 0);
    const caveats = caveatIdx.map((i) => blocks[i].text.text as string);
    expect(caveats.some((c) => c.includes('SQL Server 2008 R2'))).toBe(true);
    expect(caveats.some((c) => c.includes('Telnet'))).toBe(true);
    for (const c of caveats) expect(c).not.toContain('\n');
    const firstActions = blocks.findIndex((b) => b.type === 'actions');
    expect(Math.max(...caveatIdx)).toBeLessThan(firstActions);
    expect(caveats[0]).toContain('SQL');
    // Buttons and source links.
    const ids = blocks.filter((b) => b.type === 'actions' && !b.elements.some((e: any) => e.action_id.startsWith('answer'))).flatMap((b) => b.elements.map((e: any) => e.action_id));
    expect(ids.slice(0, 5)).toEqual(['show-steps', 'fix-files', 'probe-endpoint', 'mark-fixed', 'mark-failing']);
    expect(ids).toEqual(expect.arrayContaining(['start-over', 'help']));
    const links = blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).filter((e: any) => e.url);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.url).toMatch(/^https:\/\/(www\.cisco\.com|bst\.cloudapps\.cisco\.com|support\.microsoft\.com|learn\.microsoft\.com|www\.rfc-editor\.org)\//);
    // The fallback: one sentence naming the verdict and the next action.
    expect(card.body.text.length).toBeLessThanOrEqual(300);
    expect(unesc(card.body.text)).toMatch(/^TLS 1\.0 problem.*Enable TLS 1\.2.*Medium-High/);
    // The registry details are not in the card.
    expect(str(card)).not.toContain('SCHANNEL');
  });

  it('a later message edits the card in place and posts one short note; the answer is never posted twice', async () => {
    const { rootTs } = await ask('TMS 15.2.1, endpoints CE 9.15, SQL 2016');
    expect(posts(h)).toHaveLength(1);
    const card = posts(h)[0]!;
    const cardTs = '1700000000.000001';
    expect(str(card)).toContain('Windows'); // the refinement question is in the card
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'Windows Server 2019', { thread_ts: rootTs })));
    await h.fake.waitFor(() => h.fake.of('chat.update').length >= 1 && posts(h).length >= 2);
    await settle(h);
    const upd = h.fake.of('chat.update');
    expect(upd).toHaveLength(1);
    expect(upd[0]!.body).toMatchObject({ channel: 'C1', ts: cardTs });
    expect(upd[0]!.body.blocks.length).toBeLessThanOrEqual(15);
    expect(unesc(str(upd[0]!))).toContain('Windows Server 2019');
    expect(posts(h)).toHaveLength(2);
    const note = posts(h)[1]!;
    expect(note.body.thread_ts).toBe(rootTs);
    expect(note.body.blocks.length).toBeLessThanOrEqual(3);
    expect(isCard(note)).toBe(false);
    expect(unesc(str(note))).toMatch(/Updated the answer above/);
    expect(unesc(str(note))).toMatch(/TLS 1\.2/); // knowledge: with Windows known or not, the registry step is a TLS 1.2 check (same title)
    // A message that changes nothing in the answer: the card is edited (same content), the note says so.
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'level is Medium', { thread_ts: rootTs })));
    await h.fake.waitFor(() => posts(h).length >= 3);
    await settle(h);
    expect(posts(h).filter(isCard)).toHaveLength(1);
    expect(posts(h).every((p) => (p.body.blocks as any[]).filter((b) => b.type === 'header').length <= (isCard(p) ? 1 : 0))).toBe(true);
    // Saying it again changes nothing: the note says so, and the card is not edited again.
    const edits = h.fake.of('chat.update').length;
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'level is Medium', { thread_ts: rootTs })));
    await h.fake.waitFor(() => posts(h).length >= 4);
    await settle(h);
    expect(h.fake.of('chat.update')).toHaveLength(edits);
    expect(unesc(str(posts(h)[3]!))).toMatch(/Nothing in the answer above changes|does not change/);
  });

  it.each([
    ['en', 'TMS 15.2.1, CE 9.15.3, SQL 2016 on another server, Windows Server 2008 R2', 'Communication Security is Medium', 'level Medium (assumed)', /Assumed: level Medium/, 'Level Medium confirmed: the answer above stays as it is.'],
    ['ja', 'TMS 15.2.1、CE 9.15.3、SQL 2016 は別サーバ、Windows Server 2008 R2', 'レベルは Medium です', 'レベル Medium（仮定）', /仮定: レベル Medium/, 'レベル Medium を確認しました。上の回答に変更はありません。'],
  ])('the level assumed (%s): shown once on the card; confirming it gets one line, not the facts twice', async (_lang, first, confirm, assumedItem, repeat, note) => {
    const { rootTs } = await ask(first);
    const card = posts(h)[0]!;
    const context = unesc((card.body.blocks as any[]).filter((b) => b.type === 'context').flatMap((b) => b.elements.map((e: any) => e.text)).join('\n'));
    expect(context.split(assumedItem)).toHaveLength(2);
    expect(context).not.toMatch(repeat);
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', confirm, { thread_ts: rootTs })));
    await h.fake.waitFor(() => posts(h).length >= 2);
    await settle(h);
    const reply = posts(h)[1]!;
    expect(reply.body.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: note } }]);
    expect(reply.body.text).toBe(note);
    // The card itself now shows the level without "(assumed)".
    const edited = unesc(str(h.fake.of('chat.update').at(-1)!));
    expect(edited).not.toContain(assumedItem);
  });

  it.each([
    ['en', 'TMS 15.2.1, CE 9.15.3, SQL 2016 on another server, Windows Server 2019, level Medium', 'Start over?', 'I will forget what this conversation knows (TMS 15.2.1 · CE 9.15.3 · SQL Server 2016 · SQL on another server · Windows Server 2019 · level Medium) and ask again'],
    ['ja', 'TMS 15.2.1、CE 9.15.3、SQL 2016 は別サーバ、Windows Server 2019、レベルは Medium', '最初からやり直しますか？', 'この会話で把握している情報（TMS 15.2.1、CE 9.15.3、SQL Server 2016、SQL は別サーバ、Windows Server 2019、レベル Medium）を消去し、'],
  ])('Start over asks in the presser\'s language (%s, a presser whose Slack locale matches the conversation): the facts in brackets without their label', async (lang, text, title, body) => {
    // The modal follows the presser's Slack locale (QA54 #9: test/slack/qa54b-presser-modal.test.ts has a presser whose locale
    // differs from the thread's); here the presser reads the conversation's language.
    if (lang === 'ja') h.fake.locales.set('UALICE', 'ja-JP');
    const { rootTs } = await ask(text);
    const card = posts(h)[0]!;
    await post(h.port, blockActions({ ...button(card, 'start-over'), channel: 'C1', messageTs: '1700000000.000001', threadTs: rootTs, responseUrl: h.fake.responseUrl('so') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length >= 1);
    const view = h.fake.of('views.open')[0]!.body.view;
    expect(view.title.text).toBe(title);
    expect(view.blocks[0].text.text).toContain(body);
    expect(view.blocks[0].text.text).not.toMatch(/Understood so far|ここまでの情報/);
  });

  it("a colleague's remark that HDX units are managed over SNMP is taken: the note and the card's Telnet/SNMP caveat name them (EN/JA)", async () => {
    const { rootTs } = await ask('TMS 15.2.1, CE 9.15.3, Windows Server 2012 R2, SQL 2016 on another server, level Medium');
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'fwiw the Polycom HDX units are managed over SNMP', { thread_ts: rootTs })));
    await h.fake.waitFor(() => posts(h).length >= 2 && h.fake.of('chat.update').length >= 1);
    await settle(h);
    const note = unesc(str(posts(h)[1]!));
    expect(note).not.toMatch(/Nothing in the answer above changes/);
    expect(note).toContain('Caveat now: Medium-High turns Telnet and SNMP off: this concerns the Polycom HDX you mentioned');
    expect(note).not.toMatch(/No longer applies/);
    expect(unesc(str(h.fake.of('chat.update')[0]!))).toContain('this concerns the Polycom HDX you mentioned');
    const state = (await h.bot.deps.store.conversations.get(`C1:${rootTs}`))!.state;
    expect(state.facts.telnetSystems).toEqual(['Polycom HDX']);

    const ja = await ask('TMS 15.2.1、CE 9.15.3、Windows Server 2012 R2、SQL 2016 は別サーバ、レベルは Medium', 'C2');
    const before = posts(h).length;
    await post(h.port, eventCallback(message('C2', 'channel', 'UTARO', 'ちなみに Polycom HDX は SNMP で管理しています', { thread_ts: ja.rootTs })));
    await h.fake.waitFor(() => posts(h).length > before);
    await settle(h);
    expect(unesc(str(posts(h)[before]!))).toContain('注意点を更新：Medium-High にすると Telnet と SNMP が無効になります（お話にあった Polycom HDX に関係します）');
  });

  it("a card edit refused with 429 in one channel waits out Retry-After and is applied; another channel's turn is not held up", async () => {
    const a = await ask('TMS 15.2.1, endpoints CE 9.15, SQL 2016', 'CA');
    expect(posts(h)).toHaveLength(1);
    h.fake.failIn('CA', { method: 'chat.update', mode: '429', retryAfter: 3, times: 1 });
    await post(h.port, eventCallback(message('CA', 'channel', 'UBOB', 'Windows Server 2019', { thread_ts: a.rootTs })));
    const refused = (await h.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.update!429'))).find((c) => c.method === 'chat.update!429')!;
    // CA is waiting out its Retry-After: CB's turn is answered meanwhile.
    const bSent = Date.now();
    await post(h.port, eventCallback(mention('CB', 'UCAROL', '<@UBOT> TMS 15.2.1 No HTTPS response, endpoints ce9.15.3')));
    await h.fake.waitFor(() => posts(h).some((p) => p.body.channel === 'CB'));
    const bCard = posts(h).find((p) => p.body.channel === 'CB')!;
    expect(bCard.at - bSent).toBeLessThan(2000); // waiting with CA would take its 3 s Retry-After
    expect(h.fake.of('chat.update')).toHaveLength(0); // CA's edit has not been sent again yet
    // Then CA's edit is applied, once, after its Retry-After; no second card.
    await h.fake.waitFor(() => h.fake.of('chat.update').length >= 1, 8000);
    await settle(h);
    const upd = h.fake.of('chat.update');
    expect(upd).toHaveLength(1);
    expect(upd[0]!.body.channel).toBe('CA');
    expect(upd[0]!.at - refused.at).toBeGreaterThanOrEqual(950);
    expect(unesc(str(upd[0]!))).toContain('Windows Server 2019');
    expect(posts(h).filter((p) => p.body.channel === 'CA' && isCard(p))).toHaveLength(1);
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(0);
  });

  it('Show steps posts the caveats then the numbered steps into the thread, once', async () => {
    const { rootTs } = await ask('TMS 15.2.1, endpoints CE 9.15, SQL 2012 SP1, Windows 2012 R2, level Medium');
    const card = posts(h)[0]!;
    const press = { channel: 'C1', messageTs: '1700000000.000001', threadTs: rootTs, responseUrl: h.fake.responseUrl('s1'), messageBlocks: card.body.blocks };
    await post(h.port, blockActions({ ...button(card, 'show-steps'), ...press }), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length >= 2);
    await settle(h);
    const details = posts(h).slice(1);
    for (const d of details) expect(d.body.thread_ts).toBe(rootTs);
    const text = unesc(details.map(str).join(''));
    // (SQL 2012 SP1: its service-pack upgrade is step 1, before the backup: QA56 #4.)
    const firstStep = text.indexOf('1. Upgrade SQL Server 2012 SP1 to a service pack with TLS 1.2 support');
    expect(firstStep).toBeGreaterThan(0);
    expect(text.indexOf('2. Back up the registry first')).toBeGreaterThan(firstStep);
    expect(text.indexOf('SQL Server 2012')).toBeLessThan(firstStep);
    expect(text.indexOf('Telnet')).toBeLessThan(firstStep);
    expect(text).toContain('SCHANNEL');
    expect(h.fake.of('chat.update')).toHaveLength(0); // the card is not "pressed away"
    const n = posts(h).length;
    await post(h.port, blockActions({ ...button(card, 'show-steps'), ...press, responseUrl: h.fake.responseUrl('s2') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 's2'));
    await settle(h);
    expect(posts(h)).toHaveLength(n);
    expect(h.fake.of('response_url').find((r) => r.body._id === 's2')!.body.text).toMatch(/already/);
  });

  it('Fixed marks the card (header, who, when) and reacts ✅ on the thread root; Still failing asks the next question', async () => {
    const { rootTs } = await ask('TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium');
    const card = posts(h)[0]!;
    const press = { channel: 'C1', messageTs: '1700000000.000001', threadTs: rootTs, responseUrl: h.fake.responseUrl('f'), user: 'UBOB' };
    await post(h.port, blockActions({ ...button(card, 'mark-fixed'), ...press }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('chat.update').length >= 1 && h.fake.of('reactions.add').length >= 1);
    const upd = h.fake.of('chat.update')[0]!;
    expect(upd.body.ts).toBe('1700000000.000001');
    expect(upd.body.blocks[0].text.text).toMatch(/^✅ /);
    expect(str(upd)).toContain('Fixed by <@UBOB>');
    expect(str(upd)).toMatch(/<!date\^\d+\^/);
    expect(h.fake.of('reactions.add')[0]!.body).toMatchObject({ channel: 'C1', timestamp: rootTs, name: 'white_check_mark' });
    expect(posts(h)).toHaveLength(1);

    await post(h.port, blockActions({ ...button(card, 'mark-failing'), ...press }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('chat.update').length >= 2 && posts(h).length >= 2);
    expect(h.fake.of('chat.update')[1]!.body.blocks[0].text.text).toMatch(/^🔴 /);
    const q = posts(h)[1]!;
    expect(q.body.thread_ts).toBe(rootTs);
    expect(q.body.blocks.length).toBeLessThanOrEqual(3);
    expect(unesc(str(q))).toContain('check-tls.cmd');
    expect(unesc(str(q))).toContain('Medium-High');
    expect(h.bot.deps.meta).toBeDefined();
    expect((await h.bot.deps.meta.get(`C1:${rootTs}`))!).toMatchObject({ status: 'failing', statusBy: 'UBOB' });
  });

  it('a private answer is the card with Share; Share posts the card at the top level and the details in its thread', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'TMS 15.2.1 endpoints CE 9.15 SQL 2012 SP1 Windows 2012 R2 level medium', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').length >= 1);
    await settle(h);
    const priv = h.fake.of('response_url')[0]!;
    expect(priv.body.blocks.length).toBeLessThanOrEqual(15);
    // Show steps on a private answer opens a modal.
    await post(h.port, blockActions({ ...button(priv, 'show-steps'), channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('r2') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length === 1);
    const modal = h.fake.of('views.open')[0]!.body.view;
    expect(modal.type).toBe('modal');
    expect(unesc(JSON.stringify(modal))).toContain('2. Back up the registry first');
    expect(posts(h)).toHaveLength(0);

    await post(h.port, blockActions({ ...button(priv, 'share'), channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('r3') }), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length >= 2);
    await settle(h);
    const [top, ...thread] = posts(h);
    expect(top!.body.thread_ts).toBeUndefined();
    expect(top!.body.blocks.length).toBeLessThanOrEqual(15);
    expect(isCard(top!)).toBe(true);
    expect(str(top!)).toContain('Shared by <@UALICE>');
    expect(str(top!)).not.toContain('SCHANNEL');
    for (const p of thread) expect(p.body.thread_ts).toBe('1700000000.000001');
    expect(unesc(thread.map(str).join(''))).toContain('SCHANNEL');
  });

  it('answers a Japanese thread with a Japanese card', async () => {
    await ask('TMS 15.2 で No HTTPS response、エンドポイントは CE 9.15、SQL 2016、Windows 2019');
    const card = posts(h)[0]!;
    expect(card.body.blocks.length).toBeLessThanOrEqual(15);
    expect(card.body.blocks[0].text.text).toContain('TLS 1.0 の問題');
    expect(str(card)).toContain('手順を表示');
    expect(card.body.text.length).toBeLessThanOrEqual(300);
  });

  it('Fix files uploads enable-tls12.reg and check-tls.cmd into the thread; after a pasted check-tls output, rollback.reg too', async () => {
    const { rootTs } = await ask('TMS 15.2.1, endpoints CE 9.15, SQL 2008 R2, Windows 2008 R2, level Medium');
    const card = posts(h)[0]!;
    const press = { channel: 'C1', messageTs: '1700000000.000001', threadTs: rootTs, messageBlocks: card.body.blocks };
    await post(h.port, blockActions({ ...button(card, 'fix-files'), ...press, responseUrl: h.fake.responseUrl('ff1') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.completedUploads().length === 2);
    const first = h.fake.completedUploads();
    expect(first.map((u) => u.filename)).toEqual(['enable-tls12.reg', 'check-tls.cmd']);
    for (const u of first) expect(u).toMatchObject({ channel: 'C1', threadTs: rootTs });
    expect(first[0]!.initialComment).toMatch(/back up the registry/);
    const reg = parseRegFile(first[0]!.bytes!);
    expect(reg.problems).toEqual([]);
    expect(reg.encoding).toBe('utf16le');
    expect(reg.model.keys.map((k) => k.path)).toEqual([`${SCHANNEL_PROTOCOLS_PATH}\\TLS 1.2\\Client`, `${SCHANNEL_PROTOCOLS_PATH}\\TLS 1.2\\Server`]);
    expect(schannelState(reg.model)['TLS 1.2'].Client.verdict).toBe('enabled');
    expect(first[1]!.bytes!.toString('ascii')).toContain('reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s');
    // The card now says the rollback is the step-1 backup.
    await h.fake.waitFor(() => h.fake.of('chat.update').length >= 1);
    expect(unesc(str(h.fake.of('chat.update')[0]!))).toMatch(/Rollback: the registry backup of step 1/);

    // The engineer pastes what check-tls.cmd printed: TLS 1.2 Client explicitly off, no Server key.
    const pasted = [
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols',
      '',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2',
      '',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
      '    Enabled    REG_DWORD    0x0',
      '    DisabledByDefault    REG_DWORD    0x1',
      '',
    ].join('\n');
    await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', pasted, { thread_ts: rootTs })));
    await settle(h);
    await post(h.port, blockActions({ ...button(card, 'fix-files'), ...press, responseUrl: h.fake.responseUrl('ff2') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.completedUploads().length === 5);
    const second = h.fake.completedUploads().slice(2);
    expect(second.map((u) => u.filename)).toEqual(['enable-tls12.reg', 'check-tls.cmd', 'rollback.reg']);
    const rb = parseRegFile(second[2]!.bytes!);
    expect(rb.problems).toEqual([]);
    const before = { format: null, keys: [
      { path: `${SCHANNEL_PROTOCOLS_PATH}\\TLS 1.2\\Client`, values: [{ name: 'Enabled', data: { type: 'REG_DWORD' as const, value: 0 } }, { name: 'DisabledByDefault', data: { type: 'REG_DWORD' as const, value: 1 } }] },
    ] };
    const after = applyReg(parseRegFile(second[0]!.bytes!).model, applyReg(before));
    const restored = applyReg(rb.model, after);
    const view = (t: ReturnType<typeof applyReg>) => Object.fromEntries([...t.keys].map(([id, k]) => [id, Object.fromEntries([...k.values].map(([n, v]) => [n, v.data]))]));
    expect(view(restored)).toEqual(view(applyReg(before)));
    expect(restored.keys.has(keyId(`${SCHANNEL_PROTOCOLS_PATH}\\TLS 1.2\\Server`))).toBe(false);
  });

  it.each([
    ['en', 'TMS 15.2.1, endpoints CE 9.15, SQL 2008 R2, Windows 2008 R2, level Medium', /already in this thread, above/],
    ['ja', 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2008 R2、Windows 2008 R2、レベルは Medium です', /アップロード済みです/],
  ])('Fix files pressed twice at once in a thread (%s): uploaded once; the second presser is told privately', async (_lang, text, already) => {
    const { rootTs } = await ask(text);
    const card = posts(h)[0]!;
    const press = (user: string, id: string) =>
      post(h.port, blockActions({ ...button(card, 'fix-files'), user, channel: 'C1', messageTs: '1700000000.000001', threadTs: rootTs, messageBlocks: card.body.blocks, responseUrl: h.fake.responseUrl(id) }), { contentType: FORM });
    await Promise.all([press('UALICE', 'd1'), press('UBOB', 'd2')]);
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'd1' || r.body._id === 'd2'));
    await settle(h);
    expect(h.fake.completedUploads().map((u) => u.filename)).toEqual(['enable-tls12.reg', 'check-tls.cmd']);
    const notes = h.fake.of('response_url').filter((r) => r.body._id === 'd1' || r.body._id === 'd2');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(notes[0]!.body.text).toMatch(already);
  });

  it('a message that shows no language is answered in the user\'s Slack locale; Japanese text stays Japanese', async () => {
    h.fake.locales.set('UHANAKO', 'ja-JP');
    const root = mention('C7', 'UHANAKO', '<@UBOT> TMS 15.2.1, CE 9.15, SQL 2016, Windows 2019');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    expect(posts(h)[0]!.body.blocks[0].text.text).toContain('TLS 1.0 の問題');
    expect(h.fake.of('users.info')[0]!.body).toMatchObject({ user: 'UHANAKO' });
    // An English sentence from the same user is answered in English; the locale was asked once.
    await post(h.port, eventCallback(mention('C8', 'UHANAKO', '<@UBOT> our TMS 15.2.1 shows No HTTPS response for CE 9.15 codecs, SQL 2016')));
    await h.fake.waitFor(() => posts(h).length >= 2);
    await settle(h);
    expect(str(posts(h)[1]!)).toMatch(/TLS 1\.0 problem|which Windows|Windows Server/);
    expect(h.fake.of('users.info')).toHaveLength(1);
  });

  it('the App Home lists the user\'s recent diagnoses, newest first, with status and a link to the thread', async () => {
    const a = await ask('No HTTPS response: TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium', 'C1');
    const cardA = posts(h)[0]!;
    await post(h.port, blockActions({ ...button(cardA, 'mark-fixed'), channel: 'C1', messageTs: '1700000000.000001', threadTs: a.rootTs, responseUrl: h.fake.responseUrl('fx') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('reactions.add').length === 1);
    await new Promise((r) => setTimeout(r, 20));
    await ask('TMS 14.6.2, endpoints TC7.3.6', 'C2');
    await post(h.port, eventCallback({ type: 'app_home_opened', user: 'UALICE', channel: 'D1', tab: 'home', ts: '1.0' }, 'EvHome1'));
    await h.fake.waitFor(() => h.fake.of('views.publish').length === 1);
    const blocks = h.fake.of('views.publish')[0]!.body.view.blocks as any[];
    const text = JSON.stringify(blocks);
    const newer = text.indexOf('this TMS must be upgraded');
    const older = text.indexOf('TMS must offer TLS 1.2');
    expect(newer).toBeGreaterThan(0);
    expect(older).toBeGreaterThan(newer);
    expect(text).toContain('✅ fixed');
    expect(text).toContain(`https://example.slack.com/archives/C1/p1700000000000001?thread_ts=${a.rootTs}&cid=C1`);
    const ids = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements.map((e: any) => e.action_id));
    expect(ids).toEqual(expect.arrayContaining(['open-link:home', 'home-probe']));
    const nd = blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e: any) => e.action_id === 'open-link:home');
    expect(nd.url).toBe('https://slack.com/app_redirect?app=A1&team=T1');
    // Someone else's Home does not list Alice's diagnoses.
    await post(h.port, eventCallback({ type: 'app_home_opened', user: 'UBOB', channel: 'D3', tab: 'home', ts: '1.2' }, 'EvHome2'));
    await h.fake.waitFor(() => h.fake.of('views.publish').length === 2);
    expect(JSON.stringify(h.fake.of('views.publish')[1]!.body.view)).not.toContain('TMS must');
  });

  it('the message shortcut "Diagnose this message" answers in that message\'s thread', async () => {
    const payload = {
      type: 'message_action', callback_id: 'diagnose-message', trigger_id: '1.2.trig', response_url: h.fake.responseUrl('ms'),
      team: { id: 'T1', domain: 'example' }, user: { id: 'UALICE', name: 'alice' }, channel: { id: 'C5', name: 'incident' },
      message_ts: '1710009999.000100',
      message: { type: 'message', user: 'UBOB', ts: '1710009999.000100', text: 'Ticket 4711: TMS 15.2.1 &amp; codecs on ce9.15.3 show No HTTPS response. SQL 2016 on Windows 2019.' },
    };
    await post(h.port, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    expect(posts(h)[0]!.body).toMatchObject({ channel: 'C5', thread_ts: '1710009999.000100' });
    expect(isCard(posts(h)[0]!)).toBe(true);
    expect(unesc(str(posts(h)[0]!))).toContain('CE 9.15.3');
  });

  it('"Probe an endpoint" from the App Home or the global shortcut opens the modal; a refused target is a field error', async () => {
    const payload = { type: 'shortcut', callback_id: 'probe-endpoint-shortcut', trigger_id: '9.9.trig', team: { id: 'T1', domain: 'example' }, user: { id: 'UALICE', name: 'alice' } };
    await post(h.port, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length === 1);
    const modal = h.fake.of('views.open')[0]!.body.view;
    expect(modal.callback_id).toBe('probe-modal');
    const res = await post(h.port, viewSubmission('probe-modal', modal.private_metadata, { target: { target: { type: 'plain_text_input', value: '198.51.100.9' } } }), { contentType: FORM });
    // No probe is configured in this harness: refused in the modal, nothing posted.
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'errors' });
    expect(posts(h)).toHaveLength(0);
  });
});
