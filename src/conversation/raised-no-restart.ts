/**
 * "Changed it to Medium-High 5 minutes ago, nothing else. still red", "set Medium-High in TMS Tools, still No HTTPS response",
 * 「Medium-High に変更しましたが、まだ No HTTPS response のままです」 (QA53 #4): the level raised in this message from the Medium (or the
 * unknown level) on record, systems said to fail still, and no restart said. knowledge.md, Fix step 6: the level applies once IIS
 * and the TMS services restart (one reboot restarts them too); until then TMS keeps offering TLS 1.0. So the missing restart leads,
 * and the Windows side (TLS 1.2 for the Client side in Schannel) is the second check, after it. The level is recorded as raised
 * (progress, as step-done.ts records it), nothing else.
 * Not where the keys must be created (Windows Server 2008 / 2008 R2): the usual reading gives the missing keys and their reboot.
 * Conservative: TMS 15 or later known, no version or other fact in the message, no question, plan or condition, no other node or
 * server, and no restart word (a restart said, or said not done, is read by the usual readings).
 * Pure, total; the cheap test first.
 */
import type { ConversationState, TurnResult } from './types';
import type { Block } from './document';
import type { LocalizedText } from '../domain/types';
import { extractFacts } from '../domain/extract';
import { registryPlan, RESTART_LITERAL } from '../domain/knowledge';
import { formatWindows } from '../domain/versions';
import { nfkc } from '../domain/nfkc';
import { next, paraFrom, questionBlocksFor, reply } from './compose';
import { partialSuccessIn } from './partial-success';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** The level set to Medium-High, said as done ("set it to Medium-High", "changed the level to Medium-High", 「Medium-High に変更しました」). */
const LEVEL_SET_EN =
  /(?<![a-z])(?:(?:i|we)\s(?:have\s|'ve\s)?(?:just\s|already\s)?)?(?:set|changed|switched|raised|moved|bumped|put|updated)\s(?:it|the\slevel|the\ssetting|communication\ssecurity|the\scommunication\ssecurity(?:\slevel)?|(?:the\s)?security(?:\slevel)?|tms)?\s?(?:to\s)?medium[\s_-]?high(?![a-z])|(?<![a-z])medium[\s_-]?high\s(?:is\s|was\s)?(?:set|saved|applied)(?![a-z])/;
const LEVEL_SET_JA = /medium[\s_-]?high\s?(?:に|へ)\s?(?:変更|設定|変え|上げ)(?:しました|した|して|し[、,])|medium[\s_-]?high\s?に\s?し(?:ました|て(?![もくほいお]))/;
/** Still failing: "still red", "still No HTTPS response", "still fails", "no change", 「まだ…のまま」「まだ失敗」「変わりません」. */
const STILL_FAILING_EN =
  /(?<![a-z])still\s(?:(?:shows?|showing|getting|get|has|have|with|the\ssame|in)\s)?(?:red|fail\w*|broken|down|an?\s?error|errors?|no\shttps|not\sworking|doesn'?t\swork|does\snot\swork|the\ssame(?:\serror)?)(?![a-z])|(?<![a-z])(?:it\s|they\s)?still\s(?:doesn'?t|don'?t|does\snot|do\snot)\swork(?![a-z])|(?<![a-z])no\s(?:change|difference|luck)(?![a-z])|(?<![a-z])same\serror(?![a-z])/;
const STILL_FAILING_JA = /(?:まだ|依然(?:として)?)[^。！？?]{0,30}(?:失敗|エラー|ng|赤|no\s?https|のまま|直(?:ら|り(?:ません|ませんでした)|って(?:い)?(?:ない|ません))|つながら|繋がら|ダメ|だめ)|変わりません|変化(?:は)?(?:なし|ありません)/;
/** A restart named at all (done, not done, planned): the usual readings decide those. */
const RESTART_WORD = /re-?boot|restart|iisreset|iis\s?reset|bounc|recycl|再起動|リブート/;
/**
 * IIS alone restarted (QA58 #5): "ran iisreset", "did iisreset only", "restarted IIS", 「iisreset しました」「IIS を再起動しました」.
 * iisreset restarts IIS only; the TMS services (TMSDatabaseScannerService polls the systems) keep the old level (knowledge.md,
 * Fix step 6). Taken out before RESTART_WORD is tested: any restart word left (the TMS services, a reboot) is another reading.
 */
const IIS_ONLY_RESTART =
  /(?<![a-z])(?:(?:ran|did|done|run|an?)\s)?(?:an?\s)?iis\s?-?reset(?:\.exe)?(?:\s(?:only|alone))?(?![a-z])|(?<![a-z])(?:restarted|reset|bounced|recycled)\s(?:only\s)?(?:the\s)?iis(?:\s(?:only|alone))?(?![a-z])|(?<![a-z])iis\s(?:was\s|has\sbeen\s)?(?:restarted|reset|bounced|recycled)(?![a-z])|iis\s?(?:を|は|も)?\s?(?:だけ|のみ)?\s?(?:再起動|リセット)(?:だけ|のみ)?\s?(?:し(?:ました|た|て|ましたが))?|iisreset\s?(?:だけ|のみ)?\s?(?:を)?\s?(?:実行)?(?:し(?:ました|た|て|ましたが))?/g;
/** The restart words said to be missing or planned: "did not run iisreset", 「iisreset はまだ」: not this reading. */
const IIS_NOT_DONE = /(?:n't|(?<![a-z])(?:not|never|yet|will|going\sto|plan))(?:\s[a-z'-]+){0,2}\s(?:run\s|ran\s|do\s)?iis|iis\s?reset\s?(?:は|を)?\s?(?:まだ|(?:実行)?していません|(?:実行)?しておらず|(?:実行する)?予定)/;

/** A question, plan, condition, a colleague's or another server's: not this report. */
const NOT_REPORT =
  /[?？]|(?<![a-z])(?:if|should|will|would|could|can|plan\w*|tonight|tomorrow|later|before|lab|test|staging|node|nodes|other|another|second|secondary|standby|colleague|customer|they\ssaid|he|she)(?![a-z])|'ll(?![a-z])|tms-?0?\d|予定|たら|れば|ですか|ますか|でしょうか|検証|テスト|ノード|号機|台目|片方|もう一方|別の|他の/;
/**
 * Not raised, or not by the user's side (REV29 #1): "we didn't set Medium-High", "never changed it", 「Medium-High に変更しておらず」
 * 「変更していません」, a customer's change (「お客様が Medium-High に変更しました」). Tested on the message with the still-failing
 * words taken out ("still doesn't work", "not working", "no change" are the report's own words, not a negation of the change).
 * A negation counts in the level change's own clause ("we did NOT set Medium-High yet"), or elsewhere only on a change verb
 * ("we did not change anything, Medium-High is set"): "…, still red, the SX80 is not reachable by ping either" negates the ping,
 * not the change (REV30 #2). "Nothing else" / "didn't change anything else" / 「他は何も変えていません」 says the level was the only
 * change: not a negation. Another party (customer, client, お客様) counts anywhere.
 */
const NEGATION_EN = /n't(?![a-z])|(?<![a-z])(?:not|never|no\slonger|(?:did|do|does|have|has|had|was|were|is)nt)(?![a-z])/;
const PARTY_EN = /(?<![a-z])(?:customers?|clients?)(?![a-z])/;
/** A change verb with a negation up to three words before it: "didn't change", "have not yet set", "never touched". */
const NEGATED_CHANGE_EN =
  /(?:n't|(?<![a-z])(?:not|never|(?:did|do|does|have|has|had|was|were|is)nt))(?:\s[a-z'-]+){0,3}?\s(?:set|setting|change[ds]?|changing|switch(?:ed)?|rais(?:e|ed)|mov(?:e|ed)|touch(?:ed)?|updat(?:e|ed)|appl(?:y|ied)|sav(?:e|ed)|bump(?:ed)?|put)(?![a-z])/;
/** Negated change verbs (JA): 「変更していません」「変えておらず」「Medium-High にはしていません」. */
const NEGATED_JA =
  /(?:変更|設定|変え|上げ|切り?替え)(?:て(?:は)?(?:い)?(?:おらず|ない|ません)|せず|しないで|しなかった|しておらず|して(?:は)?(?:い)?(?:ない|ません)|ず|ない|ません)|medium[\s_-]?high\s?(?:に|へ)(?:は)?\s?し(?:て(?:は)?(?:い)?(?:おらず|ない|ません)|ておらず|せず|ないで|なかった)/;
const PARTY_JA = /お客様|お客さま|顧客|客先|先方/;
/** "anything else" / "nothing else" / 「他は」「ほかに」「以外」: the level was the only change. */
const ELSE_EN = /(?<![a-z])(?:else|other\s(?:setting|change)s?)(?![a-z])/;
const ELSE_JA = /他|ほか|以外/;
/** Clause breaks: punctuation, "but", "and", 「けど」. */
const CLAUSE_BREAK = /[.,;:!?。、，．；！？\n]|\s(?:but|and|though|although|however)\s|けど|けれど/;
/**
 * Another system said not to fail, in any clause: "…, but the MX700 is not", "not the MX700", "the MX700 isn't failing", "no longer
 * red": a partial success maybe, not this report (kept out, as before REV30 #2).
 */
const NOT_FAILING_EN =
  /(?:n't|(?<![a-z])not)\s*$|(?<![a-z])not\s(?:the|on|for|in|at|our)\s|(?:n't|(?<![a-z])(?:not|no\slonger))\s(?:[a-z'-]+\s){0,2}?(?:fail\w*|red|broken|down|affected|showing|shows?|an?\serror|errors?)(?![a-z])/;
const STILL_FAILING_EN_ALL = new RegExp(STILL_FAILING_EN.source, 'g');
const STILL_FAILING_JA_ALL = new RegExp(STILL_FAILING_JA.source, 'g');
const LEVEL_SET_ALL = [new RegExp(LEVEL_SET_EN.source, 'g'), new RegExp(LEVEL_SET_JA.source, 'g')];
/** The negation or another party's change, outside the still-failing words. */
function negatedIn(t: string): boolean {
  const rest = t.replace(STILL_FAILING_EN_ALL, ' ').replace(STILL_FAILING_JA_ALL, ' ');
  if (PARTY_EN.test(rest) || PARTY_JA.test(rest)) return true;
  // The level change's clause: from the clause break before the change to the one after it.
  const levelAt: [number, number][] = [];
  for (const re of LEVEL_SET_ALL) for (const m of rest.matchAll(re)) levelAt.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  let at = 0;
  for (const clause of rest.split(CLAUSE_BREAK)) {
    const start = rest.indexOf(clause, at);
    const end = start + clause.length;
    at = end;
    if (levelAt.some(([a, b]) => a < end && b > start)) {
      if (NEGATION_EN.test(clause) || NEGATED_JA.test(clause)) return true;
    } else if (NOT_FAILING_EN.test(clause.trim())) {
      return true;
    } else if (!(ELSE_EN.test(clause) || ELSE_JA.test(clause)) && (NEGATED_CHANGE_EN.test(clause) || NEGATED_JA.test(clause))) {
      return true;
    }
  }
  return false;
}
/** The message's facts this reading allows beside the level: the failing systems as named. */
const ALLOWED = new Set(['level', 'endpointsFail', 'endpointModels', 'scope']);

/** Is the message that report, for these facts? */
export function raisedNoRestartIn(s: ConversationState, text: string): boolean {
  return reportIn(s, text) === 'report';
}

/**
 * That report with a part of the systems said to fail ('part': "still No HTTPS response on 2 of 12", 「12台中2台がまだ…」), or
 * the report itself ('report'), or null. A count is read by scope.ts's readers (extractFacts' scope), not by any "N of M": "I did
 * 3 of 5 steps" counts no systems (rev64 #5).
 */
function reportIn(s: ConversationState, text: string): 'report' | 'part' | null {
  if (text.length > 240 || !/high|ハイ/i.test(text)) return null;
  const f = s.facts;
  if (!f.tms || parseInt(f.tms.semver, 10) < 15) return null;
  if (f.level !== undefined && f.level !== 'medium') return null;
  if (f.tlsClaims?.levelRaised || f.tlsClaims?.sqlDown || f.tlsClaims?.tls10 === 'off' || f.tlsClaims?.tls12 === 'off') return null;
  const step = registryPlan(f.windows).step;
  if (step !== 'verify' && step !== 'unknown') return null;
  const t = nfkc(text).toLowerCase().replace(/ミディアム\s?ハイ/g, 'medium-high');
  if (!(LEVEL_SET_EN.test(t) || LEVEL_SET_JA.test(t))) return null;
  if (!(STILL_FAILING_EN.test(t) || STILL_FAILING_JA.test(t))) return null;
  if (NOT_REPORT.test(t) || negatedIn(t)) return null;
  // (Only IIS restarted, and said done: the missing TMS services' restart leads, onRaisedNoRestart's iisOnly.)
  // (Beside SQL Server's state, "SQL is back now", the usual readings keep what is said of SQL.)
  if (RESTART_WORD.test(t) && (!iisOnlyRestartIn(text) || /sql|database|(?<![a-z])db(?![a-z])|データベース/.test(t))) return null;
  // "Set Medium-High. Some endpoints still fail. The error went away on one.": a system back since the change shows the level
  // took effect (restarted or not): the partial success's reading, not the missing restart (REV29).
  const partial = partialSuccessIn(text, f.endpointModels);
  const found = extractFacts(text).facts;
  if (found.level !== 'medium-high') return null;
  if (!Object.keys(found).every((k) => ALLOWED.has(k))) return null;
  // "still No HTTPS response on 2 of 12", 「12台中2台がまだ…」: a part of the systems still fails, so the others probably came back
  // and TMS already offers TLS 1.2 (QA64 #3): what sets the failing ones apart is the question, not the restart.
  return partial || found.scope === 'some' ? 'part' : 'report';
}

/** Only IIS restarted (iisreset), said in the message: the TMS services are what is left (QA58 #5). */
export function iisOnlyRestartIn(text: string): boolean {
  const t = nfkc(text).toLowerCase();
  if (!RESTART_WORD.test(t) || IIS_NOT_DONE.test(t)) return false;
  // Any restart word left, or services named beside IIS ("restarted IIS and the TMS services"): not IIS alone. "the scanner",
  // 「スキャナ」 is TMSDatabaseScannerService, the one that polls the systems (QA64 #3: "restarted IIS and the scanner, still … 2 of 12").
  const rest = t.replace(IIS_ONLY_RESTART, ' ');
  return !RESTART_WORD.test(rest) && !/service|サービス|scanner|スキャナ|tms\w*(?:live|scheduler)/.test(rest);
}

const IIS_ONLY_LEAD = L(
  'The restart is not complete yet: iisreset (restarting IIS) restarts IIS only. The TMS services, TMSDatabaseScannerService among them (it is the one that polls the systems), still run with the level they read before Medium-High was saved, so TMS keeps offering TLS 1.0 and "No HTTPS response" staying is expected. With no registry key changed, no reboot is needed: restart the TMS services now (below; the iisreset again does no harm), then use Force Refresh on an affected system in Systems > Navigator.',
  '再起動がまだ完了していません。iisreset（IIS の再起動）で再起動されるのは IIS だけです。TMS のサービス（システムをポーリングする TMSDatabaseScannerService を含む）は、Medium-High を保存する前に読み込んだレベルのまま動いているため、TMS は TLS 1.0 を提示し続け、「No HTTPS response」が残るのは想定どおりです。レジストリのキーを変更していなければサーバの再起動は不要です。今すぐ TMS のサービスを再起動し（下記。iisreset をもう一度実行しても問題ありません）、[Systems] > [Navigator] で対象のシステムに [Force Refresh] を実行してください。',
);

/**
 * "set to Medium-High and ran iisreset, still No HTTPS response on 2 of 12" (rev64 #5): the part's reading leads, and this note
 * keeps the TMS services' restart in it: the count does not show the others came back (they may never have failed), and until
 * TMSDatabaseScannerService restarts it polls with the level read before Medium-High was saved. Null when not that message.
 */
export function iisOnlyPartNote(s: ConversationState, text: string): LocalizedText | null {
  return iisOnlyRestartIn(text) && reportIn(s, text) === 'part' ? IIS_ONLY_PART : null;
}

const IIS_ONLY_PART = L(
  'One thing first: iisreset (restarting IIS) restarts IIS only. Restart the TMS services too (TMSDatabaseScannerService, the one that polls the systems, among them): until they restart, they keep the level they read before Medium-High was saved. If the failing systems have not come back since the change, that restart may be all they need: do it first (below), then use Force Refresh on one of them in Systems > Navigator, before comparing them with one that works.',
  'まず 1 点です。iisreset（IIS の再起動）で再起動されるのは IIS だけです。TMS のサービス（システムをポーリングする TMSDatabaseScannerService を含む）も再起動してください。再起動するまで、それらは Medium-High を保存する前に読み込んだレベルのまま動いています。失敗しているシステムが変更後に一度も復旧していない場合は、この再起動だけで直ることもあります。先に再起動し（下記）、[Systems] > [Navigator] でそのうちの 1 台に [Force Refresh] を実行してから、正常なシステムと比べてください。',
);

export function onRaisedNoRestart(s: ConversationState, iisOnly = false): TurnResult {
  const lang = s.lang;
  const f = s.facts;
  const from = f.level === 'medium' ? L(' (it was Medium)', '（以前は Medium）') : L('', '');
  const win = f.windows ? formatWindows(f.windows) : null;
  const blocks: Block[] = [
    paraFrom(L(`Noted: Communication Security is Medium-High now${from.en}.`, `記録しました：[Communication Security] は現在 Medium-High です${from.ja}。`), lang),
    iisOnly ? paraFrom(IIS_ONLY_LEAD, lang) : paraFrom(
      L(
        'First the restart: you do not say that IIS and the TMS services were restarted after Medium-High was saved. The new level applies only once they restart (a server reboot restarts them too); until then TMS keeps offering TLS 1.0, so "No HTTPS response" staying is expected. With no registry key changed, no reboot is needed: restart IIS and the TMS services now (below), then use Force Refresh on an affected system in Systems > Navigator.',
        'まず再起動です。Medium-High を保存したあとに IIS と TMS のサービスを再起動したとは伺っていません。新しいレベルは、それらを再起動して初めて反映されます（サーバの再起動でも同じです）。それまで TMS は TLS 1.0 を提示し続けるので、「No HTTPS response」が残るのは想定どおりです。レジストリのキーを変更していなければサーバの再起動は不要です。今すぐ IIS と TMS のサービスを再起動し（下記）、[Systems] > [Navigator] で対象のシステムに [Force Refresh] を実行してください。',
      ),
      lang,
    ),
    { type: 'code', text: RESTART_LITERAL },
    paraFrom(
      win
        ? L(
            `If it still fails after that restart, the Windows side is next: check that TLS 1.2 is enabled for the Client side in Schannel (\`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\`: Enabled = 1 and DisabledByDefault = 0; no key there means the ${win} default, which is on). A hardening policy or IIS Crypto may have turned it off. Reboot only if you have to create or change a key. If you did restart already, tell me, and I will go on with what to check next.`,
            `再起動しても失敗する場合は、次に Windows 側を確認します。Schannel で TLS 1.2 の Client 側が有効か確認してください（\`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\` の Enabled = 1、DisabledByDefault = 0。キーがなければ ${win} の既定値で、有効です）。強化用のポリシーや IIS Crypto で無効にされている場合があります。サーバの再起動は、キーを作成・変更した場合だけ必要です。すでに再起動済みであれば、そう教えていただければ次の確認点に進みます。`,
          )
        : L(
            'If it still fails after that restart, the Windows side is next: check that TLS 1.2 is enabled for the Client side in Schannel (`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client`: Enabled = 1 and DisabledByDefault = 0). With no key there, the Windows default applies: on from Windows Server 2012 on, off on 2008 R2, where the keys must be created, with one reboot (`winver` shows the release). Reboot only if you have to create or change a key. If you did restart already, tell me, and I will go on with what to check next.',
            '再起動しても失敗する場合は、次に Windows 側を確認します。Schannel で TLS 1.2 の Client 側が有効か確認してください（`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client` の Enabled = 1、DisabledByDefault = 0）。キーがない場合は Windows の既定値になり、Windows Server 2012 以降は有効、2008 R2 では無効なのでキーの作成と再起動 1 回が必要です（バージョンは `winver` で確認できます）。サーバの再起動は、キーを作成・変更した場合だけ必要です。すでに再起動済みであれば、そう教えていただければ次の確認点に進みます。',
          ),
      lang,
    ),
  ];
  const facts = { ...f, level: 'medium-high' as const, tlsClaims: { ...f.tlsClaims, levelRaised: true, ...(iisOnly ? { iisOnly: 'reminded' as const } : {}) } };
  const state: ConversationState = { ...s, facts, pending: s.pending === 'need-security-level' ? null : s.pending };
  return { state: next(state, {}), replies: [reply(lang, [...blocks, ...questionBlocksFor(state)])] };
}
