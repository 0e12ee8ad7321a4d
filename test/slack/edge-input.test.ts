/**
 * The edge: signed requests whose content is forged (a block_id naming another conversation, a
 * modal's private_metadata naming another thread), signed but malformed payloads, and timestamps
 * outside the 5-minute window in either direction. Every request gets an answer, nothing throws,
 * and nothing acts on a conversation the payload does not belong to.
 */
import { echoEngine } from './echo-engine';
import { findButton, posts, responses, settle, str } from './calls';
import { startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, message, post, sign, SECRET, slashCommand, viewSubmission } from './signed';
import http from 'node:http';
import { withinWindow } from '../../src/slack/edge';
import { validSignature } from '../../src/slack/receiver';

const form = (fields: [string, string][]) => fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
const payloadForm = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
/** No listener error reached Bolt's error handler or the process. */
const noCrash = (h: Harness) => h.logger.lines.filter((l) => /unhandled|TypeError|is not a function|Cannot read/.test(JSON.stringify(l)));

describe('forged block_ids and private_metadata', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine });
  });
  afterEach(async () => h.close());

  it("a button whose block_id names another thread's key does not act on that thread", async () => {
    const a = mention('C1', 'UALICE', '<@UBOT> thread A');
    const b = mention('C2', 'UBOB', '<@UBOT> thread B');
    await post(h.port, eventCallback(a));
    await post(h.port, eventCallback(b));
    await h.fake.waitFor(() => posts(h).length === 2);
    const inB = posts(h).find((p) => p.body.channel === 'C2')!;
    const btn = findButton(inB, 'answer');
    // Mallory presses a button in thread A whose block_id was rewritten to thread B's key.
    await post(h.port, blockActions({ ...btn, user: 'UMALLORY', channel: 'C1', messageTs: '1700000000.000009', threadTs: a.ts as string, responseUrl: h.fake.responseUrl('f1') }), { contentType: FORM });
    await settle(h);
    expect(posts(h).filter((p) => p.body.channel === 'C2')).toHaveLength(1);
    expect(h.logger.lines.some((l) => l.msg === 'block_id names another conversation; ignored')).toBe(true);
    // thread B is untouched: its next turn is turn 2
    await post(h.port, eventCallback(message('C2', 'channel', 'UBOB', 'next', { thread_ts: b.ts })));
    await h.fake.waitFor(() => posts(h).filter((p) => p.body.channel === 'C2').length === 2);
    expect(str(posts(h).filter((p) => p.body.channel === 'C2')[1]!)).toContain('turn=2');
    // the forger is told, privately, that the button does not belong there
    expect(responses(h).map(str).join('')).toMatch(/does not belong/);
  });

  it("a forged Share does not publish someone else's private answer", async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'secret answer of alice', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).length === 1);
    const share = findButton(responses(h)[0]!, 'share');
    expect(share.blockId).toContain('slash:C0INCIDENT:UALICE');
    await post(h.port, blockActions({ ...share, user: 'UMALLORY', channel: 'C0INCIDENT', messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl('r2') }), { contentType: FORM });
    await settle(h);
    expect(posts(h)).toHaveLength(0);
    const toMallory = responses(h).filter((r) => r.body._id === 'r2');
    expect(toMallory.map(str).join('')).not.toContain('secret answer of alice');
    expect(toMallory.map(str).join('')).toMatch(/does not belong/);
    expect(responses(h).filter((r) => r.body.response_type === 'in_channel')).toHaveLength(0);
    // the same Share pressed by Alice herself still works
    await post(h.port, blockActions({ ...share, channel: 'C0INCIDENT', messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl('r3') }), { contentType: FORM });
    await h.fake.waitFor(() => posts(h).length === 1);
    expect(str(posts(h)[0]!)).toContain('secret answer of alice');
  });

  it("a probe modal whose private_metadata was rewritten to another thread's key is refused", async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> codecs');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const forged = JSON.stringify({ key: 'C9:1700000000.999999', ephemeral: false, lang: 'en' });
    const res = await post(h.port, viewSubmission('probe-modal', forged, { target: { target: { type: 'plain_text_input', value: '127.0.0.1:443' } } }), { contentType: FORM });
    expect(res.status).toBe(200);
    await settle(h);
    expect(posts(h).filter((p) => p.body.channel === 'C9')).toHaveLength(0);
    expect(h.logger.lines.some((l) => l.msg === 'probe modal metadata not signed by this app; ignored')).toBe(true);
  });
});

describe('signed but malformed payloads', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine });
  });
  afterEach(async () => h.close());

  it('a slash command with a field twice is read once and answered', async () => {
    const body = slashCommand('/tms-diagnose', 'first text', h.fake.responseUrl('r1')) + `&text=${encodeURIComponent('second text')}&user_id=UEVE`;
    const res = await post(h.port, body, { contentType: FORM });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    await h.fake.waitFor(() => responses(h).length === 1);
    expect(str(responses(h)[0]!)).toContain('text:first text');
    expect(noCrash(h)).toEqual([]);
  });

  it('a slash command without text, user or channel gets a polite ack', async () => {
    const res = await post(h.port, form([['command', '/tms-diagnose'], ['response_url', h.fake.responseUrl('r1')], ['team_id', 'T1']]), { contentType: FORM });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    expect(JSON.parse(res.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('could not read that request') });
    expect(JSON.parse(res.text).text).toContain('読み取れません');
    await settle(h);
    expect(noCrash(h)).toEqual([]);
  });

  it('a view submission without state, or with state null, is acked, not thrown', async () => {
    const raw = JSON.parse(new URLSearchParams(viewSubmission('probe-modal', '{}', {})).get('payload')!);
    delete raw.view.state;
    const a = await post(h.port, payloadForm(raw), { contentType: FORM });
    raw.view.state = null;
    const b = await post(h.port, payloadForm(raw), { contentType: FORM });
    raw.view = null;
    const c = await post(h.port, payloadForm(raw), { contentType: FORM });
    for (const r of [a, b, c]) {
      expect([200, 400]).toContain(r.status);
      expect(r.ms).toBeLessThan(3000);
    }
    await settle(h);
    expect(noCrash(h)).toEqual([]);
  });

  it('block actions without a user, with no actions, or with an action that is not an object, are acked', async () => {
    const raw = JSON.parse(new URLSearchParams(blockActions({ actionId: 'answer', value: '2012', channel: 'C1', messageTs: '1.1', threadTs: '1.0', responseUrl: h.fake.responseUrl('x') })).get('payload')!);
    const variants = [
      { ...raw, user: undefined },
      { ...raw, user: null },
      { ...raw, actions: [] },
      { ...raw, actions: null },
      { ...raw, actions: ['answer'] },
      { ...raw, actions: [{ ...raw.actions[0], action_id: 7 }] },
      { ...raw, channel: 'C1', container: 'x' },
    ];
    for (const v of variants) {
      const r = await post(h.port, payloadForm(v), { contentType: FORM });
      expect(r.status).toBe(200);
      expect(r.ms).toBeLessThan(3000);
    }
    await settle(h);
    expect(posts(h)).toHaveLength(0);
    expect(noCrash(h)).toEqual([]);
  });

  it('a JSON null, an array, a number and a string body are refused with 400, quickly', async () => {
    for (const body of ['null', '[]', '42', '"x"', '{"type":"event_callback","event":null}', '{"type":"event_callback","event":{"type":"message","text":["a","b"],"channel":"D1","channel_type":"im","user":"UALICE","ts":"1.1"}}']) {
      const r = await post(h.port, body);
      expect([200, 400]).toContain(r.status);
      expect(r.ms).toBeLessThan(3000);
    }
    await settle(h);
    expect(noCrash(h)).toEqual([]);
    // and the app still answers normal traffic
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'still there?')));
    await h.fake.waitFor(() => posts(h).some((p) => str(p).includes('still there?')));
  });

  it('an event whose text is a list is read as its first string, and answered once', async () => {
    const ev = message('D1', 'im', 'UALICE', 'x');
    ev.text = ['hello list', 'other'];
    const r = await post(h.port, eventCallback(ev));
    expect(r.status).toBe(200);
    await h.fake.waitFor(() => posts(h).length === 1);
    expect(str(posts(h)[0]!)).toContain('text:hello list');
  });
});

describe('withinWindow', () => {
  const at = 1_700_000_000_500; // ms
  it('accepts up to five minutes either side of now, and refuses beyond', () => {
    expect(withinWindow(String(1_700_000_000 + 300), at)).toBe(true);
    expect(withinWindow(String(1_700_000_000 - 299), at)).toBe(true);
    expect(withinWindow(String(1_700_000_000 + 301), at)).toBe(false);
    expect(withinWindow(String(1_700_000_000 - 301), at)).toBe(false);
  });
  it('refuses a missing, repeated or non-numeric timestamp', () => {
    expect(withinWindow(undefined, at)).toBe(false);
    expect(withinWindow(['1700000000', '1700000000'], at)).toBe(false);
    expect(withinWindow('1700000000.5', at)).toBe(false);
    expect(withinWindow('-1700000000', at)).toBe(false);
    expect(withinWindow('', at)).toBe(false);
  });
});

describe('request timestamps', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ engine: echoEngine });
  });
  afterAll(async () => h.close());

  it('refuses a correctly signed request timestamped more than 5 minutes in the future, and in the past', async () => {
    // Margins of tens of seconds: the exact boundary is the unit test below (the clock moves
    // between building a request here and the gate reading it).
    const now = Math.floor(Date.now() / 1000);
    for (const ts of [now + 330, now + 3600, now - 330]) {
      const body = eventCallback(message('D1', 'im', 'UALICE', `ts ${ts}`));
      const r = await post(h.port, body, { ts, signature: sign(SECRET, ts, body) });
      expect(r.status).toBe(401);
    }
    const ok = eventCallback(message('D1', 'im', 'UALICE', 'in window'));
    expect((await post(h.port, ok, { ts: now + 200 })).status).toBe(200);
    await h.fake.waitFor(() => posts(h).length === 1);
    expect(str(posts(h)[0]!)).toContain('in window');
  });
});

describe('one signature check, in the gate', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ engine: echoEngine });
  });
  afterAll(async () => h.close());

  /** A POST with the request target exactly as given (no URL normalisation by the client). */
  const raw = (target: string, body: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: h.port, method: 'POST', path: target, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });

  it('validSignature: only the v0 HMAC of this timestamp and body, of the right length, passes', () => {
    const body = '{"a":1}';
    const good = sign(SECRET, 1_700_000_000, body);
    expect(validSignature(SECRET, '1700000000', body, good)).toBe(true);
    expect(validSignature(SECRET, '1700000001', body, good)).toBe(false);
    expect(validSignature(SECRET, '1700000000', `${body} `, good)).toBe(false);
    expect(validSignature('another-secret-0123456789', '1700000000', body, good)).toBe(false);
    expect(validSignature(SECRET, '1700000000', body, `${good}00`)).toBe(false);
    expect(validSignature(SECRET, '1700000000', body, good.slice(0, -2))).toBe(false);
    expect(validSignature(SECRET, '1700000000', body, `v1=${good.slice(3)}`)).toBe(false);
    expect(validSignature(SECRET, '1700000000', body, `${good.slice(0, -2)}zz`)).toBe(false);
    expect(validSignature(SECRET, '1700000000', body, [good, good])).toBe(false);
    expect(validSignature(SECRET, '1700000000', body, undefined)).toBe(false);
  });

  it('a badly signed event is refused however its path is spelled (Bolt no longer checks signatures itself)', async () => {
    const body = eventCallback(message('D1', 'im', 'UALICE', 'sneaky'));
    const ts = Math.floor(Date.now() / 1000);
    const headers = { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign('wrong-secret-0123456789', ts, body) };
    for (const target of ['/slack/events', '/slack/events?x=1', '/slack/events#x', '/slack/./events', '/slack/x/../events', 'http://example.invalid/slack/events', '/slack/events/', '//x/slack/events', '/slack//events', '/Slack/events', '/slack/events%2F']) {
      const status = await raw(target, body, headers);
      // refused by the gate, or not an events path for Bolt either (404)
      expect([401, 404]).toContain(status);
    }
    expect(await raw('/slack/events#x', body, headers)).toBe(401);
    expect(await raw('http://example.invalid/slack/events', body, headers)).toBe(401);
    // '//host/path' is a URL with a host for Bolt: its path is /slack/events, so the gate checks it too.
    expect(await raw('//x/slack/events', body, headers)).toBe(401);
    await settle(h);
    expect(posts(h)).toHaveLength(0);
    expect(await h.bot.deps.store.conversations.count()).toBe(0);
  });

  it("Slack's unsigned ssl_check is answered, and a payload smuggled beside it is not processed", async () => {
    const payload = eventCallback(message('D1', 'im', 'UALICE', 'smuggled'));
    const body = `ssl_check=1&payload=${encodeURIComponent(payload)}`;
    const status = await raw('/slack/events', body, { 'content-type': FORM, 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)) });
    expect(status).toBe(200);
    await settle(h);
    expect(posts(h)).toHaveLength(0);
    expect(responses(h)).toHaveLength(0);
    expect(h.logger.lines.filter((l) => l.event_id !== undefined || /payload/.test(String(l.msg)))).toEqual([]);
  });
});
