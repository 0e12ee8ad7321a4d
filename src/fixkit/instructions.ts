/**
 * The instructions inside the fix kit (the comment block of enable-tls12.reg, and the notes the CLI
 * and the Slack card show), built from what `diagnose` decides for the same facts rather than
 * from fixed text: the level (never "set Medium-High" at Medium-High or High), the Windows
 * default and the reboot rule, the SQL verdict (2012 RTM/SP1, 2008 non-R2, the KB3146034 builds),
 * the pasted Schannel state and the evidence (TLS 1.0 already off with a SQL build that needs it:
 * that comes first), the Telnet/SNMP caveat with the real starting level, and the step order:
 * import → TMS Tools level → one reboot, or iisreset and a restart of the TMS services.
 * Pure: no I/O.
 */
import type { Diagnosis, Facts, Lang, SecurityLevel, SqlVersion, WindowsVersion } from '../domain/types';
import { formatLevel, formatSql, formatWindows, sqlTlsStatus } from '../domain/versions';
import {
  earlyBuildMove,
  KB_SQL2012_2014,
  rebootAdvice,
  registryPlan,
  SQL2008_TLS12_BUILD,
  SQL2008R2_TLS12_BUILD,
  sqlDownSeen,
  sqlBelowNeeds,
  sqlOutageCase,
  tls10OffByWindowsDefault,
  tls10StaysEnabled,
  tls12BuildsText,
  windowsSchannelDefaults,
  type RebootAdvice,
} from '../domain/knowledge';
import { schannelEffective, schannelState, type RegModel } from '../windows/reg';

/** What the kit's text depends on, read once from the facts (evidence versions included) and the diagnosis. */
export interface KitCase {
  lang: Lang;
  facts: Facts;
  d: Diagnosis;
  /** The Schannel state pasted before the fix (its Protocols part), if any. */
  before: RegModel | null;
  /** TLS 1.1 was asked for (--tls11). */
  tls11Asked: boolean;
  /** The protocols the .reg enables. */
  protocols: string[];
  /** Where the kit is asked for: the CLI (`tms-doctor fix-kit`) points to `tms-doctor diagnose`; a chat's answer already holds the steps. */
  surface?: 'cli' | 'chat';
  /** The kit holds tls10-back-on.reg (tls10BackFirst): FIRST names it. */
  tls10File?: boolean;
  /** The evidence shows TLS 1.2 already usable by TMS (the diagnosis dropped the registry step): no import of this file. */
  tls12Shown?: boolean;
}

const has = (d: Diagnosis, code: string) => d.findings.some((f) => f.code === code);

/**
 * The builds with TLS 1.2 support to name for this SQL Server in the kit (knowledge.md): 2008 SP4 10.0.6547.0 for 2008 (not R2),
 * 2008 R2 SP3 10.50.6542.0 for 2008 R2 (or a release not known), KB3135244's first builds of its line for 2012 / 2014 (RTM / SP1:
 * a service-pack upgrade). Null for a release before 2008 (2005): none of its builds is listed with TLS 1.2 support (noTls12Build).
 */
export function tls12BuildName(sql: SqlVersion | undefined, lang: Lang): string | null {
  const ja = lang === 'ja';
  if (!sql || (sql.year === 2008 && sql.r2)) return `SQL Server 2008 R2 SP3 ${SQL2008R2_TLS12_BUILD}`;
  if (sql.year === 2008) return `SQL Server 2008 SP4 ${SQL2008_TLS12_BUILD}`;
  if (sql.year === 2012 || sql.year === 2014) {
    return `SQL Server ${sql.year} ${tls12BuildsText(sql.year === 2012 ? '2012' : '2014', ja ? 'ja' : 'en')}`;
  }
  return null;
}

/** SQL Server 2012 RTM / SP1 (no TLS 1.2 package): reaching such a build is a service-pack upgrade (knowledge.md). '' otherwise. */
function spUpgradeNote(sql: SqlVersion | undefined, lang: Lang): string {
  if (!sql || sqlTlsStatus(sql).kind !== 'upgrade-service-pack') return '';
  return lang === 'ja'
    ? '2012 RTM / SP1 からは、サービス パックへのアップグレード（SP4 が最も簡単です）が必要です。'
    : ' From 2012 RTM / SP1 that means a service-pack upgrade (SP4 is the simplest).';
}

/** A release before 2008 (2005): no build of it is listed with TLS 1.2 support, so TLS 1.2 means upgrading SQL Server. */
function noTls12Build(sql: SqlVersion, lang: Lang): string {
  return lang === 'ja'
    ? `SQL Server ${sql.year} には TLS 1.2 に対応したビルドがありません（対応ビルドは SQL Server 2008 SP4 ${SQL2008_TLS12_BUILD}、2008 R2 SP3 ${SQL2008R2_TLS12_BUILD} から始まります）。TLS 1.2 に対応させるには SQL Server のアップグレードが必要です`
    : `no SQL Server ${sql.year} build has TLS 1.2 support (the builds with it start at SQL Server 2008 SP4 ${SQL2008_TLS12_BUILD} and 2008 R2 SP3 ${SQL2008R2_TLS12_BUILD}): TLS 1.2 support means upgrading SQL Server`;
}

/** SQL Server runs on the TMS server (or nobody said otherwise). */
const sqlLocal = (f: Facts) => f.sqlLocation !== 'remote';

/** A local SQL 2005/2008/2008 R2 build that has (or may have) no TLS 1.2 support: it needs TLS 1.0. */
function sqlNeedsTls10(f: Facts): boolean {
  if (!sqlLocal(f) || !f.sql) return false;
  const st = sqlTlsStatus(f.sql);
  return st.kind === 'keep-tls10' && (st.tls12 === 'no' || st.tls12 === null);
}

/**
 * A local SQL Server 2012 / 2014 without TLS 1.2 support: 'no' for a build (or service pack) known to lack it (2012 RTM /
 * SP1, or older than its line's fixed build), 'maybe' when the build decides and is not known. With TLS 1.0 off this is
 * the same trap as 2008 R2 (knowledge.md: Microsoft's failing case is SSL 3.0 and TLS 1.0 both off on a build without
 * TLS 1.2 support, whatever the release), so the kit leads the same way; TLS 1.2 builds and 2016+ are not concerned.
 */
function sql2012Without12(f: Facts): 'no' | 'maybe' | null {
  if (!sqlLocal(f) || !f.sql || (f.sql.year !== 2012 && f.sql.year !== 2014)) return null;
  const kind = sqlTlsStatus(f.sql).kind;
  return kind === 'install-update' || kind === 'upgrade-service-pack' ? 'no' : kind === 'check-build' ? 'maybe' : null;
}

/**
 * The build decides (SQL 2012 / 2014 on this server, build not known): tls10-back-on.reg is not "import first" but
 * "check the build first, import it only if the build lacks TLS 1.2 support" (knowledge.md: with the build unknown,
 * the action is "check the build", not "install first"; a 2012 / 2014 build with TLS 1.2 support needs nothing).
 */
export function tls10OnlyIfOld(f: Facts): boolean {
  return sql2012Without12(f) === 'maybe';
}

/** TLS 1.0 shown (or said) to be off on this server: by the evidence, the pasted state or the user. */
export function tls10SeenOff(c: Pick<KitCase, 'facts' | 'd' | 'before'>): boolean {
  if (has(c.d, 'evidence-tls10-off-sql2008r2') || has(c.d, 'evidence-schannel-tls10-off')) return true;
  if (c.facts.tlsClaims?.tls10 === 'off') return true;
  if (c.before) {
    const s = schannelState(c.before)['TLS 1.0'];
    if (s.Client.verdict === 'disabled' || s.Server.verdict === 'disabled' || s.Client.verdict === 'disabled-by-default' || s.Server.verdict === 'disabled-by-default') return true;
  }
  return false;
}

/**
 * SSL 3.0 off too, so TLS 1.0 off is Microsoft's failing case itself (KB3135244: SSL 3.0 and TLS 1.0 both off on a
 * build without TLS 1.2). 'seen': said off, IIS Crypto's Best Practices, the pasted keys or a registry paste read as
 * evidence. 'default': only the Windows release's default says it (2016 and later; nothing pasted or said turns it
 * off): the warning names that default as a thing to check and keeps "can fail". Not known: null ("can fail").
 */
function ssl3Off(c: Pick<KitCase, 'facts' | 'before'>): 'seen' | 'default' | null {
  const t = c.facts.tlsClaims;
  if (t?.ssl3 === 'off' || t?.iisCryptoBestPractices === true) return 'seen';
  if (t?.ssl3 === 'on') return null;
  // A registry paste read as evidence (the chat, `fix-kit --evidence`) says it as an observation.
  if (c.facts.evidence?.observations.some((o) => o.code === 'schannel-ssl3-disabled')) return 'seen';
  const osDefault = c.facts.windows ? windowsSchannelDefaults(c.facts.windows).ssl3 : null;
  if (c.before) {
    const s = schannelState(c.before)['SSL 3.0'];
    // The keys alone (no default): off by what was set.
    if (schannelEffective(s.Client, null) === false || schannelEffective(s.Server, null) === false) return 'seen';
    return schannelEffective(s.Client, osDefault) === false || schannelEffective(s.Server, osDefault) === false ? 'default' : null;
  }
  return osDefault === false ? 'default' : null;
}

/**
 * Why no kit is written although the registry step is in the answer, or null: SQL Server cannot
 * start encryption (26011 in the evidence) and the TLS change is the likely reason. Getting SQL
 * running comes first (diagnose says how); a kit that ends in a reboot would not help.
 */
export function refusal(c: Pick<KitCase, 'facts' | 'd' | 'lang' | 'surface'>): string | null {
  const down = c.d.findings.find((f) => f.code === 'evidence-sql-encryption-failed');
  if (!down) return null;
  const ja = c.lang === 'ja';
  // Where the recovery steps are: in the CLI, `tms-doctor diagnose` gives them; in a chat, the answer already holds them.
  const cli = c.surface === 'cli';
  // A build with TLS 1.2 support (2016 and later, a 2012 / 2014 build that has it, 2008 R2 from 10.50.6542; not the early
  // 10.50.6537, which keeps the recovery kit) down with 26011: not the TLS 1.0 trap, so neither the recovery file nor the
  // normal kit (its step 4 can end in a reboot with SQL still down): the cause comes first (QA48 #8).
  if (sqlOutageCase(c.facts) === 'not-tls') return notTlsRefusal(c, cli);
  // Said in words ("now SQL won't start"), no 26011 pasted: the same refusal, in the user's terms.
  if (!sqlDownSeen(c.facts)) {
    const where = ja
      ? cli ? '詳しくは同じ説明を付けた tms-doctor diagnose の回答を参照してください' : '手順はこの会話の回答にあります'
      : cli ? '`tms-doctor diagnose` with the same text gives the steps' : 'the steps are in my answer in this conversation';
    return ja
      ? `修正ファイルは作成しません：SQL Server が起動しないとのことです。先に SQL Server を復旧してください（TLS の変更後に止まった場合は、TLS 1.0 の Client と Server を有効に戻し、SSL 3.0 はそのままにして、サービスを開始します。${where}）。SQL Server が動いてから、もう一度作成してください。`
      : `No fix files: you say SQL Server does not start. Get it running first (after a TLS change: turn TLS 1.0 back on for Client and Server, leave SSL 3.0 as it is, start the service; ${where}), then ask for the kit again.`;
  }
  const where = ja
    ? cli ? '詳しくは同じ証拠を付けた tms-doctor diagnose の回答を参照してください' : '手順はこの会話の回答にあります'
    : cli ? '`tms-doctor diagnose` with the same evidence gives the steps' : 'the steps are in my answer in this conversation';
  return ja
    ? `修正ファイルは作成しません：証拠によると SQL Server が暗号化を開始できず（イベント 26011）、停止しています。先に SQL Server を復旧してください（TLS 1.0 の Client と Server を有効に戻し、SSL 3.0 はそのままにして、サービスを開始します。${where}）。SQL Server が動いてから、もう一度作成してください。`
    : `No fix files: the evidence shows SQL Server cannot start encryption (event 26011), so it is down. Get it running first (turn TLS 1.0 back on for Client and Server, leave SSL 3.0 as it is, start the service; ${where}), then ask for the kit again.`;
}

/** SQL Server down (26011, or said) on a build with TLS 1.2 support: find the cause first; no files until it runs. */
function notTlsRefusal(c: Pick<KitCase, 'facts' | 'lang'>, cli: boolean): string {
  const name = formatSql(c.facts.sql!);
  const seen = sqlDownSeen(c.facts);
  const where = c.lang === 'ja'
    ? cli ? `詳しくは同じ${seen ? '証拠' : '説明'}を付けた tms-doctor diagnose の回答を参照してください` : '手順はこの会話の回答にあります'
    : cli ? `\`tms-doctor diagnose\` with the same ${seen ? 'evidence' : 'text'} gives the steps` : 'the steps are in my answer in this conversation';
  return c.lang === 'ja'
    ? `修正ファイルは作成しません：${seen ? '証拠によると SQL Server が暗号化を開始できず（イベント 26011）、停止しています' : 'SQL Server が起動しないとのことです'}。${name} は TLS 1.2 に対応しているため、TLS の変更はふつう停止の原因になりません。レジストリを変更したり再起動したりする前に、原因を突き止めてください（SQL Server が使う証明書と、同時刻に記録された Schannel のイベントを確認します。レジストリの変更直後に止まった場合は、変更前に取ったエクスポートのインポートで変更された値が元に戻ります。${where}）。SQL Server が動いてから、もう一度作成してください。`
    : `No fix files: ${seen ? 'the evidence shows SQL Server cannot start encryption (event 26011), so it is down' : 'you say SQL Server does not start'}. ${name} supports TLS 1.2, so the TLS change is not the usual reason it stops: find the cause before any registry change or reboot (check the certificate SQL Server uses and the Schannel events logged at the same time; if it stopped right after a registry change, importing the export made before it puts the changed values back; ${where}). Ask for the kit again once SQL Server runs.`;
}

/**
 * SQL Server on the TMS server cannot start encryption (26011 pasted) on a build that needs TLS 1.0 (or one not
 * known): the recovery the answer gives (TLS 1.0 back on for Client and Server, SSL 3.0 left alone) can be handed
 * over as a file. Not once the user says TLS 1.0 is back on (the answer then lists what to check next), not for a
 * remote SQL Server, not for a build with TLS 1.2 support. SQL said down in words is the same case when TLS 1.0 is
 * said off too ("SQL won't start since we turned TLS 1.0 off", 「TLS 1.0 を無効にしてから SQL Server が起動しません」):
 * the cause the user names is the one the file undoes. Said down with no TLS 1.0 change keeps the refusal (refusal()).
 */
export function recoveryKitCase(c: Pick<KitCase, 'facts' | 'd'>): boolean {
  if (!c.d.findings.some((f) => f.code === 'evidence-sql-encryption-failed')) return false;
  if (sqlOutageCase(c.facts) !== 'restore' || c.facts.tlsClaims?.tls10 === 'on') return false;
  return sqlDownSeen(c.facts) || downSaidAfterTls10Off(c.facts);
}

/** SQL Server said down in words (no 26011 pasted), with TLS 1.0 said off. */
function downSaidAfterTls10Off(f: Facts): boolean {
  return !sqlDownSeen(f) && f.tlsClaims?.sqlDown === true && f.tlsClaims.tls10 === 'off';
}

/** What the recovery kit says before anything else (Slack comment, CLI, console, the chat's answer about the files). */
export function recoveryLead(c: Pick<KitCase, 'lang' | 'facts'>): string {
  // Said in words: the user's account, not evidence the bot never saw.
  const said = downSaidAfterTls10Off(c.facts);
  const lead = recoveryLeadText(c, said);
  // (TLS 1.0 off by design on this release; the recovery kit is never made once TLS 1.0 is said on: recoveryKitCase.)
  const w = tls10OffByWindowsDefault(c.facts);
  if (!w) return lead;
  const win = formatWindows(w);
  // 2005: no build of it has TLS 1.2 support, so what keeps TLS 1.0 off is an upgrade (not "a build").
  const old = !!c.facts.sql && c.facts.sql.year < 2008;
  return c.lang === 'ja'
    ? `${lead}注意：${win} では TLS 1.0 は設計上、既定で無効です。このファイルはそれを再び有効にします。SQL Server を動かすための緊急の手段です。将来 TLS 1.0 を再び無効にするには、先に ${old ? 'SQL Server のアップグレード' : 'TLS 1.2 対応の SQL Server のビルド'}が必要です。それは別の作業です（ファイルのコメントを参照）。`
    : `${lead} Note: on ${win} TLS 1.0 is off by default, by design, and this file turns it back on: an emergency step to get SQL Server running. Turning TLS 1.0 off again later first needs ${old ? 'SQL Server upgraded' : 'a SQL Server build with TLS 1.2 support'}, a project of its own (see the file's comments).`;
}

function recoveryLeadText(c: Pick<KitCase, 'lang' | 'facts'>, said: boolean): string {
  if (said) {
    const iis = c.facts.tlsClaims?.iisCryptoBestPractices === true;
    return c.lang === 'ja'
      ? `TLS 1.0 を無効にしたあと${iis ? '（IIS Crypto の Best Practices は SSL 3.0 とともに TLS 1.0 を無効にします）' : ''} SQL Server が起動しないとのことです。先に SQL Server を復旧してください。tls10-back-on.reg は TLS 1.0 の Client と Server を有効に戻すだけのファイルです（SSL 3.0 は変更しません）。SQL Server が動いているサーバでインポートしてから SQL Server のサービスを開始し、それでも起動しなければサーバを再起動してください。TLS 1.0 を戻しても起動しない場合は、SQL Server の ERRORLOG を確認してください（26011「unable to initialize encryption」が出ていれば、その行を貼ってください）。エンドポイントのための修正（enable-tls12.reg）は、SQL Server が動いてから、もう一度修正ファイルを作成してください。`
      : `You say SQL Server does not start since TLS 1.0 was turned off${iis ? " (IIS Crypto's Best Practices turn it off, with SSL 3.0)" : ''}. Get it running first: tls10-back-on.reg only turns TLS 1.0 back on for Client and Server (SSL 3.0 is left as it is). Import it on the server where SQL Server runs, then start the SQL Server service; if it still does not start, reboot the server. If it does not start with TLS 1.0 back on, read SQL Server's ERRORLOG (paste the lines if event 26011, "unable to initialize encryption", is there). The fix for the endpoints (enable-tls12.reg) comes once SQL Server runs: ask for the fix files again then.`;
  }
  return c.lang === 'ja'
    ? `証拠によると SQL Server が暗号化を開始できず（イベント 26011）、停止しています。先に SQL Server を復旧してください。tls10-back-on.reg は TLS 1.0 の Client と Server を有効に戻すだけのファイルです（SSL 3.0 は変更しません）。SQL Server が動いているサーバでインポートしてから SQL Server のサービスを開始し、それでも起動しなければサーバを再起動してください。エンドポイントのための修正（enable-tls12.reg）は、SQL Server が動いてから、もう一度修正ファイルを作成してください。`
    : `The evidence shows SQL Server cannot start encryption (event 26011), so it is down. Get it running first: tls10-back-on.reg only turns TLS 1.0 back on for Client and Server (SSL 3.0 is left as it is). Import it on the server where SQL Server runs, then start the SQL Server service; if it still does not start, reboot the server. The fix for the endpoints (enable-tls12.reg) comes once SQL Server runs: ask for the fix files again then.`;
}

/**
 * How long TLS 1.0 stays on, in the release's own terms (knowledge.md): until a build with TLS 1.2 support, named when the
 * release is known (2008 / 2008 R2: its build; 2012 / 2014: KB3135244's first builds, and for 2012 RTM / SP1 the
 * service-pack upgrade that reaching one means); 2005 has no such build, so until SQL Server is upgraded (rev21-b #5).
 */
export function keepTls10On(sql: SqlVersion | undefined, lang: Lang): string {
  const ja = lang === 'ja';
  const good = tls12BuildName(sql, lang);
  if (!sql) return ja ? 'SQL Server が TLS 1.2 対応のビルドになるまでは、TLS 1.0 を有効のままにしてください。' : 'Keep TLS 1.0 on until SQL Server runs a build with TLS 1.2 support.';
  // 2005 / 2008 / 2008 R2: TLS 1.0 stays enabled whatever the build (knowledge.md; QA56 #5).
  if (!good || sql.year <= 2008) return tls10StaysEnabled(sql)[lang];
  return ja
    ? `SQL Server が TLS 1.2 対応のビルド（${good} 以降）になるまでは、TLS 1.0 を有効のままにしてください。${spUpgradeNote(sql, 'ja')}`
    : `Keep TLS 1.0 on for as long as SQL Server runs a build without TLS 1.2 support (${good} and later have it).${spUpgradeNote(sql, 'en')}`;
}

/**
 * On a Windows release that turns TLS 1.0 off by design (2025): the security trade-off of tls10-back-on.reg, said plainly
 * (caveatSql2008r2On2025 says the same in the answer), with what keeps TLS 1.0 off instead (a SQL build with TLS 1.2
 * support, or moving / upgrading SQL Server), then a blank line. [] elsewhere. The recovery kit calls the file an emergency
 * step to get SQL running now; the normal kit's (FIRST) keeps SQL from stopping at the next restart (QA48 #7).
 */
function tradeOff2025(f: Facts, lang: Lang, kind: 'recovery' | 'first'): string[] {
  const w = tls10OffByWindowsDefault(f);
  if (!w) return [];
  const ja = lang === 'ja';
  const win = formatWindows(w);
  // The builds of this release with TLS 1.2 support (2012 / 2014: KB3135244's, not a 2008 R2 build); none for 2005.
  const good = tls12BuildName(f.sql, lang);
  const none = f.sql && !good ? noTls12Build(f.sql, lang) : null;
  const name = f.sql ? formatSql(f.sql) : 'SQL Server';
  const keepOff = ja
    ? good
      ? `TLS 1.2 に対応した SQL Server のビルド（${good} 以降。ビルドは SELECT @@VERSION で確認できます）に更新するか、SQL Server を別のサーバに移すかアップグレードします`
      : `SQL Server を別のサーバに移すかアップグレードします（${none}）`
    : good
      ? `a SQL Server build with TLS 1.2 support (${good} or later; SELECT @@VERSION shows the build), or moving SQL Server to another server or upgrading it`
      : `moving SQL Server to another server or upgrading it (${none})`;
  const why = ja
    ? kind === 'recovery'
      ? 'SQL Server を今すぐ動かすための緊急の手段です'
      : '次の再起動で SQL Server が止まらないようにするための手段です'
    : kind === 'recovery'
      ? 'It is an emergency step to get SQL Server running now'
      : 'It is what keeps SQL Server from stopping at the next restart';
  return ja
    ? [
        `セキュリティ上の注意：${win} では TLS 1.0 は設計上、既定で無効です。このファイルはそれを再び有効にし、${win} が閉じている TLS 1.0 をこのサーバで再び開きます。${why}。意図して判断してください。`,
        `${win} の意図どおりに TLS 1.0 を無効にしておくには、先に次のことが必要です：${keepOff}。${spUpgradeNote(f.sql, 'ja')}これは今回の修正とは別の作業です。SQL Server 自体の変更なので、個別のメンテナンス時間を確保し、お使いの TMS リリースの SQL Server 要件と照合してください。${win} で ${name} や TMS がサポートされているかどうかは、手元の資料には記載がありません。`,
        '',
      ]
    : [
        `SECURITY: ${win} turns TLS 1.0 off by default, by design. This file turns it back on, so it re-opens on this server what ${win} closes. ${why}: decide it on purpose.`,
        `Having TLS 1.0 off here, as ${win} intends, first needs ${keepOff} - a SQL change with its own maintenance window, checked against your TMS release's SQL requirements, and a project of its own, not part of this fix.${spUpgradeNote(f.sql, 'en')} Whether ${name}, or TMS, is supported on ${win} at all is not documented here.`,
        '',
      ];
}

/**
 * The comment lines of tls10-back-on.reg (after its title). On a Windows release that turns TLS 1.0 off by design (2025)
 * the file re-opens what the OS closes: said plainly as the trade-off it is (caveatSql2008r2On2025 says the same in the
 * answer), with what keeps TLS 1.0 off instead (a SQL build with TLS 1.2 support, or moving / upgrading SQL Server).
 * Whether SQL 2008 R2 runs on 2025 at all is not documented here.
 */
export function recoveryLines(c: Pick<KitCase, 'facts' | 'lang'>): string[] {
  const ja = c.lang === 'ja';
  const f = c.facts;
  const w = tls10OffByWindowsDefault(f);
  const win = w ? formatWindows(w) : '';
  // How long TLS 1.0 stays on (not on 2025, which says it its own way).
  const keepOn = keepTls10On(f.sql, c.lang);
  if (ja) {
    return [
      '内容：TLS 1.0 の Client と Server に Enabled=1、DisabledByDefault=0 を設定します。ほかは変更しません（SSL 3.0、TLS 1.1、TLS 1.2 はそのままです）。',
      '',
      ...tradeOff2025(f, 'ja', 'recovery'),
      'インポートの前に：レジストリをバックアップします（regedit の [ファイル] > [エクスポート]）。TLS の変更前に取ったエクスポートを代わりにインポートしてもかまいませんが、インポートはファイルにある値を書き戻すだけで、変更で作られたキーは残ります。インポート後に TLS 1.0 の Client と Server を確認してください（このファイルならどちらの場合も設定されます）。',
      'その後、次の順に行います：',
      '1. このファイルをインポートします。',
      '2. SSL 3.0 はそのままにします。',
      '3. SQL Server のサービスを開始します。起動しなければサーバを再起動します（Schannel の設定は変更後に起動したプロセスに反映されます）。',
      w ? '4. TLS 1.0 をポリシー（GPO）でも無効にしている場合は、そちらも戻さないと再び無効にされます。' : '4. TLS 1.0 をポリシー（GPO）で無効にしている場合は、そちらも戻してください。そのままだと再び無効にされます。',
      w
        ? `この SQL Server がこのサーバで動いている間は、TLS 1.0 を有効のままにしてください。${win} の既定どおり TLS 1.0 を再び無効にするのは別の作業で、先に TLS 1.2 対応の SQL Server のビルド（または SQL Server の移動やアップグレード）が必要です。`
        : keepOn,
      'これはエンドポイントのための修正ではありません。SQL Server が動いてから、もう一度修正ファイルを作成してください（enable-tls12.reg は TLS 1.2 を追加するだけで、TLS 1.0 は変更しません）。',
    ];
  }
  return [
    'What it does: sets Enabled=1 and DisabledByDefault=0 for TLS 1.0 (Client and Server). It changes nothing else: SSL 3.0, TLS 1.1 and TLS 1.2 are left as they are.',
    '',
    ...tradeOff2025(f, 'en', 'recovery'),
    'Before importing: back up the registry (regedit > File > Export). An export made before the TLS change can be imported instead, but an import only writes back the values it holds: keys the change created stay, so check TLS 1.0 Client and Server afterwards (this file sets them either way).',
    'Then, in this order:',
    '1. Import this file.',
    '2. Leave SSL 3.0 as it is.',
    '3. Start the SQL Server service. If it does not start, reboot the server (Schannel settings reach the processes that start after the change).',
    w ? '4. If a policy (GPO) also turns TLS 1.0 off, change it there too, or it turns it off again.' : '4. If a policy (GPO) turned TLS 1.0 off, change it there too, or it turns it off again.',
    w
      ? `Leave TLS 1.0 on while this SQL Server runs here. Turning it off again, as ${win} has it by default, is a project of its own that first needs a SQL Server build with TLS 1.2 support (or SQL Server moved or upgraded).`
      : keepOn,
    'This is not the fix for the endpoints: ask for the fix files again once SQL Server runs (enable-tls12.reg only adds TLS 1.2 and leaves TLS 1.0 on).',
  ];
}

const lvl = (l: SecurityLevel | undefined) => (l ? formatLevel(l) : 'Medium');

/** The warning that must come before anything else, or null. */
export function firstWarning(c: KitCase): string | null {
  if (!tls10SeenOff(c)) return null;
  const f = c.facts;
  const ja = c.lang === 'ja';
  const later = sql2012Without12(f);
  if (sqlNeedsTls10(f) || later) {
    const name = formatSql(f.sql!);
    // What is known, no more: a build not known "may" lack TLS 1.2 (SP3 may be 10.50.6542+), and SQL "does not start"
    // only where SSL 3.0 is off too (Microsoft's failing case); re-enabling TLS 1.0 first stays the advice either way.
    const st = sqlTlsStatus(f.sql!);
    const known = (st.kind === 'keep-tls10' && st.tls12 === 'no') || later === 'no';
    // Where TLS 1.2 support starts: one build for 2008 / 2008 R2, KB3135244's first builds of each line for 2012 / 2014
    // (listed: a colleague may have only the files), none for 2005 (upgrading SQL Server).
    const good = f.sql!.year === 2008 && !f.sql!.r2 ? SQL2008_TLS12_BUILD : SQL2008R2_TLS12_BUILD;
    const from = f.sql!.year < 2008
      ? noTls12Build(f.sql!, c.lang)
      : later
        ? ja
          ? `TLS 1.2 対応の最初のビルドは Microsoft KB3135244 によると ${tls12BuildName(f.sql, c.lang)} です`
          : `the first TLS 1.2 builds, per Microsoft KB3135244, are ${tls12BuildName(f.sql, c.lang)}`
        : ja
          ? `TLS 1.2 対応は ${good} 以降`
          : `TLS 1.2 from ${good} on`;
    const ssl3 = ssl3Off(c);
    const both = ssl3 === 'seen';
    // (Off only by the Windows default: said as that release's default, to check; the outcome stays "can fail".)
    const win = ssl3 === 'default' && f.windows ? formatWindows(f.windows) : null;
    if (later === 'maybe') {
      // Build not known: the build check leads; TLS 1.0 goes back on only for a build without TLS 1.2 support.
      const risk = both
        ? ja
          ? 'SSL 3.0 も無効なため、そのようなビルドでは Microsoft が挙げている障害の条件そのものです。TLS 1.0 を戻さずに再起動すると SQL Server が起動しなくなり（イベント 26011）、TMS も停止します'
          : "SSL 3.0 is off here too (Microsoft's failing case: both off on such a build), so without it SQL Server does not start again (event 26011) and TMS goes down with it"
        : ja
          ? `そのようなビルドでは、TLS 1.0 を戻さずに再起動すると SQL Server が起動しなくなるおそれがあり（イベント 26011。Microsoft が挙げている条件は TLS 1.0 と SSL 3.0 の両方が無効な場合です${win ? `。${win} では SSL 3.0 は既定で無効です。確認してください` : ''}）、そうなると TMS も停止します`
          : `on such a build SQL Server can fail to start without it (event 26011; Microsoft's failing case is TLS 1.0 and SSL 3.0 both off${win ? `, and SSL 3.0 is off by default on ${win}: check it` : ''}) and TMS goes down with it`;
      const file = c.tls10File
        ? ja
          ? 'この修正ファイルの tls10-back-on.reg がそれを行います（TLS 1.0 の Client と Server だけを変更します）。ビルドが TLS 1.2 に対応していない場合だけインポートしてください。対応している場合はインポートせず、TLS 1.0 は今の設定のままにします。'
          : 'tls10-back-on.reg, in these fix files, does that (TLS 1.0 Client and Server only): import it only if the build lacks TLS 1.2 support. If the build supports TLS 1.2, do not import it: TLS 1.0 stays as it is.'
        : ja
          ? 'このファイルは TLS 1.0 を変更しません。'
          : 'This file does not touch TLS 1.0.';
      return ja
        ? `最初に：このサーバでは TLS 1.0 が無効になっています。再起動やサービスの再起動をする前に、このサーバの ${name} のビルドを確認してください（check-tls.cmd の出力、または SELECT @@VERSION。${from}）。TLS 1.2 に対応していないビルドなら、先に TLS 1.0 の Client と Server を有効に戻してください（Enabled=1、DisabledByDefault=0）。${risk}。SSL 3.0 は変更しないでください。${file}`
        : `FIRST: TLS 1.0 is OFF on this server. Before any reboot or service restart, check the build of ${name} here (the output of check-tls.cmd, or SELECT @@VERSION: ${from}). Only if that build lacks TLS 1.2 support, re-enable TLS 1.0 first (Client and Server: Enabled=1, DisabledByDefault=0): ${risk}. Leave SSL 3.0 as it is. ${file}`;
    }
    if (ja) {
      const why = known
        ? `このサーバの ${name} は TLS 1.2 に対応していないため TLS 1.0 を必要とします`
        : `このサーバの ${name} は TLS 1.2 に対応していない可能性があります（SELECT @@VERSION でビルドを確認してください。${from}）。確認できるまでは TLS 1.0 が必要なものとして扱ってください`;
      const then = both
        ? 'SSL 3.0 も無効なため、これは Microsoft が挙げている障害の条件そのものです。戻さずに再起動すると SQL Server が起動しなくなり（イベント 26011）、TMS も停止します'
        : `戻さずに再起動すると、SQL Server が起動しなくなるおそれがあり（イベント 26011。Microsoft が挙げている条件は TLS 1.0 と SSL 3.0 の両方が無効な場合です${win ? `。${win} では SSL 3.0 は既定で無効です。確認してください` : ''}）、そうなると TMS も停止します`;
      const file = c.tls10File
        ? 'この修正ファイルの tls10-back-on.reg がそれを行います（TLS 1.0 の Client と Server だけを変更します）。最初にインポートしてください。enable-tls12.reg は TLS 1.0 を変更しません。'
        : 'このファイルは TLS 1.0 を変更しません。';
      return `最初に：このサーバでは TLS 1.0 が無効になっていますが、${why}。再起動やサービスの再起動をする前に、TLS 1.0 の Client と Server を有効に戻してください（Enabled=1、DisabledByDefault=0）。${then}。SSL 3.0 は変更しないでください。${file}`;
    }
    const why = known
      ? `${name} here has no TLS 1.2 support, so it needs TLS 1.0`
      : `${name} here may have no TLS 1.2 support (check the build with SELECT @@VERSION: ${from}), so treat it as needing TLS 1.0 until you know`;
    const then = both
      ? 'SSL 3.0 is off here too (Microsoft\'s failing case: both off), so otherwise SQL Server does not start again (event 26011) and TMS goes down with it'
      : `otherwise SQL Server can fail to start (event 26011; Microsoft's failing case is TLS 1.0 and SSL 3.0 both off${win ? `, and SSL 3.0 is off by default on ${win}: check it` : ''}) and TMS goes down with it`;
    const file = c.tls10File
      ? 'tls10-back-on.reg, in these fix files, does that (TLS 1.0 Client and Server only): import it first. enable-tls12.reg does not touch TLS 1.0.'
      : 'This file does not touch TLS 1.0.';
    return `FIRST: TLS 1.0 is OFF on this server, and ${why}. Re-enable TLS 1.0 (Client and Server: Enabled=1, DisabledByDefault=0) BEFORE any reboot or service restart: ${then}. Leave SSL 3.0 as it is. ${file}`;
  }
  if (sqlLocal(f) && !f.sql) {
    return ja
      ? '最初に：このサーバでは TLS 1.0 が無効になっています。TLS 1.2 に対応していないビルドの SQL Server（2008 / 2008 R2、または TLS 1.2 対応ビルドより前の 2012 / 2014）がこのサーバで動いている場合は、再起動の前に TLS 1.0 の Client と Server を有効に戻してください。戻さないと SQL Server が起動しなくなるおそれがあります（イベント 26011。Microsoft が挙げている条件は TLS 1.0 と SSL 3.0 の両方が無効な場合です）。SQL のビルドは SELECT @@VERSION で確認できます。'
      : 'FIRST: TLS 1.0 is OFF on this server. If a SQL Server build without TLS 1.2 support (2008 / 2008 R2, or 2012 / 2014 before its TLS 1.2 build) runs here, re-enable TLS 1.0 (Client and Server) BEFORE any reboot, or SQL Server can fail to start (event 26011; Microsoft\'s failing case is TLS 1.0 and SSL 3.0 both off). SELECT @@VERSION shows the build.';
  }
  return null;
}

/**
 * What must be done before this file is imported at all, led as such ("Do not import yet: …"), for
 * whoever gets the files without the answer (a colleague opening them from the thread): a SQL Server
 * 2012 / 2014 on this server that needs a service pack or the TLS 1.2 update first, or whose build is
 * to be checked first. The same words as the file's own SQL line.
 */
export function importBlockers(c: KitCase): string[] {
  const f = c.facts;
  if (!sqlLocal(f) || !f.sql) return [];
  const kind = sqlTlsStatus(f.sql).kind;
  // SQL 2008 / 2008 R2 on a release with TLS 1.0 and SSL 3.0 off by default (2025): whether SQL runs is checked first.
  // (A build with TLS 1.2 support is not the failing case: its line stays in the file only.)
  const off = sqlNeedsTls10(f) ? sqlOn2025(c) : null;
  if (off) return [`${c.lang === 'ja' ? '先に確認してください：' : 'Check first: '}${off[0]}`];
  if (kind !== 'upgrade-service-pack' && kind !== 'install-update' && kind !== 'check-build') return [];
  const ja = c.lang === 'ja';
  const lead = kind === 'check-build' ? (ja ? '先に確認してください：' : 'Check first: ') : ja ? 'まだインポートしないでください：' : 'Do not import yet: ';
  // On Windows Server 2025 whether SQL runs at all is checked first (QA56 #2).
  const on2025 = sql2012On2025(c);
  const check = ja ? '先に確認してください：' : 'Check first: ';
  return sqlLines(c).map((l) => `${on2025 !== null && l === on2025 ? check : lead}${l}`);
}

/**
 * SQL Server 2012 / 2014 on this server that must be on a build with TLS 1.2 support before TLS settings change (knowledge.md):
 * its lines as the kit's step 1, before the backup and every other step (QA56 #4); null otherwise (the SQL lines stay notes).
 */
export function sqlStepOne(c: KitCase): string[] | null {
  const f = c.facts;
  if (!sqlLocal(f) || !f.sql) return null;
  const kind = sqlTlsStatus(f.sql).kind;
  if (kind !== 'upgrade-service-pack' && kind !== 'install-update' && kind !== 'check-build') return null;
  const lines = sqlLines(c);
  if (!lines.length) return null;
  const ja = c.lang === 'ja';
  return [
    `1. ${lines[0]}`,
    ...lines.slice(1).map((l) => `   ${l}`),
    ja
      ? '   そのあとで、レジストリをバックアップします（regedit の [ファイル] > [エクスポート]、[エクスポート範囲] は [すべて]）。または check-tls.cmd の出力を保存します。'
      : '   Then back up the registry (regedit > File > Export, range All), or keep the output of check-tls.cmd.',
  ];
}

/** The SQL line(s): diagnose's SQL verdict for a SQL Server on this server. */
export function sqlLines(c: KitCase): string[] {
  const f = c.facts;
  const ja = c.lang === 'ja';
  if (!sqlLocal(f)) return [];
  if (!f.sql) {
    return [
      ja
        ? 'SQL Server のバージョンが不明です：このサーバで動いている場合は、先に SELECT @@VERSION でビルドを確認してください。2008 / 2008 R2 なら TLS 1.0 は有効のままにし、2012 / 2014 なら TLS 1.2 対応のビルドかを確認します。'
        : 'SQL Server version not known: if it runs on this server, check its build first (SELECT @@VERSION). On 2008 / 2008 R2 keep TLS 1.0 on; on 2012 / 2014 check that the build supports TLS 1.2.',
    ];
  }
  const name = formatSql(f.sql);
  // SQL 2012 / 2014 before its TLS 1.2 build on Windows Server 2025: whether SQL runs is checked before anything (QA56 #2).
  const on2025 = sql2012On2025(c);
  if (on2025) return [on2025, ...releaseLines(c, name)];
  return releaseLines(c, name);
}

/**
 * SQL Server 2012 / 2014 on this server before its TLS 1.2 build (or its build not known) on a Windows release with TLS 1.0 and
 * SSL 3.0 off by default (2025): Microsoft's failing case is that default, so the SQL service may already fail to start, or fail at
 * the next restart, with nothing changed by this fix: "check that it runs" first, as for SQL 2008 R2 there (sqlOn2025). Whether SQL
 * 2012 / 2014 is supported on 2025 is not documented here: said so, either way. Null elsewhere, or with TLS 1.0 seen off (FIRST).
 */
function sql2012On2025(c: KitCase): string | null {
  const f = c.facts;
  const w = tls10OffByWindowsDefault(f);
  const without = sql2012Without12(f);
  if (!w || !without || !f.sql || tls10SeenOff(c)) return null;
  const name = formatSql(f.sql);
  const win = formatWindows(w);
  return c.lang === 'ja'
    ? `このサーバの ${name}：${win} では TLS 1.0 と SSL 3.0 が既定で無効です。これは、TLS 1.2 に対応していない SQL Server のビルドが起動できなくなる条件です（Microsoft KB3135244、イベント 26011）${without === 'maybe' ? '（このビルドが対応しているかは、下のビルドの確認で分かります）' : ''}。ほかのすべての作業の前に、SQL Server のサービスが動いているか確認してください。TLS 1.2 非対応のビルドで動いているなら TLS 1.0（または SSL 3.0）が有効に戻されているので、当面はそのままにします。このファイルはどちらも変更しません。${win} で SQL Server ${f.sql.year} がサポートされているかどうかは、手元の資料には記載がありません。`
    : `${name} on this server: ${win} has TLS 1.0 and SSL 3.0 off by default, the case in which Microsoft (KB3135244) says a SQL Server build without TLS 1.2 support does not start (event 26011)${without === 'maybe' ? ' (the build check below tells whether this build has that support)' : ''}. Check BEFORE anything else that the SQL Server service runs; if it does on a build without TLS 1.2, TLS 1.0 (or SSL 3.0) was turned back on here: leave that as it is for now. This file touches neither. Whether SQL Server ${f.sql.year} is supported on ${win} at all is not documented here.`;
}

/** The SQL line(s) of sqlLines for the release's TLS 1.2 verdict. */
function releaseLines(c: KitCase, name: string): string[] {
  const f = c.facts;
  const ja = c.lang === 'ja';
  if (!f.sql) return [];
  const st = sqlTlsStatus(f.sql);
  switch (st.kind) {
    case 'nothing-needed':
    case 'has-tls12':
      return [ja ? `このサーバの ${name}：TLS 1.2 に対応しているため、SQL 側の作業は不要です。` : `${name} on this server supports TLS 1.2: nothing to do for it.`];
    case 'upgrade-service-pack':
      return [
        ja
          ? `このサーバの ${name}：TLS 1.2 対応のパッケージがありません（${KB_SQL2012_2014} は RTM / SP1 向けには提供されていません）。修正のほかのすべての手順（このファイルのインポート、TMS ツールのレベル、再起動）より前に、TLS 1.2 対応のサービス パックへ SQL Server をアップグレードしてください（SP4 が最も簡単です）。これは個別のメンテナンス時間が必要な SQL Server の変更です。`
          : `${name} on this server has no TLS 1.2 package (${KB_SQL2012_2014} does not exist for RTM / SP1): upgrade SQL Server to a service pack with TLS 1.2 (SP4 is the simplest) BEFORE every other step of the fix (importing this file, the TMS Tools level, the reboot). That is a SQL Server change with its own maintenance window.`,
      ];
    case 'install-update':
      return [
        ja
          ? `このサーバの ${name}：TLS 1.2 対応ビルドより古いため、修正のほかのすべての手順（このファイルのインポート、TMS ツールのレベル、再起動）より前に、TLS 1.2 更新プログラム（${KB_SQL2012_2014}）を適用してください。`
          : `${name} on this server is older than the TLS 1.2 build of its line: install the TLS 1.2 update (${KB_SQL2012_2014}) BEFORE every other step of the fix (importing this file, the TMS Tools level, the reboot).`,
      ];
    case 'check-build':
      return [
        ja
          ? `このサーバの ${name}：TLS 1.2 に対応しているかはビルドによります。修正のほかのすべての手順（このファイルのインポート、TMS ツールのレベル、再起動）より前に SELECT @@VERSION で確認し、古ければ${sqlBelowNeeds(f.sql, { en: ' first', ja: '先に' }).ja}。`
          : `${name} on this server: whether it supports TLS 1.2 depends on the build. Check it (SELECT @@VERSION) BEFORE every other step of the fix (importing this file, the TMS Tools level, the reboot); if it is older than the TLS 1.2 build, it needs ${sqlBelowNeeds(f.sql, { en: ' first', ja: '先に' }).en}.`,
      ];
    case 'keep-tls10': {
      const good = f.sql.year === 2008 && !f.sql.r2 ? SQL2008_TLS12_BUILD : SQL2008R2_TLS12_BUILD;
      // 2005 (no build of it has TLS 1.2 support): the way out is an upgrade, not a 2008 R2 build number.
      const none = f.sql.year < 2008 ? noTls12Build(f.sql, c.lang) : null;
      const off = sqlOn2025(c);
      if (off) return off;
      // TLS 1.0 off already (said or seen) and SQL needs it: "keep as they are" would keep the outage condition (FIRST above says why).
      const turnBack = tls10SeenOff(c) && sqlNeedsTls10(f);
      const lines = [
        turnBack
          ? ja
            ? `このサーバの ${name}：TLS 1.0 は有効に戻してください（上の「最初に」を参照）。SSL 3.0 は現在の設定のままにします。このファイルはどちらも変更しません。`
            : `${name} on this server: turn TLS 1.0 back on (FIRST, above); leave SSL 3.0 as it is. This file touches neither.`
          : ja
            ? `このサーバの ${name}：TLS 1.0 は有効になっていて、有効のままである必要があります（再起動の前の確認は手順 4 にあります）。SSL 3.0 はこの修正の一部として変更しないでください。このファイルはどちらも変更しません。`
            : `${name} on this server: TLS 1.0 must be enabled and stay enabled (step 4 says how to check it before the reboot); do not change SSL 3.0 as part of this fix. This file touches neither.`,
      ];
      if (st.tls12 === 'early') {
        lines.push(
          earlyBuildMove(f.sql)[c.lang],
        );
      } else if (st.tls12 === 'no' && none) {
        lines.push(ja ? `このリリースは TLS 1.2 に対応していないため、TLS 1.0 に依存しています。${none}。` : `This release has no TLS 1.2 support, so it depends on TLS 1.0: ${none}.`);
      } else if (st.tls12 === 'no') {
        lines.push(ja ? `このビルドは TLS 1.2 に対応していないため、TLS 1.0 に依存しています（TLS 1.2 対応は ${good} 以降）。` : `This build has no TLS 1.2 support, so it depends on TLS 1.0 (TLS 1.2 from ${good} on).`);
      } else if (st.tls12 === null) {
        lines.push(ja ? `ビルドは SELECT @@VERSION で確認できます（TLS 1.2 対応は ${good} 以降）。` : `SELECT @@VERSION shows the build (TLS 1.2 from ${good} on).`);
      }
      return lines;
    }
  }
}

/**
 * SQL Server 2008 / 2008 R2 on this server, on a Windows release with TLS 1.0 and SSL 3.0 off by default (2025), TLS 1.0
 * not said to be on and not seen off (FIRST then says what to do): "keep TLS 1.0 as it is" would keep Microsoft's
 * failing case, so the lines say what diagnose's caveat says (caveatSql2008r2On2025): check that SQL runs; a build with
 * TLS 1.2 support is what keeps TLS 1.0 off; turning TLS 1.0 back on re-opens it; support of SQL on 2025 is not documented.
 */
function sqlOn2025(c: KitCase): string[] | null {
  const f = c.facts;
  const w = tls10OffByWindowsDefault(f);
  if (!w || !sqlLocal(f) || !f.sql || (sqlNeedsTls10(f) && tls10SeenOff(c))) return null;
  const st = sqlTlsStatus(f.sql);
  if (st.kind !== 'keep-tls10') return null;
  const ja = c.lang === 'ja';
  const name = formatSql(f.sql);
  const win = formatWindows(w);
  const r2 = f.sql.year !== 2008 || f.sql.r2;
  const good = r2 ? SQL2008R2_TLS12_BUILD : SQL2008_TLS12_BUILD;
  const sp = r2 ? 'SQL Server 2008 R2 SP3' : 'SQL Server 2008 SP4';
  // 2005: no build of it has TLS 1.2 support (not a 2008 R2 build to move to).
  const none = f.sql.year < 2008 ? noTls12Build(f.sql, c.lang) : null;
  const unsupported = ja
    ? `${win} で ${name} がサポートされているかどうかは、手元の資料には記載がありません。`
    : `Whether ${name} is supported on ${win} at all is not documented here.`;
  if (st.tls12 === 'yes' || st.tls12 === 'early') {
    const early =
      st.tls12 === 'early'
        ? [
            earlyBuildMove(f.sql)[c.lang],
          ]
        : [];
    return [
      ja
        ? `このサーバの ${name}：TLS 1.2 に対応したビルドなので、${win} の既定どおり TLS 1.0 と SSL 3.0 が無効でも、Microsoft が挙げている障害の条件には当てはまりません。SQL Server のサービスが動いていることを確認してください。このファイルは TLS 1.0 も SSL 3.0 も変更しません。`
        : `${name} on this server has TLS 1.2 support, so TLS 1.0 and SSL 3.0 off (the ${win} default) is not Microsoft's failing case for it: check that the SQL Server service runs. This file touches neither TLS 1.0 nor SSL 3.0.`,
      ...early,
      unsupported,
    ];
  }
  return [
    ja
      ? `このサーバの ${name}：${win} では TLS 1.0 と SSL 3.0 が既定で無効です。これは、TLS 1.2 に対応していない SQL Server のビルドが起動できなくなる条件です（Microsoft KB3135244、イベント 26011）。インポートの前に、SQL Server のサービスが動いているか確認してください。TLS 1.2 非対応のビルドで動いているなら TLS 1.0（または SSL 3.0）が有効に戻されているので、当面はそのままにします。このファイルはどちらも変更しません。`
      : `${name} on this server: ${win} has TLS 1.0 and SSL 3.0 off by default, the case in which Microsoft (KB3135244) says a SQL Server build without TLS 1.2 support does not start (event 26011). Check BEFORE importing that the SQL Server service runs; if it does on a build without TLS 1.2, TLS 1.0 (or SSL 3.0) was turned back on here: leave that as it is for now. This file touches neither.`,
    ja
      ? `${st.tls12 === 'no' ? 'このビルドは TLS 1.2 に対応していません。' : 'ビルドは SELECT @@VERSION で確認できます。'}${win} の意図どおりに TLS 1.0 を無効にしておくには、先に${none ? `SQL Server の移動かアップグレードが必要です（${none}。個別のメンテナンス時間が必要な SQL Server の変更です）。` : `TLS 1.2 対応のビルド（${sp} の ${good} 以降）への更新か、SQL Server の移動かアップグレードが必要です（個別のメンテナンス時間が必要な SQL Server の変更です）。`}これは今回の修正とは別の作業です。TLS 1.0 を有効に戻すと、${win} が無効にしている TLS 1.0 を再び開くことになります。意図して判断してください。`
      : `${st.tls12 === 'no' ? 'This build has no TLS 1.2 support. ' : 'SELECT @@VERSION shows the build. '}Having TLS 1.0 off here, as ${win} intends, first needs ${none ? `SQL Server moved or upgraded (${none}; a SQL change with its own window)` : `a build with TLS 1.2 support (${sp} ${good} or later), or SQL Server moved or upgraded (a SQL change with its own window)`}: a project of its own, not part of this fix. Turning TLS 1.0 back on re-opens what ${win} turns off: decide that on purpose.`,
    unsupported,
  ];
}

/** Notes on Windows and TLS 1.1 (before the steps). */
export function windowsLines(c: KitCase): string[] {
  const w: WindowsVersion | undefined = c.facts.windows;
  const ja = c.lang === 'ja';
  const out: string[] = [];
  if (w && w.year === 2008 && !w.r2) {
    out.push(ja ? 'Windows Server 2008 SP2（R2 ではありません）：先に KB4019276 を適用してください。適用しないと TLS 1.1/1.2 自体が存在しません。' : 'Windows Server 2008 (not R2) SP2: install KB4019276 first, or TLS 1.1/1.2 do not exist there.');
  }
  if (w && w.year >= 2025) {
    out.push(ja ? 'Windows Server 2025：ここでは意図して TLS 1.2 だけを有効にしています。2025 での TMS のサポートは文書化されていません。' : 'Windows Server 2025: only TLS 1.2 is enabled here on purpose; TMS support for 2025 is not documented.');
    if (c.tls11Asked) out.push(ja ? '--tls11 は無視しました。2025 では TLS 1.1 は設計上無効で、再び有効にしてはいけません。' : '--tls11 was ignored: TLS 1.1 is off by design on Windows Server 2025 and must not be switched back on.');
  }
  if (c.protocols.includes('TLS 1.1')) {
    out.push(ja ? 'TLS 1.1 はご要望により含めています。TLS 1.1 は非推奨（RFC 8996）で、Medium-High の TMS は TLS 1.2 で動作します。' : 'TLS 1.1 is included because it was asked for; it is deprecated (RFC 8996) and TMS at Medium-High works with TLS 1.2.');
    if (!w) {
      out.push(
        ja
          ? 'Windows Server のリリースが不明です：TLS 1.1 のキーは、ポリシーや OS が無効にした TLS 1.1 を再び有効にします。無害とは限らないため、先に check-tls.cmd の出力とリリースを確認してください（2025 では TLS 1.1 を有効にしないでください）。'
          : 'Windows release not known: the TLS 1.1 keys re-enable TLS 1.1 where a policy or the OS turned it off, so they are not harmless. Check the release and the output of check-tls.cmd first (on 2025, do not enable TLS 1.1).',
      );
    }
  }
  return out;
}

/**
 * What the pasted Schannel state shows of the keys this file writes: 'right' when every one of them
 * (each protocol, Client and Server) already holds exactly the file's values, so importing changes
 * nothing; 'off' when it shows one of them switched off (Enabled=0 or DisabledByDefault=1); else null
 * (nothing pasted, or not shown: a partial paste says nothing about the keys it does not show).
 */
function pastedKeys(c: Pick<KitCase, 'before'>): 'right' | 'off' | null {
  if (!c.before) return null;
  // TLS 1.2 only: the keys TMS needs decide the import and the reboot. TLS 1.1 (--tls11) shown off is a hardening setting the
  // file would undo, said as such (tls11ShownOff), not a reason to import it or to reboot (QA48 #2).
  const st = schannelState(c.before)['TLS 1.2'];
  const sides = [st.Client, st.Server];
  if (sides.length === 0) return null;
  if (sides.some((s) => s.enabled === 0 || s.disabledByDefault === 1)) return 'off';
  return sides.every((s) => s.enabled === 1 && s.disabledByDefault === 0) ? 'right' : null;
}

/** The pasted state shows TLS 1.1 off (Client or Server: Enabled=0 or DisabledByDefault=1) while the file turns it on (--tls11). */
function tls11ShownOff(c: Pick<KitCase, 'before' | 'protocols'>): boolean {
  if (!c.before || !c.protocols.includes('TLS 1.1')) return false;
  const st = schannelState(c.before)['TLS 1.1'];
  return [st.Client, st.Server].some((x) => x.enabled === 0 || x.disabledByDefault === 1);
}

/** The warning for TLS 1.1 shown off and asked for anyway (said before anything else, and in the file). */
export function tls11Warning(c: Pick<KitCase, 'before' | 'protocols' | 'lang'>): string | null {
  if (!tls11ShownOff(c)) return null;
  return c.lang === 'ja'
    ? 'このサーバでは TLS 1.1 が無効になっています（貼り付けていただいた状態：Enabled=0 または DisabledByDefault=1）。セキュリティ強化のポリシーやツール、または OS が無効にしたものです。ご要望により TLS 1.1 を含めているため、enable-tls12.reg をインポートすると TLS 1.1 が再び有効になり、その強化設定を元に戻すことになります。Medium-High の TMS に必要なのは TLS 1.2 だけです（--tls11 を付けなければ、ファイルは TLS 1.1 を変更しません）。'
    : 'TLS 1.1 is OFF on this server (the state you pasted: Enabled=0 or DisabledByDefault=1): a hardening policy, a tool or the OS turned it off. TLS 1.1 is in this kit only because it was asked for, so importing enable-tls12.reg turns it back on and undoes that hardening setting. TMS at Medium-High needs only TLS 1.2 (without --tls11 the file leaves TLS 1.1 as it is).';
}

/**
 * "I checked the keys, nothing changed" (TLS 1.2 said on, keysChanged false), with no paste or evidence showing a TLS 1.2
 * key off: the answer's reboot rule for it (diagnose): no reboot where TLS 1.2 is on by default (Windows Server 2012 and later,
 * 2025 included: registry step 'verify');
 * on 2008 R2 the keys were created by someone earlier, so the reboot depends on when ('created'); release unknown: 'unknown'
 * (the usual "only if this file created or changed a key"); null: not said.
 */
function saidUnchanged(c: KitCase): 'no-reboot' | 'created' | 'unknown' | null {
  const t = c.facts.tlsClaims;
  if (t?.keysChanged !== false || t.tls12 !== 'on' || pastedKeys(c) === 'off') return null;
  if (c.facts.evidence?.observations?.some((o) => o.code === 'schannel-tls12-client-disabled' || o.code === 'schannel-tls12-client-partial')) return null;
  const step = registryPlan(c.facts.windows).step;
  return step === 'verify' ? 'no-reboot' : step === 'required' ? 'created' : 'unknown';
}

/**
 * TLS 1.2 shown right by a paste on a release where its keys are required (2008 R2): enable-tls12.reg is not to be imported
 * (step 2), so the reboot depends on when someone created those keys. tls10-back-on.reg in the kit adds its own reboot to
 * that step 4; TLS 1.1 (--tls11) does not change it (step 2 says not to import the file for TLS 1.1 alone).
 */
function keysFoundEarlier(c: KitCase): boolean {
  return pastedKeys(c) === 'right' && registryPlan(c.facts.windows).step === 'required';
}

/** TLS 1.1 is in the file (--tls11) and the paste does not show its Client and Server already at Enabled=1, DisabledByDefault=0. */
function tls11WouldChange(c: Pick<KitCase, 'before' | 'protocols'>): boolean {
  if (!c.protocols.includes('TLS 1.1')) return false;
  if (!c.before) return true;
  const st = schannelState(c.before)['TLS 1.1'];
  return ![st.Client, st.Server].every((x) => x.enabled === 1 && x.disabledByDefault === 0);
}

/** How diagnose decided the reboot for these facts (no reboot step: the evidence showed it moot). */
function rebootOf(c: KitCase): RebootAdvice | 'keys-created-earlier' {
  if (!has(c.d, 'reboot-server')) return 'no-reboot';
  const unchanged = saidUnchanged(c);
  if (unchanged === 'no-reboot') return 'no-reboot';
  if (unchanged === 'created') return 'keys-created-earlier';
  const shown = pastedKeys(c);
  // Shown right by a paste where TLS 1.2 is off until its keys exist (2008 R2): someone created them, perhaps after the last
  // restart: the same doubt as keys only said right (QA48 #13). With tls10-back-on.reg in the kit, step 4 adds its reboot.
  if (keysFoundEarlier(c)) return 'keys-created-earlier';
  const advice = rebootAdvice({
    windows: c.facts.windows,
    keysSaidSet: c.facts.tlsClaims?.tls12 === 'on',
    keysChanged: shown === 'right' ? false : shown === 'off' ? true : undefined,
  });
  // TLS 1.2 shown right but the file also sets TLS 1.1 (--tls11): importing it may still change a key.
  if (advice === 'no-reboot' && shown === 'right' && c.protocols.includes('TLS 1.1')) return 'reboot-if-changed';
  // Already at Medium-High (or High), nothing but the keys can change: where they are required (2008 R2) they
  // may be set already, so the reboot depends on whether this file created or changed one (knowledge: no reboot
  // when nothing changed).
  if (advice === 'reboot' && shown === null && !has(c.d, 'tms-tools-medium-high') && (c.facts.level === 'medium-high' || c.facts.level === 'high')) return 'reboot-if-changed';
  return advice;
}

/**
 * Before step 4's reboot, for a SQL Server on this server that needs TLS 1.0 (QA56 #1): 2005 / 2008 / 2008 R2 (knowledge.md: TLS
 * 1.0 must stay enabled), or 2012 / 2014 not yet on its TLS 1.2 build (step 1 comes first; this covers a server where it is not
 * done). A GPO or IIS Crypto's Best Practices may have turned TLS 1.0 off earlier, and SQL Server keeps running until it restarts:
 * the reboot would be when it stops. check-tls.cmd shows it; if it is off, TLS 1.0 goes back on first, with tls10-back-on.reg
 * (the kit holds it once it is made from that output: --current in the CLI, a paste in a chat). Not when TLS 1.0 is already
 * seen off (FIRST says it), said on, on Windows Server 2025 (its own lines), or with no reboot in step 4.
 */
function rebootGate(c: KitCase, advice: RebootAdvice | 'keys-created-earlier'): string | null {
  const f = c.facts;
  if (advice === 'no-reboot' || !sqlLocal(f) || !f.sql || tls10SeenOff(c) || f.tlsClaims?.tls10 === 'on' || tls10OffByWindowsDefault(f)) return null;
  const st = sqlTlsStatus(f.sql);
  const later = sql2012Without12(f) !== null;
  if (st.kind !== 'keep-tls10' && !later) return null;
  const ja = c.lang === 'ja';
  const name = formatSql(f.sql);
  // A build without TLS 1.2 support (or not known): Microsoft's failing case; the kit then carries tls10-back-on.reg (tls10BackFirst).
  const outage = later || sqlNeedsTls10(f);
  const cli = c.surface === 'cli';
  const file = outage
    ? ja
      ? cli
        ? 'その出力を保存し、--current FILE を付けて fix-kit をもう一度実行すると、それを行う tls10-back-on.reg が修正ファイルに含まれます'
        : 'その出力をすべて会話に貼り付けていただければ、それを行う tls10-back-on.reg を修正ファイルに含めます'
      : cli
        ? 'save that output and run fix-kit again with --current FILE: the kit then includes tls10-back-on.reg, which does exactly that'
        : 'paste all of that output into the conversation: the fix files then include tls10-back-on.reg, which does exactly that'
    : null;
  const lead = later
    ? ja
      ? `   再起動の前に：このサーバの ${name} がまだ TLS 1.2 対応のビルドになっていない場合は（手順 1 が先です）、TLS 1.0 が必要です。`
      : `   Before that reboot: if ${name} on this server is not on a build with TLS 1.2 support yet (step 1 comes first), it needs TLS 1.0.`
    : ja
      ? `   再起動の前に：このサーバの ${name} には TLS 1.0 が必要で、TLS 1.0 は有効のままである必要があります。`
      : `   Before that reboot: ${name} on this server needs TLS 1.0, and it must stay enabled.`;
  const check = ja
    ? 'check-tls.cmd（読み取り専用）を実行し、その出力で TLS 1.0 の Client と Server が無効（Enabled=0 または DisabledByDefault=1）になっていないか確認してください（GPO や IIS Crypto の Best Practices は TLS 1.0 を無効にします。それでも SQL Server は次に再起動するまで動き続けます）。'
    : " Run check-tls.cmd (read-only) and check in its output that TLS 1.0 Client and Server are not off (Enabled=0 or DisabledByDefault=1: a GPO or IIS Crypto's Best Practices template turns TLS 1.0 off, and SQL Server keeps running until it next restarts).";
  const then = ja
    ? `無効になっていれば、まだ再起動せず、先に TLS 1.0 の Client と Server を有効に戻してください（Enabled=1、DisabledByDefault=0${file ? `。${file}` : ''}）。${outage ? '戻さないと、この再起動で SQL Server が停止し（イベント 26011。Microsoft が挙げている条件は、TLS 1.2 に対応していないビルドで TLS 1.0 と SSL 3.0 の両方が無効な場合です）、TMS も停止するおそれがあります。' : ''}SSL 3.0 は変更しないでください。`
    : ` If they are, do not reboot yet: turn TLS 1.0 back on first (Client and Server: Enabled=1, DisabledByDefault=0${file ? `; ${file}` : ''}).${outage ? " Otherwise the reboot can stop SQL Server (event 26011; Microsoft's failing case is TLS 1.0 and SSL 3.0 both off on a build without TLS 1.2 support) and TMS with it." : ''} Leave SSL 3.0 as it is.`;
  return `${lead}${check}${then}`;
}

/** The numbered steps after the backup: import, the level, the reboot or restarts, the check. */
export function stepLines(c: KitCase): string[] {
  const f = c.facts;
  const ja = c.lang === 'ja';
  const out: string[] = [];
  const plan = registryPlan(f.windows);
  const win = f.windows ? formatWindows(f.windows) : null;
  const levelUp = has(c.d, 'tms-tools-medium-high');
  const from = lvl(f.level);
  // 2. Import: after TLS 1.0 is back on, when the first warning says so.
  const first = firstWarning(c) !== null;
  const shown = pastedKeys(c);
  if (first && (c.tls12Shown || shown === 'right')) {
    // TLS 1.0 off with a SQL Server that needs it, and the TLS 1.2 keys already right: only tls10-back-on.reg is imported (QA48 #1, #12a);
    // before the build-not-known branch: whatever the build, this file changes nothing (rev21-b #6).
    const why = c.tls12Shown
      ? ja
        ? '貼り付けていただいたレジストリの出力では、TMS が使う TLS 1.2 はすでに有効です（TLS 1.2 のレジストリ変更は当てはまりません）'
        : 'the registry output you pasted shows TLS 1.2 already usable by TMS (the TLS 1.2 registry change does not apply here)'
      : ja
        ? '貼り付けていただいた状態では、TLS 1.2 の Client と Server がすでに Enabled=1、DisabledByDefault=0 になっています'
        : 'the state you pasted shows TLS 1.2 Client and Server already at Enabled=1 and DisabledByDefault=0';
    const only = c.tls10File
      ? ja
        ? `インポートするのは tls10-back-on.reg だけです（上の「最初に」を参照${tls10OnlyIfOld(f) ? '。SQL Server のビルドが TLS 1.2 に対応していない場合だけ' : ''}）。`
        : ` Import only tls10-back-on.reg (FIRST, above${tls10OnlyIfOld(f) ? ': only if the SQL Server build lacks TLS 1.2 support' : ''}).`
      : ja
        ? '先に TLS 1.0 を有効に戻してください（上の「最初に」を参照）。'
        : ' Turn TLS 1.0 back on first (FIRST, above).';
    out.push(ja ? `2. このファイルのインポートは不要です：${why}。${only}` : `2. No import needed for this file: ${why}.${only}`);
  } else if (first && tls10OnlyIfOld(f)) {
    out.push(
      ja
        ? `2. SQL Server のビルドを確認したあと（上の「最初に」を参照。TLS 1.2 に対応していないビルドなら、${c.tls10File ? 'tls10-back-on.reg で ' : ''}TLS 1.0 を有効に戻したあと）で、このファイルをインポートします。`
        : `2. Only once the SQL Server build is checked (FIRST, above; if it lacks TLS 1.2 support, once TLS 1.0 is back on${c.tls10File ? ' with tls10-back-on.reg' : ''}): import this file.`,
    );
  } else if (first) {
    out.push(
      c.tls10File
        ? ja
          ? '2. tls10-back-on.reg で TLS 1.0 を有効に戻したあと（上の「最初に」を参照）で、このファイルをインポートします。'
          : '2. Only once TLS 1.0 is back on (tls10-back-on.reg; FIRST, above): import this file.'
        : ja
          ? '2. TLS 1.0 を有効に戻したあと（上の「最初に」を参照）で、このファイルをインポートします。'
          : '2. Only once TLS 1.0 is back on (FIRST, above): import this file.',
    );
  } else if (shown === null && saidUnchanged(c) !== null) {
    // "I checked the keys, nothing changed": the check of this step is done; the file is for keys found off.
    out.push(
      ja
        ? '2. TLS 1.2 のキーは確認済みで、何も変更していないとのことです。このファイルのインポートは不要です（TLS 1.2 のキーが Enabled=0 や DisabledByDefault=1 になっている場合だけ使います）。'
        : '2. You say you checked the TLS 1.2 keys and changed nothing: no import needed (this file is for TLS 1.2 keys found off: Enabled=0 or DisabledByDefault=1).',
    );
  } else if (shown === 'right') {
    const keys = 'TLS 1.2';
    const created = keysFoundEarlier(c);
    // --tls11 with TLS 1.1 not shown right: the file would still create or change the TLS 1.1 keys (not "change nothing").
    if (tls11WouldChange(c)) {
      out.push(
        ja
          ? `2. TLS 1.2 のためのインポートは不要です：貼り付けていただいた状態では、${keys} の Client と Server がすでに Enabled=1、DisabledByDefault=0 になっています。インポートした場合に変わるのは TLS 1.1 のキーだけです${created ? '（以前に作成された TLS 1.2 のキーのために再起動が必要かどうかは、手順 4 を参照してください）' : ''}。`
          : `2. No import needed for TLS 1.2: the state you pasted shows ${keys} Client and Server already at Enabled=1 and DisabledByDefault=0; importing this file would change only the TLS 1.1 keys${created ? ' (step 4 says whether a reboot is still due for the TLS 1.2 keys someone created earlier)' : ''}.`,
      );
    } else out.push(
      ja
        ? `2. このファイルのインポートは不要です：貼り付けていただいた状態では、${keys} の Client と Server がすでに Enabled=1、DisabledByDefault=0 になっています。インポートしても何も変わ${created ? 'りません（以前に作成されたキーのために再起動が必要かどうかは、手順 4 を参照してください）。' : 'らないため、このキーのための再起動も不要です。'}`
        : `2. No import needed: the state you pasted shows ${keys} Client and Server already at Enabled=1 and DisabledByDefault=0, so this file would change nothing${created ? ' (step 4 says whether a reboot is still due for keys someone created earlier)' : ', and these keys need no reboot'}.`,
    );
  } else if (shown === 'off') {
    // The paste shows a TLS 1.2 key switched off: the check of step 2 is done, and it says import (QA48 #15).
    out.push(
      ja
        ? '2. このファイルをインポートします：貼り付けていただいた状態では、TLS 1.2 の Client または Server が無効（Enabled=0 または DisabledByDefault=1）になっています。このファイルでそれを Enabled=1、DisabledByDefault=0 に直します。'
        : '2. Import this file: the state you pasted shows TLS 1.2 switched off (Client or Server: Enabled=0 or DisabledByDefault=1), and this file sets it to Enabled=1 and DisabledByDefault=0.',
    );
  } else if (plan.step === 'required') {
    out.push(ja ? `2. このファイルをインポートします（${win} では TLS 1.2 が既定で無効なので、キーが必要です）。` : `2. Import this file (on ${win} TLS 1.2 is off by default, so the keys are needed).`);
  } else if (plan.step === 'verify') {
    out.push(
      ja
        ? `2. ${win} では TLS 1.2 は既定で有効で、キーがなければその既定が使われます。check-tls.cmd の出力で TLS 1.2 のキーを確認し、セキュリティ強化のポリシーやツール（IIS Crypto や GPO など）で TLS 1.2 が無効にされている場合（Enabled=0 または DisabledByDefault=1 と表示される場合）だけ、このファイルをインポートしてキーを作成または修正します。キーがない場合や、すでに正しい場合はインポートせず、このキーのための再起動もしないでください。`
        : `2. On ${win} TLS 1.2 is on by default, and with no TLS 1.2 keys that default applies. Check the TLS 1.2 keys in the output of check-tls.cmd, and import this file (to create or correct them) only if a hardening policy or a tool (IIS Crypto, a GPO) switched TLS 1.2 off: Enabled=0 or DisabledByDefault=1 shown. With no TLS 1.2 keys, or keys already right, do not import it, and do not reboot for it.`,
    );
  } else {
    // Release not known (QA56 #3): the same check as on 2012+, plus the case where the keys are needed (2008 / 2008 R2), so
    // the usual 2012+ server with no TLS 1.2 keys gets no import and no reboot (knowledge.md: nothing changed, no reboot).
    out.push(
      ja
        ? '2. Windows のリリースが不明なので、インポートの前に確認してください。リリースは TMS サーバで winver を実行すると表示され、TLS 1.2 のキーは check-tls.cmd の出力で分かります。このファイルをインポートするのは、TLS 1.2 のキーが Enabled=0 または DisabledByDefault=1 になっている場合（セキュリティ強化のポリシーやツール（IIS Crypto や GPO など）で TLS 1.2 が無効にされています）と、TLS 1.2 のキーがなく、サーバが Windows Server 2008 R2 または 2008 の場合（キーが作成されるまで TLS 1.2 は無効です。R2 でない 2008 では、先に Microsoft の KB4019276 が必要です）だけです。Windows Server 2012 以降では TLS 1.2 は既定で有効なので、キーがない場合やすでに正しい場合はインポートせず、このキーのための再起動もしないでください。'
        : "2. The Windows release is not known, so check before importing: winver on the TMS server names the release, and the output of check-tls.cmd shows the TLS 1.2 keys. Import this file only if the TLS 1.2 keys show Enabled=0 or DisabledByDefault=1 (a hardening policy or a tool such as IIS Crypto or a GPO switched TLS 1.2 off), or if there are no TLS 1.2 keys and the server is Windows Server 2008 R2 or 2008 (TLS 1.2 stays off there until its keys exist; 2008 without R2 needs Microsoft's KB4019276 first). On Windows Server 2012 and later TLS 1.2 is on by default: with no TLS 1.2 keys, or keys already right, do not import it, and do not reboot for it.",
    );
  }
  // TLS 1.1 (--tls11) is in the file too: step 2 is about TLS 1.2; TLS 1.1 alone is no reason to import it.
  if (c.protocols.includes('TLS 1.1')) {
    const off = tls11ShownOff(c);
    out.push(
      ja
        ? `   このファイルは（ご要望により）TLS 1.1 も設定しますが、TMS には必要ありません。TLS 1.1 のためだけにインポートしないでください${off ? '（貼り付けていただいた状態では TLS 1.1 は無効で、インポートするとその強化設定を元に戻すことになります）' : ''}。`
        : `   This file also sets TLS 1.1 (asked for), which TMS does not need: do not import it for TLS 1.1 alone${off ? ' (the state you pasted shows TLS 1.1 off: importing undoes that hardening setting)' : ''}.`,
    );
  }
  // 3. The TMS Tools level.
  if (levelUp && !f.level) {
    // The level was not given (Medium assumed): the server may be at Medium-High or High already, and High must not be
    // lowered (it adds certificate validation): the step says what to do for each level the screen can show.
    out.push(
      ja
        ? '3. TMS ツールの [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] で、[Communication Security] の現在の値を確認します（レベルを伺っていないため Medium と仮定しています）。Low または Medium なら Medium-High に変更して [Save] をクリックします。Medium-High または High ならそのままにしてください（High を Medium-High に下げないでください）。'
        : '3. In TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options, look at Communication Security (its level was not given; Medium is assumed): if it shows Low or Medium, change it to Medium-High and click Save; if it shows Medium-High or High, leave it as it is (do not lower High to Medium-High).',
    );
    out.push(
      ja
        ? '   注意：Low または Medium から Medium-High に上げると Telnet と SNMP が無効になります（TMSSNMPService が停止し、Telnet や SNMP で管理している Polycom HDX や古い Tandberg MXP などは管理できなくなり、SNMP による自動検出も止まります）。変更の前に、依存している管理対象がないか確認してください。'
        : '   Caveat: raising Low or Medium to Medium-High turns Telnet and SNMP off (TMSSNMPService stops; systems managed over Telnet or SNMP, such as Polycom HDX or older Tandberg MXP, lose management; SNMP discovery stops). Check before the change whether any managed system depends on them.',
    );
  } else if (levelUp) {
    out.push(
      ja
        ? `3. TMS ツールの [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] で、[Communication Security] を ${from} から Medium-High に変更して [Save] をクリックします。`
        : `3. In TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options, change Communication Security from ${from} to Medium-High and click Save.`,
    );
    out.push(
      ja
        ? `   注意：${from} から Medium-High に上げると Telnet と SNMP が無効になります（TMSSNMPService が停止し、Telnet や SNMP で管理している Polycom HDX や古い Tandberg MXP などは管理できなくなり、SNMP による自動検出も止まります）。変更の前に、依存している管理対象がないか確認してください。`
        : `   Caveat: raising ${from} to Medium-High turns Telnet and SNMP off (TMSSNMPService stops; systems managed over Telnet or SNMP, such as Polycom HDX or older Tandberg MXP, lose management; SNMP discovery stops). Check before the change whether any managed system depends on them.`,
    );
  } else if (f.level === 'high') {
    out.push(
      ja
        ? '3. [Communication Security] は High のままにしてください（下げないでください）。High の TMS はすでに TLS 1.2 を提示します。Cisco の TMS 管理者ガイドによれば、High ではエンドポイントの証明書も検証されるため（お使いのリリースのガイドで確認してください）、自己署名や期限切れの証明書のエンドポイントは失敗することがあります。エンドポイントの証明書と TLS 1.2 の Client キーを確認してください。'
        : '3. Keep Communication Security at High: do not lower it. At High TMS already offers TLS 1.2. Per Cisco\'s TMS admin guide, High also validates the endpoint certificates (check that in the guide for your release), so an endpoint with a self-signed or expired certificate may fail there. Check the endpoint certificates and the TLS 1.2 Client keys.',
    );
  } else {
    out.push(
      ja
        ? '3. [Communication Security] は Medium-High のままにしてください。Medium-High の TMS はすでに TLS 1.2 を提示するため、原因として残るのは TLS 1.2 の Client キー（check-tls.cmd の出力と比較）か、変更後のサービスの再起動漏れです。'
        : '3. Keep Communication Security at Medium-High: TMS there already offers TLS 1.2, so what is left is the TLS 1.2 Client keys (compare with the output of check-tls.cmd) or services not restarted since a change.',
    );
  }
  // 4. Once, after the level change: a reboot, or IIS and the TMS services.
  const restart = ja
    ? 'IIS を再起動し（管理者権限のプロンプトで iisreset）、実行中の TMS サービスをすべて再起動して、TMSPLCMDirectoryService が停止していれば開始します'
    : 'restart IIS (iisreset from an elevated prompt) and every running TMS service, and start TMSPLCMDirectoryService if it is stopped';
  const advice = rebootOf(c);
  // Once, after the last change: the level (step 3) when it changes, else the import (step 2).
  const after = levelUp ? 3 : 2;
  if (advice === 'reboot') {
    out.push(
      ja
        ? `4. 手順 ${after} のあとに、サーバを 1 回だけ再起動します。新しいキーが読み込まれ、IIS と実行中だった TMS サービスも再起動されます。`
        : `4. After step ${after}, reboot the server once: it loads the new keys and restarts IIS and the TMS services that were running.`,
    );
  } else if (advice === 'keys-created-earlier') {
    // 2008 R2, keys said right with nothing changed: the answer's rule (TLS 1.2 is off there until its keys exist).
    const win2 = win ?? 'Windows Server 2008 R2';
    // tls10-back-on.reg in the kit: importing it changes the TLS 1.0 keys, a reason to reboot of its own.
    if (c.tls10File) {
      out.push(
        ja
          ? `4. ${win2} では Schannel のキーが作成されるまで TLS 1.2 は無効なので、正しいキーは以前に誰かが作成したものです。手順 ${after} のあとに、tls10-back-on.reg をインポートした場合、または TLS 1.2 のキーが最後の起動のあとに作成された場合やいつ作成されたか分からない場合は、サーバを 1 回再起動します（tls10-back-on.reg は TLS 1.0 のキーを変更し、Schannel の設定は変更後に起動したプロセスに反映されます。IIS と実行中だった TMS サービスも再起動されます）。どちらにも当たらない場合（インポートしておらず、キーの作成後にサーバが再起動されている場合）は再起動せず、${restart}。`
          : `4. On ${win2} TLS 1.2 stays off until its Schannel keys exist, so keys found right were created by someone earlier. After step ${after}, reboot the server once if you imported tls10-back-on.reg (it changes the TLS 1.0 keys, and Schannel settings reach the processes that start after the change), or if the TLS 1.2 keys were created after the last restart, or you cannot tell; the reboot also restarts IIS and the TMS services that were running. Only if neither applies (no import, and the server has restarted since the keys were created), do not reboot: instead ${restart}.`,
      );
    } else out.push(
      ja
        ? `4. ${win2} では Schannel のキーが作成されるまで TLS 1.2 は無効なので、正しいキーは以前に誰かが作成したものです。その後サーバが再起動されていれば、キーのための再起動は不要です。手順 ${after} のあとに、${restart}。キーが最後の起動のあとに作成された場合や、いつ作成されたか分からない場合は、代わりに手順 ${after} のあとにサーバを 1 回再起動してください（IIS と実行中だった TMS サービスも再起動されます）。`
        : `4. On ${win2} TLS 1.2 stays off until its Schannel keys exist, so keys found right were created by someone earlier. If the server has restarted since then, no reboot is due for them: after step ${after}, ${restart}. If they were created after the last restart, or you cannot tell, reboot the server once after step ${after} instead (that also restarts IIS and the TMS services that were running).`,
    );
  } else if (c.tls10File && (advice === 'reboot-if-changed' || advice === 'no-reboot')) {
    // tls10-back-on.reg changes the TLS 1.0 keys (QA48 #12c): "the keys do not change" would not hold for it.
    const also = advice === 'reboot-if-changed';
    out.push(
      ja
        ? `4. 手順 ${after} のあとに、tls10-back-on.reg をインポートした場合${also ? '、またはこのファイルでキーを作成または変更した場合' : ''}は、サーバを 1 回再起動します（TLS 1.0 のキーが変わり、Schannel の設定は変更後に起動したプロセスに反映されます。IIS と実行中だった TMS サービスも再起動されます）。どのキーも変わらなかった場合は再起動せず、${restart}。`
        : `4. After step ${after}, reboot the server once if you imported tls10-back-on.reg${also ? ' or this file created or changed a key' : ''}: it changes the TLS 1.0 keys, and Schannel settings reach the processes that start after the change (the reboot also restarts IIS and the TMS services that were running). If no key changed, do not reboot: instead ${restart}.`,
    );
  } else if (advice === 'reboot-if-changed') {
    out.push(
      ja
        ? `4. 手順 ${after} のあとに、このファイルでキーを作成または変更した場合だけ、サーバを 1 回再起動します。キーがすでに正しかった場合は再起動しないでください（意味のない停止になります）。代わりに、${restart}。`
        : `4. After step ${after}, reboot the server once ONLY if this file created or changed a key. If the keys were already right, do not reboot (an outage for nothing): instead ${restart}.`,
    );
  } else {
    out.push(ja ? `4. キーは変わらないため、再起動は不要です。手順 ${after} のあとに、${restart}。` : `4. No reboot: the keys do not change. After step ${after}, ${restart}.`);
  }
  const gate = rebootGate(c, advice);
  if (gate) out.push(gate);
  // Every branch but "no reboot, no key changes" may reboot: a reboot does not start a stopped TMSPLCMDirectoryService, so the
  // restart's check of it (knowledge.md, Fix step 6) stays after the reboot too (QA61 #6).
  if (!(advice === 'no-reboot' && !c.tls10File)) {
    out.push(
      ja
        ? `   ${advice === 'reboot' ? '再起動のあと' : '再起動した場合'}：Windows の起動時に開始されるのは、その設定のサービスだけです。TMSPLCMDirectoryService が実行中かどうかを確認し（「sc query TMSPLCMDirectoryService」、または check-tls.cmd の出力）、停止していれば開始してください（管理者権限のプロンプトで「sc start TMSPLCMDirectoryService」、または services.msc）。`
        : `   ${advice === 'reboot' ? 'After the reboot' : 'If you reboot, afterwards'}: Windows starts only the services set to start with it, so check that TMSPLCMDirectoryService runs (sc query TMSPLCMDirectoryService, or the output of check-tls.cmd) and start it if it is stopped (sc start TMSPLCMDirectoryService from an elevated prompt, or services.msc).`,
    );
  }
  // 5. Verify.
  out.push(
    ja
      ? '5. check-tls.cmd をもう一度実行し、[Systems] > [Navigator] でエンドポイントに「No HTTPS response」が表示されなくなったことを確認します。'
      : '5. Run check-tls.cmd again, and check in Systems > Navigator that the endpoint no longer shows "No HTTPS response".',
  );
  return out;
}

/**
 * TLS 1.0 said or shown off on this server while a local SQL Server there needs it (2008 / 2008 R2 without TLS 1.2 support,
 * or 2012 / 2014 before its TLS 1.2 build, known or maybe): the normal kit then carries tls10-back-on.reg too, first, the
 * same file as the SQL-down recovery kit (FIRST says to re-enable TLS 1.0 before any reboot). SQL version unknown: no file
 * (FIRST only says "if such a build runs here").
 */
export function tls10BackFirst(c: Pick<KitCase, 'facts' | 'd' | 'before'>): boolean {
  return tls10SeenOff(c) && (sqlNeedsTls10(c.facts) || sql2012Without12(c.facts) !== null);
}

/** The comment lines of tls10-back-on.reg in the normal kit (after its title): why first, what it does, then enable-tls12.reg. */
export function tls10FirstLines(c: KitCase): string[] {
  const ja = c.lang === 'ja';
  const first = firstWarning(c);
  // Windows Server 2025 turns TLS 1.0 off by design: the file re-opens it, said as the trade-off it is (QA48 #7).
  const trade = tradeOff2025(c.facts, c.lang, 'first');
  const on2025 = trade.length > 0;
  return ja
    ? [
        ...(first ? [first, ''] : []),
        '内容：TLS 1.0 の Client と Server に Enabled=1、DisabledByDefault=0 を設定します。ほかは変更しません（SSL 3.0、TLS 1.1、TLS 1.2 はそのままです）。',
        ...(on2025 ? ['', ...trade] : []),
        'インポートの前に：レジストリをバックアップします（regedit の [ファイル] > [エクスポート]）。',
        on2025 ? 'TLS 1.0 をポリシー（GPO）でも無効にしている場合は、そちらも戻さないと再び無効にされます。' : 'TLS 1.0 をポリシー（GPO）で無効にしている場合は、そちらも戻してください。そのままだと再び無効にされます。',
        keepTls10On(c.facts.sql, 'ja'),
        'そのあと enable-tls12.reg に進み、その先頭のコメントの手順どおりに行ってください。',
      ]
    : [
        ...(first ? [first, ''] : []),
        'What it does: sets Enabled=1 and DisabledByDefault=0 for TLS 1.0 (Client and Server). It changes nothing else: SSL 3.0, TLS 1.1 and TLS 1.2 are left as they are.',
        ...(on2025 ? ['', ...trade] : []),
        'Before importing: back up the registry (regedit > File > Export).',
        on2025 ? 'If a policy (GPO) also turns TLS 1.0 off, change it there too, or it turns it off again.' : 'If a policy (GPO) turned TLS 1.0 off, change it there too, or it turns it off again.',
        keepTls10On(c.facts.sql, 'en'),
        'Then go on with enable-tls12.reg, as the comments at its top say.',
      ];
}

/** The first warning (if any) as the CLI and the Slack comment show it, before anything else. */
export function kitWarnings(c: KitCase): string[] {
  const w = firstWarning(c);
  const t = tls11Warning(c);
  return [...(w ? [w] : []), ...(t ? [t] : [])];
}

