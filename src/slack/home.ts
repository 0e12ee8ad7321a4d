/**
 * App Home tab and the help text (/tms-diagnose help), English and Japanese.
 */
import type { Button, HomeView, KnownBlock } from '@slack/types';
import type { Reply } from '../conversation/document';
import type { Lang } from '../domain/types';
import { renderReply } from './blockkit';
import { escapeMrkdwn } from './mrkdwn';

const HELP: Record<Lang, Reply> = {
  en: {
    lang: 'en',
    blocks: [
      { type: 'heading', text: 'tms-doctor: "No HTTPS response" in Cisco TMS' },
      {
        type: 'paragraph',
        text:
          'After endpoints move to TC 7.3.6 or later, or CE 8.1.0 or later, they stop accepting TLS 1.0 on HTTPS, while TMS at its default "Medium" security level still talks TLS 1.0 only. TMS then shows "No HTTPS response". I find out which versions you run, tell you whether this is your problem, and walk you through the fix and its traps (Telnet/SNMP, SQL Server 2008 R2 and 2012, TMS before 15).',
      },
      {
        type: 'bullets',
        items: [
          'Mention me in an incident channel: I answer in a thread, and you can keep talking to me in that thread without mentioning me again.',
          'Send me a direct message.',
          '/tms-diagnose TMS 15.2, endpoints CE 9.15, SQL 2012 on Windows 2012 R2 — a private answer: share it in the channel, add details to it, and get its fix files in a direct message from me.',
          '/tls-probe 10.1.2.3 (or host:port) — checks which TLS versions an endpoint accepts.',
          'Paste what you have (a capture as tshark or Wireshark text, reg query or check-tls.cmd output, Schannel or SQL Server event lines, SELECT @@VERSION) or attach it in the thread or DM (.pcap, .pcapng, .reg, an event log saved as text or CSV): I say what it shows.',
        ],
      },
      { type: 'paragraph', text: 'Tell me what you know; I ask for the rest. Answer in English or Japanese.' },
      { type: 'context', text: 'Examples: "TMS 15.13 says No HTTPS response after upgrading codecs to ce9.15.3" · "TMS 14.6.2, TC7.3.6" · "SQL 2008 R2 on the TMS server"' },
    ],
  },
  ja: {
    lang: 'ja',
    blocks: [
      { type: 'heading', text: 'tms-doctor: Cisco TMS の「No HTTPS response」' },
      {
        type: 'paragraph',
        text:
          'エンドポイントを TC 7.3.6 以降または CE 8.1.0 以降に上げると、HTTPS で TLS 1.0 を受け付けなくなります。一方 TMS は既定のセキュリティレベル「Medium」のままだと TLS 1.0 でしか接続しないため、「No HTTPS response」と表示されます。バージョンを伺って、これが原因かどうかを判断し、対処手順と注意点（Telnet/SNMP、SQL Server 2008 R2 と 2012、TMS 15 より前）を案内します。',
      },
      {
        type: 'bullets',
        items: [
          '障害対応チャンネルでメンションしてください。スレッドで回答し、そのスレッドではメンションなしで会話を続けられます。',
          'ダイレクトメッセージでも使えます。',
          '/tms-diagnose TMS 15.2、エンドポイント CE 9.15、SQL 2012、Windows 2012 R2 — 自分だけに見える回答を返します。チャンネルへの共有、情報の追加ができ、修正ファイルは私からのダイレクトメッセージで受け取れます。',
          '/tls-probe 10.1.2.3（または ホスト:ポート）— エンドポイントが受け付ける TLS バージョンを調べます。',
          'お手元の資料（tshark や Wireshark のキャプチャのテキスト、reg query や check-tls.cmd の出力、Schannel や SQL Server のイベントの行、SELECT @@VERSION の結果）を貼り付けるか、スレッドや DM にファイル（.pcap、.pcapng、.reg、テキストや CSV で保存したイベント ログ）を添付してください。そこから分かることをお伝えします。',
        ],
      },
      { type: 'paragraph', text: '分かっていることを書いてください。足りない情報はこちらから質問します。日本語でも英語でも大丈夫です。' },
      { type: 'context', text: '例：「エンドポイントを ce9.15.3 に上げたら TMS 15.13 で No HTTPS response」「TMS 14.6.2、TC7.3.6」「TMS サーバに SQL 2008 R2」' },
    ],
  },
};

export function helpReply(lang: Lang): Reply {
  return HELP[lang];
}

const HT = {
  en: {
    title: 'tms-doctor',
    newDiagnosis: 'New diagnosis',
    probe: 'Probe an endpoint',
    recent: 'Your recent diagnoses',
    none: 'No diagnosis yet. Mention me in an incident channel, send me a direct message, or use /tms-diagnose.',
    open: 'Open the thread',
    private: 'private answer (/tms-diagnose)',
    status: { open: 'open', fixed: '✅ fixed', failing: '🔴 still failing' },
  },
  ja: {
    title: 'tms-doctor',
    newDiagnosis: '新しい診断',
    probe: 'エンドポイントをプローブ',
    recent: '最近の診断',
    none: 'まだ診断はありません。障害対応チャンネルでメンションするか、DM を送るか、/tms-diagnose を使ってください。',
    open: 'スレッドを開く',
    private: '自分だけに表示された回答（/tms-diagnose）',
    status: { open: '対応中', fixed: '✅ 解決済み', failing: '🔴 未解決' },
  },
} as const;

export interface HomeEntry {
  headline?: string;
  status: 'open' | 'fixed' | 'failing';
  channel?: string;
  cardTs?: string;
  threadTs?: string;
  updatedAt: number;
}

export interface HomeOptions {
  /** The workspace's URL (auth.test), for links to threads. */
  workspaceUrl?: string | null;
  /** For the "New diagnosis" link to the app's Messages tab. */
  appId?: string;
  teamId?: string;
}

/** A link to a message (a card in its thread), or null. */
export function messageLink(workspaceUrl: string | null | undefined, channel?: string, ts?: string, threadTs?: string): string | null {
  if (!workspaceUrl || !channel || !ts || !/^[CDG][A-Z0-9]+$/.test(channel) || !/^\d+\.\d+$/.test(ts)) return null;
  let base: URL;
  try {
    base = new URL(workspaceUrl);
  } catch {
    return null;
  }
  if (base.protocol !== 'https:') return null;
  const url = new URL(`/archives/${channel}/p${ts.replace('.', '')}`, base);
  if (threadTs && threadTs !== ts) {
    url.searchParams.set('thread_ts', threadTs);
    url.searchParams.set('cid', channel);
  }
  return url.toString();
}

/**
 * The App Home for one user, in their language only: New diagnosis / Probe an endpoint, their recent
 * diagnoses (verdict, status, link to the thread) newest first, then what the bot does.
 */
export function homeViewFor(lang: Lang, entries: HomeEntry[], opts: HomeOptions = {}): HomeView {
  const h = HT[lang];
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: h.title } }];
  const buttons: Button[] = [];
  if (opts.appId && opts.teamId && /^A[A-Z0-9]+$/.test(opts.appId) && /^[TE][A-Z0-9]+$/.test(opts.teamId)) {
    buttons.push({ type: 'button', action_id: 'open-link:home', style: 'primary', text: { type: 'plain_text', text: h.newDiagnosis }, url: `https://slack.com/app_redirect?app=${opts.appId}&team=${opts.teamId}` });
  }
  buttons.push({ type: 'button', action_id: 'home-probe', text: { type: 'plain_text', text: h.probe } });
  blocks.push({ type: 'actions', elements: buttons });
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${h.recent}*` } });
  const sorted = [...entries].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 15);
  if (sorted.length === 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(h.none) }] });
  for (const e of sorted) {
    const link = messageLink(opts.workspaceUrl, e.channel, e.cardTs, e.threadTs);
    const when = `<!date^${Math.floor(e.updatedAt / 1000)}^{date_short_pretty} {time}|${new Date(e.updatedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC>`;
    const where = link ? `<${link}|${h.open}>` : e.cardTs ? '' : h.private;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn((e.headline ?? '').slice(0, 150) || '—')}*\n${h.status[e.status] ?? h.status.open} · ${when}${where ? ` · ${where}` : ''}` } });
  }
  blocks.push({ type: 'divider' });
  for (const m of renderReply(HELP[lang])) blocks.push(...m.blocks);
  return { type: 'home', blocks: blocks.slice(0, 100) };
}

/** The App Home tab: both languages, one after the other. */
export function homeView(): HomeView {
  const blocks: KnownBlock[] = [];
  for (const lang of ['en', 'ja'] as const) {
    if (blocks.length) blocks.push({ type: 'divider' });
    for (const m of renderReply(HELP[lang])) blocks.push(...m.blocks);
  }
  return { type: 'home', blocks: blocks.slice(0, 100) };
}
