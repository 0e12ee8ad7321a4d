/**
 * The answer card's buttons: Show steps (into the thread, or a modal for a private answer),
 * Fixed / Still failing (the card's status, edited in place; ✅ on the thread's root; the next
 * diagnostic question), Start over (asks for confirmation first), and the source links (opened by
 * Slack itself; the press is only acknowledged).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { AllMiddlewareArgs, BlockAction, RespondFn, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock, ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { questionBlock } from '../../../conversation/compose';
import { stepsBlocks } from '../../../conversation/summary';
import type { Lang } from '../../../domain/types';
import type { SurfaceMeta } from '../../../store/meta';
import { currentSummary, getMeta, statusOf, updateMeta } from '../../answer';
import { blockId, fallbackText, renderReply } from '../../blockkit';
import { CARD_ACTIONS, cardGen, renderCard } from '../../card';
import type { AppDeps } from '../../deps';
import { respondAll } from '../../flows';
import { startOverModal } from '../views/start-over-modal';
import { escapeMrkdwn } from '../../mrkdwn';
import { presserLang, userLang } from '../../locale';
import { stepsMessages, stepsModal } from '../../steps-view';
import { errorCode, postToThread, updateMessage, uploadFiles } from '../../service';
import { probeReply } from '../../probe-view';
import { failingLevelQuestion } from '../../failing-question';
import { buildFixKit } from '../../../fixkit';
import { permalinkOf } from '../../permalink';
import { claimFixFiles, FILES_AGAIN_MIN, filesKey, kitDigest, notSentAgainText, privateFilesText, recordFixFiles, sendFixFilesToDm } from '../../private-files';
import { resolveAction, type ActionContext } from './context';

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

const AT = {
  en: {
    nothing: 'There is no diagnosis in this conversation yet: tell me the versions first.',
    gone: (slash: boolean) =>
      `I no longer have this conversation (it expired or was reset), so this button can do nothing. ${slash ? 'Run /tms-diagnose again with the versions' : 'Mention me again with the versions'} to start a new one.`,
    stepsTitle: 'Steps',
    close: 'Close',
    noSteps: 'This answer has no steps to take.',
    noProbe: 'This conversation holds no probe result (it may have been reset): press Probe an endpoint to run one.',
    failingIntro:
      'Still failing: let us find out where. The quickest checks: run check-tls.cmd from *Fix files* on the TMS server and paste its output here (the Schannel state); tell me the Communication Security level actually saved in TMS Tools; or capture TMS connecting to the endpoint (Wireshark: `tls.handshake.type == 1 && tcp.port == 443`) and tell me the version its ClientHello offers.',
    filesComment: (facts: string, rollback: boolean) =>
      `Fix files for ${facts || 'this case'}. First back up the registry (step 1), then follow the steps in the comments at the top of enable-tls12.reg, in their order. check-tls.cmd only reads: run it before and after and paste its output here.${rollback ? ' rollback.reg undoes what enable-tls12.reg set (its keys go back to the values you pasted) and nothing else: it does not touch TLS 1.0 or SSL 3.0.' : ' To undo, use the backup: paste the output of check-tls.cmd here first and I will add rollback.reg.'}`,
    typeStartOver: 'I could not ask for confirmation here. To start again, type "start over" in this conversation.',
    startedOver: 'This answer was started over, so its buttons no longer work (the answer stays as it was): use the newer question or answer in this conversation.',
    failingShown: 'The next question for "Still failing" was already shown to you, above: answer it there.',
  },
  ja: {
    nothing: 'この会話にはまだ診断がありません。先にバージョンを教えてください。',
    gone: (slash: boolean) =>
      `この会話はもう残っていません（期限切れか、リセットされました）。そのため、このボタンでは何もできません。新しく始めるには、${slash ? 'バージョンを添えてもう一度 /tms-diagnose を実行してください' : 'バージョンを添えてもう一度メンションしてください'}。`,
    stepsTitle: '手順',
    close: '閉じる',
    noSteps: 'この回答には実施する手順がありません。',
    noProbe: 'この会話にはプローブの結果が残っていません（リセットされた可能性があります）。[エンドポイントをプローブ] で調べ直せます。',
    failingIntro:
      'まだ解決しないとのことですので、どこで失敗しているかを確認しましょう。すぐにできる確認は次のいずれかです：[修正ファイル] の check-tls.cmd を TMS サーバで実行し、出力をここに貼り付けてください（Schannel の状態が分かります）。TMS ツールで実際に保存されている [Communication Security] のレベルを教えてください。または、TMS からエンドポイントへの接続をキャプチャし（Wireshark のフィルタ：`tls.handshake.type == 1 && tcp.port == 443`）、ClientHello が提示しているバージョンを教えてください。',
    filesComment: (facts: string, rollback: boolean) =>
      `修正ファイル（${facts || 'このケース'}）です。先にレジストリをバックアップし（手順 1）、そのあと enable-tls12.reg の先頭のコメントにある手順を、その順番どおりに行ってください。check-tls.cmd は読み取りだけです。変更の前後に実行して、出力をここに貼り付けてください。${rollback ? 'rollback.reg は enable-tls12.reg が設定したものだけを元に戻します（そのキーが貼り付けていただいた値に戻ります）。TLS 1.0 と SSL 3.0 には触れません。' : '元に戻すにはバックアップを使います。先に check-tls.cmd の出力を貼り付けていただければ rollback.reg も作成します。'}`,
    typeStartOver: '確認画面を開けませんでした。やり直すには、この会話で「最初から」と入力してください。',
    startedOver: 'この回答はその後「最初から」やり直されたため、ボタンはもう使えません（回答の内容はそのまま残ります）。この会話の新しい質問または回答をご利用ください。',
    failingShown: '「まだ解決しない」の次の質問は、上に表示済みです。そちらに回答してください。',
  },
} as const;

/**
 * Where a card's steps, files and next question already are (or are being posted), as the presser is told: a thread (a
 * channel's, or a thread inside a DM) is "this thread"; a DM's own conversation has no thread, so there it is "this
 * conversation" (fix54b).
 */
const HERE = {
  en: {
    thread: {
      stepsAlready: 'The steps for this answer are already in this thread, above.',
      stepsAlreadyLink: (link: string) => `The steps for this answer are already in this thread: <${link}|jump to them>.`,
      stepsPosting: 'The steps for this answer are being posted in this thread right now: they will be there in a moment.',
      filesAlready: (min: number) =>
        `These fix files are already in this thread, above, and this answer has not changed since, so I did not upload them again. To have them uploaded once more, press Fix files again in ${min} minutes.`,
      filesUploading: 'I am uploading these fix files into this thread right now: they will be there in a moment.',
      failingAlready: 'The next question for "Still failing" is already in this thread, above: answer it there.',
      failingAlreadyLink: (link: string) => `The next question for "Still failing" is already in this thread: <${link}|jump to it>. Answer it there.`,
      failingPosting: 'The next question for "Still failing" is being posted in this thread right now: it will be there in a moment.',
    },
    dm: {
      stepsAlready: 'The steps for this answer are already above in this conversation.',
      stepsAlreadyLink: (link: string) => `The steps for this answer are already above in this conversation: <${link}|jump to them>.`,
      stepsPosting: 'The steps for this answer are being posted in this conversation right now: they will be there in a moment.',
      filesAlready: (min: number) =>
        `These fix files are already above in this conversation, and this answer has not changed since, so I did not upload them again. To have them uploaded once more, press Fix files again in ${min} minutes.`,
      filesUploading: 'I am uploading these fix files into this conversation right now: they will be there in a moment.',
      failingAlready: 'The next question for "Still failing" is already above in this conversation: answer it there.',
      failingAlreadyLink: (link: string) => `The next question for "Still failing" is already above in this conversation: <${link}|jump to it>. Answer it there.`,
      failingPosting: 'The next question for "Still failing" is being posted in this conversation right now: it will be there in a moment.',
    },
  },
  ja: {
    thread: {
      stepsAlready: 'この回答の手順は、このスレッドの上に投稿済みです。',
      stepsAlreadyLink: (link: string) => `この回答の手順は、このスレッドに投稿済みです：<${link}|手順を開く>`,
      stepsPosting: 'この回答の手順は、いまこのスレッドに投稿しているところです。まもなく表示されます。',
      filesAlready: (min: number) =>
        `この修正ファイルは、このスレッドの上にアップロード済みです。その後この回答は変わっていないため、もう一度はアップロードしませんでした。もう一度アップロードする必要がある場合は、${min} 分後に [修正ファイル] を押してください。`,
      filesUploading: 'この修正ファイルは、いまこのスレッドにアップロードしているところです。まもなく表示されます。',
      failingAlready: '「まだ解決しない」の次の質問は、このスレッドの上に投稿済みです。そちらに回答してください。',
      failingAlreadyLink: (link: string) => `「まだ解決しない」の次の質問は、このスレッドに投稿済みです：<${link}|質問を開く>。そちらに回答してください。`,
      failingPosting: '「まだ解決しない」の次の質問は、いまこのスレッドに投稿しているところです。まもなく表示されます。',
    },
    dm: {
      stepsAlready: 'この回答の手順は、この会話の上のほうに投稿済みです。',
      stepsAlreadyLink: (link: string) => `この回答の手順は、この会話の上のほうに投稿済みです：<${link}|手順を開く>`,
      stepsPosting: 'この回答の手順は、いまこの会話に投稿しているところです。まもなく表示されます。',
      filesAlready: (min: number) =>
        `この修正ファイルは、この会話の上のほうにアップロード済みです。その後この回答は変わっていないため、もう一度はアップロードしませんでした。もう一度アップロードする必要がある場合は、${min} 分後に [修正ファイル] を押してください。`,
      filesUploading: 'この修正ファイルは、いまこの会話にアップロードしているところです。まもなく表示されます。',
      failingAlready: '「まだ解決しない」の次の質問は、この会話の上のほうに投稿済みです。そちらに回答してください。',
      failingAlreadyLink: (link: string) => `「まだ解決しない」の次の質問は、この会話の上のほうに投稿済みです：<${link}|質問を開く>。そちらに回答してください。`,
      failingPosting: '「まだ解決しない」の次の質問は、いまこの会話に投稿しているところです。まもなく表示されます。',
    },
  },
} as const;

/** A DM's own conversation (a DM, not a thread in it): what the card posts goes into the DM itself. */
function dmItself(ctx: ActionContext): boolean {
  return ctx.target.channel.startsWith('D') && !ctx.target.threadTs;
}

/** The "already there / being posted" lines for where this press's conversation is (a thread, or a DM itself). */
function here(lang: Lang, ctx: ActionContext): (typeof HERE)['en']['thread'] {
  return HERE[lang === 'ja' ? 'ja' : 'en'][dmItself(ctx) ? 'dm' : 'thread'] as unknown as (typeof HERE)['en']['thread'];
}

/**
 * A press on a card drawn before its conversation started over (the generation its button carries is
 * not the conversation's): the card shows an answer the conversation no longer holds, so nothing may
 * act on it. A button that carries no generation (another message's, an older card's) is not checked.
 */
export function fromBeforeStartOver(value: string | undefined, state: { restarts?: number }): boolean {
  const g = cardGen(value);
  return g !== undefined && g !== (state.restarts ?? 0);
}

/** What a card's button says when its conversation started over since the card was drawn. */
export function startedOverText(lang: Lang): string {
  return at(lang).startedOver;
}

/** What a button says when the conversation behind its card is gone (expired or reset). */
export function goneText(lang: Lang, slash: boolean): string {
  return at(lang).gone(slash);
}

function at(lang: Lang): (typeof AT)['en'] {
  return (lang === 'ja' ? AT.ja : AT.en) as unknown as (typeof AT)['en'];
}

/**
 * One private line to the presser. A line about the press itself, given as words per language (the
 * button no longer works, nothing to show, no probe), pressed on a shared card (a thread's, a
 * channel's), is in the presser's language (presserLang: their Slack locale, else the thread's); on a
 * private answer, in that answer's (the presser's own conversation). A text already made is sent as it
 * is: a line that points to something in the thread (the steps or the question already there, the
 * files above) is in the thread's language, like what it points to.
 */
async function tell(deps: AppDeps, client: WebClient, respond: RespondFn, ctx: ActionContext, lang: Lang, text: string | ((l: Lang) => string)): Promise<void> {
  const own = typeof text === 'string' ? lang : await presserLang(deps.locales, client, ctx.user, lang, ctx.ephemeral);
  await respondAll(deps, client, respond, [{ text: typeof text === 'string' ? text : text(own), blocks: [] }], ctx.target, own, { replaceOriginal: false });
}

async function conversation(deps: AppDeps, key: string) {
  try {
    return await deps.store.conversations.get(key);
  } catch (error) {
    deps.logger.error('conversation lookup failed', { key, reason: errorCode(error) });
    return null;
  }
}

/** A stored conversation, as the card's buttons read it. */
type Conv = NonNullable<Awaited<ReturnType<typeof conversation>>>;
interface Pressed {
  args: Args;
  ctx: ActionContext;
  conv: Conv;
  lang: Lang;
}

/**
 * The common start of a card button: ack, check the block_id against the payload, then run `fn`
 * in the conversation's turn order with its stored state (or say there is no diagnosis yet).
 * `queued(ctx)` false: run at once on the stored state instead, for a press that opens a modal
 * (its trigger_id is valid 3 s after the click: it must not wait behind a slow turn).
 */
function onConversation(deps: AppDeps, fn: (p: Pressed) => Promise<void>, queued: (ctx: ActionContext) => boolean = () => true) {
  return async (args: Args): Promise<void> => {
    const { ack, body, action, client, respond } = args;
    await ack();
    const ctx = await resolveAction(deps.logger, body, action, respond);
    if (!ctx) return;
    const run = async () => {
      const conv = await conversation(deps, ctx.key);
      if (!conv) {
        // The card still shows its answer, but the conversation behind it is gone: say so, in the presser's language.
        const lang = await userLang(deps.locales, client, ctx.user);
        return tell(deps, client, respond, ctx, lang, (l) => at(l).gone(ctx.key.startsWith('slash:')));
      }
      const lang = conv.state.lang;
      // The card shows an answer from before a start over: said in one line, the card left as it is.
      if (fromBeforeStartOver(ctx.value, conv.state)) return tell(deps, client, respond, ctx, lang, (l) => at(l).startedOver);
      await fn({ args, ctx, conv, lang });
    };
    if (!queued(ctx)) return run();
    await deps.service.serial(ctx.key, run);
  };
}

/**
 * Show steps: numbered steps (caveats first) into the thread (in turn order), or a modal for a
 * private answer (opened at once from the stored state: a modal posts nothing in the thread). The
 * layout within Slack's limits, whole steps per message or modal: src/slack/steps-view.ts.
 */
export function showStepsAction(deps: AppDeps) {
  return onConversation(deps, async ({ args: { body, client, respond }, ctx, conv, lang }) => {
    const summary = currentSummary(conv.state);
    if (!summary) return tell(deps, client, respond, ctx, lang, (l) => at(l).nothing);
    if (summary.steps.length === 0 && summary.caveats.length === 0) return tell(deps, client, respond, ctx, lang, (l) => at(l).noSteps);
    if (ctx.ephemeral) {
      // A modal holds 100 blocks: whole steps up to that, the rest (if any) privately in the conversation.
      const { blocks, rest } = stepsModal(summary, lang);
      const view: ModalView = { type: 'modal', title: { type: 'plain_text', text: at(lang).stepsTitle }, close: { type: 'plain_text', text: at(lang).close }, blocks };
      try {
        await client.views.open({ trigger_id: body.trigger_id, view });
      } catch (error) {
        deps.logger.error('views.open failed', { method: 'views.open', key: ctx.key, reason: errorCode(error) });
        await respondAll(deps, client, respond, stepsMessages(summary, lang), ctx.target, lang, { replaceOriginal: false });
        return;
      }
      if (rest.length) await respondAll(deps, client, respond, rest, ctx.target, lang, { replaceOriginal: false });
      return;
    }
    const titles = summary.steps.map((s) => s.title);
    // What the post shows (caveats and every step, whole): a correction that changed only a caveat or a step's body is new steps too.
    const digest = stepsDigest(summary, lang);
    // Claimed first (one step on every replica): two presses at once, here or on another replica, post once.
    const claim = await claimSteps(deps, ctx.key, titles, Date.now(), digest);
    if (!claim.post) {
      // In a long incident thread "above" is a long scroll: a link goes straight to them.
      const link = claim.ts ? await permalinkOf(client, deps.logger, ctx.target.channel, claim.ts) : undefined;
      return tell(deps, client, respond, ctx, lang, !claim.ts ? here(lang, ctx).stepsPosting : link ? here(lang, ctx).stepsAlreadyLink(link) : here(lang, ctx).stepsAlready);
    }
    const res = await postToThread(client, deps.logger, ctx.target, stepsMessages(summary, lang, { key: ctx.key, checklist: true }), lang);
    await recordSteps(deps, ctx.key, claim.token, titles, res.ok ? res.ts[0] : undefined, digest);
  }, (ctx) => !ctx.ephemeral);
}

/** A digest of what a Show steps post shows (the caveats and the steps, whole, in `lang`). */
export function stepsDigest(summary: NonNullable<ReturnType<typeof currentSummary>>, lang: Lang): string {
  return createHash('sha256').update(JSON.stringify([lang, stepsBlocks(summary, lang)])).digest('hex').slice(0, 32);
}

/** A Show steps post not recorded as ended within this long was cut short (a crash): the next press posts. */
export const STEPS_POSTING_MS = 2 * 60_000;

/** Post (the claim's token; null: the store could not record it) or not: already posted (at `ts`) or being posted now. */
type StepsClaim = { post: true; token: string | null } | { post: false; ts?: string };

const sameSteps = (a: string[] | undefined, b: string[]): boolean => JSON.stringify(a) === JSON.stringify(b);
/**
 * The same post: the same titles and, when both sides know it, the same digest of everything shown
 * (caveats, bodies). A post recorded without one (older entries only: Show steps and Share both
 * record it now) is compared by its titles.
 */
const samePost = (titles: string[] | undefined, digest: string | undefined, t: string[], d: string | undefined): boolean =>
  sameSteps(titles, t) && (digest === undefined || d === undefined || digest === d);

/**
 * Before posting the steps: the same steps already posted in the thread, or being posted by another
 * press (here or on another replica, claimed within STEPS_POSTING_MS), are not posted again;
 * otherwise this press records that it is posting them, in the conversation's own metadata (one
 * step on every replica: MetaStore.update, so a status written meanwhile is kept). The store
 * failing: posted anyway (the steps twice rather than none).
 */
export async function claimSteps(deps: AppDeps, key: string, titles: string[], now = Date.now(), digest?: string): Promise<StepsClaim> {
  const token = randomUUID();
  let prior: { ts?: string } | undefined;
  try {
    await deps.meta.update(key, (cur) => {
      prior = undefined;
      if (cur?.stepsTs && samePost(cur.stepsShown, cur.stepsDigest, titles, digest)) prior = { ts: cur.stepsTs };
      else {
        const p = cur?.stepsPosting;
        // Within the limit either way: another replica's clock may be a little ahead.
        if (p && samePost(p.titles, p.digest, titles, digest) && Math.abs(now - p.at) < STEPS_POSTING_MS) prior = {};
      }
      return prior ? undefined : { ...(cur ?? { status: 'open' }), stepsPosting: { token, at: now, titles, ...(digest ? { digest } : {}) } };
    });
  } catch (error) {
    deps.logger.warn('steps post not claimed, posted anyway', { key, reason: errorCode(error) });
    return { post: true, token: null };
  }
  return prior ? { post: false, ...prior } : { post: true, token };
}

/**
 * After posting: where the steps are (for the next press), or, when the post failed, nothing (the
 * claim goes: the next press posts). Only this press's claim is cleared. Never throws.
 */
export async function recordSteps(deps: AppDeps, key: string, token: string | null, titles: string[], ts: string | undefined, digest?: string): Promise<void> {
  try {
    await deps.meta.update(key, (cur) => {
      const mine = token !== null && cur?.stepsPosting?.token === token;
      if (!ts && !mine) return undefined;
      const { stepsPosting, ...rest } = cur ?? { status: 'open' as const };
      const next: SurfaceMeta = mine ? rest : { ...rest, ...(stepsPosting ? { stepsPosting } : {}) };
      if (!ts) return next;
      const { stepsDigest: _old, ...kept } = next;
      return { ...kept, stepsTs: ts, stepsShown: titles, ...(digest ? { stepsDigest: digest } : {}) };
    });
  } catch (error) {
    deps.logger.error('card metadata write failed', { key, reason: errorCode(error) });
  }
}

/** What of the metadata the card's status line shows (a newer press changes it). */
const statusShown = (m: SurfaceMeta | null | undefined): string => JSON.stringify([m?.status ?? 'open', m?.statusBy, m?.statusAt]);

/**
 * Fixed / Still failing: set the card's status (who, when) and edit it in place.
 *
 * The status, who and when are written together onto the metadata as stored (MetaStore.update, one
 * step on every replica): whatever else was written meanwhile (the steps' position, fix files, the
 * card's position) is kept. Two presses at once, here or on two replicas: the last one the store
 * takes wins, whole (its status with its own who and when), and the card ends up showing it: the
 * card is edited from what was stored, and read again after the edit; a newer status stored by
 * another press meanwhile (whose edit may have reached Slack first) is edited in again.
 */
export function statusAction(deps: AppDeps) {
  return onConversation(deps, async ({ args: { body, client, respond }, ctx, conv, lang }) => {
    const kind = ctx.actionId.startsWith(CARD_ACTIONS.fixed) ? 'fixed' : 'failing';
    const summary = currentSummary(conv.state);
    if (!summary) return tell(deps, client, respond, ctx, lang, (l) => at(l).nothing);
    const now = Date.now();
    const press = (cur: SurfaceMeta | null): SurfaceMeta => ({ ...(cur ?? { status: 'open' }), status: kind, statusBy: ctx.user, statusAt: now });
    let meta: SurfaceMeta;
    let stored = true;
    try {
      meta = (await deps.meta.update(ctx.key, press)) ?? press(null);
    } catch (error) {
      deps.logger.error('card metadata write failed', { key: ctx.key, reason: errorCode(error) });
      meta = press(await getMeta(deps, ctx.key));
      stored = false;
    }
    const render = (s: NonNullable<typeof summary>, m: SurfaceMeta) => renderCard(s, lang, { key: ctx.key, status: statusOf(m), question: m.question, filesNote: m.filesNote, share: ctx.ephemeral, probeDetails: m.probe === true, gen: conv.state.restarts });
    if (ctx.ephemeral) {
      await respondAll(deps, client, respond, [render(summary, meta)], ctx.target, lang, { replaceOriginal: true });
    } else {
      const ts = meta.cardTs ?? (body as { container?: { message_ts?: string } }).container?.message_ts;
      if (ts) {
        const where = { channel: ctx.target.channel, ts };
        let shown = meta;
        let ok = await updateMessage(client, deps.logger, where, render(summary, shown), deps.edit);
        // Another press's status, stored after this one, whose edit Slack may have applied before this one: shown again.
        for (let i = 0; ok && stored && i < 2; i++) {
          const latest = await getMeta(deps, ctx.key);
          if (!latest || latest.status === 'open' || latest.cardTs !== meta.cardTs || statusShown(latest) === statusShown(shown)) break;
          const s = currentSummary((await conversation(deps, ctx.key))?.state ?? conv.state) ?? summary;
          shown = latest;
          ok = await updateMessage(client, deps.logger, where, render(s, shown), deps.edit);
        }
      }
      const root = meta.threadTs ?? ctx.target.threadTs;
      if (kind === 'fixed' && root) {
        try {
          await client.reactions.add({ channel: ctx.target.channel, timestamp: root, name: 'white_check_mark' });
        } catch (error) {
          const why = errorCode(error);
          if (why !== 'already_reacted') deps.logger.warn('reactions.add failed', { method: 'reactions.add', channel: ctx.target.channel, reason: why });
        }
      }
    }
    if (kind === 'failing') {
      // Pressed again within FAILING_AGAIN_MS (a double click, a second person, another replica): the
      // question is not posted twice; this presser is told privately where it is.
      const claim = await claimFailingQuestion(deps, ctx.key);
      if (!claim.post) {
        if (!claim.posted) return tell(deps, client, respond, ctx, lang, here(lang, ctx).failingPosting);
        if (ctx.ephemeral) return tell(deps, client, respond, ctx, lang, at(lang).failingShown);
        const link = claim.ts ? await permalinkOf(client, deps.logger, ctx.target.channel, claim.ts) : undefined;
        return tell(deps, client, respond, ctx, lang, link ? here(lang, ctx).failingAlreadyLink(link) : here(lang, ctx).failingAlready);
      }
      // The next diagnostic question: how to see where it fails, and the level actually set (a level on record: that it stuck).
      const q = questionBlock(lang, failingLevelQuestion(conv.state.facts));
      const [m] = renderReply({ lang, blocks: [q] }, { key: ctx.key, gen: conv.state.restarts ?? 0 });
      const intro: KnownBlock = { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(at(lang).failingIntro) } };
      const msg = { text: fallbackText(at(lang).failingIntro.slice(0, 280)), blocks: [intro, ...(m?.blocks ?? [])].slice(0, 3).map((b, n) => ({ ...b, block_id: blockId(ctx.key, 100 + n) })) as KnownBlock[] };
      if (ctx.ephemeral) {
        const ok = await respondAll(deps, client, respond, [msg], ctx.target, lang, { replaceOriginal: false });
        await recordFailingQuestion(deps, ctx.key, claim.token, ok ? { ts: undefined } : null);
      } else {
        const res = await postToThread(client, deps.logger, ctx.target, [msg], lang);
        await recordFailingQuestion(deps, ctx.key, claim.token, res.ok ? { ts: res.ts[0] } : null);
      }
    }
  });
}

/**
 * A second Still failing within this long after the first one's question was claimed or posted
 * does not post it again; later (the checks done, and it still fails) it is asked again. A claim
 * not recorded as ended within it was cut short (a crash) and holds no press back.
 */
export const FAILING_AGAIN_MS = 2 * 60_000;

/** Post (the claim's token; null: the store could not record it) or not: posted already (at `ts`, in a thread) or being posted now. */
type FailingClaim = { post: true; token: string | null } | { post: false; posted: boolean; ts?: string };

/**
 * Before posting the question after Still failing: one claimed or posted within FAILING_AGAIN_MS
 * (here or on another replica) is not posted again; otherwise this press records that it is
 * posting it, in the conversation's own metadata (MetaStore.update: one step on every replica, the
 * status and everything else written meanwhile kept). The store failing: posted anyway.
 */
export async function claimFailingQuestion(deps: AppDeps, key: string, now = Date.now()): Promise<FailingClaim> {
  const token = randomUUID();
  let prior: { posted: boolean; ts?: string } | undefined;
  try {
    await deps.meta.update(key, (cur) => {
      prior = undefined;
      const p = cur?.failingAsked;
      // Within the limit either way: another replica's clock may be a little ahead.
      if (p && Math.abs(now - p.at) < FAILING_AGAIN_MS) prior = { posted: p.done === true, ...(p.ts ? { ts: p.ts } : {}) };
      return prior ? undefined : { ...(cur ?? { status: 'open' }), failingAsked: { token, at: now } };
    });
  } catch (error) {
    deps.logger.warn('still-failing question not claimed, posted anyway', { key, reason: errorCode(error) });
    return { post: true, token: null };
  }
  return prior ? { post: false, ...prior } : { post: true, token };
}

/**
 * After posting: posted (when, and where in a thread) or not (`null`: the claim goes, the next press
 * posts). Only this press's claim is changed. Never throws.
 */
export async function recordFailingQuestion(deps: AppDeps, key: string, token: string | null, posted: { ts: string | undefined } | null, now = Date.now()): Promise<void> {
  if (token === null) return;
  try {
    await deps.meta.update(key, (cur) => {
      if (!cur || cur.failingAsked?.token !== token) return undefined;
      const { failingAsked: _mine, ...rest } = cur;
      return posted ? { ...rest, failingAsked: { token, at: now, done: true, ...(posted.ts ? { ts: posted.ts } : {}) } } : rest;
    });
  } catch (error) {
    deps.logger.error('card metadata write failed', { key, reason: errorCode(error) });
  }
}

/** Start over: a confirmation first (a modal), never an instant reset. */
export function startOverAction(deps: AppDeps) {
  return async ({ ack, body, action, client, respond }: Args): Promise<void> => {
    await ack();
    const ctx = await resolveAction(deps.logger, body, action, respond);
    if (!ctx) return;
    const conv = await conversation(deps, ctx.key);
    const lang = await userLang(deps.locales, client, ctx.user, conv?.state.lang);
    // The modal speaks to whoever pressed (their Slack locale, QA54 #9), its facts line too; what the start over posts stays the
    // conversation's.
    const own = await presserLang(deps.locales, client, ctx.user, lang, ctx.ephemeral);
    const summary = conv ? currentSummary(own === conv.state.lang ? conv.state : { ...conv.state, lang: own }) : undefined;
    const facts = summary?.facts ?? '';
    const meta = { key: ctx.key, user: ctx.user, responseUrl: (body as { response_url?: string }).response_url, lang };
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: startOverModal(meta, facts, deps.sealer, own) });
    } catch (error) {
      deps.logger.error('views.open failed', { method: 'views.open', key: ctx.key, reason: errorCode(error) });
      await tell(deps, client, respond, ctx, lang, (l) => at(l).typeStartOver);
    }
  };
}

/**
 * Fix files: enable-tls12.reg, check-tls.cmd and (when a Schannel state was pasted here)
 * rollback.reg, uploaded into the thread with files.uploadV2; the card then says how to roll back.
 * The same files pressed for again within FILES_AGAIN_MS are not uploaded again (claimFixFiles).
 * A private answer's files go to the user's DM with the bot instead (privateFixFiles).
 */
export function fixFilesAction(deps: AppDeps) {
  return onConversation(deps, async ({ args: { client, respond }, ctx, conv, lang }) => {
    const meta = await getMeta(deps, ctx.key);
    const kit = buildFixKit({ facts: conv.state.facts, lang, before: meta?.schannel ?? null, beforePartial: meta?.schannelPartial === true, beforeWhole: meta?.schannelWhole === true });
    if (!kit.ok) return tell(deps, client, respond, ctx, lang, kit.reason);
    // What must come first (TLS 1.0 already off with a SQL that needs it; a SQL service pack or update before the import) leads the comment.
    // (SQL Server down after TLS 1.0 went off: the kit is tls10-back-on.reg only; its lead says what it is and what comes after.)
    const comment = (kit.kind === 'recovery' ? [...kit.warnings, ...kit.notes] : [...kit.warnings, at(lang).filesComment(kit.facts, kit.rollback === 'file')]).join('\n\n');
    if (ctx.ephemeral) return privateFixFiles(deps, client, respond, ctx, conv, lang, kit, comment);
    // Where the conversation is, as Show steps posts: a DM's own conversation (no thread) gets them in the DM itself, not in
    // a thread under the card (which Slack shows as "1 reply", and where a pasted check-tls.cmd output starts another
    // conversation) (QA54 #14). A channel's card: its thread.
    const root = dmItself(ctx) ? undefined : (meta?.threadTs ?? ctx.target.threadTs);
    // The same files pressed again (a double click, a second person, another replica): not uploaded twice.
    const key = filesKey(ctx.key);
    const claim = await claimFixFiles(deps, key, kitDigest(kit, comment));
    if (!claim.send) return tell(deps, client, respond, ctx, lang, claim.prior.state === 'sent' ? here(lang, ctx).filesAlready(FILES_AGAIN_MIN) : here(lang, ctx).filesUploading);
    const ok = await uploadFiles(client, deps.logger, { ...ctx.target, threadTs: root }, kit.files.map((f) => ({ filename: f.name, bytes: f.bytes })), comment, lang);
    await recordFixFiles(deps, key, claim.token, { ok });
    if (!ok) return;
    // Onto the metadata as stored now (the upload took a while: a status pressed meanwhile, here or on another replica, is kept).
    const filesNote = kit.notes[0];
    const next = (await updateMeta(deps, ctx.key, (cur) => ({ ...(cur ?? { status: 'open' }), filesNote }))) ?? { ...(meta ?? { status: 'open' as const }), filesNote };
    const summary = currentSummary(conv.state);
    if (summary && next.cardTs && next.channel === ctx.target.channel) {
      const card = renderCard(summary, lang, { key: ctx.key, status: statusOf(next), question: next.question, filesNote: next.filesNote, probeDetails: next.probe === true, gen: conv.state.restarts });
      await updateMessage(client, deps.logger, { channel: ctx.target.channel, ts: next.cardTs }, card, deps.edit);
    }
  });
}

/**
 * Fix files on a private answer: into the user's DM with the bot (src/slack/private-files.ts), and a
 * private note where the button was pressed linking to them (or saying politely why not). The
 * private card is left as it is: its "paste the output here" would point at a channel I do not read.
 */
async function privateFixFiles(
  deps: AppDeps,
  client: WebClient,
  respond: RespondFn,
  ctx: ActionContext,
  conv: Conv,
  lang: Lang,
  kit: Extract<ReturnType<typeof buildFixKit>, { ok: true }>,
  comment: string,
): Promise<void> {
  // A second press for the same files (a double click, a press on another replica) sends nothing more.
  const key = filesKey(ctx.key, ctx.user);
  const claim = await claimFixFiles(deps, key, kitDigest(kit, comment));
  if (!claim.send) return tell(deps, client, respond, ctx, lang, (l) => notSentAgainText(l, claim.prior));
  const res = await sendFixFilesToDm(deps, client, { user: ctx.user, fromChannel: ctx.target.channel, state: conv.state, kit, comment, lang });
  await recordFixFiles(deps, key, claim.token, res);
  // Plain text with one link (the permalink Slack gave, checked in private-files.ts): nothing to escape.
  const text = (l: Lang) => {
    const x = privateFilesText(l);
    return res.ok ? `${x.sent(res.link)}${res.seeded ? x.continues : ''}` : x.failed[res.why];
  };
  await tell(deps, client, respond, ctx, lang, text);
}

/** A link button (a source document): Slack opens the URL; the press only needs its ack. */
/**
 * Probe details: the full result of the conversation's last probe (protocols tried, what the
 * endpoint answered, certificate), which the card carries in one line. Only to the presser (an
 * ephemeral reply, whether the card is private or in a thread): nothing is posted for others.
 */
export function probeDetailsAction(deps: AppDeps) {
  return onConversation(deps, async ({ args: { client, respond }, ctx, conv, lang }) => {
    const probe = conv.state.facts.probe;
    if (!probe) return tell(deps, client, respond, ctx, lang, (l) => at(l).noProbe);
    await respondAll(deps, client, respond, renderReply(probeReply(probe, lang, conv.state.facts.tms)), ctx.target, lang, { replaceOriginal: false });
  });
}

export function linkAction() {
  return async ({ ack }: Args): Promise<void> => {
    await ack();
  };
}
