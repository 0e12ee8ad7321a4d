/**
 * "Another team applied IIS Crypto's Best Practices and now TMS won't open", 「Best Practices を当てたら TMS が開かなくなった」
 * (src/domain/understand/tms-wont-open.ts): with TLS 1.0 taken as off and a SQL Server on the TMS server that may lack TLS 1.2
 * support, the likely outage is SQL Server (knowledge.md, Caveats: such a build stops when TLS 1.0 and SSL 3.0 are both off,
 * event 26011). What to check leads the answer, hedged: SQL Server is not said down, so it is not stated as down.
 * Only when that case holds: otherwise null, and the other readers answer as before.
 */
import type { Facts, Finding, LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { next, para, reply, paraFrom, listFrom } from './compose';
import { onFacts } from './merge';
import type { Block } from './document';
import { HEADING_SQL_FIRST, sqlLikelyBehindTmsOutage } from '../domain/knowledge/tms-wont-open';
import { formatSql } from '../domain/versions';
import { TEXTS } from './texts';
import { summarize } from './summary';

const LEAD = {
  en: (who: string) =>
    `TMS not opening right after TLS 1.0 and SSL 3.0 were turned off (IIS Crypto's "Best Practices" template turns both off): check SQL Server first. TMS needs its database, and if ${who} runs a build without TLS 1.2 support, it stops and does not start again when TLS 1.0 and SSL 3.0 are both off (event 26011). I cannot see from here whether that happened, so check in this order:`,
  ja: (who: string) =>
    `TLS 1.0 と SSL 3.0 を無効にした直後に TMS が開かなくなったとのことです（IIS Crypto の「Best Practices」テンプレートは両方を無効にします）。まず SQL Server を確認してください。TMS はデータベースを必要とし、${who} は、ビルドが TLS 1.2 に対応していなければ、TLS 1.0 と SSL 3.0 の両方が無効になると停止し、再び起動しなくなります（イベント 26011）。実際にそうなっているかはここからは分からないため、次の順に確認してください。`,
};
/** Who may be down: the SQL Server said on the TMS server, one not said where, or none said yet. */
function whoOf(f: Facts): LocalizedText {
  const sql = f.sql ? formatSql(f.sql) : null;
  if (sql && f.sqlLocation === 'local') return { en: `${sql} on the TMS server`, ja: `TMS サーバ上の ${sql}` };
  if (sql) return { en: `${sql} (when it is on the TMS server)`, ja: `${sql}（TMS サーバ上で動いている場合）` };
  return { en: 'a SQL Server on the TMS server', ja: 'TMS サーバ上に SQL Server がある場合、その SQL Server' };
}

const STEPS: LocalizedText[] = [
  {
    en: 'Is the SQL Server service (MSSQLSERVER, or MSSQL$<instance>) running? services.msc, or `sc query MSSQLSERVER`.',
    ja: 'SQL Server のサービス（MSSQLSERVER または MSSQL$<インスタンス名>）は実行中ですか。services.msc、または `sc query MSSQLSERVER` で確認できます。',
  },
  {
    en: 'If it is stopped: its ERRORLOG (the instance\'s Log folder) tells why; event 26011 ("unable to initialize encryption") is this case. To bring it back, turn TLS 1.0 back on for Client and Server (leave SSL 3.0 as it is), or import the export of the registry made before the change if there is one (an import leaves keys the change created, so check TLS 1.0 Client and Server after it); then start the SQL Server service, and if it still does not start, reboot the server. Keep TLS 1.0 on for as long as SQL Server runs a build without TLS 1.2 support.',
    ja: '停止している場合：停止した理由は ERRORLOG（インスタンスの Log フォルダ）で分かります。イベント 26011（「unable to initialize encryption」）があれば、このケースです。復旧するには、TLS 1.0 の Client と Server を有効に戻すか（SSL 3.0 はそのままにします）、変更前にレジストリをエクスポートしてあればそれをインポートしてください（インポートでは変更で作られたキーは消えないので、インポート後に TLS 1.0 の Client と Server を確認してください）。そのあと SQL Server のサービスを開始し、それでも起動しなければサーバを再起動してください。SQL Server が TLS 1.2 非対応のビルドのうちは、TLS 1.0 を有効のままにしてください。',
  },
  {
    en: 'If it is running: the cause is elsewhere. Tell me, and check which TMS services are stopped (`Get-Service TMS*`) and the Windows event log.',
    ja: '実行中の場合：原因は別のところにあります。お知らせください。どの TMS サービスが停止しているか（`Get-Service TMS*`）と、Windows のイベント ログを確認してください。',
  },
];
const AFTER: LocalizedText = {
  en: 'The fix for the endpoints below comes once TMS opens again; it only adds TLS 1.2 and turns no protocol off.',
  ja: '以下のエンドポイントのための修正は、TMS が開くようになってから行ってください。修正は TLS 1.2 を追加するだけで、どのプロトコルも無効にしません。',
};

export function onTmsWontOpen(s: ConversationState, text: string): TurnResult | null {
  const read = onFacts(s, text);
  const f = read.state.facts;
  if (!sqlLikelyBehindTmsOutage(f)) return null;
  // Remembered, so that the card and the fix kit (built from the facts later) lead with the same check.
  const facts = { ...f, tlsClaims: { ...f.tlsClaims, tmsWontOpen: true } };
  const lang = s.lang;
  const lead = LEAD[lang](whoOf(f)[lang]);
  const blocks: Block[] = [para(lead), listFrom('steps', STEPS, lang)];
  // New facts in the same message (the ticket itself): the checks lead that answer.
  if (JSON.stringify(f) !== JSON.stringify(s.facts) && read.replies.length) {
    const [first, ...rest] = read.replies;
    const summary = first.summary && first.diagnosis ? summarize({ ...first.diagnosis, facts }, lang, first.summary.facts) : first.summary;
    return { state: { ...read.state, facts }, replies: [{ ...first, ...(summary ? { summary } : {}), blocks: [...blocks, paraFrom(AFTER, lang), ...sqlCheckLeads(first.blocks, first.diagnosis?.findings, lang)] }, ...rest] };
  }
  return { state: next(s, { facts }), replies: [reply(lang, blocks)] };
}

const SQL_ABOVE: LocalizedText = {
  en: 'SQL Server on the TMS server may depend on TLS 1.0: check it first as at the top of this answer. If it is stopped and its build lacks TLS 1.2 support, the values to turn TLS 1.0 back on for Client and Server are below; leave SSL 3.0 as it is.',
  ja: 'TMS サーバ上の SQL Server は TLS 1.0 に依存している可能性があります。この回答の最初の手順で、まず SQL Server を確認してください。停止していて、ビルドが TLS 1.2 に対応していない場合、TLS 1.0 を Client と Server の両方で有効に戻すための値は下記のとおりです。SSL 3.0 はそのままにしてください。',
};

/**
 * The diagnosis under the SQL checks (QA: "TMS won't open" after IIS Crypto's Best Practices): its headline says the SQL
 * check comes first instead of "here is the fix", and the "TLS 1.0 is off" section points at the checks above instead of
 * saying the SQL paragraph again (its two lead paragraphs, the finding's `brief`, become one pointer).
 */
function sqlCheckLeads(blocks: Block[], findings: readonly Finding[] | undefined, lang: 'en' | 'ja'): Block[] {
  const yes = TEXTS[lang].headingYes;
  const dup = new Set((findings?.find((x) => x.code === 'said-tls10-off')?.brief ?? []).map((x) => x[lang]));
  const out: Block[] = [];
  let pointed = false;
  for (const b of blocks) {
    if (b.type === 'heading' && b.text === yes) out.push({ ...b, text: HEADING_SQL_FIRST[lang] });
    else if (b.type === 'paragraph' && dup.has(b.text)) {
      if (!pointed) out.push(paraFrom(SQL_ABOVE, lang));
      pointed = true;
    } else out.push(b);
  }
  return out;
}
