/**
 * The card's Show steps and Fixed / Still failing pressed at once (a double click, two people, two
 * replicas sharing one SQLite file), end to end (real app, signed requests, local fake Web API):
 * the steps are posted once, the other presser told privately where they are (EN/JA); a status
 * press keeps what another press wrote meanwhile, and the card ends up showing the status stored.
 */
import type { Call } from './fake-slack';
import { MemoryLogger } from '../../src/slack/logger';
import { claimSteps, recordSteps, STEPS_POSTING_MS } from '../../src/slack/listeners/actions/card';
import type { AppDeps } from '../../src/slack/deps';
import { MemoryMetaStore } from '../../src/store/meta';
import type { Harness } from './harness';
import { BOTH_LANGS, CARD_TS, cardPresses, EN, pressedOnBothReplicas, responses } from './card-presses-kit';

const STEPS_TS = '1700000000.000002';

/** The posts that hold the steps (their checklist). */
const stepsPosts = (h: Harness) => h.fake.calls.filter((c) => c.method.startsWith('chat.postMessage') && JSON.stringify(c.body.blocks ?? []).includes('step-done'));
const ALREADY = { en: /already in this thread: <https:\/\/example\.slack\.com\/archives\/C1\/p\d+\|jump to them>/, ja: /このスレッドに投稿済みです：<https:\/\/example\.slack\.com\/archives\/C1\/p\d+\|手順を開く>/ };
const POSTING = { en: /being posted in this thread right now/, ja: /いまこのスレッドに投稿しているところです/ };

describe('card presses at once', () => {
  let h: Harness;
  const kit = cardPresses((started) => (h = started));
  const { replica, idle, ask } = kit;

  it.each(BOTH_LANGS)('Show steps pressed by two people at once on one app (%s): posted once, the other told privately with a link', async (lang, text) => {
    const { press } = await ask(text);
    await Promise.all([press('show-steps', 'UBOB', 's1'), press('show-steps', 'UCAROL', 's2')]);
    await h.fake.waitFor(() => responses(h, 's1').length + responses(h, 's2').length >= 1);
    await idle();
    expect(stepsPosts(h)).toHaveLength(1);
    const notes = [...responses(h, 's1'), ...responses(h, 's2')];
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(notes[0]!.body.text).toMatch(ALREADY[lang]);
  });

  it.each(BOTH_LANGS)('Show steps pressed at once on two replicas sharing the database (%s): posted once, the other told privately', async (lang, text) => {
    await pressedOnBothReplicas(kit, text, 'show-steps', stepsPosts, new RegExp(`${ALREADY[lang].source}|${POSTING[lang].source}`));
  });

  it.each(BOTH_LANGS)('Show steps while another replica is still posting them (%s): nothing posted twice; told they are being posted, then where they are', async (lang, text) => {
    const { press } = await ask(text);
    await replica();
    // The first post hangs in Slack for 500 ms.
    h.fake.fail('chat.postMessage', { delayMs: 500, times: 1 });
    await press('show-steps', 'UBOB', 's1');
    await h.fake.waitFor((cs) => cs.some((c) => c.method === 'chat.postMessage!slow'));
    await press('show-steps', 'UCAROL', 's2', kit.other().port);
    await h.fake.waitFor(() => responses(h, 's2').length >= 1 || stepsPosts(h).length >= 2);
    expect(responses(h, 's2')[0]?.body.text).toMatch(POSTING[lang]);
    await idle();
    expect(stepsPosts(h)).toHaveLength(1);
    // Once posted, the next press anywhere gets the link.
    await press('show-steps', 'UDAN', 's3', kit.other().port);
    await h.fake.waitFor(() => responses(h, 's3').length >= 1);
    await idle();
    expect(stepsPosts(h)).toHaveLength(1);
    expect(responses(h, 's3')[0]!.body.text).toMatch(ALREADY[lang]);
  });

  it('a Show steps post that failed holds nothing back: the next press posts them', async () => {
    const { press } = await ask(EN);
    h.fake.fail('chat.postMessage', { status: 200, error: 'not_in_channel', times: 1 });
    await press('show-steps', 'UBOB', 's1');
    await h.fake.waitFor((cs) => cs.some((c) => c.method === 'chat.postMessage!failed'));
    await idle();
    expect(stepsPosts(h).filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
    await press('show-steps', 'UBOB', 's2');
    await h.fake.waitFor(() => stepsPosts(h).some((c) => c.method === 'chat.postMessage'));
    await idle();
    expect(stepsPosts(h).filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(responses(h, 's2')).toHaveLength(0);
  });

  it('the claim of a post: the same steps claimed are not posted again; a claim cut short (2 minutes), a failed post or other steps hold nothing back', async () => {
    const deps = { meta: new MemoryMetaStore(), logger: new MemoryLogger() } as unknown as AppDeps;
    const t0 = 1_000_000;
    const a = await claimSteps(deps, 'k', ['one', 'two'], t0);
    expect(a.post).toBe(true);
    expect(await claimSteps(deps, 'k', ['one', 'two'], t0 + 1000)).toEqual({ post: false });
    // The answer changed meanwhile: other steps, posted.
    expect((await claimSteps(deps, 'k', ['one', 'three'], t0 + 1000)).post).toBe(true);
    // A claim not ended within the limit (a crash) holds nothing back.
    const b = await claimSteps(deps, 'k', ['one', 'two'], t0 + STEPS_POSTING_MS + 1);
    expect(b.post).toBe(true);
    // The post failed: the claim goes.
    await recordSteps(deps, 'k', b.post ? b.token : null, ['one', 'two'], undefined);
    const c = await claimSteps(deps, 'k', ['one', 'two'], t0 + STEPS_POSTING_MS + 2);
    expect(c.post).toBe(true);
    await recordSteps(deps, 'k', c.post ? c.token : null, ['one', 'two'], '9.9');
    expect(await claimSteps(deps, 'k', ['one', 'two'], t0 + 10 * STEPS_POSTING_MS)).toEqual({ post: false, ts: '9.9' });
    expect((await deps.meta.get('k'))!.stepsPosting).toBeUndefined();
    // A claim made on a replica whose clock is a few seconds ahead still counts.
    expect((await claimSteps(deps, 'k2', ['one'], t0 + 5000)).post).toBe(true);
    expect(await claimSteps(deps, 'k2', ['one'], t0)).toEqual({ post: false });
  });

  it('Fixed on one replica while Show steps posts on another: both stick (the status and where the steps are)', async () => {
    const { key, press } = await ask(EN);
    await replica();
    // The card edit of Fixed hangs in Slack for 500 ms, while the other replica posts the steps.
    h.fake.fail('chat.update', { delayMs: 500, times: 1 });
    await press('mark-fixed', 'UBOB', 'f1', kit.other().port);
    await h.fake.waitFor((cs) => cs.some((c) => c.method === 'chat.update!slow'));
    await press('show-steps', 'UCAROL', 's1');
    await h.fake.waitFor(() => stepsPosts(h).length >= 1);
    await h.fake.waitFor((cs) => cs.some((c) => c.method === 'reactions.add'));
    await idle();
    expect(await h.bot.deps.meta.get(key)).toMatchObject({ status: 'fixed', statusBy: 'UBOB', stepsTs: STEPS_TS });
    await press('show-steps', 'UDAN', 's2', kit.other().port);
    await h.fake.waitFor(() => responses(h, 's2').length >= 1);
    expect(responses(h, 's2')[0]!.body.text).toMatch(ALREADY.en);
    expect(stepsPosts(h)).toHaveLength(1);
  });

  it('Fixed on one replica while Show steps is still posting on another: the status is not lost when the steps are recorded', async () => {
    const { key, press } = await ask(EN);
    await replica();
    h.fake.fail('chat.postMessage', { delayMs: 500, times: 1 });
    await press('show-steps', 'UCAROL', 's1');
    await h.fake.waitFor((cs) => cs.some((c) => c.method === 'chat.postMessage!slow'));
    await press('mark-fixed', 'UBOB', 'f1', kit.other().port);
    await h.fake.waitFor((cs) => cs.some((c) => c.method === 'reactions.add'));
    await new Promise((r) => setTimeout(r, 600));
    await idle();
    const meta = await h.bot.deps.meta.get(key);
    expect(meta).toMatchObject({ status: 'fixed', statusBy: 'UBOB' });
    expect(meta!.stepsTs).toBeDefined();
  });

  it('Fixed on one replica while Fix files is still uploading on another: the status stays, in the store and on the card', async () => {
    const { key, press } = await ask(EN);
    await replica();
    // The upload's last step waits 500 ms in Slack, then completes as usual.
    h.fake.hold('files.completeUploadExternal', 500);
    await press('fix-files', 'UCAROL', 'x1');
    await h.fake.waitFor((cs) => cs.some((c) => c.method === 'files.completeUploadExternal!held'));
    await press('mark-fixed', 'UBOB', 'f1', kit.other().port);
    await h.fake.waitFor((cs) => cs.some((c) => c.method === 'reactions.add'));
    await h.fake.waitFor(() => h.fake.completedUploads().length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    await idle();
    const meta = (await h.bot.deps.meta.get(key))!;
    expect(meta).toMatchObject({ status: 'fixed', statusBy: 'UBOB' });
    expect(meta.filesNote).toBeTruthy();
    // The card edited after the upload shows both the status and the files' note.
    const last = h.fake.of('chat.update').filter((c) => c.body.ts === CARD_TS).at(-1)!;
    expect((last.body.blocks as any[])[0].text.text).toMatch(/^✅ /);
    expect(JSON.stringify(last.body)).toContain('<@UBOB>');
  });

  /** The card as Slack shows it last: the edit applied last (a slow one applies when Slack answers it). */
  const cardShown = (delayMs: number): Call => {
    const edits = h.fake.calls.filter((c) => (c.method === 'chat.update' || c.method === 'chat.update!slow') && c.body.ts === CARD_TS);
    return edits.map((c, i) => ({ c, applied: c.at + (c.method.endsWith('!slow') ? delayMs : 0), i })).sort((x, y) => x.applied - y.applied || x.i - y.i).at(-1)!.c;
  };
  const header = (c: Call): string => (c.body.blocks as any[])[0].text.text;

  it('Fixed and Still failing at once on two replicas, the first edit reaching Slack last: the stored press wins whole, and the card shows it', async () => {
    const { key, press } = await ask(EN);
    await replica();
    h.fake.fail('chat.update', { delayMs: 500, times: 1 });
    await press('mark-fixed', 'UBOB', 'f1');
    await h.fake.waitFor((cs) => cs.some((c) => c.method === 'chat.update!slow'));
    await press('mark-failing', 'UCAROL', 'f2', kit.other().port);
    await h.fake.waitFor((cs) => cs.some((c) => c.method === 'reactions.add'));
    await new Promise((r) => setTimeout(r, 700));
    await idle();
    const meta = (await h.bot.deps.meta.get(key))!;
    // Whoever the store took last: its status with its own who.
    expect([['fixed', 'UBOB'], ['failing', 'UCAROL']]).toContainEqual([meta.status, meta.statusBy]);
    const shown = cardShown(500);
    expect(header(shown)).toMatch(meta.status === 'fixed' ? /^✅ / : /^🔴 /);
    expect(JSON.stringify(shown.body)).toContain(`<@${meta.statusBy}>`);
  });

  it('Fixed and Still failing pressed at once on one app: the card shows the status stored, other fields kept', async () => {
    const { key, press } = await ask(EN);
    await press('show-steps', 'UDAN', 's0');
    await h.fake.waitFor(() => stepsPosts(h).length >= 1);
    await idle();
    await Promise.all([press('mark-fixed', 'UBOB', 'f1'), press('mark-failing', 'UCAROL', 'f2')]);
    await h.fake.waitFor(() => h.fake.of('chat.update').filter((c) => c.body.ts === CARD_TS).length >= 2);
    await idle();
    const meta = (await h.bot.deps.meta.get(key))!;
    expect(meta.stepsTs).toBe(STEPS_TS);
    const last = h.fake.of('chat.update').filter((c) => c.body.ts === CARD_TS).at(-1)!;
    expect(header(last)).toMatch(meta.status === 'fixed' ? /^✅ / : /^🔴 /);
    expect(JSON.stringify(last.body)).toContain(`<@${meta.statusBy}>`);
  });
});
