/**
 * The catalogue of follow-up questions the knowledge answers ("is a reboot needed?", "is iisreset
 * enough?", 「サーバの再起動はいりますか」…). Each entry is recognisers in both languages (data) and an
 * answer builder that takes the conversation's facts, so the answer is right for this incident.
 * Adding a question is adding one entry here and one test in test/conversation/catalogue.test.ts.
 *
 * Facts come from /work/shared/knowledge.md; the wording is ours.
 */
import { anyAdvising, advisingMediumHigh } from '../domain/advises';
import type { EndpointVersion, Facts, LocalizedText, Question, SqlVersion } from '../domain/types';
import { endpointAcceptsTls10, tcEraModelCheck, KB_SQL2012_2014, SQL2008_TLS12_BUILD, SQL2008R2_TLS12_BUILD, SQL2012_2014_FIRST_TLS12_BUILDS, sql2008Tls12BuildName, sqlBelowNeeds, caveatTelnetSnmp, telnetViaLabel, telnetCaveatAfterUpgrade, ceOnlyModelsIn, isCeOnlyModel, enableTls1112Registry, telnetSystemsIn, detectOtherProducts, joinAnd, levelChanges, OTHER_PRODUCT_IDS, OTHER_PRODUCTS, otherSymptomAsked, rebootAdvice, rebootNote, SERVICES, servicesNamed, SQL_VERSION_WHILE_DOWN, sqlDownNow, sqlDownSeen, sqlOutageCase, sqlOutageRecovery, tcDowngradePossible, modelDecidesDowngrade, tls10OffByWindowsDefault, verifyTls12ClientHello, pre15Stopgap, rebootTls10Gate, rebootTls10SaidOff, PLCM_AFTER_REBOOT, tls10ClientOffBasis } from '../domain/knowledge';
import { endpointRefusesTls10, formatEndpoint, formatLevel, formatSql, formatTms, formatWindows, parseEndpoint, sqlTlsStatus, tmsCanBeFixedInPlace } from '../domain/versions';
import { diagnose } from '../domain/diagnose';
import { PORT_PLAIN_HTTP } from '../domain/evidence-rules';
import { assumptionsOf } from './compose';
import { sqlCheckFirst } from '../domain/knowledge/tms-wont-open';
import { remoteSqlTls10OffCheck } from '../domain/knowledge/remote-sql';
import { registryPlan, SCHANNEL_DEFAULTS_TABLE, windowsSchannelDefaults } from '../domain/knowledge/windows';
import { nfkc } from '../domain/nfkc';
import { otherSymptomNamed } from '../domain/understand/symptom';
import { fastRegex, unicodeSensitive, type FastRegex } from '../domain/understand/fast-regex';
import { escapeLiteral, requiredLiterals } from '../domain/understand/required-literals';
import { NODE_HOST, OTHER_NODE_PENDING_EN, OTHER_NODE_PENDING_JA, oneNodeLevels } from '../domain/understand/node-level';
import { JA_REQUEST_ENDING, requestCarriedOut } from '../domain/understand/tls-claims';
import { maskToolOutput } from '../domain/understand/tool-output';
import { sourcesFor } from '../domain/sources';
import { buildFixKit } from '../fixkit';
import { tls10OnlyIfOld } from '../fixkit/instructions';
import { confirmLevelAnswer, HIGH_TO_MEDIUM_HIGH, safeBeforeSqlUpdate, servicePackAnswer, thatAllAnswer } from './plan-answers';
import { sqlNeedsTarget, sqlPackagesByBranch, sqlTargetAnswer, sqlTargetText } from './sql-target';
import { SQL_RELEASE_RECOGNISE, sqlOwnStays, sqlReleaseAnswer } from './sql-release';
import { extractFacts } from '../domain/extract';
import { sqlOnTmsNeeds } from './sql-instance';
import { BUILD_OK_EN, BUILD_OK_JA, skipSqlAnswer, sqlBuildAnswer, sqlBuildQuestion } from './sql-build-skip';
import { bugIdAnswer, changeRequestAnswer, changeRequestTitle, installFirstAnswer, optionsAnswer, reportSummaryAnswer, securityAnswer, setMediumHighAnswer } from './incident-answers';

export interface CatalogueEntry {
  id: string;
  /** Regular-expression sources, tested on the NFKC-lower-cased question with "Medium-High" written "mediumhigh". */
  recognise: { en: string[]; ja: string[] };
  title: LocalizedText;
  /** A title that depends on the facts (the change record once the change is made), used where the answer is given. */
  titleFor?: (facts: Facts) => LocalizedText;
  /**
   * Statements (not questions) that call for this entry's answer too: "we run TMS redundant, two
   * nodes", "some endpoints are Behind Firewall". The message is still read for facts as a whole.
   */
  statement?: { en: string[]; ja: string[] };
  /** A statement followed by this is a report of what was done, not a request ("…, which we did"): no answer. */
  statementDone?: (after: string) => boolean;
  /** What the message itself says, for which a statement needs no answer of this entry: the diagnosis of this reply gives it. */
  statementUnless?: (said: Partial<Facts>, text: string) => boolean;
  /**
   * An observation whose finding already gives this answer: when the message that asks the question
   * also pastes it, the reply leads with that finding and the entry's answer is not repeated.
   */
  answeredBy?: string;
  /** Entries whose answer this one already gives: when the same message also calls for them, they are not repeated. */
  covers?: string[];
  /** Recognised on the whole question sentence before its clauses (findSentenceEntry): a clause of it means something else alone. */
  wholeSentence?: true;
  /** `text`: the question as asked, for the entries whose answer depends on what it names ("step 2"). */
  /** `skipped`: the questions the user could not answer (state.skipped), for the entries whose answer depends on them. */
  answer: (facts: Facts, text?: string, skipped?: readonly string[]) => LocalizedText[];
}

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

/**
 * The status asked, the whole line (QA49 F11): "what's the status?", "status?", "where are we?", "where do we stand?",
 * "what's left to do?", "what's the current status of the case?"; a filler first ("so", "ok") and the bot's name kept out
 * before. Anchored at both ends: "what's the status of the SQL service?", "where are we running SQL?" or "what's left to do
 * on tms02?" name something else.
 */
const STATUS_ASKED_EN =
  "^(?:(?:so|ok|okay|and|hey|hi|quick\\squestion)[,:]?\\s)?(?:(?:what['’]?s|what\\sis)\\s(?:the\\s|our\\s)?(?:current\\s|latest\\s|overall\\s)?status(?:\\s(?:now|so\\sfar|here|of\\s(?:the\\s|this\\s)?(?:case|incident|issue|fix|thread|ticket|things)))?|(?:current\\s|overall\\s)?status(?:\\s(?:update|check|now))?|where\\s(?:are\\swe(?:\\sat|\\snow|\\swith\\s(?:this|it|the\\sfix))?|do\\swe\\sstand(?:\\snow)?)|(?:what['’]?s|what\\sis|what\\selse\\sis)\\s(?:still\\s)?(?:left|remaining|open)(?:\\sto\\sdo)?(?:\\snow)?)\\s*[?？]+\\s*$";
/**
 * What the bot has understood, asked as a whole line (QA54 #10): "what did you understand so far?", "what do you know so far?",
 * "what have you got so far?", "what do you know about our setup?", "can you tell me what you understood?"; a filler first.
 * Not "what do you know about TLS 1.3?", "what did you understand from the log?", "what do you understand by Medium-High?":
 * those ask about something named.
 */
const UNDERSTOOD_ASKED_EN =
  "^(?:(?:so|ok|okay|and|hey|hi)[,:]?\\s)?(?:(?:can|could)\\syou\\s(?:tell\\sme\\s|recap\\s|sum\\sup\\s)|tell\\sme\\s)?what\\s(?:(?:did|do|have)\\syou\\s(?:understand|understood|know|gathered|gather|noted|recorded|collected)(?:\\s(?:so\\sfar|until\\snow|up\\sto\\snow|by\\snow|now|about\\s(?:our|my|this|the)\\s(?:setup|system|systems|environment|case|issue|situation|problem)))?|(?:did|have)\\syou\\s(?:got|get|have)\\s(?:so\\sfar|until\\snow|up\\sto\\snow)|(?:do\\s)?you\\s(?:understood|understand|know|have)(?:\\s(?:so\\sfar|until\\snow|up\\sto\\snow))?)\\s*[?？.]*\\s*$";
/**
 * 「ここまでで何が分かりましたか？」「今までに何を把握していますか？」「分かっていることは？」「ここまでの理解を教えてください」, the whole line
 * (not 「TLS について何を知っていますか？」「ログから何が分かりましたか？」).
 */
const UNDERSTOOD_ASKED_JA =
  '^(?:ここまで|今まで|いままで|現時点|現状|今|いま)(?:で|に|まで)?(?:は|に)?\\s?(?:何|なに)(?:が|を)(?:分かり|わかり|分かって|わかって|理解し|把握し)(?:ました|ています|てます|ている|てる|た)?(?:か)?\\s*[?？]*$|^(?:(?:ここまで|今まで|いままで|現時点|現状|今|いま)(?:で|に|まで)?(?:は)?\\s?)?(?:分かって|わかって|分かった|わかった|理解して|理解した|把握して|把握した)(?:いる|る)?(?:こと|内容)(?:は|を)?(?:何|なに)?(?:ですか)?(?:教えて|まとめて)?(?:ください|下さい|もらえますか|いただけますか)?\\s*[。.!！?？]*\\s*$|^(?:ここまで|今まで|いままで|現時点|現状|今|いま)の(?:理解|認識|把握)(?:内容)?(?:は|を)?(?:どう(?:ですか)?|教えて|まとめて)?(?:ください|下さい|もらえますか|いただけますか)?\\s*[。.!！?？]*\\s*$';
/** "summary please", "status update please", "status pls", "a quick summary, please": asked without a question mark. */
const STATUS_REQUEST_EN = '^(?:(?:a|the)\\s)?(?:short\\s|quick\\s|brief\\s)?(?:summary|status(?:\\supdate)?)(?:,)?\\s(?:please|pls|plz)[.!]?$';
/**
 * 「状況は？」「今どういう状況？」「現状はどうですか？」「進捗は？」「残りは何ですか？」, the whole line (not 「あと何をすればいいですか？」:
 * what to do, answered as such; not 「SQL の状況は？」).
 */
/** A SQL release named in the middle ("sql 2012 sp1 restart", 「SQL 2012 SP1 の再起動」, REV29 #4). */
const SQL_RELEASE_WORDS = String.raw`20\d\d(?:\s?r2)?(?:\s?(?:sp\s?\d|rtm))?`;
/** The restart asked is SQL Server's: "is a reboot needed for SQL?", "do we need to restart SQL?", 「SQL の再起動は必要ですか？」 (QA53 #10). */
const SQL_RESTART_EN = new RegExp(String.raw`(?:re-?boot|restart)\w*\s(?:(?:needed|required|necessary)\s)?(?:for|of|on)\s(?:the\s)?(?:sql|database|db)(?![a-z])|(?:re-?boot|restart)\s(?:the\s)?(?:sql|database|db)(?![a-z])|(?<![a-z])(?:sql(?:\sserver)?|database|db)\s(?:${SQL_RELEASE_WORDS}\s)?(?:(?:service|server|box)\s)?(?:re-?boot|restart)`);
const SQL_RESTART_JA = new RegExp(String.raw`(?:sql|データベース|db)\s?(?:server\s?)?(?:${SQL_RELEASE_WORDS}\s?)?(?:server|サーバ(?:ー)?|サービス)?\s?(?:の|も|を|は)?\s?(?:再起動|リブート)`);
function sqlRestartAsked(text: string): boolean {
  const t = nfkc(text).toLowerCase();
  return SQL_RESTART_EN.test(t) || SQL_RESTART_JA.test(t);
}

/**
 * SQL Server's restart for this fix (QA53 #10; knowledge.md, the SQL caveats): a remote SQL Server is not touched by the TMS
 * server's Schannel settings; on the TMS server, a build below its TLS 1.2 support needs the update first (2012 RTM/SP1: a
 * service-pack upgrade, they have no TLS 1.2 package), a SQL change with its own window planned by its own notes (said so, not
 * guessed); SQL 2008 / 2008 R2 keeps TLS 1.0, which this fix leaves on. A release named in the question is the one answered (not
 * stored; the user's own, when another, is said to stay); where SQL runs not known, "if it runs on the TMS server" (REV29 #4).
 */
function sqlRestartAnswer(facts: Facts, text: string): LocalizedText[] {
  const ex = extractFacts(text.slice(0, 300));
  const named = ex.asked?.sql ?? ex.supposed?.sql ?? ex.facts.sql;
  const stays = named ? sqlOwnStays(facts.sql, named) : [];
  // (Where the user's own SQL runs says nothing of another release asked about: only the question's own word on it then.)
  const { sqlLocation: _own, ...rest } = facts;
  const base: Facts = stays.length ? rest : facts;
  const f: Facts = { ...base, ...(named ? { sql: named } : {}), ...(ex.facts.sqlLocation ? { sqlLocation: ex.facts.sqlLocation } : {}) };
  const onTms = f.sqlLocation === 'local' ? L(' on the TMS server', 'TMS サーバ上の') : L(', if it runs on the TMS server,', 'TMS サーバ上で動いている場合、');
  const remoteNothing =
    f.sqlLocation === 'local' ? L('', '') : L(' On another server it needs nothing: the TMS server\'s Schannel settings do not touch it.', '別のサーバで動いている場合は何も必要ありません。TMS サーバの Schannel の設定はそれに影響しません。');
  const reboot = L(
    'A reboot of the TMS server (only when Schannel keys are created or changed) restarts a SQL Server on it too, like every other service there; restarting IIS and the TMS services does not touch it.',
    'TMS サーバの再起動（Schannel のキーを作成・変更した場合だけ）では、そこで動く SQL Server もほかのサービスと同じく再起動されます。IIS と TMS のサービスの再起動では SQL Server には触れません。',
  );
  if (f.sqlLocation === 'remote') {
    return [L('No: SQL Server runs on another server, and the TMS server\'s Schannel settings do not touch it. Nothing on the SQL server is changed or restarted for this fix.', 'いいえ。SQL Server は別のサーバで動いており、TMS サーバの Schannel の設定はそれに影響しません。この修正のために SQL サーバで変更や再起動をするものはありません。')];
  }
  if (!f.sql) {
    return [
      L('It depends on where SQL Server runs and which build it is. On another server: nothing, the TMS server\'s Schannel settings do not touch it. On the TMS server: SQL 2016 and later need nothing; 2012 RTM and SP1 need a service-pack upgrade first (they have no TLS 1.2 package; SP4 is the simplest), later 2012 builds and 2014 below their TLS 1.2 builds Microsoft\'s TLS 1.2 update; either is a SQL change with its own window (its restart is in that update\'s or service pack\'s own notes); 2008 and 2008 R2 keep TLS 1.0 on, which this fix does. `SELECT @@VERSION` shows the build.', 'SQL Server がどこで動いているかと、そのビルドによります。別のサーバなら何もありません。TMS サーバの Schannel の設定はそれに影響しません。TMS サーバ上なら、SQL 2016 以降は対応不要、2012 RTM と SP1 は TLS 1.2 の更新プログラムがないため先にサービス パックへのアップグレードが必要（SP4 が最も簡単です）、それ以降の 2012 と 2014 で TLS 1.2 対応ビルドより前のものは先に Microsoft の TLS 1.2 更新が必要です。どちらも専用の作業時間を取る SQL の変更です（その再起動についてはその更新プログラムやサービス パック自体の説明を確認してください）。2008 と 2008 R2 は TLS 1.0 を有効のままにし、この修正もそうします。ビルドは `SELECT @@VERSION` で確認できます。'),
      reboot,
      ...stays,
    ];
  }
  const name = formatSql(f.sql);
  const k = sqlTlsStatus(f.sql).kind;
  if (k === 'install-update' || k === 'upgrade-service-pack' || k === 'check-build') {
    const what = k === 'upgrade-service-pack' ? L('a service-pack upgrade with TLS 1.2 support', 'TLS 1.2 対応のサービス パックへのアップグレード') : k === 'install-update' ? L('Microsoft\'s TLS 1.2 update for its branch', 'そのブランチ向けの Microsoft の TLS 1.2 更新') : f.sql.year === 2012
          ? L('a service-pack upgrade if it is on RTM or SP1 (they have no TLS 1.2 package), or Microsoft\'s TLS 1.2 update if a later build is below the first TLS 1.2 build (`SELECT @@VERSION` shows it)', 'RTM か SP1 ならサービス パックへのアップグレード（TLS 1.2 の更新プログラムがありません）、それ以降でビルドが TLS 1.2 対応の最初のビルドより前なら Microsoft の TLS 1.2 更新（ビルドは `SELECT @@VERSION` で確認できます）')
          : L('Microsoft\'s TLS 1.2 update if its build is below the first TLS 1.2 build (`SELECT @@VERSION` shows it)', 'ビルドが TLS 1.2 対応の最初のビルドより前なら Microsoft の TLS 1.2 更新');
    const sp = k === 'upgrade-service-pack' ? L(' and its own check against TMS\'s SQL requirements', '（TMS の SQL 要件に合うかの確認も含みます）') : L('', '');
    const what2 = k === 'upgrade-service-pack' ? L('that service pack\'s', 'そのサービス パック') : L('that update\'s', 'その更新プログラム');
    const lead =
      f.sqlLocation === 'local'
        ? L(`For SQL itself: ${name} on the TMS server needs ${what.en} before any TLS change.`, `SQL 自体について：TMS サーバ上の ${name} は、TLS の設定を変更する前に ${what.ja}が必要です。`)
        : L(`For SQL itself: ${name}, if it runs on the TMS server, needs ${what.en} before any TLS change.${remoteNothing.en}`, `SQL 自体について：${name} が TMS サーバ上で動いている場合、TLS の設定を変更する前に ${what.ja}が必要です。${remoteNothing.ja}`);
    return [
      L(`${lead.en} That is a SQL change with its own window and backup${sp.en}: whether and when it restarts the SQL service is in ${what2.en} own notes: plan it by them, I do not guess it here.`, `${lead.ja}これは専用の作業時間とバックアップを取る SQL の変更です${sp.ja}。SQL サービスの再起動が必要か、いつ必要かは${what2.ja}自体の説明に書かれているので、それに沿って計画してください（ここでは推測しません）。`),
      reboot,
      // (Until that change is done it needs TLS 1.0: the reboot step's check before the reboot, REV33 #3.)
      ...(preRebootTls10Check(f) ? [preRebootTls10Check(f)!] : []),
      ...stays,
    ];
  }
  if (k === 'keep-tls10') {
    // (TLS 1.0 said off, REV34 #2: not "this fix leaves TLS 1.0 on"; that it is off now leads.)
    const saidOff = f.tlsClaims?.tls10 === 'off' ? preRebootTls10Check(f) : null;
    if (saidOff) {
      return [
        saidOff,
        L(`No SQL change is part of this fix: ${name}${onTms.en} needs TLS 1.0 on, and the fix itself turns nothing off (do not change SSL 3.0 either).${remoteNothing.en}`, `この修正に SQL の変更は含まれません。${onTms.ja}${name} には TLS 1.0 が必要で、修正自体は何も無効にしません（SSL 3.0 も変更しないでください）。${remoteNothing.ja}`),
        reboot,
        ...stays,
      ];
    }
    return [
      L(`No SQL change is part of this fix: ${name}${onTms.en} needs TLS 1.0 to stay on, and this fix leaves TLS 1.0 on (do not change SSL 3.0 either).${remoteNothing.en}`, `この修正に SQL の変更は含まれません。${onTms.ja}${name} は TLS 1.0 を有効のままにする必要があり、この修正は TLS 1.0 を有効のまま残します（SSL 3.0 も変更しないでください）。${remoteNothing.ja}`),
      reboot,
      // (An earlier hardening may have turned TLS 1.0 off: the reboot step's check before the reboot, REV33 #3.)
      ...(preRebootTls10Check(f) ? [preRebootTls10Check(f)!] : []),
      ...stays,
    ];
  }
  return [L(`No SQL change is needed: ${name} already supports TLS 1.2.`, `SQL の変更は不要です。${name} はすでに TLS 1.2 に対応しています。`), reboot, ...stays];
}

/**
 * "What did we change?", "remind me what we changed", 「何を変更したかまとめて」「変更内容をまとめて」 (QA53 #12): the record of the
 * change asked for, read as the report summary. The whole line, ours only ("what did they change?", "what did we change to make it
 * fail?", 「相手が何を変更したか教えてもらえません」, 「作業内容をまとめておきます」 are not asking for it).
 */
const WHAT_WE_CHANGED_EN = [
  '^\\s*(?:(?:ok(?:ay)?|so|and|sorry)[,\\s]+)?what\\s(?:did|have)\\s(?:we|i)\\s(?:actually\\s|exactly\\s)?(?:change|changed|do|done)(?:\\s(?:so\\sfar|today|in\\sthe\\send|in\\stotal|on\\s(?:the\\s)?(?:tms\\s)?server|on\\stms|for\\sthis|for\\sthe\\sticket|exactly))?\\s*[?？.]*\\s*$',
  '^\\s*(?:(?:ok(?:ay)?|so|and|please)[,\\s]+)?(?:(?:can|could)\\syou\\s)?(?:remind\\sme(?:\\sof)?|tell\\sme|recap|list|sum\\sup)\\s(?:again\\s)?what\\s(?:we|i)\\s(?:have\\s)?(?:changed|did|done)(?:\\s(?:so\\sfar|today|on\\s(?:the\\s)?(?:tms\\s)?server|for\\sthe\\sticket))?(?:\\s*,?\\s*please)?\\s*[?？.!]*\\s*$',
];
const JA_REQUEST_END = '(?:ください|下さい|もらえますか|もらえませんか|いただけますか|ほしい(?:です)?|お願いします)?\\s*[。.!！?？]*\\s*$';
const WHAT_WE_CHANGED_JA = [
  `^[^。？?]{0,6}(?:何|なに)を(?:変更|変え|実施|やっ)(?:した|た)(?:の)?か[^。？?]{0,4}(?:まとめて|教えて|整理して|一覧に(?:して)?)${JA_REQUEST_END}`,
  `^[^。？?]{0,6}(?:変更|実施|対応|作業)(?:内容|点|したこと|した内容)[^。？?]{0,4}(?:まとめて|一覧に(?:して)?|整理して|教えて)${JA_REQUEST_END}`,
  `^[^。？?]{0,6}(?:やった|実施した|変更した)こと[^。？?]{0,4}(?:まとめて|一覧に(?:して)?|整理して|教えて)${JA_REQUEST_END}`,
];

const STATUS_ASKED_JA =
  '^(?:(?:今|いま|現在)の?)?(?:状況|現状|進捗|進み具合|ステータス)(?:は|を教えて(?:ください|下さい)?)?(?:どう(?:ですか|でしょうか|なって(?:いますか|ますか|る))?)?\\s*[?？]*$|^(?:今|いま|現在)は?\\s?どう(?:いう|いった)?(?:状況|状態|なって(?:いますか|ますか|る))(?:ですか|でしょうか)?\\s*[?？]*$|^(?:あと|残り)(?:は)?\\s?(?:何|なに)(?:が残って(?:いますか|ますか|る)|が残り)?(?:ですか)?\\s*[?？]+$';

// ---------------------------------------------------------------------------------------------
// What the facts say, in the terms the answers need

type WinKind = 'unknown' | '2008' | 'modern' | '2025';
function winKind(f: Facts): WinKind {
  const w = f.windows;
  if (!w) return 'unknown';
  if (w.year <= 2008) return '2008';
  if (w.year >= 2025) return '2025';
  return 'modern';
}
const winName = (f: Facts) => (f.windows ? formatWindows(f.windows) : 'Windows Server');

/**
 * The TLS 1.2 keys said absent: "the keys are missing", "there are no TLS 1.2 keys", "the TLS 1.2 key doesn't exist",
 * 「キーがありません」「TLS1.2のキーが存在しません」. Not another protocol's keys ("the TLS 1.0 keys are missing"), not "missing" asked.
 */
const TLS12_KEYS_MISSING_EN =
  "(?<![a-z\\d.])(?<!(?:tls|ssl)\\s?(?:1\\.[01]|[23]\\.0)\\s)(?:(?:the\\s)?(?:tls\\s?1\\.2\\s|schannel\\s|registry\\s|reg\\s)*(?<!(?:licen[cs]e|product|option|activation|api|ssh|ssl|encryption|recovery|release)\\s)keys?\\s(?:are|is)\\s(?:missing|absent|not\\sthere|gone|not\\spresent)|(?:the\\s)?(?:tls\\s?1\\.2\\s|schannel\\s|registry\\s)*(?<!(?:licen[cs]e|product|option|activation|api|ssh|ssl|encryption|recovery|release)\\s)keys?\\s(?:don'?t|do\\snot|doesn'?t|does\\snot)\\sexist|there\\s(?:are|is)\\sno\\s(?:tls\\s?1\\.2\\s|schannel\\s|registry\\s)*keys?)(?![a-z])";
const TLS12_KEYS_MISSING_JA =
  '(?<!(?:tls|ssl)\\s?(?:1\\.[01]|[23]\\.0)\\s?(?:の)?\\s?)(?<![a-z])(?<!(?:ライセンス|プロダクト|オプション|api)\\s?)キー(?:が|は)\\s?(?:そもそも|まったく|全く|どこにも)?\\s?(?:ありません|ない(?:です)?$|ない[。、]|存在しません|存在しない|見つかりません|見当たりません)';

function tls12KeysMissingAnswer(f: Facts): LocalizedText[] {
  if (pre15(f)) return [PRE15_NOTE];
  const k = winKind(f);
  const after = levelChanges(f.level)
    ? L(' Do it after the Communication Security change in TMS Tools (Medium-High): one reboot covers both.', 'TMS ツールで [Communication Security] を Medium-High に変更したあとに行えば、1 回の再起動で両方が反映されます。')
    : L('', '');
  const create = L(
    'To create them: back up the registry first (regedit > File > Export); then under `HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols` create the key `TLS 1.2` with the subkeys `Client` and `Server`, and in each the DWORD (32-bit) values `Enabled` = 1 and `DisabledByDefault` = 0. enable-tls12.reg in the fix files creates exactly these.',
    '作成するには：先にレジストリをバックアップし（regedit の [ファイル] > [エクスポート]）、`HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols` の下にキー `TLS 1.2` と、その下にサブキー `Client` と `Server` を作成し、それぞれに DWORD（32 ビット）値 `Enabled` = 1 と `DisabledByDefault` = 0 を作ります。修正ファイルの enable-tls12.reg はまさにこれを作成します。',
  );
  if (k === '2008') {
    const kb = f.windows && !f.windows.r2;
    return [
      L(
        `Then create them: on ${winName(f)} TLS 1.2 stays off until its Schannel keys exist, so here they are required.${kb ? " Windows Server 2008 (not R2) needs Microsoft's KB4019276 first, or TLS 1.2 does not exist and the keys do nothing." : ''}`,
        `それなら作成してください。${winName(f)} では Schannel のキーが作成されるまで TLS 1.2 は無効なので、このサーバでは必須です。${kb ? 'Windows Server 2008（R2 ではない）では、先に Microsoft の KB4019276 が必要です。ないと TLS 1.2 自体がなく、キーは効きません。' : ''}`,
      ),
      create,
      (after.en ? MH : L)(`Creating them is a change: reboot the server once afterwards.${after.en}`, `キーの作成は変更なので、そのあとサーバを 1 回再起動してください。${after.ja}`),
    ];
  }
  if (k === 'unknown') {
    return [
      L(
        "Whether to create them depends on the Windows release. On Windows Server 2008 R2 TLS 1.2 stays off until its keys exist: create them, then reboot once. From 2012 on a missing key means the Windows default, TLS 1.2 on: there is nothing to create, and no reboot for it. `winver` shows the release.",
        'キーを作成するかどうかは Windows のリリースによります。Windows Server 2008 R2 ではキーが作成されるまで TLS 1.2 は無効なので、作成してからサーバを 1 回再起動します。2012 以降ではキーがなければ Windows の既定値で TLS 1.2 は有効なので、作成するものはなく、そのための再起動も不要です。リリースは `winver` で確認できます。',
      ),
      create,
      (after.en ? MH : L)(`If you create them, that is a change: reboot once afterwards.${after.en}`, `作成した場合は変更になるので、そのあと 1 回再起動してください。${after.ja}`),
    ];
  }
  return [
    MH(
      `On ${winName(f)} that is fine: with no TLS 1.2 keys the Windows default applies, and there TLS 1.2 is on. There is nothing to create, and no reboot for the keys. What fixes "No HTTPS response" is Communication Security = Medium-High in TMS Tools, then restarting IIS and the TMS services.`,
      `${winName(f)} ではそれで問題ありません。TLS 1.2 のキーがなければ Windows の既定値が使われ、そこでは TLS 1.2 は有効です。作成するものはなく、キーのための再起動も不要です。「No HTTPS response」を解決するのは、TMS ツールで [Communication Security] を Medium-High にし、IIS と TMS サービスを再起動することです。`,
    ),
    L(
      'You can still create them to make the setting explicit (enable-tls12.reg in the fix files does it: `TLS 1.2\\Client` and `\\Server`, `Enabled` = 1, `DisabledByDefault` = 0; back up the registry first). Creating them is a change, so then reboot the server once.',
      '設定を明示するために作成してもかまいません（修正ファイルの enable-tls12.reg が作成します：`TLS 1.2\\Client` と `\\Server`、`Enabled` = 1、`DisabledByDefault` = 0。先にレジストリをバックアップしてください）。作成は変更なので、その場合はサーバを 1 回再起動してください。',
    ),
  ];
}
const pre15 = (f: Facts) => !!f.tms && !tmsCanBeFixedInPlace(f.tms);
const atMediumHighOrAbove = (f: Facts) => f.level === 'medium-high' || f.level === 'high';
/**
 * After a network cause is ruled out or fixed (not-tls-network, firewall-question), endpoints that refuse TLS 1.0 still need
 * the TLS fix: with TMS 15 and later raising the level (marked as advising Medium-High), before 15 the upgrade, since that
 * TMS has no Communication Security level to raise (knowledge.md, TMS before 15; REV28 #1). The level as known: "Medium"
 * only when it is, the default said as such when none was given.
 */
function tlsFixStillNeeded(f: Facts): LocalizedText | null {
  if (!f.endpoint || !endpointRefusesTls10(f.endpoint) || atMediumHighOrAbove(f)) return null;
  const ep = formatEndpoint(f.endpoint);
  if (pre15(f))
    return L(
      `Either way, ${ep} refuses TLS 1.0: once TCP connects, ${formatTms(f.tms!)} still cannot talk to it, and before TMS 15 there is no Communication Security level to raise: the fix is the upgrade to TMS 15.x.`,
      `いずれにしても、${ep} は TLS 1.0 を拒否します。TCP で接続できても ${formatTms(f.tms!)} は通信できません。TMS 15 より前には引き上げられる Communication Security のレベルがないため、対処は TMS 15.x へのアップグレードです。`,
    );
  const at = f.level === 'low' ? { en: 'at Low', ja: 'Low の' } : f.level === 'medium' ? { en: 'at Medium', ja: 'Medium の' } : { en: 'at Medium (the default; no level was given)', ja: 'Medium（既定値。レベルは未確認）の' };
  return MH(
    `Either way, ${ep} refuses TLS 1.0: once TCP connects, TMS ${at.en} still needs the fix (TLS 1.2 and Medium-High).`,
    `いずれにしても、${ep} は TLS 1.0 を拒否します。TCP で接続できても、${at.ja} TMS には対処（TLS 1.2 と Medium-High）が必要です。`,
  );
}
/** Whether something is needed, asked (the .NET reboot entry, QA52 #15): "need", "required", "apply", 「必要」「要否」「反映」. */
const NEED_EN = '^(?=[\\s\\S]*(?:need|require|necessary|have\\sto|must|apply|applies|take\\seffect))[\\s\\S]*';
const NEED_JA = '^(?=[\\s\\S]*(?:必要|必須|要る|いる|要否|反映|しなければ))[\\s\\S]*';
/**
 * TMSSNMPService said stopped (or an alert about it), not a start again asked: "TMSSNMPService stopped", "an alert that the
 * SNMP service is down", 「TMSSNMPService が停止しています」「SNMP サービスが止まりました」 (QA52 #7).
 */
const SNMP_SERVICE_STOPPED_EN =
  "^(?![\\s\\S]*\\b(?:again|back\\son|back\\sup|re-?enable|will|would|if|when\\swe)\\b)[\\s\\S]*(?:\\b(?:tmssnmpservice|tms\\s?snmp\\s?service|snmp\\sservice)\\b.{0,30}\\b(?:stopped|stops|has\\sstopped|is\\sstopped|not\\srunning|is\\sdown|went\\sdown)\\b|\\b(?:alert|alarm)\\b.{0,30}\\b(?:tmssnmpservice|tms\\s?snmp\\s?service|snmp\\sservice)\\b)";
const SNMP_SERVICE_STOPPED_JA =
  '^(?![\\s\\S]*(?:もう一度|再び|し直|しなおし|予定|したら|すると|場合))[\\s\\S]*(?:tmssnmpservice|tms\\s?snmp\\s?service|snmp\\s?サービス).{0,30}(?:停止|止ま|落ち)';
/** The user says the TLS 1.2 keys are already set (facts.tlsClaims: a claim, checked in the answer). */
const keysSaidSet = (f: Facts) => f.tlsClaims?.tls12 === 'on';
/** SQL 2005/2008/2008 R2 that may sit on the TMS server (location local or not known). */
/** The words of "which update / build / KB" for SQL (a Windows KB or a TMS release is asked with its product named). */
const SQL_UPDATE_WORD = 'updates?|patch(?:es)?|builds?|cus?|cumulative\\supdates?|kbs?|hotfix(?:es)?|packages?';
/** Another product than SQL named in an update question ("which Windows update exactly?"): answered as "what to install first". */
const OTHER_PRODUCT_NAMED = /(?<![a-z])(?:tms|windows|win\s?\d+|os|ce|tc|roomos|endpoints?|codecs?|firmware|kb4019276)(?![a-z])|ウィンドウズ|エンドポイント|端末/i;
const oldSqlMaybeLocal = (f: Facts) => !!f.sql && f.sql.year <= 2008 && f.sqlLocation !== 'remote';
/**
 * A SQL Server that may sit on the TMS server and needs TLS 1.0 on (rev64 #3): 2005 / 2008 / 2008 R2, or a 2012 / 2014 build
 * without TLS 1.2 support ('maybe' when its build decides and is not known; knowledge.md's SQL caveats, KB3135244).
 */
function tls10SqlMaybeLocal(f: Facts): 'yes' | 'maybe' | null {
  if (oldSqlMaybeLocal(f)) return 'yes';
  if (!f.sql || f.sqlLocation === 'remote' || (f.sql.year !== 2012 && f.sql.year !== 2014)) return null;
  const kind = sqlTlsStatus(f.sql).kind;
  return kind === 'install-update' || kind === 'upgrade-service-pack' ? 'yes' : kind === 'check-build' ? 'maybe' : null;
}

/** "how do we do it safely?", "by Friday", "the auditors want…", 「どうすれば」「安全に」「監査」: the way to TLS 1.0 off is asked (QA58 #14). */
const WAY_ASKED = /(?<![a-z])(?:how|safely|safe\sway|the\sway|a\sway|plan|roadmap|path|steps|deadline|by\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\sweek|the\send|end\sof)|audit\w*|compliance|pci)(?![a-z])|どう(?:すれば|したら|やって)|方法|手順|安全に|監査|期限|までに|計画/;

/**
 * The way to TLS 1.0 off with SQL Server 2008 / 2008 R2 on the TMS server (knowledge.md, Caveats and "What else"): the SQL build
 * with TLS 1.2 support first (a SQL change of its own; not the first TLS 1.2 builds, KB3146034), TMS at Medium-High with TLS 1.2,
 * .NET strong crypto, then TLS 1.0 off as a change of its own with SQL Server's start checked. Null for other SQL releases.
 */
function tls10OffWayThere(f: Facts): LocalizedText | null {
  if (!f.sql || f.sql.year !== 2008) return null;
  const build = sql2008Tls12BuildName(f.sql);
  if (!build) return null;
  const early = f.sql.r2 ? '10.50.6537' : '10.0.6543';
  const ver = f.sql.r2 ? '10.50.6542.0' : '10.0.6547.0';
  return MH(
    `The way there, each step a change of its own, in this order: (1) bring SQL Server to ${build} or later, a build with TLS 1.2 support (not the first TLS 1.2 build, ${early}, which can stop intermittently, KB3146034); it is a SQL change with its own window, a backup of the TMS databases first and a check against TMS's SQL requirements; afterwards confirm that \`SELECT @@VERSION\` shows build ${ver} or later before going on. (2) Make the fix for "No HTTPS response" with TMS at Medium-High and TLS 1.2 enabled in Schannel (on Windows Server 2008 R2 the TLS 1.2 keys must be created). (3) Set .NET strong crypto (\`SchUseStrongCrypto\` and \`SystemDefaultTlsVersions\` = 1 under \`HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\` and its \`Wow6432Node\` twin), so .NET code that Communication Security does not govern stops using TLS 1.0. (4) Only then turn TLS 1.0 off, leaving SSL 3.0 as it is, with the .reg to turn it back on at hand. It is a change of the Schannel keys, so it takes one reboot of the server, in its own window: after that reboot, check that the SQL Server service started and TMS opens, before anything else. Before step 4, also check the other software on this server: what else may still use TLS 1.0 there (agents, backup or monitoring tools, other applications) is not covered by my sources, so ask their owners or vendors whether they work with TLS 1.2 only; after the reboot, Schannel errors in the System log (source Schannel, such as 36871, 36874, 36888) point to a handshake Schannel refused. Whether step 1 fits before your deadline is your call; until it is done, TLS 1.0 stays on.`,
    `そこまでの道筋は次のとおりで、それぞれを別の変更として、この順に行います。(1) SQL Server を ${build} 以降（TLS 1.2 に対応したビルド）にします。最初の TLS 1.2 対応ビルド（${early}）は断続的に停止することがあるので避けてください（KB3146034）。これは専用の作業枠を取る SQL の変更で、事前に TMS のデータベースをバックアップし、TMS の SQL 要件に合うか確認してください。変更後、\`SELECT @@VERSION\` でビルドが ${ver} 以降になったことを確かめてから次に進みます。(2)「No HTTPS response」の修正を行い、TMS を Medium-High にして Schannel で TLS 1.2 を有効にします（Windows Server 2008 R2 では TLS 1.2 のキーの作成が必要です）。(3) .NET の強力な暗号化を設定します（\`HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\` とその \`Wow6432Node\` 側で \`SchUseStrongCrypto\` と \`SystemDefaultTlsVersions\` を 1）。こうすると、Communication Security の対象外の .NET のコードも TLS 1.0 を使わなくなります。(4) そのあとで初めて TLS 1.0 を無効にします。SSL 3.0 はそのままにし、TLS 1.0 を有効に戻す .reg を手元に用意しておいてください。これは Schannel のキーの変更なので、専用の作業枠でサーバを 1 回再起動します。その再起動のあと、ほかの作業より先に SQL Server のサービスが起動したことと TMS が開くことを確認してください。(4) の前に、このサーバ上のほかのソフトウェア（エージェント、バックアップや監視のツール、ほかのアプリケーションなど）がまだ TLS 1.0 を使っていないかも確認してください。私の情報源ではそこまでは分からないため、TLS 1.2 だけで動くかをそれぞれの担当者やベンダーに確認してください。再起動後は、システム ログのソース Schannel のエラー（36871、36874、36888 など）が、Schannel がハンドシェイクを拒否したことを示す手がかりになります。期限までに (1) が間に合うかはそちらのご判断です。(1) が済むまでは TLS 1.0 を有効のままにしてください。`,
  );
}

/**
 * The reboot step's own pre-reboot TLS 1.0 check (rebootTls10Gate) for SQL Server on the TMS server that needs TLS 1.0 (2008 / 2008
 * R2, or 2012 / 2014 not yet on a TLS 1.2 build), so that "will SQL survive the reboot?" or "do I need to restart SQL Server?" say
 * what step 4 and the kit say (REV33 #3). Null where the gate is (remote or unknown SQL, Windows Server 2025, TLS 1.0 said).
 */
function preRebootTls10Check(f: Facts): LocalizedText | null {
  const said = f.tlsClaims?.tls10 === 'on' || f.tlsClaims?.tls10 === 'off' ? f.tlsClaims.tls10 : undefined;
  // (TLS 1.0 said off, SQL not down yet, REV34 #2: this reboot is what stops SQL; said first, the answer shows no finding for it.)
  if (said === 'off') return sqlDownNow(f) ? null : rebootTls10SaidOff(f.sql, f.sqlLocation === 'remote' ? 'remote' : f.sqlLocation === 'local' ? 'local' : 'unknown', tls10OffByWindowsDefault(f));
  return rebootTls10Gate(f.sql, f.sqlLocation === 'remote' ? 'remote' : f.sqlLocation === 'local' ? 'local' : 'unknown', tls10OffByWindowsDefault(f), said);
}
const sql2012or2014MaybeLocal = (f: Facts) => !!f.sql && (f.sql.year === 2012 || f.sql.year === 2014) && f.sqlLocation !== 'remote';

/**
 * "Can TLS 1.0 be turned off?" with SQL Server 2012 / 2014 here known to be without TLS 1.2 support: no, not yet. 2012 RTM / SP1
 * has no TLS 1.2 build at all, so the way there is a service-pack upgrade (SP4 is the simplest); an older 2012 SP2+ / 2014 build
 * gets the TLS 1.2 update (knowledge.md). Null when the build decides and is not known (the answer then says to check it), or
 * the build has TLS 1.2 support.
 */
function sqlNotYet(f: Facts): LocalizedText[] | null {
  const kind = sqlTlsStatus(f.sql!).kind;
  if (kind !== 'upgrade-service-pack' && kind !== 'install-update') return null;
  const name = formatSql(f.sql!);
  const local = f.sqlLocation === 'local';
  const lead = local
    ? L(`No, not yet: ${name} runs on the TMS server and`, `いいえ、まだです。TMS サーバ上の ${name}`)
    : L(`No, not yet, if ${name} runs on the TMS server (tell me if it is remote): it`, `${name} が TMS サーバ上で動いているなら、いいえ、まだです（別サーバならお知らせください）。この SQL`);
  const way =
    kind === 'upgrade-service-pack'
      ? L(
          `has no build with TLS 1.2 support at all (Microsoft's TLS 1.2 update, ${KB_SQL2012_2014}, is not offered for 2012 RTM / SP1), so it needs a service-pack upgrade first (SP4 is the simplest): a SQL Server change with its own maintenance window, checked against your TMS release's SQL requirements`,
          ` には TLS 1.2 に対応したビルドがありません（Microsoft の TLS 1.2 更新プログラム ${KB_SQL2012_2014} は 2012 RTM / SP1 向けには提供されていません）。そのため、先にサービス パックへのアップグレード（SP4 が最も簡単です）が必要です。個別のメンテナンス時間が必要な SQL Server の変更なので、お使いの TMS リリースの SQL Server 要件と照合してください`,
        )
      : L(
          `is older than the first build of its line with TLS 1.2 support, so it needs the TLS 1.2 update (${KB_SQL2012_2014}) first`,
          ` は、同じ系列の TLS 1.2 対応ビルドより古いため、先に TLS 1.2 更新プログラム（${KB_SQL2012_2014}）の適用が必要です`,
        );
  return [
    MH(
      `${lead.en} ${way.en}. Until then it loses its connections when TLS 1.0 goes. Turning TLS 1.0 off is not part of this fix anyway: at Medium-High TMS reaches the endpoints over TLS 1.2 whether TLS 1.0 is on or not, so keep TLS 1.0 on for now.`,
      `${lead.ja}${way.ja}。それまでは、TLS 1.0 をなくすと SQL Server が接続できなくなります。なお、TLS 1.0 の無効化は今回の修正には含まれません。Medium-High なら、TLS 1.0 が有効でも無効でも TMS は TLS 1.2 でエンドポイントに接続するので、当面は TLS 1.0 を有効のままにしてください。`,
    ),
  ];
}

/** SQL 2008 / 2008 R2 at a build with TLS 1.2 support and without the KB3146034 problem (10.50.6542.0 / 10.0.6547.0 or later). */
const sqlHasTls12Build = (f: Facts) => {
  const st = f.sql ? sqlTlsStatus(f.sql) : null;
  return st?.kind === 'keep-tls10' && st.tls12 === 'yes';
};

/**
 * KB3146034 (knowledge.md, SQL 2008 R2 caveat): the first TLS 1.2 builds of 2008 / 2008 R2 (10.0.6543 / 10.50.6537) can
 * terminate intermittently; the later ones (10.0.6547.0 / 10.50.6542.0 and on) are the ones to use. With the user's
 * 2008 / 2008 R2 build known, whether it is one of them.
 */
function kb3146034Answer(f: Facts): LocalizedText[] {
  const out = [
    L(
      `KB3146034 is Microsoft's note on the first TLS 1.2 builds of SQL Server 2008 and 2008 R2 (10.0.6543 and 10.50.6537): they can terminate intermittently. Use a later build: ${SQL2008R2_TLS12_BUILD} or later for 2008 R2, ${SQL2008_TLS12_BUILD} or later for 2008. Whatever the build, TLS 1.0 stays enabled on a TMS server that runs it.`,
      `KB3146034 は、SQL Server 2008 と 2008 R2 の最初の TLS 1.2 ビルド（10.0.6543 と 10.50.6537）について Microsoft が出している情報で、これらのビルドは断続的に停止することがあります。それより後のビルドを使ってください（2008 R2 は ${SQL2008R2_TLS12_BUILD} 以降、2008 は ${SQL2008_TLS12_BUILD} 以降）。ビルドにかかわらず、それが動く TMS サーバでは TLS 1.0 を有効のままにします。`,
    ),
  ];
  const st = f.sql && f.sql.year === 2008 && f.sql.build ? sqlTlsStatus(f.sql) : null;
  if (st?.kind === 'keep-tls10' && f.sql) {
    const name = formatSql(f.sql);
    const first = f.sql.r2 ? SQL2008R2_TLS12_BUILD : SQL2008_TLS12_BUILD;
    if (st.tls12 === 'early') out.push(L(`Your ${name} is one of those first builds: update it to ${first} or later.`, `お使いの ${name} は、その最初のビルドにあたります。${first} 以降に更新してください。`));
    else if (st.tls12 === 'yes') out.push(L(`Your ${name} is past those builds: KB3146034 does not concern it.`, `お使いの ${name} は、それより後のビルドなので、KB3146034 は当てはまりません。`));
    else if (st.tls12 === 'no') out.push(L(`Your ${name} has no TLS 1.2 support at all: the way to TLS 1.2 is ${first} or later.`, `お使いの ${name} は TLS 1.2 に対応していません。TLS 1.2 に対応するには ${first} 以降が必要です。`));
  }
  return out;
}

/**
 * "Can we disable TLS 1.0 too?" with SQL 2008 / 2008 R2 on a build with TLS 1.2 support (knowledge.md, SQL
 * 2008 R2 caveat): Microsoft's start-up failure does not apply to it; turning TLS 1.0 off is a separate
 * hardening change, and what else still uses TLS 1.0 on the server is checked first.
 */
function tls10OffWithTls12SqlAnswer(f: Facts): LocalizedText[] {
  const name = formatSql(f.sql!);
  const where = f.sqlLocation === 'local' ? L('', '') : L(' (if it runs on the TMS server; a SQL Server on another machine is not touched by this server\'s Schannel settings)', '（TMS サーバ上で動いている場合。別のマシンの SQL Server は、このサーバの Schannel の設定の影響を受けません）');
  const first = f.sql!.r2 ? SQL2008R2_TLS12_BUILD : SQL2008_TLS12_BUILD;
  const medium = !atMediumHighOrAbove(f);
  return [
    L(
      `Not as part of this fix. ${name}${where.en} has TLS 1.2 support (${first} or later, Microsoft KB3135244), so Microsoft's SQL start-up failure does not apply to this build: that failure is for a build without TLS 1.2 support, which stops and will not start when TLS 1.0 and SSL 3.0 are both disabled (event 26011).`,
      `今回の修正には含めないでください。${name}${where.ja} は TLS 1.2 に対応したビルド（${first} 以降、Microsoft KB3135244）なので、Microsoft が挙げている SQL の起動障害はこのビルドには当てはまりません。この障害は、TLS 1.2 非対応のビルドで TLS 1.0 と SSL 3.0 の両方を無効にすると、SQL のサービスが停止して起動できなくなるというものです（イベント 26011）。`,
    ),
    MH(
      `Turning TLS 1.0 off is a separate hardening change: the fix needs only TLS 1.2 and Medium-High. Before planning it, check what on this server still uses TLS 1.0: ${medium ? 'TMS itself while it is at Medium (with TLS 1.0 off it sends no ClientHello at all, so set Medium-High first), ' : ''}.NET code that Communication Security does not govern and that has no \`SchUseStrongCrypto\` / \`SystemDefaultTlsVersions\` = 1, and anything else that connects to or from this server. The TechNote still says to keep TLS 1.0 on with SQL Server 2008 R2 on the TMS server, so do it in a window of its own, with the registry export at hand, and check afterwards that SQL Server and the TMS services start.`,
      `TLS 1.0 の無効化は別のセキュリティ強化作業で、今回の修正に必要なのは TLS 1.2 と Medium-High だけです。計画する前に、このサーバで TLS 1.0 をまだ使っているものがないか確認してください。${medium ? 'Medium のままの TMS 自体（TLS 1.0 を無効にすると ClientHello をまったく送らなくなるため、先に Medium-High にしてください）、' : ''}[Communication Security] の管理外で \`SchUseStrongCrypto\` / \`SystemDefaultTlsVersions\` = 1 が設定されていない .NET のコード、このサーバとの間で接続するその他のものです。TechNote は、TMS サーバ上に SQL Server 2008 R2 がある場合は TLS 1.0 を有効のままにするよう書いているため、専用の作業枠で、レジストリのエクスポートを手元に置いて行い、そのあと SQL Server と TMS のサービスが起動することを確認してください。`,
    ),
  ];
}

/** SQL 2008 / 2008 R2 at a build with TLS 1.2 support, the first ones (KB3146034) included: 'yes' / 'early', else null. */
function sql2008Tls12(f: Facts): 'yes' | 'early' | null {
  const st = f.sql ? sqlTlsStatus(f.sql) : null;
  return st?.kind === 'keep-tls10' && (st.tls12 === 'yes' || st.tls12 === 'early') ? st.tls12 : null;
}

/**
 * "Can we apply IIS Crypto's Best Practices template?" with a SQL Server known by version that may run on the TMS server
 * (QA36 #6). The template turns TLS 1.0 and SSL 3.0 off (knowledge.md). The start-up failure (event 26011) is said as a
 * fact only for a build without TLS 1.2 support; with the build unknown, "check the build"; a 2008 / 2008 R2 build with
 * TLS 1.2 gets the caution that is right for it (the TechNote's keep-TLS-1.0, Medium without TLS 1.0, a window of its own).
 */
function bestPracticesSqlLead(f: Facts): LocalizedText {
  const name = formatSql(f.sql!);
  const local = f.sqlLocation === 'local';
  const st = sqlTlsStatus(f.sql!);
  const tls12 = sql2008Tls12(f);
  if (tls12) {
    const first = f.sql!.r2 ? SQL2008R2_TLS12_BUILD : SQL2008_TLS12_BUILD;
    const early = tls12 === 'early'
      ? L(` It is one of the first TLS 1.2 builds, which can terminate intermittently (Microsoft KB3146034): move it to ${first} or later in any case.`, `また、これは TLS 1.2 に対応した最初期のビルドで、断続的に停止することがあります（Microsoft KB3146034）。いずれにしても ${first} 以降に更新してください。`)
      : L('', '');
    const medium = atMediumHighOrAbove(f)
      ? L('', '')
      : L(' While TMS is at Medium, TLS 1.0 off also means TMS sends no ClientHello at all.', 'また、TMS が Medium のままで TLS 1.0 を無効にすると、TMS は ClientHello をまったく送らなくなります。');
    return L(
      `Not as part of this fix. The "Best Practices" template disables TLS 1.0 and SSL 3.0. ${name}${local ? '' : ' (if it runs on the TMS server)'} has TLS 1.2 support, so Microsoft's SQL start-up failure (event 26011, a build without TLS 1.2 support with TLS 1.0 and SSL 3.0 both off) does not apply to it; but the TechNote still says to keep TLS 1.0 and SSL 3.0 enabled with SQL Server 2008 R2 on the TMS server, and this fix needs neither of them off.${medium.en}${early.en} If you want the template later, treat it as a hardening change of its own: in its own window, with the registry export at hand, after checking what on the server still uses TLS 1.0, and check afterwards that SQL Server and the TMS services start.`,
      `今回の修正としては使わないでください。「Best Practices」テンプレートは TLS 1.0 と SSL 3.0 を無効にします。${name}${local ? ' ' : '（TMS サーバ上で動いている場合）'}は TLS 1.2 に対応しているため、Microsoft が挙げている SQL の起動障害（イベント 26011。TLS 1.2 非対応のビルドで TLS 1.0 と SSL 3.0 の両方が無効な場合）は当てはまりません。ただし TechNote は、TMS サーバ上に SQL Server 2008 R2 がある場合は TLS 1.0 と SSL 3.0 を有効のままにするよう書いており、今回の修正ではどちらも無効にする必要はありません。${medium.ja}${early.ja}後でテンプレートを適用する場合は、別のセキュリティ強化作業として扱ってください。専用の作業枠で、レジストリのエクスポートを手元に置き、サーバ上で TLS 1.0 をまだ使っているものを確認してから行い、そのあと SQL Server と TMS のサービスが起動することを確認してください。`,
    );
  }
  const unknownBuild = st.kind === 'check-build' || (st.kind === 'keep-tls10' && st.tls12 === null && f.sql!.year === 2008);
  if (unknownBuild) {
    return L(
      `No, not the "Best Practices" template before you know the build: it disables TLS 1.0 and SSL 3.0, and if ${name}${local ? ' on the TMS server' : ' (if it runs on the TMS server)'} is a build without TLS 1.2 support, it then stops and does not start again (event 26011). Check the build first (\`SELECT @@VERSION\`).`,
      `いいえ。ビルドが分かるまでは「Best Practices」テンプレートは使わないでください。TLS 1.0 と SSL 3.0 を無効にするため、${local ? 'TMS サーバ上の ' : ''}${name}${local ? ' ' : '（TMS サーバ上で動いている場合）'}が TLS 1.2 非対応のビルドなら、停止して再び起動しなくなります（イベント 26011）。先にビルドを確認してください（\`SELECT @@VERSION\`）。`,
    );
  }
  return L(
    `No, not the "Best Practices" template: it disables TLS 1.0 and SSL 3.0, and ${name}${local ? ' on the TMS server' : ' (if it runs on the TMS server)'} then stops and does not start again (event 26011): a build without TLS 1.2 support needs TLS 1.0.`,
    `いいえ、「Best Practices」テンプレートは使わないでください。TLS 1.0 と SSL 3.0 を無効にするため、${local ? 'TMS サーバ上の ' : ''}${name}${local ? ' ' : '（TMS サーバ上で動いている場合）'}が停止して再び起動しなくなります（イベント 26011）。TLS 1.2 非対応のビルドには TLS 1.0 が必要です。`,
  );
}

/** A pasted "xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.2" line (on the normalised text). */
const MIN_TLS_LINE = '^\\s*\\*?c?\\s?(?:xconfiguration\\s)?networkservices\\shttps\\sserver\\sminimumtlsversion\\s?[:=]?\\s?"?tls\\s?v?1\\.[0-3]"?\\s*$';
/**
 * The value said, as it is now (REV20 #7), on the normalised text from the setting's name on: one value ("MinimumTLSVersion:
 * TLSv1.2"), or the last of a change ("had TLSv1.3 but we changed it to TLSv1.2", "from TLSv1.3 to TLSv1.1", 「TLSv1.3 でしたが、
 * TLSv1.2 に変更しました」). None when the value was changed to one not said ("had TLSv1.3 but we changed it"), when several
 * values are named with no change, or when the setting is another product's or site's, a default or the docs', or this bot's
 * own sentence pasted back ("You said: MinimumTLSVersion TLSv1.3 is above what TMS offers").
 */
const MIN_TLS_NAME = /minimumtlsversion|min(?:imum)?\s?tls\s?version/;
const MIN_TLS_VALUES = /tls\s?v?1\.([0-3])(?![\d.]*\d)/g;
const MIN_TLS_ELSEWHERE =
  /expressway|(?<![a-z])(?:vcs|cucm|cms|unified\scm|call\s?manager)(?![a-z])|(?<![a-z])(?:other|another|second|remote)\s(?:site|tms|server|office|location|customer)|(?<![a-z])(?:lab|site\s?[b-z])(?![a-z])|default|(?<![a-z])docs?(?![a-z])|documentation|guide|(?<![a-z])you\s(?:said|wrote|say)(?![a-z])|what\stms\soffers|must\snot\sbe\sabove|別拠点|他拠点|他の拠点|検証|ラボ|デフォルト|既定|初期値|ドキュメント|マニュアル|ガイド|上回ってはいけません|提示するバージョンを上回/;
const MIN_TLS_CHANGED = /(?<![a-z])(?:changed?|set|moved|switched|lowered|raised|dropped|bumped|updated|now|from)(?![a-z])|に変更|に変え|にしました|に下げ|に上げ|へ変更|から/;
const MIN_TLS_THEN_BUT = /(?<![a-z])but(?![a-z])|でしたが|だったが|でしたけど|だったけど/;
function minimumTlsValue(text: string): string | null {
  const t = text.slice(0, 2000).normalize('NFKC').toLowerCase();
  const k = t.search(MIN_TLS_NAME);
  if (k < 0 || MIN_TLS_ELSEWHERE.test(t)) return null;
  const tail = t.slice(k, k + 400);
  const found = [...tail.matchAll(MIN_TLS_VALUES)];
  if (found.length === 0) return null;
  const lastHit = found[found.length - 1]!;
  const after = tail.slice(lastHit.index! + lastHit[0].length);
  // "had TLSv1.3 but we changed it": the value then; the one now is not said.
  if (MIN_TLS_THEN_BUT.test(after) && MIN_TLS_CHANGED.test(after)) return null;
  if (new Set(found.map((m) => m[1])).size === 1) return lastHit[1]!;
  return MIN_TLS_CHANGED.test(tail) ? lastHit[1]! : null;
}
/**
 * The value said in a sentence or after a speaker's name (QA49 F8): "Alice: I checked one codec, xConfiguration NetworkServices
 * HTTPS Server MinimumTLSVersion: TLSv1.3", "the codec has MinimumTLSVersion TLSv1.3", 「コーデックの MinimumTLSVersion は
 * TLSv1.3 でした」 (on the normalised text). Its value is read like the pasted line's unless the message asks, supposes, plans or
 * denies it (MIN_TLS_NOT_SAID): then the rule is the answer.
 */
const MIN_TLS_SAID = '(?<![a-z])minimumtlsversion\\s?(?:is\\s|was\\s|of\\s|set\\sto\\s|at\\s|from\\s|to\\s|[:=]|は|が|を)?\\s?"?tls\\s?v?1\\.[0-3](?![\\d.]*\\d)';
const MIN_TLS_NOT_SAID =
  /[?？]|(?<![a-z])(?:if|whether|should|could|would|can|will|shall|might|may|plan(?:ning|s)?|going\sto|gonna|want|wanna|not|never|no\slonger|before|instead)(?![a-z])|n't(?![a-z])|'ll(?![a-z])|(?:ですか|ますか|でしょうか|たら|れば|なら|場合|予定|ません|ない(?!か)|べき)/i;

/** What a pasted MinimumTLSVersion value means at the level known (nothing when the text names no value). */
function minimumTlsRead(f: Facts, text: string | undefined): LocalizedText[] {
  const value = text ? minimumTlsValue(text) : null;
  const m = value === null ? null : [value, value];
  if (!m) return [];
  const v = `TLS 1.${m[1]}`;
  if (Number(m[1]) > 2) {
    return [L(`This endpoint's minimum is ${v}, above TLS 1.2, the highest version TMS offers: TMS cannot connect to it at any level until the minimum is TLS 1.2 or lower.`, `このエンドポイントの最小は ${v} で、TMS が提示する最も新しいバージョン TLS 1.2 より上です。最小を TLS 1.2 以下にしない限り、どのレベルでも TMS は接続できません。`)];
  }
  if (atMediumHighOrAbove(f)) {
    return [
      L(
        `This endpoint's minimum is ${v}: not above the TLS 1.2 that TMS offers at Medium-High, so this setting is not what refuses TMS. Look next at the cipher suites (after GPO or IIS Crypto hardening a mismatch gives alert 40 or a RST even at TLS 1.2), the Schannel events on the TMS server and the certificate revocation check.`,
        `このエンドポイントの最小は ${v} で、Medium-High の TMS が提示する TLS 1.2 を上回っていないため、この設定が TMS を拒否している原因ではありません。次は暗号スイート（GPO や IIS Crypto で強化した後は、合わないと TLS 1.2 でもアラート 40 や RST になります）、TMS サーバの Schannel イベント、証明書の失効確認を確認してください。`,
      ),
    ];
  }
  return [
    MH(
      `This endpoint's minimum is ${v}: fine once TMS is at Medium-High (it then offers TLS 1.2)${m[1] === '0' ? '' : `; at Medium TMS offers TLS 1.0 only, which this minimum refuses`}.`,
      `このエンドポイントの最小は ${v} です。TMS を Medium-High にすれば TLS 1.2 を提示するので問題ありません${m[1] === '0' ? '' : '。Medium の TMS は TLS 1.0 しか提示しないため、この最小値では拒否されます'}。`,
    ),
  ];
}

/** Words for the endpoints and their software, in the recognisers (normalised text). */
/** Where the endpoints' TLS 1.0 cut-off lies (knowledge.md, Cause 1): the threshold entry's answer, and tls10-cutoff.ts's. */
export const TLS10_THRESHOLD: LocalizedText = L(
  'TC 7.3.6 and CE 8.1.0 are the first releases that refuse TLS 1.0 on the HTTPS interface; every later TC 7.3 and CE release, and RoomOS (10.x, 11.x…, CE\'s successor), refuses it too. TC up to 7.3.5 and CE 8.0.x still accept it. `xStatus SystemUnit Software Version` on the endpoint, or Systems > Navigator, shows the release.',
  'HTTPS で TLS 1.0 を受け付けなくなったのは TC 7.3.6 と CE 8.1.0 からで、それ以降の TC 7.3 と CE のリリース、および CE の後継である RoomOS（10.x、11.x など）も同じです。TC 7.3.5 までと CE 8.0.x は、まだ TLS 1.0 を受け付けます。リリースはエンドポイントの `xStatus SystemUnit Software Version`、または [Systems] > [Navigator] で確認できます。',
);
const ENDPOINT_WORD = 'tc|ce|roomos|room\\s?os|endpoints?|codecs?|devices?|room\\s?kits?|software|firmware';
const ENDPOINT_WORD_JA = 'tc|ce|roomos|エンドポイント|端末|コーデック|ソフトウェア|ファームウェア';
const TLS10 = '(?<![a-z.\\d])(?:tls\\s?v?1\\.?0|tlsv1)(?![.\\d])';
/** A worry word (EN), for the tls10-off-sql entry's worry forms (REV21-b #4). */
const WORRY_EN_WORD = '(?<![a-z])(?:worr(?:y|ied|ies|ying)|afraid|concerned|scared|nervous|fear(?:s|ful)?)(?![a-z])';
const TLS12 = '(?<![a-z.\\d])(?:tls\\s?v?1\\.2|tlsv1\\.2|tls\\s?12)(?![.\\d])';
/** Windows Server 2008, not R2 (and not SQL Server 2008), with its SP2 maybe. */
const WIN2008 = '(?:(?<![a-z])(?:windows|win)\\s?(?:server\\s?)?|(?<!sql\\s)(?<![a-z])server\\s)2008(?!\\s?r2)(?!\\d)(?:\\s?(?:sp\\s?2|service\\spack\\s2))?';

/** The endpoint release a question names ("does TC 7.3.6 accept TLS 1.2?"), or null. */
function endpointNamedIn(text: string | undefined): EndpointVersion | null {
  const m = text ? /(?<![a-z])(?:tc|ce|roomos|room\s?os)\s?v?\d+(?:\.\d+){0,3}/i.exec(nfkc(text)) : null;
  const r = m ? parseEndpoint(m[0]) : null;
  return r && r.ok ? r.value : null;
}

/** A release asked about in a question is not the user's own (QA round 11 #7): said so, with the user's own if known. */
const askedNotNoted = (name: string, own?: string): LocalizedText =>
  own
    ? L(`You asked about ${name}: your own system stays ${own}.`, `${name} についてのご質問としてお答えしました。お使いの環境は引き続き ${own} として扱います。`)
    : L(`You asked about ${name}: I have not noted it as your own version.`, `${name} についてのご質問としてお答えしました。お使いの環境のバージョンとしては記録していません。`);

/** IIS Crypto's "Best Practices" template named (on the normalised question). */
const BEST_PRACTICES = /best[\s-]?practices?|ベスト\s?プラクティス|推奨(?:設定|テンプレート)|テンプレート|template/;

/** PRE15_NOTE's first part, for an answer that gives the stop-gap itself after it (pre15Stopgap). */
const PRE15_UPGRADE = L(
  'With TMS older than 15 no other setting helps: TMS keeps offering TLS 1.0 whatever the registry says, and TMS Tools has no Communication Security option. The way out is upgrading TMS to 15.x.',
  'TMS 15 より前のバージョンでは、ほかの設定で直す方法はありません。レジストリがどうであれ TMS は TLS 1.0 しか提示せず、TMS ツールにも Communication Security の項目がないためです。解決策は TMS を 15.x にアップグレードすることです。',
);

const PRE15_NOTE = L(
  'With TMS older than 15 none of this applies: TMS keeps offering TLS 1.0 whatever the registry says, and TMS Tools has no Communication Security option. The way out is upgrading TMS to 15.x (or, for hardware that can run TC, downgrading the endpoints to TC 7.3.3).',
  'TMS 15 より前のバージョンでは、この話はあてはまりません。レジストリがどうであれ TMS は TLS 1.0 しか提示せず、TMS ツールにも Communication Security の項目がないためです。TMS を 15.x にアップグレードするか、TC を動かせるハードウェアであればエンドポイントを TC 7.3.3 にダウングレードするしかありません。',
);

/**
 * TLS 1.0 off with TMS before 15 (REV20 #3, knowledge.md "TMS before 15"): TMS has no Communication Security option (no
 * Medium-High) and keeps sending a TLS 1.0 ClientHello, so with TLS 1.0 off it reaches no endpoint, the working ones too.
 */
export function pre15Tls10Stays(f: Facts): LocalizedText | null {
  if (!pre15(f)) return null;
  const v = f.tms!.raw;
  return MH(
    `No: TLS 1.0 must stay on while TMS is below 15. TMS ${v} speaks only TLS 1.0 to the endpoints (it has no Communication Security option, so there is no Medium-High to set), and with TLS 1.0 off on the TMS server it reaches none of them, including the ones that still work (TC 7.3.5 or earlier, CE 8.0.x). Upgrade TMS to 15.x first and move it to Medium-High; turning TLS 1.0 off can only come after that.`,
    `いいえ。TMS が 15 より前のバージョンである間は、TLS 1.0 を有効のままにしておく必要があります。TMS ${v} がエンドポイントとの通信に使えるのは TLS 1.0 だけです（Communication Security の項目がないので、Medium-High にすることもできません）。TMS サーバで TLS 1.0 を無効にすると、今は動いているもの（TC 7.3.5 以前、CE 8.0.x）も含めて、どのエンドポイントにも接続できなくなります。先に TMS を 15.x にアップグレードして Medium-High にしてください。TLS 1.0 の無効化はその後でしか行えません。`,
  );
}

/**
 * Where SQL runs, for "which machine gets the change" (registry-which-machine, which-server-change): a remote SQL Server is not
 * touched by the TMS server's Schannel settings, a local instance is the same machine and its caveat holds (knowledge.md Caveats).
 */
function sqlMachineNote(f: Facts): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (f.sqlLocation === 'remote') {
    out.push(L(
      'Your SQL Server runs on another machine: this fix does not touch it. The TMS server\'s Schannel settings do not reach a remote SQL server, so nothing changes there for this problem; it needs a look only if that server\'s own TLS settings are hardened as a separate change.',
      'SQL Server は別のマシンで動いているとのことなので、この修正はそのサーバに関係しません。TMS サーバの Schannel 設定はリモートの SQL サーバには及ばないため、この問題のためにそちらで変更することはありません。そのサーバ自体の TLS 設定を別の作業として強化する場合にだけ、確認が必要です。',
    ));
  } else if (f.sqlLocation === 'local') {
    out.push(L('Your SQL instance runs on the TMS server itself, so it is the same machine: the keys you set there apply to SQL as well, and the SQL caveat holds.', 'SQL インスタンスは TMS サーバ自体で動いているとのことなので、同じマシンです。そこで設定するキーは SQL にも効くため、SQL の注意点が当てはまります。'), sqlOnTmsNeeds(f.sql));
  } else {
    out.push(L(
      'A SQL Server on another machine is not touched by this fix. A SQL instance on the TMS server itself is the same machine, so the keys apply to it as well and the SQL caveat holds; tell me where yours runs ("SQL is on a separate server" or "SQL is on the TMS server").',
      '別のマシンで動く SQL Server は、この修正の影響を受けません。TMS サーバ自体で動く SQL インスタンスは同じマシンなので、キーがそちらにも効き、SQL の注意点が当てはまります。どちらか教えてください（「SQL は別サーバです」または「SQL は TMS サーバ上です」）。',
    ), sqlOnTmsNeeds(f.sql));
  }
  return out;
}

/** Nothing of the fix happens on the endpoints (knowledge: the fix is on the TMS server); what to check on one that still fails. */
function endpointsAnswer(f: Facts): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (f.endpoint && !endpointRefusesTls10(f.endpoint)) {
    out.push(L(`Your endpoints on ${formatEndpoint(f.endpoint)} still accept TLS 1.0, so this is not the TLS 1.0 problem: look for another cause before changing anything.`, `${formatEndpoint(f.endpoint)} のエンドポイントは TLS 1.0 を受け付けるため、TLS 1.0 の問題ではありません。何かを変更する前に、別の原因を調べてください。`));
    return out;
  }
  if (pre15(f)) {
    out.push(
      L(
        `With ${formatTms(f.tms!)} (before 15) the endpoints are where the only stopgap is: codecs that run TC can go back to TC 7.3.3, which still accepts TLS 1.0 (not hardware introduced with CE 9 or RoomOS, and CE to TC resets the configuration). Upgrading TMS to 15.x is the real fix, and it needs nothing on the endpoints.`,
        `${formatTms(f.tms!)}（15 より前）では、暫定策はエンドポイント側にしかありません。TC を動かせるコーデックは、TLS 1.0 を受け付ける TC 7.3.3 に戻せます（CE 9 や RoomOS で登場したハードウェアは不可で、CE から TC に戻すと設定が初期化されます）。本当の解決策は TMS の 15.x へのアップグレードで、エンドポイント側の作業は不要です。`,
      ),
    );
    return out;
  }
  out.push(
    MH(
      'No: the fix is on the TMS server only (TLS 1.2 in the Schannel keys, Communication Security = Medium-High in TMS Tools, the restarts). The endpoints refuse TLS 1.0 by design, and every TC and CE release accepts TLS 1.2, which is what TMS offers at Medium-High.',
      'いいえ。修正は TMS サーバ側だけで完結します（Schannel のキーで TLS 1.2 を使える状態にし、TMS ツールで Communication Security を Medium-High にして、IIS と TMS のサービスを再起動します）。エンドポイントが TLS 1.0 を拒否するのは仕様どおりで、TC と CE のどのリリースも、Medium-High の TMS が提示する TLS 1.2 を受け付けます。',
    ),
    L(
      'Only if an endpoint still shows "No HTTPS response" after the fix, check on it that HTTPS is allowed (`xConfiguration NetworkServices HTTP Mode`; on TC 7 `xConfiguration NetworkServices HTTPS Mode: On`) and that `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` is not above TLS 1.2, then Force Refresh it in Systems > Navigator.',
      '修正後も「No HTTPS response」のままのエンドポイントがある場合に限り、そのエンドポイントで HTTPS が許可されていること（`xConfiguration NetworkServices HTTP Mode`、TC 7 では `xConfiguration NetworkServices HTTPS Mode: On`）と、`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` が TLS 1.2 より上になっていないことを確認し、[Systems] > [Navigator] で Force Refresh してください。',
    ),
  );
  if (f.level === 'high') out.push(L('At High, TMS also validates the endpoints\' certificates (check Cisco\'s TMS administrator guide): an endpoint with a self-signed or expired certificate fails even with TLS 1.2.', 'High では、TMS はエンドポイントの証明書も検証します（Cisco の TMS 管理者ガイドで確認してください）。自己署名や期限切れの証明書を持つエンドポイントは、TLS 1.2 でも失敗します。'));
  if (!atMediumHighOrAbove(f)) out.push(L('Systems that TMS manages over Telnet or SNMP (for example Polycom HDX, older Tandberg MXP) are affected by Medium-High, though: Telnet and SNMP go off.', 'ただし、TMS が Telnet や SNMP で管理しているシステム（Polycom HDX や古い Tandberg MXP など）は Medium-High の影響を受けます。Telnet と SNMP が無効になるためです。'));
  return out;
}

/**
 * "should we upgrade our CE 9.15 endpoints?", "would upgrading the codecs fix it?": no, a newer endpoint release
 * refuses TLS 1.0 too (TC 7.3.6 / CE 8.1.0 on, by design; knowledge.md §Cause); the fix is on the TMS side.
 */
function endpointUpgradeAnswer(f: Facts): LocalizedText[] {
  const ep = f.endpoint ? formatEndpoint(f.endpoint) : '';
  // TC 7.3.5 or CE 8.0.x: they still accept TLS 1.0; an upgrade is what would bring this problem on (endpointsAnswer says the rest).
  if (f.endpoint && !endpointRefusesTls10(f.endpoint)) {
    return [
      L(
        `Upgrading them would not fix anything here, and it would bring this problem on: ${ep} still accepts TLS 1.0, while TC 7.3.6, CE 8.1.0 and every later release refuse it. Before they are upgraded, TMS must offer TLS 1.2 (TMS 15 or later at Medium-High, which turns Telnet and SNMP off in TMS), or they will show "No HTTPS response".`,
        `アップグレードしてもここでは何も直らず、むしろこの問題が起きるようになります。${ep} はまだ TLS 1.0 を受け付けますが、TC 7.3.6、CE 8.1.0 とそれ以降のリリースはすべて拒否します。アップグレードする前に、TMS が TLS 1.2 を提示できるようにしておく必要があります（TMS 15 以降で Medium-High。TMS の Telnet と SNMP は無効になります）。そうしないと「No HTTPS response」になります。`,
      ),
      L(
        `If systems on ${ep} show "No HTTPS response" today, it is not the TLS 1.0 problem: look for another cause before changing anything.`,
        `${ep} のシステムで今「No HTTPS response」が出ているなら、TLS 1.0 の問題ではありません。何かを変更する前に、別の原因を調べてください。`,
      ),
    ];
  }
  const lead = L(
    `No: upgrading the endpoints does not fix this. From TC 7.3.6 and CE 8.1.0 on, every release (later CE and RoomOS too) refuses TLS 1.0 on its HTTPS interface by design${ep ? `, ${ep} included` : ''}; a newer one refuses it as well. The fix is on the TMS side: TMS must offer TLS 1.2.`,
    `いいえ。エンドポイントをアップグレードしても、この問題は直りません。TC 7.3.6 と CE 8.1.0 以降のリリース（それ以降の CE や RoomOS も含みます）は、仕様として HTTPS で TLS 1.0 を拒否します${ep ? `（${ep} もそうです）` : ''}。新しいリリースでも同じく拒否されます。修正は TMS 側で、TMS が TLS 1.2 を提示するようにします。`,
  );
  return [lead, ...endpointsAnswer(f).filter((t) => !t.en.startsWith('No: the fix is on the TMS server only'))];
}

/** "Can I downgrade our Room Kit Pro?": no, the model named cannot run TC; upgrading TMS (or the fix in place on 15+) is the way. */
/**
 * The release a downgrade question asks for ("can we downgrade the SX80 to TC 7.3.5 instead?", "…to CE 8.0.1?", 「TC 7.3.5 に
 * 戻せますか」), or null: the TC/CE release after a downgrade word and "to" (or before に/へ/まで and 戻す/ダウングレード); not the
 * release of an upgrade told ("upgraded … from TC7.3.3 to ce9.12.3"). QA53 #14.
 */
const DOWNGRADE_TARGET =
  /(?<![a-z])(?:downgrad\w*|(?:go|goes|going|went|roll|rolling|rolled|take|put|bring|move|set)\s(?:\S+\s){0,4}?back|back|revert\w*)\s(?:\S+\s){0,6}?to\s?((?:tc|ce)\s?v?\d{1,2}(?:\.\d{1,3}){1,3})(?![\d.])|((?:tc|ce)\s?v?\d{1,2}(?:\.\d{1,3}){1,3})\s?(?:に|へ|まで)\s?(?:ダウングレード|戻|下げ)/i;
function downgradeTarget(text: string, current: EndpointVersion | undefined): EndpointVersion | null {
  const m = DOWNGRADE_TARGET.exec(nfkc(text.slice(0, 2000)));
  if (!m) return null;
  const r = parseEndpoint(m[1] ?? m[2]);
  // (The release they run now, said again, is not a target.)
  return r.ok && r.value.semver !== current?.semver ? r.value : null;
}

/**
 * What the asked release itself does (knowledge.md Cause 1 and "TMS before 15"): TC 7.3.6+ and CE 8.1.0+ refuse TLS 1.0, so
 * going there does not help; TC up to 7.3.5 and CE 8.0.x still accept it, but the stop-gap the document names is TC 7.3.3.
 * Null for TC 7.3.3 itself (the answer below is about it) or no release asked.
 */
function downgradeTargetNote(target: EndpointVersion | null, ceOnly: boolean): LocalizedText | null {
  if (!target || (target.family === 'TC' && target.semver === '7.3.3')) return null;
  const name = formatEndpoint(target);
  if (target.family !== 'TC' && target.family !== 'CE') return null;
  if (endpointRefusesTls10(target)) {
    return L(
      `Not to ${name}: it refuses TLS 1.0 as well (TC 7.3.6 and later, CE 8.1.0 and later all do), so the endpoints would keep showing "No HTTPS response" with TMS sending TLS 1.0.`,
      `${name} では解決しません。${name} も TLS 1.0 を拒否するため（TC 7.3.6 以降と CE 8.1.0 以降はすべて拒否します）、TLS 1.0 を送る TMS からは「No HTTPS response」のままです。`,
    );
  }
  // (Hardware introduced with CE 9 / RoomOS asked to go to TC: the answer's own "cannot run TC at all" says it.)
  if (ceOnly && target.family === 'TC') return null;
  if (ceOnly) {
    return L(
      `Not to ${name}: hardware introduced with CE 9 or RoomOS has no earlier release to go back to.`,
      `${name} には戻せません。CE 9 や RoomOS で登場したハードウェアには、それより前のリリースがありません。`,
    );
  }
  return target.family === 'TC'
    ? L(
        `${name} is below TC 7.3.6, so it still accepts TLS 1.0; but the release Cisco's TechNote names for this stop-gap is TC 7.3.3. If you choose ${name}, try it on one codec first and check it in Systems > Navigator (Force Refresh).`,
        `${name} は TC 7.3.6 より前なので、TLS 1.0 をまだ受け付けます。ただし、Cisco の TechNote がこの暫定策として挙げているリリースは TC 7.3.3 です。${name} を選ぶ場合は、まず 1 台で試し、[Systems] > [Navigator] で確認してください（[Force Refresh]）。`,
      )
    : L(
        `${name} is a CE 8.0 release, which still accepts TLS 1.0 (CE 8.1.0 and later refuse it); but the release Cisco's TechNote names for this stop-gap is TC 7.3.3, and my sources do not say which models run ${name} or what going back within CE keeps: check Cisco's release notes for your model, then try it on one codec first.`,
        `${name} は CE 8.0 のリリースなので、TLS 1.0 をまだ受け付けます（CE 8.1.0 以降は拒否します）。ただし、Cisco の TechNote がこの暫定策として挙げているリリースは TC 7.3.3 です。また、どの機種で ${name} が動くか、CE 内で戻したときに何が残るかは、手元の資料にはありません。お使いの機種の Cisco のリリースノートを確認し、まず 1 台で試してください。`,
      );
}

function downgradeNamedModels(f: Facts, models: string[]): LocalizedText[] {
  const en = joinAnd(models);
  const ja = models.join('、');
  const one = models.length === 1;
  const out = [
    L(
      `No: ${one ? `a ${en} cannot` : `${en} cannot`} run TC at all. ${one ? 'It is' : 'They are'} hardware introduced with CE 9 or RoomOS (Room Kit family, Codec Plus/Pro, Boards, Desk series), so there is no TC 7.3.3 to go back to.`,
      `いいえ。${ja} はそもそも TC を動かせません。CE 9 や RoomOS で登場したハードウェア（Room Kit ファミリー、Codec Plus/Pro、Board、Desk シリーズ）なので、戻す先の TC 7.3.3 がありません。`,
    ),
  ];
  if (f.tms && !pre15(f)) {
    out.push(L(`Nothing is needed on ${one ? 'it' : 'them'} anyway: your ${formatTms(f.tms)} can be fixed in place (TLS 1.2 available in Schannel, Communication Security = Medium-High).`, `いずれにしても、エンドポイント側の作業は不要です。お使いの ${formatTms(f.tms)} はそのまま修正できます（Schannel で TLS 1.2 を使える状態にし、Communication Security を Medium-High にします）。`));
  } else {
    out.push(MH(`For ${one ? 'it' : 'them'} the only way is upgrading TMS to 15.x (check the TMS and SQL Server requirements of that release), then raising Communication Security to Medium-High.`, `${ja} については、TMS を 15.x にアップグレードし（そのリリースの TMS と SQL Server の要件を確認してください）、Communication Security を Medium-High に上げるしかありません。`));
  }
  out.push(L('Only hardware that runs TC 7 (an SX20, for example) can go back to TC 7.3.3, as a stopgap, and going from CE back to TC resets their configuration.', 'TC 7.3.3 に戻せるのは TC 7 が動作するハードウェア（たとえば SX20）だけで、それも暫定策です。CE から TC に戻すと設定は初期化されます。'));
  return out;
}

/**
 * "until then?" after an upgrade-first answer (knowledge.md §TMS before 15): before TMS 15 the only stop-gap is the
 * endpoints' downgrade to TC 7.3.3 (hardware that runs TC only), said as the downgrade entry says it; on TMS 15 or later
 * the sources give no stop-gap, and that is said (not invented).
 */
/**
 * Windows Server 2008 R2 (TLS 1.2 off until its keys exist) with a SQL Server on the TMS server that needs an update before TLS
 * settings change (2012/2014 without a TLS 1.2 build, knowledge.md): the keys, and so Medium-High, wait for the SQL update; High
 * needs trusted certificates too (QA50 #12). Null otherwise.
 */
function levelWaitsForSql(f: Facts): LocalizedText | null {
  if (!f.windows || registryPlan(f.windows).step !== 'required' || !f.sql || f.sqlLocation !== 'local') return null;
  const kind = sqlTlsStatus(f.sql).kind;
  if (kind !== 'upgrade-service-pack' && kind !== 'install-update' && kind !== 'check-build') return null;
  const win = formatWindows(f.windows);
  const sql = formatSql(f.sql);
  return L(
    `On ${win} TLS 1.2 is off by default, so Medium-High (or High) only takes effect once the TLS 1.2 Client keys exist, and with ${sql} on the TMS server those keys wait for the SQL update: SQL needs a build with TLS 1.2 support before any TLS setting changes. Until then, raising the level alone would not help (and Telnet and SNMP would go off for nothing). High would also need certificates on the endpoints that TMS trusts: with self-signed or expired ones they fail even with TLS 1.2.`,
    `${win} では TLS 1.2 が既定で無効なので、Medium-High（または High）が効くのは TLS 1.2 の Client キーを作成したあとです。TMS サーバ上の ${sql} は、TLS の設定を変える前に TLS 1.2 対応のビルドにする必要があるため、キーの作成は SQL の更新を待つことになります。それまではレベルを上げるだけでは直りません（Telnet と SNMP が無効になるだけです）。High にする場合はさらに、エンドポイントに TMS が信頼する証明書が必要です（自己署名や期限切れの証明書では、TLS 1.2 でも失敗します）。`,
  );
}

function untilThenAnswer(f: Facts): LocalizedText[] {
  const none = MH(
    'On TMS 15 and later my sources give no stop-gap: the fix itself (TLS 1.2 available in Schannel, Communication Security = Medium-High) is the way, and until it is applied the affected systems keep showing "No HTTPS response". If the wait is for a SQL Server upgrade on the TMS server, change no TLS setting before it.',
    'TMS 15 以降については、手元の情報に暫定策はありません。修正そのもの（Schannel で TLS 1.2 を使える状態にし、[Communication Security] を Medium-High にする）が解決方法で、適用するまで対象のシステムは「No HTTPS response」のままです。TMS サーバ上の SQL Server のアップグレードを待っている場合は、それが終わるまで TLS の設定は変更しないでください。',
  );
  const waits = levelWaitsForSql(f);
  if (f.tms && !pre15(f)) return waits ? [waits, none] : [none];
  // (The stop-gap as every answer gives it: pre15Stopgap.)
  const why = L(
    'TMS before 15 keeps offering TLS 1.0 whatever the registry says, and its TMS Tools has no Communication Security option, so nothing on TMS itself helps until the upgrade.',
    '15 より前の TMS はレジストリにかかわらず TLS 1.0 しか提示せず、TMS ツールにも [Communication Security] の項目がないため、アップグレードまでは TMS 側でできることはありません。',
  );
  const stopgap = pre15Stopgap(f.endpoint, f.endpointModels);
  // (The stop-gap keeps endpoints on an old release: the upgrade stays the fix, said last.)
  const realFix = MH(
    'Upgrading TMS to 15.x and then raising it to Medium-High is the real fix; the stop-gap only buys time.',
    '本当の解決策は、TMS を 15.x にアップグレードしてから Medium-High に上げることです。暫定策は時間を稼ぐだけです。',
  );
  return f.tms ? [why, stopgap, realFix] : [why, stopgap, realFix, none];
}

/**
 * A fleet of both kinds, named before ("CE 9.8 (Codec Pro) and TC7.3.21 (SX20)"): the codecs of the TC
 * era can go back to TC 7.3.3 as a stopgap, the CE 9 / RoomOS-only models cannot (knowledge: the
 * downgrade only exists for hardware that runs TC).
 */
function downgradeMixed(f: Facts, tc: string[], ce: string[]): LocalizedText[] {
  const tcEn = tc.length ? `the ${joinAnd(tc.slice(0, 4))}` : 'the endpoints on TC';
  const tcJa = tc.length ? tc.slice(0, 4).join('、') : 'TC のエンドポイント';
  const ceEn = joinAnd(ce.slice(0, 4));
  const ceJa = ce.slice(0, 4).join('、');
  const one = ce.length === 1;
  // (A TC-era model on CE ("SX80 (CE 9.15.3)") can go back only if its hardware runs TC: knowledge.md lists no models, so that is
  // checked, as every other answer says it (tcEraModelCheck), unless the endpoints are on TC or were said to have run it: QA57 #7.)
  const tcKnown = f.endpoint?.family === 'TC' || f.endpointsRanTc === true;
  const out = [
    tcKnown || !tc.length || !f.endpoint
      ? L(
          `Not for all of them. ${cap(tcEn)} can go back to TC 7.3.3, which still accepts TLS 1.0, as a stopgap (a codec now on CE loses its configuration going back to TC). The ${ceEn} cannot: ${one ? 'it is' : 'they are'} hardware introduced with CE 9 / RoomOS, which does not run TC.`,
          `すべてではありません。${tcJa} は、暫定策として TLS 1.0 を受け付ける TC 7.3.3 に戻せます（いま CE で動いているコーデックは、TC に戻すと設定が初期化されます）。${ceJa} は戻せません。CE 9 / RoomOS で登場したハードウェアで、TC は動作しないためです。`,
        )
      : L(
          `Not for all of them. The ${ceEn} cannot: ${one ? 'it is' : 'they are'} hardware introduced with CE 9 / RoomOS, which does not run TC. Going back to TC 7.3.3 (which still accepts TLS 1.0) is a stopgap only for hardware that runs TC, and a codec now on CE loses its configuration going back to TC.`,
          `すべてではありません。${ceJa} は戻せません。CE 9 / RoomOS で登場したハードウェアで、TC は動作しないためです。TLS 1.0 を受け付ける TC 7.3.3 に戻すのは、TC を動かせるハードウェアに限った暫定策で、いま CE で動いているコーデックは TC に戻すと設定が初期化されます。`,
        ),
  ];
  // (The release held is the last one named, perhaps the CE 9 / RoomOS models': not tied to the TC-era models, QA61 #3.)
  if (!tcKnown && tc.length && f.endpoint) out.push(tcEraModelCheck(undefined, tc));
  const all = tc.length + ce.length + (tc.length ? 0 : 1);
  if (f.tms && !pre15(f)) {
    out.push(
      all > 2
        ? L(`None of them needs it: your ${formatTms(f.tms)} can be fixed in place (TLS 1.2 available in Schannel, Communication Security = Medium-High).`, `ただし、どれも戻す必要はありません。お使いの ${formatTms(f.tms)} はそのまま修正できます（Schannel で TLS 1.2 を使える状態にし、Communication Security を Medium-High にします）。`)
        : L(`Neither needs it: your ${formatTms(f.tms)} can be fixed in place (TLS 1.2 available in Schannel, Communication Security = Medium-High).`, `ただし、どちらも戻す必要はありません。お使いの ${formatTms(f.tms)} はそのまま修正できます（Schannel で TLS 1.2 を使える状態にし、Communication Security を Medium-High にします）。`),
    );
  } else {
    out.push(MH(`So for the ${ceEn} the only way is upgrading TMS to 15.x (check the TMS and SQL Server requirements of that release), then Medium-High; that upgrade fixes the others too.`, `そのため ${ceJa} については、TMS を 15.x にアップグレードし（そのリリースの TMS と SQL Server の要件を確認してください）、Medium-High にするしかありません。このアップグレードでほかのエンドポイントも解決します。`));
  }
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One node of a redundant TMS and a level in the same clause ("the other node says Low", 「もう片方のノードは Low」). */
const NODE_LEVEL_EN =
  '(?<![a-z])(?:the\\s)?(?:(?:other|second|2nd|first|1st|primary|secondary|standby|passive|active|backup)\\s(?:tms\\s)?(?:node|server|tms)|one\\s(?:tms\\s)?node|node\\s?(?:[12ab]|one|two))(?![a-z])[^.?!]{0,40}?(?<![a-z])(?:low|medium|mediumhigh|high)(?![a-z])';
const NODE_LEVEL_JA =
  '(?:もう片方|片方の|もう一方|もう(?:一|1|ひと)台|(?:別|他|ほか|2\\s?台目|二台目|1\\s?台目|一台目)の\\s?(?:ノード|サーバ|tms)|セカンダリ|プライマリ|待機系|稼働系|片系|(?:ノード|node)\\s?[12ab]|(?<![\\d.])[12一二]\\s?号機)[^。？?]{0,30}?(?:low|medium|mediumhigh|high|ロー|ミディアム|ハイ)';

/** A level set on one node named by its host name: "I set Medium-High on tms01 only, tms02 not yet", 「tms01 だけ Medium-High に変更しました」. */
const NAMED_NODE_LEVEL_EN = `(?<![a-z])(?:low|medium|mediumhigh|high)(?![a-z])[^.?!]{0,20}?(?:(?<![a-z])(?:on|for)\\s${NODE_HOST}\\sonly|(?<![a-z])only\\s(?:on|for)\\s${NODE_HOST})(?![a-z0-9])`;
/**
 * A level set on one node named after it: "I set Medium-High on node 1, node 2 not yet" (REV24 #7). Not when both nodes are
 * named together ("on node 1 and node 2").
 */
const NODE_LEVEL_AFTER_EN =
  '(?<![a-z])(?:low|medium|mediumhigh|high)(?![a-z])[^.?!]{0,20}?(?<![a-z])(?:on|for)\\s(?:the\\s)?(?:node\\s?(?:[12ab]|one|two)|(?:first|1st|primary|active)\\s(?:tms\\s)?node|one\\s(?:tms\\s)?node)(?![a-z0-9])(?!\\s?(?:and|&|\\+|/)\\s?(?:on\\s)?(?:node|the\\sother|tms|both))';
/**
 * A level set, then the other node said not done yet: "I set Medium-High, the other node isn't done yet", "Medium-High is set but
 * not on the other node yet", 「Medium-High にしました。もう片方のノードはまだです」 (readers-c #1). Not when both nodes are named.
 */
const LEVEL_OTHER_PENDING_EN = `(?<!(?:will|'ll|going\\sto|plan\\sto|want\\sto|need\\sto|have\\sto|should|shall|let's)\\s(?:[a-z-]+\\s){0,3})(?<![a-z])(?:low|medium|mediumhigh|high)(?![a-z])(?:(?!both|each|all\\s|tomorrow|tonight|later|next)[^?!]){0,40}?(?:${OTHER_NODE_PENDING_EN})`;
const LEVEL_OTHER_PENDING_JA = `(?:low|medium|mediumhigh|high|ロー|ミディアム|ハイ)(?:(?!両方|両ノード|[2二]台とも|各ノード|どちらも|予定|つもり|明日|今夜|します(?!た))[^？?]){0,30}?(?:${OTHER_NODE_PENDING_JA})`;
const NAMED_NODE_LEVEL_JA = `(?<![a-z0-9])${NODE_HOST}\\s?(?:だけ|のみ)[^。？?]{0,20}?(?:low|medium|mediumhigh|high|ロー|ミディアム|ハイ)`;

/**
 * An endpoint certificate said expired or self-signed: "the certificate expired", "the codec's cert is self-signed", "expired
 * certificates", 「証明書の期限が切れています」「自己署名の証明書です」. Not "no expired certificates", 「期限切れではありません」.
 */
const CERT_SAID_EN =
  "(?<![a-z])(?<!(?:no|not|non)\\s)(?<!tms(?:'s)?\\s(?:server(?:'s)?\\s)?(?:(?:uses?|has|have)\\s)?(?:an?\\s|its\\s)?(?:own\\s)?)(?:certs?|certificates?)(?:\\s(?:on|of|for)\\s[^.?!]{0,30}?)?\\s(?:(?:has|have|is|are|was|were)\\s(?:all\\s|now\\s|already\\s|just\\s)?)?(?:expired|self[\\s-]?signed|out\\sof\\sdate)(?![a-z])|(?<![a-z])(?<!(?:no|not|non|any)\\s)(?<!tms(?:'s)?\\s(?:server(?:'s)?\\s)?(?:(?:uses?|has|have)\\s)?(?:an?\\s|its\\s)?(?:own\\s)?)(?:expired|self[\\s-]?signed)\\s(?:certs?|certificates?)(?![a-z])";
// (「証明書の期限は切れていません」「切れてはいない」: negated, nothing said expired; rev26 #8.)
const CERT_SAID_JA = '証明書[^。？?]{0,10}(?:期限切れ|期限が切れ|切れて|有効期限切れ)(?!では|じゃ|ではない|て?は?い?(?:ない|ません))|期限切れの\\s?証明書|自己署名(?:の)?\\s?証明書(?!では|じゃ)';
const CERT_SAID = new RegExp(`${CERT_SAID_EN}|${CERT_SAID_JA}`, 'i');
/** The TMS server's own certificate ("the TMS server certificate expired", 「TMS サーバの証明書」), no endpoint named: not an endpoint's. */
// ("the SQL certificate expired", 「SQL の証明書」: the certificate of the SQL Server TMS uses, not an endpoint's; rev26 #8.)
const CERT_OF_TMS_SAID = /^(?![^]*(?:codec|endpoint|device|system|sx\d|mx\d|room|コーデック|エンドポイント|端末))[^]*(?:(?<![a-z])(?:tms|server|sql|sql\sserver|database|db)(?:'s)?\s(?:server(?:'s)?\s)?(?:own\s)?(?:ssl\s|tls\s|web\s|iis\s)?cert|(?:tms|サーバ|sql|データベース)[^。]{0,6}の\s?証明書)/i;

/**
 * SQL Server's certificate: one pattern set (rev29 #6), for the sql-certificate entry (named, said expired or self-signed) and
 * for the certificates entry (which leaves a SQL certificate to it). An endpoint named in the same clause ("the SX80 and SQL
 * certificates expired") keeps it the endpoint's; one named elsewhere in the message ("SX80 on CE 9.15, level Medium. The SQL
 * certificate expired", rev29 #3) does not. A clause ends at . ! ? ; , 、 。 or a line break (not at the dot of "9.15").
 */
const SQL_CERT_CLAUSE = "(?:^|[!?;,\\n、。？！]|\\.(?!\\d))\\s*";
const SQL_CERT_IN_CLAUSE = "(?:[^.!?;,\\n、。？！]|\\.(?=\\d))";
const SQL_CERT_NO_ENDPOINT_EN = `${SQL_CERT_CLAUSE}(?!${SQL_CERT_IN_CLAUSE}*(?:codec|endpoint|device|system|sx\\d|mx\\d|room))${SQL_CERT_IN_CLAUSE}*?`;
const SQL_CERT_NO_ENDPOINT_JA = `${SQL_CERT_CLAUSE}(?!${SQL_CERT_IN_CLAUSE}*(?:コーデック|エンドポイント|端末|sx\\d|mx\\d))${SQL_CERT_IN_CLAUSE}*?`;
const SQL_CERT_NAME_EN = "(?<![a-z])(?:ms\\s?)?(?:sql|sql\\sserver|database|db)(?:'s)?\\s(?:server(?:'s)?\\s)?(?:ssl\\s|tls\\s)?(?:certs?|certificates?)(?![a-z])";
/** SQL Server's certificate named ("the SQL certificate", "SQL Server's cert", 「SQL の証明書」), no endpoint in its clause (readers-d #8). */
const SQL_CERT_EN = `${SQL_CERT_NO_ENDPOINT_EN}${SQL_CERT_NAME_EN}`;
const SQL_CERT_JA = `${SQL_CERT_NO_ENDPOINT_JA}(?:sql|データベース)[^。、,]{0,10}の\\s?証明書`;
/** …said expired or self-signed: "The SQL certificate expired", "SQL Server's cert has expired", 「SQL の証明書が期限切れです」. */
const SQL_CERT_SAID_EN =
  `${SQL_CERT_NO_ENDPOINT_EN}(?:${SQL_CERT_NAME_EN}\\s(?:(?:has|have|is|was)\\s(?:just\\s|already\\s|now\\s)?)?(?:expired|self[\\s-]?signed|out\\sof\\sdate)(?![a-z])|(?<![a-z])(?:expired|self[\\s-]?signed)\\s(?:ms\\s?)?(?:sql|sql\\sserver|database|db)(?:\\sserver)?\\s(?:certs?|certificates?)(?![a-z]))`;
const SQL_CERT_SAID_JA =
  `${SQL_CERT_JA}[^。？?]{0,10}(?:期限切れ|期限が切れ|切れて|有効期限切れ)(?!では|じゃ|ではない|て?は?い?(?:ない|ません))`;
/** A SQL Server certificate named (the same set): the certificates entry leaves such a statement alone (rev26 #8). */
const CERT_OF_SQL_SAID = new RegExp(`${SQL_CERT_EN}|${SQL_CERT_JA}`, 'i');

/**
 * The answer when an endpoint's certificate is said expired or self-signed (knowledge: "Levels other than Medium and
 * Medium-High": only High adds certificate validation of managed systems, from the admin guide, said as "check"; the
 * revocation check fails HTTPS at any level when the CRL point is unreachable).
 */
function certSaidAnswer(f: Facts): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (f.level === 'high') {
    out.push(
      L(
        'You are at High, and High is the level that adds certificate validation of the managed systems (per Cisco\'s TMS Administrator Guide; check exactly what it validates there). So an expired or self-signed certificate on an endpoint can make HTTPS to it fail even when TLS 1.2 is offered: check that endpoint\'s certificate (its expiry date and issuer) and have it renewed.',
        '現在のレベルは High です。High は管理対象システムの証明書の検証を加えるレベルです（Cisco の TMS 管理者ガイドによる。何を検証するかはガイドで確認してください）。そのため、エンドポイントの証明書が期限切れや自己署名だと、TLS 1.2 を提示していてもそのエンドポイントへの HTTPS が失敗することがあります。そのエンドポイントの証明書（有効期限と発行者）を確認し、更新してください。',
      ),
    );
  } else {
    const at = f.level === 'medium' || f.level === 'medium-high' || f.level === 'low' ? formatLevel(f.level) : null;
    out.push(
      L(
        `An expired or self-signed endpoint certificate is most likely not what causes "No HTTPS response" ${at ? `at ${at}` : 'at Medium (the default) or Medium-High'}: per Cisco's TMS Administrator Guide (check it there), only the level High adds validation of the managed systems' certificates. It will matter if TMS is ever set to High, so have that certificate renewed before anyone raises the level that far.`,
        `エンドポイントの証明書が期限切れや自己署名でも、${at ? `${at} では` : 'Medium（既定）や Medium-High では'}「No HTTPS response」の原因である可能性は低いです。Cisco の TMS 管理者ガイドによれば（ガイドで確認してください）、管理対象システムの証明書の検証を加えるのはレベル High だけです。将来 High にすると影響するので、そこまで上げる前にその証明書を更新してください。`,
      ),
    );
    if (!pre15(f) && diagnose(f).findings.some((x) => x.code === 'tms-medium-tls10-only')) {
      out.push(MH('For your versions the TLS version is the cause: the endpoint resets the connection right after TMS\'s TLS 1.0 ClientHello, before it sends any certificate. The fix is for that: TLS 1.2 available in Schannel, Communication Security = Medium-High.', 'お使いのバージョンでは、原因は TLS のバージョンです。エンドポイントは TMS の TLS 1.0 の ClientHello の直後、証明書を送る前に接続をリセットします。対処はそのためのものです（Schannel で TLS 1.2 を使える状態にし、Communication Security を Medium-High にする）。'));
    }
  }
  out.push(
    L('One certificate setting matters at any level: with "Enable Certificate Revocation Check" on in TMS Tools, HTTPS fails when the CRL distribution point cannot be reached, even at TLS 1.2. Check whether it is on and whether the TMS server can reach the CRL point.', '証明書に関する設定で、レベルに関係なく効くものが 1 つあります。TMS ツールで「Enable Certificate Revocation Check」が有効だと、CRL 配布ポイントに到達できない場合、TLS 1.2 でも HTTPS が失敗します。有効かどうか、TMS サーバから CRL 配布ポイントに到達できるかを確認してください。'),
    L('A capture on the TMS server tells the cases apart: a reset right after the ClientHello is the TLS version; a handshake that gets as far as the endpoint\'s certificate and then stops points at the certificate or the revocation check. Probing an endpoint also shows its certificate (self-signed, expiry date).', 'TMS サーバでキャプチャを取ると見分けられます。ClientHello の直後のリセットなら TLS のバージョンが原因で、エンドポイントの証明書まで進んでから止まるなら、証明書か失効確認が原因です。エンドポイントをプローブすると、その証明書（自己署名かどうか、有効期限）も分かります。'),
  );
  return out;
}

/**
 * "the other node says Low": Communication Security is set per node, so one node's level is not
 * recorded for the whole TMS; both nodes go to Medium-High, registry keys checked on each
 * (knowledge.md: "the registry and TMS Tools changes are needed on both nodes, or a failover brings
 * the error back"). Low offering no TLS 1.2 comes from the admin guide: said as a check.
 */
function nodeLevelsAnswer(f: Facts, text: string): LocalizedText[] {
  const levels = oneNodeLevels(text);
  const said = levels.length === 1 ? levels[0] : null;
  const out: LocalizedText[] = [];
  if (levels.length > 1) {
    const named = levels.map(formatLevel);
    out.push(
      L(
        `So the nodes are not set the same (${joinAnd(named)}). Communication Security is set per node in TMS Tools, so I do not take one node's level as the level of the whole TMS.`,
        `つまり、ノードごとに設定が違います（${named.join('、')}）。[Communication Security] は TMS ツールでノードごとに設定するため、片方のノードのレベルを TMS 全体のレベルとしては扱いません。`,
      ),
    );
  } else if (said) {
    const other = f.level && f.level !== said ? f.level : null;
    out.push(
      L(
        `So the nodes are not set the same: one is at ${formatLevel(said)}${other ? `, while I had ${formatLevel(other)} from before` : ''}. Communication Security is set per node in TMS Tools, so I do not take one node's level as the level of the whole TMS.`,
        `つまり、ノードごとに設定が違います（片方は ${formatLevel(said)}${other ? `。これまでは ${formatLevel(other)} とお聞きしていました` : ''}）。[Communication Security] は TMS ツールでノードごとに設定するため、片方のノードのレベルを TMS 全体のレベルとしては扱いません。`,
      ),
    );
  }
  out.push(
    MH(
      'Both nodes must end up at Medium-High: set Communication Security to Medium-High in TMS Tools on each node, and check the TLS 1.2 registry keys on each node too (each server has its own Schannel settings). A node left at Medium offers only TLS 1.0, and per Cisco\'s TMS Administrator Guide Low does not offer TLS 1.2 either (check the guide). A failover to a node left below Medium-High brings "No HTTPS response" back.',
      '最終的に両方のノードを Medium-High にする必要があります。各ノードの TMS ツールで [Communication Security] を Medium-High にし、TLS 1.2 のレジストリ キーも各ノードで確認してください（Schannel の設定はサーバごとに別です）。Medium のままのノードは TLS 1.0 しか提示しません。Cisco の TMS アドミニストレータ ガイドによれば Low も TLS 1.2 を提示しません（ガイドで確認してください）。Medium-High 未満のノードにフェイルオーバーすると、「No HTTPS response」が再発します。',
    ),
  );
  const below = [...levels, f.level].filter((x): x is NonNullable<Facts['level']> => !!x && x !== 'medium-high' && x !== 'high');
  if (below.length || levels.length === 0) {
    const from = below.length ? [...new Set(below)].map(formatLevel).join(' / ') : 'Medium';
    out.push(
      L(
        `On each node you raise from ${from} to Medium-High, Telnet and SNMP go off: check first which managed systems depend on them (see the Telnet/SNMP caveat).`,
        `${from} から Medium-High に上げるノードでは、Telnet と SNMP が無効になります。先に、それらに依存している管理対象がないか確認してください（Telnet と SNMP に関する注意を参照）。`,
      ),
    );
  }
  const done = levels.find((x) => x === 'medium-high' || x === 'high');
  if (done) out.push(L(`The node at ${formatLevel(done)} needs no change in TMS Tools; the other one does.`, `${formatLevel(done)} のノードは TMS ツールでの変更は不要ですが、もう片方は変更が必要です。`));
  return out;
}

/**
 * "Can they roll back the codecs?" after "upgraded … from TC7.3.3 to ce9.12.3": the hardware ran TC, so
 * the downgrade exists (knowledge: only for hardware that runs TC), as a stopgap, and CE to TC resets the
 * configuration. On TMS 15+ it is not needed: the fix in place is the way.
 */
function downgradeRanTc(f: Facts): LocalizedText[] {
  const models = (f.endpointModels ?? []).filter((m) => !isCeOnlyModel(m)).slice(0, 6);
  const en = models.length ? `the ${joinAnd(models)}` : 'these endpoints';
  const ja = models.length ? models.join('、') : 'これらのエンドポイント';
  const out = [
    L(
      `Yes, ${en} can go back: you say they ran TC before the upgrade, so the hardware runs TC, and TC 7.3.3 still accepts TLS 1.0. But only as a stopgap: going from CE back to TC resets their configuration (note it down first), and it leaves them on an old release.`,
      `はい、${ja} は戻せます。アップグレード前に TC で動いていたとのことなので、ハードウェアは TC を動かせます。TC 7.3.3 は TLS 1.0 を受け付けます。ただし暫定策です。CE から TC に戻すと設定が初期化され（事前に控えておいてください）、古いリリースのまま使い続けることになります。`,
    ),
  ];
  if (f.tms && !pre15(f)) {
    out.push(MH(`It is not needed, though: your ${formatTms(f.tms)} can be fixed in place (TLS 1.2 available in Schannel, Communication Security = Medium-High), with nothing to do on the endpoints.`, `なお、お使いの ${formatTms(f.tms)} はそのまま修正できるため（Schannel で TLS 1.2 を使える状態にし、Communication Security を Medium-High にします）、戻す必要はなく、エンドポイント側の作業も不要です。`));
  } else if (f.tms) {
    out.push(L(`With ${formatTms(f.tms)} (before 15) it is the only stopgap; the real fix is upgrading TMS to 15.x, then Medium-High.`, `${formatTms(f.tms)}（15 より前）では、これが唯一の暫定策です。本当の解決策は TMS を 15.x にアップグレードし、Medium-High にすることです。`));
  } else {
    out.push(L('From TMS 15 on it is not needed: TMS can be fixed in place (Communication Security = Medium-High). Which TMS version runs decides it.', 'TMS 15 以降なら、その必要はありません。TMS 側でそのまま修正できます（Communication Security を Medium-High にします）。TMS のバージョンで決まります。'));
  }
  return out;
}

/** "…so we went back to Medium", "we reverted", 「Medium に戻しました」: Medium-High was tried and undone. */
const WENT_BACK = /(?<![a-z])(?:went|go(?:ne)?|switched|changed|set\sit|moved)\sback(?![a-z])|(?<![a-z])(?:revert(?:ed)?|rolled\sback|undid|undo)(?![a-z])|back\sto\s(?:medium|low)(?![a-z-])|(?:medium|low|元)\s?に戻し|戻しました|切り戻し/i;

/**
 * Medium-High was tried, broke systems managed over Telnet/SNMP (an HDX), and was undone: that is the
 * known trade-off (knowledge: Medium-High turns Telnet and SNMP off), and at Medium the endpoints stay
 * unreachable over HTTPS. No level keeps both; the choices are the ones the sources give.
 */
export function wentBackAnswer(f: Facts, text: string): LocalizedText[] {
  const said = [...new Set([...telnetSystemsIn(text), ...(f.telnetSystems ?? [])])].slice(0, 4);
  const named = said.length ? said : null;
  const en = named ? joinAnd(named) : 'the systems managed over Telnet or SNMP';
  const ja = named ? named.join('、') : 'Telnet や SNMP で管理しているシステム';
  if (pre15(f)) return [PRE15_NOTE];
  const from = f.level === 'low' ? 'Low' : 'Medium';
  return [
    L(
      `That is the known trade-off, not something that went wrong: raising Communication Security to Medium-High turns Telnet and SNMP off in TMS (\`${SERVICES.snmp}\` stops), so ${en} showed "Security violation: Telnet communication is not allowed". But back at ${from}, TMS offers only TLS 1.0, and endpoints from TC 7.3.6 and CE 8.1.0 on refuse it: no level keeps both working.`,
      `それは既知のトレードオフで、手順の失敗ではありません。[Communication Security] を Medium-High に上げると TMS の Telnet と SNMP が無効になり（\`${SERVICES.snmp}\` が停止します）、${ja} に「Security violation: Telnet communication is not allowed」が表示されます。一方、${from} に戻すと TMS は TLS 1.0 しか提示せず、TC 7.3.6 と CE 8.1.0 以降のエンドポイントはそれを拒否します。両方を動かせるレベルはありません。`,
    ),
    L(
      `The choices: (1) go to Medium-High and decide for ${named ? (named.length === 1 ? 'it' : 'each of them') : 'each such system'}: replace it, manage it differently (MCUs and similar can be added as "Non-SNMP"), or accept losing it in TMS; (2) stay at ${from} and, as a stopgap, move codecs whose hardware runs TC back to TC 7.3.3 (not hardware introduced with CE 9 or RoomOS; going from CE to TC resets the configuration). Only (1) fixes the endpoints for good.`,
      `選択肢は次のとおりです。(1) Medium-High にしたうえで、${named ? `${ja} について` : 'そうしたシステムそれぞれについて'}、置き換える、別の方法で管理する（MCU などは [Non-SNMP] として追加できます）、または TMS での管理をあきらめる、のいずれかを決める。(2) ${from} のままにして、暫定策として、TC を動かせるハードウェアのコーデックを TC 7.3.3 に戻す（CE 9 や RoomOS で登場したハードウェアは不可で、CE から TC に戻すと設定が初期化されます）。エンドポイントを恒久的に直せるのは (1) だけです。`,
    ),
  ];
}

/**
 * "can we keep them?", "can we keep using the MXPs?", "any way to keep the HDX in TMS?", 「残せますか」「使い続けられる？」
 * (on the normalised question).
 */
export const KEEP_TELNET =
  /(?<![a-z])(?:(?:keep|retain)\s(?:them|it|those|these|the|our|all|using|managing|polycoms?|hdxs?|mxps?)|still\s(?:use|manage)|continue\s(?:to\s(?:use|manage)|using|managing)|hold\son\sto)(?![a-z])|残せ|残す|残し|使い続け|管理し続け|そのまま(?:使|管理)/;

/**
 * Keeping systems that TMS manages over Telnet/SNMP (knowledge.md, Caveats - Telnet and SNMP): at Medium-High TMS turns
 * both off and no setting keeps them; staying at Medium leaves the TC 7.3.6+/CE 8.1+ endpoints failing. The choices.
 */
/** At Medium-High or above, with systems already showing the security violation: the choices now (knowledge.md §Caveats). */
function telnetLostNowChoices(): LocalizedText {
  return L(
    'What you can do now, for each such system: replace it, manage it another way, or accept that TMS no longer manages it. Going back to Medium turns Telnet and SNMP on again, but TMS then offers only TLS 1.0, and the endpoints from TC 7.3.6 and CE 8.1.0 on show "No HTTPS response" again: that is no way out. The "Security violation" message is no sign that the TLS fix failed.',
    '今できることは、そうしたシステムごとに、置き換える、別の方法で管理する、TMS での管理をあきらめる、のいずれかです。Medium に戻すと Telnet と SNMP は再び有効になりますが、TMS は TLS 1.0 しか提示しなくなり、TC 7.3.6 以降と CE 8.1.0 以降のエンドポイントに再び「No HTTPS response」が表示されます。解決策にはなりません。「Security violation」のメッセージは、TLS の修正が失敗したことを示すものではありません。',
  );
}

function keepTelnetAnswer(f: Facts): LocalizedText[] {
  const named = (f.telnetSystems ?? []).slice(0, 4);
  const one = named.length === 1;
  const en = named.length ? joinAnd(named) : 'systems managed over Telnet or SNMP';
  const ja = named.length ? named.join('、') : 'Telnet や SNMP で管理しているシステム';
  const how = telnetViaLabel(f.telnetVia, L('Telnet or SNMP', 'Telnet や SNMP'));
  if (pre15(f)) {
    return [
      L(
        `For now nothing changes for ${en}: ${formatTms(f.tms!)} has no Communication Security setting to raise. This becomes a question after the upgrade to TMS 15.x, where the fix is Medium-High: from then on TMS turns Telnet and SNMP off, and I know of no setting that keeps them on at that level. Decide before that upgrade: replace ${one ? 'it' : 'them'}, manage ${one ? 'it' : 'them'} another way, or accept that TMS no longer manages ${one ? 'it' : 'them'}.`,
        `今のところ ${ja} には何も変わりません。${formatTms(f.tms!)} には上げるべき [Communication Security] の設定がないためです。問題になるのは TMS を 15.x にアップグレードしたあとで、そこでの修正は Medium-High です。そうなると TMS は Telnet と SNMP を無効にし、私の知る限り、それらを有効のままにする設定はありません。アップグレードの前に、置き換える、別の方法で管理する、TMS での管理をあきらめる、のどれにするか決めてください。`,
      ),
    ];
  }
  return [
    L(
      `Not managed by TMS over ${how.en}, no. From Medium-High on, TMS turns Telnet and SNMP off (\`${SERVICES.snmp}\` stops), and I know of no setting that keeps them on at that level: ${en} ${one ? 'shows' : 'show'} "Security violation: Telnet communication is not allowed" and a "TMS Connection Error" ticket. Staying at ${f.level === 'low' ? 'Low' : 'Medium'} to keep ${one ? 'it' : 'them'} is no way out either: there TMS does not offer TLS 1.2, and the endpoints from TC 7.3.6 and CE 8.1.0 on keep showing "No HTTPS response".`,
      `${how.ja} での TMS による管理は続けられません。Medium-High 以上では TMS は Telnet と SNMP を無効にし（\`${SERVICES.snmp}\` が停止します）、私の知る限り、そのレベルで有効のままにする設定はありません。${ja} には「Security violation: Telnet communication is not allowed」が表示され、「TMS Connection Error」のチケットが作成されます。${one ? 'それ' : 'それら'}を残すために ${f.level === 'low' ? 'Low' : 'Medium'} のままにするのも解決になりません。その場合 TMS は TLS 1.2 を提示せず、TC 7.3.6 以降と CE 8.1.0 以降のエンドポイントは「No HTTPS response」のままです。`,
    ),
    L(
      `So the choice is for ${named.length ? (one ? 'it' : 'each of them') : 'each such system'}: replace it, manage it another way, or accept that TMS no longer manages it. Decide before the change. With SNMP off, TMS also stops discovering systems: MCUs and similar must then be added as "Non-SNMP".`,
      `そのため、${named.length ? `${ja} について` : 'そうしたシステムそれぞれについて'}、置き換える、別の方法で管理する、TMS での管理をあきらめる、のどれにするかを、変更の前に決めておいてください。SNMP が無効になると TMS はシステムの自動検出も行わなくなり、MCU などは [Non-SNMP] として追加する必要があります。`,
    ),
  ];
}

/**
 * "How long does the SP4 upgrade take?" (knowledge.md, SQL Server 2012 caveat): no duration in the sources; the upgrade is a
 * SQL change of its own, with its own window, a backup first, a check against TMS's SQL requirements, before the TLS change.
 */
/**
 * "is it safe to go to SP4?", 「SP4にするのは大丈夫？」 (QA round 22 C3): not "is SP4 enough" but the SQL change's own
 * caveats (knowledge.md, SQL Server 2012 caveat): its own window, the TMS databases backed up, the service pack checked
 * against TMS's SQL requirements, done before the TLS change. Whether the target has TLS 1.2 is said only from the build table.
 */
function sqlUpgradeSafeAnswer(f: Facts, text: string): LocalizedText[] {
  const sp = /(?<![a-z])sp\s?(\d)(?!\d)/i.exec(nfkc(text));
  const target = f.sql && sp ? { ...f.sql, sp: Number(sp[1]), cu: null, build: null } : null;
  const tls12 = target && ['has-tls12', 'nothing-needed'].includes(sqlTlsStatus(target).kind);
  const out: LocalizedText[] = [];
  if (target && tls12) {
    const name = formatSql(target);
    out.push(L(`${name} has TLS 1.2 support, which this fix needs on the TMS server's SQL Server.`, `${name} は TLS 1.2 に対応しています（今回の修正で TMS サーバ上の SQL Server に必要な条件です）。`));
  }
  out.push(
    L(
      `Whether the upgrade is safe for your TMS is not something I can settle from here; what makes it safe is how it is done. Treat it as a SQL Server change of its own, in its own maintenance window, not as part of the TLS fix: TMS cannot work while its SQL Server is stopped.`,
      `お使いの TMS でアップグレードが安全かどうかは、ここからは判断できません。安全に行えるかは進め方で決まります。TLS の修正の一部としてではなく、専用のメンテナンス時間を取った SQL Server 自体の変更として扱ってください。SQL Server が止まっている間は TMS も動きません。`,
    ),
    ...sqlUpgradeDurationAnswer(f).slice(1),
  );
  return out;
}

function sqlUpgradeDurationAnswer(f: Facts): LocalizedText[] {
  const name = f.sql ? formatSql(f.sql) : 'SQL Server';
  const st = f.sql ? sqlTlsStatus(f.sql) : null;
  const out = [
    L(
      `I cannot give you a duration for the SQL Server service-pack upgrade: my sources do not say how long it takes. Plan it as a SQL change of its own, with its own window, not as part of the TLS fix's short restart: TMS cannot work while its SQL Server is stopped, so TMS is down for as long as the upgrade runs.`,
      `SQL Server のサービス パック適用にかかる時間はお答えできません。手元の資料には所要時間の記載がありません。TLS の修正での短い再起動の一部としてではなく、専用の作業枠を取った SQL の変更として計画してください。SQL Server が止まっている間は TMS も動かないため、適用中はずっと TMS が停止します。`,
    ),
    L(
      `Before it: back up the TMS databases, and check that the service pack is one TMS supports (Cisco's SQL requirements for your TMS release). Do it before the TLS change, then the TLS part as planned.`,
      `事前に TMS のデータベースをバックアップし、そのサービス パックがお使いの TMS リリースでサポートされているか（Cisco の SQL 要件）を確認してください。TLS の変更より前に行い、そのあと TLS の作業を予定どおり進めます。`,
    ),
  ];
  if (st && ['has-tls12', 'nothing-needed'].includes(st.kind)) {
    out.push(L(`For this fix, though, ${name} already has TLS 1.2 support: the TLS change does not need a SQL upgrade.`, `ただし今回の修正に関しては、${name} はすでに TLS 1.2 に対応しているため、TLS の変更のために SQL をアップグレードする必要はありません。`));
  } else if (f.sqlLocation === 'remote') {
    out.push(L('You said SQL runs on another machine: the TMS server\'s Schannel change does not touch it, so the TLS fix does not wait on this upgrade.', 'SQL は別のマシンで動いているとのことなので、TMS サーバの Schannel の変更は影響しません。TLS の修正がこのアップグレードを待つ必要はありません。'));
  }
  return out;
}

/** The products as the catalogue's recognisers spell them (NFKC-lower-cased text). */
const PRODUCT_RE =
  '(?:(?:cisco\\s|telepresence\\s)?conductor|expressway(?:-?[ce])?|vcs(?:-?[ce])?|cms|(?:cisco\\s)?meeting\\sserver|acano|telepresence\\sserver|tps|コンダクター|エクスプレスウェイ|ミーティング\\s?サーバー?)s?';

/**
 * "Is Conductor affected too?": yes, per the sources such products managed by TMS meet the same wall;
 * from which release they do not say (only Meeting Server 2.3+ is settled). Answered, not recorded.
 */
function otherProductAnswer(f: Facts, text: string): LocalizedText[] {
  const asked = text.split(/(?<=[?？])/).filter((x) => /[?？]|(?:か|の)[。\s]*$/.test(x));
  let ids = detectOtherProducts(asked.join(' '));
  if (!ids.length) ids = detectOtherProducts(text);
  // "same fix?" with the products said before (QA63 #15): the ones the conversation holds.
  if (!ids.length && f.otherProducts?.length) ids = OTHER_PRODUCT_IDS.filter((id) => f.otherProducts!.includes(id));
  const names = ids.map((id) => OTHER_PRODUCTS[id].name);
  const en = names.length ? joinAnd(names) : 'these products';
  const ja = names.length ? names.join('、') : 'これらの製品';
  const one = names.length === 1;
  const out = [
    L(
      `Yes, as far as the sources go: they say that ${en}, managed by TMS over HTTPS, ${one ? 'meets' : 'meet'} the same wall as the endpoints. TMS polls ${one ? 'it' : 'them'} as it polls endpoints, and at Medium it offers only TLS 1.0.`,
      `資料の範囲では、はい。TMS が HTTPS で管理する ${ja} も、エンドポイントと同じ問題に当たるとされています。TMS はエンドポイントと同じように ${ja} をポーリングし、Medium では TLS 1.0 しか提示しないためです。`,
    ),
  ];
  const others = ids.filter((id) => id !== 'meeting-server');
  if (ids.includes('meeting-server')) {
    out.push(L('For Meeting Server they are precise: from release 2.3 on it requires TLS 1.2 on its API. About earlier releases they say nothing.', 'Meeting Server については具体的で、2.3 以降は API で TLS 1.2 が必須です。それより前のリリースについては記載がありません。'));
  }
  if (others.length || !ids.length) {
    const list = others.length ? joinAnd(others.map((id) => OTHER_PRODUCTS[id].name)) : en;
    const listJa = others.length ? others.map((id) => OTHER_PRODUCTS[id].name).join('、') : ja;
    out.push(
      L(
        `From which release of ${list} on TLS 1.0 is refused, they do not say: check its release notes or its TLS settings, or probe its HTTPS port to see which TLS versions it accepts.`,
        `${listJa} のどのリリースから TLS 1.0 が拒否されるのかは、資料には記載がありません。リリース ノートや TLS の設定を確認するか、HTTPS ポートをプローブして、どの TLS バージョンを受け付けるかを確認してください。`,
      ),
    );
  }
  if (pre15(f)) {
    out.push(L(`With ${formatTms(f.tms!)} (before 15), TMS offers only TLS 1.0 whatever the registry says, so the way out for such products is the same as for endpoints: upgrading TMS to 15.x.`, `${formatTms(f.tms!)}（15 より前）は、レジストリの設定に関係なく TLS 1.0 しか提示しないため、こうした製品についても、エンドポイントと同じく TMS を 15.x にアップグレードするしかありません。`));
  } else if (atMediumHighOrAbove(f)) {
    out.push(L(`At ${formatLevel(f.level!)} TMS already offers TLS 1.2, so a product that still fails is checked like an endpoint that still fails: the Windows side, then what a capture shows.`, `${formatLevel(f.level!)} の TMS はすでに TLS 1.2 を提示するため、それでも失敗する製品は、失敗し続けるエンドポイントと同じように確認します。まず Windows 側、次にキャプチャの内容です。`));
  } else {
    out.push(L('The fix the sources give is on the TMS server and is the same one as for endpoints (TLS 1.2 available in Schannel, Communication Security = Medium-High), with the same cautions: Telnet and SNMP go off at Medium-High.', '資料にある修正は TMS サーバ側で、エンドポイントの場合と同じものです（Schannel で TLS 1.2 を使える状態にし、Communication Security を Medium-High にします）。注意点も同じで、Medium-High にすると Telnet と SNMP は無効になります。'));
  }
  // (Not when every product asked about is one the user reported before: "same fix?" after "our Meeting Server shows errors too".)
  if (!ids.length || ids.some((id) => !f.otherProducts?.includes(id))) out.push(L('I have not counted it as failing: if TMS shows "No HTTPS response" for it, say so and I will take it into account.', 'この製品は失敗しているシステムとしては扱っていません。TMS で「No HTTPS response」と表示されている場合は、そう伝えてください。回答に反映します。'));
  return out;
}

/** The answer to "what happens to calls in progress?": the knowledge does not say; what it does say, and what to check. */
function callsAnswer(f: Facts): LocalizedText[] {
  const out = [
    L(
      'My sources do not say whether calls in progress are affected, so I cannot promise you either way.',
      '進行中の通話に影響があるかどうかは、手元の資料には記載がありません。そのため、影響がある・ないのどちらともお約束できません。',
    ),
  ];
  if (diagnose(f).affected === 'no') {
    out.push(L('For the versions you gave this is not the TLS 1.0 problem, so none of these changes is needed in the first place.', 'お伝えいただいたバージョンでは TLS 1.0 の問題ではないため、そもそもこれらの変更は不要です。'));
    return out;
  }
  if (pre15(f)) {
    out.push(
      L(
        `What they do say: with ${formatTms(f.tms!)} (before 15) the way out is upgrading TMS to 15.x, a change with its own plan, or downgrading the endpoints that can run TC to TC 7.3.3, which is work on the endpoints themselves: plan either outside your calls.`,
        `資料から言えること：${formatTms(f.tms!)}（15 より前）では、独自の計画が必要な TMS の 15.x へのアップグレードか、TC を動かせるエンドポイントの TC 7.3.3 へのダウングレードしかなく、後者はエンドポイント自体の作業です。どちらも通話のない時間帯に計画してください。`,
      ),
    );
    return out;
  }
  out.push(
    L(
      'What they do say: nothing changes or restarts on the endpoints themselves; the work is on the TMS server. While IIS and the TMS services restart (or the server reboots, if registry keys change), the TMS web interface and TMS\'s connections to the managed systems are interrupted.',
      '資料から言えること：エンドポイント側では何も変更せず、再起動もしません。作業は TMS サーバ側だけです。IIS と TMS のサービスを再起動している間（レジストリのキーを変更した場合はサーバの再起動中も）、TMS の Web インターフェイスと、管理対象システムへの TMS の接続が止まります。',
    ),
    L(
      'What to check: whether anything TMS does for your calls falls in that window (for example conferences that TMS books or launches). Pick a time with none booked, or check Cisco\'s TMS documentation for what your deployment relies on TMS for during a call.',
      '確認すべきこと：その時間帯に TMS が通話のために行う処理（TMS で予約・開始する会議など）がないかどうかです。予約の入っていない時間帯を選ぶか、お使いの構成で通話中に TMS が何を担っているかを Cisco の TMS のドキュメントで確認してください。',
    ),
  );
  return out;
}

/** What this SQL Server needs before the TLS change, in one sentence (sqlTlsStatus: knowledge.md's SQL caveats). */
function sqlVerdict(sql: NonNullable<Facts['sql']>): LocalizedText {
  const name = formatSql(sql);
  const k = sqlTlsStatus(sql).kind;
  return k === 'nothing-needed' || k === 'has-tls12'
    ? L(`${name} already supports TLS 1.2: nothing to do for it.`, `${name} はすでに TLS 1.2 に対応しているため、対応は不要です。`)
    : k === 'keep-tls10'
      ? L(`${name}: TLS 1.0 must be enabled and stay enabled on this server; do not change SSL 3.0 as part of this fix.`, `${name}：このサーバでは TLS 1.0 が有効で、有効のままである必要があります。SSL 3.0 はこの修正の一部として変更しないでください。`)
      : k === 'upgrade-service-pack'
        ? L(`${name}: upgrade it to a service pack with TLS 1.2 support before any TLS change.`, `${name}：TLS の設定を変更する前に、TLS 1.2 対応のサービス パックにアップグレードしてください。`)
        : k === 'install-update'
          ? L(`${name}: install the TLS 1.2 update (KB3052404) before any TLS change.`, `${name}：TLS の設定を変更する前に、TLS 1.2 更新プログラム（KB3052404）を適用してください。`)
          : L(`${name}: check its exact build with \`SELECT @@VERSION\` before any TLS change.`, `${name}：TLS の設定を変更する前に、\`SELECT @@VERSION\` で正確なビルドを確認してください。`);
}

/** Telnet/SNMP systems lost after Medium-High, said in a rollback question (QA51 #6). */
const TELNET_LOSS = /telnet|snmp|security\sviolation|polycom|(?<![a-z])(?:hdx|mxp)s?(?![a-z])|管理できな/i;

/**
 * Rolling back because systems managed over Telnet/SNMP were lost (QA51 #6): the level alone (knowledge.md, Caveats: Telnet and
 * SNMP depend on Communication Security); the Schannel keys stay, no reboot for them (knowledge.md, Fix 4); going back brings
 * "No HTTPS response" back; the real decision is the one the caveat names.
 */
function telnetRollback(f: Facts): LocalizedText[] {
  const was = f.level && f.level !== 'medium-high' && f.level !== 'high' ? formatLevel(f.level) : 'Medium';
  return [
    L(
      `For Telnet and SNMP only the level matters: in TMS Tools set Communication Security back to the level it had (${was}, unless it was something else before) and restart IIS and the TMS services; then check that \`TMSSNMPService\` runs again. The Schannel keys have nothing to do with Telnet or SNMP: leave the TLS 1.2 keys as they are, and do not reboot for them (that would be an outage for nothing).`,
      `Telnet と SNMP に関係するのはレベルだけです。TMS ツールで [Communication Security] を元のレベル（それ以前に別のレベルでなければ ${was}）に戻し、IIS と TMS のサービスを再起動してから、\`TMSSNMPService\` が再び動いていることを確認してください。Schannel のキーは Telnet や SNMP とは関係ありません。TLS 1.2 のキーはそのままにし、そのための再起動もしないでください（意味のない停止になります）。`,
    ),
    L(
      'Going back is not a fix: at Medium, TMS offers only TLS 1.0 again, and the endpoints that refuse it show "No HTTPS response" again. So the real decision is about the systems that need Telnet or SNMP: replace them, manage them differently (MCUs and similar can be added as "Non-SNMP"), or accept losing them in TMS; then the level can stay at Medium-High.',
      '戻すのは解決策ではありません。Medium では TMS は再び TLS 1.0 しか提示せず、それを拒否するエンドポイントには再び「No HTTPS response」が表示されます。ですから本当に決めるべきなのは、Telnet や SNMP が必要なシステムをどうするかです。置き換える、別の方法で管理する（MCU などは [Non-SNMP] として追加できます）、または TMS での管理をあきらめる、のいずれかを選べば、レベルは Medium-High のままにできます。',
    ),
  ];
}

/**
 * "Do we have to upgrade SQL?", 「SQL の SP を上げないといけないんですか？」: yes or no for this SQL Server,
 * then why and what it involves (knowledge.md: SQL 2008 R2 keeps TLS 1.0; 2012/2014 need a TLS 1.2
 * build first, RTM/SP1 only through a service pack; 2016+ nothing; a remote SQL is not touched).
 */
function sqlUpdateAnswer(f: Facts, text = ''): LocalizedText[] {
  if (f.sqlLocation === 'remote') {
    return [
      L(
        'Not for this fix: you told me SQL Server runs on another machine, and the TMS server\'s Schannel settings do not touch it. Turning TLS 1.0 off on the TMS server later is another matter: TMS connects to that SQL Server as a client, so check first that it has TLS 1.2 support.',
        'この修正のためには不要です。SQL Server は別のマシンで動いているとのことで、TMS サーバの Schannel 設定はそのサーバに影響しません。ただし後で TMS サーバの TLS 1.0 を無効にする場合は別です。TMS はその SQL Server にクライアントとして接続するため、先に TLS 1.2 に対応しているか確認してください。',
      ),
    ];
  }
  if (!f.sql) {
    return [
      L(
        'It depends on the version and build of the SQL Server on the TMS server: 2016 and later need nothing; 2012 and 2014 need a build with TLS 1.2 support before any TLS change (2012 RTM and SP1 only through a service pack); 2008 R2 needs no update for this fix but must keep TLS 1.0. Tell me what `SELECT @@VERSION` shows and I will say which applies.',
        'TMS サーバ上の SQL Server のバージョンとビルドによります。2016 以降は対応不要です。2012 と 2014 は、TLS の設定を変更する前に TLS 1.2 対応のビルドが必要です（2012 RTM と SP1 はサービス パックでしか対応できません）。2008 R2 はこの修正のための更新は不要ですが、TLS 1.0 を残す必要があります。`SELECT @@VERSION` の結果を教えていただければ、どれに当たるかをお伝えします。',
      ),
    ];
  }
  const name = formatSql(f.sql);
  const k = sqlTlsStatus(f.sql).kind;
  const where = f.sqlLocation === 'local' ? L('', '') : L(' (if it runs on the TMS server itself; a SQL Server on another machine is not touched)', '（TMS サーバ上で動いている場合。別のマシンの SQL Server は影響を受けません）');
  if (k === 'upgrade-service-pack') {
    // "should I install KB3052404?", 「KB3052404を入れればいいですか？」: no, there is none for this release.
    // (「KB入れる必要ある？」 asks about that update too; "which KB?" / 「どのKB」 asks what to install: the service pack.)
    const kbAsked = /kb\s?3052404/i.test(text) || (/(?<![a-z])kb(?![\s-]?\d)/i.test(text) && !/(?<![a-z])(?:which|what)(?![a-z])|どの|何の|なんの/i.test(text));
    return [
      kbAsked
        ? L(
            // The answer's heading asks "does SQL need an update first?": the first word answers that (yes), and then says which (QA36 #8).
            `Yes, a service-pack upgrade first, not KB3052404: there is no KB3052404 package for ${name}${where.en}; for SQL Server 2012, Microsoft's TLS 1.2 update starts at SP2, so installing it is not the step. Upgrade SQL Server to a service pack with TLS 1.2 support first (SP4 is the simplest), then continue with the fix.`,
            `はい、先にサービス パックのアップグレードが必要です（KB3052404 ではありません）。${name} 向けの KB3052404 はありません${where.ja}（SQL Server 2012 向けの Microsoft の TLS 1.2 更新プログラムは SP2 以降にしかありません）。そのため、これを適用する作業にはなりません。まず SQL Server を TLS 1.2 対応のサービス パックにアップグレードし（SP4 が最も簡単です）、そのあとで修正の作業を続けてください。`,
          )
        : L(
        `Yes, before any TLS change${where.en}: ${name} has no TLS 1.2 package at all (Microsoft's TLS 1.2 update, KB3052404, does not exist for 2012 RTM or SP1), so the way to TLS 1.2 support is a service-pack upgrade; SP4 is the simplest.`,
        `はい、TLS の設定を変更する前に必要です${where.ja}。${name} には TLS 1.2 対応のパッケージがそもそもありません（Microsoft の TLS 1.2 更新プログラム KB3052404 は 2012 RTM と SP1 向けには提供されていません）。TLS 1.2 に対応させるにはサービス パックのアップグレードが必要で、SP4 にするのが最も簡単です。`,
      ),
      L(
        'That is a SQL Server change of its own: give it its own window, back up the databases first, and check the SQL Server versions your TMS release supports before you pick the service pack. Change the TLS settings only after it is done.',
        'これは SQL Server 自体の変更です。専用の作業時間を取り、先にデータベースをバックアップし、サービス パックを選ぶ前に、お使いの TMS リリースがサポートする SQL Server のバージョンを確認してください。TLS の設定変更は、その作業が終わってから行ってください。',
      ),
    ];
  }
  if (k === 'install-update') {
    // "so I just install KB3052404?", 「KB3052404 を入れればいいですか？」 (QA63 #17): yes, and which package, in a few words, not the
    // "needs an update first" block again; the branch is not known from the build alone, so the table is where it is read.
    const packages = /kb\s?3052404/i.test(text) ? sqlPackagesByBranch(f.sql) : null;
    if (packages) {
      return [
        L(
          `Yes, that is the update${where.en}: KB3052404 is Microsoft's TLS 1.2 update for SQL Server, installed before any TLS change. For ${name} take the package of its branch: ${packages.en}. If you are not sure which branch (GDR or CU) your build is on, Microsoft's KB3135244 lists the package for each build; afterwards \`SELECT @@VERSION\` should show that build or a later one.`,
          `はい、その更新プログラムです${where.ja}。KB3052404 は SQL Server 向けの Microsoft の TLS 1.2 更新プログラムで、TLS の設定を変更する前に適用します。${name} では、ブランチに合うパッケージを使ってください（${packages.ja}）。お使いのビルドがどちらのブランチ（GDR か CU）か分からない場合は、Microsoft の KB3135244 にビルドごとのパッケージが載っています。適用後、\`SELECT @@VERSION\` でそのビルド以降になっていることを確認してください。`,
        ),
      ];
    }
    return [
      L(
        `Yes, before any TLS change${where.en}: ${name} needs a build with TLS 1.2 support. Install Microsoft's TLS 1.2 update for its branch (KB3052404; KB3135244 lists the builds), then change the TLS settings.`,
        `はい、TLS の設定を変更する前に必要です${where.ja}。${name} には TLS 1.2 対応のビルドが必要です。そのブランチ向けの Microsoft の TLS 1.2 更新プログラム（KB3052404。ビルドの一覧は KB3135244）を適用してから、TLS の設定を変更してください。`,
      ),
      // Which builds that means for its service pack (QA round 16 #10).
      ...(sqlTargetText(f.sql) ? [sqlTargetText(f.sql)!] : []),
    ];
  }
  // What a build below the TLS 1.2 ones needs: the update, or for a 2012 that may be RTM / SP1 a service pack (knowledge.md).
  const below = sqlBelowNeeds(f.sql!, L(' first', '先に'));
  if (k === 'check-build' && sqlTargetText(f.sql)) {
    // A known service pack: the builds of that service pack only (QA round 16 #10).
    return [
      L(
        `It depends on the exact build of ${name}${where.en}: run \`SELECT @@VERSION\` and paste the result. A build below those of its service pack needs ${below.en}.`,
        `${name} の正確なビルドによります${where.ja}。\`SELECT @@VERSION\` を実行して結果を貼ってください。そのサービス パックの次のビルドより前であれば、${below.ja}。`,
      ),
      sqlTargetText(f.sql)!,
    ];
  }
  if (k === 'check-build') {
    return [
      L(
        `It depends on the exact build of ${name}${where.en}: run \`SELECT @@VERSION\` and paste the result. The first builds with TLS 1.2 support: ${SQL2012_2014_FIRST_TLS12_BUILDS.en}. A build below those needs ${below.en}.`,
        `${name} の正確なビルドによります${where.ja}。\`SELECT @@VERSION\` を実行して結果を貼ってください。TLS 1.2 に対応した最初のビルドは、${SQL2012_2014_FIRST_TLS12_BUILDS.ja}です。これより前のビルドでは、${below.ja}。`,
      ),
    ];
  }
  if (k === 'keep-tls10') {
    const build = sql2008Tls12BuildName(f.sql);
    return [
      L(
        `Not for this fix${where.en}: the fix only adds TLS 1.2 and leaves TLS 1.0 on, which ${name} depends on. What matters is that TLS 1.0 stays enabled: a build without TLS 1.2 support stops and will not start again when TLS 1.0 and SSL 3.0 are both disabled (event 26011).${build ? ` A build with TLS 1.2 support (${build} or later; avoid the first ones, KB3146034) is worth planning separately, not as part of this fix.` : ''}`,
        `この修正のためには不要です${where.ja}。修正では TLS 1.2 を追加するだけで TLS 1.0 は有効のままなので、TLS 1.0 に依存する ${name} は影響を受けません。大事なのは TLS 1.0 を有効のままにすることです。TLS 1.2 非対応のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止し、再び起動できなくなります（イベント 26011）。${build ? `TLS 1.2 対応のビルド（${build} 以降。最初期のビルドは避けてください：KB3146034）への更新は、この修正とは別に計画する価値があります。` : ''}`,
      ),
    ];
  }
  return [L(`No: ${name} already supports TLS 1.2, so nothing is needed for it before the fix.`, `いいえ。${name} はすでに TLS 1.2 に対応しているため、修正の前に行うことはありません。`)];
}

/** "Is the .reg file harmless?" / "will the registry change stop our SQL?": for this server's Windows and SQL. */
function registrySafeAnswer(f: Facts, text: string): LocalizedText[] {
  const backup = L('Export the registry before the change (regedit > File > Export), so it can be undone.', '変更の前にレジストリをエクスポートしてください（regedit > [ファイル] > [エクスポート]）。元に戻せるようにするためです。');
  if (/(?<![a-z])(?:sql|database|db)(?![a-z])|データベース/i.test(text)) {
    // "is my SQL ok?", 「SQLは大丈夫ですか」 ask the other way round from "will it stop SQL?": the first word follows the question.
    const okAsked = /(?<![a-z])(?:ok|okay|fine|safe|survive)(?![a-z])|大丈夫|問題(?:は|が)?\s?(?:ない|ありません)|安全/i.test(normaliseQuestion(text));
    if (f.sqlLocation === 'remote') {
      return [
        okAsked
          ? L('Yes, it is not affected: SQL Server runs on another server, and the TMS server\'s Schannel settings do not touch it. The registry change is on the TMS server only.', 'はい、影響はありません。SQL Server は別のサーバで動いており、TMS サーバの Schannel 設定はそのサーバに影響しません。レジストリの変更は TMS サーバだけのものです。')
          : L('No: SQL Server runs on another server, and the TMS server\'s Schannel settings do not touch it. The registry change is on the TMS server only.', 'いいえ。SQL Server は別のサーバで動いており、TMS サーバの Schannel 設定はそのサーバに影響しません。レジストリの変更は TMS サーバだけのものです。'),
      ];
    }
    if (!f.sql) {
      return [
        L(
          'It depends on the SQL Server on the TMS server (a SQL Server on another server is not touched). The fix\'s registry change turns TLS 1.2 on and turns nothing off; SQL Server 2008 R2 stops only when TLS 1.0 and SSL 3.0 are both disabled, so it is safe from this change as long as TLS 1.0 stays on; SQL 2012 and 2014 need a build with TLS 1.2 support before any TLS change; 2016 and later need nothing. Which SQL Server is it, and does it run on the TMS server? (`SELECT @@VERSION` shows it.)',
          'TMS サーバ上の SQL Server によります（別のサーバの SQL Server は影響を受けません）。修正のレジストリ変更は TLS 1.2 を有効にするだけで、何も無効にしません。SQL Server 2008 R2 が停止するのは TLS 1.0 と SSL 3.0 の両方が無効になったときだけなので、TLS 1.0 を有効のままにしておけばこの変更では止まりません。SQL 2012 と 2014 は、TLS の設定を変更する前に TLS 1.2 対応のビルドが必要です。2016 以降は対応不要です。どの SQL Server で、TMS サーバ上で動いていますか（`SELECT @@VERSION` で確認できます）。',
        ),
        backup,
      ];
    }
    const name = formatSql(f.sql);
    const k = sqlTlsStatus(f.sql).kind;
    const where = f.sqlLocation === 'local' ? L('', '') : L(' (if it runs on the TMS server; one on another server is not touched at all)', '（TMS サーバ上で動いている場合。別のサーバなら影響はありません）');
    if (k === 'nothing-needed' || k === 'has-tls12') {
      return [
        okAsked
          ? L(`Yes: ${name} supports TLS 1.2, so the registry change needs nothing from it.`, `はい、大丈夫です。${name} は TLS 1.2 に対応しているため、レジストリの変更にあたって対応は不要です。`)
          : L(`No: ${name} supports TLS 1.2, so the registry change needs nothing from it.`, `いいえ。${name} は TLS 1.2 に対応しているため、レジストリの変更にあたって対応は不要です。`),
      ];
    }
    // (TLS 1.0 said off, REV34 #2: not "Yes, as long as TLS 1.0 stays on"; that it is off now, and this reboot stops SQL, leads.)
    const saidOff = k === 'keep-tls10' && f.tlsClaims?.tls10 === 'off' ? preRebootTls10Check(f) : null;
    if (saidOff) {
      return [
        saidOff,
        L(
          `The fix's own change does not stop ${name}: it turns TLS 1.2 on and turns nothing off. What stops it is TLS 1.0 being off when it restarts.`,
          `修正自体の変更では ${name} は止まりません。修正は TLS 1.2 を有効にするだけで、何も無効にしません。止まる原因は、再起動のときに TLS 1.0 が無効になっていることです。`,
        ),
        backup,
      ];
    }
    if (k === 'keep-tls10') {
      return [
        L(
          `${okAsked ? `Yes, as long as TLS 1.0 stays on${where.en}. The fix's change does not stop it` : `Not the fix's change${where.en}`}: it turns TLS 1.2 on and leaves TLS 1.0 and SSL 3.0 as they are. A ${name} build without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are both disabled (Microsoft's failing case, event 26011), and the fix does not do that. What would stop it is turning TLS 1.0 off, for example with IIS Crypto's "Best Practices" template: keep TLS 1.0 on and leave SSL 3.0 alone.`,
          `${okAsked ? `TLS 1.0 を有効のままにしておけば大丈夫です${where.ja}。修正の変更では止まりません` : `修正の変更では止まりません${where.ja}`}。修正は TLS 1.2 を有効にするだけで、TLS 1.0 と SSL 3.0 はそのままです。TLS 1.2 非対応のビルドの ${name} が停止するのは TLS 1.0 と SSL 3.0 の両方が無効になったとき（Microsoft が挙げている条件、イベント 26011）で、修正ではそうしません。止まる原因になるのは TLS 1.0 の無効化です（IIS Crypto の「Best Practices」テンプレートなど）。TLS 1.0 は有効のままにし、SSL 3.0 も変更しないでください。`,
        ),
        // (An earlier hardening may have turned TLS 1.0 off already: the reboot is then what stops SQL, REV33 #3.)
        ...(preRebootTls10Check(f) ? [preRebootTls10Check(f)!] : []),
        backup,
      ];
    }
    return [L(`${okAsked ? 'Not necessarily' : 'It can'}${where.en}: ${name} needs a build with TLS 1.2 support before any TLS change (Microsoft KB3052404 / KB3135244). ${sqlVerdict(f.sql).en}`, `${okAsked ? 'そのままでは大丈夫とは言えません' : '止まるおそれがあります'}${where.ja}。${name} は、TLS の設定を変更する前に TLS 1.2 対応のビルドになっている必要があります（Microsoft KB3052404 / KB3135244）。${sqlVerdict(f.sql).ja}`), ...(preRebootTls10Check(f) ? [preRebootTls10Check(f)!] : []), backup];
  }
  const out: LocalizedText[] = [];
  const w = f.windows;
  if (!w) {
    out.push(
      L(
        'I would not call it harmless without knowing the Windows Server release. The .reg in my answer sets TLS 1.2 only, Client and Server, and turns nothing off; where a policy turned TLS 1.2 off, it turns it back on (check who set that policy). The TechNote\'s keys also set TLS 1.1: on a server where the OS (Windows Server 2025) or a policy turned TLS 1.1 off, that turns it back on, so leave TLS 1.1 out. Which Windows Server release is it?',
        'Windows Server のリリースが分からないうちは、無害とは言えません。回答の .reg は TLS 1.2 だけを Client と Server に設定し、何も無効にしません。ただし、ポリシーで TLS 1.2 を無効にしている場合は、それを有効に戻します（そのポリシーを誰が設定したか確認してください）。TechNote のキーは TLS 1.1 も設定するため、OS（Windows Server 2025）やポリシーで TLS 1.1 を無効にしているサーバでは、それを有効に戻してしまいます。TLS 1.1 は含めないでください。Windows Server のリリースはどれでしょうか。',
      ),
    );
  } else if (registryPlan(w).step === 'required') {
    out.push(L(`On ${winName(f)} TLS 1.1 and 1.2 are off by default: the .reg turns TLS 1.2 on for Client and Server (TLS 1.1 is not needed) and turns nothing off (TLS 1.0 and SSL 3.0 stay as they are). Here it is required, and it takes effect after a reboot.${w.year === 2008 && !w.r2 ? ' Windows Server 2008 (not R2) needs Microsoft\'s KB4019276 first, or TLS 1.1 and 1.2 do not exist.' : ''}`, `${winName(f)} では TLS 1.1 と 1.2 は既定で無効です。.reg は TLS 1.2 を Client と Server で有効にするだけで（TLS 1.1 は不要です）、何も無効にしません（TLS 1.0 と SSL 3.0 はそのままです）。このサーバでは必須で、再起動後に反映されます。${w.year === 2008 && !w.r2 ? 'Windows Server 2008（R2 ではない）では、先に Microsoft の KB4019276 が必要です。ないと TLS 1.1 と 1.2 自体がありません。' : ''}`));
  } else {
    out.push(L(`On ${winName(f)} TLS 1.2 is on by default, and the .reg sets TLS 1.2 only (Client and Server) and turns nothing off: it changes nothing unless a policy (a GPO, IIS Crypto) turned TLS 1.2 off, and then it turns it back on; check who set that policy first.${registryPlan(w).tmsSupportUndocumented ? ' TMS support for Windows Server 2025 is not documented in my sources.' : ''}`, `${winName(f)} では TLS 1.2 は既定で有効で、.reg は TLS 1.2 だけを（Client と Server に）設定し、何も無効にしません。ポリシー（GPO や IIS Crypto）で TLS 1.2 を無効にしていない限り何も変わらず、無効にしていた場合は有効に戻します。先にそのポリシーを誰が設定したか確認してください。${registryPlan(w).tmsSupportUndocumented ? 'Windows Server 2025 での TMS のサポートは、手元の資料には記載がありません。' : ''}`));
  }
  if (oldSqlMaybeLocal(f)) out.push(L(`It leaves TLS 1.0 and SSL 3.0 as they are; ${formatSql(f.sql!)}${f.sqlLocation === 'local' ? ' on the TMS server' : ''} needs TLS 1.0 enabled, so check before the reboot that TLS 1.0 Client and Server are still on (neither \`Enabled\` = 0 nor \`DisabledByDefault\` = 1).`, `TLS 1.0 と SSL 3.0 は変更しません。${f.sqlLocation === 'local' ? 'TMS サーバ上の ' : ''}${formatSql(f.sql!)} には TLS 1.0 が有効であることが必要なので、再起動の前に TLS 1.0 の Client と Server が有効なままか（\`Enabled\` = 0 や \`DisabledByDefault\` = 1 になっていないか）確認してください。`));
  out.push(backup);
  return out;
}

/** Where each value the bot asks for is read, for "how do I find the Windows version?" (field words, both languages). */
const WHERE_FIELDS: { re: RegExp; text: LocalizedText }[] = [
  {
    re: /(?<![a-z])(?:tms\s?tools|communication\s?security|security\s?(?:level|settings?)|level)(?![a-z])|tms\s?ツール|通信セキュリティ|セキュリティ\s?(?:レベル|設定)|(?<![ァ-ヺ])レベル/i,
    text: L(
      'The level: in TMS Tools on the TMS server (it is installed with TMS; open it from the Start menu there), Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security. Only look; do not save anything yet.',
      'レベル：TMS サーバ上の TMS ツール（TMS と一緒にインストールされています。サーバのスタート メニューから開きます）で、[Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] > [Communication Security] を見てください。まだ何も保存しないでください。',
    ),
  },
  {
    re: /(?<![a-z])tms(?![a-z])(?!\s?tools)(?!\s?ツール)/i,
    text: L(
      'The TMS version: in the TMS web interface, on its About page. Pasting that page\'s text here works too.',
      'TMS のバージョン：TMS の Web インターフェイスの [About] ページで確認できます。そのページの文字をここに貼っていただいてもかまいません。',
    ),
  },
  {
    re: /(?<![a-z])(?:endpoints?|codecs?|ce|tc|roomos|room\s?kits?|sx\d*|mx\d*|software)(?![a-z])|エンドポイント|端末|コーデック/i,
    text: L(
      'The endpoints\' version: in TMS, Systems > Navigator shows each system\'s software version; on the endpoint itself, its web page or `xStatus SystemUnit Software Version`.',
      'エンドポイントのバージョン：TMS の [Systems] > [Navigator] で各システムのソフトウェアバージョンを確認できます。エンドポイント側では、Web インターフェイスか `xStatus SystemUnit Software Version` で確認できます。',
    ),
  },
  {
    re: /(?<![a-z])(?:sql|database|db)(?![a-z])|データベース/i,
    text: L(
      'The SQL Server version and build: run `SELECT @@VERSION` against TMS\'s database server (in SQL Server Management Studio, or `sqlcmd -S <server\\instance> -Q "SELECT @@VERSION"`) and paste the result here: I read the version, the build and, from its last line, the Windows release.',
      'SQL Server のバージョンとビルド：TMS のデータベース サーバで `SELECT @@VERSION` を実行し（SQL Server Management Studio、または `sqlcmd -S <サーバ\\インスタンス> -Q "SELECT @@VERSION"`）、結果をここに貼ってください。バージョンとビルド、さらに最後の行から Windows のリリースも読み取ります。',
    ),
  },
  {
    re: /(?<![a-z])(?:windows|os|winver|server\s(?:version|release))(?![a-z])|ウィンドウズ/i,
    text: L(
      'The Windows release: on the TMS server, `winver` (it opens a window that names it), or `systeminfo` in a command prompt: paste that output here and I read it.',
      'Windows のリリース：TMS サーバで `winver` を実行すると、リリース名が表示されるウィンドウが開きます。コマンド プロンプトで `systeminfo` を実行し、その出力をここに貼っていただければ読み取ります。',
    ),
  },
];

const WHERE_FIELD_OF: Record<'level' | 'tms' | 'endpoint' | 'sql' | 'windows', number> = { level: 0, tms: 1, endpoint: 2, sql: 3, windows: 4 };

/** Which SQL Server the question means: the one holding TMS's database, and only on the TMS server. */
const WHICH_SQL = L(
  'Which SQL Server: the instance that holds TMS\'s database. It needs care only if it runs on the TMS server itself, because the Schannel settings changed there apply to every SQL Server instance on that machine (if another instance runs on the TMS server too, give me its version as well). A SQL Server on another machine is not touched by this change: then "SQL is on another server" is all I need. If SQL Server will not start, `SELECT @@VERSION` cannot run: the first lines of its ERRORLOG (the instance\'s `Log` folder) show the same version and build.',
  '対象の SQL Server：TMS のデータベースを持つインスタンスです。注意が必要なのは、それが TMS サーバ自体で動いている場合だけです。TMS サーバで変更する Schannel の設定は、そのマシン上のすべての SQL Server インスタンスに及ぶためです（TMS サーバでほかのインスタンスも動いていれば、そのバージョンも教えてください）。別のマシンの SQL Server はこの変更の影響を受けないので、その場合は「SQL は別サーバ」とだけ教えていただければ十分です。SQL Server が起動しない場合は `SELECT @@VERSION` を実行できないので、ERRORLOG（インスタンスの `Log` フォルダ）の先頭の数行に出ているバージョンとビルドを貼ってください。',
);

/** "how do I find that?", 「どこで確認できますか？」 while a question is open: where its value is read (and, for SQL, which one). */
export function whereForPending(field: 'level' | 'tms' | 'endpoint' | 'sql' | 'windows'): LocalizedText[] {
  const where = WHERE_FIELDS[WHERE_FIELD_OF[field]].text;
  return field === 'sql' ? [where, WHICH_SQL] : [where];
}

/** "How do I find the Windows version?", 「SQL のバージョンはどこで確認できますか」: where each value named is read. */
function whereToFindAnswer(text = ''): LocalizedText[] {
  const t = text.slice(0, 500);
  const hits = WHERE_FIELDS.filter((w) => w.re.test(t)).map((w) => w.text);
  return hits.length ? hits : WHERE_FIELDS.map((w) => w.text);
}

/** The documents the answer for these facts rests on (the findings' sources), as bullet lines. */
function sourceLines(f: Facts): LocalizedText {
  const ids: unknown[] = [];
  for (const x of diagnose(f).findings) for (const id of x.sources ?? []) ids.push(id);
  if (!ids.includes('cisco-technote-211279')) ids.unshift('cisco-technote-211279');
  const list = sourcesFor(ids).slice(0, 6);
  return L(list.map((x) => `• ${x.label.en}: ${x.url}`).join('\n'), list.map((x) => `・${x.label.ja}：${x.url}`).join('\n'));
}

/** "Are you sure about the SQL part?", 「再起動の件は本当ですか」: the part named, answered before what the answer rests on. */
const SOURCE_TOPICS: [RegExp, string][] = [
  [/(?<![a-z])(?:sql|database|db)(?![a-z])|データベース/i, 'why-sql-version'],
  [/(?<![a-z])(?:reboot|restart)|再起動|リブート/i, 'reboot-needed'],
  [/telnet|snmp|polycom|テルネット|ポリコム/i, 'telnet-snmp-polycom'],
  [/(?<![a-z])tls\s?1\.?1(?![.\d])/i, 'tls11-needed'],
];

/** "Are you sure?", "where does it say that?", 「根拠は？」: what the answer rests on, the documents, and how to see it yourself. */
function sourcesAnswer(f: Facts, text = ''): LocalizedText[] {
  const out: LocalizedText[] = [];
  const topic = SOURCE_TOPICS.find(([re]) => re.test(text.slice(0, 500)));
  const part = topic ? CATALOGUE.find((e) => e.id === topic[1]) : undefined;
  if (part) out.push(part.title, ...part.answer(f, text));
  const d = diagnose(f);
  const ep = f.endpoint ? formatEndpoint(f.endpoint) : null;
  // The failing system is another product TMS manages (no endpoint version needed): what the answer rests on for it.
  const product = d.findings.some((x) => x.code === 'other-product-no-tls10');
  const ids = OTHER_PRODUCT_IDS.filter((id) => (f.otherProducts ?? []).includes(id));
  if (product && ids.length) {
    const names = ids.map((id) => OTHER_PRODUCTS[id].name);
    const cms = ids.includes('meeting-server');
    const tail = pre15(f)
      ? L('TMS before 15 keeps offering TLS 1.0 whatever the registry says (Cisco bug CSCuz71542)', '15 より前の TMS はレジストリがどうであれ TLS 1.0 しか提示しないこと（Cisco バグ CSCuz71542）')
      : f.level === 'high'
        ? L('at High TMS offers TLS 1.2 but also validates certificates (Cisco TMS Administrator Guide), so the certificates are the first check and the Windows side the next', 'High の TMS は TLS 1.2 を提示するものの証明書も検証するため（Cisco TMS アドミニストレータ ガイド）、最初に確認すべきは証明書、次が Windows 側であること')
      : atMediumHighOrAbove(f)
        ? L(`at ${formatLevel(f.level!)} TMS offers TLS 1.2, so the level is not what blocks it and the Windows side is what is left to check`, `${formatLevel(f.level!)} の TMS は TLS 1.2 を提示するため、レベルは原因ではなく、確認すべきは Windows 側であること`)
        : L('TMS at Medium offers only TLS 1.0 in its ClientHello, whatever the registry allows', 'Medium の TMS はレジストリの設定に関係なく ClientHello で TLS 1.0 しか提示しないこと');
    out.push(
      L(
        `The answer rests on two facts: the sources say that ${joinAnd(names)}, managed by TMS, meet${names.length > 1 ? '' : 's'} the same TLS 1.0 wall as upgraded endpoints (${cms ? 'Meeting Server from 2.3 requires TLS 1.2 on its API' : 'they state no release or TLS minimum for it: check its own setting and release notes'}), and ${tail.en}. The documents:`,
        `回答は 2 つの事実に基づいています。資料によれば、TMS が管理する ${names.join('、')} もアップグレード後のエンドポイントと同じ TLS 1.0 の問題に当たること（${cms ? 'Meeting Server は 2.3 以降、API で TLS 1.2 が必須です' : '資料にはどのリリースからか、TLS の最低バージョンが何かは書かれていません。製品自体の設定とリリースノートを確認してください'}）と、${tail.ja}です。資料は次のとおりです：`,
      ),
    );
  } else if (!f.endpoint) {
    out.push(L('I have not given you a verdict yet: it depends on the endpoints\' version, which I still need. What I know about this problem comes from these documents:', 'まだ判断はお伝えしていません。判断にはエンドポイントのバージョンが必要で、それをまだ伺っていないためです。この問題についての知識は、次の資料に基づいています：'));
  } else if (!endpointRefusesTls10(f.endpoint)) {
    out.push(L(`The verdict rests on the version you gave: ${ep} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do; TC 7.3.6, CE 8.1.0 and later do not), so TMS at Medium can still reach it. It rests on these documents:`, `判断はお伝えいただいたバージョンに基づいています。${ep} は TLS 1.0 を受け付けるため（TC 7.3.5 まで と CE 8.0.x は受け付け、TC 7.3.6・CE 8.1.0 以降は受け付けません）、Medium の TMS でも接続できます。根拠の資料は次のとおりです：`));
  } else if (pre15(f)) {
    out.push(L(`The answer rests on two facts: ${ep} refuses TLS 1.0, and TMS before 15 keeps offering TLS 1.0 whatever the registry says (tracked as Cisco bug CSCuz71542). The documents:`, `回答は 2 つの事実に基づいています。${ep} は TLS 1.0 を拒否し、15 より前の TMS はレジストリがどうであれ TLS 1.0 しか提示しません（Cisco バグ CSCuz71542）。資料は次のとおりです：`));
  } else if (atMediumHighOrAbove(f) && d.findings.some((x) => x.code === 'evidence-capture-tls12-refused' || x.code === 'evidence-capture-tls12-offered')) {
    // The capture pasted in this conversation shows TMS offering TLS 1.2: TMS's side is not what is left.
    const alert40 = d.findings.some((x) => x.code === 'evidence-capture-tls12-refused' && x.body.some((b) => /handshake_failure, 40/.test(b.en)));
    out.push(
      L(
        `The answer rests on the capture you pasted: TMS's ClientHello offers TLS 1.2, so TMS and its level are doing their part${alert40 ? ', and the endpoint answers it with alert 40 (handshake_failure), which at TLS 1.2 points to the cipher suites (a GPO or IIS Crypto hardening) or the endpoint\'s HTTPS settings' : '; what is left is how the endpoint answers that hello (the cipher suites, the endpoint\'s HTTPS settings)'}. The documents:`,
        `回答は貼っていただいたキャプチャに基づいています。TMS の ClientHello は TLS 1.2 を提示しているので、TMS とそのレベルは正しく動作しています${alert40 ? '。エンドポイントはそれにアラート 40（handshake_failure）で応答しており、TLS 1.2 でのこのアラートは暗号スイート（GPO や IIS Crypto による強化）かエンドポイントの HTTPS 設定を示します' : '。残っているのは、その hello にエンドポイントがどう応答するか（暗号スイート、エンドポイントの HTTPS 設定）です'}。資料は次のとおりです：`,
      ),
    );
  } else if (f.level === 'high') {
    // At High the level is not ruled out: its certificate validation comes first (QA round 16 #13).
    out.push(L(`The answer rests on what you told me: ${ep} refuses TLS 1.0, and at High TMS offers TLS 1.2 but also validates the endpoints' certificates (Cisco TMS Administrator Guide, not the TechNote), so a self-signed or expired certificate is the first thing to check and the Windows side the next. The documents:`, `回答はお伝えいただいた内容に基づいています。${ep} は TLS 1.0 を拒否します。High の TMS は TLS 1.2 を提示するものの、エンドポイントの証明書も検証するため（TechNote ではなく Cisco TMS アドミニストレータ ガイドの内容です）、最初に確認すべきは自己署名や期限切れの証明書、次が Windows 側です。資料は次のとおりです：`));
  } else if (atMediumHighOrAbove(f)) {
    out.push(L(`The answer rests on what you told me: ${ep} refuses TLS 1.0, and at ${formatLevel(f.level!)} TMS offers TLS 1.2, so the level is not what blocks it and the Windows side is what is left to check. The documents:`, `回答はお伝えいただいた内容に基づいています。${ep} は TLS 1.0 を拒否しますが、${formatLevel(f.level!)} の TMS は TLS 1.2 を提示するため、レベルは原因ではなく、確認すべきは Windows 側です。資料は次のとおりです：`));
  } else {
    const assumed = !f.level;
    out.push(
      L(
        `The answer rests on two facts: ${ep} refuses TLS 1.0 (TC 7.3.6 and later, CE 8.1.0 and later, every RoomOS release), and TMS at Medium offers only TLS 1.0 in its ClientHello, whatever the registry allows.${assumed ? ' You did not give the level, so Medium, the default, is assumed: check it in TMS Tools.' : ''} The documents:`,
        `回答は 2 つの事実に基づいています。${ep} は TLS 1.0 を拒否すること（TC 7.3.6 以降、CE 8.1.0 以降、および RoomOS のすべてのリリース）と、Medium の TMS はレジストリの設定に関係なく ClientHello で TLS 1.0 しか提示しないことです。${assumed ? 'レベルは伺っていないため、既定値の Medium と仮定しています。TMS ツールで確認してください。' : ''}資料は次のとおりです：`,
      ),
    );
  }
  out.push(sourceLines(f));
  if (d.affected !== 'no' && f.endpoint && endpointRefusesTls10(f.endpoint) && !pre15(f) && atMediumHighOrAbove(f)) {
    out.push(
      L(
        'To see it on your own system rather than take my word for it: a capture on the TMS server shows whether TMS\'s ClientHello offers TLS 1.2 (0x0303 under Handshake Protocol: Client Hello > Version) and how the endpoint answers it; the System log (source Schannel) shows a handshake Windows refused or failed (36871, 36874 or 36888); the event\'s own text says which side it was on: 36874 is a request received from a client (a connection TO the TMS server), while 36887 and 36888 (a fatal alert received from, or sent to, the other side) can come from either kind of connection, so match their time with TMS polling the endpoint.',
        '私の回答をそのまま信じるのではなく、ご自身の環境で確かめるには：TMS サーバでキャプチャを取ると、TMS の ClientHello が TLS 1.2（[Handshake Protocol: Client Hello] > [Version] で 0x0303）を提示しているか、エンドポイントがどう応答しているかが分かります。システム ログ（ソース Schannel）では、Windows が拒否または失敗したハンドシェイクが分かります（36871、36874、36888）。どちら側の接続かはイベントの本文で確認してください。36874 はクライアントから受けた要求（TMS サーバへの接続）です。36887 と 36888（接続相手から致命的なアラートを受信した、または相手に送信した）はどちらの向きの接続でも記録されるため、時刻を TMS のエンドポイントへのポーリングと照らし合わせてください。',
      ),
    );
  } else if (d.affected !== 'no') {
    out.push(
      L(
        'To see it on your own system rather than take my word for it: a capture on the TMS server shows the version in TMS\'s ClientHello (TLS 1.0 is 0x0301 under Handshake Protocol: Client Hello > Version) and the endpoint\'s reset right after it; or let me probe an endpoint\'s HTTPS port.',
        '私の回答をそのまま信じるのではなく、ご自身の環境で確かめるには：TMS サーバでキャプチャを取ると、TMS の ClientHello のバージョン（[Handshake Protocol: Client Hello] > [Version] で TLS 1.0 は 0x0301）と、その直後のエンドポイントからのリセットが分かります。エンドポイントの HTTPS ポートをプローブすることもできます。',
      ),
    );
  }
  out.push(L('If you are reading the Japanese translation of the TechNote: it has the Telnet/SNMP direction backwards (it is raising the level from Medium to Medium-High that turns them off) and garbles the bug ID (it is CSCuz71542).', 'TechNote の日本語訳をお読みの場合：Telnet/SNMP の向きが逆に書かれており（無効になるのは Medium から Medium-High に上げたときです）、バグ ID も誤っています（正しくは CSCuz71542）。'));
  return out;
}

/** "what if we don't go to Medium-High?", 「Medium-Highにしなかったらどうなりますか」 (normalised: "mediumhigh"). */
const DONT_RAISE_EN =
  '(?<![a-z])(?:if|unless)\\s(?:we|i|you|they|the\\scustomer)\\s(?:don\'?t|do\\snot|never|can\'?t|cannot|won\'?t|will\\snot|decide\\snot\\sto)\\s(?:go|move|switch|change|raise|set|bump)(?:\\s(?:it|tms|the\\slevel))?\\s(?:up\\s)?(?:to\\s)?(?:the\\s)?mediumhigh(?![a-z])';
const DONT_RAISE = new RegExp(`${DONT_RAISE_EN}|mediumhigh\\s?(?:に|へ)?\\s?(?:しなかったら|しないと|しない場合|しなければ|上げなかったら|上げないと|上げない場合|変えなかったら|変更しなかったら|変更しないと)`, 'u');

/**
 * Not a question about disabling TLS 1.0 / SSL 3.0 (disable-tls10 and disable-ssl3 answer those, later in
 * the list), nor about a SQL Server elsewhere (sql-elsewhere's). A version named ("is SQL 2014 SP2 ok?")
 * is a question about that case, left to the hypothetical answer: the recognisers take no digits.
 */
const NOT_DISABLING = '^(?!.*(?:remote|separate|another\\s(?:server|machine|box)|elsewhere|リモート|別(?:の)?(?:サーバ|マシン|ホスト)|外部))(?!.*(?:disabl|turn(?:ing)?\\soff|switch(?:ing)?\\soff|remov|無効|オフ)[^。？?]{0,30}(?:tls\\s?1\\.?0|ssl))(?!.*(?:tls\\s?1\\.?0|ssl\\s?v?3)[^。？?]{0,20}(?:disabl|off|無効|オフ))[\\s\\S]*';

/** The step a "skip" question is about: its number ("step 2", 「手順2」) or what it names (the backup, the registry, TMS Tools). */
function skippedStep(text: string): { n?: number; code?: string } {
  let t = text.slice(0, 500);
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  t = t.toLowerCase();
  const m = /(?:step|手順|ステップ)\s?(?:#|no\.?\s?)?(\d{1,2})(?!\d)/.exec(t);
  if (m) return { n: Number(m[1]) };
  if (/back\s?up|export|バックアップ|エクスポート/.test(t)) return { code: 'backup-registry-first' };
  return { code: 'enable-tls11-12-registry' };
}

/** What skipping one step of the answer costs, for these facts. */
function skipStepAnswer(f: Facts, text = ''): LocalizedText[] {
  const d = diagnose(f);
  if (d.affected === 'no') return [L('For the versions you gave this is not the TLS 1.0 problem, so none of the steps is needed: look for the other cause first.', 'お伝えいただいたバージョンでは TLS 1.0 の問題ではないため、どの手順も不要です。先に別の原因を調べてください。')];
  if (pre15(f)) return [PRE15_NOTE];
  if (d.questions.some((q) => q.required)) return [L('I have not given you the steps yet: they depend on a version I still need (asked below).', 'まだ手順はお伝えしていません。手順は、まだ伺っていないバージョンによって変わるためです（下の質問をご覧ください）。')];
  const steps = d.findings.filter((x) => x.severity === 'action');
  const want = skippedStep(text);
  const at = want.n !== undefined ? want.n - 1 : steps.findIndex((x) => x.code === want.code);
  const step = at >= 0 ? steps[at] : undefined;
  if (!step) {
    if (want.n === undefined) return [L('That is not one of the steps in my answer for your setup.', 'お使いの構成に対する回答の手順には、その作業は含まれていません。')];
    const titles = (lang: 'en' | 'ja') => steps.map((x, i) => `${i + 1}. ${x.title[lang]}`).join(lang === 'en' ? '; ' : '、');
    return [(anyAdvising(steps.map((x) => x.title)) ? MH : L)(`My answer has ${steps.length} steps: ${titles('en')}. Which one do you mean?`, `回答の手順は ${steps.length} つです：${titles('ja')}。どの手順のことでしょうか。`)];
  }
  const n = at + 1;
  const out = [L(`Step ${n} is "${step.title.en}".`, `手順 ${n} は「${step.title.ja}」です。`)];
  switch (step.code) {
    case 'backup-registry-first':
      out.push(L('Skipping it does not change whether the fix works; what you lose is the way back. The export is what shows how the keys were if you have to roll back, and it takes a minute: keep it.', '省いても修正が効くかどうかは変わりませんが、元に戻す手段がなくなります。切り戻すときにキーが元はどうだったかを示すのがこのエクスポートで、1 分ほどで済みます。省かないでください。'));
      break;
    case 'enable-tls11-12-registry': {
      const k = winKind(f);
      if (keysSaidSet(f)) {
        out.push(L('You say the TLS 1.2 keys are already set, so this step is only confirming it; it is also what tells you whether a reboot is needed at all.', 'TLS 1.2 のキーは設定済みとのことなので、この手順はその確認だけです。再起動が必要かどうかも、この確認で決まります。'));
      } else if (k === '2008') {
        out.push(L(`It cannot be skipped on ${winName(f)}: TLS 1.1 and 1.2 are off by default there, so without the keys TMS has no TLS 1.2 to offer at Medium-High and the endpoints keep refusing it.`, `${winName(f)} では省けません。TLS 1.1 と 1.2 が既定で無効なため、キーがないと Medium-High でも TMS は TLS 1.2 を提示できず、エンドポイントに拒否され続けます。`));
      } else if (k === 'unknown') {
        out.push(L('It depends on Windows: on Windows Server 2008 R2 it cannot be skipped (TLS 1.2 is off by default there), nor on 2008 without R2, which needs Microsoft\'s KB4019276 first (TLS 1.1 and 1.2 do not exist there without it); from 2012 on TLS 1.2 is on by default and the step is a check that no policy turned it off. Which Windows Server release is it? (`winver` shows it.)', 'Windows のバージョン次第です。Windows Server 2008 R2 では省けません（TLS 1.2 が既定で無効です）。R2 ではない 2008 でも省けず、先に Microsoft の KB4019276 が必要です（これがないと TLS 1.1 と 1.2 自体がありません）。2012 以降は TLS 1.2 が既定で有効なので、この手順はポリシーで無効にされていないかの確認です。Windows Server のバージョンは何でしょうか（`winver` で確認できます）。'));
      } else {
        if (k === '2025') out.push(L('TMS support for Windows Server 2025 is not documented in my sources: check Cisco\'s TMS compatibility information.', 'Windows Server 2025 での TMS のサポートについては、手元の資料に記載がありません。Cisco の TMS の互換性情報を確認してください。'));
        out.push(MH(`On ${winName(f)} TLS 1.2 is on by default, so this step is a check, not a change: skipping it is betting that no hardening policy (a GPO, IIS Crypto) turned TLS 1.2 off. If one did, the endpoints keep failing at Medium-High. The check takes a minute and also tells you whether a reboot is needed at all.`, `${winName(f)} では TLS 1.2 が既定で有効なので、この手順は変更ではなく確認です。省くのは、強化ポリシー（GPO や IIS Crypto）で TLS 1.2 が無効にされていないことに賭けることになります。無効にされていれば、Medium-High にしてもエンドポイントは失敗し続けます。確認は 1 分ほどで済み、再起動が必要かどうかもこれで分かります。`));
      }
      break;
    }
    case 'tms-tools-medium-high':
      out.push(L('This is the step that fixes it: the registry keys only make TLS 1.2 available to Windows; at Medium, TMS still offers nothing but TLS 1.0. Without it the endpoints keep showing "No HTTPS response".', 'これが問題を解決する手順です。レジストリのキーは Windows で TLS 1.2 を使えるようにするだけで、Medium のままでは TMS は TLS 1.0 しか提示しません。この手順を省くと、エンドポイントは「No HTTPS response」のままです。'));
      break;
    case 'reboot-server': {
      const entry = CATALOGUE.find((e) => e.id === 'reboot-needed');
      if (entry) out.push(...entry.answer(f));
      break;
    }
    case 'restart-tms-services':
      // A reboot does not start a stopped TMSPLCMDirectoryService: the step's check of it stays (QA61 #6).
      out.push(L(`Without the restart the new level does not apply: TMS keeps offering TLS 1.0 until IIS and its services restart. A server reboot after the TMS Tools change restarts IIS and the TMS services that were running, so then only one part of this step is left: ${PLCM_AFTER_REBOOT.en}`, `再起動しないと新しいレベルは反映されません。IIS とサービスが再起動するまで、TMS は TLS 1.0 を提示し続けます。TMS ツールの変更のあとにサーバを再起動した場合は、IIS と実行中だった TMS サービスはそれで再起動されているので、この手順で残るのは次の確認だけです。${PLCM_AFTER_REBOOT.ja}`));
      break;
    case 'verify-tls12-clienthello':
      out.push(L('Nothing breaks if you skip it, but you would not know that the fix worked. At the least, Force Refresh the system in Systems > Navigator and check that "No HTTPS response" is gone.', '省いても何かが壊れることはありませんが、修正が効いたかどうかが分かりません。少なくとも [Systems] > [Navigator] でそのシステムを Force Refresh し、「No HTTPS response」が消えたことを確認してください。'));
      break;
    default:
      if (step.body[0]) out.push(L(`Why it is there: ${step.body[0].en}`, `この手順がある理由：${step.body[0].ja}`));
  }
  return out;
}

/** The HTTPS port said not to answer in plain HTTP, its verb denied: "port 443 doesn't answer in plain HTTP" (FIX58A #5). */
const PORT_HTTP_DENIED = String.raw`(?:port(?:\s443)?|443|https\s(?:port|service|interface))\s(?:still\s|really\s)?(?:doesn'?t|does\snot|won'?t|will\snot|didn'?t|did\snot)\s(?:answer|respond|reply|speak|talk|return|serve|come\sback)\s(?:only\s|just\s)?(?:in\s|with\s|over\s|using\s)?(?:an?\s)?(?:plain(?:\s?text)?\s|clear(?:\s?text)?\s|unencrypted\s)?http(?![s:/a-z])`;
const PORT_HTTP_DENIED_RE = new RegExp(PORT_HTTP_DENIED, 'i');
/** 「443 が平文の HTTP で応答しなかったら？」「…応答しない場合は？」: the JA form of the same. */
const PORT_HTTP_DENIED_JA = /(?:443|ポート|https\s?(?:の|側)?\s?(?:ポート|サービス))[^。\n]{0,24}?http\s?(?:で|が)\s?(?:応答|返(?:事|答))?\s?(?:し|せ|さ)?(?:ない|なかった|ず|ません)/i;
function portHttpDeniedAsked(text: string): boolean {
  const t = text.slice(0, 400);
  return PORT_HTTP_DENIED_RE.test(t) || PORT_HTTP_DENIED_JA.test(t);
}
/**
 * The HTTPS port supposed not to answer in plain HTTP (FIX58A #5): that cause is out; a port that speaks TLS and resets TMS's TLS 1.0
 * ClientHello is this problem (knowledge.md, Symptom); no answer at all is neither, checked on the endpoint and the path to it.
 */
const PORT_HTTP_DENIED_ANSWER = L(
  'If port 443 does not answer in plain HTTP, that other cause is ruled out. If it speaks TLS and the endpoint resets the connection right after TMS\'s TLS 1.0 ClientHello, it is the TLS 1.0 problem, and the answer for your versions stands. If nothing answers on the port at all, it is neither: check the endpoint\'s HTTPS service (xConfiguration NetworkServices HTTP Mode: HTTP+HTTPS or HTTPS; on TC 7, xConfiguration NetworkServices HTTPS Mode: On) and the network path to it.',
  '443 番ポートが平文の HTTP で応答しないなら、その別の原因は当てはまりません。TLS で応答し、TMS の TLS 1.0 の ClientHello の直後にエンドポイントが接続をリセットするなら TLS 1.0 の問題で、お使いのバージョンに対する回答がそのまま当てはまります。ポートがまったく応答しない場合はどちらでもないため、エンドポイントの HTTPS サービス（xConfiguration NetworkServices HTTP Mode が HTTP+HTTPS または HTTPS か。TC 7 では xConfiguration NetworkServices HTTPS Mode: On か）と、そこまでのネットワーク経路を確認してください。',
);

/** The .reg of the fix files, named: ".reg", "reg file", "registry file", "enable-tls12.reg", "fix files" (FIX58A #2). */
const REG_FILE_EN = String.raw`(?:enable-tls12\.reg|\.reg(?:\sfile)?|reg(?:istry)?\s(?:file|script|change|fix|import)|reg|fix[\s-]?(?:files?|kit))`;
/** What the .reg is asked to do to TLS 1.0: "leave/keep/touch/change/disable TLS 1.0", "turn TLS 1.0 off". */
const REG_DOES_TLS10 = String.raw`(?:(?:leave|keep|touch|change|affect|disable|remove|modify|alter|break|kill)s?\s(?:the\s)?${TLS10}|(?:turn|switch)s?\s(?:the\s)?${TLS10}\s(?:off|on)|(?:turn|switch)s?\soff\s(?:the\s)?${TLS10}|does\s?n[o']?t\s(?:touch|change|affect|disable)\s(?:the\s)?${TLS10})`;
const REG_CONFIRM_EN = String.raw`(?<![a-z])(?:please|pls|plz|kindly|can\syou|could\syou)\s(?:\w+\s)?(?:confirm|verify|check|tell\sme)\s(?:that\s|whether\s|if\s)?(?:the\s|this\s|that\s|your\s)?${REG_FILE_EN}\s(?:also\s|still\s|really\s)?${REG_DOES_TLS10}`;
/**
 * Asked to confirm TLS 1.0's state, or what the .reg does to it, as a request or a tag question (FIX60A #3): "please confirm TLS 1.0
 * is enabled", "can you check TLS 1.0 stays on", "the reg leaves TLS 1.0 on, right?", "TLS 1.0 stays enabled, correct?". Nothing recorded.
 */
const TLS10_CONFIRM_EN = String.raw`(?<![a-z])(?:please|pls|plz|kindly|can\syou|could\syou)\s(?:just\s|also\s|quickly\s)?(?:confirm|verify|check|double-?check)\s(?:that\s|whether\s|if\s)?(?:the\s)?${TLS10}\s(?:is|stays|remains|will\sstay|will\sremain)\s(?:still\s)?(?:on|enabled)(?![a-z])`;
const TLS10_TAG_EN = String.raw`(?:${REG_FILE_EN}\s(?:also\s|still\s|really\s)?${REG_DOES_TLS10}|(?<![a-z])${TLS10}\s(?:is|stays|remains)\s(?:still\s)?(?:on|enabled))(?:\s(?:on|enabled|alone|as\sit\sis))?\s?,?\s(?:right|correct|yes|isn't\sit|doesn't\sit|does\sn't\sit)\s?\?`;
const REG_FILE_JA = String.raw`(?:enable-tls12\.reg|\.?reg\s?(?:ファイル)?|レジストリ\s?(?:ファイル|の変更)|修正ファイル)`;
/**
 * The fix files asked in plain words, the whole message (QA63 #12): "files", "the files please", "send me the files", "ok send
 * me the files", "can I get the reg file", "give me the .reg", "I need the reg file", "download", "can I download the files?".
 * Anchored at both ends: "can I have the reg file to turn TLS 1.0 back on?" or "we got the files from the TechNote" say more.
 */
const FILES_ASKED_EN = String.raw`^\s*(?:(?:ok(?:ay)?|so|great|thanks|then|alright|perfect)[,!\s]+)?(?:please\s)?(?:(?:(?:can|could|may)\s(?:i|we)\s(?:get|have|download)|(?:can|could)\syou\s(?:please\s)?(?:send|give|share|attach|upload)\s(?:me|us)|(?:send|give|share|attach|upload)\s(?:me|us)|i\s(?:need|want)|(?:i'?d|we'?d)\slike|(?:let\sme|let's)\sdownload|download)\s)?(?:the\s|a\s|your\s|those\s|these\s)?(?:files|\.?reg(?:\s?file)?|registry\sfile|download)(?:\s(?:please|pls|then|now))?\s*[?.!]*\s*$`;
/**
 * 「ファイルをください」「ファイルを送ってください」「ファイルをダウンロードしたいです」「ファイルをダウンロードできますか」「ファイル」
 * (QA63 #12), at the start of a sentence: not 「ファイルを送ります」 (the user sends one) nor 「ファイルをダウンロードしました」 (done).
 */
const FILES_ASKED_JA = String.raw`(?:^|[。．.!！?？]\s?)\s*(?:(?:では|じゃあ|それでは|あと)[、,\s]?)?(?:その|例の|この)?\s?(?:ファイル|(?:\.?reg|レジストリ)\s?ファイル)\s?(?:を|は)?\s?(?:ください|下さい|ほしい|欲しい|お願い|送って(?:ください|下さい|もらえ|いただけ|くれ)|もらえ|いただけ|ダウンロード\s?(?:したい|でき|させて|する(?:には|方法)|の方法|はどこ|をお願い))|^\s*(?:その|例の|この)?\s?ファイル\s?(?:は)?\s*[?？。.]*\s*$`;

/**
 * The rollback with a SQL Server that needs TLS 1.0 maybe on the TMS server: 2008 / 2008 R2 (QA64 #2), or a 2012 / 2014 build
 * without TLS 1.2 support (rev64 #3; `maybe`: the build decides and is not known). What to restore: the level, then what
 * enable-tls12.reg set (its TLS 1.2 keys), then the reboot. The trap: TLS 1.0 is never part of it. When TLS 1.0 was off before
 * (a reg query, a .reg, a capture or the user's word), "the state before" is the outage knowledge.md warns about, so
 * tls10-back-on.reg stays and the registry export made before it is not imported as it is (it holds TLS 1.0 off).
 */
function oldSqlRollback(f: Facts, maybe = false): LocalizedText[] {
  const sql = formatSql(f.sql!);
  const here = f.sqlLocation === 'local';
  const needsEn = maybe ? 'needs it on unless its build has TLS 1.2 support' : 'needs it on';
  const needsJa = maybe ? '（ビルドが TLS 1.2 に対応していない限り）' : '';
  const wasOff = f.tlsClaims?.tls10 !== 'on' && tls10ClientOffBasis(f) !== null;
  const out: LocalizedText[] = [
    L(
      'Undo the fix in reverse: in TMS Tools set Communication Security back to the level it had and restart IIS and the TMS services; then remove what enable-tls12.reg set (the TLS 1.2 keys: the rollback.reg the fix kit writes from a pasted check-tls.cmd output undoes exactly that file and nothing else) and reboot.',
      '修正を逆の順に戻します。TMS ツールで [Communication Security] を元のレベルに戻して IIS と TMS のサービスを再起動し、そのあと enable-tls12.reg が設定したもの（TLS 1.2 のキー）を取り除いて、サーバを再起動してください（check-tls.cmd の出力を貼り付けていただければ、修正キットがそのファイルの変更だけを正確に戻す rollback.reg を作成します）。',
    ),
  ];
  if (wasOff) {
    out.push(
      L(
        `Do not roll back tls10-back-on.reg: TLS 1.0 was off on this server, and ${sql}${here ? ' on the TMS server' : ', if it runs on the TMS server,'} ${needsEn}. Turning it off again is what stops SQL Server at the next reboot (event 26011). For the same reason, do not import the registry export made before the fix as it is: it holds TLS 1.0 off. Before the reboot, check that TLS 1.0 Client and Server are still on (neither \`Enabled\` = 0 nor \`DisabledByDefault\` = 1).`,
        `tls10-back-on.reg は戻さないでください。このサーバでは TLS 1.0 が無効になっていましたが、${here ? 'TMS サーバ上の ' : 'TMS サーバ上で動いている場合、'}${sql} には${needsJa} TLS 1.0 が必要です。無効に戻すと、次の再起動で SQL Server が起動しなくなります（イベント 26011）。同じ理由で、修正前に取ったレジストリのエクスポートをそのままインポートしないでください。TLS 1.0 が無効の状態が含まれています。再起動の前に、TLS 1.0 の Client と Server が有効なまま（\`Enabled\` = 0 や \`DisabledByDefault\` = 1 になっていない）か確認してください。`,
      ),
    );
  } else {
    out.push(
      L(
        `TLS 1.0 is not part of the rollback: ${sql}${here ? ' on the TMS server' : ', if it runs on the TMS server,'} ${needsEn}, so leave TLS 1.0 (and SSL 3.0) as they are, and check before the reboot that TLS 1.0 Client and Server are still on (neither \`Enabled\` = 0 nor \`DisabledByDefault\` = 1). If SQL Server does not start after a TLS change (event 26011), turn TLS 1.0 back on for Client and Server, leave SSL 3.0 as it is, and start the service.`,
        `TLS 1.0 は切り戻しの対象ではありません。${here ? 'TMS サーバ上の ' : 'TMS サーバ上で動いている場合、'}${sql} には${needsJa} TLS 1.0 が必要なので、TLS 1.0（と SSL 3.0）はそのままにし、再起動の前に TLS 1.0 の Client と Server が有効なまま（\`Enabled\` = 0 や \`DisabledByDefault\` = 1 になっていない）か確認してください。TLS の変更後に SQL Server が起動しない場合（イベント 26011）は、TLS 1.0 の Client と Server を有効に戻し、SSL 3.0 はそのままにしてサービスを開始してください。`,
      ),
    );
  }
  out.push(
    L(
      'Rolling back is not a fix: at Medium, TMS offers only TLS 1.0 again and the endpoints that refuse it show "No HTTPS response" again. After going back, check that `TMSSNMPService` runs again if you rely on SNMP. Before rolling back because it still fails, look at why: a capture shows whether TMS now offers TLS 1.2. Say "still failing" and I will list what to check.',
      '切り戻しは解決策ではありません。Medium に戻すと TMS は再び TLS 1.0 しか提示せず、それを拒否するエンドポイントには再び「No HTTPS response」が表示されます。SNMP を使っている場合は、戻したあと `TMSSNMPService` が再び動いていることを確認してください。うまくいかないために切り戻す場合は、先に原因を確認してください。キャプチャで TMS が TLS 1.2 を提示しているか分かります。「まだ直りません」と送っていただければ、確認項目をお伝えします。',
    ),
  );
  return out;
}

/**
 * "please confirm the .reg leaves TLS 1.0 enabled", 「この reg で TLS 1.0 は有効のままですか？」 (FIX58A #2): the fix files' .reg sets the
 * TLS 1.2 keys and changes nothing else (src/fixkit: "SSL 3.0 and TLS 1.0 are left as they are"), so TLS 1.0 stays as it is now (on
 * Windows Server 2025, off by default); it does not turn it on either. Where SQL Server on the TMS server needs TLS 1.0, that is said;
 * TLS 1.0 said off, the back-on .reg is named. Another .reg (the TechNote's, an IIS Crypto template) is to be read first.
 */
function regLeavesTls10Answer(f: Facts): LocalizedText[] {
  if (pre15(f)) return [PRE15_NOTE];
  const out: LocalizedText[] = [
    L(
      'The .reg in the fix files (enable-tls12.reg), like the registry step, sets the TLS 1.2 keys for Client and Server and changes nothing else: it leaves TLS 1.0 (and SSL 3.0) exactly as they are now. It does not turn TLS 1.0 on either: if a policy or a tool turned it off, it stays off.',
      '修正ファイルの .reg（enable-tls12.reg）は、レジストリの手順と同じく TLS 1.2 の Client と Server のキーを設定するだけで、ほかは何も変更しません。TLS 1.0（と SSL 3.0）は今の状態のままです。逆に TLS 1.0 を有効にすることもないため、ポリシーやツールで無効にされている場合は無効のままです。',
    ),
  ];
  if (winKind(f) === '2025') out.push(L(`On ${winName(f)} TLS 1.0 is off by default, so "as it is" means off there, and it should stay off.`, `${winName(f)} では TLS 1.0 は既定で無効なので、「今の状態のまま」とは無効のままということです。無効のままにしてください。`));
  if (f.tlsClaims?.tls10 === 'off' && oldSqlMaybeLocal(f)) {
    out.push(L(`You said TLS 1.0 is off, and ${formatSql(f.sql!)}${f.sqlLocation === 'local' ? ' on the TMS server' : ', if it runs on the TMS server,'} needs it on: this .reg will not change that. tls10-back-on.reg from the fix files turns it back on; import it first (ask me for the reg to turn TLS 1.0 back on).`, `TLS 1.0 は無効とのことですが、${f.sqlLocation === 'local' ? 'TMS サーバ上の ' : 'TMS サーバ上で動いている場合、'}${formatSql(f.sql!)} には TLS 1.0 が必要です。この .reg ではそれは変わりません。修正ファイルの tls10-back-on.reg で有効に戻せるので、最初にインポートしてください（「TLS 1.0 を戻す reg をください」と言っていただければお渡しします）。`));
  } else if (oldSqlMaybeLocal(f)) {
    out.push(L(`That is what ${formatSql(f.sql!)}${f.sqlLocation === 'local' ? ' on the TMS server' : ', if it runs on the TMS server,'} needs: TLS 1.0 must stay on for it.`, `${f.sqlLocation === 'local' ? 'TMS サーバ上の ' : 'TMS サーバ上で動いている場合、'}${formatSql(f.sql!)} にはそれが必要です。TLS 1.0 は有効のままにしておく必要があります。`));
  }
  out.push(
    L(
      'To see it for yourself, run check-tls.cmd from the fix files before and after the import, or look under `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0`: TLS 1.0 is off when `Enabled` is 0 or `DisabledByDefault` is 1 under `Client` or `Server`. A .reg from elsewhere (the TechNote\'s, an IIS Crypto template, a policy export) may differ: read its TLS 1.0 lines before you import it (IIS Crypto\'s "Best Practices" template turns TLS 1.0 off).',
      '確認するには、インポートの前と後に修正ファイルの check-tls.cmd を実行するか、`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0` を見てください。`Client` または `Server` で `Enabled` が 0、または `DisabledByDefault` が 1 なら TLS 1.0 は無効です。ほかから入手した .reg（テクニカルノートのもの、IIS Crypto のテンプレート、ポリシーのエクスポートなど）は内容が違うことがあるため、インポートする前に TLS 1.0 の行を確認してください（IIS Crypto の [Best Practices] テンプレートは TLS 1.0 を無効にします）。',
    ),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// The entries (order matters: the first entry that recognises the question answers it)

/**
 * "give me the fix files": what the kit for these facts holds, or why there is none, as the kit says
 * it (SQL down, TMS before 15, a fact still missing). Which surface gives the files (a button, a
 * typed command) is not said here: onCatalogue adds the Fix files action when fixFilesReady.
 */
export function fixFilesReady(f: Facts, skipped?: readonly string[]): boolean {
  return !fixKitBlocker(f, skipped) && buildFixKit({ facts: f, lang: 'en' }).ok;
}

/**
 * What keeps the fix files from being written, the same for the chat's answer, its Fix files button and the console's
 * `fix-kit DIR` (R54): a required question still open, where one the user could not answer goes on with its safe
 * assumption (a SQL version not known goes into the files as "check the build first", the level not known as Medium),
 * except a TMS or endpoint release, which the files need even when the user could not give it.
 */
export function fixKitBlocker(f: Facts, skipped?: readonly string[]): Question | null {
  const open = diagnose(f, assumptionsOf({ skipped: skipped ? [...skipped] : undefined })).questions.find((q) => q.required);
  if (open) return open;
  if (!skipped?.length) return null;
  return diagnose(f).questions.find((q) => q.required && (q.code === 'need-tms-version' || q.code === 'need-endpoint-version')) ?? null;
}

function fixFilesAnswer(f: Facts, skipped?: readonly string[]): LocalizedText[] {
  const q = fixKitBlocker(f, skipped);
  if (q && skipped?.includes(q.code)) {
    // A TMS or endpoint release the user could not give: no question follows (it was skipped), so it is asked here.
    return [
      L(
        `No fix files yet: they only fit TMS 15 or later with endpoints that refuse TLS 1.0, so they need the version you could not give. Tell me once you have it: ${q.text.en}`,
        `まだ修正ファイルは作れません。ファイルは TMS 15 以降と TLS 1.0 を受け付けないエンドポイントの組み合わせにしか合わないため、わからないと伺ったこのバージョンが必要です。わかったら教えてください：${q.text.ja}`,
      ),
    ];
  }
  if (q) {
    // The open question itself follows this answer (withOpenQuestion): not repeated here.
    return [L(`No fix files yet: they are written for one server's facts, and one is still missing (the question below).`, `まだ修正ファイルは作れません。ファイルはサーバごとの情報に合わせて作るため、あと 1 点教えてください（下の質問）。`)];
  }
  const en = buildFixKit({ facts: f, lang: 'en' });
  const ja = buildFixKit({ facts: f, lang: 'ja' });
  if (!en.ok || !ja.ok) return [L(en.ok ? '' : en.reason, ja.ok ? '' : ja.reason)];
  const out: LocalizedText[] = [];
  // What must come first (TLS 1.0 already off with a SQL that needs it) leads, as in the kit.
  en.warnings.forEach((w, i) => out.push(L(w, ja.warnings[i] ?? w)));
  // The SQL question skipped ("I don't know the SQL version"): the files' SQL line says to check the build first (R54).
  if (!f.sql && f.sqlLocation !== 'remote' && en.kind !== 'recovery') {
    out.push(
      L(
        'The SQL Server version is still unknown, so the files start with a check: if SQL Server runs on the TMS server, look up its build (`SELECT @@VERSION`, or the output of check-tls.cmd) before you import anything. On 2008 / 2008 R2, TLS 1.0 has to stay on; on 2012 / 2014, the build must support TLS 1.2 first. Tell me the build and I will say which applies.',
        'SQL Server のバージョンがまだ分からないため、ファイルは確認から始まります。SQL Server が TMS サーバ上で動いている場合は、何かをインポートする前にビルドを確認してください（`SELECT @@VERSION`、または check-tls.cmd の出力）。2008 / 2008 R2 なら TLS 1.0 は有効のままにする必要があり、2012 / 2014 なら先に TLS 1.2 対応のビルドであることが必要です。ビルドを教えていただければ、どちらに当たるかお伝えします。',
      ),
    );
  }
  // SQL Server down after TLS 1.0 went off: the kit is tls10-back-on.reg only; its lead (above) says what it does.
  if (en.kind === 'recovery') {
    out.push(L('Back up the registry before importing it. Use Fix files, below, to get it.', 'インポートする前にレジストリをバックアップしてください。ファイルは下の [修正ファイル] から受け取れます。'));
    return out;
  }
  // TLS 1.0 already off with a SQL Server here that needs it: the files hold tls10-back-on.reg, first (FIRST, above, names it).
  if (en.files.some((x) => x.name === 'tls10-back-on.reg') && tls10OnlyIfOld(f)) {
    // SQL 2012 / 2014 build not known: the build check comes first; the file is for a build without TLS 1.2 support only.
    out.push(
      L(
        'The files include tls10-back-on.reg: it turns TLS 1.0 back on for Schannel Client and Server and changes nothing else (SSL 3.0 stays as it is). Check the SQL Server build first (check-tls.cmd, or SELECT @@VERSION); only if it lacks TLS 1.2 support, back up the registry and import it before any other .reg, and before any reboot or service restart.',
        '修正ファイルには tls10-back-on.reg が含まれています。Schannel の TLS 1.0 の Client と Server を有効に戻すだけで、ほかは変更しません（SSL 3.0 はそのままです）。先に SQL Server のビルドを確認し（check-tls.cmd または SELECT @@VERSION）、TLS 1.2 に対応していないビルドの場合だけ、レジストリをバックアップしてから、ほかの .reg より先に、また再起動やサービスの再起動より前にインポートしてください。',
      ),
    );
  } else if (en.files.some((x) => x.name === 'tls10-back-on.reg')) {
    out.push(
      L(
        'The files include tls10-back-on.reg: it turns TLS 1.0 back on for Schannel Client and Server and changes nothing else (SSL 3.0 stays as it is). Back up the registry and import it before any other .reg, and before any reboot or service restart.',
        '修正ファイルには tls10-back-on.reg が含まれています。Schannel の TLS 1.0 の Client と Server を有効に戻すだけで、ほかは変更しません（SSL 3.0 はそのままです）。レジストリをバックアップしてから、ほかの .reg より先に、また再起動やサービスの再起動より前にインポートしてください。',
      ),
    );
  }
  // "TMS won't open" after the hardening, with a SQL Server here that may have stopped (R54): the kit leads with the
  // read-only check-tls.cmd and the SQL check (KIT_SQL_FIRST, above); the files are described in that order too.
  if (sqlCheckFirst(f)) {
    out.push(
      L(
        `The fix files for ${en.facts || 'this case'}: start with check-tls.cmd. It only reads (the Schannel keys, the .NET strong-crypto values, the TMS services, the Windows and SQL Server versions), so it is safe to run while it is unclear whether SQL Server runs: paste its output here. enable-tls12.reg comes after that, and only once SQL Server is confirmed running: it sets TLS 1.2 for Schannel Client and Server (the same keys and values as the registry step; comments at its top repeat the SQL check). Back up the registry before importing the .reg. Use Fix files, below, to get them.`,
        `${ja.facts ? `次の環境向けの修正ファイルです（${ja.facts}）。` : 'このケース向けの修正ファイルです。'}まず check-tls.cmd を実行してください。読み取るだけのスクリプトなので（Schannel のキー、.NET の強力な暗号化の値、TMS のサービス、Windows と SQL Server のバージョン）、SQL Server が動いているか分からない状態でも安全に実行できます。出力をここに貼り付けてください。enable-tls12.reg はそのあと、SQL Server が実行中と確認できてからにしてください。Schannel の Client と Server で TLS 1.2 を有効にするファイルです（レジストリの手順と同じキーと値です。先頭のコメントにも SQL の確認を記載しています）。.reg をインポートする前にレジストリをバックアップしてください。ファイルは下の [修正ファイル] から受け取れます。`,
      ),
    );
    return out;
  }
  if (en.tls12Shown) {
    // The TLS 1.2 keys shown right, the files there for tls10-back-on.reg (QA48 #1): enable-tls12.reg carries the steps, no import.
    out.push(
      L(
        `The fix files for ${en.facts || 'this case'}: enable-tls12.reg needs no import here (the registry output you pasted shows TLS 1.2 already usable by TMS); the comments at its top hold the steps, in order. check-tls.cmd only reads (the Schannel keys, the .NET strong-crypto values, the TMS services, the Windows and SQL versions): run it before and after and paste its output here. Back up the registry before importing tls10-back-on.reg. Use Fix files, below, to get them.`,
        `${ja.facts ? `次の環境向けの修正ファイルです（${ja.facts}）。` : 'このケース向けの修正ファイルです。'}enable-tls12.reg はここではインポート不要です（貼り付けていただいたレジストリの出力では、TMS が使う TLS 1.2 はすでに有効です）。先頭のコメントに手順を順に記載しています。check-tls.cmd は読み取るだけのスクリプトです（Schannel のキー、.NET の強力な暗号化の値、TMS のサービス、Windows と SQL のバージョン）。変更の前と後に実行し、出力をここに貼り付けてください。tls10-back-on.reg をインポートする前にレジストリをバックアップしてください。ファイルは下の [修正ファイル] から受け取れます。`,
      ),
    );
    return out;
  }
  out.push(
    L(
      `The fix files for ${en.facts || 'this case'}: enable-tls12.reg sets TLS 1.2 for Schannel Client and Server (the same keys and values as the registry step; comments at its top say what comes first, in order), and check-tls.cmd only reads (the Schannel keys, the .NET strong-crypto values, the TMS services, the Windows and SQL versions): run it before and after and paste its output here. Back up the registry before importing the .reg. Use Fix files, below, to get them.`,
      `${ja.facts ? `次の環境向けの修正ファイルです（${ja.facts}）。` : 'このケース向けの修正ファイルです。'}enable-tls12.reg は Schannel の Client と Server で TLS 1.2 を有効にします（レジストリの手順と同じキーと値です。先頭のコメントに、事前に行うことを順に記載しています）。check-tls.cmd は読み取るだけのスクリプトです（Schannel のキー、.NET の強力な暗号化の値、TMS のサービス、Windows と SQL のバージョン）。変更の前と後に実行し、出力をここに貼り付けてください。.reg をインポートする前にレジストリをバックアップしてください。ファイルは下の [修正ファイル] から受け取れます。`,
    ),
  );
  return out;
}

/**
 * "should we just re-enable SSL 3.0?", 「SSL 3.0 を無効にしたからでは？」 (QA round 9 #9, #10): SSL 3.0 is
 * not part of this. With a SQL 2008/2008 R2 that may sit on the TMS server, what gets it running is TLS
 * 1.0 back on; Microsoft's failing case (KB3135244) is SSL 3.0 and TLS 1.0 both off on a build without
 * TLS 1.2 support, so SSL 3.0 off alone is not said to stop SQL (knowledge.md).
 */
function ssl3ReenableAnswer(f: Facts): LocalizedText[] {
  const down = sqlDownNow(f);
  if (oldSqlMaybeLocal(f) || (down && f.sqlLocation !== 'remote')) {
    const name = f.sql ? formatSql(f.sql) : 'SQL Server';
    return [
      L(
        `No: SSL 3.0 is not part of it. What ${name} needs${down ? ' to start again' : ''} is TLS 1.0 on, for both Client and Server (\`Enabled\`=1, \`DisabledByDefault\`=0); leave SSL 3.0 as it is. Microsoft (KB3135244) names the failing case as SSL 3.0 and TLS 1.0 both disabled on a SQL build without TLS 1.2 support: with TLS 1.0 back on, the server is out of that case, whatever SSL 3.0 is set to. So do not read it as "SSL 3.0 off stops SQL": TLS 1.0 is the part to undo.`,
        `いいえ。SSL 3.0 は関係ありません。${name} ${down ? 'を再び起動するのに' : 'に'}必要なのは、TLS 1.0 の Client と Server の両方が有効なこと（\`Enabled\`=1、\`DisabledByDefault\`=0）です。SSL 3.0 はそのままにしてください。Microsoft（KB3135244）が挙げている障害の条件は、TLS 1.2 に対応していない SQL のビルドで SSL 3.0 と TLS 1.0 の両方が無効になっていることです。TLS 1.0 を有効に戻せば、SSL 3.0 の設定にかかわらずこの条件から外れます。「SSL 3.0 を無効にしたから SQL が止まった」のではなく、戻すべきなのは TLS 1.0 です。`,
      ),
    ];
  }
  return [
    MH(
      'No: SSL 3.0 plays no part in "No HTTPS response". The endpoints refuse TLS 1.0 and accept TLS 1.2, so the fix is TMS offering TLS 1.2 (Medium-High in TMS Tools, with TLS 1.2 enabled in Schannel). Leave SSL 3.0 as it is.',
      'いいえ。SSL 3.0 は「No HTTPS response」には関係しません。エンドポイントは TLS 1.0 を拒否し TLS 1.2 を受け付けるので、修正は TMS が TLS 1.2 を提示するようにすること（Schannel で TLS 1.2 を有効にしたうえで、TMS ツールで Medium-High にする）です。SSL 3.0 はそのままにしてください。',
    ),
  ];
}

/**
 * "no time to upgrade SQL to SP4, can we do the TLS part first?", 「先に TLS だけ設定してもいいですか？」
 * (QA round 9 #9). knowledge.md: SQL 2012/2014 on the TMS server need a TLS 1.2 build before TLS
 * settings change (2012 RTM/SP1: a service pack); 2008 R2 keeps TLS 1.0; 2016+ and a remote SQL: nothing
 * waits. On 2012+ TLS 1.2 is on by default, so the keys may need no change; whether Medium-High alone
 * touches TMS's own SQL connection is not in knowledge.md: said as something to check.
 */
function tlsBeforeSqlAnswer(f: Facts): LocalizedText[] {
  if (f.sqlLocation === 'remote') {
    return [L('Yes, as far as SQL goes: it runs on another server, and the TMS server\'s Schannel settings do not touch it. The TLS part does not wait for that upgrade.', 'SQL に関してははい、大丈夫です。SQL は別のサーバで動いており、TMS サーバの Schannel の設定はそこに影響しません。TLS の作業を SQL のアップグレードまで待つ必要はありません。')];
  }
  if (!f.sql) {
    return [L('That depends on the SQL Server on the TMS server: SQL Server 2012 and 2014 need a build with TLS 1.2 support before TLS settings change. Check its build first with `SELECT @@VERSION` and tell me; if SQL runs on another server, the TLS part does not wait for it.', 'TMS サーバ上の SQL Server によります。SQL Server 2012 と 2014 は、TLS の設定を変更する前に TLS 1.2 対応のビルドが必要です。まず `SELECT @@VERSION` でビルドを確認して教えてください。SQL が別のサーバで動いている場合は、TLS の作業を待つ必要はありません。')];
  }
  const name = formatSql(f.sql);
  const k = sqlTlsStatus(f.sql).kind;
  if (k === 'nothing-needed' || k === 'has-tls12') {
    return [L(`Yes: ${name} already supports TLS 1.2, so the TLS part does not wait for any SQL upgrade.`, `はい。${name} はすでに TLS 1.2 に対応しているので、TLS の作業を SQL のアップグレードまで待つ必要はありません。`)];
  }
  if (k === 'keep-tls10') {
    return [L(`Yes, with one rule: the fix turns TLS 1.2 on and leaves TLS 1.0 and SSL 3.0 as they are, and ${name} needs TLS 1.0 to stay on. Do not turn TLS 1.0 off, and do not apply IIS Crypto's "Best Practices" template as part of it.`, `はい。ただし 1 つ守ってください。修正は TLS 1.2 を有効にするだけで、TLS 1.0 と SSL 3.0 はそのままにします。${name} は TLS 1.0 が有効なままであることを必要とします。TLS 1.0 を無効にしたり、IIS Crypto の [Best Practices] テンプレートを適用したりしないでください。`)];
  }
  const where = f.sqlLocation === 'local' ? L('', '') : L(' (if it runs on the TMS server; if it runs on another server, none of this applies)', '（TMS サーバ上で動いている場合です。別のサーバで動いている場合は、これは当てはまりません）');
  const need =
    k === 'upgrade-service-pack'
      ? L('it has no TLS 1.2 package, so the way there is a service-pack upgrade (SP4 is the simplest)', 'TLS 1.2 のパッケージがないため、サービス パックのアップグレードが必要です（SP4 が最も簡単です）')
      : k === 'install-update'
        ? L('it needs the TLS 1.2 update (KB3052404) first', '先に TLS 1.2 更新プログラム（KB3052404）が必要です')
        : L('check its exact build first with `SELECT @@VERSION`', 'まず `SELECT @@VERSION` で正確なビルドを確認してください');
  const out = [
    L(
      `Not the Schannel keys. ${name}${where.en} needs a build with TLS 1.2 support before TLS settings change on that server: ${need.en}. Changing the keys first risks SQL Server, and TMS with it.`,
      `Schannel のキーは変更しないでください。${name}${where.ja} は、そのサーバの TLS の設定を変更する前に TLS 1.2 対応のビルドが必要です。${need.ja}。先にキーを変更すると SQL Server が、ひいては TMS が止まるおそれがあります。`,
    ),
  ];
  out.push(safeBeforeSqlUpdate(f, name));
  return out;
}

/**
 * "why not just enable TLS 1.0 again?" (QA round 9 #9): the endpoints refuse TLS 1.0, so TLS 1.0 on the
 * TMS server cannot help them. During a SQL outage TLS 1.0 back on is the SQL recovery: said so.
 */
/**
 * The reason a reboot is due, for "why is a reboot needed?" (QA50 #19): the cause given, then why a running process needs it.
 * `reason` is a clause: EN after "Because", JA before 「ためです」.
 */
function rebootWhy(reason: LocalizedText): LocalizedText {
  return L(
    `Because ${reason.en}, and Schannel protocol settings apply only to credential handles acquired after the change (Microsoft): processes already running, such as IIS and the TMS services, keep using the old ones. Restarting every process that uses Schannel may be enough; one reboot is the sure way.`,
    `${reason.ja}ためです。Microsoft によれば、Schannel のプロトコル設定は変更後に取得された資格情報ハンドルにだけ適用されるので、すでに動いているプロセス（IIS や TMS のサービスなど）は古い設定のままです。Schannel を使うプロセスをすべて再起動すれば足りる場合もありますが、確実なのは 1 回の再起動です。`,
  );
}

/** "why …?" asks for the reason; "is it safe to re-enable TLS 1.0?", 「有効に戻せばいいですか」 ask yes or no (QA round 13 #6). */
const WHY_ASKED = /(?<![a-z])(?:why|how\scome)(?![a-z])|なぜ|どうして|なんで/;

function whyNotTls10Answer(f: Facts, text = ''): LocalizedText[] {
  const ep = f.endpoint ? formatEndpoint(f.endpoint) : null;
  const yesNo = !WHY_ASKED.test(normaliseQuestion(text));
  // (REV34 #3: a SQL Server with TLS 1.2 support, 2016 or later among them, said down is not started by TLS 1.0: no "yes" for it.)
  const sqlDown = sqlDownNow(f) && f.sqlLocation !== 'remote' && !(f.sql && ['nothing-needed', 'has-tls12'].includes(sqlTlsStatus(f.sql).kind));
  // TC up to 7.3.5 and CE 8.0.x still accept TLS 1.0 (knowledge): for them TLS 1.0 does work; TLS 1.2 still keeps the hardening.
  if (f.endpoint && !endpointRefusesTls10(f.endpoint)) {
    return [
      L(
        `Your endpoints on ${ep} still accept TLS 1.0, so for them it would work: with TLS 1.0 on the TMS server and TMS at Medium, they answer again. If a policy turned TLS 1.0 off, though, it undoes that hardening, and the endpoints' next upgrade (TC 7.3.6 or later, CE 8.1.0 or later) refuses TLS 1.0 again.${pre15(f) ? '' : ' TLS 1.2 enabled on the Client side plus Communication Security = Medium-High works for these endpoints too and keeps TLS 1.0 off.'}`,
        `${ep} のエンドポイントは TLS 1.0 を受け付けるので、TMS サーバで TLS 1.0 を有効にし、TMS が Medium なら、これらのエンドポイントには再び接続できます。ただし、ポリシーで TLS 1.0 を無効にしていたのであれば、そのセキュリティ強化を元に戻すことになります。また、エンドポイントを次にアップグレードすると（TC 7.3.6 以降、CE 8.1.0 以降）再び TLS 1.0 を拒否するようになります。${pre15(f) ? '' : ' TLS 1.2 を有効にして Communication Security を Medium-High にすれば、これらのエンドポイントにも接続でき、TLS 1.0 は無効のままにできます。'}`,
      ),
    ];
  }
  const out = [
    L(
      `${yesNo ? 'No, it does not help. ' : 'Because '}TLS 1.0 is what the endpoints refuse: ${ep ? `${ep}, like every` : 'every'} TC release from 7.3.6, CE release from 8.1.0 and RoomOS release, resets a TLS 1.0 ClientHello on its HTTPS interface. TMS at Medium already offers TLS 1.0, and that is exactly what gets reset; enabling TLS 1.0 on the TMS server changes nothing for them. What they accept is TLS 1.2, which TMS offers from Medium-High.`,
      `${yesNo ? 'いいえ、それでは解決しません。' : ''}TLS 1.0 はエンドポイントが拒否しているもの${yesNo ? 'です' : 'だからです'}。${ep ? `${ep} も、` : ''}TC 7.3.6 以降、CE 8.1.0 以降、RoomOS のすべてのリリースは、HTTPS で TLS 1.0 の ClientHello をリセットします。Medium の TMS はすでに TLS 1.0 を提示しており、それがリセットされています。TMS サーバで TLS 1.0 を有効にしても、エンドポイント側は何も変わりません。エンドポイントが受け付けるのは TLS 1.2 で、TMS は Medium-High 以上で TLS 1.2 を提示します。`,
    ),
  ];
  if (yesNo && !sqlDown && pre15(f)) out.push(PRE15_NOTE);
  else if (yesNo && !sqlDown) {
    out.push(
      MH(
        `${oldSqlMaybeLocal(f) ? '' : `If a policy or your security team turned TLS 1.0 off, turning it back on reopens what they closed, for nothing: keep it off.${winKind(f) === '2025' ? ` On ${winName(f)} it is off by default anyway.` : ''} `}The fix for the endpoints is TLS 1.2 enabled on the Client side of Schannel (\`TLS 1.2\\Client\`: \`Enabled\` = 1, \`DisabledByDefault\` = 0) and Communication Security = Medium-High in TMS Tools, then a restart of IIS and the TMS services (a server reboot if a key was created or changed). After a hardening GPO or IIS Crypto, also check that a cipher suite the endpoints accept is still enabled: a mismatch gives alert 40 or a RST even at TLS 1.2.`,
        `${oldSqlMaybeLocal(f) ? '' : `ポリシーやセキュリティ担当者が TLS 1.0 を無効にしたのであれば、有効に戻すのは、塞いだものを意味もなく開け直すことになります。無効のままにしてください。${winKind(f) === '2025' ? `${winName(f)} ではもともと既定で無効です。` : ''}`}エンドポイントのための修正は、Schannel の Client 側で TLS 1.2 を有効にし（\`TLS 1.2\\Client\` の \`Enabled\` = 1、\`DisabledByDefault\` = 0）、TMS ツールで Communication Security を Medium-High にして、IIS と TMS のサービスを再起動することです（キーを作成・変更した場合はサーバを再起動します）。GPO や IIS Crypto で強化した後であれば、エンドポイントが受け付ける暗号スイートが有効なまま残っているかも確認してください。合わないと TLS 1.2 でもアラート 40 や RST になります。`,
      ),
    );
  }
  if (sqlDown) {
    out.unshift(L('For SQL Server, yes: TLS 1.0 back on (Client and Server) is how it starts again, and that is right to do. It does not fix "No HTTPS response", though:', 'SQL Server については、そのとおりです。TLS 1.0（Client と Server）を有効に戻すのが SQL Server を再び起動する方法で、それは正しい対処です。ただし、それで「No HTTPS response」は直りません。'));
  } else if (oldSqlMaybeLocal(f)) {
    // knowledge: SQL 2008 R2 on the TMS server needs TLS 1.0 kept; that is for SQL, not for the endpoints.
    const name = formatSql(f.sql!);
    out.push(
      L(
        `${f.sqlLocation === 'local' ? `${name} on the TMS server is the exception` : `If ${name} runs on the TMS server, it is the exception`}: it needs TLS 1.0 to stay enabled (a build without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are both off). If the hardening turned TLS 1.0 off there, TLS 1.0 must stay on for SQL's sake. That is not re-enabling it for the endpoints: they still need TLS 1.2 and Medium-High.`,
        `${f.sqlLocation === 'local' ? `TMS サーバ上の ${name} は例外です` : `${name} が TMS サーバ上で動いている場合は例外です`}。TLS 1.0 を有効のまま残す必要があります（TLS 1.2 非対応のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止します）。強化で TLS 1.0 が無効にされていたなら、SQL のために TLS 1.0 は有効にしておく必要があります。これはエンドポイントのために有効に戻すこととは別の話で、エンドポイントには引き続き TLS 1.2 と Medium-High が必要です。`,
      ),
    );
  }
  return out;
}

/**
 * "do I reboot both nodes at once?", 「両方同時に再起動しますか？」 (QA round 13 #2): the timing, never a bare
 * "Yes." (that reads as "both together", a full TMS outage). One node at a time, both get the change; whether a
 * reboot is needed at all is the reboot answer's, for these facts.
 */
function nodesTimingAnswer(f: Facts): LocalizedText[] {
  if (pre15(f)) return [PRE15_NOTE];
  const out = [
    MH(
      'No, not at the same time: one node at a time. While you change and restart the first node, the other keeps TMS running (check that it has taken over before you restart the first); when the first is back, do the second. Both nodes get the same change (the Schannel keys where needed, Communication Security = Medium-High in TMS Tools, the restarts): until the second one is done, a failover to it brings "No HTTPS response" back.',
      'いいえ、同時には行わないでください。1 台ずつ行います。1 台目を変更して再起動している間は、もう 1 台で TMS を動かし続けます（1 台目を再起動する前に、もう 1 台が処理を引き継いでいることを確認してください）。1 台目が戻ったら 2 台目を行います。変更の内容は 2 台とも同じです（必要なら Schannel のキー、TMS ツールで Communication Security を Medium-High、再起動）。2 台目が終わるまでは、そちらにフェイルオーバーすると「No HTTPS response」が再発します。',
    ),
  ];
  const reboot = CATALOGUE.find((e) => e.id === 'reboot-needed');
  if (reboot) out.push(L('Whether a reboot is needed at all (the same on each node):', '再起動そのものが必要かどうか（各ノードで同じです）：'), ...reboot.answer(f));
  return out;
}

/** How the TLS 1.2 keys stand on the Windows release known (knowledge: the defaults table; KB4019276 on 2008 SP2). */
function tls12KeysOnWindows(f: Facts): LocalizedText {
  const k = winKind(f);
  if (k === '2008' && f.windows && !f.windows.r2) return L(`On ${winName(f)} install Microsoft's KB4019276 first: without it TLS 1.1 and 1.2 do not exist and the keys do nothing. Then create the TLS 1.2 keys and reboot once.`, `${winName(f)} では、先に Microsoft の KB4019276 を適用してください。これがないと TLS 1.1 と 1.2 自体がなく、キーを作っても効きません。そのあと TLS 1.2 のキーを作成し、サーバを 1 回再起動します。`);
  if (k === '2008') return L(`On ${winName(f)} TLS 1.2 is off by default: the TLS 1.2 keys (Client and Server) are required, and the server needs one reboot after them.`, `${winName(f)} では TLS 1.2 が既定で無効なので、TLS 1.2 のキー（Client と Server）の作成が必要で、そのあとサーバを 1 回再起動します。`);
  if (k === '2025') return L(`On ${winName(f)} TLS 1.2 is on by default and TLS 1.0 and 1.1 are off: nothing to create unless a policy turned TLS 1.2 off (check the keys), and do not turn TLS 1.1 back on. TMS support for Windows Server 2025 is not documented in my sources.`, `${winName(f)} では TLS 1.2 が既定で有効で、TLS 1.0 と 1.1 は無効です。ポリシーで TLS 1.2 が無効にされていない限り作成するものはなく（キーを確認してください）、TLS 1.1 は有効に戻さないでください。Windows Server 2025 での TMS のサポートは、手元の資料には記載がありません。`);
  if (k === 'modern') return L(`On ${winName(f)} TLS 1.2 is on by default: the keys are a check, not a change. Create or correct them only if a policy (a GPO, IIS Crypto) turned TLS 1.2 off; if nothing changes, no reboot is needed.`, `${winName(f)} では TLS 1.2 が既定で有効なので、キーは変更ではなく確認です。ポリシー（GPO や IIS Crypto）で TLS 1.2 が無効にされている場合だけ作成・修正してください。何も変えなければ、再起動は不要です。`);
  return L('Whether the keys are needed depends on Windows: required on Windows Server 2008 R2 (TLS 1.2 off by default; 2008 without R2 needs KB4019276 first), a check from 2012 on (TLS 1.2 on by default). Which Windows Server release is it?', 'キーが必要かどうかは Windows 次第です。Windows Server 2008 R2 では必要で（TLS 1.2 が既定で無効。R2 でない 2008 では先に KB4019276 が必要）、2012 以降は確認だけです（TLS 1.2 が既定で有効）。Windows Server のバージョンは何でしょうか。');
}

/** Why the SQL Server version matters (knowledge.md, Caveats: the SQL instance on the TMS server itself). */
function whySqlAnswer(f: Facts): LocalizedText[] {
  const out = [
    L(
      'Because a SQL Server on the TMS server itself reacts to TLS settings, and TMS stops when its database does. SQL Server 2008 R2 depends on TLS 1.0: a build without TLS 1.2 support stops and will not start again when TLS 1.0 and SSL 3.0 are both disabled (event 26011). SQL Server 2012 and 2014 need a build with TLS 1.2 support before TLS settings change (2012 RTM and SP1 only get it through a service-pack upgrade). SQL Server 2016 and later need nothing. A SQL Server on another machine is not touched by the TMS server\'s Schannel settings. `SELECT @@VERSION` shows the version and the build.',
      'TMS サーバ上で動く SQL Server は TLS の設定の影響を受け、データベースが止まると TMS も止まるためです。SQL Server 2008 R2 は TLS 1.0 に依存しており、TLS 1.2 非対応のビルドは TLS 1.0 と SSL 3.0 の両方が無効になると停止し、再び起動できなくなります（イベント 26011）。SQL Server 2012 と 2014 は、TLS の設定を変更する前に TLS 1.2 対応のビルドが必要です（2012 RTM と SP1 はサービス パックのアップグレードでしか対応できません）。SQL Server 2016 以降は対応不要です。別のマシンで動く SQL Server は、TMS サーバの Schannel 設定の影響を受けません。バージョンとビルドは `SELECT @@VERSION` で確認できます。',
    ),
  ];
  if (f.sqlLocation === 'remote') {
    out.push(L('You told me SQL runs on another server, so none of this applies to your TMS server.', 'SQL は別サーバで動いているとのことなので、お使いの TMS サーバにはこのどれもあてはまりません。'));
  } else if (f.sql) {
    out.push(sqlVerdict(f.sql));
  }
  return out;
}

/**
 * "why keep TLS 1.0?", "why do we need to keep tls 1.0 enabled?", 「なぜTLS1.0を残す必要があるのですか？」 (QA round 22 M5):
 * the reason is the SQL Server on the TMS server; where that is not the case (remote, 2012 and later), nothing in the fix
 * needs TLS 1.0 kept, and turning it off is a hardening change of its own, after Medium-High (at Medium with TLS 1.0 off
 * TMS sends no ClientHello: knowledge.md, Symptom). On Windows Server 2025 TLS 1.0 is off by default and stays off.
 */
function whyKeepTls10Answer(f: Facts): LocalizedText[] {
  if (pre15(f)) return [PRE15_NOTE];
  if (winKind(f) === '2025') return keepTls10Answer(f);
  const out = whySqlAnswer(f);
  // Only where SQL itself needs nothing (remote, 2016 and later, a build with TLS 1.2): a 2012/2014 build without it
  // on the TMS server needs its update or service pack before any TLS change, so TLS 1.0 is not a free choice there.
  const sqlFree = !!f.sql && (f.sqlLocation === 'remote' || ['nothing-needed', 'has-tls12'].includes(sqlTlsStatus(f.sql).kind));
  if (sqlFree) {
    out.push(
      MH(
        'So on your server SQL gives no reason to keep TLS 1.0, and the fix does not need it either way: it adds TLS 1.2 and sets Medium-High, and turns no TLS protocol off. Turning TLS 1.0 off is a separate hardening change; if you make it, do it after Medium-High is in place, because at Medium with TLS 1.0 off TMS sends no ClientHello at all.',
        'したがって、お使いのサーバでは SQL が TLS 1.0 を残す理由にはなりません。また、今回の修正は TLS 1.2 を有効にして Medium-High にするだけで、TLS のプロトコルを無効にはしないため、TLS 1.0 を残す必要も外す必要もありません。TLS 1.0 の無効化は別のセキュリティ強化の作業です。行う場合は Medium-High にしたあとにしてください。Medium のまま TLS 1.0 を無効にすると、TMS は ClientHello をまったく送信しなくなります。',
      ),
    );
  }
  return out;
}

/**
 * "what about leaving TLS 1.0 on and only adding 1.2?", 「TLS 1.0 はそのままで 1.2 を追加すればいいですか」 (QA round 13 #10):
 * yes, that is the fix (knowledge: the keys add TLS 1.1/1.2 and turn nothing off; Medium-High is what changes the hello).
 */
function keepTls10Answer(f: Facts): LocalizedText[] {
  if (pre15(f)) return [PRE15_NOTE];
  if (winKind(f) === '2025') {
    return [
      L(`On ${winName(f)} TLS 1.0 is already off by default, so there is nothing to leave on, and it should stay off. TLS 1.2 is on by default there: set Communication Security = Medium-High in TMS Tools and restart IIS and the TMS services.`, `${winName(f)} では TLS 1.0 は既定ですでに無効なので、残すものはなく、無効のままにしてください。TLS 1.2 は既定で有効なので、TMS ツールで Communication Security を Medium-High にし、IIS と TMS のサービスを再起動してください。`),
      tls12KeysOnWindows(f),
    ];
  }
  const out = [
    MH(
      'Yes, that is exactly the fix: leave TLS 1.0 as it is, make sure TLS 1.2 is enabled (the Client side is the one TMS uses towards the endpoints), then set Communication Security = Medium-High in TMS Tools and restart IIS and the TMS services. Medium-High is what makes TMS offer TLS 1.2; TLS 1.0 left on changes nothing for the endpoints. Turning TLS 1.0 off is a separate hardening change, not part of this.',
      'はい、それがまさに修正内容です。TLS 1.0 はそのままにして、TLS 1.2 が有効になっていることを確かめ（TMS がエンドポイントへの接続に使うのは Client 側です）、TMS ツールで Communication Security を Medium-High にして、IIS と TMS のサービスを再起動します。TMS が TLS 1.2 を提示するようになるのは Medium-High にしたときで、TLS 1.0 を残してもエンドポイント側には影響しません。TLS 1.0 の無効化は別のセキュリティ強化作業で、今回の作業には含まれません。',
    ),
    tls12KeysOnWindows(f),
  ];
  if (oldSqlMaybeLocal(f)) out.push(L(`${formatSql(f.sql!)}${f.sqlLocation === 'local' ? ' on the TMS server' : ', if it runs on the TMS server,'} needs TLS 1.0 kept enabled anyway.`, `${f.sqlLocation === 'local' ? 'TMS サーバ上の ' : 'TMS サーバ上で動いている場合、'}${formatSql(f.sql!)} にはいずれにしても TLS 1.0 を有効のまま残す必要があります。`));
  return out;
}

/**
 * "should I run the .reg from the doc?", 「ドキュメントの .reg を実行すればいいですか」 (QA round 13 #10): the TechNote's
 * file creates TLS 1.1 and TLS 1.2 keys (Client and Server) with Enabled=1 (knowledge): it re-enables TLS 1.1,
 * which must not happen on 2025 or where a policy turned it off. Per the Windows release known.
 */
function docRegAnswer(f: Facts): LocalizedText[] {
  if (pre15(f)) return [PRE15_NOTE];
  const what = L('The TechNote\'s file creates the TLS 1.1 and the TLS 1.2 keys (Client and Server) and enables both; TLS 1.2 is the only one that matters (TLS 1.1 is deprecated, RFC 8996).', 'テクニカルノートのファイルは TLS 1.1 と TLS 1.2 のキー（Client と Server）を作成し、両方を有効にします。必要なのは TLS 1.2 だけです（TLS 1.1 は非推奨、RFC 8996）。');
  const k = winKind(f);
  let lead: LocalizedText;
  if (k === '2025') {
    lead = MH(`No, not that file on ${winName(f)}: it turns TLS 1.1 back on, which Windows Server 2025 turns off by default and which must stay off. TLS 1.2 is already on there, so the registry needs nothing unless a policy turned TLS 1.2 off (check the keys). What is left is Communication Security = Medium-High in TMS Tools and the restarts. TMS support for Windows Server 2025 is not documented in my sources.`, `いいえ、${winName(f)} ではそのファイルは使わないでください。Windows Server 2025 が既定で無効にしている TLS 1.1 を有効に戻してしまいます。TLS 1.1 は無効のままにする必要があります。TLS 1.2 はすでに有効なので、ポリシーで TLS 1.2 が無効にされていない限りレジストリの変更は不要です（キーを確認してください）。残るのは TMS ツールで Communication Security を Medium-High にすることと、IIS と TMS のサービスの再起動です。Windows Server 2025 での TMS のサポートは、手元の資料には記載がありません。`);
  } else if (k === '2008') {
    lead = f.windows && !f.windows.r2
      ? L(`Not yet: on ${winName(f)} install Microsoft's KB4019276 first, or TLS 1.1 and 1.2 do not exist and the keys do nothing. After it, create the TLS 1.2 keys only (leave out the file's TLS 1.1 part), reboot once, then set Medium-High.`, `まだです。${winName(f)} では先に Microsoft の KB4019276 を適用してください。ないと TLS 1.1 と 1.2 自体がなく、キーは効きません。適用後に TLS 1.2 のキーだけを作成し（ファイルの TLS 1.1 の部分は省きます）、サーバを 1 回再起動してから Medium-High にしてください。`)
      : L(`On ${winName(f)} the TLS 1.2 keys are required (TLS 1.2 is off by default), so its TLS 1.2 part is what you need; leave out the TLS 1.1 part. Export the registry first, reboot once after the keys, then set Medium-High.`, `${winName(f)} では TLS 1.2 が既定で無効なので TLS 1.2 のキーは必要で、ファイルのうち必要なのは TLS 1.2 の部分です。TLS 1.1 の部分は省いてください。先にレジストリをエクスポートし、キーを作成したらサーバを 1 回再起動し、そのあと Medium-High にしてください。`);
  } else if (k === 'modern') {
    lead = MH(`Not as it is: on ${winName(f)} TLS 1.1 and 1.2 are on by default, so the file changes nothing unless a policy turned them off, and then it also turns TLS 1.1 back on against that policy. Check the TLS 1.2 keys first; create or correct TLS 1.2 only if it is off. The step that fixes it is Communication Security = Medium-High in TMS Tools.`, `そのままでは使わないでください。${winName(f)} では TLS 1.1 と 1.2 が既定で有効なので、ポリシーで無効にされていない限りファイルは何も変えません。無効にされていた場合は、そのポリシーに反して TLS 1.1 まで有効に戻します。まず TLS 1.2 のキーを確認し、無効なら TLS 1.2 だけを作成・修正してください。解決する手順は TMS ツールで Communication Security を Medium-High にすることです。`);
  } else {
    lead = L('Not before you know the Windows release: the file turns TLS 1.1 on as well, which must not happen on Windows Server 2025 (off by default there) or where a policy turned it off. Set TLS 1.2 only. Which Windows Server release is it? (`winver` shows it.)', 'Windows のバージョンが分かるまでは使わないでください。このファイルは TLS 1.1 も有効にしますが、Windows Server 2025（既定で無効）やポリシーで無効にしているサーバでは、それは避ける必要があります。設定するのは TLS 1.2 だけにしてください。Windows Server のバージョンは何でしょうか（`winver` で確認できます）。');
  }
  return [lead, what];
}

/**
 * "why is it off? I thought 2012 R2 had it on by default" (QA round 13 #15): an explicit key overrides the default
 * (knowledge: enabled = Enabled non-zero and DisabledByDefault 0); who set it is the thing to find out.
 */
function whyOffAnswer(f: Facts): LocalizedText[] {
  const d = f.windows ? windowsSchannelDefaults(f.windows) : null;
  const keyCheck = L(
    'Check the values under `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client` (`reg query` on that path): `Enabled` = 0 or `DisabledByDefault` = 1 there turns TLS 1.2 off whatever the default is. Such a key is usually written by a GPO or a hardening tool (IIS Crypto): find out who set it before you change it, because a GPO writes its value back, and the same hardening may also have removed cipher suites the endpoints need.',
    '`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client` の値を確認してください（このパスを `reg query` で表示できます）。ここに `Enabled` = 0 か `DisabledByDefault` = 1 があると、既定値に関係なく TLS 1.2 は無効になります。こうしたキーを書くのは、たいてい GPO やセキュリティ強化のツール（IIS Crypto）です。変更する前に誰が設定したかを確認してください。GPO は値を書き戻しますし、同じ強化でエンドポイントに必要な暗号スイートが削除されていることもあります。',
  );
  if (d && d.tls12 === false) {
    return [L(`On ${winName(f)} TLS 1.2 is in fact off by default (Microsoft's table): the keys have to be created there.`, `${winName(f)} では、TLS 1.2 は実際に既定で無効です（Microsoft の表）。このサーバではキーを作成する必要があります。`), keyCheck];
  }
  const lead = d
    ? L(`On ${winName(f)} TLS 1.2 is indeed on by default. A default only holds while no key says otherwise: an explicit key overrides it.`, `${winName(f)} では、確かに TLS 1.2 は既定で有効です。ただし既定値が使われるのはキーがない間だけで、明示的なキーがあればそちらが優先されます。`)
    : L('From Windows Server 2012 on TLS 1.2 is on by default (Microsoft\'s table; off only on 2008 and 2008 R2). A default only holds while no key says otherwise: an explicit key overrides it.', 'Windows Server 2012 以降、TLS 1.2 は既定で有効です（Microsoft の表。既定で無効なのは 2008 と 2008 R2 だけです）。ただし既定値が使われるのはキーがない間だけで、明示的なキーがあればそちらが優先されます。');
  return [lead, keyCheck];
}

/** "KB4019276 is not installed", 「KB4019276 は入っていません」 (QA round 13 #8): there is no fact for it; what to do first. */
function kbMissingAnswer(f: Facts): LocalizedText[] {
  const out = [MH('Then install Microsoft\'s KB4019276 first (it is for Windows Server 2008 SP2, not R2): without it TLS 1.1 and 1.2 do not exist on that server and the registry keys do nothing. After it, create the TLS 1.2 keys (Client and Server), set Communication Security = Medium-High in TMS Tools, then reboot the server once: that one reboot applies the keys and restarts IIS and every TMS service.', 'それなら、先に Microsoft の KB4019276 を適用してください（Windows Server 2008 SP2 用で、R2 用ではありません）。これがないとそのサーバには TLS 1.1 と 1.2 自体がなく、レジストリのキーも効きません。適用後に TLS 1.2 のキー（Client と Server）を作成し、TMS ツールで Communication Security を Medium-High にしてから、サーバを 1 回再起動してください。この 1 回の再起動でキーが反映され、IIS とすべての TMS サービスも再起動されます。')];
  if (f.windows && !(f.windows.year === 2008 && !f.windows.r2)) out.push(L(`You told me the server is ${formatWindows(f.windows)}, which does not need it: check with \`winver\` which release it is.`, `サーバは ${formatWindows(f.windows)} とのことでしたが、そのバージョンには不要です。\`winver\` でどちらのリリースか確認してください。`));
  return out;
}

/** Windows Server 2008 without R2 (SP2), where TLS 1.1 and 1.2 exist only after KB4019276. */
const win2008NoR2 = (f: Facts) => !!f.windows && f.windows.year === 2008 && !f.windows.r2;

/** "is KB4019276 needed?", 「KB4019276 は必要ですか？」 (QA round 14 #18): only on Windows Server 2008 (not R2) SP2. */
function kbNeededAnswer(f: Facts): LocalizedText[] {
  if (win2008NoR2(f)) return [L(`Yes. On ${winName(f)} TLS 1.1 and 1.2 do not exist until KB4019276 is installed, so the registry keys would do nothing without it. Install it first, then create the TLS 1.2 keys (Client and Server), set Communication Security = Medium-High in TMS Tools, and reboot the server once: that one reboot applies the keys and restarts IIS and every TMS service.`, `はい。${winName(f)} では KB4019276 を適用するまで TLS 1.1 と 1.2 自体がないため、それがないとレジストリのキーも効きません。先に適用し、そのあと TLS 1.2 のキー（Client と Server）を作成し、TMS ツールで Communication Security を Medium-High にしてから、サーバを 1 回再起動してください。この 1 回の再起動でキーが反映され、IIS とすべての TMS サービスも再起動されます。`)];
  if (f.windows) {
    const builtIn = f.windows.year === 2008
      ? L('TLS 1.2 is built in there but off by default, so the TLS 1.2 keys are required (and a reboot once after creating them).', 'このバージョンには TLS 1.2 が組み込まれていますが既定で無効なので、TLS 1.2 のキーの作成が必要です（作成後にサーバを 1 回再起動します）。')
      : L('TLS 1.2 is built in there, so the registry step is only a check.', 'このバージョンには TLS 1.2 が組み込まれているので、レジストリの手順は確認だけです。');
    return [L(`No. KB4019276 is only for Windows Server 2008 (not R2) SP2. You told me the server is ${formatWindows(f.windows)}: ${builtIn.en}`, `いいえ。KB4019276 は Windows Server 2008（R2 ではない）SP2 専用です。サーバは ${formatWindows(f.windows)} とのことでした。${builtIn.ja}`)];
  }
  return [L('Only on Windows Server 2008 (not R2) SP2: there TLS 1.1 and 1.2 do not exist until KB4019276 is installed. Windows Server 2008 R2 and later have TLS 1.2 built in and do not need it. `winver` shows which release the TMS server runs.', 'Windows Server 2008（R2 ではない）SP2 の場合だけ必要です。このバージョンには KB4019276 を適用するまで TLS 1.1 と 1.2 自体がありません。Windows Server 2008 R2 以降は TLS 1.2 を備えているので不要です。TMS サーバのバージョンは `winver` で確認できます。')];
}

/**
 * "is KB4019276 installed?", "do we have KB4019276?", 「KB4019276は入っていますか？」 (QA round 16): the bot
 * cannot see the server; how to check on it, and when the update matters at all (knowledge.md: only
 * Windows Server 2008 (not R2) SP2 needs it before TLS 1.1/1.2 exist).
 */
function kbCheckAnswer(f: Facts): LocalizedText[] {
  const out = [
    L(
      'I cannot see your server, so check on the TMS server itself: in PowerShell `Get-HotFix -Id KB4019276` lists it when it is installed and reports an error when it is not; from a command prompt `wmic qfe | findstr 4019276` prints a line only when it is installed.',
      'こちらからはサーバの状態は見えないため、TMS サーバ上で確認してください。PowerShell の `Get-HotFix -Id KB4019276` は、適用済みなら一覧に表示し、未適用ならエラーを返します。コマンド プロンプトの `wmic qfe | findstr 4019276` は、適用済みの場合だけ行を表示します。',
    ),
  ];
  if (win2008NoR2(f)) {
    out.push(L(`It matters on ${winName(f)}: TLS 1.1 and 1.2 do not exist there until KB4019276 is installed, so the registry keys do nothing without it. If it is missing, install it first, then create the TLS 1.2 keys (Client and Server) and reboot once.`, `${winName(f)} では重要です。KB4019276 を適用するまで TLS 1.1 と 1.2 自体がないため、それがないとレジストリのキーも効きません。未適用なら先に適用し、そのあと TLS 1.2 のキー（Client と Server）を作成して、サーバを 1 回再起動してください。`));
  } else if (f.windows) {
    out.push(L(`You told me the server is ${formatWindows(f.windows)}, which does not need it: KB4019276 is only for Windows Server 2008 (not R2) SP2, and ${formatWindows(f.windows)} has TLS 1.2 built in. Whether it is installed does not change the fix here.`, `サーバは ${formatWindows(f.windows)} とのことなので、この更新は不要です。KB4019276 は Windows Server 2008（R2 ではない）SP2 専用で、${formatWindows(f.windows)} には TLS 1.2 が組み込まれています。適用の有無はこの修正に影響しません。`));
  } else {
    out.push(L('It matters only on Windows Server 2008 (not R2) SP2, where TLS 1.1 and 1.2 do not exist until it is installed; Windows Server 2008 R2 and later have TLS 1.2 built in and do not need it. `winver` shows which release the TMS server runs.', '必要なのは Windows Server 2008（R2 ではない）SP2 の場合だけで、このバージョンには KB4019276 を適用するまで TLS 1.1 と 1.2 自体がありません。Windows Server 2008 R2 以降は TLS 1.2 を備えているので不要です。TMS サーバのバージョンは `winver` で確認できます。'));
  }
  return out;
}

/**
 * Server-health symptoms asked about as maybe related ("High CPU on the TMS server, related?", 「CPU使用率が
 * 高い、関係ある？」): what the question names, as a short label. knowledge.md has nothing on them.
 */
const HEALTH_SYMPTOMS: [RegExp, LocalizedText][] = [
  [/cpu|プロセッサ/, L('High CPU', 'CPU 使用率の高さ')],
  [/memory|ram(?![a-z])|メモリ/, L('High memory use', 'メモリ使用量の多さ')],
  [/disk|space|ディスク|容量/, L('A full disk', 'ディスクの空き不足')],
  [/sql|database|db(?![a-z])|データベース/, L('Slow SQL', 'SQL の遅さ')],
];

/** "is high CPU / a full disk / slow SQL related?": not a sign of this problem as far as the facts go; what it looks like. */
function healthSymptomAnswer(text: string | undefined): LocalizedText[] {
  const t = text ? normaliseQuestion(text) : '';
  const name = HEALTH_SYMPTOMS.find(([re]) => re.test(t))?.[1] ?? L('Slowness on the server', 'サーバの遅さ');
  return [
    L(
      `${name.en} is not a sign of this problem as far as the facts I have go, so I would look into it on its own. This problem shows as "No HTTPS response" for endpoints in Systems > Navigator after they moved to TC 7.3.6 or later, CE 8.1.0 or later or RoomOS: TMS opens the TCP connection, offers only TLS 1.0 and the endpoint resets it; TMS then tries plain HTTP and gets a 301 redirect.`,
      `${name.ja}は、私が把握している事実の範囲では、この問題の兆候ではありません。別の問題として調べることをお勧めします。この問題では、TC 7.3.6 以降、CE 8.1.0 以降、または RoomOS にしたエンドポイントに [Systems] > [Navigator] で「No HTTPS response」が表示されます。TMS が TCP 接続を開いて TLS 1.0 だけを提示し、エンドポイントがそれをリセットします。その後 TMS は HTTP を試し、301 リダイレクトを受け取ります。`,
    ),
    L('It does not change the diagnosis: let us carry on with it.', '診断には影響しないので、このまま進めましょう。'),
  ];
}

/** "KB4019276 is installed already", 「KB4019276 は入っています」 (QA round 14 #18): then the keys can be added. */
function kbInstalledAnswer(f: Facts): LocalizedText[] {
  if (f.windows && !win2008NoR2(f)) return [L(`KB4019276 is for Windows Server 2008 (not R2) SP2; you told me the server is ${formatWindows(f.windows)}, which does not need it. Check with \`winver\` which release it is.`, `KB4019276 は Windows Server 2008（R2 ではない）SP2 用です。サーバは ${formatWindows(f.windows)} とのことでしたが、そのバージョンには不要です。\`winver\` でどちらのリリースか確認してください。`)];
  return [MH(`Good: with KB4019276 in place, ${f.windows ? winName(f) : 'Windows Server 2008 SP2'} has TLS 1.2, so the keys can be added. Create the TLS 1.2 keys (Client and Server; they are not there by default), set Communication Security = Medium-High in TMS Tools, reboot the server once (that one reboot applies the keys and restarts IIS and every TMS service), then Force Refresh the endpoints.`, `よかったです。KB4019276 が適用されていれば ${f.windows ? winName(f) : 'Windows Server 2008 SP2'} でも TLS 1.2 が使えるので、キーを追加できます。TLS 1.2 のキー（Client と Server。既定ではありません）を作成し、TMS ツールで Communication Security を Medium-High にしてから、サーバを 1 回再起動し（この 1 回でキーが反映され、IIS とすべての TMS サービスも再起動されます）、エンドポイントを [Force Refresh] してください。`)];
}

/**
 * "KB3052404 is installed already", "so install the KB? we already did", 「KB入れました」「KBはもう入れてあります」 (QA round 21
 * F6): the update is not prescribed again. The build decides (knowledge.md, SQL Server 2012 caveat: the first builds with
 * TLS 1.2 support, KB3135244); a build said below them means the update has not reached this instance (or the build was
 * read before it): the build now is asked for. A KB with no number on Windows Server 2008 (not R2) with no SQL 2012/2014
 * is the Windows update KB4019276.
 */
function sqlKbInstalledAnswer(f: Facts, text = ''): LocalizedText[] {
  const sqlNeedsOne = !!f.sql && (f.sql.year === 2012 || f.sql.year === 2014);
  if (!/3052404/.test(text) && f.windows && win2008NoR2(f) && !sqlNeedsOne) return kbInstalledAnswer(f);
  const builds = L(
    `The first builds with TLS 1.2 support (Microsoft KB3135244): ${SQL2012_2014_FIRST_TLS12_BUILDS.en}.`,
    `TLS 1.2 に対応した最初のビルド（Microsoft KB3135244）：${SQL2012_2014_FIRST_TLS12_BUILDS.ja}。`,
  );
  if (f.sqlLocation === 'remote') {
    return [L('Then nothing more is needed for SQL Server in this fix: you told me it runs on another server, which the TMS server\'s Schannel settings do not touch.', 'それなら、この修正で SQL Server について必要なことはもうありません。SQL Server は別のサーバで動いているとのことで、TMS サーバの Schannel 設定はそのサーバに影響しません。')];
  }
  if (!f.sql) {
    return [
      L('Then the build decides: run `SELECT @@VERSION` on the SQL Server of the TMS server and tell me what it shows. SQL Server 2016 and later need nothing; a 2012 or 2014 build must be one of these or later before any TLS change.', 'それなら、ビルドで決まります。TMS サーバの SQL Server で `SELECT @@VERSION` を実行し、結果を教えてください。SQL Server 2016 以降は対応不要です。2012 と 2014 は、TLS の設定を変更する前に、次のいずれか以降のビルドになっている必要があります。'),
      builds,
    ];
  }
  const name = formatSql(f.sql);
  const k = sqlTlsStatus(f.sql).kind;
  if (k === 'nothing-needed' || k === 'has-tls12') {
    return [L(`Good: ${name} supports TLS 1.2, so nothing more is needed for it; carry on with the fix.`, `よかったです。${name} は TLS 1.2 に対応しているので、これ以上の対応は不要です。修正の作業を続けてください。`)];
  }
  if (k === 'keep-tls10') {
    return [keepTls10NoUpdate(f.sql, 'now')];
  }
  if (f.sql.build && (k === 'install-update' || k === 'upgrade-service-pack')) {
    return [
      L(
        `Then the update has not reached this instance, or the build you gave me was read before it: ${f.sql.build} is below the first builds with TLS 1.2 support.${k === 'upgrade-service-pack' ? ' (For SQL 2012 RTM and SP1 there is no TLS 1.2 update at all: the way is a service-pack upgrade.)' : ''} Run \`SELECT @@VERSION\` on it now and tell me the build it shows; change no TLS setting until it is at or above them.`,
        `それなら、更新がこのインスタンスに適用されていないか、いただいたビルドが更新前のものです。${f.sql.build} は TLS 1.2 に対応した最初のビルドより前です。${k === 'upgrade-service-pack' ? '（SQL 2012 の RTM と SP1 向けの TLS 1.2 更新プログラムはそもそもなく、サービス パックのアップグレードが必要です。）' : ''}いま \`SELECT @@VERSION\` を実行して、表示されるビルドを教えてください。それ以降のビルドになるまで、TLS の設定は変更しないでください。`,
      ),
      builds,
    ];
  }
  return [
    L(`Then the build decides: run \`SELECT @@VERSION\` on ${name} and check that the build is one of these or later before any TLS change.`, `それなら、ビルドで決まります。${name} で \`SELECT @@VERSION\` を実行し、TLS の設定を変更する前に、ビルドが次のいずれか以降になっていることを確認してください。`),
    builds,
  ];
}

/**
 * SQL 2005 / 2008 / 2008 R2 (keep-tls10) and "is the SQL update in?": none is needed for this fix; the build that supports
 * TLS 1.2 is named for 2008 (SP4 10.0.6547.0) and 2008 R2 (SP3 10.50.6542.0), none for older releases (knowledge.md Caveats).
 */
function keepTls10NoUpdate(sql: SqlVersion, tense: 'now' | 'is'): LocalizedText {
  const name = formatSql(sql);
  const build = sql2008Tls12BuildName(sql);
  const lead = L(`For ${name} this fix needs no SQL update: what matters is that TLS 1.0 stays enabled.`, `${name} の場合、この修正のための SQL の更新は不要です。大事なのは TLS 1.0 を有効のままにすることです。`);
  if (!build) return lead;
  return L(
    `${lead.en} Whether ${tense === 'now' ? 'the build now supports' : 'its build supports'} TLS 1.2: \`SELECT @@VERSION\` shows it (${build} or later).`,
    `${lead.ja}ビルドが TLS 1.2 に${tense === 'now' ? '対応したかどうか' : '対応しているかどうか'}は \`SELECT @@VERSION\` で分かります（${build} 以降）。`,
  );
}

/**
 * "is KB3052404 installed?", "do we have KB3052404?", 「KB3052404入ってる？」 (QA round 29 #1): asked, not said. The bot
 * cannot see the server: it says how to check (the build from `SELECT @@VERSION` against the first builds with TLS 1.2
 * support, knowledge.md's SQL 2012 caveat / KB3135244) and what the build already given means; nothing is recorded.
 */
function sqlKbCheckAnswer(f: Facts): LocalizedText[] {
  const how = L(
    "I cannot see your server, so check on it: `SELECT @@VERSION` on the SQL Server of the TMS server shows its build, and the TLS 1.2 update is in when that build is at or above the first build with TLS 1.2 support of its line (Microsoft KB3135244). Windows' list of installed updates (Programs and Features > View installed updates) also shows SQL Server updates, but the build is what counts.",
    'こちらからはサーバの状態は見えないため、サーバで確認してください。TMS サーバの SQL Server で `SELECT @@VERSION` を実行するとビルドが表示されます。そのビルドが、同じ系列で TLS 1.2 に対応した最初のビルド（Microsoft KB3135244）以降であれば、TLS 1.2 更新プログラムは適用済みです。Windows のインストール済み更新プログラムの一覧（[プログラムと機能] > [インストールされた更新プログラムを表示]）にも SQL Server の更新は表示されますが、判断の基準はビルドです。',
  );
  if (f.sqlLocation === 'remote') {
    return [L('For this fix it does not matter: you told me SQL Server runs on another machine, which the TMS server\'s Schannel settings do not touch.', 'この修正には関係しません。SQL Server は別のマシンで動いているとのことで、TMS サーバの Schannel 設定はそのサーバに影響しません。')];
  }
  const builds = L(
    `The first builds with TLS 1.2 support: ${SQL2012_2014_FIRST_TLS12_BUILDS.en}. SQL Server 2016 and later need nothing.`,
    `TLS 1.2 に対応した最初のビルド：${SQL2012_2014_FIRST_TLS12_BUILDS.ja}。SQL Server 2016 以降は対応不要です。`,
  );
  if (!f.sql) return [how, builds];
  const name = formatSql(f.sql);
  const k = sqlTlsStatus(f.sql).kind;
  const build = f.sql.build;
  if (k === 'nothing-needed') {
    return [L(`${name} does not need it: SQL Server 2016 and later support TLS 1.2 as they are, so there is nothing to install for SQL in this fix.`, `${name} には不要です。SQL Server 2016 以降はそのままで TLS 1.2 に対応しているため、この修正で SQL に適用するものはありません。`)];
  }
  if (k === 'keep-tls10') {
    return [keepTls10NoUpdate(f.sql, 'is')];
  }
  if (k === 'has-tls12') {
    return [
      how,
      build
        ? L(`The build you gave me, ${build}, is already at or above the first TLS 1.2 build of its line: ${name} supports TLS 1.2, so there is nothing to install for it.`, `いただいたビルド ${build} は、その系列で TLS 1.2 に対応した最初のビルド以降です。${name} は TLS 1.2 に対応しているため、適用するものはありません。`)
        : L(`${name} as you gave it already supports TLS 1.2; \`SELECT @@VERSION\` confirms the build.`, `お知らせいただいた ${name} はすでに TLS 1.2 に対応しています。ビルドは \`SELECT @@VERSION\` で確認できます。`),
    ];
  }
  if (k === 'upgrade-service-pack') {
    return [
      L(`It cannot be: there is no KB3052404 package for ${name}. For SQL Server 2012, Microsoft's TLS 1.2 update starts at SP2, so the way to TLS 1.2 support is a service-pack upgrade (SP4 is the simplest), with its own window. \`SELECT @@VERSION\` shows the build it runs now.`, `適用済みということはありません。${name} 向けの KB3052404 はありません。SQL Server 2012 向けの Microsoft の TLS 1.2 更新プログラムは SP2 以降にしかないため、TLS 1.2 に対応させるにはサービス パックのアップグレード（SP4 が最も簡単です）が必要で、専用の作業時間を取ってください。現在のビルドは \`SELECT @@VERSION\` で確認できます。`),
    ];
  }
  if (k === 'install-update' && build) {
    return [
      how,
      L(`Going by the build you gave me, no: ${build} is below the first builds with TLS 1.2 support, so the update is not in it (unless it was installed after that build was read). If \`SELECT @@VERSION\` still shows ${build}, install the update for its branch before any TLS change.`, `いただいたビルドで判断すると、適用されていません。${build} は TLS 1.2 に対応した最初のビルドより前なので、更新は含まれていません（そのビルドを確認したあとに適用した場合を除きます）。\`SELECT @@VERSION\` でまだ ${build} と表示される場合は、TLS の設定を変更する前に、そのブランチ向けの更新プログラムを適用してください。`),
      ...(sqlTargetText(f.sql) ? [sqlTargetText(f.sql)!] : []),
    ];
  }
  return [how, sqlTargetText(f.sql) ?? builds];
}

/**
 * "If we turn TLS 1.0 off, SQL won't start, right?", "will SQL stop if we disable TLS 1.0?", 「TLS1.0を無効にしたらSQLが
 * 起動しないですよね？」 (R40B): a question about what turning TLS 1.0 off does to SQL Server, per this conversation's
 * SQL (knowledge.md, SQL caveats): 2008 / 2008 R2 without a TLS 1.2 build keeps TLS 1.0 (Microsoft's failing case: TLS
 * 1.0 and SSL 3.0 both off, event 26011); 2012 / 2014 need a build with TLS 1.2 support before TLS settings change;
 * 2016 and later need nothing; a remote SQL Server is not touched by the TMS server's Schannel settings. Nothing is down.
 */
function tls10OffSqlAnswer(f: Facts): LocalizedText[] {
  const hardening = MH(
    'The fix itself turns nothing off: it needs TLS 1.2 and Medium-High. Turning TLS 1.0 off is a separate hardening change; make it only after Medium-High is in place (at Medium with TLS 1.0 off, TMS sends no ClientHello at all).',
    '今回の修正は何も無効にしません。必要なのは TLS 1.2 と Medium-High だけです。TLS 1.0 の無効化は別のセキュリティ強化作業で、行うなら Medium-High にしたあとにしてください（Medium のまま TLS 1.0 を無効にすると、TMS は ClientHello をまったく送りません）。',
  );
  // (A remote SQL Server without TLS 1.2 support, or of unknown build: TMS is its client, checked before the change, QA51 #5.)
  const remoteCheck = f.sqlLocation === 'remote' ? remoteSqlTls10OffCheck(f.sql) : null;
  if (remoteCheck) return [remoteCheck, hardening];
  if (f.sql && f.sqlLocation === 'remote') {
    return [
      L(`Not for your SQL Server: ${formatSql(f.sql)} runs on another server, and the TMS server's Schannel settings do not touch it. After any TLS change on the TMS server, check that TMS still connects to its database.`, `お使いの SQL Server には当てはまりません。${formatSql(f.sql)} は別のサーバで動いており、TMS サーバの Schannel の設定の影響を受けません。TMS サーバの TLS 設定を変更したあとは、TMS がデータベースに接続できていることを確認してください。`),
      hardening,
    ];
  }
  if (oldSqlMaybeLocal(f) && sqlHasTls12Build(f)) return tls10OffWithTls12SqlAnswer(f);
  if (oldSqlMaybeLocal(f)) {
    const name = formatSql(f.sql!);
    const where = f.sqlLocation === 'local' ? L(' on the TMS server', ' が TMS サーバ上で動いている') : L(', if it runs on the TMS server (tell me if it is remote)', ' が TMS サーバ上で動いているなら（別サーバならお知らせください）');
    return [
      L(
        `Yes, that is the risk with ${name}${where.en}. Microsoft names the failing case: a SQL build without TLS 1.2 support, with TLS 1.0 and SSL 3.0 both disabled, stops and will not start again (event 26011, "unable to initialize encryption"); where SSL 3.0 is already off (the default from Windows Server 2016 on, or a hardening policy), turning TLS 1.0 off is exactly that case. Keep TLS 1.0 enabled and leave SSL 3.0 as it is; the fix needs neither of them off.`,
        `はい。${name}${where.ja}場合は、そのおそれがあります。Microsoft が挙げている障害の条件は、TLS 1.2 に対応していない SQL のビルドで TLS 1.0 と SSL 3.0 の両方が無効になっていることで、このとき SQL のサービスが停止して起動できなくなります（イベント 26011「unable to initialize encryption」）。SSL 3.0 がすでに無効なサーバ（Windows Server 2016 以降の既定、またはセキュリティ強化のポリシー）では、TLS 1.0 を無効にするとまさにこの条件になります。TLS 1.0 は有効のままにし、SSL 3.0 も変更しないでください。今回の修正にはどちらの無効化も必要ありません。`,
      ),
    ];
  }
  if (f.sql) {
    const name = formatSql(f.sql);
    const k = sqlTlsStatus(f.sql).kind;
    if (k === 'nothing-needed' || k === 'has-tls12') {
      return [L(`Not because of SQL: ${name} supports TLS 1.2, so it does not depend on TLS 1.0.`, `SQL が理由で起動しなくなることはありません。${name} は TLS 1.2 に対応しているため、TLS 1.0 には依存しません。`), hardening];
    }
    return [
      L(
        `${name}${f.sqlLocation === 'local' ? ' on the TMS server' : ', if it runs on the TMS server,'} must be on a build with TLS 1.2 support (Microsoft KB3135244) before TLS 1.0 goes off; without it, do not turn TLS 1.0 off.`,
        `${f.sqlLocation === 'local' ? 'TMS サーバ上の ' : 'TMS サーバ上で動いている場合、'}${name} は、TLS 1.0 を無効にする前に TLS 1.2 対応のビルド（Microsoft KB3135244）になっている必要があります。そうなっていなければ、TLS 1.0 は無効にしないでください。`,
      ),
      sqlVerdict(f.sql),
      hardening,
    ];
  }
  return [
    L(
      'It depends on the SQL Server on the TMS server. SQL Server 2008 R2: yes, keep TLS 1.0 enabled; a build without TLS 1.2 support stops and will not start again when TLS 1.0 and SSL 3.0 are both disabled (event 26011). SQL Server 2012 and 2014: they need a build with TLS 1.2 support before TLS 1.0 goes off. SQL Server 2016 and later need nothing, and a SQL Server on another machine is not touched by the TMS server\'s Schannel settings. `SELECT @@VERSION` shows the version and the build: tell me and I will say which case it is.',
      'TMS サーバ上の SQL Server によります。SQL Server 2008 R2 の場合は、そのとおりです。TLS 1.0 は有効のままにしてください。TLS 1.2 非対応のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止し、再び起動できなくなります（イベント 26011）。SQL Server 2012 と 2014 は、TLS 1.0 を無効にする前に TLS 1.2 対応のビルドになっている必要があります。SQL Server 2016 以降は対応不要で、別のマシンで動く SQL Server は TMS サーバの Schannel の設定の影響を受けません。バージョンとビルドは `SELECT @@VERSION` で確認できます。お知らせいただければ、どのケースに当たるかをお伝えします。',
    ),
    hardening,
  ];
}

/** "do we need to upgrade TMS?" asks yes or no; "can we fix it without upgrading TMS?" asks for another way (normalised text). */
const NEED_UPGRADE_ASKED = /(?<![a-z])(?:need|needs|have\sto|has\sto|must|should|required|necessary|mandatory)(?![a-z])|必要|必須|いる|要る|しなければ|しないと|べき|(?:ほうが|方が)\s?(?:いい|良い|よい)/;
/**
 * A TMS release before 15 written without "TMS" (REV35 #3): 12.x to 14.x with a one-digit minor and at most a short patch
 * ("14.6", "14.6.2", "13.2.2", "14.x"), not a SQL Server build ("11.0.2100", "10.50.6000", "12.0.4100": 10/11 lead, or a long
 * build part), which the SQL reading answers.
 */
const TMS_SHAPED_PRE15 = String.raw`v?1[2-4](?:\.[0-9x](?:\.[0-9]{1,2})?)?(?![0-9]|\.[0-9])`;
/**
 * An endpoint upgrade or not fixing named in the sentence around a follow-up word (REV35 #6): "is the endpoint upgrade reversible?",
 * "impact on users of the TC upgrade?", "what's the impact on users if we don't fix it?", 「エンドポイントのアップグレードによる
 * ユーザーへの影響は？」「直さなかった場合のユーザーへの影響は？」: asked about that, not about this fix. As a lookbehind (the
 * 40 characters before the word, in its sentence) and a lookahead (the 40 after).
 */
const EP_UPGRADE_EN = String.raw`(?:(?:endpoint|codec|device|(?<![a-z])tc|(?<![a-z])ce|roomos|firmware)s?(?:'s)?\s(?:[a-z0-9.]+\s){0,2}?(?:upgrade|update|firmware)|(?:upgrad|updat)(?:e|es|ed|ing)\s(?:of\s|to\s|for\s|on\s)?(?:the\s|our\s|all\s)?(?:endpoint|codec|device|tc|ce|roomos|sx\d+|mx\d+|dx\d+)s?(?![a-z]))`;
const NOT_FIXING_EN = String.raw`(?:(?:if|when)\s(?:we|they|you|i|the\scustomer)\s(?:don'?t|do\snot|never|can'?t|cannot|won'?t)\s(?:fix|change|do|apply)|without\s(?:fixing|the\sfix|changing|doing)|not\sfixing|leave\sit\s(?:as\sis|broken|alone))`;
const GAP_EN = String.raw`(?:[^.?!;]|\.(?=\d)){0,40}`;
const NOT_ABOUT_FIX_EN_BEFORE = String.raw`(?<!(?:${EP_UPGRADE_EN}|${NOT_FIXING_EN})${GAP_EN})`;
const NOT_ABOUT_FIX_EN_AFTER = String.raw`(?!${GAP_EN}(?:${EP_UPGRADE_EN}|${NOT_FIXING_EN}))`;
const EP_UPGRADE_JA = String.raw`(?:(?:エンドポイント|コーデック|端末|(?<![a-z])tc|(?<![a-z])ce|roomos|ファームウェア)[^。？?]{0,15}(?:アップグレード|アップデート|更新|バージョンアップ)|直さ(?:ない|ず|なかった)|修正し(?:ない|なかった|ません)|対処し(?:ない|なかった)|放置)`;
/** The whole sentence names an endpoint upgrade or not fixing (for a clause such as "is that reversible?" read alone). */
export const NOT_ABOUT_FIX_SENTENCE = new RegExp(`${EP_UPGRADE_EN}|${NOT_FIXING_EN}|${EP_UPGRADE_JA}`, 'i');
/** Entries whose words REV35 #6 narrowed ("reversible", "impact on users"), and those words. */
export const FIX_ONLY_ENTRIES: ReadonlySet<string> = new Set(['rollback', 'downtime']);
export const FIX_ONLY_WORDS = /(?<![a-z])(?:reversible|impacts?|effects?)(?![a-z])|影響/i;
/** The fix itself named in a clause ("is the fix reversible?", "is Medium-High reversible"): then it is about the fix. */
export const FIX_NAMED = /(?<![a-z])(?:fix|mediumhigh|level|registry|keys?|schannel|tls|change)(?![a-z])|修正|レジストリ|レベル/i;
const NOT_ABOUT_FIX_JA_BEFORE = String.raw`(?<!${EP_UPGRADE_JA}[^。？?]{0,30})`;
const NOT_ABOUT_FIX_JA_AFTER = String.raw`(?![^。？?]{0,20}${EP_UPGRADE_JA})`;

/** "is there a patch for 14.6?", 「14.6 のパッチはありますか」 (QA58 #12). */
const PATCH_ASKED = /(?<![a-z])(?:patch|patches|hotfix|hotfixes|hot\sfix)(?![a-z])|パッチ|修正プログラム|ホットフィックス/;
const WITHOUT_UPGRADE = /(?<![a-z])(?:without|instead\sof|other\sthan|besides|short\sof|avoid(?:ing)?|workaround|stopgap)(?![a-z])|ずに|ないで|ないまま|なくても|なしで|以外/;

/** "Don't disable TLS 1.0, the customer said so": asks about keeping TLS 1.0 and instructs it alike (keep-tls10-add-tls12). */
const DONT_DISABLE_TLS10 =
  `(?:^|[:;,.!]\\s*|(?:said|says|told\\s(?:us|me)),?\\s)(?:(?:so|and|but|ok|okay|also|just)[,\\s]+)?(?:please\\s)?(?:do\\s?not|don['’]?t)\\s(?:ever\\s)?(?:disable|turn\\s(?:off\\s)?|switch\\s(?:off\\s)?|remove|deactivate|touch)\\s?(?:the\\s)?${TLS10}`;

/** "Please make sure TLS 1.2 is enabled for Client.", 「TLS 1.2を有効にしてください」: recognised and read as a statement alike. */
const TLS12_CLIENT_REQUEST = {
  en: [`(?:^|[:;,.!]\\s*|(?:please|pls|kindly)\\s)(?:also\\s|just\\s)?(?:make\\ssure|ensure|check|verify|confirm)(?:\\sthat)?\\s(?:the\\s)?${TLS12}(?:\\s(?:client|server)(?:\\s(?:and|&|/)\\s?(?:client|server))?)?(?:\\s(?:sub)?keys?)?\\s(?:is|are)\\s(?:also\\s)?(?:enabled|on|turned\\son)(?![a-z])`, `(?<![a-z])(?:please|pls|kindly)\\s(?:also\\s|just\\s)?(?:enable|turn\\son|switch\\son)\\s(?:the\\s)?${TLS12}`],
  ja: [`${TLS12}[^。？?]{0,20}?(?:有効|オン)\\s?(?:に|化)?\\s?(?:して|なっているか確認して|なっていることを確認して)\\s?(?:ください|下さい|ほしい|欲しい|お願い)`],
};

/**
 * Checking the fix without a capture (QA53 #13): Systems > Navigator and Force Refresh (knowledge.md Fix 7), the probe for what
 * the endpoint accepts, and what to check when it still fails.
 */
function verifyWithoutCaptureAnswer(): LocalizedText[] {
  return [
    L(
      'Systems > Navigator in TMS is the check that counts: once the change is in and IIS and the TMS services are restarted (or the server rebooted), select a failing system and use Force Refresh. If the fix worked, it leaves "No HTTPS response"; otherwise it shows the error again at the next poll. No tool to install.',
      'TMS の [Systems] > [Navigator] で確認するのが本来の確認方法です。変更を入れて IIS と TMS のサービスを再起動（またはサーバを再起動）したら、失敗していたシステムを選んで [Force Refresh] を実行してください。修正が効いていれば「No HTTPS response」が消えます。効いていなければ、次のポーリングで再びエラーになります。ツールのインストールは不要です。',
    ),
    L(
      'I can also probe an endpoint\'s HTTPS port from here: it shows that the endpoint refuses TLS 1.0 and accepts TLS 1.2, which confirms the cause. It tests the endpoint, not what TMS offers, so the Navigator check above is what shows the fix.',
      'こちらからエンドポイントの HTTPS ポートをプローブすることもできます。エンドポイントが TLS 1.0 を拒否して TLS 1.2 を受け付けることが分かり、原因の確認になります。ただしプローブが調べるのはエンドポイント側で、TMS が何を提示しているかではないため、修正の確認は上の Navigator で行います。',
    ),
    L(
      'If the system still shows the error after the restart and a Force Refresh, check the Communication Security level saved in TMS Tools (on both nodes of a redundant TMS), that the restart happened after the change, and the TLS 1.2 Client keys on the TMS server. A capture is then the next step, when you can take one.',
      '再起動と [Force Refresh] のあともエラーが出る場合は、TMS ツールで保存した Communication Security のレベル（冗長構成では両方のノード）、変更のあとに再起動したかどうか、TMS サーバの TLS 1.2 の Client キーを確認してください。キャプチャは、取れるようになったときの次の手段です。',
    ),
  ];
}

/**
 * A capture ruled out in the message ("we are not allowed to install Wireshark. How can we confirm the fix?", 「サーバに
 * Wireshark を入れられません。どうやって確認すればいいですか？」): the verify question in the next sentence is answered without
 * one (QA53 #13).
 */
const CAPTURE_RULED_OUT =
  /(?<![a-z])(?:can'?t|cannot|can\snot|couldn'?t|not\sallowed\sto|unable\sto|may\snot|no\s(?:way|permission)\sto|don'?t\shave|do\snot\shave|without|no)\s(?:install(?:ing)?\s|use\s|using\s|run(?:ning)?\s|take\s|taking\s|get\s)?(?:a\s|any\s)?(?:wireshark|(?:packet\s)?captures?|pcaps?|tcpdump)(?![a-z])|(?<![a-z])(?:wireshark|packet\scaptures?|captures?)\s(?:is\s|are\s)?(?:not\s(?:allowed|permitted|possible|an\soption|available)|forbidden|banned|prohibited)(?![a-z])|(?:wireshark|キャプチャ)\s?(?:を|は|が)?\s?(?:入れられ|使え|インストールでき|取れ)(?:ません|ない)|(?:wireshark|キャプチャ)\s?(?:は)?\s?(?:禁止|不可|なし|無し)/;

export const CATALOGUE: CatalogueEntry[] = [
  {
    // At High (QA round 19 #12): "can we stay at High?", "is it safe to lower it to Medium-High?", 「Highのままで直す方法は」
    // 「Medium-Highに下げても大丈夫？」. knowledge.md (Levels): High adds certificate validation on top of Medium-High, as a check.
    // Not at High: the High/Medium-High answer.
    id: 'level-from-high',
    recognise: {
      en: [
        '(?<![a-z])(?:lower(?:ing)?|drop(?:ping)?|go(?:ing)?\\s(?:back\\s)?down|step(?:ping)?\\sdown|downgrad(?:e|ing)|reduc(?:e|ing)|fall(?:ing)?\\sback)\\s(?:it\\s|the\\slevel\\s|tms\\s|security\\s)?(?:back\\s)?to\\s(?:the\\s)?mediumhigh(?![a-z])',
        '(?<![a-z])(?:stay(?:ing)?|keep(?:ing)?|remain(?:ing)?|leave|leaving)\\s(?:it\\s|tms\\s|the\\slevel\\s|security\\s)?(?:at|on|in)\\s(?:the\\s)?high(?![a-z])(?![\\s-](?:cpu|availability|load))',
        '(?<![a-z])(?:fix|solve|resolve)\\s(?:it|this)\\s(?:at|on|with|while\\s(?:staying|keeping)\\s(?:at|on)?)\\s?(?:the\\s)?high(?![a-z])(?![\\s-](?:cpu|availability|load))',
      ],
      ja: [
        'mediumhigh\\s?(?:に|へ|まで)\\s?(?:下げ|さげ|落と)',
        '(?<![a-z])high\\s?(?:の|を)?\\s?(?:まま|維持|保っ|保ち|キープ)',
        '(?<![a-z])high\\s?で\\s?(?:直|治|解決|使い続|運用し続)',
      ],
    },
    title: L('Staying at High, or lowering to Medium-High', 'High のままにするか、Medium-High に下げるか'),
    covers: ['high-vs-medium-high', 'risks'],
    answer: (f, text = '') => {
      if (f.level !== 'high') return CATALOGUE.find((e) => e.id === 'high-vs-medium-high')!.answer(f, text);
      const t = normaliseQuestion(text);
      const lowering = /(?<![a-z])(?:lower|drop|go(?:ing)?\s(?:back\s)?down|step|downgrad|reduc|fall)|下げ|さげ|落と/.test(t);
      const cert = L(
        'At High TMS already offers TLS 1.2; what High adds is certificate validation of the managed systems (from Cisco\'s TMS administrator guide: check it there), so an endpoint with a self-signed or expired certificate fails at High even though TLS 1.2 is offered.',
        'High の TMS はすでに TLS 1.2 を提示しています。High で加わるのは管理対象システムの証明書検証で（Cisco の TMS 管理者ガイドの記述です。ガイドで確認してください）、自己署名や期限切れの証明書を持つエンドポイントは、TLS 1.2 を提示していても High では失敗します。',
      );
      if (lowering) {
        return [
          L(
            'It would most likely bring the endpoint back, but it is a security trade-off: Medium-High still offers TLS 1.2 and drops the certificate validation that High adds. Decide it with whoever chose High. Telnet and SNMP are off at Medium-High too (raising Medium to Medium-High is what turns them off), so lowering from High to Medium-High does not turn them back on; check it in the admin guide for your release.',
            '多くの場合エンドポイントは復旧しますが、セキュリティとの引き換えです。Medium-High でも TLS 1.2 は提示されますが、High で加わる証明書検証はなくなります。High を選んだ担当者と相談して決めてください。Telnet と SNMP は Medium-High でも無効なので（無効になるのは Medium から Medium-High に上げたときです）、High から Medium-High に下げても再び有効にはなりません。お使いのリリースの管理者ガイドで確認してください。',
          ),
          cert,
          L('The way that keeps High: give the endpoint a certificate TMS trusts, then Force Refresh it in Systems > Navigator.', 'High を保つ方法：エンドポイントに TMS が信頼する証明書を入れ、Systems > Navigator で Force Refresh してください。'),
        ];
      }
      return [
        L(
          'Yes: keep High and give the endpoint a certificate TMS trusts (not self-signed, not expired), then Force Refresh it in Systems > Navigator.',
          'はい。High のままにして、エンドポイントに TMS が信頼する証明書（自己署名でも期限切れでもないもの）を入れ、Systems > Navigator で Force Refresh してください。',
        ),
        cert,
        L(
          'Lowering to Medium-High would likely bring it back too, but it drops that certificate validation: a security trade-off. If it still fails with a trusted certificate, check the TLS 1.2 Client keys on the TMS server.',
          'Medium-High に下げても直る見込みですが、その証明書検証がなくなるので、セキュリティとの引き換えになります。信頼される証明書にしても失敗する場合は、TMS サーバの TLS 1.2 Client のキーを確認してください。',
        ),
      ];
    },
  },
  {
    // "High CPU on the TMS server, related?", "is the disk being full related?", "SQL is slow, could that be related?",
    // 「CPU使用率が高い、関係ある？」 (QA round 16): a server-health symptom knowledge.md does not know, asked as maybe
    // related. Narrow: the symptom and a word of relation in one question (the clause split keeps only "related?").
    id: 'health-symptom-related',
    recognise: {
      en: [
        '(?<![a-z])(?:(?:(?:high|100\\s?%|spiking|pegged|maxed(?:\\sout)?)\\s(?:the\\s)?cpu|cpu\\s(?:usage\\s|load\\s|utili[sz]ation\\s)?(?:is\\s|at\\s|was\\s)?(?:high|100|spik|pegged|maxed|through\\sthe\\sroof)|(?:high|heavy)\\s(?:memory|ram)|(?:memory|ram)\\s(?:usage\\s|use\\s)?(?:is\\s)?(?:high|full|leak)|disk\\s(?:is\\s|being\\s|getting\\s|was\\s|space\\s(?:is\\s)?)?(?:full|low|running\\sout)|(?:low|out\\sof|no)\\s(?:free\\s)?(?:disk\\s)?space|(?:full|low)\\sdisk|(?:sql|database|db)(?:\\sserver)?\\s(?:is\\s|was\\s|being\\s|running\\s)?(?:very\\s|really\\s|so\\s)?(?:slow|sluggish)|slow\\s(?:sql|database|db|queries)))[^.?!]{0,60}(?<![a-z])(?:related|connected|linked|relevant|(?:got|have|has)\\s(?:anything\\s|something\\s)?to\\sdo\\swith|because\\sof\\s(?:this|it|that)|caused\\sby\\s(?:this|it|that|the\\s(?:tls|problem|issue))|part\\sof\\s(?:this|it|the\\s(?:same\\s)?(?:problem|issue))|same\\s(?:problem|issue|cause|root\\scause))(?![a-z])',
        '(?<![a-z])(?:related|connected|linked|relevant|(?:got|have|has)\\s(?:anything\\s|something\\s)?to\\sdo\\swith|because\\sof\\s(?:this|it|that)|caused\\sby\\s(?:this|it|that|the\\s(?:tls|problem|issue))|part\\sof\\s(?:this|it|the\\s(?:same\\s)?(?:problem|issue))|same\\s(?:problem|issue|cause|root\\scause))[^.?!]{0,40}(?<![a-z])(?:(?:(?:high|100\\s?%|spiking|pegged|maxed(?:\\sout)?)\\s(?:the\\s)?cpu|cpu\\s(?:usage\\s|load\\s|utili[sz]ation\\s)?(?:is\\s|at\\s|was\\s)?(?:high|100|spik|pegged|maxed|through\\sthe\\sroof)|(?:high|heavy)\\s(?:memory|ram)|(?:memory|ram)\\s(?:usage\\s|use\\s)?(?:is\\s)?(?:high|full|leak)|disk\\s(?:is\\s|being\\s|getting\\s|was\\s|space\\s(?:is\\s)?)?(?:full|low|running\\sout)|(?:low|out\\sof|no)\\s(?:free\\s)?(?:disk\\s)?space|(?:full|low)\\sdisk|(?:sql|database|db)(?:\\sserver)?\\s(?:is\\s|was\\s|being\\s|running\\s)?(?:very\\s|really\\s|so\\s)?(?:slow|sluggish)|slow\\s(?:sql|database|db|queries)))',
      ],
      ja: ['(?:(?:cpu|プロセッサ)\\s?(?:の)?\\s?(?:使用率|負荷|使用量)?\\s?(?:が|は)?\\s?(?:高い|高く|高め|100|張り付|上が)|メモリ\\s?(?:の)?\\s?(?:使用率|使用量)?\\s?(?:が|は)?\\s?(?:高い|高く|多い|不足|逼迫|足りな)|ディスク\\s?(?:の)?\\s?(?:容量|空き(?:容量)?)?\\s?(?:が|は)?\\s?(?:いっぱい|一杯|満杯|不足|足りな|少な|ない)|(?:sql|データベース|db)\\s?(?:server|サーバー?)?\\s?(?:が|は)?\\s?(?:遅い|遅く|重い|重く))[^。？?]{0,20}(?:(?:関係|関連|影響)\\s?(?:が|は)?\\s?(?:ある|あり|して|しま|する|ない|なし)|(?:この|今回の|tls\\s?の)?\\s?(?:問題|件)\\s?(?:の|が)\\s?原因|(?:この|今回の)\\s?(?:問題|件)\\s?と\\s?(?:同じ|関係))'],
    },
    title: L('Is that related?', 'この問題と関係があるか'),
    answer: (_f, text) => healthSymptomAnswer(text),
  },
  {
    // "if port 443 answers in plain HTTP, what then?", 「443 が平文の HTTP で応答したら？」 (left-d #6): the supposition answered with what
    // the report of it gets (evidence-port-plain-http: another problem than the TLS 1.0 refusal, checked on the endpoint), nothing
    // recorded. The report itself ("port 443 answers in plain HTTP") is read as evidence, not here: an "if" or a question is needed.
    id: 'port-plain-http-asked',
    recognise: {
      en: [
        '(?<![a-z])(?:what\\s(?:if|about\\sif|happens\\sif|does\\sit\\smean\\s(?:if|when))|and\\sif|if|suppose|supposing|in\\scase|what\\sif)(?![a-z])[^?.]{0,40}?(?<![a-z])(?:port(?:\\s443)?|443|https\\s(?:port|service|interface))\\s(?:(?:now|still|only|just|actually)\\s)?(?<!n\'t\\s|not\\s)(?:answers?|answered|responds?|responded|replies|reply|replied|speaks?|talks?|returns?|comes\\sback|serves?)\\s(?:only\\s|just\\s)?(?:in\\s|with\\s|over\\s|using\\s)?(?:an?\\s)?(?:plain(?:\\s?text)?\\s|clear(?:\\s?text)?\\s|unencrypted\\s)?http(?![s:/a-z])',
        '(?<![a-z])(?:does|do|did|would|could|can|might|may)\\s(?:the\\s)?(?:port(?:\\s443)?|443|https\\s(?:port|service|interface))\\s(?:answer|respond|reply|speak|talk|return|serve)\\s(?:only\\s|just\\s)?(?:in\\s|with\\s|over\\s|using\\s)?(?:an?\\s)?(?:plain(?:\\s?text)?\\s|clear(?:\\s?text)?\\s)?http(?![s:/a-z])',
        // "if port 443 doesn't answer in plain HTTP?", "what if the HTTPS port does not respond with HTTP?" (FIX58A #5): the other case
        // supposed or asked, answered for itself (not HTTP management recorded).
        `(?<![a-z])(?:what\\s(?:if|about\\sif|happens\\sif|does\\sit\\smean\\s(?:if|when))|and\\sif|if|suppose|supposing|in\\scase)(?![a-z])[^?.]{0,40}?${PORT_HTTP_DENIED}`,
        `^\\s*(?:and\\s|so\\s|but\\s)?(?:the\\s)?${PORT_HTTP_DENIED}[^?]{0,30}\\?\\s*$`,
        // "port 443 answers in plain HTTP, what does that mean?": the report with what it means asked.
        '(?<![a-z])(?:port(?:\\s443)?|443|https\\s(?:port|service|interface))\\s(?:(?:now|still|only|just|actually)\\s)?(?:answers|answered|responds|responded|replies|replied|speaks|talks|returns|comes\\sback|serves)\\s(?:only\\s|just\\s)?(?:in\\s|with\\s|over\\s|using\\s)?(?:an?\\s)?(?:plain(?:\\s?text)?\\s|clear(?:\\s?text)?\\s|unencrypted\\s)?http(?![s:/a-z])[^?]{0,20}?[,;:.-]?\\s(?:so\\s)?(?:what\\s(?:then|now|does\\s(?:that|this|it)\\smean|do\\s(?:we|i)\\sdo)|is\\s(?:that|this|it)\\s(?:bad|a\\sproblem|the\\scause|related))(?![a-z])',
      ],
      ja: [
        '(?:443|ポート|https\\s?(?:の|側)?\\s?(?:ポート|サービス))[^。\\n]{0,24}?(?:tls\\s?(?:ではなく|じゃなく)[、,\\s]?)?(?:平文の?\\s?|暗号化されていない\\s?)?http\\s?(?:で|が)\\s?(?:応答|返(?:って|り|っ|事|答|す|る)|レスポンス)[^。\\n]{0,12}?(?:たら|場合|なら|だったら|すると|ますか|しているか|[?？])',
      ],
    },
    title: L('If the HTTPS port answers in plain HTTP', 'HTTPS のポートが平文の HTTP で応答する場合'),
    answer: (_f, text) => [
      // ("if port 443 doesn't answer in plain HTTP?": what that case means leads; FIX58A #5.)
      ...(portHttpDeniedAsked(text ?? '') ? [PORT_HTTP_DENIED_ANSWER] : [PORT_PLAIN_HTTP]),
      L(
        'To see what answers there, probe the endpoint\'s HTTPS port from here (`probe HOST:443`): a port that answers in plain HTTP is reported as "not TLS: the port answers in plain HTTP". If the port does speak TLS, the TLS answer for your versions stands as it is.',
        'そのポートで何が応答しているかは、ここからエンドポイントの HTTPS のポートをプローブすると分かります（`probe HOST:443`）。平文の HTTP で応答するポートは「TLS ではありません（このポートは暗号化されていない HTTP で応答します）」と報告されます。そのポートが TLS で応答する場合は、お使いのバージョンに対する TLS の回答がそのまま当てはまります。',
      ),
    ],
  },
  {
    // A non-TLS cause said in prose (QA50 #17): "we changed the firewall yesterday", "nslookup codec1 fails", 「名前解決ができません」,
    // "the endpoint listens on 8443": no TLS handshake happens (or not where TMS looks), so that is checked before TLS.
    id: 'not-tls-network',
    recognise: {
      en: [
        '(?<![a-z])(?:a\\s)?ping(?:s|ing)?\\s(?:to\\s|from\\s(?:the\\s)?tms(?:\\sserver)?\\s(?:to\\s)?)?(?:the\\s|that\\s|this\\s)?(?:codecs?|endpoints?|systems?|devices?|units?|it|them|[^\\s,;?]{1,60})?\\s?(?:also\\s|too\\s|as\\swell\\s)?(?<!n[\'’]t\\s|not\\s)(?:fails?|failed|failing|times?\\sout|timed\\sout|gets\\sno\\s(?:reply|answer|response)|does\\s?n[\'’]?t\\swork|doesn[\'’]t\\swork|is\\snot\\sworking|(?:does|did)\\snot\\swork)(?![a-z])', '(?<![a-z])(?:can[\'’]?t|cannot|could\\s?n[\'’]?t|unable\\sto)\\s(?:even\\s)?ping\\s(?:the\\s|that\\s|this\\s|our\\s|any\\s)?(?:codecs?|endpoints?|systems?|devices?|units?|it|them|[a-z0-9-]+\\.[a-z0-9.-]+|\\d{1,3}(?:\\.\\d{1,3}){3})(?![a-z])', '(?<![a-z])no\\s(?:ping|icmp)\\s(?:reply|replies|response|answer)(?![a-z])',
        '(?<![a-z])(?:changed|updated|modified|replaced|tightened|hardened|reconfigured)\\s(?:the\\s|our\\s|their\\s|a\\s|some\\s)?(?:network\\s)?(?:firewall|fw|acl)s?(?:\\s(?:rules?|polic(?:y|ies)|config(?:uration)?|settings?))?(?![a-z])', '(?<![a-z])(?:firewall|fw|acl)s?\\s(?:rules?\\s|polic(?:y|ies)\\s|config(?:uration)?\\s|settings?\\s)?(?:was|were|has\\sbeen|have\\sbeen|got|just\\sgot)\\s(?:just\\s)?(?:changed|updated|modified|replaced|tightened|hardened|reconfigured)(?![a-z])', '(?<![a-z])(?:a|the|recent|last\\sweek\'s|yesterday\'s|new)\\s(?:network\\s)?(?:firewall|fw)\\s(?:rule\\s|policy\\s)?change(?![a-z])', '(?<![a-z])nslookup\\s[^\\s,;]{1,80}(?:\\s(?:on\\s|from\\s)?(?:the\\s)?(?:tms\\s)?(?:server\\s)?)?\\s?(?:fails|failed|returns\\snothing|returned\\snothing|gives\\snothing|finds\\snothing|can[\'’]?t\\sfind\\s(?:it|the\\s(?:name|host))|(?:says|shows|gives|returns)\\s(?:non-existent|nxdomain))(?![a-z])', '(?<![a-z])(?:nslookup|dns|the\\sname|the\\shost\\s?name)\\s(?:(?:lookup|resolution|query)\\s)?(?:fails|failed|is\\sfailing|does\\s?n[\'’]?t\\swork|doesn[\'’]?t\\sresolve|does\\snot\\sresolve|did\\s?n[\'’]?t\\sresolve|won[\'’]?t\\sresolve|(?:can[\'’]?t|cannot|could\\s?n[\'’]?t)\\sbe\\sresolved)(?![a-z])', '(?<![a-z])(?:can[\'’]?t|cannot|could\\s?n[\'’]?t|unable\\sto)\\sresolve\\s(?:the\\s)?(?:endpoint|codec|system|host|name|it)', '(?<![a-z])(?:endpoints?|codecs?|systems?|devices?|https|it|they)\\s(?:(?:is|are|runs?|listens?|listening|answers?|serves?|was\\smoved|is\\smoved|moved)\\s)?(?:only\\s)?(?:on|at|to|via|over)\\s(?:(?:https\\s|tcp\\s)?port\\s)?8443(?!\\d)', '(?<![a-z])(?:firewall|fw|acl)s?(?:\\s(?:team|admins?|people|folks|guys|rules?|polic(?:y|ies)))?[^.?!;]{0,40}?(?<!n[\'’]t\\s|not\\s|never\\s)(?:blocked|blocks|is\\sblocking|are\\sblocking|was\\sblocking|were\\sblocking|closed|closes|drops|dropped|denies|denied)\\s(?:(?:tcp\\s)?(?:port\\s)?443|https|tcp\\s443)(?![0-9])', '(?<![a-z])(?:(?:tcp\\s)?port\\s443|tcp\\s443|443)\\s(?:is|was|got|has\\sbeen|had\\sbeen|gets|is\\snow|was\\snow)\\s(?:being\\s)?(?:blocked|closed|filtered|dropped|denied)(?![a-z])', '(?<![a-z])(?:name|hostname|host\\sname|fqdn|dns\\sname)\\s(?:(?:no\\slonger|still|now)\\s)?(?:does\\s?n[\'’]?t|doesn[\'’]t|does\\snot|did\\s?n[\'’]?t|did\\snot|won[\'’]?t|can[\'’]?t|cannot)\\s(?:resolve|be\\sresolved)(?![a-z])', '(?<![a-z])nslookup\\s(?:of|for|on)\\s[^,;.?]{1,60}?\\s(?:fails|failed|returns\\snothing|returned\\snothing|gives\\snothing|times\\sout|timed\\sout)(?![a-z])',
      ],
      ja: ['(?<![a-z])ping\\s?(?:(?:を|が|も|は)\\s?)?(?:打っても\\s?)?(?:通らない|通りません|通らず|通らなかった|通りませんでした|失敗|届かない|届きません|返って(?:こ)?(?:ない|ません)|応答(?:が|は)?(?:ない|ありません|なし))', '(?:ファイアウォール|ファイヤーウォール|firewall|fw|acl)\\s?(?:の)?\\s?(?:設定|ルール|ポリシー)?\\s?(?:を|が)\\s?(?:変更|更新|入れ替え|変え|強化|見直)(?:し|られ|され)(?:ました|た|ています|てい)', '(?:ファイアウォール|ファイヤーウォール|firewall|fw|acl)\\s?(?:の)?\\s?(?:設定|ルール|ポリシー)?\\s?(?:の)?\\s?(?:変更|更新|入れ替え)\\s?(?:が)\\s?(?:ありました|あった|入りました)', '(?:名前解決|nslookup|dns)\\s?(?:が|に|で|は)?\\s?(?:でき(?:ません|ない|なかった|ませんでした)|失敗|引けません|引けない|引けませんでした|通りません|エラー)', '(?<!\\d)8443\\s?(?:番)?\\s?(?:ポート)?\\s?(?:で|を|に)\\s?(?:待ち受け|リッスン|listen|動|使|公開|設定|変更)', '(?<!\\d)443\\s?(?:番)?\\s?(?:ポート)?\\s?(?:が|を|は|も)\\s?(?:閉じられ|閉じ|ブロックされ|遮断され|塞がれ|拒否され|止められ)(?:て(?:い)?(?:た|ます|ました|る)|ました|た)(?!ら|[^。\\n]{0,3}[？?]|(?:です|ます|でしょう)?か(?:[。\\s]|$))'],
    },
    statement: {
      en: ['(?<![a-z])(?:a\\s)?ping(?:s|ing)?\\s(?:to\\s|from\\s(?:the\\s)?tms(?:\\sserver)?\\s(?:to\\s)?)?(?:the\\s|that\\s|this\\s)?(?:codecs?|endpoints?|systems?|devices?|units?|it|them|[^\\s,;?]{1,60})?\\s?(?:also\\s|too\\s|as\\swell\\s)?(?<!n[\'’]t\\s|not\\s)(?:fails?|failed|failing|times?\\sout|timed\\sout|gets\\sno\\s(?:reply|answer|response)|does\\s?n[\'’]?t\\swork|doesn[\'’]t\\swork|is\\snot\\sworking|(?:does|did)\\snot\\swork)(?![a-z])', '(?<![a-z])(?:can[\'’]?t|cannot|could\\s?n[\'’]?t|unable\\sto)\\s(?:even\\s)?ping\\s(?:the\\s|that\\s|this\\s|our\\s|any\\s)?(?:codecs?|endpoints?|systems?|devices?|units?|it|them|[a-z0-9-]+\\.[a-z0-9.-]+|\\d{1,3}(?:\\.\\d{1,3}){3})(?![a-z])', '(?<![a-z])no\\s(?:ping|icmp)\\s(?:reply|replies|response|answer)(?![a-z])', '(?<![a-z])(?:changed|updated|modified|replaced|tightened|hardened|reconfigured)\\s(?:the\\s|our\\s|their\\s|a\\s|some\\s)?(?:network\\s)?(?:firewall|fw|acl)s?(?:\\s(?:rules?|polic(?:y|ies)|config(?:uration)?|settings?))?(?![a-z])', '(?<![a-z])(?:firewall|fw|acl)s?\\s(?:rules?\\s|polic(?:y|ies)\\s|config(?:uration)?\\s|settings?\\s)?(?:was|were|has\\sbeen|have\\sbeen|got|just\\sgot)\\s(?:just\\s)?(?:changed|updated|modified|replaced|tightened|hardened|reconfigured)(?![a-z])', '(?<![a-z])(?:a|the|recent|last\\sweek\'s|yesterday\'s|new)\\s(?:network\\s)?(?:firewall|fw)\\s(?:rule\\s|policy\\s)?change(?![a-z])', '(?<![a-z])nslookup\\s[^\\s,;]{1,80}(?:\\s(?:on\\s|from\\s)?(?:the\\s)?(?:tms\\s)?(?:server\\s)?)?\\s?(?:fails|failed|returns\\snothing|returned\\snothing|gives\\snothing|finds\\snothing|can[\'’]?t\\sfind\\s(?:it|the\\s(?:name|host))|(?:says|shows|gives|returns)\\s(?:non-existent|nxdomain))(?![a-z])', '(?<![a-z])(?:nslookup|dns|the\\sname|the\\shost\\s?name)\\s(?:(?:lookup|resolution|query)\\s)?(?:fails|failed|is\\sfailing|does\\s?n[\'’]?t\\swork|doesn[\'’]?t\\sresolve|does\\snot\\sresolve|did\\s?n[\'’]?t\\sresolve|won[\'’]?t\\sresolve|(?:can[\'’]?t|cannot|could\\s?n[\'’]?t)\\sbe\\sresolved)(?![a-z])', '(?<![a-z])(?:can[\'’]?t|cannot|could\\s?n[\'’]?t|unable\\sto)\\sresolve\\s(?:the\\s)?(?:endpoint|codec|system|host|name|it)', '(?<![a-z])(?:endpoints?|codecs?|systems?|devices?|https|it|they)\\s(?:(?:is|are|runs?|listens?|listening|answers?|serves?|was\\smoved|is\\smoved|moved)\\s)?(?:only\\s)?(?:on|at|to|via|over)\\s(?:(?:https\\s|tcp\\s)?port\\s)?8443(?!\\d)', '(?<![a-z])(?:firewall|fw|acl)s?(?:\\s(?:team|admins?|people|folks|guys|rules?|polic(?:y|ies)))?[^.?!;]{0,40}?(?<!n[\'’]t\\s|not\\s|never\\s)(?:blocked|blocks|is\\sblocking|are\\sblocking|was\\sblocking|were\\sblocking|closed|closes|drops|dropped|denies|denied)\\s(?:(?:tcp\\s)?(?:port\\s)?443|https|tcp\\s443)(?![0-9])', '(?<![a-z])(?:(?:tcp\\s)?port\\s443|tcp\\s443|443)\\s(?:is|was|got|has\\sbeen|had\\sbeen|gets|is\\snow|was\\snow)\\s(?:being\\s)?(?:blocked|closed|filtered|dropped|denied)(?![a-z])', '(?<![a-z])(?:name|hostname|host\\sname|fqdn|dns\\sname)\\s(?:(?:no\\slonger|still|now)\\s)?(?:does\\s?n[\'’]?t|doesn[\'’]t|does\\snot|did\\s?n[\'’]?t|did\\snot|won[\'’]?t|can[\'’]?t|cannot)\\s(?:resolve|be\\sresolved)(?![a-z])', '(?<![a-z])nslookup\\s(?:of|for|on)\\s[^,;.?]{1,60}?\\s(?:fails|failed|returns\\snothing|returned\\snothing|gives\\snothing|times\\sout|timed\\sout)(?![a-z])'],
      ja: ['(?<![a-z])ping\\s?(?:(?:を|が|も|は)\\s?)?(?:打っても\\s?)?(?:通らない|通りません|通らず|通らなかった|通りませんでした|失敗|届かない|届きません|返って(?:こ)?(?:ない|ません)|応答(?:が|は)?(?:ない|ありません|なし))', '(?:ファイアウォール|ファイヤーウォール|firewall|fw|acl)\\s?(?:の)?\\s?(?:設定|ルール|ポリシー)?\\s?(?:を|が)\\s?(?:変更|更新|入れ替え|変え|強化|見直)(?:し|られ|され)(?:ました|た|ています|てい)', '(?:ファイアウォール|ファイヤーウォール|firewall|fw|acl)\\s?(?:の)?\\s?(?:設定|ルール|ポリシー)?\\s?(?:の)?\\s?(?:変更|更新|入れ替え)\\s?(?:が)\\s?(?:ありました|あった|入りました)', '(?:名前解決|nslookup|dns)\\s?(?:が|に|で|は)?\\s?(?:でき(?:ません|ない|なかった|ませんでした)|失敗|引けません|引けない|引けませんでした|通りません|エラー)', '(?<!\\d)8443\\s?(?:番)?\\s?(?:ポート)?\\s?(?:で|を|に)\\s?(?:待ち受け|リッスン|listen|動|使|公開|設定|変更)', '(?<!\\d)443\\s?(?:番)?\\s?(?:ポート)?\\s?(?:が|を|は|も)\\s?(?:閉じられ|閉じ|ブロックされ|遮断され|塞がれ|拒否され|止められ)(?:て(?:い)?(?:た|ます|ました|る)|ました|た)(?!ら|[^。\\n]{0,3}[？?]|(?:です|ます|でしょう)?か(?:[。\\s]|$))'],
    },
    // "we changed the firewall, which is fine now", "…, but that was reverted": told as done with, no answer.
    // REV35 #1: a block told as lifted or as the fix ("they opened it and it works now", "blocked 443 last year but it was
    // reopened", 「開けてもらったら直りました」) or as not on TMS's path ("blocks 443 from the internet, not from TMS"): no card
    // (the closing route takes a success as it did before). Plans ("they will open it") are not lifted.
    statementDone: (after) => /^[^.。]{0,40}(?:reverted|rolled\sback|(?:is|was)\sfine|not\sthe\s(?:cause|problem)|元に戻し|問題ありません)/.test(after) || blockLiftedIn(after),
    title: L('Network before TLS', 'TLS より先にネットワーク'),
    answer: (f, text = '') => {
      const t = normaliseQuestion(text);
      const out: LocalizedText[] = [];
      const fw = /firewall|ファイア|ファイヤー|(?<![a-z])(?:fw|acl)(?![a-z])/.test(t);
      const dns = /nslookup|dns|resolv|名前解決/.test(t);
      const p8443 = /(?<!\d)8443(?!\d)/.test(t);
      const ping = /(?<![a-z])(?:ping|icmp)(?![a-z])/.test(t);
      if (ping)
        out.push(
          L(
            'A ping that fails says the TMS server may not reach the endpoint at all, and that comes before TLS: with no TCP connection, no TLS handshake starts. Ping alone does not settle it (ICMP is often filtered while TCP 443 passes), so test the port TMS uses, from the TMS server: `Test-NetConnection HOST -Port 443`. TcpTestSucceeded : False: fix reachability first (address, routing, firewall). True: the network lets HTTPS through, and the TLS answer applies.',
            'ping が通らないということは、TMS サーバからエンドポイントにそもそも届いていない可能性があり、これは TLS より先の問題です。TCP で接続できなければ、TLS のハンドシェイクは始まりません。ただし ping だけでは決まりません（TCP 443 は通るのに ICMP だけ遮断されていることはよくあります）。TMS サーバから、TMS が使うポートを試してください：`Test-NetConnection HOST -Port 443`。TcpTestSucceeded が False なら、まず到達性（アドレス、経路、ファイアウォール）を直してください。True なら、ネットワークは HTTPS を通しており、TLS の回答が当てはまります。',
          ),
        );
      if (fw || (!dns && !p8443 && !ping))
        out.push(
          L(
            'A firewall change can give "No HTTPS response" without any TLS problem: if the TMS server cannot open TCP 443 to the endpoint, no TLS handshake starts at all. Check it from the TMS server: `Test-NetConnection HOST -Port 443` (TcpTestSucceeded : True or False), and compare the rule change with the systems that fail (and the time it started). If TCP connects and the handshake is still refused, the TLS answer applies.',
            'ファイアウォールの変更でも、TLS の問題なしに「No HTTPS response」になることがあります。TMS サーバからエンドポイントの TCP 443 に接続できなければ、TLS のハンドシェイクはまったく始まりません。TMS サーバで `Test-NetConnection HOST -Port 443` を実行して確認し（TcpTestSucceeded が True か False か）、ルールの変更内容と、失敗しているシステム（と始まった時刻）を照らし合わせてください。TCP で接続できるのにハンドシェイクが拒否される場合は、TLS の回答が当てはまります。',
          ),
        );
      if (dns)
        out.push(
          L(
            'A name that does not resolve is not the TLS problem: if TMS reaches the system by a name that no longer resolves, no connection starts at all. On the TMS server, check `nslookup` for the name or address TMS uses for the system (its settings in Systems > Navigator), and whether the endpoint\'s address changed; if TMS uses an IP address, the name does not matter to it. Once the TMS server reaches the endpoint, check TLS as in the answer.',
            '名前が解決できないのは TLS の問題ではありません。TMS がもう解決できない名前でシステムに接続しているなら、接続自体が始まりません。TMS サーバで、TMS がそのシステムに使っている名前かアドレス（[Systems] > [Navigator] のシステムの設定）を `nslookup` で確認し、エンドポイントのアドレスが変わっていないかも確認してください。TMS が IP アドレスで接続している場合、名前は関係ありません。TMS サーバからエンドポイントに届くようになったら、回答のとおり TLS を確認してください。',
          ),
        );
      if (p8443)
        out.push(
          L(
            'My sources describe TMS talking HTTPS to the endpoint on port 443. If the endpoint\'s HTTPS is on 8443, check first that TMS connects where the endpoint listens: a TCP test from the TMS server to each port (`Test-NetConnection HOST -Port 443`, then `-Port 8443`) and a capture on the TMS server show which port TMS uses and what answers there. To read the TLS on 8443 in a capture here, use `evidence FILE --port 8443`; `probe HOST:8443` tests the endpoint on that port.',
            '手元の資料では、TMS はエンドポイントとポート 443 で HTTPS 通信をします。エンドポイントの HTTPS が 8443 にある場合は、まず TMS がエンドポイントの待ち受けているポートに接続しているかを確認してください。TMS サーバから各ポートへの TCP テスト（`Test-NetConnection HOST -Port 443`、次に `-Port 8443`）と、TMS サーバでのキャプチャで、TMS がどのポートを使い、そこで何が応答しているかが分かります。8443 の TLS をキャプチャから読むには `evidence FILE --port 8443`、そのポートでエンドポイントを調べるには `probe HOST:8443` を使ってください。',
          ),
        );
      const still = tlsFixStillNeeded(f);
      if (still) out.push(still);
      return out;
    },
  },
  {
    // "could it be the firewall?", 「ファイアウォールが原因でしょうか？」 asked alone (readers-c #6): what rules a firewall in or out, from
    // the TMS server (knowledge: TCP to 443 completes, then the endpoint resets TMS's TLS 1.0 ClientHello). After 'not-tls-network',
    // which answers a firewall change reported.
    id: 'firewall-question',
    recognise: {
      en: [
        "(?<![a-z])(?:could|can|might|may|would)\\s(?:it|this|that)\\s(?:also\\s|just\\s|rather\\s)?be\\s(?:a\\s|the\\s|our\\s|some\\s)?(?:network\\s)?(?:firewall|fw)(?![a-z])",
        "(?<![a-z])(?:is|was)\\s(?:it|this|that)\\s(?:maybe\\s|perhaps\\s|just\\s)?(?:a\\s|the\\s|our\\s)?(?:network\\s)?(?:firewall|fw)(?:\\s(?:issue|problem|thing))?\\s?[?？]",
        "(?<![a-z])(?:could|can|might|may|would|is|does)\\s(?:a\\s|the\\s|our\\s)?(?:firewall|fw)\\s(?:be\\s(?:the\\s)?(?:cause|problem|issue|culprit|blocking)|cause\\s(?:this|it|that)|block(?:ing)?\\s(?:it|this|tms|the|443|https))",
        "(?<![a-z])(?:what\\sabout|how\\sabout)\\s(?:a\\s|the\\s|our\\s)?(?:firewall|fw)(?![a-z])",
        "^\\s*(?:(?:or|so|and|hmm|maybe|perhaps)[,\\s]+)?(?:it'?s\\s)?(?:a\\s|the\\s)?(?:network\\s)?(?:firewall|fw)(?:\\s(?:issue|problem|thing))?\\s*[?？]+\\s*$",
        // "probably a firewall issue, port 443 blocked?" (readers-d #6): the guess asked as a question, in either clause.
        "(?<![a-z])(?:probably|maybe|perhaps|likely|possibly)\\s(?:just\\s)?(?:a\\s|the\\s|our\\s)?(?:network\\s)?(?:firewall|fw)\\s(?:issue|problem|thing)(?![a-z])",
        "^\\s*(?:(?:or|so|and|maybe|perhaps)[,\\s]+)?(?:is\\s)?(?:the\\s)?(?:tcp\\s)?(?:port\\s)?443\\s(?:is\\s|being\\s|getting\\s)?(?:blocked|closed|filtered)(?:\\s(?:by\\s)?(?:a\\s|the\\s|our\\s)?(?:firewall|fw))?\\s*[?？]+\\s*$",
      ],
      ja: [
        '(?:ファイアウォール|ファイヤーウォール|(?<![a-z])fw(?![a-z]))\\s?(?:が|の)?\\s?(?:原因|せい|問題|影響)[^。？?]{0,10}(?:[?？]|でしょうか|ですか|かな|か(?:ね|も)?\\s*$)',
        '(?:ファイアウォール|ファイヤーウォール)\\s?(?:では|じゃ)\\s?(?:ない|ありません)?\\s?(?:でしょうか|ですか|か)\\s*[?？]?',
        '^\\s*(?:ファイアウォール|ファイヤーウォール)\\s?(?:は|かな|でしょうか)?\\s*[?？]+\\s*$',
        // 「たぶんファイアウォールの問題で、443 がブロックされている？」 (readers-d #6).
        '(?:たぶん|多分|おそらく|恐らく)\\s?(?:ファイアウォール|ファイヤーウォール)\\s?(?:の|が)?\\s?(?:問題|原因|せい)',
        '^\\s*(?:ポート\\s?)?443\\s?(?:番)?\\s?(?:ポート)?\\s?(?:が|は)?\\s?(?:ブロック|遮断|閉じ|塞が|ふさが)[^。？?]{0,12}(?:[?？]|でしょうか|ですか|かな|か\\s*$)',
      ],
    },
    title: L('Could it be the firewall?', 'ファイアウォールが原因か'),
    answer: (f) => {
      const out: LocalizedText[] = [
        L(
          'A firewall is quick to rule in or out, from the TMS server itself (where TMS connects from):',
          'ファイアウォールが原因かどうかは、TMS サーバ自身（TMS が接続を始める場所）からすぐに確かめられます：',
        ),
        L(
          '• Run `Test-NetConnection HOST -Port 443` in PowerShell, with HOST the address TMS uses for the endpoint (Systems > Navigator). TcpTestSucceeded : False means TMS cannot open the endpoint\'s HTTPS port at all: a firewall, the routing, a changed address, or the endpoint itself not serving HTTPS there (`xConfiguration NetworkServices HTTP Mode`; on TC 7 `HTTPS Mode`) comes first, before anything about TLS. True means the connection gets through.',
          '・PowerShell で `Test-NetConnection HOST -Port 443` を実行します（HOST は TMS がそのエンドポイントに使っているアドレス。[Systems] > [Navigator] で確認できます）。TcpTestSucceeded が False なら、TMS はエンドポイントの HTTPS ポートにそもそも接続できません。TLS より先に、ファイアウォール、経路、アドレスの変更、またはエンドポイント側で HTTPS が提供されていないこと（`xConfiguration NetworkServices HTTP Mode`、TC 7 では `HTTPS Mode`）を確認してください。True なら、接続は通っています。',
        ),
        L(
          '• The TLS problem looks different in a capture on the TMS server: the TCP handshake to port 443 completes, TMS sends a TLS 1.0 ClientHello and the endpoint answers with a TCP RST (Wireshark filter `tls.handshake.type == 1 && tcp.port == 443`). A SYN that gets no answer points at the network instead; a SYN answered by a RST, before any TLS, means nothing accepts on that port: check the endpoint\'s HTTP Mode, and a firewall that rejects.',
          '・TLS の問題は、TMS サーバでのキャプチャでは別の形に見えます。ポート 443 への TCP ハンドシェイクは完了し、TMS が TLS 1.0 の ClientHello を送り、エンドポイントが TCP RST で応えます（Wireshark のフィルタ `tls.handshake.type == 1 && tcp.port == 443`）。SYN に応答がない場合はネットワークが原因です。TLS より前に SYN が RST で返される場合は、そのポートで接続を受け付けているものがありません。エンドポイントの HTTP Mode と、拒否するファイアウォールを確認してください。',
        ),
      ];
      const still = tlsFixStillNeeded(f);
      if (still) out.push(still);
      return out;
    },
  },
  {
    // "there is no Communication Security item in TMS Tools", 「TMS ツールに Communication Security の項目がありません」 (QA50 #17):
    // before TMS 15 the option does not exist (knowledge.md, "TMS before 15"); from 15 on it is at one place in TMS Tools.
    id: 'no-comm-security-item',
    recognise: {
      en: ['(?<![a-z])no\\s(?:the\\s)?communication\\ssecurity\\s(?:option|item|setting|field|entry)s?\\s(?:in|under|on)\\s(?:the\\s)?tms\\stools(?![a-z])', '(?<![a-z])(?:there\\s(?:is|\'s|’s)\\sno|(?:i|we)\\s(?:can[\'’]?t|cannot|could\\s?n[\'’]?t|do\\s?n[\'’]?t|don[\'’]?t)\\s(?:find|see))\\s(?:the\\s|a\\s|an\\s|any\\s)?["\'“”]?communication\\ssecurity["\'“”]?(?:\\s(?:option|item|setting|field|entry|menu|drop-?down))?(?![a-z])', '(?<![a-z])communication\\ssecurity["\'“”]?\\s(?:(?:option|item|setting|field|entry|menu)\\s)?(?:is\\s)?(?:missing|not\\sthere|isn[\'’]?t\\sthere|does\\s?n[\'’]?t\\sexist|does\\snot\\sexist|not\\s(?:shown|visible|present|listed))(?![a-z])'],
      ja: ['communication\\s?security[」』"”]?\\s?(?:の)?\\s?(?:項目|設定|オプション|メニュー)?\\s?(?:が|は)\\s?(?:ありません|ない|見当たりません|見当たらない|見つかりません|見つからない|表示されません|存在しません)'],
    },
    statement: { en: ['(?<![a-z])no\\s(?:the\\s)?communication\\ssecurity\\s(?:option|item|setting|field|entry)s?\\s(?:in|under|on)\\s(?:the\\s)?tms\\stools(?![a-z])', '(?<![a-z])(?:there\\s(?:is|\'s|’s)\\sno|(?:i|we)\\s(?:can[\'’]?t|cannot|could\\s?n[\'’]?t|do\\s?n[\'’]?t|don[\'’]?t)\\s(?:find|see))\\s(?:the\\s|a\\s|an\\s|any\\s)?["\'“”]?communication\\ssecurity["\'“”]?(?:\\s(?:option|item|setting|field|entry|menu|drop-?down))?(?![a-z])', '(?<![a-z])communication\\ssecurity["\'“”]?\\s(?:(?:option|item|setting|field|entry|menu)\\s)?(?:is\\s)?(?:missing|not\\sthere|isn[\'’]?t\\sthere|does\\s?n[\'’]?t\\sexist|does\\snot\\sexist|not\\s(?:shown|visible|present|listed))(?![a-z])'], ja: ['communication\\s?security[」』"”]?\\s?(?:の)?\\s?(?:項目|設定|オプション|メニュー)?\\s?(?:が|は)\\s?(?:ありません|ない|見当たりません|見当たらない|見つかりません|見つからない|表示されません|存在しません)'] },
    title: L('No Communication Security option in TMS Tools?', 'TMS ツールに Communication Security がない場合'),
    answer: (f) => {
      const where = L(
        'It is in TMS Tools on the TMS server (not in TMS\'s web pages): Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security.',
        'この設定は TMS サーバ上の TMS ツールにあります（TMS の Web ページではありません）。[Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] > [Communication Security] です。',
      );
      if (f.tms && pre15(f))
        return [
          L(
            `That fits ${formatTms(f.tms)}: before TMS 15, TMS Tools has no Communication Security option, and TLS 1.2 in the registry does not help (TMS keeps sending a TLS 1.0 ClientHello; Cisco bug CSCuz71542). The fix is upgrading TMS to 15.x, then raising the level; the only other way is a stopgap on the endpoints (codecs whose hardware runs TC can go back to TC 7.3.3; hardware introduced with CE 9 or RoomOS cannot).`,
            `${formatTms(f.tms)} ならそのとおりです。TMS 15 より前の TMS ツールには Communication Security の設定がなく、レジストリで TLS 1.2 を有効にしても効果はありません（TMS は TLS 1.0 の ClientHello を送り続けます。Cisco バグ CSCuz71542）。対処は TMS を 15.x にアップグレードしてからレベルを上げることです。ほかにはエンドポイント側の暫定策しかありません（TC を動かせるハードウェアのコーデックは TC 7.3.3 に戻せますが、CE 9 や RoomOS で登場したハードウェアは戻せません）。`,
          ),
        ];
      if (f.tms)
        return [
          L(`${formatTms(f.tms)} has the option. ${where.en} Check that you opened TMS Tools itself, and that the TMS's About page shows the version you gave me.`, `${formatTms(f.tms)} にはこの設定があります。${where.ja}TMS ツール自体を開いているか、TMS の About ページのバージョンがお知らせいただいたものと同じかを確認してください。`),
        ];
      return [
        L(
          `Check the TMS version first (TMS's About page). Before TMS 15, TMS Tools has no Communication Security option and TLS 1.2 in the registry does not help (Cisco bug CSCuz71542): the fix is upgrading TMS to 15.x. From TMS 15 on the option is there. ${where.en}`,
          `まず TMS のバージョンを確認してください（TMS の About ページ）。TMS 15 より前の TMS ツールには Communication Security の設定がなく、レジストリで TLS 1.2 を有効にしても効果はありません（Cisco バグ CSCuz71542）。対処は TMS を 15.x にアップグレードすることです。TMS 15 以降にはこの設定があります。${where.ja}`,
        ),
      ];
    },
  },
  {
    // "so it's not TLS? what else could it be?", "what other causes are there?", 「TLS じゃないなら、ほかに何が考えられますか？」
    // (QA50 #16): the other causes the knowledge names, led by what the case's facts say (not TLS, TLS, or not known yet).
    id: 'what-else',
    recognise: {
      en: [
        '(?<![a-z])what\\selse\\s(?:could|can|might|may|would)\\s(?:it|this|that|the\\s(?:problem|issue|cause|error))\\s(?:be|mean)(?![a-z])',
        '(?<![a-z])what\\selse\\s(?:could|can|might|may|would)\\s(?:be\\s)?caus(?:e|ing)\\s(?:it|this|that|the\\s(?:problem|issue|error))(?![a-z])',
        '(?<![a-z])(?:what|which|any)\\s(?:other|else)\\s(?:possible\\s)?causes?(?:\\s(?:are\\sthere|could\\sthere\\sbe|might\\sthere\\sbe|do\\syou\\sknow|to\\scheck|could\\sit\\sbe))?\\s*[?？]',
        '(?<![a-z])(?:other|another)\\s(?:possible\\s)?causes?\\s(?:could\\sthere\\sbe|are\\sthere|is\\sthere|do\\syou\\sknow)(?![a-z])',
        "(?<![a-z])if\\s(?:it(?:'s|\\sis)\\s)?not\\s(?:the\\s)?tls(?:\\s(?:1\\.0\\s)?(?:problem|issue|thing))?,?\\s(?:then\\s)?what(?![a-z])",
        "^(?:so|ok|okay|hmm)?[,\\s]*(?:it(?:'s|\\sis)|that(?:'s|\\sis))\\snot\\s(?:the\\s)?tls(?:\\s(?:1\\.0\\s)?(?:problem|issue|thing))?\\s*[?？]+",
      ],
      ja: [
        '(?:ほか|他|別)に\\s?(?:は)?\\s?(?:どんな|どのような|何の|なんの)?\\s?(?:考えられる|ありうる|あり得る)?\\s?原因\\s?(?:は|が|として)?\\s?(?:何|なに|あり|考え|どんな|ある)',
        '(?:ほか|他|別)の\\s?(?:考えられる)?\\s?原因\\s?(?:は|が|として)?\\s?(?:何|なに|あり|考え|どんな|ある)',
        '(?:ほか|他)に\\s?(?:何|なに)\\s?(?:が)?\\s?(?:考えられ|原因)',
        'tls\\s?(?:1\\.0\\s?)?(?:の\\s?(?:問題|件))?\\s?(?:じゃ|では|でも)\\s?ない\\s?(?:なら|とすれば|とすると|とすると|のであれば|場合)[^。]{0,20}(?:何|なに|原因)',
      ],
    },
    title: L('What else could it be?', 'ほかに考えられる原因'),
    answer: (f) => {
      const d = diagnose(f);
      const notTls = d.findings.find((x) => x.code === 'endpoint-accepts-tls10');
      const checks = (notTls ?? endpointAcceptsTls10(f.endpoint, false, f.level, f.tms)).steps ?? [];
      const raised = f.level === 'medium-high' || f.level === 'high';
      const lead =
        d.affected === 'no'
          ? L(
              'For what you told me, the TLS 1.0 change does not explain it (see my answer above). These are the other causes my sources point at; check them in this order:',
              'お聞きした内容からは、TLS 1.0 の廃止ではこのエラーを説明できません（上の回答のとおり）。手元の資料から考えられるほかの原因は次のとおりです。この順に確認してください。',
            )
          : raised
            ? L(
                `TMS is at ${formatLevel(f.level!)}, where it offers TLS 1.2, which every TC and CE release accepts. If a system still fails, check first that TMS really offers TLS 1.2 (TLS 1.2 enabled for the Schannel Client side on the TMS server, IIS and the TMS services restarted since; a capture on the TMS server shows the ClientHello)${f.level === 'high' ? ', and at High that the endpoint\'s certificate is one TMS trusts' : ''}. The other causes my sources point at:`,
                `TMS は ${formatLevel(f.level!)} で、TC と CE のどのリリースも受け付ける TLS 1.2 を提示します。それでも失敗するシステムがあれば、まず TMS が本当に TLS 1.2 を提示しているか（TMS サーバの Schannel の Client 側で TLS 1.2 が有効か、そのあと IIS と TMS のサービスを再起動したか。TMS サーバでのキャプチャで ClientHello を確認できます）${f.level === 'high' ? '、High ではエンドポイントの証明書が TMS の信頼するものか' : ''}を確認してください。手元の資料から考えられるほかの原因は次のとおりです。`,
              )
          : d.affected === 'yes'
            ? pre15(f)
              ? L(
                  `For what you told me it is still the TLS 1.0 problem: the endpoint refuses TLS 1.0, and ${formatTms(f.tms!)} offers nothing else (before TMS 15 there is no Communication Security option), so upgrading TMS comes first. If a system still fails once TMS offers TLS 1.2, these are the other causes my sources point at:`,
                  `お聞きした内容からは、やはり TLS 1.0 の問題です。エンドポイントは TLS 1.0 を拒否し、${formatTms(f.tms!)} はそれ以外を提示しません（TMS 15 より前には Communication Security の設定がありません）。まず TMS のアップグレードが必要です。TMS が TLS 1.2 を提示するようになってもまだ失敗するシステムがあれば、手元の資料から考えられるほかの原因は次のとおりです。`,
                )
              : L(
                  'For what you told me it is still the TLS 1.0 problem: the endpoint refuses TLS 1.0, which is all TMS offers at Medium, so the fix above comes first. If a system still fails once TMS offers TLS 1.2, these are the other causes my sources point at:',
                  'お聞きした内容からは、やはり TLS 1.0 の問題です。エンドポイントは TLS 1.0 を拒否しますが、Medium の TMS は TLS 1.0 しか提示しません。まず上の対処を行ってください。TMS が TLS 1.2 を提示するようになってもまだ失敗するシステムがあれば、手元の資料から考えられるほかの原因は次のとおりです。',
                )
            : L(
                'Whether it is the TLS 1.0 problem depends on the versions (the endpoint\'s above all: TC 7.3.6 and later and CE 8.1 and later refuse TLS 1.0). Apart from it, these are the causes my sources point at:',
                'TLS 1.0 の問題かどうかはバージョン（特にエンドポイントのバージョン。TC 7.3.6 以降と CE 8.1 以降は TLS 1.0 を拒否します）によります。それ以外に手元の資料から考えられる原因は次のとおりです。',
              );
      const more: LocalizedText[] = [
        L(
          'Cipher suites: after hardening with a GPO or IIS Crypto, TMS and the endpoint may share no cipher suite; the handshake then fails with alert 40 or a reset even at TLS 1.2. The Schannel events in the TMS server\'s System log (36871, 36888, 36887) and a capture on the TMS server show it.',
          '暗号スイート：GPO や IIS Crypto で強化したあとは、TMS とエンドポイントに共通の暗号スイートがなくなり、TLS 1.2 でもアラート 40 やリセットでハンドシェイクが失敗することがあります。TMS サーバのシステム ログの Schannel イベント（36871、36888、36887）と、TMS サーバでのキャプチャで確認できます。',
        ),
        L(
          'Behind Firewall: systems in that mode are not polled by TMS at all, so TLS does not matter to them.',
          'Behind Firewall：このモードのシステムは TMS からポーリングされないため、TLS は関係しません。',
        ),
      ];
      return [lead, ...checks.map((c) => L(`• ${c.en}`, `• ${c.ja}`)), ...more.map((c) => L(`• ${c.en}`, `• ${c.ja}`))];
    },
  },
  {
    // "Could it be Wrong username or password?", "Could this be the Authentication failed problem?", 「Wrong username or
    // password の可能性はありますか？」: another symptom asked about (not reported: nothing is recorded). Before the
    // Telnet/SNMP entry, which "Could it be No SNMP response?" would reach by its word "snmp".
    id: 'other-symptom-asked',
    recognise: {
      en: [
        '\\b(?:could|can|might|may|would|is)\\s(?:it|this|that|the\\s(?:problem|issue|cause|error))\\s(?:just\\s|also\\s)?(?:be|mean)\\b.{0,40}?\\b(?:(?:wrong|invalid|incorrect|bad)\\s(?:user\\s?name|login|user|credentials|password)|auth(?:entication)?\\s(?:failed|failure|error)|401\\sunauthori[sz]ed|no\\ssnmp\\sresponse)',
        '\\bis\\s(?:it|this|that)\\s(?:an?\\s|the\\s)?(?:\\w+\\s)?\\b(?:(?:wrong|invalid|incorrect|bad)\\s(?:user\\s?name|login|user|credentials|password)|auth(?:entication)?\\s(?:failed|failure|error)|401\\sunauthori[sz]ed|no\\ssnmp\\sresponse)\\b[^.?!]{0,30}\\?',
      ],
      ja: ['(?:wrong\\s(?:user\\s?name|login)\\s(?:or|and)\\spassword|auth(?:entication)?\\s(?:failed|failure|error)|no\\ssnmp\\sresponse|(?:ユーザー?名|ユーザ\\s?id)(?:また|もしく|あるい)?は?(?:、|と|か)?\\s?パスワードが(?:違|間違|正しくな|不正)[^\\s。？?]{0,6}|認証(?:に|が)?(?:失敗|エラー)|snmp\\s?(?:の)?\\s?応答が(?:ない|ありません|なし))\\s?[」』"”]?\\s?(?:の|という)?\\s?(?:問題|エラー|症状)?\\s?(?:の\\s?)?(?:可能性|でしょうか|ですか)'],
    },
    title: L('Is that other error this problem?', 'そのエラーはこの問題か'),
    answer: (f, text = '') => {
      const id = otherSymptomNamed(text);
      // "Diagnosed": the TMS and the endpoints are known and fit the TLS 1.0 problem (its answer was given).
      return id ? otherSymptomAsked(id, f.endpoint, !f.otherSymptom && !!f.tms && diagnose(f).affected === 'yes') : [];
    },
  },
  {
    // "does SQL 2012 need anything?", "what build of SQL 2014 do I need?", "is it ok to stay on SQL 2008 R2?", "what if we
    // upgrade SQL to 2016 first?", 「SQL 2014 はどのビルドが必要ですか」, "does SQL need anything?" (QA44 #2): the release
    // named, from knowledge.md's SQL table (sql-release.ts); the stored SQL facts when none is named. Before the other SQL entries.
    id: 'sql-release-asked',
    recognise: SQL_RELEASE_RECOGNISE,
    title: L('What this SQL Server release needs', 'この SQL Server リリースに必要なこと'),
    answer: (f, text = '') => sqlReleaseAnswer(f, text, sqlUpdateAnswer),
  },
  {
    // "is it safe to go to SP4?", 「SP4にするのは大丈夫？」 (QA round 22 C3): the SQL change's caveats. Before 'sql-sp-enough',
    // whose 「大丈夫」 would take it, and the TLS fix's "what could go wrong".
    id: 'sql-upgrade-safe',
    recognise: {
      en: [
        '(?<![a-z])(?:is\\s(?:it|that|this)|would\\s(?:it|that)\\sbe|are\\swe|am\\si)\\s(?:safe|ok(?:ay)?|risky|fine)\\s(?:to\\s)?(?:go(?:ing)?|upgrad\\w*|mov\\w*|apply\\w*|install\\w*|updat\\w*)\\s(?:sql(?:\\sserver)?\\s)?(?:to\\s)?(?:sql\\s(?:server\\s)?)?(?:20\\d\\d\\s)?(?:sp\\s?\\d|service\\spack)',
        '(?<![a-z])(?:sp\\s?\\d|service[\\s-]pack)\\s(?:upgrade|update|install(?:ation)?)\\s(?:is\\s)?(?:safe|risky)(?![a-z])',
        '(?<![a-z])risks?\\s(?:in|with|of|to)\\s(?:going|upgrading|moving|updating)\\s(?:sql(?:\\sserver)?\\s)?to\\s(?:sp\\s?\\d|service\\spack)',
      ],
      ja: [
        '(?<![a-z])sp\\s?\\d(?!\\d)\\s?(?:に|へ)\\s?(?:する|上げる|あげる|(?:アップグレード|更新|適用)(?:する)?)(?:の|こと)?\\s?(?:は|って|で)?\\s?(?:大丈夫|安全|危険|問題(?:ない|ありません|な)|リスク)',
        '(?<![a-z])sp\\s?\\d(?!\\d)\\s?(?:へ|に)?(?:の)?\\s?(?:適用|アップグレード|更新)\\s?(?:は|って)?\\s?(?:大丈夫|安全|危険|リスク)',
      ],
    },
    title: L('Is the SQL Server service-pack upgrade safe?', 'SQL Server のサービス パック適用は安全か'),
    answer: (f, text = '') => sqlUpgradeSafeAnswer(f, text),
  },
  {
    // "how long does the SP4 upgrade take?", 「SP4に上げるのにどれくらいかかる？」 (QA round 20 #7): the SQL service-pack
    // upgrade, not the TLS fix's duration. Before 'downtime', whose "how long" would take it.
    id: 'sql-upgrade-duration',
    recognise: {
      en: [
        '(?<![a-z])(?:how\\slong|how\\smuch\\s(?:time|downtime)|what\\sdowntime)(?![a-z]).{0,40}(?<![a-z])(?:sp\\s?\\d|service\\spack|sql(?:\\sserver)?\\s(?:upgrade|update|patch))',
        '(?<![a-z])(?:sp\\s?\\d|service\\spack|sql(?:\\sserver)?)\\s(?:upgrade|update|install(?:ation)?|patch(?:ing)?)\\s(?:take|last)(?![a-z])',
      ],
      ja: [
        '(?:sp\\s?\\d|サービス\\s?パック|sql)[^。？?]{0,20}(?:どれ|どの)\\s?(?:くらい|ぐらい|程度)',
        '(?:sp\\s?\\d|サービス\\s?パック|sql)[^。？?]{0,20}(?:何分|何時間|所要時間|作業時間|時間(?:は|が)?かか)',
      ],
    },
    title: L('How long the SQL Server service-pack upgrade takes', 'SQL Server のサービス パック適用にかかる時間'),
    answer: (f) => sqlUpgradeDurationAnswer(f),
  },
  {
    // "SQL 2014 SP2 or is SP1 enough?", "2012 SP3 or SP4?", 「SQL 2014 は SP1 で足りますか、SP2 が必要ですか？」:
    // each service pack named, with the builds that support TLS 1.2 (plan-answers.ts). Never a statement of the SQL version.
    id: 'sql-sp-enough',
    recognise: {
      en: [
        '(?<![a-z])(?:sp|service\\spack)\\s?\\d(?!\\d).{0,40}(?<![a-z])(?:enough|sufficient|suffice)(?![a-z])',
        '(?<![a-z])(?:sp|service\\spack)\\s?\\d(?!\\d)\\s?(?:or|vs\\.?|versus)\\s(?:is\\s|do\\s(?:we|i)\\sneed\\s)?(?:(?:sql\\s)?20\\d\\d\\s)?(?:sp|service\\spack)\\s?\\d(?!\\d)',
        '(?<![a-z])which\\s(?:sp|service\\spack)(?![a-z])',
      ],
      ja: [
        '(?<![a-z])sp\\s?\\d(?!\\d).{0,20}(?:で|が)?\\s?(?:足り|十分|いい|よい|良い|大丈夫|問題な)',
        '(?<![a-z])sp\\s?\\d(?!\\d)\\s?(?:と|か|or|、)\\s?(?:sql\\s?20\\d\\d\\s?)?sp\\s?\\d(?!\\d)',
        '(?:どの|どちらの|どっちの)\\s?(?:sp|サービス\\s?パック)',
      ],
    },
    title: L('Which SQL Server service pack is enough?', 'どの SQL Server サービス パックなら足りるか'),
    answer: (f, text) => servicePackAnswer(f, text ?? ''),
  },
  {
    // "so I just pick Medium-High in TMS Tools and save?", 「TMS ツールで Medium-High を選んで保存すればいいですか？」:
    // yes or no for these facts, with the step's place in the fix (plan-answers.ts).
    id: 'confirm-level-step',
    recognise: {
      en: [
        '^\\s*(?:(?:so|ok|okay|and|then|right)[,\\s]+)*(?:i|we)\\s(?:just|only|simply)\\s(?:need\\sto\\s|have\\sto\\s)?(?:pick|choose|select|set|change|switch|put)\\s.{0,40}mediumhigh.{0,60}[?]\\s*$',
        '^\\s*(?:(?:so|ok|okay|and|then|right)[,\\s]+)*(?:do|should)\\s(?:i|we)\\s(?:just|only|simply)\\s(?:pick|choose|select|set|change|switch)\\s.{0,40}mediumhigh',
        '^\\s*(?:(?:so|ok|okay|and|then|right)[,\\s]+)*(?:is\\sit|it\\x27?s)\\s(?:just|only)\\s(?:mediumhigh|(?:picking|choosing|selecting|setting)\\s.{0,20}mediumhigh).{0,40}[?]\\s*$',
      ],
      ja: [
        'mediumhigh\\s?(?:を|に)[^。？?]{0,30}(?:すれば|したら|するだけで)\\s?(?:いい|よい|良い|ok|大丈夫)',
        'mediumhigh\\s?(?:を|に)?[^。？?]{0,20}(?:保存|選ぶ|選択|する|変更する|設定する)(?:だけ)(?:で|です)',
      ],
    },
    title: L('Is Medium-High in TMS Tools the step?', 'TMS ツールで Medium-High にすればよいか'),
    answer: (f) => confirmLevelAnswer(f),
  },
  {
    // "is that all?", "anything else we need to do?", 「これで全部ですか？」: the whole change for these facts.
    id: 'is-that-all',
    recognise: {
      en: [
        '^\\s*(?:(?:so|ok|okay|and|right)[,\\s]+)*(?:is\\sthat|that\\x27?s|is\\sthis|is\\sit)\\s(?:all|it|everything)(?:\\s(?:i|we)\\s(?:need|have)\\sto\\sdo)?\\s*[?]+\\s*$',
        '^\\s*(?:(?:so|ok|okay|and)[,\\s]+)*(?:anything|something)\\selse\\s(?:i|we)\\s(?:need|have|should)\\s(?:to\\s)?(?:do|change)?\\s*[?]+\\s*$',
        // "ok, go ahead then. anything else?" (QA round 20 #6)
        '^\\s*(?:(?:so|ok|okay|and|then|alright)[,\\s]+)*anything\\selse(?:\\sto\\s(?:do|check|change))?\\s*[?]+\\s*$',
      ],
      ja: ['^\\s*(?:それで|これで|以上で)?\\s?(?:それだけ|これだけ)\\s?(?:です(?:か)?|でしょうか|でいい(?:です)?か|で(?:大丈夫|ok)(?:です)?か)\\s?[?？]?\\s*$', '^\\s*(?:それで|これで|以上で)\\s?(?:全部|終わり|おしまい|完了)\\s?(?:です(?:か)?|でしょうか)?\\s?[?？]?\\s*$', '(?:ほか|他)に\\s?(?:やること|作業|必要なこと|すること)\\s?(?:は|って)\\s?(?:ありますか|ある[?？]|ないですか)'],
    },
    title: L('Is that all?', 'これで全部か'),
    answer: (f) => thatAllAnswer(f),
  },
  {
    // "should we just re-enable SSL 3.0 then?", 「SSL 3.0 を無効にしたからでは？」「SSL 3.0 を有効に戻せばいいですよね？」
    // (QA round 9 #9, #10): before 'disable-ssl3', whose recognisers also see "SSL 3.0 … 無効".
    id: 'ssl3-reenable',
    recognise: {
      en: [
        '(?<![a-z])(?:re-?enable|enable|turn\\s(?:\\w+\\s)?(?:back\\s)?on|switch\\s(?:\\w+\\s)?(?:back\\s)?on|bring\\s(?:\\w+\\s)?back|put\\s(?:\\w+\\s)?back|restore)(?![a-z]).{0,20}(?<![a-z])ssl\\s?v?3(?:\\.0)?(?![.\\d])',
        '(?<![a-z])ssl\\s?v?3(?:\\.0)?(?![.\\d]).{0,20}(?<![a-z])(?:back\\son|re-?enabled?)(?![a-z])',
        '(?<![a-z])because\\s(?:(?:we|they|someone|you)\\s)?(?:disabled|turned\\soff|switched\\soff)\\s(?:the\\s)?ssl\\s?v?3',
        '(?<![a-z])ssl\\s?v?3(?:\\.0)?(?![.\\d]).{0,30}(?<![a-z])(?:the\\s)?(?:cause|reason|culprit)(?![a-z])',
      ],
      ja: ['ssl\\s?v?3(?:\\.0)?(?![.\\d]).{0,12}(?:有効に(?:戻|し|す)|戻せ|戻す|戻し|オンに)', 'ssl\\s?v?3(?:\\.0)?(?![.\\d]).{0,12}無効に(?:した|して)(?:から|せい|ため)', 'ssl\\s?v?3(?:\\.0)?(?![.\\d]).{0,12}(?:が|の)?\\s?原因'],
    },
    title: L('Re-enable SSL 3.0?', 'SSL 3.0 を有効に戻すべきか'),
    answer: (f) => ssl3ReenableAnswer(f),
  },
  {
    // "we have no time to upgrade SQL to SP4 now, can we do the TLS part first?", 「SP4 にアップグレードする
    // 時間がありません。先に TLS だけ設定してもいいですか？」 (QA round 9 #9).
    id: 'tls-before-sql-upgrade',
    recognise: {
      en: [
        '(?<![a-z])(?:do|apply|make|set|change)\\s(?:the\\s)?(?:tls|registry|schannel)(?:\\s(?:part|bit|step|change|changes|settings?|fix))?\\s(?:first|now|before)(?![a-z])',
        '(?<![a-z])(?:tls|registry|schannel)(?:\\s(?:part|bit|step|change|changes|settings?|fix))?\\s(?:first|before)(?![a-z]).{0,40}(?:sql|sp\\s?\\d|service\\spack)',
        '(?<![a-z])(?:no\\stime|not\\senough\\stime|can(?:no|\')?t|later|postpone|delay|wait(?:ing)?\\sfor)(?![a-z]).{0,40}(?<![a-z])(?:upgrad\\w*|patch\\w*|updat\\w*)\\s(?:the\\s)?(?:sql|sp\\s?\\d)(?![a-z])',
        '(?<![a-z])before\\s(?:upgrading|patching|updating|the\\supgrade\\sof|we\\supgrade)\\s(?:the\\s)?(?:sql|sp\\s?\\d)',
        // "what if we just enable TLS 1.2 in the registry without touching SQL?" (QA round 10 #14)
        '(?<![a-z])without\\s(?:touching|upgrading|patching|updating|changing)\\s(?:the\\s)?(?:sql|database)(?![a-z])',
      ],
      ja: [
        '(?:sql|sp\\s?\\d|サービス\\s?パック).{0,20}(?:アップグレード|更新|適用|パッチ).{0,15}(?:時間が(?:ない|ありません)|できない|できません|後回し|後で|あとで|間に合)',
        '先に\\s?(?:tls|レジストリ|schannel)',
        '(?:tls|レジストリ|schannel).{0,10}(?:だけ|のみ).{0,10}(?:先に|今|設定して(?:も)?(?:いい|よい|大丈夫))',
        // 「SQL には触らずに TLS 1.2 だけ有効にしたら？」
        '(?:sql|データベース)\\s?(?:に|は|には)?\\s?(?:触らず|手を付けず|手をつけず|アップグレードせず|更新せず)',
      ],
    },
    title: L('The TLS part before the SQL upgrade?', 'SQL のアップグレードより先に TLS を設定してよいか'),
    answer: (f) => tlsBeforeSqlAnswer(f),
  },
  {
    // "why keep TLS 1.0?", "why do we need to keep tls 1.0 enabled?", 「なぜTLS1.0を残すのですか？」 (QA round 22 M5): the SQL
    // reason, not the symptom's explanation nor "yes, leave TLS 1.0 on" (keep-tls10-add-tls12). Not "why not keep…".
    id: 'why-keep-tls10',
    recognise: {
      en: [
        `(?<![a-z])(?:why|how\\scome)(?!\\snot)(?![a-z])[^?.]{0,40}(?<![a-z])(?:keep|keeping|leave|leaving|need)\\s(?:the\\s)?${TLS10}(?!\\s(?:off|disabled))`,
        `(?<![a-z])(?:why|how\\scome)(?!\\snot)(?![a-z])[^?.]{0,30}${TLS10}\\s(?:has\\sto\\s|must\\s|needs?\\sto\\s|should\\s)?(?:stay|remain|be\\s(?:kept|left))`,
      ],
      ja: [
        `(?:なぜ|どうして|なんで|何のため)[^。？?]{0,25}${TLS10}\\s?(?:は|を)?\\s?(?:残|有効のまま|そのまま|無効にしない|無効にでき|切らない|切れない|必要)`,
        `${TLS10}\\s?(?:は|を)?\\s?(?:残す|残さ|残して|有効のまま|無効にしない|無効にでき|切らない|切れない)[^。？?]{0,15}(?:なぜ|どうして|なんで|理由)`,
      ],
    },
    title: L('Why keep TLS 1.0 on?', 'TLS 1.0 を残す理由'),
    answer: (f) => whyKeepTls10Answer(f),
  },
  {
    // "why not just enable TLS 1.0 again?", 「TLS 1.0 を有効に戻せばいいのでは？」 (QA round 9 #9).
    id: 'why-not-tls10',
    recognise: {
      en: [
        '(?<![a-z])why\\s(?:not|don\'t\\swe|can\'t\\swe)\\s(?:just\\s)?(?:re-?enable|enable|turn\\s(?:\\w+\\s)?on|use|keep|allow)\\s(?:the\\s)?tls\\s?1\\.?0(?![.\\d])(?!.{0,40}(?:endpoints?|codecs?|devices?|room\\s?kits?|systems?)(?![a-z]))',
        // (not "can I just re-enable TLS 1.0 on the endpoints?": 'endpoint-tls10-instead', QA44 #6)
        '(?<![a-z])(?:can|could|should|shall)\\s(?:we|i)\\s(?:not\\s)?(?:just\\s)?(?:re-?enable|turn\\s(?:\\w+\\s)?(?:back\\s)?on)\\s(?:the\\s)?tls\\s?1\\.?0(?![.\\d])(?!.{0,30}(?:sql|database))(?!.{0,40}(?<![a-z])(?:endpoints?|codecs?|devices?|room\\s?kits?)(?![a-z]))',
        // "is it safe to just re-enable TLS 1.0?", "can we turn TLS 1.0 back on?", "what if we enable TLS 1.0 again?" (QA round 13 #6);
        // not about SQL starting ('sql-recovery') nor about the endpoints ('endpoint-tls10-instead').
        `^(?!\\s*(?:if|when|once|after)\\s)(?!.*(?:sql|database|(?<![a-z])db(?![a-z])|endpoints?|codecs?|devices?|room\\s?kits?))(?:.*(?<![a-z])(?:re-?enabl(?:e|ing)|bring(?:ing)?\\s(?:back\\s)?|restor(?:e|ing))\\s?(?:the\\s)?${TLS10}|.*(?<![a-z])(?:turn(?:ing)?|switch(?:ing)?|put(?:ting)?|set(?:ting)?)\\s(?:the\\s)?${TLS10}\\s(?:back\\s)?on(?![a-z])|.*(?<![a-z])enabl(?:e|ing)\\s(?:the\\s)?${TLS10}\\s(?:again|back)(?![a-z]))`,
      ],
      ja: [
        // (On the endpoints instead: 'endpoint-tls10-instead'.)
        '^(?!.*(?:エンドポイント|端末|コーデック|機器)).*(?:なぜ|どうして|なんで).{0,10}tls\\s?1\\.?0(?![.\\d]).{0,12}(?:有効|戻さ|使わ)',
        '^(?!.*(?:エンドポイント|端末|コーデック|機器)).*tls\\s?1\\.?0(?![.\\d]).{0,12}(?:有効に(?:戻|し|す)|戻せ|戻す|戻し).{0,12}(?:いいのでは|よいのでは|だめ|ダメ|いけない|ないんですか|ないのですか)',
        // 「TLS 1.0 を有効に戻せばいいですか？」「TLS 1.0 を再度有効にしても大丈夫ですか」 (QA round 13 #6)
        '^(?!.*(?:エンドポイント|端末|コーデック|機器|sql|データベース)).*tls\\s?1\\.?0(?![.\\d]).{0,8}(?:有効に(?:戻|し|す)|戻せ|戻す|戻し|(?:再度|再び|もう一度)\\s?有効).{0,12}(?:いい|よい|良い|大丈夫|問題(?:ない|ありません)|安全|ok)',
        // 「TLS 1.0を有効に戻せば直りますか？」「TLS1.0を有効にすれば直りますか」「TLS 1.0を戻すべきですか？」 (QA round 19 #9);
        // 「TLS 1.0 を有効に戻す必要がありますか？」 (QA64 #11: "do we need to re-enable TLS 1.0?" was answered, the JA got nothing).
        '^(?!.*(?:エンドポイント|端末|コーデック|機器|sql|データベース)).*tls\\s?1\\.?0(?![.\\d]).{0,8}(?:有効に(?:戻|し|す)|戻せ|戻す|戻し|(?:再度|再び|もう一度)\\s?有効).{0,8}(?:直り|直る|なおり|なおる|治り|解決|べき|必要)',
      ],
    },
    title: L('Why not just enable TLS 1.0 again?', 'TLS 1.0 を有効に戻せばよいのでは'),
    answer: (f, text) => whyNotTls10Answer(f, text),
  },
  {
    // "please confirm the .reg leaves TLS 1.0 enabled", "does the reg disable TLS 1.0?", 「この reg で TLS 1.0 は有効のままですか？」
    // (FIX58A #2): what the fix files' .reg does to TLS 1.0 (nothing), asked; no state recorded.
    id: 'reg-leaves-tls10',
    recognise: {
      en: [
        String.raw`(?<![a-z])(?:does|do|will|would|could|can|might|is|isn't|doesn't|won't)\s(?:the\s|this\s|that\s|your\s|our\s|its\s)?${REG_FILE_EN}\s(?:also\s|still\s|really\s)?(?:going\sto\s)?${REG_DOES_TLS10}`,
        REG_CONFIRM_EN,
        TLS10_CONFIRM_EN,
        TLS10_TAG_EN,
      ],
      ja: [
        String.raw`(?:この|その|あの|例の|修正ファイルの|いただいた|もらった)?\s?${REG_FILE_JA}\s?(?:で|では|を(?:入れ|インポートし|適用し|実行し)(?:る|た|て)(?:と|ら|も)|は|って)[^。？?]{0,30}${TLS10}[^。？?]{0,16}(?:有効のまま|そのまま|無効に(?:なり|なる|なら|され|変わ)|オフに(?:なり|なる)|変わり|変わる|変更され|影響|止まり|止まる)[^。]{0,14}(?:か|[?？])`,
      ],
    },
    // "please confirm the .reg leaves TLS 1.0 enabled": a request to confirm, asked without a question mark.
    statement: { en: [REG_CONFIRM_EN, TLS10_CONFIRM_EN], ja: [] },
    title: L('What the .reg does to TLS 1.0', '.reg が TLS 1.0 に与える影響'),
    answer: (f) => regLeavesTls10Answer(f),
  },
  {
    // "what about leaving TLS 1.0 on and only adding 1.2?", 「TLS 1.0 はそのままで 1.2 を追加すればいいですか」 (QA round 13 #10).
    id: 'keep-tls10-add-tls12',
    recognise: {
      en: [
        `(?<![a-z])(?:leave|leaving|keep|keeping)\\s(?:the\\s)?${TLS10}\\s(?:on|enabled|as\\sit\\sis|alone|in\\splace|active|there)(?![a-z])`,
        DONT_DISABLE_TLS10,
        `(?<![a-z])(?:add|adding|enable|enabling)\\s(?:only\\s|just\\s)?(?:the\\s)?${TLS12}\\s(?:alongside|next\\sto|besides|on\\stop\\sof|as\\swell\\sas|in\\saddition\\sto)\\s(?:the\\s)?${TLS10}`,
      ],
      // (「TLS 1.0 は残したまま 1.2 を追加するだけでいいですか？」: 1.2 without "TLS" after TLS 1.0, QA round 14 #17)
      ja: [`${TLS10}\\s?(?:は|を)?\\s?(?:そのまま|残し|残す|有効のまま|無効にせず|切らず)[^。？?]{0,30}(?:${TLS12}|(?<![\\d.])1\\.2(?![.\\d])\\s?(?:を|も)?\\s?(?:追加|足|有効))`, `${TLS12}[^。？?]{0,20}(?:追加|足|有効に)[^。？?]{0,20}${TLS10}\\s?(?:は|を)?\\s?(?:そのまま|残し|残す|有効のまま)`],
    },
    // An instruction to keep TLS 1.0 (R44D): "Don't disable TLS 1.0, the customer said so", "Keep TLS 1.0 enabled",
    // 「TLS 1.0は有効のままにしてください」「TLS 1.0は無効にしないでください」. A request, no state: the same answer.
    statement: {
      en: [DONT_DISABLE_TLS10, `(?:^|[:;,.!]\\s*|(?:said|says|told\\s(?:us|me)),?\\s)(?:(?:so|and|but|also|just)[,\\s]+)?(?:please\\s)?(?:keep|leave)\\s(?:the\\s)?${TLS10}\\s(?:on|enabled|as\\sit\\sis|alone|in\\splace|active)(?![a-z])`],
      ja: [`${TLS10}\\s?(?:は|を)?\\s?(?:有効のまま|そのまま|残したまま)\\s?(?:に)?\\s?(?:して|しておいて|で)?\\s?(?:ください|下さい|ほしい|欲しい|お願い)|${TLS10}\\s?(?:は|を)?\\s?(?:無効|オフ|停止)\\s?(?:に|化)?\\s?(?:しないで|せずに)\\s?(?:ください|下さい|ほしい|欲しい|お願い|おいて)`],
    },
    title: L('Leave TLS 1.0 on and add TLS 1.2?', 'TLS 1.0 はそのままで TLS 1.2 を追加するか'),
    answer: (f) => keepTls10Answer(f),
  },
  {
    // "should I run the .reg from the doc?", 「ドキュメントの reg ファイルを実行すればいいですか」 (QA round 13 #10).
    id: 'doc-reg-file',
    recognise: {
      en: [
        '(?<![a-z])(?:run|apply|import|use|merge|double[\\s-]?click|execute)\\s(?:the\\s|that\\s)?(?:\\.reg|reg\\sfile|registry\\sfile|reg)(?:\\sfile)?\\s(?:from|in|of|on)\\s(?:the\\s)?(?:doc(?:ument(?:ation)?)?|technote|tech\\snote|article|cisco|kb|page)(?![a-z])',
        "(?<![a-z])(?:doc(?:ument)?|technote|tech\\snote|article|cisco)(?:'s|s')?\\s(?:\\.reg|reg\\sfile|registry\\sfile)(?![a-z])",
      ],
      ja: ['(?:ドキュメント|資料|文書|テクニカル\\s?ノート|テックノート|technote|記事)(?:の|にある|に載って(?:いる|る)|に書いて(?:ある|いる))\\s?(?:\\.reg|reg\\s?ファイル|レジストリ\\s?ファイル|レジストリ)'],
    },
    title: L('Run the TechNote\'s .reg file?', 'テクニカルノートの .reg ファイルを使うか'),
    answer: (f) => docRegAnswer(f),
  },
  {
    // "why is it off? I thought 2012 R2 had it on by default", 「なぜ無効なのですか。既定で有効だと思っていました」 (QA round 13 #15).
    id: 'why-off-by-default',
    recognise: {
      en: [
        `(?<![a-z])(?:why|how\\scome)\\s(?:is|was|are|were)\\s(?:it|tls(?:\\s?1\\.2)?|${TLS12}|they|the\\s(?:keys?|client(?:\\skey)?|protocol))\\s(?:set\\s)?(?:off|disabled|not\\s(?:on|enabled)|turned\\soff|switched\\soff)(?![a-z])`,
        '(?<![a-z])(?:i\\sthought|supposed\\sto\\sbe|should\\sbe|isn\'?t\\sit)\\s[^?]{0,40}(?:on|enabled)\\sby\\sdefault(?![a-z])',
      ],
      ja: ['(?:なぜ|なんで|どうして)[^。？?]{0,20}(?:無効|オフ)(?:に)?(?:なって|なの|なん|です)', '(?:既定|デフォルト)\\s?で\\s?(?:は)?\\s?(?:有効|オン)[^。？?]{0,6}(?:だと|と|はず)\\s?(?:思|聞)'],
    },
    title: L('Why is TLS 1.2 off when it is on by default?', '既定で有効なはずの TLS 1.2 がなぜ無効か'),
    answer: (f) => whyOffAnswer(f),
  },
  {
    // "KB4019276 is not installed", 「KB4019276 は入っていません」 (QA round 13 #8): no fact holds it; install it first.
    id: 'kb4019276-missing',
    recognise: {
      en: ['(?<![a-z\\d])kb\\s?4019276(?!\\d).{0,30}(?<![a-z])(?:not\\sinstalled|missing|isn\'?t\\sinstalled|not\\sthere|absent|not\\sapplied)(?![a-z])', '(?<![a-z])(?:no|without|don\'?t\\shave|do\\snot\\shave|doesn\'?t\\shave|not\\sinstalled)\\s(?:the\\s)?kb\\s?4019276(?!\\d)'],
      ja: ['kb\\s?4019276(?!\\d)\\s?(?:は|が|も)?\\s?(?:入って(?:い)?(?:ません|ない)|未適用|適用(?:されて)?(?:い)?(?:ません|ない)|ありません|ない|未インストール|インストールされて(?:い)?(?:ません|ない))'],
    },
    statement: {
      en: ['(?<![a-z\\d])kb\\s?4019276(?!\\d).{0,30}(?<![a-z])(?:not\\sinstalled|missing|isn\'?t\\sinstalled|not\\sthere|absent|not\\sapplied)(?![a-z])', '(?<![a-z])(?:no|don\'?t\\shave|do\\snot\\shave|doesn\'?t\\shave)\\s(?:the\\s)?kb\\s?4019276(?!\\d)'],
      ja: ['kb\\s?4019276(?!\\d)\\s?(?:は|が|も)?\\s?(?:入って(?:い)?(?:ません|ない)|未適用|適用(?:されて)?(?:い)?(?:ません|ない)|ありません|ない|未インストール|インストールされて(?:い)?(?:ません|ない))'],
    },
    title: L('KB4019276 not installed', 'KB4019276 が未適用の場合'),
    answer: (f) => kbMissingAnswer(f),
  },
  {
    // "is KB4019276 installed?", "do we have KB4019276?", 「KB4019276は入っていますか？」 (QA round 16): asked, not
    // said; before 'kb4019276-installed', whose Japanese pattern would read the question as a statement.
    id: 'kb4019276-check',
    // (Not rewritten to start at "kb" with lookbehinds: V8 runs those ~80 times slower here.)
    recognise: {
      en: [
        '(?<![a-z])(?:is|was|has)\\s(?:the\\s)?kb\\s?4019276(?!\\d)\\s(?:already\\s)?(?:been\\s)?(?:installed|applied|in\\splace|present|there|on)(?![a-z])',
        '(?<![a-z])(?:do|does|did)\\s(?:we|i|you|they|it|the\\sserver|our\\sserver|the\\stms\\sserver|this\\sserver)\\s(?:already\\s)?(?:have|got)\\s(?:the\\s)?kb\\s?4019276(?!\\d)',
        '(?<![a-z])(?:check|verify|confirm|see|tell|find\\sout|know)\\s(?:if|whether)\\s[^?.]{0,40}kb\\s?4019276(?!\\d)',
        '(?<![a-z])(?:(?:how|where)\\s(?:do|can|would|should|could)\\s(?:i|we|you|one)|how\\sto)\\s(?:check|see|tell|find|know|verify|confirm)[^?.]{0,30}kb\\s?4019276(?!\\d)',
      ],
      ja: [
        '(?<![a-z\\d])kb\\s?4019276(?!\\d)\\s?(?:は|が)?\\s?(?:もう|既に|すでに)?\\s?(?:入って(?:い)?(?:ます|る)|適用(?:済み|(?:して|されて)(?:い)?(?:ます|る))|インストール(?:済み|(?:して|されて)(?:い)?(?:ます|る)))\\s?(?:です|でしょう)?\\s?(?:か|の\\s?[?？]|\\s?[?？])',
        '(?<![a-z\\d])kb\\s?4019276(?!\\d)[^。？?]{0,20}(?:確認|調べ|チェック)(?:する|でき|すれば|方法)',
      ],
    },
    title: L('Is KB4019276 installed?', 'KB4019276 が適用済みかどうか'),
    answer: (f) => kbCheckAnswer(f),
  },
  {
    // "what's KB3146034? is this build ok?", 「KB3146034って何？」: the bot's own caveat on SQL 2008 / 2008 R2 asked about (QA round 30 M9).
    id: 'sql-kb3146034',
    recognise: { en: ['(?<![a-z\\d])kb\\s?3146034(?!\\d)'], ja: ['(?<![a-z\\d])kb\\s?3146034(?!\\d)'] },
    title: L('KB3146034 (the first TLS 1.2 builds of SQL Server 2008 / 2008 R2)', 'KB3146034（SQL Server 2008 / 2008 R2 の最初の TLS 1.2 ビルド）'),
    answer: (f) => kb3146034Answer(f),
  },
  {
    // "is KB3052404 installed?", "do we have KB3052404?", 「KB3052404入ってる？」 (QA round 29 #1): asked, not said; before
    // 'sql-kb-installed' (whose patterns would read the question as a statement) and 'sql-update-needed' ("install it").
    id: 'sql-kb-check',
    recognise: {
      en: [
        '(?<![a-z])(?:is|was|has)\\s(?:the\\s)?(?:sql\\s)?kb\\s?3052404(?!\\d)\\s(?:already\\s)?(?:been\\s)?(?:installed|applied|in\\splace|present|there|in|on)(?![a-z])',
        '(?<![a-z])(?:do|does|did)\\s(?:we|i|you|they|it|the\\s(?:tms\\s|sql\\s)?server|our\\s(?:tms\\s|sql\\s)?server|this\\sserver|sql|the\\ssql|our\\ssql)\\s(?:already\\s)?(?:have|got)\\s(?:the\\s)?kb\\s?3052404(?!\\d)',
        '(?<![a-z])(?:check|verify|confirm|see|tell|find\\sout|know)\\s(?:if|whether)\\s[^?.]{0,40}kb\\s?3052404(?!\\d)',
        '(?<![a-z])(?:(?:how|where)\\s(?:do|can|would|should|could)\\s(?:i|we|you|one)|how\\sto)\\s(?:check|see|tell|find|know|verify|confirm)[^?.]{0,30}kb\\s?3052404(?!\\d)',
        '^[^.?]{0,12}kb\\s?3052404(?!\\d)\\s(?:already\\s)?(?:installed|applied|in\\splace|there|present)\\s?[?]',
      ],
      ja: [
        'kb\\s?3052404(?!\\d)\\s?(?:は|って|が|も)?\\s?(?:もう|既に|すでに)?\\s?(?:入って(?:い)?(?:ます|る)|適用済み|インストール済み|(?:適用|インストール)(?:して|されて)(?:い)?(?:ます|る)|当たって(?:い)?(?:ます|る))\\s?(?:です|でしょう)?\\s?(?:か|の\\s?[?？]|\\s?[?？])',
        'kb\\s?3052404(?!\\d)[^。？?]{0,20}(?:確認|調べ|チェック)(?:する|でき|すれば|方法)',
      ],
    },
    title: L('Is KB3052404 installed?', 'KB3052404 が適用済みかどうか'),
    answer: (f) => sqlKbCheckAnswer(f),
  },
  {
    // "KB3052404 is installed already", "so install the KB? we already did" (short-lead.ts), 「KB入れました」 (QA round 21 F6):
    // the build decides, the update is not prescribed again.
    id: 'sql-kb-installed',
    recognise: { en: ['(?<!(?:is|was|has|if|whether|check|see)\\s)(?<![a-z\\d])kb\\s?3052404(?!\\d)\\s(?:is\\s|was\\s|has\\sbeen\\s)?(?:already\\s)?(?:installed|applied|in\\splace)(?![a-z])'], ja: ['(?<![a-z\\d])kb\\s?3052404(?!\\d)\\s?(?:は|も)?\\s?(?:もう|既に|すでに)?\\s?(?:入れ(?:ました|てあります)|適用済み|インストール済み|適用しました|インストールしました)'] },
    statement: {
      en: ['(?<![a-z\\d])kb\\s?3052404(?!\\d)\\s(?:is\\s|was\\s|has\\sbeen\\s)?(?:already\\s)?(?:installed|applied|in\\splace)(?![a-z])', "(?<!n't\\s)(?<!not\\s)(?<![a-z])(?:installed|applied)\\s(?:the\\s)?(?:sql\\s)?(?:kb\\s?3052404(?!\\d)|kb(?![a-z0-9]))(?!\\s?(?:yet|\\?))", '^(?!.*(?:windows|(?<![a-z])os(?![a-z])|4019276))(?:the\\s)?(?:sql\\s)?kb\\s(?:is|was|has\\sbeen)\\s(?:already\\s)?(?:installed|applied|in)(?![a-z])'],
      ja: ['^(?!.*(?:windows|ウィンドウズ|(?<![a-z])os(?![a-z])|4019276))[^。]{0,12}(?<![a-z])(?:sql\\s?の?\\s?)?kb(?:\\s?3052404)?(?![a-z0-9])\\s?(?:は|も|を)?\\s?(?:もう|既に|すでに)?\\s?(?:入れ(?:ました|てあります|てます|ています|た(?![らり]))|入って(?:い)?ます|適用(?:しました|済み|してあります|しています)|インストール(?:しました|済み|してあります|しています))'],
    },
    title: L('The SQL TLS 1.2 update installed', 'SQL の TLS 1.2 更新プログラムを適用済みの場合'),
    answer: (f, text) => sqlKbInstalledAnswer(f, text ?? ''),
  },
  {
    // "KB4019276 is installed already", 「KB4019276 は入っています」 (QA round 14 #18).
    id: 'kb4019276-installed',
    recognise: {
      // (not "is KB4019276 installed?", "how do I check whether KB4019276 is installed?": those ask)
      en: ['(?<!(?:is|was|has|if|whether|check|see)\\s)(?<![a-z\\d])kb\\s?4019276(?!\\d)\\s(?:is\\s|was\\s|has\\sbeen\\s)?(?:already\\s)?(?:installed|applied|in\\splace|present|there)(?![a-z])', "(?<!n't\\s)(?<!not\\s)(?<![a-z])(?:installed|applied|have|got)\\s(?:the\\s)?(?<![a-z\\d])kb\\s?4019276(?!\\d)(?!\\s?(?:yet|\\?))"],
      ja: ['(?<![a-z\\d])kb\\s?4019276(?!\\d)\\s?(?:は|も)?\\s?(?:もう|既に|すでに)?\\s?(?:入って(?:い)?(?:ます|る)|適用済み|インストール済み|(?:適用|インストール)(?:して|されて)(?:い)?(?:ます|る))'],
    },
    statement: {
      en: ['(?<![a-z\\d])kb\\s?4019276(?!\\d)\\s(?:is\\s|was\\s|has\\sbeen\\s)?(?:already\\s)?(?:installed|applied|in\\splace|present)(?![a-z])', "(?<!n't\\s)(?<!not\\s)(?<![a-z])(?:installed|applied)\\s(?:the\\s)?(?<![a-z\\d])kb\\s?4019276(?!\\d)"],
      ja: ['(?<![a-z\\d])kb\\s?4019276(?!\\d)\\s?(?:は|も)?\\s?(?:もう|既に|すでに)?\\s?(?:入って(?:い)?(?:ます|る)|適用済み|インストール済み|(?:適用|インストール)(?:して|されて)(?:い)?(?:ます|る))'],
    },
    title: L('KB4019276 installed', 'KB4019276 が適用済みの場合'),
    answer: (f) => kbInstalledAnswer(f),
  },
  {
    // "is KB4019276 needed?", 「KB4019276 は必要ですか？」 (QA round 14 #18): only on Windows Server 2008 (not R2) SP2.
    id: 'kb4019276-needed',
    recognise: {
      en: ['(?<![a-z\\d])kb\\s?4019276(?!\\d)[^?.]{0,30}(?<![a-z])(?:needed|required|necessary|mandatory|a\\smust)(?![a-z])', '(?<![a-z])(?:need|needs|require|requires)\\s(?:the\\s)?(?<![a-z\\d])kb\\s?4019276(?!\\d)', '(?<![a-z])what\\s(?:is|about)\\s(?:the\\s)?(?<![a-z\\d])kb\\s?4019276(?!\\d)'],
      ja: ['(?<![a-z\\d])kb\\s?4019276(?!\\d)[^。？?]{0,20}(?:必要|要り|要る|いります|いる(?:の)?(?:ですか|でしょうか)|とは|って何|は何)'],
    },
    title: L('Is KB4019276 needed?', 'KB4019276 は必要か'),
    answer: (f) => kbNeededAnswer(f),
  },
  {
    // "Is Conductor affected too?", 「Conductor も影響を受けますか？」: asked, not reported as failing (the
    // question clause is not read for facts, so the product is not recorded as a failing system).
    id: 'other-product-affected',
    recognise: {
      en: [
        `(?<![a-z])(?:is|are|was|were|will|would)\\s(?:the\\s|our\\s)?${PRODUCT_RE}\\s(?:also\\s)?(?:affected|impacted|hit|concerned|in\\sscope)(?![a-z])`,
        `(?<![a-z])(?:does|do|will|would|could|can)\\s(?:the\\s|our\\s)?${PRODUCT_RE}\\s(?:also\\s)?(?:get|have|hit|see|face|run\\sinto)\\s(?:the\\s|this\\s)?(?:same|this|that|it)(?![a-z])`,
        `(?<![a-z])(?:does|do|will|would|could|can)\\s(?:this|it|that|the\\sissue|the\\sproblem)\\s(?:also\\s)?(?:affect|impact|hit|apply\\sto)\\s(?:the\\s|our\\s)?${PRODUCT_RE}`,
        `(?<![a-z])what\\sabout\\s(?:the\\s|our\\s)?${PRODUCT_RE}\\s?(?:\\?|$)`,
        // "is it the TLS thing on the Expressway?", "could it be the TLS 1.0 problem with our VCS?" (REV21-a #7b: was recorded as failing)
        `(?<![a-z])(?:is\\s(?:it|this|that)|so\\sit'?s|could\\s(?:it|this|that)\\sbe)\\s(?:the\\s|a\\s)?tls(?:\\s?1\\.?0)?(?:\\s(?:thing|problem|issue|one))?\\s(?:on|with|for|in|at)\\s(?:the\\s|our\\s|that\\s)?${PRODUCT_RE}(?![a-z])`,
        // "does the TelePresence Server need the same fix"
        `(?<![a-z])(?:does|do|will|would)\\s(?:the\\s|our\\s)?${PRODUCT_RE}\\s(?:also\\s)?(?:need|require|get)\\s(?:the\\s)?(?:same|this)\\s(?:fix|change|changes|treatment)(?![a-z])`,
      ],
      // 「VCS はどうですか」: the JA "what about VCS?".
      ja: [`${PRODUCT_RE}\\s?(?:も|の|で|でも)\\s?tls\\s?(?:1\\.?0\\s?)?の(?:問題|件|話)(?:なん|なの|です|でしょう|じゃない|か)`, `${PRODUCT_RE}\\s?(?:も|にも|は|には)\\s?(?:影響|同じ|対象|該当|関係)`, `${PRODUCT_RE}\\s?(?:は|も|について(?:は)?)\\s?どう(?:です|でしょう|なり|か)`],
    },
    title: L('Other products TMS manages', 'TMS が管理するほかの製品'),
    answer: (f, text) => otherProductAnswer(f, text ?? ''),
  },
  {
    id: 'endpoints-reboot',
    recognise: {
      en: ['(?<![a-z])(?:reboot|restart|power[\\s-]?cycle)(?:ing)?\\s(?:all\\s)?(?:the\\s|our\\s)?(?:endpoints?|codecs?|devices?)(?![a-z])', '(?<![a-z])(?:endpoints?|codecs?|devices?)(?![a-z]).{0,15}(?<![a-z])(?:reboot|restart)(?:ed|ing)?(?![a-z])'],
      ja: ['(?:エンドポイント|端末|コーデック)(?:側)?(?:の|を|は|も)?\\s?(?:再起動|リブート)'],
    },
    title: L('Do the endpoints need a reboot?', 'エンドポイントの再起動は必要か'),
    answer: (f) => [L('The endpoints need no reboot: nothing changes on them.', 'エンドポイントの再起動は不要です。エンドポイント側では何も変更しません。'), ...endpointsAnswer(f)],
  },
  {
    id: 'calls-in-progress',
    recognise: {
      en: [
        '(?<![a-z])(?:drop|dropp(?:ed|ing)|disconnect(?:ed|ing|s)?|cut\\soff|interrupt(?:ed|ing|s)?|lose|kill|end|affect(?:ed|s)?|impact(?:ed|s)?)\\s(?:any\\s|the\\s|our\\s|ongoing\\s|active\\s|live\\s|running\\s|current\\s|existing\\s)*(?:[a-z0-9-]{2,15}\\s)?(?:calls?|meetings?|conferences?)(?![a-z])',
        '(?<![a-z])calls?(?![a-z]).{0,30}(?<![a-z])(?:drop(?:ped)?|disconnect(?:ed)?|cut\\soff|interrupted|affected|impacted|survive|stay\\sup|go\\sdown)(?![a-z])',
        '(?<![a-z])(?:ongoing|active|live|running|in[\\s-]progress|current|existing)\\s(?:calls?|meetings?|conferences?)(?![a-z])',
        '(?<![a-z])(?:scheduled|booked)\\s(?:calls?|meetings?|conferences?)(?![a-z])',
        '(?<![a-z])(?:meetings?|conferences?)(?![a-z]).{0,20}(?<![a-z])(?:drop(?:ped)?|disconnect(?:ed)?|cut\\soff|interrupted|affected)(?![a-z])',
      ],
      ja: ['通話(?:が|は|も)?(?:切れ|切断|落ち|途切れ|止ま|影響)', '通話中', '(?:会議|通話|ミーティング)(?:中|が|は|も)?.{0,10}(?:切れ|切断|落ち|途切れ)', '(?:会議|通話|ミーティング)(?:中|が|は|も|へ|に)?の?(?:通話|会議)?(?:に|へ)?(?:影響|支障)', '(?:予約|スケジュール)(?:済み|された|している|中)?の?(?:会議|通話)'],
    },
    title: L('What happens to calls in progress', '進行中の通話への影響'),
    answer: (f) => callsAnswer(f),
  },
  {
    // "what's 11.0.2100?", 「11.0.2100 って何ですか」 (QA52 #11): the SQL Server release of a build number and what it needs here.
    id: 'sql-build-asked',
    recognise: {
      // ("is 12.0.4100 ok?", "our build is 12.0.4100, is that ok?", 「12.0.4100 で大丈夫ですか？」: QA53 #7, sql-build-skip.ts.)
      en: ["^\\s*(?:(?:so|ok|okay|and|sorry|wait)[,\\s]+)?(?:what(?:'s|\\sis|s)|which\\s(?:sql\\s)?(?:version|release)\\sis)\\s(?:sql\\s(?:server\\s)?(?:build\\s)?|build\\s)?\\d{1,2}\\.\\d{1,2}\\.\\d{3,5}(?:\\.\\d{1,5})?(?:\\sexactly)?\\s*[?？.]*\\s*$", BUILD_OK_EN.source],
      ja: ['^\\s*(?:sql\\s?(?:server\\s?)?(?:の)?\\s?(?:ビルド)?\\s?)?\\d{1,2}\\.\\d{1,2}\\.\\d{3,5}(?:\\.\\d{1,5})?\\s?(?:とは|って|は)\\s?(?:何|なに|どの(?:バージョン|リリース)|どういう(?:意味|こと|バージョン))', BUILD_OK_JA.source],
    },
    title: L('What that SQL build is', 'その SQL ビルドについて'),
    answer: (f, text = '') => {
      const q = sqlBuildQuestion(text);
      return q ? sqlBuildAnswer(q.v, f, q.ok) : [L('That is not a SQL Server build number I know (2008 R2 is 10.50, 2012 is 11.0, 2014 is 12.0, 2016 is 13.0).', 'それは既知の SQL Server のビルド番号ではありません（2008 R2 は 10.50、2012 は 11.0、2014 は 12.0、2016 は 13.0 です）。')];
    },
  },
  {
    // "which machine gets the registry keys, the TMS server or the SQL server?", "do the registry keys go on the SQL server too?",
    // 「SQL サーバにもレジストリを入れる必要がありますか？」 (QA53 #8): the TMS server (the TLS client when it polls: knowledge.md Fix 3,
    // Client subkeys); a SQL Server on another machine is not touched by this fix (knowledge.md Caveats, last bullet). Questions
    // only (a "?" or a question word); "what do the keys do to SQL Server?" is not one (no placing verb).
    id: 'registry-which-machine',
    recognise: {
      en: [
        // "which machine/server gets the registry keys?", "which server do the keys go on, TMS or SQL?"
        `(?<![a-z])(?:which|what)\\s(?:machine|server|box|host|vm)s?\\s(?:gets?|needs?|requires?|should|do|does|must|will|would|has\\sto|have\\sto)(?![a-z])(?:(?!\\b(?:no|not|never)\\b)[^?.]){0,40}(?<![a-z])(?:registry|reg\\s(?:file|keys?|changes?)|\\.reg|schannel\\s(?:keys?|settings?)|tls\\s?1\\.2\\skeys?|keys)(?![a-z])(?=[^?]*[?])`,
        // "do the registry keys go on the SQL server too?", "should we import the .reg on the database server as well?"
        `(?<![a-z])(?:registry|reg\\s(?:file|keys?|changes?)|\\.reg|schannel\\s(?:keys?|settings?)|tls\\s?1\\.2\\skeys?|the\\skeys)(?![a-z])[^?.]{0,30}(?<![a-z])(?:go|goes|put|set|add(?:ed)?|import(?:ed)?|appl(?:y|ied)|install(?:ed)?|creat(?:e|ed)|change[sd]?|needed|required|necessary|done|be)\\s(?:(?!\\b(?:not|no)\\b)[^?.]){0,20}(?<![a-z])(?:on|to|in|at)\\s(?:the\\s|our\\s)?(?:sql|database|db)(?:\\sserver)?\\s?(?:box|host|machine|vm|side|server)?(?:\\s(?:too|also|as\\swell))?\\s*[?]`,
        // "does the SQL server need the registry change too?", "do we also have to change the registry on the DB server?"
        `(?<![a-z])(?:does|do|should|must|will|would)\\s(?:the\\s|our\\s)?(?:sql|database|db)\\s(?:server|box|host|machine|vm)\\s(?:also\\s)?(?:need|get|require)s?(?![a-z])[^?.]{0,25}(?<![a-z])(?:registry|reg\\s(?:file|keys?|changes?)|\\.reg|schannel|keys?)(?![a-z])[^?]*[?]`,
        `^(?:so\\s|and\\s)?(?:do|does|should|must)\\s(?:we|i|you)\\s(?:also\\s)?(?:need\\sto|have\\sto)?\\s?(?:change|edit|set|add|import|apply|touch|do)\\s(?:the\\s)?(?:registry|reg\\sfile|\\.reg|keys|schannel\\skeys)\\s(?:on|in|at)\\s(?:the\\s|our\\s)?(?:sql|database|db)\\s(?:server|box|host|machine|vm)(?:\\s(?:too|also|as\\swell))?\\s*[?]`,
      ],
      ja: [
        // 「SQL サーバにもレジストリを入れる必要がありますか？」「DB サーバ側もキーを設定しますか」
        '(?:sql|データベース|(?<![a-z])db(?![a-z]))\\s?(?:の)?\\s?サーバー?\\s?(?:側)?\\s?(?:に|へ|で)?\\s?(?:も|は)\\s?(?:レジストリ|キー|\\.?reg\\s?ファイル|schannel).{0,20}(?:必要|入れ|設定|適用|要り|いり|要る|いる|作|追加|インポート|変更|やる|します)[^。]*(?:[?？]|か\\s?[。]?$)',
        // 「レジストリは SQL サーバにも必要ですか」
        '(?:レジストリ|キー|\\.?reg\\s?ファイル)\\s?(?:は|を|も)\\s?(?:sql|データベース|(?<![a-z])db(?![a-z]))\\s?(?:の)?\\s?サーバー?\\s?(?:側)?\\s?(?:に|へ|で)?\\s?(?:も|は).{0,15}(?:必要|入れ|設定|適用|要り|いり|要る|いる|作|追加|インポート|変更|やる|します)[^。]*(?:[?？]|か\\s?[。]?$)',
        // 「レジストリはどのサーバに入れますか」「TMS サーバと SQL サーバのどちらにキーを入れますか」
        '(?:どの|どちらの|どっちの)\\s?(?:サーバー?|マシン|ホスト)\\s?(?:に|へ|で).{0,10}(?:レジストリ|キー|\\.?reg\\s?ファイル)',
        '(?:レジストリ|キー|\\.?reg\\s?ファイル)\\s?(?:は|を)\\s?(?:どの|どちらの|どっちの)\\s?(?:サーバー?|マシン|ホスト)',
        'tms\\s?(?:の)?\\s?サーバー?\\s?(?:と|か)\\s?(?:sql|データベース|db)\\s?(?:の)?\\s?サーバー?\\s?(?:の)?\\s?(?:どちら|どっち).{0,20}(?:レジストリ|キー)',
      ],
    },
    title: L('Which server gets the registry change', 'レジストリを変更するサーバ'),
    answer: (f) => {
      if (pre15(f)) return [PRE15_NOTE];
      const out = [
        L(
          'The TMS server (on a redundant TMS, both nodes). When TMS polls an endpoint, the TMS server is the TLS client, so the TLS 1.2 keys belong in its Schannel registry, the `Client` subkeys above all: they decide what the TMS server may offer.',
          'TMS サーバです（冗長構成の TMS では両方のノード）。TMS がエンドポイントをポーリングするとき、TLS のクライアントは TMS サーバなので、TLS 1.2 のキーは TMS サーバの Schannel のレジストリに入れます。特に大事なのは `Client` サブキーで、TMS サーバが何を提示できるかを決めます。',
        ),
      ];
      out.push(...sqlMachineNote(f));
      return out;
    },
  },
  {
    // "wait, which server do I change?", "which box do I make the change on?", "the TMS or the codecs?", 「どのサーバで作業すれば
    // いいですか？」「作業対象はTMSサーバですか、それとも端末側ですか？」 (QA57 #5): the TMS server only (both nodes of a redundant
    // TMS), nothing on the endpoints (knowledge.md Fix; Fix step 6 for the nodes). After registry-which-machine, which keeps the
    // questions that name the registry.
    id: 'which-server-change',
    recognise: {
      en: [
        '(?<![a-z])(?:which|what)\\s(?:server|machine|box|host|vm|system|side|node)s?\\s(?:do|should|must|will|would|am|are|does|is)\\s(?:i|we|you|they|it)\\s(?:\\w+\\s){0,2}?(?:change|make\\s(?:the|this|these|those)\\schanges?|do\\s(?:the|this)\\s(?:change|work|fix)|work\\son|apply\\s(?:the|this)\\s(?:change|fix)|configure|fix)(?![a-z])',
        '(?<![a-z])(?:on\\swhich\\s(?:server|machine|box|host|side)|where)\\s(?:do|should|must|will|would)\\s(?:i|we|you)\\s(?:\\w+\\s){0,2}?(?:make\\s(?:the|this|these)\\schanges?|do\\s(?:the|this)\\s(?:change|work|fix)|apply\\s(?:the|this)\\s(?:change|fix))(?![a-z])',
        '(?<![a-z])(?:the\\s)?tms(?:\\sserver)?\\sor\\s(?:the\\s|on\\sthe\\s)?(?:codecs?|endpoints?|devices?)(?:\\sside)?\\s*[?]',
      ],
      ja: [
        '(?:どの|どちらの|どっちの)\\s?(?:サーバー?|マシン|ホスト|機器|側)\\s?(?:で|に|を)\\s?(?:作業|変更|設定|対応|実施|操作)',
        'どこ\\s?(?:で|に)\\s?(?:作業|変更|設定を変更|実施)\\s?(?:すれば|します|する|したら|を)',
        '(?:作業|変更|設定|対応)\\s?(?:の)?\\s?(?:対象|場所)\\s?(?:は|って)\\s?(?:tms|どこ|どの|どちら|どっち|端末|エンドポイント)',
        'tms\\s?(?:サーバー?)?\\s?(?:側)?\\s?(?:ですか|でしょうか)?\\s?[、,]?\\s?(?:それとも|か)\\s?(?:端末|エンドポイント|コーデック)',
      ],
    },
    title: L('Where the change is made', '作業するサーバ'),
    answer: (f) => {
      if (pre15(f)) return [PRE15_NOTE];
      const tools = atMediumHighOrAbove(f)
        ? L(
            `On the TMS server only: the TLS 1.2 check in its Schannel registry (TMS Tools is already at ${formatLevel(f.level!)}), and the restarts if a key changes. On a redundant TMS, on both nodes, or a failover brings the error back.`,
            `作業するのは TMS サーバだけです。Schannel のレジストリで TLS 1.2 を確認し（TMS ツールはすでに ${formatLevel(f.level!)} です）、キーを変更した場合は再起動します。冗長構成の TMS では両方のノードで行ってください。片方だけだと、フェイルオーバーでエラーが再発します。`,
          )
        : MH(
            'On the TMS server only: TLS 1.2 in its Schannel registry, Communication Security = Medium-High in its TMS Tools, then the restarts. On a redundant TMS, on both nodes, or a failover brings the error back.',
            '作業するのは TMS サーバだけです。Schannel のレジストリで TLS 1.2 を使える状態にし、TMS ツールで Communication Security を Medium-High にしてから、再起動します。冗長構成の TMS では両方のノードで行ってください。片方だけだと、フェイルオーバーでエラーが再発します。',
          );
      const endpoints = L(
        'Nothing changes on the endpoints: they refuse TLS 1.0 by design, and every TC and CE release accepts TLS 1.2, which TMS offers after the change.',
        'エンドポイント側では何も変更しません。エンドポイントが TLS 1.0 を拒否するのは仕様どおりで、TC と CE のどのリリースも、変更後の TMS が提示する TLS 1.2 を受け付けます。',
      );
      return [tools, endpoints, ...sqlMachineNote(f)];
    },
  },
  {
    // "does SQL need a restart too?", "do we need to restart SQL as well?", 「SQL側も再起動必要？」「SQLサーバ側での作業は発生しますか？」
    // (QA57 #5): a remote SQL Server is not touched; a local one has no restart of its own (a server reboot restarts it with the
    // server), and its build caveat (knowledge.md Caveats). Before reboot-needed, whose answer is about the server.
    id: 'sql-restart',
    recognise: {
      en: [
        '(?<![a-z])(?:does|do|will|would|should|must)\\s(?:the\\s|our\\s)?(?:sql|database|db)(?:\\sserver)?(?:\\sservice|\\sinstance|\\sbox|\\sside)?\\s(?:also\\s)?(?:need|have|require|get)s?\\s(?:to\\sbe\\s)?(?:a\\s|any\\s)?(?:restart|reboot|bounce|restarted|rebooted|bounced|work|change|changes)(?![a-z])',
        '(?<![a-z])(?:need|have|got)\\sto\\s(?:also\\s)?(?:restart|reboot|bounce)\\s(?:the\\s|our\\s)?(?:sql|database|db)(?![a-z])',
        '(?<![a-z])(?:should|must)\\s(?:we|i)\\s(?:also\\s)?(?:restart|reboot|bounce)\\s(?:the\\s|our\\s)?(?:sql|database|db)(?![a-z])',
        '(?<![a-z])(?:any(?:thing)?|some)\\s(?:work|changes?|restart|downtime|to\\sdo)\\s(?:on|for)\\s(?:the\\s)?(?:sql|database|db)(?:\\sserver)?(?:\\sside)?\\s*[?]',
      ],
      ja: [
        '(?:sql|データベース|(?<![a-z])db(?![a-z]))\\s?(?:server)?\\s?(?:サーバー?|サービス|インスタンス)?\\s?(?:側)?\\s?(?:の)?\\s?(?:も|は)\\s?(?:再起動|リブート)',
        '(?:sql|データベース|(?<![a-z])db(?![a-z]))\\s?(?:server)?\\s?(?:サーバー?)?\\s?(?:側)?\\s?(?:で|に|の)\\s?(?:の)?\\s?(?:作業|変更|対応|再起動)\\s?(?:は|が|も)?\\s?(?:発生|必要|要り|いり|要る|いる|ある|あり)',
      ],
    },
    title: L('Does SQL Server need work or a restart?', 'SQL Server 側の作業・再起動は必要か'),
    answer: (f, text) => {
      if (pre15(f)) return [PRE15_NOTE];
      // SQL Server's own restart asked ("is a reboot needed for SQL?", 「SQL の再起動は必要ですか？」, QA53 #10, REV29 #4), or where
      // SQL runs not known: the restart answer, which says what each place and build needs without asserting either.
      if (sqlRestartAsked(text ?? '') || (f.sqlLocation !== 'remote' && f.sqlLocation !== 'local')) return sqlRestartAnswer(f, text ?? '');
      const remote = L(
        'Your SQL Server runs on another machine: this fix does not touch it, so no change and no restart there. The TMS server\'s Schannel settings do not reach a remote SQL server.',
        'SQL Server は別のマシンで動いているとのことなので、この修正はそのサーバに関係せず、変更も再起動もありません。TMS サーバの Schannel 設定はリモートの SQL サーバには及びません。',
      );
      const local = L(
        'The SQL instance on the TMS server needs no restart of its own: the TLS fix itself changes nothing in SQL Server (what its release needs is below). If the TMS server reboots (when Schannel keys are created or changed), SQL stops and starts with it, so TMS and SQL are down until the server is back; check afterwards that the SQL Server service is running. Without a reboot, SQL keeps running.',
        'TMS サーバ上の SQL インスタンスを個別に再起動する必要はありません。TLS の修正そのものでは SQL Server は何も変更しないためです（そのリリースで必要なことは下記のとおりです）。Schannel のキーを作成・変更して TMS サーバを再起動する場合は、SQL もサーバと一緒に停止・起動するため、サーバが起動し終わるまで TMS と SQL は止まります。再起動後に SQL Server のサービスが動いていることを確認してください。サーバを再起動しなければ、SQL は動き続けます。',
      );
      // (SQL that needs TLS 1.0: the reboot step's check before the reboot, REV33 #3.)
      const gate = preRebootTls10Check(f);
      return f.sqlLocation === 'remote' ? [remote] : [local, sqlOnTmsNeeds(f.sql), ...(gate ? [gate] : [])];
    },
  },
  {
    // "can we just skip the SQL part?", 「SQL の作業は省略できますか」 (QA52 #11): for the SQL Server held.
    id: 'skip-sql',
    recognise: {
      en: [
        '(?<![a-z])(?:skip|skipping|omit|omitting|leave\\sout|leaving\\sout|ignore|without|not\\sdo|don\'?t\\sdo|drop)\\s(?:the\\s|doing\\sthe\\s)?sql(?:\\sserver)?(?:\\s(?:part|bit|step|steps|update|upgrade|service\\spack|sp|patch|change|work))?(?![a-z])',
      ],
      ja: ['sql\\s?(?:server\\s?)?(?:の)?\\s?(?:部分|手順|作業|更新|アップグレード|対応|パッチ)?(?:は|を)?\\s?(?:省略|スキップ|飛ば|省い|省け|しなくて|やらなくて|なしで)'],
    },
    title: L('Skipping the SQL part', 'SQL の作業を省いた場合'),
    answer: (f) => skipSqlAnswer(f),
  },
  {
    id: 'skip-step',
    recognise: {
      en: [
        '(?<![a-z])(?:skip|skipping|omit|omitting|leave\\sout|leaving\\sout|without|drop|ignore|not\\sdo|don\'?t\\sdo|do\\snot\\sdo)\\s(?:the\\s)?step\\s?(?:#|no\\.?\\s?)?\\d',
        '(?<![a-z])step\\s?(?:#|no\\.?\\s?)?\\d{1,2}\\s(?:is\\s|really\\s)*(?:optional|needed|necessary|required|mandatory|skippable)(?![a-z])',
        '(?<![a-z])(?:is|do\\swe\\sneed|must\\swe\\sdo|do\\swe\\shave\\sto\\sdo)\\sstep\\s?\\d',
        '(?<![a-z])(?:only|just)\\s(?:change|do|set|use|touch|apply)?\\s?(?:the\\s)?tms\\stools(?![a-z])',
        '(?<![a-z])tms\\stools\\s(?:change\\s|setting\\s)?(?:alone|only|by\\sitself|on\\sits\\sown)(?![a-z])',
        '(?<![a-z])(?:skip|skipping|without|omit|leave\\sout)\\s(?:the\\s)?(?:registry|schannel)(?:\\s(?:part|bit|step|change|keys?))?(?![a-z])',
        '(?<![a-z])(?:have\\sto|need\\sto|must)\\s(?:do|touch|change|edit)\\s(?:the\\s)?(?:registry|schannel)(?:\\s(?:part|bit|step|keys?))?(?![a-z])',
        '(?<![a-z])(?:is|are)\\s(?:the\\s)?(?:registry|schannel)(?:\\s(?:part|bit|step|change|keys?))?\\s(?:even\\s|really\\s|actually\\s)?(?:needed|necessary|required)(?![a-z])',
        '(?<![a-z])(?:skip|skipping|without|omit)\\s(?:the\\s|a\\s)?(?:registry\\s)?(?:backup|export)(?![a-z])',
        '(?<![a-z])(?:backup|export)(?![a-z]).{0,30}(?<![a-z])(?:needed|necessary|required|optional|mandatory|skip)(?![a-z])',
        '(?<![a-z])(?:need|have)\\sto\\s(?:back\\s?up|export)(?![a-z])',
        '(?<![a-z])(?:need|require|must\\stake|should\\stake|have\\sto\\stake)\\s(?:a\\s|an\\s|the\\s)?(?:registry\\s)?(?:backup|export)(?![a-z])',
      ],
      ja: [
        '(?:手順|ステップ)\\s?\\d{1,2}\\s?(?:を|は|って)?\\s?(?:飛ば|省略|スキップ|省い|省け|やらな|しな|実施しな|抜か|必要|必須|不要)',
        'tms\\s?tools\\s?(?:の変更|の設定)?(?:だけ|のみ)',
        'レジストリ(?:の変更|の作業|の手順|の設定)?(?:は|を)?(?:省略|スキップ|飛ば|しな|変更しな|触らな|いじらな|不要)',
        'レジストリ(?:の変更|の作業|の手順|の設定)?(?:は|って)?\\s?(?:そもそも)?\\s?(?:本当に)?(?:必要|要る|いる)(?:ですか|でしょうか|なの|ありますか)',
        'バックアップ(?:は|を|って)?(?:必須|必要|省略|省い|省け|スキップ|飛ば|しな|取らな|なし|不要)',
      ],
    },
    title: L('Skipping a step', '手順を省いた場合'),
    answer: (f, text) => skipStepAnswer(f, text),
  },
  {
    // Before 'downtime': "how long until it takes effect?" asks when the change applies, not how long the work takes.
    id: 'takes-effect',
    recognise: {
      en: [
        '(?<![a-z])(?:how\\slong|how\\ssoon|when)(?![a-z]).{0,40}(?<![a-z])(?:take|takes|taking|took)\\seffect(?![a-z])',
        '(?<![a-z])(?:take|takes)\\s(?:effect|hold)\\s(?:immediately|right\\saway|at\\sonce|straight\\saway)(?![a-z])',
        '(?<![a-z])(?:how\\slong|how\\ssoon|when)\\s(?:until|till|before)\\s.{0,40}(?<![a-z])(?:applies|applied|kicks?\\sin|is\\sactive|works?|clears?|goes\\saway|disappears?)(?![a-z])',
        '(?<![a-z])(?:is|does)\\sit\\s(?:apply\\s|work\\s)?(?:immediate(?:ly)?|instant(?:ly)?)(?![a-z])',
      ],
      ja: [
        '(?:どのくらい|どれくらい|どのぐらい|どれぐらい|どの程度|いつ|何分|何時間)(?:で|から|まで|に|後に?)?.{0,10}反映',
        '反映(?:される|する)?まで(?:の時間|に)?.{0,6}(?:どのくらい|どれくらい|どのぐらい|どれぐらい|どの程度|何分|何時間|かかり|かかる)',
        '(?:すぐに?|即座に|直ちに)(?:反映|有効)',
      ],
    },
    title: L('When the change takes effect', '変更が反映されるタイミング'),
    answer: (f) => {
      if (pre15(f)) return [PRE15_NOTE];
      if (diagnose(f).affected === 'no') return [L('For the versions you gave this is not the TLS 1.0 problem, so there is no change to wait for: look for the other cause first.', 'お伝えいただいたバージョンでは TLS 1.0 の問題ではないため、反映を待つ変更はありません。先に別の原因を調べてください。')];
      return [
        L(
          'Not at Save: TMS uses the new Communication Security level once IIS and the TMS services have restarted, or after the one reboot when you had to create or change registry keys (Microsoft: Schannel settings apply to credential handles acquired after the change). My sources give no figure in minutes for it.',
          '[Save] を押しただけでは反映されません。TMS が新しい [Communication Security] のレベルを使うのは、IIS と TMS のサービスを再起動したあと、またはレジストリのキーを作成・変更した場合は 1 回のサーバ再起動のあとです（Microsoft によれば、Schannel の設定は変更後に取得された資格情報ハンドルから適用されます）。何分で反映されるかは、手元の資料には書かれていません。',
        ),
        L(
          'So you do not have to wait for the next poll to see it: after the restarts, select the system in Systems > Navigator and use Force Refresh; it should leave "No HTTPS response". A capture on the TMS server then shows TMS\'s ClientHello offering TLS 1.2 (0x0303): that is the Verify step of the answer.',
          '次のポーリングを待たなくても確認できます。再起動が済んだら [Systems] > [Navigator] でそのシステムを選び、[Force Refresh] を実行してください。「No HTTPS response」が消えるはずです。TMS サーバでキャプチャを取れば、TMS の ClientHello が TLS 1.2（0x0303）を提示していることも分かります（回答の「修正を確認する」の手順です）。',
        ),
        L(
          'If it still shows the error after the restarts and a Force Refresh, the change has not applied or something else refuses the handshake: check the level in TMS Tools (Saved, on both nodes of a redundant TMS) and the TLS 1.2 Client keys, then the capture.',
          '再起動と [Force Refresh] のあとでもエラーのままなら、変更が反映されていないか、別の理由でハンドシェイクが拒否されています。TMS ツールのレベル（保存されているか、冗長構成なら両方のノードで変更したか）と TLS 1.2 の Client キーを確認し、そのうえでキャプチャを見てください。',
        ),
      ];
    },
  },
  {
    id: 'tms-web-ui',
    recognise: {
      en: [
        "(?<![a-z])tms(?:'s)?\\s(?:own\\s)?(?:web\\s?(?:ui|interface|gui|pages?|portal|console|site|app(?:lication)?)|admin\\s(?:ui|interface|pages?|portal|console))(?![a-z])",
        "(?<!(?:endpoint|codec|device)(?:'s|s)?\\s)(?<![a-z])web\\s?(?:ui|gui|interface|portal|console)(?![a-z])",
        '(?<![a-z])(?:log\\s?in|sign\\s?in|browse|access)\\s(?:to\\s)?tms(?![a-z]).{0,30}(?<![a-z])(?:browser|https)(?![a-z])',
      ],
      ja: ['(?<!エンドポイントの|端末の|コーデックの)(?:tms\\s?の\\s?)?web\\s?(?:画面|ui|インターフェ(?:イ|ー)?ス|ページ|管理画面|コンソール)', '(?<!エンドポイントの|端末の|コーデックの)管理画面', '(?:ブラウザ|ブラウザー)(?:から|で)(?:の)?(?:tms|アクセス|ログイン)'],
    },
    title: L('Does it affect the TMS web interface?', 'TMS の Web 画面への影響'),
    answer: () => [
      L(
        'My sources say nothing about TMS\'s own web interface. What they describe is TMS acting as a TLS client: the connections it opens to the systems it manages, which is where "No HTTPS response" comes from, and the Communication Security level is what changes the ClientHello of those connections.',
        'TMS 自体の Web インターフェイスについては、手元の資料には記載がありません。資料が扱っているのは TLS クライアントとしての TMS、つまり TMS が管理対象システムに対して開く接続で、「No HTTPS response」はこの接続で起きています。[Communication Security] のレベルが変えるのも、この接続の ClientHello です。',
      ),
      L(
        'What the fix does on Windows: the registry part only makes TLS 1.2 available (Client and Server keys) and leaves TLS 1.0 and SSL 3.0 as they are, so it disables no protocol. (In TMS, Medium-High does turn Telnet and SNMP off: see that caveat.) While IIS restarts, or the server reboots, the web interface is unavailable.',
        'Windows 側で修正が行うこと：レジストリの変更は TLS 1.2 を使える状態にするだけで（Client と Server のキー）、TLS 1.0 と SSL 3.0 はそのままです。無効になるプロトコルはありません（ただし TMS 側では、Medium-High にすると Telnet と SNMP が無効になります。その注意点を参照してください）。IIS の再起動中やサーバの再起動中は、Web インターフェイスも使えません。',
      ),
      L(
        'So check rather than assume: after the change, open the TMS web interface over HTTPS from the browsers your administrators use, and see Cisco\'s TMS Administrator Guide for what Communication Security covers in your release.',
        'そのため、推測せずに確認してください。変更後、管理者が普段使っているブラウザから HTTPS で TMS の Web インターフェイスを開いてみること、そしてお使いのリリースで [Communication Security] が何に適用されるかを Cisco の TMS アドミニストレータ ガイドで確認することをお勧めします。',
      ),
    ],
  },
  {
    id: 'tac-case',
    recognise: {
      en: [
        '(?<![a-z])tac(?![a-z])',
        '(?<![a-z])(?:open|raise|file|log|create)\\s(?:a\\s|an\\s)?(?:support\\s|cisco\\s|sr\\s)?(?:case|ticket|sr|service\\srequest)\\s(?:with|at|to)\\scisco(?![a-z])',
        '(?<![a-z])(?:contact|call|ask|escalate\\sto)\\scisco(?:\\ssupport)?(?![a-z])',
        '(?<![a-z])cisco\\ssupport\\s(?:case|ticket)(?![a-z])',
      ],
      ja: ['(?<![a-z])tac(?![a-z])', '(?:サポート|cisco|シスコ)(?:に|へ|の)?\\s?(?:ケース|問い合わせ|問合せ|エスカレ)', 'ケースを(?:開|オープン|起票|上げ|作成)'],
    },
    title: L('Should we open a TAC case?', 'TAC にケースを開くべきか'),
    answer: (f) => {
      const out: LocalizedText[] = [];
      if (pre15(f)) {
        out.push(
          L(
            `With ${formatTms(f.tms!)} (before 15) this is known to Cisco as bug CSCuz71542: those releases only ever offer TLS 1.0, and the way out is upgrading TMS to 15.x (or, for hardware that can run TC, downgrading the endpoints to TC 7.3.3). A case is not what fixes it, though you can quote the bug ID if you open one about the upgrade.`,
            `${formatTms(f.tms!)}（15 より前）では、Cisco はこの問題をバグ CSCuz71542 として把握しています。これらのリリースは TLS 1.0 しか提示できず、解決策は TMS の 15.x へのアップグレード（TC を動かせるハードウェアなら、エンドポイントの TC 7.3.3 へのダウングレード）です。ケースを開いても直るわけではありませんが、アップグレードについて問い合わせる場合はバグ ID を伝えられます。`,
          ),
        );
      } else {
        out.push(
          MH(
            'Applying the fix does not wait on a case: Cisco TechNote 211279 documents this behaviour and its fix, and explains it as how the Medium level works. From TMS 15 on, the default Medium level offers only TLS 1.0, and Medium-High with TLS 1.2 available on Windows is the fix. For TMS before 15 Cisco tracks it as bug CSCuz71542.',
            '修正の適用にケースを待つ必要はありません。この動作と修正方法は Cisco TechNote 211279 に記載されており、Medium レベルの動作として説明されています。TMS 15 以降では、既定の Medium は TLS 1.0 しか提示せず、Windows で TLS 1.2 を使える状態にして Medium-High にするのが修正です。15 より前の TMS については、Cisco がバグ CSCuz71542 として管理しています。',
          ),
        );
      }
      out.push(
        L(
          'Open a case if the checks do not explain it: for example a capture shows TMS offering TLS 1.2 and the system still resets or refuses it, or the Schannel events point at something you cannot resolve. Have ready: a packet capture taken on the TMS server showing the ClientHello and the answer to it, the Schannel events from the System log (36871, 36874, 36888, and 36887 if present, with their full text and time), the TMS, endpoint, SQL Server and Windows Server versions, and the Communication Security level.',
          'ケースを開くのは、確認項目で説明がつかない場合です。たとえば、キャプチャで TMS が TLS 1.2 を提示しているのにシステムがリセットや拒否を返す場合や、Schannel のイベントが示す問題を解決できない場合です。その際は、TMS サーバで取得したパケット キャプチャ（ClientHello とその応答が分かるもの）、システム ログの Schannel のイベント（36871、36874、36888、あれば 36887。本文と時刻ごと）、TMS・エンドポイント・SQL Server・Windows Server のバージョン、[Communication Security] のレベルを用意してください。',
        ),
      );
      return out;
    },
  },
  {
    id: 'newer-tms',
    recognise: {
      en: [
        '(?<![a-z])(?:newer|later|latest|new)\\s(?:tms|(?:version|release|build)\\sof\\stms)(?![a-z])',
        '(?<![a-z])(?:does|will|would|can)\\s(?:an?\\s|the\\s)?(?:tms\\s)?upgrade\\s(?:alone\\s)?(?:fix|solve|resolve)(?![a-z])',
        '(?<![a-z])fixed\\sin\\s(?:a\\s|the\\s)?(?:newer|later|latest|next)(?![a-z])',
      ],
      ja: [
        '(?:新しい|最新の?|新しめの|後の|以降の)\\s?tms',
        'tms\\s?の\\s?(?:新しい|最新の?|後の|以降の)\\s?(?:バージョン|リリース|版)',
        '設定(?:しなくても|せずに|変更なしで|変更せずに|不要で)',
        'アップグレード(?:だけ|のみ)で(?:直|解決|治)',
      ],
    },
    title: L('Does a newer TMS fix it without the setting?', '設定なしで直る新しい TMS はあるか'),
    answer: (f) => {
      const out: LocalizedText[] = [
        L(
          'Not that my sources show. From TMS 15 on, the fix is a setting: Communication Security in TMS Tools, whose default is Medium, and Medium offers only TLS 1.0. The sources here do not say that any later TMS release changes that default, so do not count on an upgrade alone. Check the release notes of the release you would move to, and after any upgrade look at Communication Security in TMS Tools (and at the TLS 1.2 keys on Windows).',
          '手元の資料からは、そうしたリリースは確認できません。TMS 15 以降の修正は設定の変更です。TMS ツールの [Communication Security] の既定値は Medium で、Medium は TLS 1.0 しか提示しません。以降の TMS リリースでこの既定値が変わるとは資料に書かれていないため、アップグレードだけで直ると考えないでください。移行先のリリースのリリースノートを確認し、アップグレード後は TMS ツールの [Communication Security]（と Windows の TLS 1.2 のキー）を確認してください。',
        ),
      ];
      if (pre15(f)) {
        out.push(
          L(
            `With ${formatTms(f.tms!)} an upgrade is needed anyway: releases before 15 have no Communication Security option and keep offering TLS 1.0 (Cisco bug CSCuz71542). After upgrading to 15.x, apply the setting change.`,
            `${formatTms(f.tms!)} では、いずれにしてもアップグレードが必要です。15 より前のリリースには [Communication Security] の設定がなく、TLS 1.0 を提示し続けます（Cisco バグ CSCuz71542）。15.x にアップグレードしたあと、設定を変更してください。`,
          ),
        );
      }
      return out;
    },
  },
  {
    // "does the .NET setting need a reboot?", 「.NET の設定に再起動は必要ですか」 (QA52 #15): the .NET values, not the Schannel reboot card.
    id: 'dotnet-reboot',
    recognise: {
      en: [
        NEED_EN + '(?:(?<![a-z])\\.net(?![a-z])|schusestrongcrypto|systemdefaulttlsversions|(?<![a-z])strong\\s?crypto).{0,50}(?<![a-z])(?:reboot|restart|reboots|rebooting)(?![a-z])',
        NEED_EN + '(?<![a-z])(?:reboot|restart|rebooting)(?![a-z]).{0,40}(?:(?<![a-z])\\.net(?![a-z])|schusestrongcrypto|systemdefaulttlsversions|(?<![a-z])strong\\s?crypto)',
      ],
      ja: [
        NEED_JA + '(?:\\.net(?![a-z])|schusestrongcrypto|systemdefaulttlsversions|強力な暗号).{0,30}(?:再起動|リブート)',
        NEED_JA + '(?:再起動|リブート).{0,20}(?:\\.net(?![a-z])|schusestrongcrypto|systemdefaulttlsversions)',
      ],
    },
    title: L('Reboot for the .NET values?', '.NET の値に再起動は必要か'),
    answer: () => [
      L(
        'My sources do not say when .NET reads `SchUseStrongCrypto` and `SystemDefaultTlsVersions`. A restart of IIS and every TMS service is expected to apply them, since they are read by the processes that use them; check afterwards that the .NET errors stop (the TMS logs, a capture showing TLS 1.2). A reboot of the server is the sure way: if you also create or change Schannel protocol keys, you reboot anyway, and that one reboot covers the .NET values too.',
        '手元の資料には、.NET が `SchUseStrongCrypto` と `SystemDefaultTlsVersions` をいつ読むかは書かれていません。これらを使うプロセスが読むため、IIS と TMS のサービスをすべて再起動すれば適用されると見込まれます。適用後、.NET のエラーが止まったこと（TMS のログ、TLS 1.2 を示すキャプチャ）を確認してください。確実なのはサーバの再起動です。あわせて Schannel のプロトコルのキーを作成・変更する場合はいずれにしても再起動するので、その 1 回の再起動で .NET の値も適用されます。',
      ),
    ],
  },
  {
    // "TMSSNMPService stopped / alert: is that expected?", 「TMSSNMPService が停止している旨のアラートが上がっております」,
    // "TMSSNMPService is stopped" (QA52 #7): after Medium-High, yes, expected (knowledge.md §Caveats); not the downtime card.
    // (A start *again* asked is snmp-service-start's: "can we start TMSSNMPService again?".)
    id: 'snmp-service-stopped',
    recognise: {
      en: [SNMP_SERVICE_STOPPED_EN],
      ja: [SNMP_SERVICE_STOPPED_JA],
    },
    statement: {
      en: [SNMP_SERVICE_STOPPED_EN],
      ja: [SNMP_SERVICE_STOPPED_JA],
    },
    title: L('TMSSNMPService stopped', 'TMSSNMPService の停止'),
    answer: (f) => {
      const raised = atMediumHighOrAbove(f) || !!f.tlsClaims?.levelRaised || !!f.evidence?.observations?.some((o) => o.code === 'tms-telnet-violation');
      const lead = raised
        ? L(
            `Yes, that is expected. At ${f.level === 'high' ? 'High' : 'Medium-High'} TMS turns Telnet and SNMP off: \`TMSSNMPService\` stops and TMS raises an alert about it. It is no sign that the change went wrong, and starting the service by hand does not bring SNMP back while the level stays where it is.`,
            `はい、想定どおりです。${f.level === 'high' ? 'High' : 'Medium-High'} では TMS は Telnet と SNMP を無効にするため、\`TMSSNMPService\` が停止し、TMS がそのアラートを出します。変更がうまくいかなかったという意味ではありません。レベルがそのままである限り、サービスを手動で起動しても SNMP は戻りません。`,
          )
        : L(
            '`TMSSNMPService` stops, with an alert from TMS, when Communication Security is raised from Medium to Medium-High (or High): the level turns Telnet and SNMP off. If the level was raised, that is expected. If TMS is still at Medium, the level is not what stopped it: check the service\'s own errors in the Windows event log.',
            '`TMSSNMPService` は、[Communication Security] を Medium から Medium-High（または High）に上げると停止し、TMS がアラートを出します。レベルによって Telnet と SNMP が無効になるためです。レベルを上げたのであれば想定どおりです。TMS がまだ Medium であれば、停止の原因はレベルではありません。Windows のイベント ログでサービス自体のエラーを確認してください。',
          );
      return [
        lead,
        L(
          'What it means: systems TMS manages over Telnet or SNMP (for example Polycom HDX or older Tandberg MXP) show "Security violation: Telnet communication is not allowed" and a "TMS Connection Error" ticket; for them the choice is to manage them another way, replace them, or accept that TMS no longer manages them. With SNMP off, TMS also stops discovering systems automatically: MCUs and similar must then be added as "Non-SNMP" (Cisco TMS Administrator Guide).',
          '影響：TMS が Telnet や SNMP で管理しているシステム（Polycom HDX や古い Tandberg MXP など）には「Security violation: Telnet communication is not allowed」が表示され、「TMS Connection Error」のチケットが作成されます。それらについては、別の方法で管理する、置き換える、TMS で管理できなくなることを受け入れる、のいずれかを選ぶことになります。SNMP が無効になると TMS はシステムの自動検出も行わなくなり、MCU などは [Non-SNMP] として追加する必要があります（Cisco TMS アドミニストレータ ガイド）。',
        ),
      ];
    },
  },
  {
    id: 'downtime',
    recognise: {
      en: [
        '(?<![a-z])how\\slong(?![a-z])',
        '(?<![a-z])(?:downtime|outage|interruption)(?![a-z])',
        '(?<![a-z])(?:business|working|office|production)\\shours(?![a-z])',
        '(?<![a-z])during\\sthe\\s(?:day|workday|business\\sday)(?![a-z])',
        '(?<![a-z])(?:maintenance|change)\\swindow(?![a-z])',
        '(?<![a-z])(?:will|would)\\s(?:users|anyone|people|meetings|calls)\\s(?:notice|be\\saffected|be\\sdropped|drop)(?![a-z])',
        '(?<![a-z])(?:will|would|does|is)\\s(?:tms|it)\\s(?:be\\s)?(?:go\\s)?(?:down|unavailable|offline)(?![a-z])',
        '(?<![a-z])how\\smuch\\stime(?![a-z])',
        // "what's the impact on users?", "impact for the meetings?" (QA58 #12): what the change interrupts.
        `${NOT_ABOUT_FIX_EN_BEFORE}(?<![a-z])(?:impact|effect)s?\\s(?:on|for|to)\\s(?:the\\s|our\\s)?(?:users?|end[\\s-]?users?|meetings?|calls?|people|conferences?|bookings?|the\\sbusiness)(?![a-z])${NOT_ABOUT_FIX_EN_AFTER}`,
        // "impact?", "any impact?" alone (QA round 20 #8): what the change interrupts.
        "^\\s*(?:any\\s|the\\s|what(?:'s|\\sis)\\sthe\\s)?(?:user\\s|service\\s)?impacts?\\s*[?？]+\\s*$",
        '(?<![a-z])(?:during|over|at)\\s(?:lunch|lunchtime|the\\sday|daytime)(?![a-z])',
        // "without stopping TMS?", "without taking it down?" (QA57 #5)
        '(?<![a-z])without\\s(?:stopping|interrupting|(?:any\\s)?interruption|taking\\s(?:tms|it|the\\sserver|the\\sservice|anything)\\s(?:down|offline))(?![a-z])',
      ],
      ja: [
        // 「無停止でできますか？」「サービス停止なしで実施できますか？」 (QA57 #5)
        '無停止',
        '(?:サービス|tms|業務|システム)?\\s?(?:を)?\\s?停止\\s?(?:なし|無し|せず|させず|しないで|させないで)',
        '(?:止め|とめ)(?:ず|ないで)に?\\s?(?:作業|実施|対応|でき|変更)',
        '作業時間',
        // 「ユーザーへの影響はありますか？」「利用者に影響は？」 (QA58 #12)
        `${NOT_ABOUT_FIX_JA_BEFORE}(?:ユーザー?|利用者|エンド\\s?ユーザー?|会議)\\s?(?:へ|に|側|の)\\s?(?:の)?\\s?影響${NOT_ABOUT_FIX_JA_AFTER}`,
        '所要時間',
        'どれ(?:くらい|ぐらい|程度)(?:の時間|時間|かかり|かかる)',
        'どの(?:くらい|ぐらい|程度)(?:の時間|時間|かかり|かかる)',
        '時間(?:は|が)?(?:どの|どれ)(?:くらい|ぐらい|程度)',
        '何(?:分|時間)(?:くらい|ぐらい|程度)?(?:かかり|かかる|必要)',
        '業務時間',
        '営業時間',
        '日中',
        // 「昼間に作業できますか？」 (QA39 #11)
        '(?:昼間|昼休み)\\s?(?:に|の|で|中に)?\\s?(?:作業|実施|対応|変更|やっ|でき)',
        '停止時間',
        'ダウンタイム',
        'サービス断',
        '(?:tms|サービス)(?:は|が)?(?:止まり|止まる|停止し|停止する)',
        'メンテ(?:ナンス)?\\s?(?:時間|ウィンドウ|枠)',
        '作業枠',
        '時間枠',
        '(?:変更|作業)(?:作業)?の?(?:時間帯|ウィンドウ)',
      ],
    },
    title: L('How long it takes, and what it interrupts', '作業時間と、止まるもの'),
    answer: (f) => {
      const lead = L(
        'I cannot give you a duration: my sources give none, and it depends on your server. What I can tell you is what interrupts TMS, so you can choose the time.',
        '作業時間はお答えできません。手元の資料には記載がなく、サーバによっても変わるためです。お伝えできるのは TMS が止まる原因なので、それをもとに作業の時間帯を決めてください。',
      );
      if (pre15(f)) {
        return [
          lead,
          L(
            `With ${formatTms(f.tms!)} (before 15) the fix is an upgrade of TMS to 15.x: a change with its own plan and its own window, and I have no duration for it either.`,
            `${formatTms(f.tms!)}（15 より前）では、対処は TMS の 15.x へのアップグレードです。独自の計画と作業枠が必要な変更で、その所要時間も私には分かりません。`,
          ),
        ];
      }
      const out = [lead, L('Nothing changes or restarts on the endpoints themselves: the work is on the TMS server.', 'エンドポイント側では何も変更せず、再起動もしません。作業は TMS サーバ側だけです。')];
      if (atMediumHighOrAbove(f)) {
        out.push(L(`You are already at ${formatLevel(f.level!)}: there is no TMS Tools change, and IIS and the TMS services need a restart only if a registry key changes.`, `すでに ${formatLevel(f.level!)} なので TMS ツールの変更はなく、IIS と TMS のサービスの再起動が必要なのはレジストリのキーを変更した場合だけです。`));
      } else {
        out.push(
          L(
            'Restarting IIS and the TMS services is what applies Medium-High, so it is part of every fix: while they restart, the TMS web interface and TMS\'s connections to the managed systems are interrupted.',
            'Medium-High は IIS と TMS のサービスの再起動で反映されるため、どの場合もサービスの再起動が必要です。サービスを再起動している間は、TMS の Web インターフェイスと、管理対象システムへの TMS の接続が止まります。',
          ),
        );
      }
      const advice = rebootAdvice({ windows: f.windows, keysSaidSet: keysSaidSet(f) });
      if (advice === 'reboot') {
        out.push(L(`On ${winName(f)} the Schannel keys have to be created, so the server reboots once: TMS (and a SQL Server on the same machine) is down until the server is back.`, `${winName(f)} では Schannel のキーを作成する必要があるため、サーバを 1 回再起動します。サーバが起動し終わるまで、TMS（と同じマシン上の SQL Server）は停止します。`));
      } else if (f.windows) {
        out.push(L(`On ${winName(f)} no reboot is needed when the keys are already right; if the check makes you create or change a key, a reboot follows and TMS is down until the server is back.`, `${winName(f)} では、キーがすでに正しければサーバの再起動は不要です。確認の結果キーを作成・変更した場合はサーバの再起動が必要になり、サーバが起動し終わるまで TMS は停止します。`));
      } else {
        out.push(L('If the Schannel keys have to be created or changed (always on Windows Server 2008 R2), a reboot follows and TMS is down until the server is back. `winver` shows the release.', 'Schannel のキーを作成・変更する場合（Windows Server 2008 R2 では必ず該当します）はサーバの再起動が必要になり、サーバが起動し終わるまで TMS は停止します。バージョンは `winver` で確認できます。'));
      }
      if (!atMediumHighOrAbove(f)) {
        out.push(
          L(
            'One change does not end with the restart: at Medium-High, Telnet and SNMP are off, so systems that TMS manages over them (for example Polycom HDX, older Tandberg MXP) stay unmanaged. Check for them before you pick the time.',
            'ひとつだけ、サービスやサーバの再起動が終わっても元に戻らない変化があります。Medium-High では Telnet と SNMP が無効になるため、それらで管理しているシステム（Polycom HDX や古い Tandberg MXP など）は管理できないままになります。作業の時間帯を決める前に、該当するシステムがないか確認してください。',
          ),
        );
      }
      // SQL 2012 RTM/SP1 on the TMS server: the service-pack upgrade comes first, in a window of its own (QA round 20 #7).
      if (f.sql && f.sqlLocation !== 'remote' && sqlTlsStatus(f.sql).kind === 'upgrade-service-pack') {
        out.push(
          L(
            `Before all this, ${formatSql(f.sql)} needs its service-pack upgrade: a SQL change of its own, with its own window (TMS is down while SQL is), a backup of the TMS databases first and a check against TMS's SQL requirements. I have no duration for it either.`,
            `その前に、${formatSql(f.sql)} のサービス パック適用が必要です。専用の作業枠を取る SQL の変更で（SQL が止まっている間は TMS も停止します）、事前に TMS のデータベースをバックアップし、TMS の SQL 要件に合うか確認してください。その所要時間も私には分かりません。`,
          ),
        );
      }
      out.push(
        L(
          'So whether it fits business hours is your call: plan it for a time when a short TMS interruption is acceptable (with two TMS nodes, on each node) and check Systems > Navigator afterwards.',
          '業務時間中に行うかどうかは、この点を踏まえてご判断ください。TMS が一時的に止まっても問題のない時間帯に計画し、TMS が 2 ノード構成なら両方のノードで作業し、作業後に [Systems] > [Navigator] で確認してください。',
        ),
      );
      return out;
    },
  },
  {
    id: 'where-to-find',
    recognise: {
      en: [
        '(?<![a-z])(?:how|where)\\s(?:do|can|would|should|could)\\s(?:i|we|you|one)\\s(?:find|see|check|look\\sup|get|tell|know|read)\\s(?:out\\s)?(?:the\\s|our\\s|which\\s|what\\s|its\\s)?(?:(?:current|present|configured|actual|active)\\s)?(?:tms|sql|windows|os|endpoints?|codecs?|security|communication|level|version|release|build|software)(?![a-z])(?!(?:\\s(?:server|service|instance|database|db))*\\s(?:back|started|running|up|online|going|restarted|working)(?![a-z]))',
        '(?<![a-z])where\\s(?:is|are|can\\s(?:i|we)\\ssee|do\\s(?:i|we)\\sfind)\\s(?:the\\s)?(?:tms\\s?tools|communication\\ssecurity|security\\s(?:level|settings?)|(?:tms|sql|windows|os|endpoint|codec)\\s(?:version|release|build)|version|level)(?![a-z])',
        // "how can I tell if we're on Medium?", "how do I know whether TMS is at Medium-High?" (QA58 #13)
        '(?<![a-z])(?:how|where)\\s(?:do|can|would|could|should)\\s(?:i|we|you|one)\\s(?:tell|check|see|know|find\\sout|confirm)\\s(?:if|whether)\\s(?:we|it|tms|the\\s(?:tms|level|server|setting))(?:\\s(?:are|is)|[\'’](?:re|s))\\s(?:still\\s|already\\s|now\\s)?(?:on|at|set\\sto|running|using)\\s(?:low|medium|medium[\\s_-]?high|high)(?![a-z-])',
        '(?<![a-z])how\\sto\\s(?:find|see|check|get|tell)\\s(?:the\\s|our\\s|which\\s|what\\s)?(?:(?:current|present|configured|actual|active)\\s)?(?:tms|sql|windows|os|endpoints?|codecs?|security|communication|level|version|release|build)(?![a-z])(?!(?:\\s(?:server|service|instance|database|db))*\\s(?:back|started|running|up|online|going|restarted|working)(?![a-z]))',
      ],
      ja: [
        '(?:バージョン|レベル|リリース|ビルド|(?<![a-z])os(?![a-z])|sql|tms|windows|通信セキュリティ|セキュリティ設定).{0,15}(?:どこで|どうやって|どのように|どう|どこに)(?:確認|調べ|見|わか|分か)',
        '(?:バージョン|レベル|ビルド|通信セキュリティ).{0,10}(?:確認方法|調べ方|見方|確認のしかた|確認の仕方)',
        '(?:どこで|どうやって|どのように)(?:確認|調べ|見).{0,10}(?:バージョン|レベル)',
      ],
    },
    title: L('Where to find it', '確認する場所'),
    answer: (_f, text) => whereToFindAnswer(text),
  },
  {
    id: 'other-integrations',
    recognise: {
      en: [
        '(?<![a-z])(?:break|affect|impact|hurt|disrupt|stop|kill|harm)(?:s|ed|ing)?(?![a-z]).{0,40}(?<![a-z])(?:tmsxe|tmspe|exchange|outlook|cucm|call\\s?manager|unified\\scm|webex|jabber|integrations?|(?:the\\s)?api|booking|provisioning|smart\\s?scheduler|ldap|active\\sdirectory|ad\\ssync|sso)(?![a-z])',
        '(?<![a-z])(?:tmsxe|tmspe|exchange|outlook|cucm|call\\s?manager|jabber|webex|integrations?|the\\sapi|booking|provisioning|smart\\s?scheduler|ldap|active\\sdirectory|sso)(?![a-z]).{0,40}(?<![a-z])(?:affected|impacted|still\\swork|keep\\sworking|break|broken|survive|ok\\safter|fine\\safter)(?![a-z])',
        // "what about TMSXE?", "and the Unified CM integration?": the whole question names an integration.
        '^(?:and\\s|but\\s|so\\s|ok(?:ay)?,?\\s)?(?:what\\sabout|how\\sabout|and)\\s(?:the\\s|our\\s)?(?:tmsxe|tmspe|exchange\\sintegration|outlook\\s(?:integration|add-?in|plug-?in)|cucm|call\\s?manager|unified\\scm|integrations?|booking\\sapi|the\\sapi|provisioning(?:\\sextension)?|smart\\s?scheduler|ldap|active\\sdirectory|ad\\ssync|sso)(?:\\s(?:integration|sync))?\\s?[?？]?\\s*$',
        // "what changes for TMSPE / other extensions?", "anything different for the extensions?" (QA44 #10)
        '(?<![a-z])(?:what\\s(?:changes|happens|is\\sdifferent)|anything\\s(?:changes|different))\\s(?:for|to|with|about)\\s(?:the\\s|our\\s)?(?:tmsxe|tmspe|(?:other\\s|tms\\s)?extensions?|integrations?)(?![a-z])',
      ],
      ja: ['(?:tmsxe|tmspe|exchange|outlook|cucm|webex|jabber|連携|(?<![a-z])api(?![a-z])|予約|プロビジョニング|ldap|active\\s?directory|sso).{0,20}(?:影響|壊れ|止ま|使えなく|問題|動かなく|大丈夫)', '^\\s?(?:tmsxe|tmspe|cucm|連携(?:機能)?|プロビジョニング|ldap|active\\s?directory|sso)\\s?(?:との連携)?\\s?(?:は|の方は|のほうは)\\s?(?:どう(?:ですか|でしょうか|なりますか)?)?\\s?[?？]?\\s*$'],
    },
    title: L('Other integrations and clients of TMS', 'TMS と連携するほかの製品やクライアント'),
    answer: (f) => {
      const out = [
        L(
          'My sources do not cover TMS\'s integrations one by one (TMSXE, TMSPE, Unified CM, Webex, the booking API…), so I cannot promise you either way. What they do say about what this fix changes:',
          'TMS の連携機能（TMSXE、TMSPE、Unified CM、Webex、予約 API など）について、手元の資料には個別の記載がありません。そのため、影響がある・ないのどちらともお約束できません。資料から言える、この修正で変わる点は次のとおりです。',
        ),
        L(
          'The registry step adds TLS 1.2 without removing TLS 1.0 or SSL 3.0, so that step itself cuts off nothing that connects to the TMS server with the old versions. Communication Security governs the connections TMS opens to the systems it manages: at Medium-High they offer TLS 1.2, and Telnet and SNMP go off.',
          'レジストリの手順では TLS 1.2 を追加するだけで、TLS 1.0 や SSL 3.0 は削除しないため、この手順自体が、古いバージョンで TMS サーバに接続するものを締め出すことはありません。[Communication Security] が決めるのは、TMS が管理対象のシステムに対して開く接続です。Medium-High ではこれらの接続が TLS 1.2 を提示し、Telnet と SNMP は無効になります。',
        ),
        L(
          'What to check: whether the integration depends on Telnet or SNMP, or on .NET code on the TMS server (which Communication Security does not govern: the .NET strong crypto values decide its TLS version), and the integration\'s own documentation for the TLS versions it needs. Test it right after the change, in the same window, so that a problem shows while you can still roll back.',
          '確認すべき点：その連携が Telnet や SNMP に依存していないか、TMS サーバ上の .NET のコードに依存していないか（[Communication Security] の対象外で、TLS のバージョンは .NET の強力な暗号化の値で決まります）、そして連携製品自体のドキュメントにある必要な TLS バージョンです。問題があれば切り戻せるよう、変更の直後に同じ作業時間内でテストしてください。',
        ),
      ];
      if (atMediumHighOrAbove(f)) out.push(L(`You are at ${formatLevel(f.level!)} already, so the level change is behind you: only the registry check and the restarts are left.`, `すでに ${formatLevel(f.level!)} なので、レベルの変更は済んでいます。残るのはレジストリの確認と再起動だけです。`));
      return out;
    },
  },
  {
    id: 'which-services',
    recognise: {
      en: [
        '(?<![a-z])(?:which|what)\\s(?:exact\\s)?(?:windows\\s|tms\\s)?services(?![a-z])',
        '(?<![a-z])(?:list|names?)\\sof\\s(?:the\\s)?(?:windows\\s|tms\\s)?services(?![a-z])',
        '(?<![a-z])services\\s(?:to|we\\s(?:have|need)\\sto|i\\s(?:have|need)\\sto|that\\s(?:need|must)\\sto)\\s(?:be\\s)?restart',
        '(?<![a-z])(?:which|what)\\s(?:ones|services)\\s(?:exactly\\s)?(?:do\\swe|should\\swe|to)\\s(?:need\\sto\\s)?restart',
      ],
      ja: ['(?:どの|どれの|何の)\\s?サービス', '(?:再起動(?:する|が必要な|すべき)|止める)\\s?サービス(?:は|を|の名前|名)', 'サービス(?:名|の名前|の一覧)'],
    },
    title: L('Which services to restart', '再起動するサービス'),
    answer: (f) => {
      const out = [
        servicesNamed(),
        L(
          `\`iisreset\` restarts IIS; the restart step of the answer has a PowerShell snippet that restarts every running TMS service and starts \`${SERVICES.plcm}\` if it is stopped.`,
          `IIS は \`iisreset\` で再起動します。回答の再起動の手順に、実行中の TMS サービスをすべて再起動し、\`${SERVICES.plcm}\` が停止していれば開始する PowerShell のコマンドがあります。`,
        ),
      ];
      if (!atMediumHighOrAbove(f)) {
        out.push(
          L(
            `After the change to Medium-High, \`${SERVICES.snmp}\` stops and stays stopped (SNMP is off at Medium-High): that is expected, not a failed restart.`,
            `Medium-High に変更すると \`${SERVICES.snmp}\` は停止したままになります（Medium-High では SNMP が無効になるため）。これは想定どおりの動作で、再起動の失敗ではありません。`,
          ),
        );
      }
      out.push(L('If the server is rebooted (when registry keys were created or changed), that restarts all of them already.', 'サーバを再起動する場合（レジストリのキーを作成・変更したとき）は、それですべて再起動されます。'));
      return out;
    },
  },
  {
    id: 'services-restart-enough',
    recognise: {
      en: [
        '\\biisreset\\b',
        '\\b(?:restart(?:ing)?|bounc(?:e|ing)|recycl(?:e|ing))\\s(?:of\\s)?(?:the\\s)?(?:iis|services|tms\\sservices|app\\spool)\\b.{0,40}\\b(?:enough|sufficient|suffice|do\\sit|ok|fine|work)\\b',
        '\\b(?:just|only)\\s(?:restart|bounce)\\s(?:the\\s)?(?:iis|services|tms\\sservices)\\b',
        '\\b(?:iis|services?)\\s(?:restart\\s)?(?:only|alone)\\b',
        // "should I restart only IIS?" (QA round 11 #3)
        '\\b(?:restart|bounce|recycle)\\s(?:only|just)\\s(?:the\\s)?(?:iis|services|tms\\sservices)\\b',
      ],
      // 「IIS だけ再起動すればいいですか？」 (QA round 11 #3)
      // (「IIS の再起動だけで動きますか？」, with a space: QA round 14 #17)
      ja: ['(?:サービス|iis)\\s?(?:の)?\\s?再起動\\s?(?:だけ|のみ)', 'iisreset', '(?:サービス|iis).{0,10}(?:だけで|のみで)(?:足り|十分|大丈夫|いい|よい)', '(?:サービス|iis)\\s?(?:だけ|のみ)\\s?(?:を)?\\s?(?:再起動|リスタート)'],
    },
    title: L('Is restarting IIS and the services enough?', 'IIS とサービスの再起動だけで足りるか'),
    answer: (f) => {
      const out = [
        L(
          `The TMS Tools change takes effect when IIS and the TMS services restart (it needs no server reboot of its own): \`iisreset\`, then restart \`${SERVICES.scanner}\` and start \`${SERVICES.plcm}\` if it is stopped. \`iisreset\` on its own does not restart TMS's Windows services, which open connections to systems too; restarting all TMS services is the thorough way.`,
          `TMS ツールでの変更は、サーバを再起動しなくても、IIS と TMS のサービスを再起動すれば反映されます。\`iisreset\` のあと \`${SERVICES.scanner}\` を再起動し、\`${SERVICES.plcm}\` が停止していれば開始してください。\`iisreset\` だけでは、システムへの接続を行う TMS の Windows サービスは再起動されません。TMS のサービスをすべて再起動するのが確実です。`,
        ),
      ];
      const k = winKind(f);
      if (keysSaidSet(f)) {
        out.push(
          L(
            'You say the TLS 1.2 keys are already set: if the check changes nothing in the registry and they were set before the server last started, yes, no reboot is needed. If a key has to be created or corrected, or they were set since the last start, reboot once instead.',
            'TLS 1.2 のキーは設定済みとのことなので、確認の結果レジストリを何も変更せず、キーを設定したのがサーバの最後の起動より前であれば、サーバの再起動は不要で、これで足ります。キーを作成・修正する必要がある場合や、最後の起動のあとにキーを設定した場合は、代わりにサーバを 1 回再起動してください。',
          ),
        );
      } else if (k === '2008') {
        out.push(L(`On ${winName(f)} the Schannel keys have to be created, so plan a reboot of the server instead: it also restarts the TMS services that were running. ${PLCM_AFTER_REBOOT.en}`, `${winName(f)} では Schannel のキーを新しく作る必要があるため、サーバの再起動を計画してください。再起動すれば、実行中だった TMS のサービスも再起動されます。${PLCM_AFTER_REBOOT.ja}`));
      } else if (k === 'unknown') {
        out.push(L('If you had to create or change the Schannel registry keys (always the case on Windows Server 2008 R2), reboot the server instead: that is the safe way for every process to pick them up.', 'Schannel のレジストリキーを作成・変更した場合（Windows Server 2008 R2 では必ず該当します）は、サーバを再起動してください。すべてのプロセスに設定を確実に反映させる方法です。'));
      } else {
        out.push(L(`On ${winName(f)}, if the Schannel keys were already right and you changed nothing in the registry, yes: no reboot is needed. If you did change them, a reboot is the safe way.`, `${winName(f)} で Schannel のキーがすでに正しく、レジストリを何も変更していなければ、サーバの再起動は不要で、これで足ります。キーを変更した場合は、サーバを再起動するのが確実です。`));
      }
      return out;
    },
  },
  {
    // "do I reboot both at once?", "do I have to reboot both at the same time?", 「両方同時に再起動しますか？」 (QA round 13 #2):
    // before the reboot entries and 'both-nodes', whose answers it includes (a bare "Yes." to "at once" reads as a full outage).
    id: 'nodes-timing',
    recognise: {
      en: [
        '(?<![a-z])(?:both|the\\stwo|2|two|each|all)(?:\\s(?:tms\\s)?(?:nodes?|servers?|boxes|of\\sthem))?\\s(?:(?:at|on)\\sonce|at\\sthe\\ssame\\stime|same\\stime|simultaneously|together|in\\sparallel|one\\s(?:at\\sa\\stime|after\\sthe\\sother|by\\sone)|in\\sturn)(?![a-z])',
        '(?<![a-z])(?:(?:at|on)\\sonce|at\\sthe\\ssame\\stime|simultaneously|in\\sparallel)\\s(?:on\\s)?(?:both|the\\stwo|2|two|each)(?:\\s(?:tms\\s)?(?:nodes?|servers?))?(?![a-z])',
        '(?<![a-z])(?:nodes?|servers?)\\s(?:one\\sat\\sa\\stime|one\\safter\\sthe\\sother|one\\sby\\sone|in\\sturn)(?![a-z])',
      ],
      ja: [
        // (「両方のノードを同時に」「2台のノードを一度に」「両方のサーバーを同時に」: the nodes named after 両方/2台.)
        '(?:両方|両ノード|両系|(?:2|二)\\s?台|(?:2|二)\\s?ノード|各ノード)(?:\\s?の\\s?(?:tms\\s?)?(?:ノード|サーバー?|tms))?(?:とも|共)?(?:を|は|が)?\\s?(?:同時|一緒に|一度に|いっぺんに|まとめて|一斉|(?:1|一)\\s?台ずつ|順番に|交互)',
        '(?:同時|一緒|一度|まとめて|一斉)に?[^。？?]{0,6}(?:両方|両ノード|両系|(?:2|二)\\s?台)',
      ],
    },
    title: L('Redundant TMS: both nodes at once?', '冗長構成：2 台を同時に作業するか'),
    covers: ['both-nodes', 'reboot-needed'],
    answer: (f) => nodesTimingAnswer(f),
  },
  {
    // "will a reboot fix it?", "is it fixed by a reboot alone?", 「再起動すれば直りますか？」: a reboot as the fix,
    // not whether one is needed (reboot-needed, below). A reboot applies changes; it changes nothing by itself.
    id: 'reboot-alone',
    recognise: {
      en: [
        '(?<![a-z])(?:will|would|does|do|can|could|might)\\s(?:a\\s|the\\s|just\\s)?(?:server\\s)?(?:re-?boot|restart)(?:ing)?(?:\\s(?:of\\s)?(?:the\\s)?(?:tms\\s)?(?:server|box|machine|vm))?\\s(?:alone\\s|only\\s|by\\sitself\\s|on\\sits\\sown\\s)?(?:fix|solve|resolve|cure|clear|sort)(?![a-z])',
        '(?<![a-z])(?:is|was|will)\\s(?:it|this|that)\\s(?:be\\s)?(?:fixed|solved|resolved|cured)\\sby\\s(?:a\\s|just\\s(?:a\\s)?)?(?:server\\s)?(?:re-?boot|restart)(?![a-z])',
        '(?<![a-z])(?<!iis\\s)(?<!services?\\s)(?:re-?boot|restart)(?:ing)?(?:\\s(?:the\\s)?(?:tms\\s)?(?:server|box|machine|vm))?\\s(?:alone|only|by\\sitself|on\\sits\\sown)\\s(?:enough|sufficient|fix(?:es)?\\sit|do\\sit)(?![a-z])',
      ],
      ja: [
        '(?<!(?:iis|サービス)\\s?の?\\s?)(?:再起動|リブート)(?:する|して)?(?:だけ|のみ)?\\s?(?:で|すれば|したら|して)(?:は)?\\s?(?:(?:直り|治り|なおり)(?:ます|ません)?(?:か|\\s?[？?])|(?:直る|治る|なおる)(?:の|か|\\s?[？?])|(?:解決|解消)(?:します|できます|する)?(?:か|\\s?[？?]))',
        '(?<!(?:iis|サービス)\\s?の?\\s?)(?:再起動|リブート)(?:だけ|のみ)\\s?(?:で|では)?\\s?(?:足り|十分|いい|よい|大丈夫)',
      ],
    },
    title: L('Would a reboot alone fix it?', '再起動だけで直るか'),
    answer: (f) => {
      if (pre15(f)) return [PRE15_NOTE];
      if (atMediumHighOrAbove(f)) {
        return [
          L(
            `Only if something changed since the server last started. At ${formatLevel(f.level!)} a restart is what applies Schannel changes: Microsoft says protocol settings apply to credential handles acquired after the change, so keys changed after the last start need a reboot (or a restart of every process that uses Schannel). If nothing changed since then, a reboot changes nothing: a capture on the TMS server shows which version TMS offers and how the endpoint answers.`,
            `前回の起動以降に何か変更した場合だけです。${formatLevel(f.level!)} では、Schannel の変更を反映させるのが再起動です。Microsoft によるとプロトコル設定は変更後に取得される資格情報ハンドルに適用されるため、前回の起動後にキーを変えたなら再起動（または Schannel を使う全プロセスの再起動）が必要です。何も変えていなければ、再起動しても何も変わりません。TMS サーバでキャプチャを取り、TMS が提示するバージョンとエンドポイントの応答を確認してください。`,
          ),
        ];
      }
      return [
        MH(
          `No. A reboot does not change what TMS offers: ${f.level === 'low' ? "at Low it does not offer TLS 1.2 (per Cisco's TMS admin guide: check it there)" : `at ${f.level ? 'Medium' : 'Medium, the default,'} it offers only TLS 1.0`}, before the reboot and after it. What fixes it is Communication Security = Medium-High in TMS Tools (with TLS 1.2 enabled in Schannel). One reboot after that change applies it, and the registry keys if they were created or changed; if no key changed, restarting IIS and the TMS services is enough.`,
          `いいえ。再起動しても TMS が提示するものは変わりません。${f.level === 'low' ? 'Low のままでは、再起動の前も後も TLS 1.2 を提示しません（Cisco の TMS 管理者ガイドで確認してください）。' : `${f.level ? 'Medium' : '既定の Medium'} のままでは、再起動の前も後も TLS 1.0 しか送りません。`}解決するのは TMS ツールで Communication Security を Medium-High にする変更です（Schannel で TLS 1.2 が有効なことが前提）。その変更の後に 1 回再起動すれば、変更と、作成・変更したレジストリのキーが反映されます。キーを変更していなければ、IIS と TMS のサービスの再起動で足ります。`,
        ),
      ];
    },
  },
  {
    id: 'reboot-needed',
    recognise: {
      en: [
        '\\b(?<!iis\\s)(?<!services?\\s)(?:reboot|restart)(?:ing)?\\b.{0,40}\\b(?:need(?:ed)?|required?|necessary|mandatory|must|have\\sto)\\b',
        '\\b(?:need|have|required?|must|necessary)\\b.{0,30}\\b(?:reboot|restart\\s(?:the\\s)?(?:server|box|machine|vm|tms\\sserver))\\b',
        '\\bwithout\\s(?:a\\s)?reboot',
        '\\bdo\\s(?:we|i)\\sreboot\\b',
        // "reboot now?", "ok to reboot now?", "can I reboot now?": asked when, after a change.
        '(?:^\\s*|[.!,;]\\s*|\\b(?:ok|okay|safe|fine)\\s(?:to\\s)?|\\b(?:can|should|shall|may)\\s(?:we|i)\\s)(?:re-?boot|restart)(?:\\s(?:the\\s)?(?:server|box|tms))?\\s(?:now|tonight|today|first|next)\\s*[?？]',
        "\\b(?:don'?t|do\\snot|not|skip(?:ping)?|no)\\s(?:a\\s|the\\s)?reboot",
        // "reboot?", "restart the server?" alone (QA round 20 #8)
        '^\\s*(?:(?:a|the|server)\\s)?(?:re-?boot|restart)(?:\\s(?:the\\s)?(?:server|box|tms(?:\\sserver)?))?\\s*[?？]+\\s*$',
        // "and the reboot?", "what about the reboot?", "how about a reboot?" alone (QA63 #15): the short form of "is a reboot needed?".
        '^\\s*(?:(?:and|so|ok(?:ay)?|but)[,\\s]+)?(?:(?:what|how)\\sabout\\s)?(?:(?:and|so)\\s)?(?:(?:a|the|server)\\s)?(?:server\\s)?re-?boot(?:\\s(?:of\\s)?(?:the\\s)?(?:server|box|tms(?:\\sserver)?))?(?:\\s(?:then|too))?\\s*[?？]+\\s*$',
        // "why reboot?", "why the reboot?", "why restart the server?" alone (QA51 #8): the reason, as "why do we need to reboot?" gets it.
        '^\\s*(?:(?:but|and|so|ok|okay|hmm)[,\\s]+)?(?:why|how\\scome)\\s(?:(?:a|the|this|that|any)\\s)?(?:server\\s)?(?:re-?boot|restart)(?:ing)?(?:\\s(?:the\\s)?(?:server|box|machine|vm|tms(?:\\sserver)?))?(?:\\s(?:then|at\\sall|now))?\\s*[?？]*\\s*$',
      ],
      // (「IISの再起動は必要ですか」 is iis-restart-needed's; 「さいきどう」 is the kana typo of 再起動.)
      ja: [
        '(?<!(?:iis|サービス)\\s?の?\\s?)(?:再起動|リブート|さいきどう)(?:は|が|って)?\\s?(?:必要|ひつよう|いり|要り|要る|いる|必須|しなければ|すべき|しないと)',
        '(?<!(?:iis|サービス)\\s?の?\\s?)(?:再起動|リブート|さいきどう)(?:なし|せず)',
        // 「再起動の要否をご教示ください」「サーバ再起動要否」 (QA52 #6): whether it is needed.
        '(?<!(?:iis|サービス)\\s?の?\\s?)(?:再起動|リブート|さいきどう)\\s?の?\\s?(?:要否|必要性|必要有無|有無)',
        '(?<!(?:iis|サービス)\\s?の?\\s?)(?:再起動|リブート|さいきどう)(?:します|する)(?:か|の)',
        // 「サーバの再起動はしなくていいですよね？」 (QA round 19 #9)
        '(?<!(?:iis|サービス)\\s?の?\\s?)(?:再起動|リブート|さいきどう)(?:は|を)?\\s?(?:しなくて|せずに|しないで)(?:も)?\\s?(?:いい|よい|良い|大丈夫|ok|平気)',
        // 「再起動は不要ですよね？」「サーバの再起動はしなくていいですよね？」 (QA round 19 F3, F9): asks to confirm that none is needed.
        '(?<!(?:iis|サービス)\\s?の?\\s?)(?:再起動|リブート|さいきどう)(?:は|が|って)?\\s?(?:不要|いらない|要らない|しなくて(?:も)?(?:いい|よい|良い|大丈夫|ok))',
        // 「再起動？」「サーバ再起動は？」「再起動って何回必要？」 (QA round 20 #8)
        '^\\s*(?:サーバ(?:ー)?\\s?の?\\s?)?(?:再起動|リブート)\\s?(?:は|って)?\\s?[?？]+\\s*$',
        '(?<!(?:iis|サービス)\\s?の?\\s?)(?:再起動|リブート|さいきどう)(?:は|が|って|を)?\\s?(?:何回|なんかい|回数)',
        // 「なぜ再起動？」「再起動はなぜ？」 alone (QA51 #8)
        '^\\s*(?:なぜ|どうして|なんで)\\s?(?:サーバ(?:ー)?\\s?の?\\s?)?(?:再起動|リブート)\\s?(?:なの|なんですか|ですか)?\\s?[?？]*\\s*$',
        '^\\s*(?:サーバ(?:ー)?\\s?の?\\s?)?(?:再起動|リブート)\\s?(?:は|って)\\s?(?:なぜ|どうして|なんで)(?:ですか|なの)?\\s?[?？]*\\s*$',
      ],
    },
    // 「リブート必要」「再起動って必須」: the question without a question mark (the whole message).
    statement: {
      en: ['^\\s*(?:a\\s)?(?:server\\s)?reboot\\s(?:needed|required|necessary)\\s*$'],
      ja: ['^\\s*(?:サーバ(?:ー)?の?)?(?:再起動|リブート|さいきどう)\\s?(?:は|って)?\\s?(?:必要|ひつよう|必須|いる|要る)\\s?(?:\\?|？|かな|なの|ですかね)?\\s*$'],
    },
    title: L('Is a reboot needed?', 'サーバの再起動は必要か'),
    answer: (f, text) => {
      if (pre15(f)) return [PRE15_NOTE];
      // "is a reboot needed for SQL?", 「SQL の再起動は必要ですか？」 (QA53 #10): SQL Server's own restart, not the TMS server's.
      const sqlAsked = sqlRestartAsked(text ?? '');
      if (sqlAsked) return sqlRestartAnswer(f, text ?? '');
      // "why is a reboot needed?", 「なぜ再起動が必要なんですか？」 (QA50 #19): the reason leads, not a yes or no.
      const why = WHY_ASKED.test(normaliseQuestion(text ?? ''));
      const yes = (yesLead: LocalizedText, reason: LocalizedText): LocalizedText => (why ? rebootWhy(reason) : yesLead);
      // The rule is the knowledge's (rebootAdvice / rebootNote); here only the one-line verdict first.
      const said = keysSaidSet(f);
      const changed = f.tlsClaims?.keysChanged === true;
      const advice = rebootAdvice({ windows: f.windows, keysSaidSet: said, keysChanged: changed || undefined });
      // "keys are created", "fixed DisabledByDefault to 0. reboot now?": the keys changed, so the one reboot is due.
      if (changed && f.tlsClaims?.restarted === true) {
        return [L('No: you say the server was rebooted after the keys were changed, so Schannel already uses them. Reboot again only if you change a key again.', 'いいえ、不要です。キーを変更したあとにサーバを再起動したとのことなので、Schannel はすでに新しい設定を使っています。もう一度キーを変更した場合だけ、再起動してください。')];
      }
      if (changed) {
        const keys = L('you created or changed Schannel keys', 'Schannel のキーを作成・変更した');
        const when = why
          ? rebootWhy(keys)
          : levelChanges(f.level)
          ? L('Yes, once, because you created or changed Schannel keys. If the Communication Security change in TMS Tools is still to do, do that first and reboot after it: one reboot covers both.', 'はい、1 回必要です。Schannel のキーを作成・変更したためです。TMS ツールで [Communication Security] をまだ変更していない場合は、先にそれを済ませてから再起動してください。1 回の再起動で両方が反映されます。')
          : L('Yes, once, because you created or changed Schannel keys: running processes keep the old settings until then. Now is fine; plan it as a short TMS outage.', 'はい、1 回必要です。Schannel のキーを作成・変更したためで、それまで実行中のプロセスは古い設定のままです。今行ってかまいません。TMS が短時間停止する作業として計画してください。');
        return [when, rebootNote(advice, levelChanges(f.level))];
      }
      // "keys checked, nothing changed", 「TLS1.2のキーは確認済みで正しい（変更なし）」 (QA36 #10): the check is done and changed
      // nothing, so no reboot is due for the keys (knowledge.md, Fix step 4); not "check the keys first" again.
      if (f.tlsClaims?.keysChanged === false && f.tlsClaims.tls12 === 'on' && !f.evidence?.observations?.some((o) => o.code === 'schannel-tls12-client-disabled' || o.code === 'schannel-tls12-client-partial')) {
        // On 2008 R2 (TLS 1.2 off until its keys exist: knowledge.md Cause 3) keys found right were created by someone
        // earlier; whether a reboot is due depends on that creation and the last restart (QA37 A6): not a flat "no".
        if (registryPlan(f.windows).step === 'required') {
          return [
            L(
              `It depends on when the keys were created. On ${winName(f)} TLS 1.2 stays off until its Schannel keys exist, so keys found right with nothing changed were created by someone earlier. If the server has restarted since then, no reboot is due for them. If they were created after the last restart, or you cannot tell, reboot once: running processes do not use them yet. If \`reg query\` does not show the \`TLS 1.2\\Client\` key with \`Enabled\` = 1 and \`DisabledByDefault\` = 0, create it and reboot.`,
              `キーがいつ作成されたか次第です。${winName(f)} では Schannel のキーが作成されるまで TLS 1.2 は無効なので、キーが正しく何も変更していないなら、以前に誰かが作成したことになります。その後サーバが再起動されていれば、キーのための再起動は不要です。最後の起動のあとに作成された場合や、いつ作成されたか分からない場合は 1 回再起動してください（実行中のプロセスはまだ使っていません）。\`reg query\` で \`TLS 1.2\\Client\` のキーが \`Enabled\` = 1、\`DisabledByDefault\` = 0 になっていなければ、作成して再起動してください。`,
            ),
          ];
        }
        return [
          L(
            'No: you checked the TLS 1.2 keys and changed nothing, so no reboot is due for them; a reboot would be an outage for nothing. Restarting IIS and the TMS services applies a Communication Security change made in TMS Tools. (Only if someone set those keys after the server last started would running processes not use them yet.)',
            'いいえ、不要です。TLS 1.2 のキーを確認して何も変更していないので、キーのための再起動は要りません。再起動は意味のない停止になります。TMS ツールで [Communication Security] を変更した場合は、IIS と TMS サービスを再起動すれば反映されます（サーバの最後の起動のあとに誰かがそのキーを設定していた場合だけ、実行中のプロセスにはまだ反映されていません）。',
          ),
        ];
      }
      // A pasted reg query shows TLS 1.2 Client off (QA round 19 #11): the key has to change, so the reboot is due.
      if (f.evidence?.observations?.some((o) => o.code === 'schannel-tls12-client-disabled' || o.code === 'schannel-tls12-client-partial')) {
        if (why) return [rebootWhy(L('the `TLS 1.2\\Client` key has to be corrected (`Enabled` = 1, `DisabledByDefault` = 0): the registry you pasted keeps TLS 1.2 off there', '`TLS 1.2\\Client` のキーを直す必要がある（`Enabled` = 1、`DisabledByDefault` = 0）。貼り付けられたレジストリではそこで TLS 1.2 が無効になっている'))];
        return [
          L(
            'Yes, once, after you correct the `TLS 1.2\\Client` key (`Enabled` = 1, `DisabledByDefault` = 0): the registry you pasted keeps TLS 1.2 off there, so that key has to change, and running processes keep the old setting until then. Restarting every process that uses Schannel may be enough (Microsoft); one reboot is the sure way.',
            'はい、`TLS 1.2\\Client` のキーを直したあとに 1 回必要です（`Enabled` = 1、`DisabledByDefault` = 0）。貼り付けられたレジストリではそこで TLS 1.2 が無効なのでキーの変更が必要で、実行中のプロセスはそれまで古い設定のままです。Schannel を使うプロセスをすべて再起動すれば足りる場合もありますが（Microsoft）、確実なのは 1 回の再起動です。',
          ),
        ];
      }
      const lead = said
        ? L(
            'You say the TLS 1.2 keys are already set, so only if the check shows a key to create or correct, or the keys were set after the server last started.',
            'TLS 1.2 のキーは設定済みとのことなので、確認の結果キーを作成・修正する場合か、サーバの最後の起動のあとにキーを設定した場合だけ必要です。',
          )
        : advice === 'reboot'
          ? yes(
              L(`Yes, once: on ${winName(f)} the Schannel keys have to be created.`, `はい、1 回必要です。${winName(f)} では Schannel のキーを作成する必要があるためです。`),
              L(`on ${winName(f)} TLS 1.2 stays off until its Schannel keys are created`, `${winName(f)} では Schannel のキーを作成するまで TLS 1.2 が無効な`),
            )
          : f.windows
            ? L(`Only if you had to create or change the Schannel keys: on ${winName(f)} TLS 1.2 is on by default, so check them first.`, `Schannel のキーを作成・変更した場合だけ必要です。${winName(f)} では TLS 1.2 が既定で有効なので、まずキーを確認してください。`)
            : L('It depends on the registry: a reboot is needed when the Schannel keys were created or changed (always on Windows Server 2008 R2, where TLS 1.2 is off by default), not when they were already right. Which Windows Server release is it?', 'レジストリ次第です。Schannel のキーを作成・変更した場合は再起動が必要です（TLS 1.2 が既定で無効な Windows Server 2008 R2 では必ず該当します）。キーがすでに正しければ不要です。Windows Server のバージョンは何でしょうか。');
      // The first line said when a reboot is needed: the note gives the why and the how, not the rule again.
      return [lead, rebootNote(advice, levelChanges(f.level), said, false, true)];
    },
  },
  {
    // "is the .reg file harmless?", "will the registry change stop our SQL?" (knowledge.md: the keys
    // re-enable TLS 1.1 where a policy or the OS turned it off; a remote SQL is not touched; SQL 2008 R2
    // fails only with TLS 1.0 and SSL 3.0 both off; 2012/2014 need a TLS 1.2 build first).
    id: 'registry-safe',
    recognise: {
      en: [
        '(?<![a-z])(?:reg(?:istry)?|keys?|file)(?![a-z]).{0,40}(?<![a-z])(?:harmless|safe|dangerous|risky|innocuous|break\\s(?:anything|something))(?![a-z])',
        '(?<![a-z])(?:reg(?:istry)?|keys?|file|change|fix|tls\\s?1\\.2)(?![a-z]).{0,50}(?<![a-z])(?:stop|stops|break|breaks|kill|crash|take\\sdown|bring\\sdown|affect|impact|hurt|harm)(?![a-z]).{0,30}(?<![a-z])(?:sql|database|db)(?![a-z])',
        // "will the reboot break SQL?", "could the restart kill the database?" (REV33 #3): the fix's reboot, asked of SQL.
        '(?<![a-z])(?:will|would|could|can|might|may|does)\\s(?:the\\s|this\\s|a\\s|that\\s)?(?:server\\s)?(?:re-?boot|restart)\\s(?:also\\s)?(?:stop|break|kill|crash|take\\sdown|bring\\sdown|affect|impact|hurt|harm)\\s(?:the\\s|our\\s|my\\s)?(?:ms\\s?)?(?:sql|database|db)(?![a-z])',
        // "will SQL stop if we do this?", "is our SQL going to be a problem?", "is my SQL ok": the outage
        // question about the fix (not "…if I disable TLS 1.0", which is disable-tls10's, nor "SQL stopped").
        `${NOT_DISABLING}(?<![a-z])(?:will|would|could|can|might|may|does|is|are)\\s(?:the\\s|our\\s|my\\s|this\\s)?(?:ms\\s?)?(?:sql|database|db)(?![a-z])[^?.!\\d]{0,30}?(?<![a-z])(?:stop|break|crash|fail|go\\sdown|die|survive|(?:be\\s)?(?:ok|okay|fine|safe|affected|impacted|hit|a\\sproblem|an\\sissue|at\\srisk|broken))(?![a-z])`,
        `${NOT_DISABLING}(?<![a-z])(?:does|will|would|could|can|might)\\s(?:this|it|that|the\\supgrade|mediumhigh)\\s(?:also\\s)?(?:stop|break|affect|impact|hurt|kill|crash|take\\sdown)\\s(?:the\\s|our\\s|my\\s)?(?:sql|database|db)(?![a-z])`,
      ],
      ja: [
        '(?:レジストリ|キー|(?<![a-z])reg(?![a-z])|ファイル).{0,20}(?:無害|安全|害は(?:ない|ありません)|問題(?:ない|ありません)|大丈夫)',
        '(?:レジストリ|キー|(?<![a-z])reg(?![a-z])|変更|修正).{0,30}(?:sql|データベース).{0,20}(?:(?:止まり|停止し|落ち|影響し|壊れ)(?:ます|ません)か|影響(?:は|が)(?:あり|出)|大丈夫)',
        // 「SQLは止まりませんか」「SQLに影響はありますか」「SQLは大丈夫ですか」: asked of SQL itself.
        `${NOT_DISABLING}(?:sql|データベース|(?<![a-z])db(?![a-z]))[^。？?、\\d]{0,20}?(?:は|に|が|も|へ|への|には|って)\\s?(?:(?:止まり|停止し|落ち|壊れ|影響し)(?:ます|ません)(?:か|よね)|(?:止まら|停止し|落ち|壊れ)ない(?:です)?(?:か|よね)|影響(?:は|が)?\\s?(?:あり|出|ある)|問題(?:は|が)?\\s?(?:あり|出|ない)|大丈夫)`,
      ],
    },
    title: L('Is the change safe (registry, SQL Server)?', '変更は安全か（レジストリ、SQL Server）'),
    answer: (f, text) => registrySafeAnswer(f, text ?? ''),
  },
  {
    id: 'registry-alone',
    recognise: {
      en: ['\\bregistry\\b.{0,40}\\b(?:alone|only|enough|sufficient|by\\sitself|on\\sits\\sown|fix\\sit|do\\sit)\\b', '\\b(?:just|only)\\s(?:the\\s)?registry\\b', '\\b(?:just|only)\\s(?:do|change|touch|apply|make)\\s(?:the\\s)?registry\\b', '\\bskip\\s(?:the\\s)?tms\\stools\\b', "(?:can'?t|cannot|could|can)\\s(?:we|i|you)\\s(?:just|simply|not\\sjust)\\s(?:enable|add|turn\\son|set)\\s[^?]{0,20}?(?:in|via|through|with)\\s(?:the\\s)?registry\\b",
        // "should I just create the reg keys?", "do I just create the registry keys?" (QA round 13 #8, #10)
        // "can I just add the TLS 1.2 registry keys (as a quick fix)?" (QA round 27 M1): more than one word before "keys".
        '\\b(?:just|only|simply)\\s(?:create|add|make|set|import|apply|put\\sin)\\s(?:the\\s|those\\s|these\\s)?(?:(?:reg(?:istry)?|schannel|tls\\s?1\\.[12]|client|server|and|&|\\+)\\s){0,4}keys?\\b',
        '\\b(?:should|do|shall|must|can)\\s(?:i|we)\\s(?:just\\s)?(?:create|add|make)\\s(?:the\\s)?(?:tls\\s?1\\.[12]\\s)?(?:reg(?:istry)?|schannel)\\skeys?\\b',
      ],
      ja: ['レジストリ(?:の変更|の設定)?(?:だけ|のみ)', 'レジストリ[^。？?]{0,25}(?:する|追加|変更|設定)(?:だけ|のみ)(?:で|では)', 'tms\\s?tools\\s?(?:は|を)?(?:変更|設定)?(?:しなくて|せずに|不要)', 'レジストリ(?:で|に)[^。？?]{0,20}(?:有効に|追加)(?:する|すれば)?だけ', 'レジストリ\\s?(?:の)?\\s?キー\\s?(?:を)?\\s?(?:作成|作|追加|設定)(?:すれば|したら|するだけで|して)\\s?(?:良い|よい|いい|ok|大丈夫|直|解決|終わり|完了)',
        // 「レジストリキーを作るだけでいいですか？」 (QA round 14 #17)
        'レジストリ\\s?(?:の)?\\s?キー\\s?(?:を)?\\s?(?:作る|作成する|追加する|設定する|入れる|作成|追加|設定)\\s?(?:だけ|のみ)',
        // 「TLS1.2のレジストリキーを入れればいい？」「TLS1.2のキーを入れるだけでいけますか」 (QA round 27 M1)
        '(?:tls\\s?1\\.2|レジストリ)\\s?(?:の)?\\s?キー\\s?(?:を|だけ)?\\s?(?:入れ|追加す|作成す|設定す|作)(?:れば|るだけ)\\s?(?:で)?\\s?(?:良い|よい|いい|ok|大丈夫|直|治|解決|いけ|足り)',
        // 「レジストリでTLS1.2を有効にすれば？」「レジストリに TLS 1.2 を追加したら直りますか」 (QA round 22 M6; the English
        // "can't we just add TLS 1.2 in registry?" already came here)
        'レジストリ\\s?(?:で|に)[^。？?]{0,20}(?:有効に|追加)(?:すれば|したら|すると)\\s?(?:(?:いい|よい|良い|ok|大丈夫|直|治|解決|動)[^。？?]{0,12}(?:か|[？?])|[？?]|(?<=すれば))\\s*$'],
    },
    title: L('Is the registry change alone enough?', 'レジストリの変更だけで足りるか'),
    answer: (f) => {
      if (pre15(f)) return [PRE15_NOTE];
      const out = [
        MH(
          'No. The registry keys only make TLS 1.2 available to Windows; at Medium, TMS still offers nothing but TLS 1.0. The change that fixes it is Communication Security = Medium-High in TMS Tools, then restarting IIS and the TMS services.',
          'いいえ。レジストリのキーは Windows で TLS 1.2 を使えるようにするだけで、Medium のままでは TMS は TLS 1.0 しか提示しません。解決するのは TMS ツールで Communication Security を Medium-High にし、IIS と TMS のサービスを再起動する変更です。',
        ),
      ];
      if (atMediumHighOrAbove(f)) out.push(L(`You are already at ${formatLevel(f.level!)}, so for you the keys are indeed what is left to check.`, `すでに ${formatLevel(f.level!)} なので、この場合に確認すべきなのはまさにレジストリのキーです。`));
      // Whether the keys are needed at all, and on 2008 SP2 what comes before them (KB4019276), per the Windows release known.
      // Windows Server 2008 (not R2): nothing in the registry works before KB4019276 (QA round 13 #8).
      if (f.windows?.year === 2008 && !f.windows.r2) {
        return [
          L(`Not yet: on ${winName(f)} install Microsoft's KB4019276 first, or TLS 1.1 and 1.2 do not exist and the keys do nothing. Then create the TLS 1.2 keys (Client and Server) and reboot once.`, `まだです。${winName(f)} では、先に Microsoft の KB4019276 を適用してください。これがないと TLS 1.1 と 1.2 自体がなく、キーを作っても効きません。そのあと TLS 1.2 のキー（Client と Server）を作成し、サーバを 1 回再起動します。`),
          MH('And the keys alone do not fix it: at Medium, TMS still offers nothing but TLS 1.0. The change that fixes it is Communication Security = Medium-High in TMS Tools, then restarting IIS and the TMS services.', 'また、キーだけでは解決しません。Medium のままでは TMS は TLS 1.0 しか提示しません。解決するのは TMS ツールで Communication Security を Medium-High にし、IIS と TMS のサービスを再起動する変更です。'),
        ];
      }
      out.push(tls12KeysOnWindows(f));
      return out;
    },
  },
  {
    id: 'tls-defaults',
    recognise: {
      en: ['(?<![a-z])(?:tls|ssl)[^?]{0,40}(?<![a-z])(?:by\\sdefault|default|out\\sof\\sthe\\sbox)(?![a-z])', '(?<![a-z])defaults?(?![a-z])[^?]{0,40}(?<![a-z])(?:tls|ssl)(?![a-z])'],
      ja: ['(?:tls|ssl)[^？?]{0,30}(?:デフォルト|既定|標準)', '(?:デフォルト|既定)[^？?]{0,30}(?:tls|ssl)'],
    },
    title: L('Which protocols Windows Server enables by default', 'Windows Server で既定で有効なプロトコル'),
    answer: (f) => {
      const onOff = (on: boolean | null, lang: 'en' | 'ja') => (on === null ? (lang === 'en' ? 'n/a' : 'なし') : on ? (lang === 'en' ? 'on' : '有効') : lang === 'en' ? 'off' : '無効');
      const row = (r: (typeof SCHANNEL_DEFAULTS_TABLE)[number], lang: 'en' | 'ja') => {
        const cells = [`SSL 3.0 ${onOff(r.ssl3, lang)}`, `TLS 1.0 ${onOff(r.tls10, lang)}`, `TLS 1.1 ${onOff(r.tls11, lang)}`, `TLS 1.2 ${onOff(r.tls12, lang)}`, `TLS 1.3 ${onOff(r.tls13, lang)}`];
        return lang === 'en' ? `${r.release}: ${cells.join(', ')}` : `${r.release}：${cells.join('、')}`;
      };
      const out = [
        L(
          `Microsoft's Schannel defaults, the same for the Client and the Server side: ${SCHANNEL_DEFAULTS_TABLE.map((r) => row(r, 'en')).join('; ')}. A registry key or a policy (a GPO, IIS Crypto) overrides the default: a protocol is enabled when \`Enabled\` is non-zero and \`DisabledByDefault\` is 0, and \`Enabled\` = 0 disables it.`,
          `Microsoft による Schannel の既定値（Client 側と Server 側で同じ）：${SCHANNEL_DEFAULTS_TABLE.map((r) => row(r, 'ja')).join('。')}。レジストリのキーやポリシー（GPO、IIS Crypto）は既定値より優先されます。プロトコルが有効なのは \`Enabled\` が 0 以外で \`DisabledByDefault\` が 0 のときで、\`Enabled\` = 0 にすると無効になります。`,
        ),
      ];
      if (f.windows) {
        const d = windowsSchannelDefaults(f.windows);
        out.push(
          L(
            `For your ${winName(f)}: TLS 1.0 ${onOff(d.tls10, 'en')}, TLS 1.2 ${onOff(d.tls12, 'en')} by default; check the keys to see whether anything overrides that.`,
            `お使いの ${winName(f)} では、既定で TLS 1.0 は${onOff(d.tls10, 'ja')}、TLS 1.2 は${onOff(d.tls12, 'ja')}です。それを上書きするキーがないか確認してください。`,
          ),
        );
      }
      return out;
    },
  },
  {
    id: 'disable-ssl3',
    recognise: {
      en: ['(?<![a-z])(?:disable|disabling|turn(?:ing)?\\soff|switch(?:ing)?\\soff|remove|removing|kill|deactivate|get\\srid\\sof)(?![a-z]).{0,30}(?<![a-z])ssl\\s?v?3(?:\\.0)?(?![.\\d])', '(?<![a-z])ssl\\s?v?3(?:\\.0)?(?![.\\d]).{0,20}(?<![a-z])(?:off|disabled?)(?![a-z])',
        // "what about SSL3?", "and SSL 3.0?" after a TLS 1.0 or SSL question: the same question.
        '^\\s*(?:(?:and|so|ok|okay)[,\\s]+)?(?:(?:what|how)\\sabout\\s|what\\sof\\s)?(?:the\\s)?ssl\\s?v?3(?:\\.0)?(?![.\\d])\\s*(?:too|also|as\\swell|then)?\\s*[?？]?\\s*$',
        '(?<![a-z])(?:what|how)\\sabout\\s(?:the\\s)?ssl\\s?v?3(?:\\.0)?(?![.\\d])',
      ],
      ja: ['ssl\\s?v?3(?:\\.0)?(?![.\\d]).{0,15}(?:無効|オフ|止め|切っ|切る|外し|廃止)', 'ssl\\s?v?3(?:\\.0)?(?![.\\d])\\s?(?:は|って|も|の方は|については)\\s?(?:どう(?:です|でしょう|します|すれば)?か?|いかが(?:です|でしょう)か)?\\s*[?？]?\\s*$'],
    },
    title: L('Can SSL 3.0 be turned off too?', 'SSL 3.0 も無効にしてよいか'),
    answer: (f) => {
      const out = [
        pre15(f)
          ? L(`Leave SSL 3.0 as it is: with TMS ${f.tms!.raw} the fix is upgrading TMS to 15.x, and changing SSL 3.0 does not help. If SSL 3.0 goes anyway, TLS 1.0 must stay on: TMS before 15 speaks only TLS 1.0 to the endpoints.`, `SSL 3.0 はそのままにしてください。TMS ${f.tms!.raw} での解決策は TMS の 15.x へのアップグレードで、SSL 3.0 を変えても役に立ちません。それでも SSL 3.0 を無効にする場合は、TLS 1.0 は必ず有効のままにしてください。15 より前の TMS がエンドポイントとの通信に使えるのは TLS 1.0 だけです。`)
          : MH('Not as part of this fix: it needs TLS 1.2 and Medium-High only, so leave SSL 3.0 as it is. Turning it off is a separate hardening change.', '今回の修正には含めないでください。修正に必要なのは TLS 1.2 と Medium-High だけなので、SSL 3.0 はそのままにしてください。無効にするのは別のセキュリティ強化作業です。'),
      ];
      if (oldSqlMaybeLocal(f) && sqlHasTls12Build(f)) {
        out.push(
          L(
            `${formatSql(f.sql!)} is a build with TLS 1.2 support, so Microsoft's failing case for SQL Server (SSL 3.0 and TLS 1.0 both disabled on a build without TLS 1.2 support, event 26011) is not its case. Even so, the TechNote says to leave SSL 3.0 and TLS 1.0 on with SQL Server 2008 R2 on the TMS server: treat any change to them as a hardening change of its own.`,
            `${formatSql(f.sql!)} は TLS 1.2 に対応したビルドなので、Microsoft が挙げている SQL Server の障害の条件（TLS 1.2 非対応のビルドで SSL 3.0 と TLS 1.0 の両方を無効にした場合、イベント 26011）には当たりません。それでも TechNote は、TMS サーバ上に SQL Server 2008 R2 がある場合は SSL 3.0 と TLS 1.0 を有効のままにするよう書いています。これらの変更は、別のセキュリティ強化作業として扱ってください。`,
          ),
        );
      } else if (oldSqlMaybeLocal(f)) {
        out.push(
          L(
            `It matters for ${formatSql(f.sql!)} on the TMS server: Microsoft names the failing case as SSL 3.0 and TLS 1.0 both disabled on a SQL build without TLS 1.2 support; the SQL service then stops and will not start (event 26011). So TLS 1.0 must stay enabled whatever is done with SSL 3.0.`,
            `TMS サーバ上の ${formatSql(f.sql!)} に関係します。Microsoft によると、TLS 1.2 に対応していない SQL のビルドで SSL 3.0 と TLS 1.0 の両方を無効にすると、SQL サービスが停止し、起動しなくなります（イベント 26011）。そのため、SSL 3.0 をどうするにせよ、TLS 1.0 は有効のままにしてください。`,
          ),
        );
      }
      if (f.windows && f.windows.year >= 2016) out.push(L(`On ${winName(f)} SSL 3.0 is off by default already, unless a policy turned it on.`, `${winName(f)} では、ポリシーで有効にしていない限り、SSL 3.0 は既定で無効です。`));
      return out;
    },
  },
  {
    // "If we turn TLS 1.0 off, SQL won't start, right?", "will SQL stop if we disable TLS 1.0?", 「TLS1.0を無効にしたら
    // SQLが起動しないですよね？」 (R40B): what turning TLS 1.0 off would do to SQL, asked. Tested on the whole question
    // sentence first (findSentenceEntry): its "SQL won't start" clause alone is not an outage to recover from. Only a
    // supposed change ("if we turn", 「無効にしたら…起動しないですよね」): "we disabled TLS 1.0 and now SQL won't start,
    // what now?" reports one, and 「…起動しなくなりました」 too.
    id: 'tls10-off-sql',
    wholeSentence: true,
    recognise: {
      en: [
        `(?<![a-z])(?:if|when|once|whenever|suppose|supposing|assuming)\\s(?:we|i|you|they|someone|the\\s\\w+)\\s(?:\\w+\\s)?(?:turn|switch|disable|remove|kill|take)(?:\\s(?:off|out))?\\s(?:the\\s)?${TLS10}(?!\\s(?:back\\s)?on)[^?]{0,60}(?<![a-z])(?:sql|mssql|database|db)(?![a-z])[^?]{0,40}(?<![a-z])(?:start|starting|stop|stops|fail|fails|break|breaks|crash|crashes|go\\sdown|goes\\sdown|die|dies|run|running|work|working)(?![a-z])`,
        `(?<![a-z])(?:will|would|could|can|might|does|do)\\s(?:the\\s)?(?:sql|mssql|database|db)(?![a-z])[^?]{0,40}(?<![a-z])(?:start|stop|fail|break|crash|go\\sdown|die|run|work|keep\\srunning)(?![a-z])[^?]{0,20}(?<![a-z])(?:if|when|once|after)\\s(?:(?:we|i|you|they)\\s(?:\\w+\\s)?(?:turn|switch|disable|remove|kill)(?:\\s(?:off|out))?\\s(?:the\\s)?${TLS10}|(?:the\\s)?${TLS10}\\s(?:is|gets|goes)\\s(?:disabled|off|turned\\soff|removed))`,
        `(?<![a-z])(?:will|would|could|can|might|does|do)\\s(?:disabling|turning\\soff|switching\\soff|removing)\\s(?:the\\s)?${TLS10}\\s(?:break|stop|kill|crash|affect|take\\sdown)\\s(?:the\\s)?(?:sql|mssql|database|db)(?![a-z])`,
        // Someone else's experience told (R44D): "a colleague said that when he turned TLS 1.0 off, SQL would not start on
        // his server". A third person's change is never the user's own report, so its past tense is the same question.
        `(?<![a-z])(?:if|when|once|after)\\s(?:he|she)\\s(?:\\w+\\s)?(?:turned|switched|disabled|removed|killed|took)(?:\\s(?:off|out))?\\s(?:the\\s)?${TLS10}(?!\\s(?:back\\s)?on)[^?]{0,60}(?<![a-z])(?:sql|mssql|database|db)(?![a-z])[^?]{0,40}(?<![a-z])(?:start|starting|stop|stopped|fail|failed|break|broke|crash|crashed|go\\sdown|went\\sdown|die|died|run|running|work|working)(?![a-z])`,
        // The same told the other way round (R50B): "a colleague says SQL wouldn't start after they disabled TLS 1.0", "I heard
        // SQL won't start once TLS 1.0 is disabled". Only with the hearsay word in it: "SQL won't start after they disabled TLS
        // 1.0, what now?" reports an outage on this server.
        `(?<![a-z])(?:says|said|told\\s(?:me|us)|mentioned|claims|claimed|heard)(?![a-z])[^?]{0,40}(?<![a-z])(?:sql|mssql|database|db)(?![a-z])[^?]{0,30}(?:won'?t|wouldn'?t|would\\snot|will\\snot|didn'?t|did\\snot|couldn'?t|could\\snot|can'?t|cannot|stops?|stopped|fails?\\sto|failed\\sto|broke|crashed|went\\sdown)(?:\\s(?:start|run|come\\sup|come\\sback))?(?![a-z])[^?]{0,20}(?<![a-z])(?:after|when|once|if)\\s(?:(?:he|she|they)\\s(?:\\w+\\s)?(?:turned|switched|disabled|removed|killed|took)(?:\\s(?:off|out))?\\s(?:the\\s)?${TLS10}(?!\\s(?:back\\s)?on)|(?:the\\s)?${TLS10}\\s(?:is|was|gets|got|goes|went)\\s(?:disabled|off|turned\\soff|removed))`,
        // A worry about the change to come (REV21-b #4): "I'm worried SQL Server won't start after we disable TLS 1.0", "afraid that
        // disabling TLS 1.0 will break SQL", "concerned about SQL once we turn off TLS 1.0" (read only where worriedAhead says so).
        `${WORRY_EN_WORD}[^?]{0,60}(?<![a-z])(?:sql|mssql|database|db)(?![a-z])[^?]{0,40}(?<![a-z])(?:start|stop|stops|fail|fails|break|breaks|crash|crashes|go\\sdown|goes\\sdown|die|dies|run|running|work|working|come\\sup|come\\sback)(?![a-z])[^?]{0,20}(?<![a-z])(?:if|when|once|after|as\\ssoon\\sas)\\s(?:we|i|you|they|someone)\\s(?:\\w+\\s)?(?:turn|switch|disable|remove|kill)(?:\\s(?:off|out))?\\s(?:the\\s)?${TLS10}(?!\\s(?:back\\s)?on)`,
        `${WORRY_EN_WORD}\\s(?:that\\s|about\\s)?(?:disabling|turning\\soff|switching\\soff|removing|killing)\\s(?:the\\s)?${TLS10}[^?]{0,40}(?<![a-z])(?:sql|mssql|database|db)(?![a-z])`,
        `${WORRY_EN_WORD}\\s(?:about|for)\\s(?:the\\s)?(?:sql|mssql|database|db)(?![a-z])[^?]{0,30}(?<![a-z])(?:if|when|once|after|as\\ssoon\\sas)\\s(?:we|i|you|they|someone)\\s(?:\\w+\\s)?(?:turn|switch|disable|remove|kill)(?:\\s(?:off|out))?\\s(?:the\\s)?${TLS10}(?!\\s(?:back\\s)?on)`,
      ],
      ja: [
        // 「TLS 1.0 を無効にしてから SQL Server が起動しなくなるか心配です」 (REV21-b #4): the same worry.
        `${TLS10}\\s?(?:を|は)?\\s?(?:無効|オフ|停止|廃止)\\s?(?:に|化)?\\s?(?:してから|したら|すると|した後|したあと|した場合|したとき|した時)[^。？?]{0,20}(?:sql|データベース|(?<![a-z])db(?![a-z]))[^。？?]{0,15}(?:起動し(?:ない|なく(?:なる|なら))|起動でき(?:ない|なく(?:なる|なら))|止まる|止まら|停止する|落ちる|動かな(?:い|くなる))[^。？?]{0,12}?(?:心配|不安|懸念|怖|こわ)`,
        `${TLS10}\\s?(?:を|は)?\\s?(?:無効|オフ|停止|廃止)\\s?(?:に|化)?\\s?(?:したら|すると|すれば|した場合|する場合|したとき|した時)[^。？?]{0,20}(?:sql|データベース|(?<![a-z])db(?![a-z]))[^。？?]{0,15}(?:起動し(?:ない|なく(?:なる|なり(?:ます|ませ)))|起動でき(?:ない|なく(?:なる|なり(?:ます|ませ)))|起動しません|起動できません|止ま(?:る|り(?:ます|ませ))|停止(?:する|し(?:ます|ませ))|落ち(?:る|ます|ません)|動かな)`,
        // Someone else's outage told (R50B): 「同僚がTLS1.0を無効にしたらSQLが起動しなくなったそうです」. The past only with
        // the hearsay ending: 「…起動しなくなりました」 alone reports an outage on this server.
        `${TLS10}\\s?(?:を|は)?\\s?(?:無効|オフ|停止|廃止)\\s?(?:に|化)?\\s?(?:したら|したところ|した後|したあと|すると)[^。？?]{0,20}(?:sql|データベース|(?<![a-z])db(?![a-z]))[^。？?]{0,15}(?:起動し|起動でき|動か)(?:なくなった|なかった)\\s?(?:そう|らしい|と(?:聞|言|の)|って)`,
      ],
    },
    title: L('Does SQL Server stop if TLS 1.0 is turned off?', 'TLS 1.0 を無効にすると SQL Server は止まるか'),
    answer: (f) => tls10OffSqlAnswer(f),
  },
  {
    id: 'disable-tls10',
    recognise: {
      en: ['\\b(?:disable|disabling|turn(?:ing)?\\soff|switch(?:ing)?\\soff|remove|removing|kill|drop|deactivate|get\\srid\\sof)\\b.{0,30}\\b(?:tls\\s?1\\.?0|tlsv1(?:\\.0)?)(?![.\\d])', '\\b(?:tls\\s?1\\.?0|tlsv1(?:\\.0)?)(?![.\\d]).{0,20}\\b(?:off|disabled?)\\b'],
      ja: ['(?:tls\\s?1\\.?0)(?![.\\d]).{0,15}(?:無効|オフ|止め|切っ|切る|外し|廃止)'],
    },
    // A request passed on, no question mark: "the security team wants TLS 1.0 disabled", "the auditors asked us to turn
    // off TLS 1.0", 「セキュリティ部門がTLS1.0を無効にしろと言っています」「TLS1.0の無効化を求められています」.
    statement: {
      en: [
        // "please disable TLS 1.0", "pls turn TLS 1.0 off" (R40B): the request said straight, like 「TLS 1.0を無効にしてください」.
        '(?<![a-z])(?:please|pls|kindly)\\s(?:just\\s|also\\s)?(?:(?:disable|turn\\soff|switch\\soff|remove|deactivate)\\s(?:the\\s)?(?:tls\\s?1\\.?0|tlsv1(?:\\.0)?)(?![.\\d])|(?:turn|switch)\\s(?:the\\s)?(?:tls\\s?1\\.?0|tlsv1(?:\\.0)?)(?![.\\d])\\soff(?![a-z]))',
        '(?<![a-z])(?:wants?|wanted|asks?|asked|asking|requires?|required|requests?|requested|insists?|insisted|demands?|demanded|would\\slike|told\\s(?:us|me)|(?:were|was|been|got|are|am|is)\\stold)\\s(?:us\\s|me\\s|them\\s)?(?:to\\s)?(?:(?:disable|turn\\soff|switch\\soff|remove|kill|deactivate|get\\srid\\sof)\\s(?:the\\s)?(?:tls\\s?1\\.?0|tlsv1(?:\\.0)?)(?![.\\d])|(?:the\\s)?(?:tls\\s?1\\.?0|tlsv1(?:\\.0)?)(?![.\\d])\\s(?:to\\sbe\\s)?(?:disabled|turned\\soff|switched\\soff|removed|off)(?![a-z]))',
      ],
      ja: ['(?:tls\\s?1\\.?0)(?![.\\d])\\s?(?:を|は|の)?\\s?(?:無効|オフ|停止|廃止)(?:化)?\\s?(?:に)?\\s?' + JA_REQUEST_ENDING],
    },
    // "…asked us to disable TLS 1.0, which we did", 「…と言われたので、無効にしました」: done, read as a claim (tls-claims.ts).
    statementDone: requestCarriedOut,
    title: L('Can TLS 1.0 be turned off too?', 'TLS 1.0 も無効にしてよいか'),
    answer: (f, text = '') => {
      // A 2008 / 2008 R2 build with TLS 1.2 support (not one of the first, KB3146034): Microsoft's start-up
      // failure is not its case, so "it needs TLS 1.0" would be the wrong reason (QA round 16 #9).
      // TMS before 15 (REV20 #3): it speaks only TLS 1.0; its outage comes first, the SQL one after it.
      const pre = pre15Tls10Stays(f);
      if (pre) return oldSqlMaybeLocal(f) ? [pre, ...(sqlHasTls12Build(f) ? tls10OffWithTls12SqlAnswer(f) : tls10OffSqlAnswer(f))] : [pre];
      if (oldSqlMaybeLocal(f) && sqlHasTls12Build(f)) return tls10OffWithTls12SqlAnswer(f);
      if (oldSqlMaybeLocal(f)) {
        const name = formatSql(f.sql!);
        const lead =
          f.sqlLocation === 'local'
            ? L(`No. ${name} runs on the TMS server and needs TLS 1.0`, `いいえ。${name} は TMS サーバ上で動いており、TLS 1.0 を必要とします`)
            : L(`No, if ${name} runs on the TMS server (tell me if it is remote): it needs TLS 1.0`, `${name} が TMS サーバ上で動いているなら、いいえ（別サーバならお知らせください）。この SQL は TLS 1.0 を必要とします`);
        // Microsoft names the failing case as TLS 1.0 and SSL 3.0 both off; SSL 3.0 is off by default from 2016 on.
        const ssl3Off = !!f.windows && f.windows.year >= 2016;
        // "the auditors want TLS 1.0 off by Friday, how do we do it safely?" (QA58 #14): the "not now" stays, with the way there.
        const way = WAY_ASKED.test(normaliseQuestion(text)) ? tls10OffWayThere(f) : null;
        return [
          L(
            `${lead.en}. Microsoft names the failing case: on a SQL build without TLS 1.2 support, with TLS 1.0 and SSL 3.0 both disabled, the SQL service stops and will not start again (event 26011, "unable to initialize encryption"). ${ssl3Off ? `On ${winName(f)} SSL 3.0 is already off by default, so turning TLS 1.0 off is exactly that case.` : 'Where SSL 3.0 is already off (the default from Windows Server 2016 on, or a hardening policy), turning TLS 1.0 off is exactly that case.'} Keep TLS 1.0 enabled and leave SSL 3.0 as it is; the fix does not need either of them off.`,
            `${lead.ja}。Microsoft が挙げている障害の条件は、TLS 1.2 に対応していない SQL のビルドで TLS 1.0 と SSL 3.0 の両方が無効になっていることで、このとき SQL のサービスが停止して起動できなくなります（イベント 26011「unable to initialize encryption」）。${ssl3Off ? `${winName(f)} では SSL 3.0 が既定で無効なので、TLS 1.0 を無効にするとまさにこの条件になります。` : 'SSL 3.0 がすでに無効なサーバ（Windows Server 2016 以降の既定、またはセキュリティ強化のポリシー）では、TLS 1.0 を無効にするとまさにこの条件になります。'}TLS 1.0 は有効のままにし、SSL 3.0 も変更しないでください。今回の修正にはどちらの無効化も必要ありません。`,
          ),
          ...(way ? [way] : []),
        ];
      }
      // SQL 2012 / 2014 here known to be without TLS 1.2 support (2012 RTM / SP1, or a build older than its line's): the answer is
      // "no, not yet", with the release's own way to TLS 1.2 (QA49 F22), not "check the build".
      const out: LocalizedText[] = [];
      if (winKind(f) === '2025') {
        out.push(L(`On ${winName(f)} TLS 1.0 is already off by default, so there is nothing to turn off; make sure TMS is at Medium-High, or it sends no ClientHello at all.`, `${winName(f)} では TLS 1.0 が既定で無効なので、無効にする作業はありません。TMS を Medium-High にしてください。そうしないと TMS は ClientHello をまったく送りません。`));
        return out;
      }
      const notYet = sql2012or2014MaybeLocal(f) ? sqlNotYet(f) : null;
      if (notYet) return notYet;
      out.push(
        MH(
          'It is not part of this fix: at Medium-High TMS reaches the endpoints over TLS 1.2 whether TLS 1.0 is on or not. Turning TLS 1.0 off is a separate hardening change. Before it, make sure TMS is already at Medium-High (at Medium with TLS 1.0 off, TMS sends no ClientHello at all), and that nothing else on the server still needs TLS 1.0, for example .NET applications without SchUseStrongCrypto / SystemDefaultTlsVersions.',
          '今回の修正には含まれません。Medium-High なら、TLS 1.0 が有効でも無効でも TMS は TLS 1.2 でエンドポイントに接続します。TLS 1.0 の無効化は別のセキュリティ強化作業です。行う前に、TMS がすでに Medium-High になっていること（Medium のまま TLS 1.0 を無効にすると、TMS は ClientHello をまったく送りません）と、サーバ上で TLS 1.0 を必要とするものが残っていないこと（SchUseStrongCrypto / SystemDefaultTlsVersions が未設定の .NET アプリケーションなど）を確認してください。',
        ),
      );
      if (sql2012or2014MaybeLocal(f)) {
        const st = sqlTlsStatus(f.sql!);
        if (st.kind !== 'has-tls12' && st.kind !== 'nothing-needed') {
          out.push(L(`${formatSql(f.sql!)} on the TMS server must first be on a build with TLS 1.2 support (check with \`SELECT @@VERSION\`), or it loses its connections when TLS 1.0 goes.`, `TMS サーバ上の ${formatSql(f.sql!)} は、先に TLS 1.2 対応のビルドになっている必要があります（\`SELECT @@VERSION\` で確認できます）。そうでないと、TLS 1.0 をなくしたときに接続できなくなります。`));
        }
      } else if (f.sqlLocation === 'remote') {
        // SQL on a separate server (QA round 19 #10): the local-SQL caveat is not this case; only a check. (One without TLS 1.2
        // support, or of unknown build: TMS is its client, checked before the change, QA51 #5.)
        const check = remoteSqlTls10OffCheck(f.sql);
        if (check) out.push(check);
        else out.push(L('Your SQL Server runs on a separate server, so the SQL caveat for this change (SQL on the TMS server itself) does not apply. After the change, check that TMS still connects to its database.', 'SQL Server は別サーバで動いているので、この変更の SQL に関する注意（TMS サーバ上の SQL の場合）は当てはまりません。変更の後、TMS がデータベースに接続できていることを確認してください。'));
      } else if (!f.sql) {
        // (SQL 2012 / 2014 without a TLS 1.2 build too, not only 2008 R2: QA44 #8.)
        out.push(
          L(
            'Check the SQL Server on the TMS server first (`SELECT @@VERSION`): SQL 2008 R2 must keep TLS 1.0 (a build without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are both off); SQL 2012 and 2014 must first be on a build with TLS 1.2 support (Microsoft KB3052404 / KB3135244; for 2012 RTM and SP1 only a service pack gives one); 2016 and later already have TLS 1.2 support.',
            '先に TMS サーバ上の SQL Server を確認してください（`SELECT @@VERSION`）。SQL 2008 R2 では TLS 1.0 を残す必要があります（TLS 1.2 非対応のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止します）。SQL 2012 と 2014 は、先に TLS 1.2 対応のビルドになっている必要があります（Microsoft KB3052404 / KB3135244。2012 RTM と SP1 はサービス パックでしか対応できません）。2016 以降はすでに TLS 1.2 に対応しています。',
          ),
        );
      }
      return out;
    },
  },
  {
    // "Can we just start TMSSNMPService again?", 「TMSSNMPService を起動し直せばいいですか？」 after Medium-High (QA round 16 #12):
    // SNMP is off because of the level; starting the service is no way back. What the Telnet/SNMP systems need instead.
    id: 'snmp-service-start',
    // (Only a start *again*, a way back: "should I restart TMSSNMPService too after the change?" asks about the restart step.)
    recognise: {
      en: [
        '\\b(?:tmssnmpservice|tms\\ssnmp\\sservice|snmp\\sservice)\\b.{0,30}\\b(?:again|back\\son|back\\sup)\\b',
        '\\b(?:just|simply)\\s(?:start|restart|re-?enable|enable|turn\\son)\\s(?:up\\s)?(?:the\\s)?(?:tmssnmpservice|tms\\ssnmp\\sservice|snmp\\sservice)\\b',
        '\\b(?:re-?enable|bring\\sback|turn\\sback\\son)\\s(?:the\\s)?(?:tmssnmpservice|tms\\ssnmp\\sservice|snmp\\sservice)\\b',
      ],
      ja: [
        '(?:tmssnmpservice|snmp\\s?サービス).{0,20}(?:もう一度|再び|また|し直|しなおし|戻)',
        '(?:もう一度|再び|また).{0,10}(?:tmssnmpservice|snmp\\s?サービス)',
      ],
    },
    title: L('Starting TMSSNMPService again', 'TMSSNMPService をもう一度起動してよいか'),
    answer: (f) => {
      const raised = atMediumHighOrAbove(f) || !!f.tlsClaims?.levelRaised || !!f.evidence?.observations?.some((o) => o.code === 'tms-telnet-violation');
      const names = (f.telnetSystems ?? []).slice(0, 4).join(', ');
      const named = names ? L(names, names.replace(/, /g, '、')) : L('for example Polycom HDX or older Tandberg MXP', 'Polycom HDX や古い Tandberg MXP など');
      const lead = raised
        ? L(
            `Do not expect it to help. TMSSNMPService stopped because Communication Security is now ${f.level === 'high' ? 'High' : 'Medium-High'}: raising the level from Medium turns Telnet and SNMP off in TMS, and that is what stopped the service. Starting it by hand does not change the level, so TMS keeps SNMP and Telnet off, and the systems that need them (${named.en}) stay unmanaged.`,
            `効果は見込めません。TMSSNMPService が止まったのは、[Communication Security] が ${f.level === 'high' ? 'High' : 'Medium-High'} になったためです。レベルを Medium から上げると TMS の Telnet と SNMP が無効になり、その結果サービスが停止します。手動でサービスを起動してもレベルは変わらないので、TMS は SNMP と Telnet を無効にしたままで、それらを必要とするシステム（${named.ja}）は管理できないままです。`,
          )
        : L(
            'TMSSNMPService stops when Communication Security is raised from Medium to Medium-High (or High): the level turns Telnet and SNMP off in TMS. If that is why it stopped, starting it by hand does not change the level, so it does not bring SNMP or Telnet back. If TMS is still at Medium, the level is not what stopped it: check the service\'s own errors in the Windows event log.',
            'TMSSNMPService は、[Communication Security] を Medium から Medium-High（または High）に上げると停止します。レベルによって TMS の Telnet と SNMP が無効になるためです。それが停止の理由であれば、手動で起動してもレベルは変わらないので、SNMP も Telnet も戻りません。TMS がまだ Medium であれば、停止の原因はレベルではありません。Windows のイベント ログでサービス自体のエラーを確認してください。',
          );
      return [
        lead,
        L(
          'So the choice is about the systems that need Telnet or SNMP: manage them another way, replace them, or accept that TMS no longer manages them. With SNMP off, TMS also stops discovering systems automatically: MCUs and similar must then be added as "Non-SNMP" (Cisco TMS Administrator Guide).',
          'そのため、決めるべきは Telnet や SNMP を必要とするシステムの扱いです。別の方法で管理するか、置き換えるか、TMS で管理できなくなることを受け入れるかのいずれかです。SNMP が無効になると、TMS はシステムの自動検出も行わなくなり、MCU などは [Non-SNMP] として追加する必要があります（Cisco TMS アドミニストレータ ガイド）。',
        ),
        L(
          'Going back to Medium would turn Telnet and SNMP on again, but at Medium TMS offers only TLS 1.0 once more, and every endpoint on TC 7.3.6 or later, CE 8.1.0 or later or RoomOS (the systems the fix brought back) refuses it: they would all show "No HTTPS response" again. That trades the whole fix for the old systems.',
          'Medium に戻せば Telnet と SNMP は再び有効になりますが、Medium の TMS はまた TLS 1.0 しか提示しなくなります。TC 7.3.6 以降、CE 8.1.0 以降、RoomOS のエンドポイント（修正で復旧したシステム）はそれを拒否するので、すべてが再び「No HTTPS response」になります。古いシステムのために修正全体を手放すことになります。',
        ),
      ];
    },
  },
  {
    id: 'telnet-snmp-polycom',
    recognise: {
      en: [
        '\\b(?:polycoms?|hdxs?|mxps?|tandbergs?|telnet|snmp)\\b',
        // "what does Medium-High turn off?", "what do we lose with Medium-High?", "what breaks at Medium-High?"
        '\\bmediumhigh\\b.{0,30}\\b(?:turn(?:s)?\\soff|switch(?:es)?\\soff|disables?|stops?|breaks?|lose|kills?)\\b',
        '\\b(?:what|which)\\s(?:do|will|would|does)\\s(?:we|i|you|it|tms)\\s(?:lose|turn\\soff|disable|break|stop)\\b.{0,30}\\bmediumhigh\\b',
        '\\b(?:what|which)\\s(?:\\w+\\s)?(?:breaks|stops|goes\\soff|is\\sturned\\soff|gets\\sdisabled|is\\sdisabled)\\b.{0,30}\\bmediumhigh\\b',
      ],
      ja: ['ポリコム', 'テルネット', 'polycom', 'telnet', 'snmp', 'mediumhigh[^。？?]{0,15}(?:何|なに|どれ|どの機能)(?:が|を)?\\s?(?:止ま|停止|無効|使えなく|切れ|失)', '(?:何|なに|どの機能)(?:が|を)?\\s?(?:止ま|停止|無効|使えなく)[^。？?]{0,15}mediumhigh'],
    },
    // "we tried Medium-High last year and it broke our HDX, so we went back to Medium": the trade-off, said.
    statement: {
      en: [
        '\\b(?:broke|broken|lost|killed|stopped)\\b.{0,40}\\b(?:polycoms?|hdxs?|mxps?|tandbergs?|telnet|snmp)\\b',
        '\\b(?:polycoms?|hdxs?|mxps?|tandbergs?|telnet|snmp)\\b.{0,40}\\b(?:broke|broken|stopped|lost|failed|went\\sred|security\\sviolation)\\b',
        // "they're managed via SNMP and HTTP I think" (QA round 16 #15a): a system managed over SNMP or Telnet.
        '(?<!(?:\\bnot|n\'t|\\bnever|\\bnone|\\bnothing|\\bno\\s\\w+)\\s(?:(?:is|are|being|been|of\\sthem\\sare)\\s)?)\\b(?:managed|polled|monitored|controlled)\\s(?:(?:by\\stms|in\\stms|from\\stms)\\s)?(?:via|over|through|using|with|by)\\s(?:(?:https?|http\\/https|snmpv?\\d?)\\s?(?:and|&|\\/|or|,)\\s?)?(?:telnet|snmp)\\b',
      ],
      ja: [
        '(?:ポリコム|polycom|hdx|mxp|telnet|snmp|テルネット).{0,20}(?:使えなく|管理できなく|止ま|エラー|失敗|落ち)',
        // 「SNMP と HTTP で管理しています」
        '(?:snmp|telnet|テルネット)\\s?(?:(?:と|や|、|/)\\s?https?\\s?)?(?:で|経由で|を使って|によって)\\s?(?:tms\\s?(?:から|で)\\s?)?管理(?![^。]{0,15}(?:ありません|ない|なし|いません))',
        '(?:https?\\s?(?:と|や|、|/)\\s?)(?:snmp|telnet|テルネット)\\s?(?:で|経由で|を使って|によって)\\s?(?:tms\\s?(?:から|で)\\s?)?管理(?![^。]{0,15}(?:ありません|ない|なし|いません))',
      ],
    },
    title: L('What happens to Telnet/SNMP systems', 'Telnet/SNMP で管理しているシステムへの影響'),
    answer: (f, text = '') => {
      // "we tried Medium-High last year and it broke our HDX so we went back to Medium": the trade-off and the choices, for their case.
      if (!atMediumHighOrAbove(f) && WENT_BACK.test(text)) return wentBackAnswer(f, text);
      // "can we keep them?", 「残せますか？」: not over Telnet/SNMP at Medium-High; the choices (QA round 20 #6).
      if (KEEP_TELNET.test(normaliseQuestion(text))) return keepTelnetAnswer(f);
      // The caveat names the user's starting level (knowledge); at Medium-High or above it has already happened.
      const out = [...caveatTelnetSnmp(atMediumHighOrAbove(f) ? undefined : f.level, f.telnetSystems, f.telnetVia).body];
      // TMS before 15: no level to raise yet; the caveat is for after the upgrade (QA round 20 #10c).
      if (pre15(f)) out.unshift(telnetCaveatAfterUpgrade(f.tms!));
      if (atMediumHighOrAbove(f)) {
        // Already changed: "check before the change" is too late; what they can do now, and what going back costs (QA52 #3).
        const before = out.findIndex((x) => x.en.startsWith('Check before the change'));
        if (before >= 0) out.splice(before, 1, telnetLostNowChoices());
        // At High: a move down to Medium-High keeps them off (they go off from Medium to Medium-High), said as a check (QA round 19 #12).
        if (f.level === 'high')
          out.unshift(L('At High, as at Medium-High, Telnet and SNMP are off (they go off when the level is raised from Medium to Medium-High): systems managed over them already show the security violation, and lowering to Medium-High does not turn them back on. Check it in the admin guide for your release.', 'High では Medium-High と同じく Telnet と SNMP は無効です（無効になるのは Medium から Medium-High に上げたときです）。それらで管理しているシステムには、すでにセキュリティ違反が表示されているはずで、Medium-High に下げても再び有効にはなりません。お使いのリリースの管理者ガイドで確認してください。'));
        else
        out.unshift(L(`You are already at ${formatLevel(f.level!)}, so Telnet and SNMP are already off: systems managed over them already show the security violation.`, `すでに ${formatLevel(f.level!)} なので、Telnet と SNMP はすでに無効です。それらで管理しているシステムには、すでにセキュリティ違反が表示されているはずです。`));
      }
      return out;
    },
  },
  {
    id: 'high-vs-medium-high',
    recognise: {
      // (not "high" in another sense: "High CPU on the TMS server, is that related?", "high availability", "high load")
      en: ['\\bhigh\\b(?![\\s-](?:cpu|memory|ram|load|usage|utili[sz]ation|latency|traffic|availability|number|priority|severity|risk|impact|disk)\\b)', '\\bstrictest\\b|\\bhighest\\slevel\\b'],
      ja: ['(?<![a-z])high(?![a-z])(?!\\s?(?:cpu|メモリ|負荷|可用性))', '(?<!ミディアム)ハイ(?:に|で|と|の)', '最高(?:レベル)?'],
    },
    // "let's go straight to High", "we'll go to High instead", 「High にしましょう」 (REV26 #10): a proposal to go to High, not the level
    // set (cues.ts reads it as a plan): answered as the question would be, with the Telnet/SNMP caveat from the real level.
    statement: {
      en: ["(?<![a-z])(?:let(?:'?s|\\sus)|(?:we|i)(?:'ll|\\swill|'d|\\swould|\\s(?:want|plan|intend|prefer|are\\sgoing|am\\sgoing))(?:\\sto)?)\\s(?:just\\s)?(?:go|move|switch|jump|set\\sit|raise\\sit|put\\sit)\\s(?:(?:straight|directly|right)\\s)?(?:up\\s)?to\\s(?:the\\s)?high(?![a-z-])(?![\\s-](?:cpu|load|availability))"],
      ja: ['(?<![a-z-])high(?![a-z-])\\s?(?:に|へ)\\s?(?:(?:直接|いきなり)\\s?)?(?:しましょう|上げましょう|変更しましょう|してしまいましょう)', '(?:直接|いきなり)\\s?(?<![a-z-])high(?![a-z-])\\s?(?:に|へ)\\s?(?:します|上げます|変更します)(?![かた])'],
    },
    statementUnless: (said) => said.level === 'high',
    title: L('High or Medium-High?', 'High と Medium-High の違い'),
    answer: (f) => {
      const out = [
        MH(
          'Medium-High is what this fix needs: it is the level at which TMS offers TLS 1.2. From what Cisco\'s TMS administrator guide describes (check it there before relying on it), High adds certificate validation of the managed systems on top: at High, an endpoint with a self-signed or expired certificate fails even though TLS 1.2 is offered. So go to High only once every endpoint has a certificate TMS trusts.',
          'この修正に必要なのは Medium-High です。TMS が TLS 1.2 を提示するようになるレベルです。Cisco の TMS 管理者ガイドの記述によると（頼る前にガイドで確認してください）、High ではさらに管理対象システムの証明書検証が加わります。High では、自己署名や期限切れの証明書を持つエンドポイントは、TLS 1.2 を提示していても失敗します。High にするのは、すべてのエンドポイントが TMS の信頼する証明書を持ってからにしてください。',
        ),
      ];
      // (At High, "Medium-High is what this fix needs" is a step down: what it gives up, and whose decision it is, rev63 #3 / fix64a.)
      if (f.level === 'high') out.push(HIGH_TO_MEDIUM_HIGH, L('Either way, check the endpoints\' certificates as well as TLS.', 'どちらにしても、TLS に加えてエンドポイントの証明書も確認してください。'));
      // Going straight to High turns Telnet and SNMP off as Medium-High does (High is Medium-High plus certificate
      // validation): the caveat, from the user's real starting level, as the Medium-High advice carries it (QA52 #13).
      else if (!atMediumHighOrAbove(f)) {
        const from = pre15(f) ? 'Medium' : f.level === 'low' ? 'Low' : 'Medium';
        out.push(
          L(
            `Either way, Telnet and SNMP go off: High includes what Medium-High does, so going from ${from} straight to High turns them off just as Medium-High does. \`${SERVICES.snmp}\` stops and TMS raises an alert; systems TMS manages over Telnet or SNMP (for example Polycom HDX or older Tandberg MXP units) then show "Security violation: Telnet communication is not allowed" and TMS opens a "TMS Connection Error" ticket for them.`,
            `どちらを選んでも Telnet と SNMP は無効になります。High は Medium-High の内容を含むため、${from} からいきなり High にしても、Medium-High と同じく Telnet と SNMP が無効になります。\`${SERVICES.snmp}\` が停止して TMS がアラートを表示し、TMS が Telnet や SNMP で管理しているシステム（Polycom HDX や古い Tandberg MXP など）には「Security violation: Telnet communication is not allowed」が表示され、TMS はそれらについて「TMS Connection Error」のチケットを作成します。`,
          ),
          ...caveatTelnetSnmp(f.level === 'low' ? 'low' : undefined, f.telnetSystems, f.telnetVia).body.slice(1),
        );
      }
      return out;
    },
  },
  {
    // "what about Low?", 「Low だとどうなりますか？」 (QA round 11 #3): knowledge.md gives Low from Cisco's admin guide,
    // as a check; the Telnet/SNMP caveat is named from Low. ("we are at Low today" states the level: not this.)
    id: 'level-low',
    recognise: {
      en: [
        "(?<![a-z])(?:what|how)\\s(?:about|if)\\s(?:(?:it'?s|it\\sis|we(?:'re|\\sare)|tms\\sis|(?:we\\s|i\\s)?(?:set|use|go\\sto|choose|pick)(?:\\sit)?)\\s)?(?:at\\s|on\\s|to\\s)?(?:the\\s)?low(?:\\slevel)?(?![a-z])\\s*(?:[?？]|$|instead|then|level)",
        '(?<![a-z])(?:does|would|will|can|could|is)\\s(?:the\\s)?low(?:\\slevel)?\\s(?:work|help|fix|do\\sit|offer|send|use|support|enough|ok|fine|an\\soption|any\\sbetter|better)(?![a-z])',
      ],
      ja: ['(?<![a-z])(?:low|ロー)\\s?(?:レベル)?\\s?(?:だと|では|の場合|にしたら|にすると|にすれば|なら|だったら|は\\s?どう|でも)\\s?(?:どう|だめ|ダメ|駄目|動|直|解決|使え|いい|よい|大丈夫|問題|tls|接続)'],
    },
    title: L('What about Low?', 'Low の場合'),
    answer: (f) => [
      MH(
        `${f.level === 'low' ? 'You are at Low, and it does not help either' : 'Low does not help either'}: the TechNote speaks only of Medium and Medium-High, and per Cisco's TMS admin guide Low also does not offer TLS 1.2 (check the guide before relying on it). So endpoints that refuse TLS 1.0 fail at Low as they do at Medium. Medium-High is the fix: it is the level at which TMS offers TLS 1.2 (with TLS 1.2 enabled in Schannel).`,
        `${f.level === 'low' ? '現在の Low でも解決しません' : 'Low にしても解決しません'}。テクニカルノートが扱っているのは Medium と Medium-High だけで、Cisco の TMS 管理者ガイドによると Low も TLS 1.2 を提示しません（頼る前にガイドで確認してください）。そのため TLS 1.0 を拒否するエンドポイントには、Medium と同じく Low でも接続できません。解決するのは Medium-High で、TMS が TLS 1.2 を提示するレベルです（Schannel で TLS 1.2 が有効なことが前提）。`,
      ),
      caveatTelnetSnmp('low', f.telnetSystems).body[0],
    ],
  },
  {
    id: 'windows-2025',
    recognise: {
      en: ['\\b(?:windows|win|server|os)\\s?(?:server\\s)?2025\\b', '\\b2025\\b'],
      ja: ['2025'],
    },
    title: L('Windows Server 2025', 'Windows Server 2025 の場合'),
    answer: () => [
      MH(
        'On Windows Server 2025 TLS 1.0 and 1.1 are off by default and TLS 1.2 is on. So at Medium, TMS sends no ClientHello at all; at Medium-High it uses TLS 1.2. Only TLS 1.2 matters there: do not re-enable TLS 1.1 with the registry keys. Whether Cisco supports TMS on Server 2025 is not something I know: check Cisco\'s TMS compatibility information.',
        'Windows Server 2025 では TLS 1.0 と 1.1 が既定で無効、TLS 1.2 が有効です。そのため Medium のままでは TMS は ClientHello をまったく送らず、Medium-High にすると TLS 1.2 を使います。必要なのは TLS 1.2 だけなので、レジストリのキーで TLS 1.1 を再び有効にしないでください。TMS が Server 2025 をサポートしているかどうかは私には分かりません。Cisco の TMS 対応情報で確認してください。',
      ),
    ],
  },
  {
    // Before both-nodes: "the other node says Low" names a node and its level.
    id: 'node-levels-differ',
    recognise: {
      en: [NODE_LEVEL_EN, NAMED_NODE_LEVEL_EN, NODE_LEVEL_AFTER_EN, LEVEL_OTHER_PENDING_EN],
      ja: [NODE_LEVEL_JA, NAMED_NODE_LEVEL_JA, LEVEL_OTHER_PENDING_JA],
    },
    // ("no, the other node…": the optional "no" keeps the match from being read as a denial.)
    statement: {
      en: [`(?:(?:no|nope|hmm|actually)[\\s,]+)*${NODE_LEVEL_EN}`, NAMED_NODE_LEVEL_EN, NODE_LEVEL_AFTER_EN, LEVEL_OTHER_PENDING_EN],
      ja: [NODE_LEVEL_JA, NAMED_NODE_LEVEL_JA, LEVEL_OTHER_PENDING_JA],
    },
    title: L('Redundant TMS: the nodes are at different levels', '冗長構成の TMS: ノードごとにレベルが違う場合'),
    answer: (f, text = '') => nodeLevelsAnswer(f, text),
  },
  {
    id: 'both-nodes',
    recognise: {
      en: [
        '\\bboth\\s(?:nodes|servers|tms(?:\\sservers)?|sides)\\b',
        // (A bare "the other one" names no node: "what about the other one?" with no second node said is not this question, QA round 21 F8.)
        '\\b(?:second|2nd|standby|secondary|passive|backup)\\s(?:tms\\s)?(?:node|server|tms|one)\\b',
        '\\bother\\s(?:tms\\s)?(?:node|server|tms)\\b',
        '\\bredundan',
        '\\bfail-?over\\b',
        '\\btms\\scluster\\b',
        '\\beach\\snode\\b',
        // "do i need to do it on node 2 too?", "node 2 is passive, can we skip it?" (QA round 20 #5)
        '\\b(?:tms\\s?)?node\\s?#?(?:2|two|b)\\b',
        '\\b(?:node|server|tms)\\s(?:\\w+\\s){0,2}(?:is|being)\\s(?:the\\s)?(?:passive|standby|secondary)\\b',
        '\\b(?:only|just)\\s(?:(?:on|to)\\s)?(?:the\\s)?(?:active|primary)\\s(?:node|server|tms|one)\\b',
      ],
      ja: [
        '両方のノード', '両ノード', '両系', '片系', '冗長', 'フェイルオーバ', 'セカンダリ', '待機系', 'もう(?:一方|片方)の(?:ノード|サーバ|tms)', '(?:2|二)台とも', '各ノード', 'もう(?:一|1|ひと)台',
        '(?:別|他|ほか|2\\s?台目|二台目|2\\s?つ目|二つ目)の(?:ノード|サーバ|tms)',
        // 「2台目もやる必要ある？」「2台目は？」 (QA round 20 #5): not a second endpoint or codec
        '(?<!(?:端末|コーデック|エンドポイント|機器|カメラ|mcu|sx\\d*|mx\\d*)\\s?の?\\s?)(?:2|二)\\s?台目\\s?(?:も|は|って)',
        '(?:ノード|node)\\s?(?:2|二|b)(?![0-9])',
      ],
    },
    statement: {
      // ("both TMS nodes are 15.2", "both of our TMS servers run 15.13")
      en: ['\\b(?:two|2)[\\s-]node\\b', '\\b(?:two|2)\\s(?:tms\\s)?(?:nodes|servers)\\b', '\\bboth\\s(?:of\\s)?(?:our\\s|the\\s)?tms\\s(?:nodes|servers)\\b', '\\bredundan', '\\btms\\scluster\\b', '\\b(?:have|run|got)\\s(?:a\\s)?(?:second|2nd|secondary|standby)\\s(?:tms\\s)?(?:node|server)\\b'],
      // 「高可用性構成で TMS を2台運用しています」 (QA round 14 #14)
      // 「15.9と15.12の2台」 (QA round 43 #3: two TMS releases, then the count)
      ja: ['冗長', '(?:2|二)\\s?ノード', '(?:2|二)台構成', '高可用性', 'tms\\s?(?:を|が|は)?\\s?(?:2|二)\\s?台', '(?:2|二)\\s?台の\\s?tms', '(?<![\\d.])1[3-6]\\.\\d{1,2}(?:\\.\\d{1,3})?\\s?(?:と|、|および|及び)\\s?(?:tms\\s?)?1[3-6]\\.\\d{1,2}(?:\\.\\d{1,3})?\\s?の\\s?(?:2|二)\\s?台(?!\\s?の?\\s?(?:端末|エンドポイント|コーデック|機器|カメラ|mcu))'],
    },
    title: L('Redundant TMS: both nodes?', '冗長構成の TMS: 両方のノードか'),
    answer: (f, text = '') => {
      const pair = differentReleases(f);
      return [
        SKIP_NODE.test(normaliseQuestion(text))
          ? MH(
              'No, do not skip the passive node. The registry change and the TMS Tools change (Communication Security = Medium-High, then Save) go on both nodes, each followed by its restart (or a reboot where keys were created or changed). A passive node left at Medium becomes the active one at the next failover, and from then on TMS offers only TLS 1.0 again: "No HTTPS response" is back.',
              'いいえ、待機系も省かないでください。レジストリの変更と TMS ツールの変更（[Communication Security] を Medium-High にして Save）は、両方のノードで行います（それぞれサービスの再起動、キーを作成・変更した場合はサーバの再起動も）。Medium のままの待機系は、次のフェイルオーバーで稼働系になり、その時点から TMS は再び TLS 1.0 しか提示しません。「No HTTPS response」が再発します。',
            )
          : pair
          ? pairOrSeparateNote(pair)
          : ASKS.test(text) || /[?？]\s*$|(?:ある|いる|要る|必要|やる|する|は)\s*$/.test(text.trim())
          ? L(
              'Yes. With two TMS nodes, make the registry change and the TMS Tools change on both (and restart or reboot each). Otherwise the first failover to the untouched node brings "No HTTPS response" back.',
              'はい。TMS が 2 ノード構成なら、レジストリの変更と TMS ツールの変更を両方のノードで行ってください（それぞれのノードで、サービスの再起動、またはキーを変更した場合はサーバの再起動も行います）。そうしないと、変更していないノードにフェイルオーバーした時点で「No HTTPS response」が再発します。',
            )
          : L(
              'With two TMS nodes, make the registry change and the TMS Tools change on both (and restart or reboot each). Otherwise the first failover to the untouched node brings "No HTTPS response" back.',
              'TMS が 2 ノード構成なら、レジストリの変更と TMS ツールの変更を両方のノードで行ってください（それぞれのノードで、サービスの再起動、またはキーを変更した場合はサーバの再起動も行います）。そうしないと、変更していないノードにフェイルオーバーした時点で「No HTTPS response」が再発します。',
            ),
      ];
    },
  },
  {
    id: 'tls11-needed',
    recognise: {
      en: ['\\btls\\s?1\\.?1\\b(?![.\\d])'],
      ja: ['tls\\s?1\\.?1(?![.\\d])'],
    },
    title: L('Is TLS 1.1 needed?', 'TLS 1.1 は必要か'),
    answer: (f) => {
      const out = [
        L(
          'No: TLS 1.2 is the one that matters, and every TC and CE release accepts it. The document enables TLS 1.1 as well, but TLS 1.1 is deprecated (RFC 8996); you can leave its keys out.',
          'いいえ。重要なのは TLS 1.2 で、TC と CE のどのリリースも TLS 1.2 を受け付けます。元の文書では TLS 1.1 も有効にしていますが、TLS 1.1 は非推奨（RFC 8996）なので、そのキーは省いてかまいません。',
        ),
      ];
      if (winKind(f) === '2025') out.push(L('On Windows Server 2025 in particular, do not re-enable it.', '特に Windows Server 2025 では、再び有効にしないでください。'));
      return out;
    },
  },
  {
    // The security officer's questions (QA round 4, #9): "is this a security vulnerability?", "does this
    // weaken security?", "why is TLS 1.0 bad?", 「これは脆弱性ですか」, 「TLS1.0はなぜダメなんですか」.
    id: 'security-impact',
    recognise: {
      en: [
        '(?<![a-z])vulnerab',
        '(?<![a-z])(?:weaken|weakens|weakening|lower|lowers|reduce|reduces|hurt|hurts|compromise|compromises)\\s(?:our\\s|the\\s|your\\s)?security(?![a-z])',
        '(?<![a-z])(?:less|more|still)\\ssecure(?![a-z])',
        '(?<![a-z])security\\s(?:hole|issue|problem|concern|impact|implications?)(?![a-z])',
        '(?<![a-z])(?:why|how\\scome)(?![a-z])[^?]{0,20}tls\\s?v?1\\.?0(?![.\\d])[^?]{0,15}(?<![a-z])(?:bad|insecure|unsafe|weak|dangerous|deprecated|a\\sproblem|an\\sissue|not\\s(?:ok|okay|allowed|safe|secure)|frowned|banned|obsolete|outdated|refused|dropped)(?![a-z])',
        "(?<![a-z])what(?:'s|\\sis)\\swrong\\swith\\stls\\s?v?1\\.?0(?![.\\d])",
      ],
      ja: [
        '脆弱',
        'セキュリティ(?!\\s?設定)(?:的に|上|面)?(?:は|が|の|で|に)?[^。？?]{0,10}(?:弱く|下が|低下|落ち|問題|懸念|リスク|大丈夫|影響)',
        'tls\\s?v?1\\.?0(?![.\\d])[^。？?]{0,12}(?:ダメ|だめ|駄目|いけない|良くない|よくない|危険|非推奨|弱い|安全でない|問題なの)',
      ],
    },
    title: L('Security: TLS 1.0 and what the fix changes', 'セキュリティ面：TLS 1.0 と修正で変わること'),
    answer: (f, text) => securityAnswer(f, text),
  },
  {
    // "what is CSCuz71542?", 「CSCuz71542って何ですか」 (QA round 4, #10): what the bug is, and whether it is this case.
    id: 'bug-id-meaning',
    recognise: {
      en: [
        "(?<![a-z])(?:what(?:'s|\\sis|\\sdoes)|explain|tell\\sme\\sabout|meaning\\sof|details?\\s(?:of|on))\\s(?:the\\s|this\\s|that\\s|bug\\s|cisco\\s)*cscuz\\w*",
        '(?<![a-z])cscuz\\w*\\s(?:is\\s)?(?:about|mean|means|refer)',
      ],
      ja: ['cscuz\\w*\\s?(?:って|とは|は(?:何|なに|どんな|どういう)|の(?:内容|意味|こと|中身|詳細))'],
    },
    title: L('What CSCuz71542 is', 'CSCuz71542 とは'),
    answer: (f) => bugIdAnswer(f),
  },
  {
    // "can we set Medium-High?", 「Medium-High にできますか」: on TMS before 15 the setting does not exist,
    // so that leads (QA round 4, #11); from 15 on, yes, with the step and the Telnet/SNMP caveat.
    id: 'set-medium-high',
    recognise: {
      en: [
        '(?<![a-z])(?:can|could|should|shall|may)\\s(?:we|i|you|they)\\s(?:just\\s|simply\\s|now\\s)?(?:set|switch|change|raise|move|go|put|use|enable|turn\\son|bump)\\s(?:it\\s|tms\\s|the\\slevel\\s|communication\\ssecurity\\s)?(?:up\\s)?(?:to\\s)?mediumhigh(?![a-z])(?:\\s(?:then|now|instead|there|in\\s(?:the\\s)?tms\\s?tools))*\\s*[?？]?\\s*$',
        '(?<![a-z])is\\smediumhigh\\s(?:available|possible|an\\soption)(?![a-z])',
      ],
      ja: ['(?<![a-z])mediumhigh\\s?(?:に|へ)\\s?(?:でき(?:ます|る)|設定でき|変更でき|上げられ|して(?:も)?(?:いい|よい|大丈夫))[^。？?]{0,8}[?？]?\\s*$'],
    },
    title: L('Can we set Medium-High?', 'Medium-High にできるか'),
    answer: (f) => setMediumHighAnswer(f),
  },
  {
    // "what are our options?", "is upgrading TMS the only option?", "when will we be able to fix it
    // properly?", 「TMSをアップグレードするしかないですか」, 「いつ直せますか」 (QA round 4, #11).
    id: 'options',
    recognise: {
      en: [
        '(?<![a-z])(?:what|which)\\s(?:are\\s)?(?:our|my|the|their|the\\scustomer\'?s)\\s(?:options|choices|alternatives)(?![a-z])',
        '(?<![a-z])what\\s(?:options|choices|alternatives)\\s(?:do|does)\\s(?:we|i|they|the\\scustomer)\\shave(?![a-z])',
        '(?<![a-z])(?:the\\s)?only\\s(?:option|way|fix|solution|choice)(?![a-z])',
        '(?<![a-z])when\\s(?:will|can|could|would)\\s(?:we|i|they|it|this|the\\scustomer)\\s(?:be\\s(?:able\\sto\\s)?)?(?:fix|fixed|solve|solved|resolve|resolved)(?![a-z])',
        '(?<![a-z])(?:how|when)\\s(?:do|can|could)\\s(?:we|i)\\s(?:fix|solve)\\s(?:it|this)\\s(?:properly|for\\sgood|permanently)(?![a-z])',
      ],
      ja: [
        '(?:アップグレード|アップデート|バージョンアップ|上げる)(?:する)?しか(?:ない|あり|方法|手)',
        '(?:選択肢|打ち手)(?:は|を|が|って)',
        '(?:どんな|どういう|どのような)(?:選択肢|方法|対策|手段)が(?:ある|あり)',
        'いつ(?:頃|ごろ)?\\s?(?:直せ|直り|直る|直さ|解決|修正|復旧)',
      ],
    },
    title: L('The options', '選択肢'),
    answer: (f, text) => optionsAnswer(f, text),
  },
  {
    // "Which update exactly?", "which SQL update do we need?", "what build should we go to?" (QA round 16 #10):
    // for a SQL 2012 / 2014 that needs TLS 1.2 support first, the target builds of its service pack.
    id: 'sql-target-build',
    recognise: {
      en: [
        // "which update exactly?", "what build exactly?" (a message that names another product asks about that one)
        `(?<![a-z])(?:which|what)\\s(?:exact\\s|specific\\s)?(?:${SQL_UPDATE_WORD})\\s?(?:exactly|precisely|specifically)(?![a-z])`,
        // "which SQL update do we need?", "what SQL build should we go to?", "which KB for SQL?"
        `(?<![a-z])(?:which|what)\\s(?:exact\\s|specific\\s)?(?:ms\\s?)?sql(?:\\sserver)?\\s(?:${SQL_UPDATE_WORD}|service\\spacks?|sps?)(?![a-z])`,
        `(?<![a-z])(?:which|what)\\s(?:exact\\s|specific\\s)?(?:${SQL_UPDATE_WORD})\\s(?:(?:do|does|should|must|shall|would|will)\\s(?:we|i|they|it)\\s(?:need\\s(?:to\\s)?|have\\sto\\s)?(?:go\\sto|move\\sto|get\\sto|aim\\sfor|target|install|apply|get|need|use|upgrade\\sto|update\\sto|patch\\sto)|(?:is|are)\\s(?:needed|required))\\s(?:for|on)\\s(?:the\\s|our\\s)?(?:ms\\s?)?sql(?![a-z])`,
        // "what build should we go to?", "which update do we need?" (no product named)
        `(?<![a-z])(?:which|what)\\s(?:exact\\s|specific\\s)?(?:builds?|cus?|cumulative\\supdates?)\\s(?:do|should|must|shall|would|will)\\s(?:we|i|they)\\s(?:need\\s(?:to\\s)?|have\\sto\\s)?(?:go\\sto|move\\sto|get\\sto|aim\\sfor|target|install|apply|get|need|use|upgrade\\sto|update\\sto)(?![a-z])`,
      ],
      ja: [
        // 「SQLはどのビルドにすればいいですか」「具体的にどの更新ですか」
        '(?:sql|データベース)[^。？?]{0,20}(?:どの|何の?|どんな)\\s?(?:ビルド|cu|更新|アップデート|パッチ|kb|sp|サービス\\s?パック)',
        '具体的に(?:は)?\\s?(?:どの|何の?)\\s?(?:更新|アップデート|パッチ|kb|ビルド|cu)',
        '(?:どの|何の?)\\s?(?:ビルド|cu)\\s?(?:に|へ|まで)\\s?(?:すれば|上げれば|したら|上げたら|更新すれば)',
      ],
    },
    title: L('Which SQL Server build to go to', 'SQL Server をどのビルドにするか'),
    answer: (f, text = '') => {
      const namesSql = /(?<![a-z])(?:ms\s?)?sql(?![a-z])|データベース/i.test(text);
      if (!namesSql && OTHER_PRODUCT_NAMED.test(text)) return installFirstAnswer(f);
      if (f.sqlLocation === 'remote' || (namesSql && !sqlNeedsTarget(f))) return sqlUpdateAnswer(f, text);
      if (sqlNeedsTarget(f) && (namesSql || (!pre15(f) && !(f.windows && f.windows.year === 2008 && !f.windows.r2)))) return sqlTargetAnswer(f);
      // Nothing names SQL and it needs nothing (or more comes first): what to install, all of it.
      return installFirstAnswer(f);
    },
  },
  {
    // "what do I need to install first?", 「先に何を入れればいいですか」 (QA round 4, #12): KB4019276 on Windows
    // Server 2008 (not R2), what the SQL Server needs, nothing on the endpoints.
    id: 'install-first',
    recognise: {
      en: [
        '(?<![a-z])what\\s(?:do|should|must|would)\\s(?:i|we|they)\\s(?:need\\sto\\s|have\\sto\\s)?(?:install|apply|patch)(?:\\s\\w+)?\\s(?:first|beforehand|before)(?![a-z])',
        '(?<![a-z])(?:which|what)\\s(?:updates?|patch(?:es)?|kbs?|hotfix(?:es)?|prerequisites?|pre-?reqs?)\\s(?:do|should|must|are)\\s(?:i|we|they|needed|required)(?![a-z])',
        '(?<![a-z])(?:any\\s)?(?:prerequisites?|pre-?reqs?)(?![a-z])',
        '(?<![a-z])anything\\s(?:to\\s)?install\\s(?:first|before)(?![a-z])',
        // "do I need anything before the registry?", "anything to do before the registry change?", "what comes before the keys?"
        // (QA63 #15): what comes first (on Windows Server 2008 SP2, KB4019276).
        '(?<![a-z])anything\\s(?:(?:i|we)\\s(?:need|have|must|should)\\s(?:to\\s(?:do|install|apply|check)\\s)?|(?:to\\s(?:do|install|apply|check)\\s))?(?:first\\s)?before\\s(?:the\\s|that\\s|this\\s)?(?:registry|reg|keys?|schannel|\\.reg|change|fix)(?![a-z])',
        '(?<![a-z])what\\s(?:comes|goes|do\\s(?:i|we)\\s(?:need|do))\\s(?:first\\s)?before\\s(?:the\\s)?(?:registry|reg|keys?|schannel|\\.reg)(?![a-z])',
      ],
      ja: ['(?:先に|事前に|前もって|最初に|まず)[^。？?]{0,8}(?:入れ|インストール|適用|当て)', '前提条件', '必要な(?:更新|パッチ|kb|更新プログラム)'],
    },
    title: L('What to install first', '先に入れるもの'),
    answer: (f) => installFirstAnswer(f),
  },
  {
    // "write the change request", "can you write the change request", 「変更申請を書いて」: the fix as a change
    // (what, where, outage, risks, rollback, verification), before the report summary that also says "request".
    id: 'change-request',
    recognise: {
      en: ['(?<![a-z])change\\s(?:request|ticket|record|form)s?(?![a-z])', '(?<![a-z])(?:rfc|cab)\\s(?:request|ticket|form|submission)(?![a-z])'],
      ja: ['(?:変更|作業|チェンジ)\\s?(?:申請|要求|依頼書|計画書|管理票)', 'チェンジ\\s?リクエスト'],
    },
    statement: {
      en: ['(?<![a-z])(?:give|write|draft|prepare|send)\\s(?:me\\s|us\\s)?(?:a\\s|the\\s|an\\s)?(?:short\\s|quick\\s|brief\\s)?change\\s(?:request|ticket|record)(?![a-z])'],
      ja: [
        '(?:変更|作業|チェンジ)\\s?(?:申請|要求|依頼書|計画書|管理票)[^。]{0,6}(?:書いて|作って|作成|ください|下さい|お願い|ほしい)',
        'チェンジ\\s?リクエスト',
        // 「変更記録を書いて」「作業記録を作ってください」 (QA53 #1): the record of the change, asked for.
        '(?:変更|作業)\\s?記録\\s?(?:を|も)?\\s?(?:書いて|作って|作成して|ください|下さい|お願い)',
      ],
    },
    title: L('Change request', '変更申請'),
    titleFor: (f) => changeRequestTitle(f),
    answer: (f) => changeRequestAnswer(f),
  },
  {
    // "what should I tell the customer?", "what do I tell my manager?", "a summary for the incident
    // report", 「障害報告書用にまとめてください」 (QA round 4, #15): cause / fix / impact / risks from the facts.
    id: 'report-summary',
    recognise: {
      en: [
        '(?<![a-z])(?:what|how)\\s(?:should|do|can|shall|would)\\s(?:i|we)\\s(?:tell|say\\sto|write\\sto|report\\sto|explain\\s(?:this\\s|it\\s)?to|put\\sin)\\s(?:the\\s|my\\s|our\\s|a\\s|an\\s)?(?:customer|client|manager|boss|management|team|users?|stakeholders?|incident\\sreport|report|ticket)',
        '(?<![a-z])(?:summary|summari[sz]e|write-?up|rca|post-?mortem)(?![a-z])',
        '(?<![a-z])(?:incident|outage)\\sreport(?![a-z])',
        // The status asked, the whole line (QA49 F11): "what's the status?", "status?", "where are we?", "what's left to do?".
        // Not "what's the status of the SQL service?", "where are we running SQL?", "what's left to do on tms02?": those name something.
        STATUS_ASKED_EN,
        // What the bot understood so far, asked (QA54 #10): "what did you understand so far?", "what do you know so far?".
        UNDERSTOOD_ASKED_EN,
        ...WHAT_WE_CHANGED_EN,
      ],
      ja: [
        ...WHAT_WE_CHANGED_JA,
        // 「状況は？」「今どういう状況？」「現状はどうですか？」「進捗は？」 (the whole line; not 「SQL の状況は？」).
        STATUS_ASKED_JA,
        // 「ここまでで何が分かりましたか？」「分かっていることは？」 (QA54 #10).
        UNDERSTOOD_ASKED_JA,
        '(?:お客様|お客さま|顧客|客先|ユーザー?|利用者)(?:に|へ)(?:は)?[^。？?]{0,10}(?:説明|報告|伝え)',
        '(?:上司|上長|マネージャー?|管理職|部長|課長|経営)(?:に|へ)(?:は)?[^。？?]{0,10}(?:報告|説明|伝え)',
        '(?:障害|インシデント)報告',
        '報告書',
        'まとめて(?:ください|下さい|ほしい|もらえ|いただけ)',
        '要約',
        'サマリ',
      ],
    },
    statement: {
      en: [
        '(?<![a-z])(?:give|write|draft|send)\\s(?:me\\s|us\\s)?(?:a\\s|the\\s|an\\s)?(?:short\\s|quick\\s|brief\\s)?(?:summary|incident\\sreport|write-?up|rca)(?![a-z])',
        '(?<![a-z])summari[sz]e\\s(?:it|this|everything|the\\s(?:case|incident|issue))(?![a-z])',
        // "summary please", "status update please", "status pls" (the whole line, QA49 F11).
        STATUS_REQUEST_EN,
        ...WHAT_WE_CHANGED_EN,
      ],
      ja: [
        '(?:障害|インシデント)報告',
        '報告書',
        'まとめて(?:ください|下さい|ほしい|もらえ|いただけ)',
        '要約して',
        'サマリ[ーを]*\\s?(?:ください|下さい|作って|書いて|お願い)',
        ...WHAT_WE_CHANGED_JA,
      ],
    },
    title: L('Summary for a report', '報告用のまとめ'),
    answer: (f) => reportSummaryAnswer(f),
  },
  {
    // "can we fix it without upgrading TMS?", 「TMS を上げずに直す方法はないですか？」: before TMS 15 there is
    // no fix on TMS itself (knowledge: TMS before 15); from 15 on nothing needs upgrading.
    id: 'without-tms-upgrade',
    recognise: {
      en: [
        // "is there a patch for 14.6?", "any hotfix for TMS 14.6.2?" (QA58 #12): a release before 15 named.
        `(?<![a-z])(?:is\\sthere|are\\sthere|any|do\\syou\\sknow\\s(?:of\\s)?(?:an?\\s)?)\\s?(?:an?\\s)?(?:patch|patches|hotfix|hotfixes|hot\\sfix|update|fix)\\s(?:for|on)\\s(?:tms\\s?v?1[0-4](?:\\.[0-9x]+){0,2}(?![0-9])|${TMS_SHAPED_PRE15}|the\\s14\\.x(?![0-9]))`,
        '(?<![a-z])(?:without|instead\\sof|other\\sthan|besides|short\\sof|avoid(?:ing)?|not)\\s(?:an?\\s)?(?:upgrad(?:e|ing)|updat(?:e|ing)|migrat(?:e|ing))\\s(?:of\\s|to\\s)?(?:the\\s|our\\s)?(?:tms|server)(?![a-z])',
        '(?<![a-z])(?:without|instead\\sof|avoid(?:ing)?)\\s(?:a\\s|an\\s|the\\s)?(?:tms\\s)?(?:upgrade|update)(?![a-z])',
        '(?<![a-z])(?:(?:do|does)\\s(?:we|i|they|you|the\\scustomer)\\s(?:really\\s|actually\\s)?(?:have|need)\\sto|is\\sit\\s(?:really\\s)?(?:necessary|required|mandatory)\\sto|must\\s(?:we|i|they)\\s(?:really\\s)?)\\supgrade\\s(?:the\\s|our\\s)?tms(?![a-z])',
        '(?<![a-z])(?:any|a|some)\\s(?:workaround|work-around|stopgap|temporary\\s(?:fix|solution))s?\\s(?:without|instead\\sof|short\\sof)\\s(?:an?\\s)?(?:upgrad|updat)',
        // "so we need to upgrade TMS?" (QA round 13 #13): asked as yes or no, answered so.
        '(?<![a-z])(?:need|needs|have|has|got|must)\\sto\\supgrade\\s(?:the\\s|our\\s)?tms(?:\\s(?:then|now|at\\sall|after\\sall|anyway))?\\s*[?？]',
        '(?<![a-z])(?:need|needs|require|requires|requiring)\\s(?:a\\s|an\\s)?tms\\supgrade(?:\\s(?:then|now|at\\sall|after\\sall|anyway))?\\s*[?？]',
        '(?<![a-z])tms\\supgrade\\s(?:is\\s|would\\sbe\\s)?(?:needed|required|necessary|mandatory|the\\sonly\\sway)(?:\\s(?:then|now|at\\sall|after\\sall|anyway))?\\s*[?？]',
        '(?<!(?:how|when|where|why|what)\\s)(?<![a-z])(?:do|should|must|shall)\\s(?:we|i)\\s(?:really\\s|just\\s|still\\s)?upgrade\\s(?:the\\s|our\\s)?tms(?:\\s(?:then|now|at\\sall|after\\sall|anyway))?\\s*[?？]',
        // "should we just upgrade TMS to 15 anyway?", "should we upgrade TMS to the latest release anyway?" (QA50 #16): answered per the case's TMS.
        '(?<!(?:how|when|where|why|what)\\s)(?<![a-z])(?:do|should|must|shall)\\s(?:we|i)\\s(?:really\\s|just\\s|still\\s)?upgrade\\s(?:the\\s|our\\s)?tms\\sto\\s(?:tms\\s|version\\s|release\\s)?(?:15(?:\\.[\\dx]{1,2}){0,2}|the\\s(?:latest|newest)(?:\\s(?:version|release))?|a\\s(?:newer|later)\\s(?:version|release))(?:\\s(?:then|now|at\\sall|after\\sall|anyway|regardless|just\\sin\\scase))?\\s*[?？]',
        // "can I fix prod in place?", "can it be fixed in place?" (QA39 #11)
        '(?<![a-z])(?:can|could)\\s(?:i|we|you|it|this|tms|prod|production)\\s(?:be\\s)?(?:fix|fixed|repair|repaired)\\s(?:(?:it|this|tms|prod|production|(?:the|our)\\s(?:prod(?:uction)?\\s)?(?:tms|server|one|box))\\s)?in\\splace(?![a-z])',
      ],
      ja: [
        // 「14.6 のパッチはありますか」「TMS 14.6.2 向けの修正プログラムは？」 (QA58 #12)
        `(?:tms\\s?v?1[0-4](?:\\.[0-9x]+){0,2}|(?<![0-9.])${TMS_SHAPED_PRE15})\\s?(?:向け|用|の|に|で)\\s?(?:の)?\\s?(?:パッチ|修正プログラム|ホットフィックス|修正版)`,
        '(?:tms\\s?(?:を|は|の)?\\s?)?(?:上げ|アップグレードし|アップデートし|更新し|バージョンアップし)(?:ずに|ないで|ないまま|なくても)',
        '(?:tms\\s?(?:を|は|の)?\\s?)?(?:アップグレード|アップデート|バージョンアップ|更新)(?:せずに|しないで|しないまま|なしで|しなくても|以外)',
        '(?:tms\\s?(?:を|は|の)?\\s?)?(?:アップグレード|アップデート|バージョンアップ)(?:は|が)?\\s?(?:必須|必要)(?:です|でしょう)?か',
        // 「TMSのアップグレードが必要ということですか」 (QA round 13 #13)
        '(?<![a-z])tms\\s?(?:の|を|は)?\\s?(?:アップグレード|バージョンアップ|更新)\\s?(?:が|は)?\\s?(?:必要|いる|要る|しなければ|しないと|すべき|必須)',
        // 「いずれにしても TMS はアップグレードしたほうがいいですか？」「TMS を 15 に上げるべきですか？」 (QA50 #16)
        '(?<![a-z])tms\\s?(?:の|を|は|も)?\\s?(?:(?:15|15\\.[\\dx]{1,2}|最新|最新版|新しいバージョン)\\s?(?:に|へ|まで)\\s?)?(?:アップグレード|バージョンアップ|更新)?\\s?(?:し|上げ)(?:た)?\\s?(?:ほうが|方が)\\s?(?:いい|良い|よい|よろしい)(?:です|でしょう)?か',
        '(?<![a-z])tms\\s?(?:の|を|は|も)?\\s?(?:(?:15|15\\.[\\dx]{1,2}|最新|最新版|新しいバージョン)\\s?(?:に|へ|まで)\\s?)?(?:アップグレード\\s?す|バージョンアップ\\s?す|更新\\s?す|上げ)る?べき(?:です|でしょう)?か',
        // 「本番はそのまま直せますか？」「今のまま修正できますか？」 (QA39 #11)
        '(?:そのまま|今のまま|このまま)\\s?(?:で)?\\s?(?:直せ|修正でき|対処でき|対応でき)',
      ],
    },
    // (A heading that fits "yes, 14.6.2 needs the upgrade" as well as "no, 15.2 is fixed in place": QA round 14 #19.)
    title: L('Does TMS need an upgrade?', 'TMS のアップグレードは必要か'),
    answer: (f, text) => {
      // "so we need to upgrade TMS?", 「アップグレードが必要ということですか」: a yes-or-no question gets its yes or no first.
      const yesNo = !!f.tms && NEED_UPGRADE_ASKED.test(normaliseQuestion(text ?? '')) && !WITHOUT_UPGRADE.test(normaliseQuestion(text ?? ''));
      if (f.tms && !pre15(f)) {
        return [
          MH(
            `${yesNo ? 'No. ' : ''}Your ${formatTms(f.tms)} needs no upgrade: from TMS 15 on the fix is made on the server as it is (TLS 1.2 available in Schannel, Communication Security raised to Medium-High in TMS Tools, then IIS and the TMS services restarted).`,
            `${yesNo ? 'いいえ。' : ''}お使いの ${formatTms(f.tms)} はアップグレード不要です。TMS 15 以降は、今のサーバのまま修正できます（Schannel で TLS 1.2 を使える状態にし、TMS ツールで Communication Security を Medium-High に上げてから、IIS と TMS のサービスを再起動します）。`,
          ),
        ];
      }
      const out: LocalizedText[] = [];
      // "is there a patch for 14.6?": what my sources say of a patch, before the rest (QA58 #12).
      if (PATCH_ASKED.test(normaliseQuestion(text ?? '')))
        out.push(
          L(
            'My sources name no patch for TMS before 15. Cisco tracks the problem as bug CSCuz71542, filed against TMS 14.6.x; the documented way out is upgrading TMS to 15.x and then making the fix there. Check the bug in Cisco\'s Bug Search Tool for its current state.',
            '手元の情報源には、TMS 15 より前のバージョン向けのパッチは載っていません。Cisco はこの問題をバグ CSCuz71542（TMS 14.6.x に対して登録）として管理しており、記載されている解決方法は TMS を 15.x にアップグレードし、そのうえで修正を行うことです。バグの現在の状況は Cisco の Bug Search Tool で確認してください。',
          ),
        );
      out.push(
        f.tms
          ? L(
              `${yesNo ? `Yes. ${formatTms(f.tms)} cannot be fixed in place` : `Not on ${formatTms(f.tms)} itself`}: before TMS 15, TMS Tools has no Communication Security option and TLS 1.2 keys in the registry do not help, because TMS keeps sending a TLS 1.0 ClientHello (Cisco bug CSCuz71542). Upgrading TMS to 15.x is the fix.`,
              `${yesNo ? 'はい。' : ''}${formatTms(f.tms)} のままでは直せません。TMS 15 より前は TMS ツールに Communication Security の項目がなく、レジストリで TLS 1.2 を有効にしても、TMS は TLS 1.0 の ClientHello を送り続けるためです（Cisco のバグ CSCuz71542）。解決策は TMS を 15.x にアップグレードすることです。`,
            )
          : MH(
              'That depends on the TMS release. From TMS 15 on, no upgrade is needed: the fix is Medium-High in TMS Tools (with TLS 1.2 available in Schannel). Before TMS 15 there is no fix on TMS itself: the registry does not help and the level setting does not exist, so upgrading TMS to 15.x is the fix.',
              'TMS のバージョンによります。TMS 15 以降はアップグレード不要で、TMS ツールで Medium-High にすれば直ります（Schannel で TLS 1.2 を使える状態にしておきます）。TMS 15 より前は TMS 側で直す手段がなく、レジストリも効かず、レベルの設定自体もないため、TMS を 15.x にアップグレードするのが解決策です。',
            ),
        // (The stop-gap as every answer gives it, with the endpoints held: pre15Stopgap.)
        pre15Stopgap(f.endpoint, f.endpointModels),
      );
      const models = ceOnlyModelsIn(text);
      if (models.length) out.push(L(`${joinAnd(models)} cannot go back to TC: for ${models.length === 1 ? 'it' : 'them'}, only the TMS upgrade helps.`, `${models.join('、')} は TC に戻せないため、TMS のアップグレードしかありません。`));
      return out;
    },
  },
  {
    id: 'other-way',
    recognise: {
      en: [
        '(?<![a-z])(?:any|is\\sthere\\s(?:an|any)|some)\\s(?:other|another|different)\\s(?:way|option|solution|fix|approach|workaround)s?(?=\\s*(?:[?.!]|$|than|besides|instead|without|around|to\\s(?:fix|solve|do\\sit|get\\sit|avoid|keep)))',
        '(?<![a-z])(?:another|other|alternative)\\s(?:way|option|solution|fix|approach|workaround)s?\\s(?:than|besides|instead\\sof|without)(?![a-z])',
        // "is there another way?", "is there another option to fix it?" (a question ending there, or naming what it is for)
        '(?<![a-z])is\\sthere\\s(?:another|some\\sother)\\s(?:way|option|solution|fix|approach|workaround)(?=\\s*(?:[?.!]|$|to\\s(?:fix|solve|do\\sit|get\\sit|avoid|keep)))',
        '(?<![a-z])(?:without|instead\\sof|other\\sthan|besides|avoid(?:ing)?)\\s(?:going\\sto\\s|raising\\s(?:it\\s)?to\\s|switching\\sto\\s|using\\s)?(?:medium-?\\s?high|mediumhigh)(?![a-z])',
        '(?<![a-z])alternatives?\\s(?:to|for)(?![a-z])',
        // "can we stay on Medium and still fix it?", "is there any way to keep Medium?"
        '(?<![a-z])(?:stay|remain|staying|keep(?:ing)?(?:\\s(?:it|tms))?)(?:\\s(?:on|at|with|in))?\\s(?:the\\s)?medium(?!high)(?![a-z])',
        // "what if we don't go to Medium-High?", "what happens if we do not raise it to Medium-High?"
        DONT_RAISE_EN,
      ],
      ja: ['(?:他|ほか|別)の(?:方法|手段|対処|やり方|解決策)(?!で(?:確認|検証))', '(?:他|ほか)に(?:何か|なにか)?\\s?(?:方法|手段|やり方|解決策|打つ手)(?:は|が|って)', '(?<![a-z])medium\\s?のまま(?:で|では|でも|に)', '(?:mediumhigh)\\s?(?:に|へ)?\\s?(?:しなかったら|しないと|しない場合|しなければ|上げなかったら|上げないと|上げない場合|変えなかったら|変更しなかったら|変更しないと)', '(?<![a-z])medium\\s?で(?:直せ|直る|直り|解決でき)', '(?:medium-?\\s?high|mediumhigh)\\s?(?:に|へ)?(?:せず|しないで|以外)', '代わりの(?:方法|手段)', '回避策'],
    },
    title: L('Another way than Medium-High', 'Medium-High 以外の方法'),
    answer: (f, text = '') => {
      // (Before TMS 15 the stop-gap is the one every answer gives: pre15Stopgap.)
      if (pre15(f)) return [PRE15_UPGRADE, pre15Stopgap(f.endpoint, f.endpointModels)];
      const out: LocalizedText[] = [];
      // "what if we don't go to Medium-High?": what staying at Medium means leads; the rest of the answer follows.
      const dont = DONT_RAISE.test(normaliseQuestion(text));
      out.push(
        dont
          ? L(
              'Then nothing changes: at Medium TMS keeps offering only TLS 1.0, whatever the registry allows, the endpoints from TC 7.3.6 and CE 8.1.0 on keep refusing it, and "No HTTPS response" stays. No other setting on TMS fixes it: Medium-High (or High) is what makes TMS offer TLS 1.2, and the cost is that Telnet and SNMP go off.',
              'その場合は何も変わりません。Medium の TMS はレジストリの設定にかかわらず TLS 1.0 しか提示しないままで、TC 7.3.6 と CE 8.1.0 以降のエンドポイントはそれを拒否し続け、「No HTTPS response」も消えません。TMS 側にほかに解決する設定はなく、TMS に TLS 1.2 を提示させるのは Medium-High（または High）です。その代わりに Telnet と SNMP が無効になります。',
            )
          : L(
              'Not on TMS itself: at Medium TMS offers only TLS 1.0, whatever the registry allows, and the endpoints from TC 7.3.6 and CE 8.1.0 on refuse it. The registry keys only make TLS 1.2 available; Medium-High (or High) is the setting that makes TMS offer it. The cost is that Telnet and SNMP go off.',
              'TMS 側には、ほかの方法はありません。Medium の TMS はレジストリの設定にかかわらず TLS 1.0 しか提示せず、TC 7.3.6 と CE 8.1.0 以降のエンドポイントはそれを拒否します。レジストリのキーは TLS 1.2 を使える状態にするだけで、TMS に TLS 1.2 を提示させるのは Medium-High（または High）の設定です。その代わりに Telnet と SNMP が無効になります。',
            ),
        ...(levelWaitsForSql(f) ? [levelWaitsForSql(f)!] : []),
        L(
          'What the sources do offer otherwise is a stopgap on the endpoints: codecs whose hardware runs TC can go back to TC 7.3.3, which still accepts TLS 1.0 (not hardware introduced with CE 9 or RoomOS, such as the Room Kit family, Codec Plus/Pro, Boards and Desk series; going from CE to TC resets the configuration). It keeps them on an old release.',
          'それ以外に資料にあるのは、エンドポイント側の暫定策です。TC を動かせるハードウェアのコーデックは、TLS 1.0 を受け付ける TC 7.3.3 に戻せます（Room Kit ファミリー、Codec Plus/Pro、Board、Desk シリーズなど CE 9 や RoomOS で登場したハードウェアは不可で、CE から TC に戻すと設定が初期化されます）。ただし、古いリリースのまま使い続けることになります。',
        ),
        L(
          'If SNMP or Telnet is what holds you back: list which managed systems depend on them (for example Polycom HDX, older Tandberg MXP, MCUs found by SNMP discovery) and decide for each: replace it, manage it differently (MCUs and similar can be added as "Non-SNMP"), or accept losing it in TMS.',
          'SNMP や Telnet が理由で Medium-High にできない場合は、それらに依存している管理対象（Polycom HDX、古い Tandberg MXP、SNMP の自動検出で見つけた MCU など）を洗い出し、それぞれについて、置き換える、別の方法で管理する（MCU などは [Non-SNMP] として追加できます）、または TMS での管理をあきらめる、のいずれかを決めてください。',
        ),
      );
      return out;
    },
  },
  {
    // "will the setting survive a TMS upgrade?", 「TMS をアップグレードしても設定は残りますか？」 (QA58 #12): knowledge.md does not say
    // whether a TMS upgrade keeps Communication Security; said so, with what to check after one.
    id: 'setting-survives-upgrade',
    recognise: {
      en: [
        '(?<![a-z])(?:survive|persist|stay|remain|be\\s(?:kept|preserved|retained|lost|reset|overwritten)|get\\s(?:lost|reset|overwritten)|carry\\sover|revert)(?![a-z])[^.?!]{0,40}?(?<![a-z])(?:tms\\s(?:upgrade|update)|(?:upgrade|update|upgrading|updating)\\s(?:of\\s)?(?:the\\s)?tms)(?![a-z])',
        '(?<![a-z])(?:does|do|will|would)\\s(?:a|an|the)\\s(?:tms\\s)(?:upgrade|update)\\s(?:keep|preserve|retain|reset|overwrite|undo|revert|change|lose)(?![a-z])',
      ],
      ja: [
        '(?<![a-z])tms\\s?(?:を|の)?\\s?(?:アップグレード|アップデート|バージョンアップ|更新)(?:し(?:て)?も|後も|のあとも|後に|で)[^。？?]{0,20}(?:設定|レベル|medium[\\s_-]?high)[^。？?]{0,12}(?:残り|残る|維持|引き継|保持|消え|戻り|戻る|リセット)',
      ],
    },
    title: L('Does the setting survive a TMS upgrade?', 'TMS のアップグレード後も設定は残るか'),
    answer: () => [
      MH(
        'My sources do not say whether a TMS upgrade keeps the Communication Security level, so do not count on it either way: after every TMS upgrade, check it in TMS Tools (Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security). If it shows Medium again, set Medium-High, save, and restart IIS and the TMS services; then check Systems > Navigator for "No HTTPS response".',
        'TMS のアップグレードで [Communication Security] のレベルが引き継がれるかどうかは、手元の情報源には書かれていません。どちらとも決めつけず、TMS をアップグレードするたびに TMS ツール（[Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] > [Communication Security]）で確認してください。Medium に戻っていたら Medium-High にして保存し、IIS と TMS のサービスを再起動してから、[Systems] > [Navigator] で「No HTTPS response」が出ていないか確認してください。',
      ),
      L(
        'The Schannel keys are Windows settings, not TMS ones: check them again after a Windows upgrade or a new hardening policy (check-tls.cmd from the fix files only reads them).',
        'Schannel のキーは TMS ではなく Windows の設定です。Windows のアップグレードや新しいセキュリティ ポリシーの適用のあとに、あらためて確認してください（修正ファイルの check-tls.cmd は読み取るだけです）。',
      ),
    ],
  },
  {
    // "what if we upgrade it again next year?", "and when we upgrade the codecs again?", 「また来年アップグレードしたらどうなりますか？」
    // (QA58 #12): the endpoints go past TC 7.3.5 / CE 8.0.x again, so TLS 1.0 is refused again; whether that shows depends on TMS.
    // (REV35 #9: at Medium, "the endpoints that work now keep working" is said of TC/CE over HTTPS only: Medium-High turns
    // Telnet and SNMP off, so systems TMS manages over those stop being managed.)
    id: 'endpoint-upgrade-again',
    recognise: {
      en: [
        '(?<![a-z])(?:what\\s(?:if|about\\sif|happens\\sif|happens\\swhen|about\\swhen)|and\\s(?:if|when)|when|once|if)\\s(?:we|they|you|i)\\s(?:upgrade|update|re-?upgrade)\\s(?:it|them|the\\s(?:codecs?|endpoints?|systems?|units?)|(?:the\\s)?[a-z]{1,6}\\d{1,4}s?)\\s(?:again|later|next\\s(?:year|month|quarter|time))(?![a-z])[^.]{0,30}[?]',
      ],
      ja: [
        '(?:また|再び|もう一度|来年|今後|将来)[^。？?]{0,16}(?:アップグレード|アップデート|バージョンアップ|更新)(?:し|する)(?:たら|た場合|ると)[^。]{0,10}(?:どう|[?？])',
      ],
    },
    title: L('Upgrading the endpoints again', 'エンドポイントを再びアップグレードする場合'),
    answer: (f) => {
      if (pre15(f))
        return [
          L(
            'It fails again: TC 7.3.6 and later and every CE or RoomOS release refuse TLS 1.0, and TMS before 15 offers nothing else. Upgrade TMS to 15.x and make the fix there (TLS 1.2 in Schannel, Medium-High in TMS Tools) before the endpoints are upgraded again.',
            '再び失敗します。TC 7.3.6 以降とすべての CE／RoomOS は TLS 1.0 を受け付けず、TMS 15 より前はそれ以外を提示できません。エンドポイントを再びアップグレードする前に、TMS を 15.x にアップグレードして修正（Schannel で TLS 1.2、TMS ツールで Medium-High）を行ってください。',
          ),
        ];
      if (atMediumHighOrAbove(f))
        return [
          L(
            'At Medium-High TMS offers TLS 1.2, which every TC and CE release accepts, so upgrading the endpoints does not bring "No HTTPS response" back for this reason. After the upgrade, check Systems > Navigator (Force Refresh) as usual.',
            'Medium-High では TMS は TLS 1.2 を提示し、TC と CE のどのリリースもそれを受け付けるため、この理由でエンドポイントのアップグレード後に「No HTTPS response」が戻ることはありません。アップグレード後は、いつもどおり [Systems] > [Navigator] で確認してください（[Force Refresh]）。',
          ),
        ];
      return [
        MH(
          'It fails again unless TMS is ready first: TC 7.3.6 and later and every CE or RoomOS release refuse TLS 1.0, and at Medium TMS offers only TLS 1.0. Make the fix on TMS (TLS 1.2 available in Schannel, Communication Security Medium-High, IIS and the TMS services restarted) before the endpoints are upgraded again. The TC and CE endpoints that work now keep working over HTTPS, since every TC and CE release accepts TLS 1.2; systems that TMS manages over Telnet or SNMP are another matter, because Medium-High turns Telnet and SNMP off.',
          'TMS を先に準備しない限り、再び失敗します。TC 7.3.6 以降とすべての CE／RoomOS は TLS 1.0 を受け付けず、Medium の TMS は TLS 1.0 しか提示しません。エンドポイントを再びアップグレードする前に、TMS 側で修正（Schannel で TLS 1.2 を使える状態にし、[Communication Security] を Medium-High にして、IIS と TMS のサービスを再起動）を行ってください。今動いている TC／CE のエンドポイントは、TC と CE のどのリリースも TLS 1.2 を受け付けるため、HTTPS ではそのまま動きます。ただし TMS が Telnet や SNMP で管理しているシステムは別で、Medium-High にすると Telnet と SNMP が無効になります。',
        ),
      ];
    },
  },
  {
    // "until then?", "what can we do in the meantime?", 「それまでどうすれば？」 after an upgrade-first answer (QA round 30 M6).
    id: 'until-then',
    recognise: {
      en: [
        '(?:^\\s*|[.!;]\\s+)(?:(?:and|so|ok(?:ay)?|but)[,\\s]+)?(?:what\\s(?:can|could|should|do)\\s(?:we|i)\\s(?:do\\s)?)?(?:until|till|before)\\s(?:then|that|the\\supgrade)\\s*\\?',
        '(?<![a-z])what\\s(?:can|could|should|do)\\s(?:we|i)\\s(?:do\\s)?(?:until|till|before)\\s(?:then|that|the\\supgrade)(?![a-z])',
        '(?<![a-z])(?:in\\sthe\\smeantime|meanwhile|as\\sa\\sstop-?gap)(?![a-z])(?=.{0,40}\\?)|(?:what|anything)\\s(?:can|could)\\s(?:we|i)\\sdo\\s(?:in\\sthe\\smeantime|meanwhile)',
        // "any workaround until then?", "is there a stopgap until the SP upgrade?" (QA50 #12)
        '(?<![a-z])(?:workarounds?|stop-?gaps?|interim\\s(?:fix|solution|option)s?)\\s(?:(?:we\\scan\\suse|for\\snow)\\s)?(?:until|till|before)\\s(?:then|that|the\\s(?:sp|service\\spack|sql|upgrade|update))(?![a-z]).{0,30}\\?',
      ],
      ja: ['(?:それまで|アップグレード(?:する)?まで|その間|当面)(?:に|の間|は)?\\s?(?:は)?.{0,12}(?:どう(?:すれば|したら)|何か|なにか|できること)'],
    },
    title: L('What to do until the upgrade', 'アップグレードまでの間にできること'),
    answer: (f) => untilThenAnswer(f),
  },
  {
    id: 'downgrade-endpoints',
    recognise: {
      en: ['\\bdowngrad', '\\broll(?:ing)?\\sback\\s(?:the\\s)?(?:endpoints?|codecs?|firmware|software)\\b', '\\bgo\\sback\\sto\\stc\\b'],
      ja: ['ダウングレード', '(?:tc|ファーム).{0,10}戻', '(?:どの|何の?)\\s?(?:バージョン|リリース)(?:に|へ|まで)\\s?(?:戻|下げ)'],
    },
    title: L('Downgrading the endpoints', 'エンドポイントのダウングレード'),
    answer: (f, text) => {
      // The release asked ("…to TC 7.3.5 instead?", "…to CE 8.0.1?"): what it does leads (QA53 #14).
      const target = downgradeTarget(text ?? '', f.endpoint);
      const lead = (ceOnly: boolean, rest: LocalizedText[]) => {
        const note = downgradeTargetNote(target, ceOnly);
        // (TMS 15 or later: "not needed, fix TMS in place" stays first; the asked release after it.)
        return !note ? rest : f.tms && !pre15(f) ? [...rest, note] : [note, ...rest];
      };
      // A model named that knowledge.md lists as introduced with CE 9 / RoomOS (a Room Kit Pro): it cannot run TC, so the answer is no.
      const models = ceOnlyModelsIn(text);
      if (models.length) return lead(true, downgradeNamedModels(f, models));
      // Models named earlier: "CE 9.8 (Codec Pro) and TC7.3.21 (SX20)": the SX20 can go back, the Codec Pro cannot.
      const heldCe = (f.endpointModels ?? []).filter(isCeOnlyModel);
      const heldTc = (f.endpointModels ?? []).filter((m) => !isCeOnlyModel(m));
      if (heldCe.length && (heldTc.length || f.endpoint?.family === 'TC')) return lead(false, downgradeMixed(f, heldTc, heldCe));
      if (heldCe.length) return lead(true, downgradeNamedModels(f, heldCe));
      // "upgraded ~40 codecs (SX80, MX700) from TC7.3.3 to ce9.12.3 … can they roll back?": they ran TC, so yes, as a stopgap.
      if (f.endpointsRanTc && (!f.endpoint || f.endpoint.family !== 'TC')) return lead(false, downgradeRanTc(f));
      // TMS 15.x or later (QA round 14 #19): the fix is Medium-High on it; a downgrade is not needed (not "upgrade TMS to 15.x").
      const out = [
        f.tms && !pre15(f)
          ? MH(
              `Not needed: your ${formatTms(f.tms)} can be fixed in place. Make sure TLS 1.2 is enabled on the TMS server (Client side) and set Communication Security = Medium-High in TMS Tools; the endpoints then keep their current software. Going back to TC 7.3.3 would only be a stopgap, possible only on hardware that runs TC, and going from CE back to TC resets the configuration.`,
              `不要です。お使いの ${formatTms(f.tms)} はそのまま修正できます。TMS サーバで TLS 1.2（Client 側）が有効になっていることを確認し、TMS ツールで Communication Security を Medium-High にしてください。エンドポイントは今のソフトウェアのままで構いません。TC 7.3.3 に戻すのは暫定策にすぎず、TC を動かせるハードウェアでしかできません。また CE から TC に戻すと設定が初期化されます。`,
            )
          : MH(
              'Only as a stopgap, and only for hardware that runs TC: such codecs can go back to TC 7.3.3, which still accepts TLS 1.0. Hardware introduced with CE 9 or RoomOS (Room Kit family, Codec Plus/Pro, Boards, Desk series) cannot run TC at all, and going from CE back to TC resets the configuration. Upgrading TMS to 15.x and raising it to Medium-High is the real fix.',
              '暫定策としてのみ、しかも TC を動かせるハードウェアに限られます。そうしたコーデックは、TLS 1.0 を受け付ける TC 7.3.3 に戻せます。CE 9 や RoomOS で登場したハードウェア（Room Kit ファミリー、Codec Plus/Pro、Board、Desk シリーズ）はそもそも TC を動かせず、CE から TC に戻すと設定が初期化されます。本当の解決策は TMS を 15.x にし、Medium-High にすることです。',
            ),
      ];
      const down = tcDowngradePossible(f.endpoint);
      // The release does not decide it, the hardware does: an SX20 runs CE 9 and can go back, a Room Kit cannot.
      // TC-era models recorded ("SX80s on CE 9.8"): named, with how to check them, not "an SX20, for example" (QA53 #14).
      if (f.endpoint && down === 'maybe' && heldTc.length) {
        out.push(tcEraModelCheck(f.endpoint, heldTc));
        return lead(false, out);
      }
      // (On RoomOS too the model decides, with what to check (QA61 #4); on CE the words of before.)
      if (f.endpoint && down === 'maybe') out.push(f.endpoint.family === 'RoomOS' ? modelDecidesDowngrade(f.endpoint) : L(`For your endpoints on ${formatEndpoint(f.endpoint)}, the model decides: hardware that runs TC 7 (an SX20, for example) can go back, those introduced with CE 9 or RoomOS cannot. Check the model before planning it.`, `${formatEndpoint(f.endpoint)} のエンドポイントが戻せるかどうかは機種で決まります。TC 7 が動作するハードウェア（たとえば SX20）は戻せますが、CE 9 や RoomOS で登場した機種は戻せません。計画する前に機種を確認してください。`));
      return lead(false, out);
    },
  },
  {
    id: 'tms-version-needed',
    recognise: {
      en: [
        '\\b(?:which|what)\\s(?:tms\\s)?(?:versions?|releases?)\\s(?:of\\stms\\s)?(?:do\\s(?:we|i)\\sneed|is\\s(?:needed|required)|(?:can\\sbe|gets?|are)\\sfixed|fixes\\s(?:it|this)|has\\sthe\\s(?:fix|setting|option))',
        '\\b(?:minimum|min|lowest)\\s(?:tms\\s)?(?:version|release)\\b',
        '\\bfrom\\swhich\\s(?:tms\\s)?(?:version|release)\\b',
      ],
      ja: ['(?:どの|何の?)\\s?バージョン(?:なら|から|以上|が必要)', '必要な\\s?tms\\s?の?\\s?バージョン', 'tms\\s?(?:は|の)?\\s?(?:何|いくつ)\\s?以上'],
    },
    title: L('Which TMS version can be fixed', '修正できる TMS のバージョン'),
    answer: (f) => {
      const out = [
        MH(
          'TMS 15.0 and later: TMS Tools has the Communication Security setting, so the fix works in place (TLS 1.2 available in the registry, then Medium-High). Before 15 no setting and no registry change makes TMS offer anything newer than TLS 1.0 (Cisco bug CSCuz71542); the way out there is upgrading TMS to 15.x.',
          'TMS 15.0 以降です。TMS ツールに [Communication Security] の設定があるため、そのまま修正できます（レジストリで TLS 1.2 を使える状態にし、Medium-High に変更します）。15 より前では、どの設定やレジストリの変更でも TMS は TLS 1.0 より新しいバージョンを提示しません（Cisco のバグ CSCuz71542）。その場合は TMS を 15.x にアップグレードするしかありません。',
        ),
      ];
      if (f.tms && pre15(f)) out.push(L(`Your ${formatTms(f.tms)} is before 15, so it needs that upgrade.`, `お使いの ${formatTms(f.tms)} は 15 より前のため、このアップグレードが必要です。`));
      else if (f.tms) out.push(L(`Your ${formatTms(f.tms)} is 15 or later: no TMS upgrade is needed for this.`, `お使いの ${formatTms(f.tms)} は 15 以降なので、この問題のために TMS をアップグレードする必要はありません。`));
      return out;
    },
  },
  {
    id: 'why-windows-version',
    recognise: {
      en: [
        '(?<![a-z])(?:why|what\\sfor|how\\scome)(?![a-z]).{0,40}(?<![a-z])(?:need|ask|want|matter|relevant|important|care)(?![a-z]).{0,30}(?<![a-z])(?:windows|os)(?![a-z])',
        '(?<![a-z])(?:why|what\\sfor|how\\scome)(?![a-z]).{0,20}(?<![a-z])(?:windows|os)(?![a-z]).{0,30}(?<![a-z])(?:need|ask|want|matter|relevant|important)',
        '(?<![a-z])(?:does|do)\\s(?:the\\s)?(?:windows|os)(?:\\sserver)?(?:\\sversion|\\srelease)?\\s(?:matter|make\\sa\\sdifference)',
      ],
      ja: ['(?:なぜ|どうして|なんで|何のため).{0,25}(?:windows|(?<![a-z])os(?![a-z])|ウィンドウズ)', '(?:windows|(?<![a-z])os(?![a-z])|ウィンドウズ).{0,25}(?:なぜ|どうして|なんで|何のため|関係(?:が)?(?:ある|あり|する|し))'],
    },
    title: L('Why the Windows Server release matters', 'Windows Server のバージョンが必要な理由'),
    answer: (f) => {
      const out = [
        L(
          'Because the registry step and the reboot depend on it. On Windows Server 2008 R2, TLS 1.1 and 1.2 are off by default (Client and Server), so the keys must be created and the server rebooted once. From 2012 on, TLS 1.2 is on by default: the step is only a check, and when the keys are already right no reboot is needed. On Windows Server 2025, TLS 1.0 and 1.1 are off by default: at Medium TMS then sends no ClientHello at all, and the keys must not switch TLS 1.1 back on. Windows Server 2008 (not R2) needs Microsoft\'s KB4019276 before TLS 1.1 and 1.2 exist at all.',
          'レジストリの手順と再起動の要否がバージョンによって変わるためです。Windows Server 2008 R2 では TLS 1.1 と 1.2 が Client 側・Server 側とも既定で無効なので、キーを作成し、サーバを 1 回再起動する必要があります。2012 以降では TLS 1.2 が既定で有効なので、この手順は確認だけで、キーがすでに正しければ再起動は不要です。Windows Server 2025 では TLS 1.0 と 1.1 が既定で無効なので、Medium のままでは TMS は ClientHello をまったく送らず、キーで TLS 1.1 を再び有効にしてはいけません。Windows Server 2008（R2 ではない）では、Microsoft の KB4019276 を適用するまで TLS 1.1 と 1.2 自体がありません。',
        ),
      ];
      if (f.windows) {
        const plan = registryPlan(f.windows);
        out.push(
          plan.step === 'required'
            ? L(`For your ${winName(f)}, the registry step is required and one reboot is part of the fix.`, `お使いの ${winName(f)} では、レジストリの手順は必須で、1 回の再起動も修正作業に含まれます。`)
            : L(`For your ${winName(f)}, the registry step is a check; reboot only if it makes you create or change a key.`, `お使いの ${winName(f)} では、レジストリの手順は確認作業です。再起動は、確認の結果キーを作成または変更した場合だけ必要です。`),
        );
      } else {
        out.push(
          L(
            'Until I know it, the answer sets TLS 1.2 only (no TLS 1.1, which would be switched back on where the OS or a policy turned it off) and advises a reboot only if keys change. `winver` shows the release.',
            'バージョンが分かるまでは、TLS 1.2 だけを設定し（OS やポリシーが無効にした TLS 1.1 を再び有効にしないため）、キーを変更した場合だけ再起動を勧める回答にしています。バージョンは `winver` で確認できます。',
          ),
        );
      }
      return out;
    },
  },
  {
    // "what if SQL is on the TMS server?", 「SQL が TMS サーバー上だったら？」 (FIX20C #2): the hypothetical answered, the place on
    // record unchanged (a question never sets a fact). Before sql-elsewhere: "… on the TMS server rather than a separate box?"
    // supposes the TMS server. (A release named in it, "what if SQL 2012 is on the TMS server?", is a case of that release,
    // answered as such: no digits between the words.)
    id: 'sql-on-tms-server',
    recognise: {
      en: [
        "(?<![a-z])(?:what\\s(?:if|about)|and\\sif|if|suppose|supposing|does\\sit\\smatter\\sif|same\\sif|still\\sif|would\\sit\\s(?:matter|change\\sanything)\\sif)(?![a-z])[^0-9]{0,30}(?<![a-z])(?:sql|database|db|tmsng)(?![a-z])(?:(?!not\\s|n't\\s|than\\s|of\\s)[^0-9]){0,30}(?<![a-z])(?<!not\\s|n't\\s|than\\s|of\\s)(?:on\\s(?:the\\s)?tms\\s(?:server|box|host|machine|vm)|local(?:ly)?|on\\sthe\\ssame\\s(?:server|box|machine|host|vm)(?:\\sas\\stms)?|co-?located(?:\\swith\\stms)?)(?![a-z])(?=\\s*(?:[?.!,;]|$|(?:instead|rather|then|itself|too|as\\swell|after\\sall)(?![a-z])))",
      ],
      ja: [
        '(?:sql|データベース|(?<![a-z])db(?![a-z])|tmsng)[^0-9]{0,20}(?:tms\\s?(?:の)?\\s?サーバー?\\s?(?:上|内|自身)?|同じサーバー?|ローカル|同居)\\s?(?:だったら|なら|の場合|場合は|だと|でしたら|にあったら|にある場合|で動いていたら)',
      ],
    },
    title: L('If SQL Server runs on the TMS server', 'SQL Server が TMS サーバ上で動いている場合'),
    answer: (f) => {
      const out = [
        L(
          "A SQL instance on the TMS server itself runs under the TMS server's Schannel settings, so the SQL caveats apply to it.",
          'TMS サーバ上の SQL インスタンスは TMS サーバの Schannel の設定の影響を受けるため、SQL の注意点が当てはまります。',
        ),
        sqlOnTmsNeeds(f.sql),
      ];
      if (f.sqlLocation === 'remote') out.push(L('You told me SQL runs on a separate server, so the answer stays as it is. If it does run on the TMS server (or a second instance does), tell me and I will add the caveat.', 'SQL は別サーバで動いているとお聞きしているので、回答はこのままです。実際には TMS サーバ上で動いている場合（または別のインスタンスがある場合）はお知らせください。注意点を回答に加えます。'));
      else if (f.sqlLocation === 'local') out.push(L('You told me SQL runs on the TMS server itself, so this already applies in the answer.', 'SQL は TMS サーバ上で動いているとお聞きしているので、回答にはすでにこれが当てはまっています。'));
      else out.push(L('Where it runs is not on record yet: say "SQL is on the TMS server" or "SQL is on a separate server".', 'SQL がどこで動いているかはまだ伺っていません。「SQL は TMS サーバ上です」または「SQL は別サーバです」のようにお知らせください。'));
      return out;
    },
  },
  {
    id: 'sql-elsewhere',
    recognise: {
      en: [
        '(?<![a-z])(?:what\\s(?:if|about)|and\\sif|if|does\\sit\\smatter\\sif|same\\sif|still\\sif)(?![a-z]).{0,30}(?<![a-z])(?:sql|database|db)(?![a-z]).{0,40}(?<![a-z])(?:remote|remotely|separate|another|different|dedicated|external|elsewhere|its\\sown|other)(?![a-z])',
        '(?<![a-z])(?:remote|separate|external|dedicated)\\s(?:sql|database|db)(?![a-z]).{0,40}[?]',
      ],
      ja: [
        '(?:sql|データベース|(?<![a-z])db(?![a-z])).{0,20}(?:別(?:の)?(?:サーバ|マシン|ホスト)|リモート|外部).{0,15}(?:だったら|なら|の場合|場合は|でも|だと|どう)',
        '(?:別(?:の)?(?:サーバ|マシン)|リモート).{0,6}(?:の)?(?:sql|データベース).{0,20}(?:どう|影響|関係|必要|ですか|\\?|？)',
      ],
    },
    title: L('If SQL Server runs on another server', 'SQL Server が別のサーバで動いている場合'),
    answer: (f) => {
      const out = [
        L(
          'The SQL caveats (keep TLS 1.0 for SQL Server 2008 R2, a build with TLS 1.2 support first for 2012 and 2014) are about a SQL instance on the TMS server itself. A SQL Server on another machine is not touched by the TMS server\'s Schannel settings, so they do not apply to it; its connection from TMS needs a look only if that server\'s own TLS settings are being hardened as well.',
          'SQL Server に関する注意点（2008 R2 は TLS 1.0 を残す、2012 と 2014 は先に TLS 1.2 対応のビルドにする）は、TMS サーバ上にある SQL インスタンスについてのものです。別のマシンで動く SQL Server は TMS サーバの Schannel 設定の影響を受けないため、これらは当てはまりません。そのサーバ自体の TLS 設定も強化する場合にだけ、TMS からの接続を確認してください。',
        ),
      ];
      if (f.sqlLocation === 'remote') out.push(L('You told me SQL runs on another server: the answer already leaves those caveats out.', 'SQL は別サーバで動いているとお聞きしているので、回答ではこれらの注意点を除いています。'));
      else if (f.sqlLocation === 'local') out.push(L('You told me SQL runs on the TMS server itself, so the caveat in the answer stands.', 'SQL は TMS サーバ上で動いているとお聞きしているので、回答の注意点はそのまま当てはまります。'));
      else out.push(L('If that is your case, say "SQL is on a separate server" and I will take the SQL caveat out of the answer.', '該当する場合は「SQL は別サーバです」とお知らせください。回答から SQL の注意点を外します。'));
      return out;
    },
  },
  {
    id: 'sql-update-needed',
    recognise: {
      en: [
        '^(?!\\s*(?:(?:but|and|so|ok(?:ay)?|hmm)[,\\s]+)?(?:why|how\\scome)(?![a-z]))[\\s\\S]*?(?<![a-z])(?:do|does|must|should|have\\sto|need\\sto|needs\\sto|got\\sto)(?![a-z]).{0,40}(?<![a-z])(?:upgrade|update|patch|install|service\\spack|sp\\d?|cu\\d*)(?![a-z]).{0,40}(?<![a-z])(?:sql|database|db)(?![a-z])',
        '^(?!\\s*(?:(?:but|and|so|ok(?:ay)?|hmm)[,\\s]+)?(?:why|how\\scome)(?![a-z]))[\\s\\S]*?(?<![a-z])(?:sql|database|db)(?![a-z]).{0,30}(?<![a-z])(?:upgrade|update|patch|service\\spack|sp\\d?|cu\\d*|kb3052404)(?![a-z]).{0,30}(?<![a-z])(?:needed|required|necessary|mandatory|a\\smust|really)(?![a-z])',
        // "should I install KB3052404?", "is KB3052404 enough?": the TLS 1.2 update for SQL named.
        '(?<![a-z])(?:install|apply|need|use|get|deploy)(?![a-z]).{0,30}kb\\s?3052404|kb\\s?3052404.{0,30}(?:[?]|(?<![a-z])(?:needed|required|enough|ok|right|install))',
        // "so install the KB?", "do we need that kb?": the update named without its number (not a Windows KB question)
        '^(?!.*(?:windows|(?<![a-z])os(?![a-z])))[^?]{0,30}(?<![a-z])(?:install|apply|need|deploy)(?![a-z])[^?]{0,12}(?<![a-z])(?:the|that|this)\\s(?:sql\\s)?kb(?![a-z0-9])[^?]{0,20}[?]',
        '^(?!\\s*(?:(?:but|and|so|ok(?:ay)?|hmm)[,\\s]+)?(?:why|how\\scome)(?![a-z]))[\\s\\S]*?(?<![a-z])(?:is|are)\\s(?:a|an|the)?\\s?(?:sql\\s)?(?:service\\spack|sp\\d?|update|patch|kb3052404|upgrade)(?:\\s(?:of|for|to)\\s(?:the\\s)?(?:sql|database|db)(?:\\sserver)?)?\\s(?:really\\s)?(?:needed|required|necessary|mandatory)',
        // "does SQL Server need an update first?" (this entry's own heading, QA39 #11), "does the SQL side need a patch?"
        '(?<![a-z])(?:do|does|will|would)\\s(?:the\\s|our\\s)?(?:sql|database|db)(?:\\sserver)?(?:\\s(?:side|instance|box))?\\s(?:also\\s)?(?:need|require)s?\\s(?:an?\\s|any\\s|the\\s)?(?:update|upgrade|patch|service\\spack|sp\\d?|kb|change|changes|work)(?![a-z])',
        // "do I need to touch SQL?", "do we have to change anything on SQL?", "so SQL doesn't need any change?", "what about SQL?" (QA39 #11)
        // (Not "why do I need to update SQL?": the reason asked, why-sql-version's, QA63 #17.)
        '^(?!\\s*(?:(?:but|and|so|ok(?:ay)?|hmm)[,\\s]+)?(?:why|how\\scome)(?![a-z]))[\\s\\S]*?(?<![a-z])(?:do|does|must|should)\\s(?:i|we|you|they)\\s(?:also\\s)?(?:need\\sto|have\\sto)\\s(?:touch|change|do\\sanything\\s(?:to|on|with)|change\\sanything\\s(?:on|in)|update|patch)\\s(?:the\\s|our\\s)?(?:sql|database|db)(?![a-z])',
        "(?<![a-z])(?:sql|database|db)(?:\\sserver)?(?:\\s(?:side|instance|box))?\\s(?:does\\s?n[o']?t|does\\snot|won't|will\\snot)\\s(?:need|require)\\s(?:any(?:thing)?|a|an)?\\s?(?:change|changes|update|work|touching)?\\s?(?:then|at\\sall)?\\s*[?]",
        '^\\s*(?:so\\s|and\\s|ok(?:ay)?,?\\s)?what\\sabout\\s(?:the\\s|our\\s)?(?:sql|database|db)(?:\\sserver)?(?:\\sside)?(?:\\sthen)?\\s*[?]+\\s*$',
        // "what do I need to do on the SQL server?", "what should we change on the database server?" (QA42 4c: the whole TMS-side fix was given)
        '(?<![a-z])what\\s(?:do|should|must|shall)\\s(?:i|we)\\s(?:(?:need|have)\\sto\\s)?(?:do|change|touch|configure|set)\\s(?:on|with|to|in|for)\\s(?:the\\s|our\\s)?(?:sql|database|db)(?:\\sserver)?(?:\\s(?:side|box|instance|vm|machine|host))?(?:\\s(?:then|too|as\\swell|for\\s(?:this|the)\\sfix))?\\s*[?.!]*\\s*$',
        '(?<![a-z])what\\s(?:needs|has)\\sto\\s(?:be\\s)?(?:done|change|changed)\\s(?:on|with|to|in|for)\\s(?:the\\s|our\\s)?(?:sql|database|db)(?:\\sserver)?(?:\\s(?:side|box|instance|vm|machine|host))?(?:\\s(?:then|too|as\\swell|for\\s(?:this|the)\\sfix))?\\s*[?.!]*\\s*$',
        // "does SQL need anything?", "does the database need anything done first?" (QA44 #3; a release named, "does SQL 2012 need
        // anything?", is a question about that case: not taken here)
        '(?<![a-z])(?:do|does|will|would)\\s(?:the\\s|our\\s)?(?:sql|database|db)(?:\\sserver)?(?:\\s(?:side|instance|box))?\\s(?:also\\s)?(?:need|require)s?\\s(?:anything|something)(?:\\s(?:done|changed|special|else))?(?:\\s(?:first|then|too|as\\swell|for\\s(?:this|the)\\s(?:fix|change)))?\\s*[?]',
      ],
      ja: [
        // (Not 「なぜ SQL のアップデートが必要なんですか？」: the reason asked, why-sql-version's, QA63 #17.)
        '^(?![^。？?]{0,80}(?:なぜ|どうして|なんで|何のため))[\\s\\S]*?(?:sql|データベース|(?<![a-z])db(?![a-z])).{0,20}(?:(?<![a-z])sp(?![a-z])|サービス\\s?パック|更新|アップデート|アップグレード|パッチ|kb3052404|上げ).{0,20}(?:必要|しないと|いけない|なければ|要ります|いります|要る|いる|ですか|ますか)',
        'kb\\s?3052404.{0,20}(?:入れ|適用|インストール|当て|必要|いい|良い|よい|ですか)',
        // 「KB入れる必要ある？」「KBは当てないとダメ？」 once SQL's update was named (not a Windows KB question)
        '^(?!.*(?:windows|ウィンドウズ|(?<![a-z])os(?![a-z])))[^kK]{0,12}(?<![a-z])kb(?![a-z0-9])\\s?(?:を|は|って|も)?\\s?(?:入れ|適用|インストール|当て).{0,12}(?:必要|いる|要る|ある|いい|ダメ|だめ|ですか|ますか|[?？])',
        // 「どのKBを入れればいいですか」 (a Windows KB question is not this one)
        '^(?!.*(?:windows|ウィンドウズ|(?<![a-z])os(?![a-z])))[\\s\\S]*(?:どの|何の?|どんな)\\s?(?:kb|更新プログラム|パッチ|サービス\\s?パック|(?<![a-z])sp(?![a-z]))\\s?(?:を|が)?\\s?(?:入れ|適用|インストール|当て)',
        // 「SQLは触らなくていいですか？」「SQLへの作業は不要ですか？」「SQL側で何かする必要はありますか？」 (QA39 #11)
        '^[^。]{0,10}(?:sql|データベース)(?:\\s?server)?\\s?(?:側|サーバ(?:ー)?)?\\s?(?:は|へ(?:の)?|に|で|の|側で)?\\s?(?:触ら(?:なくて|ずに)|(?:作業|対応|変更|何か(?:する|を?す(?:る|べき))?)\\s?(?:は|が)?\\s?(?:不要|必要|要ります|いります|しなくて|なし|ありますか|ない)|何か(?:作業|対応|変更)?(?:は|が)?\\s?(?:必要|要ります|いります))',
        // 「SQLサーバーでは何をすればいいですか」「SQL 側で何をする必要がありますか」 (QA42 4c)
        '^[^。]{0,10}(?:sql|データベース)(?:\\s?server)?\\s?(?:側|サーバ(?:ー)?)?\\s?(?:では|で|には|に|の方では)\\s?(?:何を|なにを|何が|どんな(?:作業|対応|変更)を?)\\s?(?:すれば|したら|する必要|必要|やれば|変更すれば)',
      ],
    },
    title: L('Does SQL Server need an update first?', 'SQL Server を先に更新する必要はありますか'),
    answer: (f, text) => sqlUpdateAnswer(f, text ?? ''),
  },
  {
    id: 'why-sql-version',
    recognise: {
      en: [
        '(?<![a-z])(?:why|what\\sfor|how\\scome)(?![a-z]).{0,40}(?<![a-z])(?:need|ask|want|matter|relevant|important|care)(?![a-z]).{0,30}(?<![a-z])(?:sql|database|db)(?![a-z])',
        '(?<![a-z])(?:why|what\\sfor|how\\scome)(?![a-z]).{0,20}(?<![a-z])(?:sql|database|db)(?![a-z]).{0,30}(?<![a-z])(?:need|ask|want|matter|relevant|important)',
        '(?<![a-z])(?:does|do)\\s(?:the\\s)?(?:sql|database|db)(?:\\sserver)?(?:\\sversion|\\srelease)?\\s(?:matter|make\\sa\\sdifference)',
        '(?<![a-z])what\\sdoes\\s(?:the\\s)?(?:sql|database|db)(?:\\sserver)?\\shave\\sto\\sdo\\swith',
        // "why SQL first?", "why do the SQL update before the TLS change?" (QA round 22 M5)
        '(?<![a-z])(?:why|how\\scome)(?![a-z]).{0,30}(?<![a-z])(?:sql|database|db)(?![a-z]).{0,25}(?<![a-z])(?:first|before)(?![a-z])',
        // "can we do the TMS part first and SQL later?": the order is what the SQL answer says.
        '(?<![a-z])(?:sql|database|db)(?![a-z])[^?]{0,25}(?<![a-z])(?:later|afterwards|after\\sthe\\sfix|next\\s(?:week|month|window))(?![a-z])',
      ],
      ja: ['(?:sql|データベース)[^？?]{0,15}(?:後回し|あとで|後で|後日)', '(?:なぜ|どうして|なんで|何のため).{0,25}(?:sql|データベース|(?<![a-z])db(?![a-z]))', '(?:sql|データベース|(?<![a-z])db(?![a-z])).{0,25}(?:なぜ|どうして|なんで|何のため|関係(?:が)?(?:ある|あり|する|し))'],
    },
    title: L('Why the SQL Server version matters', 'SQL Server のバージョンが必要な理由'),
    answer: (f) => whySqlAnswer(f),
  },
  {
    id: 'why-tms-version',
    recognise: {
      en: [
        '(?<![a-z])(?:why|what\\sfor|how\\scome)(?![a-z]).{0,40}(?<![a-z])(?:need|ask|want|matter|relevant|important|care)(?![a-z]).{0,30}(?<![a-z])tms\\s(?:version|release)',
        '(?<![a-z])(?:does|do)\\s(?:the\\s)?tms\\s(?:version|release)\\s(?:matter|make\\sa\\sdifference)',
      ],
      ja: ['(?:なぜ|どうして|なんで|何のため).{0,25}tms\\s?の?\\s?バージョン', 'tms\\s?の?\\s?バージョン.{0,25}(?:なぜ|どうして|なんで|何のため|関係(?:が)?(?:ある|あり|する|し))'],
    },
    title: L('Why the TMS version matters', 'TMS のバージョンが必要な理由'),
    answer: (f) => {
      const out = [
        MH(
          'Because it decides whether TMS can be fixed in place. From TMS 15 on, TMS Tools has the Communication Security setting: raised to Medium-High (with TLS 1.2 available in Windows), TMS offers TLS 1.2. Before 15 there is no such setting and the registry does not help: TMS keeps offering only TLS 1.0 (Cisco bug CSCuz71542), so the way out is a TMS upgrade, or, for hardware that runs TC, a downgrade of the endpoints to TC 7.3.3.',
          'TMS をそのまま修正できるかどうかが決まるためです。TMS 15 以降では TMS ツールに [Communication Security] の設定があり、Medium-High にすると（Windows で TLS 1.2 が使える状態なら）TMS は TLS 1.2 を提示します。15 より前にはこの設定がなく、レジストリを変更しても効果はありません。TMS は TLS 1.0 しか提示しないため（Cisco のバグ CSCuz71542）、TMS のアップグレードか、TC を動かせるハードウェアであればエンドポイントの TC 7.3.3 へのダウングレードしかありません。',
        ),
      ];
      if (f.tms) out.push(pre15(f) ? L(`Your ${formatTms(f.tms)} is before 15: it needs the upgrade.`, `お使いの ${formatTms(f.tms)} は 15 より前なので、アップグレードが必要です。`) : L(`Your ${formatTms(f.tms)} is 15 or later: it can be fixed in place.`, `お使いの ${formatTms(f.tms)} は 15 以降なので、そのまま修正できます。`));
      return out;
    },
  },
  {
    id: 'why-endpoint-version',
    recognise: {
      en: [
        '(?<![a-z])(?:why|what\\sfor|how\\scome)(?![a-z]).{0,40}(?<![a-z])(?:need|ask|want|matter|relevant|important|care)(?![a-z]).{0,30}(?<![a-z])(?:endpoints?|codecs?|devices?|tc|ce|roomos|software|firmware)(?![a-z])',
        '(?<![a-z])(?:does|do)\\s(?:the\\s)?(?:endpoint|codec|device|tc|ce|software|firmware)s?\\s(?:version|release)\\s(?:matter|make\\sa\\sdifference)',
      ],
      ja: ['(?:なぜ|どうして|なんで|何のため).{0,25}(?:エンドポイント|端末|コーデック|ソフトウェア|ファームウェア)の?\\s?バージョン', '(?:エンドポイント|端末|コーデック)の?\\s?バージョン.{0,25}(?:なぜ|どうして|なんで|何のため|関係(?:が)?(?:ある|あり|する|し))'],
    },
    title: L('Why the endpoint version matters', 'エンドポイントのバージョンが必要な理由'),
    answer: () => {
      const out = [
        L(
          'Because it decides whether this is the problem at all. TC up to 7.3.5 and CE 8.0.x still accept TLS 1.0, so TMS at Medium can reach them and "No HTTPS response" has another cause. TC 7.3.6 and later, CE 8.1.0 and later and every RoomOS release refuse TLS 1.0: that is the wall TMS at Medium hits. `xStatus SystemUnit Software Version` on the endpoint, or Systems > Navigator, shows the release.',
          'そもそもこの問題かどうかが決まるためです。TC 7.3.5 以前と CE 8.0.x は TLS 1.0 を受け付けるため、Medium の TMS でも接続でき、「No HTTPS response」には別の原因があります。TC 7.3.6 以降、CE 8.1.0 以降、および RoomOS のすべてのリリースは TLS 1.0 を拒否します。Medium の TMS がつまずくのはここです。リリースはエンドポイントの `xStatus SystemUnit Software Version`、または [Systems] > [Navigator] で確認できます。',
        ),
      ];
      return out;
    },
  },
  {
    id: 'endpoint-tls10-instead',
    recognise: {
      en: [
        '(?<![a-z])(?:enable|allow|turn\\son|switch\\son|re-?enable|bring\\sback|set|lower|drop|go\\sback\\sto|accept)(?![a-z]).{0,40}(?<![a-z.\\d])(?:tls\\s?v?1\\.?0|tlsv1)(?![.\\d]).{0,40}(?<![a-z])(?:endpoints?|codecs?|devices?|room\\s?kits?|systems?|them|the\\sother\\sside|xconfiguration)(?![a-z])',
        '(?<![a-z])(?:endpoints?|codecs?|devices?|room\\s?kits?)(?![a-z]).{0,40}(?<![a-z])(?:enable|allow|accept|support|re-?enable|take|speak)(?![a-z]).{0,20}(?<![a-z.\\d])(?:tls\\s?v?1\\.?0|tlsv1)(?![.\\d]).{0,20}(?:again|instead|back|\\?)',
        'minimumtlsversion.{0,40}(?<![a-z.\\d])(?:tls\\s?v?1\\.?0|tlsv1)(?![.\\d])',
      ],
      ja: [
        '(?:エンドポイント|端末|コーデック|機器)(?:側)?.{0,20}(?:tls\\s?v?1\\.?0|tlsv1(?![.\\d])).{0,20}(?:有効|許可|戻|受け付け|使え|対応させ)',
        '(?:tls\\s?v?1\\.?0|tlsv1(?![.\\d])).{0,20}(?:エンドポイント|端末|コーデック|機器)(?:側)?.{0,20}(?:有効|許可|戻|受け付け|使え)',
      ],
    },
    // Proposed rather than asked (QA49 F15): "I think we should just re-enable TLS 1.0 on the codecs, easier", "let's turn TLS 1.0 back
    // on on the endpoints", 「コーデック側で TLS 1.0 を有効に戻したほうが早いと思います」: the same answer (not a change done: "we
    // re-enabled TLS 1.0 on the codecs" is no proposal).
    statement: {
      en: [
        `(?<![a-z])(?:should|could|can|let'?s|why\\snot|i'?d\\srather|(?:easier|simpler|faster|quicker|better)\\sto|might\\sas\\swell|(?:we|i)\\s(?:just\\s)?(?:want|need)\\sto)\\s(?:just\\s)?(?:re-?enable|enable|allow|turn\\son|switch\\son|bring\\sback|turn\\sback\\son)\\s(?:the\\s)?${TLS10}(?:\\s(?:back\\s)?on)?\\s(?:again\\s)?(?:on|for|in)\\s(?:the\\s|all\\s|our\\s)?(?:endpoints?|codecs?|devices?|room\\s?kits?|sx\\d{2,3}s?|video\\ssystems?)(?![a-z])`,
      ],
      ja: [
        `(?:エンドポイント|端末|コーデック|機器)(?:側)?\\s?(?:で|の|に)?\\s?(?:は|も)?\\s?${TLS10}\\s?(?:を|は)?\\s?(?:有効に|許可|戻|受け付けるように)[^。？?]{0,12}(?:ほうが|方が|ましょう|ませんか|ばいい|ば良い|たい)`,
      ],
    },
    title: L('Making the endpoints accept TLS 1.0 again instead', '代わりにエンドポイントで TLS 1.0 を受け付けるようにする'),
    answer: (f) => {
      if (f.endpoint && !endpointRefusesTls10(f.endpoint)) {
        return [L(`Your endpoints on ${formatEndpoint(f.endpoint)} already accept TLS 1.0, so this is not the TLS 1.0 problem: look for another cause before changing anything.`, `${formatEndpoint(f.endpoint)} のエンドポイントはすでに TLS 1.0 を受け付けるため、TLS 1.0 の問題ではありません。何かを変更する前に、別の原因を調べてください。`)];
      }
      const out = [
        L(
          'Not as a fix. From TC 7.3.6 and CE 8.1.0 on, and on every RoomOS release, the endpoints no longer accept TLS 1.0 on their HTTPS interface, and the sources behind this answer name no endpoint setting that brings it back (`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` sets the lowest version among those the release supports: check which values yours offers before counting on it). TLS 1.0 is also deprecated (RFC 8996): making every endpoint accept it again, so that TMS can stay at Medium, weakens all of them.',
          '修正策としてはお勧めしません。TC 7.3.6 と CE 8.1.0 以降、および RoomOS のすべてのリリースでは、エンドポイントは HTTPS で TLS 1.0 を受け付けなくなっており、この回答の根拠となる資料には、それを元に戻すエンドポイントの設定は書かれていません（`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` は、そのリリースが対応するバージョンの中での最低値を決める設定です。当てにする前に、お使いのリリースで選べる値を確認してください）。また TLS 1.0 は非推奨です（RFC 8996）。TMS を Medium のままにするためにすべてのエンドポイントで TLS 1.0 を受け付けるようにすると、すべてのエンドポイントの安全性が下がります。',
        ),
      ];
      out.push(
        pre15(f)
          ? L(
              `With ${formatTms(f.tms!)} (before 15) TMS cannot offer anything newer than TLS 1.0, so the way out is upgrading TMS to 15.x. The only endpoint-side stopgap in the sources is going back to TC 7.3.3 on hardware that runs TC (not hardware introduced with CE 9 or RoomOS; going from CE to TC resets the configuration).`,
              `${formatTms(f.tms!)}（15 より前）は TLS 1.0 より新しいバージョンを提示できないため、解決策は TMS の 15.x へのアップグレードです。資料にあるエンドポイント側の暫定策は、TC が動くハードウェアを TC 7.3.3 に戻すことだけです（CE 9 や RoomOS で登場したハードウェアは不可で、CE から TC に戻すと設定が初期化されます）。`,
            )
          : MH(
              'The change that works is on the TMS server: TLS 1.2 available in Schannel and Communication Security at Medium-High. Every TC and CE release accepts TLS 1.2, so nothing needs to change on the endpoints.',
              '有効な対処は TMS サーバ側の変更です。Schannel で TLS 1.2 を使える状態にし、[Communication Security] を Medium-High にします。TC と CE のどのリリースも TLS 1.2 を受け付けるため、エンドポイント側の変更は不要です。',
            ),
      );
      return out;
    },
  },
  {
    // "which CE version drops TLS 1.0?", "from which TC version is TLS 1.0 refused?", 「TLS 1.0 を受け付けなくなったのは
    // どの CE バージョンからですか？」 (QA round 11 #3): the thresholds, from knowledge.md's Cause 1.
    id: 'endpoint-tls10-threshold',
    recognise: {
      en: [
        `(?<![a-z])(?:which|what)\\s(?:(?:is|was)\\s)?(?:the\\s)?(?:first\\s)?(?:${ENDPOINT_WORD})\\s(?:version|release|build)s?(?![a-z]).{0,60}${TLS10}`,
        `(?<![a-z])(?:which|what)\\s(?:(?:is|was)\\s)?(?:the\\s)?(?:first\\s)?(?:version|release|build)\\s(?:of\\s)?(?:the\\s)?(?:${ENDPOINT_WORD})(?![a-z]).{0,60}${TLS10}`,
        `${TLS10}.{0,60}(?<![a-z])(?:which|what)\\s(?:(?:${ENDPOINT_WORD})\\s)?(?:version|release|build)(?![a-z])`,
        `(?<![a-z])since\\s(?:when|which\\s(?:(?:${ENDPOINT_WORD})\\s)?(?:version|release))(?![a-z]).{0,60}${TLS10}`,
        // ("which is the last TC release that accepts TLS 1.0?", "what's the last version that supports TLS 1.0?": left-a #4.)
        `(?<![a-z])(?:which|what)(?:'s|\\s(?:is|was|would\\sbe))?\\s(?:the\\s)?(?:last|latest|final|highest|newest|first)\\s(?:(?:${ENDPOINT_WORD})\\s)?(?:version|release|build|one)s?(?![a-z]).{0,40}${TLS10}`,
      ],
      ja: [
        `${TLS10}.{0,40}(?:どの|何の?|いくつの?)\\s?(?:(?:${ENDPOINT_WORD_JA})\\s?(?:の)?\\s?)?(?:バージョン|リリース)`,
        `(?:どの|何の?|いくつの?)\\s?(?:(?:${ENDPOINT_WORD_JA})\\s?(?:の)?\\s?)?(?:バージョン|リリース).{0,40}${TLS10}`,
        `${TLS10}.{0,40}(?:${ENDPOINT_WORD_JA})\\s?の?\\s?(?:いくつ|どれ|何)\\s?から`,
        // (「TLS 1.0 に対応する最後のバージョンはどれですか？」: left-a #4.)
        `${TLS10}.{0,20}(?:最後|最終|最初)\\s?の?\\s?(?:(?:${ENDPOINT_WORD_JA})\\s?)?(?:バージョン|リリース|版)\\s?(?:は|って)\\s?(?:どれ|何|なに|いくつ|どの)`,
      ],
    },
    title: L('From which endpoint release TLS 1.0 is refused', 'TLS 1.0 を受け付けなくなるエンドポイントのリリース'),
    answer: (f) => {
      const out = [TLS10_THRESHOLD];
      if (f.endpoint) {
        out.push(
          endpointRefusesTls10(f.endpoint)
            ? L(`Your endpoints on ${formatEndpoint(f.endpoint)} are past that line: they refuse TLS 1.0.`, `お使いの ${formatEndpoint(f.endpoint)} のエンドポイントはこの境目より新しいため、TLS 1.0 を拒否します。`)
            : L(`Your endpoints on ${formatEndpoint(f.endpoint)} are before that line: they still accept TLS 1.0, so "No HTTPS response" there has another cause.`, `お使いの ${formatEndpoint(f.endpoint)} のエンドポイントはこの境目より前なので、まだ TLS 1.0 を受け付けます。「No HTTPS response」の原因は別にあります。`),
        );
      }
      return out;
    },
  },
  {
    // "does TC 7.3.6 accept TLS 1.2?", 「TC 7.3.6 は TLS 1.2 を受け付けますか？」 (QA round 11 #3, #7): every TC/CE
    // release does (knowledge.md, Fix step 4). The release named is asked about, never noted as the user's.
    id: 'endpoint-accepts-tls12',
    recognise: {
      en: [
        `(?<![a-z])(?:does|do|will|would|can|could|is|are)\\s[^?!]{0,40}?(?<![a-z])(?:${ENDPOINT_WORD})(?![a-z])[^?!]{0,30}?\\s(?:accept|support|speak|take|handle|allow|understand|work\\swith|do|use)s?\\s${TLS12}`,
        `${TLS12}\\s(?:is\\s|be\\s)?(?:supported|accepted|ok|fine)\\s(?:on|by|with)\\s[^?!]{0,30}?(?<![a-z])(?:${ENDPOINT_WORD})(?![a-z])`,
      ],
      ja: [
        `(?:${ENDPOINT_WORD_JA})[^。？?]{0,30}${TLS12}[^。？?]{0,10}?(?:を|に|は|が|で)?\\s?(?:受け付け|受けつけ|受け入れ|対応|サポート|使え|使用でき|話せ|通り|接続でき)`,
      ],
    },
    title: L('Do the endpoints accept TLS 1.2?', 'エンドポイントは TLS 1.2 を受け付けるか'),
    answer: (f, text) => {
      const named = endpointNamedIn(text);
      const out = [
        MH(
          'Yes: every TC and CE release accepts TLS 1.2, RoomOS (CE\'s successor) included. That is why Medium-High, the level at which TMS offers TLS 1.2, fixes it; nothing changes on the endpoints.',
          'はい。TC と CE のどのリリースも TLS 1.2 を受け付けます（CE の後継である RoomOS も同じです）。そのため、TMS が TLS 1.2 を提示する Medium-High にすれば解決し、エンドポイント側の変更は不要です。',
        ),
      ];
      if (named) {
        const name = formatEndpoint(named);
        out.push(
          endpointRefusesTls10(named)
            ? L(`${name} also refuses TLS 1.0, so TMS at Medium (TLS 1.0 only) cannot reach it.`, `${name} は TLS 1.0 を拒否するため、TLS 1.0 しか提示しない Medium の TMS は接続できません。`)
            : L(`${name} still accepts TLS 1.0 as well, so TMS at Medium reaches it too.`, `${name} は TLS 1.0 もまだ受け付けるため、Medium の TMS でも接続できます。`),
        );
        if (!f.endpoint || formatEndpoint(f.endpoint) !== name) out.push(askedNotNoted(name, f.endpoint ? formatEndpoint(f.endpoint) : undefined));
      }
      return out;
    },
  },
  {
    // "what about Windows 2008 SP2?", 「Windows 2008 SP2 はどうですか？」 (QA round 11 #3, #7): KB4019276 first; the
    // release is asked about, never noted as the user's. (2008 R2 is not this one; SQL Server 2008 neither.)
    id: 'windows-2008-sp2',
    recognise: {
      en: [
        `(?<![a-z])(?:what|how)\\s(?:about|if)\\s(?:(?:it'?s|it\\sis|we(?:'re|\\sare)(?:\\son)?|on|we\\shave|they\\shave)\\s)?(?:the\\s)?${WIN2008}`,
        `(?<![a-z])(?:is|does|will|would|can|could)\\s(?:the\\s)?${WIN2008}\\s(?:ok|fine|supported|affected|a\\sproblem|an\\sissue|work|need|support|have)`,
        `(?<![a-z])(?:and|or)\\s(?:on\\s)?${WIN2008}\\s*[?？]`,
      ],
      ja: [`${WIN2008}\\s?(?:は|では|だと|の場合|なら|でも)\\s?(?:どう|大丈夫|問題|対応|影響|使え|動|何|いかが)`],
    },
    title: L('Windows Server 2008 SP2', 'Windows Server 2008 SP2 の場合'),
    answer: (f) => {
      const out = [
        MH(
          'Windows Server 2008 (not R2) SP2 has no TLS 1.1 or 1.2 at all until Microsoft\'s update KB4019276 is installed: install it first, then add the TLS 1.2 keys (Client and Server) as in the fix and reboot once, since the keys are new. Only then does Medium-High have a TLS 1.2 to offer. `winver` shows whether the server is 2008 or 2008 R2 (2008 R2 has TLS 1.2 built in, off by default).',
          'Windows Server 2008（R2 ではない）SP2 には、Microsoft の更新プログラム KB4019276 を入れるまで TLS 1.1 も 1.2 もありません。まずこれを適用し、そのあと修正手順どおりに TLS 1.2 のキー（Client と Server）を追加して、キーが新しいのでサーバを 1 回再起動してください。そうして初めて、Medium-High で TLS 1.2 を提示できるようになります。2008 か 2008 R2 か（2008 R2 は TLS 1.2 を備えていますが既定で無効です）は `winver` で確認できます。',
        ),
      ];
      const own = f.windows ? formatWindows(f.windows) : undefined;
      if (!f.windows || f.windows.year !== 2008 || f.windows.r2) out.push(askedNotNoted('Windows Server 2008 SP2', own));
      return out;
    },
  },
  {
    id: 'endpoint-minimum-tls',
    recognise: {
      en: ['minimumtlsversion', '(?<![a-z])min(?:imum)?\\s?tls(?:\\sversion)?(?![a-z])'],
      ja: ['minimumtlsversion', '(?:最小|最低)\\s?(?:の)?\\s?tls'],
    },
    // A pasted xAPI line, "xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.2": its value is read.
    // Or the value said in a sentence: "Alice: I checked one codec, xConfiguration … MinimumTLSVersion: TLSv1.3" (QA49 F8).
    statement: {
      en: [MIN_TLS_LINE, MIN_TLS_SAID],
      ja: [MIN_TLS_LINE, MIN_TLS_SAID],
    },
    title: L('The endpoint\'s minimum TLS version', 'エンドポイントの最小 TLS バージョン'),
    answer: (f, text) => {
      // A pasted or stated value is answered for itself; the question (or a plan, a supposition) gets the rule.
      const t = text ? text.normalize('NFKC') : '';
      const said = !!t && (new RegExp(MIN_TLS_LINE, 'i').test(t) || (new RegExp(MIN_TLS_SAID, 'i').test(t.toLowerCase()) && !MIN_TLS_NOT_SAID.test(t)));
      const read = said ? minimumTlsRead(f, text) : [];
      return read.length ? read : [
      L(
        '`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` on the endpoint must not be above what TMS offers. At Medium-High TMS offers TLS 1.2, so a minimum of TLS 1.2 is fine; at Medium TMS offers only TLS 1.0, which any minimum above TLS 1.0 refuses. A minimum above TLS 1.2 is above what TMS offers. Check it with `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` and `xStatus SystemUnit Software Version`.',
        'エンドポイントの `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` は、TMS が提示するバージョンを上回ってはいけません。Medium-High の TMS は TLS 1.2 を提示するので、最小が TLS 1.2 なら問題ありません。Medium の TMS は TLS 1.0 しか提示しないため、TLS 1.0 より上の最小値では拒否されます。TLS 1.2 より上の最小値は、TMS が提示するバージョンを上回ります。`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` と `xStatus SystemUnit Software Version` で確認してください。',
      ),
      ...(atMediumHighOrAbove(f) ? [] : [MH('So the fix stays the same: raise TMS to Medium-High (with TLS 1.2 available on the TMS server).', 'したがって対処は変わりません。TMS を Medium-High にしてください（TMS サーバで TLS 1.2 が使える状態にしたうえで）。')]),
      ];
    },
  },
  {
    id: 'endpoint-checks',
    recognise: {
      en: [
        '(?<![a-z])(?:check|look\\s(?:at|for)|verify|see|test)\\s(?:on|at|in)\\s(?:the\\s|each\\s|an?\\s)?(?:endpoints?|codecs?|room\\s?kits?|devices?)(?![a-z])',
        // ("anything to change on the codec side?" is endpoints-untouched's: nothing to change there.)
        '(?<![a-z])(?:what|anything)\\s(?:else\\s)?(?:should\\s(?:i|we)\\s|do\\s(?:i|we)\\s|to\\s)?(?:check|look\\sat|verify)\\s(?:on|at|in)\\s(?:the\\s)?(?:endpoints?|codecs?)\\s(?:side|itself|themselves)(?![a-z])',
      ],
      ja: ['(?:エンドポイント|端末|コーデック)(?:側|の方|のほう)?(?:で|は|では|の)\\s?(?:何を|なにを|どこを|どの設定を)?\\s?(?:確認|チェック|見れば|見る)'],
    },
    title: L('What to check on the endpoint', 'エンドポイントで確認すること'),
    answer: (f) => [
      L(
        'On the endpoint (CE/RoomOS xAPI, from its command line or web interface):',
        'エンドポイントでは次を確認してください（CE/RoomOS の xAPI。コマンドラインまたは Web インターフェイスから）。',
      ),
      L(
        '`xConfiguration NetworkServices HTTP Mode` must allow HTTPS (HTTP+HTTPS or HTTPS); on TC 7, `xConfiguration NetworkServices HTTPS Mode` must be On.',
        '`xConfiguration NetworkServices HTTP Mode` で HTTPS が許可されていること（HTTP+HTTPS または HTTPS）。TC 7 では `xConfiguration NetworkServices HTTPS Mode` が On であること。',
      ),
      L(
        `\`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` must not be above TLS 1.2, the highest version TMS offers${atMediumHighOrAbove(f) ? '' : ' (and only at Medium-High: at Medium TMS offers TLS 1.0 alone)'}.`,
        `\`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` が、TMS が提示する最も新しいバージョンである TLS 1.2 より上でないこと${atMediumHighOrAbove(f) ? '' : '（TLS 1.2 を提示するのは Medium-High の場合だけで、Medium の TMS は TLS 1.0 しか提示しません）'}。`,
      ),
      L(
        '`xStatus SystemUnit Software Version`: the release it really runs (TC 7.3.6+, CE 8.1+ and RoomOS refuse TLS 1.0).',
        '`xStatus SystemUnit Software Version` で実際に動いているリリース（TC 7.3.6 以降、CE 8.1 以降、RoomOS は TLS 1.0 を拒否します）。',
      ),
      L(
        f.level === 'high'
          ? 'At High TMS also validates the endpoint\'s certificate: a self-signed or expired one fails even with TLS 1.2.'
          : 'Its certificate matters when TMS validates certificates (level High) or checks revocation; and a system in "Behind Firewall" mode is not polled by TMS at all.',
        f.level === 'high'
          ? 'High の TMS はエンドポイントの証明書も検証するため、自己署名または期限切れの証明書では TLS 1.2 でも失敗します。'
          : '証明書は、TMS が証明書を検証する場合（レベル High）や失効確認を有効にしている場合に関係します。また「Behind Firewall」モードのシステムは TMS がポーリングしません。',
      ),
    ],
  },
  {
    // "Please make sure TLS 1.2 is enabled for Client.", 「TLS 1.2を有効にしてください」 (R44D): a request, no state (tls-claims.ts); it
    // is what the registry step of the fix sets or verifies, so point at that step.
    id: 'tls12-client-request',
    recognise: TLS12_CLIENT_REQUEST,
    statement: TLS12_CLIENT_REQUEST,
    title: L('TLS 1.2 for the Client side', 'Client 側の TLS 1.2'),
    answer: (f) => {
      if (pre15(f)) return [PRE15_NOTE];
      return [
        L(
          'That is the registry step of the fix: under `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client`, `Enabled` = 1 and `DisabledByDefault` = 0. The Client side is what TMS uses when it connects to the endpoints, so it is the one that matters here.',
          'それは修正手順のうちレジストリの手順にあたります。`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client` の `Enabled` を 1、`DisabledByDefault` を 0 にします。TMS がエンドポイントに接続するときに使うのは Client 側なので、ここで大事なのはこちらです。',
        ),
        tls12KeysOnWindows(f),
        MH(
          'TLS 1.2 enabled does not fix it alone: TMS offers TLS 1.2 only once Communication Security is Medium-High in TMS Tools.',
          'TLS 1.2 を有効にしただけでは直りません。TMS が TLS 1.2 を提示するのは、TMS ツールで Communication Security を Medium-High にしてからです。',
        ),
      ];
    },
  },
  {
    id: 'client-vs-server-keys',
    recognise: {
      en: [
        '(?<![a-z])client(?:\\s(?:side|sub)?\\s?keys?)?\\s(?:and|vs\\.?|versus|or|/)\\s?(?:the\\s)?server(?![a-z])', '(?<![a-z])server(?:\\s(?:side|sub)?\\s?keys?)?\\s(?:and|vs\\.?|versus|or|/)\\s?(?:the\\s)?client(?![a-z])', '(?<![a-z])(?:which|what)\\s(?:sub)?key[^?]{0,30}(?:client|server)',
        // "do I need the Server keys too?", "Server subkeys as well?", "are the Server keys needed?", "what about the Server keys?",
        // "is the Client key alone enough?" (QA44 #4)
        '(?<![a-z])(?:need|needs|require|set|create|add|enable|configure)\\s(?:the\\s|a\\s)?server(?:[\\s-]side)?\\s(?:sub)?keys?(?![a-z])',
        '(?<![a-z])server(?:[\\s-]side)?\\s(?:sub)?keys?\\s(?:too|also|as\\swell|(?:really\\s)?(?:needed|required|necessary)|matter)(?![a-z])',
        '(?<![a-z])what\\sabout\\s(?:the\\s)?server(?:[\\s-]side)?\\s(?:sub)?keys?(?![a-z])',
        '(?<![a-z])(?:only|just)\\s(?:the\\s)?client(?:[\\s-]side)?(?:\\s(?:sub)?keys?)?\\s?(?:then\\s?)?[?]|(?<![a-z])client(?:[\\s-]side)?(?:\\s(?:sub)?keys?)?\\s(?:alone|only)\\s(?:is\\s|are\\s)?(?:enough|ok|fine|sufficient)(?![a-z])',
        // "what does the Client key do?", "what's the Server subkey for?", "what do these keys do?" (QA53 #18): what a Schannel
        // key is for. ("what does the .NET key do?" names another key: not these patterns.)
        '(?<![a-z])what\\s(?:does|do)\\s(?:the\\s|that\\s|this\\s|these\\s|those\\s)?(?:client|server)(?:[\\s-]side)?\\s(?:sub)?keys?\\s(?:do|mean|change|control|affect)(?![a-z])',
        "(?<![a-z])what(?:['’]s|\\sis|\\sare)\\s(?:the\\s|that\\s|this\\s)?(?:client|server)(?:[\\s-]side)?\\s(?:sub)?keys?\\s(?:for|about)(?![a-z])",
        '(?<![a-z])what\\s(?:does|do)\\s(?:this|that|these|those)\\s(?:registry\\s|schannel\\s)?(?:sub)?keys?\\s(?:do|mean|change|control)(?![a-z])',
      ],
      ja: [
        'クライアント[^？?]{0,15}サーバ[^？?]{0,20}(?:違い|どちら|どっち|両方|キー)', 'client[^？?]{0,10}server[^？?]{0,20}(?:違い|どちら|どっち|両方)',
        // 「Server のキーも必要ですか」「サーバー側のサブキーもいりますか」「Client だけでいいですか」 (QA44 #4)
        '(?:server|サーバ(?:ー)?)\\s?(?:側)?\\s?(?:の)?\\s?(?:サブ)?キー\\s?(?:も|は)\\s?(?:必要|要り|いり|要る|いる|作(?:成|る|ら)|設定|有効)',
        '(?:client|クライアント)\\s?(?:側)?\\s?(?:の)?\\s?(?:サブ)?(?:キー)?\\s?(?:だけ|のみ)\\s?(?:で)?\\s?(?:いい|よい|良い|十分|大丈夫|足り|ok)',
        // 「Client キーは何をするものですか」「このキーは何のためですか」「Server キーの役割は？」 (QA53 #18). (Not 「このキーは何に設定しますか」: a value.)
        '(?:client|server|クライアント|サーバ(?:ー)?|この|その|これらの|それらの)\\s?(?:側)?\\s?(?:の)?\\s?(?:レジストリ)?\\s?(?:サブ)?キー\\s?(?:は|って)\\s?(?:何を\\s?(?:する|して)|何の\\s?ため|なんのため|どういう(?:もの|意味|役割)|どんな(?:もの|役割|意味)|何(?:です|でしょう)か)',
        '(?:client|server|クライアント|サーバ(?:ー)?|この|その)\\s?(?:側)?\\s?(?:の)?\\s?(?:サブ)?キー\\s?の\\s?(?:役割|意味)',
      ],
    },
    title: L('Client and Server keys', 'Client キーと Server キー'),
    answer: () => [
      L(
        'Schannel keeps a `Client` and a `Server` subkey under each protocol, and they are separate. When TMS connects to an endpoint, the TMS server is the TLS client: the `Client` subkey decides what it may offer, so that is the one this problem needs. The `Server` subkey governs connections made to the TMS server (systems reaching TMS over HTTPS; in Secure-Only mode HTTPS runs both ways), so set TLS 1.2 on both. A protocol is enabled when `Enabled` is non-zero and `DisabledByDefault` is 0; `Enabled` = 0 disables it.',
        'Schannel では、プロトコルごとに `Client` と `Server` のサブキーが別々にあります。TMS がエンドポイントに接続するとき、TMS サーバは TLS クライアントです。何を提示できるかは `Client` サブキーで決まるため、この問題に必要なのはこちらです。`Server` サブキーは TMS サーバへの接続（システムから TMS への HTTPS 接続。Secure-Only モードでは双方向とも HTTPS です）に関係するため、TLS 1.2 は両方で有効にしてください。プロトコルが有効なのは `Enabled` が 0 以外で `DisabledByDefault` が 0 のときで、`Enabled` = 0 にすると無効になります。',
      ),
    ],
  },
  {
    id: 'dotnet-strong-crypto',
    recognise: {
      en: ['schusestrongcrypto', 'systemdefaulttlsversions', '(?<![a-z])strong\\s?crypto', '(?<![a-z])\\.net(?![a-z])'],
      ja: ['schusestrongcrypto', 'systemdefaulttlsversions', '強力な暗号', '\\.net(?![a-z])'],
    },
    title: L('.NET strong crypto', '.NET の強力な暗号化'),
    answer: (f) => {
      // TMS before 15 (QA53 #6): no Medium-High there, and adding TLS 1.2 to the registry does not help (knowledge.md, TMS before 15);
      // the sources say nothing of the .NET values there, so no claim either way: the documented ways out are said instead.
      if (pre15(f)) {
        const tms = formatTms(f.tms!);
        return [
          MH(
            `Not on ${tms}: my sources give no setting that changes this before 15. Releases before 15 have no Communication Security option, so there is no Medium-High to set, and adding TLS 1.2 to the TMS server's registry does not help: TMS keeps sending a TLS 1.0 ClientHello, which the endpoints refuse (Cisco bug CSCuz71542). My sources say nothing of the .NET values on these releases, so I cannot count them as a way out. The documented ways out are upgrading TMS to 15.x and then doing the fix (Medium-High; the .NET values can go with it there), or, for codecs that run TC, going back to TC 7.3.3.`,
            `${tms} ではできません。手元の資料には、15 より前のリリースでこれを変える設定はありません。15 より前のリリースには [Communication Security] の項目がないため Medium-High に設定できず、TMS サーバのレジストリに TLS 1.2 を追加しても効果はありません。TMS は TLS 1.0 の ClientHello を送り続け、エンドポイントはそれを拒否します（Cisco バグ CSCuz71542）。これらのリリースでの .NET の値について資料には記載がないため、解決策とは言えません。資料に記載された解決策は、TMS を 15.x にアップグレードしてから修正する（Medium-High。.NET の値はそのときに一緒に設定できます）か、TC を動かせるコーデックであれば TC 7.3.3 に戻すことです。`,
          ),
          pre15Stopgap(f.endpoint, f.endpointModels ?? []),
        ];
      }
      const out = [
        MH(
          '.NET code on the TMS server that Communication Security does not govern stays on TLS 1.0 unless `SchUseStrongCrypto` = 1 and `SystemDefaultTlsVersions` = 1 are set under `HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` and its `Wow6432Node` twin (Microsoft, "TLS best practices with the .NET Framework"). Medium-High is what fixes "No HTTPS response"; set these values as well so that the rest of TMS does not stay on TLS 1.0. A restart of IIS and the TMS services is expected to apply them; a reboot is the sure way.',
          '[Communication Security] の管理外にある TMS サーバ上の .NET のコードは、`HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319` とその `Wow6432Node` 側で `SchUseStrongCrypto` = 1 と `SystemDefaultTlsVersions` = 1 を設定しない限り TLS 1.0 のままです（Microsoft「TLS best practices with the .NET Framework」）。「No HTTPS response」を解決するのは Medium-High ですが、TMS のほかの部分が TLS 1.0 のまま残らないよう、これらの値も設定してください。IIS と TMS サービスを再起動すれば適用されると見込まれますが、確実なのはサーバの再起動です。',
        ),
      ];
      if (f.tlsClaims?.tls10 === 'off') out.push(L('You say TLS 1.0 is off on this server: then such .NET code fails outright until these values are set.', 'このサーバでは TLS 1.0 を無効にしたとのことなので、これらの値を設定するまで、そうした .NET のコードは接続に失敗します。'));
      return out;
    },
  },
  {
    // "the keys are missing", 「キーがありません」 (FIX14B #3): the TLS 1.2 keys said absent. What that means and what to do
    // depends on the release (knowledge.md Cause 3 / Fix step 3-4): on 2008 R2 create them (the fix files' .reg does it) and
    // reboot once; from 2012 on a missing key is the default, TLS 1.2 on: nothing to create, no reboot for it.
    id: 'tls12-keys-missing',
    recognise: {
      en: [TLS12_KEYS_MISSING_EN],
      ja: [TLS12_KEYS_MISSING_JA],
    },
    statement: { en: [TLS12_KEYS_MISSING_EN], ja: [TLS12_KEYS_MISSING_JA] },
    title: L('The TLS 1.2 keys are missing', 'TLS 1.2 のキーがない'),
    answer: (f) => tls12KeysMissingAnswer(f),
  },
  {
    id: 'check-registry',
    recognise: {
      en: [
        '\\b(?:check|see|look\\sat|find|read|view|inspect|query)\\b.{0,30}\\b(?:registry|schannel|reg\\skeys?|tls\\s?1\\.2\\skeys?)\\b',
        '\\bwhere\\s(?:are|is|do\\si\\sfind)\\s(?:the\\s)?(?:registry|schannel|tls\\s?1\\.2)\\s?(?:keys?|settings?|values?)?\\b',
        // "how do I check TLS 1.2 is on?", "how do I check that TLS 1.2 is enabled on the server?" (QA53 #9): the setting, read in
        // the registry; not "…is used / offered" (on the wire: the verify card).
        '\\bhow\\s(?:do|can|should|would)\\s(?:i|we|you)\\s(?:check|see|tell|know|confirm|find\\sout|verify)\\s(?:(?:that|if|whether)\\s)?tls\\s?1\\.2\\s(?:is\\s)?(?:really\\s|actually\\s)?(?:on|enabled|turned\\son|switched\\son|disabled|off)\\b(?!.{0,40}\\b(?:endpoints?|codecs?|wire|capture|clienthello|handshake)\\b)',
      ],
      ja: ['レジストリ.{0,20}(?:確認|見|調べ|どこ|場所)',
        // 「TLS 1.2 が有効か確認する方法は？」「TLS 1.2 が有効かどうかはどう確認しますか」 (QA53 #9).
        'tls\\s?1\\.2\\s?(?:が|は)?\\s?(?:有効|オン|無効)\\s?(?:になっている|になってる|である)?\\s?(?:か|かどうか)\\s?(?:を|は)?\\s?(?:どう(?:やって)?\\s?)?(?:確認|調べ|見)', 'schannel.{0,15}(?:確認|見|調べ|どこ)', '(?:確認|見る).{0,10}レジストリ'],
    },
    title: L('How to check the Schannel registry keys', 'Schannel のレジストリ キーの確認方法'),
    answer: (f) => {
      const k = winKind(f);
      const defaults =
        k === '2008'
          ? L(`On ${winName(f)} TLS 1.2 is off by default: a missing TLS 1.2 key means it is off.`, `${winName(f)} では TLS 1.2 は既定で無効です。TLS 1.2 のキーがなければ無効です。`)
          : k === 'unknown'
            ? L('A missing key means the Windows default: TLS 1.2 is off on Windows Server 2008 R2 and on from 2012 on.', 'キーがなければ Windows の既定値になります。TLS 1.2 は Windows Server 2008 R2 では無効、2012 以降では有効です。')
            : L(`On ${winName(f)} TLS 1.2 is on by default: a missing TLS 1.2 key means it is on, unless a policy or a tool (IIS Crypto, a GPO) set the keys.`, `${winName(f)} では TLS 1.2 は既定で有効です。TLS 1.2 のキーがなければ有効ですが、ポリシーやツール（IIS Crypto、GPO）がキーを設定している場合は別です。`);
      return [
        L(
          'Read them without changing anything: in an elevated prompt on the TMS server, `reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s`, or open that key in `regedit` and only look.',
          '何も変更せずに読み取ってください。TMS サーバの管理者権限のコマンド プロンプトで `reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s` を実行するか、`regedit` でそのキーを開いて見るだけにします。',
        ),
        L(
          'For this problem the `TLS 1.2\\Client` subkey is the one that matters (TMS is the client when it connects to endpoints). A protocol is enabled when `Enabled` is non-zero and `DisabledByDefault` is 0; `Enabled` = 0 disables it.',
          'この問題で重要なのは `TLS 1.2\\Client` サブキーです（エンドポイントに接続するとき、TMS はクライアントです）。プロトコルは `Enabled` が 0 以外で `DisabledByDefault` が 0 のときに有効です。`Enabled` が 0 なら無効です。',
        ),
        defaults,
        L(
          'The check-tls.cmd that comes with the fix files runs these queries (and the .NET strong-crypto values) without changing anything: paste its output here and I will read it.',
          '修正ファイルに含まれる check-tls.cmd は、これらの照会（と .NET の強力な暗号化の値）を何も変更せずに実行します。出力をここに貼ってもらえれば読み取ります。',
        ),
      ];
    },
  },
  {
    // "how do I know it worked without Wireshark?", "we can't install Wireshark on the server, how else can we verify?",
    // 「Wireshark なしで確認する方法はありますか」 (QA53 #13): they got the capture cards. Without a capture: Systems > Navigator
    // and Force Refresh (knowledge.md Fix 7), and the probe for what the endpoint accepts. Questions only (a "?", "how",
    // 方法/ますか); "we verified it without Wireshark" is a report, not this.
    id: 'verify-no-capture',
    recognise: {
      en: [
        '(?=.*(?:[?]|(?<![a-z])how(?![a-z])))(?<![a-z])(?:verify|check|confirm|know|tell|see|test|prove)(?![a-z])[^?.]{0,40}(?<![a-z])(?:without|other\\sthan|instead\\sof|besides|apart\\sfrom)\\s(?:a\\s|using\\s|installing\\s|running\\s|taking\\s)?(?:wireshark|(?:a\\s)?(?:packet\\s)?captures?|pcaps?|tcpdump|sniff(?:ing|er))(?![a-z])',
        '(?=.*(?:[?]|(?<![a-z])how(?![a-z])))(?<![a-z])(?:without|other\\sthan|instead\\sof|besides|apart\\sfrom)\\s(?:a\\s|using\\s|installing\\s|running\\s|taking\\s)?(?:wireshark|(?:a\\s)?(?:packet\\s)?captures?|pcaps?|tcpdump)(?![a-z])[^?.]{0,40}(?<![a-z])(?:verify|check|confirm|know|tell|see|test|prove)(?![a-z])',
        '(?<![a-z])(?:can\'?t|cannot|can\\snot|couldn\'?t|not\\sallowed\\sto|unable\\sto|won\'?t\\sbe\\sable\\sto|may\\snot|aren\'?t\\sallowed\\sto|no\\s(?:way|permission)\\sto)\\s(?:install|use|run|put)\\s(?:a\\s)?(?:wireshark|(?:packet\\s)?capture\\stools?|tcpdump|sniffers?)(?![a-z])[^?]{0,80}(?<![a-z])(?:how\\selse|other\\sway|another\\sway|alternative|any\\sother|verify|check|confirm|know)(?![a-z])[^?]*[?]',
        '(?<![a-z])(?:no|without)\\s(?:wireshark|(?:packet\\s)?capture)(?:\\s(?:allowed|possible|available|installed))?\\s?[,:;-]?\\s(?:so\\s)?(?:how|what\\selse|any\\sother\\sway)(?![a-z])',
      ],
      ja: [
        '(?:wireshark|キャプチャ|パケット)\\s?(?:なし|無し|を使わず|を使わない|を使えない|が使えない|を入れず|を入れられない|を入れない|をインストールできない|をインストールせず|を取らず|を取らない|が取れない|を取れない|抜き)(?:で|に|でも|の)?[^。]{0,25}(?:確認|検証|確かめ|分かる|わかる)[^。]{0,20}(?:方法|ますか|ですか|でしょうか|[?？]|どう)',
        '(?:wireshark|キャプチャ)\\s?(?:を|は)?\\s?(?:入れられません|使えません|インストールできません|取れません|禁止)[^?？]{0,40}(?:確認|検証|確かめ)[^?？]{0,20}(?:方法|ますか|ですか|でしょうか|[?？]|どう)',
      ],
    },
    title: L('Checking the fix without a capture', 'キャプチャを使わない確認方法'),
    answer: () => verifyWithoutCaptureAnswer(),
  },
  {
    id: 'take-capture',
    recognise: {
      en: [
        '\\b(?:take|get|make|collect|record|run|do|start)\\s(?:a\\s|the\\s)?(?:packet\\s)?(?:capture|pcap|trace|wireshark)\\b',
        '\\bhow\\s(?:do|can|should)\\s(?:i|we)\\s(?:capture|sniff)\\b',
        '\\bhow\\sto\\s(?:capture|sniff)\\b',
        '\\bwireshark\\b.{0,30}\\b(?:how|what\\sfilter|which\\sfilter|filter\\sto\\suse)\\b',
        '\\b(?:which|what)\\s(?:wireshark|display|capture)\\sfilter',
      ],
      ja: ['キャプチャ.{0,15}(?:取|方法|どう|手順|やり方)', 'パケット.{0,10}(?:取|キャプチャ)', 'wireshark.{0,20}(?:使い|どう|方法|フィルタ)'],
    },
    title: L('How to take a capture that shows the problem', '問題が分かるキャプチャの取り方'),
    answer: () => [
      L(
        'Capture on the TMS server (TMS is the TLS client), with Wireshark 3.0 or later on the interface towards the endpoint. While it runs, make TMS connect: Force Refresh on a failing system in Systems > Navigator. Stop after a few seconds.',
        'TMS サーバでキャプチャします（TLS のクライアントは TMS です）。Wireshark 3.0 以降で、エンドポイント側のインターフェイスを選んでください。キャプチャ中に TMS に接続させます。[Systems] > [Navigator] で失敗しているシステムの [Force Refresh] を実行し、数秒後に止めます。',
      ),
      L(
        'The display filter `tls.handshake.type == 1 && tcp.port == 443` (before Wireshark 3.0: `ssl.handshake.type == 1 && tcp.port == 443`) shows TMS\'s ClientHellos. Read Version under Handshake Protocol: Client Hello (or supported_versions), not the record layer: TLS 1.0 (0x0301) answered by a TCP RST is this problem; TLS 1.2 (0x0303) means TMS already offers TLS 1.2.',
        '表示フィルタ `tls.handshake.type == 1 && tcp.port == 443`（Wireshark 3.0 より前は `ssl.handshake.type == 1 && tcp.port == 443`）で TMS の ClientHello が表示されます。レコード層ではなく [Handshake Protocol: Client Hello] の Version（または supported_versions）を見てください。TLS 1.0（0x0301）に TCP RST が返っていればこの問題です。TLS 1.2（0x0303）なら TMS はすでに TLS 1.2 を提示しています。',
      ),
      L('Save it as .pcap or .pcapng and send me the file: I will read every connection to port 443 in it.', '.pcap または .pcapng で保存し、ファイルを送ってください。ポート 443 へのすべての接続を読み取ります。'),
    ],
  },
  {
    id: 'iis-crypto',
    recognise: {
      en: ['\\biis\\s?crypto\\b'],
      ja: ['iis\\s?crypto'],
    },
    title: L('IIS Crypto', 'IIS Crypto'),
    answer: (f, text) => {
      // Already at Medium-High or High (QA round 20 #10a): no TMS Tools step is left to name as "the step that fixes it".
      const level = pre15(f)
        ? L(
            ` With TMS ${f.tms!.raw} the registry does not change what TMS offers (it keeps sending TLS 1.0, and TMS Tools has no Communication Security option before 15): upgrading TMS to 15.x is what fixes it.`,
            `ただし TMS ${f.tms!.raw} では、レジストリを変えても TMS が提示する内容は変わりません（TLS 1.0 を送り続け、15 より前の TMS ツールには Communication Security の項目がありません）。解決するのは TMS の 15.x へのアップグレードです。`,
          )
        : atMediumHighOrAbove(f)
        ? L(
            ` You are already at ${formatLevel(f.level!)}, so TMS Tools has nothing left to change: what matters in IIS Crypto is that TLS 1.2 stays enabled, the Client side above all (TMS is the client when it polls).`,
            `すでに ${formatLevel(f.level!)} なので、TMS ツールで変更することは残っていません。IIS Crypto で大事なのは TLS 1.2 を有効のままにすること、特に Client 側です（ポーリングするとき TMS はクライアントです）。`,
          )
        : MH(
            ' The registry alone does not change what TMS offers at Medium: Communication Security = Medium-High in TMS Tools is still the step that fixes it.',
            'レジストリだけでは Medium の TMS が提示する内容は変わりません。解決するのは、やはり TMS ツールで [Communication Security] を Medium-High にする手順です。',
          );
      // (The answer advises Medium-High when its level sentence does: the sentences built on `tool` keep its mark.)
      const tool = (anyAdvising([level]) ? MH : L)(
        `IIS Crypto (Nartac Software) sets the same Schannel keys as editing them by hand; check that TLS 1.2 is ticked for both Client and Server protocols. Its changes need the same restart or reboot as hand-made ones (see "is a reboot needed?").${level.en}`,
        `IIS Crypto（Nartac Software）は、手作業と同じ Schannel のキーを設定します。TLS 1.2 が Client と Server の両方のプロトコルで有効になっているか確認してください。変更の反映には、手作業の場合と同じサービスの再起動またはサーバの再起動が必要です（「再起動は必要ですか」を参照）。${level.ja}`,
      );
      // "Can I just use IIS Crypto best practices?": the template itself is asked about, and it turns
      // TLS 1.0 and SSL 3.0 off (knowledge.md): the answer's first word must not approve it.
      if (BEST_PRACTICES.test(normaliseQuestion(text ?? ''))) {
        const sqlAtRisk = !f.sql ? f.sqlLocation !== 'remote' : oldSqlMaybeLocal(f) || (sql2012or2014MaybeLocal(f) && !['has-tls12', 'nothing-needed'].includes(sqlTlsStatus(f.sql).kind));
        const pre = pre15Tls10Stays(f);
        const lead = pre
          ? (anyAdvising([pre]) ? MH : L)(`Not while TMS is below 15: the "Best Practices" template disables TLS 1.0 and SSL 3.0. ${pre.en.replace(/^No: /, '')}`, `TMS が 15 より前のうちは使わないでください。「Best Practices」テンプレートは TLS 1.0 と SSL 3.0 を無効にします。${pre.ja.replace(/^いいえ。/, '')}`)
          : !sqlAtRisk
          ? MH(
              'Not as part of this fix. The "Best Practices" template also disables TLS 1.0 and SSL 3.0: that is a separate hardening change, and this fix needs neither of them off. If you apply it later, do it only once TMS is at Medium-High (at Medium with TLS 1.0 off, TMS sends no ClientHello at all), and check first that nothing else on the server still needs TLS 1.0.',
              '今回の修正としては使わないでください。「Best Practices」テンプレートは TLS 1.0 と SSL 3.0 も無効にします。これは別のセキュリティ強化作業で、今回の修正ではどちらも無効にする必要はありません。後で適用する場合は、TMS を Medium-High にしてからにしてください（Medium のまま TLS 1.0 を無効にすると、TMS は ClientHello をまったく送りません）。また、サーバ上で TLS 1.0 を必要とするものが残っていないか先に確認してください。',
            )
          : !f.sql
            ? L(
                'No, not the "Best Practices" template while the SQL Server version is not known: it disables TLS 1.0 and SSL 3.0, and a SQL Server 2008 R2 (or a 2012/2014 build without TLS 1.2 support) on the TMS server then stops and does not start again (event 26011). Check the SQL Server first (`SELECT @@VERSION`).',
                'いいえ。SQL Server のバージョンが分からないうちは、「Best Practices」テンプレートは使わないでください。TLS 1.0 と SSL 3.0 を無効にするため、TMS サーバ上に SQL Server 2008 R2（または TLS 1.2 非対応の 2012/2014 のビルド）があると、停止して再び起動しなくなります（イベント 26011）。先に SQL Server を確認してください（`SELECT @@VERSION`）。',
              )
            : bestPracticesSqlLead(f);
        const only = L('The tool itself is fine for this fix if you only tick TLS 1.2 and leave TLS 1.0 and SSL 3.0 as they are:', 'ツール自体は、TLS 1.2 にチェックを入れるだけで TLS 1.0 と SSL 3.0 をそのままにするなら、この修正に使えます。');
        // (SQL on another server without TLS 1.2 support, or of unknown build: the template turns TLS 1.0 off on the TMS server, TMS's
        // side of its database connection: checked before, QA51 #5.)
        const remote = f.sqlLocation === 'remote' && !pre ? remoteSqlTls10OffCheck(f.sql) : null;
        return [lead, ...(pre && sqlAtRisk && f.sql ? [bestPracticesSqlLead(f)] : []), ...(remote ? [remote] : []), (anyAdvising([tool]) ? MH : L)(`${only.en} ${tool.en}`, `${only.ja}${tool.ja}`)];
      }
      const out = [
        (anyAdvising([tool]) ? MH : L)(
          `Yes. ${tool.en} Do not apply its "Best Practices" template as part of this fix: it also disables SSL 3.0 and TLS 1.0.`,
          `はい。${tool.ja}この修正では「Best Practices」テンプレートを適用しないでください。SSL 3.0 と TLS 1.0 も無効にしてしまいます。`,
        ),
      ];
      if (oldSqlMaybeLocal(f) && sql2008Tls12(f)) {
        // A 2008 / 2008 R2 build with TLS 1.2 support: Microsoft's start-up failure is not its case, the TechNote's "keep TLS 1.0" still is.
        out.push(L(`${formatSql(f.sql!)} has TLS 1.2 support, so Microsoft's SQL start-up failure (a build without TLS 1.2 support, with TLS 1.0 and SSL 3.0 both off) does not apply to it; the TechNote still says to keep TLS 1.0 and SSL 3.0 enabled with SQL Server 2008 R2 on the TMS server.`, `${formatSql(f.sql!)} は TLS 1.2 に対応しているため、Microsoft が挙げている SQL の起動障害（TLS 1.2 非対応のビルドで TLS 1.0 と SSL 3.0 の両方が無効）は当てはまりません。ただし TechNote は、TMS サーバ上に SQL Server 2008 R2 がある場合は TLS 1.0 と SSL 3.0 を有効のままにするよう書いています。`));
      } else if (oldSqlMaybeLocal(f)) out.push(L(`With ${formatSql(f.sql!)} on the TMS server this matters: with TLS 1.0 and SSL 3.0 both off, a build without TLS 1.2 support stops and does not start again.`, `TMS サーバ上に ${formatSql(f.sql!)} がある場合、これは重要です。TLS 1.0 と SSL 3.0 が両方無効になると、TLS 1.2 非対応のビルドは停止し、再び起動しなくなります。`));
      return out;
    },
  },
  {
    // "is it the cipher suites?", "could it be a cipher suite mismatch?", 「暗号スイートの問題ですか」 (QA44 #4): the still-failing
    // checklist names them. knowledge.md: a mismatch after GPO/IIS Crypto hardening gives alert 40 or a RST even at TLS 1.2; the
    // Schannel events show Windows refused a handshake. It names no suites: which ones the endpoints need is a check.
    id: 'cipher-suites',
    recognise: {
      en: ['(?<![a-z])(?:cipher|cypher)(?:[\\s-]?suites?|s)?(?![a-z])'],
      ja: ['暗号(?:化)?\\s?スイート', '(?:サイファ|サイファー)\\s?スイート', 'cipher'],
    },
    title: L('Cipher suites', '暗号スイート'),
    answer: () => [
      L(
        'It can be, in one situation only: TMS\'s ClientHello already offers TLS 1.2 (0x0303 under Client Hello > Version) and the endpoint still answers with a RST or TLS alert 40 (handshake_failure). That is what it looks like when hardening with a GPO or IIS Crypto has left the TMS server and the endpoint with no cipher suite in common. If the ClientHello still offers TLS 1.0 (0x0301), the cipher suites are not the question yet: the TLS 1.2 change has not taken effect.',
        '可能性はありますが、当てはまるのは 1 つの場合だけです。TMS の ClientHello がすでに TLS 1.2 を提示していて（[Client Hello] > [Version] が 0x0303）、それでもエンドポイントが RST か TLS アラート 40（handshake_failure）を返す場合です。GPO や IIS Crypto による強化の結果、TMS サーバとエンドポイントに共通の暗号スイートがなくなると、こうなります。ClientHello がまだ TLS 1.0（0x0301）を提示しているなら、暗号スイートを疑う段階ではありません。TLS 1.2 の変更がまだ反映されていません。',
      ),
      L(
        'To find out: take a capture on the TMS server and look at what the endpoint sends back to the TLS 1.2 hello, and look in the TMS server\'s System log for Schannel events (36871, 36874, 36888), which show that Windows, not TMS, refused a handshake. Then compare the cipher suites enabled on the TMS server with those the endpoint accepts. My sources do not list which suites the endpoints need, so check that in the endpoint\'s documentation, and find out who applied the hardening (a GPO writes its values back) before you change anything.',
        '確かめるには、TMS サーバでキャプチャを取り、TLS 1.2 の hello に対してエンドポイントが何を返しているかを見てください。また TMS サーバのシステム ログで、ソースが Schannel のイベント（36871、36874、36888）を探してください。TMS ではなく Windows がハンドシェイクを拒否したことが分かります。そのうえで、TMS サーバで有効な暗号スイートとエンドポイントが受け付ける暗号スイートを比べてください。エンドポイントに必要なスイートは手元の資料には載っていないため、エンドポイントのドキュメントで確認してください。変更する前に、誰がその強化を適用したかも確認してください（GPO は値を書き戻します）。',
      ),
    ],
  },
  {
    id: 'registry-value-meaning',
    recognise: {
      en: ['\\bdisabledbydefault\\b', '\\bwhat\\s(?:does|do)\\s(?:the\\s)?(?:enabled|dword|value)s?\\b.{0,20}\\bmean'],
      ja: ['disabledbydefault', '(?:enabled|dword).{0,10}(?:意味|とは)'],
    },
    title: L('Enabled and DisabledByDefault', 'Enabled と DisabledByDefault'),
    answer: () => [
      L(
        'Under each protocol\'s `Client` and `Server` subkey, Schannel reads two DWORD values. The protocol is enabled when `Enabled` is non-zero and `DisabledByDefault` is 0 (the fix sets `Enabled` = 1, `DisabledByDefault` = 0 for TLS 1.2); `Enabled` = 0 disables it. With no value at all, the Windows release\'s default applies.',
        '各プロトコルの `Client` と `Server` のサブキーで、Schannel は 2 つの DWORD 値を読みます。`Enabled` が 0 以外で `DisabledByDefault` が 0 のときにそのプロトコルは有効です（この修正では TLS 1.2 に `Enabled` = 1、`DisabledByDefault` = 0 を設定します）。`Enabled` = 0 なら無効です。値がなければ、その Windows リリースの既定値になります。',
      ),
    ],
  },
  {
    id: 'known-bug',
    recognise: {
      en: ['\\b(?:known\\s(?:bug|issue|defect)|bug\\s?id|cisco\\sbug|defect\\s?id|cscuz\\w*)\\b'],
      ja: ['バグ\\s?(?:id|番号)', '既知の(?:不具合|問題|バグ)', 'cscuz'],
    },
    // "whats the cisco bug id", "wht's teh bug id": asked without a question form.
    statement: {
      en: ['\\b(?:bug\\s?id|cisco\\sbug(?:\\s?(?:id|number))?|defect\\s?id)\\b'],
      ja: ['バグ\\s?(?:id|番号)'],
    },
    title: L('Is it a known bug?', '既知のバグか'),
    answer: (f) => {
      const pre = L(
        'For TMS releases before 15 Cisco tracks it as bug CSCuz71542 (filed against TMS 14.6.x): those releases only ever offer TLS 1.0, and the way out is upgrading TMS to 15.',
        'TMS 15 より前のリリースについては、Cisco がバグ CSCuz71542（TMS 14.6.x に対して登録）として管理しています。これらのリリースは TLS 1.0 しか提示できず、TMS 15 へのアップグレードが解決策です。',
      );
      const from15 = MH(
        'From TMS 15 on, the TechNote (Cisco 211279) explains it as how the default Medium level works, with no bug ID: Medium offers only TLS 1.0, and Medium-High is the setting that offers TLS 1.2.',
        'TMS 15 以降については、TechNote（Cisco 211279）が既定の Medium レベルの動作として説明しており、バグ ID はありません。Medium は TLS 1.0 しか提示せず、TLS 1.2 を提示するのは Medium-High です。',
      );
      if (!f.tms) return [from15, pre];
      return pre15(f) ? [pre] : [from15];
    },
  },
  {
    id: 'behind-firewall',
    recognise: {
      en: [
        '\\bbehind[\\s-]firewall\\b',
        // "what about systems behind a firewall?" (QA44 #9; asked only: "our codecs sit behind a firewall" states nothing about the mode)
        '(?<![a-z])(?:what|how)\\sabout\\s(?:the\\s|our\\s)?(?:systems?|endpoints?|codecs?|devices?)\\s(?:that\\sare\\s|which\\sare\\s)?behind\\s(?:a|the)\\sfirewall(?![a-z])',
      ],
      ja: ['behind[\\s-]?firewall', 'ビハインド\\s?ファイアウォール'],
    },
    statement: {
      en: ['\\bbehind[\\s-]firewall\\b'],
      ja: ['behind[\\s-]?firewall', 'ビハインド\\s?ファイアウォール'],
    },
    title: L('Systems in Behind Firewall mode', 'Behind Firewall モードのシステム'),
    answer: () => [
      L(
        'TMS does not poll systems in "Behind Firewall" mode, so the TLS version TMS offers does not matter to them, and they need nothing for this fix. A system in that mode is not one of those showing "No HTTPS response" for this reason: if one does, check the mode it is really in (Cisco\'s TMS Administrator Guide describes what the mode does).',
        '[Behind Firewall] モードのシステムは TMS からポーリングされないため、TMS が提示する TLS のバージョンは関係せず、この修正のための作業も不要です。このモードのシステムに「No HTTPS response」が表示されている場合、原因はこの問題ではありません。実際にどのモードになっているかを確認してください（モードの動作は Cisco の TMS アドミニストレータ ガイドに記載されています）。',
      ),
    ],
  },
  {
    id: 'secure-only',
    recognise: {
      en: ['\\bsecure[\\s-]?only\\b'],
      ja: ['secure[\\s-]?only', 'セキュア\\s?オンリー'],
    },
    statement: {
      en: ['\\bsecure[\\s-]?only\\b'],
      ja: ['secure[\\s-]?only', 'セキュア\\s?オンリー'],
    },
    title: L('Secure-Only mode', 'Secure-Only モード'),
    answer: () => [
      L(
        'In Secure-Only mode HTTPS runs both ways: TMS connects to systems over HTTPS, and systems connect to TMS over HTTPS too. So besides the `Client` keys (TMS connecting out), the TMS server\'s Schannel `Server` keys for TLS 1.2 matter as well: set TLS 1.2 on both. Check Cisco\'s TMS Administrator Guide for what the mode itself changes.',
        'Secure-Only モードでは HTTPS が双方向になります。TMS はシステムに HTTPS で接続し、システムも TMS に HTTPS で接続します。そのため、`Client` キー（TMS から外への接続）に加えて、TMS サーバの Schannel の TLS 1.2 の `Server` キーも重要です。TLS 1.2 は両方で有効にしてください。モード自体で何が変わるかは Cisco の TMS 管理者ガイドで確認してください。',
      ),
    ],
  },
  {
    id: 'tls13',
    recognise: {
      en: ['\\btls\\s?1\\.3\\b'],
      ja: ['tls\\s?1\\.3'],
    },
    title: L('TLS 1.3', 'TLS 1.3'),
    answer: (f) => {
      const out = [
        MH(
          'This fix does not need it: at Medium-High TMS offers TLS 1.2, and every TC, CE and RoomOS release accepts TLS 1.2. Do not disable TLS 1.2 in favour of 1.3.',
          'この修正には不要です。Medium-High の TMS は TLS 1.2 を提示し、TC・CE・RoomOS のすべてのリリースが TLS 1.2 を受け付けます。TLS 1.3 のために TLS 1.2 を無効にしないでください。',
        ),
      ];
      // Microsoft's table (knowledge.md): TLS 1.3 is n/a before Windows Server 2022, on by default from 2022.
      const w = f.windows;
      if (w && windowsSchannelDefaults(w).tls13 === null) {
        out.push(L(`On ${winName(f)} there is no TLS 1.3 to enable: Schannel has it only from Windows Server 2022 on (Microsoft's table marks it n/a before).`, `${winName(f)} には有効にできる TLS 1.3 がありません。Schannel が TLS 1.3 を備えるのは Windows Server 2022 以降です（Microsoft の表では、それより前は対象外です）。`));
      } else if (w) {
        out.push(L(`On ${winName(f)} TLS 1.3 is already on by default; whether TMS itself uses it is not covered by the documents I answer from: check Cisco's TMS release notes before relying on it.`, `${winName(f)} では TLS 1.3 はすでに既定で有効です。ただし、TMS 自体が使うかどうかは、回答の根拠にしている資料には書かれていません。頼る前に Cisco の TMS リリースノートを確認してください。`));
      } else {
        out.push(L('It depends on the Windows Server release: Schannel has TLS 1.3 only from Windows Server 2022 on (on by default there), not on 2008 R2 to 2019. Whether TMS itself uses it is not covered by the documents I answer from: check Cisco\'s TMS release notes before relying on it.', 'Windows Server のリリースによります。Schannel が TLS 1.3 を備えるのは Windows Server 2022 以降で（既定で有効）、2008 R2 から 2019 にはありません。TMS 自体が使うかどうかは、回答の根拠にしている資料には書かれていません。頼る前に Cisco の TMS リリースノートを確認してください。'));
      }
      return out;
    },
  },
  {
    // "do I need to restart IIS?", 「IISの再起動は必要ですか」: yes, whenever the level changes (knowledge.md
    // step 6: restarting IIS and the TMS services applies Medium-High); not the server-reboot question.
    id: 'iis-restart-needed',
    recognise: {
      en: [
        '(?<![a-z])(?:need|have|must|should|required?)(?![a-z]).{0,20}(?<![a-z])(?:restart|reset|bounce|recycle)(?:ing)?\\s(?:the\\s)?(?:iis|tms\\sservices|services)(?![a-z])',
        '(?<![a-z])(?:iis|tms\\sservices?|services?)\\s(?:restart|reset)\\s(?:is\\s|really\\s)*(?:needed|required|necessary|mandatory)(?![a-z])',
        '(?<![a-z])(?:is|are)\\s(?:an?\\s|the\\s)?(?:iis|services?|tms\\sservices?)\\s(?:restart|reset)s?\\s(?:really\\s)?(?:needed|required|necessary)(?![a-z])',
        '(?<![a-z])(?:do|does|must|should)\\s(?:we|i|you)\\s(?:also\\s)?(?:restart|reset)\\s(?:the\\s)?(?:iis|tms\\sservices|services)(?![a-z])',
      ],
      // (「サービス再起動の要否を教えてください」: whether it is needed, asked as the ticket asks it, readers-d #7.)
      ja: ['(?:iis|サービス)\\s?(?:の|を)?\\s?(?:再起動|リセット|さいきどう)\\s?(?:は|が|って|も)?\\s?(?:必要|ひつよう|いり|要り|要る|いる|必須|しなければ|すべき|しないと)', '(?:iis|サービス)\\s?(?:の|を)?\\s?(?:再起動|リセット)(?:します|する)(?:か|の)', '(?:iis|サービス)\\s?(?:の|を)?\\s?(?:再起動|リセット)\\s?(?:の|が)?\\s?(?:要否|必要性|必要可否|要不要)'],
    },
    statement: {
      en: ['^\\s*(?:an?\\s)?iis\\s(?:restart|reset)\\s(?:needed|required|necessary)\\s*$'],
      ja: ['^\\s*iis\\s?の?\\s?(?:再起動|リセット)\\s?(?:は|って)?\\s?(?:必要|必須|いる|要る)\\s*[?？]?\\s*$'],
    },
    title: L('Is an IIS restart needed?', 'IIS の再起動は必要か'),
    answer: (f) => {
      if (pre15(f)) return [PRE15_NOTE];
      if (atMediumHighOrAbove(f)) {
        return [
          L(
            `You are already at ${formatLevel(f.level!)}, so there is no TMS Tools change to apply: IIS and the TMS services need a restart only if a registry key changes (or a reboot, which restarts them too).`,
            `すでに ${formatLevel(f.level!)} なので、反映させる TMS ツールの変更はありません。IIS と TMS のサービスの再起動が必要なのは、レジストリのキーを変更した場合だけです（サーバを再起動すれば、これらも再起動されます）。`,
          ),
        ];
      }
      return [
        L(
          `Yes, every time, after the TMS Tools change: the new Communication Security level applies only once IIS and the TMS services restart. Run \`iisreset\`, restart \`${SERVICES.scanner}\` (restarting every TMS service is the thorough way) and start \`${SERVICES.plcm}\` if it is stopped. Until then TMS keeps offering TLS 1.0.`,
          `はい。TMS ツールの変更のあとは毎回必要です。新しい [Communication Security] のレベルは、IIS と TMS のサービスを再起動して初めて反映されます。\`iisreset\` を実行し、\`${SERVICES.scanner}\` を再起動して（TMS のサービスをすべて再起動するのが確実です）、\`${SERVICES.plcm}\` が停止していれば開始してください。それまでは TMS は TLS 1.0 を提示し続けます。`,
        ),
        L(
          `This is separate from the server reboot, which depends on the Schannel keys. If you do reboot the server after the TMS Tools change, that reboot restarts IIS and the TMS services that were running, so no separate restart is needed. ${PLCM_AFTER_REBOOT.en}`,
          `これは、Schannel のキー次第で必要になるサーバの再起動とは別の話です。TMS ツールの変更のあとにサーバを再起動する場合は、その再起動で IIS と実行中だった TMS サービスも再起動されるため、別に再起動する必要はありません。${PLCM_AFTER_REBOOT.ja}`,
        ),
      ];
    },
  },
  {
    // "can you give me the fix files?", "how do I get the .reg file?", 「修正ファイルをください」, a bare
    // "fix-kit" (the console's word): the kit for these facts (src/fixkit), or why there is none, as the
    // kit says it. The files themselves come from the Fix files action that onCatalogue adds after this
    // answer (a button in Slack, `fix-kit DIR` in the console): the text names no surface.
    id: 'fix-files',
    recognise: {
      en: [
        '(?<![a-z])(?:give|send|share|attach|post|upload|generate|create|make|write|get|download|have|want|need)\\s(?:me\\s|us\\s)?(?:the\\s|a\\s|those\\s|these\\s|your\\s)?fix[\\s-]?(?:files?|kit)(?![a-z])',
        '(?<![a-z])where\\s(?:are|is|do\\s(?:i|we)\\s(?:find|get)|can\\s(?:i|we)\\s(?:find|get))\\s(?:the\\s)?fix[\\s-]?(?:files?|kit)(?![a-z])',
        '(?<![a-z])(?:how|where)\\s(?:do|can|could)\\s(?:i|we)\\s(?:get|download|find)\\s(?:the\\s|a\\s|that\\s)?(?:\\.?reg|registry)\\sfiles?(?![a-z])',
        // A bare "the fix files?" (QA56 #9, as 「修正ファイルは？」).
        '^\\s*(?:and\\s|so\\s)?(?:the\\s|your\\s)?fix[\\s-]?(?:files?|kit)\\s*[?]+\\s*$',
        // "can you send me the files?", "where is the reg file?", "can I get a script for this?" (QA58 #12)
        '(?<![a-z])(?:send|give|share|attach|post)\\s(?:me|us)\\s(?:the\\s|those\\s|these\\s)?files(?![a-z])',
        '(?<![a-z])where\\s(?:is|are|can\\s(?:i|we)\\s(?:find|get))\\s(?:the\\s|that\\s|your\\s)?(?:\\.?reg|registry)\\s?files?(?![a-z])',
        '(?<![a-z])(?:get|have|give\\s(?:me|us)|send\\s(?:me|us)|is\\sthere|do\\syou\\shave|write\\s(?:me|us))\\s(?:a\\s|the\\s|any\\s)?(?:script|powershell(?:\\sscript)?|batch\\sfile)s?\\s(?:for|to\\s(?:do|fix|apply))\\s(?:this|it|that|the\\sfix)(?![a-z])',
        // The files asked in plain words, the whole message (QA63 #12): "files", "send me the files", "ok send me the files",
        // "can I get the reg file", "give me the .reg", "download". (Not "can I have the reg file to turn TLS 1.0 back on?":
        // anything after the file's name is another request, read by its own route.)
        FILES_ASKED_EN,
      ],
      // 「修正用ファイルをください」, a bare 「修正ファイルは？」 as EN "the fix files?" (QA56 #9).
      ja: [
        '修正(?:用の?)?(?:ファイル|キット)\\s?(?:を|が|は)?\\s?(?:ください|下さい|ほしい|欲しい|もらえ|いただけ|送って|作って|どこ|ありますか|ダウンロード)',
        '(?:\\.?reg|レジストリ)\\s?(?:の)?\\s?ファイル\\s?(?:は|を)?\\s?(?:どこ|どうやって|どう(?:すれば|したら)).{0,8}(?:入手|手に入|もらえ|取得|ダウンロード)',
        '^\\s*(?:その|例の|この)?\\s?修正(?:用の?)?(?:ファイル|キット)\\s?(?:は|を)?\\s?[?？]+\\s*$',
        // 「ファイルをください」「ファイルを送ってください」「ファイルをダウンロードできますか」「ファイル」 (QA63 #12).
        FILES_ASKED_JA,
      ],
    },
    statement: {
      en: [
        '^\\s*(?:please\\s)?(?:(?:give|send|share)\\s(?:me|us)\\s)?(?:the\\s)?fix[\\s-]?(?:files?|kit)(?:\\splease|\\spls)?\\s*[.!]?\\s*$',
        '^\\s*(?:please\\s)?(?:give|send|share)\\s(?:me|us)\\s(?:the\\s)?fix[\\s-]?(?:files?|kit)(?![a-z])',
        FILES_ASKED_EN,
      ],
      // A bare 「修正ファイル」 as EN "fix files" (QA56 #9).
      ja: ['修正(?:用の?)?(?:ファイル|キット)\\s?(?:を|が)?\\s?(?:ください|下さい|ほしい|欲しい|お願い)', '^\\s*fix[\\s-]?kit\\s*$', '^\\s*修正(?:用の?)?(?:ファイル|キット)\\s*[。.!！]?\\s*$', FILES_ASKED_JA],
    },
    title: L('Fix files', '修正ファイル'),
    answer: (f, _text, skipped) => fixFilesAnswer(f, skipped),
  },
  {
    // "what registry keys exactly?", "can you give me the .reg file", 「regファイルをください」: the registry
    // step of the answer for these facts (TLS 1.2 only unless Windows needs 1.1 too), with its .reg text.
    id: 'registry-keys-exact',
    recognise: {
      en: [
        '(?<![a-z])(?:which|what)\\s(?:registry\\s|reg\\s|schannel\\s)?(?:keys?|values?|entries)\\s(?:exactly|precisely|do\\s(?:i|we)\\s(?:need|set|add|create|change))(?![a-z])',
        '(?<![a-z])(?:which|what)\\s(?:exact\\s)?(?:registry|reg|schannel)\\s(?:keys?|values?|settings?|entries|changes?)(?![a-z])',
        '(?<![a-z])exact\\s(?:registry\\s|reg\\s)?(?:keys?|values?|settings?)(?![a-z])',
        '(?<![a-z])(?:give|send|share|show|write|get|have|provide)\\s(?:me\\s|us\\s)?(?:the\\s|a\\s)?(?:\\.?reg|registry)\\s(?:file|script|snippet)(?![a-z])',
        '(?:^|\\s)\\.reg\\s(?:file\\s)?(?:please|pls)?\\s*[?]?\\s*$',
      ],
      ja: ['(?:レジストリ|schannel)\\s?(?:の)?\\s?(?:キー|値|設定)[^。？?]{0,12}(?:具体的|正確|詳しく|どれ|どの|何を)', '(?:具体的|正確)[^。？?]{0,6}(?:レジストリ|キー)', '(?:\\.?reg|レジストリ)\\s?(?:の)?\\s?(?:ファイル)\\s?(?:を|が)?\\s?(?:ください|下さい|ほしい|欲しい|もらえ|いただけ|送って|作って)'],
    },
    statement: {
      en: ['^\\s*(?:(?:give|send)\\s(?:me|us)\\s)?(?:the\\s)?(?:\\.?reg|registry)\\sfile(?:\\splease|\\spls)?\\s*[.!]?\\s*$'],
      // 「レジストリのファイルがほしい」 as 「レジストリファイルがほしい」 (QA56 #9).
      ja: ['(?:\\.?reg|レジストリ)\\s?(?:の)?\\s?ファイル\\s?(?:を|が)?\\s?(?:ください|下さい|ほしい|欲しい)'],
    },
    title: L('The registry keys, exactly', 'レジストリ キーの詳細'),
    answer: (f) => {
      if (pre15(f)) return [PRE15_NOTE];
      const step = enableTls1112Registry(f.windows, undefined, keysSaidSet(f));
      const reg = (step.literal ?? '').replace(/\r\n/g, '\n').trimEnd();
      // The step's lead (the note for this Windows release, and the 'you say they are set' one), then how.
      const out: LocalizedText[] = [...step.body.slice(0, keysSaidSet(f) ? 2 : 1), ...(step.steps ?? [])];
      if (reg) out.push(L('```\n' + reg + '\n```', '```\n' + reg + '\n```'));
      out.push(
        MH(
          'Export the registry first (regedit > File > Export). The keys only make TLS 1.2 available: Communication Security = Medium-High in TMS Tools is still the step that fixes it. The fix files hold the same keys and values as enable-tls12.reg (with comments at the top on what comes first), and a check-tls.cmd that reads the keys without changing anything: ask me for the fix files to get them.',
          '先にレジストリをエクスポートしてください（regedit > [ファイル] > [エクスポート]）。キーは TLS 1.2 を使える状態にするだけで、解決するのはやはり TMS ツールで [Communication Security] を Medium-High にする手順です。修正ファイルには、これと同じキーと値の enable-tls12.reg（先頭のコメントに事前の作業を記載）と、何も変更せずにキーを読み取る check-tls.cmd が入っています。「修正ファイルをください」と言っていただければお渡しします。',
        ),
      );
      return out;
    },
  },
  {
    // "what does 0x0301 mean?", "what does RST after client hello mean?", 「0x0301って何」: reading the capture
    // (knowledge.md: Symptom and Verify; a cipher-suite mismatch gives alert 40 or a RST even at TLS 1.2).
    id: 'capture-reading',
    recognise: {
      en: ['(?<![0-9a-z])0x030[1-4](?![0-9a-z])', '(?<![a-z])(?:rst|reset)(?![a-z]).{0,30}(?<![a-z])(?:client\\s?hello|hello)(?![a-z])', '(?<![a-z])client\\s?hello(?![a-z]).{0,40}(?<![a-z])(?:rst|reset|version)(?![a-z])'],
      ja: ['(?<![0-9a-z])0x030[1-4](?![0-9a-z])', '(?:client\\s?hello|クライアント\\s?ハロー)[^。？?]{0,20}(?:rst|リセット|バージョン)(?:[^。？?]{0,15})(?:意味|何|なに|とは)'],
    },
    title: L('Reading the capture: versions and the reset', 'キャプチャの読み方：バージョンとリセット'),
    answer: () => [
      L(
        'The version in the ClientHello is a two-byte code: 0x0301 is TLS 1.0, 0x0302 TLS 1.1, 0x0303 TLS 1.2. Read it under Handshake Protocol: Client Hello > Version (or the supported_versions extension), not in the record layer: the record-layer version of a TLS 1.2 hello is often 0x0301 too.',
        'ClientHello のバージョンは 2 バイトのコードです。0x0301 が TLS 1.0、0x0302 が TLS 1.1、0x0303 が TLS 1.2 です。レコード層ではなく [Handshake Protocol: Client Hello] > [Version]（または supported_versions 拡張）で読んでください。TLS 1.2 の ClientHello でも、レコード層のバージョンは 0x0301 になっていることがよくあります。',
      ),
      L(
        'A TCP RST from the endpoint right after a ClientHello offering TLS 1.0 (0x0301) is this problem: TC 7.3.6 and later, CE 8.1.0 and later and every RoomOS release refuse TLS 1.0, and TMS at Medium offers nothing else. TMS then tries HTTP on port 80 and gets `301 Moved Permanently`. If TMS sends no ClientHello at all after the TCP handshake, TLS 1.0 is off on the TMS server while TMS is still at Medium.',
        'TLS 1.0（0x0301）を提示する ClientHello の直後にエンドポイントから TCP RST が返るのが、この問題です。TC 7.3.6 以降、CE 8.1.0 以降、および RoomOS のすべてのリリースは TLS 1.0 を拒否し、Medium の TMS はそれ以外を提示しません。そのあと TMS はポート 80 の HTTP を試し、`301 Moved Permanently` が返ります。TCP ハンドシェイクのあと ClientHello がまったく送られない場合は、TMS が Medium のまま TMS サーバで TLS 1.0 が無効になっています。',
      ),
      L(
        'A RST (or TLS alert 40) after a ClientHello that already offers TLS 1.2 (0x0303) is something else: for example a cipher-suite mismatch after hardening with a GPO or IIS Crypto. The Schannel events help there: the System log (source Schannel) shows a handshake Windows refused or failed (36871, 36874 or 36888); the event\'s own text says which side it was on: 36874 is a request received from a client (a connection TO the TMS server), while 36887 and 36888 (a fatal alert received from, or sent to, the other side) can come from either kind of connection, so match their time with TMS polling the endpoint.',
        'すでに TLS 1.2（0x0303）を提示している ClientHello のあとの RST（または TLS アラート 40）は別の原因です。たとえば GPO や IIS Crypto による強化後の暗号スイートの不一致です。その場合は Schannel のイベントが手がかりになります。システム ログ（ソース Schannel）では、Windows が拒否または失敗したハンドシェイクが分かります（36871、36874、36888）。どちら側の接続かはイベントの本文で確認してください。36874 はクライアントから受けた要求（TMS サーバへの接続）です。36887 と 36888（接続相手から致命的なアラートを受信した、または相手に送信した）はどちらの向きの接続でも記録されるため、時刻を TMS のエンドポイントへのポーリングと照らし合わせてください。',
      ),
    ],
  },
  {
    // "which event IDs should I look for?", 「どのイベントIDを見ればいいですか」 (knowledge.md: Schannel 36871,
    // 36874, 36888 in the System log; SQL Server 26011, also 17182 / 17826, when SQL stops).
    id: 'event-ids',
    recognise: {
      en: ['(?<![a-z])(?:which|what)\\s(?:windows\\s|schannel\\s|sql\\s)?(?:event(?:\\s?log)?\\s?(?:ids?|numbers?|codes?)?|events)(?![a-z])', '(?<![a-z])event\\s?(?:ids?|numbers?)\\s(?:to\\s(?:look|check|search|watch)|should\\s(?:i|we))(?![a-z])'],
      ja: ['(?:どの|どんな|何の?)\\s?(?:イベント|event)', 'イベント\\s?(?:id|番号)[^。？?]{0,10}(?:どれ|何|どの|教えて|見れば|確認)'],
    },
    title: L('Which events to look for', '確認するイベント'),
    answer: (f) => {
      const out = [
        L(
          'On the TMS server, System log, source Schannel. 36871, 36874 and 36888 show that Windows (Schannel), not TMS, refused or failed a handshake; the event\'s own text says which side it was on. 36874 (no cipher suite in common with a client) is logged only for a connection coming TO the TMS server (to IIS, for example). 36888 (a fatal alert this server sent) and 36887 (one it received, if you see it; the text gives the alert number) can come from either direction: match their time with TMS polling the endpoint. Windows logs these when it refused or failed a handshake, for example after a GPO or IIS Crypto changed protocols or cipher suites. For the endpoint problem itself a capture is more direct: a RST right after a TLS 1.0 ClientHello.',
          'TMS サーバのシステム ログで、ソースが Schannel のイベントを見てください。36871、36874、36888 は、TMS ではなく Windows（Schannel）がハンドシェイクを拒否または失敗したことを示します。どちら側の接続かはイベントの本文で確認してください。36874（クライアントと共通の暗号スイートがない）は、IIS など TMS サーバへの受信接続でだけ記録されます。36888（このサーバが致命的なアラートを送信）と、出ていれば 36887（受信。本文にアラート番号があります）は、どちらの向きの接続でも記録されるため、時刻を TMS のエンドポイントへのポーリングと照らし合わせてください。Windows がこれらを記録するのは、ハンドシェイクを拒否または失敗したときです（GPO や IIS Crypto でプロトコルや暗号スイートを変えたあとなど）。エンドポイントの問題そのものは、キャプチャのほうが直接分かります。TLS 1.0 の ClientHello の直後の RST です。',
        ),
      ];
      if (f.sqlLocation !== 'remote') {
        out.push(
          L(
            'If a SQL Server on the TMS server stops after a TLS change: 26011 ("unable to initialize encryption because of a problem with a security library") in its log, and 17182 / 17826 seen with it.',
            'TLS の変更後に TMS サーバ上の SQL Server が停止した場合は、そのログの 26011（「unable to initialize encryption because of a problem with a security library」）と、あわせて出る 17182 / 17826 です。',
          ),
        );
      }
      return out;
    },
  },
  {
    // "can I test it on one endpoint first?", 「1 台だけで先に試せますか」: the level is one setting of the
    // TMS server, not per system; what can be tried on one endpoint is the probe before and the check after.
    id: 'test-one-first',
    recognise: {
      en: [
        '(?<![a-z])(?:test|try|pilot|trial|roll\\sout|apply|enable)(?:\\s(?:it|this|that|the\\sfix|the\\schange|mediumhigh|tls\\s1\\.2))?\\s(?:on|with|for)\\s(?:just\\s|only\\s)?(?:one|a\\ssingle|1|a\\sfew|some|a\\scouple\\sof|a\\stest|one\\stest)\\s(?:endpoint|codec|system|device|room|unit)s?(?![a-z])',
        '(?<![a-z])(?:per[\\s-](?:endpoint|system|codec|device)|(?:endpoint|system|codec|device)[\\s-]by[\\s-](?:endpoint|system|codec|device))(?![a-z])',
        '(?<![a-z])(?:mediumhigh|communication\\ssecurity|the\\s(?:security\\s)?level)\\s(?:only\\s)?(?:for|on)\\s(?:just\\s)?(?:one|some|a\\sfew|specific|certain|selected)\\s(?:endpoints?|systems?|codecs?|devices?)(?![a-z])',
      ],
      ja: ['(?:1|１|一|ひと)台(?:だけ)?(?:で|に)(?:先に|まず)?\\s?(?:試|テスト|検証|適用)', '(?:一部|特定|いくつか)の(?:エンドポイント|端末|機器|コーデック)(?:だけ|のみ)(?:に|で)', '(?:エンドポイント|端末|機器|コーデック)ごと(?:に|の)'],
    },
    title: L('Trying it on one endpoint first', '1 台で先に試せるか'),
    answer: (f) => {
      if (pre15(f)) return [PRE15_NOTE];
      return [
        L(
          'Not as a switch per endpoint: Communication Security is one setting of the TMS server in TMS Tools, so raising it changes the ClientHello TMS sends to every system it connects to, and turns Telnet and SNMP off for all of them (check which systems need those first).',
          'エンドポイントごとの切り替えはできません。Communication Security は TMS ツールで設定する TMS サーバ全体の設定なので、上げると TMS が接続するすべての機器への ClientHello が変わり、すべての機器に対して Telnet と SNMP が無効になります（先に、それらを必要とする機器を確認してください）。',
        ),
        L(
          'What you can do with one endpoint: before the change, let me probe its HTTPS port: if it refuses TLS 1.0 and accepts TLS 1.2, that confirms the cause without touching TMS. After the change, check that one first (Force Refresh in Systems > Navigator, or a capture showing TLS 1.2, 0x0303, in TMS\'s ClientHello), then the rest.',
          '1 台でできることはあります。変更前に、その HTTPS ポートをプローブさせてください。TLS 1.0 を拒否して TLS 1.2 を受け付ければ、TMS に触らずに原因を確認できます。変更後は、まずその 1 台を確認し（[Systems] > [Navigator] で Force Refresh、または TMS の ClientHello が TLS 1.2（0x0303）になっていることをキャプチャで確認）、それから残りを確認します。',
        ),
      ];
    },
  },
  {
    id: 'verify',
    recognise: {
      en: [
        '\\bhow\\s(?:do|can|would)\\s(?:i|we)\\s(?:verify|check|confirm|know|tell|test)\\b',
        '\\b(?:verify|confirm|prove)\\b.{0,30}\\b(?:work(?:ed|s)?|fix(?:ed)?|success)',
        '\\bhow\\sto\\s(?:verify|check|confirm|test)\\b',
        // "verification steps please", "the verification procedure, please" (QA52 #6)
        '\\b(?:verification|validation|post-?change\\scheck)\\s(?:steps?|procedure|plan|method|checks?)\\b(?!\\s(?:done|completed|passed|finished|ok)\\b)',
        // "what do I check afterwards?", "what should I verify after the change?", "anything to check after?" (QA39 #11)
        '^\\s*(?:so\\s|and\\s|ok(?:ay)?,?\\s)?(?:what|anything)\\s(?:(?:do|should|must|can)\\s(?:i|we)\\s|else\\s)?(?:to\\s)?(?:check|verify|confirm|test|look\\sat)\\s(?:afterwards|after(?:\\s(?:the\\s|that|this|it|wards|the\\s(?:change|fix|reboot|restart|work)))?|once\\s(?:it\\sis|it.s|done))\\s*[?]',
      ],
      ja: [
        '確認方法',
        'どう(?:やって)?(?:確認|検証|確かめ)',
        '直った(?:か|こと)',
        // 「うまくいったかどう確かめる？」「確認する方法は？」 (QA44 #1)
        'うまく(?:いった|行った)(?:か|こと)',
        '^\\s?(?:確認|検証|確かめる)(?:する|の)?\\s?方法',
        // 「確認手順を教えてください」「検証手順は？」 (QA58 #13): the procedure to check the fix, asked alone.
        '^\\s?(?:確認|検証)(?:の)?\\s?(?:手順|手続き)(?:を|は|が)?\\s?(?:教えて|知りたい|ください|下さい|お願い|ありますか|[?？]|$)',
        '成功した(?:か|こと)',
        '(?:どこ|何)を見れば',
        // 「作業後に何を確認すればいいですか？」「変更後に確認することはありますか？」 (QA39 #11)
        '(?:作業|変更|設定|対応|再起動)(?:後|のあと|の後)\\s?(?:に|は)?\\s?(?:何を|なにを)?\\s?確認(?:すれば|する(?:こと|べき|点|もの)|した方が|しておく)',
      ],
    },
    title: L('How to verify the fix', '修正の確認方法'),
    // TLS 1.0 off by the Windows release's default (Server 2025) at Medium: no ClientHello before the fix (QA51 #13).
    // A capture ruled out in the message ("we can't install Wireshark. How can we confirm the fix?"): without one (QA53 #13).
    // Found at Medium-High or High (not raised as a step of this fix): worded for that level, as the answer's step is (QA56 #7).
    answer: (f, text) =>
      CAPTURE_RULED_OUT.test(normaliseQuestion(text ?? ''))
        ? verifyWithoutCaptureAnswer()
        : verifyTls12ClientHello(false, f.level !== 'medium-high' && f.level !== 'high' && tls10OffByWindowsDefault(f) !== undefined, foundAtMediumHigh(f)).body,
  },
  {
    // "should we upgrade our CE 9.15 endpoints?", "would upgrading the codecs fix it?", 「うちの CE 9.15 の端末をアップグレード
    // すべきですか？」: no (a newer release refuses TLS 1.0 too); the fix is on TMS. Before 'endpoints-untouched' ("should we update the
    // firmware?"); "do we need to update the endpoints?" stays that entry's.
    id: 'endpoint-upgrade',
    recognise: {
      en: [
        '(?<![a-z])(?:should|shall|must|can|could|would|will)\\s(?:we|i|you|they|it)?\\s?(?:just\\s)?(?:upgrade|update)\\s(?:(?:our|the|all|those|these|my|all\\sthe)\\s)?(?:(?:tc|ce|roomos)\\s?v?\\d[\\w.]*\\s)?(?:endpoints?|codecs?|devices?|rooms?|boards?|units?|firmware|room\\s?kits?)(?![a-z])',
        '(?<![a-z])(?:should|shall|must|can|could|do|does)\\s(?:(?:our|the|all|those|these|my)\\s)?(?:(?:tc|ce|roomos)\\s?v?\\d[\\w.]*\\s)?(?:endpoints?|codecs?|devices?|rooms?|boards?|units?|firmware|room\\s?kits?)\\s(?:need\\sto\\s)?(?:be\\s)?(?:upgraded|updated|upgrade|update)(?![a-z])',
        '(?<![a-z])(?:would|will|does|could|can)\\s(?:upgrading|updating|an?\\s(?:endpoint|codec|firmware)\\s(?:upgrade|update))\\s?(?:the\\s|our\\s)?(?:endpoints?|codecs?|devices?|rooms?|boards?|units?|firmware|room\\s?kits?)?\\s?(?:fix|help|solve|resolve)',
        '(?<![a-z])(?:fix|solve)\\s(?:it|this)\\sby\\s(?:upgrading|updating)\\s(?:the\\s|our\\s)?(?:(?:tc|ce|roomos)\\s?v?\\d[\\w.]*\\s)?(?:endpoints?|codecs?|devices?|rooms?|boards?|units?|firmware|room\\s?kits?)(?![a-z])',
      ],
      ja: ['(?:エンドポイント|端末|コーデック|ファームウェア)[^。？?]{0,25}(?:アップグレード|アップデート|バージョンアップ|更新)(?:す|し)?(?:べき|れば|たら|た方が|たほうが|が必要|は必要|で直|で解決)'],
    },
    title: L('Would upgrading the endpoints fix it?', 'エンドポイントのアップグレードで直るか'),
    // (The release the question names is the one answered for: "should TC 7.3.5 codecs be upgraded?" is a case, not recorded.)
    answer: (f, text) => endpointUpgradeAnswer({ ...f, endpoint: endpointNamedIn(text) ?? f.endpoint }),
  },
  {
    id: 'endpoints-untouched',
    recognise: {
      en: [
        '(?<![a-z])(?:touch|change|modify|reconfigure|configure|update|do\\s(?:anything|something)\\s(?:on|to|with)|anything\\s(?:to\\s(?:do|change)\\s)?on)(?![a-z]).{0,30}(?<![a-z])(?:endpoints?|codecs?|devices?)(?![a-z])',
        '(?<![a-z])(?:endpoints?|codecs?|devices?)(?![a-z]).{0,30}(?<![a-z])(?:need|needs|require|required)(?![a-z]).{0,20}(?<![a-z])(?:change|changes|changing|changed|touch|touching|touched|config|configuration|configured|anything|work)(?![a-z])',
        '(?<![a-z])(?:endpoint|codec|device)[\\s-]side(?![a-z])',
        // "is the endpoint broken?" (after a test showing TLS 1.0 refused): the same answer, refusing TLS 1.0 is by design.
        '(?<![a-z])(?:is|are)\\s(?:the\\s|this\\s|that\\s|our\\s)?(?:endpoints?|codecs?|room\\s?kits?|devices?)\\s(?:broken|faulty|defective|at\\sfault|misconfigured)(?![a-z])',
      ],
      ja: ['(?:エンドポイント|端末|コーデック)(?:側)?(?:で|に|の|は|も|を)?.{0,15}(?:作業|変更|設定|対応|操作|触)', '(?:エンドポイント|端末|コーデック)(?:が|は|の)?\\s?(?:壊れ|故障|不良)'],
    },
    title: L('Do the endpoints need any change?', 'エンドポイント側の作業は必要か'),
    answer: (f) => endpointsAnswer(f),
  },
  {
    // Before "rollback": "how do I get SQL back up?" during the outage is not "undo the fix".
    id: 'sql-recovery',
    recognise: {
      en: [
        '(?<![a-z])(?:get|bring)\\s(?:it|sql(?:\\sserver)?|the\\s(?:sql(?:\\sserver)?\\s?(?:service|instance)?|database|db|service|instance|server)|everything|things)\\s(?:back\\s)(?:up|online|on\\sline|running|to\\slife)(?![a-z])',
        '(?<![a-z])back\\sup\\sand\\srunning(?![a-z])',
        // "How do I get the SQL service started again?", "how do we start SQL?", "SQL is down, what do we do?" (QA round 16 #6;
        // the last one only in a question: the clause of the question sentence that names an entry).
        '(?<![a-z])(?:get|bring)\\s(?:sql(?:\\sserver)?|mssql(?:server)?|the\\s(?:sql(?:\\sserver)?|database|db)(?:\\s(?:service|instance))?)\\s(?:back\\s)?(?:up|online|running|started|going)(?![a-z])',
        '(?<![a-z])(?:get|bring)\\s(?:it|the\\s(?:service|instance|server))\\s(?:started|running|going|up)\\sagain(?![a-z])',
        // "how do we get SQL back?" (QA round 19 #6): SQL named as the object of "get … back".
        '(?<![a-z])(?:get|bring)\\s(?:sql(?:\\sserver)?|mssql(?:server)?|the\\s(?:sql(?:\\sserver)?|database|db)(?:\\s(?:service|instance))?)\\sback(?![a-z])(?!\\s(?:to|from|into)\\s(?:the\\s)?(?:\\d|version|build|sp|rtm|old|previous|earlier))',
        '(?<![a-z])how\\s(?:do|can|should|would)\\s(?:i|we)\\sstart\\s(?:the\\s)?(?:sql|database|db|mssql)(?![a-z])',
        "(?<![a-z])(?<!(?:if|when|while|whether|once|after|before|until)\\s(?:the\\s)?)(?:sql|database|db|mssql)(?:\\sserver)?(?:\\sservice)?(?:\\s(?:is|was|went)|'s)\\s(?:still\\s)?(?:down|stopped|dead|offline|not\\srunning)(?![a-z])",
        '(?<![a-z])(?:recover|restore|revive)\\s(?:the\\s)?(?:sql|database|db|mssql)(?![a-z])',
        '(?<![a-z])how\\s(?:do|can|should|would)\\s(?:i|we)\\srecover(?![a-z])',
        "(?<![a-z])(?:sql|database|db|mssql)(?:\\sserver)?(?:\\sservice)?\\s(?:won'?t|will\\snot|doesn'?t|does\\snot|can'?t|cannot|isn'?t|is\\snot|refuses\\sto)\\s(?:start|come\\sup|run|be\\sstarted)(?![a-z])",
        // "if we turn TLS 1.0 back on, will SQL start?"
        '(?<![a-z])tls\\s?1\\.0\\s(?:back\\son|again).{0,30}(?<![a-z])(?:sql|database|db)(?![a-z]).{0,20}(?<![a-z])(?:start|come\\sback|come\\sup|run)(?![a-z])',
        // "what do i re-enable exactly?", "which keys do we turn back on?" (QA round 20 #8, m3): what to turn back on
        // (the answer says it is for a SQL Server stopped by the change when no outage was said).
        '(?<![a-z])(?:what|which(?:\\s(?:keys?|protocols?|settings?|ones?))?)\\s(?:do|should|must|shall)\\s(?:i|we)\\s(?:re-?enable|turn\\s(?:back\\son|on\\sagain)|switch\\s(?:back\\son|on\\sagain)|enable\\sagain)(?![a-z])',
      ],
      ja: [
        '復旧',
        '(?:sql|データベース|(?<![a-z])db(?![a-z])).{0,20}(?:起動(?:しない|できない|しません|できません)|上がら|立ち上がら|落ち|止ま).{0,30}(?:どう|方法|には|ください)',
        // 「SQLを起動させるにはどうすれば？」, 「SQLが止まったままです、どうしたらいいですか」 (QA round 16 #6)
        '(?:sql|データベース|(?<![a-z])db(?![a-z]))(?:\\s?server)?(?:\\s?(?:の)?サービス)?\\s?(?:を|が)\\s?(?:再び|もう一度|また)?\\s?(?:起動|開始|立ち上げ|動か)(?:させる|させられる|する|できる|す|る)?(?:には|ための|方法)',
        '(?:sql|データベース|(?<![a-z])db(?![a-z])).{0,15}(?:止まった|落ちた|停止した|起動しない|起動できない)まま',
        // 「SQLを戻すにはどうすれば？」「SQLを元に戻す方法は？」 (QA round 19 #6): SQL itself is what is brought back,
        // not the fix ("rollback" below is for the Communication Security level and the keys).
        '(?:sql|データベース|(?<![a-z])db(?![a-z]))(?:\\s?server)?(?:\\s?(?:の)?サービス)?\\s?(?:を|が)\\s?(?:元に|もとに|元通りに)?\\s?(?:戻す|戻せ|戻る|戻し|戻れ)(?:には|ための|方法|手順|にはどう|ば|たら)',
        // 「TLS 1.0 を戻せば SQL は起動しますか？」 (QA round 10 #14)
        'tls\\s?1\\.0\\s?(?:を|も)?\\s?(?:有効に)?(?:戻せば|戻したら|有効にすれば|有効にしたら).{0,20}(?:sql|データベース).{0,10}(?:起動|動|復旧)',
        // 「何を有効に戻せばいい？」「どのキーを有効にし直す？」
        '(?:何|なに|どれ|どの(?:キー|設定|プロトコル))\\s?(?:を)?\\s?(?:再度|もう一度|また)?\\s?(?:有効に(?:戻|し直)|再有効化)',
      ],
    },
    title: L('Getting SQL Server running again', 'SQL Server の復旧'),
    // The same steps lead the reply when the message itself holds the 26011 line (evidence-rules.ts).
    answeredBy: 'event-sql-encryption-init-failed',
    answer: (f, text) => {
      const out: LocalizedText[] = [];
      const said = /(?<![a-z])(?:sql|mssql|database|db)(?![a-z])|26011|データベース/i.test(text ?? '');
      if (!sqlDownSeen(f) && !said) {
        out.push(L('If it is SQL Server that stopped after the TLS change (event 26011, "unable to initialize encryption", in its log), this is how; for anything else, tell me what stopped and what it logs.', 'TLS の変更後に止まったのが SQL Server であれば（ログにイベント 26011「unable to initialize encryption」）、次の手順です。それ以外の場合は、何が止まったのか、何が記録されているかを教えてください。'));
      }
      out.push(...sqlOutageRecovery(f));
      if (!f.sql && sqlOutageCase(f) === 'restore') out.push(L(`To know which SQL Server it is: ${SQL_VERSION_WHILE_DOWN.en}`, `どの SQL Server かを確認するには：${SQL_VERSION_WHILE_DOWN.ja}`));
      return out;
    },
  },
  {
    id: 'rollback',
    recognise: {
      en: [
        // "is it reversible?", "can we roll it back?", "can the change be undone?" (QA58 #12)
        `${NOT_ABOUT_FIX_EN_BEFORE}(?<![a-z])reversible(?![a-z])${NOT_ABOUT_FIX_EN_AFTER}`,
        '(?<![a-z])roll\\s(?:it|this|that|them|the\\s(?:change|changes|fix|level))\\sback(?![a-z])',
        '(?<![a-z])(?:can|could)\\s(?:it|this|that|the\\s(?:change|changes|fix|level))\\sbe\\s(?:undone|reversed|rolled\\sback)(?![a-z])',
        '(?<![a-z])(?:roll\\s?back|rolling\\sback|undo|revert|back\\s?out)(?![a-z])', '(?<![a-z])go\\sback\\sto\\s(?:medium|how\\sit\\swas|the\\sold)(?![a-z])', '(?<![a-z])(?:set|put|switch|change|move|turn|revert)\\s(?:it\\s|the\\slevel\\s|tms\\s)?back\\s(?:to\\s)?(?:medium|the\\sdefault|how\\sit\\swas|the\\sold)(?![a-z])'],
      // 「元の状態に戻して」「元の設定に戻すには？」 (QA64 #2)
      ja: ['(?:medium|ミディアム|既定|デフォルト)\\s?に戻', '切り戻', 'ロールバック', '元に戻(?:す|し|せ|る)', '(?:元|もと)の(?:状態|設定|値)に\\s?戻(?:す|し|せ|る)', '戻し方', '戻す(?:手順|方法)'],
    },
    title: L('Rolling back', '切り戻し'),
    answer: (f, text = '') => {
      if (pre15(f)) return [PRE15_NOTE];
      // "…our Polycom HDX units show Security violation: Telnet communication is not allowed. how do we roll back?" (QA51 #6):
      // Telnet and SNMP depend on the level only (knowledge.md, Caveats): the level is the whole rollback for them; the TLS 1.2
      // keys do not matter to Telnet, and a reboot for them would be an outage for nothing (knowledge.md, Fix 4).
      if (TELNET_LOSS.test(text) || (f.telnetVia && f.telnetSystems?.length)) return telnetRollback(f);
      // SQL Server 2008 / 2008 R2 maybe on the TMS server: TLS 1.0 must stay on for it (knowledge.md, Caveats), so the rollback
      // says what to restore and the trap (QA64 #2: 「元の状態に戻して」 after a reg query with TLS 1.0 off put it off again).
      // The same for SQL Server 2012 / 2014 builds without TLS 1.2 support (rev64 #3): they need TLS 1.0 too.
      const needs10 = tls10SqlMaybeLocal(f);
      if (needs10) return oldSqlRollback(f, needs10 === 'maybe');
      const out = [
        L(
          'Undo the steps in reverse: in TMS Tools set Communication Security back to the level it had and restart IIS and the TMS services; if you created or changed Schannel keys, put them back as they were (the registry export you made first shows how they were; with the output of check-tls.cmd saved before the fix, the fix kit can also write a rollback.reg that undoes what enable-tls12.reg set, and nothing else) and reboot.',
          '手順を逆の順に戻します。TMS ツールで [Communication Security] を元のレベルに戻して IIS と TMS のサービスを再起動し、Schannel のキーを作成・変更した場合は元の状態に戻して（最初に取ったレジストリのエクスポートで元の状態を確認できます。修正前に保存した check-tls.cmd の出力があれば、enable-tls12.reg が設定したものだけを戻す rollback.reg も修正キットで作成できます）サーバを再起動してください。',
        ),
        L(
          'Rolling back is not a fix: at Medium, TMS offers only TLS 1.0 again and the endpoints that refuse it show "No HTTPS response" again. After going back, check that `TMSSNMPService` runs again if you rely on SNMP.',
          '切り戻しは解決策ではありません。Medium に戻すと TMS は再び TLS 1.0 しか提示せず、それを拒否するエンドポイントには再び「No HTTPS response」が表示されます。SNMP を使っている場合は、戻したあと `TMSSNMPService` が再び動いていることを確認してください。',
        ),
        L(
          'Before rolling back because it still fails, look at why: a capture shows whether TMS now offers TLS 1.2, and the System log (source Schannel: 36871, 36874, 36888; the event\'s text says which side) shows a handshake Windows refused. Say "still failing" and I will list what to check.',
          'うまくいかないために切り戻す場合は、先に原因を確認してください。キャプチャで TMS が TLS 1.2 を提示しているか分かり、システム ログ（ソース Schannel の 36871、36874、36888。どちら側の接続かはイベントの本文で確認）で Windows が拒否したハンドシェイクが分かります。「まだ直りません」と送っていただければ、確認項目をお伝えします。',
        ),
      ];
      // SQL Server not known, TLS 1.0 seen or said off before (rev64 #3): the export from before holds TLS 1.0 off, which
      // stops a SQL Server that needs it at the next reboot; which SQL Server runs here is to be checked before restoring it.
      const basis = tls10ClientOffBasis(f);
      if (!f.sql && f.sqlLocation !== 'remote' && f.tlsClaims?.tls10 !== 'on' && (basis === 'evidence' || basis === 'claim')) {
        out.splice(
          1,
          0,
          L(
            'TLS 1.0 was off on this server before the fix, so do not import the registry export made before it as it is, and leave TLS 1.0 as it is now, until you know which SQL Server runs on the TMS server (`SELECT @@VERSION`): SQL Server 2008 / 2008 R2, and 2012 / 2014 builds without TLS 1.2 support, need TLS 1.0 on, and turning it off again stops them at the next reboot (event 26011). Tell me the SQL Server release and I will say what is safe to restore.',
            '修正前はこのサーバで TLS 1.0 が無効になっていました。TMS サーバでどの SQL Server が動いているか（`SELECT @@VERSION`）が分かるまでは、修正前に取ったレジストリのエクスポートをそのままインポートせず、TLS 1.0 は今の状態のままにしてください。SQL Server 2008 / 2008 R2 と、TLS 1.2 に対応していない 2012 / 2014 のビルドには TLS 1.0 が必要で、無効に戻すと次の再起動で起動しなくなります（イベント 26011）。SQL Server のリリースを教えていただければ、何を戻してよいかをお伝えします。',
          ),
        );
      }
      return out;
    },
  },
  {
    id: 'risks',
    recognise: {
      en: [
        '(?<![a-z])(?:risks?|risky)(?![a-z])',
        '(?<![a-z])side[\\s-]?effects?(?![a-z])',
        '(?<![a-z])what\\s(?:could|can|might|will)\\s(?:go\\swrong|break)(?![a-z])',
        '(?<![a-z])what\\s(?:breaks|will\\sbreak|would\\sbreak|gets\\sbroken|stops\\sworking)(?![a-z])',
        '(?<![a-z])(?:break|affect)\\sanything(?![a-z])',
        '(?<![a-z])is\\s(?:it|this|that|the\\s(?:fix|change))\\s(?:safe|dangerous)(?![a-z])',
        // "safe?", "is it safe?" alone (QA round 20 #8)
        '^\\s*(?:(?:is\\s)?(?:it|this|that)\\s)?safe\\s*[?？]+\\s*$',
        '(?<![a-z])(?:gotchas?|pitfalls?|caveats?)(?![a-z])',
        '(?<![a-z])anything\\sto\\swatch\\s(?:out\\s)?for(?![a-z])',
        '(?<![a-z])before\\s(?:we|i|you)\\s(?:switch|change|move|go|raise|start|do|make|apply)(?![a-z])[^?]{0,60}(?<![a-z])(?:check|know|prepare|verify|consider|look\\sat)(?![a-z])',
        '(?<![a-z])what\\s(?:should|must|do)\\s(?:we|i)\\s(?:check|verify|prepare)\\s(?:first|beforehand|before)(?![a-z])',
        // "is it OK to do this on prod?", "is it ok to reboot?", "is this procedure ok?", "can we do this in production?" (QA51 #7)
        '(?<![a-z])(?:is|would)\\s(?:it|this|that)\\s(?:be\\s)?(?:ok(?:ay)?|fine|alright|all\\sright|safe)\\s(?:for\\s(?:us|me)\\s)?to\\s(?:do|run|apply|make|try|reboot|restart|proceed|implement|set)(?:\\s(?:it|this|that|mediumhigh|(?:the|our)\\s(?:fix|change|changes|steps?|procedure|server|tms(?:\\sserver)?)))?(?:\\s(?:on|in)\\s(?:the\\s)?(?:prod(?:uction)?|live)(?:\\s(?:server|system|environment))?)?(?:\\s(?:now|today|tonight|first))?\\s*[?？]*\\s*$',
        '(?<![a-z])(?:is|are)\\s(?:this|these|the|that|your|our)\\s(?:procedure|plan|change|changes|fix|steps|approach)\\s(?:ok(?:ay)?|safe|fine|alright)\\s*[?？]',
        '(?<![a-z])(?:do|run|apply|make)\\s(?:it|this|that|the\\s(?:fix|change|changes))\\s(?:on|in)\\s(?:the\\s)?(?:prod(?:uction)?|live)(?:\\s(?:server|system|environment))?\\s*[?？]',
      ],
      ja: [
        // 「再起動しても大丈夫ですか？」「再起動して問題ないですか？」「本番環境でやっても大丈夫？」 (QA51 #7): asked, not reported
        // (「再起動しても大丈夫でした」), and not 「再起動しなくても大丈夫？」 (reboot-needed's).
        '(?:再起動し|リブートし|やっ|実施し|実行し|作業し|適用し|対応し|進め|変更し|設定し)て\\s?(?:も)?\\s?(?:大丈夫|平気|安全|問題\\s?(?:は)?\\s?(?:ない|ありません|なし))\\s?(?:です|でしょう)?\\s?(?:か|[?？])',
        // 「この手順で大丈夫でしょうか」
        '(?:この|その|今回の|これらの)\\s?(?:手順|やり方|方法|作業|変更|対応|修正)\\s?(?:で|は|って)\\s?(?:大丈夫|安全|問題\\s?(?:は)?\\s?(?:ない|ありません))\\s?(?:です|でしょう)?\\s?(?:か|[?？])',
        '何が(?:壊れ|止ま|使えなくな)', '前に(?:何を|なにを)?(?:確認|チェック|準備)', '事前(?:に|の)(?:確認|準備)', 'リスク', '副作用', '危険', '影響範囲', '注意(?:点|すべき|する)', '(?:何か|どんな|ほかに|他に)(?:問題|不具合|悪影響)', '(?:問題|不具合)(?:は|が)?(?:起き|出)', '安全(?:です)?か'],
    },
    title: L('What could go wrong', '作業のリスク'),
    answer: (f) => {
      const d = diagnose(f);
      if (d.affected === 'no') return [L('For the versions you gave, this is not the TLS 1.0 problem, so these changes are not needed: look for the other cause first.', 'お伝えいただいたバージョンでは TLS 1.0 の問題ではないため、これらの変更は不要です。先に別の原因を調べてください。')];
      if (pre15(f)) return [PRE15_NOTE];
      const bullet = (x: LocalizedText) => L(`• ${x.en}`, `・${x.ja}`);
      // The card's caveats, SQL first (it can stop the server's database), as the summary orders them.
      const rank = (code: string) => (code.includes('sql') || code === 'said-tls10-off' ? 0 : 1);
      const caveats = d.findings
        .filter((x) => x.severity === 'warning' || (x.severity === 'critical' && (x.code.startsWith('caveat-') || x.code.startsWith('said-'))))
        .sort((a, b) => rank(a.code) - rank(b.code));
      const out = [L('What to mind before the change, for what you told me (each is explained in the answer):', 'お伝えいただいた内容で、変更の前に気をつけること（それぞれの詳細は回答にあります）：')];
      for (const c of caveats) out.push(bullet(c.title));
      if (!f.sql) out.push(bullet(L('SQL Server version not known yet: a SQL Server 2008 R2, 2012 or 2014 on the TMS server can stop when TLS settings change; check it first (`SELECT @@VERSION`).', 'SQL Server のバージョンがまだ分かりません。TMS サーバ上の SQL Server 2008 R2・2012・2014 は、TLS の設定を変えると停止することがあります。先に確認してください（`SELECT @@VERSION`）。')));
      if (!f.windows) out.push(bullet(L('Windows Server release not known: set TLS 1.2 only, so the keys do not switch TLS 1.1 back on where the OS or a policy turned it off.', 'Windows Server のバージョンが分かりません。OS やポリシーが無効にした TLS 1.1 を再び有効にしないよう、TLS 1.2 だけを設定してください。')));
      out.push(bullet(L('The restarts (and a reboot, if keys change) interrupt TMS: plan a window.', '再起動（キーを変更した場合はサーバの再起動も）の間は TMS が止まります。作業枠を確保してください。')));
      out.push(bullet(L('Export the registry before changing it, so you can roll back; with two TMS nodes, change both.', '変更前にレジストリをエクスポートし、元に戻せるようにしてください。TMS が 2 ノード構成なら両方を変更してください。')));
      return out;
    },
  },
  {
    // "The SQL certificate expired", 「SQL の証明書が期限切れです」 (readers-d #8): SQL Server's own certificate. knowledge.md says
    // nothing about it: not the TMS -> endpoint HTTPS of this problem (there the TMS server is the TLS client and the endpoint's
    // certificate and TLS version count); outside this diagnosis, with what to check. Before 'certificates' (an endpoint's).
    id: 'sql-certificate',
    recognise: {
      en: [SQL_CERT_EN],
      ja: [SQL_CERT_JA],
    },
    statement: { en: [SQL_CERT_SAID_EN], ja: [SQL_CERT_SAID_JA] },
    title: L("SQL Server's certificate", 'SQL Server の証明書'),
    answer: (f) => {
      const out: LocalizedText[] = [
        L(
          'SQL Server\'s own certificate is outside what I can diagnose here: my sources say nothing about it. It is not part of the "No HTTPS response" problem, which is about TMS\'s HTTPS connection to the endpoints: there the TMS server is the TLS client, and what counts is the TLS version TMS offers and the endpoint\'s own certificate, not SQL Server\'s.',
          'SQL Server 自身の証明書は、ここで診断できる範囲の外です。手元の資料には記載がありません。また「No HTTPS response」の問題とは別物です。この問題は TMS からエンドポイントへの HTTPS 接続の話で、TMS サーバが TLS クライアントになり、関係するのは TMS が提示する TLS のバージョンとエンドポイント自身の証明書であり、SQL Server の証明書ではありません。',
        ),
        L(
          'What to check: whether TMS still reaches its database (the TMS web interface opens and the TMS services keep running), and the event logs of the SQL Server machine (the Windows Application and System logs, and the SQL Server error log) for errors from SQL Server. Renewing the certificate is a change on SQL Server of its own: do it in a window, following Microsoft\'s documentation for your SQL release.',
          '確認すること：TMS がデータベースに接続できているか（TMS の Web 画面が開き、TMS のサービスが動き続けているか）、そして SQL Server のマシンのイベント ログ（Windows の Application ログと System ログ、SQL Server のエラー ログ）に SQL Server のエラーが出ていないか。証明書の更新はそれ自体が SQL Server への変更です。作業枠を取り、お使いの SQL のリリースについての Microsoft のドキュメントに従ってください。',
        ),
      ];
      const still = f.endpoint && endpointRefusesTls10(f.endpoint) && !atMediumHighOrAbove(f) ? tlsFixStillNeeded(f) : null;
      if (still) out.push(still);
      return out;
    },
  },
  {
    id: 'certificates',
    recognise: {
      en: ['(?<![a-z])(?:certs?|certificates?|crl|revocation|self[\\s-]?signed)(?![a-z])'],
      ja: ['証明書', '失効', '(?<![a-z])crl(?![a-z])', '自己署名'],
    },
    // "the certificate expired", 「証明書の期限が切れています」: said, not asked; answered as the question would be (readers-c #5).
    statement: { en: [CERT_SAID_EN], ja: [CERT_SAID_JA] },
    // ("we are on High and endpoints use self-signed certs": the diagnosis of that message leads with the certificate check.)
    // (High named at all, read as the level or not: "at High with self-signed certificates" keeps the reading it had.)
    // (Pasted s_client/curl/sslscan output, "verify error:num=18:self-signed certificate": what a probed endpoint showed, read
    // by the evidence reader, never the user's statement (rev26 #1, QA52 #1).)
    statementUnless: (said, text) => said.level === 'high' || /(?<!medium[\s_-]?|mid[\s_-]?)(?<![a-z])high(?![a-z-])/i.test(text) || maskToolOutput(text) !== text || CERT_OF_SQL_SAID.test(normaliseQuestion(text)),
    title: L('Could it be the certificate?', '証明書が原因か'),
    answer: (f, text = '') => {
      const out: LocalizedText[] = [];
      if (CERT_SAID.test(text.toLowerCase()) && !CERT_OF_TMS_SAID.test(text.toLowerCase())) return certSaidAnswer(f);
      const d = diagnose(f);
      if (pre15(f)) out.push(PRE15_NOTE);
      else if (d.findings.some((x) => x.code === 'tms-medium-tls10-only')) {
        out.push(L('For your versions the TLS version comes first: the endpoint resets the connection right after TMS\'s TLS 1.0 ClientHello, before it sends its certificate, so the certificate is not what fails now. After the fix, two things in my sources can still make HTTPS fail because of certificates:', 'お使いのバージョンでは、まず TLS のバージョンが問題です。エンドポイントは TMS の TLS 1.0 の ClientHello の直後、証明書を送る前に接続をリセットするため、現時点で失敗しているのは証明書ではありません。修正後に証明書が原因で HTTPS が失敗しうるのは、手元の資料では次の 2 つです：'));
      } else {
        out.push(L('My sources name two ways certificates make HTTPS to a managed system fail, even at TLS 1.2:', '手元の資料で、TLS 1.2 でも証明書が原因で管理対象システムへの HTTPS が失敗するとされているのは、次の 2 つです：'));
      }
      out.push(
        L(
          `• The level High: on top of Medium-High it validates the certificates of the managed systems (check exactly what in Cisco's TMS administrator guide), so an endpoint with a self-signed or expired certificate fails. ${f.level === 'high' ? 'You are at High, so this applies to you.' : f.level ? `At ${formatLevel(f.level)} it does not apply.` : 'It applies only if your level is High.'}`,
          `・レベル High：Medium-High に加えて管理対象システムの証明書を検証します（何を検証するかは Cisco の TMS 管理者ガイドで確認してください）。そのため、自己署名や期限切れの証明書を持つエンドポイントは失敗します。${f.level === 'high' ? '現在 High なので、これが当てはまります。' : f.level ? `${formatLevel(f.level)} では当てはまりません。` : 'レベルが High の場合だけ当てはまります。'}`,
        ),
        L('• "Enable Certificate Revocation Check" in TMS Tools: with it on, HTTPS fails when the CRL distribution point cannot be reached, even at TLS 1.2.', '・TMS ツールの「Enable Certificate Revocation Check」：有効にしていると、CRL 配布ポイントに到達できない場合、TLS 1.2 でも HTTPS が失敗します。'),
        L('A capture on the TMS server tells the cases apart: a reset right after the ClientHello is the TLS version; a handshake that gets as far as the endpoint\'s certificate and then stops points at the certificate or the revocation check. Probing an endpoint also shows its certificate (self-signed, expiry date).', 'TMS サーバでキャプチャを取ると見分けられます。ClientHello の直後のリセットなら TLS のバージョンが原因で、エンドポイントの証明書まで進んでから止まるなら、証明書か失効確認が原因です。エンドポイントをプローブすると、その証明書（自己署名かどうか、有効期限）も分かります。'),
      );
      return out;
    },
  },
  {
    // Last: "are you sure a reboot is needed?" is a question about the reboot.
    id: 'sources',
    recognise: {
      en: [
        '(?<![a-z])are\\syou\\s(?:sure|certain|positive)(?![a-z])',
        '(?<![a-z])(?:where|which\\s(?:doc(?:ument)?|page|article|technote))\\s(?:does|do|did|is)\\s(?:it|that|this|cisco|microsoft)\\s(?:say|says|said|state|written|documented|come\\sfrom)(?![a-z])',
        '^\\s*(?:any\\s|your\\s|the\\s)?(?:sources?|references?|citations?|proof)\\s*[?？]?\\s*$',
        "(?<![a-z])(?:what(?:'s|\\sis|\\sare)|got\\sa|have\\sa|any)\\s(?:your\\s|the\\s)?(?:sources?|references?|citations?|proof)(?![a-z])",
        '(?<![a-z])how\\sdo\\syou\\sknow(?![a-z])',
        '(?<![a-z])says\\swho(?![a-z])',
        '(?<![a-z])link\\sto\\s(?:the\\s|a\\s)?(?:doc(?:ument(?:ation)?)?s?|technote|article|source)(?![a-z])',
        '(?<![a-z])(?:is|are)\\sthere\\s(?:a|an|any)\\s(?:cisco\\s|official\\s|microsoft\\s)*(?:tech\\s?notes?|docs?|documents?|documentation|articles?|kbs?)(?![a-z])',
        '(?<![a-z])(?:which|what)\\s(?:cisco\\s)?tech\\s?note(?![a-z])',
      ],
      ja: ['^\\s*本当(?:です|でしょう)?(?:か|に)?\\s*[?？]?\\s*$', '(?:は|って)\\s?本当(?:です|でしょう)?か', '根拠', '出典', 'ソース(?:は|を|って|が)', '^\\s*確か(?:です|でしょう)?か', '(?:どこ|どの(?:資料|ドキュメント|文書|ページ))(?:に|で)(?:書いて|記載|載って)', '(?:ドキュメント|資料|文書)の(?:どこ|どの)', '参考(?:資料|文献|url|リンク)', '(?:テクニカル\\s?ノート|テック\\s?ノート|tech\\s?note|公式(?:の)?(?:資料|ドキュメント))(?:は|って|が)?\\s?(?:あり|ある|どれ|どこ|教えて)'],
    },
    title: L('What this answer rests on', '回答の根拠'),
    answer: (f, text) => sourcesAnswer(f, text),
  },
];

// ---------------------------------------------------------------------------------------------
// Recognising

// Case-insensitive Unicode (/iu) patterns, run fast (fast-regex.ts: their /i twin on texts where the two
// read the same): under /iu V8 takes a slow path for \b, and the 72 entries cost ~35 us a question.
// (A whole-sentence entry is left out: on a clause it would take that clause alone, e.g. a report before 「…のですが、どうすれば？」.)
const COMPILED = CATALOGUE.filter((e) => !e.wholeSentence).map((e) => ({ entry: e, re: fastRegex([...e.recognise.en, ...e.recognise.ja].map((s) => `(?:${s})`).join('|')) }));
/**
 * Words without which a statement entry's patterns cannot match (each alternative of every pattern of the entry holds one
 * of them as a literal it consumes), tested first with the same flags (fastRegex, the same /i-or-/iu choice), so a text
 * lacking all of them skips the entry's long pattern: the same entries found. For the five statement patterns that cost
 * most on a short message (~6 us of the ~8 us the 26 take on each text):
 * - not-tls-network: ping / icmp (ping statements), firewall / fw / acl / ファイアウォール / ファイヤーウォール (rule
 *   changes), nslookup / dns / name / resolve / 名前解決 (name resolution: "the name", "the host name"), 8443;
 * - node-levels-differ: a level (low, medium, mediumhigh, high, ロー, ミディアム, ハイ) in every pattern;
 * - keep-tls10-add-tls12: "tls" (tls 1.0, tlsv1) in every pattern;
 * - report-summary: summar (summary, summarise), report (incident report), write-up, rca, status, 報告 (障害報告,
 *   インシデント報告, 報告書), まとめて, 要約して, サマリ; "what did we change?" (what), 「何を変更したか教えて / 整理して /
 *   一覧にして」;
 * - snmp-service-stopped: "snmp" (tmssnmpservice, snmp service, snmp サービス) in both patterns.
 * test/conversation/statement-gates.test.ts checks each gate against its patterns on every text of conversations/ and more.
 */
export const STATEMENT_GATES: Readonly<Record<string, string>> = {
  'not-tls-network': 'ping|icmp|firewall|fw|acl|nslookup|dns|name|resolve|8443|443|ファイアウォール|ファイヤーウォール|名前解決',
  'node-levels-differ': 'low|medium|high|ロー|ミディアム|ハイ',
  'keep-tls10-add-tls12': 'tls',
  'report-summary': 'summar|report|write-?up|rca|status|what|報告|まとめて|要約して|サマリ|教えて|整理して|一覧に',
  'snmp-service-stopped': 'snmp',
};
/**
 * The gate of a statement entry: its words above, or else the literals every match of its patterns holds, read from their
 * source (required-literals.ts: by construction, with the same /iu flags, so a text the gate does not match is one the
 * patterns cannot match either); none when no literal is known.
 */
function statementGate(id: string, source: string): FastRegex | null {
  if (STATEMENT_GATES[id] !== undefined) return fastRegex(STATEMENT_GATES[id]);
  const lits = requiredLiterals(source);
  return lits ? fastRegex(lits.map(escapeLiteral).join('|')) : null;
}
/**
 * The statement entries, each gate read on first use (findStatementEntry's first text), not when the module loads: the reading
 * of the ~20 long sources took ~60 ms of every load of the engine (each test file loads it again). The same gate either way.
 */
const STATEMENTS = CATALOGUE.filter((e) => e.statement).map((e) => {
  const source = [...e.statement!.en, ...e.statement!.ja].map((s) => `(?:${s})`).join('|');
  let gate: FastRegex | null | undefined;
  return {
    entry: e,
    re: fastRegex(source),
    get gate(): FastRegex | null {
      return gate === undefined ? (gate = statementGate(e.id, source)) : gate;
    },
  };
});
/** Each statement entry with its gate (test/domain/required-literals.test.ts checks each derived gate against its patterns). */
export const STATEMENT_ENTRY_GATES: readonly { readonly id: string; readonly re: FastRegex; readonly gate: FastRegex | null }[] = STATEMENTS.map((x) => ({
  id: x.entry.id,
  re: x.re,
  get gate() {
    return x.gate;
  },
}));
/**
 * Leaving one node out: "node 2 is passive, can we skip it?", "only the active one?", 「待機系はやらなくていい？」,
 * 「2台目は省略していい？」 (QA round 20 #5): the unsafe shortcut (knowledge.md: both nodes, or a failover brings it back).
 */
/**
 * Two TMS servers said with different releases ("we have two TMS servers, 15.9 and 15.12"): the two releases, or null (one
 * release, or the same one twice). knowledge.md does not say whether a redundant pair can run different releases, so the
 * both-nodes note is then a check, not an order (QA round 43 #2).
 */
function differentReleases(f: Facts): [string, string] | null {
  if (!f.tms) return null;
  const other = [...(f.otherTms ?? []), ...(f.workingTms ?? [])].find((o) => o.semver !== f.tms!.semver);
  return other ? [formatTms(f.tms), formatTms(other)] : null;
}

/** The both-nodes note when the two servers' releases differ: whether both need the change depends on what they are. */
function pairOrSeparateNote([a, b]: [string, string]): LocalizedText {
  return L(
    `You named two TMS servers on different releases (${a} and ${b}), so check first how they relate. If they are a redundant pair working on one TMS database, the registry change and the TMS Tools change go on both (each with its restart, or a reboot where keys were created or changed), or a failover to the untouched one brings "No HTTPS response" back. If they are separate TMS installations, each with its own database, change only the one whose systems fail.`,
    `リリースの異なる TMS サーバが 2 台（${a} と ${b}）とのことなので、まず 2 台の関係を確認してください。1 つの TMS データベースを共用する冗長構成のペアであれば、レジストリの変更と TMS ツールの変更を両方に行います（それぞれサービスの再起動、キーを作成・変更した場合はサーバの再起動も）。片方だけだと、変更していない方にフェイルオーバーした時点で「No HTTPS response」が再発します。それぞれ別のデータベースを持つ独立した TMS であれば、システムでエラーが出ている方だけを変更してください。`,
  );
}

const SKIP_NODE =
  /(?<![a-z])(?:skip|leave\s(?:it|that|the\s\w+(?:\s\w+)?|node\s?\w?)\s(?:alone|out|as\sis)|leave\sout|ignore|omit|not\s(?:needed|necessary|required)|no\sneed|only\s(?:the\s)?(?:active|primary|first)|just\s(?:the\s)?(?:active|primary|first))(?![a-z])|(?:やらなく|しなくて|変更しなくて|触らなくて)(?:も|て)?(?:いい|よい|大丈夫|ok)|不要|スキップ|省略|省い|飛ばし|(?:稼働系|アクティブ|プライマリ|1\s?台目|一台目)(?:だけ|のみ)/;

/** A question mark or a Japanese question ending: "both nodes?" asks, "we run two nodes" states. */
const ASKS = /[?？]|(?:ですか|ますか|でしょうか)[。\s]*$/;

/** Words that deny what a statement names: "not redundant", "we don't use Secure-Only", 「冗長構成ではありません」. */
const DENIED_BEFORE = /(?<![a-z])(?:not|no|non|don'?t|doesn'?t|isn'?t|aren'?t|never|without|neither|nor|out\sof|no\slonger)(?:\s(?:use|using|run|running|have|in|on|a|an|the|any|our|we|endpoints?|systems?|codecs?|devices?|are|is|of|them))*\s?-?$/;
const DENIED_AFTER = /^\s?(?:モード|構成|設定)?\s?(?:(?:では|じゃ)(?:ありません|ない|なく)|(?:を|は)?\s?(?:解除|オフに|無効に)|(?:は|も|を)?\s?(?:なし|無し|ありません|使っていません|使っていない|使用していません|していません|ではありません))/;

/**
 * What follows a network block's mention says it was lifted or was the fix, or that the block is not on TMS's path (REV35 #1):
 * "…, they opened it and it works now", "… last year but it was reopened", 「…が、開けてもらったら直りました」, "… from the
 * internet, not from TMS". Up to the next question, across one sentence break; not a plan or a supposition ("they will open it",
 * "once it is reopened", 「明日開けてもらう予定です」).
 */
const BLOCK_LIFTED_EN =
  /(?<![a-z])(?:re-?opened|unblocked|opened|lifted|removed|fixed|resolved|solved|works?\snow|(?:is|are)\s(?:now\s)?working|green|(?:fine|ok)\snow|back\snow)(?![a-z])/;
const BLOCK_LIFTED_JA =
  /開けて(?:もらっ|もらい|くれ)(?:た|まし)|(?:開放|解除)(?:され|し|してもらっ|してもらい)(?:た|まし)|直りました|直った|直って(?:い)?ます|解決しました|復旧しました|つながるようになり|接続できるようになり/;
const BLOCK_LIFT_PLANNED = /(?<![a-z])(?:if|once|when|until|unless|after|will|would|to\sbe|should|must|need\sto|needs\sto|going\sto|tomorrow|tonight|later)(?![a-z])|予定|明日|今夜|後で|たら(?:どう|いい)|れば/;
function blockLiftedIn(after: string): boolean {
  const upTo = /^[^?？]{0,90}/.exec(after)?.[0] ?? '';
  const en = BLOCK_LIFTED_EN.exec(upTo);
  const ja = BLOCK_LIFTED_JA.exec(upTo);
  const m = en && ja ? (en.index < ja.index ? en : ja) : en ?? ja;
  // "they opened it but it still fails": the network is open and the failure stands, so the card (its TCP-then-TLS check) still fits.
  if (/(?<![a-z])still\s(?:fail|fails|failing|fails|broken|the\ssame|no\s|not|does\s?n|doesn|do\s?n|can|shows?|gets?|errors?)|まだ|相変わらず|依然/.test(after)) return false;
  if (m) {
    // The clause the word is in, up to it: "they will open it" is a plan, "if it is reopened" a supposition.
    const clause = upTo.slice(0, m.index).split(/[,.;、。]|\s(?:and|but|so)\s/).pop() ?? '';
    if (!BLOCK_LIFT_PLANNED.test(clause)) return true;
  }
  return /^[^.。?？]{0,30}?(?:from|to)\s(?:the\s)?(?:internet|outside|wan|public\s\w+)(?![a-z])[^.。?？]{0,30}?not\s(?:from|to|for|between|on)\s(?:the\s)?tms(?![a-z])/.test(after);
}

/** The entry a statement calls for ("we run TMS redundant", "some endpoints are Behind Firewall"), or null; not when it is denied. */
export function findStatementEntry(text: string): CatalogueEntry | null {
  const t = normaliseQuestion(text);
  // The /i-or-/iu choice made once for the 19 statement regexes, not once each (fast-regex.ts).
  const sensitive = unicodeSensitive(t);
  for (const { entry, re, gate } of STATEMENTS) {
    if (gate && !gate.readFor(sensitive).test(t)) continue;
    const m = re.readFor(sensitive).exec(t);
    if (!m) continue;
    const before = t.slice(Math.max(0, m.index - 30), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (DENIED_BEFORE.test(before) || DENIED_AFTER.test(after)) continue;
    if (entry.statementDone?.(t.slice(m.index + m[0].length))) continue;
    return entry;
  }
  return null;
}

/** The level on record when it is Medium-High or High and was not raised as a step of this fix (diagnose's "already" reading). */
function foundAtMediumHigh(f: Facts): 'medium-high' | 'high' | undefined {
  if (f.level === 'high') return 'high';
  return f.level === 'medium-high' && f.tlsClaims?.levelRaised !== true ? 'medium-high' : undefined;
}

/** The question as the recognisers see it: NFKC, lower case, "Medium-High" as one word. */
export function normaliseQuestion(text: string): string {
  const t = nfkc(text.slice(0, 2000));
  return t.toLowerCase().replace(/(?:medium|med|mid)[\s_/+-]{0,2}(?:high|hi)(?![a-z])|ミディアム[\s・ー-]{0,2}ハイ/g, 'mediumhigh');
}

const SENTENCE_ENTRIES = CATALOGUE.filter((e) => e.wholeSentence).map((e) => ({ entry: e, re: fastRegex([...e.recognise.en, ...e.recognise.ja].map((s) => `(?:${s})`).join('|')) }));
/** The cheap word test of findSentenceEntry: every whole-sentence entry names TLS. */
const SENTENCE_WORDS = /tls/i;
/** The way back asked ("how do we get it back?", 「どうすればいいですか」). */
const WAY_BACK_WORDS =
  /(?<![a-z])(?:how\s(?:do|can|should|would|to)|recover|restore|get\s(?:it|sql|the\s\w+)\s(?:back|running|started|up)|bring|what\s(?:do|should|can)\s(?:i|we)\sdo|what\snow|fix\sit)(?![a-z])|どう(?:すれば|したら|やって|したらいい)|方法|復旧|直(?:す|し|せ)|戻(?:す|し|せ)/i;
/**
 * A way back asked in the same sentence: "if we turn TLS 1.0 off and SQL won't start, how do we recover?", 「TLS1.0を無効に
 * したらSQLが起動しないのですが、どうすればいいですか？」: the recovery is what is asked (its clause finds it), not the supposition.
 * The way-back words, or a Japanese lead-in (「…のですが」「…ので」).
 */
const WAY_BACK_ASKED = new RegExp(String.raw`${WAY_BACK_WORDS.source}|(?:の|ん)(?:です|だ)?(?:が|けど)|ので`);

/**
 * A SQL Server outage reported in the message with the way back asked: "we disabled TLS 1.0 and now SQL won't start, how do
 * we get it back?", 「TLS1.0を無効にしたらSQLが起動しないのですが、どうすればいいですか？」 (R42A). The report's own answer leads
 * with the recovery; a question entry found in it (the recovery's, or "can TLS 1.0 be turned off?" from its TLS clause) would
 * drop the outage from what is stored, or say the recovery twice. `sqlDownSaid` is what the reader made of the message.
 */
export function sqlDownReportAsksWayBack(text: string, hit: { entry: CatalogueEntry; more?: CatalogueEntry[] }, sqlDownSaid: boolean | undefined): boolean {
  if (sqlDownSaid !== true || hit.more) return false;
  return hit.entry.id === 'sql-recovery' || WAY_BACK_WORDS.test(normaliseQuestion(text));
}

/** The entry recognised on a whole question sentence (before its clauses are tried one by one), or null. */
export function findSentenceEntry(sentence: string): CatalogueEntry | null {
  if (!SENTENCE_WORDS.test(sentence)) return null;
  const t = normaliseQuestion(sentence);
  if (WAY_BACK_ASKED.test(t)) return null;
  for (const { entry, re } of SENTENCE_ENTRIES) if (re.test(t)) return entry;
  return null;
}

/** The catalogue entry that answers this question, or null. */
export function findEntry(question: string): CatalogueEntry | null {
  const t = normaliseQuestion(question);
  for (const { entry, re } of COMPILED) if (re.test(t)) return entry;
  return null;
}
