/**
 * Reading pasted text as evidence: event log lines (SQL Server 26011/3999/17182/17826, Schannel
 * 36871/36874/36888), TMS messages, Wireshark/tshark rows and packet details, SELECT @@VERSION,
 * systeminfo/winver/ver, CE/RoomOS xStatus, `reg query` output and .reg text.
 *
 * Pure, total (never throws) and linear: the text is read line by line once (plus one pass of the
 * registry reader when it holds registry text); each line is cut to MAX_LINE before any regex, and
 * the regexes have no nested quantifiers.
 */
import { groupedByFirstLetter } from '../domain/understand/first-letter';
import { advisingMediumHigh } from '../domain/advises';
import type { EndpointVersion, Facts, LocalizedText, SqlVersion, TmsVersion, WindowsVersion } from '../domain/types';
import { formatEndpoint, formatSql, formatTms, formatWindows, parseEndpoint, parseSql, parseTms, parseWindows } from '../domain/versions';
import { windowsFromBuild } from '../windows/builds';
import { parsePowerShellRegistry, parseRegQuery, parseRegText, schannelState } from '../windows/reg';
import { describeFlows, type FlowAnswer, type TlsFlow } from './flows';
import { registryObservations } from './registry';
import { withSelfTarget } from './self-target';
import { MAX_OBSERVATIONS, type EvidenceKind, type EvidenceReading, type Observation } from './types';
import { isSqlClientLine, isToolLine, SSLSCAN_HEADING, SSLSCAN_ROW } from '../domain/understand/tool-output';
import { readProbeOutput, type ProbeOutputReading } from '../probe/output-read';
import { portAnswersPlainHttp } from '../domain/understand/port-plain-http';
// Event 7036 ("… service entered the stopped state"): group 1 the display name, 2 the state; logged for a planned stop too.
import { SERVICE_STATE_EN, SERVICE_STATE_JA } from '../domain/understand/service-state';
import { ELSE_WORDS_EN, ENV_WORDS_EN } from '../domain/understand/other-machine';
import { TMS_SERVICES } from '../domain/knowledge/index';
import { securityProtocolObservation } from './netfx-protocol';
import { checkboxObservations } from '../domain/understand/iis-crypto-boxes';
import { withoutTerminalCodes } from './terminal-codes';

/** Get-TlsCipherSuite listing at most this many suites is called short (Windows Server ships a few dozen): a check. */
const FEW_SUITES = 5;

/** Get-TlsCipherSuite listing only `n` (at most FEW_SUITES) suites: it may be cut down by hardening (a check). */
/**
 * A TCP connect that worked (Test-NetConnection True, nc "succeeded", telnet "Connected to"): the port is open and something answers
 * there, and no more (QA62 #18). The TLS handshake (versions, cipher suites), the certificate and HTTP come after it, untested.
 */
function tcpOpen(tool: 'nc' | 'telnet' | undefined, where: string): LocalizedText {
  const what = tool === 'nc' ? 'nc: the TCP connection' : tool === 'telnet' ? 'telnet: the TCP connection' : 'Test-NetConnection: TCP';
  const whatJa = tool === 'nc' ? 'nc：' : tool === 'telnet' ? 'telnet：' : 'Test-NetConnection：';
  const shown = tool === 'nc' ? '"succeeded"' : tool === 'telnet' ? '"Connected to"' : 'TcpTestSucceeded : True';
  return t(
    `${what} to ${where} succeeds (${shown}): the port is open and something answers on it, so nothing on the path tested blocks it. That is all a TCP test shows: the TLS handshake (the versions and cipher suites both sides accept), the certificate and HTTPS itself come after it and are not tested. A TLS test from the TMS server to the same address (\`openssl s_client -connect HOST:443 -tls1_2\`, then \`-tls1\`) or a capture there shows the next step.`,
    `${whatJa}${where} への TCP 接続は成功しています（${shown}）。ポートは開いていて応答があるので、テストした経路では遮断されていません。TCP のテストで分かるのはここまでです。その先の TLS ハンドシェイク（双方が受け付けるバージョンと暗号スイート）、証明書、HTTPS そのものは確かめられていません。次の段階は、TMS サーバから同じアドレスへの TLS のテスト（\`openssl s_client -connect HOST:443 -tls1_2\`、続いて \`-tls1\`）か、そこでのキャプチャで分かります。`,
  );
}

function fewSuites(n: number): Observation {
  return {
    code: 'windows-cipher-suites-few',
    detail: t(
      `Only ${n} cipher ${n === 1 ? 'suite is' : 'suites are'} listed. If that is the whole output, it looks cut down (by a GPO's SSL Cipher Suite Order or IIS Crypto): when the TMS server and an endpoint share no suite, the handshake fails with alert 40 or a reset even at TLS 1.2. Check that the endpoint accepts one of them; a Schannel 36888 event with alert 40 on the TMS server points at this.`,
      `暗号スイートが ${n} 個しか表示されていません。これが出力の全部なら、一覧が絞り込まれているようです（GPO の SSL 暗号の順位や IIS Crypto）。TMS サーバとエンドポイントに共通のスイートがないと、TLS 1.2 でもアラート 40 やリセットでハンドシェイクが失敗します。エンドポイントがこのどれかを受け付けるか確認してください。TMS サーバにアラート 40 の Schannel イベント 36888 があれば、これが原因の可能性があります。`,
    ),
  };
}

/** Longest line looked at; the rest of a longer line is ignored. */
export const MAX_LINE = 2000;
/** Longest text read (a Slack message is at most 40,000 characters; files go through the file readers). */
export const MAX_TEXT = 4 * 1024 * 1024;

function t(en: string, ja: string): LocalizedText {
  return { en, ja };
}

// ---------------------------------------------------------------------------------------------
// Events

type EventInfo = { source: 'sql' | 'schannel'; en: string; ja: string };

const EVENTS: Record<number, EventInfo> = {
  26011: {
    source: 'sql',
    en: 'SQL Server could not initialize encryption because its security library failed',
    ja: 'SQL Server がセキュリティライブラリの問題で暗号化を初期化できませんでした',
  },
  3999: {
    source: 'sql',
    en: 'SQL Server error 3999, logged in the same failure as 26011 in the reference case',
    ja: 'SQL Server のエラー 3999（参照事例では 26011 と同じ障害で記録されたもの）',
  },
  17182: {
    source: 'sql',
    en: 'SQL Server\'s network layer (TDSSNIClient) failed to initialize',
    ja: 'SQL Server のネットワーク層（TDSSNIClient）の初期化に失敗しました',
  },
  17826: {
    source: 'sql',
    en: 'SQL Server could not start its network library',
    ja: 'SQL Server がネットワークライブラリを開始できませんでした',
  },
  36871: {
    source: 'schannel',
    en: 'Schannel could not create a TLS credential (often: the protocols a program needs are disabled)',
    ja: 'Schannel が TLS の資格情報を作成できませんでした（多くはプログラムが必要とするプロトコルが無効な場合）',
  },
  36874: {
    source: 'schannel',
    // Logged when this Windows server is the TLS server: something connected TO it (a browser or a system to IIS/TMS),
    // not TMS polling an endpoint (for TMS's own outgoing connections Windows logs 36887 / 36871 instead).
    en: 'a client connecting TO this server (to IIS or TMS\'s web pages, for example; not TMS polling an endpoint) shared no cipher suite with it',
    ja: 'このサーバに接続してきたクライアント（IIS や TMS の Web ページへの接続など。TMS からエンドポイントへのポーリングではありません）と共通の暗号スイートがありませんでした',
  },
  36887: {
    source: 'schannel',
    en: 'Schannel received a fatal TLS alert from the remote side of the connection, which ended the handshake',
    ja: 'Schannel が接続相手から致命的な TLS アラートを受信し、ハンドシェイクが終了しました',
  },
  36888: {
    source: 'schannel',
    en: 'Schannel sent a fatal TLS alert and ended a handshake',
    ja: 'Schannel が致命的な TLS アラートを送り、ハンドシェイクを終了しました',
  },
};

/** What a Windows event of the ones read here means (its source and a line in each language), or null. */
export function eventMeaning(id: number): Readonly<EventInfo> | null {
  return Object.prototype.hasOwnProperty.call(EVENTS, id) ? EVENTS[id] : null;
}

export const EVENT_MESSAGES: readonly [RegExp, number][] = [
  [/unable to initialize encryption because of a problem with a security library/i, 26011],
  [/tdssniclient initialization failed/i, 17182],
  [/could not start the network library because of an internal error/i, 17826],
  [/fatal error occurred while creating an? (?:tls|ssl) (?:client|server) credential/i, 36871],
  [/none of the cipher suites supported by the client application are supported by the server/i, 36874],
  [/fatal alert was generated and sent to the remote endpoint/i, 36888],
  [/fatal alert was received from the remote endpoint/i, 36887],
  // Japanese Windows messages (key phrases).
  [/セキュリティ\s?ライブラリ.{0,20}暗号化を初期化できません/, 26011],
  [/TLS\s?(?:クライアント|サーバー?)\s?(?:の\s?)?資格情報の作成中に致命的なエラー/i, 36871],
  // (警告 or アラート: Windows releases word the alert either way, QA60 #14.)
  [/致命的な(?:警告|アラート)が生成され、リモート\s?エンドポイントに送信されました/, 36888],
  // The received alert in either word order, 受信しました or 受け取りました (Windows releases word it differently).
  [/リモート\s?エンドポイントから致命的な(?:警告|アラート)を(?:受信し|受け取り)ました|致命的な(?:警告|アラート)をリモート\s?エンドポイントから(?:受信し|受け取り)ました/, 36887],
  [/暗号スイートのいずれも.{0,40}サポートされていません/, 36874],
  [/TDSSNIClient\s?の初期化に失敗しました/i, 17182],
  [/ネットワーク\s?ライブラリを(?:起動|開始)できませんでした/, 17826],
];

/**
 * Every EVENT_MESSAGES phrase in one regex, all under /i (a superset: /i only widens a phrase that lacks it): a line it
 * does not match holds none of them, so the phrases are tried one by one only on the lines it lets through. One scan
 * instead of 14 on every line of a message that passed the evidence gate (hot: ~2 us -> ~0.1 us a line).
 */
export const ANY_EVENT_MESSAGE = new RegExp(EVENT_MESSAGES.map(([re]) => `(?:${re.source})`).join('|'), 'i');

/** A line of SQL Server's ERRORLOG: "2026-12-01 10:20:12.05 Server      Error: 26011…", "… spid7s …", "… Logon …". */
const ERRORLOG_LINE = /^\s{0,4}\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,3})?\s{1,8}(?:Server|spid\d{1,5}s?|Logon|Backup)\s/;

/**
 * What the text is, from the scanner's counts: an event log when its event lines are at least its capture lines,
 * SQL Server's ERRORLOG when those event lines are in ERRORLOG form (its own form, not a Windows event export); other
 * ERRORLOG lines (the start-up banner) pasted with a Windows event do not count.
 */
export function eventKind(s: { eventLines: number; captureLines: number; errorLogLines: number }): EvidenceKind {
  if (!(s.eventLines > 0 && s.eventLines >= s.captureLines)) return 'text';
  return s.errorLogLines >= s.eventLines ? 'sql-errorlog' : 'eventlog';
}

/** Event Viewer "Save as XML" / wevtutil /f:xml: <EventID Qualifiers='49152'>26011</EventID>. */
const EVENT_ID_XML = /<EventID(?:\s[^<>]{0,60})?>(\d{4,5})<\/EventID>/i;
const EVENT_ID_CONTEXT = /(?:event\s?id|eventid|イベント\s?id|(?<![a-z])event|イベント)\s*[:#=]?\s*(\d{4,5})(?!\d)/i;
const EVENT_SOURCE = /^(?:schannel|mssql(?:server)?(?:\\?\$[\w-]{1,40})?|sql\s?server)$/i;
/** An event named by its source and number in a sentence: "we see Schannel 36874", 「Schannel 36874 が出ています」. */
/**
 * A few words may stand between them: "Schannel error 36871", 「Schannel のエラー 36871」,
 * 「Schannel でイベント ID 36888」 (no digits, no sentence end, no field separator, at most 24 characters).
 */
const EVENT_ID_SOURCE = /(?<![a-z])(?:schannel|mssqlserver|sql\s?server)(?![a-z])[^\d\n\t,.。:：]{0,24}?[:#=：]?\s{0,3}(\d{4,5})(?!\d)/i;
/**
 * SQL Server's own error numbers said in a sentence: "Error: 26011", "error 26011", 「SQLが落ちました（26011）」,
 * "SQL won't start (17182)", "log shows 26011" (a SQL number after a log word). Only the SQL events of EVENTS with five digits (3999 is too common a number),
 * and only in a statement: "will SQL fail with 26011?" asks, it reports nothing.
 */
const SQL_ERROR_NUMBER = /(?<![a-z])(?:error|err|msg)\s{0,3}[:：#]?\s{0,3}(26011|17182|17826)(?!\d)|エラー\s{0,3}[:：#]?\s{0,3}(26011|17182|17826)(?!\d)|(?<![a-z])(?:sql|mssql|mssqlserver)(?![a-z])[^?？。\n]{0,60}?(?<![\d.])(26011|17182|17826)(?![\d.])|(?<![a-z])(?:the\s)?(?:error\s?log|event\s?log|event\sviewer|logs?)\s(?:shows|showed|says|said|has|had|lists|listed|contains)\s(?:(?:an?|the)\s)?(?:event\s|error\s)?(?:id\s)?[:#]?\s?(26011|17182|17826)(?![\d.])/i;
const SENTENCE_END = /[?？。!！]|\.(?:\s|$)/;

/**
 * An event number said to be absent, in the words around it: "event 26011 not seen", "26011 was not logged",
 * "no event 26011", "without 26011", "never saw 36871", 「26011 は出ていません」「イベント 26011 はありません」.
 */
const ABSENT_AFTER = /^[\s)）]{0,3}(?:(?:(?:is|was|were|are|has|have|does|did)\s(?:been\s)?)?(?:not|never)|(?:is|was|were|are|has|have|does|did)?n['’]?t)\s(?:been\s)?(?:seen|logged|there|present|found|shown|recorded|in\s(?:the\s)?(?:log|event)|visible|appear(?:ing)?|show(?:ing)?\sup)(?![a-z])|^[\s)）]{0,3}(?:[:：]\s?)?(?:none|absent|nowhere)(?![a-z])|^\s?(?:は|も|が)?\s?(?:出て(?:い|お)?(?:ない|ません)|出ない|ありません|なし|無し|見当たりません|見当たらない|見つかりません|見つからない|見えません|確認できません|記録されて(?:い)?(?:ない|ません))/i;
const ABSENT_BEFORE = /(?:(?<![a-z])(?:no|without|not\sa|not\sany|never\s(?:saw|seen|see)|didn't\ssee|don't\ssee|can't\ssee|haven't\sseen)\s(?:sql(?:\sserver)?\s|schannel\s)?(?:(?:event|error)s?\s?(?:id\s?)?)?[:#]?\s?)$/i;

/** 36887 / 36888 with no "event" or "Schannel" before it: not part of a longer number, a time, a path or a version. */
const BARE_SCHANNEL_ALERT_ID = /(?<![\d.,:/\\-])(3688[78])(?![\d.:/\\-]|,\d)/;
const ALERT_WORD = /alert|アラート|警告/i;

/**
 * 36887/36888 said bare in a sentence with its alert code ("fatal alert 48 (36887) each poll", 「36887でアラート40を受信
 * しています」): the event, as "Schannel event 36887: received fatal alert 40" is. Narrow: the id, an alert word and a
 * number TLS defines as an alert in the same sentence, not a question, not said absent.
 */
function alertEventInProse(line: string): number | null {
  for (const sentence of line.split(/(?<=[?？。!！])|(?<=\.)(?=\s)/)) {
    const id = BARE_SCHANNEL_ALERT_ID.exec(sentence);
    if (!id || /[?？]/.test(sentence) || !ALERT_WORD.test(sentence)) continue;
    const said = ALERT_SAID.exec(sentence);
    const n = said ? Number(said[1] ?? said[2]) : NaN;
    if (TLS_ALERTS.has(n) && !saidAbsent(sentence, id.index, id.index + id[0].length)) return Number(id[1]);
  }
  return null;
}

function saidAbsent(line: string, start: number, end: number): boolean {
  return ABSENT_AFTER.test(line.slice(end, end + 60)) || ABSENT_BEFORE.test(line.slice(Math.max(0, start - 40), start));
}

function sqlErrorNumber(line: string): number | null {
  const m = SQL_ERROR_NUMBER.exec(line);
  if (!m) return null;
  if (saidAbsent(line, m.index, m.index + m[0].length)) return null;
  // The sentence it sits in must not be a question.
  const after = line.slice(m.index + m[0].length, m.index + m[0].length + 200);
  const end = SENTENCE_END.exec(after);
  if (end && (end[0] === '?' || end[0] === '？')) return null;
  return Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
}

/** 36888's alert number: "fatal alert code is 40" (2008 R2), "fatal error code is 40" (later releases), 「致命的なエラー コードは 40 です」. */
const ALERT_CODE = /fatal (?:alert|error) code is (\d{1,3})|致命的な(?:エラー|警告|アラート)\s?コードは\s?(\d{1,3})|<Data Name=['"]AlertDesc['"]>(\d{1,3})<\/Data>/i;
/**
 * 36887/36888's alert said in a sentence or a short note: "36887 (alert 70)", "fatal alert code 70", "alert code: 70",
 * 「36887（致命的な警告コード 70）」「アラート 70」. Read only for those two events, and only a number TLS defines as an
 * alert (TLS_ALERTS): "alert 3 times", "alert 40 endpoints" or 「アラート 5 件」「アラートが40台で」 is no alert code: a count.
 */
const ALERT_SAID = /(?<![a-z])(?:fatal\s)?alert(?:\s(?:code|number|description|no\.?))?\s?[:#=]?\s?(\d{1,3})(?![\d.,])(?!\s?(?:times|minutes?|mins?|seconds?|secs?|hours?|days?|ago|x\b|(?:endpoints?|systems?|devices?|servers?|codecs?)(?![a-z])|回|件|個|分|秒|台|通|箇所))|(?:致命的な)?(?:警告|アラート)\s?(?:コード|番号)?\s?(?:は|が|[:：#=])?\s?(\d{1,3})(?![\d.,])(?!\s?(?:回|件|個|分|秒|時|日|台|通|箇所))/i;
const TLS_ALERTS = new Set([0, 10, 20, 21, 22, 30, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 60, 70, 71, 80, 86, 90, 100, 109, 110, 111, 112, 113, 114, 115, 116, 120]);
/** Also the XML form of an event (Event Viewer "Save as XML", wevtutil qe): <Data Name='ErrorState'>10013</Data>. */
/** 36874's protocol: "An TLS 1.2 connection request was received from a remote client", 「TLS 1.2 接続要求を…受信しました」. */
const CONNECTION_REQUEST = /\ban?\s(TLS|SSL)\s?(\d\.\d)\sconnection request was received|(TLS|SSL)\s?(\d\.\d)\s?(?:の\s?)?接続要求/i;
/** 36871's side: "creating a TLS server credential", 「TLS クライアントの資格情報の作成中」 (the server side is something serving HTTPS here). */
const CREDENTIAL_SIDE = /creating an? (?:tls|ssl) (client|server) credential|TLS\s?(クライアント|サーバー?)\s?(?:の\s?)?資格情報の作成中/i;
const ERROR_STATE = /(?:internal error state|schannel error state) is (\d{1,6})|(?:内部エラー状態|エラーの状態)は\s?(\d{1,6})|<Data Name=['"]ErrorState['"]>(\d{1,6})<\/Data>/i;
/** wevtutil qe without /f:text prints its <Event> elements one after another, often on one line. */
const XML_EVENT_START = /(?=<Event[\s>])/;
const MAX_XML_EVENTS_PER_LINE = 1000;
/** Where one event's text starts in Event Viewer's "Copy details", wevtutil /f:text, Format-List and XML. */
const EVENT_RECORD_START = /^\s{0,8}(?:log name\s{0,20}:|ログの名前\s{0,20}:|event\[\d{1,9}\]:|timecreated\s{0,20}:|index\s{0,20}:|<event[\s>])/i;
/** Format-List fields: "Id : 36888" (Get-WinEvent), "EventID : 26011" / "InstanceId : 3221251483" (Get-EventLog). */
const EVENT_ID_FIELD = /^\s{0,8}(?:id|eventid|instanceid)\s{0,20}:\s{0,4}(\d{4,10})\s*$/i;
/** A PowerShell table header with an event id column (Get-WinEvent: Id, Get-EventLog: InstanceID). */
const EVENT_TABLE_HEADER = /^\s{0,20}(?:timecreated|index)\s.{0,80}?\b(id|instanceid|eventid)\b.{0,40}\b(?:message|leveldisplayname|entrytype)\b/i;

// ---------------------------------------------------------------------------------------------
// Versions

const SQL_LINE = /Microsoft SQL Server (\d{4})( R2)?\s{0,3}(?:\(([^()]{1,40})\))?\s{0,3}(?:\(KB\d{1,8}\)\s{0,3})?-\s{0,3}(\d{1,2}\.\d{1,2}\.\d{1,5}(?:\.\d{1,5})?)/i;
const WIN_TAIL_NT = /\bon Windows NT (\d{1,2}\.\d)\s{0,3}<[^<>]{0,12}>\s{0,3}\(Build (\d{3,6})/i;
const WIN_TAIL_SERVER = /\bon Windows Server (\d{4})( R2)?[^<>()]{0,60}<[^<>]{0,12}>\s{0,3}\(Build (\d{3,6})/i;
const SQL_ON_LINUX = /\bon Linux \(/i;
const OS_NAME = /^\s{0,8}(?:OS Name|OS 名|OS名|Caption|OsName|WindowsProductName|ProductName)\s{0,30}:\s{0,30}(.{1,200})$/i;
const OS_VERSION = /^\s{0,8}(?:OS Version|OS バージョン|OsVersion)\s{0,30}:\s{0,30}(\d{1,2})\.(\d{1,2})\.(\d{3,6})/i;
/** Get-CimInstance Win32_OperatingSystem | Format-List: "Version : 10.0.17763" (only Windows NT version numbers). */
const OS_VERSION_CIM = /^\s{0,8}Version\s{0,30}:\s{0,30}(6\.[0-3]|10\.0)\.(\d{4,6})\s*$/i;
/** [Environment]::OSVersion(.VersionString): "Microsoft Windows NT 10.0.17763.0", "Microsoft Windows NT 6.1.7601 Service Pack 1". */
const NT_VERSION_STRING = /Microsoft Windows NT (\d{1,2})\.(\d)\.(\d{4,6})/i;
/** [Environment]::OSVersion.Version as a table: "Major  Minor  Build  Revision", then "6      1      7601   65536". */
const VERSION_TABLE_HEADER = /^\s{0,8}Major\s{1,12}Minor\s{1,12}Build\s{1,12}Revision\s*$/i;
const VERSION_TABLE_ROW = /^\s{0,8}(\d{1,2})\s{1,12}(\d{1,2})\s{1,12}(\d{4,6})\s{1,12}-?\d{1,6}\s*$/;
/** A product name at the start of a field: a Get-CimInstance table row, systeminfo /fo csv. */
const WIN_PRODUCT_FIELD = /(?:^|["\t,])\s{0,8}Microsoft Windows Server (\d{4})( R2)?(?!\d)/i;
/** TMS's About page: "About Cisco TelePresence Management Suite", then "Software Version: 15.2.1" (or on one line). */
const TMS_NAME = /TelePresence Management Suite|\bCisco TMS\b/i;
/** A ticket template's product line ("Product: Cisco TMS", 「製品：Cisco TMS」): typed by the user, not the About page. */
const TEMPLATE_PRODUCT = /^\s{0,8}(?:[-•*]\s{0,2})?(?:product(?:\sname)?|affected\sproduct|system|application|software|platform|component|製品(?:名)?|対象(?:製品)?)\s{0,8}[:：]/i;
const TMS_NAME_VERSION = /(?:TelePresence Management Suite|\bCisco TMS)(?:\s{0,4}\(TMS\))?\s{0,4}(?:software\s{0,4})?(?:version|バージョン)?\s{0,4}:?\s{0,4}v?(\d{2}\.\d{1,2}(?:\.\d{1,3}){0,2})(?![\d.])/i;
const TMS_VERSION_LINE = /^\s{0,8}(?:software\s{0,4}version|version|ソフトウェア\s?バージョン|バージョン)\s{0,20}[:：]?\s{0,20}v?(\d{2}\.\d{1,2}(?:\.\d{1,3}){0,2})(?![\d.])/i;
const XSTATUS_DISPLAY = /^\s{0,8}(?:\*s\s{1,8})?SystemUnit Software DisplayName\s{0,4}:\s{0,4}"?([^"]{1,120})"?/i;
const VER_OUTPUT = /Microsoft Windows \[(?:Version|バージョン)\s{0,3}(\d{1,2})\.(\d{1,2})\.(\d{3,6})/i;
const WINVER_BUILD = /\((?:OS Build|OS ビルド)\s{0,3}(\d{3,6})/i;
const SC_NAME = /^\s{0,8}SERVICE_NAME:\s{0,8}([\w.$-]{1,80})\s*$/;
/** sc query's state line, English or Japanese Windows ("STATE : 1  STOPPED", 「状態 : 1  STOPPED」). */
const SC_STATE = /^\s{1,16}(?:STATE|状態)\s{0,20}:\s{0,4}\d{1,2}\s{1,8}([A-Z_]{4,20})/;
/**
 * A row of PowerShell's Get-Service table ("Status Name DisplayName"): "Stopped  TMSPLCMDirectoryService  TMSPLCMDirectoryService",
 * a SQL Server instance ("Stopped  MSSQL$SQLTMS  SQL Server (SQLTMS)"), and a name PowerShell 5.1 cut short ("TMSPLCMDirector...",
 * its full name then read from the DisplayName column: serviceRowName).
 */
const GET_SERVICE_ROW =
  /^\s{0,8}(Running|Stopped|StartPending|StopPending|Paused|PausePending|ContinuePending)\s{1,30}(TMS[A-Za-z]{2,60}(?:\.\.\.)?|W3SVC|MSSQL(?:\$[\w-]{1,60}|SERVER)(?:\.\.\.)?|SQLBrowser|SQLSERVERAGENT|SQLAgent\$[\w-]{1,60}|SQLWriter)(?=\s|$)(?:\s{1,30}(\S[^\r\n]{0,100}?))?\s*$/;
/**
 * A service that failed to start or stopped on an error, in English and Japanese Windows:
 * net start ("The SQL Server (SQLTMS) service could not be started.", 「SQL Server (SQLTMS) サービスを開始できませんでした。」),
 * Service Control Manager events 7023/7024/7034 ("The X service terminated with the following service-specific error",
 * 「X サービスは、サービス固有エラー %%3417 で終了しました。」, "terminated unexpectedly", 「予期せぬ原因により終了しました」).
 * Group 1 (English) or 2 (Japanese): the display name; 3: what happened.
 */
const SERVICE_FAILED_EN = /(?:^\s{0,8}|[:：]\s{0,8}|\s{2})The ([A-Za-z0-9][\w$ ().-]{0,79}?) service (could not be started(?=\.?\s*$)|terminated (?:with|unexpectedly))/;
const SERVICE_FAILED_JA = /(?<![\w$().-])([A-Za-z0-9][\w$ ().-]{0,79}?)\s?サービス(を開始できませんでした|は、?[^。\r\n]{0,60}?で終了しました|は予期せぬ原因により終了しました)/;
/** Restart-Service / Start-Service: "Service 'SQL Server (SQLTMS) (MSSQL$SQLTMS)' cannot be started …", 「サービス 'SQL Server (SQLTMS) (MSSQL$SQLTMS)' を開始できません。」. */
const PS_START_FAILED = /(?:Service|Failed to start service|サービス) '[^'\r\n]{0,80}?\(([\w.$-]{1,80})\)' ?(?:cannot be started|を開始できません)|Failed to start service '[^'\r\n]{0,80}?\(([\w.$-]{1,80})\)'/;
/**
 * A service that started or stopped as asked, net start / net stop in English and Japanese Windows: "The SQL Server (MSSQLSERVER) service
 * was started successfully.", 「SQL Server (MSSQLSERVER) サービスは正常に開始されました。」, "… service is starting.", 「… サービスを開始します.」.
 * Group 1 (English) or 2 (Japanese): the display name; the rest: what happened.
 */
const SERVICE_DONE_EN = /(?:^\s{0,8}|[:：]\s{0,8}|\s{2})The ([A-Za-z0-9][\w$ ().-]{0,79}?) service (was started successfully|was stopped successfully|is starting|is stopping)\.?\s*$/;
const SERVICE_DONE_JA = /(?<![\w$().-])([A-Za-z0-9][\w$ ().-]{0,79}?)\s?サービス(は正常に開始されました|は正常に停止されました|を開始します|を停止します|を開始しています|を停止しています)/;
/** A time on an event's line or its "Date:" line: 2024-05-01 10:00:00, 2024/05/01 10:00:00, 2024-05-01T10:00:00, 5/1/2024 10:00:00 AM. */
const EVENT_TIME_ISO = /(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T]{1,2}(\d{1,2}):(\d{2}):(\d{2})(?!\d)/;
const EVENT_TIME_US = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4}) {1,2}(\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)(?![a-z])/i;
const EVENT_DATE_LINE = /^\s{0,8}(?:Date|日付)\s{0,8}[:：]/;

/** A line's time as a number that orders times of one paste (not a real epoch), or null. */
function eventTime(line: string): number | null {
  const iso = EVENT_TIME_ISO.exec(line);
  if (iso) return Date.UTC(+iso[1], +iso[2] - 1, +iso[3], +iso[4], +iso[5], +iso[6]);
  const us = EVENT_TIME_US.exec(line);
  if (us) return Date.UTC(+us[3], +us[1] - 1, +us[2], (+us[4] % 12) + (us[7].toUpperCase() === 'PM' ? 12 : 0), +us[5], +us[6]);
  return null;
}

/**
 * Services whose 7036 lines show a stop but not the state now (settleStateEvents): the SQL Server instance first, with what to
 * check (is it running now?), never an outage by itself; SQL Server's helpers named as not the engine; others as they are.
 */
function serviceStopLoggedNote(logged: [string, string][]): Observation | null {
  if (!logged.length) return null;
  const open = (rows: [string, string][]) => rows.filter(([, st]) => st === 'STOP_RUN_UNORDERED');
  const stopped = (rows: [string, string][]) => rows.filter(([, st]) => st === 'STOP_LOGGED');
  const names = (rows: [string, string][], lang: 'en' | 'ja') => rows.map(([n]) => n).join(lang === 'ja' ? '、' : ', ');
  const sql = logged.filter(([n]) => SQL_INSTANCE_SERVICE.test(n));
  const helpers = logged.filter(([n]) => SQL_HELPER_SERVICE.test(n));
  const others = logged.filter(([n]) => !SQL_INSTANCE_SERVICE.test(n) && !SQL_HELPER_SERVICE.test(n));
  const en: string[] = [];
  const ja: string[] = [];
  const check = (sql.length ? sql : others.length ? others : helpers)[0][0];
  if (stopped(sql).length) {
    en.push(`Event 7036: SQL Server's service ${names(stopped(sql), 'en')} entered the stopped state. Windows logs that line for a planned stop as well, so it shows a stop, not an outage, and not whether it runs now.`);
    ja.push(`イベント 7036：SQL Server のサービス ${names(stopped(sql), 'ja')} が停止状態になりました。この記録は計画どおりの停止でも残るため、停止があったことはわかりますが、障害かどうか、いま実行中かどうかはわかりません。`);
  }
  if (open(sql).length) {
    en.push(`SQL Server's service ${names(open(sql), 'en')} is shown both stopping and running (or failing and starting), with no times to tell which came last.`);
    ja.push(`SQL Server のサービス ${names(open(sql), 'ja')} は、停止と実行（または異常終了と起動）の両方が記録されていますが、時刻がないためどちらが最後かわかりません。`);
  }
  if (helpers.length) {
    en.push(`Event 7036: ${names(helpers, 'en')} ${stopped(helpers).length === helpers.length ? 'entered the stopped state' : 'was shown stopping and starting'}; ${helpers.length > 1 ? 'these are' : 'this is'} SQL Server's helper service${helpers.length > 1 ? 's' : ''} (Agent, Browser, VSS Writer, CEIP), not the database engine TMS uses.`);
    ja.push(`イベント 7036：${names(helpers, 'ja')} は${stopped(helpers).length === helpers.length ? '停止状態になりました' : '停止と開始が記録されています'}。これは SQL Server の補助サービス（Agent、Browser、VSS Writer、CEIP）で、TMS が使うデータベース エンジン本体ではありません。`);
  }
  if (others.length) {
    en.push(`Event 7036 shows ${names(others, 'en')} ${stopped(others).length === others.length ? 'entering the stopped state' : 'stopping and starting'}, which a planned stop logs too.`);
    ja.push(`イベント 7036 では ${names(others, 'ja')} が${stopped(others).length === others.length ? '停止状態になっています' : '停止・開始しています'}。計画どおりの停止でも記録されます。`);
  }
  // A display name with spaces ("Windows Update") is no service name for sc: services.msc then.
  const named = /^[\w$.-]{1,80}$/.test(check);
  const sqlLog = sql.length ? ", and the last lines of SQL Server's ERRORLOG (the instance's Log folder)" : '';
  const sqlLogJa = sql.length ? 'と、SQL Server の ERRORLOG（インスタンスの Log フォルダ）の末尾' : '';
  en.push(
    named
      ? `Check whether it runs now: \`sc query ${check}\` (or services.msc). If it is stopped and will not start, paste what \`net start ${check}\` says${sqlLog}.`
      : `Check in services.msc whether it runs now. If it is stopped and will not start, paste the error Windows shows when you start it.`,
  );
  ja.push(
    named
      ? `いま実行中かどうかを確認してください：\`sc query ${check}\`（または services.msc）。停止していて開始できない場合は、\`net start ${check}\` の出力${sqlLogJa}を貼ってください。`
      : `いま実行中かどうかを services.msc で確認してください。停止していて開始できない場合は、開始したときに Windows が表示するエラーを貼ってください。`,
  );
  return { code: sql.length ? 'sql-service-stop-logged' : 'service-stop-logged', detail: t(en.join(' '), ja.join('')) };
}

/** SQL Server's helper services (Browser, Agent, VSS Writer, CEIP): not the database engine TMS connects to. */
const SQL_HELPER_SERVICE = /^(?:SQLBrowser|SQLSERVERAGENT|SQLAgent\$[\w-]{1,60}|SQLWriter|SQLTELEMETRY(?:\$[\w-]{1,60})?)$/i;
/** A SQL Server instance's own service (not its Agent, Browser or VSS writer): MSSQLSERVER, MSSQL$NAME. */
const SQL_INSTANCE_SERVICE = /^MSSQL(?:\$[\w-]{1,60}|SERVER)$/i;
/** States a failure line stores (sc and Get-Service store their own words: STOPPED, RUNNING…). */
const FAILED_STATES = new Set(['START_FAILED', 'TERMINATED']);
const STATE_WORDS: Record<string, { en: string; ja: string }> = {
  START_FAILED: { en: 'could not start', ja: '開始できず' },
  TERMINATED: { en: 'stopped on an error', ja: 'エラーで停止' },
};

/** The service name behind a display name: "SQL Server (SQLTMS)" is MSSQL$SQLTMS, "SQL Server (MSSQLSERVER)" MSSQLSERVER; others as they are. */
function serviceOfDisplay(display: string): string {
  const d = display.trim().split(/\s{2,}/).pop()!.trim();
  const sql = /^SQL Server \(([\w-]{1,60})\)$/i.exec(d);
  if (sql) return sql[1].toUpperCase() === 'MSSQLSERVER' ? 'MSSQLSERVER' : `MSSQL$${sql[1]}`;
  // Its helpers, by the names Windows shows: "SQL Server Agent (MSSQLSERVER)" is SQLSERVERAGENT, "SQL Server Agent (X)" SQLAgent$X.
  const agent = /^SQL Server Agent \(([\w-]{1,60})\)$/i.exec(d);
  if (agent) return agent[1].toUpperCase() === 'MSSQLSERVER' ? 'SQLSERVERAGENT' : `SQLAgent$${agent[1]}`;
  const ceip = /^SQL Server CEIP service \(([\w-]{1,60})\)$/i.exec(d);
  if (ceip) return ceip[1].toUpperCase() === 'MSSQLSERVER' ? 'SQLTELEMETRY' : `SQLTELEMETRY$${ceip[1]}`;
  if (/^SQL Server Browser$/i.test(d)) return 'SQLBrowser';
  if (/^SQL Server VSS Writer$/i.test(d)) return 'SQLWriter';
  return d;
}

/**
 * A Get-Service row's service name, with a name PowerShell cut short ("TMSPLCMDirector...") made whole: from the DisplayName
 * column when it starts the same way (TMS's display names are its service names; "SQL Server (X)" is MSSQL$X), else the one TMS
 * service the start names; null when still unsure.
 */
function serviceRowName(name: string, display: string | undefined): string | null {
  if (!name.endsWith('...')) return name;
  const prefix = name.slice(0, -3).toLowerCase();
  if (display) {
    const d = serviceOfDisplay(display);
    if (/^[\w$-]{1,80}$/.test(d) && d.toLowerCase().startsWith(prefix)) return d;
  }
  const known = TMS_SERVICES.filter((s) => s.toLowerCase().startsWith(prefix));
  return known.length === 1 ? known[0] : null;
}
/** CE/RoomOS xConfiguration lines, as an SSH session shows them ("*c xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.3"). */
const XCONF_MIN_TLS = /^\s{0,8}(?:\*c\s{1,8})?(?:xConfiguration\s{1,8})?NetworkServices\s{1,4}HTTPS\s{1,4}Server\s{1,4}MinimumTLSVersion\s{0,4}[:=]\s{0,4}"?TLS\s?v?1\.([0-3])"?\s*$/i;
const XCONF_HTTP_MODE = /^\s{0,8}(?:\*c\s{1,8})?(?:xConfiguration\s{1,8})?NetworkServices\s{1,4}HTTP\s{1,4}Mode\s{0,4}[:=]\s{0,4}"?(HTTP\+HTTPS|HTTPS|HTTP|Off)"?\s*$/i;
/** TC 7: "xConfiguration NetworkServices HTTPS Mode: On". */
const XCONF_HTTPS_MODE = /^\s{0,8}(?:\*c\s{1,8})?(?:xConfiguration\s{1,8})?NetworkServices\s{1,4}HTTPS\s{1,4}Mode\s{0,4}[:=]\s{0,4}"?(On|Off)"?\s*$/i;
/** Where an xConfiguration NetworkServices line starts after a lead-in on its line (QA62 #10). */
const XCONF_AFTER_LEAD = /(?:\*c[ \t]{1,8})?xConfiguration[ \t]{1,8}NetworkServices[ \t]/i;
const XSTATUS = /^\s{0,8}(?:\*s\s{1,8})?SystemUnit Software Version\s{0,4}:\s{0,4}"?([^"]{1,120})"?/i;
/** The Version line cut inside its quotes: an opening quote and no closing one (QA62 #4). */
const XSTATUS_CUT = /^\s{0,8}(?:\*s\s{1,8})?SystemUnit Software Version\s{0,4}:\s{0,4}"[^"]{0,120}$/i;

// ---------------------------------------------------------------------------------------------
// Capture text (Wireshark / tshark)

/**
 * tshark / Wireshark summary row: No. Time Source [→] Destination Protocol Length Info (Time as seconds,
 * time of day, or date and time: -t r/e/t/ad/adoy/ud). The Length
 * column may be missing (a custom column set): then a number followed by an arrow is Info's ports.
 */
const ROW = /^\s{0,12}(\d{1,9})\s{1,40}(-?\d{1,12}(?:\.\d{1,12})?|(?:\d{4}[-/]\d{2,3}(?:[-/]\d{2})?[ T])?\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?)\s{1,40}([0-9A-Fa-f.:]{2,45})\s{1,60}(?:(?:→|->)\s{1,12})?([0-9A-Fa-f.:]{2,45})\s{1,60}([A-Za-z][\w.\-/]{0,20})\s{1,40}(?:(\d{1,6})\s{1,40}(?!(?:→|->|>)))?(.{0,1500})$/;
/**
 * A capture row typed or trimmed by hand, without the frame number, time and length columns: "10.0.0.80 -> 10.0.0.5
 * TLSv1.2 Alert (Level: Fatal, Description: Handshake Failure)", "10.0.0.5:51234 → 10.0.0.80:443 TLSv1 Client Hello".
 * Both ends are IP addresses (an optional port after an IPv4 one), then a protocol Wireshark names (TCP, HTTP, TLSv1.2 …)
 * and the Info text: read as a summary row ("10.0.0.5 -> 10.0.0.80 answers ping" is no row).
 */
const ARROW_ROW = /^\s{0,12}(\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?::\d{1,5})?\s{0,12}(?:→|->)\s{0,12}(\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?::\d{1,5})?\s{1,40}(TCP|HTTP|TLSv1(?:\.[0-3])?|SSLv[23]|TLS|SSL)\s{1,40}(\S.{0,1500})$/i;
/** A label before a pasted row: "tshark: 12 0.0031 …", 「キャプチャ： 12 0.0031 …」 (the row is the rest). */
const ROW_LABEL = /^\s{0,8}[^\d\s:：][^\d:：]{0,30}[:：]\s{0,8}(?=\d)/;
const PROTO_VERSION: Record<string, number> = {
  SSLV2: 0x0200,
  SSLV3: 0x0300,
  TLSV1: 0x0301,
  'TLSV1.0': 0x0301,
  'TLSV1.1': 0x0302,
  'TLSV1.2': 0x0303,
  'TLSV1.3': 0x0304,
};
const PROTO_TOKEN = /(?<![\w.])(SSLv2|SSLv3|TLSv1(?:\.[0-3])?)(?![\w.])/i;
const PORTS = /(?<!\d)(\d{1,5})\s{0,3}(?:→|->|>)\s{0,3}(\d{1,5})(?!\d)/;
const TCP_FLAGS = /\[([A-Z, ]{3,40})\]/;
const VERSION_LINE = /^\s{0,40}Version:\s{0,4}(?:TLS|SSL)\s{0,2}\d(?:\.\d)?\s{0,4}\(0x(03\d\d)\)/i;
const SUPPORTED_VERSION = /^\s{0,40}Supported Version:\s{0,4}[^()]{0,30}\(0x([0-9a-f]{4})\)/i;
const HANDSHAKE_CH = /Handshake Type:\s{0,4}Client Hello/i;
const CONTENT_TYPE = /^\s{0,40}Content Type:/i;
const ALERT_INFO = /Alert \(Level: (?:Fatal|Warning), Description: ([A-Za-z ]{1,40})\)/i;
const HTTP_GET = /(GET \/[^\s]{0,200}) HTTP\/1\.[01]/;
const HTTP_STATUS = /HTTP\/1\.[01] (\d{3})(?: ([A-Za-z ]{1,40}))?/;

/**
 * A row of `tshark -T fields` printed without its header (no `-E header=y`): cells of addresses,
 * numbers and hex values only, separated by tabs (runs of spaces once pasted into Slack), one of
 * them a TLS version (0x0300-0x0304, or a comma list of them). Which column is the record layer and
 * which the ClientHello's version cannot be told from the row.
 */
const FIELD_CELL = /^(?:\d{1,10}(?:\.\d{1,9})?|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}|(?:\d{1,3}\.){3}\d{1,3}|0x[0-9a-f]{1,8}(?:,0x[0-9a-f]{1,8}){0,15}|\d{1,6}(?:,\d{1,6}){1,15})$/i;
const TLS_VERSION_CELL = /^0x030[0-4](?:,0x[0-9a-f]{4}){0,15}$/i;
function headerlessFieldsRow(line: string): boolean {
  if (line.length > 600) return false;
  const cells = line.trim().split(/\t| {2,}/);
  if (cells.length > 16) return false;
  let version = false;
  for (const c of cells) {
    if (c === '') continue; // a field the packet does not have
    if (!FIELD_CELL.test(c)) return false;
    if (TLS_VERSION_CELL.test(c)) version = true;
  }
  return version;
}

/** A tshark command line that prints fields (-T fields), its -e fields, its separator (-E separator=,) and a ClientHello-only filter. */
const TSHARK_FIELDS = /\btshark(?:\.exe)?["']?\s.{0,1000}?-T\s?fields\b/i;
const TSHARK_FIELD = /\s-e\s{0,4}["']?([\w.]{1,80})["']?(?=\s|$)/g;
const TSHARK_SEPARATOR = /-E\s{0,2}["']?separator=(\/[ts]|[^\s"'])/i;
const TSHARK_HELLO_FILTER = /\b(?:tls|ssl)\.handshake\.type\s{0,3}(?:==|eq)\s{0,3}1(?!\d)/i;

/** What a tshark fields command line says about the rows under it; null when `line` is not one. */
interface FieldsCommand {
  cols: Map<Column, number>;
  width: number;
  sep: string;
  /** A -Y filter keeps ClientHellos only. */
  hello: boolean;
  /** Columns that say something about a hello: addresses and its type, or its version among ClientHellos only. */
  capture: boolean;
}
function fieldsCommandOf(line: string): FieldsCommand | null {
  if (!TSHARK_FIELDS.test(line)) return null;
  const names = [...line.matchAll(TSHARK_FIELD)].slice(0, MAX_COLUMNS).map((m) => m[1].toLowerCase());
  const cols = new Map<Column, number>();
  names.forEach((n, i) => {
    const c = COLUMNS[n];
    if (c && !cols.has(c)) cols.set(c, i);
  });
  const sep = TSHARK_SEPARATOR.exec(line)?.[1] ?? '/t';
  const hello = TSHARK_HELLO_FILTER.test(line) && !/\|\||\sor\s/i.test(line);
  const capture = (cols.has('src') && cols.has('dst')) || cols.has('hsType') || (cols.has('hsVersion') && hello);
  return { cols, width: names.length, sep, hello, capture };
}

/** The cells of a row under a fields command (its width, cells of addresses, numbers and hex values only), or null. */
function fieldsRowCells(c: Pick<FieldsCommand, 'sep' | 'width'>, line: string): string[] | null {
  let fields: string[];
  if (c.sep === ',') fields = splitCsv(line);
  else if (c.sep === '/t') fields = line.includes('\t') ? line.split('\t', MAX_COLUMNS + 1) : line.trim().split(/\s+/, MAX_COLUMNS + 1);
  else if (c.sep === '/s') fields = line.trim().split(/\s+/, MAX_COLUMNS + 1);
  else fields = line.split(c.sep, MAX_COLUMNS + 1);
  if (fields.length !== c.width || !fields.every((f) => f.trim() === '' || FIELD_CELL.test(f.trim()))) return null;
  return fields;
}

/** Capture rows joined with ';' on one line: at most this many, on a line at most this long. */
const MAX_JOINED_ROWS = 1000;
const MAX_JOINED_LINE = 200_000;

/**
 * One piece of a line of joined rows is a capture row that TextScanner.capture() reads on its own line:
 * a summary row (with a label before it: "tshark: 12 0.0031 …"), a row under a tshark -T fields command
 * (`fields`: the command's columns), a headerless fields row, or the short forms it reads without
 * addresses ("TLSv1 Client Hello", "… [RST, ACK]", "Server Hello …", "Alert (Level: Fatal …").
 */
function joinedRow(p: string, fields: Pick<FieldsCommand, 'sep' | 'width'> | null): boolean {
  if (p === '' || p.length > MAX_LINE) return false;
  if (summaryRow(p)) return true;
  if (fields && fieldsRowCells(fields, p)) return true;
  if (headerlessFieldsRow(p)) return true;
  const short = (/client hello/i.test(p) && PROTO_TOKEN.test(p)) || /\[RST(?:, ACK)?\]/.test(p) || /^\s{0,8}(?:server hello|alert \(level)/i.test(p);
  // A short form in a sentence ("the codec answers [RST, ACK] but I don't see it") is not a row: at most
  // one word that is not a capture's own.
  return short && otherWords(p) <= 1;
}

/** Words of a capture row's short forms (Wireshark's labels, protocols, TCP flags, TLS message names). */
const ROW_WORDS = new Set('frame packet no tcp tls ssl tlsv1 tlsv1.0 tlsv1.1 tlsv1.2 tlsv1.3 sslv3 client server hello rst ack syn fin psh seq win len certificate done key exchange change cipher spec alert level fatal warning description handshake failure protocol version application data encrypted'.split(' '));
function otherWords(p: string): number {
  let n = 0;
  for (const w of p.split(/\s+/)) {
    const m = /^[[(]?([A-Za-z][A-Za-z.]{1,30}?)[\]),.:]{0,2}$/.exec(w);
    if (m && !ROW_WORDS.has(m[1].toLowerCase())) n++;
    // Japanese is written without spaces: every four characters count as a word.
    else if (!m) n += Math.ceil((w.match(/[ぁ-んァ-ヶ一-龯]/g)?.length ?? 0) / 4);
    if (n > 1) break;
  }
  return n;
}

/** A summary row, or one after a short label ("tshark: 12 0.0031 …"). */
function summaryRow(p: string): boolean {
  if (ROW.test(p)) return true;
  const label = ROW_LABEL.exec(p);
  return !!label && ROW.test(p.slice(label[0].length));
}

/**
 * A summary row at the end of a message's first words, after a colon or a sentence's end ("TMS shows No
 * HTTPS response. capture: 5 0.001 10.0.0.5 …", 「結果です。5 0.001 …」): the words and the row, or null.
 */
function rowAfterLead(p: string): { text: string; row: string } | null {
  const ends = /[:：。!！?？]|\.(?=\s)/g;
  let m: RegExpExecArray | null;
  for (let n = 0; n < 20 && (m = ends.exec(p)); n++) {
    const row = p.slice(m.index + 1).trim();
    if (/^\d/.test(row) && ROW.test(row)) return { text: p.slice(0, m.index + 1), row };
  }
  return null;
}

/** tshark -V / Wireshark packet details: "Frame 4: 192 bytes on wire …" starts a packet. */
const FRAME_LINE = /^Frame (\d{1,9}):/;
/** "Internet Protocol Version 4, Src: 10.1.2.3, Dst: 10.9.8.7" (with name resolution: "Src: tms01 (10.1.2.3)"). */
const IP_LINE = /^Internet Protocol Version [46], Src: ([^,\s()]{1,80})(?: \(([0-9A-Fa-f.:]{2,45})\))?, Dst: ([^,\s()]{1,80})(?: \(([0-9A-Fa-f.:]{2,45})\))?/;
/** "Transmission Control Protocol, Src Port: 51662, Dst Port: 443" (or "Dst Port: https (443)"). */
const TCP_LINE = /^Transmission Control Protocol, Src Port: (?:[\w-]{1,30} \()?(\d{1,5})\)?, Dst Port: (?:[\w-]{1,30} \()?(\d{1,5})/;
/** The TCP header's "Flags: 0x014 (RST, ACK)" (the IP header's flags read "Flags: 0x2, Don't fragment"). */
const TCP_FLAGS_LINE = /^\s{1,12}Flags: 0x[0-9a-f]{2,4} \(([A-Z, ]{2,60})\)/i;
const HANDSHAKE_TYPE = /^\s{0,40}Handshake Type: ([A-Za-z ]{1,40}?) \(\d{1,3}\)/;
const RECORD_LABEL = /^\s{0,12}(SSLv3|TLSv1(?:\.[0-3])?) Record Layer:/i;
const HTTP_REQUEST_LINE = /^\s{0,12}(GET \/\S{0,200}) HTTP\/1\.[01](?:\\r\\n)?\s{0,4}$/;
const HTTP_STATUS_LINE = /^\s{0,12}HTTP\/1\.[01] (\d{3})\b/;

/**
 * One packet read from packet details (tshark -V, Wireshark's "Export Packet Dissections" as text)
 * or one row of a table with named columns (Wireshark's CSV export, tshark -T fields -E header=y).
 */
interface Packet {
  /** The packet's summary row was read already (tshark -P -V, the plain-text export): only refine it. */
  fromRow: boolean;
  src: string;
  dst: string;
  sport: number | null;
  dport: number | null;
  /** TCP flags as Wireshark names them ("RST, ACK"); null when not shown. */
  flags: string | null;
  /** A TCP header was seen (to tell "no flags shown" from "not TCP"). */
  tcp: boolean;
  proto: string;
  /** The Info column of a table row. */
  info: string | null;
  part: 'none' | 'ch' | 'sh';
  ch: boolean;
  legacy: number | null;
  supported: number | null;
  sh: boolean;
  shVersion: number | null;
  shSupported: number | null;
  alert: number | null;
  get: string | null;
  status: number | null;
}

function newPacket(fromRow: boolean): Packet {
  return { fromRow, src: '', dst: '', sport: null, dport: null, flags: null, tcp: false, proto: '', info: null, part: 'none', ch: false, legacy: null, supported: null, sh: false, shVersion: null, shSupported: null, alert: null, get: null, status: null };
}

/** A supported_versions entry that is a version (not GREASE 0x?a?a, not a draft). */
function realVersion(n: number): boolean {
  return (n & 0x0f0f) !== 0x0a0a && n >= 0x0300 && n <= 0x0304;
}

/** Column roles of a capture table, by header name (Wireshark's English and Japanese titles, tshark field names). */
type Column = 'src' | 'dst' | 'sport' | 'dport' | 'proto' | 'info' | 'flagsStr' | 'flagsHex' | 'rst' | 'hsType' | 'hsVersion' | 'supported' | 'alert' | 'httpCode' | 'httpMethod' | 'httpUri';
const COLUMNS: Record<string, Column> = {
  source: 'src', '送信元': 'src', 'ip.src': 'src', 'ipv6.src': 'src', '_ws.col.source': 'src', '_ws.col.def_src': 'src',
  destination: 'dst', '宛先': 'dst', '送信先': 'dst', 'ip.dst': 'dst', 'ipv6.dst': 'dst', '_ws.col.destination': 'dst', '_ws.col.def_dst': 'dst',
  'tcp.srcport': 'sport', 'src port': 'sport', 'source port': 'sport', '送信元ポート': 'sport',
  'tcp.dstport': 'dport', 'dst port': 'dport', 'destination port': 'dport', '宛先ポート': 'dport',
  protocol: 'proto', 'プロトコル': 'proto', '_ws.col.protocol': 'proto',
  info: 'info', '情報': 'info', '_ws.col.info': 'info',
  'tcp.flags.str': 'flagsStr', 'tcp.flags': 'flagsHex', 'tcp.flags.reset': 'rst',
  'tls.handshake.type': 'hsType', 'ssl.handshake.type': 'hsType',
  'tls.handshake.version': 'hsVersion', 'ssl.handshake.version': 'hsVersion',
  'tls.handshake.extensions.supported_version': 'supported', 'ssl.handshake.extensions.supported_version': 'supported',
  'tls.alert_message.desc': 'alert', 'ssl.alert_message.desc': 'alert',
  'http.response.code': 'httpCode', 'http.request.method': 'httpMethod', 'http.request.uri': 'httpUri',
};
const MAX_COLUMNS = 64;

/** Splits one CSV line (double-quoted fields, "" inside quotes); linear. */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length && out.length < MAX_COLUMNS * 4; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** "0x0301,0x0303" → the numbers (tshark joins repeated fields with commas). */
function hexList(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(/0x([0-9a-f]{4})/gi)) {
    if (out.length >= 32) break;
    out.push(Number.parseInt(m[1], 16));
  }
  return out;
}

const ALERT_NUMBERS: Record<string, number> = {
  'close notify': 0,
  'unexpected message': 10,
  'handshake failure': 40,
  'illegal parameter': 47,
  'decode error': 50,
  'protocol version': 70,
  'insufficient security': 71,
  'internal error': 80,
  'inappropriate fallback': 86,
};

/** TLS certificate alerts (RFC 8446 registry), named in Schannel event lines. */
const CERT_ALERTS = new Map([
  [42, 'bad_certificate'],
  [45, 'certificate_expired'],
  [46, 'certificate_unknown'],
  [48, 'unknown_ca'],
]);

const ALERT_NAMES = new Map(Object.entries(ALERT_NUMBERS).map(([name, n]) => [n, name.replace(/ /g, '_')]));

/** The TLS alert's name for its number (RFC 8446 registry, as far as this reader knows them: 40 → "handshake_failure"), or null. */
export function alertName(n: number): string | null {
  return ALERT_NAMES.get(n) ?? null;
}

// A capture described in words rather than pasted ("the capture shows Client Hello Version: TLS 1.2
// (0x0303) but the endpoint answers Alert (Level: Fatal, Description: Handshake Failure)",
// 「ClientHello は TLS 1.2 (0x0303) ですが、Alert (Fatal, Handshake Failure) が返ります」,
// "TMS completes the TCP handshake and then sends no Client Hello at all").
// ("the client_version was 0x0303", 「Handshake の client_version は 0x0303 でした」: the hello's own version field, named.)
const SAID_HELLO = /client\s?hello|クライアント\s?ハロー|(?<![a-z])client_version(?![a-z])/i;
const SAID_HEX_VERSION = /(?<![0-9a-z])0x(030[0-4])(?![0-9a-f])/i;
// (Wireshark's bare "TLSv1" is TLS 1.0: "Client Hello TLSv1 then RST from the codec".)
const SAID_VERSION = /(?<![a-z])(?:TLS\s?v?1\.([0-3])|TLSv1)(?![\d.])/i;
/** The version right before the hello word, in Japanese: 「TLSv1 の Client Hello のあと…」 (not the row label "TLSv1 Client Hello"). */
const SAID_VERSION_BEFORE = /(?<![a-z])(?:TLS\s?v?1\.([0-3])|TLSv1)\s?の\s?$/i;
/**
 * The same in English, with an article or a verb before it: "TMS sends a TLS 1.0 client hello and the endpoint resets it"
 * (QA50 #14); not a row label ("TLSv1 Client Hello" alone, read by capture()) and not what was expected or wanted.
 */
/** "TMS will send a TLS 1.2 client hello and …", "should send": ahead or supposed, not seen. */
const SAID_AHEAD_EN = /(?<![a-z])(?:will|would|should|shall|could|might|may|going\sto|gonna|expect\w*|want\w*|supposed\sto)(?![a-z])/i;
const SAID_VERSION_BEFORE_EN = /(?<![a-z])(?:a|an|the|its|sends?|sending|sent|offers?|offering|offered)\s(?:TLS\s?v?1\.([0-3])|TLSv1)(?:\s?\(0x030[0-4]\))?\s?$/i;
const SAID_NO_HELLO = [
  /(?<![a-z])(?:no|never|without|not\s(?:a|any))\s(?:[a-z-]{1,12}\s){0,2}?(?:client\s?hello|クライアント\s?ハロー)/i,
  /(?:does|did)(?:n't|\snot)\s(?:even\s)?send\s(?:a\s|any\s|the\s|its\s)?(?:tls\s)?client\s?hello/i,
  /client\s?hello\s(?:is|was)\s(?:never|not)\s(?:sent|seen)/i,
  // 「ClientHello を送っていません」「まったく送りません」「一度も送ってきません」「送られてきません」「出ません」
  /(?:client\s?hello|クライアント\s?ハロー)\s?(?:を|が|は|も)?\s?(?:まったく|全く|一切|一度も)?\s?(?:送(?:っ|信し|信さ|ら)(?:て|れて)?(?:い|き|こ)?(?:ません|ない)|送りません|送信されません|出て(?:い|き|こ)?ません|出ません|来て(?:い)?ません|あり(?:ません)|見当たりません|なし|無し)/i,
];
/** The sentence around `at` asks: it ends with a question mark or a Japanese question ending, or opens with a question word. */
const QUESTION_OPENER = /^\s*(?:why|how\scome|how|what|which|is|are|was|were|does|do|did|can|could|should|would|will|isn't|doesn't|didn't)(?![a-z])/i;
const JA_QUESTION_END = /(?:ですか|ますか|でしょうか|のか|なぜ|どうして)\s*$/;
function askedAbout(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - 200), at);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'));
  const after = line.slice(at, at + 200);
  const end = /[.!?。！？]/.exec(after);
  const sentence = before.slice(cut + 1) + (end ? after.slice(0, end.index) : after);
  if (end && (end[0] === '?' || end[0] === '？')) return true;
  return QUESTION_OPENER.test(sentence) || JA_QUESTION_END.test(sentence) || /(?:なぜ|どうして)/.test(sentence);
}

/** A condition, not an observation: "if TMS sends no ClientHello …", 「ClientHello が出ない場合」. */
const SAID_CONDITION = /(?<![a-z])(?:if|whether|unless)\s|場合|なら(?:ば)?[、,\s]/i;
const SAID_ALERT = /alert|アラート/i;
/** Cheap test first: a second version value after the first one (then seenVersion() decides). */
const SAID_TWO_VERSIONS_HINT = /(?:0x030[0-4]|tls\s?v?1\.[0-3])[\s\S]*(?:0x030[0-4]|tls\s?v?1\.[0-3])/i;
const SAID_ANY_VERSION = /(?<![0-9a-z])0x(030[0-4])(?![0-9a-f])|(?<![a-z])TLS\s?v?1\.([0-3])(?![\d.])/gi;
/** Said of a value as what was expected, not seen: "expected 0x0303", "should be TLS 1.2", "not 0x0303 as expected", 「0x0303 のはず」. */
const SAID_EXPECTED_BEFORE = /(?<![a-z])(?:expect\w*|should(?:\sbe|\shave\sbeen)?|supposed\sto\sbe|instead\sof|rather\sthan|not|wanted|hoped(?:\sfor)?|想定|期待)(?![a-z])[^,;.、。]{0,40}$/i;
const SAID_EXPECTED_AFTER = /^\)?\s?(?:\(?as\sexpected|のはず|を期待|を想定|と想定|ではなく|じゃなく|ではありません|ではない)/i;
const SAID_RECORD_BEFORE = /(?:record|レコード)[^,;.、。]{0,30}$/i;

/**
 * A line naming two different hello versions: the one said to be seen ("… but the capture shows 0x0301",
 * "client_version is 0x0301 (not 0x0303 as expected)", 「0x0303 のはずが 0x0301 でした」), not the one expected
 * or the record layer's. 0: one version only (nothing to choose); null: which one was seen is unclear.
 */
function seenVersion(line: string, from: number): number | null {
  const values: number[] = [];
  const all = [...line.matchAll(SAID_ANY_VERSION)].filter((m) => m.index >= from);
  if (new Set(all.map((m) => (m[1] ? Number.parseInt(m[1], 16) : 0x0301 + Number(m[2])))).size < 2) return 0;
  let prevEnd = 0;
  for (const m of all) {
    const v = m[1] ? Number.parseInt(m[1], 16) : 0x0301 + Number(m[2]);
    const before = line.slice(prevEnd, m.index);
    const after = line.slice(m.index + m[0].length, m.index + m[0].length + 16);
    prevEnd = m.index + m[0].length;
    // "TLS 1.2 (0x0303)": the same value said twice is one mention.
    if (values.length && /^\s?\(?\s?$/.test(before) && values[values.length - 1] === v) continue;
    if (SAID_EXPECTED_BEFORE.test(before) || SAID_EXPECTED_AFTER.test(after) || SAID_RECORD_BEFORE.test(before)) continue;
    values.push(v);
  }
  const seen = new Set(values);
  return seen.size === 1 ? values[0] : null;
}
/** The hello's version said in words: "Client Hello version is …", "ClientHello offers TLS 1.0", 「ClientHello の Version が …」. */
const SAID_HELLO_VERSION = /^(?:client\s?hello|クライアント\s?ハロー|client_version)(?:'s|,)?\s?(?:(?:handshake\s)?version|の\s?(?:version|バージョン)|は|が)?\s?(?:is\s|was\s|shows?\s|says\s|offers\s|=\s?|:\s?|が\s?|は\s?)?(?:still\s|only\s|just\s|まだ\s?)?(?:\(?0x030[0-4]|tls\s?v?1\.[0-3])/i;
const SAID_ALERT_NAME = /(close|unexpected|handshake|illegal|decode|protocol|insufficient|internal|inappropriate)[ _](notify|message|failure|parameter|error|version|security|fallback)/i;
const SAID_ALERT_NUMBER = /(?:alert|アラート)\s?(?:number|code|番号)?\s?[:#=]?\s?\(?(\d{1,3})(?!\d)/i;
const SAID_RESET = /(?<![a-z])(?:RST|reset|resets)(?![a-z])|リセット|forcibly closed|強制的に切断/i;

interface TextFlow extends TlsFlow {
  /** The answer slot is still open (no RST/ServerHello/alert after the last ClientHello). */
  open: boolean;
  /** The server's SYN-ACK was seen (the flow began with a SYN row). */
  synAcked?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The scanner

/**
 * A line-by-line reader; `readPastedText` feeds it a pasted text, the file readers (event log
 * exports, text files) feed it the lines of a file.
 */
export class TextScanner {
  private events = new Map<number, { count: number; extra: Set<string> }>();
  private telnet = 0;
  private noHttps = 0;
  private flows: TextFlow[] = [];
  private byPair = new Map<string, TextFlow>();
  private ports = new Map<string, number>();
  private synSeen = new Map<string, 'syn' | 'synack'>();
  private httpByPair = new Map<string, TextFlow>();
  private lastFlow: TextFlow | null = null;
  /** Packet-details context: 'record' after "Content Type:", 'ch' after "Handshake Type: Client Hello". */
  private ctx: 'none' | 'record' | 'ch' = 'none';
  /** A ClientHello read from packet details: the record-layer label (weak), client_version, supported_versions. */
  private detailHello: { label: number; legacy: number | null; supported: number | null } | null = null;
  private ambiguousVersion: number | null = null;
  /** Rows of `tshark -T fields` output without its header (headerlessFieldsRow). */
  private headerlessRows = 0;
  private sql: SqlVersion | null = null;
  private sqlOnLinux = false;
  private windows: WindowsVersion | null = null;
  private windowsBuildUnknown: number | null = null;
  private windowsClient: string | null = null;
  private endpoint: EndpointVersion | null = null;
  private observations: Observation[] = [];
  /** `sc query` output: the service being described and the states read. */
  private service: string | null = null;
  private services = new Map<string, string>();
  /** Event 7036 lines per service, in the order read, each with its time when the paste shows one (serviceStateEvent). */
  private stateEvents = new Map<string, { running: boolean; at: number | null }[]>();
  /** The time of a failure event (7023/7024/7034) per service, when its line shows one. */
  private failedAt = new Map<string, number | null>();
  /** The time of the last "Date:" line (Event Viewer's "Copy details"), for the event text that follows it. */
  private dateLine: number | null = null;
  lines = 0;
  eventLines = 0;
  captureLines = 0;
  /** PowerShell Get-TlsCipherSuite rows read, and those whose Protocols include 771 (0x0303, TLS 1.2). */
  /** `other`: lines starting with a TLS_ suite name whose Protocols could not be read (not counted as rows). */
  private suites = { rows: 0, tls12: 0, other: 0 };
  /** Get-TlsCipherSuite's default list form (Format-List): the line number of the last "Name : TLS_…", its Protocols line follows. */
  private suiteNameAt = -1;
  /**
   * Get-TlsCipherSuite as a table without its Protocols column (`| Format-Table Name`, `| ft Name, Exchange, Cipher, Hash`,
   * QA60 #10): the suite names read (`named`), and whether the command line or such a table's header was seen (`context`).
   */
  private suiteNames = { named: 0, context: false };
  /**
   * PowerShell Test-NetConnection: the target and TcpTestSucceeded. Also a TCP connect that nc ("Connection to HOST 443 port
   * [tcp/https] succeeded!", "Ncat: Connected to HOST:443.") or telnet ("Connected to HOST." then "Escape character is") reports
   * (QA62 #18): `tool` says which, for the wording.
   */
  private tnc: { host: string; port: string; ok: boolean | null; ping?: boolean; tool?: 'nc' | 'telnet' } | null = null;
  /** A telnet command's target ("telnet 10.1.1.20 443") and its "Connected to HOST." line, until "Escape character is" confirms it. */
  private telnetRun: { host: string; port: string; connected: boolean } | null = null;
  /**
   * curl -v over plain HTTP: the request line and the status of the answer. `scheme` is the URL's on
   * the curl command line, `port` the one curl connected to, `tls` a TLS line of curl's (a handshake,
   * "SSL connection using", a certificate): a 301 is the HTTP fallback's only over plain HTTP.
   */
  private curlHttp: { request: string | null; status: number | null; location: string | null; target: string; scheme: 'http' | 'https' | null; port: number | null; tls: boolean } = {
    request: null,
    status: null,
    location: null,
    target: '',
    scheme: null,
    port: null,
    tls: false,
  };

  line(raw: string): void {
    // Several XML events on one line (wevtutil qe's default output): each is read as its own record.
    if (/<\/Event>\s*<Event[\s>]/.test(raw)) {
      const parts = raw.split(XML_EVENT_START).filter((p) => p.trim() !== '');
      for (const p of parts.slice(0, MAX_XML_EVENTS_PER_LINE)) this.one(p);
      return;
    }
    // Capture rows joined on one line with ';' (a chat client collapsed the line breaks): each row read
    // as its own line, as if pasted on separate lines.
    if (raw.includes(';')) {
      const rows = this.joinedRows(raw);
      if (rows) {
        for (const r of rows) this.one(r);
        return;
      }
    }
    this.one(raw);
  }

  /**
   * The pieces of a line of capture rows joined with ';' ("5 0.001 10.0.0.5 10.0.0.9 TLSv1 … Client
   * Hello; 6 0.002 10.0.0.9 10.0.0.5 TCP … [RST, ACK]", "frame 1: Client Hello TLSv1 ; frame 2: [RST,
   * ACK]", tshark -T fields rows after their command), or null: split only when at least two pieces
   * and every one of them is a row a reader below takes on its own line (joinedRow), so a ';' in other
   * text (a sentence, a registry path, a cipher list, a cookie, a CSV saved with ';') leaves the line whole.
   * The first piece may be the tshark -T fields command that names the rows' columns.
   */
  private joinedRows(raw: string): string[] | null {
    if (raw.length > MAX_JOINED_LINE || this.table || this.fieldsCommand?.sep === ';' || /separator=["']?;/i.test(raw)) return null;
    // The second piece is a row in every case (after a row or after the command): most lines end here.
    const two = raw.split(';', 2);
    if (!joinedRow(two[1].trim(), fieldsCommandOf(two[0]) ?? this.fieldsCommand)) return null;
    const pieces = raw.split(';', MAX_JOINED_ROWS + 2).map((p) => p.trim());
    while (pieces.length > 0 && pieces[pieces.length - 1] === '') pieces.pop(); // "row; row;"
    if (pieces.length > MAX_JOINED_ROWS + 1) return null;
    const command = fieldsCommandOf(pieces[0]);
    const fields = command ? (command.capture ? command : null) : this.fieldsCommand;
    const rows = command ? pieces.slice(1) : pieces;
    if (rows.length < 2) return null;
    // The message before the first row, glued to it ("… after the upgrade. capture: 5 0.001 …"): its own line.
    const lead = command || summaryRow(rows[0]) ? null : rowAfterLead(rows[0]);
    if (lead) rows[0] = lead.row;
    for (const p of rows) if (!joinedRow(p, fields)) return null;
    return command ? [pieces[0], ...rows] : lead ? [lead.text, ...rows] : rows;
  }

  private one(raw: string): void {
    try {
      this.lines++;
      let line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
      // 「イベントＩＤ ３６８８７」「イベントID：36887」: full-width forms read as their ASCII twins by every reader below. Here
      // full-width punctuation calls for the fold too (the readers key on ':' and '('): only text the gate let in gets here.
      if (FULL_WIDTH_ANY.test(line)) line = foldWidth(line);
      if (line.trim() === '') return;
      this.events_(line);
      this.powershell(line);
      this.tms(line);
      const described = this.described(line);
      // (A SQL client's line, "… (provider: SSL Provider, error: 0 - An existing connection was forcibly closed …)", is about TMS's
      // connection to its database: not a TLS client's handshake with an endpoint, QA62 #11.)
      if (!this.sqlClientTls(line) && !described) this.tool(line);
      // sslscan, nmap, curl -v, s_client: what a scanned or probed endpoint did, never a capture row or a version.
      if (this.probeTool(line)) return;
      this.versions(line);
      this.sqlcmdNoAnswer(line);
      this.serviceQuery(line);
      this.serviceFailure(line);
      if (!described) this.capture(line);
    } catch {
      /* one odd line never stops the reading */
    }
  }

  /** PowerShell's Get-TlsCipherSuite and Test-NetConnection, and curl -v's plain HTTP exchange. */
  private powershell(line: string): void {
    let m: RegExpExecArray | null;
    // Format-Table rows: "TLS_… {771}", or with other columns between the name and Protocols ("TLS_…  ECDH  AES  {771, 65277}").
    if ((m = /^\s{0,4}(TLS_[A-Z0-9_]{4,80})\s[^{}]{0,240}\{([\d,. ]{1,80})\}?\s*$/.exec(line))) {
      this.suites.rows++;
      if (/(?:^|[,\s])771(?:[,\s.]|$)/.test(m[2])) this.suites.tls12++;
    } else if (/^\s{0,4}TLS_[A-Z0-9_]{4,80}(?:\s|$)/.test(line)) {
      if (/^\s{0,4}TLS_[A-Z0-9_]{4,80}\s/.test(line)) this.suites.other++;
      if (!line.includes('{')) this.suiteNames.named++;
    } else if (/Get-TlsCipherSuite/i.test(line) || /^\s{0,4}Name(?:\s{1,60}(?:Exchange|Cipher|Hash|CipherSuite|BaseCipherSuite|KeyType|Certificate|CipherLength|HashLength|CipherBlockLength|MaximumExchangeLength|MinimumExchangeLength))*\s*$/.test(line)) {
      this.suiteNames.context = true;
    } else if (/^\s{0,4}Name\s{0,30}:\s{0,4}TLS_[A-Z0-9_]{4,80}\s*$/.test(line)) {
      // Get-TlsCipherSuite without Format-Table: "Name : TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", then "Protocols : {771}".
      this.suiteNameAt = this.lines;
    } else if (this.suiteNameAt >= 0 && (m = /^\s{0,4}Protocols\s{0,30}:\s{0,4}\{([\d,. ]{0,80})\}?\s*$/.exec(line))) {
      if (this.lines - this.suiteNameAt <= 4) {
        this.suites.rows++;
        if (/(?:^|[,\s])771(?:[,\s.]|$)/.test(m[1])) this.suites.tls12++;
      }
      this.suiteNameAt = -1;
    } else if ((m = /^\s{0,4}Connection to (\S{1,200}) (?:\(\S{1,80}\) )?(\d{1,5}) port \[[^\]\s]{1,40}\] succeeded!?\s*$/i.exec(line))) {
      if (!this.tnc) this.tnc = { host: m[1], port: m[2], ok: true, tool: 'nc' };
    } else if ((m = /^\s{0,4}Ncat: Connected to (\S{1,200}?):(\d{1,5})\.?\s*$/i.exec(line))) {
      if (!this.tnc) this.tnc = { host: m[1], port: m[2], ok: true, tool: 'nc' };
    } else if ((m = /(?:^|[\s:>$#])telnet(?:\.exe)?\s{1,4}([\w.:-]{1,200})(?:\s{1,4}(\d{1,5}))?\s*$/i.exec(line))) {
      this.telnetRun = { host: m[1], port: m[2] ?? '', connected: false };
    } else if (this.telnetRun && (m = /^\s{0,4}Connected to (\S{1,200}?)\.?\s*$/.exec(line))) {
      this.telnetRun.connected = true;
      this.telnetRun.host = m[1];
    } else if (this.telnetRun?.connected && /^\s{0,4}Escape character is /i.test(line)) {
      if (!this.tnc) this.tnc = { host: this.telnetRun.host, port: this.telnetRun.port, ok: true, tool: 'telnet' };
    } else if ((m = /^\s{0,4}(ComputerName|RemotePort|TcpTestSucceeded|PingSucceeded)\s{1,20}:\s{0,4}(\S{1,200})\s*$/.exec(line))) {
      this.tnc ??= { host: '', port: '', ok: null };
      if (m[1] === 'ComputerName') this.tnc.host = m[2];
      else if (m[1] === 'RemotePort') this.tnc.port = m[2];
      else if (m[1] === 'PingSucceeded') this.tnc.ping = /^true$/i.test(m[2]);
      else this.tnc.ok = /^true$/i.test(m[2]) ? true : /^false$/i.test(m[2]) ? false : null;
    } else if ((m = /^\s{0,4}\*\s{1,4}Connected to (\S{1,200}) \(([^()\s]{1,80})\) port (\d{1,5})/i.exec(line))) {
      this.curlHttp.target = `${m[1]}:${m[3]}`;
      this.curlHttp.port = Number(m[3]);
    } else if ((m = /(?:^|[\s>$])curl(?:\.exe)?\s(?:[^\s]{1,100}\s){0,10}?['"]?(https?):\/\//i.exec(line))) {
      this.curlHttp.scheme = m[1].toLowerCase() as 'http' | 'https';
    } else if (/^\s{0,4}\*\s{1,4}(?:SSL connection using|(?:TLSv1(?:\.[0-3])?|SSLv3) \((?:OUT|IN)\)|ALPN|Server certificate|SSL certificate verify|successfully set certificate verify)/i.test(line)) {
      this.curlHttp.tls = true;
    } else if ((m = /^\s{0,4}>\s(GET|HEAD) (\S{1,200}) HTTP\/1\.[01]\s*$/.exec(line))) {
      this.curlHttp.request = `${m[1]} ${m[2]}`;
    } else if ((m = /^\s{0,4}<\sHTTP\/1\.[01] (\d{3})/.exec(line))) {
      this.curlHttp.status = Number(m[1]);
    } else if ((m = /^\s{0,4}<\slocation:\s{0,4}(\S{1,200})/i.exec(line))) {
      this.curlHttp.location = m[1];
    }
  }

  private addEvent(id: number, line: string): void {
    const e = this.events.get(id) ?? { count: 0, extra: new Set<string>() };
    e.count++;
    this.addExtra(e, line, id);
    this.events.set(id, e);
    this.eventLines++;
    if (ERRORLOG_LINE.test(line)) this.errorLogLines++;
  }

  private addExtra(e: { extra: Set<string> }, line: string, id: number): void {
    const a = ALERT_CODE.exec(line);
    if (a && e.extra.size < 5) e.extra.add(`alert ${a[1] ?? a[2] ?? a[3]}`);
    else if ((id === 36887 || id === 36888) && e.extra.size < 5 && ALERT_WORD.test(line)) {
      const said = ALERT_SAID.exec(line);
      const n = said ? Number(said[1] ?? said[2]) : NaN;
      if (TLS_ALERTS.has(n)) e.extra.add(`alert ${n}`);
    }
    const s = ERROR_STATE.exec(line);
    if (s && e.extra.size < 5) e.extra.add(`state ${s[1] ?? s[2] ?? s[3]}`);
    const c = CONNECTION_REQUEST.exec(line);
    if (c && e.extra.size < 5) e.extra.add(`${(c[1] ?? c[3]).toUpperCase()} ${c[2] ?? c[4]}`);
    const side = line.includes('credential') || line.includes('資格情報') ? CREDENTIAL_SIDE.exec(line) : null;
    if (side) e.extra.add(/^(?:server|サーバ)/i.test(side[1] ?? side[2]) ? 'side server' : 'side client');
  }

  /**
   * One event seen in a record that already counted it (its "Event ID:" line, then its message,
   * then the XML view's <EventID>): the later mentions add details, not events.
   */
  private sameRecord(id: number): boolean {
    return this.pendingId === id && this.lines - this.pendingAt <= 200;
  }

  /** `header`: an id line (Event ID:, <EventID>, Id :) that starts the event's record; a message line does not. */
  /** The earliest and latest time shown for a Schannel event (its line's or its record's Date: line), QA50 #9. */
  private schannelFirst: number | null = null;
  private schannelLast: number | null = null;

  private countOnce(id: number, line: string, header: boolean): void {
    if (EVENTS[id]?.source === 'schannel') {
      const at = eventTime(line) ?? this.dateLine;
      if (at !== null) {
        this.schannelFirst = this.schannelFirst === null ? at : Math.min(this.schannelFirst, at);
        this.schannelLast = this.schannelLast === null ? at : Math.max(this.schannelLast, at);
      }
    }
    if (this.sameRecord(id)) this.addExtra(this.events.get(id)!, line, id);
    else this.addEvent(id, line);
    if (header) {
      this.pendingId = id;
      this.pendingAt = this.lines;
    }
  }

  private events_(line: string): void {
    if (EVENT_RECORD_START.test(line)) {
      // "Event Xml:" in Event Viewer's details is followed by the same event as XML.
      if (!(/^\s{0,8}<event[\s>]/i.test(line) && this.lastWasEventXml)) this.pendingId = null;
    }
    this.lastWasEventXml = /^\s{0,8}event xml\s{0,4}:/i.test(line);
    const header = EVENT_TABLE_HEADER.exec(line);
    if (header) {
      const col = /\b(?:instanceid|eventid|id)\b/i.exec(line);
      if (col) this.eventIdColumnEnd = col.index + col[0].length;
      return;
    }
    if (ANY_EVENT_MESSAGE.test(line)) {
      for (const [re, id] of EVENT_MESSAGES) {
        if (re.test(line)) {
          this.countOnce(id, line, false);
          return;
        }
      }
    }
    // The rest of a record's description (a message worded otherwise than the phrases above):
    // "The internal error state is 10013", 「内部エラー状態は 10013 です」 belongs to the event of the record.
    // So does 36887/36888's alert code, whatever words the description puts around it: 「…致命的な警告コードは 70 です」.
    if (
      this.pendingId !== null &&
      this.sameRecord(this.pendingId) &&
      (ERROR_STATE.test(line) || CONNECTION_REQUEST.test(line) || ((this.pendingId === 36887 || this.pendingId === 36888) && ALERT_CODE.test(line))) &&
      this.events.has(this.pendingId)
    ) {
      this.addExtra(this.events.get(this.pendingId)!, line, this.pendingId);
      return;
    }
    // A PowerShell table row: the id sits right-aligned under its column title (the message may be cut with "...").
    if (this.eventIdColumnEnd > 0) {
      const end = this.eventIdColumnEnd;
      const m = end >= line.length || /\s/.test(line[end]) ? /(?<!\S)(\d{4,10})$/.exec(line.slice(0, end)) : null;
      const id = m ? eventIdOf(Number(m[1])) : NaN;
      if (EVENTS[id]) {
        this.addEvent(id, line);
        return;
      }
    }
    // Tab- or comma-separated export rows: Level, Date, Source, Event ID, Category (tabs pasted into
    // Slack arrive as runs of spaces).
    if (line.includes('\t') || hasCommas(line, 3) || line.includes('   ')) {
      const fields = line.split(/\t|,| {3,}/).map((f) => f.trim().replace(/^"|"$/g, ''));
      if (fields.some((f) => EVENT_SOURCE.test(f))) {
        for (const f of fields) {
          const id = /^\d{4,5}$/.test(f) ? Number(f) : NaN;
          if (EVENTS[id]) {
            // Each row is its own event; its message may follow on the next line (Event Viewer's text export).
            this.addEvent(id, line);
            this.pendingId = id;
            this.pendingAt = this.lines;
            return;
          }
        }
      }
    }
    const xml = EVENT_ID_XML.exec(line) ?? EVENT_ID_FIELD.exec(line);
    const prose = xml ? null : (EVENT_ID_CONTEXT.exec(line) ?? EVENT_ID_SOURCE.exec(line));
    const m = xml ?? prose;
    if (m) {
      const id = eventIdOf(Number(m[1]));
      if (EVENTS[id]) {
        // "event 26011 not seen", "no Schannel 36871 in the log", 「26011 は出ていません」: said absent, not logged.
        if (!(prose && saidAbsent(line, m.index, m.index + m[0].length))) this.countOnce(id, line, true);
        return;
      }
    }
    // "fatal alert 48 (36887) each poll", 「36887でアラート40を受信しています」 (R44D): 36887/36888 bare, with its alert code.
    const alerted = line.length <= 400 && BARE_SCHANNEL_ALERT_ID.test(line) ? alertEventInProse(line) : null;
    if (alerted) {
      this.countOnce(alerted, line, true);
      return;
    }
    const sql = sqlErrorNumber(line);
    if (sql) this.countOnce(sql, line, true);
  }
  private pendingId: number | null = null;
  private pendingAt = 0;
  private lastWasEventXml = false;
  /** Column where a PowerShell event table's id column ends (0: no table seen). */
  private eventIdColumnEnd = 0;
  private lastRowHello = -1000;

  private tms(line: string): void {
    if (/security violation:?\s{0,4}telnet communication is not allowed/i.test(line) || TELNET_VIOLATION_JA.test(line)) this.telnet++;
    else if (/no https response/i.test(line)) this.noHttps++;
    // TMS (or .NET under it) could not open the TCP connection (QA60 #5): no TLS handshake started at all.
    if (CONNECT_HINT.test(line)) {
      const kind = connectFailure(line);
      if (kind === 'log-timeout') this.logTimeoutLines++;
      else if (kind) {
        this.connectFailed.add(kind);
        this.connectFailedLines++;
      }
    }
    // .NET's words for a TLS handshake TMS started and could not finish (English and Japanese Windows).
    if (DOTNET_HINT.test(line)) {
      let hit = false;
      for (const [kind, re] of DOTNET_TLS) {
        if (!re.test(line)) continue;
        this.dotnetTls.add(kind);
        hit = true;
      }
      if (hit) this.dotnetTlsLines++;
    }
  }
  private readonly dotnetTls = new Set<DotnetTls>();
  private readonly connectFailed = new Set<ConnectFailure>();
  private connectFailedLines = 0;
  /** tmsdebug's "ERROR … Connection timed out" lines: TCP failed, when "No HTTPS response" is in the same log. */
  private logTimeoutLines = 0;

  /**
   * A capture described in a sentence (SAID_* above): a ClientHello whose version is named and the
   * answer to it (an alert, a reset), or a connection that carries no ClientHello at all. True when
   * the line was read so; capture rows, packet details and tables are left to capture().
   */
  private described(line: string): boolean {
    if (this.pkt || this.table || line.includes('\t') || DISSECTOR_LINE.test(line) || ROW.test(line.replace(ROW_LABEL, ''))) return false;
    const hello = SAID_HELLO.exec(line);
    if (!hello) return false;
    // "why is there no ClientHello?", 「ClientHello が出ないのはなぜですか」: a question, not what a capture showed.
    if (askedAbout(line, hello.index)) return false;
    const port = /(?<![\d.:])443(?!\d)/.test(line) ? 443 : null;
    const flow = (f: Pick<TlsFlow, 'tcpCompleted' | 'clientHello' | 'answer'>): void => {
      if (this.flows.length < 100_000) this.flows.push({ client: '', server: '', port, ...f, open: false, fromText: true });
      this.captureLines++;
    };
    const none = SAID_NO_HELLO.map((re) => re.exec(line)).find((m) => m);
    if (none) {
      // 「ClientHello を送らない場合」「送らないなら」: the condition word comes after the verb in Japanese.
      if (SAID_CONDITION.test(line.slice(0, none.index + none[0].length)) || /^\s?(?:場合|なら|とき|時)/.test(line.slice(none.index + none[0].length))) return false;
      flow({ tcpCompleted: true, clientHello: null, answer: null });
      return true;
    }
    // The version named after the hello word (a line may name others before it: "TLS 1.2 is enabled, but the ClientHello is TLS 1.0").
    const rest = line.slice(hello.index);
    const hex = SAID_HEX_VERSION.exec(rest);
    const before = line.slice(Math.max(0, hello.index - 40), hello.index);
    const beforeEn = SAID_VERSION_BEFORE_EN.exec(before);
    const named = hex
      ? null
      : (SAID_VERSION.exec(rest) ??
        SAID_VERSION_BEFORE.exec(line.slice(Math.max(0, hello.index - 16), hello.index)) ??
        // "we expected a TLS 1.2 client hello", "if TMS sends a TLS 1.0 client hello": not what was seen.
        (beforeEn && !SAID_EXPECTED_BEFORE.test(before.slice(0, beforeEn.index)) && !SAID_CONDITION.test(line.slice(0, hello.index)) && !SAID_AHEAD_EN.test(line.slice(0, hello.index)) ? beforeEn : null));
    let version = hex ? Number.parseInt(hex[1], 16) : named ? 0x0301 + Number(named[1] ?? 0) : 0;
    if (!version) return false;
    // "we expected client_version 0x0303 but the capture shows 0x0301": two versions named, the one seen counts.
    if (SAID_TWO_VERSIONS_HINT.test(rest)) {
      const seen = seenVersion(line, hello.index);
      if (seen === null) return false;
      if (seen) version = seen;
    }
    let answer: FlowAnswer | null = null;
    if (SAID_ALERT.test(rest)) {
      const name = SAID_ALERT_NAME.exec(rest);
      const num = SAID_ALERT_NUMBER.exec(rest);
      const n = name ? ALERT_NUMBERS[`${name[1]} ${name[2]}`.toLowerCase()] : num ? Number(num[1]) : undefined;
      if (n !== undefined && n <= 255) answer = { kind: 'alert', description: n, name: ALERT_NAMES.get(n) ?? `alert_${n}` };
    }
    if (!answer && SAID_RESET.test(rest)) answer = { kind: 'rst' };
    if (!answer) {
      // "in Wireshark the Client Hello version is still TLS 1.0 (0x0301)", 「ClientHello の Version が
      // TLS 1.0 (0x0301) のままです」: the version offered, said with no answer. Read as the hello's own
      // version (what the user was asked to look at), unless it is said to be the record layer's; not
      // a condition ("if the ClientHello is 0x0301") or a question.
      if (SAID_CONDITION.test(line) || /[?？]\s*$/.test(line) || !SAID_HELLO_VERSION.test(rest)) return false;
      const record = /record|レコード/i.test(line);
      if (this.flows.length < 100_000)
        this.flows.push({ client: '', server: '', port, tcpCompleted: true, clientHello: { legacyVersion: version, maxVersion: version, recordOnly: (record && version <= 0x0301) || undefined }, answer: null, open: false, fromText: true, unsaidAnswer: true });
      this.captureLines++;
      return true;
    }
    // A TLS 1.0 read off a description may be the record layer, which most TLS 1.2 hellos show too.
    flow({ tcpCompleted: true, clientHello: { legacyVersion: version, maxVersion: version, recordOnly: version <= 0x0301 || undefined }, answer });
    return true;
  }

  /** A TLS client's failed handshake (not .NET's words in TMS's log, read above). */
  private tool(line: string): void {
    if (DISSECTOR_LINE.test(line)) {
      this.dissectorLines++;
      return;
    }
    if (SCHANNEL_CRED_MISMATCH.test(line)) this.schannelCredMismatch = true;
    if (OPENSSL_NO_PROTOCOLS.test(line)) this.noProtocols = true;
    if (TOOL_TLS11_HELD.test(line)) this.toolHeld11 = true;
    if (!TOOL_HINT.test(line)) {
      if (TOOL_TLS10_ONLY.test(line)) this.toolTls10Only = true;
      else if (TOOL_TLS12_HELD.test(line)) this.toolHeld12 = true;
      else if (TOOL_S_CLIENT_DEFAULT.test(line)) this.toolOffers12 = true;
      return;
    }
    if (DOTNET_HINT.test(line) && DOTNET_TLS.some(([, re]) => re.test(line))) return;
    let hit = false;
    for (const [kind, re] of TOOL_TLS) {
      if (!re.test(line)) continue;
      this.toolTls.add(kind);
      hit = true;
    }
    if (!hit) return;
    this.toolTlsLines++;
    if (TOOL_TLS10_ONLY.test(line)) this.toolTls10Only = true;
    else if (TOOL_TLS12_HELD.test(line)) this.toolHeld12 = true;
    else if (TOOL_S_CLIENT_DEFAULT.test(line)) this.toolOffers12 = true;
  }
  /** The client offering TLS 1.2 and nothing newer (`s_client -tls1_2`, its session block's "Protocol  : TLSv1.2") (QA55 #5). */
  private toolHeld12 = false;
  private readonly toolTls = new Set<ToolTls>();
  private toolTlsLines = 0;
  /** Wireshark's packet-detail lines (Transport Layer Security, Record Layer, Description: …). */
  private dissectorLines = 0;
  /** The command (or its output) restricts the client to TLS 1.0: `openssl s_client -tls1`, `curl --tls-max 1.0`. */
  private toolTls10Only = false;
  /** Windows curl.exe: "schannel: AcquireCredentialsHandle failed: SEC_E_ALGORITHM_MISMATCH" (no credential for what was asked). */
  private schannelCredMismatch = false;
  /** OpenSSL's own "no protocols available": the client had no version it was allowed to offer, nothing was asked of the server. */
  private noProtocols = false;
  /** `openssl s_client -tls1_1`: the client held to TLS 1.1 (named in the "no protocols available" note). */
  private toolHeld11 = false;
  /** sslscan / nmap ssl-enum-ciphers reports: per host:port, the versions accepted and refused. */
  private scans: { tool: 'sslscan' | 'nmap'; target: string; accepted: Set<string>; refused: Set<string> }[] = [];
  private scanHost = '';
  /** sslscan's heading was seen: its "TLSv1.0   disabled" rows are a scan's, not the user's words. */
  private sslscan = false;
  /** curl -v / openssl s_client: the target, and a handshake that completed (version, cipher). */
  private probeTarget = '';
  private handshakeOk: { tool: 'curl' | 's_client'; version: string; cipher: string; target: string } | null = null;
  private selfSigned = false;
  /** The endpoint's certificate said expired by the tool (s_client verify error 10, curl's "certificate has expired"). */
  private certExpired = false;
  /** sslscan's certificate block (Subject, Issuer) and its or curl's end of validity, as printed (QA52 #1). */
  private certSubject = '';
  private certIssuer = '';
  private certNotAfter = '';
  /** s_client's "Protocol  : TLSv1.2" session line (after a failed handshake: the version the client tried). */
  private sessionProtocol = '';
  private serverVersionRefused = false;
  /** curl's ClientHello line names TLS 1.2 or 1.3: the client offered TLS 1.2. */
  private toolOffers12 = false;
  private probeLines = 0;

  /** A line of sslscan, nmap, curl -v or s_client output (tool-output.ts); what it says about the endpoint is kept. */
  private probeTool(line: string): boolean {
    if (!this.sslscan && SSLSCAN_HEADING.test(line)) this.sslscan = true;
    if (!isToolLine(line, this.sslscan)) return false;
    this.probeLines++;
    const l = line.trim();
    let m: RegExpExecArray | null;
    if ((m = /^Testing SSL server (\S{1,200}) on port (\d{1,5})/i.exec(l))) {
      this.scans.push({ tool: 'sslscan', target: `${m[1]}:${m[2]}`, accepted: new Set(), refused: new Set() });
    } else if ((m = SSLSCAN_ROW.exec(l))) {
      if (!this.scans.length || this.scans[this.scans.length - 1].tool !== 'sslscan') this.scans.push({ tool: 'sslscan', target: '', accepted: new Set(), refused: new Set() });
      const scan = this.scans[this.scans.length - 1];
      (m[2].toLowerCase() === 'enabled' ? scan.accepted : scan.refused).add(protoName(m[1]));
    } else if ((m = /^Nmap scan report for (?:\S{1,200} \(([^()\s]{1,80})\)|(\S{1,200}))/i.exec(l))) {
      this.scanHost = m[1] ?? m[2];
    } else if ((m = /^(\d{1,5})\/tcp\s{1,12}open/i.exec(l))) {
      this.scans.push({ tool: 'nmap', target: `${this.scanHost}:${m[1]}`, accepted: new Set(), refused: new Set() });
    } else if ((m = /^\|\s{1,8}(SSLv3|TLSv1(?:\.[0-3])?):\s*$/i.exec(l))) {
      const scan = this.scans[this.scans.length - 1];
      if (scan?.tool === 'nmap') scan.accepted.add(protoName(m[1]));
    } else if (/^\|_?\s{1,8}\(no ciphers\)\s*$/i.test(l)) {
      // ssl-enum-ciphers found nothing the port accepts (QA60 #13): every version it tried refused.
      const scan = this.scans[this.scans.length - 1];
      if (scan?.tool === 'nmap' && !scan.accepted.size) for (const v of ['TLS 1.0', 'TLS 1.1', 'TLS 1.2']) scan.refused.add(v);
    } else if ((m = /\*\s{1,4}Connected to (\S{1,200}) \(([^()\s]{1,80})\) port (\d{1,5})/i.exec(l))) {
      this.probeTarget = `${m[1]}:${m[3]}`;
    } else if ((m = /^\*\s{1,4}SSL connection using (SSLv3|TLSv1(?:\.[0-3])?) \/ (\S{1,80})/i.exec(l))) {
      this.handshakeOk = { tool: 'curl', version: protoName(m[1]), cipher: m[2], target: this.probeTarget };
    } else if ((m = /^\*\s{1,4}TLSv1(?:\.([0-3]))? \(OUT\), TLS handshake, Client hello/i.exec(l))) {
      // curl names the highest version it offers on its ClientHello line: TLSv1.0 there is --tls-max 1.0,
      // TLSv1.2 or TLSv1.3 a hello that offers TLS 1.2.
      if ((m[1] ?? '0') === '0') this.toolTls10Only = true;
      else if (m[1] === '2' || m[1] === '3') this.toolOffers12 = true;
    } else if ((m = /^New, (SSLv3|TLSv1(?:\.[0-3])?)(\/SSLv3)?, Cipher is (\S{1,80})/i.exec(l)) && m[3] !== '(NONE)') {
      // OpenSSL 1.0.x prints "New, TLSv1/SSLv3, Cipher is …" whatever version was negotiated (FIX60F #2): no version there, the
      // session block's "Protocol  :" line tells it (left empty until then). "Cipher is (NONE)" is a handshake that failed.
      this.handshakeOk = { tool: 's_client', version: m[2] ? '' : protoName(m[1]), cipher: m[3], target: this.probeTarget };
    }
    else if ((m = /^Protocol\s{0,4}:\s{0,4}(SSLv3|TLSv1(?:\.[0-3])?)\s*$/i.exec(l))) this.sessionProtocol = protoName(m[1]);
    if (/verify error:num=18\b|verify result: self[- ]signed certificate|SSL certificate problem: self[- ]signed certificate(?! in)/i.test(l)) this.selfSigned = true;
    if (/verify error:num=10\b|verify result: certificate has expired|SSL certificate problem: certificate has expired/i.test(l)) this.certExpired = true;
    // sslscan's certificate block: a certificate whose issuer is its own subject is self-signed.
    if (this.sslscan && (m = /^(Subject|Issuer):\s{2,}(\S.{0,200}?)\s*$/i.exec(l))) {
      if (m[1].toLowerCase() === 'subject') this.certSubject = m[2];
      else this.certIssuer = m[2];
      if (this.certSubject && this.certIssuer && this.certSubject === this.certIssuer) this.selfSigned = true;
    }
    if ((m = /^(?:Not valid after:|\*\s{1,4}expire date:)\s{0,8}(\S.{0,60}?)\s*$/i.exec(l))) this.certNotAfter = m[1].replace(/\s+/g, ' ');
    // OpenSSL, as the client: the server answered with a version the client does not allow (below -tls1_2's).
    if (/:error:[0-9A-F]{8}:SSL routines:(?:ssl_choose_client_version|tls_process_server_hello):(?:unsupported protocol|wrong ssl version)/i.test(l)) this.serverVersionRefused = true;
    return true;
  }
  private tmsVersion: TmsVersion | null = null;
  /** The About page's heading names TMS; its Version line follows within a few lines. */
  private tmsContextUntil = -1;
  /** After a "Major Minor Build Revision" header. */
  private versionTable = false;
  /** xStatus SystemUnit Software Version cut inside its quotes (QA62 #4): what is left of it, not read as a release. */
  private versionCut: string | null = null;
  /** xStatus SystemUnit Software DisplayName, used when the Version line is missing. */
  private displayName: string | null = null;
  /** xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: the minor version (TLSv1.3 → 3). */
  private minTls: number | null = null;
  /** xConfiguration NetworkServices HTTP Mode (CE/RoomOS): HTTP+HTTPS, HTTPS, HTTP or Off. */
  private httpMode: string | null = null;
  /** xConfiguration NetworkServices HTTPS Mode (TC 7): On / Off. */
  private httpsModeOn: boolean | null = null;
  private dotnetTlsLines = 0;
  /** The SQL version came from the ERRORLOG's startup banner, not from SELECT @@VERSION. */
  private sqlFromErrorLog = false;
  /** Event lines in SQL Server's ERRORLOG form (ERRORLOG_LINE): the text is that file when they are its events. */
  errorLogLines = 0;

  private versions(line: string): void {
    const s = SQL_LINE.exec(line);
    if (s && !this.sql) {
      const label = s[3] && /^(?:SP\d|RTM)/i.test(s[3]) ? ` ${s[3].split('-')[0]}` : '';
      const r = parseSql(`SQL Server ${s[1]}${s[2] ?? ''}${label} ${s[4]}`);
      if (r.ok) {
        this.sql = { ...r.value, raw: s[0].slice(0, 120) };
        // SQL Server's ERRORLOG prints the same banner at startup, after its timestamp and "Server".
        this.sqlFromErrorLog = /^\s{0,4}\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,3})?\s+Server\s/.test(line);
      }
    }
    if (SQL_ON_LINUX.test(line) && this.sql) this.sqlOnLinux = true;
    const nt = WIN_TAIL_NT.exec(line);
    const ws = WIN_TAIL_SERVER.exec(line);
    const build = nt ? Number(nt[2]) : ws ? Number(ws[3]) : null;
    if (build !== null) this.fromBuild(build, (nt ?? ws)![0]);
    const os = OS_NAME.exec(line);
    if (os && /windows/i.test(os[1])) {
      if (/windows\s(?:server|storage\sserver)/i.test(os[1])) {
        const w = parseWindows(os[1]);
        if (w.ok) this.windows = w.value;
      } else if (!this.windows) {
        this.windowsClient = os[1].trim().slice(0, 60);
      }
    }
    const ov = OS_VERSION.exec(line) ?? VER_OUTPUT.exec(line) ?? NT_VERSION_STRING.exec(line);
    if (ov) this.fromBuild(Number(ov[3]), ov[0]);
    const cim = OS_VERSION_CIM.exec(line);
    if (cim) this.fromBuild(Number(cim[2]), cim[0]);
    if (this.versionTable) {
      const vt = VERSION_TABLE_ROW.exec(line);
      if (vt) this.fromBuild(Number(vt[3]), `${vt[1]}.${vt[2]}.${vt[3]}`);
      if (vt || !/^[\s-]+$/.test(line)) this.versionTable = false;
    }
    if (VERSION_TABLE_HEADER.test(line)) this.versionTable = true;
    const product = WIN_PRODUCT_FIELD.exec(line);
    if (product && !this.windows) {
      const w = parseWindows(`Windows Server ${product[1]}${product[2] ?? ''}`);
      if (w.ok) this.windows = { ...w.value, raw: product[0].replace(/^["\t,\s]+/, '').slice(0, 120) };
    }
    // A ticket template's "Product: Cisco TMS" (and its "Version: 15.9" below) is what the user typed, not TMS's About page.
    if (this.lines <= this.tmsContextUntil && TEMPLATE_PRODUCT.test(line)) this.tmsContextUntil = 0;
    if (!this.tmsVersion && !TEMPLATE_PRODUCT.test(line)) {
      const named = TMS_NAME_VERSION.exec(line) ?? (this.lines <= this.tmsContextUntil ? TMS_VERSION_LINE.exec(line) : null);
      if (named) {
        const v = parseTms(named[1]);
        if (v.ok && Number(v.value.semver.split('.')[0]) >= 12) this.tmsVersion = { ...v.value, raw: named[0].trim().slice(0, 120) };
      } else if (TMS_NAME.test(line)) this.tmsContextUntil = this.lines + 6;
    }
    const dn = XSTATUS_DISPLAY.exec(line);
    if (dn && !this.displayName) this.displayName = dn[1].trim();
    const wb = WINVER_BUILD.exec(line);
    if (wb) this.fromBuild(Number(wb[1]), wb[0]);
    // (An xConfiguration line after a lead-in on its line, "here you go: *c xConfiguration NetworkServices HTTP Mode: Off",
    // 「xConfiguration の結果です：*c xConfiguration …」: read from the setting on, as a lead-in before HKEY_… is, QA62 #10.)
    const xcAt = line.length <= 400 ? line.search(XCONF_AFTER_LEAD) : -1;
    const xline = xcAt > 0 && /[:：]\s*$/.test(line.slice(0, xcAt)) ? line.slice(xcAt) : line;
    const mt = XCONF_MIN_TLS.exec(xline);
    if (mt) this.minTls = Number(mt[1]);
    const hm = XCONF_HTTP_MODE.exec(xline);
    if (hm) this.httpMode = hm[1].toUpperCase() === 'OFF' ? 'Off' : hm[1].toUpperCase();
    const hsm = XCONF_HTTPS_MODE.exec(xline);
    if (hsm) this.httpsModeOn = /^on$/i.test(hsm[1]);
    const x = XSTATUS.exec(line);
    // A value with its opening quote and not its closing one ("TC7.3.2 at the end of a paste, QA62 #4): cut, not a release.
    if (x && !this.endpoint && XSTATUS_CUT.test(line)) {
      this.versionCut = x[1].trim().slice(0, 40);
    } else if (x && !this.endpoint) {
      const e = parseEndpoint(x[1]);
      if (e.ok) this.endpoint = e.value;
    }
  }

  /** The SQL client's TLS failures at its pre-login handshake (QA62 #11), by kind, and the lines read. */
  private readonly sqlTls = new Set<SqlTls>();

  /**
   * A SQL client's error at the pre-login handshake, where it sets up TLS with SQL Server (QA62 #11): "A connection was successfully
   * established with the server, but then an error occurred during the pre-login handshake. (provider: SSL Provider, error: 0 - The
   * client and server cannot communicate, because they do not possess a common algorithm.)", sqlcmd's "SSL Provider: …", the .NET
   * exception's "Error Number:-2146893007" and Win32Exception lines after it, 「ログイン前のハンドシェイク中にエラーが発生しました」.
   * True when the line is a SQL client's (read here, or sqlcmd's error lines): no endpoint's handshake is read from it.
   */
  private sqlClientTls(line: string): boolean {
    if (!SQL_TLS_HINT.test(line)) return false;
    const own = SQL_SSL_PROVIDER.test(line) || SQL_PRE_LOGIN.test(line) || (SQL_CONTEXT.test(line) && SQL_ALGORITHM.test(line));
    const client = isSqlClientLine(line);
    // The lines after the first (the inner exception, "Error Number:…") name the reason without the provider.
    if (!own && !(this.sqlTls.size && SQL_REASON.test(line)) && !(client && SQL_RESET.test(line))) return client;
    if (SQL_CERTIFICATE.test(line)) this.sqlTls.add('certificate');
    else if (SQL_ALGORITHM.test(line)) this.sqlTls.add('no-common-algorithm');
    else if (SQL_RESET.test(line)) this.sqlTls.add('reset');
    else if (own) this.sqlTls.add('other');
    return true;
  }

  /** The server named by sqlcmd's -S on its command line ('' with no -S: the default instance on this machine); null before any. */
  private sqlcmdTarget: string | null = null;
  /** sqlcmd (or the SQL client driver) could not connect: the target named before the failure, as in sqlcmdTarget. */
  private sqlcmdFailed: { target: string | null } | null = null;

  /**
   * `sqlcmd -S .\SQLTMS -E -Q "select @@version"` then "Sqlcmd: Error: … A network-related or instance-specific error …",
   * "Login timeout expired", "Named Pipes Provider: Could not open a connection to SQL Server", 「…ネットワーク関連またはインスタンス
   * 固有のエラー…」: SQL did not answer (QA round 28 E3). Read for the note only; which server the command named is kept.
   */
  private sqlcmdNoAnswer(line: string): void {
    if (!SQLCMD_HINT.test(line)) return;
    const cmd = SQLCMD_COMMAND.exec(line);
    if (cmd) {
      const named = SQLCMD_SERVER.exec(line.slice(cmd.index));
      this.sqlcmdTarget = named ? (named[1] ?? named[2] ?? named[3]).slice(0, 80) : '';
      return;
    }
    if (!this.sqlcmdFailed && isSqlClientLine(line) && SQL_NO_ANSWER.test(line)) this.sqlcmdFailed = { target: this.sqlcmdTarget };
  }

  /** `sc query NAME`: "SERVICE_NAME: NAME" then "STATE : 4  RUNNING"; a Get-Service row: "Stopped  TMSSNMPService  …". */
  private serviceQuery(line: string): void {
    const g = GET_SERVICE_ROW.exec(line);
    if (g) {
      const name = serviceRowName(g[2], g[3]);
      if (name) this.setService(name, g[1].toUpperCase());
      return;
    }
    const n = SC_NAME.exec(line);
    if (n) {
      this.service = n[1];
      return;
    }
    const st = SC_STATE.exec(line);
    if (st && this.service) {
      this.setService(this.service, st[1].toUpperCase());
      this.service = null;
      return;
    }
  }

  /** A service's state; a failure read before (net start, an event) is not replaced by the STOPPED it left behind. */
  private setService(name: string, state: string): void {
    if (this.services.size >= 50 && !this.services.has(name)) return;
    const had = this.services.get(name);
    if (had && FAILED_STATES.has(had) && state === 'STOPPED') return;
    this.services.set(name, state);
  }

  /**
   * A service that could not start or stopped on an error: net start, Restart-Service/Start-Service, and the Service Control
   * Manager's 7023/7024/7034 text, English and Japanese (SERVICE_FAILED_EN/JA, PS_START_FAILED). Cheap test first.
   */
  private serviceFailure(line: string): void {
    if (EVENT_DATE_LINE.test(line)) this.dateLine = eventTime(line);
    if (!line.includes('ervice') && !line.includes('サービス')) return;
    if (this.serviceStateEvent(line)) return;
    const ps = PS_START_FAILED.exec(line);
    if (ps) {
      this.setService(ps[1] ?? ps[2], 'START_FAILED');
      return;
    }
    const en = SERVICE_FAILED_EN.exec(line);
    if (en) {
      const name = serviceOfDisplay(en[1]);
      this.setService(name, en[2].startsWith('could') ? 'START_FAILED' : 'TERMINATED');
      this.failedAt.set(name, eventTime(line) ?? this.dateLine);
      return;
    }
    const ja = line.includes('サービス') ? SERVICE_FAILED_JA.exec(line) : null;
    if (ja && ja[1].trim()) {
      const name = serviceOfDisplay(ja[1]);
      this.setService(name, ja[2].startsWith('を') ? 'START_FAILED' : 'TERMINATED');
      this.failedAt.set(name, eventTime(line) ?? this.dateLine);
      return;
    }
    // net start / net stop that did what was asked: the last state seen for a service is the one it is in.
    const done = SERVICE_DONE_EN.exec(line);
    if (done) {
      const w = done[2];
      this.setService(serviceOfDisplay(done[1]), w.includes('started') ? 'RUNNING' : w.includes('stopped') ? 'STOPPED' : w.includes('starting') ? 'START_PENDING' : 'STOP_PENDING');
      return;
    }
    const jd = line.includes('サービス') ? SERVICE_DONE_JA.exec(line) : null;
    if (jd && jd[1].trim()) {
      const w = jd[2];
      this.setService(serviceOfDisplay(jd[1]), w.includes('正常に開始') ? 'RUNNING' : w.includes('正常に停止') ? 'STOPPED' : w.includes('開始') ? 'START_PENDING' : 'STOP_PENDING');
    }
  }

  /**
   * Event 7036 (SERVICE_STATE_EN/JA): kept apart from the services' states, since a stop it logs may be planned and over;
   * what the paste shows in the end is decided once every line is read (settleStateEvents). Paused is neither and is left.
   */
  private serviceStateEvent(line: string): boolean {
    const en = line.includes('entered the') ? SERVICE_STATE_EN.exec(line) : null;
    const ja = !en && line.includes('状態に移行') ? SERVICE_STATE_JA.exec(line) : null;
    const m = en ?? ja;
    if (!m || !m[1].trim()) return false;
    const state = m[2];
    if (state === 'paused' || state === '一時停止') return true;
    const name = serviceOfDisplay(m[1]);
    const list = this.stateEvents.get(name) ?? [];
    if (!this.stateEvents.has(name) && this.stateEvents.size >= 50) return true;
    if (list.length < 200) list.push({ running: state === 'running' || state === '実行中', at: eventTime(line) ?? this.dateLine });
    this.stateEvents.set(name, list);
    return true;
  }

  /**
   * What the 7036 lines add to the services' states. A state queried (sc query, Get-Service, net start) is the state now and
   * stays. Otherwise the last 7036 line by time wins (times on every line); without times, lines that agree decide and lines
   * that disagree leave it open (Event Viewer lists the newest first, wevtutil the oldest: the order of lines says nothing).
   * A stop alone is STOP_LOGGED (also logged for a planned stop: no outage by itself), both unordered STOP_RUN_UNORDERED.
   * A failure event (7023/7024/7034) and a later "running" for the same service: it runs again.
   */
  private settleStateEvents(): Map<string, string> {
    const out = new Map(this.services);
    for (const [name, list] of this.stateEvents) {
      const had = out.get(name);
      const failed = had !== undefined && FAILED_STATES.has(had);
      if (had !== undefined && !failed) continue;
      const timed = list.every((e) => e.at !== null);
      const last = timed ? list.reduce((a, b) => (b.at! >= a.at! ? b : a)) : null;
      const runs = list.some((e) => e.running);
      const stops = list.some((e) => !e.running);
      const verdict = last ? (last.running ? 'RUNNING' : 'STOP_LOGGED') : runs && stops ? 'STOP_RUN_UNORDERED' : runs ? 'RUNNING' : 'STOP_LOGGED';
      if (!failed) {
        // Another service's start logged says nothing TMS needs: not counted as a service "queried" and running.
        if (verdict !== 'RUNNING' || SQL_INSTANCE_SERVICE.test(name)) out.set(name, verdict);
        continue;
      }
      // A failure stays unless a "running" came after it; with no times to tell, it is open.
      if (!runs) continue;
      const failAt = this.failedAt.get(name) ?? null;
      const lastRun = timed ? Math.max(...list.filter((e) => e.running).map((e) => e.at!)) : null;
      if (failAt !== null && lastRun !== null) {
        if (lastRun > failAt && verdict === 'RUNNING') out.set(name, 'RUNNING');
        else if (lastRun > failAt) out.set(name, 'STOP_LOGGED');
      } else out.set(name, 'STOP_RUN_UNORDERED');
    }
    return out;
  }

  private fromBuild(build: number, raw: string): void {
    if (this.windows) return;
    const w = windowsFromBuild(build);
    if (w.kind === 'server') this.windows = { year: w.year, r2: w.r2, raw: raw.trim().slice(0, 120) };
    else if (w.kind === 'client') this.windowsClient = `${w.name} (build ${build})`;
    else this.windowsBuildUnknown = build;
  }

  private flowFor(src: string, dst: string, create: boolean): TextFlow | null {
    const key = `${src}|${dst}`;
    const f = this.byPair.get(key);
    if (f && (f.open || !create)) return f;
    if (!create) return null;
    const flow: TextFlow = { client: src, server: dst, port: this.ports.get(key) ?? null, tcpCompleted: this.synSeen.get(key) === 'synack' ? true : null, clientHello: null, answer: null, open: true, fromText: true };
    if (this.flows.length < 100_000) this.flows.push(flow);
    this.byPair.set(key, flow);
    return flow;
  }

  private capture(line: string): void {
    // A table with named columns (Wireshark's CSV export, tshark -T fields -E header=y).
    if (this.tableLine(line)) return;
    if (this.fieldsCommandLine(line)) return;
    if (this.fieldsCommand && this.fieldsCommandRow(line)) return;
    const frame = FRAME_LINE.exec(line);
    if (frame) {
      this.captureLines++;
      this.finishPacket();
      this.finishDetailHello();
      this.pkt = newPacket(this.lastRowNo === Number(frame[1]));
      return;
    }
    // A quoted CSV row under a header in another language: its fields as a summary row.
    const label = ROW_LABEL.exec(line);
    const row = ROW.exec(line) ?? (label ? ROW.exec(line.slice(label[0].length)) : null) ?? (line.startsWith('"') && line.includes('","') ? ROW.exec(splitCsv(line).slice(0, 7).join('\t').slice(0, MAX_LINE)) : null);
    if (row) {
      this.captureLines++;
      this.finishPacket();
      this.finishDetailHello();
      this.lastRowNo = Number(row[1]);
      const [, , , src, dst, proto, , info] = row;
      this.captureRow(src, dst, proto, info);
      return;
    }
    const typed = line.includes('>') || line.includes('→') ? ARROW_ROW.exec(line) : null;
    if (typed) {
      this.captureLines++;
      this.finishPacket();
      this.finishDetailHello();
      this.captureRow(typed[1], typed[2], typed[3], typed[4]);
      return;
    }
    if (this.pkt) {
      this.packetLine(this.pkt, line);
      return;
    }
    // Packet details (Wireshark "Copy as text" / tshark -V).
    if (/Record Layer:.{0,40}Client Hello/i.test(line) || HANDSHAKE_CH.test(line)) {
      this.captureLines++;
      if (HANDSHAKE_CH.test(line)) {
        this.ctx = 'ch';
        if (!this.detailHello) this.detailHello = { label: 0, legacy: null, supported: null };
      }
      else {
        this.finishDetailHello();
        this.ctx = 'record';
        const p = PROTO_TOKEN.exec(line);
        const v = p ? PROTO_VERSION[p[1].toUpperCase()] : undefined;
        this.detailHello = { label: v ?? 0, legacy: null, supported: null };
      }
      return;
    }
    // An alert record in details pasted without their Frame lines (tshark -V cut to the TLS part):
    // "TLSv1.2 Record Layer: Alert (Level: Fatal, Description: Handshake Failure)" answers the hello above it.
    const alertRecord = RECORD_LABEL.test(line) ? ALERT_INFO.exec(line) : null;
    if (alertRecord) {
      this.captureLines++;
      this.finishDetailHello();
      const n = ALERT_NUMBERS[alertRecord[1].trim().toLowerCase()] ?? -1;
      const f = this.lastFlow;
      if (f && f.open && f.clientHello) {
        f.answer = { kind: 'alert', description: n, name: ALERT_NAMES.get(n) ?? (n >= 0 ? `alert_${n}` : 'unknown') };
        f.open = false;
      }
      return;
    }
    if (CONTENT_TYPE.test(line)) {
      this.ctx = 'record';
      return;
    }
    const v = VERSION_LINE.exec(line);
    if (v) {
      this.captureLines++;
      const n = Number.parseInt(v[1], 16);
      if (this.ctx === 'ch') {
        if (!this.detailHello) this.detailHello = { label: 0, legacy: null, supported: null };
        if (this.detailHello.legacy === null) this.detailHello.legacy = n;
        this.ctx = 'none';
      } else if (this.ctx === 'none') {
        this.ambiguousVersion = Math.max(this.ambiguousVersion ?? 0, n);
      }
      return;
    }
    const sv = SUPPORTED_VERSION.exec(line);
    if (sv && this.detailHello) {
      const n = Number.parseInt(sv[1], 16);
      // GREASE values (0x?a?a) are not versions.
      if ((n & 0x0f0f) !== 0x0a0a && n <= 0x0304) this.detailHello.supported = Math.max(this.detailHello.supported ?? 0, n);
      return;
    }
    // A bare "Client Hello" line with a protocol token but not a full row (e.g. "TLSv1 Client Hello").
    if (/client hello/i.test(line)) {
      const p = PROTO_TOKEN.exec(line);
      if (p) {
        this.captureLines++;
        this.captureRow('', '', p[1], line);
      }
      return;
    }
    if (headerlessFieldsRow(line)) {
      this.captureLines++;
      this.headerlessRows++;
      return;
    }
    if (/\[RST(?:, ACK)?\]/.test(line) || /^\s{0,8}(?:server hello|alert \(level)/i.test(line)) {
      this.captureLines++;
      this.captureRow('', '', '', line);
    }
  }

  // --- packet details (tshark -V, Wireshark's "Export Packet Dissections" as plain text) -------
  private pkt: Packet | null = null;
  private lastRowNo = -1;
  /** Packet details showed a TCP header without its flags (tshark -O tls): a RST cannot be seen. */
  private tcpFlagsHidden = false;

  private packetLine(p: Packet, line: string): void {
    let m: RegExpExecArray | null;
    if ((m = IP_LINE.exec(line))) {
      p.src = m[2] ?? m[1];
      p.dst = m[4] ?? m[3];
      return;
    }
    if ((m = TCP_LINE.exec(line))) {
      p.tcp = true;
      p.sport = Number(m[1]);
      p.dport = Number(m[2]);
      return;
    }
    if (p.tcp && p.flags === null && (m = TCP_FLAGS_LINE.exec(line))) {
      p.flags = m[1].trim();
      return;
    }
    if ((m = RECORD_LABEL.exec(line))) {
      if (!p.proto) p.proto = m[1];
      const a = ALERT_INFO.exec(line);
      if (a && p.alert === null) p.alert = ALERT_NUMBERS[a[1].trim().toLowerCase()] ?? -1;
      p.part = 'none';
      return;
    }
    if ((m = HANDSHAKE_TYPE.exec(line))) {
      const type = m[1].toLowerCase();
      p.part = type === 'client hello' ? 'ch' : type === 'server hello' ? 'sh' : 'none';
      if (p.part === 'ch') p.ch = true;
      if (p.part === 'sh') p.sh = true;
      this.captureLines++;
      return;
    }
    const v = VERSION_LINE.exec(line);
    if (v) {
      const n = Number.parseInt(v[1], 16);
      if (p.part === 'ch' && p.legacy === null) p.legacy = n;
      else if (p.part === 'sh' && p.shVersion === null) p.shVersion = n;
      return;
    }
    const sv = SUPPORTED_VERSION.exec(line);
    if (sv) {
      const n = Number.parseInt(sv[1], 16);
      if (realVersion(n)) {
        if (p.part === 'ch') p.supported = Math.max(p.supported ?? 0, n);
        else if (p.part === 'sh' && p.shSupported === null) p.shSupported = n;
      }
      return;
    }
    if (p.get === null && (m = HTTP_REQUEST_LINE.exec(line))) {
      p.get = m[1];
      return;
    }
    if (p.status === null && (m = HTTP_STATUS_LINE.exec(line))) p.status = Number(m[1]);
  }

  private finishPacket(): void {
    const p = this.pkt;
    this.pkt = null;
    if (p) this.emitPacket(p);
  }

  /** What one packet (details or a table row) shows, fed to the same flow bookkeeping as summary rows. */
  private emitPacket(p: Packet): void {
    const key = `${p.src}|${p.dst}`;
    const back = `${p.dst}|${p.src}`;
    const addressed = p.src !== '' || p.dst !== '';
    if (!p.fromRow) {
      if (p.tcp && p.flags === null) this.tcpFlagsHidden = true;
      if (p.ch && p.dport !== null && !this.ports.has(key)) this.ports.set(key, p.dport);
      if (p.alert !== null && !(p.info && ALERT_INFO.test(p.info))) {
        const target = addressed ? this.byPair.get(back) : this.lastFlow;
        if (target && target.open && target.clientHello) {
          const name = ALERT_NAMES.get(p.alert);
          target.answer = { kind: 'alert', description: p.alert, name: name ?? (p.alert >= 0 ? `alert_${p.alert}` : 'unknown') };
          target.open = false;
        }
      }
      const ports = p.sport !== null && p.dport !== null ? `${p.sport} → ${p.dport} ` : '';
      let info = p.info ?? '';
      if (p.flags && !TCP_FLAGS.test(info)) info = `${ports}[${p.flags}] ${info}`;
      else if (ports && !PORTS.test(info)) info = `${ports}${info}`;
      if (p.ch && !/client hello/i.test(info)) info += ' Client Hello';
      if (p.sh && !/server hello/i.test(info)) info += ' Server Hello';
      if (p.get && !HTTP_GET.test(info)) info += ` ${p.get} HTTP/1.1`;
      if (p.status !== null && !HTTP_STATUS.test(info)) info += ` HTTP/1.1 ${p.status}`;
      const proto = p.proto || (p.ch || p.sh ? 'TLS' : '');
      if (info.trim() !== '' || proto) this.captureRow(p.src, p.dst, proto, info);
    }
    // The hello's own versions (client_version, supported_versions) refine its row.
    if (p.ch && (p.legacy !== null || p.supported !== null)) {
      const f = (addressed ? this.byPair.get(key) : undefined) ?? this.lastFlow;
      if (f && f.clientHello !== undefined) {
        const legacy = p.legacy ?? f.clientHello?.legacyVersion ?? p.supported!;
        f.clientHello = { legacyVersion: legacy, maxVersion: p.supported ?? legacy };
      }
    }
    const chosen = p.shSupported ?? p.shVersion;
    if (p.sh && chosen) {
      const f = (addressed ? this.byPair.get(back) : undefined) ?? this.lastFlow;
      if (f && f.answer?.kind === 'serverHello') f.answer = { kind: 'serverHello', version: chosen };
    }
  }

  // --- tables with named columns ---------------------------------------------------------------
  private table: { csv: boolean; cols: Map<Column, number>; width: number; hello?: boolean } | null = null;
  /** A `tshark -T fields -e …` command line pasted above its rows: the rows' columns, named by its -e fields. */
  private fieldsCommand: FieldsCommand | null = null;

  /** `tshark … -T fields -e ip.dst -e tls.handshake.version` (its separator, and a -Y filter that keeps ClientHellos only). */
  private fieldsCommandLine(line: string): boolean {
    const c = fieldsCommandOf(line);
    if (!c) return false;
    this.fieldsCommand = c.capture ? c : null;
    this.helloFilter = c.hello;
    return true;
  }

  /** The last tshark command line pasted kept ClientHellos only: so does the table under it (-E header=y). */
  private helloFilter = false;

  /** A row under a fields command line: as a table row with its columns. */
  private fieldsCommandRow(line: string): boolean {
    const c = this.fieldsCommand!;
    const fields = fieldsRowCells(c, line);
    if (!fields) return false;
    this.table = { csv: c.sep === ',', cols: c.cols, width: c.width, hello: c.hello };
    this.tableRow(fields);
    this.table = null;
    return true;
  }

  /** A header or a row of a capture table; false when the line is neither. */
  private tableLine(line: string): boolean {
    const tab = line.includes('\t');
    if (!tab && !line.includes(',')) {
      this.table = null;
      return false;
    }
    if (this.table) {
      const fields = this.table.csv ? splitCsv(line) : line.split('\t', MAX_COLUMNS * 4);
      if (fields.length >= 2 && fields.length >= this.table.width - 1) {
        this.tableRow(fields);
        return true;
      }
      this.table = null;
    }
    const csv = !tab;
    const names = (csv ? splitCsv(line) : line.split('\t', MAX_COLUMNS + 1)).map((f) => f.trim().replace(/^"|"$/g, '').toLowerCase());
    if (names.length < 2 || names.length > MAX_COLUMNS) return false;
    const cols = new Map<Column, number>();
    names.forEach((n, i) => {
      const c = COLUMNS[n];
      if (c && !cols.has(c)) cols.set(c, i);
    });
    const capture = (cols.has('src') && cols.has('dst')) || cols.has('hsType') || cols.has('hsVersion');
    if (!capture || cols.size < 2) return false;
    this.table = { csv, cols, width: names.length, hello: this.helloFilter };
    this.captureLines++;
    return true;
  }

  private tableRow(fields: string[]): void {
    const t = this.table!;
    const get = (c: Column): string => {
      const i = t.cols.get(c);
      if (i === undefined || i >= fields.length) return '';
      // An unquoted Info column that held the separator: the rest of the line.
      if (c === 'info' && i === t.width - 1 && fields.length > t.width) return fields.slice(i).join(t.csv ? ',' : '\t').trim();
      return fields[i].trim();
    };
    const p = newPacket(false);
    p.src = get('src');
    p.dst = get('dst');
    if (!/^[0-9A-Fa-f.:]{2,45}$/.test(p.src)) p.src = '';
    if (!/^[0-9A-Fa-f.:]{2,45}$/.test(p.dst)) p.dst = '';
    const sport = get('sport');
    const dport = get('dport');
    if (/^\d{1,5}$/.test(sport) && /^\d{1,5}$/.test(dport)) {
      p.sport = Number(sport);
      p.dport = Number(dport);
      p.tcp = true;
    }
    p.proto = get('proto').slice(0, 20);
    const info = get('info');
    p.info = info === '' ? null : info.slice(0, MAX_LINE);
    const names: string[] = [];
    const str = get('flagsStr');
    const hex = /^0x([0-9a-f]{1,4})$/i.exec(get('flagsHex'));
    if (str) {
      for (const [ch, name] of [['F', 'FIN'], ['S', 'SYN'], ['R', 'RST'], ['P', 'PSH'], ['A', 'ACK']]) if (str.includes(ch)) names.push(name);
    } else if (hex) {
      const bits = Number.parseInt(hex[1], 16);
      for (const [bit, name] of [[1, 'FIN'], [2, 'SYN'], [4, 'RST'], [8, 'PSH'], [16, 'ACK']] as const) if (bits & bit) names.push(name);
    } else if (/^(?:1|true|set)$/i.test(get('rst'))) names.push('RST');
    if (names.length) p.flags = names.join(', ');
    else if (!t.cols.has('flagsStr') && !t.cols.has('flagsHex') && !t.cols.has('rst') && !t.cols.has('info')) p.tcp = false;
    const types = get('hsType').split(',').map((x) => x.trim());
    // No type column under a filter that keeps ClientHellos only (-Y tls.handshake.type==1): every row is one.
    p.ch = types.includes('1') || (!!t.hello && !t.cols.has('hsType'));
    p.sh = types.includes('2');
    const versions = hexList(get('hsVersion'));
    const supported = hexList(get('supported')).filter(realVersion);
    if (p.ch) {
      p.legacy = versions[0] ?? null;
      p.supported = supported.length ? Math.max(...supported) : null;
    } else if (p.sh) {
      p.shVersion = versions[0] ?? null;
      p.shSupported = supported[0] ?? null;
    }
    const alert = /^\d{1,3}/.exec(get('alert'));
    if (alert) p.alert = Number(alert[0]);
    const code = /^\d{3}$/.exec(get('httpCode'));
    if (code) p.status = Number(code[0]);
    const uri = get('httpUri');
    if (/^GET$/i.test(get('httpMethod')) && uri.startsWith('/')) p.get = `GET ${uri.slice(0, 200)}`;
    this.captureLines++;
    this.emitPacket(p);
  }

  private finishDetailHello(): void {
    const h = this.detailHello;
    this.detailHello = null;
    this.ctx = 'none';
    if (!h) return;
    const legacy = h.legacy ?? h.label;
    const max = h.supported ?? legacy;
    if (!max) return;
    // Details right after a summary row describe that row's packet: they refine its hello.
    const fromRow = this.lastFlow && this.lastFlow.open && this.lines - this.lastRowHello <= 80;
    let f = fromRow || (this.lastFlow && this.lastFlow.open && this.lastFlow.clientHello === null) ? this.lastFlow : this.flowFor('', '', true);
    if (f && f.clientHello && !fromRow) {
      f.open = false;
      f = this.flowFor('', '', true);
    }
    if (!f) return;
    f.clientHello = { legacyVersion: legacy || max, maxVersion: max };
    this.lastFlow = f;
  }

  private captureRow(src: string, dst: string, proto: string, info: string): void {
    const ports = PORTS.exec(info);
    const flags = TCP_FLAGS.exec(info)?.[1] ?? '';
    const key = `${src}|${dst}`;
    const back = `${dst}|${src}`;
    if (flags) {
      if (/^SYN$/.test(flags.replace(/\s/g, '')) && ports) {
        const port = Number(ports[2]);
        this.ports.set(key, port);
        this.synSeen.set(key, 'syn');
        // A connection to 443 is a flow from its SYN on, so one that never carries a ClientHello is seen.
        if (port === 443 && (src || dst)) {
          const old = this.byPair.get(key);
          const retransmitted = old && old.open && !old.clientHello && !old.synAcked;
          if (!retransmitted) {
            if (old) old.open = false;
            const f = this.flowFor(src, dst, true);
            if (f) this.lastFlow = f;
          }
        }
      } else if (/SYN,\s?ACK/.test(flags)) {
        if (this.synSeen.get(back) === 'syn') this.synSeen.set(back, 'synack');
        const f = this.byPair.get(back);
        if (f && f.open && !f.clientHello) f.synAcked = true;
      } else if (/FIN|RST/.test(flags)) {
        // Closed after the TCP handshake and before any ClientHello (TLS 1.0 disabled while TMS is at Medium).
        for (const f of [this.byPair.get(key), this.byPair.get(back)]) {
          if (f && f.open && !f.clientHello && f.synAcked) {
            f.tcpCompleted = true;
            f.open = false;
          }
        }
      }
    }
    if (/client hello/i.test(info)) {
      const p = PROTO_TOKEN.exec(proto) ?? PROTO_TOKEN.exec(info);
      const v = p ? PROTO_VERSION[p[1].toUpperCase()] : undefined;
      const f = this.flowFor(src, dst, true);
      if (!f) return;
      if (f.clientHello) {
        // A second hello on the same pair without an answer in between: a new connection.
        f.open = false;
        const g = this.flowFor(src, dst, true);
        if (!g) return;
        g.clientHello = v ? { legacyVersion: v, maxVersion: v, recordOnly: true } : null;
        this.lastFlow = g;
      } else {
        if (v) f.clientHello = { legacyVersion: v, maxVersion: v, recordOnly: true };
        this.lastFlow = f;
      }
      this.lastRowHello = this.lines;
      if (this.synSeen.get(key) === 'synack') this.lastFlow.tcpCompleted = true;
      return;
    }
    // A RST sent by the client of an open flow after its ClientHello, before any answer: the client
    // reset its own connection (as the capture reader says), not a refusal by the server. Who sent it is
    // read from the ports when the row has them ("51234 → 443"), else from the addresses.
    if (flags && /RST/.test(flags)) {
      const own = src || dst ? this.byPair.get(key) : this.lastFlow;
      if (own && own.open && own.clientHello && !own.answer && !own.http) {
        const fromClient = ports && own.port !== null ? Number(ports[2]) === own.port && Number(ports[1]) !== own.port : key !== back && Boolean(src || dst);
        if (fromClient) {
          own.answer = { kind: 'clientRst' };
          own.open = false;
          return;
        }
      }
    }
    // An answer from the server: to the open flow of the reversed pair (or the last flow when
    // the rows carry no addresses).
    const target = src || dst ? this.byPair.get(back) : this.lastFlow;
    const answer = this.answerOf(flags, info, proto);
    if (answer && target && target.open && target.clientHello) {
      target.answer = answer;
      target.open = false;
      return;
    }
    const get = HTTP_GET.exec(info);
    if (get) {
      const f: TextFlow = { client: src, server: dst, port: ports ? Number(ports[2]) : 80, tcpCompleted: null, clientHello: null, answer: null, open: true, fromText: true, http: { request: get[1], status: null } };
      if (this.flows.length < 100_000) this.flows.push(f);
      this.httpByPair.set(key, f);
      return;
    }
    const st = HTTP_STATUS.exec(info);
    if (st) {
      const f = this.httpByPair.get(back) ?? (src || dst ? undefined : [...this.httpByPair.values()].pop());
      if (f?.http && f.http.status === null) f.http.status = Number(st[1]);
    }
  }

  private answerOf(flags: string, info: string, proto: string): FlowAnswer | null {
    if (/server hello/i.test(info)) {
      const p = PROTO_TOKEN.exec(proto) ?? PROTO_TOKEN.exec(info);
      return { kind: 'serverHello', version: p ? PROTO_VERSION[p[1].toUpperCase()] : 0 };
    }
    const a = ALERT_INFO.exec(info);
    if (a) {
      const name = a[1].trim();
      return { kind: 'alert', description: ALERT_NUMBERS[name.toLowerCase()] ?? -1, name: name.toLowerCase().replace(/ /g, '_') };
    }
    if (/RST/.test(flags)) return { kind: 'rst' };
    if (/FIN/.test(flags)) return { kind: 'fin' };
    return null;
  }

  /** The reading of everything seen so far. */
  finish(): { observations: Observation[]; facts: Partial<Facts>; problems: LocalizedText[] } {
    this.finishPacket();
    this.finishDetailHello();
    const out: Observation[] = [...this.observations];
    const facts: Partial<Facts> = {};
    // No TLS 1.2 suite is said only when every TLS_ row was read (a column layout not understood is not "absent").
    if (this.suites.rows && (this.suites.tls12 > 0 || this.suites.other === 0)) {
      out.push(
        this.suites.tls12
          ? { code: 'windows-tls12-suites-present', detail: t(`Get-TlsCipherSuite lists ${this.suites.tls12} cipher ${this.suites.tls12 === 1 ? 'suite' : 'suites'} for TLS 1.2 (Protocols 771): Windows has TLS 1.2 suites to offer.`, `Get-TlsCipherSuite に TLS 1.2 用（Protocols 771）の暗号スイートが ${this.suites.tls12} 個あります。Windows には TLS 1.2 で提示できるスイートがあります。`) }
          : { code: 'windows-tls12-suites-absent', detail: t('Get-TlsCipherSuite lists no cipher suite for TLS 1.2 (Protocols 771): check the SSL Cipher Suite Order policy or IIS Crypto hardening.', 'Get-TlsCipherSuite に TLS 1.2 用（Protocols 771）の暗号スイートがありません。SSL 暗号の順位のポリシーや IIS Crypto による強化を確認してください。') },
      );
      // A short list (Windows Server ships a few dozen): a check, not a verdict; the paste may be an excerpt.
      if (this.suites.tls12 > 0 && this.suites.rows <= FEW_SUITES) out.push(fewSuites(this.suites.rows));
    }
    // Suite names only (a table without Protocols): what they are, how to see the protocols, and a short list as above (QA60 #10).
    if (!this.suites.rows && this.suiteNames.named && this.suiteNames.context) {
      const n = this.suiteNames.named;
      out.push({
        code: 'windows-cipher-suites-listed',
        detail: t(
          `Get-TlsCipherSuite lists ${n} cipher ${n === 1 ? 'suite' : 'suites'} by name. This table leaves out the Protocols column, so it does not show which of them Windows offers for TLS 1.2: \`Get-TlsCipherSuite | Format-Table Name, Protocols\` shows it (771 is TLS 1.2).`,
          `Get-TlsCipherSuite に暗号スイートが名前で ${n} 個表示されています。この表には Protocols の列がないため、Windows がどれを TLS 1.2 で提示するかは分かりません。\`Get-TlsCipherSuite | Format-Table Name, Protocols\` で確認できます（771 が TLS 1.2 です）。`,
        ),
      });
      if (n <= FEW_SUITES) out.push(fewSuites(n));
    }
    if (this.tnc && this.tnc.ok !== null) {
      const where = this.tnc.host ? `${this.tnc.host}${this.tnc.port ? `:${this.tnc.port}` : ''}` : this.tnc.port ? `port ${this.tnc.port}` : 'the target';
      out.push(
        this.tnc.ok
          ? // Only that the port is open (QA62 #18): TLS (versions, cipher suites), the certificate and HTTPS come after TCP and are not tested.
            { code: 'tcp-reachable', detail: tcpOpen(this.tnc.tool, where) }
          : this.tnc.ping
            ? // (QA52 #14: the host answers ping, so it is up: a firewall on the path, or the endpoint not serving HTTPS on that port.)
              {
                code: 'tcp-unreachable',
                detail: t(
                  `Test-NetConnection: TCP to ${where} fails (TcpTestSucceeded : False) while ping answers (PingSucceeded : True): the host is up, so either a firewall on the path blocks the port or the endpoint itself does not serve HTTPS there (its HTTP Mode setting); not the TLS problem.`,
                  `Test-NetConnection：${where} への TCP 接続は失敗していますが（TcpTestSucceeded : False）、ping は応答しています（PingSucceeded : True）。ホストは動いているので、経路上のファイアウォールがポートを遮断しているか、エンドポイント自体がそのポートで HTTPS を提供していない（HTTP Mode の設定）かのどちらかです。TLS の問題ではありません。`,
                ),
              }
            : { code: 'tcp-unreachable', detail: t(`Test-NetConnection: TCP to ${where} fails (TcpTestSucceeded : False): that is the network, a firewall or the endpoint's own HTTPS service, not the TLS problem; check the route and the firewall first.`, `Test-NetConnection：${where} への TCP 接続が失敗しています（TcpTestSucceeded : False）。TLS の問題ではなく、ネットワーク、ファイアウォール、またはエンドポイント自体の HTTPS サービスの問題です。先に経路とファイアウォールを確認してください。`) },
      );
    }
    const h = this.curlHttp;
    // Only over plain HTTP (an http:// URL, or port 80) with no TLS line: "curl -vk https://…/" answered
    // 301 (the usual redirect from / to /web) says nothing about TMS's fallback to port 80.
    const plain = !h.tls && h.scheme !== 'https' && (h.scheme === 'http' || h.port === 80);
    if (h.request && h.status === 301 && plain) {
      const to = h.location ? ` → ${h.location}` : '';
      const lead = h.target ? `${h.target}: ` : '';
      out.push({
        code: 'capture-http-301-fallback',
        subject: h.target || undefined,
        detail: t(`${lead}"${h.request}" over plain HTTP was answered "301 Moved Permanently"${to}: the HTTP fallback is redirected to HTTPS, so it does not work either`, `${lead}平文 HTTP の「${h.request}」に「301 Moved Permanently」${to} が返されました。HTTP へのフォールバックは HTTPS にリダイレクトされるため、こちらも使えません`),
      });
    }
    // Events
    const sqlIds = [...this.events.keys()].filter((id) => EVENTS[id].source === 'sql');
    const schIds = [...this.events.keys()].filter((id) => EVENTS[id].source === 'schannel');
    if (sqlIds.length) {
      const list = sqlIds.map((id) => this.eventText(id));
      out.push({
        code: 'event-sql-encryption-init-failed',
        count: sqlIds.reduce((n, id) => n + this.events.get(id)!.count, 0),
        detail: t(`SQL Server events: ${list.map((l) => l.en).join('; ')}.`, `SQL Server のイベント：${list.map((l) => l.ja).join('。')}。`),
      });
    }
    if (schIds.length) {
      const list = schIds.map((id) => this.eventText(id));
      // The times the paste shows (as written there, local to the server): an old event pasted again tells nothing of now.
      const at = (n: number): string => new Date(n).toISOString().slice(0, 16).replace('T', ' ');
      const first = this.schannelFirst;
      const last = this.schannelLast;
      const when = first === null || last === null ? null : first === last ? t(`at ${at(last)}`, at(last)) : t(`from ${at(first)} to ${at(last)}`, `${at(first)}〜${at(last)}`);
      out.push({
        code: 'event-schannel-error',
        count: schIds.reduce((n, id) => n + this.events.get(id)!.count, 0),
        detail: t(
          `Schannel events (Windows refused or failed a handshake, not TMS): ${list.map((l) => l.en).join('; ')}.${when ? ` Logged ${when.en}.` : ''}`,
          `Schannel のイベント（TMS ではなく Windows がハンドシェイクを拒否または失敗）：${list.map((l) => l.ja).join('。')}。${when ? `記録日時：${when.ja}。` : ''}`,
        ),
      });
    }
    if (this.telnet) {
      out.push({
        code: 'tms-telnet-violation',
        count: this.telnet,
        detail: t(
          `TMS reports "Security violation: Telnet communication is not allowed"${this.telnet > 1 ? ` (${this.telnet}×)` : ''}: Communication Security is at Medium-High or above, which turns Telnet and SNMP off; systems managed over Telnet/SNMP lose their connection.`,
          `TMS が「Security violation: Telnet communication is not allowed」を表示しています${this.telnet > 1 ? `（${this.telnet} 件）` : ''}。[Communication Security] が Medium-High 以上のため Telnet と SNMP が無効になり、Telnet/SNMP で管理しているシステムは接続できません。`,
        ),
      });
    }
    if (this.dotnetTls.size) {
      const kinds = [...this.dotnetTls];
      const n = this.dotnetTlsLines;
      out.push({
        code: 'dotnet-tls-failed',
        count: n,
        detail: t(
          `.NET TLS errors in TMS's log${n > 1 ? ` (${n} lines)` : ''}: ${kinds.map((k) => DOTNET_TLS_TEXT[k].en).join('; ')}.`,
          `TMS のログに .NET の TLS エラー${n > 1 ? `（${n} 行）` : ''}：${kinds.map((k) => DOTNET_TLS_TEXT[k].ja).join('。')}。`,
        ),
      });
    }
    if (this.logTimeoutLines && this.noHttps) {
      this.connectFailed.add('timeout');
      this.connectFailedLines += this.logTimeoutLines;
    }
    if (this.connectFailed.size && !(this.tnc && this.tnc.ok !== null)) {
      const n = this.connectFailedLines;
      const why = this.connectFailed.has('timeout')
        ? t('the TCP connection timed out (no answer to it at all)', 'TCP 接続がタイムアウトしました（まったく応答がありません）')
        : this.connectFailed.has('refused')
          ? t('the TCP connection was refused (nothing listens on that port, or a firewall rejects it)', 'TCP 接続が拒否されました（そのポートで待ち受けていないか、ファイアウォールが拒否しています）')
          : t('the TCP connection could not be opened', 'TCP 接続を開けませんでした');
      out.push({
        code: 'tcp-unreachable',
        count: n,
        detail: t(
          `The log shows TMS's own connection failing before any TLS${n > 1 ? ` (${n} lines)` : ''}: ${why.en}. In the TLS 1.0 case the TCP connection to port 443 succeeds and the endpoint resets it after TMS's ClientHello, so for this system the network comes first: from the TMS server, \`Test-NetConnection HOST -Port 443\`.`,
          `ログでは、TLS より前の段階で TMS 自身の接続が失敗しています${n > 1 ? `（${n} 行）` : ''}：${why.ja}。TLS 1.0 の問題であれば、ポート 443 への TCP 接続は成功し、TMS の ClientHello のあとでエンドポイントがリセットします。このシステムについては、まずネットワークを確認してください（TMS サーバから \`Test-NetConnection HOST -Port 443\`）。`,
        ),
      });
    }
    // Windows curl.exe held to TLS 1.0 could not even get a client credential (QA60 #9): Schannel on the machine it ran on refuses
    // TLS 1.0 for a client, before any hello (knowledge.md Symptom: TLS 1.0 off on the TMS server at Medium, no ClientHello at all).
    if (this.schannelCredMismatch && this.toolTls10Only && this.captureLines === 0) {
      out.push({
        code: 'schannel-tls10-disabled',
        detail: t(
          'Schannel TLS 1.0 Client is likely turned off on the machine where curl.exe ran: Windows curl, held to TLS 1.0, failed before sending any hello ("AcquireCredentialsHandle failed: SEC_E_ALGORITHM_MISMATCH (0x80090331)"), which is what Schannel usually answers when the protocol asked for is disabled for the client side. That is an inference, not a reading of the keys: check `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client` on that machine (TLS 1.0 counts as enabled when `Enabled` is non-zero and `DisabledByDefault` is 0; `Enabled` = 0 disables it). If that is the TMS server and TLS 1.0 Client is off, at Medium TMS sends no ClientHello at all. A SQL Server on this server without TLS 1.2 support (2008 or 2008 R2, 2012 or 2014 before its TLS 1.2 build) needs TLS 1.0.',
          'curl.exe を実行したマシンでは、Schannel の TLS 1.0 Client が無効になっている可能性が高いです。TLS 1.0 に制限した Windows の curl が、hello を送る前に失敗しました（「AcquireCredentialsHandle failed: SEC_E_ALGORITHM_MISMATCH (0x80090331)」）。これは、要求したプロトコルがクライアント側で無効なときに Schannel が通常返すエラーです。ただしキーを読んだ結果ではなく推測なので、そのマシンの `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client` を確認してください（`Enabled` が 0 以外で `DisabledByDefault` が 0 なら有効、`Enabled` = 0 なら無効です）。それが TMS サーバで TLS 1.0 Client が無効なら、Medium のままでは TMS は ClientHello をまったく送りません。TLS 1.2 に対応していない SQL Server（TLS 1.2 対応ビルドより前の 2008、2008 R2、2012、2014）がこのサーバにある場合、TLS 1.0 が必要です。',
        ),
      });
    }
    // OpenSSL refused to offer the version it was held to (QA62 #15): OpenSSL 3 (and some distributions' 1.1.1 builds) allow TLS 1.0
    // and 1.1 only at security level 0, so `s_client -tls1` stops before its ClientHello. The endpoint was never asked: no reading
    // of it, and no "refused" from this client's other lines.
    if (this.noProtocols && this.captureLines === 0 && this.dissectorLines === 0) {
      const v = this.toolTls10Only ? 'TLS 1.0' : this.toolHeld11 ? 'TLS 1.1' : '';
      const opt = this.toolTls10Only ? '-tls1' : this.toolHeld11 ? '-tls1_1' : '-tls1';
      out.push({
        code: 'tool-no-protocols-available',
        detail: t(
          `openssl's "no protocols available": your openssl refused to offer ${v || 'the version it was held to'} itself, before sending any ClientHello. OpenSSL 3 (and some distributions' builds of 1.1.1) allow TLS 1.0 and 1.1 only at security level 0, so the test never reached the endpoint's TLS: it says nothing about whether the endpoint accepts ${v || 'that version'}. Test again with \`openssl s_client -connect HOST:443 ${opt} -cipher 'DEFAULT:@SECLEVEL=0'\`, or with another client (this bot's probe offers each TLS version in turn).`,
          `openssl の「no protocols available」は、お使いの openssl 自身が ${v || '指定したバージョン'} の提示を拒否し、ClientHello を送る前に止まったことを示します。OpenSSL 3（および一部のディストリビューションの 1.1.1）は、TLS 1.0 と 1.1 をセキュリティ レベル 0 でしか使いません。そのため、このテストはエンドポイントの TLS まで届いておらず、エンドポイントが ${v || 'そのバージョン'} を受け付けるかどうかは分かりません。\`openssl s_client -connect HOST:443 ${opt} -cipher 'DEFAULT:@SECLEVEL=0'\` でテストし直すか、別のクライアントを使ってください（このボットのプローブは TLS のバージョンを 1 つずつ試します）。`,
        ),
      });
    }
    // In a capture (tshark -V, summary rows) an alert or a reset is read by the capture reader, per flow.
    if (this.toolTls.size && !this.noProtocols && this.captureLines === 0 && this.dissectorLines === 0) {
      const kinds = TOOL_TLS.map(([k]) => k).filter((k) => this.toolTls.has(k));
      const n = this.toolTlsLines;
      const only10 = this.toolTls10Only;
      const refused10 = only10 && (this.toolTls.has('reset') || this.toolTls.has('forcibly-closed') || this.toolTls.has('alert-protocol-version') || this.toolTls.has('schannel-recv'));
      // TLS 1.2 and nothing newer (s_client -tls1_2, or its session block's "Protocol  : TLSv1.2"): what TMS at Medium-High offers (QA55 #5).
      const held12 = !only10 && this.toolHeld12;
      const offered12 = !only10 && (this.toolOffers12 || held12);
      out.push({
        code: refused10 ? 'tool-tls10-refused' : offered12 ? 'tool-tls12-refused' : 'tool-tls-failed',
        count: n,
        detail: t(
          `A TLS client's failed handshake${n > 1 ? ` (${n} lines)` : ''}${only10 ? ', with the client held to TLS 1.0' : held12 ? ', with the client offering TLS 1.2 and nothing newer' : offered12 ? ', with the client offering TLS 1.2 or later' : ''}: ${kinds.map((k) => TOOL_TLS_TEXT[k].en).join('; ')}.`,
          `TLS クライアントのハンドシェイク失敗${n > 1 ? `（${n} 行）` : ''}${only10 ? '（クライアントは TLS 1.0 のみに制限）' : held12 ? '（クライアントは TLS 1.2 までを提示）' : offered12 ? '（クライアントは TLS 1.2 以降を提示）' : ''}：${kinds.map((k) => TOOL_TLS_TEXT[k].ja).join('。')}。`,
        ),
      });
    }
    out.push(...this.probeObservations());
    const sqlTls = sqlClientTlsObservation(this.sqlTls);
    if (sqlTls) out.push(sqlTls);
    if (this.noHttps) {
      out.push({
        code: 'tms-no-https-response',
        count: this.noHttps,
        detail: t('TMS reports "No HTTPS response" for a system.', 'TMS がシステムに「No HTTPS response」を表示しています。'),
      });
    }
    const sqlNote = sqlNoAnswerNote(this.sqlcmdFailed);
    if (sqlNote) out.push(sqlNote);
    // Services (sc query, as check-tls.cmd runs it)
    // Event 7036's stops and starts settled (settleStateEvents); a stop logged, or a stop and a start not ordered, is not the
    // state now: its own line says what to check, and the lines below read only the states known.
    const settled = this.settleStateEvents();
    const logged = [...settled].filter(([, st]) => st === 'STOP_LOGGED' || st === 'STOP_RUN_UNORDERED');
    const live = [...settled].filter(([, st]) => st !== 'STOP_LOGGED' && st !== 'STOP_RUN_UNORDERED');
    const loggedNote = serviceStopLoggedNote(logged);
    if (loggedNote) out.push(loggedNote);
    // A SQL Server instance (MSSQL$NAME, MSSQLSERVER) stopped or failing is its own line: SQL Server not running (evidence-rules.ts).
    const stateWord = (st: string, lang: 'en' | 'ja'): string => STATE_WORDS[st]?.[lang] ?? st;
    const listOf = (rows: [string, string][], lang: 'en' | 'ja'): string =>
      rows.map(([n, st]) => (lang === 'ja' ? `${n}（${stateWord(st, lang)}）` : `${n} (${stateWord(st, lang)})`)).join(lang === 'ja' ? '、' : ', ');
    // SQL Server's instances: an outage only when every instance shown is down (none running, none starting or stopping).
    const pending = (st: string): boolean => /PENDING$/.test(st);
    const sqlRows = live.filter(([n]) => SQL_INSTANCE_SERVICE.test(n));
    const sqlDown = sqlRows.filter(([, st]) => st !== 'RUNNING' && !pending(st));
    const sqlUp = sqlRows.filter(([, st]) => st === 'RUNNING');
    const sqlPending = sqlRows.filter(([, st]) => pending(st));
    const names = (rows: [string, string][], lang: 'en' | 'ja'): string => rows.map(([n]) => n).join(lang === 'ja' ? '、' : ', ');
    if (sqlDown.length && !sqlUp.length && !sqlPending.length) {
      out.push({
        code: 'sql-service-not-running',
        detail: t(`SQL Server's service is not running: ${listOf(sqlDown, 'en')}.`, `SQL Server のサービスが実行されていません：${listOf(sqlDown, 'ja')}。`),
      });
    } else if (sqlDown.length) {
      const up = sqlUp.length ? names(sqlUp, 'en') : '';
      const upJa = sqlUp.length ? names(sqlUp, 'ja') : '';
      out.push({
        code: 'sql-instance-down-other-up',
        detail: t(
          `Several SQL Server instances: ${listOf(sqlDown, 'en')} ${sqlDown.length > 1 ? 'are' : 'is'} not running${up ? `, while ${up} ${sqlUp.length > 1 ? 'are' : 'is'} running` : ''}${sqlPending.length ? `, and ${names(sqlPending, 'en')} ${sqlPending.length > 1 ? 'were' : 'was'} starting or stopping` : ''}. Before acting, check which instance TMS's database connection uses (the server and instance TMS is set to connect to). If TMS uses a running one, the stopped instance is not what breaks TMS; if it uses a stopped one, that one has to run first, and its ERRORLOG (the instance's Log folder) says why it stopped.`,
          `SQL Server のインスタンスが複数あります。${listOf(sqlDown, 'ja')} は実行されていません${upJa ? `が、${upJa} は実行中です` : ''}${sqlPending.length ? `。${names(sqlPending, 'ja')} は開始中または停止中でした` : ''}。対処の前に、TMS のデータベース接続がどのインスタンスを使っているか（TMS の接続先として設定されているサーバとインスタンス）を確認してください。TMS が実行中のインスタンスを使っていれば、停止しているインスタンスは TMS の障害の原因ではありません。停止しているインスタンスを使っている場合は、まずそれを起動する必要があります。停止した理由はそのインスタンスの ERRORLOG（Log フォルダ）でわかります。`,
        ),
      });
    }
    if (sqlPending.length) {
      const stopping = sqlPending.some(([, st]) => /^STOP/.test(st));
      const starting = sqlPending.some(([, st]) => !/^STOP/.test(st));
      const first = sqlPending[0][0];
      out.push({
        code: 'sql-service-pending',
        detail: t(
          `SQL Server's service ${listOf(sqlPending, 'en')} was ${stopping && starting ? 'starting or stopping' : stopping ? 'stopping' : 'starting'} when it was queried: that is a moment in between, not a failure by itself. Query it again in a minute (\`sc query ${first}\`); if it then shows STOPPED and does not start, paste what \`net start\` says.`,
          `SQL Server のサービス ${listOf(sqlPending, 'ja')} は、照会した時点で${stopping && starting ? '開始中または停止中' : stopping ? '停止処理中' : '開始処理中'}でした。途中の状態であり、それだけでは障害ではありません。1 分ほどおいてもう一度照会してください（\`sc query ${first}\`）。STOPPED のまま開始できない場合は、\`net start\` の出力を貼ってください。`,
        ),
      });
    }
    // SQL Server's Browser, Agent and VSS Writer: listed as they are, without a claim about what TMS needs of them.
    const helpersDown = live.filter(([n, st]) => st !== 'RUNNING' && SQL_HELPER_SERVICE.test(n));
    const notRunning = live.filter(([n, st]) => st !== 'RUNNING' && !SQL_INSTANCE_SERVICE.test(n) && !SQL_HELPER_SERVICE.test(n));
    if (notRunning.length) {
      const list = listOf(notRunning, 'en');
      const listJa = listOf(notRunning, 'ja');
      // (The name as the paste spells it: "TMSSnmpService (STOPPED)" is named so in the reading too, REV33 wording.)
      const pasted = (name: string): string | undefined => notRunning.find(([n]) => n.toLowerCase() === name)?.[0];
      const plcm = pasted('tmsplcmdirectoryservice');
      const snmp = pasted('tmssnmpservice');
      const others = notRunning.some(([n]) => !/^(?:tmsplcmdirectoryservice|tmssnmpservice)$/i.test(n));
      // Only services that are not TMS's nor IIS's (a failure line names any service): no claim that TMS needs them.
      const tmsOthers = notRunning.some(([n]) => /^(?:TMS|W3SVC)/i.test(n) && !/^(?:tmsplcmdirectoryservice|tmssnmpservice)$/i.test(n));
      const en = [
        plcm ? `${plcm} is stopped: start it (Start-Service ${plcm}, or Start in services.msc).` : '',
        snmp ? `${snmp} stopped is what Medium-High does (it turns Telnet and SNMP off): expected if Communication Security is already at Medium-High; at Medium, the Windows event log says why it stopped.` : '',
        others || (!plcm && !snmp) ? (tmsOthers || (!plcm && !snmp && !others) ? 'TMS needs its other services running: the Windows event log says why one did not start.' : 'The Windows event log says why it stopped.') : '',
      ].filter(Boolean);
      const ja = [
        plcm ? `${plcm} が停止しています。開始してください（Start-Service ${plcm}、または services.msc で [開始]）。` : '',
        snmp ? `${snmp} の停止は Medium-High にしたときの動作です（Telnet と SNMP が無効になります）。[Communication Security] がすでに Medium-High なら想定どおりです。Medium のままなら、停止した理由を Windows のイベント ログで確認してください。` : '',
        others || (!plcm && !snmp) ? (tmsOthers || (!plcm && !snmp && !others) ? 'TMS のほかのサービスは実行中である必要があります。起動しなかった理由は Windows のイベント ログで確認できます。' : '停止した理由は Windows のイベント ログで確認できます。') : '',
      ].filter(Boolean);
      out.push({
        code: 'service-not-running',
        detail: t(`Services not running: ${list}. ${en.join(' ')}`, `実行されていないサービス：${listJa}。${ja.join('')}`),
      });
    }
    const helpersLine = helpersDown.length
      ? t(
          `Not running: ${listOf(helpersDown, 'en')}: SQL Server's helper services (Browser, Agent, VSS Writer), not the database engine itself.`,
          `実行されていないもの：${listOf(helpersDown, 'ja')}。これらは SQL Server の補助サービス（Browser、Agent、VSS Writer）で、データベース エンジン本体ではありません。`,
        )
      : null;
    if (live.length && !notRunning.length && !sqlDown.length && !sqlPending.length) {
      // Everything that matters is running: say what was queried, the SQL Server instance by name.
      const total = live.length;
      const running = live.filter(([, st]) => st === 'RUNNING');
      const others = running.length - sqlUp.length;
      const en = sqlUp.length
        ? `The SQL Server service${sqlUp.length > 1 ? 's' : ''} (${names(sqlUp, 'en')}) ${sqlUp.length > 1 ? 'are' : 'is'} running${others ? `; so ${others > 1 ? 'are' : 'is'} ${others} other service${others > 1 ? 's' : ''} queried` : ''}.`
        : helpersDown.length
          ? `${running.length} of the ${total} services queried ${running.length === 1 ? 'is' : 'are'} running.`
          : `All ${total} services queried are running.`;
      const ja = sqlUp.length
        ? `SQL Server のサービス（${names(sqlUp, 'ja')}）は実行中です。${others ? `照会したほかの ${others} 個のサービスも実行中です。` : ''}`
        : helpersDown.length
          ? `照会した ${total} 個のサービスのうち ${running.length} 個が実行中です。`
          : `照会した ${total} 個のサービスはすべて実行中です。`;
      const enAll = `${en}${helpersLine ? ` ${helpersLine.en}` : ''}`;
      const jaAll = `${ja}${helpersLine ? helpersLine.ja : ''}`;
      out.push({ code: 'services-running', detail: t(enAll, jaAll) });
    } else if (helpersLine) {
      out.push({ code: 'sql-helper-services-stopped', detail: helpersLine });
    }
    // Capture text
    const flows = describeFlows(this.flows);
    out.push(...flows.observations);
    if (this.ambiguousVersion !== null && !this.flows.some((f) => f.clientHello)) {
      const v = this.ambiguousVersion;
      out.push({
        code: 'capture-version-line-ambiguous',
        detail: t(
          `A "Version: … (0x${v.toString(16).padStart(4, '0')})" line without its context: the record layer of a TLS 1.2 ClientHello often says TLS 1.0 too. Paste the "Handshake Protocol: Client Hello" part (its Version and supported_versions) to tell what was offered.`,
          `前後のない「Version: …（0x${v.toString(16).padStart(4, '0')}）」の行です。TLS 1.2 の ClientHello でもレコード層は TLS 1.0 と表示されることがよくあります。提示内容を判断するには「Handshake Protocol: Client Hello」の部分（Version と supported_versions）を貼ってください。`,
        ),
      });
    }
    if (this.headerlessRows > 0 && !this.flows.some((f) => f.clientHello)) {
      out.push({
        code: 'capture-fields-no-header',
        detail: t(
          `These look like ${this.headerlessRows === 1 ? 'a row' : `${this.headerlessRows} rows`} of tshark -T fields output without the header line, so I cannot tell which column is which: the record layer of a ClientHello that offers TLS 1.2 often says 0x0301 too. Run it again with -E header=y (for example -T fields -E header=y -e ip.src -e ip.dst -e tcp.dstport -e tls.handshake.type -e tls.handshake.version -e tls.handshake.extensions.supported_version) and paste the result, or paste tshark -V output.`,
          `ヘッダ行のない tshark -T fields の出力（${this.headerlessRows} 行）のようです。どの列が何かを判断できません。TLS 1.2 を提示する ClientHello でも、レコード層は 0x0301 と表示されることがよくあります。-E header=y を付けて再実行し（例：-T fields -E header=y -e ip.src -e ip.dst -e tcp.dstport -e tls.handshake.type -e tls.handshake.version -e tls.handshake.extensions.supported_version）、その結果を貼ってください。tshark -V の出力でもかまいません。`,
        ),
      });
    }
    // Versions
    if (this.tmsVersion) {
      facts.tms = this.tmsVersion;
      out.push({ code: 'fact-tms-version', detail: t(`TMS's About page: ${formatTms(this.tmsVersion)}.`, `TMS の About ページ：${formatTms(this.tmsVersion)}。`) });
    }
    if (this.sql) {
      facts.sql = this.sql;
      if (this.sqlOnLinux) facts.sqlLocation = 'remote';
      out.push({
        code: 'fact-sql-version',
        detail: this.sqlFromErrorLog
          ? t(`SQL Server's error log (its startup banner): ${formatSql(this.sql)}.`, `SQL Server のエラーログ（起動時の表示）：${formatSql(this.sql)}。`)
          : t(`SELECT @@VERSION: ${formatSql(this.sql)}.`, `SELECT @@VERSION の結果：${formatSql(this.sql)}。`),
      });
    }
    if (this.windows) {
      facts.windows = this.windows;
      // SQL Server's version string (SELECT @@VERSION, the ERRORLOG header) names the SQL host's Windows, not necessarily the TMS server's.
      const sqlHost = /^on Windows (?:NT|Server)\b/i.test(this.windows.raw);
      out.push({
        code: 'fact-windows-version',
        detail: sqlHost
          ? t(`The SQL Server host runs ${formatWindows(this.windows)} (from "${this.windows.raw}"): the TMS server's Windows too only if SQL runs on it.`, `SQL Server のホストは ${formatWindows(this.windows)} です（「${this.windows.raw}」より）。SQL が TMS サーバ上で動いている場合に限り、TMS サーバの Windows でもあります。`)
          : t(`Windows: ${formatWindows(this.windows)} (from "${this.windows.raw}").`, `Windows: ${formatWindows(this.windows)}（「${this.windows.raw}」より）。`),
      });
    } else if (this.windowsClient) {
      out.push({ code: 'windows-build-unknown', detail: t(`The output names ${this.windowsClient}, a desktop Windows; TMS runs on Windows Server. Is this output from the TMS server?`, `出力にはデスクトップ版の ${this.windowsClient} とあります。TMS は Windows Server 上で動作します。TMS サーバの出力でしょうか。`) });
    } else if (this.windowsBuildUnknown !== null) {
      out.push({ code: 'windows-build-unknown', detail: t(`Windows build ${this.windowsBuildUnknown} is not one I can name (2008 R2 is 7601, 2012 R2 9600, 2016 14393, 2019 17763, 2022 20348, 2025 26100): which Windows Server release is it?`, `Windows のビルド ${this.windowsBuildUnknown} はリリース名を特定できません（2008 R2 は 7601、2012 R2 は 9600、2016 は 14393、2019 は 17763、2022 は 20348、2025 は 26100）。どの Windows Server リリースですか。`) });
    }
    if (!this.endpoint && this.displayName) {
      const e = parseEndpoint(this.displayName);
      if (e.ok) this.endpoint = e.value;
    }
    if (this.versionCut !== null && !this.endpoint) {
      const v = this.versionCut;
      out.push({
        code: 'xstatus-version-cut',
        detail: t(
          `The xStatus Software Version line looks cut off ("${v}" has no closing quote), so I have not taken a release from it: digits may be missing at its end (a cut TC 7.3.21 reads as TC 7.3.2). Paste the whole line (\`xStatus SystemUnit Software Version\`), or the Software Name line with it.`,
          `xStatus の Software Version の行は途中で切れているようです（"${v}" に閉じる引用符がありません）。そのため、ここからリリースは読み取っていません。末尾の数字が欠けている可能性があります（TC 7.3.21 が切れると TC 7.3.2 に見えます）。行全体（\`xStatus SystemUnit Software Version\`）か、Software Name の行も一緒に貼り付けてください。`,
        ),
      });
    }
    // RoomOS keeps "ce" in its Software Version ("ce11.9.1.3"; DisplayName "RoomOS 11.9.1.3 …"): RoomOS starts at 10, where CE
    // ended at 9.15, so a "ce" release from 10 on is RoomOS and is shown so (QA62 #19), as the DisplayName and the user call it.
    if (this.endpoint && this.endpoint.family === 'CE' && Number(this.endpoint.semver.split('.')[0]) >= 10) this.endpoint = { ...this.endpoint, family: 'RoomOS' };
    if (this.endpoint) {
      facts.endpoint = this.endpoint;
      out.push({ code: 'fact-endpoint-version', detail: t(`xStatus: the endpoint runs ${formatEndpoint(this.endpoint)}.`, `xStatus: エンドポイントは ${formatEndpoint(this.endpoint)} です。`) });
    }
    // The endpoint's HTTPS settings (xConfiguration): what each means is for src/domain/evidence-rules.ts, with the level.
    if (this.minTls !== null) {
      const v = `TLS 1.${this.minTls}`;
      out.push({ code: 'xapi-min-tls', detail: t(`The endpoint's HTTPS minimum is ${v} (\`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\`).`, `エンドポイントの HTTPS の最小バージョンは ${v} です（\`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\`）。`) });
    }
    if (this.httpMode !== null) {
      const https = this.httpMode === 'HTTP+HTTPS' || this.httpMode === 'HTTPS';
      out.push({
        code: https ? 'xapi-https-allowed' : 'xapi-https-off',
        detail: https
          ? t(`\`xConfiguration NetworkServices HTTP Mode\` is ${this.httpMode}, so the endpoint serves HTTPS.`, `\`xConfiguration NetworkServices HTTP Mode\` は ${this.httpMode} で、エンドポイントは HTTPS を提供しています。`)
          : t(`\`xConfiguration NetworkServices HTTP Mode\` is ${this.httpMode}, so the endpoint serves no HTTPS.`, `\`xConfiguration NetworkServices HTTP Mode\` は ${this.httpMode} で、エンドポイントは HTTPS を提供していません。`),
      });
    }
    if (this.httpsModeOn !== null) {
      out.push({
        code: this.httpsModeOn ? 'xapi-https-allowed' : 'xapi-https-off',
        detail: this.httpsModeOn
          ? t('`xConfiguration NetworkServices HTTPS Mode` (TC 7) is On, so the endpoint serves HTTPS.', '`xConfiguration NetworkServices HTTPS Mode`（TC 7）は On で、エンドポイントは HTTPS を提供しています。')
          : t('`xConfiguration NetworkServices HTTPS Mode` (TC 7) is Off, so the endpoint serves no HTTPS.', '`xConfiguration NetworkServices HTTPS Mode`（TC 7）は Off で、エンドポイントは HTTPS を提供していません。'),
      });
    }
    const problems: LocalizedText[] = [];
    if (this.tcpFlagsHidden && this.flows.some((f) => f.clientHello && !f.answer)) {
      problems.push(
        t(
          'The packet details show TCP as one line without its flags (as tshark -O does), so a reset (RST) from the server cannot be seen in them. Paste the summary rows or tshark -V output to see how the server answered.',
          'パケットの詳細では TCP がフラグなしの 1 行で表示されているため（tshark -O の出力など）、サーバからのリセット（RST）は確認できません。サーバの応答を確認するには、要約の行か tshark -V の出力を貼ってください。',
        ),
      );
    }
    if (flows.omitted) problems.push(t(`${flows.omitted} more connection observations were left out.`, `ほかに ${flows.omitted} 件の接続の観察結果を省略しました。`));
    return { observations: out.slice(0, MAX_OBSERVATIONS), facts, problems };
  }

  /** What sslscan / nmap / curl / s_client showed about the endpoint they were pointed at. */
  private probeObservations(): Observation[] {
    const out: Observation[] = [];
    for (const scan of this.scans.slice(0, 4)) {
      if (!scan.accepted.size && !scan.refused.size) continue;
      const order = ['SSL 3.0', 'TLS 1.0', 'TLS 1.1', 'TLS 1.2', 'TLS 1.3'];
      // nmap lists only the versions the server accepts: the others it tried were refused. TLS 1.3 is not among them
      // (QA62 #18): ssl-enum-ciphers in older nmap releases does not test it, so its absence says nothing.
      const nmap = scan.tool === 'nmap';
      const refused = nmap ? new Set(order.filter((v) => v !== 'SSL 3.0' && v !== 'TLS 1.3' && !scan.accepted.has(v))) : scan.refused;
      const untested13 =
        nmap && !scan.accepted.has('TLS 1.3') && scan.accepted.size
          ? t(' TLS 1.3 is not listed, which says nothing either way: older nmap releases do not test TLS 1.3.', 'TLS 1.3 は一覧にありませんが、これだけでは何も分かりません。古い nmap は TLS 1.3 を検査しないためです。')
          : t('', '');
      const acc = order.filter((v) => scan.accepted.has(v));
      const ref = order.filter((v) => refused.has(v));
      const who = scan.target ? ` of ${scan.target}` : '';
      const whoJa = scan.target ? `（${scan.target}）` : '';
      const takes10 = scan.accepted.has('TLS 1.0');
      const takes12 = scan.accepted.has('TLS 1.2');
      const meaning = takes10
        ? t(' It still accepts TLS 1.0, as TC 7.3.5 and earlier and CE 8.0.x do: TMS at Medium can connect to it.', 'TLS 1.0 をまだ受け付けます（TC 7.3.5 以前と CE 8.0.x と同じ）。Medium の TMS でも接続できます。')
        : refused.has('TLS 1.0') && takes12
          ? t(' It refuses TLS 1.0 and accepts TLS 1.2, as TC 7.3.6 and later and CE 8.1 and later do: TMS at Medium (TLS 1.0 only) cannot connect to it, at Medium-High it can.', 'TLS 1.0 を拒否し TLS 1.2 を受け付けます（TC 7.3.6 以降、CE 8.1 以降と同じ）。Medium の TMS（TLS 1.0 のみ）は接続できず、Medium-High なら接続できます。')
          : !takes12 && scan.accepted.has('TLS 1.3')
            ? t(' It accepts only TLS 1.3, not the TLS 1.2 TMS offers at Medium-High: that is how an endpoint answers when its minimum TLS version is above TLS 1.2. Check `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` on the endpoint.', 'TLS 1.3 だけを受け付け、Medium-High の TMS が提示する TLS 1.2 を受け付けません。エンドポイントの TLS の下限が TLS 1.2 より上に設定されているときの応答です。エンドポイントの `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` を確認してください。')
            : !takes12
              ? t(' It does not accept TLS 1.2, which is what TMS offers at Medium-High: check the endpoint\'s HTTPS settings.', 'Medium-High の TMS が提示する TLS 1.2 を受け付けません。エンドポイントの HTTPS の設定を確認してください。')
              : t('', '');
      out.push({
        code: takes10 ? 'endpoint-accepts-tls10' : 'endpoint-scan-versions',
        detail: t(
          `${scan.tool} scan${who} (what that endpoint accepts, not the TMS server's settings): accepts ${acc.join(', ') || 'none'}${ref.length ? `; refuses ${ref.join(', ')}` : ''}.${untested13.en}${meaning.en}`,
          `${scan.tool} によるスキャン${whoJa}（TMS サーバの設定ではなく、そのエンドポイントが受け付けるもの）：受け付けるもの ${acc.join('、') || 'なし'}${ref.length ? `、拒否するもの ${ref.join('、')}` : ''}。${untested13.ja}${meaning.ja}`,
        ),
      });
    }
    if (this.serverVersionRefused && !this.handshakeOk) {
      const v = this.sessionProtocol || 'its version';
      out.push({
        code: 'tool-server-version-refused',
        detail: t(
          `openssl s_client, held to ${v}, refused the version the endpoint answered with ("unsupported protocol"): the endpoint did not accept ${v}. Every TC and CE release accepts TLS 1.2: check that the address is the endpoint itself and not a device in front of it, and the endpoint's HTTPS settings.`,
          `${v} に制限した openssl s_client が、エンドポイントの応答したバージョンを拒否しました（「unsupported protocol」）。エンドポイントは ${v} を受け付けませんでした。TC と CE はどのリリースも TLS 1.2 を受け付けます。そのアドレスが前段の機器ではなくエンドポイント自体か、エンドポイントの HTTPS の設定を確認してください。`,
        ),
      });
    }
    // s_client's "New, SSLv3, Cipher is AES128-SHA" names the cipher's own version: the session's "Protocol  :" line is the one negotiated.
    const ok = this.handshakeOk && this.handshakeOk.tool === 's_client' && this.sessionProtocol ? { ...this.handshakeOk, version: this.sessionProtocol } : this.handshakeOk;
    if (ok && this.toolTls.size === 0) {
      const who = ok.target ? ` with ${ok.target}` : '';
      const whoJa = ok.target ? `${ok.target} との` : '';
      const meaning =
        ok.version === 'TLS 1.0'
          ? t(' That endpoint still accepts TLS 1.0, as TC 7.3.5 and earlier and CE 8.0.x do: if it runs CE 8.1 or later, check that the address is the endpoint itself and not a proxy in front of it; if it is, refusing TLS 1.0 is not why it fails.', 'このエンドポイントは TLS 1.0 をまだ受け付けます（TC 7.3.5 以前と CE 8.0.x と同じ）。CE 8.1 以降のはずであれば、そのアドレスが前段のプロキシではなくエンドポイント自体か確認してください。エンドポイント自体であれば、TLS 1.0 の拒否は失敗の原因ではありません。')
          : !ok.version
            ? t(' Which TLS version it used this does not show (OpenSSL 1.0 prints "TLSv1/SSLv3" there whatever the version): the "Protocol  :" line of its SSL-Session block says it.', 'どの TLS バージョンが使われたかはこれでは分かりません（OpenSSL 1.0 はバージョンに関係なくここに「TLSv1/SSLv3」と表示します）。SSL-Session ブロックの「Protocol  :」の行で分かります。')
            : ok.version === 'TLS 1.2'
            ? t(' That endpoint accepts TLS 1.2, which TMS offers at Medium-High and at High (High also validates the endpoint\'s certificate).', 'このエンドポイントは TLS 1.2 を受け付けます。TMS は Medium-High と High で TLS 1.2 を提示します（High ではエンドポイントの証明書も検証されます）。')
            : t(` Whether that endpoint also accepts TLS 1.2, which TMS offers at Medium-High, this does not show: run it again held to TLS 1.2 (curl --tls-max 1.2, openssl s_client -tls1_2).`, `TMS が Medium-High で提示する TLS 1.2 もこのエンドポイントが受け付けるかは、これでは分かりません。TLS 1.2 に制限して（curl --tls-max 1.2、openssl s_client -tls1_2）もう一度実行してください。`);
      out.push({
        code: ok.version === 'TLS 1.0' ? 'endpoint-accepts-tls10' : 'tool-tls-handshake-ok',
        detail: t(`${ok.tool} completed a ${ok.version ? `${ok.version} ` : 'TLS '}handshake${who} (cipher ${ok.cipher}).${meaning.en}`, `${ok.tool} が ${whoJa}${ok.version || 'TLS'} のハンドシェイクを完了しました（暗号 ${ok.cipher}）。${meaning.ja}`),
      });
    }
    // The endpoint's certificate, self-signed or expired (s_client's verify errors, curl's certificate problem, sslscan's block
    // with Subject = Issuer): what it means depends on the level, which the diagnosis knows (QA52 #1). No clock here: a date
    // printed is given as printed, "expired" only when the tool said so.
    if (this.selfSigned || this.certExpired) {
      const target = this.handshakeOk?.target || this.probeTarget || this.scans.find((x) => x.target)?.target || '';
      const who = target ? ` of ${target}` : '';
      const whoJa = target ? `（${target}）` : '';
      const what = this.selfSigned && this.certExpired ? t('self-signed and has expired', '自己署名で、期限切れです') : this.selfSigned ? t('self-signed (issued by itself, not by a CA)', '自己署名（CA ではなく自分自身が発行したもの）です') : t('expired', '期限切れです');
      const until = this.certNotAfter && !this.certExpired ? t(` It is valid until ${this.certNotAfter}: if that date has passed, it has expired too.`, `有効期限は ${this.certNotAfter} です。この日付を過ぎていれば、期限切れでもあります。`) : this.certNotAfter ? t(` (Valid until ${this.certNotAfter}.)`, `（有効期限 ${this.certNotAfter}）`) : t('', '');
      out.push({
        code: 'endpoint-cert-untrusted',
        ...(target ? { subject: target } : {}),
        detail: t(
          `The endpoint's certificate${who} is ${what.en}.${until.en} At High, TMS validates the certificates of the systems it manages (per Cisco's TMS admin guide), so such a certificate fails there even though TLS 1.2 is offered; at Medium and Medium-High it is not what blocks the connection.`,
          `エンドポイントの証明書${whoJa}は${what.ja}。${until.ja}Cisco の TMS 管理者ガイドによると、High の TMS は管理対象システムの証明書を検証するため、このような証明書は TLS 1.2 が提示されていても High では失敗します。Medium と Medium-High では、これが接続を妨げる原因ではありません。`,
        ),
      });
    }
    return out;
  }

  private eventText(id: number): LocalizedText {
    const e = this.events.get(id)!;
    const info = EVENTS[id];
    const times = e.count > 1 ? ` ×${e.count}` : '';
    // Japanese prose takes full-width brackets and 、 (the style sheet, src/domain/ja-style.ts).
    // The protocol of 36874's "An TLS 1.2 connection request was received" is said with the request it names.
    const isProto = (x: string) => /^(?:TLS|SSL) \d\.\d$/.test(x);
    const protos = [...e.extra].filter(isProto);
    const sides = [...e.extra].filter((x) => x.startsWith('side '));
    // The certificate alerts are named ("alert 48, unknown_ca": the other side did not trust a certificate); 40 and 70 are
    // explained where the events are (evidence-rules.ts).
    const rest = [...e.extra].filter((x) => !isProto(x) && !x.startsWith('side ')).map((x) => {
      const name = /^alert (\d{1,3})$/.exec(x) ? CERT_ALERTS.get(Number(x.slice(6))) : undefined;
      return name ? `${x}, ${name}` : x;
    });
    const extra = rest.length ? ` (${rest.join(', ')})` : '';
    // In Japanese, "alert 70" and "state 10013" in the words of the Japanese event text (アラート, 内部エラー状態).
    const restJa = rest.map((x) => x.replace(/^alert (\d{1,3})(, |$)/, (_m, n: string, sep: string) => `アラート ${n}${sep ? '、' : ''}`).replace(/^state (\d+)$/, '内部エラー状態 $1'));
    const extraJa = rest.length ? `（${restJa.join('、')}）` : '';
    if (id === 36874 && protos.length) {
      const p = protos.join(' / ');
      return t(
        `${id}${times}: a ${p} connection request came TO this server from a client (to IIS or TMS's web pages, for example; not TMS polling an endpoint), and they shared no cipher suite${extra}`,
        `${id}${times}: クライアントからこのサーバへの ${p} の接続要求（IIS や TMS の Web ページへの接続など。TMS からエンドポイントへのポーリングではありません）で、共通の暗号スイートがありませんでした${extraJa}`,
      );
    }
    // 36871 names its side: a server credential is something serving HTTPS on this server (IIS, systems connecting in
    // Secure-Only mode), not TMS polling an endpoint, which is the Client side (knowledge.md: Client and Server subkeys).
    if (id === 36871 && sides.length) {
      const server = sides.includes('side server');
      const client = sides.includes('side client');
      const en = server && client
        ? 'Schannel could not create TLS credentials, for the server side (something serving HTTPS on this server, such as IIS) and for the client side (a program on this server connecting out, such as TMS polling an endpoint)'
        : server
          ? 'Schannel could not create a TLS server credential: something serving HTTPS on this server (IIS with TMS\'s web pages, or systems connecting in Secure-Only mode), not TMS polling an endpoint'
          : 'Schannel could not create a TLS client credential: a program on this server connecting out, such as TMS polling an endpoint (often: the protocols it needs are disabled)';
      const ja = server && client
        ? 'Schannel が TLS の資格情報を作成できませんでした（サーバ側：IIS など、このサーバで HTTPS を提供しているもの。クライアント側：TMS からエンドポイントへのポーリングなど、このサーバから外へ接続するプログラム）'
        : server
          ? 'Schannel が TLS のサーバの資格情報を作成できませんでした。このサーバで HTTPS を提供しているもの（TMS の Web ページを提供する IIS や、Secure-Only モードで接続してくるシステム）で、TMS からエンドポイントへのポーリングではありません'
          : 'Schannel が TLS のクライアントの資格情報を作成できませんでした。TMS からエンドポイントへのポーリングなど、このサーバから外へ接続するプログラムです（多くは必要なプロトコルが無効な場合）';
      return t(`${id}${times}: ${en}${extra}`, `${id}${times}: ${ja}${extraJa}`);
    }
    return t(`${id}${times}: ${info.en}${extra}`, `${id}${times}: ${info.ja}${extraJa}`);
  }
}

/**
 * An event id from an id column: Get-EventLog's InstanceID carries the qualifiers in its high bits
 * (SQL Server's 26011 is InstanceID 3221251483 = 0xC000659B).
 */
function eventIdOf(n: number): number {
  return n > 0xffff && n <= 0xffffffff ? n & 0xffff : n;
}

/** Does `line` hold at least `n` commas (line.split(',').length > n, without the array)? */
function hasCommas(line: string, n: number): boolean {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = line.indexOf(',', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** Lines of a string, without a big intermediate array of matches. */
function* textLines(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    yield text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
  }
}

/** .NET exceptions that a TLS handshake failed, as TMS logs them (log-web.txt, the services' logs). */
type DotnetTls = 'secure-channel' | 'remote-closed' | 'connection-closed';
/** A word each of them has: most lines are done with this one test. */
const DOTNET_HINT = /ssl|transport stream|underlying connection|チャネル|トランスポート|基になる接続/i;
const DOTNET_TLS: [DotnetTls, RegExp][] = [
  ['secure-channel', /could not create ssl\/tls secure channel|ssl\/tls のセキュリティで保護されているチャネルを作成できませんでした/i],
  ['remote-closed', /authentication failed because the remote party has closed the transport stream|リモート側(?:が|で)トランスポート\s?ストリーム(?:を閉じた|が閉じられた)ため、\s?認証に失敗しました/i],
  ['connection-closed', /the underlying connection was closed: an unexpected error occurred on a (?:send|receive)|基になる接続が閉じられました: (?:送信|受信)時に、予期しないエラーが発生しました/i],
];
const DOTNET_TLS_TEXT: Record<DotnetTls, LocalizedText> = {
  'secure-channel': t('"Could not create SSL/TLS secure channel" (Windows found no protocol or cipher suite it shares with the other side)', '「SSL/TLS のセキュリティで保護されているチャネルを作成できませんでした」（相手と共通のプロトコルまたは暗号スイートがない）'),
  'remote-closed': t('"the remote party has closed the transport stream" (the other side closed the connection during the handshake, as an endpoint that refuses the offered TLS version does)', '「リモート側がトランスポート ストリームを閉じた」（ハンドシェイク中に相手が接続を閉じた。提示された TLS バージョンを拒否するエンドポイントの動作です）'),
  'connection-closed': t('"The underlying connection was closed: An unexpected error occurred on a send" (the connection ended while sending, often during its TLS handshake)', '「基になる接続が閉じられました: 送信時に、予期しないエラーが発生しました」（送信中に接続が切れた。TLS ハンドシェイク中のことが多い）'),
};

/**
 * A TCP connection that TMS (or .NET under it) could not open, in its log (QA60 #5): .NET's "Unable to connect to the remote server"
 * with the socket's reason (time-out, refused), tmsdebug's "ERROR … Connection timed out" (a log line: a time stamp or ERROR on it,
 * not a user's sentence). In the TLS 1.0 case the TCP connection succeeds (knowledge.md Symptom): this is the network first.
 */
type ConnectFailure = 'timeout' | 'refused' | 'connect';
const CONNECT_HINT = /unable to connect|timed out|properly respond|failed to respond|actively refused|リモート サーバーに接続できません|一定の時間を過ぎても|積極的に拒否/i;
const CONNECT_TIMEOUT = /connected party did not properly respond after a period of time|connected host has failed to respond|一定の時間を過ぎても正しく応答しなかったため/i;
const CONNECT_REFUSED = /no connection could be made because the target machine actively refused it|対象のコンピューターによって拒否された|積極的に拒否/i;
const CONNECT_DOTNET = /unable to connect to the remote server|リモート サーバーに接続できません/i;
/** A log line's "Connection timed out": after a time stamp or a log level (tmsdebug, log-web.txt), or "connect HOST:PORT". */
const CONNECT_TIMEOUT_LOG = /^\s{0,8}(?:\[?\d{4}[-/.]\d{2}[-/.]\d{2}[ T]\d{1,2}:\d{2}|(?:\[?(?:ERROR|WARN(?:ING)?|FATAL)\]?)\s)[^\r\n]{0,300}?\bconnection timed out\b|\bconnection timed out:?\s{0,4}connect(?:ing)?\s{1,4}(?:to\s)?\S/i;

/** A line as a log or .NET writes it (an exception's name, a time stamp, a log level), not a user's sentence. */
const LOG_FORM = /Exception|System\.Net\.|^\s{0,8}\[?\d{4}[-/.]\d{2}[-/.]\d{2}[ T]\d{1,2}:\d{2}|(?:^|\s|\[)(?:ERROR|WARN(?:ING)?|FATAL)(?:\]|\s|:)/;

/**
 * What failed, for a log line only: .NET's forms need the exception's name or a log line's time stamp or level on the line;
 * tmsdebug's bare "Connection timed out" is 'log-timeout', which counts only beside "No HTTPS response" in the same paste (else
 * the line is the other-symptom reading's, knowledge/symptoms.ts).
 */
function connectFailure(line: string): ConnectFailure | 'log-timeout' | null {
  if (!LOG_FORM.test(line)) return null;
  if (CONNECT_TIMEOUT.test(line)) return 'timeout';
  if (CONNECT_REFUSED.test(line)) return 'refused';
  if (CONNECT_DOTNET.test(line)) return 'connect';
  if (CONNECT_TIMEOUT_LOG.test(line)) return 'log-timeout';
  return null;
}

/** "TLSv1.2", "SSLv3" → "TLS 1.2", "SSL 3.0". */
function protoName(p: string): string {
  const m = /^(SSL|TLS)v(\d)(?:\.(\d))?$/i.exec(p);
  if (!m) return p;
  return m[1].toUpperCase() === 'SSL' ? `SSL ${m[2]}.0` : `TLS 1.${m[3] ?? '0'}`;
}

/** A SQL client's TLS failure at pre-login, by what it says (QA62 #11). 'other': an SSL Provider error with another reason. */
type SqlTls = 'no-common-algorithm' | 'reset' | 'certificate' | 'other';
/** Words that make a line worth sqlClientTls (one cheap test per line first). */
const SQL_TLS_HINT = /provider|pre-login|ログイン前|プロバイダー|2146893007|80090331|algorithm|アルゴリズム|forcibly|強制的に切断|10054|certificate|証明書/i;
const SQL_SSL_PROVIDER = /provider\s{0,3}:\s{0,3}ssl\s{0,3}provider|(?<![a-z])ssl\s{0,3}provider\s{0,3}:|ssl\s{0,3}の?\s{0,3}プロバイダー\s{0,3}[:：]/i;
const SQL_PRE_LOGIN = /pre-login handshake|ログイン前のハンドシェイク/i;
const SQL_CONTEXT = /sqlexception|sqlclient|sql server|sqlcmd|odbc|native client|ole db/i;
const SQL_ALGORITHM = /do not possess a common algorithm|共通のアルゴリズム|-2146893007|0x80090331|SEC_E_ALGORITHM_MISMATCH/i;
const SQL_RESET = /an existing connection was forcibly closed by the remote host|既存の接続はリモート ?ホストに強制的に切断されました|(?<![\d.])10054(?![\d.])/i;
const SQL_CERTIFICATE = /certificate chain was issued by an authority that is not trusted|target principal name is incorrect|証明書チェーンは、信頼されていない機関|ターゲット プリンシパル名が正しくありません/i;
const SQL_REASON = new RegExp(`${SQL_ALGORITHM.source}|${SQL_CERTIFICATE.source}`, 'i');

const SQL_TLS_TEXT: Record<SqlTls, LocalizedText> = {
  'no-common-algorithm': t(
    '"the client and server cannot communicate, because they do not possess a common algorithm" (-2146893007, 0x80090331): the SQL client and SQL Server found no TLS version (or cipher suite) that both allow',
    '「共通のアルゴリズムを保有していないため、通信できません」（-2146893007、0x80090331）：SQL のクライアントと SQL Server の両方が許可している TLS のバージョン（または暗号スイート）がない',
  ),
  reset: t(
    '"An existing connection was forcibly closed by the remote host" (10054): SQL Server, or something on the way, reset the connection while it was being set up; a TLS version mismatch shows this way, but so can other causes',
    '「既存の接続はリモート ホストに強制的に切断されました」（10054）：接続の確立中に SQL Server（または経路上の何か）が接続をリセットした。TLS のバージョンの不一致でもこうなりますが、ほかの原因でもなります',
  ),
  certificate: t(
    'the SQL client does not accept SQL Server\'s certificate (its chain or its name): a certificate question (the certificate SQL Server uses, Encrypt / TrustServerCertificate), not the TLS versions',
    'SQL のクライアントが SQL Server の証明書（チェーンまたは名前）を受け入れていない：TLS のバージョンではなく証明書の問題（SQL Server が使う証明書、Encrypt / TrustServerCertificate）',
  ),
  other: t('an SSL Provider error with another reason', '別の理由による SSL Provider のエラー'),
};

/** What the SQL client's pre-login errors say, in one observation; null when none was read. */
function sqlClientTlsObservation(kinds: ReadonlySet<SqlTls>): Observation | null {
  if (!kinds.size) return null;
  const order: SqlTls[] = ['no-common-algorithm', 'reset', 'certificate', 'other'];
  const shown = order.filter((k) => kinds.has(k) && !(k === 'other' && kinds.size > 1));
  return {
    code: 'sql-client-tls-failed',
    detail: t(
      `A SQL client's error while connecting to SQL Server (TMS's connection to its database, not an endpoint): ${shown.map((k) => SQL_TLS_TEXT[k].en).join('; ')}.`,
      `SQL のクライアントが SQL Server に接続する際のエラー（エンドポイントではなく、TMS とデータベースの間の接続）：${shown.map((k) => SQL_TLS_TEXT[k].ja).join('。')}。`,
    ),
  };
}

/** Words that make a line worth the sqlcmd readers below (one cheap test per line first). */
const SQLCMD_HINT = /sqlcmd|provider|プロバイダー|\[microsoft\]/i;
/** sqlcmd run at a prompt ("C:\>sqlcmd -S …", "PS C:\> sqlcmd.exe …"), not its own "Sqlcmd: Error:" lines. */
const SQLCMD_COMMAND = /(?:^|[>\s])sqlcmd(?:\.exe)?(?=\s)(?!\s?:)/i;
/** sqlcmd's -S: quoted or not. */
const SQLCMD_SERVER = /\s[-/]S\s{0,3}(?:"([^"\n]{1,100})"|'([^'\n]{1,100})'|([^\s"']{1,100}))/;
/** The driver's words for a server that did not answer (not a failed login or a TLS error: SQL answered those). */
const SQL_NO_ANSWER =
  /network-related or instance-specific error|login timeout expired|could not open a connection to sql server|no connection could be made because the target machine actively refused|sql server does not exist or access denied|error locating server\/instance specified|ネットワーク関連またはインスタンス固有のエラー|ログイン\s?タイムアウトの期限が切れました|SQL Server への接続を開けませんでした|サーバー\/インスタンスの位置を特定しているときにエラー/i;
/** -S naming this machine: ".", ".\SQLTMS", "(local)", "localhost", "127.0.0.1", "::1", with a protocol prefix or a port. */
const LOCAL_SQL_SERVER = /^(?:(?:tcp|np|lpc|admin):)?(?:\.|\(local\)|localhost|127\.0\.0\.1|::1|\[::1\])(?:[\\,][^\s]{0,80})?$/i;

/**
 * sqlcmd got no answer from a SQL Server on this machine (or no server was named, which is this machine's default
 * instance): what to check, not the cause. A server named by its host name may be this one or another: no note.
 */
function sqlNoAnswerNote(failed: { target: string | null } | null): Observation | null {
  if (!failed) return null;
  const target = failed.target;
  if (target && !LOCAL_SQL_SERVER.test(target)) return null;
  const where = target ? t(` at ${target} (an instance on the machine where sqlcmd ran)`, `（${target}：sqlcmd を実行したマシン上のインスタンス）`) : target === '' ? t(' (no -S: the default instance on the machine where sqlcmd ran)', '（-S の指定なし：sqlcmd を実行したマシンの既定のインスタンス）') : t('', '');
  const unsure = target === null;
  return {
    code: 'sql-no-answer',
    // The instance aimed at, when it is on the machine where sqlcmd ran (the conversation compares it with where SQL is said to run).
    ...(target !== null ? { subject: target ? `sqlcmd -S ${target}` : 'sqlcmd' } : {}),
    detail: t(
      `sqlcmd got no answer from SQL Server${where.en}, which does not say why. ${unsure ? 'If it ran against the SQL Server on the TMS server, check' : 'Check'} that the SQL Server service is running (services.msc, or \`sc query MSSQLSERVER\` / \`sc query MSSQL$<instance>\`) and read the first lines of that instance's ERRORLOG (in its Log folder): they give SQL's version and, if it stopped, the error it stopped on. Error 26011 there ("unable to initialize encryption") on a SQL Server build without TLS 1.2 support (2008 R2 before 10.50.6542.0, for example) is the known case of such a build stopping when TLS 1.0 and SSL 3.0 are both disabled: it needs TLS 1.0 enabled, so check whether TLS 1.0 was turned off on this server before changing anything else.`,
      `sqlcmd は SQL Server から応答を得られませんでした${where.ja}。理由はこの出力からはわかりません。${unsure ? 'TMS サーバ上の SQL Server に対して実行したのであれば、' : ''}SQL Server のサービスが実行中か（services.msc、または \`sc query MSSQLSERVER\` / \`sc query MSSQL$<インスタンス名>\`）を確認し、そのインスタンスの ERRORLOG（Log フォルダ内）の先頭を見てください。SQL のバージョンと、停止していればその原因となったエラーがわかります。TLS 1.2 に対応していない SQL Server のビルド（たとえば 10.50.6542.0 より前の 2008 R2）でそこにエラー 26011（暗号化を初期化できない）があれば、TLS 1.0 と SSL 3.0 の両方が無効になると停止するという既知のケースです。このビルドには TLS 1.0 が必要なので、ほかを変更する前に、このサーバで TLS 1.0 が無効にされていないか確認してください。`,
    ),
  };
}

/** A line of Wireshark's packet details (tshark -V, "Copy as text"): a capture's, not a client's words. */
const DISSECTOR_LINE = /^\s*(?:transport layer security\s*$|(?:ssl|tls)v?[\d.]*\s?record layer:|content type:|alert message\s*$|description:|level:\s?(?:fatal|warning))/i;
/** Words that make a line worth the tool-line patterns below (one cheap test per line first). */
const TOOL_HINT = /reset|handshake|alert|errno|forcibly|強制的に切断|ハンドシェイク/i;
/** Windows curl.exe (Schannel) could not acquire a client credential for the protocols asked: before any hello. */
const SCHANNEL_CRED_MISMATCH = /AcquireCredentialsHandle failed:?\s{0,4}SEC_E_ALGORITHM_MISMATCH|AcquireCredentialsHandle failed:?\s{0,4}\(?0x80090331/i;
type ToolTls = 'reset' | 'forcibly-closed' | 'alert-protocol-version' | 'alert-handshake-failure' | 'schannel-recv' | 'handshake-failed';
/** In order of how much they say; a line may match several (an OpenSSL line names the alert and "handshake failure"). */
const TOOL_TLS: [ToolTls, RegExp][] = [
  ['reset', /connection reset by peer|\beconnreset\b|errno[=\s:]{1,3}104\b|connection was reset|wsaeconnreset|recv failure: connection reset/i],
  ['forcibly-closed', /an existing connection was forcibly closed by the remote host|既存の接続はリモート ?ホストに強制的に切断されました/i],
  ['alert-protocol-version', /alert protocol version|protocol_version|alert number 70\b|tlsv1 alert protocol version/i],
  ['alert-handshake-failure', /alert handshake failure|handshake_failure|alert number 40\b/i],
  // Windows curl.exe (Schannel): the other side closed or reset the connection during the handshake (QA60 #9).
  ['schannel-recv', /schannel: failed to receive handshake/i],
  ['handshake-failed', /(?:tls|ssl)\s?(?:\/\s?(?:tls|ssl)\s?)?handshake (?:failed|failure|error)|(?<!tcp\s)handshake (?:failed|failure)|ハンドシェイク(?:に|が)?失敗/i],
];
const TOOL_TLS_TEXT: Record<ToolTls, LocalizedText> = {
  reset: t('"connection reset by peer" (the other side reset the connection)', '「connection reset by peer」（相手が接続をリセットした）'),
  'forcibly-closed': t('"An existing connection was forcibly closed by the remote host" (Windows: the other side reset the connection)', '「既存の接続はリモート ホストに強制的に切断されました」（Windows：相手が接続をリセットした）'),
  'alert-protocol-version': t('TLS alert 70, protocol_version (the other side refused the TLS version offered)', 'TLS アラート 70、protocol_version（相手が提示された TLS バージョンを拒否した）'),
  'alert-handshake-failure': t('TLS alert 40, handshake_failure (often no cipher suite in common)', 'TLS アラート 40、handshake_failure（多くは共通の暗号スイートがない）'),
  'schannel-recv': t('"schannel: failed to receive handshake" (Windows curl: the other side closed or reset the connection during the handshake)', '「schannel: failed to receive handshake」（Windows の curl：ハンドシェイク中に相手が接続を閉じたかリセットした）'),
  'handshake-failed': t('a TLS handshake that failed, with no reason given', '理由の示されていない TLS ハンドシェイクの失敗'),
};
/**
 * The client held to TLS 1.0 (`-ssl3` is not TLS 1.0): `openssl s_client -tls1`, `curl --tlsv1.0 --tls-max 1.0`, or OpenSSL's session
 * block after a failed handshake, whose "Protocol  : TLSv1" is the version the client tried (TLSv1.2 when it offered 1.2).
 */
/**
 * The client offering TLS 1.2 and nothing newer, as TMS at Medium-High does: `openssl s_client -tls1_2`, or the session block's
 * "Protocol  : TLSv1.2" after a failed handshake (the newest version the client tried: -tls1_2, or an OpenSSL 1.x default).
 */
const TOOL_TLS12_HELD = /\bs_client\b.{0,200}\s-tls1_2(?![\d.])|^\s{0,8}Protocol\s{0,4}:\s{0,4}TLSv1\.2\s*$/i;
/** `openssl s_client -tls1_1`: the client held to TLS 1.1. */
const TOOL_TLS11_HELD = /\bs_client\b.{0,200}\s-tls1_1(?![\d.])/i;
/**
 * OpenSSL's error line for a client left with no version it may offer (QA62 #15): "…:error:0A0000BF:SSL routines::no protocols
 * available:…" (OpenSSL 3), "…:error:141E70BF:SSL routines:tls_construct_client_hello:no protocols available:…" (1.1.1).
 */
const OPENSSL_NO_PROTOCOLS = /SSL routines:[a-z_]{0,60}:no protocols available/i;
const TOOL_TLS10_ONLY = /\bs_client\b.{0,200}\s-tls1(?![_\d.])|--tls-max\s{1,3}1\.0\b|^\s{0,8}Protocol\s{0,4}:\s{0,4}TLSv1\s*$/i;
/**
 * `openssl s_client -connect …` run without a protocol option (the command line, not a sentence about it) (QA60 #6): OpenSSL 1.0.1 and later offer TLS 1.2 (1.1.1 and later TLS 1.3 too),
 * read like curl's default hello. A session block's "Protocol  : TLSv1.3" after a failed handshake says the same.
 */
const TOOL_S_CLIENT_DEFAULT = /^\s{0,8}(?:\S{0,200}[$#>]\s{0,4})?(?:openssl\s{1,4})?s_client\s{1,4}-(?:connect|host|port)\b(?![^\r\n]{0,400}\s-(?:tls1(?:_[0-3])?|ssl[23]|no_tls1_[23]|no_tls1|max_protocol|dtls(?:1(?:_2)?)?)(?![\w.]))|^\s{0,8}Protocol\s{0,4}:\s{0,4}TLSv1\.3\s*$/i;

/** Protocols, TLS 1.2 or TLS 1.2\\Client: a key whose absence leaves TLS 1.2 Client to the Windows default. */
function schannelClientSideKey(path: string): boolean {
  return /\\SCHANNEL\\Protocols(?:\\TLS 1\.2(?:\\Client)?)?\\?$/i.test(path);
}

/** A .reg value line cut inside its dword: fewer than 8 hex digits and nothing after them (QA62 #4). */
const REG_DWORD_CUT = /^[ \t]*"([^"\r\n]{1,100})"[ \t]*=[ \t]*dword:([0-9a-f]{0,7})[ \t]*$/i;
/** Where a .reg paste's last line that is not blank starts, with that line, when it is a dword cut short; null otherwise. */
function regDwordCutAt(text: string): { index: number; line: string } | null {
  const end = text.replace(/\s+$/, '').length;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const last = text.slice(start, end);
  return last.length <= 200 && REG_DWORD_CUT.test(last) ? { index: start, line: last.trim() } : null;
}

/** `netsh http show sslcert` output: its command or its heading. */
const NETSH_SSLCERT = /netsh\s{1,4}http\s{1,4}show\s{1,4}sslcert|SSL Certificate bindings\s{0,4}:/i;
/** Its TLS flags set on a binding ("Disable TLS 1.2 : Set", "Disable Legacy TLS Versions : Set"). */
const NETSH_TLS_FLAG_SET = /^[ \t]{0,8}(Disable (?:TLS 1\.[0-3]|Legacy TLS Versions))[ \t]{0,60}:[ \t]{0,8}Set[ \t]*$/gim;
/**
 * `netsh http show sslcert` with a TLS flag set on a binding (QA62 #7): what it is (an HTTP.sys option of that inbound binding, IIS on
 * :443), and what it is not (Schannel's protocol state, whose Client side TMS uses when it polls the endpoints). Null otherwise.
 */
function netshSslcertObservation(text: string): Observation | null {
  const head = text.slice(0, 65_536);
  if (!NETSH_SSLCERT.test(head)) return null;
  const flags = [...new Set([...head.matchAll(NETSH_TLS_FLAG_SET)].map((m) => m[1].replace(/\s+/g, ' ')))].slice(0, 4);
  if (!flags.length) return null;
  const list = flags.map((f) => `"${f}"`).join(', ');
  return {
    code: 'netsh-sslcert-tls-flag',
    detail: t(
      `\`netsh http show sslcert\`: ${list} is set on a binding. That is an HTTP.sys option of that inbound binding (IIS, for systems that connect to TMS over HTTPS), not Schannel's protocol setting: it does not change what TMS offers when it polls the endpoints (the Schannel Client side), so I have not taken TLS 1.2 as off from it. It can refuse TLS 1.2 to endpoints that reach TMS over HTTPS on that binding.`,
      `\`netsh http show sslcert\`：バインドに ${list} が設定されています。これはその受信側バインド（IIS。HTTPS で TMS に接続するシステム向け）の HTTP.sys のオプションで、Schannel のプロトコル設定ではありません。TMS がエンドポイントをポーリングするときに提示する内容（Schannel の Client 側）は変わらないため、これをもとに TLS 1.2 が無効とは判断していません。そのバインドに HTTPS で接続してくるエンドポイントには、TLS 1.2 を拒否することがあります。`,
    ),
  };
}

/** A `reg query … /v NAME` command line (one value asked for). */
const REG_QUERY_ONE_VALUE = /\breg(?:\.exe)?\s{1,4}query\s.{0,600}?\s\/v\s/i;

/** Was a value of TLS 1.2\\Client asked for alone (`reg query "…\\TLS 1.2\\Client" /v Enabled`)? Line by line, bounded. */
/** A reg query value line cut short: the name alone, a REG_ type cut, or REG_DWORD with no value ("    Enabled    REG_DW"). */
const CUT_VALUE_LINE = /^\s{2,}[A-Za-z]{1,30}(?:\s{1,8}(?:R|RE|REG|REG_[A-Z_]{0,9}))?\s*$|^\s{2,}[A-Za-z]{1,30}\s{1,8}REG_DWORD\s{1,8}0x?\s*$/;

/** The values a registry observation names in brackets ("… (DisabledByDefault=0): …" → "DisabledByDefault=0"). */
function shownValues(detail: string): string {
  const m = /\(([A-Za-z]{1,30}=[^()]{1,60})\)/.exec(detail);
  return m ? m[1] : 'one value';
}

/** Does the text end (its last line that is not blank) in a value line cut short (QA60 #16)? */
function endsMidValue(text: string): boolean {
  const tail = text.slice(-400).replace(/\s+$/, '');
  const last = tail.slice(tail.lastIndexOf('\n') + 1);
  return CUT_VALUE_LINE.test(last);
}

function queriedOneValue(text: string): boolean {
  let n = 0;
  for (const raw of textLines(text)) {
    if (++n > 5000) return false;
    const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
    if (/TLS 1\.2\\Client/i.test(line) && REG_QUERY_ONE_VALUE.test(line)) return true;
  }
  return false;
}

/** Typographic double quotes (“ ” „ ‟ ″) as Word, Outlook or smart quotes put them around a .reg's names (QA62 #13). */
const TYPO_QUOTE = /[\u201c\u201d\u201e\u201f\u2033]/;
const TYPO_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
/** The text with those quotes as straight ones and no-break spaces as spaces: one character for one. */
function foldRegQuotes(text: string): string {
  return text.replace(TYPO_QUOTES, '"').replace(/\u00a0/g, ' ');
}
const REG_HEADER = /^\s*(?:windows registry editor version 5\.00|regedit4)\s*$/im;
/** The header after a lead-in on its line: "here is our export: Windows Registry Editor Version 5.00" (QA52 #5). */
const REG_HEADER_LATE = /(?<=[:：\s])(?:windows registry editor version 5\.00|regedit4)[ \t]*$/im;
/** A .reg key block with no header: a [HKEY_…] line, then a value line ("Enabled"=dword:…) (QA52 #5). */
const REG_KEY_BLOCK = /^[ \t]*\[-?HKEY_[^\]\r\n]{1,300}\][ \t]*\r?\n[ \t]*(?:"[^"\r\n]{1,100}"|@)[ \t]*=[ \t]*(?:dword:|qword:|hex|"|-)/im;
/**
 * A .reg deletion line with no header and no value under it (QA62 #14: "reg file we imported:\n[-HKEY_…\\TLS 1.2]"): alone on its
 * line, or after a lead-in ending in a colon on that line. Only `[-HKEY_…]` (regedit's own syntax, nothing else writes it).
 */
const REG_DELETE_LINE = /^(?:[^\n[]{0,200}[:：][ \t]{0,8})?\[-HKEY_[^\]\r\n]{1,300}\][ \t]*$/im;
/** Where a pasted .reg text starts in `head` (its header, or its first key block when there is none), and whether it has a header. */
function regStartIn(head: string): { index: number; headed: boolean } | null {
  const own = REG_HEADER.exec(head);
  if (own) return { index: own.index + (own[0].length - own[0].trimStart().length), headed: true };
  const h = REG_HEADER_LATE.exec(head);
  const k = h ? null : REG_KEY_BLOCK.exec(head);
  const d = h || k || !head.includes('[-HKEY_') ? null : REG_DELETE_LINE.exec(head);
  const at = h ? h.index + (h[0].length - h[0].trimStart().length) : k ? k.index : d ? d.index + d[0].indexOf('[-HKEY_') : -1;
  if (at < 0) return null;
  // "this is from the old server, not the TMS one:", "we'll import this tonight:" (REV26 #5): the paste after such a lead-in is
  // not the TMS server's state now; not read as its registry (only a paste with its header on its own line is, as before).
  if (REG_LEAD_NOT_OURS.test(withoutSqlPlace(head.slice(Math.max(0, at - 300), at)))) return null;
  return { index: at, headed: !!h };
}
/**
 * The lead-in without its clauses about SQL Server ("SQL 2016 runs on another server", 「SQL 2016 は別サーバです」): where SQL runs
 * says nothing of the machine the paste is from (QA62 #9: "TMS 15.9, SQL 2016 runs on another server. Here is the reg export from
 * the TMS server:" dropped the paste). Clauses end at a sentence end, a comma or a semicolon.
 */
function withoutSqlPlace(lead: string): string {
  return lead
    .split(/[.!?;。！？；、,\n](?:\s|$)|[。！？；、\n]/)
    .filter((c) => !/(?<![a-z])(?:sql|mssql|database|db)(?![a-z])|データベース/i.test(c))
    .join('. ');
}
/**
 * A lead-in that names another machine ("from the old server, not the TMS one", "our lab box", 「旧サーバのものです」) or a plan
 * ("we'll import this tonight", "going to apply this", 「今夜これをインポートする予定です」): the paste after it is not the TMS server's
 * Schannel state now (REV26 #5).
 */
/**
 * The words before a machine's noun in such a lead-in (REV26 #5 chose them; fewer age and migration words than
 * OTHER_SERVER_WORDS_EN, plus "different", "second" and another owner's "customer's", "their").
 */
const REG_LEAD_OTHER_WORDS = [ENV_WORDS_EN, ELSE_WORDS_EN, 'different|old|previous|new|backup|spare|second', "customer'?s?|their"].join('|');
/** The Japanese lead-ins (a regex literal: a regex source, not a text shown to users). */
const REG_LEAD_NOT_OURS_JA = /検証|旧サーバ|新サーバ|移行先|別の?\s?(?:サーバ|マシン|環境|ノード)|他の?\s?(?:サーバ|マシン)|予定|これから|(?:インポート|適用|反映)(?:します|する)(?![かた])/;
const REG_LEAD_NOT_OURS = new RegExp(
  String.raw`(?<![a-z])(?:(?:${REG_LEAD_OTHER_WORDS})\s(?:tms\s)?(?:server|machine|box|host|vm|node|system|environment|site)|not\s(?:from\s)?(?:the|our)\s(?:tms|server|production)|(?:will|we'll|i'll|going\sto|plan(?:ning)?\sto|about\sto|want\sto|to\sbe)\s(?:\w+\s)?(?:import|apply|merge|deploy|push|run|use)|(?:import|apply|merge|deploy|push)(?:ing)?\s(?:this|it|these|the\sfollowing)\s(?:tonight|tomorrow|later|next)|should\s(?:we|i)\s(?:import|apply|merge|use))(?![a-z])|${REG_LEAD_NOT_OURS_JA.source}`,
  'i',
);
/** parseRegText's note on a missing header, left out when the paste is a key block alone (nothing to warn about). */
const NO_HEADER_NOTE = /^The first line is not a regedit header/;

/**
 * The .NET 4 registry views that `reg query` said do not exist: an error line ("ERROR: The system
 * was unable to find…", 「エラー: … 見つかりませんでした」) right after check-tls.cmd's section header
 * for that view, or after a `reg query` command line naming the key, with no key line between.
 */
export function netfxMissingViews(text: string): ('64-bit' | '32-bit')[] {
  const out: ('64-bit' | '32-bit')[] = [];
  if (!/NETFramework|\.NET strong crypto/i.test(text)) return out;
  let view: '64-bit' | '32-bit' | null = null;
  let n = 0;
  for (const raw of text.split('\n', 200_000)) {
    const line = raw.length > 1024 ? raw.slice(0, 1024) : raw;
    if (++n > 200_000) break;
    const header = /^\s{0,4}=+ \.NET strong crypto, (64|32)-bit view =+/i.exec(line);
    const cmd = !header && /\breg(?:\.exe)?\s+query\s+"?HK(?:LM|EY_LOCAL_MACHINE)\\SOFTWARE\\(Wow6432Node\\)?Microsoft\\\.NETFramework\\v4\.0\.30319"?\s*$/i.exec(line);
    if (header) view = header[1] === '32' ? '32-bit' : '64-bit';
    else if (cmd) view = cmd[1] ? '32-bit' : '64-bit';
    else if (/^\s{0,4}=+ /.test(line) || /^HK(?:EY_|LM\\)/i.test(line.trim())) view = null;
    else if (view && /^(?:error|エラー)\s*:/i.test(line.trim()) && /(?:unable to find|見つかりません|見つけられません)/i.test(line)) {
      if (!out.includes(view)) out.push(view);
      view = null;
    }
  }
  return out;
}

/**
 * The words without which a text holds no evidence the readers below take (mayHoldEvidence): most
 * chat messages ("TMS 15.2.1, CE 9.15", "why medium-high?", 「再起動は必要ですか？」) have none, and
 * skip the line scanning. Why each output needs one (case-insensitive, as the readers' patterns; a
 * superset test on the whole text, so line cuts, ';'-joined rows and ``` do not matter):
 * - events: an id is one of EVENTS' (3999, or 5 digits: EVENT_ID_*, table and CSV rows, SQL_ERROR_NUMBER;
 *   InstanceID's larger numbers, eventIdOf, have 5 digits or more); a message
 *   (EVENT_MESSAGES) names a library, TDSSNIClient, a credential, cipher suites or a fatal alert
 *   (ライブラリ, 資格情報, 致命的な警告 or 致命的なアラート, 暗号スイート);
 * - TMS's log: telnet, "No HTTPS response" (http), .NET's words (DOTNET_HINT's: ssl, transport stream,
 *   underlying connection, チャネル, トランスポート, 基になる接続);
 * - a client's failed handshake: TOOL_HINT's words (reset, handshake, alert, errno, forcibly, 強制的に切断,
 *   ハンドシェイク); sslscan/nmap/curl/s_client results: their version tokens (tlsv, sslv) or ssl;
 * - PowerShell: TLS_ suites, TcpTestSucceeded, [Net.ServicePointManager]::SecurityProtocol; curl's plain HTTP 301: http;
 * - captures: a flow starts at a hello (hello, ハロー: SAID_HELLO, Client Hello rows and details),
 *   a [SYN] row or Flags line (syn), an HTTP GET (http), or a table row, whose header names a source
 *   (src, source, 送信元) or a handshake field; a Version: line (version), a tshark fields row (0x);
 * - versions: SELECT @@VERSION (microsoft sql server), Windows (on windows, microsoft windows, the OS
 *   Name field's names; OS Version and Version lines: version, バージョン; winver: os build, os ビルド;
 *   the Major Minor Build Revision table: major), TMS (telepresence management
 *   suite, cisco tms; its Version line only after them), xStatus (systemunit), xConfiguration
 *   (networkservices), sc query (service_name), Get-Service (get-service, displayname, a row's status and TMS or MSSQL name);
 * - a service's state changed: event 7036 (entered the … state, 状態に移行しました);
 * - a service that failed: net start, Restart-Service, events 7023/7024/7034 (could not be started, cannot be started,
 *   failed to start service, service terminated, 開始できません, で終了しました, 予期せぬ原因により終了);
 * - registry: a .reg header (registry, regedit), reg query (REG_, HKEY_, HKLM, registry, レジストリ),
 *   PowerShell (PSPath, Hive, Cannot find path, が存在しないため, Get-ItemProperty).
 * A reader added with a pattern that needs none of these must add its word here:
 * test/evidence/gate.test.ts reads every example of the evidence tests both ways.
 */
/**
 * The Telnet security violation told in Japanese (QA59 #10): 「Telnet 通信は許可されていません というセキュリティ違反」, 「Telnet の
 * セキュリティ違反が出ます」. Not denied (「…は出ていません」) nor a worry (「…が出ないか心配」「…出ますか」): those say it is not seen.
 */
const TELNET_VIOLATION_JA =
  /(?:telnet\s?(?:の|での)?\s?通信(?:は|が)?\s?許可されて(?:い)?(?:ません|ない)|telnet[^。\n]{0,24}セキュリティ(?:\s?)違反|セキュリティ(?:\s?)違反[^。\n]{0,24}telnet)(?![^。\n]{0,24}(?:出て|表示されて)(?:い)?(?:ない|ません))(?![^。\n]{0,24}(?:心配|不安|ますか|ですか|でしょうか|たら|なら|場合))/i;
const EVIDENCE_WORDS = groupedByFirstLetter(/3999|unable to connect|timed out|properly respond|failed to respond|actively refused|リモート サーバーに接続できません|一定の時間を過ぎても|積極的に拒否|-tls|tls\s?v?1[._]?\d?\s?(?:connection|test|だと|では|で)|(?:with|using|via|over|to)\s(?:only\s)?tls|\d{5}|0x|library|tdssniclient|credential|cipher suites|alert|ライブラリ|資格情報|致命的な警告|致命的なアラート|暗号スイート|telnet|http|ssl|transport stream|underlying connection|チャネル|トランスポート|基になる接続|reset|handshake|errno|forcibly|強制的に切断|ハンドシェイク|tlsv|sslv|tls_|tcptestsucceeded|ncat:|securityprotocol|hello|ハロー|syn|src|source|送信元|tshark|version|バージョン|microsoft sql server|on windows|microsoft windows|os name|os 名|os名|caption|osname|productname|os build|os ビルド|major|telepresence management suite|cisco tms|systemunit|networkservices|service_name|get-service|displayname|(?:running|stopped)\s{1,30}(?:tms|w3svc|mssql|sqlbrowser|sqlserveragent|sqlagent\$|sqlwriter)|could not be started|service entered the (?:running|stopped|paused) state|サービスは\s?(?:実行中|停止|一時停止)\s?状態に移行しました|service (?:was (?:started|stopped) successfully|is (?:starting|stopping))|サービスは正常に(?:開始|停止)されました|サービスを(?:開始|停止)(?:します|しています)|cannot be started|failed to start service|service terminated|開始できません|で終了しました|予期せぬ原因により終了|registry|regedit|reg_|hkey_|hklm|レジストリ|pspath|hive|cannot find path|が存在しないため|get-itemproperty|verify (?:error|result)|certificate problem|issuer\s?:/i);

/**
 * A TLS test's result told in a short message: the version the client was held to, as a tool option or
 * in words ("with -tls1_2 it works", "TLS 1.2 handshake works", "using TLS 1.2 it connects", 「-tls1_2 だと
 *繋がります」), or s_client's session lines run together ("Protocol : TLSv1.2 Cipher : ECDHE-…"), and a
 * success. Not a fix said done ("enabled TLS 1.2, works now": no test form).
 * Each clause is read with its own version and outcome: "with -tls1 it fails, with -tls1_2 it works",
 * 「-tls1 だと切断され、-tls1_2 だと繋がります」 is TLS 1.0 refused and TLS 1.2 accepted, never "1.0 accepted".
 * A clause whose outcome is unclear (none, both, a negated failure) or that names two versions makes the
 * whole message read as nothing.
 */
const TEST_VERSION =
  /(?<![\w-])-{1,2}tls(?:v?1(?:[._]([0-3]))?|-max\s1\.([0-3]))(?![\w.])|(?<![a-z])(?:with|using|via|over|forcing|forced\sto|held\sto|limited\sto)\s(?:only\s)?tls\s?v?1(?:[._]([0-3]))?(?![\d.])(?!\s(?:enabled|on|turned|switched|set|active|in\sthe\sregistry))|(?<![a-z])tls\s?v?1(?:[._]([0-3]))?\s(?:handshake|connection|test)s?(?![a-z])|(?<![a-z])tls\s?v?1(?:[._]([0-3]))?\s?(?:だと|では|でなら|で)(?=\s?(?:は\s?)?(?:繋が|つなが|接続|成功|失敗|通り|通る|通らな|切断|切られ|リセット|拒否|エラー|ok|OK|大丈夫|駄目|ダメ))|^\s*protocol\s{0,4}:\s{0,4}tlsv1(?:\.([0-3]))?\s/im;
/** openssl's option names said without their dash, in a message that names a TLS tool: "tried openssl: tls1 gets reset, tls1_2 connects fine". */
const TEST_BARE_OPTION = /(?<![\w.-])tls1(?:_([0-3]))?(?![\w.])(?!\s(?:is\s|are\s)?(?:enabled|disabled|on|off|turned|switched|set|active))/i;
const TEST_TOOL = /(?<![a-z])(?:openssl|s_client|curl)(?![a-z])/i;
const TEST_OK = /(?<![a-z])(?:works?|worked|working|connects?|connected|succeed(?:s|ed)?|success(?:ful)?|complete[sd]?|ok|okay|fine|goes\sthrough|went\sthrough)(?![a-z])|繋が(?:り|る|った)|つなが(?:り|る|った)|接続(?:でき|し(?:まし)?た|が成功|します)|成功|通り|通る|大丈夫|cipher\s{0,4}:\s{0,4}(?!0000|\(none\))[a-z0-9-]{4,}/i;
const TEST_FAILED = /(?<![a-z])(?:fail\w*|error|errno|refused|refuses|reset|resets|alert|denied|rejected|dropped|drops|closed|handshake\sfailure)(?![a-z])|失敗|エラー|拒否|切断|切られ|リセット|駄目|ダメ/i;
const TEST_NOT = /(?<![a-z])(?:not|no|never|n't)(?![a-z])|n't(?![a-z])|できない|できません|ません|ない(?![a-z])/i;
/** Where a message's clauses part: commas, "but", "while", 「、」「が、」「けど」, sentence ends. */
const TEST_CLAUSE_SPLIT = /[,;，；、。]|\.(?:\s|$)|\s(?:but|while|whereas|and|then)\s|けど|けれど/i;
/** A failure said with its own negation: 「繋がらず」「繋がらない」「通らない」. */
const TEST_FAILED_NEG = /(?:繋が|つなが|通)ら(?:ない|ず|なかった)|(?:接続|ハンドシェイク)(?:でき|が成立し)(?:ない|ず|ません)/;
const SESSION_CIPHER = /cipher\s{0,4}:\s{0,4}((?!0000)[A-Z0-9][A-Z0-9_-]{3,60})/i;

/** The minor versions a clause names ('0'…'3'), each once. */
function testVersionsIn(clause: string, bare: boolean): string[] {
  const found = new Set<string>();
  const re = new RegExp(TEST_VERSION.source, 'gim');
  for (const m of clause.matchAll(re)) found.add(m.slice(1).find((x) => x !== undefined) ?? '0');
  if (bare) for (const m of clause.matchAll(new RegExp(TEST_BARE_OPTION.source, 'gi'))) found.add(m[1] ?? '0');
  return [...found];
}

/** A clause's outcome: 'ok', 'failed', or null when it says none, both, or a failure negated ("doesn't fail"). */
function testOutcome(clause: string): 'ok' | 'failed' | null {
  if (TEST_FAILED_NEG.test(clause)) return TEST_OK.test(clause.replace(TEST_FAILED_NEG, ' ')) ? null : 'failed';
  const ok = TEST_OK.test(clause);
  const failed = TEST_FAILED.test(clause);
  const not = TEST_NOT.test(clause);
  if (ok && !failed) return not ? 'failed' : 'ok';
  if (failed && !ok && !not) return 'failed';
  return null;
}

function testResultInWords(s: string): Observation[] {
  if (s.length > 400 || !/tls/i.test(s) || s.split('\n', 5).length > 3) return [];
  const bare = TEST_TOOL.test(s) || /(?<![\w-])-{1,2}tls/i.test(s);
  if (!TEST_VERSION.test(s) && !(bare && TEST_BARE_OPTION.test(s))) return [];
  // Clauses, each with the version(s) it names and its outcome; a clause with an outcome but no version
  // finishes the one before it ("with -tls1, it fails"), a version with no outcome waits for the next.
  const read: { minor: string; outcome: 'ok' | 'failed'; text: string }[] = [];
  let pending: { versions: string[]; text: string } | null = null;
  for (const clause of s.split(TEST_CLAUSE_SPLIT)) {
    if (!clause.trim()) continue;
    const versions = testVersionsIn(clause, bare);
    if (versions.length > 1) return [];
    if (versions.length === 0) {
      if (!pending) continue;
      // Only the very next clause finishes it ("with -tls1, it fails"), not one further on.
      const outcome = testOutcome(clause);
      if (!outcome) return [];
      read.push({ minor: pending.versions[0], outcome, text: `${pending.text} ${clause}` });
      pending = null;
      continue;
    }
    if (pending) return [];
    const outcome = testOutcome(clause);
    if (outcome) read.push({ minor: versions[0], outcome, text: clause });
    else if (TEST_OK.test(clause) || TEST_FAILED.test(clause)) return [];
    else pending = { versions, text: clause };
  }
  // A version left without an outcome, or one version said both to work and to fail: unsure, read nothing.
  if (pending || !read.length) return [];
  if (new Set(read.map((r) => r.minor)).size !== read.length) return [];
  const out: Observation[] = [];
  for (const r of read) {
    const version = `TLS 1.${r.minor}`;
    if (r.outcome === 'failed') {
      // Only TLS 1.0 refused says something here (the endpoint refuses what TMS at Medium offers); a failure at
      // TLS 1.2 said in words has too many causes to name one.
      if (r.minor === '0')
        out.push({
          code: 'tool-tls10-refused',
          detail: t('Your test, as you describe it: a client held to TLS 1.0 was turned away.', 'お伝えいただいたテスト結果：TLS 1.0 に制限したクライアントは拒否されました。'),
        });
      continue;
    }
    const cipher = SESSION_CIPHER.exec(r.text)?.[1];
    const with_ = cipher ? t(` (cipher ${cipher})`, `（暗号 ${cipher}）`) : t('', '');
    const meaning =
      r.minor === '0'
        ? t(' That endpoint still accepts TLS 1.0, as TC 7.3.5 and earlier and CE 8.0.x do: if TMS fails with it, refusing TLS 1.0 is not why (check that the address is the endpoint itself).', 'このエンドポイントは TLS 1.0 をまだ受け付けます（TC 7.3.5 以前と CE 8.0.x と同じ）。TMS が接続できないのであれば、原因は TLS 1.0 の拒否ではありません（そのアドレスがエンドポイント自体か確認してください）。')
        : t(` That endpoint accepts ${version}: once TMS offers TLS 1.2 (Medium-High) it can connect to it.`, `このエンドポイントは ${version} を受け付けます。TMS が TLS 1.2 を提示すれば（Medium-High）接続できます。`);
    // (Past TLS 1.0 the line says TMS connects once it offers TLS 1.2 (Medium-High): it advises the change, src/domain/advises.ts.)
    out.push({
      code: r.minor === '0' ? 'endpoint-accepts-tls10' : 'tool-tls-handshake-ok',
      detail: (r.minor === '0' ? t : advisingMediumHigh)(`Your test, as you describe it: a client held to ${version} completed its handshake${with_.en}.${meaning.en}`, `お伝えいただいたテスト結果：${version} に制限したクライアントのハンドシェイクが成立しました${with_.ja}。${meaning.ja}`),
    });
  }
  return out;
}

/** A check box as IIS Crypto's listing pasted as text shows one (src/domain/understand/iis-crypto-boxes.ts). */
const CHECK_BOX = /\[\s?[xX✓✔]?\s?\]|[☐☑]/;

/** Can the text hold evidence (EVIDENCE_WORDS)? False: readPastedText reads nothing in it. */
export function mayHoldEvidence(text: string): boolean {
  // (sqlcmd's error lines alone, "Sqlcmd: Error: … Login timeout expired.", name none of EVIDENCE_WORDS.)
  // (IIS Crypto's check boxes, "[ ] TLS 1.0", name none of them either: checkboxObservations, QA62 #1.)
  return EVIDENCE_WORDS.test(text) || /sqlcmd/i.test(text) || CHECK_BOX.test(text) || (FULL_WIDTH.test(text) && EVIDENCE_WORDS.test(foldWidth(text)));
}

/**
 * Full-width letters and digits (「ＩＤ ３６８８７」, typed with a Japanese IME): what calls for the fold. Not full-width
 * punctuation (？（）！：), which is in almost every Japanese message and would fold and re-test each of them.
 */
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
/** What the fold folds: every full-width ASCII form and the ideographic space. */
const FULL_WIDTH_ANY = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/g;

/**
 * The text with full-width ASCII forms folded to ASCII and the ideographic space to a space, one character for
 * one (column positions stay): every line reader reads 「イベントＩＤ ３６８８７」 as "イベントID 36887".
 * Narrower than NFKC (half-width katakana, circled digits and the like stay as they are).
 */
function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALL, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * Reads a pasted text (a chat message, a text file) as evidence. Pure, total, linear.
 * kind: 'reg' for .reg text, 'reg-query' for reg query output, 'sql-errorlog' for SQL Server's ERRORLOG, 'eventlog' when the text is event
 * log lines, otherwise 'text'.
 */
/**
 * A pasted registry (a .reg export, reg query or PowerShell output) that shows Schannel's TLS 1.0 Client key enabled
 * (Enabled non-zero, DisabledByDefault 0). Gated on its words; bounded (the first 64 KiB).
 */
export function tls10ClientShownOn(text: string): boolean {
  const raw = (typeof text === 'string' ? text : '').slice(0, 65_536).replace(/```/g, '\n');
  const s = unwrappedPaste(raw) ?? raw;
  if (!/TLS 1\.0/i.test(s) || !/client/i.test(s) || !/enabled/i.test(s)) return false;
  const models = [];
  const header = regStartIn(s.slice(0, 4096));
  if (header) models.push(parseRegText(s.slice(header.index)).model);
  if (/REG_DWORD|HKEY_|HKLM\\/i.test(s)) models.push(parseRegQuery(s).model);
  if (/PSPath|Hive:|Get-ItemProperty/i.test(s)) models.push(parsePowerShellRegistry(s).model);
  return models.some((m) => schannelState(m)['TLS 1.0'].Client.verdict === 'enabled');
}

/**
 * `endpointHosts`: host names the conversation was told are endpoints ("tms-lobby-sx80 is an endpoint", said in an earlier message):
 * a test against one is not taken for a test of the TMS server itself (self-target.ts; rev63 #2, kept for the conversation).
 */
export function readPastedText(text: string, endpointHosts?: readonly string[]): EvidenceReading {
  return readText(text, true, endpointHosts);
}

/** readPastedText without its gate (mayHoldEvidence): for test/evidence/gate.test.ts, which proves them the same. */
export function readPastedTextUngated(text: string): EvidenceReading {
  return readText(text, false);
}

/**
 * Slack's quote marker at a line's start ("> ", delivered as `&gt; ` and decoded by the adapter): not PowerShell's ">>"
 * continuation prompt, nor "C:\\>" (not at the start).
 */
const QUOTE_MARK = /^[ \t]{0,3}>(?!>)[ \t]?/gm;
const HAS_QUOTE_MARK = /(?:^|\n)[ \t]{0,3}>(?!>)/;
/**
 * A lead-in on the line of a registry paste ("here you go: HKEY_LOCAL_MACHINE\\…", "reg query output: ", "TMS server: ",
 * 「ここです：」, "output: Get-ItemProperty …"): the words up to a colon typed right after them (not PowerShell's padded
 * "Name   : HKEY_…"), then a key, a PowerShell registry command or `reg query`.
 */
const REG_LEAD_IN = /^([^\n:：>]{0,80}[^\s:：>])[:：][ \t]*(?=HKEY_[A-Z_]{4,30}\\|HKLM\\|Get-ItemProperty\b|Get-ChildItem\b|reg(?:\.exe)?[ \t]{1,4}query\b)/gim;
const MAY_LEAD_IN = /[:：][ \t]*(?:HKEY_|HKLM\\|Get-Item|Get-Child|reg(?:\.exe)?[ \t])/i;

/**
 * A paste the readers could not read as it came, in the form they read (QA60 #7, #8): Slack's quote marker taken off each
 * line, a lead-in moved to a line of its own. Null when neither is there.
 */
function unwrappedPaste(s: string): string | null {
  let out = s;
  if (HAS_QUOTE_MARK.test(out)) out = out.replace(QUOTE_MARK, '');
  if (MAY_LEAD_IN.test(out)) out = out.replace(REG_LEAD_IN, '$1:\n');
  return out === s ? null : out;
}

function readText(text: string, gate: boolean, endpointHosts?: readonly string[]): EvidenceReading {
  const r = readTextAsIs(text, gate, endpointHosts);
  const unwrapped = typeof text === 'string' && text.length <= MAX_TEXT ? unwrappedPaste(text) : null;
  if (unwrapped === null) return r;
  // Read as it came too: the unwrapped reading is taken only when it reads more (a quoted question, a quoted line of prose,
  // reads as before).
  const u = readTextAsIs(unwrapped, gate, endpointHosts);
  return u.observations.length > r.observations.length ? u : r;
}

function readTextAsIs(text: string, gate: boolean, endpointHosts?: readonly string[]): EvidenceReading {
  try {
    let s = typeof text === 'string' ? text : '';
    const problems: LocalizedText[] = [];
    if (s.length > MAX_TEXT) {
      s = s.slice(0, MAX_TEXT);
      problems.push(t(`Only the first ${MAX_TEXT / 1024 / 1024} MB of the text were read.`, `テキストは先頭の ${MAX_TEXT / 1024 / 1024} MB だけを読みました。`));
    }
    // Slack code blocks: "```" glued to the first and last lines of what was pasted.
    if (s.includes('```')) s = s.replace(/```/g, '\n');
    // A terminal's colour codes (sslscan colours its rows: "TLSv1.0   ESC[33menabledESC[0m", QA62 #12): read as plain output.
    s = withoutTerminalCodes(s);
    // tms-doctor probe's own output read back (single table, fleet table, CSV, JSON lines): said as such, per target (QA43 #4).
    const own = readProbeOutput(s);
    if (own) return { kind: 'text', observations: probeOutputObservations(own), facts: {}, problems };
    // IIS Crypto's check boxes (QA62 #1): the Server side's TLS 1.0 and SSL 3.0, and boxes whose side cannot be told.
    const boxes: Observation[] = checkboxObservations(s);
    // No word any reader needs: what the scanner would return for this text (see EVIDENCE_WORDS).
    if (gate && !mayHoldEvidence(s)) return { kind: 'text', observations: [], facts: {}, problems };
    const head = s.slice(0, 4096);
    // A .reg passed through Word, Outlook or a Mac's smart quotes (QA62 #13): “Enabled”=dword:…, maybe with no-break spaces. Folded
    // one character for one (positions stay) for the .reg reading only; the words around it are read as they came.
    const typo = TYPO_QUOTE.test(head) && head.includes('HKEY_') ? foldRegQuotes(s) : null;
    const regHeader = regStartIn(typo === null ? head : typo.slice(0, 4096));
    if (regHeader) {
      // A .reg export, alone or after a few lines of chat ("TMS 15.2.1, Medium-High, here is the
      // export:"): the export from its header on; the lines before it are read like any text.
      const before = s.slice(0, regHeader.index);
      // The paste ends inside a dword ("Enabled"=dword:0000, fewer than 8 digits, QA62 #4): the value is cut, not 0. The line is
      // left out of the reading, and the note below says so; TLS 1.2\Client then reads as partly shown, not as off.
      const regText = (typo ?? s).slice(regHeader.index);
      const typographic = typo !== null && regText !== s.slice(regHeader.index) && TYPO_QUOTE.test(s.slice(regHeader.index));
      const cutAt = regDwordCutAt(regText);
      const r = parseRegText(cutAt === null ? regText : regText.slice(0, cutAt.index));
      const chat = before.trim() === '' ? null : new TextScanner();
      if (chat) for (const line of textLines(before)) chat.line(line);
      const c = chat?.finish();
      let regObs = registryObservations(r.model);
      if (cutAt !== null) {
        const cut: Observation = {
          code: 'schannel-query-cut-off',
          detail: t(
            `The .reg paste looks cut off: its last line (${cutAt.line}) ends before the value's 8 hex digits, so I have not read that value (a cut "dword:0000" is not 0). Paste the rest of the file to tell whether the key is on or off.`,
            `.reg の貼り付けは途中で切れているようです。最後の行（${cutAt.line}）が値の 16 進 8 桁に届く前に終わっているため、その値は読み取っていません（切れた "dword:0000" は 0 とは限りません）。キーが有効か無効か判断するために、ファイルの残りを貼り付けてください。`,
          ),
        };
        // What the cut line's key showed without it ("only partly set") is that the rest is missing, not the Windows default.
        regObs = [...regObs.filter((o) => o.code !== 'schannel-tls12-client-partial'), cut];
      }
      if (typographic && regObs.length) {
        regObs.push({
          code: 'reg-typographic-quotes',
          detail: t(
            'The .reg text you pasted has typographic quotes (“ ” instead of "), as Word, Outlook or smart quotes turn them: I read its values as if the quotes were straight, but a copy of this text would not import (regedit needs straight quotes). To import it, export the keys again with regedit, or send the .reg file itself.',
            '貼り付けていただいた .reg のテキストは、引用符が活字用の引用符（" ではなく “ ”）になっています。Word や Outlook、スマート引用符の機能で変わったものです。値は通常の引用符として読み取りましたが、このテキストをコピーしてもインポートできません（regedit には通常の " が必要です）。インポートするには、regedit でキーをエクスポートし直すか、.reg ファイルそのものを送ってください。',
          ),
        });
      }
      return {
        kind: 'reg',
        observations: [...regObs, ...(c?.observations ?? [])].slice(0, MAX_OBSERVATIONS),
        facts: c?.facts ?? {},
        problems: [...problems, ...r.problems.filter((p) => regHeader.headed || !NO_HEADER_NOTE.test(p.message.en)).slice(0, 5).map((p) => (p.line ? t(`Line ${p.line}: ${p.message.en}`, `${p.line} 行目：${p.message.ja}`) : p.message)), ...(c?.problems ?? [])],
      };
    }
    const scanner = new TextScanner();
    for (const line of textLines(s)) scanner.line(line);
    const r = scanner.finish();
    let kind: EvidenceKind = 'text';
    const observations = [...r.observations];
    if (/REG_(?:DWORD|SZ|QWORD|BINARY|MULTI_SZ|EXPAND_SZ|NONE)|HKEY_|HKLM\\|unable to find the specified registry|レジストリ/i.test(s)) {
      const q = parseRegQuery(s);
      // A missing key says the TLS 1.2 Client side is left to the defaults only when it is that side's key or above it.
      const missing = q.notFound > 0 && /SCHANNEL\\Protocols/i.test(s) && !/SCHANNEL\\Protocols\\(?:(?!TLS 1\.2)[^\\"\r\n]{1,20}|TLS 1\.2\\Server)/i.test(s.slice(0, 65536));
      // The query named one key below Protocols (TLS 1.2 or TLS 1.2\Client): that key is missing, not every Protocols key.
      const one = missing ? /\breg(?:\.exe)?\s+query\s+"([^"\r\n]{0,200}\\SCHANNEL\\Protocols\\TLS 1\.2(?:\\Client)?)\\?"/i.exec(s.slice(0, 65536)) : null;
      let regObs = registryObservations(q.model, { schannelQueriedButMissing: missing && !one, missingKeys: one ? [one[1]] : undefined, netfxMissing: netfxMissingViews(s) });
      // `reg query KEY /v Enabled` shows one value: a missing DisabledByDefault was not asked for, not absent.
      if (queriedOneValue(s)) {
        regObs = regObs.map((o) =>
          o.code !== 'schannel-tls12-client-partial'
            ? o
            : {
                code: 'schannel-query-one-value',
                detail: t(
                  'reg query was run with /v, so it shows one value of TLS 1.2\\Client: whether the other one (Enabled or DisabledByDefault) is set cannot be told from it. Run reg query on the key without /v to see both.',
                  'reg query を /v 付きで実行したため、TLS 1.2\\Client の値が 1 つしか表示されていません。もう一方の値（Enabled または DisabledByDefault）が設定されているかは分かりません。/v を付けずにキーを reg query して、両方を確認してください。',
                ),
              },
        );
      }
      // The paste ends in the middle of a value line ("    Enabled    REG_DW", QA60 #16): the value missing is cut off, not absent.
      if (regObs.some((o) => o.code === 'schannel-tls12-client-partial') && endsMidValue(s)) {
        regObs = regObs.map((o) =>
          o.code !== 'schannel-tls12-client-partial'
            ? o
            : {
                code: 'schannel-query-cut-off',
                detail: t(
                  `The reg query paste looks cut off: its last line ends in the middle of a value. It shows TLS 1.2\\Client with ${shownValues(o.detail.en)} only, and the other value may be there and not shown. Paste the rest of the output (or run reg query again) to tell whether TLS 1.2 is on for the Client side.`,
                  `reg query の貼り付けは途中で切れているようです。最後の行が値の途中で終わっています。TLS 1.2\\Client は ${shownValues(o.detail.en)} だけが表示されていて、もう一方の値は設定されていても表示されていない可能性があります。Client 側で TLS 1.2 が有効か判断するために、出力の残りを貼り付けてください（または reg query を実行し直してください）。`,
                ),
              },
        );
      }
      // reg query's "unable to find the specified registry key or value" with no command line and no key named (QA41 #9): the key
      // queried is missing, and which one is not known, so the defaults are said by release and the command line asked for.
      if (!regObs.length && q.notFound > 0 && !/\breg(?:\.exe)?\s+query\b|HKEY_|HKLM\\|SCHANNEL/i.test(s.slice(0, 65536))) {
        regObs.push({
          code: 'schannel-key-missing',
          detail: t(
            "reg query says the key (or value) it was asked for does not exist. If that was a SCHANNEL\\Protocols key (TLS 1.2\\Client, say), nothing is set there, so the Windows release's default applies: TLS 1.2 is on by default from Windows Server 2012 and off on 2008 R2; TLS 1.0 is on by default up to 2022 and off on 2025. The paste does not say which key it was: paste the reg query command line with it.",
            'reg query は、指定されたキー（または値）が存在しないと言っています。それが SCHANNEL\\Protocols のキー（たとえば TLS 1.2\\Client）なら何も設定されていないので、Windows のリリースごとの既定値が適用されます。TLS 1.2 は Windows Server 2012 以降では既定で有効、2008 R2 では無効です。TLS 1.0 は 2022 までは既定で有効、2025 では無効です。どのキーだったかは貼り付けからは分からないので、reg query のコマンド行も一緒に貼り付けてください。',
          ),
        });
      }
      if (regObs.length) {
        observations.unshift(...regObs);
        if (q.recognised >= scanner.eventLines + scanner.captureLines) kind = 'reg-query';
      }
    }
    // PowerShell: Get-ItemProperty (values, then PSPath; or `| fl` without PSPath under its command line), Get-ChildItem -Recurse (Hive: and a Name/Property table), a missing key.
    if (/PSPath|Hive:|Cannot find path '|が存在しないため|Get-ItemProperty/i.test(s)) {
      const ps = parsePowerShellRegistry(s);
      const regObs = registryObservations(ps.model, { missingKeys: ps.missing.filter((k) => /\\SCHANNEL\\Protocols/i.test(k)) });
      // Another key missing (TLS 1.2\\Server, TLS 1.0 …) says nothing about what TMS can offer: named, not concluded.
      const other = ps.missing.filter((k) => /\\SCHANNEL\\Protocols\\/i.test(k) && !schannelClientSideKey(k));
      if (other.length) {
        const list = other.slice(0, 3).map((k) => k.replace(/^.*\\SCHANNEL\\Protocols\\/i, '')).join(', ');
        regObs.push({
          code: 'schannel-key-missing',
          detail: t(`The key ${list} does not exist: the Windows release's default applies to it. It does not show whether TLS 1.2\\Client is set; check that key too.`, `キー ${list} は存在しないため、Windows のリリースごとの既定値が適用されます。TLS 1.2\\Client が設定されているかは分からないので、そのキーも確認してください。`),
        });
      }
      if (regObs.length) {
        observations.unshift(...regObs);
        if (ps.recognised >= scanner.eventLines + scanner.captureLines) kind = 'reg-query';
      }
    }
    if (kind === 'text') kind = eventKind(scanner);
    // [Net.ServicePointManager]::SecurityProtocol, its output or its value said (QA60 #11): what it means, and what it is not.
    const netfx = securityProtocolObservation(s);
    if (netfx) observations.push(netfx);
    // "and with -tls1_2 it works: Protocol  : TLSv1.2 Cipher : ECDHE-…", 「-tls1_2 だと繋がります」: a test result told in words.
    // (Not the tool's own output: its lines are read above, "CONNECTED(00000003)" is no success.)
    // (Nor an event's own words: Schannel's "An TLS 1.0 connection request … has failed" is read above.)
    if (!observations.some((o) => /^(?:tool-|endpoint-|event-)/.test(o.code))) {
      observations.push(...testResultInWords(s));
    }
    // "port 443 answers in plain HTTP, not TLS", told in words (QA55 #2): the HTTPS port not speaking TLS.
    if (s.length <= 600 && !observations.length && portAnswersPlainHttp(s)) {
      observations.push({
        code: 'endpoint-port-plain-http',
        detail: t('As you describe it: the port answers in plain HTTP, not in TLS.', 'お伝えいただいた内容：そのポートは TLS ではなく平文の HTTP で応答します。'),
      });
    }
    observations.push(...boxes);
    const netsh = netshSslcertObservation(s);
    if (netsh) observations.push(netsh);
    // A test against the TMS server itself (localhost, its name, "against itself"): its own web server, not an endpoint (QA62 #17).
    return { kind, observations: withSelfTarget(s, observations, endpointHosts).slice(0, MAX_OBSERVATIONS), facts: r.facts, problems: [...problems, ...r.problems] };
  } catch {
    return { kind: 'text', observations: [], facts: {}, problems: [t('The text could not be read.', 'テキストを読み取れませんでした。')] };
  }
}

/** tms-doctor probe's own output: one line saying what it is, then what it states per target of TLS 1.0 and 1.2 (capped). */
function probeOutputObservations(r: ProbeOutputReading): Observation[] {
  const formats = { single: t('probe table', 'プローブの表'), 'single-json': t('probe JSON', 'プローブの JSON'), 'fleet-table': t('fleet table', 'フリートの表'), 'fleet-csv': t('fleet CSV', 'フリートの CSV'), 'fleet-json': t('fleet JSON lines', 'フリートの JSON 行') };
  const f = formats[r.format];
  const n = r.targets.length;
  const out: Observation[] = [
    {
      code: 'probe-output',
      detail: t(
        `This is tms-doctor's own probe output (${f.en}, ${n} ${n === 1 ? 'target' : 'targets'}): what each probed address did, not your settings. Pasted, it does not add a probe result to this conversation: "Probe an endpoint" under my answer does.`,
        `これは tms-doctor 自身のプローブ出力です（${f.ja}、対象 ${n} 件）。各アドレスの応答を示すもので、お使いの設定ではありません。貼り付けただけでは、この会話にプローブ結果は加わりません。加えるには、私の回答の下にある [エンドポイントをプローブ] を使ってください。`,
      ),
    },
  ];
  const word = (v: boolean | null) => (v === true ? t('accepted', '受け入れ') : v === false ? t('refused', '拒否') : t('no answer', '応答なし'));
  const meaning = (v: string) =>
    v === 'medium-fails'
      ? t('the endpoint refuses TLS 1.0, the cause of "No HTTPS response" while TMS is at Medium; Medium-High works here', 'エンドポイントが TLS 1.0 を拒否しています。TMS が Medium のままなら、これが「No HTTPS response」の原因です。Medium-High なら接続できます')
      : v === 'medium-ok'
        ? t('TMS at Medium works, so TLS 1.0 is not what breaks it', 'Medium の TMS でも接続できるため、TLS 1.0 が原因ではありません')
        : v === 'no-level'
          ? t('no TMS level works: check that this is the endpoint\'s HTTPS service', 'どのレベルの TMS も接続できません。エンドポイントの HTTPS サービスか確認してください')
          : v === 'not-tls'
            ? t(
                "it answers, but not in TLS: not the TLS version problem, check this one on its own, starting with the endpoint's HTTP/HTTPS setting, `xConfiguration NetworkServices HTTP Mode` or on TC 7 `HTTPS Mode`, and that this is its HTTPS port",
                '応答はありますが TLS ではありません。TLS バージョンの問題ではないので、これは別に調べてください。まずエンドポイントの HTTP/HTTPS の設定 `xConfiguration NetworkServices HTTP Mode`（TC 7 では `HTTPS Mode`）と、これが HTTPS のポートかを確認してください',
              )
            : v === 'unreachable'
              ? t(
                  'no answer: closed, silent or unreachable, so nothing about TLS; check this one on its own: the address, the port, a firewall on the way',
                  '応答なし（閉じている、無応答、または到達不能）のため、TLS については何も言えません。これは別に調べてください。アドレス、ポート、途中のファイアウォールを確認します',
                )
              : t('no clear TLS answer', 'TLS についてはっきりした応答なし');
  for (const x of r.targets.slice(0, 40)) {
    if (x.verdict === 'not-probed') continue;
    // TLS 1.0, 1.1 and 1.2 all refused, with what TLS 1.3 did: what to check next, as the tool says for one such probe (fix58b #1):
    // the endpoint's MinimumTLSVersion (TLS 1.3 only), or not it (TLS 1.3 refused too). (evidence-rules.ts reads these words.)
    if (x.verdict === 'no-level' && x.tls10 === false && x.tls12 === false && (x.tls13 === true || x.tls13 === false)) {
      const m13 =
        x.tls13
          ? t(
              "only TLS 1.3 accepted, so no TMS level reaches it: check the endpoint's minimum TLS version, `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion`",
              'TLS 1.3 しか受け付けないため、TMS はどのレベルでも接続できません。エンドポイントの TLS の下限 `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` を確認してください',
            )
          : t(
              "TLS 1.3 refused too, so not the endpoint's minimum TLS version: check a firewall or IPS in the path, the address, and that HTTPS is on at the endpoint",
              'TLS 1.3 も拒否されたため、エンドポイントの TLS の下限が原因ではありません。経路上のファイアウォールや IPS、アドレス、エンドポイントで HTTPS が有効かを確認してください',
            );
      out.push({
        code: 'probe-output-target',
        subject: x.target,
        detail: t(`${x.target}: TLS 1.0 refused, TLS 1.2 refused, TLS 1.3 ${word(x.tls13).en} (${m13.en}).`, `${x.target}：TLS 1.0 は拒否、TLS 1.2 は拒否、TLS 1.3 は${word(x.tls13).ja}（${m13.ja}）。`),
      });
      continue;
    }
    const m = meaning(x.verdict);
    out.push({
      code: 'probe-output-target',
      subject: x.target,
      detail: t(`${x.target}: TLS 1.0 ${word(x.tls10).en}, TLS 1.2 ${word(x.tls12).en} (${m.en}).`, `${x.target}：TLS 1.0 は${word(x.tls10).ja}、TLS 1.2 は${word(x.tls12).ja}（${m.ja}）。`),
    });
  }
  return out.slice(0, MAX_OBSERVATIONS);
}
