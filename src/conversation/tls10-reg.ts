/**
 * "can I have the reg file to turn TLS 1.0 back on?", "give me the .reg to re-enable TLS 1.0", 「TLS 1.0 を有効に戻す .reg をください」
 * (REV33 #2): the reboot step promises that .reg ("tell me and I give you the .reg for it"), so a request for it gets it: the
 * tls10-back-on.reg keys (TLS 1.0 Client and Server, nothing else), with the check that comes first and the order. A request
 * reports no state: nothing is recorded (not "TLS 1.0 on"). Given where a SQL Server on the TMS server needs TLS 1.0
 * (knowledge.md, Caveats: 2008 / 2008 R2; 2012 / 2014 until on a build with TLS 1.2 support), or may (its release not known);
 * elsewhere (SQL on another server, or one with TLS 1.2 support) TLS 1.0 back on only reopens what a policy closed, and the
 * "why not just enable TLS 1.0 again?" answer is given instead. A message that says TLS 1.0 is off is a fact (its card
 * carries the same .reg). Pure; the cheap word test first.
 */
import type { Facts, LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { next, reply, paraFrom, listFrom } from './compose';
import type { Block } from './document';
import { tls10EnableFile } from '../domain/knowledge/windows';
import { formatSql } from '../domain/versions';
import { sqlTlsStatus } from '../domain/knowledge/sql';
import { sqlDownNow } from '../domain/knowledge/sql-outage';
import { nfkc } from '../domain/nfkc';
import { advisingMediumHigh } from '../domain/advises';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

const CHEAP = /reg|レジストリ/i;
const TLS10 = /(?<![a-z.\d])(?:tls\s?v?1\.?0|tlsv1)(?![.\d])/i;
/** The .reg asked for: ".reg", "reg file", "registry file", 「.reg」「reg ファイル」「レジストリ ファイル」. */
const REG = /(?:^|[^a-z\d])\.reg(?![a-z])|(?<![a-z])reg(?:istry)?\s?(?:file|script|snippet)s?(?![a-z])|(?<![a-z.])reg(?![a-z])|レジストリ\s?(?:ファイル|の\s?ファイル)/i;
/** Asked for (EN): "can I have", "give me", "send", "where is", "I need" (not "please confirm the .reg leaves TLS 1.0 on"). */
const ASK_EN =
  /(?<![a-z])(?:give|send|share|provide|post|attach|paste|(?:can|could|may)\s(?:i|we)\s(?:have|get|grab|download)|where(?:'s|\sis|\scan\s(?:i|we)\s(?:get|find|download)|\sdo\s(?:i|we)\s(?:get|find|download))|i\sneed|we\sneed|i'd\slike|i\swould\slike|i\swant|we\swant)(?![a-z])/i;
/** Asked for (JA): 「ください」「お願いします」「ほしい」「もらえますか」「送って」. */
const ASK_JA = /ください|下さい|お願い|ほしい|欲しい|もらえ|いただけ|頂け|送って|くれ(?:ませ|る|な)/;
/** Back on: "turn … back on", "re-enable", "enable", "restore", 「有効に戻す」「戻す」「再度有効」. */
const BACK_ON =
  /(?<![a-z])(?:back\son|re-?enabl\w*|enabl\w*|turn\w*\s(?:\S+\s){0,3}?on|switch\w*\s(?:\S+\s){0,3}?on|restor\w*|bring\w*\s(?:\S+\s){0,3}?back|put\w*\s(?:\S+\s){0,3}?back|for)(?![a-z])|有効|戻す|戻し|戻る|戻せ/i;
/** The other way, or said off: left to the readers of a state or of a plan to disable (their own answers). */
const OFF = /(?<![a-z])(?:disabl\w*|off|remov\w*|kill\w*|deactivat\w*|drop)(?![a-z])|無効|オフ|停止|切る|切っ|廃止/i;
/** Not asked: "I don't need the .reg", "no need for the reg". */
const NOT_ASKED = /(?<![a-z])(?:don'?t|do\snot|doesn'?t|no)\s(?:need|want|have)|(?:不要|いりません|要りません)/i;
/** Reported done: "we imported the .reg to re-enable TLS 1.0", 「.reg を適用しました」. */
const DONE = /(?<![a-z])(?:imported|applied|merged|ran|used|ran|executed|double-?clicked)(?![a-z])|(?:適用|インポート|実行)(?:しました|済み|した)/i;

/** Another protocol named: TLS 1.1 / 1.2 / 1.3, "TLS 1.0 and 1.2", 「TLS 1.0、1.2」, SSL 2.0 / 3.0. */
const OTHER_PROTOCOL = /(?<![a-z.\d])(?:tls\s?v?1\.?[123]|tlsv1[._][123]|ssl\s?v?[23](?:\.0)?)(?![.\d])|(?:and|or|&|\/|、|と|,)\s?(?:v?1\.[123])(?![.\d])/i;
/** TLS 1.0 kept while something else changes: "keep TLS 1.0", "leave TLS 1.0 on", 「TLS 1.0 を残したまま」「有効のまま」. */
const KEEP = /(?<![a-z])(?:keep\w*|leav\w*)(?![a-z])|のまま|残した|残して|残す/i;

/** A .reg asked to turn TLS 1.0 off: "send the .reg to disable TLS 1.0", 「TLS 1.0 を無効にする .reg をください」 (not a state: "it is off"). */
const DISABLE = /(?<![a-z])(?:disabl(?:e|ing)|turn(?:s|ing)?\s(?:\S+\s){0,3}?off|switch(?:es|ing)?\s(?:\S+\s){0,3}?off|disables|remov(?:e|es|ing)|deactivat(?:e|es|ing)|kill(?:s|ing)?)(?![a-z])|無効\s?(?:に|化)\s?(?:する|して|するため|するための)/i;
const SAID_OFF = /(?<![a-z])(?:is|was|are|were|been|got|now|already)\s(?:already\s|now\s)?(?:off|disabled|turned\soff|switched\soff|removed)(?![a-z])|無効\s?(?:に)?\s?なって|無効でした|無効です|無効化されて/i;

/**
 * Does the message ask for the .reg that turns TLS 1.0 back on ('on'; 'said-off' when it also says TLS 1.0 is off), or one that
 * turns it off ('off', answered as "can TLS 1.0 be turned off too?": no state either)?
 */
export function tls10RegAsked(text: string): 'on' | 'off' | 'said-off' | null {
  if (!CHEAP.test(text) || text.length > 300) return null;
  const t = nfkc(text).toLowerCase();
  if (!REG.test(t) || !TLS10.test(t) || NOT_ASKED.test(t) || DONE.test(t)) return null;
  if (!ASK_EN.test(t) && !ASK_JA.test(t)) return null;
  // (REV34 #4: only TLS 1.0 asked for. "send me the reg to enable TLS 1.0 and TLS 1.2", 「TLS 1.0 を残したまま TLS 1.2 を有効にする reg
  // ファイルをください」: another protocol named, or TLS 1.0 to be kept while something else changes: not this .reg.)
  if (OTHER_PROTOCOL.test(t) || KEEP.test(t)) return null;
  // ("TLS 1.0 was turned off by GPO, can I have the reg to turn it back on?": the state said, read as such; its card has the .reg.)
  if (OFF.test(t)) return SAID_OFF.test(t) ? (BACK_ON.test(t.replace(/(?<![a-z])for(?![a-z])/g, ' ')) ? 'said-off' : null) : DISABLE.test(t) ? 'off' : null;
  // ("for" only as "the .reg for TLS 1.0": the request names nothing else.)
  const rest = t.replace(/(?<![a-z])for(?![a-z])/g, ' ');
  return BACK_ON.test(rest) || /(?<![a-z])for\s(?:the\s)?(?:tls\s?v?1\.?0|tlsv1)(?![.\d])/.test(t) || /(?:tls\s?v?1\.?0|tlsv1)\s?(?:用の?|の)\s?(?:\.?reg|レジストリ)/.test(t) ? 'on' : null;
}

/**
 * SQL Server on the TMS server (or maybe there) that needs TLS 1.0, or whose release is not known. The release decides first
 * (REV34 #3): SQL Server 2016 or later, or a 2012 / 2014 build with TLS 1.2 support, never needs TLS 1.0, down or not. Said
 * down with the release not known: a need only when no other cause was named ('down', said hedged); else the question.
 */
function sqlNeedsTls10(f: Facts): 'needs' | 'down' | 'unknown' | null {
  if (f.sqlLocation === 'remote') return null;
  if (f.sql) {
    const k = sqlTlsStatus(f.sql).kind;
    return k === 'keep-tls10' || k === 'install-update' || k === 'upgrade-service-pack' || k === 'check-build' ? 'needs' : null;
  }
  return sqlDownNow(f) && !f.tlsClaims?.sqlCause ? 'down' : 'unknown';
}

/**
 * Where the why-not-tls10 answer is given while SQL Server on the TMS server is said down and its release needs no TLS 1.0
 * (REV34 #3): that TLS 1.0 will not start it, and what to check for the outage. Null otherwise.
 */
export function tls10RegSqlDownLead(f: Facts): LocalizedText | null {
  if (!f.sql || f.sqlLocation === 'remote' || !sqlDownNow(f) || sqlNeedsTls10(f)) return null;
  const name = formatSql(f.sql);
  const cause = f.tlsClaims?.sqlCause;
  const first = cause
    ? L('Deal with the cause you named first. ', 'まず、挙げていただいた原因に対処してください。')
    : L('', '');
  return L(
    `${name} has TLS 1.2 support, so it does not need TLS 1.0: turning TLS 1.0 back on will not start it. ${first.en}For the outage, check SQL Server's ERRORLOG (the \`Log\` folder of the instance) and the Windows Application log around the failed start, and tell me the error it shows.`,
    `${name} は TLS 1.2 に対応しているので、TLS 1.0 は必要ありません。TLS 1.0 を有効に戻しても起動しません。${first.ja}停止については、起動に失敗した時刻の SQL Server の ERRORLOG（インスタンスの \`Log\` フォルダ）と Windows のアプリケーション ログを確認し、出ているエラーを教えてください。`,
  );
}

/** The answer, or null where the why-not-tls10 answer is the one (no SQL Server here needs TLS 1.0). */
export function onTls10RegAsked(s: ConversationState): TurnResult | null {
  const f = s.facts;
  const need = sqlNeedsTls10(f);
  if (!need) return null;
  const lang = s.lang;
  const name = f.sql ? formatSql(f.sql) : null;
  const at = f.sqlLocation === 'local' ? L(`${name} on the TMS server`, `TMS サーバ上の ${name} `) : L(`${name}, if it runs on the TMS server,`, `${name} が TMS サーバ上で動いている場合、その SQL Server `);
  const k = f.sql ? sqlTlsStatus(f.sql).kind : null;
  const why =
    need === 'unknown'
      ? L(
          'It matters only for a SQL Server on the TMS server that needs TLS 1.0: SQL Server 2008 / 2008 R2, or 2012 / 2014 not yet on a build with TLS 1.2 support (a build without it stops when TLS 1.0 and SSL 3.0 are both off, event 26011). Which SQL Server is it, and does it run on the TMS server? (`SELECT @@VERSION` shows it.) For SQL Server 2016 or later, or one on another server, leave TLS 1.0 as your policy set it.',
          'これが必要なのは、TLS 1.0 を必要とする SQL Server が TMS サーバ上にある場合だけです。SQL Server 2008 / 2008 R2、または TLS 1.2 対応のビルドになっていない 2012 / 2014 です（TLS 1.2 非対応のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止します。イベント 26011）。どの SQL Server で、TMS サーバ上で動いていますか（`SELECT @@VERSION` で確認できます）。SQL Server 2016 以降や、別のサーバで動いている SQL Server なら、TLS 1.0 はポリシーで設定されたままにしてください。',
        )
      : k === 'keep-tls10'
        ? L(`${at.en} needs TLS 1.0 enabled: a build without TLS 1.2 support stops and will not start again when TLS 1.0 and SSL 3.0 are both off (event 26011).`, `${at.ja}には TLS 1.0 が必要です。TLS 1.2 非対応のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止し、再び起動できなくなります（イベント 26011）。`)
        : name && k
          ? L(`${at.en} needs TLS 1.0 enabled until it is on a build with TLS 1.2 support: without it, it stops when TLS 1.0 and SSL 3.0 are both off (event 26011).`, `${at.ja}は、TLS 1.2 対応のビルドになるまで TLS 1.0 が必要です。それまでは、TLS 1.0 と SSL 3.0 の両方が無効になると停止します（イベント 26011）。`)
          : L(
              'If TLS 1.0 was turned off on this server, SQL Server may need it back on to start again (a build without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are both off, event 26011 in its log). Which SQL Server is it? (Its ERRORLOG shows the version while it is down.)',
              'このサーバで TLS 1.0 が無効にされていた場合、SQL Server が再び起動するには TLS 1.0 を有効に戻す必要があるかもしれません（TLS 1.2 非対応のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止し、ログにイベント 26011 が出ます）。どの SQL Server ですか（停止中でも ERRORLOG でバージョンを確認できます）。',
            );
  const lead = L(
    'Here is the .reg that turns TLS 1.0 back on for Schannel Client and Server (the fix files hold it as tls10-back-on.reg). It changes nothing else: SSL 3.0 stays as it is.',
    'Schannel の TLS 1.0 の Client と Server を有効に戻す .reg です（修正ファイルの tls10-back-on.reg と同じです）。ほかは何も変更しません。SSL 3.0 もそのままです。',
  );
  const down = sqlDownNow(f);
  const steps: LocalizedText[] = [
    L(
      'Check first: under `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0`, TLS 1.0 is off when `Enabled` is 0 or `DisabledByDefault` is 1 under `Client` or `Server` (check-tls.cmd from the fix files prints them). If both are on, there is nothing to import.',
      'まず確認してください。`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0` の `Client` または `Server` で `Enabled` が 0、または `DisabledByDefault` が 1 なら、TLS 1.0 は無効です（修正ファイルの check-tls.cmd で表示できます）。両方とも有効なら、インポートするものはありません。',
    ),
    need === 'unknown'
      ? L('If it is off and that SQL Server needs it: export the registry (regedit > File > Export), then import this .reg before any other .reg and before the reboot.', '無効で、その SQL Server に TLS 1.0 が必要な場合は、レジストリをエクスポートしてから（regedit > [ファイル] > [エクスポート]）、この .reg を、ほかの .reg より先に、また再起動の前にインポートしてください。')
      : down
      ? L('If it is off: export the registry (regedit > File > Export), then import this .reg, before any other .reg.', '無効なら、レジストリをエクスポートしてから（regedit > [ファイル] > [エクスポート]）、この .reg を、ほかの .reg より先にインポートしてください。')
      : L('If it is off: export the registry (regedit > File > Export), then import this .reg before any other .reg and before the reboot.', '無効なら、レジストリをエクスポートしてから（regedit > [ファイル] > [エクスポート]）、この .reg を、ほかの .reg より先に、また再起動の前にインポートしてください。'),
    down
      ? L('Then start the SQL Server service (Schannel reads the keys when the service starts; if it still does not start, reboot the server) and check that TMS connects again.', 'そのあと SQL Server のサービスを開始してください（サービスの開始時に Schannel がキーを読み込みます。それでも開始しない場合はサーバを再起動してください）。TMS が再び接続できることも確認してください。')
      : L('Schannel reads the keys when a process starts: after the reboot, check that the SQL Server service is running.', 'Schannel はプロセスの起動時にキーを読み込みます。再起動のあと、SQL Server のサービスが実行中か確認してください。'),
  ];
  const after = advisingMediumHigh(
    'TLS 1.0 back on is for SQL Server, not for the endpoints: "No HTTPS response" still needs TLS 1.2 available on the Client side and Communication Security at Medium-High.',
    'TLS 1.0 を有効に戻すのは SQL Server のためで、エンドポイントのためではありません。「No HTTPS response」を直すには、引き続き Client 側で TLS 1.2 を使える状態にし、[Communication Security] を Medium-High にする必要があります。',
  );
  const blocks: Block[] = [paraFrom(lead, lang), paraFrom(why, lang), listFrom('steps', steps, lang), { type: 'code', text: tls10EnableFile() }, paraFrom(after, lang)];
  return { state: next(s, {}), replies: [reply(lang, blocks)] };
}

/** TLS 1.2 named: "TLS 1.2", "tls12", "TLSv1.2", or "1.2" right after TLS 1.0 and a joiner ("TLS 1.0 and 1.2", 「TLS 1.0 と 1.2」). */
const TLS12 = /(?<![a-z.\d])(?:tls\s?v?1\.?2|tlsv1[._]2)(?![.\d])|(?:tls\s?v?1\.?0|tlsv1)\s?(?:and|&|\/|、|と|,|\+|or)\s?(?:tls\s?v?)?1\.2(?![.\d])/i;
/** Another protocol than TLS 1.0 and 1.2 named (TLS 1.1, 1.3, SSL): not the kit's files, left to the other readers. */
const OTHER_THAN_10_12 = /(?<![a-z.\d])(?:tls\s?v?1\.?[13]|tlsv1[._][13]|ssl\s?v?[23](?:\.0)?)(?![.\d])|(?:and|or|&|\/|、|と|,)\s?(?:v?1\.[13])(?![.\d])/i;
/** The .reg asked for by naming it alone: 「TLS 1.0 と 1.2 を有効にする reg」, "the reg to enable TLS 1.2" (no ask word). */
const BARE_REG_JA = /(?:\.?reg|レジストリ)\s?(?:ファイル)?\s?(?:を|が|は)?\s*[?？。.!！]?\s*$/i;
const BARE_REG_EN = /^\s*(?:and\s|also\s)?(?:the\s|a\s)?(?:\.?reg|reg(?:istry)?\s?(?:file|script))\s(?:to|for|that)\s/i;

/** TLS 1.2 on and TLS 1.0 off asked in one breath: "enable TLS 1.2 and disable TLS 1.0", 「TLS 1.2 を有効にして TLS 1.0 を無効にする」. */
const ON12_OFF10_EN =
  /(?<![a-z])(?:enabl(?:e|es|ing)|turn(?:s|ing)?\s(?:on\s)?)\s?(?:the\s)?(?:tls\s?v?1\.?2|tlsv1[._]2)(?:\s(?:on))?\s(?:and|&|\+|but|while|then)\s(?:also\s)?(?:to\s)?(?:disabl(?:e|es|ing)|turn(?:s|ing)?\s(?:off\s)?|remov(?:e|es|ing))\s?(?:the\s)?(?:tls\s?v?1\.?0|tlsv1)(?![.\d])(?:\s(?:off))?|(?<![a-z])(?:disabl(?:e|es|ing)|turn(?:s|ing)?\s(?:off\s)?|remov(?:e|es|ing))\s?(?:the\s)?(?:tls\s?v?1\.?0|tlsv1)(?![.\d])(?:\s(?:off))?\s(?:and|&|\+|but|while|then)\s(?:also\s)?(?:to\s)?(?:enabl(?:e|es|ing)|turn(?:s|ing)?\s(?:on\s)?)\s?(?:the\s)?(?:tls\s?v?1\.?2|tlsv1[._]2)/;
const ON12_OFF10_JA =
  /(?:tls\s?v?1\.?2|tlsv1[._]2)\s?(?:を|は)?\s?有効\s?(?:に|化)\s?(?:して|し、|し|する(?:と共に|とともに))[^。？?]{0,6}?(?:tls\s?v?1\.?0|tlsv1)(?![.\d])\s?(?:を|は)?\s?無効\s?(?:に|化)\s?(?:する|して)|(?:tls\s?v?1\.?0|tlsv1)(?![.\d])\s?(?:を|は)?\s?無効\s?(?:に|化)\s?(?:して|し、|し|する(?:と共に|とともに))[^。？?]{0,6}?(?:tls\s?v?1\.?2|tlsv1[._]2)\s?(?:を|は)?\s?有効\s?(?:に|化)\s?(?:する|して)/;
/** Said tried: "the reg to enable TLS 1.2 and disable TLS 1.0 didn't work", 「…reg が効きません」: a report, not a request. */
const TRIED = /(?<![a-z])(?:didn'?t|did\snot|doesn'?t|does\snot|won'?t|failed|fails|no\seffect|not\sworking|broke)(?![a-z])|効か|効き(?:ません|ませんでした)|だめ|ダメ|失敗|うまくいか|変わらな|変わりません/;
/** A state said beside it ("TLS 1.2 is already enabled", 「すでに有効です」): the facts route reads the message. */
const STATE_SAID = /(?<![a-z])(?:already|is\s(?:now\s)?(?:enabled|disabled|on|off)|are\s(?:now\s)?(?:enabled|disabled|on|off)|was|were)(?![a-z])|すでに|既に|済み|になって(?:い|お)|されて(?:い|お)/;

/**
 * REV35 #8: the .reg asked for that turns TLS 1.2 on and TLS 1.0 off in one file ("send me the reg to enable TLS 1.2 and disable
 * TLS 1.0", 「TLS 1.2 を有効にして TLS 1.0 を無効にする reg をください」): a request, no state (it read as "TLS 1.2 on", and the
 * registry step became a check). Not with a state said beside it, nor a .reg said done.
 */
function tls10OffWithTls12(t: string): boolean {
  return (ON12_OFF10_EN.test(t) || ON12_OFF10_JA.test(t)) && !STATE_SAID.test(t) && !SAID_OFF.test(t) && !TRIED.test(t);
}

/**
 * "send me the reg to enable TLS 1.2", "can you give me the .reg that turns on TLS 1.2?", 「TLS 1.2 を有効にする reg をください」 (FIX58A #1): a
 * request for the fix files' .reg (enable-tls12.reg), answered as "Fix files" is ('tls12'); with TLS 1.0 asked on too ("send me the reg
 * to enable TLS 1.0 and TLS 1.2", 「TLS 1.0 と 1.2 を有効にする reg」), the TLS 1.0 back-on .reg as well ('both'). TLS 1.0 to be kept
 * (「TLS 1.0 を残したまま」) asks for TLS 1.2 only. A request records nothing. Not a .reg to disable, one said done or not needed, a
 * question about what a .reg does, nor one naming TLS 1.1, 1.3 or SSL. With TLS 1.0 asked off in the same breath ('tls10-off', REV35 #8):
 * the disable-tls10 answer (SQL Server's need for TLS 1.0 first) with the fix files' .reg, nothing recorded. Pure; the cheap word test first.
 */
export function tls12RegAsked(text: string): 'tls12' | 'both' | 'tls10-off' | null {
  if (!CHEAP.test(text) || text.length > 300) return null;
  const t = nfkc(text).toLowerCase();
  if (!REG.test(t) || !TLS12.test(t) || NOT_ASKED.test(t) || DONE.test(t) || OTHER_THAN_10_12.test(t)) return null;
  if (!ASK_EN.test(t) && !ASK_JA.test(t) && !BARE_REG_JA.test(t) && !BARE_REG_EN.test(t)) return null;
  if (OFF.test(t)) return tls10OffWithTls12(t) ? 'tls10-off' : null;
  // (What a .reg does, asked: "does the reg enable TLS 1.2?", 「この reg で TLS 1.2 は有効になりますか」: not a request.)
  if (/^\s*(?:does|do|will|would|is|did)\s/.test(t) || /(?:ますか|ですか|でしょうか)\s*[?？]?\s*$/.test(t)) return null;
  const rest = t.replace(/(?<![a-z])for(?![a-z])/g, ' ');
  const enable = BACK_ON.test(rest) || /(?<![a-z])for\s(?:the\s)?(?:tls|1\.2(?![.\d]))/.test(t) || /tls\s?v?1\.?2\s?(?:用の?|の)?\s?(?:\.?reg|レジストリ)/.test(t);
  if (!enable) return null;
  return TLS10.test(t) && !KEEP.test(t) ? 'both' : 'tls12';
}
