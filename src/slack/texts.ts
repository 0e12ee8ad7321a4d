/**
 * The Slack app's own words (not the diagnosis, which comes from the engine), English and Japanese.
 */
import type { Lang } from '../domain/types';
import type { FailureKind } from './delivery';

/**
 * Why an answer did not reach the user, in plain words (never the raw error: that goes to the log).
 * One entry per FailureKind (src/slack/delivery.ts).
 */
export const FAILURES: Record<Lang, Record<FailureKind, string>> = {
  en: {
    rate_limited: 'I worked out an answer, but Slack is limiting how fast I can post in this channel right now. Please ask again in a minute.',
    slack_unavailable: 'I worked out an answer, but Slack did not accept it (Slack seems to be having trouble). Please send your message again in a minute.',
    not_allowed_here: 'I am not allowed to post here. Invite me to the channel with /invite @tms-doctor, then ask again.',
    database_busy: 'My database is busy right now, so I could not take that in. Nothing was lost: please send it again in a minute.',
    database_unavailable: 'I cannot save anything right now (my database is unavailable), so I did not take that in. Please tell whoever runs me, and try again later.',
    could_not_post: 'I worked out an answer but could not post it. Please try again in a minute, or ask me with /tms-diagnose.',
  },
  ja: {
    rate_limited: '回答はできましたが、いまこのチャンネルへの投稿回数が Slack に制限されています。1 分ほど待ってからもう一度聞いてください。',
    slack_unavailable: '回答はできましたが、Slack が受け付けませんでした（Slack 側で問題が起きているようです）。1 分ほど待ってからもう一度送ってください。',
    not_allowed_here: 'ここには投稿できません。/invite @tms-doctor でチャンネルに招待してから、もう一度聞いてください。',
    database_busy: 'いまデータベースが混み合っているため、受け付けられませんでした。内容は失われていません。1 分ほど待ってからもう一度送ってください。',
    database_unavailable: 'いまデータベースが使えないため、受け付けられませんでした。運用担当者に連絡し、しばらくしてからもう一度お試しください。',
    could_not_post: '回答はできましたが、投稿できませんでした。1 分ほど待ってからもう一度試すか、/tms-diagnose で聞いてください。',
  },
};

export const TEXTS = {
  en: {
    deliveryFailed: (kind: FailureKind) => FAILURES.en[kind],
    engineFailed: 'Something went wrong on my side while reading that. Nothing was lost; please send it again, or press Start over.',
    probeBusy: (used: number, mins: number) =>
      `You have run ${used} probes in the last 10 minutes, which is the limit. Please try again in about ${mins} minute${mins === 1 ? '' : 's'}.`,
    probeUsage: 'Usage: `/tls-probe host[:port]`, for example `/tls-probe 10.1.2.3` or `/tls-probe codec.example.local:443`. Several at once: `/tls-probe 10.1.2.3 10.1.2.4 codec-7.example.local`.',
    probeStarted: (t: string) => `Probing ${t} … I will post the result here when it is done.`,
    probeRefused: (t: string, why: string) => `I will not probe ${t}: ${why}`,
    probeDone: (t: string) => `Probed ${t}: the result is below.`,
    probeStartedOver: (t: string) => `Probed ${t}, but this conversation was started over while the probe ran, so the result was not added to the case. Probe again from the new answer if the case needs it.`,
    probeUnavailable: 'The endpoint probe is not available in this installation.',
    probeQuotaUnavailable: 'I cannot check the probe limit right now (my database is busy), so I will not probe. Please try again in a minute.',
    probeModalFailed: 'Slack did not let me open the probe form (the button may have been pressed a while ago). Press the button again, or use `/tls-probe host[:port]`.',
    probeModalTitle: 'Probe an endpoint',
    probeModalLabel: 'Endpoint address (host or host:port)',
    probeModalHint: 'The endpoint\'s IP address or name; port 443 unless you give one. Only networks the administrator of this bot allowed can be probed.',
    probeModalSubmit: 'Probe',
    cancel: 'Cancel',
    close: 'Close',
    probeRunning: (t: string) => `Probing ${t} … the result appears here in a few seconds.`,
    noText: 'That message has no text I can read: nothing to diagnose.',
    sharedBy: (user: string) => `Shared by <@${user}>`,
    shareNothing: 'There is nothing to share yet: ask me something first.',
    shareAlready: (link: string | undefined, mins: number) =>
      `This answer is already shared in the channel${link ? `: <${link}|open it>` : ''}. Continue in its thread. If that post was deleted, press Share in channel again in ${mins} minute${mins === 1 ? '' : 's'} and I will post it again.`,
    shareAlreadyUnthreaded: (mins: number, notMember: boolean) =>
      `This answer is already posted in the channel, but Slack posted it for your button press: ${notMember ? 'I am not a member of this channel' : 'I could not post in this channel myself (most often because I am not a member)'}, so I cannot follow a thread under that post. To continue in a thread I read, ${notMember ? 'invite me' : 'make sure I am in the channel'} (/invite @tms-doctor) and press Share in channel again in ${mins} minute${mins === 1 ? '' : 's'}.`,
    shareSharing: 'This answer is being shared in the channel right now: it will be there in a moment.',
    // A second Share of the same private conversation (QA64 #6): what is new goes to the first share's thread, not a second card.
    shareUpdate: (user: string | undefined) => `${user ? `<@${user}> adds` : 'Added'} from the private conversation this card was shared from:`,
    shareUpdated: (link: string | undefined) => `This conversation is already shared in the channel: I posted what is new in that thread${link ? ` (<${link}|open it>)` : ''} instead of a second card.`,
    // Posted in the first share's thread when a later Share posted a new card because the answer changed (rev64 #7).
    shareSuperseded: (link: string | undefined) =>
      `The answer in the private conversation changed after this card was shared, so the card and steps above no longer apply. The new answer and its steps are shared ${link ? `<${link}|here>` : 'as a new card in this channel'}: follow those instead.`,
    shareFailed: 'I could not post this in the channel. Invite me to the channel (/invite @tms-doctor) and press Share again.',
    invalidTarget: 'Please give a host name or IP address, optionally followed by :port.',
    probeSeveral: (n: number, fleet: boolean) =>
      `One probe takes one target (you gave ${n}; none was probed).${fleet ? ' To probe several at once, use the fleet probe: `/tls-probe HOST HOST …` (space- or comma-separated).' : ' Probe them one at a time.'}`,
    foreignButton: 'This button does not belong to this conversation, so I did nothing. Ask me again in the thread or with /tms-diagnose.',
    requestFailed: 'Something went wrong on my side with that request, so I did nothing. Please try again in a moment.',
    unreadableRequest: 'I could not read that request (it was missing something Slack normally sends), so I did nothing. Please try again.',
  },
  ja: {
    deliveryFailed: (kind: FailureKind) => FAILURES.ja[kind],
    engineFailed: 'メッセージの処理中にこちら側で問題が起きました。会話の内容は失われていません。もう一度送るか「最初から」を押してください。',
    probeBusy: (used: number, mins: number) =>
      `直近 10 分間のプローブ回数が上限の ${used} 回に達しました。約 ${mins} 分後にもう一度お試しください。`,
    probeUsage: '使い方：`/tls-probe ホスト[:ポート]` 例：`/tls-probe 10.1.2.3` または `/tls-probe codec.example.local:443`。複数まとめて調べる場合：`/tls-probe 10.1.2.3 10.1.2.4 codec-7.example.local`',
    probeStarted: (t: string) => `${t} を調べています… 終わったらここに結果を投稿します。`,
    probeRefused: (t: string, why: string) => `${t} はプローブできません：${why}`,
    probeDone: (t: string) => `${t} を調べました。結果は下のとおりです。`,
    probeStartedOver: (t: string) => `${t} を調べましたが、調べている間にこの会話が「最初から」やり直されたため、結果は案件に反映していません。新しい案件で必要なら、新しい回答からもう一度調べてください。`,
    probeUnavailable: 'この環境ではエンドポイントのプローブは使えません。',
    probeQuotaUnavailable: 'いまはプローブ回数の上限を確認できない（データベースが使用中）ため、プローブしません。少し待ってからもう一度お試しください。',
    probeModalFailed: 'プローブの入力画面を Slack で開けませんでした（ボタンを押してから時間がたった可能性があります）。もう一度ボタンを押すか、`/tls-probe ホスト[:ポート]` を使ってください。',
    probeModalTitle: 'エンドポイントを調べる',
    probeModalLabel: 'エンドポイントのアドレス（ホスト または ホスト:ポート）',
    probeModalHint: 'エンドポイントの IP アドレスまたはホスト名。ポートを省略すると 443 です。ボットの管理者が許可したネットワークだけを調べられます。',
    probeModalSubmit: '調べる',
    cancel: 'キャンセル',
    close: '閉じる',
    probeRunning: (t: string) => `${t} を調べています… 数秒で結果をここに表示します。`,
    noText: 'そのメッセージには読めるテキストがないため、診断できません。',
    sharedBy: (user: string) => `<@${user}> さんが共有`,
    shareNothing: '共有できる回答がまだありません。先に質問してください。',
    shareAlready: (link: string | undefined, mins: number) =>
      `この回答はチャンネルに共有済みです${link ? `：<${link}|共有先を開く>` : ''}。続きはそのスレッドでどうぞ。共有した投稿が削除されている場合は、${mins} 分後にもう一度 [チャンネルに共有] を押すと、改めて投稿します。`,
    shareAlreadyUnthreaded: (mins: number, notMember: boolean) =>
      `この回答はチャンネルに投稿済みですが、ボタン操作に対して Slack が投稿したものです。${notMember ? '私はこのチャンネルのメンバーではないため' : '私自身はこのチャンネルに投稿できなかったため（多くの場合、私がチャンネルのメンバーでないことが原因です）'}、その投稿のスレッドは読めません。私が読めるスレッドで続けるには、${notMember ? '私を招待して' : '私がチャンネルにいることを確かめて'}（/invite @tms-doctor）、${mins} 分後にもう一度 [チャンネルに共有] を押してください。`,
    shareSharing: 'この回答は、いまチャンネルに共有しているところです。まもなく表示されます。',
    shareUpdate: (user: string | undefined) => `${user ? `<@${user}> さんが、` : ''}このカードの共有元の会話から追加した情報です：`,
    shareUpdated: (link: string | undefined) => `この会話はすでにチャンネルに共有されています。2 枚目のカードは投稿せず、新しい情報をそのスレッドに投稿しました${link ? `（<${link}|開く>）` : ''}。`,
    shareSuperseded: (link: string | undefined) =>
      `このカードを共有した後、元の会話の回答が変わりました。上のカードと手順はもう当てはまりません。新しい回答と手順を${link ? ` <${link}|こちら> ` : 'このチャンネルに新しいカードとして'}共有しましたので、そちらに従ってください。`,
    shareFailed: 'チャンネルに投稿できませんでした。ボットをチャンネルに招待して（/invite @tms-doctor）、もう一度 [チャンネルに共有] を押してください。',
    invalidTarget: 'ホスト名または IP アドレスを入力してください（必要なら :ポート を付けます）。',
    probeSeveral: (n: number, fleet: boolean) =>
      `1 回のプローブで調べるのは 1 台です（${n} 件の対象が指定されたため、どれもプローブしていません）。${fleet ? 'まとめて調べるには、フリート プローブ `/tls-probe HOST HOST …`（スペースかカンマで区切ります）を使ってください。' : '1 台ずつプローブしてください。'}`,
    foreignButton: 'このボタンはこの会話のものではないため、何もしていません。スレッドの中か /tms-diagnose でもう一度聞いてください。',
    requestFailed: 'このリクエストの処理中にこちら側で問題が起きたため、何もしていません。少し待ってからもう一度お試しください。',
    unreadableRequest: 'リクエストを読み取れませんでした（Slack が通常送る情報が欠けていました）。何もしていないので、もう一度お試しください。',
  },
} as const;

export function t(lang: Lang | undefined): (typeof TEXTS)['en'] {
  return (lang === 'ja' ? TEXTS.ja : TEXTS.en) as unknown as (typeof TEXTS)['en'];
}

/** One text in both languages, for answers where the user's language is not known yet. */
export function bilingual(en: string, ja: string): string {
  return `${en}\n${ja}`;
}
