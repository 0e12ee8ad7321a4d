/**
 * Show steps on a card that Share posted, after a correction changed the answer (QA round 25 M2,
 * the Share path): the steps Share posted in the card's thread count as the card's steps, recorded
 * with what they showed, so a later Show steps posts the current steps instead of linking to ones
 * that still demand a SQL service-pack upgrade. The real app, the local fake Web API, SQLite.
 */
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { responses } from './card-presses-kit';
import { blockActions, eventCallback, FORM, message, post, slashCommand } from './signed';
import { blocksOf, button, settle } from './press-kit';

jest.setTimeout(60000);

const textOf = (c: Call): string => JSON.stringify(blocksOf(c));

describe('Show steps on a shared card after the answer changed', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  it('posts the current steps, not a link to the ones Share posted before the correction', async () => {
    const ask = 'Outage: TMS 15.9, endpoints upgraded to CE 9.15.3 all show No HTTPS response. Windows Server 2012 R2, SQL Server 2012 SP1 on the TMS server.';
    await post(h.port, slashCommand('/tms-diagnose', ask, h.fake.responseUrl('d1'), { user_id: 'UALICE' }), { contentType: FORM });
    await settle(h, 300);
    const priv = responses(h, 'd1').find((r) => JSON.stringify(r.body.blocks ?? '').includes('"share'))!;
    await post(h.port, blockActions({ ...button(priv, 'share'), user: 'UALICE', channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('s1') }), { contentType: FORM });
    await settle(h, 300);
    const posts = () => h.fake.of('chat.postMessage');
    const i = posts().findIndex((c) => c.body.channel === 'C0INCIDENT' && !c.body.thread_ts);
    const card = posts()[i]!;
    const cardTs = h.fake.messages.find((m) => m.channel === 'C0INCIDENT' && !m.thread_ts)!.ts;
    const inThread = () => posts().filter((c) => c.body.thread_ts === cardTs);
    // Share posted the steps (with the service-pack upgrade) in the card's thread.
    expect(inThread().map(textOf).join('\n')).toMatch(/SQL Server 2012 SP1/);

    const before = posts().length;
    await post(h.port, eventCallback(message('C0INCIDENT', 'channel', 'UALICE', 'I checked: it is SQL 2012 SP4 actually (11.0.7001), not SP1.', { thread_ts: cardTs })));
    await h.fake.waitFor(() => posts().length > before);
    await settle(h, 200);

    const n = posts().length;
    await post(h.port, blockActions({ ...button(card, 'show-steps'), user: 'UALICE', channel: 'C0INCIDENT', messageTs: cardTs, threadTs: cardTs, responseUrl: h.fake.responseUrl('s2') }), { contentType: FORM });
    await settle(h, 400);
    const fresh = posts().slice(n).filter((c) => c.body.thread_ts === cardTs);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.map(textOf).join('\n')).not.toMatch(/SQL Server 2012 SP1/);
    expect(responses(h, 's2').map((r) => String(r.body.text ?? '')).join('\n')).not.toMatch(/already in this thread/);
  });
});
