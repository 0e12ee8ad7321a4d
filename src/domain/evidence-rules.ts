/**
 * What evidence (captures, registry exports, event logs, command output; see src/evidence/) changes
 * in a diagnosis. Pure and total. diagnose() calls two functions from here:
 * - withEvidenceFacts(facts): versions read from evidence fill the facts the user did not type;
 * - applyEvidence(facts, diagnosis): findings that say what the evidence confirms or contradicts,
 *   placed before the others; where evidence and typed facts disagree, the reply says so and asks.
 * Facts only from knowledge.md; texts in our own words, English and Japanese.
 */
import { advisingMediumHigh, OBSERVATIONS_ADVISING_MEDIUM_HIGH } from './advises';
import type { EvidenceSummary, Observation } from '../evidence/types';
import type { Diagnosis, Facts, Finding, LocalizedText, Severity } from './types';
import { HIGH_CERT_CHECK_FIRST, levelChanges, rebootServer, SQL2008_TLS12_BUILD } from './knowledge';
import { dotnetStrongCryptoFile } from './knowledge/windows';
import { CURL_INFERENCE, endpointKnownToAcceptTls10 } from './knowledge/tls10-client-off';
import { duringSqlOutage, sqlDownNow, sqlDownSaid, sqlDownSaidLead, sqlOutageCase, sqlOutageRecovery, TLS10_REENABLE_LITERAL } from './knowledge/sql-outage';
import { MIN_TLS_SETTING, noLevelGroupsAdvice } from '../probe/no-level-words';
import { endpointRefusesTls10, formatEndpoint, formatSql, formatTms, formatWindows, sqlTlsStatus, tmsCanBeFixedInPlace, windowsSchannelDefaults } from './versions';

function L(en: string, ja: string): LocalizedText {
  return { en, ja };
}
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

function finding(code: string, severity: Severity, title: LocalizedText, body: LocalizedText[], extra: Partial<Finding> = {}): Finding {
  return { code, severity, title, body, ...extra };
}

function summary(facts: Facts): EvidenceSummary | null {
  const e = (facts as { evidence?: unknown }).evidence as EvidenceSummary | undefined;
  if (!e || typeof e !== 'object' || !Array.isArray(e.observations)) return null;
  return e;
}

/**
 * A Windows version read from the tail of SELECT @@VERSION or SQL Server's ERRORLOG header ("… on Windows NT 6.1
 * <X64> (Build 7601 …)"; src/evidence/text.ts keeps that text as `raw`): it names the SQL Server host's Windows,
 * which is the TMS server's only when SQL runs on the TMS server.
 */
export function sqlHostWindows(w: Facts['windows'] | undefined): boolean {
  return !!w && typeof w.raw === 'string' && /^on Windows (?:NT|Server)\b/i.test(w.raw);
}

/** The evidence's versions fill what the user did not say (typed values always win). */
export function withEvidenceFacts(facts: Facts): Facts {
  try {
    const e = summary(facts);
    if (!e || !e.facts || typeof e.facts !== 'object') return facts;
    const out: Facts = { ...facts };
    if (!out.sql && e.facts.sql) out.sql = e.facts.sql;
    if (!out.sqlLocation && e.facts.sqlLocation) out.sqlLocation = e.facts.sqlLocation;
    // The SQL host's Windows is the TMS server's only when SQL is known to run there.
    if (!out.windows && e.facts.windows && (!sqlHostWindows(e.facts.windows) || out.sqlLocation === 'local')) out.windows = e.facts.windows;
    if (!out.endpoint && e.facts.endpoint) out.endpoint = e.facts.endpoint;
    if (!out.tms && e.facts.tms) out.tms = e.facts.tms;
    return out;
  } catch {
    return facts;
  }
}

/**
 * The facts with the Windows release the evidence gives when none was typed (as withEvidenceFacts takes it: the SQL host's
 * only once SQL runs on the TMS server), nothing else: for the answers that read the facts as typed (QA63 #11: after a pasted
 * @@VERSION "on Windows NT 6.3" and "it's on the TMS server", the follow-ups still asked for `winver`).
 */
export function withEvidenceWindows<F extends Facts>(facts: F): F {
  if (facts.windows) return facts;
  const windows = withEvidenceFacts(facts).windows;
  return windows ? { ...facts, windows } : facts;
}

function details(obs: Observation[], lang: 'en' | 'ja', max = 3): string {
  const lines = obs.slice(0, max).map((o) => `• ${o.detail[lang]}`);
  if (obs.length > max) lines.push(lang === 'en' ? `• … and ${obs.length - max} more` : `• …ほか ${obs.length - max} 件`);
  return lines.join('\n');
}

function evidenceBody(obs: Observation[]): LocalizedText {
  // (A line shown that advises Medium-High marks the text: src/domain/advises.ts.)
  const advising = obs.slice(0, 3).some((o) => OBSERVATIONS_ADVISING_MEDIUM_HIGH.has(o.code));
  return (advising ? MH : L)(details(obs, 'en'), details(obs, 'ja'));
}

/** Typed facts that the evidence contradicts: said so, and asked. */
function disagreements(typed: Facts, e: EvidenceSummary): Finding[] {
  const out: Finding[] = [];
  const f = e.facts ?? {};
  const pairs: [string, string, LocalizedText][] = [];
  // (The SQL release pasted needs TLS 1.0 where the one typed does not, and SQL may run on the TMS server: until it is settled the
  // warning stays, QA62 #3. Never dropped on a conflict.)
  let sqlHold: LocalizedText | null = null;
  if (typed.sql && f.sql && (typed.sql.year !== f.sql.year || typed.sql.r2 !== f.sql.r2)) {
    pairs.push([formatSql(typed.sql), formatSql(f.sql), L('SELECT @@VERSION', 'SELECT @@VERSION')]);
    const ready = (k: string) => k === 'nothing-needed' || k === 'has-tls12';
    if (typed.sqlLocation !== 'remote' && ready(sqlTlsStatus(typed.sql).kind) && !ready(sqlTlsStatus(f.sql).kind)) {
      const p = formatSql(f.sql);
      sqlHold = L(
        `Until that is settled, treat the SQL Server on the TMS server as the ${p} of the paste: keep TLS 1.0 enabled on the TMS server and do not change SSL 3.0. A SQL Server without TLS 1.2 support stops and will not start when TLS 1.0 and SSL 3.0 are both off (event 26011).`,
        `これがはっきりするまでは、TMS サーバ上の SQL Server を貼り付けにある ${p} として扱ってください。TMS サーバの TLS 1.0 は有効のままにし、SSL 3.0 も変更しないでください。TLS 1.2 に対応していない SQL Server は、TLS 1.0 と SSL 3.0 の両方が無効だと停止し、起動しなくなります（イベント 26011）。`,
      );
    }
  }
  if (typed.tms && f.tms && typed.tms.semver.split('.').slice(0, 2).join('.') !== f.tms.semver.split('.').slice(0, 2).join('.')) {
    pairs.push([formatTms(typed.tms), formatTms(f.tms), L('TMS\'s About page', 'TMS の About ページ')]);
  }
  const sqlHost = sqlHostWindows(f.windows);
  const location = typed.sqlLocation ?? f.sqlLocation;
  if (typed.windows && f.windows && (typed.windows.year !== f.windows.year || typed.windows.r2 !== f.windows.r2) && (!sqlHost || location === 'local')) {
    pairs.push([formatWindows(typed.windows), formatWindows(f.windows), sqlHost ? L('SQL Server\'s version string', 'SQL Server のバージョン文字列') : L('the command output', 'コマンドの出力')]);
  }
  if (typed.windows && f.windows && sqlHost && !location && (typed.windows.year !== f.windows.year || typed.windows.r2 !== f.windows.r2)) {
    // Not a contradiction: two machines, most likely. Said as such, and asked.
    out.push(
      finding('evidence-sql-on-other-host', 'info', L('SQL Server seems to run on another server', 'SQL Server は別のサーバで動いているようです'), [
        L(
          `SQL Server's version string names the Windows of the machine SQL runs on: ${formatWindows(f.windows)}. You said the TMS server runs ${formatWindows(typed.windows)}, so SQL most likely runs on another server, where the TMS server's TLS settings do not touch it. Is that right? If SQL does run on the TMS server, tell me which Windows Server release it is.`,
          `SQL Server のバージョン文字列に出るのは、SQL が動いているマシンの Windows です（${formatWindows(f.windows)}）。TMS サーバは ${formatWindows(typed.windows)} と伺っているので、SQL は別のサーバで動いている可能性が高く、その場合 TMS サーバの TLS の設定は SQL に影響しません。この理解で合っていますか。SQL が TMS サーバ上で動いている場合は、Windows Server のリリースを教えてください。`,
        ),
      ]),
    );
  }
  // (A release shown that is one of the groups held, "from another codec that fails too: …" (FIX62A #1), is that group's, no
  // contradiction.)
  const inGroups = !!f.endpoint && Array.isArray(typed.endpointGroups) && typed.endpointGroups.some((g) => g?.endpoint?.family === f.endpoint!.family && g.endpoint.semver === f.endpoint!.semver);
  let endpointPair: [string, string] | null = null;
  if (typed.endpoint && f.endpoint && !inGroups && (typed.endpoint.family !== f.endpoint.family || typed.endpoint.semver !== f.endpoint.semver)) {
    const differs = endpointRefusesTls10(typed.endpoint) !== endpointRefusesTls10(f.endpoint);
    if (differs || typed.endpoint.semver.split('.').slice(0, 2).join('.') !== f.endpoint.semver.split('.').slice(0, 2).join('.')) {
      endpointPair = [formatEndpoint(typed.endpoint), formatEndpoint(f.endpoint)];
    }
  }
  for (const [said, seen, where] of pairs) {
    out.push(
      finding('evidence-disagrees-with-typed', 'warning', L('The evidence disagrees with what you told me', '証拠とお聞きした内容が食い違っています'), [
        L(
          `You said ${said}, but ${where.en} shows ${seen}. I answered with what you said; which one is right for this TMS server? Tell me the correct version and I will update the answer.`,
          `${said} と伺いましたが、${where.ja}では ${seen} となっています。回答はお聞きした内容に基づいています。この TMS サーバで正しいのはどちらでしょうか。正しいバージョンを教えていただければ回答を更新します。`,
        ),
        ...(sqlHold && where.en === 'SELECT @@VERSION' ? [sqlHold] : []),
      ]),
    );
  }
  // The endpoint's release: which unit the paste is from is asked (the failing one, or another), the answer staying for the release
  // said to fail (QA62 #3).
  if (endpointPair) {
    const [said, seen] = endpointPair;
    out.push(
      finding('evidence-disagrees-with-typed', 'warning', L('The evidence disagrees with what you told me', '証拠とお聞きした内容が食い違っています'), [
        L(
          `You said the failing endpoint runs ${said}, but the xStatus you pasted shows ${seen}. I answered for ${said}, as you said. If the paste is from another unit, nothing changes. If the failing unit really runs ${seen}, say so in words ("the failing unit runs ${seen}") and I will update the answer.`,
          `失敗しているエンドポイントは ${said} と伺いましたが、貼り付けていただいた xStatus では ${seen} となっています。回答は、お聞きしたとおり ${said} についてのものです。貼り付けが別の機器のものであれば、回答は変わりません。失敗している機器が実際に ${seen} であれば、「失敗している機器は ${seen} です」のように文章で教えてください。回答を更新します。`,
        ),
      ]),
    );
  }
  return out;
}

/**
 * A TLS 1.0 ClientHello (or one whose record layer reads TLSv1) answered with a reset: this problem's own
 * mark in a capture, whatever label TMS shows (another symptom named does not outweigh it).
 */
export function helloResetSeen(obs: readonly Observation[] | undefined): boolean {
  if (!Array.isArray(obs)) return false;
  const list = obs.filter((o) => o && typeof o.code === 'string');
  return both(list, 'capture-clienthello-tls10-only', ['capture-reset-after-clienthello']).length > 0 || both(list, 'capture-clienthello-record-tls10', ['capture-reset-after-clienthello']).length > 0;
}

/**
 * A ClientHello that offered TLS 1.0 only (its own version read, not the record layer's) answered with a reset: the endpoint's
 * refusal of TLS 1.0 seen (QA64 #5). A row labelled TLSv1 (the record layer) does not settle it: most TLS 1.2 hellos read so too.
 */
export function tls10OnlyHelloResetSeen(obs: readonly Observation[] | undefined): boolean {
  if (!Array.isArray(obs)) return false;
  return both(obs.filter((o) => o && typeof o.code === 'string'), 'capture-clienthello-tls10-only', ['capture-reset-after-clienthello']).length > 0;
}

/**
 * Evidence of the state after the level was raised, still failing: a ClientHello offering TLS 1.2 (what TMS sends from
 * Medium-High on), or a Schannel fatal alert (36887/36888) other than 70 (protocol_version, which TMS at Medium meets).
 * With the level reported raised, such evidence rules out the Medium cause (diagnose.ts).
 */
export function tls12FailureSeen(obs: readonly Observation[] | undefined): boolean {
  if (!Array.isArray(obs) || obs.length === 0) return false;
  return obs.some(
    (o) =>
      !!o &&
      (o.code === 'capture-clienthello-tls12' ||
        (o.code === 'event-schannel-error' && schannelFatalAlerts(o).some((a) => a.alert !== 70))),
  );
}

/**
 * The fatal alerts of an 'event-schannel-error' observation: each 36887 (alert received) / 36888 (alert sent) with the
 * alert numbers said after it, up to the next event ("36887 ×2: … (alert 70, state 1205); 36888: … (alert 40)").
 * The one reader of them for the rules. The observation has no structured field for them (it is stored as is in
 * Facts.evidence), so they are read from the English detail that src/evidence/text.ts writes ("alert N"); an alert
 * number run into a word ("alert 40x", never written by the reader) is -1, no known alert.
 */
export function schannelFatalAlerts(o: Observation): Array<{ event: 36887 | 36888; alert: number }> {
  const en = o.detail?.en;
  if (typeof en !== 'string' || !en.includes('3688')) return [];
  const out: Array<{ event: 36887 | 36888; alert: number }> = [];
  for (const part of en.split(';')) {
    for (const event of [36887, 36888] as const) {
      const at = part.search(event === 36887 ? /\b36887\b/ : /\b36888\b/);
      if (at < 0) continue;
      for (const m of part.slice(at).matchAll(/\balert (\d+)(\w?)/g)) out.push({ event, alert: m[2] ? -1 : Number(m[1]) });
    }
  }
  return out;
}

/**
 * The endpoint's HTTPS port answering in plain HTTP (QA55 #2): what it means and what to check. Said of the port as reported, and
 * asked as a supposition ("if port 443 answers in plain HTTP, what then?", the catalogue's port-plain-http-asked; left-d #6).
 */
export const PORT_PLAIN_HTTP: LocalizedText = {
  en: 'If that port is the endpoint\'s HTTPS port (443 unless it was changed), it does not speak TLS at all: no TLS version TMS offers can connect there, so TMS reports "No HTTPS response" for a different reason than the TLS 1.0 change, and raising Communication Security does not help with it. It does not mean TMS manages the endpoint over plain HTTP. Check on the endpoint: xConfiguration NetworkServices HTTP Mode (HTTP+HTTPS or HTTPS; on TC 7, xConfiguration NetworkServices HTTPS Mode: On), and that the address and port are the endpoint\'s own HTTPS service, not a proxy or another device in front of it.',
  ja: 'そのポートがエンドポイントの HTTPS のポート（変更していなければ 443）であれば、TLS でまったく応答していません。TMS がどの TLS バージョンを提示しても接続できないため、TMS は TLS 1.0 の変更とは別の理由で「No HTTPS response」を表示しており、Communication Security を上げても解決しません。TMS がエンドポイントを平文の HTTP で管理しているという意味でもありません。エンドポイントで xConfiguration NetworkServices HTTP Mode（HTTP+HTTPS または HTTPS。TC 7 では xConfiguration NetworkServices HTTPS Mode: On）を確認し、そのアドレスとポートが前段のプロキシや別の機器ではなくエンドポイント自身の HTTPS サービスかも確認してください。',
};

/**
 * The hellos of code `a` answered with one of `answers`. A hello read from packets carries the answer on its own TCP
 * connection (Observation.answer): that decides, so a reset on one connection is never read as the answer to the hello of
 * the next connection between the same two hosts (QA55 #3). A hello without it (pasted text whose answer may come in a
 * later paste, a summary stored before) pairs with an answer of the same subject.
 */
function both(obs: Observation[], a: string, answers: string[]): Observation[] {
  const answered = new Set(obs.filter((o) => answers.includes(o.code)).map((o) => o.subject ?? ''));
  return obs.filter((o) => o.code === a && (typeof o.answer === 'string' ? answers.includes(o.answer) : answered.has(o.subject ?? '')));
}

/**
 * No ClientHello after the TCP handshake while TMS is at Medium (or the level is not known): the
 * knowledge.md signature of TLS 1.0 disabled on the TMS server. What it means, and what to check:
 * whether TLS 1.2 went with it, and what else on the server depended on TLS 1.0 (a local SQL).
 */
function noHelloAtMedium(facts: Facts): LocalizedText[] {
  const w = facts.windows;
  const d = w ? windowsSchannelDefaults(w) : null;
  const pre15 = !!facts.tms && !tmsCanBeFixedInPlace(facts.tms);
  // An endpoint known to accept TLS 1.0 (TC ≤ 7.3.5, CE 8.0.x, a probe): "it refuses TLS 1.0 anyway" is not said of it.
  const accepts = endpointKnownToAcceptTls10(facts, facts.endpoint ? endpointRefusesTls10(facts.endpoint) : null);
  const out: LocalizedText[] = [
    pre15 && accepts
      ? MH(
          'This is the signature of TLS 1.0 disabled on the TMS server: a TMS older than 15 offers only TLS 1.0, so with TLS 1.0 off it cannot build a ClientHello at all, even for an endpoint that accepts TLS 1.0 as this one does. The options (upgrade TMS, or turn the TLS 1.0 Client side back on, a security trade-off) are below.',
          'これは TMS サーバで TLS 1.0 が無効にされたときの特徴です。15 より前の TMS は TLS 1.0 しか提示しないため、TLS 1.0 が無効だと、このエンドポイントのように TLS 1.0 を受け付ける相手に対しても ClientHello をまったく作成できません。対処の選択肢（TMS のアップグレード、またはセキュリティ上のトレードオフを伴う TLS 1.0 の Client 側の再有効化）は下記のとおりです。',
        )
      : accepts
      ? MH(
          'This is the signature of TLS 1.0 disabled on the TMS server while TMS is at Medium: Medium offers only TLS 1.0, so with TLS 1.0 off TMS cannot build a ClientHello at all, even for an endpoint that accepts TLS 1.0 as this one does. Medium-High, which offers TLS 1.2, is the fix (steps below); every TC and CE release accepts TLS 1.2.',
          'これは、TMS が Medium のまま TMS サーバで TLS 1.0 が無効にされたときの特徴です。Medium は TLS 1.0 しか提示しないため、TLS 1.0 が無効だと、このエンドポイントのように TLS 1.0 を受け付ける相手に対しても TMS は ClientHello をまったく作成できません。解決策は TLS 1.2 を提示する Medium-High です（下記の手順）。TC と CE はどのリリースも TLS 1.2 を受け付けます。',
        )
      : pre15
      ? MH(
          'This is the signature of TLS 1.0 disabled on the TMS server: a TMS older than 15 offers only TLS 1.0, so with TLS 1.0 off it cannot build a ClientHello at all. Turning TLS 1.0 back on would not help, since an endpoint on TC 7.3.6+/CE 8.1+ refuses TLS 1.0 anyway: see the way forward below.',
          'これは TMS サーバで TLS 1.0 が無効にされたときの特徴です。15 より前の TMS は TLS 1.0 しか提示しないため、TLS 1.0 が無効だと ClientHello をまったく作成できません。TC 7.3.6 以降/CE 8.1 以降のエンドポイントはもともと TLS 1.0 を拒否するので、TLS 1.0 を有効に戻しても解決しません。対処は下記を参照してください。',
        )
      : MH(
          'This is the signature of TLS 1.0 disabled on the TMS server while TMS is at Medium: Medium offers only TLS 1.0, so with TLS 1.0 off TMS cannot build a ClientHello at all. Medium-High, which offers TLS 1.2, is the fix (steps below); turning TLS 1.0 back on would not help, since an endpoint on TC 7.3.6+/CE 8.1+ refuses TLS 1.0 anyway.',
          'これは、TMS が Medium のまま TMS サーバで TLS 1.0 が無効にされたときの特徴です。Medium は TLS 1.0 しか提示しないため、TLS 1.0 が無効だと TMS は ClientHello をまったく作成できません。解決策は TLS 1.2 を提示する Medium-High です（下記の手順）。TC 7.3.6 以降/CE 8.1 以降のエンドポイントはもともと TLS 1.0 を拒否するので、TLS 1.0 を有効に戻しても解決しません。',
        ),
    w && d && !d.tls10
      ? L(`On ${formatWindows(w)} TLS 1.0 is off by default, so this is expected there.`, `${formatWindows(w)} では TLS 1.0 が既定で無効なので、この動きは想定どおりです。`)
      : w
        ? L(
            `On ${formatWindows(w)} TLS 1.0 is on by default, so a hardening policy or tool (a GPO, IIS Crypto) turned it off. Check whether the same hardening also turned TLS 1.2 off for the Client side (TLS 1.2\\Client needs Enabled=1, DisabledByDefault=0): then Medium-High would still send no ClientHello, so the registry step below is a real check here.`,
            `${formatWindows(w)} では TLS 1.0 は既定で有効なので、強化ポリシーやツール（GPO、IIS Crypto）で無効にされています。同じ強化でクライアント側の TLS 1.2 も無効にされていないか確認してください（TLS 1.2\\Client は Enabled=1、DisabledByDefault=0 が必要です）。無効なら Medium-High にしても ClientHello は送られないので、下記のレジストリ手順はここでは実際に確認が必要です。`,
          )
        : L(
            'Up to Windows Server 2022 TLS 1.0 is on by default, so unless this is Server 2025 (where it is off by default) a hardening policy or tool (a GPO, IIS Crypto) turned it off. Check whether the same hardening also turned TLS 1.2 off for the Client side (TLS 1.2\\Client needs Enabled=1, DisabledByDefault=0): then Medium-High would still send no ClientHello.',
            'Windows Server 2022 までは TLS 1.0 が既定で有効なので、Server 2025（既定で無効）でない限り、強化ポリシーやツール（GPO、IIS Crypto）で無効にされています。同じ強化でクライアント側の TLS 1.2 も無効にされていないか確認してください（TLS 1.2\\Client は Enabled=1、DisabledByDefault=0 が必要です）。無効なら Medium-High にしても ClientHello は送られません。',
          ),
  ];
  out.push(tls10OffDependents(facts, false));
  return out;
}

/**
 * What else on the TMS server depended on TLS 1.0 (a local SQL Server). `maybe`: TLS 1.0 being off is
 * one of two readings (the level is not known), so the note is said as "if".
 */
function tls10OffDependents(facts: Facts, maybe: boolean): LocalizedText {
  const sql = facts.sql;
  const status = sql ? sqlTlsStatus(sql).kind : null;
  if (facts.sqlLocation === 'remote') return L('SQL Server runs on another server, so TLS 1.0 being off on the TMS server does not touch it.', 'SQL Server は別のサーバで動いているので、TMS サーバで TLS 1.0 が無効でも影響はありません。');
  if (sql && (status === 'nothing-needed' || status === 'has-tls12')) return L(`${formatSql(sql)} supports TLS 1.2, so it does not depend on TLS 1.0.`, `${formatSql(sql)} は TLS 1.2 に対応しているので、TLS 1.0 には依存しません。`);
  return L(
    `${maybe ? 'If it is TLS 1.0 that was turned off, check' : 'Check'} what else on this server depended on TLS 1.0: ${sql ? formatSql(sql) : 'a SQL Server 2008 R2 (or a 2012/2014 build without TLS 1.2 support)'} on the TMS server stops and will not start when TLS 1.0 and SSL 3.0 are both disabled (event 26011): check that its service is running, and if it stopped, re-enable TLS 1.0 for it.`,
    `${maybe ? '無効にされたのが TLS 1.0 の場合は、' : ''}このサーバで TLS 1.0 に依存していたものがないか確認してください。TMS サーバ上の${sql ? ` ${formatSql(sql)} ` : ' SQL Server 2008 R2（または TLS 1.2 非対応の 2012/2014 のビルド）'}は、TLS 1.0 と SSL 3.0 の両方が無効だと停止し、起動しなくなります（イベント 26011）。サービスが動いているか確認し、停止している場合は SQL のために TLS 1.0 を再度有効にしてください。`,
  );
}

/** The level is not known and matters (TMS 15 or later, or its release not known: before 15 TMS Tools has no level). */
function levelOpen(facts: Facts): boolean {
  return !facts.level && !(facts.tms && !tmsCanBeFixedInPlace(facts.tms));
}

/**
 * No ClientHello while the level is not known (only assumed to be the default Medium). knowledge.md gives a cause at each
 * level, so neither is asserted: at Medium, TLS 1.0 off on the TMS server (Symptom); at Medium-High, where TMS offers TLS 1.2,
 * the analogous gap is TLS 1.2 off for the Schannel Client side (said as a check). The level is asked (noHelloLevelQuestion).
 */
function noHelloLevelUnknown(facts: Facts): LocalizedText[] {
  const w = facts.windows;
  const d = w ? windowsSchannelDefaults(w) : null;
  const why = w && d && !d.tls10
    ? L(`On ${formatWindows(w)} that is the default.`, `${formatWindows(w)} では、これが既定の状態です。`)
    : w
      ? L(`On ${formatWindows(w)} TLS 1.0 is on by default, so a hardening policy or tool (a GPO, IIS Crypto) would have turned it off.`, `${formatWindows(w)} では TLS 1.0 は既定で有効なので、無効にしたのは強化ポリシーやツール（GPO、IIS Crypto）です。`)
      : L('A hardening policy or tool (a GPO, IIS Crypto) turns it off; on Windows Server 2025 it is off by default.', '強化ポリシーやツール（GPO、IIS Crypto）で無効にされるほか、Windows Server 2025 では既定で無効です。');
  return [
    L(
      'TMS opens the TCP connection and sends no ClientHello: Schannel leaves it no protocol to offer. Which protocol is missing depends on the Communication Security level, and you have not told me the level yet (Medium is the default, but it may already have been raised to Medium-High). So there are two readings:',
      'TMS は TCP 接続を開いても ClientHello を送っていません。Schannel に、提示できるプロトコルが残っていない状態です。どのプロトコルが欠けているかは [Communication Security] のレベルで変わりますが、レベルはまだ伺っていません（既定値は Medium ですが、すでに Medium-High に上げている可能性もあります）。そのため、考えられる読み方は 2 つです。',
    ),
    MH(
      `At Medium (the default), TMS offers only TLS 1.0, so TLS 1.0 is off for the TMS server's Client side. ${why.en} The fix is Medium-High, which offers TLS 1.2; turning TLS 1.0 back on would not help with an endpoint on TC 7.3.6+/CE 8.1+, which refuses TLS 1.0 anyway.`,
      `Medium（既定値）の場合：TMS は TLS 1.0 しか提示しないので、TMS サーバの Client 側で TLS 1.0 が無効になっています。${why.ja}解決策は TLS 1.2 を提示する Medium-High です。TC 7.3.6 以降/CE 8.1 以降のエンドポイントはもともと TLS 1.0 を拒否するので、TLS 1.0 を有効に戻しても解決しません。`,
    ),
    L(
      'At Medium-High, TMS offers TLS 1.2, so check TLS 1.2 for the Client side first: under SCHANNEL\\Protocols\\TLS 1.2\\Client, Enabled must be 1 and DisabledByDefault 0 (a hardening policy or tool may have turned it off). If a key was changed, reboot the server once so that it applies.',
      'Medium-High の場合：TMS は TLS 1.2 を提示するので、まず Client 側の TLS 1.2 を確認してください。SCHANNEL\\Protocols\\TLS 1.2\\Client で、Enabled が 1、DisabledByDefault が 0 である必要があります（強化ポリシーやツールで無効にされている可能性があります）。キーを変更した場合は、反映させるためにサーバを 1 回再起動してください。',
    ),
    tls10OffDependents(facts, true),
  ];
}

/** The level asked first when no ClientHello is seen and the level is not known: it decides which reading holds. */
function noHelloLevelQuestion(q: Diagnosis['questions'][number]): Diagnosis['questions'][number] {
  return {
    ...q,
    required: true,
    text: L(
      'Which Communication Security level does TMS Tools show now (Security Settings > Advanced Security Settings > Transport Layer Security Options)? With no ClientHello, the level decides what to look at: at Medium (the default) it means TLS 1.0 is off on the TMS server; at Medium-High the TLS 1.2 Client keys are the first thing to check.',
      'TMS ツールで現在設定されている [Communication Security] のレベルを教えてください（[Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options]）。ClientHello が送られない場合、どこを確認するかはレベルで決まります。Medium（既定値）なら TMS サーバで TLS 1.0 が無効になっているということで、Medium-High なら最初に確認するのは TLS 1.2 の Client キーです。',
    ),
  };
}

/**
 * TLS 1.0 Client off in the registry, yet a ClientHello offering TLS 1.0 only: with the keys in effect TMS at Medium sends no
 * ClientHello at all (knowledge.md, Symptom). Not "confirmed": said, with what to check.
 */
function tls10HelloDespiteKeys(reg: Observation): Finding {
  return finding('evidence-contradicts-itself', 'warning', L('The registry export and the capture disagree', 'レジストリのエクスポートとキャプチャが食い違っています'), [
    L(
      'The registry shows TLS 1.0 Client turned off, but the capture shows a ClientHello offering TLS 1.0. With TLS 1.0 Client off in effect, TMS at Medium sends no ClientHello at all, so the two do not show the same server at the same time. Check: was the server rebooted (or every process that uses Schannel restarted) after the TLS 1.0 keys changed? Schannel applies them only to connections set up after that. Are the export and the capture from the same TMS node (a redundant pair has two)? Is the client in the capture this TMS server, and was the capture taken after the change? Either way, what TMS needs is the same: Medium-High, with TLS 1.2 Client on.',
      'レジストリでは TLS 1.0 の Client が無効ですが、キャプチャには TLS 1.0 を提示する ClientHello が写っています。TLS 1.0 の Client の無効化が効いていれば、Medium の TMS は ClientHello をまったく送りません。つまり、この 2 つは同じ時点の同じサーバを示していません。次を確認してください。TLS 1.0 のキーを変更した後にサーバを再起動（または Schannel を使うすべてのプロセスを再起動）しましたか。Schannel の設定は、その後に確立される接続にだけ適用されます。エクスポートとキャプチャは同じ TMS ノードのものですか（冗長構成ではノードが 2 つあります）。キャプチャのクライアントはこの TMS サーバで、変更後に取得したものですか。いずれの場合も、TMS に必要なのは同じで、TLS 1.2 の Client を有効にしたうえでの Medium-High です。',
    ),
    evidenceBody([reg]),
  ]);
}

/**
 * A ClientHello offering TLS 1.2 while the level is Medium or Low (or not given: the default Medium). At those levels TMS offers
 * TLS 1.0 only, so if the hello is TMS's the level has changed (Medium-High is the fix: knowledge.md Fix 3, Fix 7). A capture on the
 * TMS server also holds hellos sent TO it (browsers, endpoints reaching TMS over HTTPS), so which side sent it is asked, not assumed.
 * What the endpoint answered decides what it means if it is TMS's: a ServerHello is the fix verified, a reset or alert is the
 * "TLS 1.2 offered and still refused" case (its own finding), no answer in the paste asks for the packets after it.
 */
export const TLS12_HELLO_AT_MEDIUM = 'evidence-capture-tls12-at-medium';

/** A capture whose server accepted TLS 1.0 (warning when the endpoint release named refuses TLS 1.0: summary.ts treats it as a conflict). */
export const CAPTURE_ACCEPTS_TLS10 = 'evidence-capture-accepts-tls10';

function tls12HelloAtMedium(level: Facts['level'], accepted: boolean, refused: boolean, clientEnded: 'certificate' | 'other' | null): Finding {
  const was = level === 'low' ? L('Low', 'Low') : level ? L('Medium', 'Medium') : L('Medium (the default; you did not name the level)', 'Medium（既定値。レベルはまだ伺っていません）');
  const name = level === 'low' ? 'Low' : 'Medium';
  // The endpoint's ServerHello, then the client's own alert: the version is agreed, the connection still fails (not "the fix has taken effect").
  const then = clientEnded && !accepted
    ? clientEnded === 'certificate'
      ? L(
          'The endpoint accepted it (ServerHello), but the client then ended the handshake because of the endpoint\'s certificate: if the hello is TMS\'s, the TLS version is no longer what fails, the certificate is. See "the client rejected the server\'s certificate" below.',
          'エンドポイントはこれを受け入れました（ServerHello）が、その後クライアントがエンドポイントの証明書を理由にハンドシェイクを打ち切りました。この hello が TMS のものなら、失敗の原因はもう TLS のバージョンではなく証明書です。下の「クライアントがサーバの証明書を拒否しました」を確認してください。',
        )
      : L(
          'The endpoint accepted it (ServerHello), but the client then ended the handshake itself: if the hello is TMS\'s, the TLS version is agreed and the connection still fails. See below.',
          'エンドポイントはこれを受け入れました（ServerHello）が、その後クライアント自身がハンドシェイクを打ち切りました。この hello が TMS のものなら、TLS のバージョンは合意できていますが、接続はまだ失敗しています。下を確認してください。',
        )
    : accepted
    ? L(
        'The endpoint accepted it (ServerHello). If the hello is TMS\'s, the fix has taken effect: use Force Refresh on an affected system in Systems > Navigator, and it should no longer show "No HTTPS response".',
        'エンドポイントはこれを受け入れています（ServerHello）。この hello が TMS のものなら、修正は効いています。Systems > Navigator で影響を受けていたシステムの Force Refresh を実行すれば、「No HTTPS response」は表示されなくなるはずです。',
      )
    : refused
      ? L(
          'The endpoint refused it. If the hello is TMS\'s, the level is no longer what blocks it: see "TLS 1.2 is offered and still refused" below.',
          'エンドポイントはこれを拒否しています。この hello が TMS のものなら、原因はもうレベルではありません。下の「TLS 1.2 を提示しても拒否されています」を確認してください。',
        )
      : L(
          'The paste shows no answer to it: copy the packets right after it as well. A ServerHello means the fix has taken effect (then Force Refresh in Systems > Navigator); a reset or an alert means TLS 1.2 is offered and still refused.',
          '貼り付けられた内容には応答がありません。直後のパケットも貼ってください。ServerHello なら修正は効いています（その後 Systems > Navigator で Force Refresh を実行します）。リセットやアラートなら、TLS 1.2 を提示しても拒否されている状態です。',
        );
  return finding(
    TLS12_HELLO_AT_MEDIUM,
    'warning',
    L(`Your capture shows TLS 1.2 offered, which TMS does not do at ${name}: is TMS at Medium-High now?`, `キャプチャでは TLS 1.2 が提示されていますが、${name} の TMS はこれを提示しません。TMS は現在 Medium-High ですか？`),
    [
      L(
        `The level I have is ${was.en}, where TMS offers only TLS 1.0. So if this ClientHello was sent by the TMS server (to an endpoint, on port 443), TMS is no longer at ${name}: is it at Medium-High now? Tell me the level TMS Tools shows and I will update the answer. If the client in the capture is not the TMS server (a browser, or an endpoint connecting TO TMS), it says nothing about TMS's level: then look for the hellos the TMS server's address sends to the endpoint's address.`,
        `伺っているレベルは ${was.ja} で、このレベルの TMS は TLS 1.0 しか提示しません。この ClientHello を TMS サーバが（エンドポイントのポート 443 に）送ったのであれば、TMS はもう ${name} ではありません。現在は Medium-High でしょうか。TMS ツールに表示されているレベルを教えていただければ、回答を更新します。キャプチャのクライアントが TMS サーバでない場合（ブラウザや、TMS に接続してくるエンドポイント）は、TMS のレベルについては何も分かりません。その場合は、TMS サーバのアドレスからエンドポイントのアドレスに送られた hello を探してください。`,
      ),
      then,
    ],
  );
}

/** A hello observation whose answer the client itself ended (flows.ts: its own alert after the ServerHello). */
const CLIENT_ENDED_TEXT = /client refused it|, then the client ended the handshake\b/;

function versionAccepted(o: Observation): string {
  return /accepted (SSL 3\.0|TLS 1\.[0-3])/.exec(o.detail.en)?.[1] ?? 'TLS';
}

/**
 * The server's ServerHello was accepted, then the client ended the handshake with a certificate alert (42–46, 48):
 * the version is agreed, the endpoint's certificate is refused. knowledge.md ("Levels other than Medium…"): High adds
 * certificate validation of managed systems (admin guide: a check); "Certificates": the revocation check.
 */
function certificateRejected(level: Facts['level'], obs: Observation[]): Finding {
  const v = versionAccepted(obs[0]);
  const alert = /alert (\d+) \((\w+)\)/.exec(obs[0].detail.en);
  const which = alert ? `alert ${alert[1]} (${alert[2]})` : 'a certificate alert';
  const whichJa = alert ? `アラート ${alert[1]}（${alert[2]}）` : '証明書に関するアラート';
  return finding('evidence-capture-client-rejected-certificate', 'warning', L(`${v} was negotiated, then the client rejected the server's certificate`, `${v} で合意したあと、クライアントがサーバの証明書を拒否しました`), [
    L(
      `The server accepted ${v} (ServerHello), so the TLS version is not what fails on these connections. The client then ended the handshake itself with ${which}: it did not accept the certificate the server sent. So this connection fails on the certificate, not on TLS 1.0.`,
      `サーバは ${v} を受け入れています（ServerHello）。この接続で失敗しているのは TLS のバージョンではありません。その後クライアント自身が${whichJa}でハンドシェイクを打ち切りました。サーバが送った証明書を受け入れなかったということです。つまり、この接続は TLS 1.0 ではなく証明書で失敗しています。`,
    ),
    level === 'high'
      ? L(
          "You named High: at High, TMS also validates the certificate of each system it manages (Cisco TMS Administrator Guide; the TechNote does not cover High: check it in the guide for your release). An endpoint whose certificate is self-signed or expired fails there even though TLS 1.2 works, which fits this capture if its client is the TMS server.",
          'High と伺っています。High では、TMS は管理対象システムの証明書も検証します（Cisco TMS アドミニストレータ ガイド。TechNote では High は扱われていないため、お使いのリリースのガイドで確認してください）。証明書が自己署名または期限切れのエンドポイントは、TLS 1.2 が使えても High では失敗します。キャプチャのクライアントが TMS サーバなら、この動きと一致します。',
        )
      : L(
          "If the client is the TMS server: the level at which TMS validates the certificates of the systems it manages is High (Cisco TMS Administrator Guide; the TechNote does not cover High: check it in the guide for your release). Check which level TMS Tools shows.",
          'クライアントが TMS サーバの場合：TMS が管理対象システムの証明書を検証するのは High のときです（Cisco TMS アドミニストレータ ガイド。TechNote では High は扱われていないため、お使いのリリースのガイドで確認してください）。TMS ツールに表示されているレベルを確認してください。',
        ),
    L(
      "Check the endpoint's certificate: whether it is self-signed, its validity dates, and which CA issued it (and whether the TMS server trusts that CA). TMS Tools' Certificate Revocation Check also fails HTTPS when the CRL point cannot be reached. On the TMS server, a Schannel event 36888 (a fatal alert generated, with its number) at the time of the capture shows the alert came from Schannel. Giving the endpoint a certificate the TMS server accepts keeps the validation; do not lower the level just to get past it: that removes a check someone chose.",
      'エンドポイントの証明書を確認してください。自己署名かどうか、有効期間、発行した CA（と、その CA を TMS サーバが信頼しているか）です。TMS ツールの証明書失効確認（Certificate Revocation Check）が有効だと、CRL の配布ポイントに到達できない場合も HTTPS は失敗します。TMS サーバで、キャプチャの時刻に Schannel のイベント 36888（致命的なアラートを生成、アラート番号つき）があれば、そのアラートは Schannel が送ったものです。TMS サーバが受け入れる証明書をエンドポイントに入れれば検証は保たれます。検証を避けるためだけにレベルを下げないでください。誰かが選んだ確認を外すことになります。',
    ),
    evidenceBody(obs),
  ]);
}

/** The server's ServerHello at the version offered, then the client's own alert (not a certificate one, not 0 or 90). */
function clientEndedAfterServerHello(level: Facts['level'], obs: Observation[]): Finding {
  const v = versionAccepted(obs[0]);
  return finding('evidence-capture-client-ended', 'warning', L(`${v} was negotiated, then the client ended the handshake`, `${v} で合意したあと、クライアントがハンドシェイクを打ち切りました`), [
    L(
      `The server accepted ${v} (ServerHello), so the TLS version is not what fails on these connections; the client then ended the handshake itself, before it was complete. What it objected to came after the ServerHello: most often the server's certificate${level === 'high' ? ' (at High TMS validates the certificates of the systems it manages: Cisco TMS Administrator Guide, check it there)' : ''}. If the client is the TMS server, look in its System log for Schannel events at the time of the capture (36888: a fatal alert generated, with its number), and check the endpoint's certificate and TMS Tools' Certificate Revocation Check.`,
      `サーバは ${v} を受け入れています（ServerHello）。この接続で失敗しているのは TLS のバージョンではありません。その後、ハンドシェイクが完了する前にクライアント自身が打ち切りました。クライアントが問題にしたのは ServerHello より後の内容で、多くはサーバの証明書です${level === 'high' ? '（High では TMS は管理対象システムの証明書を検証します。Cisco TMS アドミニストレータ ガイドで確認してください）' : ''}。クライアントが TMS サーバなら、キャプチャの時刻の Schannel イベント（36888：致命的なアラートを生成、アラート番号つき）をシステム ログで確認し、エンドポイントの証明書と TMS ツールの証明書失効確認（Certificate Revocation Check）を確認してください。`,
    ),
    evidenceBody(obs),
  ]);
}

/** The client reset its own connection after its ClientHello, before the server answered: not the server's refusal. */
function clientResetFinding(obs: Observation[]): Finding {
  return finding('evidence-capture-client-reset', 'warning', L('The client reset the connection, not the server', 'サーバではなくクライアントが接続をリセットしました'), [
    L(
      'After its ClientHello the client reset the connection itself, before the server sent anything. So the capture does not show the server refusing, and cannot show how it would have answered. If the client is TMS, TMS gave up on the connection on its own: look at the TMS server side (a timeout shorter than the endpoint takes to answer, or its TLS stack ending the connection; Schannel events in the System log at that time), and take a capture that runs a few seconds longer to see whether the endpoint answers at all. If the capture was not taken on the TMS server, a firewall in the path can also send a reset in the client\'s name.',
      'クライアントは ClientHello を送ったあと、サーバが何も送らないうちに自分で接続をリセットしました。そのためキャプチャにはサーバの拒否は写っておらず、サーバがどう応答したかも分かりません。クライアントが TMS なら、TMS が自分で接続をあきらめています。TMS サーバ側を確認してください（エンドポイントの応答より短いタイムアウト、または TLS スタックによる切断。その時刻のシステム ログの Schannel イベント）。また、エンドポイントがそもそも応答するかを見るため、数秒長めにキャプチャを取ってください。TMS サーバ以外で取得したキャプチャなら、経路上のファイアウォールがクライアントの名前でリセットを送っている可能性もあります。',
    ),
    evidenceBody(obs),
  ]);
}

/** An SSL 3.0-only hello (0x0300): not the TLS 1.0 hello (0x0301) of TMS at Medium, so not proof of the documented cause. */
function ssl3HelloFinding(obs: Observation[]): Finding {
  return finding('evidence-capture-ssl3-hello', 'info', L('The hello offers SSL 3.0 only: not what TMS sends at Medium', 'hello は SSL 3.0 のみを提示しています（Medium の TMS が送るものではありません）'), [
    L(
      "The ClientHello in the capture offers SSL 3.0 only (version 0x0300). TMS at Medium offers TLS 1.0 (0x0301), so this is not the hello of the known problem, and it does not confirm that cause. Check which program sent it (the client address and port): if it is the TMS server, tell me the level TMS Tools shows, and send a registry export of SCHANNEL\\Protocols from that server; if it is another tool, capture TMS itself polling the endpoint.",
      'キャプチャの ClientHello は SSL 3.0 のみ（バージョン 0x0300）を提示しています。Medium の TMS が提示するのは TLS 1.0（0x0301）なので、これは既知の問題の hello ではなく、その原因の裏付けにもなりません。どのプログラムが送ったか（クライアントのアドレスとポート）を確認してください。TMS サーバなら、TMS ツールに表示されているレベルを教えてください。あわせて、そのサーバの SCHANNEL\\Protocols のレジストリのエクスポートを送ってください。別のツールなら、TMS 自身がエンドポイントをポーリングしているところをキャプチャしてください。',
    ),
    evidenceBody(obs),
  ]);
}

/** The index of the last element that passes (ES2022 has no findLastIndex); -1 when none. */
/**
 * Where an observation was last seen, as a place in the list: merged observations are listed where they were first seen, and
 * `seenAfter` says how many of the later ones were first seen before their last sighting (rev31 #8). Two observations compare
 * by it only within one list; equal places (both seen again after the same one) are not ordered.
 */
function lastPlace(list: readonly Observation[], o: Observation): number {
  const i = list.indexOf(o);
  return i < 0 ? -1 : i + (o.seenAfter ?? 0);
}

/** The latest place (lastPlace) of the observations that pass the test, or -1. */
function lastIndex(list: readonly Observation[], test: (x: Observation) => boolean): number {
  let last = -1;
  for (const o of list) if (test(o)) last = Math.max(last, lastPlace(list, o));
  return last;
}

/**
 * A reset (or alert) right after a hello whose version the record layer does not tell, at Medium-High or High: not settled.
 * At High the certificate validation comes first (knowledge.md, "Levels other than Medium and Medium-High": a self-signed or
 * expired endpoint certificate fails there even though TLS 1.2 is offered), as in the answer for a TMS already at High.
 */
function helloResetUnsettled(level: 'medium-high' | 'high', shown: Observation[]): Finding {
  const name = level === 'high' ? 'High' : 'Medium-High';
  return finding('evidence-capture-hello-reset-unsettled', 'warning', L('Not settled: the newest capture shows a hello on 443 answered with a reset or an alert', '未確定：最新のキャプチャでは、ポート 443 の hello がリセットまたはアラートで終わっています'), [
    ...(level === 'high' ? HIGH_CERT_CHECK_FIRST : []),
    L(
      `At ${name} TMS should offer TLS 1.2, yet the newest capture has a connection to port 443 reset (or ended with an alert) right after its ClientHello, so an earlier sign of TLS 1.2 working does not settle it. Open that packet's Handshake Protocol: Client Hello > Version (and supported_versions; the record-layer version says little). 0x0301 (TLS 1.0): ${name} or the restart after it did not take effect where this hello came from: check that TMS Tools shows the level after Save, on every TMS node, and that IIS and the TMS services were restarted (or the server rebooted) after it. 0x0303 (TLS 1.2) and still reset: check the cipher suites after any GPO or IIS Crypto hardening (a mismatch gives alert 40 or a reset even at TLS 1.2), the Schannel events 36871/36874/36888 on the TMS server, and the endpoint's HTTPS MinimumTLSVersion.`,
      `${name} の TMS は TLS 1.2 を提示するはずですが、最新のキャプチャではポート 443 への接続が ClientHello の直後にリセット（またはアラートで終了）されています。そのため、以前に TLS 1.2 が動作していたことだけでは判断できません。そのパケットの Handshake Protocol: Client Hello > Version（と supported_versions。レコード層のバージョンはあまり当てになりません）を開いてください。0x0301（TLS 1.0）なら、この hello を送った TMS では ${name} またはその後の再起動が反映されていません。TMS ツールで保存後にそのレベルになっているか（すべての TMS ノードで）、その後 IIS と TMS のサービスを再起動（またはサーバを再起動）したかを確認してください。0x0303（TLS 1.2）なのにリセットされるなら、GPO や IIS Crypto による強化後の暗号スイート（不一致だと TLS 1.2 でもアラート 40 やリセットになります）、TMS サーバの Schannel イベント 36871/36874/36888、エンドポイントの HTTPS の MinimumTLSVersion を確認してください。`,
    ),
    evidenceBody(shown),
  ]);
}

function captureFindings(facts: Facts, base: Diagnosis, obs: Observation[]): Finding[] {
  const out: Finding[] = [];
  const refused = both(obs, 'capture-clienthello-tls10-only', ['capture-reset-after-clienthello', 'capture-alert-after-clienthello']);
  const fallback = obs.filter((o) => o.code === 'capture-http-301-fallback');
  // A ServerHello that chose TLS 1.0/1.1 after a TLS 1.2 offer is not TLS 1.2 working (nor is a hello the client then refused).
  // (A hello paired by its own connection says the version its ServerHello chose in its own detail.)
  const lowAccepted = (o: Observation) => /accepted (SSL 3\.0|TLS 1\.[01])\b/.test(o.detail.en);
  const verified = both(
    obs.filter((o) => !(o.code === 'capture-serverhello' && lowAccepted(o)) && !(o.code === 'capture-clienthello-tls12' && (CLIENT_ENDED_TEXT.test(o.detail.en) || (typeof o.answer === 'string' && lowAccepted(o))))),
    'capture-clienthello-tls12',
    ['capture-serverhello'],
  );
  const clientRefused = obs.filter((o) => o.code === 'capture-client-refused-version');
  const certRejected = obs.filter((o) => o.code === 'capture-client-rejected-certificate');
  const clientEnded = obs.filter((o) => o.code === 'capture-client-ended-after-serverhello');
  const clientReset = obs.filter((o) => o.code === 'capture-client-reset-after-clienthello');
  const ssl3Hello = obs.filter((o) => o.code === 'capture-clienthello-ssl3-only');
  const tls12Refused = both(obs, 'capture-clienthello-tls12', ['capture-reset-after-clienthello', 'capture-alert-after-clienthello']);
  const noHello = obs.filter((o) => o.code === 'capture-no-clienthello');
  const ambiguousRows = obs.filter((o) => o.code === 'capture-clienthello-record-tls10');
  // The hello's own version said after rows that showed only its record layer (「Client Hello の Version は TLS 1.0 (0x0301) です」, a
  // hostless hello read from words, QA63 #16): the rows are settled by it. No "check the hello's version" card, and at Medium-High no
  // "not settled" card beside the level card that says what a TLS 1.0 hello there means: one card once the version is known.
  const versionSaid10 = ambiguousRows.length > 0 && obs.some((o) => o.code === 'capture-clienthello-tls10-only' && o.subject === '? → ?' && lastPlace(obs, o) > Math.max(...ambiguousRows.map((a) => lastPlace(obs, a))));
  const ambiguous = versionSaid10 ? [] : ambiguousRows;
  const level = facts.level;
  const high = level === 'medium-high' || level === 'high';
  // A registry export (or reg query) that shows TLS 1.0 Client off, next to a TLS 1.0 hello: the two cannot both show the server as it runs now.
  const tls10ClientOff = obs.some((o) => o.code === 'capture-clienthello-tls10-only') ? obs.find((o) => o.code === 'schannel-tls10-disabled' && /TLS 1\.0 Client\b/.test(o.detail.en)) ?? null : null;

  // One capture, the same client and server: the TLS 1.0 hello refused, then (on a later connection) a TLS 1.2 hello accepted. That is
  // the before and the after of the fix (knowledge.md Symptom, Fix 7), not "only TLS 1.0 offered" (QA55 #3). Refused after the
  // last accepted one, the newest connection fails again: the TLS 1.2 success is the earlier state.
  // Merged observations stand where they were first seen: a refusal seen again after an acceptance (refused, accepted, refused:
  // a TMS service or node still sending TLS 1.0, knowledge.md Fix 6) is compared by where it was last seen (rev31 #8).
  const sameSubject = (r: Observation) => verified.filter((v) => v.subject === r.subject);
  const acceptedAfter = (r: Observation) => sameSubject(r).some((v) => obs.indexOf(v) > lastPlace(obs, r));
  const refusedAgain = (r: Observation) => sameSubject(r).some((v) => obs.indexOf(v) <= lastPlace(obs, r));
  const before = refused.length > 0 && verified.length > 0 && refused.every(acceptedAfter) && !refused.some(refusedAgain);
  const refusedLater = refused.length > 0 && verified.length > 0 && refused.some(refusedAgain);
  // (Refused after the last acceptance too: the newest connection fails, so the TLS 1.2 success is the earlier state.)
  const refusedLast = refusedLater && refused.some((r) => sameSubject(r).length > 0 && sameSubject(r).every((v) => lastPlace(obs, v) < lastPlace(obs, r)));
  const contradicts = finding('evidence-contradicts-diagnosis', 'warning', L('The capture contradicts what you told me', 'キャプチャがお聞きした内容と矛盾しています'), [
    L(
      `From what you told me this endpoint should not be affected${facts.endpoint ? ` (${formatEndpoint(facts.endpoint)} accepts TLS 1.0)` : ''}${facts.https === false ? ' (TMS manages it over HTTP)' : ''}, yet the capture shows a TLS 1.0 hello refused. Is the capture from this endpoint? Check its software with xStatus SystemUnit Software Version and tell me what it says.`,
      `お聞きした内容ではこのエンドポイントは影響を受けないはずですが${facts.endpoint ? `（${formatEndpoint(facts.endpoint)} は TLS 1.0 を受け付けます）` : ''}${facts.https === false ? '（TMS は HTTP で管理しています）' : ''}、キャプチャでは TLS 1.0 の hello が拒否されています。このキャプチャは対象のエンドポイントのものでしょうか。xStatus SystemUnit Software Version でソフトウェアを確認し、結果を教えてください。`,
    ),
  ]);
  if (before) {
    out.push(
      finding('evidence-capture-before-after', 'info', L('Earlier in the capture: the TLS 1.0 hello refused (the cause)', 'キャプチャの前半：TLS 1.0 の hello が拒否されています（原因）'), [
        L(
          'The earlier connection offered nothing newer than TLS 1.0 and the server refused it: the cause itself, what TMS at Medium meets at an endpoint on TC 7.3.6+/CE 8.1+. A later connection between the same two hosts offered TLS 1.2 and the server accepted it (below): that is the fix working at the TLS level. Go by the later connection.',
          '前の接続は TLS 1.0 までしか提示せず、サーバに拒否されました。これが原因そのもので、Medium の TMS が TC 7.3.6 以降/CE 8.1 以降のエンドポイントに接続したときの動きです。同じ 2 台の間の後の接続は TLS 1.2 を提示し、サーバに受け入れられています（下記）。こちらは TLS のレベルで対処が効いていることを示します。判断は後の接続に基づいてください。',
        ),
        evidenceBody(refused),
        ...(fallback.length ? [L('The capture also shows plain HTTP on port 80 redirected (301): the fallback TMS tries after a refused hello, which does not work either:', 'キャプチャには、ポート 80 の平文 HTTP がリダイレクト（301）された様子も写っています。hello が拒否された後に TMS が試すフォールバックで、こちらも使えません。'), evidenceBody(fallback)] : []),
      ]),
    );
    if (tls10ClientOff) out.push(tls10HelloDespiteKeys(tls10ClientOff));
    if (base.affected === 'no') out.push(contradicts);
  } else if (refused.length) {
    const body = [
      L(
        'The capture shows the cause itself: the client offered nothing newer than TLS 1.0 and the server refused it. That is what TMS at Medium meets at an endpoint on TC 7.3.6+/CE 8.1+.',
        'キャプチャに原因そのものが写っています。クライアントは TLS 1.0 までしか提示せず、サーバがそれを拒否しました。これは Medium の TMS が TC 7.3.6 以降/CE 8.1 以降のエンドポイントに接続したときの動きです。',
      ),
      evidenceBody(refused),
    ];
    if (fallback.length) body.push(L('TMS then tried plain HTTP on port 80 and was redirected (301), so that way does not work either:', 'その後 TMS はポート 80 の平文 HTTP を試しましたが、リダイレクト（301）されたため、こちらも使えません。'), evidenceBody(fallback));
    if (tls10ClientOff) out.push(tls10HelloDespiteKeys(tls10ClientOff));
    out.push(
      finding(
        'evidence-capture-confirms-cause',
        'warning',
        tls10ClientOff ? L('The capture shows the usual failure, which the registry export says cannot happen', 'キャプチャはよくある失敗を示していますが、レジストリのエクスポートでは起きないはずの動きです') : L('The capture confirms the cause', 'キャプチャが原因を裏付けています'),
        body,
      ),
    );
    if (base.affected === 'no') out.push(contradicts);
    if (high && refusedLater) {
      out.push(
        finding('evidence-contradicts-level', 'warning', L('The capture does not fit the level you named', 'キャプチャとお聞きしたレベルが合いません'), [
          L(
            'At Medium-High or High, TMS 15 offers TLS 1.2. In the capture a TLS 1.2 hello was accepted, but a later connection between the same two hosts offered only TLS 1.0 and was refused. Was the level saved in TMS Tools on every TMS node, and were the TMS services restarted (or the server rebooted) afterwards? Is something else on that server still sending TLS 1.0?',
            'Medium-High や High では TMS 15 は TLS 1.2 を提示します。キャプチャでは TLS 1.2 の hello が受け入れられていますが、同じ 2 台の間のその後の接続は TLS 1.0 しか提示せず、拒否されています。TMS ツールでレベルをすべての TMS ノードで保存し、その後 TMS のサービスを再起動（またはサーバを再起動）しましたか。そのサーバのほかのものがまだ TLS 1.0 を送っていませんか。',
          ),
        ]),
      );
    } else if (refusedLater) {
      // The level not named as raised: the TLS 1.2 hello says it may have been (tls12HelloAtMedium asks); the later TLS 1.0 hello
      // from the same client says that, if so, it has not taken effect for every connection (knowledge.md Fix 6).
      out.push(
        finding('evidence-capture-tls10-again', 'warning', L('After TLS 1.2 worked, a later connection offered only TLS 1.0 again', 'TLS 1.2 が動作した後の接続で、再び TLS 1.0 しか提示されていません'), [
          L(
            'In this capture a TLS 1.2 hello between the same two hosts was accepted, but a later connection offered only TLS 1.0 and was refused. So this is not simply "before and after the fix": if Medium-High was set, it has not taken effect for every connection. Something on that client still sends TLS 1.0. Check, most likely first: a TMS service not restarted after the change (IIS and TMSDatabaseScannerService, and also TMSLiveService, TMSSchedulerService, TMSServerDiagnosticsService; restarting them all, or one reboot of the server, is the thorough way); .NET code on that server that Communication Security does not govern, which stays on TLS 1.0 unless `SchUseStrongCrypto` and `SystemDefaultTlsVersions` are 1 under `HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` (and the same key under `Wow6432Node`); or, if the refused hello came from the other node of a redundant TMS pair (check its source address), that node still at Medium. Check that TMS Tools shows the level after Save on every node, then take a new capture.',
            'このキャプチャでは、同じ 2 台の間で TLS 1.2 の hello が受け入れられていますが、その後の接続は TLS 1.0 しか提示せず、拒否されています。つまり単なる「修正の前と後」ではありません。Medium-High にしたのであれば、すべての接続には反映されていません。そのクライアントではまだ何かが TLS 1.0 を送っています。可能性の高い順に確認してください。変更後に再起動されていない TMS のサービス（IIS と TMSDatabaseScannerService、ほかに TMSLiveService、TMSSchedulerService、TMSServerDiagnosticsService。すべて再起動するか、サーバを 1 回再起動するのが確実です）。Communication Security の設定が及ばない、そのサーバ上の .NET のコード（`HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` と `Wow6432Node` 側の同じキーで `SchUseStrongCrypto` と `SystemDefaultTlsVersions` が 1 になっていなければ、TLS 1.0 のままです）。または、拒否された hello が冗長構成のもう一方のノードから来ていた場合（送信元アドレスを確認してください）は、まだ Medium のままのそのノードです。すべてのノードで保存後に TMS ツールがそのレベルを示しているか確認してから、もう一度キャプチャを取ってください。',
          ),
          evidenceBody(refused),
        ]),
      );
    } else if (high) {
      out.push(
        finding('evidence-contradicts-level', 'warning', L('The capture does not fit the level you named', 'キャプチャとお聞きしたレベルが合いません'), [
          L(
            'At Medium-High or High, TMS 15 offers TLS 1.2, but the capture shows only TLS 1.0 offered. Was the level saved in TMS Tools and the TMS services restarted (or the server rebooted) afterwards? Is this TMS older than 15? Or was the capture taken before the change?',
            'Medium-High や High では TMS 15 は TLS 1.2 を提示しますが、キャプチャでは TLS 1.0 しか提示されていません。TMS ツールでレベルを保存し、その後 TMS のサービスを再起動（またはサーバを再起動）しましたか。TMS が 15 より前のバージョンではありませんか。あるいは、変更前に取得したキャプチャではありませんか。',
          ),
        ]),
      );
    }
  } else if (tls10ClientOff && !high) {
    out.push(tls10HelloDespiteKeys(tls10ClientOff));
  } else if (high && obs.some((o) => o.code === 'capture-clienthello-tls10-only')) {
    // A TLS 1.0-only hello with no answer in the paste: at the level named, TMS would offer TLS 1.2.
    out.push(
      finding('evidence-contradicts-level', 'warning', L('The capture does not fit the level you named', 'キャプチャとお聞きしたレベルが合いません'), [
        L(
          `At ${level === 'high' ? 'High' : 'Medium-High'} TMS 15 offers TLS 1.2, but the ClientHello in the capture offers only TLS 1.0, which is what Medium sends. So the level is not in effect where this hello came from. Check in TMS Tools that Communication Security shows the level after Save, on every TMS node (a redundant pair needs it on both), that the capture was taken on this TMS server after the change and the restarts, and that the Schannel TLS 1.2 Client keys are not turned off.`,
          `${level === 'high' ? 'High' : 'Medium-High'} の TMS 15 は TLS 1.2 を提示しますが、キャプチャの ClientHello は TLS 1.0 しか提示しておらず、これは Medium の動きです。つまり、この hello を送った TMS ではそのレベルが有効になっていません。TMS ツールで保存後に [Communication Security] がそのレベルになっているか（冗長構成なら両方のノードで）、キャプチャが変更と再起動のあとにこの TMS サーバで取得したものか、Schannel の TLS 1.2 の Client キーが無効になっていないかを確認してください。`,
        ),
        evidenceBody(obs.filter((o) => o.code === 'capture-clienthello-tls10-only')),
      ]),
    );
  } else if (fallback.length) {
    out.push(finding('evidence-capture-http-301', 'info', L('HTTP on port 80 is redirected to HTTPS', 'ポート 80 の HTTP は HTTPS にリダイレクトされています'), [L('So TMS cannot fall back to plain HTTP: HTTPS has to work.', 'そのため TMS は平文 HTTP に切り替えられず、HTTPS が動作する必要があります。'), evidenceBody(fallback)]));
  }

  // The server in the capture accepted TLS 1.0 (a ServerHello choosing it): that connection works at TLS 1.0, which TC 7.3.6+/CE 8.1+
  // refuse (knowledge.md Cause 1). With such a release named, the capture and the version disagree (summary.ts CONFLICT_CODES): asked.
  const accepted10 = obs.filter((o) => o.code === 'capture-serverhello' && /\baccepted TLS 1\.0 \(ServerHello\)/.test(o.detail.en));
  if (accepted10.length) {
    const said = facts.endpoint && endpointRefusesTls10(facts.endpoint) ? formatEndpoint(facts.endpoint) : null;
    const shown = evidenceBody(obs.filter((o) => o.code === 'capture-clienthello-tls10-only' && accepted10.some((a) => a.subject === o.subject)).concat(accepted10).slice(0, 1));
    out.push(
      said
        ? finding(CAPTURE_ACCEPTS_TLS10, 'warning', L('The capture shows TLS 1.0 accepted, which does not fit the endpoint version you gave', 'キャプチャでは TLS 1.0 が受け入れられており、伺ったエンドポイントのバージョンと合いません'), [
            L(
              `In the capture the server accepted TLS 1.0 (its ServerHello chose it), so that connection works at TLS 1.0: for the system at that address, TLS 1.0 is not what fails. You said the endpoints run ${said}, which refuses TLS 1.0 (TC 7.3.6 and later, CE 8.1 and later). So either the capture is of another system (an endpoint still on TC 7.3.5 or earlier or CE 8.0.x, or something that is not an endpoint, such as a proxy in front of one), or the endpoint at that address does not run ${said}. Which system is at the server address in the capture, and which version does it run (Systems > Navigator, or xStatus SystemUnit Software Version)?`,
              `キャプチャではサーバが TLS 1.0 を受け入れています（ServerHello で TLS 1.0 を選択）。この接続は TLS 1.0 で成立しているので、そのアドレスのシステムについては TLS 1.0 が失敗の原因ではありません。エンドポイントは ${said} とのことですが、このバージョンは TLS 1.0 を拒否します（TC 7.3.6 以降、CE 8.1 以降）。つまり、キャプチャが別のシステムのもの（TC 7.3.5 以前や CE 8.0.x のままのエンドポイント、または前段のプロキシなどエンドポイント以外のもの）か、そのアドレスのエンドポイントが ${said} で動いていないかのどちらかです。キャプチャのサーバのアドレスにあるのはどのシステムで、どのバージョンで動いていますか（Systems > Navigator、または xStatus SystemUnit Software Version）。`,
            ),
            shown,
          ])
        : finding(CAPTURE_ACCEPTS_TLS10, 'info', L('The capture shows TLS 1.0 accepted', 'キャプチャでは TLS 1.0 が受け入れられています'), [
            L(
              'In the capture the server accepted TLS 1.0 (its ServerHello chose it), so that connection works at TLS 1.0: for the system at that address, TLS 1.0 is not what fails. TC 7.3.5 and earlier and CE 8.0.x still accept TLS 1.0; TC 7.3.6 and later and CE 8.1 and later refuse it. If TMS shows "No HTTPS response" for this system, the cause is elsewhere; if the failing endpoints run TC 7.3.6+/CE 8.1+, this capture is of another system: check which system is at the server address in the capture.',
              'キャプチャではサーバが TLS 1.0 を受け入れています（ServerHello で TLS 1.0 を選択）。この接続は TLS 1.0 で成立しているので、そのアドレスのシステムについては TLS 1.0 が失敗の原因ではありません。TC 7.3.5 以前と CE 8.0.x は TLS 1.0 をまだ受け付け、TC 7.3.6 以降と CE 8.1 以降は拒否します。このシステムで TMS に「No HTTPS response」と表示されるのであれば、原因は別にあります。失敗しているエンドポイントが TC 7.3.6 以降/CE 8.1 以降なら、このキャプチャは別のシステムのものです。キャプチャのサーバのアドレスにあるのがどのシステムか確認してください。',
            ),
            shown,
          ]),
    );
  }

  if (clientRefused.length) {
    const v = /could do only (SSL 3\.0|TLS 1\.[0-3])/.exec(clientRefused[0].detail.en)?.[1] ?? 'TLS 1.0';
    out.push(
      finding('evidence-capture-client-refused-version', 'warning', L(`The server could do only ${v}, and the client refused it`, `サーバは ${v} しか使えず、クライアントがそれを拒否しました`), [
        L(
          `The client offered a newer version; the server answered with ${v}, the most it could do, and the client refused that version (alert 70, protocol_version). So what falls short here is the server at that address, not the client's offer. Every TC/CE release accepts TLS 1.2, so a TC/CE endpoint's own HTTPS interface should not answer this way: check what answers at that address and port (a proxy or other device in front of it, or another kind of system) and its HTTPS settings. If the client is TMS, it refused ${v} because that version is off for the Client side on the TMS server (Schannel): before turning it back on, which weakens the server, check whether the system at that address can do TLS 1.2.`,
          `クライアントはより新しいバージョンを提示しましたが、サーバは対応できる上限の ${v} で応答し、クライアントがそのバージョンを拒否しました（アラート 70、protocol_version）。つまり、足りないのはクライアントの提示ではなく、そのアドレスのサーバ側です。TC/CE はどのリリースも TLS 1.2 を受け付けるので、TC/CE エンドポイント自身の HTTPS インターフェイスならこうは応答しません。そのアドレスとポートで応答しているもの（前段のプロキシなどの機器や、別の種類のシステム）と、その HTTPS 設定を確認してください。クライアントが TMS なら、TMS サーバのクライアント側（Schannel）で ${v} が無効なために拒否しています。${v} を有効に戻すとサーバのセキュリティが弱まるので、その前に、そのアドレスのシステムが TLS 1.2 を使えないか確認してください。`,
        ),
        evidenceBody(clientRefused),
      ]),
    );
  }

  // A TLS 1.2 hello while the level is Medium or Low (said, or taken as the default Medium): at those levels TMS offers
  // TLS 1.0 only, so either this hello is not TMS's (a browser or an endpoint connecting TO TMS) or TMS is no longer there.
  // Which side sent it is not known here: said as such, and asked (knowledge.md Fix 7: the TLS 1.2 hello is the verification).
  if ((!level || level === 'medium' || level === 'low') && obs.some((o) => o.code === 'capture-clienthello-tls12')) {
    out.push(tls12HelloAtMedium(level, verified.length > 0, tls12Refused.length > 0, certRejected.length ? 'certificate' : clientEnded.length ? 'other' : null));
  }

  // At Medium-High or High, a hello whose record layer reads TLSv1 answered with a reset, read after (or without) any TLS 1.2
  // accepted: the newest evidence is a failing 443 connection, so "TLS 1.2 working" does not stand (QA round 23 E1). Which
  // version it offered decides the next check (knowledge.md Fix 7, "What else a senior engineer checks").
  const ambiguousReset = high && !refused.length && !versionSaid10 ? both(obs, 'capture-clienthello-record-tls10', ['capture-reset-after-clienthello', 'capture-alert-after-clienthello']) : [];
  if (ambiguousReset.length) {
    const resetSubjects = new Set(ambiguousReset.map((o) => o.subject ?? ''));
    const okSubjects = new Set(verified.map((o) => o.subject ?? ''));
    const lastReset = lastIndex(obs, (o) => (o.code === 'capture-reset-after-clienthello' || o.code === 'capture-alert-after-clienthello') && resetSubjects.has(o.subject ?? ''));
    const lastOk = lastIndex(obs, (o) => o.code === 'capture-serverhello' && okSubjects.has(o.subject ?? ''));
    if (lastReset > lastOk) out.push(helloResetUnsettled(level === 'high' ? 'high' : 'medium-high', ambiguousReset));
  }

  // (The TLS 1.2 accepted in a capture before the newest one's reset is shown as the earlier capture's, not as now.)
  if (verified.length && (refusedLast || out.some((f) => f.code === 'evidence-capture-hello-reset-unsettled'))) {
    out.push(
      finding('evidence-capture-fix-verified-earlier', 'info', L('Earlier capture: TLS 1.2 worked then', '以前のキャプチャ：その時点では TLS 1.2 が動作していました'), [
        L(
          'Before the reset above (in an earlier capture, or earlier in the same one), the client offered TLS 1.2 and the server accepted it. The newest connection was reset instead, so this is no longer the current state: go by the newest capture.',
          '上のリセットより前（以前のキャプチャ、または同じキャプチャの前の部分）では、クライアントが TLS 1.2 を提示し、サーバが受け入れていました。最新の接続はリセットされているので、これは現在の状態ではありません。最新のキャプチャに基づいて判断してください。',
        ),
        evidenceBody(verified),
      ]),
    );
  } else if (verified.length) {
    out.push(
      finding('evidence-capture-fix-verified', 'info', L('The capture shows TLS 1.2 working', 'キャプチャでは TLS 1.2 が動作しています'), [
        L(
          'The client offered TLS 1.2 and the server accepted it: at the TLS level these connections work. If TMS still shows "No HTTPS response", use Force Refresh on the system in Systems > Navigator.',
          'クライアントが TLS 1.2 を提示し、サーバが受け入れました。TLS のレベルではこれらの接続は正常です。TMS にまだ「No HTTPS response」と表示される場合は、Systems > Navigator で対象システムの Force Refresh を実行してください。',
        ),
        evidenceBody(verified),
      ]),
    );
  }

  if (certRejected.length) out.push(certificateRejected(level, certRejected));
  if (clientEnded.length) out.push(clientEndedAfterServerHello(level, clientEnded));
  if (clientReset.length) out.push(clientResetFinding(clientReset));
  if (ssl3Hello.length) out.push(ssl3HelloFinding(ssl3Hello));

  if (tls12Refused.length) {
    const alert40 = obs.some((o) => o.code === 'capture-alert-after-clienthello' && /handshake_failure, 40/.test(o.detail.en));
    out.push(
      finding('evidence-capture-tls12-refused', 'warning', L('TLS 1.2 is offered and still refused', 'TLS 1.2 を提示しても拒否されています'), [
        ...(high
          ? [
              L(
                `The TLS version part is fixed: at ${level === 'high' ? 'High' : 'Medium-High'} TMS offers TLS 1.2, as the capture shows, so the registry and the level are not what is refused now.`,
                `TLS バージョンの問題は解決済みです。キャプチャのとおり、${level === 'high' ? 'High' : 'Medium-High'} の TMS は TLS 1.2 を提示しているので、いま拒否されている原因はレジストリやレベルではありません。`,
              ),
            ]
          : []),
        L(
          'This is not the TLS 1.0 problem: the client already offers TLS 1.2. Check the endpoint side (xConfiguration NetworkServices HTTPS Server MinimumTLSVersion and NetworkServices HTTP Mode) and the cipher suites: after hardening with a GPO or IIS Crypto, a cipher-suite mismatch gives a RST or alert 40 even at TLS 1.2. On the TMS server, Schannel event 36871, and also 36887 (a fatal alert received from the endpoint, with its alert number), tell which: 36874 is logged only for connections coming TO the server, not for TMS polling an endpoint.',
          'これは TLS 1.0 の問題ではありません。クライアントはすでに TLS 1.2 を提示しています。エンドポイント側（xConfiguration NetworkServices HTTPS Server MinimumTLSVersion と NetworkServices HTTP Mode）と暗号スイートを確認してください。GPO や IIS Crypto で強化した後は、暗号スイートが合わないと TLS 1.2 でも RST やアラート 40 になります。TMS サーバの Schannel イベント 36871 と、あわせて 36887（エンドポイントから受信した致命的なアラート、アラート番号つき）で区別できます。36874 はサーバへの受信接続でだけ記録され、TMS からエンドポイントへのポーリングでは記録されません。',
        ),
        ...(alert40
          ? [
              L(
                'The alert here is 40 (handshake_failure): at TLS 1.2 that points to the cipher suites, most often a GPO or IIS Crypto hardening of the TMS server that left no suite the endpoint accepts. Compare the suites the TMS server offers (the ClientHello\'s cipher list, or the SSL Cipher Suite Order policy) with those the endpoint accepts.',
                'ここでのアラートは 40（handshake_failure）です。TLS 1.2 でのこのアラートは暗号スイートの問題を示しており、多くは GPO や IIS Crypto による TMS サーバの強化で、エンドポイントが受け付けるスイートが残っていない場合です。TMS サーバが提示するスイート（ClientHello の暗号スイート一覧、または SSL 暗号の順位のポリシー）と、エンドポイントが受け付けるスイートを比べてください。',
              ),
            ]
          : []),
        ...(level === 'high'
          ? [
              L(
                'At High TMS also validates the certificates of the systems it manages (per Cisco\'s TMS admin guide: check it there): an endpoint with a self-signed or expired certificate fails even at TLS 1.2.',
                'High では、TMS は管理するシステムの証明書も検証します（Cisco の TMS 管理ガイドで確認してください）。自己署名または期限切れの証明書を使うエンドポイントは、TLS 1.2 でも失敗します。',
              ),
            ]
          : []),
        evidenceBody(tls12Refused),
      ]),
    );
  }

  // At Medium-High or High, a TLS 1.2 hello with no answer in the paste: TMS's side works (the level
  // took effect and Schannel's TLS 1.2 Client is on); what is left is how the endpoint answers it.
  const offered12 = obs.filter((o) => o.code === 'capture-clienthello-tls12');
  if (high && offered12.length && !verified.length && !tls12Refused.length && !certRejected.length && !clientEnded.length) {
    out.push(
      finding('evidence-capture-tls12-offered', 'info', L('TMS offers TLS 1.2: its side works', 'TMS は TLS 1.2 を提示しています（TMS 側は正常です）'), [
        // At High, the certificate validation that level adds (admin guide, a check) comes before the rest.
        ...(level === 'high'
          ? [
              L(
                "At High, TMS also validates the certificate of each system it manages (Cisco TMS Administrator Guide; the TechNote does not cover High: check it in the guide for your release). An endpoint with a self-signed or expired certificate fails at High even though TLS 1.2 is offered, so check this endpoint's certificate first.",
                'High では、TMS は管理対象システムの証明書も検証します（Cisco TMS アドミニストレータ ガイド。TechNote では High は扱われていないため、お使いのリリースのガイドで確認してください）。証明書が自己署名または期限切れのエンドポイントは、TLS 1.2 が提示されていても High では接続に失敗します。まずこのエンドポイントの証明書を確認してください。',
              ),
            ]
          : []),
        L(
          `The capture shows TMS offering TLS 1.2 at ${level === 'high' ? 'High' : 'Medium-High'}, so the level is in effect and Schannel's TLS 1.2 Client side is on: the registry keys and the TMS Tools setting are not what is left. What matters now is how the endpoint answers that hello. Copy the packets right after it as well: a reset or alert 40 (handshake_failure) points to the cipher suites (after GPO or IIS Crypto hardening) or to the endpoint's HTTPS settings (xConfiguration NetworkServices HTTPS Server MinimumTLSVersion, NetworkServices HTTP Mode); a ServerHello means TLS works, and then check the certificate revocation check in TMS Tools and use Force Refresh in Systems > Navigator.`,
          `キャプチャでは TMS が ${level === 'high' ? 'High' : 'Medium-High'} で TLS 1.2 を提示しています。レベルは有効になっており、Schannel の TLS 1.2 の Client 側も有効です。残っている原因はレジストリのキーでも TMS ツールの設定でもありません。次に見るのは、この hello にエンドポイントがどう応答しているかです。hello の直後のパケットも貼ってください。リセットやアラート 40（handshake_failure）なら、暗号スイート（GPO や IIS Crypto による強化の後）か、エンドポイントの HTTPS 設定（xConfiguration NetworkServices HTTPS Server MinimumTLSVersion、NetworkServices HTTP Mode）を確認します。ServerHello が返っていれば TLS は動作しているので、TMS ツールの証明書失効確認を確認し、Systems > Navigator で Force Refresh を実行してください。`,
        ),
        evidenceBody(offered12),
      ]),
    );
  }

  if (noHello.length) {
    out.push(
      finding('evidence-capture-no-clienthello', 'warning', L('TMS connects but sends no ClientHello', 'TMS は接続しますが ClientHello を送っていません'), [
        ...(high
          ? [
              L(
                'At Medium-High TMS should offer TLS 1.2. Sending no ClientHello at all means Schannel has no protocol it may use for the Client side: check that TLS 1.2\\Client has Enabled=1 and DisabledByDefault=0 (a hardening policy or tool may have turned it off).',
                'Medium-High の TMS は TLS 1.2 を提示するはずです。ClientHello をまったく送らないのは、クライアント側で使えるプロトコルが Schannel にないためです。TLS 1.2\\Client が Enabled=1、DisabledByDefault=0 になっているか確認してください（強化ポリシーやツールで無効にされている可能性があります）。',
              ),
            ]
          : levelOpen(facts)
            ? noHelloLevelUnknown(facts)
            : noHelloAtMedium(facts)),
        evidenceBody(noHello),
      ]),
    );
  }

  if (ambiguous.length && !refused.length && !verified.length) {
    out.push(
      finding('evidence-capture-check-version', 'info', L('Check the hello\'s own version', 'hello 自体のバージョンを確認してください'), [
        L(
          'The rows show TLSv1 for the ClientHello, which is the record layer: it does not tell TLS 1.0-only from TLS 1.2. In Wireshark open Handshake Protocol: Client Hello > Version and the supported_versions extension (filter: tls.handshake.type == 1 && tcp.port == 443), or send me the capture file itself.',
          '行には ClientHello が TLSv1 と表示されていますが、これはレコード層のバージョンで、TLS 1.0 のみか TLS 1.2 かは分かりません。Wireshark で Handshake Protocol: Client Hello > Version と supported_versions 拡張を確認するか（フィルタ：tls.handshake.type == 1 && tcp.port == 443）、キャプチャファイルそのものを送ってください。',
        ),
        evidenceBody(ambiguous),
      ]),
    );
  }
  return out;
}

function sql2008r2Local(facts: Facts): boolean {
  return !!facts.sql && facts.sql.year === 2008 && facts.sql.r2 && facts.sqlLocation !== 'remote';
}

/**
 * A SQL Server on the TMS server (or maybe there) known to have no TLS 1.2 support: 2008 R2 without a TLS 1.2 build (or with
 * its build unknown), and 2012 / 2014 builds without TLS 1.2 (RTM / SP1 of 2012, or older than their line's fixed build).
 * knowledge.md: Microsoft's failing case is SSL 3.0 and TLS 1.0 both disabled on a build without TLS 1.2 support, whatever the release.
 */
function sqlWithoutTls12Local(facts: Facts): 'keep-tls10' | 'install-update' | 'upgrade-service-pack' | null {
  if (!facts.sql || facts.sqlLocation === 'remote') return null;
  const st = sqlTlsStatus(facts.sql);
  if (sql2008r2Local(facts) && st.kind === 'keep-tls10' && (st.tls12 === 'no' || st.tls12 === null)) return 'keep-tls10';
  // SQL 2008 (not R2) known to be before its TLS 1.2 build (SP3 or older, or a build below 10.0.6543): the same case (FIX10D).
  if (facts.sql.year === 2008 && !facts.sql.r2 && st.kind === 'keep-tls10' && st.tls12 === 'no') return 'keep-tls10';
  if ((facts.sql.year === 2012 || facts.sql.year === 2014) && (st.kind === 'install-update' || st.kind === 'upgrade-service-pack')) return st.kind;
  return null;
}


/**
 * What TLS 1.0 off on the TMS server means for the SQL Server the conversation knows (the outage case,
 * SQL 2008 R2 without TLS 1.2 on this server, has its own finding, evidence-tls10-off-sql2008r2).
 * knowledge.md: Microsoft's failing case is TLS 1.0 and SSL 3.0 both disabled on a build without TLS 1.2
 * support; a remote SQL Server is not touched by the TMS server's Schannel settings; 2016+ need nothing.
 */
function tls10OffForSql(facts: Facts, st: ReturnType<typeof sqlTlsStatus> | null, ssl3Off = false): LocalizedText {
  if (!facts.sql) {
    if (facts.sqlLocation === 'remote') {
      return L('SQL Server runs on another server, which the TMS server\'s Schannel settings do not touch.', 'SQL Server は別のサーバで動いているため、TMS サーバの Schannel 設定の影響を受けません。');
    }
    return L('If SQL Server 2008 R2 runs on this server, it does need TLS 1.0: tell me the SQL version.', 'このサーバで SQL Server 2008 R2 が動いている場合は TLS 1.0 が必要です。SQL のバージョンを教えてください。');
  }
  const name = formatSql(facts.sql);
  if (facts.sqlLocation === 'remote') {
    return L(`${name} runs on another server, which the TMS server's Schannel settings do not touch: TLS 1.0 off here does not affect it.`, `${name} は別のサーバで動いているため、TMS サーバの Schannel 設定の影響を受けません。ここで TLS 1.0 が無効でも影響はありません。`);
  }
  const k = st ?? sqlTlsStatus(facts.sql);
  if (k.kind === 'keep-tls10' && k.tls12 === 'yes') {
    // 2008 / 2008 R2 with a TLS 1.2 build: the document's "keep TLS 1.0 on" was written for builds without it; Microsoft's failing
    // case does not apply. Both said, neither weakened: check before turning TLS 1.0 off (QA41 #2; agrees with the SQL caveat card).
    return L(
      `${name} supports TLS 1.2, so Microsoft's failing case (a build without TLS 1.2 support) does not apply to it. The document still says to keep TLS 1.0 on for SQL Server ${facts.sql.year}${facts.sql.r2 ? ' R2' : ''}: if TLS 1.0 was turned off on purpose, check that the SQL service runs and that TMS reaches its database before leaving it off; otherwise turn it back on.`,
      `${name} は TLS 1.2 に対応しているため、Microsoft が挙げている障害の条件（TLS 1.2 に対応していないビルド）には当たりません。ただしドキュメントは SQL Server ${facts.sql.year}${facts.sql.r2 ? ' R2' : ''} では TLS 1.0 を有効のままにするよう求めています。意図して TLS 1.0 を無効にした場合は、そのままにする前に SQL サービスが動いていること、TMS がデータベースに接続できていることを確認してください。そうでなければ有効に戻してください。`,
    );
  }
  if (k.kind === 'nothing-needed' || k.kind === 'has-tls12') {
    return L(`${name} supports TLS 1.2, so TLS 1.0 off does not stop it (Microsoft's failing case is a build without TLS 1.2 support).`, `${name} は TLS 1.2 に対応しているため、TLS 1.0 が無効でも停止しません（Microsoft が挙げている障害の条件は、TLS 1.2 に対応していないビルドの場合です）。`);
  }
  if (k.kind === 'keep-tls10' && k.tls12 === 'early') {
    return L(
      `${name} is one of the first TLS 1.2 builds: TLS 1.0 off does not stop it, but these builds can terminate intermittently (Microsoft KB3146034): move it to a later build.`,
      `${name} は TLS 1.2 に対応した最初期のビルドです。TLS 1.0 が無効でも停止はしませんが、このビルドは断続的に停止することがあるため（Microsoft KB3146034）、より新しいビルドに更新してください。`,
    );
  }
  const here = facts.sqlLocation === 'local' ? L('', '') : L(' (if it runs on this server)', '（このサーバで動いている場合）');
  if (k.kind === 'install-update' || k.kind === 'upgrade-service-pack' || (k.kind === 'keep-tls10' && k.tls12 === 'no')) {
    // Known to lack TLS 1.2 support: said, with what to check (whether SSL 3.0 is off too is not known here).
    return L(
      `${name}${here.en} has no TLS 1.2 support: with TLS 1.0 off here it fails to start as soon as SSL 3.0 is off too (Microsoft KB3135244; SSL 3.0 is off by default from Windows Server 2016 on). Check that its service runs, and bring it to a build with TLS 1.2 support.`,
      `${name}${here.ja}は TLS 1.2 に対応していません。このサーバでは TLS 1.0 が無効なので、SSL 3.0 も無効なら起動できなくなります（Microsoft KB3135244。SSL 3.0 は Windows Server 2016 以降では既定で無効です）。サービスが動いているか確認し、TLS 1.2 に対応したビルドに更新してください。`,
    );
  }
  // The build decides (2012/2014 with the build not given, 2005/2008 build unknown). With SSL 3.0 read as off too, what to do
  // for a build without TLS 1.2 is said (re-enable TLS 1.0), still as a check of the build, not as a fact about it.
  const both = ssl3Off
    ? L(
        ' SSL 3.0 is off here too: if the build has no TLS 1.2 support, this server is in that case, so re-enable TLS 1.0 (Client and Server) before anything else and check that the SQL service runs.',
        'このサーバでは SSL 3.0 も無効です。ビルドが TLS 1.2 に対応していなければまさにこの状態なので、何よりも先に TLS 1.0 を（Client と Server で）有効に戻し、SQL サービスが動いているか確認してください。',
      )
    : L('', '');
  return L(
    `${facts.sqlLocation === 'local' ? `Check the build of ${name}` : `If ${name} runs on this server, check its build`} (\`SELECT @@VERSION\`): a build without TLS 1.2 support fails to start when TLS 1.0 and SSL 3.0 are both disabled (Microsoft KB3135244), and TLS 1.0 is off here.${both.en}`,
    `${facts.sqlLocation === 'local' ? `${name} の` : `${name} がこのサーバで動いている場合は、その`}ビルドを確認してください（\`SELECT @@VERSION\`）。TLS 1.2 に対応していないビルドは、TLS 1.0 と SSL 3.0 の両方が無効だと起動できなくなります（Microsoft KB3135244）。このサーバでは TLS 1.0 が無効です。${both.ja}`,
  );
}

/**
 * When turning TLS 1.0 back on takes effect (QA41 #6). knowledge.md (Fix step 4): Schannel applies a protocol change to
 * credential handles acquired after it, so restarting the processes that use it may be enough, and a reboot is the safe,
 * usual way; it says nothing of SQL Server in particular, so the reboot is given, and restarting the processes (SQL Server,
 * IIS, the TMS services: TMS reaches SQL as a Schannel client too) only as "may be enough".
 */
const TLS10_TAKES_EFFECT = L(
  'Importing it is a registry change, and Schannel applies it only to connections set up after the processes using it restart: reboot the server once after the import (the sure way; restarting every process that uses Schannel, the SQL Server service, IIS and the TMS services, may be enough), then check that the SQL service runs and that TMS reaches its database.',
  'これはレジストリの変更で、Schannel はそれを使うプロセスが再起動した後の接続にだけ適用します。インポートの後にサーバを 1 回再起動し（確実な方法。Schannel を使うすべてのプロセス、つまり SQL Server のサービス、IIS、TMS のサービスの再起動で足りる場合もあります）、SQL サービスが動いていて TMS がデータベースに接続できることを確認してください。',
);

function registryFindings(facts: Facts, obs: Observation[], drop: Set<string>): Finding[] {
  const out: Finding[] = [];
  const has = (code: string) => obs.some((o) => o.code === code);
  const of = (code: string) => obs.filter((o) => o.code === code);
  if (has('schannel-tls12-client-disabled') || has('schannel-tls12-client-partial')) {
    const d = facts.windows ? windowsSchannelDefaults(facts.windows) : null;
    // A cause found, not a step (QA63 #16: "1. The registry keeps TLS 1.2 off for TMS" led the numbered steps): the step that
    // acts on it is "Enable TLS 1.2 in the Schannel registry", which this card points to.
    out.push(
      finding('evidence-schannel-tls12-client-off', 'info', L('The registry keeps TLS 1.2 off for TMS', 'レジストリで TMS の TLS 1.2 が無効になっています'), [
        L(
          `The TLS 1.2\\Client keys are not Enabled=1 and DisabledByDefault=0, so TMS cannot offer TLS 1.2 even at Medium-High. The keys win over the Windows default${d?.tls12 ? ` (on for ${formatWindows(facts.windows!)})` : ''}: the registry step below is required, not a check.`,
          `TLS 1.2\\Client のキーが Enabled=1、DisabledByDefault=0 になっていないため、Medium-High にしても TMS は TLS 1.2 を提示できません。キーの値は Windows の既定値${d?.tls12 ? `（${formatWindows(facts.windows!)} では有効）` : ''}より優先されます。下記のレジストリ手順は確認ではなく必須です。`,
        ),
        evidenceBody([...of('schannel-tls12-client-disabled'), ...of('schannel-tls12-client-partial')]),
      ]),
    );
  } else if (has('schannel-tls12-client-enabled')) {
    // TLS 1.0 to be turned back on for the SQL Server here (the card below gives its .reg): that is a registry change, so the
    // registry is not "no change, no reboot" (QA41 #6); only the TLS 1.2 keys are.
    const tls10Back = has('schannel-tls10-disabled') && sqlWithoutTls12Local(facts) !== null;
    out.push(
      finding('evidence-schannel-tls12-client-on', 'info', L('The TLS 1.2 registry keys are already right', 'TLS 1.2 のレジストリキーはすでに正しく設定されています'), [
        tls10Back
          ? L(
              'TLS 1.2\\Client is enabled (Enabled non-zero, DisabledByDefault=0): the TLS 1.2 keys need no change for this fix. Turning TLS 1.0 back on for the SQL Server (below) is a registry change of its own, with its own restart. Raising the level in TMS Tools and restarting the TMS services is what remains for TLS 1.2.',
              'TLS 1.2\\Client は有効です（Enabled が 0 以外、DisabledByDefault=0）。この対処のために TLS 1.2 のキーを変更する必要はありません。ただし、SQL Server のために TLS 1.0 を有効に戻すこと（下記）はそれ自体がレジストリの変更で、そのための再起動が必要です。TLS 1.2 について残るのは、TMS ツールでのレベル変更と TMS サービスの再起動です。',
            )
          : facts.level === 'medium-high' || facts.level === 'high'
            ? L(
                // (QA62 #8) The level is already raised: nothing to raise; what is left is said by the level's own card.
                'TLS 1.2\\Client is enabled (Enabled non-zero, DisabledByDefault=0): the registry needs no change for this fix, and no reboot for it. The level is already raised too, so nothing is left to change there: see the card on the level for what to check.',
                'TLS 1.2\\Client は有効です（Enabled が 0 以外、DisabledByDefault=0）。この対処のためのレジストリ変更は不要で、そのための再起動も要りません。レベルもすでに上げてあるので、そこで変更することは残っていません。確認すべき点はレベルについての項目を参照してください。',
              )
            : MH(
              'TLS 1.2\\Client is enabled (Enabled non-zero, DisabledByDefault=0): the registry needs no change for this fix, and no reboot for it. Raising the level in TMS Tools and restarting the TMS services is what remains.',
              'TLS 1.2\\Client は有効です（Enabled が 0 以外、DisabledByDefault=0）。この対処のためのレジストリ変更は不要で、そのための再起動も要りません。残るのは TMS ツールでのレベル変更と TMS サービスの再起動です。',
            ),
        // The values as pasted ("Enabled=0xffffffff" from IIS Crypto is not rewritten as 1).
        evidenceBody(of('schannel-tls12-client-enabled')),
      ]),
    );
    drop.add('enable-tls11-12-registry');
    drop.add('reboot-server');
    // Nothing left to change in the registry: no backup to lead with (knowledge.md Fix 2 backs up before the registry edit; QA60 #16).
    if (!tls10Back && !otherRegistryChange(has)) drop.add('backup-registry-first');
  } else if (has('schannel-keys-absent')) {
    const w = facts.windows;
    // One key named missing (reg query of TLS 1.2\Client, Get-ItemProperty of TLS 1.2): the other Protocols keys were not shown.
    const title = of('schannel-keys-absent').some((o) => /^The key /.test(o.detail.en))
      ? L('No TLS 1.2 key: the Windows default applies to TLS 1.2', 'TLS 1.2 のキーはなく、TLS 1.2 には Windows の既定値が適用されます')
      : L('No Schannel protocol keys: the Windows defaults apply', 'Schannel のプロトコルキーはなく、Windows の既定値が適用されます');
    if (w) {
      const d = windowsSchannelDefaults(w);
      out.push(
        finding('evidence-schannel-defaults', d.tls12 ? 'info' : 'action', title, [
          d.tls12
            ? L(`On ${formatWindows(w)} TLS 1.2 is on by default, so the keys are not needed for TMS to offer TLS 1.2.`, `${formatWindows(w)} では TLS 1.2 は既定で有効なので、TMS が TLS 1.2 を提示するためにキーは必要ありません。`)
            : L(`On ${formatWindows(w)} TLS 1.2 is off by default: the registry keys below are required.`, `${formatWindows(w)} では TLS 1.2 は既定で無効です。下記のレジストリキーは必須です。`),
        ]),
      );
      if (d.tls12) {
        drop.add('enable-tls11-12-registry');
        drop.add('reboot-server');
        if (!(has('schannel-tls10-disabled') && sqlWithoutTls12Local(facts) !== null) && !otherRegistryChange(has)) drop.add('backup-registry-first');
      }
    } else {
      out.push(
        finding('evidence-schannel-defaults', 'info', title, [
          L('Whether TLS 1.2 is on then depends on the Windows Server release (off by default on 2008 R2, on from 2012). Which release is the TMS server?', 'その場合 TLS 1.2 が有効かどうかは Windows Server のリリースによります（2008 R2 では既定で無効、2012 以降は有効）。TMS サーバのリリースはどれでしょうか。'),
        ]),
      );
    }
  }
  if (has('schannel-tls10-disabled')) {
    const st = sql2008r2Local(facts) ? sqlTlsStatus(facts.sql!) : null;
    const noTls12 = sqlWithoutTls12Local(facts);
    if (noTls12) {
      // Microsoft's failing case (KB3135244 FAQ): SSL 3.0 and TLS 1.0 both disabled on the server side (SQL accepts connections).
      // TLS 1.0 Server off is read from the registry; SSL 3.0 Server off from the registry, or the Windows default from 2016 on.
      const tls10Server = of('schannel-tls10-disabled').some((o) => /^Schannel TLS 1\.0 (?:Client and )?Server\b/.test(o.detail.en));
      const ssl3Server = of('schannel-ssl3-disabled').some((o) => /^Schannel SSL 3\.0 (?:Client and )?Server\b/.test(o.detail.en));
      const ssl3: 'off' | 'default-off' | 'on' | 'unknown' = ssl3Server ? 'off' : !facts.windows ? 'unknown' : facts.windows.year >= 2016 ? 'default-off' : 'on';
      // The build of a 2008 R2 not given: its TLS 1.2 support is to be checked, not stated (knowledge.md).
      const st08 = sql2008r2Local(facts) ? sqlTlsStatus(facts.sql!) : null;
      const buildUnknown = !!st08 && st08.kind === 'keep-tls10' && st08.tls12 === null;
      const ifNoTls12 = buildUnknown ? L('if the build has no TLS 1.2 support, ', 'ビルドが TLS 1.2 に対応していなければ、') : L('', '');
      // TLS 1.0 off on the Client side only, with SSL 3.0 on: not the case Microsoft names (the title stays; the weight is not critical).
      const notTheCase = !tls10Server && ssl3 === 'on';
      const ssl3Said = !tls10Server
        ? ssl3 === 'off'
          ? L(
              `; SSL 3.0 is disabled here too, but TLS 1.0 is off on the Client side only: check TLS 1.0\\Server, as with it off as well ${ifNoTls12.en}this server is in that case`,
              `。このサーバでは SSL 3.0 も無効ですが、TLS 1.0 が無効なのは Client 側だけです。TLS 1.0\\Server も確認してください。それも無効なら、${ifNoTls12.ja}まさにこの状態です`,
            )
          : ssl3 === 'default-off'
            ? L(
                `; on ${formatWindows(facts.windows!)} SSL 3.0 is off by default, and TLS 1.0 is off on the Client side only: check TLS 1.0\\Server, as with it off as well ${ifNoTls12.en}this server is in that case`,
                `。${formatWindows(facts.windows!)} では SSL 3.0 が既定で無効で、TLS 1.0 が無効なのは Client 側だけです。TLS 1.0\\Server も確認してください。それも無効なら、${ifNoTls12.ja}まさにこの状態です`,
              )
            : L('', '')
        : ssl3 === 'off'
          ? L(`; SSL 3.0 is disabled here too, so ${ifNoTls12.en}this server is in that case`, `。このサーバでは SSL 3.0 も無効なので、${ifNoTls12.ja}まさにこの状態です`)
          : ssl3 === 'default-off'
            ? L(
                `; on ${formatWindows(facts.windows!)} SSL 3.0 is off by default, so unless it was turned back on ${ifNoTls12.en}this server is in that case`,
                `。${formatWindows(facts.windows!)} では SSL 3.0 が既定で無効なので、有効に戻していない限り、${ifNoTls12.ja}まさにこの状態です`,
              )
            : L('', '');
      // The release in the title ("SQL Server 2012 needs it"), and what gives it TLS 1.2 (knowledge.md, SQL caveats).
      const release = `SQL Server ${facts.sql!.year}${facts.sql!.r2 ? ' R2' : ''}`;
      const later =
        noTls12 === 'upgrade-service-pack'
          ? L(
              `For TLS 1.2 in SQL, ${release} needs a service-pack upgrade (SP4 is the simplest; there is no TLS 1.2 update for 2012 RTM or SP1): a SQL change with its own maintenance window, later.`,
              `SQL で TLS 1.2 を使うには ${release} のサービスパックの更新が必要です（SP4 が最も簡単です。2012 RTM と SP1 には TLS 1.2 の更新プログラムがありません）。これは別のメンテナンス枠で行う SQL の変更で、後で行います。`,
            )
          : noTls12 === 'install-update'
            ? L(
                `For TLS 1.2 in SQL, ${release} needs the TLS 1.2 update of its line (KB3052404; builds in KB3135244), later.`,
                `SQL で TLS 1.2 を使うには、後で ${release} にその系列の TLS 1.2 更新プログラム（KB3052404。ビルドは KB3135244）を適用する必要があります。`,
              )
            : facts.sql!.year === 2008 && !facts.sql!.r2
              ? L(`For TLS 1.2 in SQL, 2008 SP4 from build ${SQL2008_TLS12_BUILD} is needed.`, `SQL で TLS 1.2 を使うには、ビルド ${SQL2008_TLS12_BUILD} 以降の 2008 SP4 が必要です。`)
              : L('For TLS 1.2 in SQL, 2008 R2 SP3 from build 10.50.6542.0 is needed.', 'SQL で TLS 1.2 を使うには、ビルド 10.50.6542.0 以降の 2008 R2 SP3 が必要です。');
      const opening = buildUnknown
        ? L(
            `${formatSql(facts.sql!)} on this server needs TLS 1.0 unless its build is 10.50.6542.0 or later (check with \`SELECT @@VERSION\`), as builds before that have no TLS 1.2 support`,
            `このサーバの ${formatSql(facts.sql!)} は、ビルドが 10.50.6542.0 以降でない限り TLS 1.0 を必要とします（\`SELECT @@VERSION\` で確認してください）。それより前のビルドは TLS 1.2 に対応していません`,
          )
        : L(
            `${formatSql(facts.sql!)} on this server has no TLS 1.2 support, so it needs TLS 1.0`,
            `このサーバの ${formatSql(facts.sql!)} は TLS 1.2 に対応していないため、TLS 1.0 を必要とします`,
          );
      const notCase = L(
        ` Here TLS 1.0 is off on the Client side only, and TLS 1.0 Server and SSL 3.0 are on${facts.windows ? ` (SSL 3.0 by default on ${formatWindows(facts.windows)})` : ''}: that is not the case Microsoft names. Check that TLS 1.0\\Server and SSL 3.0 stay enabled, that the SQL service runs and that TMS still reaches its database (it connects to SQL as a client). The document asks to keep TLS 1.0 on for this SQL.`,
        `ここで TLS 1.0 が無効なのは Client 側だけで、TLS 1.0 Server と SSL 3.0 は有効です${facts.windows ? `（SSL 3.0 は ${formatWindows(facts.windows)} の既定）` : ''}。これは Microsoft が挙げている条件ではありません。TLS 1.0\\Server と SSL 3.0 が有効のままであること、SQL サービスが動いていること、TMS がデータベースに接続できていること（TMS はクライアントとして SQL に接続します）を確認してください。ドキュメントはこの SQL のために TLS 1.0 を有効のままにするよう求めています。`,
      );
      out.push(
        finding('evidence-tls10-off-sql2008r2', notTheCase ? 'warning' : 'critical', of('schannel-tls10-disabled').every((o) => CURL_INFERENCE.test(o.detail.en)) ? L(`TLS 1.0 looks off, and ${release} needs it: check the keys`, `TLS 1.0 が無効になっているようですが、${release} はそれを必要としています：キーを確認してください`) : L(`TLS 1.0 is off, and ${release} needs it`, `TLS 1.0 が無効ですが、${release} はそれを必要としています`), [
          L(
            `${opening.en}: with TLS 1.0 and SSL 3.0 both disabled on the server side, the case Microsoft names, its service stops and does not start (event 26011)${ssl3Said.en}.${notTheCase ? notCase.en : ''} Re-enable TLS 1.0 (both sides)${buildUnknown ? ' until the build is known' : ''}, then start the SQL service if it stopped. ${TLS10_TAKES_EFFECT.en} Do not change SSL 3.0 as part of this. ${later.en}`,
            `${opening.ja}。Microsoft が挙げている条件、つまりサーバ側で TLS 1.0 と SSL 3.0 の両方が無効な状態では、サービスが停止し、起動しなくなります（イベント 26011）${ssl3Said.ja}。${notTheCase ? notCase.ja : ''}${buildUnknown ? 'ビルドが分かるまでは ' : ''}TLS 1.0 を（両方の側で）再度有効にし、SQL サービスが止まっていれば開始してください。${TLS10_TAKES_EFFECT.ja}この作業で SSL 3.0 は変更しないでください。${later.ja}`,
          ),
          evidenceBody(of('schannel-tls10-disabled')),
        ], { literal: TLS10_REENABLE_LITERAL }),
      );
      // The same action as a numbered step, right after the backup (QA54 #6): a checklist read step by step must not skip it. The
      // TLS 1.2 keys' "no reboot" (dropped above) no longer holds: the TLS 1.0 keys change, so the one reboot is a step too.
      out.push(tls10BackStep(release, buildUnknown, notTheCase), { ...rebootServer('reboot', levelChanges(facts.level)), code: TLS10_BACK_REBOOT });
    } else {
      // (FIX61A #5) Only curl.exe's credential error says so: likely, not read from the keys; the title says what to check, and
      // where: the machine curl.exe ran on, as the body does (FIX61F #3; it may not be the TMS server).
      const inferred = of('schannel-tls10-disabled').every((o) => CURL_INFERENCE.test(o.detail.en));
      // (QA62 #2) Only the Server side read off: TMS polling an endpoint is the Client side (knowledge.md), so this says nothing of
      // what TMS sends; at Medium it still sends its TLS 1.0 hello, which the endpoint resets. The Server side is for connections TO
      // this server (inbound HTTPS, Secure-Only mode) and for a SQL Server here without TLS 1.2 support.
      const serverOnly = !inferred && !of('schannel-tls10-disabled').some((o) => /TLS 1\.0 Client\b/.test(o.detail.en));
      if (serverOnly) {
        out.push(
          finding('evidence-schannel-tls10-off', 'info', L('TLS 1.0 is off on the Server side of this server', 'このサーバでは Server 側の TLS 1.0 が無効です'), [
            MH(
              `The Server side is what this server accepts when others connect to it (inbound HTTPS, and Secure-Only mode, where HTTPS runs both ways). When TMS polls an endpoint it is the client, so the Server key does not change what TMS sends: at Medium it still offers TLS 1.0 in its ClientHello, and an endpoint that refuses TLS 1.0 resets it; at Medium-High TMS offers TLS 1.2. ${tls10OffForSql(facts, st, has('schannel-ssl3-disabled')).en}`,
              `Server 側は、ほかのシステムがこのサーバに接続するとき（受信側の HTTPS、HTTPS を双方向で使う Secure-Only モード）に受け付けるプロトコルです。TMS がエンドポイントをポーリングするときは TMS がクライアントなので、Server のキーは TMS が送る内容を変えません。Medium では TMS は引き続き ClientHello で TLS 1.0 を提示し、TLS 1.0 を受け付けないエンドポイントはそれをリセットします。Medium-High では TMS は TLS 1.2 を提示します。${tls10OffForSql(facts, st, has('schannel-ssl3-disabled')).ja}`,
            ),
            evidenceBody(of('schannel-tls10-disabled')),
          ]),
        );
      } else out.push(
        finding('evidence-schannel-tls10-off', 'info', inferred ? L('TLS 1.0 looks disabled on the machine where curl.exe ran: check its Client key', 'curl.exe を実行したマシンでは TLS 1.0 が無効になっているようです：そのマシンの Client キーを確認してください') : L('TLS 1.0 is disabled on this server', 'このサーバでは TLS 1.0 が無効です'), [
          MH(
            `${inferred ? 'If it is, at Medium TMS sends no ClientHello at all' : 'At Medium, TMS then sends no ClientHello at all'}; at Medium-High TMS uses TLS 1.2 and does not need TLS 1.0. ${tls10OffForSql(facts, st, has('schannel-ssl3-disabled')).en}`,
            `${inferred ? '無効であれば、Medium のままでは TMS は ClientHello をまったく送りません' : 'Medium のままでは TMS は ClientHello をまったく送りません'}。Medium-High では TMS は TLS 1.2 を使うので TLS 1.0 は不要です。${tls10OffForSql(facts, st, has('schannel-ssl3-disabled')).ja}`,
          ),
          evidenceBody(of('schannel-tls10-disabled')),
        ]),
      );
    }
  }
  // TLS 1.0 with only DisabledByDefault≠0 (Enabled not 0): knowledge.md calls it not enabled, but does not settle whether TMS's
  // explicit TLS 1.0 request still gets through. Said as a check, with the SQL 2008 R2 point as a check too (not the outage finding).
  if (has('schannel-tls10-not-default') && !has('schannel-tls10-disabled')) {
    const client = of('schannel-tls10-not-default').some((o) => /TLS 1\.0 Client\b/.test(o.detail.en));
    const st = sql2008r2Local(facts) ? sqlTlsStatus(facts.sql!) : null;
    const sqlNeeds = !!st && st.kind === 'keep-tls10' && (st.tls12 === 'no' || st.tls12 === null);
    const sql = sqlNeeds
      ? L(
          ` ${formatSql(facts.sql!)}${facts.sqlLocation === 'local' ? '' : ' (if it runs on this server)'} ${st.tls12 === null ? 'needs TLS 1.0 unless its build is 10.50.6542.0 or later (check with `SELECT @@VERSION`): check' : 'has no TLS 1.2 support and needs TLS 1.0: check'} that its service runs, and before any reboot set TLS 1.0 back to DisabledByDefault=0 (Client and Server), leaving SSL 3.0 as it is.`,
          `${formatSql(facts.sql!)}${facts.sqlLocation === 'local' ? '' : '（このサーバで動いている場合）'}${st.tls12 === null ? 'は、ビルドが 10.50.6542.0 以降でない限り TLS 1.0 が必要です（`SELECT @@VERSION` で確認してください）。' : 'は TLS 1.2 に対応しておらず、TLS 1.0 が必要です。'}サービスが動いているか確認し、再起動の前に TLS 1.0 を DisabledByDefault=0 に戻してください（Client と Server）。SSL 3.0 はそのままにしてください。`,
        )
      : !facts.sql && facts.sqlLocation !== 'remote'
        ? L(' If SQL Server 2008 R2 runs on this server, it needs TLS 1.0: tell me the SQL version.', 'このサーバで SQL Server 2008 R2 が動いている場合は TLS 1.0 が必要です。SQL のバージョンを教えてください。')
        : L('', '');
    out.push(
      finding('evidence-schannel-tls10-not-default', 'info', L('TLS 1.0 is not enabled by default on this server: check what TMS sends', 'このサーバでは TLS 1.0 が既定で有効になっていません：TMS が何を送っているか確認してください'), [
        L(
          `${
            client
              ? 'TLS 1.0\\Client has DisabledByDefault set but Enabled is not 0. With Enabled=0, TMS at Medium sends no ClientHello at all; whether it does the same with only DisabledByDefault set is not certain, since TMS asks for TLS 1.0 itself. A capture on the TMS server settles it: a TCP handshake and no ClientHello, or a TLS 1.0 ClientHello. '
              : 'Only the TLS 1.0 Server side has DisabledByDefault set: that concerns connections coming TO this server, not TMS polling endpoints (the Client side). '
          }At Medium-High TMS uses TLS 1.2 and does not need TLS 1.0.${sql.en}`,
          `${
            client
              ? 'TLS 1.0\\Client には DisabledByDefault が設定されていますが、Enabled は 0 ではありません。Enabled=0 なら Medium の TMS は ClientHello をまったく送りません。DisabledByDefault だけの場合も同じになるかは、TMS 自身が TLS 1.0 を要求するため確かではありません。TMS サーバでキャプチャを取れば分かります（TCP ハンドシェイクのあと ClientHello がないか、TLS 1.0 の ClientHello があるか）。'
              : 'DisabledByDefault が設定されているのは TLS 1.0 の Server 側だけです。これはこのサーバへの受信接続に関わるもので、TMS からエンドポイントへのポーリング（Client 側）には関わりません。'
          }Medium-High では TMS は TLS 1.2 を使うので TLS 1.0 は不要です。${sql.ja}`,
        ),
        evidenceBody(of('schannel-tls10-not-default')),
      ]),
    );
  }
  if (has('schannel-value-wrong-type')) {
    out.push(
      finding('evidence-schannel-wrong-type', 'action', L('Re-create the Schannel values of the wrong type as DWORDs', '型が違う Schannel の値を DWORD として作り直す'), [
        L(
          'Enabled and DisabledByDefault are documented as DWORD values (REG_DWORD). Set as another type (REG_SZ, for example "Enabled"="1" in a .reg, or a QWORD) they may not count, so what was meant by them may have no effect: re-create them as DWORDs, then compare the keys again.',
          'Enabled と DisabledByDefault は DWORD 値（REG_DWORD）として文書化されています。別の型（REG_SZ。.reg では "Enabled"="1" のような書き方。または QWORD）で設定すると数えられない可能性があり、意図した設定が効いていないことがあります。DWORD として作り直し、キーをもう一度確認してください。',
        ),
        evidenceBody(of('schannel-value-wrong-type')),
      ]),
    );
  }
  if (has('netfx-strong-crypto-off') || has('netfx-key-missing')) {
    out.push(
      finding('evidence-netfx-strong-crypto-off', 'action', L('Turn .NET strong crypto on (it is off)', '.NET の強力な暗号化を有効にする（現在は無効です）'), [
        L('.NET 4 code that Communication Security does not govern stays on TLS 1.0 without these values. Set both to 1 in the 64-bit and the 32-bit (Wow6432Node) view.', '通信セキュリティ設定の対象外の .NET 4 のコードは、これらの値がないと TLS 1.0 のままです。64 ビットと 32 ビット（Wow6432Node）の両方で、どちらの値も 1 にしてください。'),
        evidenceBody([...of('netfx-strong-crypto-off'), ...of('netfx-key-missing')]),
      ], { literal: dotnetStrongCryptoFile() }),
    );
  }
  return out;
}

/**
 * A registry change the evidence asks for besides the TLS 1.2 keys (the .NET strong crypto values, a value of the wrong type, the
 * TLS 1.2 Server key off): the backup before the registry edit stays then.
 */
function otherRegistryChange(has: (code: string) => boolean): boolean {
  return has('netfx-strong-crypto-off') || has('netfx-key-missing') || has('schannel-value-wrong-type') || has('schannel-tls12-server-disabled') || has('schannel-key-deleted');
}

/**
 * TLS 1.0 off with a SQL Server on this server that needs it (evidence-tls10-off-sql2008r2): turning it back on, as a step of its own
 * (the card's next action, QA54 #6). The .reg is the finding's; the reboot is the reboot step's.
 */
function tls10BackStep(release: string, buildUnknown: boolean, clientOnly: boolean): Finding {
  return finding(
    TLS10_BACK_STEP,
    'action',
    L(`Turn TLS 1.0 back on for ${release} (Client and Server)`, `${release} のために TLS 1.0 を（Client と Server で）有効に戻す`),
    [
      L(
        `Before any reboot: TLS 1.0 is off on this server, and ${release} here needs it${buildUnknown ? ' unless its build has TLS 1.2 support (`SELECT @@VERSION`)' : ''}${clientOnly ? ' (Microsoft asks to keep TLS 1.0 on for it)' : ': without it, its service can stop and not start again (event 26011)'}. Import the .reg below (TLS 1.0 Client and Server: Enabled=1, DisabledByDefault=0) and leave SSL 3.0 as it is. The reboot step below applies it; after it, check that the SQL service runs and that TMS reaches its database.`,
        `再起動の前に行ってください。このサーバでは TLS 1.0 が無効ですが、ここで動く ${release} は${buildUnknown ? '、ビルドが TLS 1.2 に対応していない限り（`SELECT @@VERSION`）、' : ' '}TLS 1.0 を必要とします${clientOnly ? '（Microsoft はこの SQL のために TLS 1.0 を有効のままにするよう求めています）' : '。ないとサービスが停止し、起動しなくなることがあります（イベント 26011）'}。下の .reg をインポートし（TLS 1.0 の Client と Server：Enabled=1、DisabledByDefault=0）、SSL 3.0 はそのままにしてください。適用されるのは下の再起動の手順のときです。再起動の後、SQL サービスが動いていて TMS がデータベースに接続できることを確認してください。`,
      ),
    ],
    { literal: TLS10_REENABLE_LITERAL },
  );
}

/** The code of that step, and of the one reboot it brings (not the fix's 'reboot-server', which the fix kit reads for the TLS 1.2 keys). */
export const TLS10_BACK_STEP = 'evidence-tls10-back-for-sql';
export const TLS10_BACK_REBOOT = 'evidence-tls10-back-reboot';

/** SQL Server with TLS 1.2 support down on the TMS server: the TLS fix's steps are not given until it runs (answers-misc F). */
const SQL_DOWN_FIX_WAITS = MH(
  'The steps of the fix for "No HTTPS response" (the TLS 1.2 keys, Medium-High, the restarts or a reboot) wait until SQL Server runs again: a TLS change or a reboot now does not bring it back and would hide what stopped it. Tell me once it runs, and I give them.',
  '「No HTTPS response」の対処の手順（TLS 1.2 のキー、Medium-High への変更、サービスやサーバの再起動）は、SQL Server が再び動くまで待ってください。いま TLS の設定を変えたり再起動したりしても SQL Server は戻らず、停止の原因が分からなくなります。動くようになったらお知らせください。そのときに手順をお伝えします。',
);

/** The TLS fix's steps, dropped while SQL Server with TLS 1.2 support is down on the TMS server (answers-misc F). */
const TLS_FIX_STEPS = ['sql-tls12-build-first', 'backup-registry-first', 'enable-tls11-12-registry', 'tms-tools-medium-high', 'reboot-server', 'restart-tms-services', 'verify-tls12-clienthello'];

function eventFindings(facts: Facts, obs: Observation[]): Finding[] {
  const out: Finding[] = [];
  // A 26011 pasted before the user said SQL runs again is history: no recovery to lead with (the SQL caveats stay).
  const sqlEvents = facts.tlsClaims?.sqlDown === false ? [] : obs.filter((o) => o.code === 'event-sql-encryption-init-failed');
  // "SQL Server won't start" said in words (understand/sql-down.ts) is the same outage, with no log line to show.
  const said = sqlEvents.length === 0 && sqlDownSaid(facts);
  if (sqlEvents.length || said) {
    // An outage: how to get SQL running again comes first (src/domain/knowledge/sql-outage.ts);
    // the version, when it is not known, from SQL Server's log (SELECT @@VERSION needs it running).
    const c = sqlOutageCase(facts);
    const body = said ? [...sqlDownSaidLead(facts), ...sqlOutageRecovery(facts)] : [...sqlOutageRecovery(facts), evidenceBody(sqlEvents)];
    // A build with TLS 1.2 support down on the TMS server (answers-misc F): the cause comes first, as the fix kit says; the steps of
    // the TLS fix (keys, Medium-High, a reboot) wait until SQL runs again (applyEvidence drops them): said so.
    if (c === 'not-tls') body.push(SQL_DOWN_FIX_WAITS);
    const severity: Severity = 'critical';
    const literal = c === 'restore' ? TLS10_REENABLE_LITERAL : undefined;
    const title = said
      ? c === 'restore' ? L('SQL Server does not start: get it running first', 'SQL Server が起動しません：まず復旧してください') : L('SQL Server does not start', 'SQL Server が起動しません')
      : c === 'restore' ? L('SQL Server cannot start encryption: get it running first', 'SQL Server が暗号化を開始できません：まず復旧してください') : L('SQL Server cannot start encryption: find the cause first', 'SQL Server が暗号化を開始できません：まず原因を突き止めてください');
    out.push(finding('evidence-sql-encryption-failed', severity, title, body, literal ? { literal } : {}));
  }
  const sch = obs.filter((o) => o.code === 'event-schannel-error');
  if (sch.length) {
    const alerts = sch.flatMap(schannelFatalAlerts);
    // The 36871 part of each line ("36871: … TLS server credential … (state 10013)"), up to the next event.
    const e36871 = sch.map((o) => /\b36871\b[^;]*/.exec(o.detail.en)?.[0] ?? '').filter(Boolean);
    const state10013 = e36871.some((x) => /\bstate 10013\b/.test(x));
    const server36871 = e36871.some((x) => /\bserver side\b|\bTLS server credential\b/.test(x));
    const client36871 = e36871.some((x) => /\bclient side\b|\bTLS client credential\b/.test(x));
    out.push(
      finding('evidence-schannel-events', 'info', L('Schannel refused or failed handshakes on this server', 'このサーバで Schannel がハンドシェイクを拒否または失敗しています'), [
        L(
          'These events come from Windows, not from TMS. Each event\'s own text says which side it was on. 36871: a TLS credential could not be made (the text says client or server; often no protocol allowed). 36874 (no cipher suite in common with a client) is logged only when something connects TO this server, such as to IIS. 36887 and 36888: a fatal alert received from, or sent to, the other side, on either kind of connection: match their time with TMS polling an endpoint. A cipher-suite mismatch gives alert 40 (handshake_failure); 70 is protocol_version in the TLS specification.',
          'これらのイベントは TMS ではなく Windows が記録したものです。どちら側の接続かは、各イベントの本文に書かれています。36871 は TLS の資格情報を作成できなかったこと（本文にクライアントかサーバかが書かれています。多くは使えるプロトコルがない）を示します。36874（クライアントと共通の暗号スイートがない）は、IIS などこのサーバに接続してきた場合にだけ記録されます。36887 と 36888 は接続相手から致命的なアラートを受信した、または相手に送信したことを示し、どちらの向きの接続でも記録されるため、時刻を TMS のエンドポイントへのポーリングと照らし合わせてください。暗号スイートの不一致ではアラート 40（handshake_failure）になります。70 は TLS の仕様で protocol_version です。',
        ),
        // At Medium-High or High (QA50 #9): an event logged before the level was raised (or before the restart) is from the old
        // level, pasted again or still in the log; it says nothing about the new one. Its time decides.
        ...(facts.level === 'medium-high' || facts.level === 'high'
          ? [
              L(
                `Check each event's time first (Date in Event Viewer, TimeCreated in PowerShell). TMS is at ${facts.level === 'high' ? 'High' : 'Medium-High'} now: an event logged before the level was saved and IIS and the TMS services were restarted (or the server rebooted) comes from the old level and says nothing about the new one, even if it is pasted today. Only events logged after that point count: filter the System log (source Schannel) from that time, and match what is left with TMS polling an endpoint.`,
                `まず各イベントの時刻を確認してください（イベント ビューアーの「日付」、PowerShell の TimeCreated）。TMS は現在 ${facts.level === 'high' ? 'High' : 'Medium-High'} です。レベルを保存して IIS と TMS のサービスを再起動する（またはサーバを再起動する）前に記録されたイベントは古いレベルのときのもので、今日貼り付けたものであっても新しいレベルについては何も示しません。意味があるのはそれ以降に記録されたイベントだけです。システム ログ（ソース Schannel）をその時刻以降で絞り込み、残ったイベントを TMS のエンドポイントへのポーリングと照らし合わせてください。`,
              ),
            ]
          : []),
        // 36887 is the alert the other side sent (36888 is this server's own): alert 70 is protocol_version.
        ...(alerts.some((a) => a.event === 36887 && a.alert === 70)
          ? [
              MH(
                `36887 with alert 70 (protocol_version): the other side of a connection refused the TLS version this server offered. When the time matches TMS polling an endpoint, that is the endpoint refusing TMS's hello. ${
                  facts.level === 'medium-high' || facts.level === 'high'
                    ? 'At Medium-High TMS offers TLS 1.2, so check the endpoint\'s minimum (xConfiguration NetworkServices HTTPS Server MinimumTLSVersion) and that TMS really runs at Medium-High since IIS and the TMS services were restarted.'
                    : 'At Medium TMS offers only TLS 1.0, which TC 7.3.6+/CE 8.1+ endpoints refuse: Medium-High, with TLS 1.2 enabled for the Client side, is what TMS needs.'
                }`,
                `アラート 70（protocol_version）の 36887 は、接続相手がこのサーバの提示した TLS のバージョンを拒否したことを示します。時刻が TMS のエンドポイントへのポーリングと一致していれば、エンドポイントが TMS の hello を拒否しています。${
                  facts.level === 'medium-high' || facts.level === 'high'
                    ? 'Medium-High の TMS は TLS 1.2 を提示するので、エンドポイントの最小バージョン（xConfiguration NetworkServices HTTPS Server MinimumTLSVersion）と、IIS と TMS のサービスを再起動してから TMS が本当に Medium-High で動いているかを確認してください。'
                    : 'Medium の TMS は TLS 1.0 しか提示せず、TC 7.3.6 以降 / CE 8.1 以降のエンドポイントはそれを拒否します。TMS に必要なのは、クライアント側で TLS 1.2 を有効にしたうえでの Medium-High です。'
                }`,
              ),
            ]
          : []),
        // Alert 40 (handshake_failure) at Medium-High/High: TMS offers TLS 1.2 there, so not the Medium cause; a cipher-suite
        // mismatch after hardening is the known reason (knowledge.md, "What else a senior engineer checks").
        ...((facts.level === 'medium-high' || facts.level === 'high') && alerts.some((a) => a.alert === 40)
          ? [
              L(
                `Alert 40 (handshake_failure) with TMS at ${facts.level === 'high' ? 'High' : 'Medium-High'}: TMS offers TLS 1.2 there, so this is not the TLS 1.0 (Medium) cause. When its time matches TMS polling an endpoint, the usual reason is that the TMS server and the endpoint share no cipher suite, typically after hardening with a GPO or IIS Crypto: check which TLS 1.2 cipher suites the TMS server still allows (PowerShell Get-TlsCipherSuite, or the GPO's SSL Cipher Suite Order) against what the endpoint offers. Do not undo the Medium-High change for this.`,
                `TMS が ${facts.level === 'high' ? 'High' : 'Medium-High'} のときのアラート 40（handshake_failure）です。このレベルの TMS は TLS 1.2 を提示するので、TLS 1.0（Medium）が原因ではありません。時刻が TMS のエンドポイントへのポーリングと一致していれば、よくある理由は、TMS サーバとエンドポイントに共通の暗号スイートがないことで、GPO や IIS Crypto による強化のあとによく起こります。TMS サーバでまだ許可されている TLS 1.2 の暗号スイート（PowerShell の Get-TlsCipherSuite、または GPO の SSL 暗号スイートの順序）を、エンドポイントが提示するものと比べてください。このために Medium-High の変更を元に戻さないでください。`,
              ),
            ]
          : []),
        // 36871's side is in its text (src/evidence/text.ts names it): a server credential is something serving HTTPS here, not TMS polling.
        ...(server36871
          ? [
              L(
                `The 36871 here is for a TLS server credential: something on this server that serves HTTPS (IIS with TMS's web pages, or systems that connect to TMS in Secure-Only mode) could not get one${state10013 ? ', most often because a protocol or cipher suite it needs is disabled in Schannel for the server side' : ''}. TMS polling endpoints uses the Client side, so this event does not explain "No HTTPS response" by itself: ${client36871 ? 'the client credential event beside it is the one that concerns TMS polling.' : 'look for a 36871 that names a client credential, or take a capture of TMS polling an endpoint.'} If TMS's web pages or Secure-Only systems fail, check the TLS 1.2\\Server keys (Enabled=1, DisabledByDefault=0).`,
                `ここでの 36871 は TLS のサーバの資格情報についてのものです。このサーバで HTTPS を提供しているもの（TMS の Web ページを提供する IIS や、Secure-Only モードで TMS に接続してくるシステム）が資格情報を取得できませんでした${state10013 ? '。多くは、必要なプロトコルや暗号スイートが Schannel のサーバ側で無効になっている場合です' : ''}。TMS からエンドポイントへのポーリングは Client 側を使うので、このイベントだけでは「No HTTPS response」の説明になりません。${client36871 ? 'TMS のポーリングに関わるのは、あわせて記録されているクライアントの資格情報のイベントです。' : 'クライアントの資格情報と書かれた 36871 を探すか、TMS がエンドポイントをポーリングするところをキャプチャしてください。'}TMS の Web ページや Secure-Only のシステムで問題が出ている場合は、TLS 1.2\\Server のキー（Enabled=1、DisabledByDefault=0）を確認してください。`,
              ),
            ]
          : []),
        ...(state10013 && (client36871 || !server36871)
          ? [
              MH(
                `36871 with internal error state 10013${client36871 ? ' for a TLS client credential' : ''} on the TMS server most often means that a protocol (or cipher suite) the program asked for is disabled in Schannel. ${
                  facts.level === 'medium-high' || facts.level === 'high'
                    ? 'At Medium-High TMS asks for TLS 1.2: check that TLS 1.2\\Client has Enabled=1 and DisabledByDefault=0.'
                    : `${client36871 ? '' : 'If the event\'s text says client credential (it concerns programs connecting out, such as TMS polling endpoints): '}TMS at Medium asks for TLS 1.0 only: if TLS 1.0 was disabled on this server, TMS opens the TCP connection and sends no ClientHello at all. Medium-High, with TLS 1.2 enabled for the Client side, is what TMS needs.`
                }`,
                `TMS サーバで内部エラー状態 10013 の 36871${client36871 ? '（TLS のクライアントの資格情報）' : ''}が出る場合、多くはプログラムが要求したプロトコル（または暗号スイート）が Schannel で無効になっています。${
                  facts.level === 'medium-high' || facts.level === 'high'
                    ? 'Medium-High の TMS は TLS 1.2 を要求するので、TLS 1.2\\Client が Enabled=1、DisabledByDefault=0 になっているか確認してください。'
                    : `${client36871 ? '' : 'イベントの本文にクライアントの資格情報と書かれている場合（TMS からエンドポイントへのポーリングなど、外へ接続するプログラムに関わります）：'}Medium の TMS は TLS 1.0 しか要求しません。このサーバで TLS 1.0 が無効にされていると、TMS は TCP 接続だけして ClientHello をまったく送りません。TMS に必要なのは、クライアント側で TLS 1.2 を有効にしたうえでの Medium-High です。`
                }`,
              ),
            ]
          : []),
        evidenceBody(sch),
      ]),
    );
  }
  const dotnet = obs.filter((o) => o.code === 'dotnet-tls-failed');
  if (dotnet.length) {
    // knowledge.md says nothing of TMS's log lines (QA51 #12): the .NET error is consistent with a refused TLS handshake, not
    // proof of one (a cipher-suite mismatch, the revocation check or a certificate end a connection the same way). At Medium it
    // fits the TLS 1.0 refusal, to be confirmed; at Medium-High or High, .NET strong crypto (code Communication Security does not
    // govern) is one check beside the cipher suites and the Schannel events.
    const offers12 = facts.level === 'medium-high' || facts.level === 'high';
    out.push(
      offers12
        ? finding('evidence-dotnet-tls-failed', 'warning', L('TMS\'s .NET code still fails HTTPS connections', 'TMS の .NET のコードで HTTPS 接続がまだ失敗しています'), [
            L(
              'These errors say TMS\'s .NET code could not complete an HTTPS connection (each kind is described below), which is consistent with a failed TLS handshake but does not say why. At Medium-High or High TMS offers TLS 1.2 itself, so check these side by side: .NET strong crypto (without SchUseStrongCrypto and SystemDefaultTlsVersions set to 1 under HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 and its Wow6432Node twin, .NET code that Communication Security does not govern stays on TLS 1.0; check-tls.cmd shows them, paste its output here), the cipher suites (after hardening with a GPO or IIS Crypto a mismatch ends in alert 40 or a reset even at TLS 1.2), the Schannel events in the System log (36871, 36874, 36888), and the certificate revocation check in TMS Tools. A capture of TMS polling an endpoint shows which version the failing connection offered and how it ended.',
              'これらのエラーは、TMS の .NET のコードが HTTPS 接続を確立できなかったことを示しています（種類ごとの内容は下記）。TLS ハンドシェイクの失敗と矛盾しませんが、理由までは分かりません。Medium-High や High では TMS 自体は TLS 1.2 を提示するので、次の点を並べて確認してください。.NET の強力な暗号化（HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 と Wow6432Node 側で SchUseStrongCrypto と SystemDefaultTlsVersions が 1 でないと、[Communication Security] の対象外の .NET のコードは TLS 1.0 のままです。check-tls.cmd で確認でき、出力をここに貼ってください）、暗号スイート（GPO や IIS Crypto で強化したあとは、TLS 1.2 でも不一致でアラート 40 かリセットになります）、System ログの Schannel イベント（36871、36874、36888）、TMS Tools の証明書失効確認です。TMS がエンドポイントをポーリングするところをキャプチャすれば、失敗した接続がどのバージョンを提示し、どう終わったかが分かります。',
            ),
            evidenceBody(dotnet),
          ])
        : finding('evidence-dotnet-tls-failed', 'info', L('TMS\'s log shows failed HTTPS connections', 'TMS のログに HTTPS 接続の失敗が記録されています'), [
            L(
              'These .NET errors say TMS could not complete an HTTPS connection (each kind is described below), which is consistent with an endpoint refusing TMS\'s TLS 1.0 ClientHello, but they are not proof of it: a cipher-suite mismatch, the certificate revocation check or a certificate problem end a connection the same way. To tell, probe the endpoint\'s HTTPS port, or take a capture on the TMS server (a ClientHello at TLS 1.0, 0x0301, answered by a reset is this problem), and check the Communication Security level in TMS Tools (at Medium TMS offers only TLS 1.0).',
              'これらの .NET のエラーは、TMS が HTTPS 接続を確立できなかったことを示しています（種類ごとの内容は下記）。エンドポイントが TMS の TLS 1.0 の ClientHello を拒否した場合と矛盾しませんが、その証拠ではありません。暗号スイートの不一致、証明書失効確認、証明書の問題でも、同じように接続が切れます。見分けるには、エンドポイントの HTTPS ポートをプローブするか、TMS サーバでキャプチャを取得し（TLS 1.0（0x0301）の ClientHello にリセットが返っていればこの問題です）、TMS ツールの [Communication Security] のレベルを確認してください（Medium では TMS は TLS 1.0 しか提示しません）。',
            ),
            evidenceBody(dotnet),
          ]),
    );
  }
  // A TLS client's words for a failed handshake (curl, openssl, a script): what they can and cannot show.
  const refused10 = obs.filter((o) => o.code === 'tool-tls10-refused');
  // At Medium-High or High TMS offers TLS 1.2: a TLS 1.0 refusal is not "the problem, fixed by Medium-High" there (QA52 #1).
  const offers12Now = facts.level === 'medium-high' || facts.level === 'high';
  const atHigh = facts.level === 'high';
  const lvName = facts.level === 'high' ? 'High' : 'Medium-High';
  // The same client, held to TLS 1.2 (or 1.1), completed its handshake ("and with -tls1_2 it works"): the cause confirmed.
  const ok12 = refused10.length ? obs.filter((o) => o.code === 'tool-tls-handshake-ok' && /TLS 1\.[12]/.test(o.detail.en)) : [];
  if (ok12.length) {
    out.push(
      finding('evidence-tool-tls10-refused', 'info', L('Confirmed: TLS 1.0 refused, TLS 1.2 accepted', '確認できました：TLS 1.0 は拒否、TLS 1.2 は受け付け'), [
        offers12Now
          ? L(
              `Held to TLS 1.0 the client was turned away, and held to TLS 1.2 it completed the handshake. If that address is the endpoint itself, not a proxy or a load balancer in front of it, the endpoint is not broken: refusing TLS 1.0 is how TC 7.3.6 and later, CE 8.1 and later and RoomOS behave by design. TMS is at ${lvName}, where it offers TLS 1.2 (with TLS 1.2 on for the Client side in Schannel), which this endpoint accepts: so the TLS version alone does not explain the failure. ${atHigh ? 'At High check the endpoint\'s certificate first (High validates it), then' : 'Check'} what TMS actually offers (a capture of its ClientHello) and the TLS 1.2 Client keys.`,
              `TLS 1.0 に制限したクライアントは拒否され、TLS 1.2 に制限したクライアントはハンドシェイクが成立しています。そのアドレスが前段のプロキシやロードバランサではなくエンドポイント自体であれば、エンドポイントは故障していません。TLS 1.0 の拒否は TC 7.3.6 以降、CE 8.1 以降、RoomOS の仕様どおりの動作です。TMS は ${lvName} で、（Schannel の Client 側で TLS 1.2 が有効なら）このエンドポイントが受け付ける TLS 1.2 を提示するため、TLS のバージョンだけでは失敗を説明できません。${atHigh ? 'High ではまずエンドポイントの証明書を確認し（High は証明書を検証します）、次に ' : ''}TMS が実際に何を提示しているか（ClientHello のキャプチャ）と TLS 1.2 の Client キーを確認してください。`,
            )
          : MH(
              'Held to TLS 1.0 the client was turned away, and held to TLS 1.2 it completed the handshake. If that address is the endpoint itself, not a proxy or a load balancer in front of it, the endpoint is not broken: refusing TLS 1.0 is how TC 7.3.6 and later, CE 8.1 and later and RoomOS behave by design. TMS at Medium offers only TLS 1.0, so this is the problem, and the fix is on the TMS side: TLS 1.2 (Medium-High).',
              'TLS 1.0 に制限したクライアントは拒否され、TLS 1.2 に制限したクライアントはハンドシェイクが成立しています。そのアドレスが前段のプロキシやロードバランサではなくエンドポイント自体であれば、エンドポイントは故障していません。TLS 1.0 の拒否は TC 7.3.6 以降、CE 8.1 以降、RoomOS の仕様どおりの動作です。Medium の TMS は TLS 1.0 しか提示しないため、これがこの問題であり、対処は TMS 側（TLS 1.2、Medium-High）です。',
            ),
        evidenceBody([...refused10, ...ok12]),
      ]),
    );
  } else if (refused10.length) {
    out.push(
      finding('evidence-tool-tls10-refused', 'info', L('A client held to TLS 1.0 was turned away', 'TLS 1.0 だけに制限したクライアントが拒否されました'), [
        offers12Now
          ? L(
              `The client in what you pasted offered TLS 1.0 only, and the other side refused it (a reset, or alert 70). If that address is the endpoint itself, not a proxy or a load balancer in front of it, the endpoint does not accept TLS 1.0. TMS is at ${lvName}, where it offers TLS 1.2, not only TLS 1.0, so this alone does not explain the failure: a test held to TLS 1.2 (openssl s_client -tls1_2) shows whether the endpoint accepts what TMS offers${atHigh ? ', and at High check the endpoint\'s certificate too (High validates it)' : ''}.`,
              `貼っていただいた内容では、クライアントは TLS 1.0 だけを提示し、相手に拒否されています（リセットまたはアラート 70）。そのアドレスが前段のプロキシやロードバランサではなくエンドポイント自体であれば、エンドポイントは TLS 1.0 を受け付けません。ただし TMS は ${lvName} で、TLS 1.0 だけでなく TLS 1.2 を提示するため、これだけでは失敗を説明できません。TLS 1.2 に制限したテスト（openssl s_client -tls1_2）で、TMS が提示するものをエンドポイントが受け付けるか確認してください${atHigh ? '。High ではエンドポイントの証明書も確認してください（High は証明書を検証します）' : ''}。`,
            )
          : L(
              'The client in what you pasted offered TLS 1.0 only, and the other side refused it (a reset, or alert 70). If that address is the endpoint itself, not a proxy or a load balancer in front of it, the endpoint does not accept TLS 1.0, and TLS 1.0 is all TMS offers at Medium: this fits the problem. The endpoint\'s version, or a probe of its HTTPS port, confirms it.',
              '貼っていただいた内容では、クライアントは TLS 1.0 だけを提示し、相手に拒否されています（リセットまたはアラート 70）。そのアドレスが前段のプロキシやロードバランサではなくエンドポイント自体であれば、エンドポイントは TLS 1.0 を受け付けず、Medium の TMS が提示するのは TLS 1.0 だけなので、この問題と一致します。エンドポイントのバージョンか、HTTPS ポートのプローブで確認できます。',
            ),
        evidenceBody(refused10),
      ]),
    );
  }
  // A TLS 1.2 handshake completed by openssl or curl while TMS is already at Medium-High or High (QA58 #11): what that test rules out
  // and what it cannot show (openssl is not Schannel: its cipher suites are not the ones Windows offers for TMS; knowledge.md "What
  // else…": cipher suites after hardening, the Schannel events, a capture of TMS's own hello, the revocation check).
  const ok12Alone = refused10.length ? [] : obs.filter((o) => o.code === 'tool-tls-handshake-ok' && /(?:completed a TLS 1\.2 handshake|held to TLS 1\.2 completed)/.test(o.detail.en));
  if (ok12Alone.length && offers12Now) {
    out.push(
      finding('evidence-tool-tls12-ok-raised', 'info', L('What this TLS 1.2 test rules out, and what it does not', 'この TLS 1.2 のテストで除外できること、できないこと'), [
        L(
          `It rules out the network path from the machine it ran on to the endpoint's HTTPS port (from the TMS server, the path TMS uses) and the endpoint's HTTPS with TLS 1.2: the endpoint accepts what TMS offers at ${lvName}. It does not show what TMS itself sends: openssl and curl do not use Schannel and offer their own cipher suites. So with TMS at ${lvName} and "No HTTPS response" still there, look at the Windows side of TMS's own connection: a capture of TMS polling the endpoint (Client Hello > Version or supported_versions, and how the endpoint answers), the Schannel events in the System log (36871, 36874, 36888), the cipher suites Windows allows (after hardening with a GPO or IIS Crypto a mismatch gives alert 40 or a reset even at TLS 1.2), and the certificate revocation check in TMS Tools${atHigh ? ', and at High the endpoint\'s certificate (High validates it)' : ''}.`,
          `これで除外できるのは、実行したマシンからエンドポイントの HTTPS ポートまでのネットワーク経路（TMS サーバで実行したなら TMS が使う経路）と、エンドポイントの TLS 1.2 での HTTPS です。エンドポイントは、${lvName} の TMS が提示するものを受け付けます。一方、TMS 自体が何を送っているかは分かりません。openssl や curl は Schannel を使わず、独自の暗号スイートを提示するためです。${lvName} なのに「No HTTPS response」が続く場合は、TMS 自身の接続の Windows 側を確認してください。TMS がエンドポイントをポーリングするところのキャプチャ（Client Hello > Version または supported_versions と、エンドポイントの応答）、System ログの Schannel イベント（36871、36874、36888）、Windows で許可されている暗号スイート（GPO や IIS Crypto で強化したあとは、TLS 1.2 でも不一致でアラート 40 かリセットになります）、TMS Tools の証明書失効確認です${atHigh ? '。High ではエンドポイントの証明書も確認してください（High は証明書を検証します）' : ''}。`,
        ),
        evidenceBody(ok12Alone),
      ]),
    );
  }
  // A client that offered TLS 1.2 or later (curl -v names it) and was still turned away: not the TLS 1.0 refusal.
  const refused12 = obs.filter((o) => o.code === 'tool-tls12-refused');
  // A client offering TLS 1.2 and nothing newer (openssl s_client -tls1_2) refused (QA55 #5): TLS 1.2 is the most TMS offers (Medium-High), so with
  // alert 70 raising the level will not reach this endpoint; its own minimum and cipher suites come first (knowledge.md "What else…", endpoint side).
  const held12 = refused12.filter((o) => /offering TLS 1\.2 and nothing newer/.test(o.detail.en));
  if (held12.length) {
    // Only alert 70 (protocol_version) says the TLS version itself was refused. Alert 40 (handshake_failure) or a reset at TLS 1.2 is
    // what a cipher-suite mismatch gives (knowledge.md "What else…"), and openssl's cipher suites are not the ones Schannel offers for
    // TMS: such a refusal does not show that Medium-High will not help; it may not be enough, to be checked (REV31 #2).
    const alert70 = held12.some((o) => /alert 70/.test(o.detail.en));
    const cipherLike = held12.some((o) => /alert 40|reset the connection/.test(o.detail.en));
    // (TMS before 15 has no Medium-High: knowledge.md "TMS before 15".)
    const pre15 = !!facts.tms && !tmsCanBeFixedInPlace(facts.tms);
    const notAlert70 = (): LocalizedText => {
      const en = [
        'The client offered TLS 1.2 and nothing newer, as TMS at Medium-High does, and the other side turned it away, but not with alert 70 (protocol_version), the answer that says the TLS version itself is refused.',
        cipherLike
          ? 'A handshake failure (alert 40) or a reset even at TLS 1.2 is what a cipher-suite mismatch gives, for example after hardening with a GPO or IIS Crypto.'
          : 'What ended it does not say why.',
        'openssl offers its own cipher suites, not the ones Schannel on the TMS server offers for TMS, so this test does not show how the endpoint answers TMS\'s own TLS 1.2 hello.',
        pre15
          ? `${formatTms(facts.tms!)} (before 15) offers only TLS 1.0 and has no Communication Security option: such an endpoint needs TMS upgraded to 15.x and then Medium-High, and even that may not be enough here:`
          : offers12Now
          ? `TMS at ${lvName} already offers TLS 1.2, and that may not be enough here:`
          : 'Below Medium-High TMS does not offer TLS 1.2 (at Medium it offers only TLS 1.0), and TC 7.3.6 and later, CE 8.1.0 and later and RoomOS refuse TLS 1.0, so such an endpoint still needs Medium-High; it may not be enough here:',
        'check the endpoint\'s minimum (xConfiguration NetworkServices HTTPS Server MinimumTLSVersion), the cipher suites on both sides, and the Schannel events in the TMS server\'s System log (36871, 36874, 36888). A capture of TMS\'s own ClientHello and the endpoint\'s answer settles it. Check too that the address is the endpoint itself, not a device in front of it.',
      ].join(' ');
      const ja = [
        'クライアントは Medium-High の TMS と同じく TLS 1.2 までを提示し、相手に拒否されていますが、TLS のバージョンそのものを拒否したことを示すアラート 70（protocol_version）ではありません。',
        cipherLike
          ? 'TLS 1.2 でもハンドシェイク失敗（アラート 40）やリセットになるのは、GPO や IIS Crypto での強化後などに暗号スイートが一致しない場合です。'
          : 'この終わり方からは理由が分かりません。',
        'openssl は独自の暗号スイートを提示し、TMS サーバの Schannel が TMS のために提示するものとは異なるため、このテストでは TMS 自身の TLS 1.2 の ClientHello にエンドポイントがどう応えるかは分かりません。',
        pre15
          ? `${formatTms(facts.tms!)}（15 より前）は TLS 1.0 しか提示せず、Communication Security の設定もありません。このようなエンドポイントには TMS を 15.x にアップグレードしてから Medium-High にする必要があり、それでも足りない可能性があります。`
          : offers12Now
          ? `TMS は ${lvName} で既に TLS 1.2 を提示していますが、それだけでは足りない可能性があります。`
          : 'Medium-High より下の TMS は TLS 1.2 を提示せず（Medium では TLS 1.0 だけ）、TC 7.3.6 以降、CE 8.1.0 以降、RoomOS は TLS 1.0 を拒否するため、このようなエンドポイントには Medium-High がやはり必要です。ただし、それだけでは足りない可能性があります。',
        'エンドポイントの最小バージョン（xConfiguration NetworkServices HTTPS Server MinimumTLSVersion）、双方の暗号スイート、TMS サーバの System ログの Schannel イベント（36871、36874、36888）を確認してください。TMS 自身の ClientHello とエンドポイントの応答をキャプチャすれば確定できます。そのアドレスが前段の機器ではなくエンドポイント自体かも確認してください。',
      ].join('');
      return offers12Now || pre15 ? L(en, ja) : MH(en, ja);
    };
    out.push(
      finding(
        'evidence-tool-tls12-refused',
        'warning',
        alert70
          ? L('A client offering TLS 1.2 was refused: Medium-High will not help this endpoint', 'TLS 1.2 を提示したクライアントが拒否されました（Medium-High にしてもこのエンドポイントには届きません）')
          : pre15
            ? L('A client offering TLS 1.2 was refused: TLS 1.2 may not be enough here', 'TLS 1.2 を提示したクライアントが拒否されました（TLS 1.2 だけでは足りない可能性があります）')
            : L('A client offering TLS 1.2 was refused: Medium-High may not be enough here', 'TLS 1.2 を提示したクライアントが拒否されました（Medium-High だけでは足りない可能性があります）'),
        [
          alert70
            ? L(
                'The client offered TLS 1.2 and nothing newer, as TMS at Medium-High does, and the other side answered with alert 70 (protocol_version): it does not accept TLS 1.2. TLS 1.2 is the newest version TMS offers, even at Medium-High, so raising Communication Security will not make this endpoint reachable, and this is not the TLS 1.0 problem for it. If that address is the endpoint itself, check its minimum first: xConfiguration NetworkServices HTTPS Server MinimumTLSVersion (set to TLSv1.3, it refuses everything TMS can offer). Then its cipher suites, and that the address is not a proxy or another device in front of it.',
                'クライアントは Medium-High の TMS と同じく TLS 1.2 までを提示し、相手はアラート 70（protocol_version）で応えています。つまり TLS 1.2 を受け付けていません。TMS が提示する最も新しいバージョンは Medium-High でも TLS 1.2 なので、Communication Security を上げてもこのエンドポイントには接続できず、このエンドポイントについては TLS 1.0 の問題ではありません。そのアドレスがエンドポイント自体であれば、まずその最小バージョン xConfiguration NetworkServices HTTPS Server MinimumTLSVersion を確認してください（TLSv1.3 に設定されていると、TMS が提示できるものをすべて拒否します）。次に暗号スイートと、そのアドレスが前段のプロキシや別の機器でないかを確認してください。',
              )
            : notAlert70(),
          evidenceBody(held12),
        ],
      ),
    );
  } else if (refused12.length) {
    // curl's default hello (TLS 1.3 and 1.2), a plain `openssl s_client` (OpenSSL 1.0.1 and later offer TLS 1.2 or later)
    // turned away (QA60 #6): the endpoint refuses TLS 1.2 too, so "here is the fix" is not settled (tls12RefusedBody).
    out.push(finding(ENDPOINT_REFUSES_TLS12, 'warning', TLS12_REFUSED_TITLE, [tls12RefusedBody(facts, 'tool'), evidenceBody(refused12)]));
  }
  // A scan or a completed handshake (sslscan, nmap, curl, s_client) with an endpoint that still accepts TLS 1.0.
  const accepts10 = obs.filter((o) => o.code === 'endpoint-accepts-tls10');
  if (accepts10.length) {
    const said = facts.endpoint && endpointRefusesTls10(facts.endpoint) ? formatEndpoint(facts.endpoint) : null;
    out.push(
      said
        ? finding('evidence-endpoint-accepts-tls10', 'warning', L('The endpoint you tested accepts TLS 1.0, which does not fit its version', 'テストしたエンドポイントは TLS 1.0 を受け付けており、バージョンと合いません'), [
            L(
              `You said the endpoints run ${said}, which refuses TLS 1.0, but what you pasted shows an endpoint that accepts it. Check that the address tested is the endpoint itself and not a proxy or load balancer in front of it, and which version it runs (Systems > Navigator shows it). If this endpoint really accepts TLS 1.0, its refusing TLS 1.0 is not why TMS fails with it.`,
              `エンドポイントは ${said} とのことで、このバージョンは TLS 1.0 を拒否しますが、貼っていただいた内容では TLS 1.0 を受け付けています。テストしたアドレスが前段のプロキシやロードバランサではなくエンドポイント自体か、どのバージョンで動作しているか（Systems > Navigator で確認できます）を確認してください。このエンドポイントが本当に TLS 1.0 を受け付けるのであれば、TMS が接続できない原因は TLS 1.0 の拒否ではありません。`,
            ),
            evidenceBody(accepts10),
          ])
        : finding('evidence-endpoint-accepts-tls10', 'info', L('The endpoint you tested still accepts TLS 1.0', 'テストしたエンドポイントは TLS 1.0 をまだ受け付けます'), [
            L(
              'TC 7.3.5 and earlier and CE 8.0.x still accept TLS 1.0, so TMS at Medium can connect to such an endpoint: if TMS fails with this one, refusing TLS 1.0 is not why. Check that the address tested is the endpoint itself and not a proxy in front of it.',
              'TC 7.3.5 以前と CE 8.0.x は TLS 1.0 をまだ受け付けるため、Medium の TMS でも接続できます。このエンドポイントに TMS が接続できないのであれば、原因は TLS 1.0 の拒否ではありません。テストしたアドレスが前段のプロキシではなくエンドポイント自体か確認してください。',
            ),
            evidenceBody(accepts10),
          ]),
    );
  }
  // The reverse: a scan refusing TLS 1.0 (or a client held to TLS 1.0 turned away) at an endpoint the user said runs a
  // release that still accepts it (TC 7.3.5 and earlier, CE 8.0.x): the version or the address tested is wrong.
  // (tms-doctor's own probe output pasted back: its rows that saw TLS 1.0 refused and TLS 1.2 accepted, left-e #1.)
  const pastedRows = pastedProbeRefusesTls10(obs);
  const refusesSeen = obs.filter((o) => o.code === 'tool-tls10-refused' || (o.code === 'endpoint-scan-versions' && /; refuses (?:[^.]|\.\d)*?\bTLS 1\.0\b/.test(o.detail.en)) || pastedRows.includes(o));
  if (refusesSeen.length && !accepts10.length && facts.endpoint && endpointRefusesTls10(facts.endpoint) === false) {
    const said = formatEndpoint(facts.endpoint);
    out.push(
      finding('evidence-endpoint-refuses-tls10', 'warning', L('The endpoint you tested refuses TLS 1.0, which does not fit its version', 'テストしたエンドポイントは TLS 1.0 を拒否しており、バージョンと合いません'), [
        L(
          `You said the endpoints run ${said}, which still accepts TLS 1.0, but what you pasted shows an endpoint that refuses it. Check that the address tested is the endpoint itself and not a proxy or load balancer in front of it, and which version it runs now (Systems > Navigator shows it): TC 7.3.6 and later and CE 8.1 and later refuse TLS 1.0. If it really refuses TLS 1.0, this is the TLS 1.0 problem after all: tell me the version it runs and I will give the fix.`,
          `エンドポイントは ${said} とのことで、このバージョンは TLS 1.0 をまだ受け付けますが、貼っていただいた内容では TLS 1.0 を拒否しています。テストしたアドレスが前段のプロキシやロードバランサではなくエンドポイント自体か、現在どのバージョンで動作しているか（Systems > Navigator で確認できます）を確認してください。TC 7.3.6 以降と CE 8.1 以降は TLS 1.0 を拒否します。本当に TLS 1.0 を拒否しているのであれば、やはり TLS 1.0 の問題です。動作しているバージョンを教えていただければ、対処方法をお伝えします。`,
        ),
        evidenceBody(refusesSeen),
      ]),
    );
  }
  const tool = obs.filter((o) => o.code === 'tool-tls-failed');
  if (tool.length) {
    const said = tool.map((o) => o.detail.en).join(' ');
    const reset = /reset/i.test(said);
    const body: LocalizedText[] = [];
    if (reset || /alert 70/.test(said)) {
      body.push(
        L(
          'An endpoint on TC 7.3.6 or later, or CE 8.1 or later, answers a ClientHello that offers only TLS 1.0 with a reset, so this fits the problem, but the line does not say which TLS version the client offered. If it offered TLS 1.2 (curl, PowerShell on a current Windows and browsers do by default) and was still turned away, TLS 1.0 is not why: look at the cipher suites (after hardening with a GPO or IIS Crypto a mismatch ends in a reset or alert 40 even at TLS 1.2) and at the endpoint\'s HTTPS settings.',
          'TC 7.3.6 以降または CE 8.1 以降のエンドポイントは、TLS 1.0 だけを提示する ClientHello にリセットで応えるため、この問題と一致しますが、この行からはクライアントがどの TLS バージョンを提示したかは分かりません。TLS 1.2 を提示して（curl、最近の Windows の PowerShell、ブラウザは既定でそうします）それでも拒否されたのであれば、原因は TLS 1.0 ではありません。暗号スイート（GPO や IIS Crypto で強化したあとは、TLS 1.2 でも不一致でリセットやアラート 40 になります）とエンドポイントの HTTPS の設定を確認してください。',
        ),
      );
    }
    if (/alert 40/.test(said)) {
      body.push(
        L(
          'Alert 40 (handshake_failure) most often means the two sides share no cipher suite, as after hardening with a GPO or IIS Crypto: that happens even at TLS 1.2, so compare the cipher suites the TMS server offers with those the endpoint accepts.',
          'アラート 40（handshake_failure）は、多くの場合、両者に共通の暗号スイートがないことを示します。GPO や IIS Crypto で強化したあとに起き、TLS 1.2 でも発生します。TMS サーバが提示する暗号スイートとエンドポイントが受け付ける暗号スイートを比べてください。',
        ),
      );
    }
    if (!body.length) {
      body.push(
        L(
          'A failed TLS handshake with no reason given fits this problem but does not show it: it does not say which version was offered or why it failed.',
          '理由の示されていない TLS ハンドシェイクの失敗は、この問題と矛盾しませんが、証拠にもなりません。どのバージョンが提示されたのか、なぜ失敗したのかが分からないためです。',
        ),
      );
    }
    body.push(
      L(
        'What settles it: the endpoint\'s software version, a probe of its HTTPS port (it offers each TLS version in turn), or a capture of TMS\'s ClientHello and the answer to it.',
        '判断の決め手になるのは、エンドポイントのソフトウェアバージョン、HTTPS ポートのプローブ（TLS のバージョンを 1 つずつ試します）、または TMS の ClientHello とその応答のキャプチャです。',
      ),
      evidenceBody(tool),
    );
    out.push(finding('evidence-tool-tls-failed', 'info', L('A TLS client\'s failed handshake: it fits, but does not show the cause', 'TLS クライアントのハンドシェイク失敗（矛盾はしませんが、原因は示していません）'), body));
  }
  // The endpoint's HTTPS port answering in plain HTTP (QA55 #2): not "managed over HTTP", a port that does not speak TLS.
  const plain = obs.filter((o) => o.code === 'endpoint-port-plain-http');
  if (plain.length) {
    out.push(
      finding('evidence-port-plain-http', 'warning', L('The HTTPS port is not speaking TLS', 'HTTPS のポートが TLS で応答していません'), [
        PORT_PLAIN_HTTP,
        evidenceBody(plain),
      ]),
    );
  }
  const telnet = obs.filter((o) => o.code === 'tms-telnet-violation');
  if (telnet.length) {
    const low = facts.level === 'medium' || facts.level === 'low';
    out.push(
      low
        ? finding('evidence-contradicts-level', 'warning', L('The Telnet message does not fit the level you named', 'Telnet のメッセージとお聞きしたレベルが合いません'), [
            L(
              `"Security violation: Telnet communication is not allowed" appears once Communication Security is Medium-High or higher, which turns Telnet and SNMP off. You said ${facts.level === 'low' ? 'Low' : 'Medium'}: has the level already been raised? Which level is set now?`,
              `「Security violation: Telnet communication is not allowed」は、通信セキュリティを Medium-High 以上にして Telnet と SNMP が無効になったときに表示されます。${facts.level === 'low' ? 'Low' : 'Medium'} と伺いましたが、すでにレベルを上げていませんか。現在のレベルはどれでしょうか。`,
            ),
          ])
        : finding('evidence-telnet-violation', 'warning', L('Systems managed over Telnet/SNMP lost their connection', 'Telnet/SNMP で管理しているシステムが接続できなくなっています'), [
            L(
              'This is the known side effect of Medium-High: Telnet and SNMP are off, so systems that TMS manages over them (for example Polycom HDX or older Tandberg MXP) show this message and a "TMS Connection Error" ticket. SNMP off also stops automatic discovery; MCUs and similar must then be added as "Non-SNMP". Check how each such system can be managed before keeping the level.',
              'これは Medium-High の既知の副作用です。Telnet と SNMP が無効になるため、それらで TMS が管理しているシステム（Polycom HDX や旧 Tandberg MXP など）にこのメッセージと「TMS Connection Error」チケットが表示されます。SNMP が無効だと自動検出も止まり、MCU などは「Non-SNMP」として追加する必要があります。レベルを維持する前に、該当するシステムをどう管理できるか確認してください。',
            ),
            evidenceBody(telnet),
          ]),
    );
  }
  return out;
}

/**
 * The endpoint's HTTPS settings from xConfiguration (knowledge.md, "Endpoint side"): HTTP Mode must allow HTTPS, and
 * MinimumTLSVersion must not be above TLS 1.2, the most TMS offers (at Medium-High; at Medium it offers TLS 1.0 only).
 */
/**
 * A pasted scan (sslscan, nmap, …) of an endpoint that accepts only TLS 1.3 and refuses TLS 1.2: what an endpoint answers when
 * its minimum TLS version (MinimumTLSVersion, knowledge.md "What else a senior engineer checks") is above the TLS 1.2 TMS offers
 * at Medium-High. An endpoint setting that keeps TMS out, as the xAPI reading says (the same code: at Medium-High or High the
 * Windows-side steps are moot, applyEvidence). QA55 #6.
 */
/**
 * The endpoint turned away a client offering TLS 1.2 or later (curl, a plain s_client), or a scan saw it accept neither TLS 1.2
 * nor TLS 1.3 (sslscan all disabled, nmap "(no ciphers)") (QA60 #6, #13): every TC/CE release accepts TLS 1.2 (knowledge.md Cause 1),
 * so this is not the TLS 1.0 refusal alone, and Medium-High (which turns Telnet and SNMP off) may not bring it back. Not settled:
 * what to check first (knowledge.md "What else a senior engineer checks", endpoint side and cipher suites). compose.ts heading.
 */
export const ENDPOINT_REFUSES_TLS12 = 'evidence-endpoint-refuses-tls12';
const TLS12_REFUSED_TITLE = L('The endpoint refuses TLS 1.2 too: not settled yet', 'エンドポイントは TLS 1.2 も拒否しています（まだ判断できません）');

function tls12RefusedBody(facts: Facts, how: 'tool' | 'scan'): LocalizedText {
  const mh = facts.level === 'medium-high' || facts.level === 'high';
  const pre15 = !!facts.tms && !tmsCanBeFixedInPlace(facts.tms);
  const en = [
    how === 'tool'
      ? 'The client in what you pasted offered TLS 1.2 or later (as curl by default and openssl s_client without a version option do) and the other side still turned it away, so refusing TLS 1.0 is not why this connection failed.'
      : 'The scan saw the port answer but accept neither TLS 1.2 nor TLS 1.3: nothing completed a handshake.',
    'Every TC and CE release accepts TLS 1.2, the version TMS offers at Medium-High, so an endpoint that refuses it will not come back just by raising the level.',
    pre15
      ? `${formatTms(facts.tms!)} (before 15) offers only TLS 1.0 anyway.`
      : mh
        ? ''
        : 'Below Medium-High TMS does not offer TLS 1.2 (at Medium only TLS 1.0), so such an endpoint still needs the fix, but the fix alone will not bring it back.',
    'Check first: that the address is the endpoint itself and not a proxy or another device in front of it; the endpoint\'s HTTPS settings (`xConfiguration NetworkServices HTTP Mode` must allow HTTPS, on TC 7 `HTTPS Mode: On`; `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` must not be above TLS 1.2); and the cipher suites (after hardening with a GPO or IIS Crypto a mismatch ends in a reset or alert 40 even at TLS 1.2). A probe of the port, or a capture of TMS\'s own ClientHello and the answer to it, settles it.',
  ]
    .filter(Boolean)
    .join(' ');
  const ja = [
    how === 'tool'
      ? '貼っていただいた内容では、クライアントは TLS 1.2 以降を提示したうえで拒否されています（curl の既定と、バージョンを指定しない openssl s_client はそうします）。この接続の失敗の原因は TLS 1.0 の拒否ではありません。'
      : 'スキャンでは、ポートは応答していますが、TLS 1.2 も TLS 1.3 も受け付けていません。ハンドシェイクは一つも成立していません。',
    'TC と CE はどのリリースも、Medium-High の TMS が提示する TLS 1.2 を受け付けます。TLS 1.2 を拒否するエンドポイントは、レベルを上げるだけでは戻りません。',
    pre15
      ? `${formatTms(facts.tms!)}（15 より前）はそもそも TLS 1.0 しか提示しません。`
      : mh
        ? ''
        : 'Medium-High より下の TMS は TLS 1.2 を提示しない（Medium では TLS 1.0 だけ）ため、このエンドポイントにも対処は必要ですが、対処だけでは戻りません。',
    'まず確認すること：そのアドレスが前段のプロキシなどの機器ではなくエンドポイント自体か。エンドポイントの HTTPS の設定（`xConfiguration NetworkServices HTTP Mode` で HTTPS を許可しているか、TC 7 では `HTTPS Mode: On` か、`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` が TLS 1.2 より上になっていないか）。暗号スイート（GPO や IIS Crypto で強化したあとは、TLS 1.2 でも不一致でリセットやアラート 40 になります）。ポートのプローブ、または TMS 自身の ClientHello とその応答のキャプチャで確定できます。',
  ].join('');
  return L(en, ja);
}

/** A scan of an endpoint that accepts neither TLS 1.2 nor TLS 1.3 (QA60 #6, #13): see ENDPOINT_REFUSES_TLS12. */
function scanRefusesTls12Findings(facts: Facts, obs: Observation[]): Finding[] {
  const none = obs.filter((o) => o.code === 'endpoint-scan-versions' && /; refuses (?:[^.]|\.\d)*?\bTLS 1\.2\b/.test(o.detail.en) && !/: accepts (?:[^;.]|\.\d)*?\bTLS 1\.[23]\b/.test(o.detail.en));
  if (!none.length) return [];
  return [finding(ENDPOINT_REFUSES_TLS12, 'warning', TLS12_REFUSED_TITLE, [tls12RefusedBody(facts, 'scan'), evidenceBody(none)])];
}

function scanTls13OnlyFindings(facts: Facts, obs: Observation[]): Finding[] {
  const only13 = obs.filter((o) => o.code === 'endpoint-scan-versions' && /: accepts TLS 1\.3;/.test(o.detail.en) && /; refuses (?:[^.]|\.\d)*?\bTLS 1\.2\b/.test(o.detail.en));
  if (!only13.length) return [];
  const mh = facts.level === 'medium-high' || facts.level === 'high';
  return [
    finding('evidence-endpoint-https-blocks', 'warning', L('The scanned endpoint accepts only TLS 1.3', 'スキャンしたエンドポイントは TLS 1.3 しか受け付けません'), [
      L(
        `The scan shows the endpoint refusing TLS 1.2, the highest version TMS offers (at Medium-High), and accepting only TLS 1.3: TMS cannot connect to it at any level${mh ? ', so the Windows side of the TMS server is not what is left here' : ''}. That is how an endpoint answers when its minimum TLS version is above TLS 1.2: check \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` on the endpoint. TMS reaches it only once that allows TLS 1.2 (agree any change with whoever raised it). If it already allows TLS 1.2, check that the scanned address is the endpoint itself, not a proxy or other device in front of it.`,
        `スキャンでは、エンドポイントが TMS の提示する最も新しいバージョン（Medium-High での TLS 1.2）を拒否し、TLS 1.3 だけを受け付けています。どのレベルでも TMS はこのエンドポイントに接続できません${mh ? '。ここで残っている原因は TMS サーバの Windows 側ではありません' : ''}。これはエンドポイントの TLS の下限が TLS 1.2 より上に設定されているときの応答です。エンドポイントの \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` を確認してください。TLS 1.2 を許可するまで TMS からは接続できません（変更する場合は、その設定を上げた担当者と相談してください）。すでに TLS 1.2 を許可しているなら、スキャンしたアドレスが前段のプロキシなどの機器ではなくエンドポイント自体か確認してください。`,
      ),
      evidenceBody(only13),
    ]),
  ];
}

function xapiFindings(facts: Facts, obs: Observation[]): Finding[] {
  const min = obs.filter((o) => o.code === 'xapi-min-tls');
  const off = obs.filter((o) => o.code === 'xapi-https-off');
  const on = obs.filter((o) => o.code === 'xapi-https-allowed');
  if (!min.length && !off.length && !on.length) return [];
  const m = min.length ? /TLS 1\.([0-3])/.exec(min[min.length - 1].detail.en) : null;
  const minor = m ? Number(m[1]) : null;
  const mh = facts.level === 'medium-high' || facts.level === 'high';
  const body: LocalizedText[] = [];
  if (off.length) {
    body.push(
      L(
        'HTTPS is off on this endpoint, so TMS cannot reach it over HTTPS at any level. Check whether TMS is meant to manage it over HTTPS; if it is, `xConfiguration NetworkServices HTTP Mode` must allow HTTPS (HTTP+HTTPS or HTTPS; on TC 7, `xConfiguration NetworkServices HTTPS Mode: On`).',
        'このエンドポイントでは HTTPS が無効なので、どのレベルでも TMS は HTTPS で接続できません。TMS がこのエンドポイントを HTTPS で管理する想定かを確認してください。その場合、`xConfiguration NetworkServices HTTP Mode` で HTTPS を許可する必要があります（HTTP+HTTPS または HTTPS。TC 7 では `xConfiguration NetworkServices HTTPS Mode: On`）。',
      ),
    );
  }
  if (minor !== null && minor > 2) {
    body.push(
      L(
        `MinimumTLSVersion is TLS 1.${minor}, above TLS 1.2, the highest version TMS offers (at Medium-High): TMS cannot connect to this endpoint at any level${mh ? ', so this is the cause, not the Windows side of the TMS server' : ''}. Set it to TLS 1.2 on the endpoint (\`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.2\`)${mh ? '' : ' and raise TMS to Medium-High, which offers TLS 1.2'}.`,
        `MinimumTLSVersion が TLS 1.${minor} で、TMS が提示する最も新しいバージョン（Medium-High での TLS 1.2）より上です。どのレベルでも TMS はこのエンドポイントに接続できません${mh ? '。原因は TMS サーバの Windows 側ではなく、この設定です' : ''}。エンドポイントで TLS 1.2 に設定してください（\`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.2\`）${mh ? '' : '。あわせて、TLS 1.2 を提示する Medium-High に TMS を上げてください'}。`,
      ),
    );
  } else if (minor !== null) {
    body.push(
      mh
        ? L(
            `MinimumTLSVersion is TLS 1.${minor}: not above the TLS 1.2 that TMS offers at Medium-High, so this setting is not what refuses TMS.`,
            `MinimumTLSVersion は TLS 1.${minor} で、Medium-High の TMS が提示する TLS 1.2 を上回っていないため、この設定が TMS を拒否している原因ではありません。`,
          )
        : MH(
            `MinimumTLSVersion is TLS 1.${minor}: fine once TMS is at Medium-High, which offers TLS 1.2${minor > 0 ? '; at Medium TMS offers TLS 1.0 only, which this minimum refuses' : ''}.`,
            `MinimumTLSVersion は TLS 1.${minor} です。TLS 1.2 を提示する Medium-High に TMS を上げれば問題ありません${minor > 0 ? '。Medium の TMS は TLS 1.0 しか提示しないため、この最小値では拒否されます' : ''}。`,
          ),
    );
  }
  // QA23 E4: a scan or handshake that completed TLS 1.0 next to a minimum above TLS 1.0: not the same device.
  const took10 = minor !== null && minor > 0 ? obs.filter((o) => o.code === 'endpoint-accepts-tls10') : [];
  if (took10.length) {
    const no12 = took10.some((o) => /; refuses (?:[^.]|\.\d)*?\bTLS 1\.2\b/.test(o.detail.en));
    body.unshift(
      L(
        `These files cannot describe the same device: this endpoint's minimum is TLS 1.${minor}, so it refuses TLS 1.0, but the scan or test you pasted completed TLS 1.0${no12 ? ' and refused TLS 1.2' : ''}. The scan most likely reached another address, or a proxy in front of the endpoint: check the address it tested against the endpoint's own address.`,
        `これらのファイルは同じ機器のものではありえません。このエンドポイントの最小バージョンは TLS 1.${minor} なので TLS 1.0 を拒否しますが、貼っていただいたスキャン（またはテスト）では TLS 1.0 が成立しています${no12 ? '（TLS 1.2 は拒否）' : ''}。スキャンは別のアドレスか、エンドポイントの前段のプロキシに届いた可能性が高いです。テストしたアドレスがエンドポイント自体のアドレスか確認してください。`,
      ),
    );
  }
  if (on.length && !off.length) {
    body.push(L('HTTPS is allowed on the endpoint, as TMS needs.', 'エンドポイントでは、TMS に必要な HTTPS が許可されています。'));
  }
  const blocks = off.length > 0 || (minor !== null && minor > 2);
  return [
    finding(
      blocks ? 'evidence-endpoint-https-blocks' : 'evidence-endpoint-https-settings',
      blocks ? 'critical' : 'info',
      blocks ? L('The endpoint\'s HTTPS settings keep TMS out', 'エンドポイントの HTTPS の設定が TMS の接続を妨げています') : L('The endpoint\'s HTTPS settings', 'エンドポイントの HTTPS の設定'),
      [...body, evidenceBody([...off, ...min, ...on])],
    ),
  ];
}

/** The cause at Medium, told as the capture shows it (no ClientHello), not as the usual reset after a TLS 1.0 hello. */
function noHelloCause(f: Finding, facts: Facts): Finding {
  // An endpoint that accepts TLS 1.0: no "with TLS 1.0 on, the endpoint would reset the hello" (tmsMediumTls10Only already says it as it is).
  if (endpointKnownToAcceptTls10(facts, facts.endpoint ? endpointRefusesTls10(facts.endpoint) : null)) return f;
  // The level not known (only assumed Medium): the cause is said at each level, not asserted (noHelloLevelUnknown).
  if (levelOpen(facts)) {
    return {
      ...f,
      body: [
        MH(
          'If TMS is at Medium (the default), it offers only TLS 1.0 in its ClientHello, whatever the registry allows. With TLS 1.0 disabled on the TMS server it cannot offer even that, which is what your capture shows; with TLS 1.0 on, an endpoint on TC 7.3.6+/CE 8.1+ would reset the hello instead. Either way TMS needs Medium-High, which offers TLS 1.2. If TMS is already at Medium-High, the level is not the cause: check the TLS 1.2 Client keys first (above).',
          'TMS が Medium（既定値）の場合、レジストリの設定にかかわらず ClientHello で TLS 1.0 だけを提示します。TMS サーバで TLS 1.0 が無効だとそれすら提示できず、キャプチャのとおり何も送りません。TLS 1.0 が有効でも、TC 7.3.6 以降/CE 8.1 以降のエンドポイントは hello をリセットします。どちらの場合も、TLS 1.2 を提示する Medium-High が必要です。TMS がすでに Medium-High なら、レベルは原因ではありません。まず TLS 1.2 の Client キーを確認してください（上記）。',
        ),
        ...f.body.slice(1),
      ],
    };
  }
  return {
    ...f,
    body: [
      MH(
        'At Medium TMS offers only TLS 1.0 in its ClientHello, whatever the registry allows. With TLS 1.0 disabled on the TMS server it cannot offer even that, so it opens the TCP connection and sends nothing, as your capture shows; with TLS 1.0 on, an endpoint on TC 7.3.6+/CE 8.1+ would reset the hello instead. Either way TMS needs Medium-High, which offers TLS 1.2.',
        'Medium の TMS は、レジストリの設定にかかわらず ClientHello で TLS 1.0 だけを提示します。TMS サーバで TLS 1.0 が無効だとそれすら提示できないため、キャプチャのとおり TCP 接続だけして何も送りません。TLS 1.0 が有効でも、TC 7.3.6 以降/CE 8.1 以降のエンドポイントは hello をリセットします。どちらの場合も、TLS 1.2 を提示する Medium-High が必要です。',
      ),
      ...f.body.slice(1),
    ],
  };
}

/**
 * TMS at Medium-High or High and no ClientHello (evidence): there is no hello whose version a capture could show, so the
 * TLS 1.2 Client keys come first (a hardening policy or tool may have turned TLS 1.2 off even where it is on by default),
 * not "read the ClientHello version" with the keys as an afterthought.
 */
function noHelloAlreadyMh(f: Finding, facts: Facts): Finding {
  const name = facts.level === 'high' ? 'High' : 'Medium-High';
  const restarted = facts.tlsClaims?.restarted === true;
  return {
    ...f,
    title: L(`TMS is already at ${name} and sends no ClientHello: check TLS 1.2 for the Client side first`, `TMS はすでに ${name} ですが ClientHello を送っていません（まず Client 側の TLS 1.2 を確認してください）`),
    body: [
      L(
        `At ${name} TMS offers TLS 1.2, so the level is not what blocks it${restarted ? ', and you say the server (or the TMS services) was restarted since the change' : ''}. With no ClientHello at all there is no version to read in a capture: Schannel leaves TMS no protocol to offer, which points at TLS 1.2 being off for the Client side.`,
        `${name} の TMS は TLS 1.2 を提示するため、レベルは原因ではありません${restarted ? '。また、変更後にサーバ（または TMS サービス）を再起動したとのことです' : ''}。ClientHello がまったく送られていないので、キャプチャで読み取れるバージョンはありません。Schannel が TMS に提示できるプロトコルを残していない状態で、Client 側の TLS 1.2 が無効になっていることが考えられます。`,
      ),
      L(
        'First check SCHANNEL\\Protocols\\TLS 1.2\\Client on the TMS server: Enabled must be 1 and DisabledByDefault 0. A hardening policy or tool (a GPO, IIS Crypto) can turn it off even on a Windows where TLS 1.2 is on by default. If you change a key, reboot the server once so that it applies. Once TMS sends a ClientHello again, the other checks below apply.',
        'まず TMS サーバの SCHANNEL\\Protocols\\TLS 1.2\\Client を確認してください。Enabled が 1、DisabledByDefault が 0 である必要があります。TLS 1.2 が既定で有効な Windows でも、強化ポリシーやツール（GPO、IIS Crypto）で無効にされることがあります。キーを変更した場合は、反映させるためにサーバを 1 回再起動してください。TMS が再び ClientHello を送るようになったら、下のほかの確認項目に進みます。',
      ),
    ],
  };
}

/**
 * The rows of tms-doctor's own probe output pasted back (src/evidence/text.ts, probeOutputObservations) that saw TLS 1.0
 * refused and TLS 1.2 accepted: this problem's mark at that address (knowledge.md Cause 1 and 2: TMS at Medium offers only
 * TLS 1.0, which TC 7.3.6+/CE 8.1+ refuse; every TC/CE release accepts TLS 1.2). Read from the row's own words ("…: TLS 1.0
 * refused, TLS 1.2 accepted (…)"), which stored states keep. Evidence only: nothing is recorded from them (diagnose() lets
 * them settle that the endpoints refuse TLS 1.0 when nothing closer is known, as a fleet probe's counts do).
 */
export function pastedProbeRefusesTls10(obs: readonly Observation[] | undefined): Observation[] {
  if (!Array.isArray(obs)) return [];
  return obs.filter((o) => !!o && o.code === 'probe-output-target' && typeof o.detail?.en === 'string' && /: TLS 1\.0 refused, TLS 1\.2 accepted \(/.test(o.detail.en));
}

/**
 * A TLS client's test pasted (curl, openssl s_client) that was turned away held to TLS 1.0 and completed its handshake held to TLS 1.2
 * (or 1.1), and no test that completed at TLS 1.0 (FIX60F #3): what the endpoint does is seen, as in probe output's rows
 * (pastedProbeRefusesTls10); its release no longer decides anything. The same pair as the "Confirmed: TLS 1.0 refused, TLS 1.2
 * accepted" finding above.
 */
export function toolTestRefusesTls10(obs: readonly Observation[] | undefined): boolean {
  if (!Array.isArray(obs)) return false;
  const has = (code: string, re?: RegExp) => obs.some((o) => !!o && o.code === code && (!re || (typeof o.detail?.en === 'string' && re.test(o.detail.en))));
  return has('tool-tls10-refused') && has('tool-tls-handshake-ok', /TLS 1\.[12]/) && !has('endpoint-accepts-tls10');
}

/**
 * Pasted probe output whose rows saw TLS 1.0 refused and TLS 1.2 accepted (left-e #1): that is the cause, said as such, with
 * the TMS-side way out while the answer still waits for what picks the steps (the TMS release, SQL Server, Windows, the
 * level); the questions follow it. At Medium-High or High TMS already offers TLS 1.2: not the cause there (the diagnosis
 * says what to check). An endpoint release said that accepts TLS 1.0: the rows and the release disagree, asked (xapiFindings).
 */
function probeOutputFindings(facts: Facts, base: Diagnosis, obs: Observation[]): Finding[] {
  const rows = pastedProbeRefusesTls10(obs);
  if (rows.length === 0 || facts.level === 'medium-high' || facts.level === 'high') return [];
  const n = rows.length;
  const probed = obs.filter((o) => o.code === 'probe-output-target').length;
  const which = L(
    n === probed ? (n === 1 ? 'The probed address' : `All ${n} probed addresses`) : `${n} of the ${probed} probed addresses`,
    n === probed ? (n === 1 ? 'プローブしたアドレス' : `プローブした ${n} 件すべて`) : `プローブした ${probed} 件のうち ${n} 件`,
  );
  // An endpoint release said that accepts TLS 1.0: the rows and the release disagree (xapiFindings, evidence-endpoint-refuses-tls10).
  if (facts.endpoint && endpointRefusesTls10(facts.endpoint) === false) return [];
  const body: LocalizedText[] = [
    L(
      `${which.en} in the probe output you pasted refused TLS 1.0 and accepted TLS 1.2. That is this problem's signature: TMS at Medium (the default) offers only TLS 1.0, which endpoints on TC 7.3.6 or later, CE 8.1 or later and RoomOS refuse, so TMS gets no HTTPS answer from them. The endpoints need no change: they accept TLS 1.2.`,
      `貼り付けていただいたプローブの出力では、${which.ja}が TLS 1.0 を拒否し、TLS 1.2 を受け入れています。これはこの問題の特徴そのものです。Medium（既定）の TMS は TLS 1.0 しか提示せず、TC 7.3.6 以降、CE 8.1 以降、RoomOS のエンドポイントはそれを拒否するため、TMS は HTTPS の応答を得られません。エンドポイント側は TLS 1.2 を受け入れているので、変更は不要です。`,
    ),
  ];
  // While questions are open the steps are not shown yet: the way out, said in one line, and that the answer needs the rest.
  if (base.questions.length > 0) {
    const tmsFixable = facts.tms ? tmsCanBeFixedInPlace(facts.tms) : null;
    body.push(
      tmsFixable === false
        ? L(
            `The fix is on the TMS side. ${formatTms(facts.tms!)} has no Communication Security option and keeps offering TLS 1.0 whatever the registry says, so the way out is upgrading TMS to 15 or later (then raising Communication Security to Medium-High); going back to TC 7.3.3 is possible only for endpoints whose hardware runs TC. What I ask below picks the steps.`,
            `対処は TMS 側で行います。${formatTms(facts.tms!)} には [Communication Security] の設定がなく、レジストリの設定にかかわらず TLS 1.0 を提示し続けます。そのため、TMS を 15 以降にアップグレードする（そのうえで [Communication Security] を Medium-High にする）のが解決策です。TC 7.3.3 に戻す方法は、TC を実行できるハードウェアのエンドポイントにしか使えません。以下の質問への回答で手順を決めます。`,
          )
        : tmsFixable === true
          ? MH(
              'The fix is on the TMS server, not on the endpoints: TLS 1.2 enabled for Schannel on that server (the Client side is what TMS uses to reach endpoints), then Communication Security in TMS Tools raised from Medium to Medium-High (this turns Telnet and SNMP off in TMS), then IIS and the TMS services restarted. Which registry change, reboot and SQL Server precautions apply depends on your server, so I ask below for what I do not know yet.',
              '対処するのはエンドポイントではなく TMS サーバです。そのサーバの Schannel で TLS 1.2 を有効にし（TMS がエンドポイントに接続するときに使うのは Client 側です）、TMS ツールの [Communication Security] を Medium から Medium-High に上げ（TMS の Telnet と SNMP が無効になります）、IIS と TMS のサービスを再起動します。レジストリの変更、再起動、SQL Server の注意点のどれが当てはまるかはサーバによって異なるため、まだ分からない点を以下でお聞きします。',
            )
          : MH(
              'The fix is on the TMS server, not on the endpoints. With TMS 15 or later: TLS 1.2 enabled for Schannel on that server (the Client side is what TMS uses to reach endpoints), then Communication Security in TMS Tools raised from Medium to Medium-High (this turns Telnet and SNMP off in TMS), then IIS and the TMS services restarted. TMS before 15 has no such option: upgrading TMS is the way there. Which of these applies, and which registry change, reboot and SQL Server precautions, depends on your server, so I ask below for what I do not know yet.',
              '対処するのはエンドポイントではなく TMS サーバです。TMS 15 以降であれば、そのサーバの Schannel で TLS 1.2 を有効にし（TMS がエンドポイントに接続するときに使うのは Client 側です）、TMS ツールの [Communication Security] を Medium から Medium-High に上げ（TMS の Telnet と SNMP が無効になります）、IIS と TMS のサービスを再起動します。15 より前の TMS にはこの設定がないため、TMS のアップグレードが必要です。どれが当てはまるか、またレジストリの変更、再起動、SQL Server の注意点のどれが必要かはサーバによって異なるため、まだ分からない点を以下でお聞きします。',
            ),
    );
  }
  body.push(evidenceBody(rows));
  return [finding('evidence-probe-output-cause', 'warning', L('The probe output shows the cause', 'プローブの出力が原因を示しています'), body)];
}

/**
 * The rows of pasted probe output where TLS 1.0, 1.1 and 1.2 all failed and TLS 1.3 is known (src/evidence/text.ts writes
 * "…: TLS 1.0 refused, TLS 1.2 refused, TLS 1.3 accepted (…)"), read from their own words as pastedProbeRefusesTls10 does.
 */
export function pastedProbeNoLevel(obs: readonly Observation[] | undefined): { accepted: Observation[]; refused: Observation[] } {
  const rows = Array.isArray(obs) ? obs.filter((o) => !!o && o.code === 'probe-output-target' && typeof o.detail?.en === 'string') : [];
  const by = (w: string) => rows.filter((o) => o.detail.en.includes(`: TLS 1.0 refused, TLS 1.2 refused, TLS 1.3 ${w} (`));
  return { accepted: by('accepted'), refused: by('refused') };
}

/**
 * Pasted probe output with rows where TLS 1.0, 1.1 and 1.2 all failed and TLS 1.3 is known (fix58b #1): what the bot says for
 * one such probe (probeNoTmsProtocol): Medium-High would not reach them, and what TLS 1.3 did says what to check (the endpoint's
 * MinimumTLSVersion when only TLS 1.3 was accepted; not it when TLS 1.3 was refused too). Rows that refuse only TLS 1.0 keep the
 * cause finding above. Evidence only: nothing is recorded.
 */
function probeOutputNoLevelFindings(obs: Observation[]): Finding[] {
  const { accepted, refused } = pastedProbeNoLevel(obs);
  const n = accepted.length + refused.length;
  if (n === 0) return [];
  const only13 = refused.length === 0;
  const them = n === 1 ? 'it' : 'them';
  // All TLS 1.3-only: what to check, said once (as probeNoTmsProtocol says it for one probe); a mix: each group with its count.
  const advice = only13
    ? L(
        `That is how an endpoint answers when its minimum TLS version is above what TMS offers: check \`${MIN_TLS_SETTING}\` on ${n === 1 ? 'the endpoint' : 'each of them'}; TMS reaches ${them} only once it allows TLS 1.2 (agree any change with whoever raised it). Then check that the probed address is really the endpoint (not a proxy, load balancer or other device in front of it).`,
        `これは、エンドポイントの TLS の下限が TMS の提示するバージョンより上に設定されているときの応答です。${n === 1 ? 'エンドポイント' : 'それぞれのエンドポイント'}の \`${MIN_TLS_SETTING}\` を確認してください。TLS 1.2 を許可するまで TMS からは接続できません（変更する場合は、その設定を上げた担当者と相談してください）。次に、プローブしたアドレスが本当にエンドポイントか（手前にあるプロキシやロードバランサ、別の機器ではないか）を確認してください。`,
      )
    : noLevelGroupsAdvice({ total: n, accepted: accepted.length, refused: refused.length });
  const probed = obs.filter((o) => o.code === 'probe-output-target').length;
  const which = L(
    n === probed ? (n === 1 ? 'The probed address' : `All ${n} probed addresses`) : `${n} of the ${probed} probed addresses`,
    n === probed ? (n === 1 ? 'プローブしたアドレス' : `プローブした ${n} 件すべて`) : `プローブした ${probed} 件のうち ${n} 件`,
  );
  return [
    finding(
      'evidence-probe-output-no-level',
      'warning',
      only13
        ? L(`The probe output shows ${n === 1 ? 'an endpoint' : 'endpoints'} accepting only TLS 1.3`, 'プローブの出力に TLS 1.3 しか受け付けないエンドポイントがあります')
        : L('The probe output shows addresses refusing TLS 1.0, 1.1 and 1.2', 'プローブの出力に TLS 1.0・1.1・1.2 をすべて拒否するアドレスがあります'),
      [
        L(
          `${which.en} in the probe output you pasted refused TLS 1.0, 1.1 and 1.2${only13 ? ' and accepted only TLS 1.3' : ''}. TMS at Medium-High offers TLS 1.2, and a TC or CE endpoint at its default settings accepts it, so raising TMS to Medium-High would not reach ${them}.`,
          `貼り付けていただいたプローブの出力では、${which.ja}が TLS 1.0・1.1・1.2 のいずれも拒否しています${only13 ? '（受け付けたのは TLS 1.3 だけです）' : ''}。Medium-High の TMS が提示するのは TLS 1.2 で、初期設定の TC や CE のエンドポイントはそれを受け付けるため、TMS を Medium-High にしてもこれらには接続できません。`,
        ),
        ...(advice ? [advice] : []),
        evidenceBody([...accepted, ...refused]),
      ],
    ),
  ];
}

/**
 * Test-NetConnection with TcpTestSucceeded : False (QA50 #17): TCP does not connect, so no TLS handshake starts and the TLS 1.0
 * change cannot be what fails for that target. Reachability comes first (the checks of the not-TLS answer); the TLS answer
 * stays below for the time TCP works, and the verdict is not settled while TCP fails.
 */
/**
 * The SQL client's TLS failure at pre-login (QA62 #11): TMS's connection to its own SQL Server fails at TLS (no version both allow,
 * or a reset while it is set up). What it means and what to check; the cause is not asserted (the paste does not say which side
 * changed). knowledge.md (Caveats): SQL 2008/2008 R2/2012/2014 without their TLS 1.2 build need TLS 1.0, 2016 and later need
 * nothing; with TLS 1.0 and SSL 3.0 both off such a build on the TMS server does not start again; .NET strong crypto.
 * A certificate error alone is not a TLS version question: its observation line says so, no card.
 */
function sqlClientTlsFindings(facts: Facts, obs: Observation[]): Finding[] {
  const seen = obs.filter((o) => o.code === 'sql-client-tls-failed' && !/^[^:]*: the SQL client does not accept SQL Server's certificate[^;]*\.$/.test(o.detail.en));
  if (!seen.length) return [];
  const reset = seen.every((o) => !/common algorithm/.test(o.detail.en)) && seen.some((o) => /forcibly closed/.test(o.detail.en));
  const st = facts.sql ? sqlTlsStatus(facts.sql) : null;
  const sqlName = facts.sql ? formatSql(facts.sql) : '';
  const supports = !!st && (st.kind === 'nothing-needed' || st.kind === 'has-tls12' || (st.kind === 'keep-tls10' && (st.tls12 === 'yes' || st.tls12 === 'early')));
  const lacks = !!st && (st.kind === 'install-update' || st.kind === 'upgrade-service-pack' || (st.kind === 'keep-tls10' && st.tls12 === 'no'));
  const local = facts.sqlLocation === 'local';
  const remote = facts.sqlLocation === 'remote';
  const early = !!st && st.kind === 'keep-tls10' && st.tls12 === 'early';
  const body: LocalizedText[] = [
    L(
      `This error is about TMS's connection to its own database, not about the endpoints: the SQL client (TMS, TMS Tools or sqlcmd) and SQL Server ${reset ? 'lost the connection while setting it up, which is how a TLS version mismatch often shows (not the only cause)' : 'could not agree on TLS before the login'}. The connection itself was opened, so SQL Server is most likely running (a stopped one gives a network-related error instead). The usual case: TLS 1.0 was turned off on one side (by hand, a GPO or IIS Crypto) while the other side can speak only TLS 1.0: a SQL Server 2008, 2008 R2, 2012 or 2014 build without TLS 1.2 support, or a client without it (.NET code without strong crypto, an old SQL driver). What you pasted does not say which side changed.`,
      `このエラーはエンドポイントではなく、TMS と自身のデータベースの間の接続についてのものです。SQL のクライアント（TMS、TMS Tools、sqlcmd）と SQL Server が${reset ? '、接続の確立中に接続を失いました。TLS のバージョンの不一致はこのように現れることが多いですが、原因はそれだけではありません' : '、ログインの前に TLS で合意できませんでした'}。接続そのものは開いているので、SQL Server はおそらく実行中です（停止していればネットワーク関連のエラーになります）。よくあるのは、一方で TLS 1.0 が（手作業、GPO、IIS Crypto で）無効にされ、もう一方が TLS 1.0 しか使えない場合です。TLS 1.2 に対応していない SQL Server 2008、2008 R2、2012、2014 のビルドか、TLS 1.2 に対応していないクライアント（強力な暗号化が設定されていない .NET のコード、古い SQL ドライバー）です。どちら側が変わったのかは、貼り付けていただいた内容からは分かりません。`,
    ),
    L(
      'Check, in this order: (1) the SQL Server build, `SELECT @@VERSION` (or the first lines of its ERRORLOG): TLS 1.2 support came with given builds of each branch (2008 R2 SP3 10.50.6542.0, 2008 SP4 10.0.6547.0; for 2012 and 2014 the GDR and CU builds of Microsoft KB3135244, and every build from 2012 SP4 and 2014 SP2), 2016 and later have it, and a build pasted here is checked; (2) where TLS 1.0 was turned off: `TLS 1.0\\Client` on the machine the error came from (the TMS server) and `TLS 1.0\\Server` on SQL Server\'s machine (the same server when SQL runs on it), with `reg query`; (3) .NET strong crypto on the TMS server: `SchUseStrongCrypto` and `SystemDefaultTlsVersions` = 1 under `HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` and its Wow6432Node twin.',
      '次の順に確認してください。(1) SQL Server のビルド：`SELECT @@VERSION`（または ERRORLOG の先頭の行）。TLS 1.2 への対応はブランチごとの特定のビルドからで（2008 R2 SP3 10.50.6542.0、2008 SP4 10.0.6547.0。2012 と 2014 は Microsoft KB3135244 の GDR と CU のビルド、および 2012 SP4、2014 SP2 以降のすべてのビルド）、2016 以降は対応済みです。ここに貼り付けていただいたビルドは確認します。(2) TLS 1.0 がどこで無効にされたか：エラーが出たマシン（TMS サーバ）の `TLS 1.0\\Client` と、SQL Server のマシン（SQL が TMS サーバ上にあれば同じサーバ）の `TLS 1.0\\Server` を `reg query` で確認します。(3) TMS サーバの .NET の強力な暗号化：`HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` と Wow6432Node 側の `SchUseStrongCrypto` と `SystemDefaultTlsVersions` が 1 か。',
    ),
  ];
  if (lacks) {
    body.push(
      L(
        `${sqlName} has no TLS 1.2 support: it needs TLS 1.0 on both sides until it runs a build that has it. If TLS 1.0 was turned off, turning it back on (Client on the TMS server, Server on SQL Server's machine) is the way back; leave SSL 3.0 as it is.${local ? ' It runs on the TMS server: do not restart it or reboot before TLS 1.0 is on again, because with TLS 1.0 and SSL 3.0 both off this build does not start again (event 26011).' : !remote ? ' If it runs on the TMS server: do not restart it or reboot before TLS 1.0 is on again, because with TLS 1.0 and SSL 3.0 both off this build does not start again (event 26011).' : ''}`,
        `${sqlName}は TLS 1.2 に対応していません。対応したビルドになるまでは、両側で TLS 1.0 が必要です。TLS 1.0 が無効にされていた場合は、有効に戻す（TMS サーバの Client、SQL Server のマシンの Server）のが戻し方です。SSL 3.0 はそのままにしてください。${local ? 'この SQL Server は TMS サーバ上で動いています。TLS 1.0 を有効に戻すまでは、SQL Server の再起動もサーバの再起動もしないでください。TLS 1.0 と SSL 3.0 の両方が無効だと、このビルドは再び起動しません（イベント 26011）。' : !remote ? 'この SQL Server が TMS サーバ上で動いている場合は、TLS 1.0 を有効に戻すまで、SQL Server の再起動もサーバの再起動もしないでください。TLS 1.0 と SSL 3.0 の両方が無効だと、このビルドは再び起動しません（イベント 26011）。' : ''}`,
      ),
    );
  } else if (supports) {
    body.push(
      L(
        `${sqlName} supports TLS 1.2, so look at the client side first: .NET strong crypto on the TMS server, and whether TLS 1.2 is turned off in Schannel (a key with \`Enabled\` = 0) on either machine.${early ? ' It is one of the first builds with TLS 1.2 support, which can terminate intermittently (Microsoft KB3146034): move it to a later build, as a SQL change of its own.' : ''}`,
        `${sqlName}は TLS 1.2 に対応しているため、まずクライアント側を確認してください。TMS サーバの .NET の強力な暗号化と、どちらかのマシンの Schannel で TLS 1.2 が無効になっていないか（\`Enabled\` = 0 のキー）です。${early ? 'なお、このビルドは TLS 1.2 に対応した最初期のビルドの一つで、断続的に停止することがあります（Microsoft KB3146034）。別の SQL の変更として、より新しいビルドに更新してください。' : ''}`,
      ),
    );
  } else if (!remote) {
    body.push(
      L(
        'With the SQL Server build not known: if it runs on the TMS server, do not reboot before you have checked. A build without TLS 1.2 support does not start again after a restart when TLS 1.0 and SSL 3.0 are both off (event 26011).',
        'SQL Server のビルドが分からないうちは、それが TMS サーバ上で動いている場合、確認するまで再起動しないでください。TLS 1.2 に対応していないビルドは、TLS 1.0 と SSL 3.0 の両方が無効だと、再起動のあと再び起動しません（イベント 26011）。',
      ),
    );
  }
  body.push(evidenceBody(seen));
  return [finding('evidence-sql-client-tls', 'warning', L('TMS cannot set up TLS with its SQL Server', 'TMS と SQL Server の間で TLS を確立できません'), body)];
}

/**
 * OpenSSL's "no protocols available" (QA62 #15): the client refused to offer TLS 1.0 itself (OpenSSL 3's security level), so the
 * test never reached the endpoint: it is no "the endpoint refuses TLS 1.0", and how to test again is said (src/evidence/text.ts).
 */
function noProtocolsFindings(obs: Observation[]): Finding[] {
  const seen = obs.filter((o) => o.code === 'tool-no-protocols-available');
  if (!seen.length) return [];
  return [
    finding('evidence-tool-no-protocols', 'warning', L('Your openssl test did not reach the endpoint', 'openssl のテストはエンドポイントまで届いていません'), [
      L(
        'The error is openssl\'s own, on the machine where it ran: it had no TLS version it was allowed to offer, so it sent no ClientHello. This test neither shows that the endpoint refuses TLS 1.0 nor that it accepts it. What settles it: the test again at security level 0, a probe of the endpoint\'s HTTPS port, or the endpoint\'s software version.',
        'このエラーは、実行したマシン上の openssl 自身のものです。提示してよい TLS のバージョンがなかったため、ClientHello を送っていません。このテストからは、エンドポイントが TLS 1.0 を拒否するとも受け付けるとも言えません。確かめるには、セキュリティ レベル 0 でのテストのやり直し、エンドポイントの HTTPS ポートのプローブ、またはエンドポイントのソフトウェア バージョンの確認が必要です。',
      ),
      evidenceBody(seen),
    ]),
  ];
}

function tcpFindings(obs: Observation[]): Finding[] {
  const down = obs.filter((o) => o.code === 'tcp-unreachable');
  if (!down.length || obs.some((o) => o.code === 'tcp-reachable')) return [];
  return [
    finding(
      'evidence-tcp-unreachable',
      'warning',
      L('TCP does not connect: check reachability before TLS', 'TCP 接続ができていません（TLS より先に到達性を確認してください）'),
      [
        L(
          'No TCP connection means no TLS handshake at all, so for that target this is not the TLS 1.0 problem yet. If the test ran on the TMS server to the endpoint\'s HTTPS port (443), check the firewall (a recent change), the routing or NAT, and whether the endpoint\'s address changed, then test again (`Test-NetConnection HOST -Port 443`). If it ran from somewhere else, or to another port, run it on the TMS server to port 443. Once TCP connects, the TLS answer below applies.',
          'TCP 接続ができなければ TLS のハンドシェイクはまったく始まらないため、その対象については、まだ TLS 1.0 の問題とは言えません。TMS サーバからエンドポイントの HTTPS のポート（443）に対して実行したテストであれば、ファイアウォール（最近の変更）、ルーティングや NAT、エンドポイントのアドレスが変わっていないかを確認し、もう一度テストしてください（`Test-NetConnection HOST -Port 443`）。別の場所から、または別のポートに対して実行した場合は、TMS サーバからポート 443 に対して実行してください。TCP で接続できるようになったら、下の TLS の回答が当てはまります。',
        ),
        // (QA52 #14: the endpoint's own HTTPS service closes the port too, knowledge.md "What else", endpoint side.)
        L(
          'The endpoint itself can keep port 443 closed while it answers ping: on CE / RoomOS, `xConfiguration NetworkServices HTTP Mode` must allow HTTPS (HTTP+HTTPS or HTTPS); on TC 7, `xConfiguration NetworkServices HTTPS Mode: On`. When only one unit fails this way and the others work, check its setting before the firewall.',
          'エンドポイント自体が、ping には応答しながらポート 443 を閉じていることもあります。CE / RoomOS では `xConfiguration NetworkServices HTTP Mode` が HTTPS を許可している（HTTP+HTTPS または HTTPS）こと、TC 7 では `xConfiguration NetworkServices HTTPS Mode: On` であることを確認してください。1 台だけがこのように失敗し、ほかは動いている場合は、ファイアウォールより先にその設定を確認してください。',
        ),
        evidenceBody(down),
      ],
    ),
  ];
}

/** The evidence's findings before the diagnosis's own; dropped findings are the ones evidence makes moot. */
export function applyEvidence(typed: Facts, base: Diagnosis, assume: { level?: boolean } = {}): Diagnosis {
  try {
    const e = summary(typed);
    // SQL Server said down in words: its outage finding comes from here too (eventFindings).
    if ((!e || e.observations.length === 0) && !sqlDownSaid(typed)) return base;
    const facts = withEvidenceFacts(typed);
    const obs = (e?.observations ?? []).filter((o) => o && typeof o.code === 'string' && o.detail && typeof o.detail.en === 'string');
    const drop = new Set<string>();
    const added = [...(e ? disagreements(typed, e) : []), ...captureFindings(facts, base, obs), ...registryFindings(facts, obs, drop), ...eventFindings(facts, obs), ...xapiFindings(facts, obs), ...scanTls13OnlyFindings(facts, obs), ...scanRefusesTls12Findings(facts, obs), ...tcpFindings(obs), ...noProtocolsFindings(obs), ...sqlClientTlsFindings(facts, obs), ...probeOutputFindings(typed, base, obs), ...probeOutputNoLevelFindings(obs)];
    // At Medium-High or High, an endpoint setting that keeps TMS out is the cause: "check the Windows side" and its steps are moot.
    if ((facts.level === 'medium-high' || facts.level === 'high') && added.some((f) => f.code === 'evidence-endpoint-https-blocks')) {
      for (const code of ['already-medium-high', 'sql-tls12-build-first', 'backup-registry-first', 'enable-tls11-12-registry', 'reboot-server', 'restart-tms-services', 'verify-tls12-clienthello']) drop.add(code);
    }
    // At Medium-High or High, a capture of TLS 1.2 offered (refused, or its answer not pasted) shows the Windows side works: "check
    // the Windows side" and the registry steps (with their backup, reboot and restarts) are moot.
    // (So at Medium-High with TLS 1.2 agreed and then the certificate rejected or the handshake ended by the client: QA round 22
    // W2. At High the "already at High" card leads with the certificate validation High adds: it stays.)
    if (
      (facts.level === 'medium-high' || facts.level === 'high') &&
      added.some(
        (f) =>
          f.code === 'evidence-capture-tls12-refused' ||
          f.code === 'evidence-capture-tls12-offered' ||
          (facts.level === 'medium-high' && (f.code === 'evidence-capture-client-rejected-certificate' || f.code === 'evidence-capture-client-ended')),
      )
    ) {
      for (const code of ['already-medium-high', 'sql-tls12-build-first', 'backup-registry-first', 'enable-tls11-12-registry', 'reboot-server', 'restart-tms-services', 'verify-tls12-clienthello']) drop.add(code);
    }
    // At Medium-High or High, a capture of TLS 1.2 offered and accepted (and nothing refused in it): the TLS part works now
    // (knowledge.md Fix 7). "TMS at Medium is the cause" and the steps before it are history, not what to do (QA round 19 #2).
    const fixVerified =
      (facts.level === 'medium-high' || facts.level === 'high') &&
      added.some((f) => f.code === 'evidence-capture-fix-verified') &&
      !added.some((f) => ['evidence-capture-tls12-refused', 'evidence-capture-confirms-cause', 'evidence-contradicts-level', 'evidence-capture-no-clienthello', 'evidence-capture-hello-reset-unsettled'].includes(f.code));
    if (fixVerified) {
      for (const code of ['tms-medium-tls10-only', 'already-medium-high', 'sql-tls12-build-first', 'backup-registry-first', 'enable-tls11-12-registry', 'reboot-server', 'restart-tms-services', 'verify-tls12-clienthello']) drop.add(code);
    }
    // SQL Server with TLS 1.2 support down on the TMS server (26011, or said): the cause first; no TLS step as the fix (answers-misc F).
    if (added.some((f) => f.code === 'evidence-sql-encryption-failed') && sqlOutageCase(facts) === 'not-tls') for (const code of TLS_FIX_STEPS) drop.add(code);
    if (added.length === 0) return base;
    // A finding code appears once.
    const seen = new Set<string>();
    // (The reboot that turning TLS 1.0 back on brings goes with the fix's restarts: not where those are moot, QA54 #6.)
    const unique = added.filter((f) => (seen.has(f.code) || (f.code === TLS10_BACK_REBOOT && drop.has('restart-tms-services')) ? false : (seen.add(f.code), true)));
    const noHello = seen.has('evidence-capture-no-clienthello');
    const findings = base.findings
      .filter((f) => !drop.has(f.code))
      .map((f) => (noHello && f.code === 'tms-medium-tls10-only' ? noHelloCause(f, facts) : noHello && f.code === 'already-medium-high' ? noHelloAlreadyMh(f, facts) : f));
    // TLS 1.2 already offered and refused: no TLS protocol setting is left to change for this
    // problem, so the SQL version (asked because of such changes) is not asked.
    // So with an endpoint setting that keeps TMS out at Medium-High: nothing on the TMS server is left to change (no SQL or Windows question).
    const endpointCause = drop.has('already-medium-high') && seen.has('evidence-endpoint-https-blocks');
    const asked = seen.has('evidence-capture-tls12-refused') ? base.questions.filter((q) => q.code !== 'need-sql-version') : base.questions;
    const questions = noHelloLevelFirst(facts, noHello && !assume.level, questionsDuringSqlOutage(facts, endpointCause ? asked.filter((q) => q.code !== 'need-sql-version' && q.code !== 'need-windows-version') : asked));
    // TCP not connecting (and no TLS handshake pasted beside it): the TLS verdict is not settled while it fails.
    const tcpDown = seen.has('evidence-tcp-unreachable') && !obs.some((o) => o.code.startsWith('capture-clienthello') || o.code === 'capture-serverhello');
    // A client offering TLS 1.2 and nothing newer refused (QA55 #5): what TMS offers at best does not reach that endpoint, so "here is the fix" is not settled.
    const held12Refused = obs.some((o) => o.code === 'tool-tls12-refused' && /offering TLS 1\.2 and nothing newer/.test(o.detail.en));
    // So does an endpoint turning away TLS 1.2 or later, or scanned accepting neither TLS 1.2 nor 1.3 (QA60 #6, #13).
    const refuses12 = seen.has(ENDPOINT_REFUSES_TLS12);
    // At Medium-High, the registry keeping TLS 1.2\Client off, with an endpoint release that refuses TLS 1.0 (QA55 #11): TMS can
    // offer only TLS 1.0 after all, the cause found (knowledge.md: enabled = Enabled non-zero and DisabledByDefault 0; keys win).
    const registryCause =
      facts.level === 'medium-high' &&
      base.affected === 'unknown' &&
      seen.has('evidence-schannel-tls12-client-off') &&
      base.findings.some((f) => f.code === 'already-medium-high') &&
      !!facts.endpoint &&
      endpointRefusesTls10(facts.endpoint) === true &&
      !held12Refused &&
      !refuses12 &&
      !tcpDown &&
      !questions.some((q) => q.required);
    // Pasted probe output whose every TLS answer is "TLS 1.0, 1.1 and 1.2 refused" (fix58b #1): as one such probe does
    // (diagnose.ts, blocking), what TMS offers at best does not reach them, so "here is the fix" is not settled.
    // (Not where a live probe, a capture or a fleet probe's counts say more: they are read on their own.)
    const pastedRows = obs.filter((o) => o.code === 'probe-output-target');
    const pastedNoLevel =
      seen.has('evidence-probe-output-no-level') &&
      !typed.probe &&
      !(typed.fleet && typed.fleet.mediumFails > 0) &&
      !obs.some((o) => o.code.startsWith('capture-')) &&
      pastedRows.every((o) => / refused, TLS 1\.2 refused\b/.test(o.detail.en) || !/: TLS 1\.0 (?:accepted|refused), TLS 1\.2 (?:accepted|refused)\b/.test(o.detail.en));
    const affected = registryCause ? 'yes' : (fixVerified || tcpDown || held12Refused || refuses12) && base.affected === 'yes' ? 'unknown' : base.affected;
    // (Then, as diagnose() does for one such probe, no fix steps and no cause: the evidence's findings and the questions.)
    if (pastedNoLevel && base.affected !== 'no') return { ...base, affected: 'unknown', findings: unique, questions };
    return { ...base, affected, findings: afterBackup(unique, findings), questions };
  } catch {
    return base;
  }
}

/**
 * The evidence's findings first, then the diagnosis's; but the .NET strong-crypto change (a registry change with its own .reg)
 * comes right after "Back up the registry first" when that step is there (knowledge.md Fix 2: the backup comes first; QA48 #9).
 */
function afterBackup(evidence: Finding[], rest: Finding[]): Finding[] {
  // (TLS 1.0 turned back on for SQL Server, QA54 #6, also right after the backup; its reboot where the fix's reboot goes: after the
  // Communication Security change, or after it when the level does not change.)
  const tls10 = evidence.find((f) => f.code === TLS10_BACK_STEP);
  const reboot = tls10 ? evidence.find((f) => f.code === TLS10_BACK_REBOOT) : undefined;
  const netfx = evidence.find((f) => f.code === 'evidence-netfx-strong-crypto-off');
  const at = rest.findIndex((f) => f.code === 'backup-registry-first');
  const moved = [netfx, tls10].filter((f): f is Finding => f !== undefined);
  // No fix steps here (TMS before 15, for one): TLS 1.0 for SQL stays in its finding (with its .reg), not as the only numbered steps.
  if (at < 0) return [...evidence.filter((f) => f !== tls10 && f !== reboot), ...rest];
  if (moved.length === 0) return [...evidence, ...rest];
  const after = [...rest.slice(0, at + 1), ...moved, ...rest.slice(at + 1)];
  if (reboot) {
    // The fix's own reboot step kept (TLS 1.2 keys to change too): it becomes this one, in its place, under its code (an
    // unconditional reboot: "only if the TLS 1.2 keys changed" no longer holds once the TLS 1.0 keys change).
    const own = after.findIndex((f) => f.code === 'reboot-server');
    const level = after.findIndex((f) => f.code === 'tms-tools-medium-high');
    if (own >= 0) after[own] = { ...reboot, code: 'reboot-server' };
    else after.splice((level >= 0 ? level : after.indexOf(tls10!)) + 1, 0, reboot);
  }
  return [...evidence.filter((f) => !moved.includes(f) && f !== reboot), ...after];
}

/**
 * No ClientHello with the level not known: the level decides the reading (noHelloLevelUnknown), so it is asked first and is
 * required, unless the user skipped it (then the default Medium is assumed, and the answer still gives both readings).
 */
function noHelloLevelFirst(facts: Facts, ask: boolean, questions: Diagnosis['questions']): Diagnosis['questions'] {
  if (!ask || !levelOpen(facts)) return questions;
  const level = questions.find((q) => q.code === 'need-security-level');
  if (!level) return questions;
  return [noHelloLevelQuestion(level), ...questions.filter((q) => q !== level)];
}

/** While SQL Server is down (26011 pasted or said): its version is asked first, in words that fit an outage (duringSqlOutage). */
function questionsDuringSqlOutage(facts: Facts, questions: Diagnosis['questions']): Diagnosis['questions'] {
  if (!sqlDownNow(facts)) return questions;
  const sql = questions.filter((q) => q.code === 'need-sql-version');
  return [...sql, ...questions.filter((q) => q.code !== 'need-sql-version')].map((q) => duringSqlOutage(facts, q));
}
