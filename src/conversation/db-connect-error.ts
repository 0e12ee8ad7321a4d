/**
 * "TMS web says it cannot connect to the database" after the change and a reboot, 「TMS が『データベースに接続できません』と
 * 表示します」 (QA58 #4; reader: src/domain/understand/db-connect-error.ts). What the user sees first when SQL Server on the TMS
 * server stopped: knowledge.md (Caveats) says a SQL Server build without TLS 1.2 support stops and does not start again when
 * TLS 1.0 and SSL 3.0 are both off (event 26011), and a reboot is when SQL Server next starts. SQL Server is not said down, so
 * the answer says what to check, in order, and nothing else (no further reboot, no other change) before it:
 * - SQL Server on the TMS server (or its place not said) on a build without TLS 1.2 support, or a release not known: the
 *   SQL Server service, TLS 1.0 in Schannel, ERRORLOG / event 26011, TLS 1.0 back on first;
 * - SQL Server on another server, or a build with TLS 1.2 support: that case is not asserted; what to check instead.
 * Null when SQL Server is already said down or running (the SQL outage readers answer), or nothing about SQL is known to decide.
 * Pure.
 */
import type { Facts, LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { listFrom, next, paraFrom, reply } from './compose';
import { onFacts } from './merge';
import type { Block } from './document';
import { sqlTls12Support } from '../domain/knowledge/remote-sql';
import { formatSql } from '../domain/versions';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

const HEADING_TRAP = L('TMS cannot reach its database: check SQL Server first', 'TMS がデータベースに接続できません。まず SQL Server を確認してください');
const HEADING_OTHER = L('TMS cannot reach its database: what to check', 'TMS がデータベースに接続できません。確認すること');

const LEAD_TRAP = {
  en: (who: string) =>
    `TMS says it cannot connect to its database. Check ${who} before anything else: a SQL Server build without TLS 1.2 support stops and does not start again when TLS 1.0 and SSL 3.0 are both off in Schannel (event 26011), and that shows the next time SQL Server starts, for example after a reboot. I cannot see from here whether that happened. Make no other change and do not reboot again until you have checked, in this order:`,
  ja: (who: string) =>
    `TMS がデータベースに接続できないと表示しているとのことです。ほかの何よりも先に、${who} を確認してください。TLS 1.2 に対応していない SQL Server のビルドは、Schannel で TLS 1.0 と SSL 3.0 の両方が無効になると停止し、再び起動しなくなります（イベント 26011）。それが表に出るのは SQL Server が次に起動するとき、たとえば再起動のあとです。実際にそうなったかはここからは分かりません。次の順に確認するまで、ほかの変更も、もう一度の再起動もしないでください。`,
};

const STEPS_TRAP: LocalizedText[] = [
  L(
    'Is the SQL Server service (MSSQLSERVER, or MSSQL$<instance>) running? services.msc, or `sc query MSSQLSERVER`.',
    'SQL Server のサービス（MSSQLSERVER または MSSQL$<インスタンス名>）は実行中ですか。services.msc、または `sc query MSSQLSERVER` で確認できます。',
  ),
  L(
    'Is TLS 1.0 still on in Schannel? `reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client"`, and the same for `TLS 1.0\\Server`: it is off when `Enabled` is 0 or `DisabledByDefault` is 1. A policy (GPO) or a tool such as IIS Crypto may have turned it off too.',
    'Schannel で TLS 1.0 はまだ有効ですか。`reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client"` と、同じく `TLS 1.0\\Server` を確認してください。`Enabled` が 0、または `DisabledByDefault` が 1 なら無効です。ポリシー（GPO）や IIS Crypto などのツールが無効にしている場合もあります。',
  ),
  L(
    'If SQL Server is stopped: its ERRORLOG (the instance\'s Log folder) or the Application log says why; event 26011 ("unable to initialize encryption") is this case. Turn TLS 1.0 back on for Client and Server (`Enabled` = 1, `DisabledByDefault` = 0; ask me for the .reg), leave SSL 3.0 as it is, and start the SQL Server service; only if it still does not start, reboot once. Keep TLS 1.0 on for as long as SQL Server runs a build without TLS 1.2 support.',
    'SQL Server が停止している場合：理由は ERRORLOG（インスタンスの Log フォルダ）かアプリケーション ログで分かります。イベント 26011（「unable to initialize encryption」）があれば、このケースです。TLS 1.0 の Client と Server を有効に戻し（`Enabled` = 1、`DisabledByDefault` = 0。.reg が必要ならお知らせください）、SSL 3.0 はそのままにして、SQL Server のサービスを開始してください。それでも起動しない場合に限り、一度だけ再起動してください。SQL Server が TLS 1.2 非対応のビルドのうちは、TLS 1.0 を有効のままにしてください。',
  ),
  L(
    'If SQL Server is running: the cause is something else. Tell me what its ERRORLOG and the Application log on the TMS server say at the time of the error.',
    'SQL Server が実行中の場合：原因は別のところにあります。エラーが出た時刻の ERRORLOG と、TMS サーバのアプリケーション ログの内容をお知らせください。',
  ),
];

const LEAD_REMOTE = {
  en: (sql: string) =>
    `TMS says it cannot connect to its database. ${sql} is on another server, and the TMS server's Schannel settings do not touch that SQL Server, so the SQL Server caveat of this fix (a build without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are off on its own server) does not explain it by itself. Check in this order:`,
  ja: (sql: string) =>
    `TMS がデータベースに接続できないと表示しているとのことです。${sql}は別のサーバにあり、TMS サーバの Schannel の設定はその SQL Server には影響しません。そのため、この修正での SQL Server の注意点（TLS 1.2 非対応のビルドは、そのサーバ自身で TLS 1.0 と SSL 3.0 が無効になると停止する）だけでは説明がつきません。次の順に確認してください。`,
};
const LEAD_TLS12 = {
  en: (sql: string) =>
    `TMS says it cannot connect to its database. ${sql} supports TLS 1.2, so it is not the SQL Server that stops when TLS 1.0 and SSL 3.0 are off (that happens to builds without TLS 1.2 support). Check in this order:`,
  ja: (sql: string) =>
    `TMS がデータベースに接続できないと表示しているとのことです。${sql}は TLS 1.2 に対応しているため、TLS 1.0 と SSL 3.0 が無効になると停止する SQL Server ではありません（停止するのは TLS 1.2 非対応のビルドです）。次の順に確認してください。`,
};
/** A login or password cause named with the error (REV35 #4): "… login failed for user", "… because of a password change". */
const LEAD_CAUSE = L(
  'TMS says it cannot connect to its database, and a login or password problem is named as the cause. That is not the SQL Server caveat of this fix: there, a SQL Server build without TLS 1.2 support stops and does not start again when TLS 1.0 and SSL 3.0 are off (event 26011), so the service is stopped rather than refusing a login. To be sure which it is, check in this order:',
  'TMS がデータベースに接続できないと表示しており、原因としてログインまたはパスワードの問題が挙がっているとのことです。これはこの修正での SQL Server の注意点とは別のものです。注意点のほうは、TLS 1.2 非対応の SQL Server のビルドが、TLS 1.0 と SSL 3.0 が無効になると停止して再び起動しなくなる（イベント 26011）というもので、その場合はログインを拒否するのではなく、サービスそのものが止まっています。どちらなのかを確かめるため、次の順に確認してください。',
);
const CAUSE_NAMED = /(?<![a-z])(?:password|passwd|login\s(?:failed|failure|error)|failed\slogin|logon\sfailure|log\s?in\sfailed|credentials?|account\s(?:is\s|was\s)?(?:locked|disabled|expired)|18456)(?![a-z])|パスワード|ログイン\s?(?:に)?\s?(?:失敗|できな|エラー)|認証\s?(?:に)?\s?(?:失敗|エラー)|資格情報|アカウント(?:が|の)?\s?(?:ロック|無効|期限切れ)/i;

/** Not denied: "we did not change any password", "no login failures", 「パスワードは変えていません」. */
const CAUSE_DENIED_BEFORE = /(?<![a-z])(?:no|not|never|without|nor|didn'?t|did\snot|haven'?t|have\snot|wasn'?t|isn'?t)(?![a-z])[^.,;!?]{0,25}$/i;
const CAUSE_DENIED_AFTER = /^[^。、,.]{0,20}?(?:変えていません|変更していません|変更なし|ありません|出ていません|問題ない|問題ありません|関係ない|関係ありません)|^\s?(?:is|was)\sn(?:o|')t\b|^[^.,;]{0,15}\s(?:unchanged|not\schanged|fine|ok)(?![a-z])/i;
function causeNamedIn(text: string): boolean {
  const t = text.slice(0, 2_000).normalize('NFKC');
  const m = CAUSE_NAMED.exec(t);
  if (!m) return false;
  const before = t.slice(Math.max(0, m.index - 40), m.index);
  const after = t.slice(m.index + m[0].length);
  // Asked or supposed, not named: "could it be the password?", 「パスワードの問題でしょうか」.
  if (/^[^.。!！\n]{0,60}[?？]|^[^。\n]{0,20}(?:でしょうか|ですか|かも)/.test(after) || CAUSE_SUPPOSED_BEFORE.test(before)) return false;
  return !CAUSE_DENIED_BEFORE.test(before) && !CAUSE_DENIED_AFTER.test(after);
}
const CAUSE_SUPPOSED_BEFORE = /(?<![a-z])(?:could\s(?:it|this|that)\sbe|maybe|might|perhaps|possibly|is\sit|whether|if|unless|in\scase)(?![a-z])[^.;!?]{0,30}$|もし/i;

const STEPS_OTHER: LocalizedText[] = [
  L(
    'Is the SQL Server service running, on the server where it runs? services.msc there, or `sc query MSSQLSERVER` (MSSQL$<instance> for a named instance).',
    'SQL Server が動いているサーバで、SQL Server のサービスは実行中ですか。そのサーバの services.msc、または `sc query MSSQLSERVER`（名前付きインスタンスは MSSQL$<インスタンス名>）で確認できます。',
  ),
  L(
    'What do SQL Server\'s ERRORLOG and the Application log on the TMS server say at the time of the error (a failed login, a timeout, an encryption error)?',
    'エラーが出た時刻に、SQL Server の ERRORLOG と TMS サーバのアプリケーション ログには何が記録されていますか（ログインの失敗、タイムアウト、暗号化のエラーなど）。',
  ),
];
const STEP_REACH = L(
  'Can the TMS server still reach it, by the same name and port it used before? A firewall or DNS change on the way shows up as this error too.',
  'TMS サーバから、以前と同じ名前とポートでその SQL Server に届きますか。途中のファイアウォールや DNS の変更でも、このエラーになります。',
);
const STEP_CLIENT_TLS10 = L(
  'You say TLS 1.0 is off on the TMS server. TMS is that SQL Server\'s client: if its build has no TLS 1.2 support, the connection may fail for that reason. Check its build (`SELECT @@VERSION` on that server); my sources do not settle this case, so treat it as a check, not as the answer.',
  'TMS サーバで TLS 1.0 が無効とのことです。TMS はその SQL Server のクライアントなので、そのビルドが TLS 1.2 に対応していなければ、そのために接続に失敗する可能性があります。ビルドを確認してください（そのサーバで `SELECT @@VERSION`）。このケースは手元の情報源では確定できないため、答えではなく確認事項として扱ってください。',
);
const AFTER = L(
  'Tell me what you find. The fix for "No HTTPS response" waits until TMS reaches its database again.',
  '確認結果をお知らせください。「No HTTPS response」への対処は、TMS がデータベースに接続できるようになってからにしてください。',
);

/** The SQL Server to check first: said on the TMS server, not said where, or not known. */
function whoOf(f: Facts): LocalizedText {
  const sql = f.sql ? formatSql(f.sql) : null;
  if (sql && f.sqlLocation === 'local') return L(`${sql} on the TMS server`, `TMS サーバ上の ${sql}`);
  if (sql) return L(`${sql} (if it runs on the TMS server)`, `${sql}（TMS サーバ上で動いている場合）`);
  return L('the SQL Server on the TMS server, if there is one', 'TMS サーバ上の SQL Server（ある場合）');
}

type Case = 'trap' | 'remote' | 'tls12' | 'cause';

/** Which answer the facts call for, or null when SQL Server is already said down or running (other readers answer). */
function caseOf(f: Facts): Case | null {
  if (typeof f.tlsClaims?.sqlDown === 'boolean') return null;
  if (f.sqlLocation === 'remote') return 'remote';
  return sqlTls12Support(f.sql) === 'yes' ? 'tls12' : 'trap';
}

/** A change to TLS, the registry or a restart named in the message itself (a conversation with no facts yet needs one). */
const CHANGE_SAID = /tls|ssl|schannel|(?<![a-z])reg(?:istry)?(?![a-z])|\.reg|iis\s?crypto|reboot|restart|medium|再起動|レジストリ/i;

export function onDbConnectError(s: ConversationState, text: string): TurnResult | null {
  // A first message about the database alone is not this fix's case: the SQL caveat is for after a TLS change.
  if (!Object.keys(s.facts).length && !CHANGE_SAID.test(text)) return null;
  const read = onFacts(s, text);
  const f = read.state.facts;
  const held = caseOf(f);
  if (!held) return null;
  // A login or password cause named: what to check, not the 26011 lead (REV35 #4).
  const c: Case = held === 'trap' && causeNamedIn(text) ? 'cause' : held;
  const lang = s.lang;
  const sqlName = f.sql ? formatSql(f.sql) : null;
  const blocks: Block[] = [{ type: 'heading', text: (c === 'trap' ? HEADING_TRAP : HEADING_OTHER)[lang] }];
  // What the message changed or what is understood so far ("Updated: …"), as the facts route shows it.
  const changed = JSON.stringify(f) !== JSON.stringify(s.facts);
  if (changed) blocks.push(...(read.replies[0]?.blocks.filter((b) => b.type === 'context') ?? []));
  if (c === 'trap') {
    blocks.push({ type: 'paragraph', text: LEAD_TRAP[lang](whoOf(f)[lang]) }, listFrom('steps', STEPS_TRAP, lang));
  } else {
    const name = sqlName ?? (lang === 'ja' ? 'SQL Server ' : 'SQL Server');
    const lead = c === 'cause' ? LEAD_CAUSE[lang] : c === 'remote' ? LEAD_REMOTE[lang](lang === 'ja' ? `${name} ` : name) : LEAD_TLS12[lang](lang === 'ja' ? `${name} ` : name);
    const steps = [...STEPS_OTHER];
    if (c === 'remote') steps.push(STEP_REACH);
    if (c === 'remote' && f.tlsClaims?.tls10 === 'off' && sqlTls12Support(f.sql) !== 'yes') steps.push(STEP_CLIENT_TLS10);
    blocks.push({ type: 'paragraph', text: lead }, listFrom('steps', steps, lang));
  }
  blocks.push(paraFrom(AFTER, lang));
  // No full answer given yet and one comes with this message (the ticket itself, "SQL 2016 on a separate server. TMS shows
  // 'Cannot connect to SQL Server'"): it follows the checks, as in the tms-wont-open answer. Later in the conversation the checks
  // stand alone, so that no reboot or key step is read before them.
  const first = read.replies[0];
  if (changed && !s.shown?.length && first?.diagnosis) {
    const rest = first.blocks.filter((b) => b.type !== 'context');
    return { state: read.state, replies: [{ ...first, blocks: [...blocks, { type: 'divider' }, ...rest] }, ...read.replies.slice(1)] };
  }
  return { state: changed ? read.state : next(s, {}), replies: [reply(lang, blocks)] };
}
