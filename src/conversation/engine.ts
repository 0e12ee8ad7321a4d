/**
 * The conversation engine: (state, message) → (state, replies). Pure, total, no I/O.
 *
 * One turn, by concern:
 * 1. guards.ts — empty → a gentle prompt; binary → a polite refusal (state unchanged); longer than
 *    MAX_MESSAGE → its start is read and the reply says the rest was not.
 * 2. intents.ts — intents that stand alone (help, start over, greeting, thanks, "don't know").
 * 3. followup.ts — questions about the knowledge ("why?", "does this disable Telnet?").
 * 3b. same-as-before.ts — "same as before" / 「前と同じです」: a value this conversation holds, never a guess.
 * 4. merge.ts — facts read from the text (and a bare answer to the pending question) join the
 *    conversation's facts; newer values override older ones.
 * 5. compose.ts — diagnose(facts): the next required question, or the full diagnosis.
 *
 * Versions and rules come from src/domain; nothing here decides what is true about TLS.
 */
import { onOtherUnit, onOtherUnitSaid, whyAfterReleases, withWhyAnswered } from './endpoint-asides';
import { onWindowsCompare } from './windows-compare';
import { nfkc } from '../domain/nfkc';
import { factsOnlyMessage } from './route-gates';
import type { EndpointVersion, Facts, Lang } from '../domain/types';
import type { ProbeResult } from '../probe/types';
import { probeVerdict } from '../domain/diagnose';
import { endpointRefusesTls10, levelIn, parseSqlLocation, parseSqlServicePack, sqlLastServicePack } from '../domain/versions';
import { servicePackCorrectionPart } from '../domain/understand/correction';
import { fleetContextLine, readFleetFact } from '../domain/fleet';
import { isCeOnlyModel, joinAnd, probeWhere, question as questionFor, QUESTION_CODES, telnetSystemsIn } from '../domain/knowledge';
import type { Block } from './document';
import type { ConversationState, IncomingMessage, Step, TurnResult } from './types';
import { withoutTerminalCodes } from '../evidence/terminal-codes';
import { withoutCodeSpans } from '../domain/understand/code-spans';
import { filesAnnouncedIn } from '../domain/understand/files-announced';
import { logAskedIn, onLogAsked } from './log-asked';
import { CONTROL, echo, firstChars, freshState, isObj, jsonSafe, looksBinary, MAX_MESSAGE, normalizeState, wordsBeforeBinary } from './guards';
import { closingIn, looksNormalOnlyIn, failureBesideWorksIn, intentIn, restTooBackIn, restTooCountIn, intentOf, languageOf, languageRequestIn, languageRequestWhole, laterIn, newCaseText, normIntent, startOverCommandIn, withoutLanguageAsked, type Intent } from './intents';
import { answerThenQuestion, asksWhereForPending, catalogueQuestion, followUpTopic, onCatalogue, onFollowUp, onStepDetails, onWhereForPending, stepDoneIn, stepQuestion } from './followup';
import { plannedNotSupposed, plannedSqlFrom } from '../domain/understand/planned-from';
import { jaProseBesidePaste } from '../domain/understand/ja-prose';
import { SIDE_STATEMENT_TEXT, allBackAnswerIn, releaseBeforeUpgrade, sideStatementIn } from '../domain/understand/side-statement';
import { onDoneRebooted, onFixProgress, onLevelNotSaved, onStepDone } from './step-done';
import { onNodeProgress } from './node-progress';
import { onOutOfPlayAgain, onReopen, reopenIn } from './reopen';
import { fixOutOfPlay, saidWorking } from './fix-in-play';
import { fixProgressIn, levelNotSavedIn } from '../domain/understand/progress';
import { changeKnown, onFacts, withProbeOffered } from './merge';
import { keysSet, onRetraction } from './retraction';
import { onPlan, onPlanWithFacts, planAnswer, withServicesBack } from './plan-answers';
import { asksEndpointUpgradeTo, MEDIUM_HIGH_WORD } from './hypothetical';
import { servicesBackIn } from '../domain/understand/scope';
import { newServerAnswerIn } from '../domain/understand/server-replaced';
import { devicesNamedIn } from '../domain/understand/http-subject';
import { planClauses, planIn, type PlannedSteps } from '../domain/understand/plan';
import { bareBackAgain, saysSqlDown } from '../domain/understand/sql-down';
import { saysStillOutOfOrder } from '../domain/understand/clauses';
import { shortLeadRewrite } from './short-lead';
import { withoutBlankFields } from './template-blanks';
import { sqlDownNow } from '../domain/knowledge/sql-outage';
import { guessBlocks } from './guesses';
import { actionsBlock, contextLine, diagnoseState, next, para, questionBlock, questionBlocksFor, reply, respond, unchanged, paraFrom } from './compose';
import { TEXTS } from './texts';
import { onEvidence } from './evidence-turn';
import { pastedEvidence } from './evidence';
import { onProbeOutputLines, probeOutputLinesOnly } from './probe-output-paste';
import { onProbeCommand } from './probe-command';
import { hexLineMeaning, logLines } from './raw-paste';
import { mostlyToolOutput } from '../domain/understand/tool-output';
import { polishTurn } from './polish';
import { withTelnetPointer } from './telnet-pointer';
import { endpointUpgradePlanIn } from '../domain/understand/endpoint-upgrade-plan';
import { onEndpointUpgradePlan, plannedUpgradeDoneText } from './endpoint-upgrade-plan';
import { onStillFailing } from './still-failing';
import { onlyLeftOutWorks } from '../domain/understand/only-left-out-works';
import { onOnlyTelnetBack } from './only-telnet-back';
import { onDoneStillFailing } from './done-still-failing';
import { iisOnlyPartNote, iisOnlyRestartIn, onRaisedNoRestart, raisedNoRestartIn } from './raised-no-restart';
import { levelAgainOnPre15, onLevelAgainOnPre15 } from './level-pre15';
import { onBrowserWorks } from './browser-works';
import { onRegPurpose } from './reg-purpose';
import { onTlsDoubt } from './tls-doubt';
import { onTlsQuestion, serverOnlyNote } from './tls-questions';
import { serverOnlyBoxes } from '../domain/understand/iis-crypto-boxes';
import { tlsQuestionAsked } from '../domain/understand/tls-questions';
import { tlsDoubtAsked } from '../domain/understand/tls-doubt';
import { regPurposeSaid } from '../domain/understand/reg-purpose';
import { onTmsServicesDown } from './tms-services-down';
import { tmsServicesDownIn } from '../domain/understand/tms-services-down';
import { tmsWontOpenIn } from '../domain/understand/tms-wont-open';
import { onTmsWontOpen } from './tms-wont-open';
import { dbConnectErrorIn } from '../domain/understand/db-connect-error';
import { onDbConnectError } from './db-connect-error';
import { onNodeNameForRelease } from './node-name';
import { onKeepMediumDowngrade } from './keep-medium-downgrade';
import { hardeningRollbackAsked, onHardeningRollback } from './hardening-rollback';
import { tls10RegAsked, onTls10RegAsked, tls10RegSqlDownLead, tls12RegAsked } from './tls10-reg';
import { onlyRollbackRead, rollbackWorksNote } from './rollback-works';
import { fixRollbackIn, onFixRollback } from './fix-rollback';
import { allFixedAskedIn, allFixedWhenText, allWorkReportIn, onOneSystemWorks, worksHedgedIn, worksHedgedText } from './one-system-works';
import { browserWorksTmsFailsIn } from '../domain/understand/browser-works';
import { endpointHostsSaid } from '../evidence/self-target';
import { asksOtherTms, onOtherTms, onOtherTmsEndpoints, onUnnamedTms, otherTmsEndpointsIn, unnamedTmsAsked } from './other-tms';
import { oneSystemFixIn, onPartialSuccess, onRemainingSystems, onSomeMoreBack, onMoreBackThanHeld, partialFixIn, remainingSystemsIn, partialSuccessIn } from './partial-success';
import { onWorksUnsure, worksUnsureIn } from './works-unsure';
import { onNumberMeaning } from './number-meaning';
import { nodeTooIn, onNodeToo } from './node-too';
import { onSameAsBefore } from './same-as-before';
import { onProbeQuestion, onTlsOrNotBeforeProbe, probeConfirms, probeQuestion, tlsOrNotBeforeProbe } from './probe-answers';
import { legacyKeysAsked, onLegacyKeys } from './legacy-keys';
import { withProbeKept } from '../domain/probes-kept';
import { onProbesNamed, onThisOneDifferent, onUnprobedNamed, probesNamed, thisOneDifferent, unprobedNamed } from './probes-asked';
import { onEndpointTlsDisagrees } from './endpoint-tls-disagrees';
import { sameAsBefore, sameAsBeforeExcept } from '../domain/understand/same-as-before';
import { declinedLevel, proposesLevel } from '../domain/understand/level-question';
import { onHighDeclined, onLevelDeclined } from './level-declined';
import { keepsTls10In, sqlWorryIn } from '../domain/understand/sql-worry';
import { firewallRuledOut } from '../domain/understand/firewall-ruled-out';
import { onKeepsTls10, onSqlWorry } from './sql-worry';
import { appliedStillFailing, levelChangeFailedIn, levelFailedOnOneNode, saveFailedNoLevel } from '../domain/understand/level-failed';
import { onLevelChangeFailed, onLevelFailedOneNode } from './level-failed';
import { supposedChangeFailingIn } from '../domain/understand/supposed-failing';
import { onSupposedChangeFailing } from './supposed-failing';
import { FIELD_NAMES, formatField } from '../domain/fields';
import { extractFacts } from '../domain/extract';
import { aboutOtherSite } from '../domain/understand/other-site';
import { onOtherSiteLine } from './other-site-line';
import { onOtherNodeLine } from './other-node-lab';
import { onLabPlaceLine, onLabReleaseLine } from './lab-release-line';
import { onSkipNamed } from './skip-named';
import { onNotRedundant } from './not-redundant';
import { withNoteAhead } from './note-ahead';
import { onEarlierWasLab } from './earlier-was-lab';
import { labLikeHostNote, onLabelledPaste, otherPartNote } from './labelled-paste';
import { anotherFailingUnitIn, labLikeHostIn, otherSystemFromLine } from '../domain/understand/paste-label';
import { onTls10Cutoff, tls10CutoffRest } from './tls10-cutoff';
import { otherSymptomReportAsksWhatToDo } from '../domain/understand/symptom';
import { telnetDecisionIn, telnetFollowUpIn } from '../domain/understand/telnet-followup';
import { stayOnUpgradeAnswer, stayOnUpgradeIn } from './stay-on-upgrade';
import { contextFollowUpIn } from '../domain/understand/context-followup';
import { CATALOGUE, sqlDownReportAsksWayBack } from './catalogue';
import { withOwnSql } from './sql-release-own';
import { ownBuildAsked } from './sql-build-skip';
import { stepListFramedIn } from '../domain/understand/step-list-framed';
import { hardeningPlanRead, type HardeningPlanRead } from '../domain/understand/hardening-plan';
import { hardeningPlanAnswer, hardeningPlanCautions, hardeningPlanWarns, onHardeningPlan } from './hardening-answers';

const TELNET_ENTRY = CATALOGUE.find((e) => e.id === 'telnet-snmp-polycom')!;

export { cleanFacts, echo, freshState, looksBinary, MAX_ECHO, MAX_MESSAGE, MAX_PROBE_JSON } from './guards';
export { intentOf, languageOf, languageRequest } from './intents';
export { composeDiagnosis, contextLine, diagnosisBlocks } from './compose';

// Public entry point

export const step: Step = (state, message) => {
  let base: ConversationState;
  try {
    base = normalizeState(state, message);
  } catch {
    base = freshState('en');
  }
  try {
    const out = stepUnsafe(base, message);
    const routed = out.route ? out : { ...out, route: routeOfKind(message) };
    const turn = sharedThreadTurn(base, message, routed);
    // (A marker for sharedThreadTurn only, not part of the turn's result: the turn is this step's own object.)
    delete turn.cannotAnswer;
    delete turn.leftToThem;
    return polishTurn(withTelnetPointer(turn));
  } catch {
    // Nothing below should throw; if it does, keep the conversation and say so politely.
    const lang = base.lang;
    return {
      state: base,
      replies: [reply(lang, [{ type: 'paragraph', text: lang === 'ja' ? '申し訳ありません。このメッセージを処理できませんでした。言い換えて送ってください。' : 'Sorry, I could not process that message. Please try rephrasing it.' }])],
    };
  }
};

/** "details", "more details please", "tell me more", "show the full answer again", "show all steps again" (normIntent: no "please", no "?"). */
const DETAILS_EN =
  /^(?:(?:ok(?:ay)?|so|and|sorry)[,\s]+)?(?:(?:more\s|full\s|all\s(?:the\s)?)?details?|more(?:\sinfo(?:rmation)?)?|tell\sme\smore|(?:can\syou\s|could\syou\s)?(?:show|give|send)\s(?:me\s|us\s)?(?:the\s)?(?:full|whole|complete|entire)\s(?:answer|list|steps|reply)(?:\sagain)?|(?:can\syou\s|could\syou\s)?(?:show|give)\s(?:me\s|us\s)?(?:all\s)?(?:the\s)?(?:steps|answer)\s(?:again|in\sfull)|(?:the\s)?full\sanswer(?:\sagain)?|repeat\s(?:the\s)?(?:full\s|whole\s)?answer|(?:(?:can\syou\s|could\syou\s|please\s)?(?:show|give|list)\s(?:me\s|us\s)?(?:all\s)?(?:the\s)?)?steps(?:\sin\sfull|\sagain)?)$/;
/** 「詳しく」「詳細を教えてください」「もう少し詳しくお願いします」「全文をもう一度」「具体的な手順は？」 (normIntent: no ください / お願いします at the end). */
const DETAILS_JA =
  /^(?:(?:もう少し|もっと|より)\s?)?(?:詳しく|くわしく|詳細(?:を|に)?|全文(?:を)?|回答(?:の全文)?を?\s?もう一度|手順(?:の全体)?を?\s?もう一度|手順(?:の一覧|の全体|全体)?\s?(?:を)?\s?(?=見せ|表示)|具体的な\s?手順(?:は|を)?)(?:\s?(?:教えて|見せて|表示して|説明して|お願い(?:いた)?します))?$/;

/** Routes of a text turn that read nothing but "ok" / "brb" / 「確認します」 / "will try tonight". */
// ('details-again': "details", "more" said in a shared thread to someone else is theirs, not a request for the answer again.)
const READ_NOTHING: ReadonlySet<string> = new Set(['intent-ack', 'intent-wait', 'intent-later', 'details-again', 'files-announced']);
/**
 * A line that has a version-shaped number (a dotted number, a year such as 2016, "SP4", "R2") or names what the bot asks
 * about ("SQL is the newest one", 「バージョンは分かりません」): maybe an answer the bot could not read, so it still says
 * so, even in a shared thread. Not any digit ("calling them at 3pm") nor a bare "server" ("the server room").
 */
const ON_TOPIC = /\d+\.\d|(?<!\d)(?:19|20)\d\d(?!\d)|\bsp\d|\br2\b|sql|windows|\btms|\btc\b|\bce\b|endpoint|codec|level|medium|high\b|\blow\b|version|build|service\s?pack|tls|ssl|https?|バージョン|サーバ|レベル|エンドポイント|端末|ウィンドウズ|ビルド|証明書/i;

/** Routes of a first line in a thread joined late that carry nothing to answer (a greeting, "can you look?"). */
const LATE_NOTHING: ReadonlySet<string> = new Set(['not-understood', 'greeting', 'empty', 'intent-greeting', 'intent-ack', 'intent-wait', 'intent-later', 'intent-thanks']);

/**
 * Catalogue entries new since main that answer only when put to the bot (REV26 #3): the firewall question, the SQL build asked,
 * and a certificate said expired or self-signed (a statement; "could it be the certificate?" is answered as on main).
 */
const ADDRESSED_ENTRIES: ReadonlySet<string> = new Set(['firewall-question', 'sql-build-asked']);
const ADDRESSED_STATEMENTS: ReadonlySet<string> = new Set(['certificates']);
/**
 * An unaddressed line that people say to each other (REV26 #2, #3), left to them as on main: an acknowledgment with a plan
 * (「承知いたしました、本日22時より作業予定です」: closing read only as 'ack', nothing recorded), 「正常に見えるようになりました」
 * (how it looks to them, not told to the bot; "it works now" / 「直りました」 still close), "could it be the firewall?",
 * "the certificate expired", "what's 11.0.2100?" (catalogue answers for a question put to the bot), and "we plan to migrate
 * from SQL 2008 R2" (a plan's starting release: recorded only when told to the bot).
 */
function unaddressedLeftAlone(base: ConversationState, out: TurnResult, text: string): boolean {
  const route = out.route ?? '';
  const t = text.slice(0, MAX_MESSAGE);
  const same = JSON.stringify(out.state.facts) === JSON.stringify(base.facts);
  if (route === 'closing') {
    const norm = normIntent(t);
    if (same && closingIn(norm, /[?？]\s*$/.test(t)) === 'ack' && !restTooBackIn(norm)) return true;
    if (looksNormalOnlyIn(norm)) return true;
  }
  if (route === 'catalogue') {
    const asked = catalogueQuestion(t);
    if (asked && !asked.more && (ADDRESSED_ENTRIES.has(asked.entry.id) || (asked.statement === true && ADDRESSED_STATEMENTS.has(asked.entry.id)))) return true;
  }
  if (route === 'facts' && out.state.facts.sql !== base.facts.sql) {
    const u = nfkc(t).toLowerCase();
    if (plannedNotSupposed(u) && plannedSqlFrom(u) !== null) return true;
  }
  return false;
}

/**
 * A line said in a shared thread without addressing the bot (`unaddressed`), that the bot read nothing in
 * (READ_NOTHING; or not understood, or only a failed answer to the open question, in a line with no number
 * and no word of the case, ON_TOPIC: "sure, calling them now" but not "SQL is the newest one"; with no such test when
 * the line mentions a colleague, `othersMentioned`: "can you check the SQL version, thanks @bob"), or that was said
 * to a colleague with nothing in it read (`leftToThem`: "Mike, did you check…?"), or that asks what the bot has no
 * answer for (`cannotAnswer`: "who did the upgrade?"): no reply, and the conversation exactly as it was (its facts,
 * the open question, the one-turn memories).
 * A first line in a thread the bot joined late (`lateJoin`) that gave it nothing ("can you look?", a bare
 * mention, a greeting): the bot says it reads only from its mention on, and asks the first question.
 */
function sharedThreadTurn(base: ConversationState, message: IncomingMessage, out: TurnResult): TurnResult {
  if (!message || typeof message !== 'object' || message.kind !== 'text') return out;
  if (message.unaddressed === true) {
    const route = out.route ?? '';
    const text = typeof message.text === 'string' ? message.text : '';
    // "@bob can you disable TLS 1.0 and SSL 3.0 tonight?" (a line opening with a colleague's Slack mention): theirs, unless the
    // change would be an outage here; then the warning only, and no fact taken from the line (REV21-a #1).
    // The plan is read from the line itself, whatever the rest of it made the route ("@bob can you disable TLS 1.0 tonight?
    // endpoints are CE 9.15 btw": REV22 #5), and answered alone, from the facts as they were.
    if (message.toOthers === true) {
      const plan = hardeningPlanRead(text.slice(0, MAX_MESSAGE));
      if (!plan || !hardeningPlanWarns(base.facts, plan.plan)) return { state: base, replies: [], route: 'chatter' };
      return { ...onHardeningPlan(base, plan.plan, text.slice(0, MAX_MESSAGE)), route: 'hardening-plan' };
    }
    const unread = route === 'not-understood' || (out.missedAnswer === true && route === 'facts');
    // Said to a colleague mentioned in it ("can you check the SQL version, thanks @bob") or named first ("Mike, did you
    // check…?", 「田中さん、SQL のバージョン確認してもらえますか？」, "@carol can you look?"): a line the bot read nothing in
    // is theirs, case words or not. A question the bot has no answer for ("ugh, again? who did the upgrade?", "ok so we
    // wait until Thursday?") is people talking to each other too (QA49 F14, F20): the help text is for the bot's own
    // questions (a mention, a DM).
    const theirs = (message.othersMentioned === true && unread) || out.cannotAnswer === true || out.leftToThem === true;
    if (theirs || (unread && !ON_TOPIC.test(text)) || READ_NOTHING.has(route)) return { state: base, replies: [], route: 'chatter' };
    if (unaddressedLeftAlone(base, out, text)) return { state: base, replies: [], route: 'chatter' };
    return out;
  }
  if (message.lateJoin === true && base.turns === 0 && Object.keys(base.facts).length === 0 && Object.keys(out.state.facts).length === 0) {
    const told = out.route === 'follow-up' && out.state.toldCannot === true;
    if (!told && !LATE_NOTHING.has(out.route ?? '')) return out;
    const lang = out.state.lang;
    const q = questionFor('need-endpoint-version');
    return { state: next({ ...base, lang }, { pending: q.code }), replies: [reply(lang, [para(TEXTS[lang].lateJoin), questionBlock(lang, q)])], route: 'late-join' };
  }
  return out;
}

/** The route name of a turn no text reader named: the message's kind ('action', 'probe', …). */
function routeOfKind(message: IncomingMessage): string {
  const kind = message && typeof message === 'object' ? (message as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' && /^[a-z]{1,12}$/.test(kind) ? kind : 'unknown';
}

// ---------------------------------------------------------------------------------------------
// The turn

function stepUnsafe(state: ConversationState, message: IncomingMessage): TurnResult {
  if (!message || typeof message !== 'object') return unchanged(state, [reply(state.lang, [para(TEXTS[state.lang].empty)])]);
  switch (message.kind) {
    case 'text':
      // (A terminal's colour codes, "ESC[33menabledESC[0m" in a pasted sslscan, are taken off before anything reads the text, QA62 #12.)
      // (A Slack code span around a version, "CE `9.15`", loses its marks too, QA64 #9.)
      return onLongText(state, typeof message.text === 'string' ? withoutCodeSpans(withoutTerminalCodes(message.text)) : '', message.length, message.keepLang === true, message.unaddressed === true);
    case 'action':
      return onAction(state, typeof message.id === 'string' ? message.id : '', typeof message.value === 'string' ? message.value : undefined);
    case 'probe':
      return onProbe(state, message.result);
    case 'evidence':
      return onEvidenceWithComment(state, message.source, message.reading, message.comment, message.keepLang === true);
    case 'fleet':
      return onFleet(state, message.fleet);
    default:
      return unchanged(state, [reply(state.lang, [para(TEXTS[state.lang].empty)])]);
  }
}

/**
 * A file shared with words: the words are a text turn first when they carry something (a version, a
 * question), and its reply comes before the file's; words only about the file ("here is the registry
 * export") get no reply of their own: the file's reply says what it shows.
 */
function onEvidenceWithComment(given: ConversationState, source: unknown, reading: unknown, comment: unknown, keepLang = false): TurnResult {
  // (The probe's own output read from a file: the probe offered as an action, as for a paste: merge.ts withProbeOffered.)
  if (typeof comment !== 'string' || comment.trim() === '') return withProbeOffered(onEvidence(given, source, reading));
  const raised = raisedByCaption(given, reading, comment);
  const state = raised ?? given;
  if (raised) {
    const r = onEvidenceWithComment(state, source, reading, '', keepLang);
    const lead = para(TEXTS[state.lang].captionRaised);
    return { ...r, replies: r.replies.map((x, i) => (i === 0 ? { ...x, blocks: [lead, ...x.blocks] } : x)) };
  }
  // The words are the file's caption ("capture from the TMS server", 「TMS サーバで取ったキャプチャです」): read for the facts
  // they state, never as a bare answer to the open question (QA54 #4: "TMS サーバで" is where the capture was taken, not
  // where SQL runs; "capture from …" is no failed answer to "Which SQL Server version …?"). The question stays open.
  // A caption announcing the very file it comes with ("キャプチャを添付します", "attaching the capture now") is about that file: no
  // "I will read the files when they are shared" line (the file is here); the rest of the caption, if any, is read as usual.
  const announced = filesAnnouncedIn(comment);
  const words = announced ? announced.rest : comment;
  if (words.trim() === '') return withProbeOffered(onEvidence(state, source, reading));
  const said = onLongText(state.pending ? { ...state, pending: null } : state, withoutCodeSpans(words), undefined, keepLang);
  if (said.understoodNothing || said.missedAnswer || captionSaidNothing(state, said)) return withProbeOffered(onEvidence(state, source, reading));
  const kept = said.state.pending === null && state.pending && sameFacts(state, said.state) ? { ...said.state, pending: state.pending } : said.state;
  const shown = withProbeOffered(onEvidence(kept, source, reading));
  return { state: shown.state, replies: [...said.replies, ...shown.replies] };
}

const sameFacts = (a: ConversationState, b: ConversationState): boolean => JSON.stringify(a.facts) === JSON.stringify(b.facts);

/**
 * "after the change", 「変更後」 as a capture's caption, the capture holding a TLS 1.2 ClientHello, the level not said, TMS 15 or later
 * (or not known) (QA64 #5, s19): TMS sends a TLS 1.2 hello only from Medium-High on (knowledge.md, Cause 2), so "the change" is
 * probably the level raised to Medium-High: recorded so, and the reply says it is a reading to confirm in TMS Tools, not asked back
 * as "is TMS at Medium-High now?". Only when nothing in the capture speaks against it (rev64 #1): a level the user said is never
 * overridden (Medium said and a TLS 1.2 hello seen is for the reply on the capture to weigh); every flow in it is a TLS 1.2 hello
 * to port 443 (another flow may be the one that failed, and a hello to another port may be a browser's or .NET's, not TMS's
 * to the endpoint); and no flow shows no hello, a reset, an alert, silence or an older offer. Null when it does not apply.
 */
const AFTER_CHANGE_CAPTION =
  /^\s*(?:(?:this\s(?:is|was)\s|taken\s|captured\s|capture\s|pcap\s|trace\s|new\scapture\s)?(?:after|since)\s(?:the\s|our\s|my\s|we\s(?:made|did)\sthe\s)?(?:change|changes|fix|level\schange|medium-?high(?:\schange)?)|(?:変更|修正|設定変更|medium-?high\s?(?:に|へ)の?変更)(?:した)?(?:後|あと|してから))/i;
/** Capture readings that speak against "the level is Medium-High now": no hello, a failed or older handshake, a cut capture. */
const CAPTION_AGAINST: ReadonlySet<string> = new Set([
  'capture-no-clienthello',
  'capture-reset-after-clienthello',
  'capture-alert-after-clienthello',
  'capture-silence-after-clienthello',
  'capture-client-refused-version',
  'capture-clienthello-tls10-only',
  'capture-clienthello-record-tls10',
  'capture-clienthello-tls11',
  'capture-clienthello-ssl3-only',
  'capture-tcp-not-completed',
  'capture-truncated',
  'capture-unreadable',
  'capture-no-tls-traffic',
]);
function raisedByCaption(state: ConversationState, reading: unknown, comment: string): ConversationState | null {
  if (comment.length > 80 || !AFTER_CHANGE_CAPTION.test(nfkc(comment))) return null;
  const f = state.facts;
  if (f.level !== undefined) return null;
  if (f.tms && !(parseInt(f.tms.semver, 10) >= 15)) return null;
  const obs = isObj(reading) && Array.isArray((reading as { observations?: unknown }).observations) ? ((reading as { observations: unknown[] }).observations) : [];
  const codes = new Set(obs.map((o) => (isObj(o) && typeof o.code === 'string' ? o.code : '')));
  if (!codes.has('capture-clienthello-tls12') || [...codes].some((c) => CAPTION_AGAINST.has(c))) return null;
  const subject = (o: unknown): string => (isObj(o) && typeof o.subject === 'string' ? o.subject : '');
  const hellos = new Set(obs.filter((o) => isObj(o) && o.code === 'capture-clienthello-tls12').map(subject));
  for (const h of hellos) if (!/:443$/.test(h.trim())) return null;
  for (const o of obs) if (isObj(o) && typeof o.code === 'string' && o.code.startsWith('capture-') && !hellos.has(subject(o))) return null;
  return next(state, { facts: { ...f, level: 'medium-high', tlsClaims: { ...f.tlsClaims, levelRaised: true } } });
}

/**
 * A caption whose reading changed no fact and whose reply only asks questions again (the open one, the first needed one):
 * nothing of its own to say, so the file's reply is the one reply (QA54 #4).
 */
function captionSaidNothing(before: ConversationState, said: TurnResult): boolean {
  if (!sameFacts(before, said.state) || said.replies.length !== 1) return false;
  const lead = TEXTS[said.replies[0]!.lang].needBeforeAnswer;
  return said.replies[0]!.blocks.every((b) => b.type === 'question' || b.type === 'context' || b.type === 'actions' || (b.type === 'paragraph' && b.text === lead));
}

/** Hello, what the bot does (for a new conversation) and the question that is open or comes first. */
function greet(state: ConversationState, lang: Lang): TurnResult {
  const t = TEXTS[lang];
  const blocks: Block[] = [para(t.greeting)];
  const qb = questionBlocksFor(state);
  if (Object.keys(state.facts).length === 0) blocks.push(para(t.intro));
  blocks.push(...qb);
  if (qb.length === 0 && Object.keys(state.facts).length === 0) {
    const q = questionFor('need-endpoint-version');
    blocks.push(questionBlock(lang, q));
    return { state: next(state, { pending: q.code }), replies: [reply(lang, blocks)] };
  }
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}

/**
 * A text longer than MAX_MESSAGE (a paste in the console or the CLI; Slack cuts its messages there
 * itself): its first MAX_MESSAGE characters are read, and the reply says first that the rest was not.
 */
function onLongText(state: ConversationState, raw: string, length: unknown, keepLang = false, shared = false): TurnResult {
  const total = Math.max(raw.length, typeof length === 'number' && Number.isSafeInteger(length) ? length : 0);
  // "… our capture …\n-- this part is from the lab --\n<the lab's output>": only the part before that line is this case's (FIX61B
  // #6); the reply says first that the rest was left out, as for a text read in part.
  const apart = total <= MAX_MESSAGE && raw.includes('\n') ? otherSystemFromLine(raw) : null;
  if (apart && pastedEvidence(apart.rest)) {
    const out = withGuesses(apart.head, onText(state, apart.head, keepLang, shared));
    const lang = out.replies[0]?.lang ?? out.state.lang;
    return withLastSet(state, withDevicesNamed(apart.head, withNoteAhead(out, para(otherPartNote(apart.label, apart.source, apart.inLine)[lang]), lang)));
  }
  // A paste whose host name has a lab-like part ("Host Name: TMS-LAB-02"): kept apart and the host asked about; the words before it
  // are read (QA62 #5b).
  const labHost = !apart && total <= MAX_MESSAGE ? labLikeHostIn(raw) : null;
  if (labHost && pastedEvidence(raw)) {
    if (!labHost.head) {
      const lang = state.lang;
      return { state: next(state, {}), replies: [reply(lang, [para(labLikeHostNote(labHost.host)[lang]), ...questionBlocksFor(state)])] };
    }
    const out = withGuesses(labHost.head, onText(state, labHost.head, keepLang, shared));
    const lang = out.replies[0]?.lang ?? out.state.lang;
    return withLastSet(state, withDevicesNamed(labHost.head, withNoteAhead(out, para(labLikeHostNote(labHost.host)[lang]), lang)));
  }
  // "I will attach the registry export and the event log", 「レジストリとイベントログを添付します」 (QA64 #8): files to come, not a plan
  // for the fix; the rest of the message is read as usual, the files acknowledged in one line.
  const announced = total <= MAX_MESSAGE ? filesAnnouncedIn(raw) : null;
  if (announced) {
    if (!announced.rest.trim()) {
      const lang = keepLang || state.langAsked === true ? state.lang : languageOf(raw, state.lang);
      const ls = { ...state, lang };
      return { state: next(ls, {}), replies: [reply(lang, [para(TEXTS[lang].filesAnnounced), ...questionBlocksFor(ls)])], route: 'files-announced' };
    }
    const out = onLongText(state, announced.rest, undefined, keepLang, shared);
    const lang = out.replies[0]?.lang ?? out.state.lang;
    return withNoteAhead(out, para(TEXTS[lang].filesAnnounced), lang);
  }
  if (total <= MAX_MESSAGE) return withLastSet(state, withDevicesNamed(raw, withGuesses(raw, onText(state, raw, keepLang, shared))));
  const read = firstChars(raw, MAX_MESSAGE);
  const out = withGuesses(read, onText(state, read, keepLang, shared));
  const lang = out.replies[0]?.lang ?? out.state.lang;
  return withLastSet(state, withDevicesNamed(read, withNoteAhead(out, para(TEXTS[lang].readFirst(total, read.length)), lang)));
}

/**
 * The facts this text message set or changed, kept until the next text message that sets one (ConversationState.lastSet),
 * so that a retraction ("ignore that", 「今のは無視してください」) can say what is still used from the last message that gave
 * a value. A message that sets nothing (a retraction, "thanks", an empty line) leaves the state as it was.
 */
function withLastSet(before: ConversationState, out: TurnResult): TurnResult {
  return withOtherTmsNamed(before, withLastSetOnly(before, out));
}

/**
 * Another TMS server this text message named (Facts.otherTms grew), kept for the next text turn only, so that "its endpoints are
 * on TC 7.3.6", 「そちらのエンドポイントも CE9.15 です」 then is read as that server's (ConversationState.otherTmsNamed, QA63 #1).
 */
function withOtherTmsNamed(before: ConversationState, out: TurnResult): TurnResult {
  const was = before.facts.otherTms ?? [];
  const added = (out.state.facts.otherTms ?? []).filter((v) => !was.some((w) => w.semver === v.semver));
  const named = added.length ? added[added.length - 1].semver : undefined;
  if (named === out.state.otherTmsNamed) return out;
  const state = { ...out.state };
  if (named) state.otherTmsNamed = named;
  else delete state.otherTmsNamed;
  return { ...out, state };
}

function withLastSetOnly(before: ConversationState, out: TurnResult): TurnResult {
  const set = keysSet(before.facts, out.state.facts);
  const keep = set.length ? set : out.state.lastSet;
  if (!keep) return out;
  // (Kept as the state's last key, where a stored state normalised (guards.ts) has it: a turn that changes nothing
  // leaves the state as it was, key order included.)
  const { lastSet: _old, ...rest } = out.state;
  return { ...out, state: { ...rest, lastSet: keep } };
}

/**
 * The other devices this text message named ("we also have 2 MXPs"), kept for the next text turn only, so that "those
 * are on http" then is read as about them (ConversationState.devicesNamed).
 */
function withDevicesNamed(text: string, out: TurnResult): TurnResult {
  return withEndpointHosts(text, withDevicesNamedOnly(text, out));
}

/**
 * "tms-lobby-sx80 is an endpoint" (a host named like TMS said to be an endpoint, rev63 #2): kept for the conversation
 * (ConversationState.endpointHosts, at most 8), so that a test against it pasted later is read as an endpoint test.
 */
function withEndpointHosts(text: string, out: TurnResult): TurnResult {
  const said = endpointHostsSaid(text);
  if (!said.length) return out;
  const was = out.state.endpointHosts ?? [];
  const hosts = [...was.filter((h) => !said.includes(h)), ...said].slice(-8);
  return { ...out, state: { ...out.state, endpointHosts: hosts } };
}

function withDevicesNamedOnly(text: string, out: TurnResult): TurnResult {
  const named = devicesNamedIn(text);
  const another = anotherFailingAhead(text);
  if (named === (out.state.devicesNamed ?? null) && another === (out.state.anotherFailingNext === true)) return out;
  const state = { ...out.state };
  if (named) state.devicesNamed = named;
  else delete state.devicesNamed;
  // ("from another codec that fails too", its output next: ConversationState.anotherFailingNext, FIX62A #1.)
  if (another) state.anotherFailingNext = true;
  else delete state.anotherFailingNext;
  return { ...out, state };
}

/** Another failing unit announced with no release and no paste of its own: its paste is expected next (FIX62A #1). */
function anotherFailingAhead(text: string): boolean {
  return text.length <= 240 && !/\d\.\d/.test(text) && anotherFailingUnitIn(text);
}

/**
 * "Dave thinks it's the certificate expiry", "probably a firewall issue … port 443 blocked?", "Tom: the
 * firewall is open, I can telnet to 443": one line per guess ahead of the reply (guesses.ts). A message
 * that says nothing else is answered by those lines (not "I could not find a version"), the open
 * question kept.
 */
function withGuesses(text: string, out: TurnResult): TurnResult {
  const [first, ...rest] = out.replies;
  if (!first) return out;
  const lines = guessBlocks(text, out.state.facts, first.lang, first.blocks);
  if (lines.length === 0) return out;
  if (out.understoodNothing) {
    const t = TEXTS[first.lang];
    const known = FIELD_NAMES.some((f) => out.state.facts[f] !== undefined);
    const blocks: Block[] = [...lines, ...(known ? [para(t.nothingChanged)] : []), ...questionBlocksFor(out.state)];
    return { state: out.state, replies: [{ ...first, blocks }, ...rest], route: 'guesses' };
  }
  // (An answer leading the reply keeps leading it: the lines join it.)
  const said: TurnResult = { ...out, replies: [{ ...first, blocks: [...lines, ...first.blocks], ...(first.answers ? { answers: first.answers + lines.length } : {}) }, ...rest] };
  delete said.missedAnswer;
  return said;
}

/** `shared`: a line in a shared thread not addressed to the bot (a request to a colleague is answered there only for an outage). */
function onText(state: ConversationState, raw: string, keepLang = false, shared = false): TurnResult {
  const t0 = TEXTS[state.lang];
  if (looksBinary(raw)) {
    // (Words typed before the binary run are read, the run is not, and the reply says so first: QA62 #16.)
    const words = wordsBeforeBinary(raw);
    if (!words) return { ...unchanged(state, [reply(state.lang, [para(t0.binary)])]), route: 'binary' };
    const out = onText(state, words, keepLang, shared);
    const lang = out.replies[0]?.lang ?? out.state.lang;
    return withNoteAhead(out, para(TEXTS[lang].binaryAfterWords), lang);
  }
  const blanked = raw.replace(CONTROL, ' ');
  // "reboot? already did", 「再起動？もうしました」, "safe? I mean turning off TLS 1.0": the rest is what is said (short-lead.ts).
  const led = shortLeadRewrite(blanked) ?? blanked;
  // A ticket template's "Version: unknown", "SQL: N/A", 「バージョン：不明」 lines say nothing (template-blanks.ts).
  const unblanked = withoutBlankFields(led) ?? led;
  // "SQL", "the Windows one", "both", 「SQL です」「両方です」 right after "Is 2008 R2 the SQL Server or the Windows Server release?":
  // that question's answer, read as the release said with its product (rev26 #9).
  // "the new one", 「新しい方」 right after "Which one runs TMS now?": TMS runs on the new server (left-a #2).
  const text = whichProductAnswer(state, unblanked) ?? newServerAnswer(state, unblanked) ?? unblanked;
  if (text.trim() === '') {
    // A bare @mention or an empty /tms-diagnose opens a conversation: greet rather than complain.
    if (state.turns === 0 && Object.keys(state.facts).length === 0) return { ...greet(state, state.lang), route: 'greeting' };
    const replies = [reply(state.lang, [para(t0.empty), ...questionBlocksFor(state)])];
    return { ...unchanged(state, replies), route: 'empty' };
  }
  // A paste read as evidence (an English log line in a Japanese conversation) keeps the conversation's language.
  // A line in a shared thread (keepLang) keeps the thread's language once it has one (its first turn set it).
  const norm = normIntent(text); // read once for the language request and the intent
  // "start over" typed in English command words keeps the conversation's language too.
  // And a language the user asked for in words keeps the conversation in it (QA58 #10: a DM, where keepLang is not set).
  const said = (keepLang && state.turns > 0) || state.langAsked === true || startOverCommandIn(norm) ? state.lang : languageOf(text, state.lang);
  // So does a pasted xAPI line ("*c xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.2").
  // And so does a tool's output (sslscan, nmap, curl -v, openssl s_client), even where nothing in it is read.
  // And a log or a line of hex bytes (raw-paste.ts): what is pasted is not the language the user speaks.
  // (Japanese of the user's own beside the paste, 「SQL Server が起動しません。イベント 26011: …」, is the language they speak: QA51 #11.)
  const lang = said !== state.lang && !(said === 'ja' && jaProseBesidePaste(text)) && (pastedEvidence(text) || XAPI_LINE.test(text) || mostlyToolOutput(text) || probeOutputLinesOnly(text) || hexLineMeaning(text) || logLines(text) > 0) ? state.lang : said;
  // The "are all of them back?" ask is answered by this message or not at all (kept one turn).
  const askedAll = state.askedAllBack === true;
  const s = withoutAskedAllBack(lang === state.lang ? state : { ...state, lang });
  // A hardening change announced as a plan (read once per turn): a side line, whatever the rest of the message says.
  const plan = hardeningPlanRead(text);
  // ("@bob can you disable TLS 1.0 and SSL 3.0 tonight?", 「田中さん、TLS 1.0 と SSL 3.0 の無効化をお願いします」: a request to a
  // colleague is warned about, in a shared thread only when the change would be an outage: REV21-a #1, REV22 #4; in a DM also
  // "@bob please disable SSL 3.0 only" with SQL at risk: "not as part of this fix".)
  if (plan && (!plan.plan.request || (toSomeoneElse(text) && (shared ? hardeningPlanWarns(s.facts, plan.plan) : hardeningPlanCautions(s.facts, plan.plan))))) {
    return withHardeningPlan(state, s, text, plan, askedAll);
  }
  return routed(state, s, text, norm, askedAll);
}

/** The message through the ROUTES table, then read for facts. */
function routed(state: ConversationState, s: ConversationState, text: string, norm: string, askedAll: boolean): TurnResult {
  // "all 20 codecs show HTTPS again, all good?", 「全台直りました。これで完了ですか？」: the question only confirms a report that
  // all work; the report is answered as if said alone (the case closes), not the list of steps or "I don't know" (REV22 #9).
  const allWork = allWorkReportIn(text);
  if (allWork && closingIn(normIntent(allWork)) === 'works') return routed(state, s, allWork, normIntent(allWork), askedAll);
  const message = new Said(state, s, text, norm, askedAll);
  // (A message of nothing but version facts, "TMS 15.2.1", "SQL Server 2012 SP4 on the TMS server": the routes that need some
  // other word are not run; route-gates.ts.)
  const factsOnly = factsOnlyMessage(text);
  for (const route of ROUTES) {
    if (factsOnly && route.needsMoreThanFacts === true) {
      if (skippedRouteAudit) skippedRouteAudit(route.name, text, route.run(message) !== null);
      continue;
    }
    const out = route.run(message);
    if (out) return withIisOnlyPart(s, text, out.route ? out : { ...out, route: route.name });
  }
  const read = onFacts(s, text);
  return withIisOnlyPart(s, text, { ...read, route: read.understoodNothing ? 'not-understood' : 'facts' });
}

/**
 * "set to Medium-High and ran iisreset, still No HTTPS response on 2 of 12", 「Medium-High に変更して iisreset を実行しましたが、12台中
 * 2台がまだ…」 (rev64 #5): the part's reading (partial success or the facts), with the TMS services' restart kept ahead of it
 * (iisreset restarts IIS only).
 */
function withIisOnlyPart(s: ConversationState, text: string, out: TurnResult): TurnResult {
  if (out.route !== 'facts' && out.route !== 'partial-success') return out;
  const note = iisOnlyPartNote(s, text);
  return note ? withNoteAhead(out, para(note[out.replies[0]?.lang ?? s.lang]), s.lang) : out;
}

/** Answers of the rest of a message that read nothing in it: the plan is answered alone instead. */
const PLAN_ALONE: ReadonlySet<string> = new Set(['not-understood', 'empty', 'intent-ack', 'intent-wait', 'intent-later', 'guesses']);

/**
 * "I'll disable TLS 1.0 and SSL 3.0 tonight", "going to run IIS Crypto best practices after the fix", 「TLS 1.0 と SSL 3.0 も
 * ついでに無効にしておきます」 (QA49 F2): a hardening change to come, not done. It is a side line (REV20 #2): the rest of the
 * message, the plan's clauses taken out, is answered by the routes as if said alone ("thanks, it works now! we'll disable SSL
 * 3.0 next month" still closes, "how do I do step 2? I'll disable SSL 3.0 after" still answers step 2, "@bob fyi the Osaka TMS
 * is 14.6, …" still takes nothing from another site), and the plan's warning or answer (hardening-answers.ts, for the facts
 * after the rest was read) leads the reply. Nothing else in the rest: the plan is answered alone, the open question kept.
 */
function withHardeningPlan(state: ConversationState, s: ConversationState, text: string, plan: HardeningPlanRead, askedAll: boolean): TurnResult {
  if (/[\p{L}\p{N}]/u.test(plan.rest)) {
    const out = routed(state, s, plan.rest, normIntent(plan.rest), askedAll);
    const first = out.replies[0];
    const nothingRead = out.route === 'to-someone-else' && JSON.stringify(out.state.facts) === JSON.stringify(s.facts) && !aboutOtherSite(plan.rest);
    if (first && !out.understoodNothing && !PLAN_ALONE.has(out.route ?? '') && !nothingRead) {
      const warn = hardeningPlanAnswer(out.state.facts, plan.plan, text).map((b) => paraFrom(b, first.lang));
      const said: TurnResult = { ...out, replies: [{ ...first, blocks: [...warn, ...first.blocks] }, ...out.replies.slice(1)] };
      // (The warning is an answer: the line is not one the bot read nothing in, nor a question it cannot answer.)
      delete said.missedAnswer;
      delete said.cannotAnswer;
      return said;
    }
  }
  return { ...onHardeningPlan(s, plan.plan, text), route: 'hardening-plan' };
}

/**
 * A plan beside a question ("Medium-High please. can I get the reg file?", QA63 #2): the rest of the message through the routes as
 * if said alone, the plan's answer leading its reply (nothing recorded as done). Null when the rest reads as nothing or changes a
 * fact (plan-with-facts answers that): the plan route or the usual readings take the message.
 */
function withPlanAnswered(state: ConversationState, s: ConversationState, rest: string, plan: PlannedSteps, askedAll: boolean): TurnResult | null {
  if (!/[\p{L}\p{N}]/u.test(rest)) return null;
  const out = routed(state, s, rest, normIntent(rest), askedAll);
  const first = out.replies[0];
  if (!first || out.understoodNothing || PLAN_ALONE.has(out.route ?? '') || out.route === 'facts' || JSON.stringify(out.state.facts) !== JSON.stringify(s.facts)) return null;
  const lead = planAnswer(out.state.facts, plan).map((b) => paraFrom(b, first.lang));
  const said: TurnResult = { ...out, replies: [{ ...first, blocks: [...lead, ...first.blocks] }, ...out.replies.slice(1)] };
  delete said.missedAnswer;
  delete said.cannotAnswer;
  return said;
}

/**
 * A claim about the TLS 1.0 cut-off with facts of the user's own in other sentences (REV31 #10): the rest of the message, without
 * the claim's sentences (so the release the claim names is not taken for theirs), through the routes as if said alone, the claim's
 * verdict leading the reply (as an answer given first: Reply.answers). Null when the rest states nothing or reads as nothing.
 */
function withTls10Cutoff(m: Said): TurnResult | null {
  const found = tls10CutoffRest(m.text, (rest) => Object.keys(extractFacts(rest).facts).length > 0);
  if (!found) return null;
  const out = routed(m.state, m.s, found.rest, normIntent(found.rest), m.askedAll);
  const first = out.replies[0];
  if (!first || out.understoodNothing || PLAN_ALONE.has(out.route ?? '')) return null;
  const lead = found.lead(first.lang);
  return { ...out, replies: [{ ...first, blocks: [...lead, ...first.blocks], answers: (first.answers ?? 0) + lead.length }, ...out.replies.slice(1)] };
}

/**
 * One message as every route sees it, read once (src/conversation/engine.ts onText). Two readings more than one
 * route asks for are worked out on first use and kept for this message only: closingIn(norm) (fix-progress, closing)
 * and followUpTopic(text, s.pending) (probe-question, follow-up); each was read twice a turn (~3 us together).
 */
class Said {
  private closingRead: ReturnType<typeof closingIn> | undefined;
  private followUpRead: ReturnType<typeof followUpTopic> | undefined;
  constructor(
    /** The conversation as it came in (a language request is answered from it). */
    readonly state: ConversationState,
    /** The conversation in the message's language, without the one-turn "are all of them back?" ask. */
    readonly s: ConversationState,
    /** The message, control characters blanked. */
    readonly text: string,
    /** normIntent(text). */
    readonly norm: string,
    /** The previous turn asked whether all systems are back. */
    readonly askedAll: boolean,
  ) {}
  /** closingIn(norm). */
  closing(): ReturnType<typeof closingIn> {
    // ("all endpoints work in the lab, all good?": works said of another environment still gets the 'fixed when…' answer, which
    // closes nothing.)
    if (this.closingRead === undefined) this.closingRead = closingIn(this.norm, /[?？]\s*$/.test(this.text), allFixedAskedIn(this.text) !== null);
    return this.closingRead;
  }
  /** followUpTopic(text, s.pending). */
  followUp(): ReturnType<typeof followUpTopic> {
    if (this.followUpRead === undefined) this.followUpRead = followUpTopic(this.text, this.s.pending);
    return this.followUpRead;
  }
}

/**
 * A reader of one kind of message: its answer, or null to pass the message on. Ordered: the first route
 * that answers wins, so a narrower reading comes before a broader one that would also take the message
 * (a partial success before the still-failing intent, a step done before progress in words, a question
 * before a closing). What no route takes is read for facts (onFacts).
 */
interface Route {
  readonly name: string;
  /**
   * The route never answers a message of version facts alone (factsOnlyMessage, route-gates.ts: its words are all product,
   * version and level words), whatever the conversation: it is not run for one. test/conversation/route-gates.test.ts runs every
   * route so marked on such messages, over every state the corpus reaches, and fails when one answers.
   */
  readonly needsMoreThanFacts?: true;
  readonly run: (m: Said) => TurnResult | null;
}

/** Tests only: told of each route skipped by its gate, with whether it would have answered (route-gates.test.ts). */
let skippedRouteAudit: ((route: string, text: string, answered: boolean) => void) | null = null;
export function auditSkippedRoutes(f: ((route: string, text: string, answered: boolean) => void) | null): void {
  skippedRouteAudit = f;
}
/** Tests only: the names of the routes in order, and whether each is skipped on a message of facts alone. */
export function routeGates(): { name: string; needsMoreThanFacts: boolean }[] {
  return ROUTES.map((r) => ({ name: r.name, needsMoreThanFacts: r.needsMoreThanFacts === true }));
}

const ROUTES: readonly Route[] = [
  {
    name: 'language-request',
    needsMoreThanFacts: true,
    run: (m) => {
      const { state, norm } = m;
      const wanted = languageRequestIn(norm);
      if (!wanted) return null;
      const ls: ConversationState = { ...state, lang: wanted, langAsked: true };
      // The request inside a longer line ("Could you explain in English why Medium-High is needed and whether a reboot is
      // required?", "please reply in Japanese from now on, TMS is 15.9 and endpoints are CE 9.15"): the language switched, and the
      // rest of the message read as usual, the switch said first (rev64 #4). When the rest reads as nothing ("can you answer in
      // Japanese for my colleague?"), the request alone, as below.
      const rest = state.caseClosed || languageRequestWhole(norm) ? m.text : withoutLanguageAsked(m.text);
      if (rest !== m.text && /[\p{L}\p{N}]/u.test(rest)) {
        const ms: ConversationState = { ...m.s, lang: wanted, langAsked: true };
        const out = routed(ms, ms, rest, normIntent(rest), m.askedAll);
        if (out.replies[0] && !out.understoodNothing && !out.missedAnswer && !out.cannotAnswer && !PLAN_ALONE.has(out.route ?? '') && out.route !== 'chatter' && out.route !== 'language-request') {
          return { ...withNoteAhead(out, para(TEXTS[wanted].languageSet), wanted), route: 'language-request' };
        }
      }
      // Right after "we are closing the ticket" (closed, not said to work): the language and the closing said again in it, not the
      // whole answer as if the steps were still to do (FIX60B #3; as after "Medium-High fixed it" below).
      if (state.caseClosed) return { state: next(ls, {}), replies: [reply(wanted, [para(TEXTS[wanted].languageSet), para(TEXTS[wanted].caseClosed.replace(/^承知しました。/, '')), actionsBlock(wanted, false)])] };
      // A full answer already given: given again in the language asked for (QA58 #10), as "show the details again" gives it.
      // Not once the case was closed as working (REV35 #2: "Medium-High fixed it" then 「日本語でお願いします」): the fix answer
      // again would read as steps still to do; the language is confirmed only, as before QA58 #10.
      if (ls.shown?.length && wanted !== state.lang && state.facts.tlsClaims?.worksNow !== true) {
        const full = respond({ ...ls, shown: [] }, [], [], false);
        const [first, ...more] = full.replies;
        if (first) {
          const st = { ...full.state, shown: [...new Set([...(ls.shown ?? []), ...(full.state.shown ?? [])])] };
          return { ...full, state: st, replies: [{ ...first, blocks: [para(TEXTS[wanted].languageSet), ...first.blocks] }, ...more] };
        }
      }
      const qb = questionBlocksFor(ls);
      const blocks: Block[] = [para(TEXTS[wanted].languageSet), ...(qb.length ? qb : Object.keys(ls.facts).length ? [] : [para(TEXTS[wanted].intro)])];
      return { state: next(ls, {}), replies: [reply(wanted, blocks)] };
    },
  },
  {
    // "TMS at High (certificate checked): likely fails (self-signed certificate)": a line of the probe's own output pasted
    // back, the tool's what-if wording, not the user's level or certificates (probe-output-paste.ts, QA43 #1 #2).
    name: 'probe-output-line',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onProbeOutputLines(s, text),
  },
  {
    // "probe 10.1.2.3", "probe 10.1.2.3 10.1.2.4", "probe a,b" as a message: a message never starts a probe; the reply
    // says how (the button, /tls-probe, the fleet probe for several), not "no version in 'probe'" (probe-command.ts, QA43 #7).
    name: 'probe-command',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onProbeCommand(s, text),
  },
  {
    // "ok new case: TMS 14.6.2 with TC 7.3.6": the earlier facts belong to the other case.
    name: 'new-case',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const fresh = newCaseText(text);
      if (fresh === null || Object.keys(s.facts).length === 0) return null;
      const out = onFacts({ ...freshState(s.lang), turns: s.turns, restarts: (s.restarts ?? 0) + 1 }, fresh);
      return withNoteAhead(out, para(TEXTS[out.replies[0]?.lang ?? s.lang].startedOver), s.lang);
    },
  },
  {
    // "its endpoints are on TC 7.3.6", 「そちらのエンドポイントも CE9.15 です」 right after another TMS server was named: that server's
    // endpoints, noted apart; this case's endpoint release stays (QA63 #1).
    name: 'other-tms-endpoints',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const found = otherTmsEndpointsIn(s, text);
      return found ? onOtherTmsEndpoints(s, found) : null;
    },
  },
  {
    // "@john can you check which SQL we run?", 「佐藤さん、Windows のバージョンを確認してもらえますか」: said to
    // a teammate, not to the bot. A fact in it is read as usual ("@john fyi the TMS box is 2012 R2");
    // without one there is nothing to answer: the open question stays open.
    name: 'to-someone-else',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      // ("@bob I'll disable TLS 1.0 and SSL 3.0 tonight": a hardening plan is read before the routes and taken out of the
      // text they see; its warning is added to whatever this route answers, QA49 F2, REV20 #1.)
      if (!toSomeoneElse(text)) return null;
      // "@bob fyi the Osaka TMS is still 14.6 and their SX20s are on TC7.3.3": another site's versions,
      // said to a colleague, are not this case's. Nothing is taken; the reply says what was not, and why.
      if (aboutOtherSite(text)) {
        const seen = extractFacts(text).facts;
        const named = FIELD_NAMES.map((f) => formatField(f, seen)).filter((v): v is string => !!v);
        if (named.length) {
          const t = TEXTS[s.lang];
          const kept = FIELD_NAMES.filter((f) => seen[f] !== undefined).map((f) => formatField(f, s.facts)).filter((v): v is string => !!v);
          const open = questionBlocksFor(s);
          const note = para(t.otherSiteNotTaken(named.join(s.lang === 'ja' ? '、' : ', '), kept.join(s.lang === 'ja' ? '、' : ', ')));
          return { state: next(s, {}), replies: [reply(s.lang, [note, ...open])] };
        }
      }
      const read = onFacts(s, text);
      // "Mike, did you check whether the HDX units still use SNMP?", "@bob CE 9.15.3?", "@bob can you check the level? I
      // think it is Medium-High": a line that asks them something names what they are asked to find out, not what runs
      // (a guess beside it is theirs to confirm). Read as before in a DM; in a shared thread it is left to them (QA49
      // F20; sharedThreadTurn).
      if (JSON.stringify(read.state.facts) !== JSON.stringify(s.facts)) return askedThem(text) ? { ...read, leftToThem: true } : read;
      const open = questionBlocksFor(s);
      return { state: next(s, {}), replies: [reply(s.lang, open.length ? [para(TEXTS[s.lang].waitNeed), ...open] : [para(TEXTS[s.lang].wait)])], leftToThem: true };
    },
  },
  {
    // "for comparison, here is the xstatus of our lab C40 which works:", 「これは検証環境のものです: <SELECT @@VERSION>」, "the capture
    // from yesterday, before the change:": a paste labelled as another system's or as the before picture never replaces the case's
    // values nor joins its evidence (labelled-paste.ts, QA60 #1 #2 #4). Before earlier-was-lab: 「これは」 is the paste, not the earlier message.
    name: 'labelled-paste',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onLabelledPaste(s, text),
  },
  {
    // "sorry that was the lab, prod is TMS 15.9", 「上記は検証環境でした。本番は TMS 14.6 です」: the last message's server values
    // were another system's; the ones given again are taken, the others dropped and asked again, said in one line (QA57 #3).
    name: 'earlier-was-lab',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (Object.keys(s.facts).length ? onEarlierWasLab(s, text) : null),
  },
  {
    // "sorry, 14.6.2 was the lab box", 「14.6.2 は検証環境のほうでした」: a lab or test system's release is not the case's
    // (not a correction back to the value just replaced); the value held, if it is that one, goes (lab-release-line.ts, QA49 F6).
    name: 'lab-release-line',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onLabReleaseLine(s, text),
  },
  {
    // "OS and SQL both 2008 R2 in the lab", 「検証環境では OS も SQL も 2008 R2 です」: a lab's values, none of this case's: said back,
    // nothing recorded (lab-release-line.ts onLabPlaceLine, FIX62A #8).
    name: 'lab-place-line',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onLabPlaceLine(s, text),
  },
  {
    // "we're not redundant", 「冗長構成ではありません」: one TMS server, noted; the "both nodes" lines left out (not-redundant.ts, QA63 #13).
    name: 'not-redundant',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onNotRedundant(s, text),
  },
  {
    // "fyi Osaka TMS is 14.6.2 and their SX20s are on TC7.3.3", 「大阪の TMS はまだ 14.6 です」 in any line, addressed or not:
    // another site's versions never replace the case's; the reply says which were not used and why (other-site-line.ts, QA49 F1).
    name: 'other-site-line',
    // (Not skipped on facts alone: after another site was named, "Medium server 2019" can be that site's line;
    // route-gates.test.ts found it.)
    run: ({ s, text }) => onOtherSiteLine(s, text),
  },
  {
    // "The other TMS node doesn't work either.", 「もう片方のノードもダメです」: the change on each node; "done on the lab TMS, still
    // failing": the lab is not this system, nothing recorded, production asked (other-node-lab.ts, FIX21B).
    name: 'other-node-or-lab',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onOtherNodeLine(s, text, onText),
  },
  {
    // "ignore that, wrong server", 「今のは無視してください」「別のサーバの話でした」: a retraction; what is still used from the last
    // message is said (nothing dropped silently), and "another server" in it is not where SQL runs (retraction.ts).
    name: 'retraction',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onRetraction(s, text),
  },
  {
    // "how do I find that?", "which SQL do you mean?", 「分かりません。どこで確認できますか？」: how to answer the open question.
    name: 'where-for-pending',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const whereField = asksWhereForPending(text, s.pending);
      return whereField ? onWhereForPending(s, whereField) : null;
    },
  },
  {
    // "the active node is node 2", 「いまアクティブなのは2号機でした」 while the TMS release is asked: a node's name, not a release.
    name: 'node-name-for-release',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onNodeNameForRelease(s, text),
  },
  {
    // "keep the level at Medium for now and downgrade the C40s to TC 7.3.3 instead", 「当面はMediumのままにして、C40はTC7.3.3に戻します」:
    // a choice to confirm with what it keeps and what it cannot do, not a release now running.
    name: 'keep-medium-downgrade',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onKeepMediumDowngrade(s, text),
  },
  {
    // "the vendor told us TC 7.3.3 is the last release that accepts TLS 1.0", 「TC7.3.3 が TLS1.0 に対応する最後のバージョンと言われ
    // ました」, "which is the last TC release that accepts TLS 1.0?": where the cut-off lies (TC 7.3.6 / CE 8.1.0), the release named
    // recorded as nothing (tls10-cutoff.ts, left-a #4).
    // ("TLS 1.0 was dropped in CE 8.1, right? Our TMS is 14.6.2 and the codecs are on CE 9.8": the rest is read as usual, REV31 #10.)
    name: 'tls10-cutoff',
    needsMoreThanFacts: true,
    run: (m) => withTls10Cutoff(m) ?? onTls10Cutoff(m.s, m.text),
  },
  {
    // "site B?", 「拠点Bは？」 after TMS servers on different releases were named: the other servers' verdict (QA round 20 #3).
    name: 'other-tms',
    needsMoreThanFacts: true,
    // ("what do I do for the 14.6.2 one?" with no other server named: what holds for a TMS on that release, if it is another server,
    // never the case's TMS 15 steps; QA63 #1.)
    run: ({ s, text }) => {
      if (asksOtherTms(s, text)) return onOtherTms(s);
      const unnamed = unnamedTmsAsked(s, text);
      return unnamed ? onUnnamedTms(s, unnamed) : null;
    },
  },
  {
    // After "7 are back now" asked whether all are: "yes, all of them", 「全部です」, 「残りの3台も復旧しました」 close the
    // case; "no, only those", 「いいえ」 are a partial success (which systems still fail is asked).
    name: 'all-back-answer',
    needsMoreThanFacts: true,
    run: ({ s, text, askedAll }) => {
      const allBack = askedAll ? allBackAnswerIn(text) : null;
      if (allBack === 'all') return { state: next(s, { pending: null, facts: withWorksNow(s.facts) }), replies: [reply(s.lang, [para(TEXTS[s.lang].worksNow), actionsBlock(s.lang, false)])] };
      if (allBack === 'some') return onPartialSuccess(s, text);
      return null;
    },
  },
  {
    // "it works now, but not sure why", 「直ったけど理由が分かりません」: closed as working, with what most
    // likely fixed it (not the "not sure" reader's "I will keep the assumption").
    name: 'works-unsure',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (worksUnsureIn(text) ? onWorksUnsure(s, text) : null),
  },
  {
    // "it's back" / "false alarm" / 「復旧しました」 with SQL Server down (said or a 26011 pasted): the open
    // topic is the outage, so it is read as "SQL is back" (elsewhere 「復旧しました」 stays "it works now").
    name: 'sql-back',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (sqlDownNow(s.facts) && bareBackAgain(text) ? onFacts(s, s.lang === 'ja' ? 'SQL は復旧しました' : 'SQL is back up') : null),
  },
  {
    // "we rolled back everything", 「全部元に戻しました」, "we restored the registry backup and set Medium again", "we had to roll back
    // to Medium because of the MXPs" (QA53 #11): the rollback acknowledged, what it means (No HTTPS response again; when a restored
    // registry takes effect), the Telnet/SNMP trade-off when that was the reason; the level recorded back at Medium where said.
    name: 'fix-rollback',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const r = fixRollbackIn(s, text);
      return r ? onFixRollback(s, text, r) : null;
    },
  },
  {
    // "reopening: … No HTTPS response again after the failover to tms02", 「5 日後に再発しました」: the error is
    // back after the fix worked; what changed decides where to look.
    name: 'reopen',
    needsMoreThanFacts: true,
    // (Not in a case never said to work where the TLS fix is out of play, TMS before 15 or not the TLS 1.0 problem: "the firewall
    // team opened 443 again, one still fails" is progress on that case, not the fix undone, QA50 #3.)
    // (In such a case "No HTTPS response again" is the last route's, again-out-of-play: after every other reader.)
    run: ({ s, text }) => (Object.keys(s.facts).length > 0 && reopenIn(text) && (saidWorking(s.facts) || !fixOutOfPlay(s.facts)) ? onReopen(s, text) : null),
  },
  {
    // After "7 of 10 came back": "the remaining 3 are C40s on TC 7.3.6", 「残りの3台は C40 で TC 7.3.6 です」
    // describe the systems left (not the fleet's version, not a reason to give the fix again).
    name: 'remaining-systems',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (s.facts.tlsClaims?.partlyWorks && remainingSystemsIn(text) ? onRemainingSystems(s, text) : null),
  },
  {
    // "HTTPS works from the browser, but TMS still says No HTTPS response", 「ブラウザからはHTTPSで開けるのに、TMSは…のまま」:
    // this problem's signature (a browser offers TLS 1.2), not a partial fix; after Medium-High, what to check.
    name: 'browser-works',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (browserWorksTmsFailsIn(text, !!s.noHttpsSeen) ? onBrowserWorks(s, text, raisedLevel(s)) : null),
  },
  {
    // "is it possible this is not the TLS problem?", 「本当に TLS の問題ですか？」 (FIX60A #5): what would show it is and is not (a capture's
    // ClientHello, a probe, the error text), not "I don't know that one". (Facts in the message: the facts route reads them.)
    name: 'tls-doubt',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (tlsDoubtAsked(text) && Object.keys(extractFacts(text).facts).length === 0 ? onTlsDoubt(s) : null),
  },
  {
    // "is TLS 1.0 enabled?", "what does SecurityProtocol mean?", 「TLS 1.0 は有効ですか？」 (FIX61A #3): how to check on the TMS server and
    // what each result means, or what the .NET setting is; not "I don't know that one". Nothing recorded.
    name: 'tls-question',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const q = tlsQuestionAsked(text);
      return q && Object.keys(extractFacts(text).facts).length === 0 ? onTlsQuestion(s, q) : null;
    },
  },
  {
    // IIS Crypto's boxes with only "Server Protocols" (FIX61A #4): read as before (SSL 3.0), said back, and the Client side asked for.
    name: 'iis-crypto-server-only',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const b = serverOnlyBoxes(text);
      if (!b) return null;
      const r = onFacts(s, text);
      const [first, ...more] = r.replies;
      const lead = serverOnlyNote(s, b).map((t): Block => ({ type: 'paragraph', text: t[s.lang] }));
      return first ? { ...r, replies: [{ ...first, blocks: [...lead, ...first.blocks] }, ...more] } : r;
    },
  },
  {
    // "after the reboot the TMS services won't start", 「再起動したらTMSのサービスが起動しない」: what to check (SQL Server first,
    // which services, the event log), not "that does not change my previous answer".
    name: 'tms-services-down',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (tmsServicesDownIn(text) ? onTmsServicesDown(s, text) : null),
  },
  {
    // "how do we revert IIS Crypto?", 「どうやって戻す？」 after a hardening change was said (and before the fix was reported):
    // how to undo the hardening (the registry export, or TLS 1.0 back on and a reboot), not the IIS Crypto or rollback answers.
    name: 'hardening-rollback',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (hardeningRollbackAsked(s, text) ? onHardeningRollback(s) : null),
  },
  {
    // "we already have the reg to enable TLS 1.2", "the reg to enable TLS 1.2 didn't work" (FIX60A #4): a file had or tried is no
    // TLS 1.2 on, nor a request for the .reg: what to check. (Other facts in the message: the facts route reads them.)
    name: 'reg-purpose',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const said = regPurposeSaid(text);
      return said && Object.keys(extractFacts(text).facts).length === 0 ? onRegPurpose(s, said) : null;
    },
  },
  {
    // "send me the reg to enable TLS 1.2", 「TLS 1.2 を有効にする reg をください」 (FIX58A #1): the fix files' .reg, answered as "Fix files"
    // is; with TLS 1.0 asked on too ("… TLS 1.0 and TLS 1.2"), the TLS 1.0 back-on answer beside it. A request, nothing recorded.
    name: 'tls12-reg',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const asked = tls12RegAsked(text);
      return asked ? onTls12RegAsked(s, text, asked) : null;
    },
  },
  {
    // "can I have the reg file to turn TLS 1.0 back on?", 「TLS 1.0 を有効に戻す .reg をください」 (REV33 #2): the .reg the reboot step
    // promises, with the check first, where SQL Server on the TMS server needs TLS 1.0; elsewhere the why-not-tls10 answer. A
    // request, nothing recorded. (Other facts in the message: the facts route reads them.)
    name: 'tls10-reg',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const asked = tls10RegAsked(text);
      if (!asked) return null;
      // ("TLS 1.0 was turned off by GPO, can I have the reg to turn it back on?": the state is read, its card carries the .reg.)
      if (asked === 'said-off') return onFacts(s, text);
      const { tlsClaims: claims, ...others } = extractFacts(text).facts;
      // (A request yields no TLS claim of its own (tls-claims REQUESTED); a TLS state said beside it, "TLS 1.0 が有効になっています。reg
      // をください", "can I have the reg file? TLS 1.0 was re-enabled by someone", is a fact like any other, REV34 #5.)
      if (claims && Object.keys(claims).length) return null;
      // ("Can I have the reg to turn TLS 1.0 back on? SQL 2008 R2 is on the TMS server.", REV34 #8: only the SQL release, its place or
      // the Windows release beside the request, none of them contradicting what was said before: read, then the request answered
      // with them. Any other fact, or a different value: the facts route reads the message.)
      const keys = Object.keys(others) as (keyof typeof others)[];
      const sameOrNew = keys.every((k) => (k === 'sql' || k === 'sqlLocation' || k === 'windows') && (s.facts[k] === undefined || JSON.stringify(s.facts[k]) === JSON.stringify(others[k])));
      if (keys.length && !(asked === 'on' && sameOrNew)) return null;
      const at: ConversationState = keys.length ? { ...s, facts: { ...s.facts, ...others } } : s;
      // ("send the .reg to disable TLS 1.0": the disable-tls10 answer, SQL Server's need for TLS 1.0 first.)
      const r = asked === 'on' ? onTls10RegAsked(at) : null;
      if (r) return r;
      if (keys.length) return null;
      const entry = CATALOGUE.find((e) => e.id === (asked === 'on' ? 'why-not-tls10' : 'disable-tls10'));
      if (!entry) return null;
      const c = onCatalogue(s, text, { entry, rest: '' });
      // (SQL Server said down on a release that needs no TLS 1.0, REV34 #3: that TLS 1.0 will not start it, and what to check, first.)
      const lead = asked === 'on' ? tls10RegSqlDownLead(s.facts) : null;
      const [first, ...more] = c.replies;
      return lead && first ? { ...c, replies: [{ ...first, blocks: [{ type: 'paragraph', text: lead[s.lang] }, ...first.blocks] }, ...more] } : c;
    },
  },
  {
    // "applied IIS Crypto best practices and now TMS won't open", 「Best Practices を当てたら TMS が開かなくなった」: with TLS 1.0
    // and SSL 3.0 taken as off and a SQL Server on the TMS server that may lack TLS 1.2, what to check on SQL leads (hedged).
    name: 'tms-wont-open',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (tmsWontOpenIn(text) ? onTmsWontOpen(s, text) : null),
  },
  {
    // "rebooted, now TMS web says it cannot connect to the database", 「データベースに接続できません」 (QA58 #4): with SQL Server on
    // the TMS server on a build without TLS 1.2 support (or not known), the SQL checks lead (TLS 1.0 back on first, no reboot
    // before); SQL elsewhere or with TLS 1.2 support: what to check instead. SQL already said down or running: other readers.
    name: 'db-connect-error',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (dbConnectErrorIn(text) ? onDbConnectError(s, text) : null),
  },
  {
    // "the codec accepts tls 1.0 but it's on ce 9.15??", 「コーデックがTLS1.0を受け付けてるけどCE9.15なのに？」: the endpoint seen
    // accepting TLS 1.0 against a stated release that refuses it: the checks that settle which is right (not the fix again).
    name: 'endpoint-tls-disagrees',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (TLS_WORD.test(text) ? onEndpointTlsDisagrees(s, text) : null),
  },
  {
    // "did all the steps except the reboot, still No HTTPS response on all 40", 「再起動以外は実施しましたが、まだ失敗します」
    // (REV20 #10): not every step done, so not the still-failing card; the step left out is what to settle first. Nothing recorded.
    name: 'still-failing-reboot-left',
    needsMoreThanFacts: true,
    run: ({ s, text, norm }) => {
      if (!REBOOT_LEFT_OUT.test(norm) || !STILL_FAILS_WORDS.test(norm) || norm.length > 300) return null;
      const entry = CATALOGUE.find((e) => e.id === 'reboot-needed');
      if (!entry) return null;
      const r = onCatalogue(s, text, { entry, rest: '' });
      const [first, ...others] = r.replies;
      const lead: Block = { type: 'paragraph', text: TEXTS[s.lang].stillFailingRebootLeft };
      return first ? { ...r, replies: [{ ...first, blocks: [lead, ...first.blocks] }, ...others] } : r;
    },
  },
  {
    // "should I add TLS 1.0 and 1.1 keys so the TC 7.3.3 ones work at Medium?": no, with why (only TLS 1.2 matters; QA50 #1).
    name: 'legacy-keys',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (legacyKeysAsked(s.facts, text) ? onLegacyKeys(s) : null),
  },
  {
    // "I'm worried: SQL Server won't start when we restart it", 「前回は SQL が止まったので心配です」: a worry, not SQL down now; what
    // decides it here and what to check (REV24 #9, #10). 「TLS 1.0 を切るつもりはないです」: an intent, right where SQL needs it.
    // (Other facts in the message, the SQL release and place too: the usual readings; a worry about turning TLS 1.0 off has its
    // catalogue answer.)
    name: 'sql-worry',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const worry = sqlWorryIn(text) && !/disabl|turn\w*\s\w*\s?off|無効|切る|切っ|オフ/i.test(text);
      const keeps = !worry && keepsTls10In(text);
      if (!worry && !keeps) return null;
      // The SQL release or where it runs said in the same message ("…it's SQL 2012 SP1 on the TMS server", 「TMS サーバ上の
      // SQL 2008 R2 が止まらないか心配です」) are plain facts: the facts route reads them and answers with that SQL's caveat (REV24 #3).
      const { tlsClaims: _claims, ...others } = extractFacts(text).facts;
      if (Object.keys(others).length) return null;
      return worry ? onSqlWorry(s) : onKeepsTls10(s);
    },
  },
  {
    // "I'd rather not try Medium-High", 「Medium-High にはしたくないです」: nothing set, nothing recorded; what staying at Medium means
    // (REV24 #3). (TMS before 15 has no such option: the usual answers; other facts in the message: the facts route.)
    name: 'level-declined',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const declined = declinedLevel(text);
      // ("we won't go to High", 「High にはしません」: the fix does not need High; said so, nothing recorded, readers-d #4.)
      if (declined === 'high') {
        if (s.facts.level === 'high') return null;
        const { level: _lv, ...rest } = extractFacts(text).facts;
        return Object.keys(rest).length ? null : onHighDeclined(s);
      }
      if (!declined || s.facts.level === 'medium-high' || s.facts.level === 'high' || (s.facts.tms && parseInt(s.facts.tms.semver, 10) < 15)) return null;
      const { level: _level, ...others } = extractFacts(text).facts;
      return Object.keys(others).length ? null : onLevelDeclined(s);
    },
  },
  {
    // "what do you make of the log?", 「このログから何かわかりますか」 after a pasted log (QA64 #11): what it showed, said again.
    name: 'log-asked',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (logAskedIn(text) ? onLogAsked(s, s.lang) : null),
  },
  {
    // "details", "more", "show the full answer again", 「詳しく」「詳細を教えてください」 after a full answer (QA52 #8): the answer for the
    // facts held, in full again (later answers leave out what was shown unchanged; this is the way back to it).
    name: 'details-again',
    needsMoreThanFacts: true,
    run: ({ s, norm }) => {
      if (!s.shown?.length || norm.length > 60 || !(DETAILS_EN.test(norm) || DETAILS_JA.test(norm))) return null;
      const full = respond({ ...s, shown: [] }, [], [], false);
      // Marked as asked for again: a surface that shows the answer as a card edited in place (Slack) posts its
      // steps, as Show steps does, not a note that nothing changed (QA64 #7: "show me the steps", 「手順を見せてください」).
      const replies = full.replies.map((r) => (r.summary ? { ...r, again: true as const } : r));
      return { ...full, replies, state: { ...full.state, shown: [...new Set([...(s.shown ?? []), ...(full.state.shown ?? [])])] } };
    },
  },
  {
    // "skip", "I don't know", "start over", "help", "why?", "still failing", "thanks"…: the message's intent.
    name: 'intent',
    needsMoreThanFacts: true,
    run: ({ s: given, text, norm }) => {
      let s = given;
      // Before any answer of ours (no finding shown yet) the message is a first report (QA40 #2).
      let intent = intentIn(norm, !s.shown?.length);
      // 「エンドポイントは Room Kit Mini です。バージョンは分かりません」 (QA63 #18): the model said beside the "don't know" is kept, so a
      // model that settles the question (CE-only hardware refuses TLS 1.0 whatever it runs) is not shown as an unchecked assumption.
      if (intent === 'skip') s = withModelsSaid(s, text);
      // 「まだ故障しているように見えます」 once a change to TMS is known (FIX20A #4): the symptom after the fix, still failing
      // (故障 alone may be broken hardware: not before any change, nor in a first report).
      if (!intent && s.shown?.length && changeKnown(s.facts) && saysStillOutOfOrder(norm)) intent = 'still-failing';
      // "dunno, probably Medium", "not sure, medium-high I think", 「よくわからないけどたぶん Medium」: unsure,
      // but a guess is an answer (the level, or where SQL runs): read it, do not skip the question.
      if (intent === 'skip' && guessesValue(norm, text, s.pending)) intent = null;
      // "the previous admin set it to High years ago, not sure why": unsure of the reason, not of the level.
      if (intent === 'skip' && UNSURE_WHY.test(norm) && levelIn(norm)) intent = null;
      // "after checking the logs, communication security is at High", 「ログは後で見ておきます。通信セキュリティは High です」: a wait
      // only when the message states no fact; one that names the level or a release is read for it (left-d #3, rev32 #4).
      if (intent === 'wait' && statesAFact(text)) intent = null;
      // "works for the Cisco ones, not sure why", 「ほとんど直りましたが、HDX だけまだエラーです」: a partial
      // success, whatever the "not sure" or the "still failing" part says.
      // 「SQLが起動しなかったが、まだ直りません」, "SQL didn't start and it's still not fixed": an outage reported with the
      // intent is stored, and it leads the answer (the intent's own answer would drop it: no sqlDown stored).
      if (intent && !sqlDownNow(s.facts) && saysSqlDown(text) === true) return { ...onFacts(s, text), route: 'intent-sql-down' };
      // "done, reboot is scheduled for Saturday. still failing", "all done, rebooted, still failing", 「対応完了しました。再起動は
      // 土曜の予定です。まだ失敗しています」 right after the fix answer: the status report's reading (steps recorded, the reboot still
      // to come said), not the generic still-failing checks (REV10 #1). Its own conservative rules decide (null: as before).
      if (intent === 'still-failing') {
        const done = onDoneStillFailing(s, text);
        if (done) return { ...done, route: 'done-still-failing' };
        if (raisedNoRestartIn(s, text)) return { ...onRaisedNoRestart(s), route: 'raised-no-restart' };
        // "set Medium-High and rebooted. Nothing is back except the 2 MXPs": the Telnet systems the only ones answering at
        // Medium-High, a sign the level is not in effect (QA42 #3); the level, reboot and systems said are stored.
        const telnetBack = onlyLeftOutWorks(text) ? onOnlyTelnetBack(s, text) : null;
        if (telnetBack) return { ...telnetBack, route: 'only-telnet-back' };
        // "nothing works except the MXPs" still at Medium, 「MXP以外は全部ダメです」: the systems named are stored as Telnet/SNMP
        // systems (read as facts, the level's trade-off said), as the JA form is; no level or step is recorded (QA42 #3 side note).
        if (!raisedLevel(s) && onlyLeftOutWorks(text) && telnetSystemsIn(text).length) return { ...onFacts(s, text), route: 'only-telnet-works' };
      }
      if (intent === 'skip' || intent === 'still-failing') {
        const part = partialFixIn(s, text);
        if (part) return part === 'fix' ? onPartialSuccess(s, text) : onFacts(s, text);
      }
      // "I don't know what Medium-High is", 「Medium-High とは何か分かりません」: asks what the level means.
      if (intent === 'skip' && DONT_KNOW_WHAT.test(norm) && levelIn(norm)) return onFollowUp(s, text, 'level');
      // "I don't know the level", "not sure about SQL, let me check" while another question is open: that topic is the one
      // skipped, and the open question asked again (skip-named.ts, QA63 #9 #10).
      if (intent === 'skip' && s.pending) {
        const named = onSkipNamed(s, norm);
        if (named) return { ...named, route: 'intent-skip' };
      }
      // "I don't know" with nothing asked ("OS は確認中です" after a full answer): nothing changes, say so.
      if (intent === 'skip' && !s.pending) return { state: next(s, {}), replies: [reply(s.lang, [para(TEXTS[s.lang].skipOptional)])] };
      // "the ones still failing are MXPs" at Medium-High: systems TMS manages over Telnet/SNMP, read as facts (merge.ts
      // says it is the level's trade-off), not the generic still-failing checks.
      // ("nothing is back except the MXPs" names the Telnet/SNMP systems as the ones that work: not this.)
      if (intent === 'still-failing' && raisedLevel(s) && telnetSystemsIn(text).length && !onlyLeftOutWorks(text)) return onFacts(s, text);
      // "ok will try tonight", 「今夜やってみます」: acknowledged (QA round 20 #10d), an open optional question kept in view.
      // ("will do it tonight?" asks: not acknowledged as a plan.)
      if (!intent && !/[?？]\s*$/.test(text) && laterIn(norm)) return { ...ackKeepingQuestion(s, onIntent(s, 'ack')), route: 'intent-later' };
      return intent ? { ...onIntent(s, intent), route: `intent-${intent}` } : null;
    },
  },
  {
    // "the second one", "option 2", 「2番目」: a suggested answer of the open question, picked by its place.
    name: 'picked-choice',
    needsMoreThanFacts: true,
    run: ({ s, norm }) => {
      const picked = pickedChoice(norm, s.pending);
      return picked !== null ? onFacts(s, picked) : null;
    },
  },
  {
    // "same as before", "same versions as last time", 「前回と同じ」: only what this conversation holds is used.
    name: 'same-as-before',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const same = sameAsBefore(text);
      return same ? onSameAsBefore(s, same) : null;
    },
  },
  {
    // "same as before, except SQL is on a separate box" with nothing held (after "start over", or a new
    // conversation): nothing earlier is remembered, say so; what differs is still read.
    name: 'same-except-unknown',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const except = sameAsBeforeExcept(text);
      if (!except || !FIELD_NAMES.every((f) => s.facts[f] === undefined)) return null;
      const read = onFacts(s, except.rest);
      return { ...read, replies: [reply(read.state.lang, [para(TEXTS[read.state.lang].sameUnknown(''))]), ...read.replies] };
    },
  },
  {
    // "what did the probe of 127.0.0.1:35535 show?", "are 127.0.0.1:9 and 127.0.0.1:35915 refusing TLS 1.0 too?",
    // "why is this one different?": answered from the kept probe results (probes-asked.ts, QA43 #3 #6 #8).
    name: 'probes-asked',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const named = probesNamed(s.facts, text);
      if (named) return onProbesNamed(s, named);
      return thisOneDifferent(s.facts, text) ? onThisOneDifferent(s) : null;
    },
  },
  {
    // "what did the probe of 127.0.0.1:8443 show?", "and 127.0.0.1:35536?", "is 10.20.30.40 refusing TLS 1.0 too?": an
    // address no kept probe covers: not probed here, what was, and how to probe it; nothing is probed (QA45 W2).
    name: 'probes-not-run',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const missing = unprobedNamed(s.facts, text);
      return missing ? onUnprobedNamed(s, missing) : null;
    },
  },
  {
    // "what does that mean?" after a probe (nothing pasted), "so is it the TLS thing or not?", "how can the
    // probe say TLS 1.0 works if it's CE 9?": answered from the probe result in the state.
    name: 'probe-question',
    needsMoreThanFacts: true,
    run: (m) => (probeQuestion(m.s.facts, m.text, m.followUp() === 'meaning') ? onProbeQuestion(m.s) : null),
  },
  {
    // "so is it the TLS thing?" before any probe (was "I don't know that one"): from the facts, the settled verdict or
    // what the versions say, with the probe offered (probe-answers.ts, FIX20D #1).
    name: 'tls-or-not',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (tlsOrNotBeforeProbe(s.facts, text) ? onTlsOrNotBeforeProbe(s, text) : null),
  },
  {
    // "what does 1205 mean?" after a Schannel line "alert 40 … state 1205" was read: the number's role in that evidence.
    name: 'number-meaning',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onNumberMeaning(s, text),
  },
  {
    // "done, rebooted, still 3 failing", 「手順どおり実施して再起動しました。まだ3台NGです」 right after the fix answer (QA39 #5): the
    // steps are recorded as done, and the still-failing answer follows for the facts after them.
    name: 'done-still-failing',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onDoneStillFailing(s, text),
  },
  {
    // "changed it to Medium-High 5 minutes ago, nothing else. still red", 「Medium-High に変更しましたが、まだ No HTTPS response の
    // ままです」 (QA53 #4): the level raised now, no restart said: the restart that applies it leads, the Windows side second.
    name: 'raised-no-restart',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (raisedNoRestartIn(s, text) ? onRaisedNoRestart(s, iisOnlyRestartIn(text)) : null),
  },
  {
    // "we changed it to Medium-High in TMS Tools last week" with TMS 14.6.2 and that level held (QA64 #10): TMS before 15 has no
    // such setting; the TMS version is what to settle, asked (not "nothing changes").
    name: 'level-again-pre15',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (levelAgainOnPre15(s, text) ? onLevelAgainOnPre15(s) : null),
  },
  {
    // "it works now for the Cisco ones", "works for the SX80s but not the HDX", 「Cisco の機器は直りました」: a
    // partial success keeps the incident open and points at what is left (Telnet/SNMP, other products).
    name: 'partial-success',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      // "set it back to TLSv1.2 on one codec and it works now!", 「1台で TLSv1.2 に戻したら直りました」: one system works after a change
      // tried there first; the others still need it: the case stays open (QA49 F10).
      if (oneSystemFixIn(s, text)) return onOneSystemWorks(s);
      // "works on one codec now, all fixed?": the same, the question answered first: not all fixed (REV21-a #7a).
      const beforeAsked = allFixedAskedIn(text);
      if (beforeAsked && oneSystemFixIn(s, beforeAsked)) return onOneSystemWorks(s, true);
      // "it works now, all fixed?", 「直りました。これで解決ですか？」: when it is fixed; the case stays open, nothing recorded.
      // "it works now on all endpoints but SQL is down, are we done?": a new SQL outage beside it is read and answered (stored,
      // its recovery first); the case is not closed (REV24 #1).
      if (beforeAsked && !sqlDownNow(s.facts) && saysSqlDown(beforeAsked) === true) return worksBesideSqlDown(s, onFacts(s, text));
      // ("all endpoints work in the lab, all good?": the same answer, which closes nothing.)
      if (beforeAsked && closingIn(normIntent(beforeAsked), false, true) === 'works' && !partialSuccessIn(beforeAsked, s.facts.endpointModels)) {
        return { state: next(s, {}), replies: [reply(s.lang, [para(allFixedWhenText(s.lang)), ...questionBlocksFor(s)])] };
      }
      // "ok fixed it, but SQL Server won't start now (event 26011)" (rev63 #12): a SQL outage said beside the fix is no partial
      // success: read for its facts, so the SQL-down answer (its recovery first) leads, as for "I fixed that, now SQL won't start"
      // (only a message the partial-success reader takes for a partial fix; other SQL-down messages go on as before).
      // Before any change, "only 3 of 20 show it, the rest are fine" is this problem's signature, not a partial fix
      // (QA round 20 #2): read for its facts, not closed as working by a later route.
      const part = partialFixIn(s, text);
      if (part === 'fix' && !sqlDownNow(s.facts) && saysSqlDown(text) === true) return worksBesideSqlDown(s, onFacts(s, text));
      return part === 'fix' ? onPartialSuccess(s, text) : part === 'signature' ? onFacts(s, text) : null;
    },
  },
  {
    // Redundant TMS after one node was done: "set node 2 to Medium-High too" (both done), "it had failed over, node 2 is
    // active" (the node serving now needs the change too) (QA round 27 W2).
    name: 'node-too',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const kind = nodeTooIn(s, text);
      return kind ? onNodeToo(s, kind) : null;
    },
  },
  {
    // "how do I do step 2?", "done with step 3, what next?", 「手順3はどうやるんですか」: that step (or the next) in full.
    name: 'step',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const stepAsked = stepQuestion(text);
      // "done with step 3, rebooted, and now SQL won't start: …", "done with step 2. do I need to reboot?": what
      // the steps did is recorded; evidence, an outage or a question in the message is answered first.
      const stepDone = stepAsked?.done ? stepDoneIn(text) : null;
      if (stepDone) return onStepDone(s, stepDone.n, stepDone.rest, onText);
      return stepAsked ? onStepDetails(s, stepAsked) : null;
    },
  },
  {
    // "Medium-High didn't save on node 2 but node 1 is fine", 「2号機では Medium-High が保存できませんでしたが、1号機は大丈夫です」
    // (REV22 #7): node 1 done (recorded as a level step on one node, unless it was), node 2 not, and how to check it there.
    name: 'level-failed-one-node',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const split = /high|ハイ/i.test(text) ? levelFailedOnOneNode(text) : null;
      return split ? onLevelFailedOneNode(s, split, (st) => onFixProgress(st, { level: true }, onText)) : null;
    },
  },
  {
    // "I set Medium-High", "TMS Tools saved", "did the registry, rebooting now", 「Medium-High に変更して保存しました」:
    // steps done, said in words (not "it was already Medium-High": a premise, read as usual).
    // ("Set Medium-High, iisreset, restarted services. Works now": closed as working, below.)
    // "not saved yet actually, the TMS Tools window crashed before I clicked Save" after "I set Medium-High"
    // was recorded: the level is not Medium-High after all.
    name: 'level-not-saved',
    needsMoreThanFacts: true,
    // ("Medium-High didn't save", 「Medium-High に変更できませんでした」 after it was recorded: the same, REV21-a #5.)
    run: ({ s, text }) =>
      // ("Medium-High didn't apply to the endpoints, they still fail": set, and still failing; the usual reading, REV22 #7.)
      s.facts.tlsClaims?.levelRaised && ((levelNotSavedIn(text) && !appliedStillFailing(text)) || levelChangeFailedIn(text)) ? onLevelNotSaved(s) : null,
  },
  {
    // "Medium-High didn't save", "setting Medium-High failed with an error", "Medium-High on tms01 didn't save", 「Medium-High が保存
    // できません」 (REV21-a #5): the change was not made; nothing recorded, and how to check in TMS Tools after Save. (With other facts
    // in the message, the facts route reads them; the extractor skips the failed level.)
    name: 'level-change-failed',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      // ("didn't apply to the endpoints, Save gave an error" with no level named and none raised on record: the Save of the
      // Medium-High change failed; REV24 #5.)
      const noLevelSave = (s.facts.level === undefined || s.facts.level === 'medium' || s.facts.level === 'low') && saveFailedNoLevel(text);
      if (!levelChangeFailedIn(text) && !noLevelSave) return null;
      const { level: _level, ...others } = extractFacts(text).facts;
      // ("to the endpoints" there names what the change was for, not failing endpoints.)
      if (noLevelSave) for (const k of ['endpointsFail', 'scope'] as const) delete others[k];
      return Object.keys(others).length ? null : onLevelChangeFailed(s, text);
    },
  },
  {
    // "after we set Medium-High and reboot, why would it still fail?", 「Medium-High にして再起動した後でも失敗するとしたら、なぜですか？」
    // (REV21-a #4): the change is supposed, nothing is recorded; what else must be right (Schannel Client keys, every node, .NET strong
    // crypto, the endpoint side). (With other facts in the message, the usual readings.)
    name: 'supposed-change-failing',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      // (TMS before 15 has no Communication Security option: the usual answer says so. A level already held at Medium-High or
      // High, as in "Medium-High is set. What if we set High and it still fails?" once its report is recorded: the usual answers
      // for that level, not "I have not recorded a level change"; REV22 #6.)
      if (s.facts.level === 'medium-high' || s.facts.level === 'high') return null;
      if (!supposedChangeFailingIn(text) || (s.facts.tms && parseInt(s.facts.tms.semver, 10) < 15)) return null;
      const { level: _level, ...others } = extractFacts(text).facts;
      return Object.keys(others).length ? null : onSupposedChangeFailing(s);
    },
  },
  {
    // "done, rebooted" after the full answer: nothing recorded from "done" alone; the check is the next step.
    name: 'done-rebooted',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onDoneRebooted(s, text),
  },
  {
    // "I set Medium-High and rebooted tms01", "done on tms01, tms02 not yet" with the nodes tms01 and tms02 known (QA49 F16, F15):
    // that node only, the other one named as left, the steps kept in the plan (node-progress.ts).
    name: 'node-progress',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (s.facts.tmsNodes ? onNodeProgress(s, text) : null),
  },
  {
    name: 'fix-progress',
    needsMoreThanFacts: true,
    run: (m) => {
      const { s, text } = m;
      // (Steps as advice, a plan or a question — "My colleague says: check the keys, set Medium-High and restart" — are no
      // progress: step-list-framed.ts; the facts route says nothing is recorded.)
      const progress = m.closing() === 'works' || (/medium[\s-]?high|ミディアムハイ/i.test(text) && stepListFramedIn(text.normalize('NFKC').toLowerCase())) ? null : fixProgressIn(text);
      if (progress) return onFixProgress(s, progress, onText);
      // "set Medium-High and restarted the services. no reboot needed, right?", 「Medium-High設定、サービス再起動しました。
      // 再起動は不要ですよね？」 (QA round 19 F3): the steps are recorded as done, then the question is answered for the facts
      // after them (nobody said it still fails: not the "why is it refused" card).
      // (Only a report naming the level counts below, and every level report names "high"/「ハイ」: the split regex runs for those alone.)
      // ("I set Medium-High and rebooted, why is it still failing?", 「Medium-High にして再起動しましたが、なぜまだ失敗するのですか？」:
      // the "why" question joined by a comma, or by 「が、」, splits the same way; FIX20A #1.)
      const asks = /[?？か]/.test(text) && /high|ハイ/i.test(text);
      const split = asks ? (PROGRESS_THEN_QUESTION.exec(text.slice(0, 300)) ?? progressThenWhy(text.slice(0, 300))) : null;
      // (Another server's steps, or steps as advice, are no progress here either: "we set Medium-High on the lab TMS, why does it fail here?".)
      const done = split && ownStepsDone(split[1]!) && closingIn(split[1]!.toLowerCase()) !== 'works' && !stepListFramedIn(split[1]!.normalize('NFKC').toLowerCase()) ? fixProgressIn(split[1]!) : null;
      // (Keys said changed, then a question: "キーを修正しました。再起動は必要ですか？" keeps its own reading, r16-answers #2.)
      if (!split || !done?.level) return null;
      const recorded = onFixProgress(s, done, onText);
      if (!recorded) return null;
      const answered = onText(recorded.state, split[2]!);
      // One reply: the note of what was done, the answer to the question, then what is left (the check).
      const [first, ...others] = recorded.replies;
      const [ans, ...more] = answered.replies;
      if (!first || !ans) return { state: answered.state, replies: [...recorded.replies, ...answered.replies] };
      const cut = first.blocks[0]?.type === 'paragraph' ? 1 : 0;
      const merged = { ...first, blocks: [...first.blocks.slice(0, cut), ...ans.blocks, ...first.blocks.slice(cut)] };
      return { state: answered.state, replies: [merged, ...others, ...more] };
    },
  },
  {
    // After that plan, "ok we upgraded them, now No HTTPS response", 「アップグレードしました。No HTTPS response が出ています」
    // (REV24 #2): read with the planned release, the plan done with.
    name: 'planned-upgrade-done',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const said = plannedUpgradeDoneText(s, text);
      if (!said) return null;
      const st = { ...s };
      delete st.plannedEndpoint;
      const read = onFacts(st, said);
      return read.understoodNothing ? null : read;
    },
  },
  {
    // "our SX20s on CE 8.0.1 are fine but SX80s on CE 9.8 fail, why?" (QA53 #15): the report read, the why answered first.
    // (The report before the why is read as if said alone, through these routes: "the SX20s on CE 8.0.1 work fine" beside CE 9.8.)
    name: 'why-mixed',
    needsMoreThanFacts: true,
    run: (m) => {
      const report = whyAfterReleases(m.s, m.text);
      return report ? withWhyAnswered(m.s, routed(m.state, m.s, report, normIntent(report), m.askedAll)) : null;
    },
  },
  {
    // "the MX300 G1 is on TC 7.3.21, does it need anything?" (QA53 #17): that unit answered, the case's release kept.
    name: 'other-unit-asked',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onOtherUnit(s, text),
  },
  {
    // "we also have an MX300 G1 on TC 7.3.21", 「TC 7.3.21 の MX300 G1 もあります」 (left-c #3): another unit said to be there too,
    // no question, nothing said of how it does: answered as when asked, the case's release kept (it was read as a correction).
    name: 'other-unit-said',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onOtherUnitSaid(s, text),
  },
  {
    // "is Windows 2022 different from 2019 here?", "we are moving the TMS server to 2022 next month, does the fix change?"
    // (QA53 #16): Microsoft's defaults per release, nothing recorded.
    name: 'windows-compare',
    needsMoreThanFacts: true,
    run: ({ s, text }) => onWindowsCompare(s, text),
  },
  {
    // "We will upgrade our SX20s from TC7.3.3 to TC7.3.21 tomorrow. TMS is 15.13. Will they break?", 「明日 SX20 を TC7.3.3 から
    // TC7.3.21 に上げる予定です。…問題ありますか？」 (QA51 #4): a planned endpoint upgrade, answered as what it will do.
    name: 'endpoint-upgrade-plan',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const planned = endpointUpgradePlanIn(text);
      return planned ? onEndpointUpgradePlan(s, planned) : null;
    },
  },
  {
    // "I will set Medium-High tonight", "planning to reboot at 22:00", 「今夜 Medium-High に変更する予定です」: a
    // plan, not a step done: acknowledged with what must be true before it and what follows (a fact in it is read as usual).
    name: 'plan',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const planned = planIn(text);
      return planned && planOnly(planned, text) ? onPlan(s, planned) : null;
    },
  },
  {
    // "The HDX shows Wrong username or password, what should I do?": the report of another symptom, answered as
    // such (not the Telnet/SNMP entry for the "HDX" in it).
    name: 'other-symptom-what-to-do',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (otherSymptomReportAsksWhatToDo(text) ? onFacts(s, text) : null),
  },
  {
    // "TMS is 15.2, we'll set Medium-High tonight", 「TMS は 15.2 です。今夜 Medium-High に変更する予定です」: the facts
    // of the other clauses are read, and the plan answered for them (nothing in it recorded as done).
    name: 'plan-with-facts',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const mixed = planClauses(text);
      if (!mixed || Object.keys(extractFacts(mixed.planText).facts).length !== 0) return null;
      const read = onFacts(s, mixed.rest);
      return JSON.stringify(read.state.facts) !== JSON.stringify(s.facts) ? onPlanWithFacts(s, read, mixed.plan) : null;
    },
  },
  {
    // 「じゃあ Medium-High でお願いします。ファイルをダウンロードできますか？」, "Medium-High please. can I get the reg file?" (QA63 #2):
    // a plan beside a question that states no fact: the question answered as if asked alone, the plan's answer leading it.
    name: 'plan-then-question',
    needsMoreThanFacts: true,
    run: ({ state, s, text, askedAll }) => {
      const mixed = planClauses(text);
      if (!mixed || Object.keys(extractFacts(mixed.planText).facts).length !== 0) return null;
      return withPlanAnswered(state, s, mixed.rest, mixed.plan, askedAll);
    },
  },
  {
    // "3 of 4 TMS services came back": no count of systems, but the restart is acknowledged with what to check.
    name: 'services-back',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const services = servicesBackIn(text);
      return services ? withServicesBack(s, onFacts(s, text), services) : null;
    },
  },
  {
    // 「SP3にしました。次は？」, "upgraded SQL to SP4, what next?": the fact is read and the answer for the new facts is the
    // next step (not "I cannot answer that" for the "what next?").
    name: 'fact-then-what-next',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const head = /next|what|次/i.test(text) ? NEXT_TAIL.exec(text.slice(0, 240)) : null;
      if (!head || !/[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(head[1]!)) return null;
      // ("Medium-High next?": a level proposed, not one set; the follow-up route answers it, REV21-a #3.)
      if (proposesLevel(text)) return null;
      const read = onFacts(s, head[1]!);
      return JSON.stringify(read.state.facts) !== JSON.stringify(s.facts) ? read : null;
    },
  },
  {
    // "what happens to them?", "can we keep them?" after "4 MXPs and an HDX managed via telnet" (QA round 20 #6): the
    // Telnet/SNMP entry answers for the systems the conversation holds.
    name: 'telnet-followup',
    needsMoreThanFacts: true,
    run: ({ s, text }) => (telnetFollowUpIn(s.facts, text) ? onCatalogue(s, text, { entry: TELNET_ENTRY, rest: '' }) : null),
  },
  {
    // "we'll remove the HDX from TMS management", 「HDX は管理対象から外します。ありがとうございました」 (QA50 #21): one of the
    // choices the trade-off note gave, acknowledged (nothing recorded; not the note again). A message with other facts
    // (another model, a release, the level) is read as usual.
    name: 'telnet-decision',
    needsMoreThanFacts: true,
    run: (m) => {
      const { s, text } = m;
      const named = s.facts.telnetSystems?.length || s.facts.telnetVia ? telnetSystemsIn(text) : [];
      const kind = named.length ? telnetDecisionIn(s.facts, text, named) : null;
      if (!kind || Object.keys(extractFacts(text).facts).some((k) => k !== 'telnetSystems' && k !== 'telnetVia')) return null;
      // ("…, thanks", 「ありがとうございました」: the user is done; the open question is not put again.)
      const thanks = /(?<![a-z])(?:thanks|thank\syou|thx|ty)(?![a-z])|ありがと|感謝/i.test(text);
      const names = named.slice(0, 4).join(s.lang === 'ja' ? '、' : ', ');
      return { state: next(s, {}), replies: [reply(s.lang, [para(TEXTS[s.lang].telnetDecision(names, kind)), ...(thanks ? [] : questionBlocksFor(s)), actionsBlock(s.lang, false)])] };
    },
  },
  {
    // "if we upgrade TMS to 15, is it ok to stay on Windows 2008 R2 and SQL 2008 R2 SP3 (10.50.6542.0)?" (QA50 #10): the releases
    // said to stay are the case's (recorded; TMS 15 is a plan), and the answer rests on them (stay-on-upgrade.ts).
    name: 'stay-on-upgrade',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const said = stayOnUpgradeIn(s.facts, text);
      if (!said) return null;
      const facts = { ...s.facts, ...said };
      const st = next(s, { facts });
      return { state: st, replies: [reply(s.lang, [...stayOnUpgradeAnswer(said, facts).map((x) => paraFrom(x, s.lang)), ...questionBlocksFor(st)])] };
    },
  },
  {
    // "is that supported?" after Windows Server 2025, "what about the registry fix from the technote?" on TMS before 15
    // (QA36 #13): the entry for the subject the conversation holds.
    name: 'context-followup',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const id = contextFollowUpIn(s.facts, text);
      const entry = id ? CATALOGUE.find((e) => e.id === id) : undefined;
      return entry ? onCatalogue(s, text, { entry, rest: '' }) : null;
    },
  },
  {
    // "does this affect CMS?", "is Conductor affected too?": answered, and the product is not recorded
    // (a question reports nothing failing; "our Expressway fails too" does, read as a fact).
    name: 'catalogue',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      // "is it ok to stay on SQL 2008 R2? it is on the TMS server", "does it matter that SQL 2014 SP2 is on another box?" (QA45
      // R1, W6): the user's own SQL said with the question is read first, and the SQL answer rests on it.
      const asked0 = withOwnSql(catalogueQuestion(text), text);
      // "is 12.0.4100 ok?" (QA53 #7): the user's own build, read with the answer when it fits the SQL Server held.
      const ownBuild = asked0?.entry.id === 'sql-build-asked' && !asked0.more ? ownBuildAsked(s.facts, text) : null;
      const asked = asked0 && ownBuild ? { ...asked0, rest: asked0.rest ? `${asked0.rest}. ${ownBuild}` : ownBuild } : asked0;
      // "is it safe to upgrade to TC 7.3.21?": the endpoint-upgrade question (answered for that release below, in
      // merge.ts), not the risks of the fix.
      if (asked?.entry.id === 'risks' && !asked.more && asksEndpointUpgradeTo(s.facts, text)) return null;
      // "we changed the firewall on the guest wifi, nothing to do with TMS", "did the firewall change? I don't think so"
      // (REV24 #6): the user rules the firewall out; the "Network before TLS" card would contradict it (the usual readings).
      if (asked?.entry.id === 'not-tls-network' && !asked.more && firewallRuledOut(text)) return null;
      // ("we are on High and endpoints use self-signed certs": a statement whose own facts lead the diagnosis to the same answer.)
      if (asked?.statement && !asked.more && asked.entry.statementUnless?.(extractFacts(text).facts, text)) return null;
      // "we disabled TLS 1.0 and now SQL won't start, how do we get it back?" (R42A): a new outage reported with the way back
      // asked is read as the report, whose answer leads with the recovery (and the outage is stored).
      if (asked && !sqlDownNow(s.facts) && sqlDownReportAsksWayBack(text, asked, saysSqlDown(text))) return onFacts(s, text);
      // "set Medium-High and rebooted, SX20s green, the HDX says Security violation: …": a partial success of the fix that
      // quotes the message of the systems left, not a question about it (R50A).
      if (asked && partialFixIn(s, text) === 'fix') return onPartialSuccess(s, text);
      return asked ? onCatalogue(s, text, asked) : null;
    },
  },
  {
    // "it's medium, why does medium not work", 「Mediumです。なぜMediumだとだめなんですか」: the answer is read, the question answered.
    name: 'answer-then-question',
    needsMoreThanFacts: true,
    run: ({ s, text }) => answerThenQuestion(s, text),
  },
  {
    name: 'follow-up',
    run: (m) => {
      const { s, text } = m;
      const topic = m.followUp();
      return topic ? onFollowUp(s, text, topic) : null;
    },
  },
  {
    // "thanks, we'll do it tonight", "done, it works now!": a closing remark (a question in it was
    // answered above); one with a fact in it ("thanks. the TMS box is 2012 R2") is read as usual.
    name: 'closing',
    needsMoreThanFacts: true,
    run: (m) => {
      const { s, text, norm } = m;
      // After a partial success, 「2台も緑になりました」, "those 2 are green now too": the ones left work too (R50A).
      // "Great, 3 more are back", "ok, 2 more are green", "thanks, those 2 are back too": the count back is what the message
      // says, whatever word opens it (an acknowledgment or thanks first is read as "Refreshed. 3 more are green" is).
      const said = m.closing();
      const closing = (said === null || said === 'ack' || said === 'thanks') && partHeld(s) && restTooBackIn(norm) ? 'works' : said;
      // "Rolled back to 7.3.5, works again. Thanks", "We rolled the SX20s back to TC7.3.5 and they work again", "…at Medium, works
      // again" (no closing read, or only the thanks): the rollback said to work is a workaround, said as below (REV10 #3);
      // only when the message says nothing new (a fact in it is read as usual).
      if (closing !== 'works' && closing !== 'closed') {
        const note = rollbackWorksNote(s.facts, text, false);
        // (The release the rollback went to, read as the one now, is no news: "we downgraded the SX20 back to TC7.3.3 and it's green
        // again" keeps the failing release as held, QA58 #3.)
        if (note && onlyRollbackRead(s.facts, onFacts(s, text).state.facts, text)) {
          return { state: next(s, {}), replies: [reply(s.lang, [paraFrom(note, s.lang), ...questionBlocksFor(s), actionsBlock(s.lang, false)])], route: 'closing' };
        }
      }
      if (!closing) return null;
      // "3 still red" held, then "2 are green now too": fewer than were left, so not closed (R54).
      const held = s.facts.tlsClaims?.stillFailing;
      if (closing === 'works' && held && partHeld(s) && restTooBackIn(norm)) {
        const back = restTooCountIn(norm);
        if (back !== null && back < held) return onSomeMoreBack(s, text, back, held);
        // "3 still red" held, then "5 more are green": one count is wrong; which is asked, not closed (FIX5A).
        if (back !== null && back > held) return onMoreBackThanHeld(s, text, back, held);
      }
      const read = onFacts(s, text);
      // "Set Medium-High, iisreset, restarted services. Works now", "rebooted, it works now, thanks": what
      // was done is recorded, and the incident is closed (an answer for the new facts would re-apply old
      // evidence to a state that now works).
      // 「SQL は復旧しました。TMS も戻りました」 with SQL Server down: the outage is over, not the incident (read as usual).
      if (closing === 'works' && sqlDownNow(s.facts) && read.state.facts.tlsClaims?.sqlDown === false) return read;
      // "Osaka TMS 14.7 with SX20 on TC 7.3.21; Tokyo TMS 15.13 is working": the server said to work is another one
      // (noted as working), not this incident's (read as usual).
      if (closing === 'works' && read.state.facts.workingTms?.length && JSON.stringify(read.state.facts.workingTms) !== JSON.stringify(s.facts.workingTms)) return read;
      // "The C40 is on CE 8.0. It works.", 「C40 は CE 8.0 で、正常です」 after CE 9.15 failing: another unit, on a release that still
      // accepts TLS 1.0, said to work — what the cause predicts, not the case closed; the failing CE 9.15 group stays (FIX20B).
      if (closing === 'works' && otherReleaseWorks(s.facts, read.state.facts)) return read;
      // 「4台がNo HTTPS response、同じ CE 9.15 の残り30台は正常です」, 「…に上げたら No HTTPS response、…に戻したら復旧しました」: failing systems or a
      // rollback named beside "works" (QA39 #2/#6) are a report, read as usual, not the incident closed.
      // (Mid-case, 「TC7.3.3 に戻したら No HTTPS response が消えました」 after TC 7.3.21 failing names nothing but the rollback and the symptom
      // gone: the workaround note below, the failing release kept (QA58 #3).)
      if (closing === 'works' && failureBesideWorksIn(norm) && !(rollbackWorksNote(s.facts, text) && onlyRollbackRead(s.facts, read.state.facts, text))) return read;
      // "we rolled back to 7.3.5 and it works again", 「TC7.3.5 に戻したら直りました」 after TC 7.3.6 failing: a workaround, not the
      // fix; said briefly, the case stays open (the failing release is kept; an open question stays open) (QA40 7a).
      if (closing === 'works') {
        const note = rollbackWorksNote(s.facts, text);
        if (note) return { state: next(s, {}), replies: [reply(s.lang, [paraFrom(note, s.lang), ...questionBlocksFor(s), actionsBlock(s.lang, false)])] };
      }
      // "it works now on all endpoints but SQL is down": a new SQL outage said beside it is stored and answered, not closed (REV24 #1).
      if (closing === 'works' && !sqlDownNow(s.facts) && read.state.facts.tlsClaims?.sqlDown === true) return worksBesideSqlDown(s, read);
      // "all endpoints seem fixed now", 「全台直ったようです」: hedged; confirm each system first, nothing recorded (REV24 #2).
      if (closing === 'works' && worksHedgedIn(text)) {
        // (What else it reports is kept: "I set Medium-High, I think it works now" records the level.)
        const kept = worksBesideSqlDown(s, read).state;
        return { state: next({ ...kept, pending: s.pending }, {}), replies: [reply(s.lang, [para(worksHedgedText(s.lang)), ...questionBlocksFor(s)])] };
      }
      // "it works now, all fixed?", "is everything fixed now?": a question, not the case closed: when it is, nothing recorded (REV21-a #7a).
      if (closing === 'works' && allFixedAskedIn(text) !== null) {
        return { state: next(s, {}), replies: [reply(s.lang, [para(allFixedWhenText(s.lang)), ...questionBlocksFor(s)])] };
      }
      if (closing === 'works') return { state: { ...read.state, pending: null, facts: withWorksNow(withLevelRaisedByReport(s.facts, read.state.facts, text)) }, replies: [reply(s.lang, [para(TEXTS[s.lang].worksNow), actionsBlock(s.lang, false)])] };
      // "closing the ticket", 「クローズします」: the case closed, which does not say the fix worked (QA round 20 #10d).
      if (closing === 'closed') return { state: { ...read.state, pending: null, caseClosed: true }, replies: [reply(s.lang, [para(TEXTS[s.lang].caseClosed), actionsBlock(s.lang, false)])] };
      if (JSON.stringify(read.state.facts) !== JSON.stringify(s.facts)) return read;
      const out = onIntent(s, closing);
      return closing === 'ack' ? ackKeepingQuestion(s, out) : out;
    },
  },
  {
    // "Certificate revocation check is enabled in TMS Tools", 「自動検出は使っています」 with a question open: not a failed
    // answer to it; the knowledge's line for the statement, then the open question (nothing recorded).
    name: 'side-statement',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      const side = sideStatementIn(text);
      if (!side) return null;
      // "it worked on TC 7.3.3 before the upgrade", 「TC7.3.3 の頃は、アップグレード前は動いていました」: the release they ran
      // before, not the one they run now (never read as the current one); a TC release says their hardware runs TC.
      const old = side === 'worked-before-upgrade' ? releaseBeforeUpgrade(text) : null;
      const read = old ? `${text.slice(0, old.start)} ${text.slice(old.end)}` : text;
      const ranTc: Partial<Facts> = old?.family === 'TC' ? { endpointsRanTc: true } : {};
      const patch: Partial<ConversationState> = side === 'some-back-no-total' ? { askedAllBack: true } : {};
      const line = para(SIDE_STATEMENT_TEXT[side][s.lang]);
      if (Object.keys(extractFacts(read).facts).length === 0) {
        if (old?.family === 'TC') patch.facts = { ...s.facts, ...ranTc };
        return { state: next(s, patch), replies: [reply(s.lang, [line, ...questionBlocksFor(s)])] };
      }
      // A version or the level said in passing ("Certificate revocation check is enabled, we're at Medium", "we use
      // automatic discovery on TMS 15.2"): recorded as usual, and the statement's line said first. (What extractFacts
      // reads is stated only: "…; we might move to SQL 2019" records nothing.)
      const r = onFacts(old?.family === 'TC' ? { ...s, facts: { ...s.facts, ...ranTc } } : s, read);
      return withNoteAhead({ ...r, state: { ...r.state, ...patch } }, line, s.lang);
    },
  },
  {
    // "No HTTPS response again", 「また No HTTPS response が出ました」 in a case never said to work where the TLS fix is out of play
    // (not the TLS 1.0 problem, TMS before 15): what applies to it, said again, not "not understood" (answers-misc A). Last, so
    // that a partial success or anything another reader takes ("443 opened again, 3 of 4 are back") stays theirs.
    name: 'again-out-of-play',
    needsMoreThanFacts: true,
    run: ({ s, text }) => {
      if (Object.keys(s.facts).length === 0 || saidWorking(s.facts) || !reopenIn(text)) return null;
      const outOfPlay = fixOutOfPlay(s.facts);
      return outOfPlay ? onOutOfPlayAgain(s, text, outOfPlay, false) : null;
    },
  },
];


/**
 * "it works now on all endpoints but SQL is down", 「全台直ったようです」: the message read, but its works clause is not a report
 * of failing endpoints nor of their scope, and it does not say the case works: an `endpointsFail`, `scope` or `worksNow` the
 * conversation did not hold is not taken from it (REV24 #1, #2).
 */
function worksBesideSqlDown(s: ConversationState, read: TurnResult): TurnResult {
  const facts = { ...read.state.facts };
  // (「全台直ったようです」: 全台 there is the scope of what works, not of what fails.)
  if (s.facts.endpointsFail === undefined) delete facts.endpointsFail;
  if (s.facts.scope === undefined) delete facts.scope;
  if (s.facts.tlsClaims?.worksNow === undefined && facts.tlsClaims?.worksNow !== undefined) {
    const { worksNow: _works, ...claims } = facts.tlsClaims;
    if (Object.keys(claims).length) facts.tlsClaims = claims;
    else delete facts.tlsClaims;
  }
  return { ...read, state: { ...read.state, facts } };
}

/**
 * The message added a working group on a release that still accepts TLS 1.0 while a group that refuses it still fails (the
 * case's endpoint among them): a report about other units, not the failing ones working now.
 */
function otherReleaseWorks(before: Facts, after: Facts): boolean {
  const groups = after.endpointGroups;
  if (!groups?.length || !after.endpoint || !endpointRefusesTls10(after.endpoint)) return false;
  const same = (a: EndpointVersion, b: EndpointVersion) => a.family === b.family && a.semver === b.semver;
  const added = groups.filter((g) => !g.fails && !before.endpointGroups?.some((h) => !h.fails && same(h.endpoint, g.endpoint)));
  if (!added.length || added.some((g) => endpointRefusesTls10(g.endpoint))) return false;
  return groups.some((g) => g.fails && same(g.endpoint, after.endpoint!));
}

/** Some systems said back while others still failed (a partial success, or "only some fail" once a change is known). */
function partHeld(s: ConversationState): boolean {
  return s.facts.tlsClaims?.partlyWorks === true || (s.facts.scope === 'some' && changeKnown(s.facts));
}

/** Every step but the reboot said done (REV20 #10): "except the reboot", "all but the restart", 「再起動以外は」「再起動だけまだ」. */
const REBOOT_LEFT_OUT =
  /(?<![a-z])(?:except|apart\sfrom|other\sthan|besides|but\snot|all\sbut|minus)\s(?:for\s)?(?:the\s)?(?:server\s)?(?:re-?boot|restart)(?![a-z])|(?:再起動|リブート)\s?(?:以外|を除いて|を除き|を除く)|(?:再起動|リブート)(?:だけ|のみ)\s?(?:は)?\s?(?:まだ|していません|していない|未実施)/;
/** Said still failing, in a word: "still", "no https response", 「まだ」「失敗」. */
const STILL_FAILS_WORDS = /(?<![a-z])(?:still|no\shttps\sresponse|not\sworking|fail(?:s|ing|ed)?)(?![a-z])|まだ|依然|失敗|故障|エラー|直ら|直って(?:いない|いません)|だめ|ダメ/;

/** The cheap word test of the endpoint-tls-disagrees route. */
const TLS_WORD = /tls/i;

/** The one-turn asks (askedAllBack, whichAsked) dropped: this message answers them or nothing does (and caseClosed: a closing just said). */
function withoutAskedAllBack(s: ConversationState): ConversationState {
  if (!s.askedAllBack && s.whichAsked === undefined && s.serverAsked === undefined && !s.caseClosed) return s;
  const out = { ...s };
  delete out.askedAllBack;
  delete out.caseClosed;
  delete out.whichAsked;
  delete out.serverAsked;
  return out;
}

/**
 * "the new one", "the new server", 「新しい方」「新サーバです」 right after "Which one runs TMS now?" (server-replaced.ts): TMS runs on
 * the new server, read as said so with the new server's Windows ("TMS runs on the new server, Windows 2016"), which the facts reader
 * records as the TMS server's (left-a #2). Null when it is not that answer.
 */
function newServerAnswer(state: ConversationState, raw: string): string | null {
  const asked = state.serverAsked;
  if (!asked || !newServerAnswerIn(raw, asked.old !== undefined)) return null;
  const ja = state.lang === 'ja' || /[\u3040-\u30ff\u4e00-\u9fff]/.test(raw);
  return ja ? `TMS は新サーバで動いています。新サーバは Windows ${asked.now} です` : `TMS runs on the new server, Windows ${asked.now}`;
}

const WHICH_SQL = /^(?:(?:it'?s|it\sis|that'?s|that\sis|i\smean|i\smeant)\s)?(?:the\s)?(?:ms\s?)?sql(?:\s?server)?(?:\s(?:one|version|release))?(?:\s?(?:の\s?(?:ほう|方))?\s?(?:です|でした|だ)?)$/i;
const WHICH_WINDOWS = /^(?:(?:it'?s|it\sis|that'?s|that\sis|i\smean|i\smeant)\s)?(?:the\s)?(?:windows(?:\s?server)?|win|os|ウィンドウズ)(?:\s(?:one|version|release))?(?:\s?(?:の\s?(?:ほう|方))?\s?(?:です|でした|だ)?)$/i;
const WHICH_BOTH = /^(?:both(?:\sof\sthem)?|(?:they\s(?:are|were)|it'?s)\sboth|両方(?:とも)?|どちらも|どっちも)(?:\s?(?:です|でした|だ))?$/i;

/** The answer to the open "SQL Server or Windows Server?" question, as the release said with its product; null when it is not one. */
function whichProductAnswer(state: ConversationState, raw: string): string | null {
  const year = state.whichAsked;
  if (!year || raw.length > 60) return null;
  const said = nfkc(raw).toLowerCase().trim().replace(/[\s.!?。！？、,]+$/, '').replace(/^(?:oh|ah|sorry|yes|yeah|あ|ああ|すみません)[\s,、]+/, '');
  const which = WHICH_BOTH.test(said) ? 'both' : WHICH_SQL.test(said) ? 'sql' : WHICH_WINDOWS.test(said) ? 'windows' : null;
  const ja = state.lang === 'ja' || /[\u3040-\u30ff\u4e00-\u9fff]/.test(raw);
  if (!which) {
    // "SP4", 「SP4 です」 (QA63 #3): a service pack that only the SQL Server release of that year has answers the question (SQL 2012 has
    // an SP4; Windows Server service packs stop at 2008 / 2008 R2, SP2 at most). Either could have it, or neither: not settled here.
    const sp = parseSqlServicePack(servicePackCorrectionPart(raw));
    const y = /^((?:19|20)\d\d)(\s?r2)?$/i.exec(year.trim());
    if (!sp || sp.sp < 1 || !y) return null;
    const last = sqlLastServicePack(Number(y[1]), !!y[2]);
    const windowsMay = Number(y[1]) <= 2008 && sp.sp <= 2;
    if (last === null || sp.sp > last || windowsMay) return null;
    return ja ? `SQL Server は ${year} SP${sp.sp} です` : `SQL Server is ${year} SP${sp.sp}`;
  }
  if (which === 'sql') return ja ? `SQL Server は ${year} です` : `SQL Server is ${year}`;
  if (which === 'windows') return ja ? `Windows Server は ${year} です` : `Windows Server is ${year}`;
  return ja ? `SQL Server は ${year}、Windows Server も ${year} です` : `SQL Server is ${year}, Windows Server is ${year}`;
}

/** A message that ends by asking for the next step: "…, what next?", 「…。次は？」 (the part before it in group 1). */
const NEXT_TAIL = /^([^]{1,200}?)[\s,.;、。!！]+(?:(?:ok|okay|so|and)[\s,]+)?(?:what(?:'s|\sis)?\s(?:next|now)|now\swhat|next(?:\sstep)?|then\swhat|次(?:は|に|の手順は)?(?:何|なに|どう)?(?:ですか|をすれば|でしょうか)?)\s*(?:[?？.。!！]+\s*)?$/i;

/**
 * Steps said done, then one question in a sentence of its own: "set Medium-High and restarted the services. no reboot
 * needed, right?", 「Medium-High設定、サービス再起動しました。再起動は不要ですよね？」 (the report in group 1, the question in 2).
 */
const PROGRESS_THEN_QUESTION = /^([^?？]{4,240}?[.。!！])\s*([^.。!！?？]{2,120}(?:[?？]|(?:ですか|ますか|でしょうか|ですよね|ますよね)[。]?)\s*)$/;
/**
 * The same with a "why" question joined by a comma ("I set Medium-High and rebooted, why is it still failing?") or, in Japanese,
 * after 「…しましたが、」 (「Medium-High にして再起動しましたが、なぜまだ失敗するのですか？」): the report in group 1 (its 「が」
 * dropped, so it reads as the report it is), the question in 2. Only "why" / "how come" / 「なぜ」「どうして」「なんで」 open the
 * question: "if we set Medium-High and reboot, will it work?" is no report (fixProgressIn reads group 1 and refuses "if").
 */
const PROGRESS_THEN_WHY_EN = /^([^?？.!;]{4,200}?)\s?[,;:–—-]\s*((?:(?:so|but|and|then)\s)?(?:why|how\scome)\s[^?？]{2,120}[?？]?\s*)$/i;
const PROGRESS_THEN_WHY_JA = /^([^?？。]{4,200}?(?:ました|済みです))(?:が|けど|けれど|のに)?[、,]\s*((?:なぜ|どうして|なんで)[^?？。]{2,120}(?:[?？]|(?:ですか|ますか|でしょうか|のか)[。]?)\s*)$/;
function progressThenWhy(text: string): RegExpExecArray | null {
  return /why|how\scome/i.test(text) ? PROGRESS_THEN_WHY_EN.exec(text) : /なぜ|どうして|なんで/.test(text) ? PROGRESS_THEN_WHY_JA.exec(text) : null;
}

/**
 * The part before the question reads as this user's own steps, done (REV20 #4): not a time or condition lead ("after we set
 * Medium-High and reboot, …", "once I set …", 「もし…」), not a step in the present tense or a plan ("… and reboot", "we'll …"),
 * not a colleague's report ("Bob says he set Medium-High and rebooted, …", 「田中さんによると…」).
 */
const NOT_DONE_LEAD = /^\s*(?:(?:so|and|but|ok|okay|then|well)[\s,]+)?(?:once|after|when|whenever|as\ssoon\sas|before|until|till|if|suppose|supposing|assuming|say|let'?s)\s|^\s*もし/i;
const NOT_DONE_VERB =
  /(?<![a-z])(?:will|'ll|going\sto|gonna|plan(?:ning)?\sto|need\sto|should|would|could|can|must|have\sto)(?![a-z])|(?<!(?:\ba|\bthe|\banother|\bone|\bafter)\s)(?<![a-z])(?:reboot|restart|apply|raise|switch|change|enable|disable|create|add|run)(?![a-z])/i;
const HEARSAY = /(?<![a-z])(?<!(?:^|\s)(?:i|we|as\si|as\swe)\s)(?:says|said|tells|told|claims|claimed|reckons|reported|reports)(?![a-z])|によると|いわく|曰く|から聞|と言って|とのこと/i;
function ownStepsDone(part: string): boolean {
  return !NOT_DONE_LEAD.test(part) && !HEARSAY.test(part) && !NOT_DONE_VERB.test(part);
}

/** The level is Medium-High or above, said or reported done. */
function raisedLevel(s: ConversationState): boolean {
  return s.facts.level === 'medium-high' || s.facts.level === 'high' || !!s.facts.tlsClaims?.levelRaised;
}

/** Lines of the endpoint's xAPI output, pasted: English whatever the user speaks. */
const XAPI_LINE = /^(?:\s*\*?[cs]?\s?x(?:configuration|status)\s[^\n]{1,200}(?:\n|$))+\s*$/i;

/** A message that opens by addressing someone other than the bot: "@john …", "John, can you …", 「佐藤さん、…」. */
const TO_SOMEONE_ELSE =
  /^\s*(?:@(?!(?:tms-doctor|bot)(?![\w.-]))[^\s:,、，]{1,40}[:,、，]?\s|(?!(?:ok|okay|so|yes|no|well|hmm|sorry|thanks|also|btw|and|but|actually|hi|hey|hello|bot|tms-doctor|tms|sql|os|windows|win|server|endpoints?|codecs?|level|security|db|database|update|note|question|q|edit|ps|fyi|context|status|customer)[,:])[a-z][a-z.-]{1,20}[,:]\s(?:can|could|would|will|please|pls|do|did|have|are|when|check|ask|fyi)(?![a-z]))|^\s*[^\s、,。]{1,10}(?:さん|くん|君|様)[、,，\s]/i;

function toSomeoneElse(text: string): boolean {
  return TO_SOMEONE_ELSE.test(text.slice(0, 200));
}

/** A question in the line: a question mark, or 「ですか」「ますか」「もらえますか」 ending a sentence. */
const ASKS = /[?？]|(?:ですか|ますか|でしょうか|ませんか)(?:[。\n]|\s*$)/;
/** Only a tag question at the end ("it's SQL 2014, right?", 「…ですよね？」): a statement, to be confirmed. */
const TAG_QUESTION = /[,、]\s*(?:right|correct|yes|no|ok|yeah|isn'?t\sit)\s*[?？]\s*$|よね\s*(?:[?？。]\s*)?$/i;

/**
 * A line said to someone else that asks them something ("Mike, did you check…?", 「田中さん、SQL は 2014 ですか？」,
 * "@bob can you check the level? I think it is Medium-High"). (A tag question alone, "it's SQL 2014, right?", states.)
 */
function askedThem(text: string): boolean {
  const t = text.slice(0, 2000);
  if (!ASKS.test(t)) return false;
  return !(TAG_QUESTION.test(t) && !ASKS.test(t.replace(TAG_QUESTION, '')));
}

/** "the second one", "option 2", "#2", "2nd", 「2番目」, 「二つ目です」, "the last one": the place named (1-based; -1 = last). */
const ORDINAL_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, last: -1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 最初: 1, 一番上: 1, 最後: -1, 一番下: -1 };
const ORDINAL_EN = /^(?:the\s)?(first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th)(?:\s(?:one|option|choice|button|answer))?$|^(?:option|choice|answer|number|no\.?|#)\s?([1-6])$/;
const ORDINAL_JA = /^(?:([1-6一二三四五六])\s?(?:番目?|つ目)|(最初|一番上|最後|一番下))(?:の(?:もの|やつ|選択肢|ボタン|回答))?(?:です|で)?$/;

/** The value of the open question's choice that a message picks by its place, or null. */
function pickedChoice(norm: string, pending: string | null): string | null {
  if (!pending || norm.length > 40 || !(QUESTION_CODES as readonly string[]).includes(pending)) return null;
  const m = ORDINAL_EN.exec(norm) ?? ORDINAL_JA.exec(norm);
  if (!m) return null;
  const word = m[1] ?? m[2] ?? '';
  const n = /^\d$/.test(word) ? Number(word) : ORDINAL_WORDS[word];
  const choices = questionFor(pending as (typeof QUESTION_CODES)[number]).choices ?? [];
  const choice = n === -1 ? choices[choices.length - 1] : n ? choices[n - 1] : undefined;
  return choice ? choice.value : null;
}

/** "I don't know what … is", "not sure what … means", 「…とは何か」, 「…の意味が」: not knowing what a word means. */
const DONT_KNOW_WHAT = /(?<![a-z])(?:know|sure)\swhat(?![a-z])|(?<![a-z])what\s.{1,30}\s(?:is|means|does)(?![a-z])|とは(?:何|なに)|って(?:何|なに)|の意味/;


/**
 * A message that is nothing but a plan: no fact in it, or only Medium-High, the plan's own target
 * ("we will reboot tonight after setting Medium-High", 「来週火曜日に Medium-High に変更します」: not the level now).
 */
function planOnly(planned: PlannedSteps, text: string): boolean {
  const facts = extractFacts(text).facts;
  const keys = Object.keys(facts);
  if (keys.length === 0) return true;
  // ("Medium-High set, will reboot tonight": a clause that is no plan states the level; read below. "we changed nothing
  // yet and will set Medium-High tomorrow", "…, then reboot": the other clause states no fact, so all of it is the plan.)
  const mixed = planClauses(text);
  const restStates = mixed !== null && Object.keys(extractFacts(mixed.rest).facts).length > 0;
  return !!planned.level && !restStates && keys.length === 1 && facts.level === 'medium-high' && levelIn(text.replace(MEDIUM_HIGH_WORD, ' ').toLowerCase()) === null;
}

/** "not sure why", "no idea why", 「理由は分かりません」: unsure of a reason, not of the value said beside it. */
/**
 * What is to be checked, or a guess ("let me check whether it is Medium-High", "should be Medium, I'll check", 「Medium-High かどうか
 * 確認します」「たぶん High です」): no fact stated, whatever the reader takes from it.
 */
const CHECKED_OR_GUESSED =
  /(?<![a-z])(?:whether|if|should|probably|maybe|perhaps|likely|guess|think|believe|suppose|expect|assume)(?![a-z])|か(?:どうか)?\s?(?:を|は)?\s?(?:確認|調べ|見|チェック)|たぶん|多分|おそらく|恐らく|はず|かも|と思/i;
/** The message states the level, a release or a version (what a wait must not swallow). */
/** `s` with the endpoint models `text` names added (and the endpoints said failing when nothing said otherwise), else `s`. */
function withModelsSaid(s: ConversationState, text: string): ConversationState {
  if (text.length > 300) return s;
  const found = extractFacts(text).facts.endpointModels;
  const held = s.facts.endpointModels ?? [];
  const added = (found ?? []).filter((m) => !held.includes(m));
  if (!added.length) return s;
  return { ...s, facts: { ...s.facts, endpointModels: [...held, ...added], ...(s.facts.endpointsFail === undefined ? { endpointsFail: true } : {}) } };
}

function statesAFact(text: string): boolean {
  if (CHECKED_OR_GUESSED.test(text.normalize('NFKC'))) return false;
  const f = extractFacts(text).facts;
  return f.level !== undefined || f.tms !== undefined || f.endpoint !== undefined || f.sql !== undefined || f.windows !== undefined;
}
const UNSURE_WHY = /(?<![a-z])(?:not\s(?:sure|certain)|no\sidea|(?:don'?t|do\snot)\sknow|dunno)\s(?:why|what\sfor|the\sreason)(?![a-z])|(?:理由|なぜか|なぜ)は?(?:分かり|わかり|不明)/;

/** A guess after "I don't know": "probably", "I think", 「たぶん」, 「と思います」. */
const GUESS = /(?<![a-z])(?:probably|maybe|perhaps|likely|i\s(?:think|believe|guess|reckon)|i'?d\s(?:say|guess)|should\sbe|must\sbe)(?![a-z])|たぶん|多分|おそらく|恐らく|と思(?:う|い)|かも|はず/;

/** Does an "I don't know" message (normalised) guess a value: a level, or SQL's place while the SQL question is open? */
function guessesValue(norm: string, text: string, pending: string | null): boolean {
  if (!GUESS.test(norm)) return false;
  if (levelIn(norm)) return true;
  return pending === 'need-sql-version' && parseSqlLocation(text) !== null;
}

function onAction(state: ConversationState, rawId: string, value: string | undefined): TurnResult {
  const id = rawId.replace(/:\d{1,4}$/, '');
  switch (id) {
    case 'start-over':
      return onIntent(state, 'start-over');
    case 'help':
      return onIntent(state, 'help');
    case 'answer': {
      const v = (value ?? '').slice(0, MAX_MESSAGE).replace(CONTROL, ' ');
      if (v.trim() === '') return unchanged(state, [reply(state.lang, [para(TEXTS[state.lang].empty), ...questionBlocksFor(state)])]);
      const intent = intentOf(v);
      if (intent) return onIntent(state, intent);
      return onFacts(state, v);
    }
    case 'probe-endpoint':
      return unchanged(state, [reply(state.lang, [para(TEXTS[state.lang].probeHint)])]);
    default: {
      const t = TEXTS[state.lang];
      return unchanged(state, [reply(state.lang, [para(t.unknownAction(echo(id, 40))), ...questionBlocksFor(state)])]);
    }
  }
}


/** "we will do it tonight" while an optional question is open: the acknowledgment, with the question still in view. */
function ackKeepingQuestion(s: ConversationState, out: TurnResult): TurnResult {
  const open = s.pending ? questionFor(s.pending as (typeof QUESTION_CODES)[number]) : null;
  if (!open || open.required || out.replies.length !== 1) return out;
  return { ...out, replies: [reply(s.lang, [...out.replies[0]!.blocks, questionBlock(s.lang, open)])] };
}
function onIntent(state: ConversationState, intent: Exclude<Intent, null>): TurnResult {
  const lang = state.lang;
  const t = TEXTS[lang];
  switch (intent) {
    case 'help': {
      const blocks: Block[] = [
        { type: 'heading', text: t.helpHeading },
        ...t.help.map(para),
        { type: 'bullets', items: t.helpExamples },
        ...questionBlocksFor(state),
        actionsBlock(lang, false),
      ];
      return { state: next(state, {}), replies: [reply(lang, blocks)] };
    }
    case 'start-over': {
      const fresh = { ...freshState(lang), turns: state.turns + 1, restarts: (state.restarts ?? 0) + 1 };
      const q = questionFor('need-endpoint-version');
      fresh.pending = q.code;
      return { state: fresh, replies: [reply(lang, [para(t.startedOver), para(t.intro), questionBlock(lang, q)])] };
    }
    case 'greeting':
      return greet(state, lang);
    case 'thanks': {
      // Thanks while a required question is open does not close the conversation: ask it again.
      const open = state.pending ? questionFor(state.pending as (typeof QUESTION_CODES)[number]) : null;
      if (open?.required) return { state: next(state, {}), replies: [reply(lang, [para(t.thanksNeed), questionBlock(lang, open)])] };
      return { state: next(state, { pending: null }), replies: [reply(lang, [para(t.thanks), actionsBlock(lang, false)])] };
    }
    case 'cancel': {
      // "never mind", 「やっぱりいいです」 (QA63 #14): the open question is dropped (not skipped: no assumption is made for it, and
      // it comes back when the facts call for it), what was said is kept and shown, and the way to begin again is offered.
      const kept = contextLine(state.facts, lang).replace(/^[^:：]*[:：]\s?/, '');
      return { state: next(state, { pending: null }), replies: [reply(lang, [para(t.cancelled(kept, !!state.pending)), actionsBlock(lang, false)])] };
    }
    case 'wait': {
      const open = state.pending ? questionFor(state.pending as (typeof QUESTION_CODES)[number]) : null;
      return { state: next(state, {}), replies: [reply(lang, open ? [para(t.waitNeed), questionBlock(lang, open)] : [para(t.wait)])] };
    }
    case 'still-failing':
      return onStillFailing(state);
    case 'if-still-failing':
      return onStillFailing(state, true);
    case 'ack': {
      // Nothing changes; a required question still open is asked again, an optional one stays open.
      const pending = state.pending ? questionFor(state.pending as (typeof QUESTION_CODES)[number]) : null;
      const blocks: Block[] = pending?.required ? [para(t.ackNeed), questionBlock(lang, pending)] : [para(t.ack)];
      return { state: next(state, {}), replies: [reply(lang, blocks)] };
    }
    case 'skip': {
      const pending = state.pending;
      if (!pending) return onFacts(state, 'skip');
      // As the diagnosis asks it: the level is required while no ClientHello is seen and the level is not known (evidence-rules.ts).
      const q = diagnoseState(state).questions.find((x) => x.code === pending) ?? questionFor(pending as (typeof QUESTION_CODES)[number]);
      const skipped = [...new Set([...(state.skipped ?? []), pending])];
      // A required version nobody can give now: go on with its safe assumption, said as a finding
      // (what was assumed and what to check first), and ask what is still missing.
      // "Room Kit Mini, version unknown" (QA63 #18): every model held is CE-only hardware, which settles what the version would.
      const models = state.facts.endpointModels ?? [];
      const settled = pending === 'need-endpoint-version' && models.length > 0 && models.every(isCeOnlyModel);
      const lead = settled ? t.skipModelSettles(lang === 'ja' ? models.join('、') : joinAnd(models)) : pending === 'need-security-level' ? t.skipAssumedLevel : t.skipAssumed;
      if (q.required) return respond(next(state, { skipped, pending: null }), [para(lead)], [], false);
      const s = next(state, { skipped, pending: null });
      const d = diagnoseState(s);
      const nextQ = d.questions.find((x) => !x.required && !skipped.includes(x.code));
      const blocks: Block[] = [para(t.skipOptional)];
      if (nextQ) {
        blocks.push(para(t.refineOffer), questionBlock(lang, nextQ));
        s.pending = nextQ.code;
      } else {
        blocks.push(para(t.allSet));
      }
      return { state: s, replies: [reply(lang, blocks)] };
    }
  }
}

function onProbe(state: ConversationState, result: ProbeResult): TurnResult {
  if (!result || typeof result !== 'object' || Array.isArray(result)) {
    return unchanged(state, [reply(state.lang, [para(state.lang === 'ja' ? 'プローブ結果を読み取れませんでした。' : 'I could not read that probe result.')])]);
  }
  // Keep only what JSON can carry (the state is stored as JSON), and keep it bounded.
  const copy = jsonSafe(result);
  if (!isObj(copy)) {
    return unchanged(state, [reply(state.lang, [para(state.lang === 'ja' ? 'プローブ結果を読み取れませんでした。' : 'I could not read that probe result.')])]);
  }
  const stored = copy as unknown as ProbeResult;
  // Every probe is kept with its own result (bounded, the oldest dropped: src/domain/probes-kept.ts, QA43 #3).
  const kept = withProbeKept(state.facts, stored);
  const facts: Facts = { ...state.facts, probe: stored, probes: kept.probes, ...(kept.dropped > 0 ? { probesDropped: kept.dropped } : {}) };
  result = stored;
  const s = next(state, { facts });
  const t = TEXTS[state.lang];
  const v = probeVerdict(result);
  const target = echo(probeWhere(result), 60);
  // Which newer versions the endpoint took, when the probe says (a bounded copy: true only).
  const protocols = (isObj(result.protocols) ? result.protocols : {}) as Record<string, unknown>;
  const accepted = (['tls1.1', 'tls1.2', 'tls1.3'] as const).filter((p) => protocols[p] === true).map((p) => `TLS ${p.slice(3)}`);
  // A server that takes none of TMS's protocols (src/domain/diagnose.ts: blocking) is not "no verdict": say what it refused.
  const only = protocols['tls1.3'] === true ? 'TLS 1.3' : protocols.ssl3 === true ? 'SSL 3.0' : null;
  const verdict =
    v.refuses === true ? (accepted.length ? t.probeRefusedAccepts(accepted) : t.probeRefused) : v.refuses === false ? t.probeAccepted : v.blocking ? t.probeRefusedAll(only) : t.probeUnknown;
  const confirms = probeConfirms(facts);
  return respond(s, [{ type: 'context', text: t.probeSummary(target, verdict) }, ...(confirms ? [paraFrom(confirms, state.lang)] : [])], [], true);
}

/** A fleet probe's counts join the facts; the diagnosis reads them (src/domain/fleet.ts). */
function onFleet(state: ConversationState, raw: unknown): TurnResult {
  const fleet = readFleetFact(raw);
  if (!fleet) return unchanged(state, [reply(state.lang, [para(state.lang === 'ja' ? '一括調査の結果を読み取れませんでした。' : 'I could not read that fleet probe result.')])]);
  const s = next(state, { facts: { ...state.facts, fleet } });
  return respond(s, [{ type: 'context', text: fleetContextLine(fleet, state.lang) }], [], true);
}

/** Read facts from text (and a bare answer to the pending question), then answer. */

/** The case closed as working ("it works now", 「直りました」): kept for the report summary (QA49 F9). */
/**
 * "Done: set Medium-High, iisreset and restarted the TMS services. All green now" (QA53 #1): the message that closes the case
 * moved the level up from the Medium the incident was told at (or, with no level told before, says the level was set in words):
 * Medium-High is the fix made, not the premise "TMS was already at Medium-High". Recorded as `levelRaised`, so the report
 * summary and the change record name the usual cause and the change, not "the usual cause was ruled out". Nothing else changes.
 */
function withLevelRaisedByReport(before: Facts, after: Facts, text: string): Facts {
  if (after.level !== 'medium-high' || after.tlsClaims?.levelRaised) return after;
  const raised = before.level === 'medium' || (before.level === undefined && fixProgressIn(text)?.level === true);
  return raised ? { ...after, tlsClaims: { ...after.tlsClaims, levelRaised: true } } : after;
}

function withWorksNow(f: Facts): Facts {
  return { ...f, tlsClaims: { ...f.tlsClaims, worksNow: true } };
}

/**
 * The fix files' .reg asked for (FIX58A #1): answered as "Fix files" is (the files, or what is still missing), nothing recorded. With
 * TLS 1.0 asked on too ('both'), the TLS 1.0 back-on answer follows the files' answer (before the open question): the .reg where a
 * SQL Server on the TMS server needs TLS 1.0 (or may), else why TLS 1.0 back on does not help. A TLS state or another fact said beside
 * the request: null (the facts route reads the message).
 */
function onTls12RegAsked(s: ConversationState, text: string, asked: 'tls12' | 'both' | 'tls10-off'): TurnResult | null {
  const { tlsClaims: claims, ...others } = extractFacts(text).facts;
  // ('tls10-off', REV35 #8: the request's own "enable TLS 1.2" / "disable TLS 1.0" read as states are not claims; tls12RegAsked has
  // turned away a state said beside it.)
  const ownClaims = asked === 'tls10-off' ? Object.keys(claims ?? {}).filter((k) => k !== 'tls12' && k !== 'tls10') : Object.keys(claims ?? {});
  if (ownClaims.length || Object.keys(others).length) return null;
  const files = CATALOGUE.find((e) => e.id === 'fix-files');
  if (!files) return null;
  // (TLS 1.0 off asked with it: "can TLS 1.0 be turned off too?" answered first, with SQL Server's need for it, then the files.)
  if (asked === 'tls10-off') {
    const off = CATALOGUE.find((e) => e.id === 'disable-tls10');
    return onCatalogue(s, text, { entry: files, rest: '', ...(off ? { more: [off] } : {}) });
  }
  if (asked === 'tls12') return onCatalogue(s, text, { entry: files, rest: '' });
  const back = onTls10RegAsked(s);
  if (!back) {
    const whyNot = CATALOGUE.find((e) => e.id === 'why-not-tls10');
    return onCatalogue(s, text, whyNot ? { entry: whyNot, rest: '', more: [files] } : { entry: files, rest: '' });
  }
  const c = onCatalogue(s, text, { entry: files, rest: '' });
  const [first, ...more] = c.replies;
  if (!first) return c;
  const at = first.blocks.findIndex((b) => b.type === 'question');
  const cut = at < 0 ? first.blocks.length : at;
  const title: Block = { type: 'subheading', text: { en: 'The .reg that turns TLS 1.0 back on', ja: 'TLS 1.0 を有効に戻す .reg' }[s.lang] };
  const added = [title, ...back.replies.flatMap((r) => r.blocks)];
  return { ...c, replies: [{ ...first, blocks: [...first.blocks.slice(0, cut), ...added, ...first.blocks.slice(cut)] }, ...more] };
}
