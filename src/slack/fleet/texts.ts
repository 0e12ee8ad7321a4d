/**
 * What the Slack fleet flow says, in English and Japanese. No setting or option names: a user
 * who hits a limit is told the limit and what to do, not which knob an administrator turns.
 */
import type { Lang } from '../../domain/types';
import type { FleetVerdict } from '../../probe/fleet';

export interface FleetTexts {
  started: (n: number) => string;
  /** The private ack of a /tls-probe with several targets: where the results will come. */
  startedPrivately: (n: number) => string;
  progress: (done: number, total: number, secsLeft: number | null) => string;
  finished: (n: number, secs: number) => string;
  tooMany: (n: number, max: number) => string;
  /** The user's running job (on any replica): how far it has got, from its last heartbeat. */
  busy: (done: number, total: number) => string;
  rate: (mins: number) => string;
  unavailable: string;
  empty: string;
  quotaUnavailable: string;
  title: (n: number) => string;
  /** What the endpoints of one verdict did, after their count (agrees with the count). */
  verdict: Record<FleetVerdict, (n: number) => string>;
  /** The not-probed targets' heading, and why one was not probed when the reason is not the policy's. */
  notProbed: (n: number) => string;
  skipDuplicate: string;
  /** A duplicate of a target the policy refused (the earlier line was not probed either). */
  skipDuplicateRefused: string;
  /** A duplicate address that an earlier line gave to another system (another name or version); `refused`: not probed there either. */
  skipClaimed: (line: number, refused?: boolean) => string;
  skipDeadline: string;
  mediumCannotReach: (n: number, probed: number) => string;
  noAnswer: (n: number) => string;
  /** Ports where no TLS version (1.0 to 1.2) completes: apart from the Medium ones. */
  noLevel: (n: number) => string;
  /** Addresses that two lines give to different systems. */
  claimed: (n: number) => string;
  todoClaimed: string;
  mismatch: (n: number) => string;
  more: (n: number) => string;
  todoTitle: string;
  todoMedium: string;
  todoNoLevel: string;
  /** The head of todoNoLevel, before what to check (which follows from TLS 1.3 when it is known: noLevelGroupsAdvice). */
  todoNoLevelHead: string;
  /** A no-level system's tag in the list: what TLS 1.3 did. */
  tls13Tag: (accepted: boolean) => string;
  todoNoAnswer: string;
  todoMismatch: string;
  todoAllOk: string;
  deadline: string;
  reportTitle: string;
  reportComment: string;
  /**
   * The CSV report did not reach the thread (its upload failed, or the run that claimed it stopped
   * before uploading it): how to get one. `surface`: how the job was started (a /tls-probe command
   * or a list file shared in the thread).
   */
  reportFailed: (surface: string) => string;
  /**
   * REV35: an earlier run claimed the report, and Slack refused the look for it here (missing_scope, not_in_channel: a history scope
   * the install lacks): it may be there. Says so, and how to get one if it is not.
   */
  reportUnsure: (surface: string) => string;
  /**
   * fix62b: the CSV's share was made (once) and Slack gave no clear answer (a 5xx, no answer in time),
   * or the run that made it stopped, and the file is not in the conversation: it may still come, and
   * it is not shared a second time. Says so, and how to get one if it does not come.
   */
  reportUnconfirmed: (surface: string) => string;
  /**
   * fleet60: the bot stopped while this job was posting its summary and report, and no other run will
   * finish it (its store does not outlive the process): one of them may be missing, and how to get them.
   */
  stoppedPosting: (surface: string) => string;
  /** Under the summary of a list shared in a thread that was started over while it ran: its counts did not join the case. */
  startedOver: string;
  failed: string;
  /** The private summary's button that posts it in the channel the command was run in. */
  share: string;
  /** Over the summary posted in the channel: who shared it (and, `file`, that the full report stayed private). */
  sharedBy: (user: string, file?: boolean) => string;
  /** What replaces the button once the summary is in the channel (`file`: a report file was made). */
  sharedIn: (channel: string, file?: boolean) => string;
  /** The channel did not take the post (the bot is not a member, the channel is archived, Slack failed). */
  shareFailed: (channel: string) => string;
  /** A shared target list over the size a job reads. */
  listTooLarge: (file: string, maxBytes: number) => string;
  /** A shared target list whose download took longer than the download deadline (s). */
  listSlow: (file: string, secs: number) => string;
  listUnreadable: (file: string) => string;
  /** A job cut short by a restart or a crash of the bot (found by a later sweep). */
  interrupted: (done: number, total: number) => string;
  /**
   * A /tls-probe job whose start was never recorded as acknowledged, ended by a later sweep: either its
   * ack came too late (the user was told nothing was done) or the ack went through, the bot could not
   * record it, and its replica stopped. Which one is not known: true for both.
   */
  unconfirmed: (total: number) => string;
  /** A job taken over after the bot restarted (or a replica stopped): it goes on from where it was. */
  resumed: (done: number, total: number) => string;
  /** A job whose runs kept stopping (each takeover ended in another stop): not resumed again. */
  gaveUp: (done: number, total: number, restarts: number) => string;
}

const eps = (n: number) => `${n} endpoint${n === 1 ? '' : 's'}`;
/** English verb agreement: `v(n, 'refuses', 'refuse')`. */
const v = (n: number, one: string, many: string) => (n === 1 ? one : many);

const EN: FleetTexts = {
  started: (n) => `Probing ${eps(n)}… I will update this message as I go and post a summary in its thread.`,
  startedPrivately: (n) => `Probing ${eps(n)}… Only you will see the results: I will send the progress, the summary and the full report to you in a direct message.`,
  progress: (d, n, s) => `Probing endpoints: ${d} of ${n} done${s !== null ? `, about ${Math.max(1, Math.ceil(s))} s left` : ''}.`,
  finished: (n, secs) => `Probed ${eps(n)} in ${secs.toFixed(0)} s. The summary and the full report are in the thread.`,
  tooMany: (n, max) => `That list has ${n} targets; one job probes at most ${max}. Please split it into smaller lists.`,
  busy: (d, n) => `You already have a fleet probe running (${d} of ${eps(n)} done so far). I will take the next list when it has finished.`,
  rate: (m) => `You have started the most fleet probes allowed for now. Please try again in about ${m} minute${m === 1 ? '' : 's'}.`,
  unavailable: 'Probing many endpoints at once is not available in this installation.',
  empty: 'I found no endpoint addresses in that list. Give one address per line (host or host:port), or a CSV with an address column.',
  quotaUnavailable: 'I cannot check the probe limits right now (my database is busy), so I will not start the job. Please try again in a minute.',
  title: (n) => `TLS probe of ${eps(n)}`,
  verdict: {
    'medium-fails': (n) => `${v(n, 'refuses', 'refuse')} TLS 1.0 (TMS at Medium cannot reach ${v(n, 'it', 'them')}; Medium-High can)`,
    'medium-ok': (n) => `${v(n, 'accepts', 'accept')} TLS 1.0 (TMS at Medium reaches ${v(n, 'it', 'them')})`,
    'no-level': (n) => `${v(n, 'refuses', 'refuse')} TLS 1.0, 1.1 and 1.2 (no TMS level reaches ${v(n, 'it', 'them')})`,
    'not-tls': (n) => `${v(n, 'answers', 'answer')}, but not in TLS`,
    unreachable: (n) => `${v(n, 'does', 'do')} not answer (port closed, host silent or unreachable)`,
    unclear: () => 'gave no clear TLS answer in time',
    'not-probed': (n) => `${v(n, 'was', 'were')} not probed (see below why)`,
  },
  notProbed: (n) => `${n} ${v(n, 'was', 'were')} not probed:`,
  skipDuplicate: 'listed before: probed once',
  skipDuplicateRefused: 'listed before (refused there too, not probed)',
  skipClaimed: (l, refused) => `same address as line ${l}, listed there as another system (${refused ? 'refused there too, not probed' : `not probed again: the result on line ${l} is this address's`})`,
  skipDeadline: 'the job ran out of time before reaching it',
  mediumCannotReach: (n, p) => `${n} of ${p} probed ${v(n, 'refuses', 'refuse')} TLS 1.0: TMS at Medium cannot reach ${v(n, 'it', 'them')}.`,
  noAnswer: (n) => `${n} gave no TLS answer at all: look at ${v(n, 'it', 'those')} separately.`,
  noLevel: (n) => `${n} ${v(n, 'refuses', 'refuse')} TLS 1.0, 1.1 and 1.2: an upgrade does not explain it, and Medium-High would not reach ${v(n, 'it', 'them')} either.`,
  claimed: (n) => `${n} ${v(n, 'address appears', 'addresses appear')} on two lines of the list as different systems (another name or version); an address is probed at most once, for its first line.`,
  todoClaimed: 'Where two systems claim one address, the list is out of date or two entries point at the same device: check which system is really at that address.',
  mismatch: (n) => `${eps(n)} where the software version in the list and the probe disagree.`,
  more: (n) => `…and ${n} more (see the report).`,
  todoTitle: 'What to do',
  todoMedium:
    'The endpoints that refuse TLS 1.0 are the "No HTTPS response" systems. The fix is on the TMS server, not on each endpoint: enable TLS 1.2 for Schannel there, then raise Communication Security in TMS Tools from Medium to Medium-High. Mention me in this thread with your TMS version to get the steps and the caveats (Telnet/SNMP, SQL Server).',
  todoNoLevel:
    "Where TLS 1.0, 1.1 and 1.2 all fail, an upgrade does not explain it (every TC/CE release accepts TLS 1.2): check that the address is the endpoint's HTTPS service (HTTP Mode / HTTPS Mode on the endpoint, a proxy or firewall in front of it).",
  todoNoLevelHead: 'Where TLS 1.0, 1.1 and 1.2 all fail, an upgrade does not explain it (every TC/CE release accepts TLS 1.2).',
  tls13Tag: (accepted) => (accepted ? 'only TLS 1.3 accepted' : 'TLS 1.3 refused too'),
  todoNoAnswer: 'For endpoints with no TLS answer, check the address and port, the network path from the TMS server, and that HTTPS is enabled on the endpoint.',
  todoMismatch: 'Where the stated version and the probe disagree, the list may be out of date, or the address may point to another device.',
  todoAllOk: 'Every endpoint that answered accepts TLS 1.0, so the TLS 1.0 change is not what breaks TMS for them.',
  deadline: 'The job ran out of time before every endpoint was probed; those are marked in the report.',
  reportTitle: 'TLS probe report',
  reportComment: 'The full report, one row per endpoint.',
  reportFailed: (surface) =>
    `I could not attach the full report (the CSV file) here; the summary still holds. To get the file, run the same list again (${surface === 'file' ? 'share the list file in this thread again' : '/tls-probe with the same targets'}): I will probe them once more and attach a new report.`,
  reportUnsure: (surface) =>
    `An earlier run of this list may have attached the full report (the CSV file) in this conversation, but Slack did not let me check (the app may lack a history permission here); the summary still holds. If you do not see the file, run the same list again (${surface === 'file' ? 'share the list file in this thread again' : '/tls-probe with the same targets'}): I will probe them once more and attach a new report.`,
  reportUnconfirmed: (surface) =>
    `Slack did not confirm that the full report (the CSV file) was attached, and I cannot see it in this conversation yet. I will not attach it a second time, so it may still appear here; the summary still holds. If no CSV file appears within a few minutes, run the same list again (${surface === 'file' ? 'share the list file in this thread again' : '/tls-probe with the same targets'}): I will probe them once more and attach a new report.`,
  stoppedPosting: (surface) =>
    `The bot stopped (a restart or a deploy) while it was posting the results of this fleet probe, so the summary or the full report (the CSV file) may be missing here. If one is missing, run the same list again (${surface === 'file' ? 'share the list file in this thread again' : '/tls-probe with the same targets'}): I will probe them once more and post a new summary and report.`,
  startedOver: 'This conversation was started over while the list ran, so these results were not added to the case. Share the list again if the new case needs them.',
  share: 'Share in channel',
  sharedBy: (u, file = true) => (file ? `Shared by <@${u}> (the full report stays with them)` : `Shared by <@${u}>`),
  sharedIn: (c, file = true) => (file ? `You shared this summary in <#${c}> (the report file stays here).` : `You shared this summary in <#${c}>.`),
  shareFailed: (c) => `I could not post in <#${c}>. If I am not a member there, invite me (/invite, then my name), then press Share in channel again.`,
  failed: 'The fleet probe stopped on an unexpected error. Please try again.',
  listTooLarge: (f, max) => `${f} is larger than ${Math.round(max / 1024 / 1024)} MB, the most I read as a target list, so I did not start probing. Please split it into smaller lists (one job takes up to its target limit) and share them one by one.`,
  listSlow: (f, s) => `Downloading ${f} from Slack took longer than ${s} s, so I stopped and did not start probing. Please share it again (or a shorter list).`,
  listUnreadable: (f) => `I could not download ${f} completely from Slack, so I did not start probing. Please share it again.`,
  interrupted: (d, n) =>
    `This fleet probe was cut short after ${d} of ${eps(n)}: the bot restarted or lost its connection before it could finish, so no summary or report will come. You can start the list again now.`,
  unconfirmed: (n) =>
    `The fleet probe of ${eps(n)} you asked for with /tls-probe did not run to the end, and it may not have started at all: the bot lost its database or restarted while starting it. No summary or report will come for it. If you still need it, run /tls-probe with the list again now.`,
  resumed: (d, n) => `The bot restarted during this fleet probe, and I picked it up again: ${d} of ${eps(n)} ${v(d, 'was', 'were')} already done, now probing the rest. The summary and the report will come in the thread as usual.`,
  gaveUp: (d, n, r) =>
    `This fleet probe was stopped after ${d} of ${eps(n)}: the bot stopped ${r + 1} times while running it, so I will not pick it up again, and no summary or report will come. You can start the list again; if it stops once more, try a shorter list and tell whoever runs the bot.`,
};

const JA: FleetTexts = {
  started: (n) => `${n} 台のエンドポイントを調べています… このメッセージで進み具合をお知らせし、終わったらスレッドにまとめを投稿します。`,
  startedPrivately: (n) => `${n} 台のエンドポイントを調べています… 結果はあなただけに表示します。進み具合、まとめ、全体のレポートはダイレクトメッセージでお送りします。`,
  progress: (d, n, s) => `エンドポイントを調査中：${n} 台中 ${d} 台完了${s !== null ? `（残り約 ${Math.max(1, Math.ceil(s))} 秒）` : ''}。`,
  finished: (n, secs) => `${n} 台のエンドポイントを ${secs.toFixed(0)} 秒で調べました。まとめと全体のレポートはスレッドにあります。`,
  tooMany: (n, max) => `このリストには ${n} 件の宛先があります。1 回の調査で扱えるのは ${max} 件までです。リストを分けてください。`,
  busy: (d, n) => `すでに実行中の一括調査があります（${n} 台中 ${d} 台まで完了）。それが終わってから次のリストを受け付けます。`,
  rate: (m) => `いま開始できる一括調査の回数の上限に達しました。約 ${m} 分後にもう一度お試しください。`,
  unavailable: 'この環境では、複数のエンドポイントをまとめて調べる機能は使えません。',
  empty: 'このリストにはエンドポイントのアドレスが見つかりませんでした。1 行に 1 つ（ホスト または ホスト:ポート）書くか、アドレスの列がある CSV を使ってください。',
  quotaUnavailable: 'いまはプローブ回数の上限を確認できない（データベースが使用中）ため、調査を始めません。少し待ってからもう一度お試しください。',
  title: (n) => `${n} 台のエンドポイントの TLS 調査`,
  verdict: {
    'medium-fails': () => '台が TLS 1.0 を拒否（TMS が Medium では接続できず、Medium-High なら接続可能）',
    'medium-ok': () => '台が TLS 1.0 を受け付ける（TMS が Medium でも接続可能）',
    'no-level': () => '台が TLS 1.0・1.1・1.2 をすべて拒否（TMS のどのレベルでも接続不可）',
    'not-tls': () => '台が応答するが TLS ではない',
    unreachable: () => '台が応答なし（ポートが閉じている、ホストが無応答、または到達不能）',
    unclear: () => '台が時間内に TLS としてはっきり応答しなかった',
    'not-probed': () => '件は調べていない（理由は下記）',
  },
  notProbed: (n) => `調べていない ${n} 件：`,
  skipDuplicate: '前の行と重複（1 回だけ調べました）',
  skipDuplicateRefused: '前の行と重複（前の行も拒否されたため、調べていません）',
  skipClaimed: (l, refused) => `${l} 行目と同じアドレスで、そちらでは別の機器として載っています（${refused ? 'そちらも拒否されたため、調べていません' : `改めては調べていません。${l} 行目の結果がこのアドレスの結果です`}）`,
  skipDeadline: '調査の制限時間内に順番が回りませんでした',
  mediumCannotReach: (n, p) => `調べた ${p} 台のうち ${n} 台が TLS 1.0 を拒否しています。TMS が Medium のままでは、これらに接続できません。`,
  noAnswer: (n) => `${n} 台は TLS でまったく応答しませんでした。これらは別に確認してください。`,
  noLevel: (n) => `${n} 台は TLS 1.0・1.1・1.2 をすべて拒否しています。アップグレードでは説明がつかず、Medium-High にしても接続できません。`,
  claimed: (n) => `${n} 件のアドレスが、リストの 2 行に別の機器（名前またはバージョンが異なる）として載っています。同じアドレスを調べるのは、最初の行の分として 1 回までです。`,
  todoClaimed: '1 つのアドレスを 2 つの機器が名乗っている場合は、リストが古いか、2 つの項目が同じ機器を指しています。そのアドレスに実際にある機器を確認してください。',
  mismatch: (n) => `${n} 台で、リストのソフトウェアバージョンとプローブ結果が食い違っています。`,
  more: (n) => `…ほか ${n} 台（レポートを参照）。`,
  todoTitle: '対応',
  todoMedium:
    'TLS 1.0 を拒否しているエンドポイントが「No HTTPS response」になっている機器です。直すのは各エンドポイントではなく TMS サーバ側です。TMS サーバの Schannel で TLS 1.2 を有効にし、TMS ツールの Communication Security を Medium から Medium-High に上げます。手順と注意点（Telnet/SNMP、SQL Server）は、このスレッドで TMS のバージョンを添えてメンションしてください。',
  todoNoLevel:
    'TLS 1.0・1.1・1.2 のどれも成立しない場合、アップグレードでは説明がつきません（TC/CE はどのリリースも TLS 1.2 を受け付けます）。そのアドレスがエンドポイントの HTTPS サービスか（エンドポイントの HTTP Mode / HTTPS Mode、前段のプロキシやファイアウォール）を確認してください。',
  todoNoLevelHead: 'TLS 1.0・1.1・1.2 のどれも成立しない場合、アップグレードでは説明がつきません（TC/CE はどのリリースも TLS 1.2 を受け付けます）。',
  tls13Tag: (accepted) => (accepted ? 'TLS 1.3 だけ受け付け' : 'TLS 1.3 も拒否'),
  todoNoAnswer: 'TLS で応答しないエンドポイントは、アドレスとポート、TMS サーバからの経路、エンドポイントで HTTPS が有効かを確認してください。',
  todoMismatch: 'バージョンとプローブ結果が食い違う機器は、リストが古いか、アドレスが別の機器を指している可能性があります。',
  todoAllOk: '応答したエンドポイントはすべて TLS 1.0 を受け付けるため、TLS 1.0 の変更が TMS の接続障害の原因ではありません。',
  deadline: '時間内にすべてのエンドポイントを調べきれませんでした。調べられなかったものはレポートに記載しています。',
  reportTitle: 'TLS 調査レポート',
  reportComment: '全体のレポート（エンドポイントごとに 1 行）です。',
  reportFailed: (surface) =>
    `全体のレポート（CSV ファイル）をここに添付できませんでした。まとめの内容はそのまま有効です。ファイルが必要な場合は、同じリストでもう一度実行してください（${surface === 'file' ? 'このスレッドにリストのファイルをもう一度共有' : '同じ対象で /tls-probe を実行'}）。もう一度調べて、新しいレポートを添付します。`,
  reportUnsure: (surface) =>
    `このリストの以前の実行で、全体のレポート（CSV ファイル）がこの会話に添付されている可能性がありますが、Slack で確認できませんでした（このアプリにここでの履歴の権限がない可能性があります）。まとめの内容はそのまま有効です。ファイルが見当たらない場合は、同じリストでもう一度実行してください（${surface === 'file' ? 'このスレッドにリストのファイルをもう一度共有' : '同じ対象で /tls-probe を実行'}）。もう一度調べて、新しいレポートを添付します。`,
  reportUnconfirmed: (surface) =>
    `全体のレポート（CSV ファイル）の添付が完了したかどうか Slack から確認が取れず、この会話にもまだ見当たりません。二重に届かないよう、もう一度は添付しませんので、後から表示される場合があります。まとめの内容はそのまま有効です。数分たっても CSV ファイルが表示されない場合は、同じリストでもう一度実行してください（${surface === 'file' ? 'このスレッドにリストのファイルをもう一度共有' : '同じ対象で /tls-probe を実行'}）。もう一度調べて、新しいレポートを添付します。`,
  stoppedPosting: (surface) =>
    `この一括調査の結果を投稿している途中でボットが停止した（再起動や更新のため）ので、まとめまたは全体のレポート（CSV ファイル）がここに届いていない可能性があります。見当たらない場合は、同じリストでもう一度実行してください（${surface === 'file' ? 'このスレッドにリストのファイルをもう一度共有' : '同じ対象で /tls-probe を実行'}）。もう一度調べて、新しいまとめとレポートを投稿します。`,
  startedOver: 'リストの調査中にこの会話が「最初から」やり直されたため、この結果は案件には反映していません。新しい案件で使う場合は、リストをもう一度共有してください。',
  share: 'チャンネルに共有',
  sharedBy: (u, file = true) => (file ? `<@${u}> さんが共有（詳しいレポートは共有していません）` : `<@${u}> さんが共有`),
  sharedIn: (c, file = true) => (file ? `このまとめを <#${c}> に共有しました（レポートのファイルは共有していません）。` : `このまとめを <#${c}> に共有しました。`),
  shareFailed: (c) => `<#${c}> に投稿できませんでした。ボットがそのチャンネルに参加していない場合は /invite で招待してから、もう一度 [チャンネルに共有] を押してください。`,
  failed: '予期しないエラーで一括調査が止まりました。もう一度お試しください。',
  listTooLarge: (f, max) => `${f} は ${Math.round(max / 1024 / 1024)} MB を超えています。宛先リストとして読み取れる上限を超えるため、調査は始めていません。小さなリストに分けて、1 つずつ共有してください。`,
  listSlow: (f, s) => `${f} の Slack からのダウンロードが ${s} 秒を超えたため中止し、調査は始めていません。もう一度（または短いリストを）共有してください。`,
  listUnreadable: (f) => `${f} を Slack から最後までダウンロードできなかったため、調査は始めていません。もう一度共有してください。`,
  interrupted: (d, n) =>
    `この一括調査は ${n} 台中 ${d} 台を調べたところで中断されました。完了する前にボットが再起動したか接続が切れたため、まとめとレポートは届きません。いまからリストをもう一度実行できます。`,
  unconfirmed: (n) =>
    `/tls-probe で依頼された ${n} 台の一括調査は最後まで実行されませんでした。まったく開始されなかった可能性もあります。開始の処理中にボットがデータベースを使えなくなったか、再起動したためです。この調査のまとめとレポートは届きません。必要であれば、いまからリストを指定して /tls-probe をもう一度実行してください。`,
  resumed: (d, n) => `この一括調査の途中でボットが再起動したため、続きから再開しました。${n} 台中 ${d} 台は調査済みで、残りを調べています。まとめとレポートはいつもどおりスレッドに届きます。`,
  gaveUp: (d, n, r) =>
    `この一括調査は ${n} 台中 ${d} 台を調べたところで止めました。実行中にボットが ${r + 1} 回停止したため、自動では再開しません。まとめとレポートは届きません。リストはもう一度実行できますが、再び止まる場合は短いリストに分け、ボットの管理者に知らせてください。`,
};

export function fleetTexts(lang: Lang): FleetTexts {
  return lang === 'ja' ? JA : EN;
}
