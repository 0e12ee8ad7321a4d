/**
 * App Home tab and the help text (/tms-diagnose help), English and Japanese.
 */
import type { HomeView, KnownBlock } from '@slack/types';
import type { Reply } from '../conversation/document';
import type { Lang } from '../domain/types';
import { renderReply } from './blockkit';

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
          '/tms-diagnose TMS 15.2, endpoints CE 9.15, SQL 2012 on Windows 2012 R2 — a private answer you can share in the channel.',
          '/tls-probe 10.1.2.3 (or host:port) — checks which TLS versions an endpoint accepts.',
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
          'エンドポイントを TC 7.3.6 以降または CE 8.1.0 以降に上げると、HTTPS で TLS 1.0 を受け付けなくなります。一方 TMS は既定のセキュリティレベル「Medium」のままだと TLS 1.0 でしか接続しないため、「No HTTPS response」と表示されます。バージョンを伺って、これが原因かどうかを判断し、対処手順と注意点 (Telnet/SNMP、SQL Server 2008 R2 と 2012、TMS 15 より前) を案内します。',
      },
      {
        type: 'bullets',
        items: [
          '障害対応チャンネルでメンションしてください。スレッドで回答し、そのスレッドではメンションなしで会話を続けられます。',
          'ダイレクトメッセージでも使えます。',
          '/tms-diagnose TMS 15.2、エンドポイント CE 9.15、SQL 2012、Windows 2012 R2 — 自分だけに見える回答を返し、チャンネルに共有もできます。',
          '/tls-probe 10.1.2.3 (または ホスト:ポート) — エンドポイントが受け付ける TLS バージョンを調べます。',
        ],
      },
      { type: 'paragraph', text: '分かっていることを書いてください。足りない情報はこちらから質問します。日本語でも英語でも大丈夫です。' },
      { type: 'context', text: '例: 「エンドポイントを ce9.15.3 に上げたら TMS 15.13 で No HTTPS response」「TMS 14.6.2、TC7.3.6」「TMS サーバーに SQL 2008 R2」' },
    ],
  },
};

export function helpReply(lang: Lang): Reply {
  return HELP[lang];
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
