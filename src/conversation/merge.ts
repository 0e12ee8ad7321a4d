/**
 * Fact merging: the facts read from a message (and a bare answer to the pending question) join the
 * conversation's facts, newer values replacing older ones; then the reply is composed.
 */
import { maskProbeOutput } from '../probe/output-read';
import type { EndpointGroup, EndpointVersion, Facts, Lang, LocalizedText, OtherSymptomId, ParseProblem, SqlVersion } from '../domain/types';
import { endpointListIn } from '../domain/understand/endpoint-list';
import { oneUnitNamed } from '../domain/understand/one-unit';
import { otherSymptomAside, telnetSystemsAtRaisedLevel } from '../domain/knowledge/symptoms';
import { CORRECTION, extractFacts, withoutNodeNumbers, type ExtractContext, type Extraction } from '../domain/extract';
import { diagnose } from '../domain/diagnose';
import { helloResetSeen, sqlHostWindows } from '../domain/evidence-rules';
import { modelDenied, modelsDeniedIn, modelsMeantIn } from '../domain/understand/model-denied';
import { servicePackGuessTaken, servicePackGuessText } from './sp-guess';
import { asksAboutLevel } from '../domain/understand/level-question';
import { maskNoise } from '../domain/understand/noise';
import { untouchedAnswer } from '../domain/understand/level-untouched';
import { highOrLowAsSetting, highOrLowSaid } from '../domain/understand/level-said';
import { itAfterALogWordIn, onlyLogLevelsIn } from '../domain/understand/log-level';
import { tmsMoveToYearSaid } from '../domain/understand/tms-moved-host';
import { namesOneNode, tmsNodeNamesIn } from '../domain/understand/node-level';
import { hedgedMedium, hedgedRaisedLevel, levelEitherOr } from '../domain/understand/level-hedge';
import { levelRevertedItself } from '../domain/understand/level-reverted';
import { releaseHedged, releaseHedgedStrict } from '../domain/understand/release-hedge';
import { anotherFailingUnitIn } from '../domain/understand/paste-label';
import { sqlPlaceEitherOr, sqlRemoteHedged } from '../domain/understand/sql-place-hedge';
import { hedgedPair, offeredAlternatives, type Offered } from '../domain/understand/alternatives';
import { replacedServerWindows } from '../domain/understand/server-replaced';
import { secondInstancePart, tmsngPlaceIn } from '../domain/understand/sql-instance';
import { secondInstanceNote, tmsngLocalNote, tmsngRemoteNote } from './sql-instance';
import { classifyClause, CORRECTION_START, endsAsQuestion, hasChange, negatesChange, referredField, statedParts, unconfirmedHearsay, unknownFields } from '../domain/understand/clauses';
import { FIELD_NAMES, FIELDS, fieldOfQuestion, formatField, parseField, type Field } from '../domain/fields';
import { ceOnlyModelsIn, endpointModelsIn, isCeOnlyModel, joinAnd, translationNote, question as questionFor, QUESTION_CODES, TRANSLATION_NOTES } from '../domain/knowledge';
import { sqlTlsStatus } from '../domain/knowledge/sql';
import { windowsSchannelDefaults } from '../domain/knowledge/windows';
import { endpointRefusesTls10, formatEndpoint, formatSql, formatTms, parseEndpoint, parseSqlLocation, parseSqlPlace, parseSql, parseSqlServicePack, parseTms, sqlLastServicePack, sqlReleasesWithServicePack, tmsCanBeFixedInPlace } from '../domain/versions';
import { twoServersReleases } from '../domain/understand/tms-servers';
import { anyAdvising } from '../domain/advises';
import { advisingBlock, type Block } from './document';
import type { ConversationState, TurnResult } from './types';
import { echo, MAX_MESSAGE } from './guards';
import { diagnoseState, next, para, questionBlock, questionBlocksFor, reply, respond, paraFrom } from './compose';
import { withNoteAhead } from './note-ahead';
import { TEXTS } from './texts';
import { nonCiscoProductOf, nonCiscoVersionProblem, tcOverNamedPolycom, tcOverPolycomNote } from './non-cisco-version';
import { nfkc } from '../domain/nfkc';
import { stepListFramedIn } from '../domain/understand/step-list-framed';
import { evidenceLines, pastedEvidence, withPaste } from './evidence';
import { aboutPage, tmsDatabaseVersionIn } from '../domain/understand/ticket-fields';
import { askedValues, caseBlocks, namesAskedValues, upgradeBlocks } from './hypothetical';
import { bareCorrection, servicePackCorrectionPart } from '../domain/understand/correction';
import { WRONG_LEAD_EN, WRONG_LEAD_JA } from '../domain/understand/cues';
import { bareSqlBuild, type BareSqlBuild } from '../domain/understand/sql-build';
import { hexLineMeaning, logAround, logNothingRelevant, logPaste } from './raw-paste';
import { raisedFailingBlocks, raisedFailingIn } from './raised-failing';
import { hardeningAllFailIn, hardeningAllFailUndone, mixedEndpointsNoteBlock, tmsChangeAllOldFailIn } from './mixed-note';
import { tls10ClientShownOn } from '../evidence/text';
import { keyDeletedForWindows } from '../evidence/registry';
import { partialDowngrade, partialDowngradeNote } from './partial-downgrade';
import { workingBesideHeld, workingOnlyIn } from '../domain/understand/endpoint-results';
import { valueChangeIn } from '../domain/understand/tls-claims';
import { quotedAsk, quotedAsks } from '../domain/understand/reply-thread';
import { tmsUpgradedTo } from '../domain/understand/tms-upgraded';
import { pastEndpointRelease, pastReleaseNote, pastReleaseOfEndpoints, pastReleaseSaid } from './past-release';
import { sameJson } from './same-json';
import { typedAgainstPaste, typedWindowsBesidePaste } from './paste-conflict';
import { sqlCauseNamedIn } from '../domain/understand/sql-cause';
import { platformYearIn } from '../domain/understand/platform-year';
import { placeOfOtherSubject, placeOfOtherTopic, withoutOtherTopicPlaces } from '../domain/understand/place-of-other';
import { changeNotDone, namesReleaseLeftBehind } from '../domain/understand/foreign-tms';
import { saysReleaseNotYet } from '../domain/understand/release-not-yet';
import { ELSE_WORDS_EN, OTHER_SERVER_PREFIX_JA, OTHER_SERVER_WORDS_EN, SERVER_NOUNS_EN } from '../domain/understand/other-machine';
import { sameReleaseWorksSaid } from '../domain/understand/same-release-works';
import { raisedWorksForSomeIn } from '../domain/understand/raised-works-some';
/** A negation about a place ("not local but remote", "SQL isn't on the TMS server", "not the same box"), not any "not" ("node 2 not yet"). */
const PLACE_NOT = /(?<![a-z])(?:not|isn't|is\snot)\s(?:\w+\s){0,2}?(?:local|locally|remote|remotely|on|in|at|separate|same|another|a\sdifferent|the\stms)(?![a-z])/i;

/** A line quoted with ">" (cheap test before quotedAsk). */
const MAY_QUOTE_CHEAP = /(?:^|\n)[ \t]{0,3}[>＞]/;

/** "both", 「両方です」: after two endpoint releases were offered as alternatives, both are in use. */
const BOTH = /^\s*(?:both(?:\sof\sthem)?|(?:we\shave\s|there\sare\s)?(?:a\s)?mix(?:ed|\sof\sboth)?|each|(?:all\s)?of\sthem|両方|どちらも|両方とも|混在)(?:\s?(?:actually|really|あります|です|している|しています|してます)|[\s.!。、])*$/i;

/**
 * tms-doctor's own probe output pasted (its reading's first line says so: src/evidence/text.ts): the reply offers the probe
 * as an action, which each surface draws its own way (a button in Slack, "probe HOST[:PORT]" in the console), since the
 * words name no surface's command (FIX20D #4). Only replies that quote that line are touched (a few string checks).
 */
const PROBE_OUTPUT_LEAD = ["This is tms-doctor's own probe output (", 'これは tms-doctor 自身のプローブ出力です（'];
export function withProbeOffered(r: TurnResult): TurnResult {
  const quotes = (b: Block) => b.type === 'bullets' && b.items.some((i) => PROBE_OUTPUT_LEAD.some((p) => i.startsWith(p)));
  if (!r.replies.some((x) => x.blocks.some(quotes))) return r;
  const replies = r.replies.map((x) => {
    if (!x.blocks.some(quotes)) return x;
    const blocks = [...x.blocks];
    const at = blocks.findIndex((b) => b.type === 'actions');
    const probe = { id: 'probe-endpoint', label: TEXTS[x.lang].actions.probe, style: 'primary' as const };
    if (at < 0) blocks.push({ type: 'actions', actions: [probe] });
    else {
      const b = blocks[at] as Extract<Block, { type: 'actions' }>;
      if (!b.actions.some((a) => a.id === 'probe-endpoint')) blocks[at] = { ...b, actions: [probe, ...b.actions] };
    }
    return { ...x, blocks };
  });
  return { ...r, replies };
}

/**
 * A turn's result with a note ahead of its first reply's own words (after an answer given first, Reply.answers; before the
 * heading, where the Slack card takes its notes: src/slack/answer.ts cardParts).
 */
function withNoteFirst(r: TurnResult, note: LocalizedText): TurnResult {
  const lang = r.replies[0]?.lang;
  if (!lang) return r;
  return withNoteAhead(r, { type: 'warning', title: lang === 'ja' ? '貼り付けられたログ' : 'The pasted log', text: note[lang] }, lang, true);
}

export function onFacts(given: ConversationState, raw: string): TurnResult {
  return withProbeOffered(onFactsRead(given, raw));
}

function onFactsRead(given: ConversationState, raw: string): TurnResult {
  let state = given;
  // "both" after "TC 7.3.3 or CE 9.15?": a mixed fleet, read as the user would have said it.
  const [a, b] = given.offered ?? [];
  const text = a && b && BOTH.test(raw.slice(0, 200)) ? (given.lang === 'ja' ? `一部は ${a}、他は ${b}` : `some on ${a}, others on ${b}`) : raw;
  const lang = state.lang;
  const t = TEXTS[lang];
  // ("those are on http" right after "we also have 2 MXPs": about the devices that message named.)
  // (While the SQL question is open, a bare "2012 R2" is a misread SQL answer to ask about, not the Windows release.)
  const sqlAsked = fieldOfQuestion(state.pending) === 'sql';
  // (Every key written, absent ones undefined: one object shape for every context, see ExtractContext.)
  const exCtx: ExtractContext | undefined =
    state.devicesNamed || state.facts.sqlLocation || sqlAsked || state.facts.sql || state.facts.windows
      ? {
          devicesBefore: state.devicesNamed || undefined,
          siteText: undefined,
          sqlLocalBefore: state.facts.sqlLocation === 'local' ? true : undefined,
          sqlPlaceBefore: state.facts.sqlLocation ? true : undefined,
          sqlAsked: sqlAsked ? true : undefined,
          sqlKnown: state.facts.sql ? true : undefined,
          windowsKnown: state.facts.windows ? true : undefined,
        }
      : undefined;
  const ex = text ? extractFacts(text, exCtx) : { facts: {}, problems: [] as ParseProblem[], lang };
  // "that last number was the OS": the last bare answer moves; the rest of the message ("…, SQL is
  // 2016") is read on top of the moved facts.
  const moved = text ? referBack(state, text) : null;
  if (moved && Object.keys(ex.facts).length === 0) {
    const ms = next(state, { facts: moved.facts, lastAnswer: moved.lastAnswer });
    const replaced = replacedValues(state.facts, moved.facts);
    if (replaced) ms.earlier = replaced;
    else delete ms.earlier;
    return respond(ms, [moved.note], [], false, state.facts);
  }
  if (moved) state = { ...state, facts: moved.facts, lastAnswer: moved.lastAnswer };
  // Pasted evidence (event lines, capture rows, SELECT @@VERSION…): its facts win for their fields.
  const ev = text ? pastedEvidence(text, state.endpointHosts) : null;
  // A log in which no reader found anything, or a lone line of hex bytes: said what it is, never read as an
  // answer to the pending question (QA round 8 #16); the open question is asked again.
  if (text && !ev) {
    const hex = hexLineMeaning(text);
    const log = hex ? null : logPaste(text);
    if (hex) return { state: next(state, {}), replies: [reply(lang, [para(hex[lang]), ...questionBlocksFor(state)])] };
    if (log?.lines) {
      // (A log that names "No HTTPS response" is never said not to; the user's own lines around it, when they give facts
      // such as "TMS 15.2.1, CE 9.15.3, SQL 2016 on the TMS server" above the log, are read as any message: QA54 #1.)
      const around = logAround(text);
      const asked = questionBlocksFor(state).length > 0;
      if (around.prose && around.prose !== text && Object.keys(extractFacts(around.prose).facts).length > 0) {
        const note = logNothingRelevant(around.logLines, log.eventRecord, { symptom: around.symptom, reset: around.reset, proseRead: true });
        return withNoteFirst(onFactsRead(given, around.prose), note);
      }
      const note = logNothingRelevant(around.logLines || log.lines, log.eventRecord, { symptom: around.symptom, reset: around.reset, asked });
      // (What it showed, kept for "what do you make of the log?" asked after it, QA64 #11.)
      const logRead = { lines: around.logLines || log.lines, symptom: around.symptom, reset: around.reset ?? 0, event: log.eventRecord };
      // (Nothing known and nothing asked yet: a log showing the symptom starts the conversation, its first question asked.)
      if (around.symptom && !asked && Object.keys(state.facts).length === 0) return respond(next(state, { logRead }), [para(note[lang])], [], false);
      return { state: next(state, { logRead }), replies: [reply(lang, [para(note[lang]), ...questionBlocksFor(state)])] };
    }
  }
  const found: Partial<Facts> = { ...ex.facts, ...(ev?.facts ?? {}) };
  // A paste whose endpoint or SQL release disagrees with the one typed (in this message or before): the typed one stays, the
  // paste's stays in the evidence, and the diagnosis says both and asks which system the paste is from (QA62 #3).
  const pasteVsTyped = ev && text ? typedAgainstPaste(text, ev.facts, state.facts) : null;
  if (pasteVsTyped?.heldGroupsStay) delete found.endpoint;
  else if (pasteVsTyped?.endpoint) found.endpoint = pasteVsTyped.endpoint;
  if (pasteVsTyped?.sql) found.sql = pasteVsTyped.sql;
  // (The typed release and the pasted one are no fleet on two releases: "You mentioned endpoints on several versions" is not said.)
  const mixedSaid = 'mixedEndpoints' in ex && ex.mixedEndpoints && !pasteVsTyped?.endpoint && !pasteVsTyped?.heldGroupsStay ? ex.mixedEndpoints : undefined;
  // Units that accept TLS 1.0 kept as failing after hardening (Facts.hardeningAllFail), now undone: TLS 1.0 said or shown on (its
  // Client key in a paste; said of the Server side alone it settles nothing), the older units said to work after all, or the
  // hardening said not to have touched TLS 1.0 (FIX11): a 'Noted' line, and the later answers no longer lead with that check.
  const heldHardening = state.facts.hardeningAllFail;
  const hardeningUndone = !!heldHardening?.length && !!text && hardeningAllFailUndoneBy(text, found, heldHardening);
  // A pasted SQL version string ("… on Windows NT 6.3 <X64> (Build 9600: )") naming another Windows than the one the user
  // said: not replaced silently. The typed value stays; the diagnosis says the two disagree and asks which is right (or, with
  // SQL's place unknown, whether SQL runs on another server) (QA round 16 #15f).
  const pastedWin = ev?.facts.windows;
  // (FIX63C #2a: a Windows release typed in this very message, outside the paste, is the user's word about the TMS server too: "TMS
  // 15.9 on Windows Server 2016 … SELECT @@VERSION:\n… on Windows Server 2012 R2 …" kept 2012 R2. The message's reading of the whole
  // text took the paste's.)
  const typedHere = text && pastedWin && sqlHostWindows(pastedWin) ? typedWindowsBesidePaste(text, [pastedWin.raw ?? '', ev?.facts.sql?.raw ?? ''], exCtx) : null;
  const typedWin = typedHere ?? state.facts.windows;
  const sameWin = (a: Facts['windows'], b: Facts['windows']) => !!a && !!b && a.year === b.year && a.r2 === b.r2;
  // (The message's own reading of the paste's "Windows NT 6.3" is the same value, not the user saying it.)
  const winFromPaste = !!pastedWin && sqlHostWindows(pastedWin) && (!!typedHere || ex.facts.windows === undefined || sameWin(ex.facts.windows, pastedWin));
  const winKept = winFromPaste && !!typedWin && !sameWin(typedWin, pastedWin);
  // (Kept, the diagnosis says both when SQL runs on the TMS server, or that SQL seems to run elsewhere when its place is not known:
  // evidence-rules.ts disagreements. Typed and the same as the paste's, it is the user's statement all the same.)
  if (winKept || typedHere) found.windows = typedWin;
  // (With SQL on another server, the SQL host's Windows is not the TMS server's at all; with SQL's place not known, it is the TMS
  // server's only if SQL runs there: not recorded as the TMS server's (evidence-rules.ts withEvidenceFacts takes it once SQL is said
  // to be local; the paste's line says whose Windows it is), QA62 #6.)
  else if (winFromPaste && (found.sqlLocation ?? state.facts.sqlLocation) !== 'local') delete found.windows;
  let problems = [...ex.problems];
  const versionFields = FIELD_NAMES.filter((f) => found[f] !== undefined);
  // "TMS is not 15.2.1": a value the message says is NOT the value is no bare answer nor a correction to it.
  const denies = ex.negated !== undefined;

  // A bare answer to the pending question (kept for one turn: "that last number was the OS").
  let bare: ConversationState['lastAnswer'];
  // "> Which TMS version?" quoted above "15.9" (an inline reply, as in e-mail): the quoted question is the one answered,
  // read by the same bare-answer path as our own pending question (its answer only when it reads as a value of its field).
  const quoted = text && !ev && MAY_QUOTE_CHEAP.test(text) ? quotedAsk(text) : null;
  const pendingCode = quoted ? FIELDS[quoted.field].question : state.pending;
  const pendingField = quoted ? quoted.field : fieldOfQuestion(state.pending);
  /** The text read as that answer: under a quoted question, the reply only (not the quote). */
  const answerText = quoted ? quoted.answer : text;
  // "> Which TMS version?\n15.9\n> Which SQL Server?\n2014 SP2": every question quoted above its inline answer is read, each
  // answer for the field its question asks (it wins over the reading of the whole reply, which carries one topic on).
  if (text && !ev && !quoted && MAY_QUOTE_CHEAP.test(text)) {
    for (const pair of quotedAsks(text)) {
      const hit = statedParts(maskNoise(pair.answer))
        .map((p) => parseField(pair.field, p))
        .find((r) => r.ok);
      if (!hit?.ok) continue;
      (found as Record<string, unknown>)[pair.field] = hit.value;
      problems = problems.filter((p) => p.field !== pair.field);
    }
  }
  // A paste of evidence is not a bare answer (its versions come from the reader), nor is a question
  // naming a version of another field ("is TMS 14.6.2 affected?" while the SQL question is open).
  const askedOther = namesAskedValues(ex) && Object.keys({ ...ex.asked, ...ex.supposed }).some((f) => f !== pendingField);
  // "sorry, SP1", 「あ、SP1 でした」 after the SQL version: the service pack refines it (not a bare answer to another question).
  // ("sorry, not SP2 but SP1", 「SP2 ではなく SP1」: the service pack said not to be is not the one.)
  // ("sorry, SQL is SP1 not SP2", "correction: it's SP1", 「SQLはSP1でした」: the SQL topic before it is cut first.)
  // ("SP1 I think", 「たぶん SP1 です」: a guess fills an empty service pack only, and only when the answer stays as careful: sp-guess.ts.)
  const spGuessed = text && !ev && state.facts.sql && Object.keys(found).length === 0 ? servicePackGuessText(text) : null;
  const sp = text && !ev && state.facts.sql && Object.keys(found).length === 0 ? parseSqlServicePack(servicePackCorrectionPart(spGuessed ?? text)) : null;
  // "SP4" after SQL 2014, "upgraded SQL to SP4" on 2014 (QA63 #3): a service pack that release does not have is not taken (a SQL
  // release that does not exist would drop the build check); said so, the release kept, what to send asked.
  const spNamed = sp?.sp ?? (text && !ev && state.facts.sql && found.sql === undefined ? servicePackDone(text) : null);
  if (spNamed !== null && spNamed > 0 && state.facts.sql) {
    const q = state.facts.sql;
    const last = sqlLastServicePack(q.year, q.r2);
    if (last !== null && spNamed > last) {
      const release = `SQL Server ${q.year}${q.r2 ? ' R2' : ''}`;
      const others = sqlReleasesWithServicePack(spNamed).filter((r) => r !== `${q.year}${q.r2 ? ' R2' : ''}`);
      return { state: next(state, {}), replies: [reply(lang, [para(t.noSuchServicePack(release, spNamed, last, others, formatSql(q))), ...questionBlocksFor(state)])] };
    }
  }
  let spGuess: { said: string; taken: boolean } | null = null;
  if (sp && state.facts.sql) {
    const guessed = { ...state.facts.sql, sp: sp.sp, cu: sp.cu ?? state.facts.sql.cu };
    if (spGuessed !== null) spGuess = { said: formatSql(guessed), taken: servicePackGuessTaken(state.facts.sql, guessed) };
    if (!spGuess || spGuess.taken) found.sql = guessed;
  }
  // "we went to SP4", "upgraded SQL to SP4", 「SP4にしました」 after the SQL version: the service pack now
  // installed replaces the one known (its build is no longer the one pasted).
  const spDone = !sp && text && !ev && state.facts.sql && found.sql === undefined ? servicePackDone(text) : null;
  if (spDone !== null && state.facts.sql) {
    const q = state.facts.sql;
    // "SP3 applied, 12.0.6024.0", 「SP3 適用しました。12.0.6024.0 です」: the build said with it, when it is that release's
    // build of that service pack, is kept too (another release's or service pack's build is not guessed at).
    const b = spBuildWith(text, q, spDone);
    found.sql = b ?? { ...q, sp: spDone, cu: null, build: null, raw: `${q.year}${q.r2 ? ' R2' : ''} SP${spDone}` };
  }
  // "same server", "it's on a separate box", 「別サーバです」 once the SQL version is known and where it
  // runs is not: SQL is the only thing here that has a place, so a short statement that gives
  // nothing but a place says where SQL runs (a question about it, "what if SQL is remote?", does not).
  // ("we moved the TMS server to 2019 last week", 「TMS サーバを 2019 に移行しました／移行する予定です」: the TMS server moved, or to be
  // moved, onto a Windows release; its "TMS server" is no place of SQL and its year no SQL answer; left-c #2.)
  const tmsMove = !!text && !ev && tmsMoveToYearSaid(nfkc(text));
  if (
    text &&
    !ev &&
    !sp &&
    !tmsMove &&
    // (Or the SQL version skipped, "SQL unknown", with its place not said: SQL is still the one thing with a place here, whichever
    // question is open; "why do you need SQL?" then "it's on a separate server" was not understood, QA63 #13.)
    (state.facts.sql || (state.facts.sqlLocation === undefined && !!state.skipped?.includes('need-sql-version'))) &&
    // (once it is known, only as a correction: "sorry, not local but remote", 「いや、別サーバでした」)
    // (the "not" must be about a place: "I set Medium-High on node 1, node 2 not yet" corrects nothing; REV24 #7.)
    (state.facts.sqlLocation === undefined || CORRECTION_START.test(text) || PLACE_NOT.test(text)) &&
    // ("same box as TMS, 2012 R2": the Windows release beside the place.)
    Object.keys(found).every((k) => k === 'windows') &&
    text.length <= 160 &&
    !endsAsQuestion(text) &&
    !namesAskedValues(ex) &&
    // ("the GPO is for another OU, not the TMS server": the GPO's place, not SQL's.)
    !placeOfOtherSubject(text) &&
    // ("Medium-High not tried yet on node 2": the level's node, not SQL's, REV33 #5.)
    !placeOfOtherTopic(text)
  ) {
    // (A pasted probe line, "… (TLS 1.2 enabled on the TMS server) it can.", says nothing of where SQL runs: QA43 #2.)
    // (Nor the place of a plan or a step beside it: "…; we plan to move it to a separate server later", REV34 #6.)
    const place = parseSqlPlace(maskProbeOutput(withoutOtherTopicPlaces(text)));
    if (place.location) found.sqlLocation = place.location;
    if (place.onNode) found.sqlOnNode = true;
  }
  // "there is also a second instance on the TMS server", 「TMS サーバー上にも SQL のインスタンスがあります」 with SQL on record as
  // remote (FIX20C #1): another instance, not a correction of the remote one. Which of them holds tmsng is asked, not guessed:
  // the remote place and its release stay; a release named here is the second instance's (its caveat is said in the note).
  const secondPart = text && !ev && state.facts.sqlLocation === 'remote' && !CORRECTION_START.test(text) ? secondInstancePart(text) : null;
  // A release named with it ("does SQL 2012 need anything? we have a second instance on the TMS server", FIX19C) is the second
  // instance's, unless another part of the message says it of the remote one ("SQL 2014 SP1 is remote; the TMS server also
  // runs a SQLEXPRESS instance"). The instance on the TMS server with its release is what the SQL caveats are about: it is
  // stored (the safe side: its caveat stays in the answer); with no release for it, the remote place and release stay.
  const remoteElsewhere = secondPart !== null && !!found.sql && parseSqlLocation(text.normalize('NFKC').replace(secondPart, ' ')) === 'remote';
  const secondOwn = secondPart !== null && !!found.sql && !remoteElsewhere;
  const secondSql = secondPart !== null ? { sql: secondOwn ? found.sql : undefined } : null;
  if (secondSql) {
    delete found.sqlOnNode;
    if (secondOwn) found.sqlLocation = 'local';
    else delete found.sqlLocation;
  }
  // "tmsng is on the TMS server instance", "the TMS database is on the separate server": which instance TMS uses. On the TMS
  // server's, with the remote place on record, the release on record was said of the separate server: it no longer holds.
  const tmsngAt = text && !ev && !secondSql && state.facts.sqlLocation === 'remote' && found.sqlLocation === undefined ? tmsngPlaceIn(text) : null;
  const tmsngLocal = tmsngAt === 'local' ? { before: state.facts.sql } : null;
  if (tmsngLocal) found.sqlLocation = 'local';
  // "sorry it's 11.0.6518", 「11.0.5058 でした」, "build 10.50.6000": a SQL Server build. After SQL was
  // discussed (a SQL version known, its question open) or said as a "build", it is the SQL build (its
  // service pack and TLS 1.2 support follow from the build table); with no such context it could be a
  // RoomOS release too, so it is asked (below), not guessed. The endpoint question open keeps it its answer.
  const sqlBuild = text && !ev && !denies && !askedOther && pendingField !== 'endpoint' && Object.keys(found).length === 0 ? bareSqlBuild(text) : null;
  let whichBuild: BareSqlBuild | null = null;
  if (sqlBuild) {
    if (sqlBuild.saysBuild || pendingField === 'sql' || state.facts.sql !== undefined || !parseEndpoint(sqlBuild.build).ok) {
      found.sql = sqlBuild.sql;
      bare = { field: 'sql', text: sqlBuild.build };
    } else whichBuild = sqlBuild;
  }
  // "sorry, it's 15.2.3" with nothing asked: a bare version. When only TMS or only the endpoints fit it
  // ("9.15.3" is no TMS release), it is that one; when both do, it is asked (below), not guessed.
  // (Also while only the level is asked: "no, it's 15.13" is no level.)
  const bareVersion = text && !ev && !denies && !sqlBuild && (!pendingField || pendingField === 'level') && Object.keys(found).length === 0 ? BARE_VERSION.exec(text.normalize('NFKC')) : null;
  let whichVersion: string | null = null;
  let tmsConfirmed: string | null = null;
  if (bareVersion) {
    const asTms = parseTms(bareVersion[1]);
    const asEndpoint = parseEndpoint(bareVersion[1]);
    // (「15.13」 with TMS 15.13 and TC 7.3.21 known: the TMS release said again, which cannot be a TC release.)
    const known = state.facts.endpoint;
    if (asTms.ok && asEndpoint.ok && state.facts.tms?.semver === asTms.value.semver && known && known.family !== asEndpoint.value.family) tmsConfirmed = bareVersion[1];
    else if (asTms.ok && asEndpoint.ok) whichVersion = bareVersion[1];
    else if (asTms.ok) found.tms = asTms.value;
    else if (asEndpoint.ok) found.endpoint = asEndpoint.value;
  }
  // "upgraded to 15.9, what next?", 「15.9にアップグレードしました」 with TMS 14.x on record: the new TMS release (QA round 27 W1).
  if (text && !ev && !denies && Object.keys(found).length === 0) {
    const upgraded = tmsUpgradedTo(text, state.facts.tms);
    if (upgraded) found.tms = upgraded;
  }
  // "it was actually High in TMS Tools", 「TMS Tools で High になっていました」: the level (most often correcting
  // the one said before), not a failed answer to another open question.
  if (text && !ev && Object.keys(found).length === 0) {
    const said = highOrLowSaid(text);
    if (said) found.level = said;
  }
  // "never touched it", 「いじってないです」 while the level question is open: left at TMS's default, Medium.
  if (text && !ev && pendingField === 'level' && found.level === undefined && untouchedAnswer(answerText)) found.level = 'medium';
  // "Windows 2012 R2? or was it 2016": the message itself offers the open field as alternatives.
  const doubted = problems.some((p) => p.alternatives && p.field === pendingField);
  // "the other node says Low" while the level question is open: one node's level, not the TMS's (set per node).
  const oneNode = pendingField === 'level' && !!text && namesOneNode(answerText);
  // "will Medium-High slow down TMS?", "does High need certificates?" while the level question is open:
  // a question about a level, not the level that is set ("Medium-High?" alone still answers, unsure).
  // ("Done on the lab TMS: keys, Medium-High, reboot", "we set Medium-High on the lab TMS", "should I set Medium-High and reboot?" while
  // the level question is open: the steps as a plan, a question or another server's name no level of this TMS; FIX20A.)
  const aboutLevel = pendingField === 'level' && !!text && (asksAboutLevel(answerText) || (/medium[\s-]?high|ミディアムハイ/i.test(text) && stepListFramedIn(nfkc(text).toLowerCase()) !== null));
  // "no wait, the rebuild was actually 2022 not 2025", 「あ、違う、やっぱり2008 R2です」: a bare value that
  // corrects a known field (the one holding the value replaced, or the one it held just before), even
  // while another question is open.
  const corrected = text && !ev && !sp && !denies && Object.keys(found).length === 0 ? knownFieldCorrected(state, text, pendingField) : null;
  const fixed = corrected && 'field' in corrected ? corrected : null;
  /** A bare year that corrects SQL Server or Windows, either of them (asked below, with whichProduct). */
  const whichCorrected = corrected && 'ambiguous' in corrected ? corrected.ambiguous : null;
  // (「以前はTC 7.3.3で問題ありませんでした」: a release said as the past corrects nothing; it is noted below.)
  const pastFixed = fixed?.field === 'endpoint' && !!text && pastReleaseSaid(text, fixed.value as NonNullable<Facts['endpoint']>) ? (fixed.value as NonNullable<Facts['endpoint']>) : null;
  if (fixed && !pastFixed) {
    (found as Record<string, unknown>)[fixed.field] = fixed.value;
    bare = { field: fixed.field, text: fixed.text };
  }
  // ("the other TMS is 14.6" while the SQL question is open: another server's release answers nothing of this one's; nor
  // does "the other TMS 15.13 works", a server said to work.)
  const otherServer = (found.otherTms !== undefined || found.workingTms !== undefined) && found.tms === undefined;
  /** The open question's "I could not find …" problem, when that is what this message gave (TurnResult.missedAnswer). */
  let missed: ParseProblem | undefined;
  // ("the domain controller is a 2016 server", "the 2016 server hosts SQL", 「2016サーバーでSQLが動いています」 while the SQL or
  // Windows question is open: a machine's Windows release, not SQL's, and of the TMS server only when the text says so.)
  const hostOfOther = !!text && (pendingField === 'sql' || pendingField === 'windows') && hostYearNotTms(text, pendingField);
  // ("we're on 2008 R2" while the SQL question is open and Windows is unknown: most likely Windows; asked which, below.)
  // ("we migrated from Windows 2008 R2 last year" while another question is open: the release left behind answers nothing; QA51 #2.)
  const leftBehind = !!text && !negatesChange(text) && !changeNotDone(text) && namesReleaseLeftBehind(text);
  // ("we haven't upgraded to CE 9.15 yet", 「CE 9.15 にはまだ上げません」 while the endpoint question is open: a release not run yet
  // answers nothing; readers-c #3.)
  const notRunYet = !!text && pendingField === 'endpoint' && found.endpoint === undefined && saysReleaseNotYet(text);
  const platformYear = !!text && pendingField === 'sql' && !state.facts.windows && Object.keys(found).length === 0 ? platformYearIn(text) : null;
  // ("our old TMS server was 2008 R2, the new one is 2016" while the SQL question is open: the servers' Windows, read by
  // server-replaced.ts, not a SQL answer; left-a #2.)
  const serversWindows = !!text && !ev && replacedServerWindows(text) !== null;
  if (text && !ev && !sp && !fixed && !whichCorrected && !platformYear && !denies && !askedOther && !doubted && !oneNode && !aboutLevel && !otherServer && !hostOfOther && !leftBehind && !notRunYet && !serversWindows && !tmsMove && pendingField && found[pendingField] === undefined) {
    ({ problems, bare, missed } = readBareAnswer(state, ex, found, problems, bare, answerText, pendingField, pendingCode, !!quoted, versionFields.length, hardeningUndone));
  }
  // No question open: a short correction with a bare value ("no, 2014 SP1", "sorry, it's 15.2.1")
  // corrects the one known field it reads as (with a service pack, SQL Server's; see above).
  if (text && !ev && !sp && !denies && !pendingField && Object.keys(found).length === 0 && text.length <= 120 && CORRECTION_START.test(text)) {
    bare = correctedKnownField(state, text, found) ?? bare;
  }

  const before = state.facts;
  // "I think it's Medium, not sure", 「たぶんMediumのまま」: a guessed Medium is the default the answer already
  // assumes, kept as that assumption (not a level read in TMS Tools), and said so (QA round 16 #15e).
  // "Medium or Medium-High, not sure which", 「Medium か Medium-High か分かりません」: two levels as alternatives, neither recorded
  // (QA61 #1); said, with where to look. (Only when the level read is one of them.)
  const eitherLevels = !!text && !ev && found.level !== undefined ? levelEitherOr(text) : null;
  const levelEither = eitherLevels?.includes(found.level!) ? eitherLevels : null;
  const hedged = !!text && !ev && !levelEither && found.level === 'medium' && hedgedMedium(text);
  if (hedged) delete found.level;
  // "I'm thinking it's Medium-High", "probably High", "Medium-High (unverified)", 「たぶん Medium-High（未確認）」: a guessed raised
  // level is not recorded, whether a level is held or not (REV24 #3; QA61 #1: recorded, it dropped the Medium-High step and said
  // the level was not what blocks it, while TMS may be at its default, Medium). A level held stays; said, with where to look.
  const raisedHedged =
    !!text && !ev && (!!levelEither || ((found.level === 'medium-high' || found.level === 'high') && state.facts.level !== found.level && hedgedRaisedLevel(text, found.level)));
  const raisedGuess = raisedHedged ? (levelEither ?? [found.level!]) : undefined;
  if (raisedHedged) delete found.level;
  // "maybe SQL is on another box, not sure", 「SQL は別サーバーかもしれません」 (QA49 F4): a guessed remote place is not stored (the
  // SQL caveats stay, conditional); said, with how to check. (A place already on record as remote stays as it is.)
  // ("SQL might be on the TMS server or a separate one", 「SQL は別サーバーか TMS サーバー上のどちらかです」: either place, neither
  // stored, REV21-a #2.)
  const placeHedged = !!text && !ev && ((found.sqlLocation === 'remote' && sqlRemoteHedged(text)) || (found.sqlLocation !== undefined && sqlPlaceEitherOr(text)));
  if (placeHedged) delete found.sqlLocation;
  const placeHedgedNote = placeHedged && before.sqlLocation !== 'remote';
  // "I think prod is 14.6", "I think TMS is 14.6", "TMS 14.6 probably" (FIX62A #2): a guessed TMS release never replaces the one held
  // (as a guessed level does not); with none held it is taken, and said so, with where to check. The one policy for guessed values:
  // a guess is no correction of a fact given before. (A level guessed with none held stays unrecorded: its default, Medium, is the
  // safe assumption, level-hedge.ts; a TMS release has no such default.)
  const tmsGuess =
    !!text && !ev && found.tms !== undefined && before.tms?.semver !== found.tms.semver && releaseHedgedStrict(text, found.tms.raw.replace(/^[^\d]*/, '')) ? found.tms : null;
  if (tmsGuess && before.tms) found.tms = before.tms;
  // Versions named in a question fill fields with no value yet; against the user's own they are a case.
  const { fill, cases } = askedValues(ex, before, found);
  Object.assign(found, fill);
  // What the user says about the server's protocols: a value change after the keys were read off, and what adds up over the conversation.
  mergeTlsClaims(text, !!ev, before, found);
  // Another symptom named once "No HTTPS response" was said in this conversation ("Also the MCU shows No
  // SNMP response", "…: Authentication failed in the event log. Is that related?"), or SNMP/Telnet trouble
  // with the level at Medium-High (the fix's known cost): answered on the side; the diagnosis stands.
  // Only "…, not No HTTPS response" withdraws it.
  const aside = sideSymptom(state, ex, text, before, found);
  // "the tc7.3.3 ones work fine, only the ce ones fail", 「TC7.3.3の端末は問題なし、CEのだけ…」 (QA round 20 #2): a release
  // said to work, whether read as a fact or as a bare version, does not replace the endpoint held (the ones that fail);
  // both become groups. When the endpoint held is the one said to work, it is dropped: which release the failing ones
  // run is asked.
  // "TC 7.3.3 is OK." after failing CE 9.15 endpoints (R45A): a release said to work on its own is not the failing ones'.
  const working =
    ex.workingEndpoints ??
    (text && !ev && RELEASE_NAMED.test(text) ? workingOnlyIn(text) ?? workingBesideHeldIn(text, before.endpoint) : null);
  const heldVsWorking = working?.length ? heldBesideWorking(working, before, found) : null;
  // (The bare answer was that working release: it answers nothing.)
  if (heldVsWorking && bare?.field === 'endpoint') bare = undefined;
  const workingMixed = heldVsWorking ? heldVsWorking.mixed : null;
  const heldWorks = !!heldVsWorking?.heldWorks;
  // "SQL 2014 SP4 on the TMS server" (QA63 #3): a service pack the release does not have is not recorded (a release that does not
  // exist would drop the build check): the release is kept without it (or as held), said so first, with what to send.
  let noSuchSp: Block | null = null;
  if (found.sql && found.sql.sp !== null && found.sql.sp > 0 && !found.sql.build) {
    const q = found.sql;
    const last = sqlLastServicePack(q.year, q.r2);
    if (last !== null && q.sp! > last) {
      const name = `${q.year}${q.r2 ? ' R2' : ''}`;
      const kept = before.sql && before.sql.year === q.year && before.sql.r2 === q.r2 ? before.sql : { ...q, sp: null, cu: null, raw: name };
      found.sql = kept;
      noSuchSp = para(t.noSuchServicePack(`SQL Server ${name}`, q.sp!, last, sqlReleasesWithServicePack(q.sp!).filter((r) => r !== name), formatSql(kept)));
    }
  }
  const facts: Facts = { ...before, ...found };
  if (tmsngLocal && found.sql === undefined) delete facts.sql;
  // "TMS 15.2 redundant, two nodes tms01 and tms02": the nodes' host names, so that a step reported on one of them is that node's
  // only (node-progress.ts; QA49 F16). Named anew: the nodes done so far go with the old names.
  const nodeNames = text && !ev && /\d/.test(text) ? tmsNodeNamesIn(text) : null;
  if (nodeNames && nodeNames.join() !== (before.tmsNodes ?? []).join()) {
    facts.tmsNodes = nodeNames;
    delete facts.tmsNodesDone;
  }
  // Where SQL runs said again without a TMS node ('actually it is on a separate server'): the node said before no longer holds.
  if (found.sqlLocation !== undefined && found.sqlOnNode !== true) delete facts.sqlOnNode;
  // "SQL is running again" after SQL Server 2008 R2 without TLS 1.2 support, on the TMS server, stopped with TLS 1.0 and SSL 3.0
  // both taken as off: that build stops only when both are off (knowledge.md, KB3135244), so one of them is on again, which one
  // is not known. The "off" claims go (so does IIS Crypto's template, read as both off), and the reply says once to keep TLS 1.0 on.
  const sqlBackBothOff = !!text && !ev && sqlBackWithBothOff(before, facts);
  if (sqlBackBothOff && facts.tlsClaims) {
    const claims = { ...facts.tlsClaims };
    if (claims.tls10 === 'off') delete claims.tls10;
    if (claims.ssl3 === 'off') delete claims.ssl3;
    delete claims.iisCryptoBestPractices;
    facts.tlsClaims = claims;
  }
  if (heldWorks) {
    delete facts.endpoint;
    delete facts.endpointGroups;
  }
  // A release named anew without results replaces the groups said before ("sorry, they are all CE 9.15").
  // "SX20s are back on TC 7.3.3 now" with CE 9.15 Room Kit Minis failing too (QA round 30 W1): the TC ones work now,
  // the CE ones still fail and keep the diagnosis (partial-downgrade.ts).
  const downgrade = text && !ev && found.endpoint && !found.endpointGroups ? partialDowngrade(before.endpointGroups, found.endpoint, text) : null;
  if (downgrade) {
    facts.endpoint = downgrade.endpoint;
    facts.endpointGroups = downgrade.groups;
  } else if (found.endpoint !== undefined && found.endpointGroups === undefined) delete facts.endpointGroups;
  // Other TMS servers said now and before: this TMS is never one of them (see mergeTmsServers).
  mergeTmsServers(before, found, facts);
  if (hedged) delete facts.level;
  if (raisedHedged) {
    if (before.level !== undefined) facts.level = before.level;
    else delete facts.level;
  }
  // "the endpoints are on TC 7.3.3 too, some of them", 「一部の端末は TC 7.3.3 のままです」 (QA round 14 #6): a second group
  // beside the one that fails, not a correction. The endpoints that refuse TLS 1.0 stay the ones answered for.
  // "The endpoints were originally TC 7.3.3", 「もともとTC 7.3.3でした」: the release before their upgrade, only noted.
  const past = pastFixed ?? (text && !ev && (!bare || bare.field === 'endpoint') ? pastEndpointRelease(before, found.endpoint, text) : null);
  // ("Before the upgrade we tested on TC 7.3.6 in the lab", "Previously the SX80 was replaced, it had TC 7.3.3": a past
  // release that is not the endpoints' own is kept from the facts and says nothing of their hardware.)
  const pastTheirs = !!past && !!text && pastReleaseOfEndpoints(text, past);
  if (past) {
    if (bare?.field === 'endpoint') bare = undefined;
    // (A TC release run before says their hardware runs TC, as "it worked on TC 7.3.3 before the upgrade" does.)
    if (past.family === 'TC' && pastTheirs) facts.endpointsRanTc = true;
    if (before.endpoint) facts.endpoint = before.endpoint;
    else delete facts.endpoint;
  }
  const group = !past && text && !ev && !bare ? secondEndpointGroup(before, ex.facts, text, !heldVsWorking) : null;
  if (group) facts.endpoint = group.refusing;
  // "The C40 is on CE 8.0." after CE 9.15 failing (REV20 #12): the one unit is on the release that still accepts TLS 1.0, so its
  // model is not one of the failing units' (not kept beside CE 9.15, nor offered later as hardware to downgrade).
  const unitModels = group?.oneUnit && !group.acceptingFails ? (found.endpointModels ?? []).filter((m) => !(before.endpointModels ?? []).includes(m)) : [];
  // (The older units said to fail too: both groups kept as failing, the release answered for stays the one that refuses TLS 1.0.)
  if (group?.acceptingFails) facts.endpointGroups = [{ endpoint: group.refusing, fails: true }, { endpoint: group.accepting, fails: true }];
  // "also 3 Room Kit Pros on CE 9.15, same error" after "SX20 on TC 7.3.7 shows No HTTPS response" (R31 #4): another group
  // that fails too (a mixed fleet), not a correction ("sorry, they are on CE 9.15 not TC" still replaces). Both refuse
  // TLS 1.0, so the release held stays the one answered for; both are kept as failing groups.
  // A paste of another unit said to fail too, in the same message ("from another codec that fails too:\n*s SystemUnit Software
  // Version: …") or announced in the message before (FIX62A #1): its release is one more failing group, as the words above.
  const added = !group && !past && text && !bare ? (!ev ? addedFailingGroup(before, ex.facts, text) : pastedFailingGroup(state, before, ev.facts, text)) : null;
  if (added) {
    facts.endpoint = added.held;
    const groups = [...(before.endpointGroups ?? [{ endpoint: added.held, fails: true }]), { endpoint: added.added, fails: true }];
    facts.endpointGroups = groups.filter((g, i) => groups.findIndex((x) => x.endpoint.family === g.endpoint.family && x.endpoint.semver === g.endpoint.semver) === i).slice(0, 6);
  }
  // "hmm actually the SX20s are TC 7.3.6, my mistake" with Room Kit Pros on RoomOS 11.14 held (QA50 #7): the TC release is the
  // SX20s' (a TC-era model of a mixed fleet), not a correction of the CE-only models' release. The release held stays the one
  // answered for; when the groups' results are known, the named model's group takes the release.
  // (A change said, "we downgraded the SX20s to TC 7.3.3", is partial-downgrade.ts's, not a correction.)
  const modelFix = !downgrade && !group && !added && !past && text && !ev && !bare && found.endpoint !== undefined && !found.endpointGroups && !hasChange(text) ? modelReleaseInMixedFleet(before, found.endpoint, text) : null;
  if (modelFix && before.endpoint) {
    facts.endpoint = before.endpoint;
    const tcGroup = before.endpointGroups?.find((g) => g.endpoint.family === 'TC');
    if (before.endpointGroups?.length && tcGroup) facts.endpointGroups = before.endpointGroups.map((g) => (g === tcGroup ? { endpoint: found.endpoint!, fails: g.fails } : g));
    else if (before.endpointGroups?.length) facts.endpointGroups = before.endpointGroups;
  }
  // "endpoints are actually CE 9.15.3 and TC 7.3.6", 「エンドポイントは実は CE 9.15.3 と TC 7.3.6 です」 (QA round 33 F7): a mixed
  // fleet restated, every release refusing TLS 1.0 — not TC 7.3.6 replacing CE 9.15.3. The release held stays the one
  // answered for when listed; the releases are kept as groups (failing, as the case is about them failing), as a ticket
  // naming both with their failure is.
  const restated = !group && !added && !modelFix && !past && text && !ev && !bare && found.endpoint !== undefined && !found.endpointGroups ? restatedFleet(before, text) : null;
  if (restated) {
    facts.endpoint = restated.answered;
    if (facts.endpointsFail || before.endpointsFail) facts.endpointGroups = restated.list.slice(0, 6).map((e) => ({ endpoint: e, fails: true }));
  }
  // "The C40 works, it is on CE 8.0 too", 「C40 は正常で、これも TC 7.3.3 です」 after CE 9.15 failing (FIX19A, QA46 R1): a working
  // unit on ANOTHER release is what the cause predicts when it still accepts TLS 1.0, never "the same release works". The reading
  // holds only when the release it names is the failing units' (a partial "CE 9" beside "CE 9.15" is not taken as the same).
  // "Medium-High worked for the SX20s, not the MX300 on TC 7.3.21" with the fleet held on that one release (FIX60A #6): TMS reaches
  // units on the failing one's release, so that unit is where to look. (Releases that differ or are unknown: nothing read here.)
  const raisedSome = text && !before.sameReleaseWorks && before.endpoint && !before.endpointGroups ? raisedWorksForSomeIn(text) : null;
  if (raisedSome && before.endpoint && sameReleaseAs(raisedSome, before.endpoint) && (!found.endpoint || sameReleaseAs(raisedSome, found.endpoint))) facts.sameReleaseWorks = true;
  if (found.sameReleaseWorks && !before.sameReleaseWorks && text && facts.endpoint) {
    const said = sameReleaseWorksSaid(text);
    if (said?.release && !sameReleaseAs(said.release, facts.endpoint)) delete facts.sameReleaseWorks;
  }
  // "We rebooted the TMS server this morning for patches, that's when we noticed", "… after reboot — wait, I
  // haven't changed anything yet": a restart with no change to the level or the protocols before it is
  // context, not "restarted since the change".
  if (found.tlsClaims?.restarted === true && before.tlsClaims?.restarted !== true && (!changeKnown(facts) || (!!text && NOTHING_CHANGED.test(text)))) {
    const claims = { ...facts.tlsClaims };
    delete claims.restarted;
    if (Object.keys(claims).length) facts.tlsClaims = claims;
    else delete facts.tlsClaims;
  }
  // The level stated anew ("it's High", "actually still Medium") replaces the one a step said raised.
  if (found.level !== undefined && facts.tlsClaims?.levelRaised && found.tlsClaims?.levelRaised === undefined) {
    const claims = { ...facts.tlsClaims };
    delete claims.levelRaised;
    if (Object.keys(claims).length) facts.tlsClaims = claims;
    else delete facts.tlsClaims;
  }
  // "TMS is not 15.2.1", 「TMS は 15.2.1 ではありません」 with no other value: the value said not to be is
  // no longer used, and its question is asked again (never kept silently).
  for (const [f, v] of Object.entries(ex.negated ?? {}) as [(typeof FIELD_NAMES)[number], unknown][]) {
    if (!(FIELD_NAMES as readonly string[]).includes(f) || found[f] !== undefined || before[f] === undefined) continue;
    const said = formatField(f, { [f]: v } as Partial<Facts>);
    if (!said || said !== formatField(f, before)) continue;
    delete facts[f];
    problems = [...problems.filter((p) => p.field !== f), { field: f, input: said, message: { en: TEXTS.en.deniedValue(said), ja: TEXTS.ja.deniedValue(said) } }];
  }
  // "it's No HTTPS response after all", 「やはり No HTTPS response でした」: the other symptom named before goes.
  // Units that accept TLS 1.0 said to fail too, after hardening (FIX10D): kept, so the later answers lead with that check.
  const hardened = mixedSaid && text ? hardeningAllFailIn(mixedSaid, ex.facts.endpointGroups, text) : null;
  // ("even the TC 7.3.3 units fail since the GPO" after CE 9.15: the older units kept as failing after hardening, as when said at once.)
  const hardenedGroup = group?.acceptingFails && text ? hardeningAllFailIn([group.accepting, group.refusing], facts.endpointGroups, text) : null;
  // (Every unit on one release that accepts TLS 1.0 failing since a change on the TMS server, QA59 #3: the same check first.)
  const hardenedAllOld = !hardened && !hardenedGroup && !before.hardeningAllFail && text && !mixedSaid ? tmsChangeAllOldFailIn(facts, text) : null;
  const keptHardened = hardened ?? hardenedGroup ?? hardenedAllOld;
  if (keptHardened) facts.hardeningAllFail = keptHardened;
  else if (hardeningUndone) delete facts.hardeningAllFail;
  let symptomCleared = !!ex.noHttpsSaid && found.otherSymptom === undefined && before.otherSymptom !== undefined;
  // "it's not behind firewall, sorry", 「Behind Firewallを解除しました」: the mode kept for the failing system goes (of a model
  // named: when it is one the conversation holds, or none is held). "the SX20 is in Behind Firewall mode" with nothing else
  // named: kept only when the models held are exactly those named (whose mode it is is otherwise unsure: not stored).
  const heldModels = before.endpointModels ?? [];
  const bfOff = ex.behindFirewallOff;
  const bfCleared = !!bfOff && before.behindFirewall === true && (!bfOff.length || !heldModels.length || bfOff.some((m) => heldModels.includes(m)));
  if (bfCleared) delete facts.behindFirewall;
  const bfNamed = ex.behindFirewallModels;
  // (With no models held yet, those this message names: "We registered the DX80 (CE 9.15) as Behind Firewall, but it shows No HTTPS
  // response" names the DX80 alone, QA52 #4.)
  // (Only when this message says "No HTTPS response" is seen: "MX300はBehind Firewallモードです" alone does not say it is the failing one.)
  // (readers-d #3: "the MX700 is Behind Firewall and fails" says the system fails as "No HTTPS response" does; a statement, not a question.)
  const failingSaid = !!ex.noHttpsSaid || (!!text && BF_FAILS_SAID.test(text) && !/[?？]/.test(text));
  const bfModelsOf = heldModels.length ? heldModels : failingSaid ? (found.endpointModels ?? []) : [];
  // ("the MX700 is Behind Firewall …", then "the SX80 is also Behind Firewall …": the models said so far, together, readers-d #3.)
  const bfAll = bfNamed ? [...new Set([...(before.behindFirewallNamed ?? []), ...bfNamed])] : [];
  const bfSet = !!bfNamed && !facts.behindFirewall && bfModelsOf.length > 0 && bfNamed.every((m) => bfModelsOf.includes(m)) && bfModelsOf.every((m) => bfAll.includes(m));
  if (bfSet) facts.behindFirewall = true;
  // (Kept only while it is part of the failing models held: then a later message may name the rest.)
  const bfPartial = !!bfNamed?.length && !bfCleared && !facts.behindFirewall && bfModelsOf.length > 1 && bfAll.every((m) => bfModelsOf.includes(m));
  if (bfPartial) facts.behindFirewallNamed = bfAll.slice(0, 8);
  else if (facts.behindFirewall || bfCleared) delete facts.behindFirewallNamed;
  if (symptomCleared) delete facts.otherSymptom;
  // Products TMS also manages add up over the conversation ("we also have a Conductor").
  if (found.otherProducts && before.otherProducts) facts.otherProducts = [...new Set([...before.otherProducts, ...found.otherProducts])];
  // So do the endpoint models and the Telnet/SNMP systems named ("SX80 … and we also have an MX700").
  if (found.endpointModels && before.endpointModels) facts.endpointModels = [...new Set([...before.endpointModels, ...found.endpointModels])];
  // …except a correction of them: "sorry, I meant SX20s, not Room Kit" drops the Room Kit Plus held; "I meant SX20s" puts the
  // models named in place of those held (model-denied.ts, QA63 #7).
  let modelsFixed: { now: string[]; dropped: string[] } | null = null;
  if (text && before.endpointModels?.length) {
    const denied = modelsDeniedIn(text);
    const meant = !!found.endpointModels?.length && modelsMeantIn(text);
    const kept = meant ? [...found.endpointModels!] : (facts.endpointModels ?? []).filter((m) => !modelDenied(m, denied));
    if (meant || kept.length !== (facts.endpointModels ?? []).length) {
      if (kept.length) facts.endpointModels = kept;
      else delete facts.endpointModels;
      const dropped = before.endpointModels.filter((m) => !kept.includes(m));
      if (dropped.length && kept.length) modelsFixed = { now: kept, dropped };
    }
  }
  if (unitModels.length) {
    const kept = (facts.endpointModels ?? []).filter((m) => !unitModels.includes(m));
    if (kept.length) facts.endpointModels = kept;
    else delete facts.endpointModels;
  }
  if (found.telnetSystems && before.telnetSystems) facts.telnetSystems = [...new Set([...before.telnetSystems, ...found.telnetSystems])];
  // A value now offered as one of two alternatives ("TC 7.3.3 or CE 9.15, not sure which") is no
  // longer known: the earlier one goes, and the question is asked.
  for (const p of problems) if (p.alternatives && found[p.field] === undefined) delete facts[p.field];
  // The observations join the evidence the diagnosis reads (and say what they confirm or contradict).
  // ("No HTTPS response" in a chat message is the symptom being described, not evidence.)
  const kept = ev ? ev.observations.filter((o) => o.code !== 'tms-no-https-response') : [];
  if (ev && kept.length) facts.evidence = withPaste(before.evidence, { ...ev, observations: kept });
  // A later paste of the TLS 1.2\Client key that reads it otherwise (QA60 #3): the later one, or the one said to be the right one, wins.
  const reread = text && ev ? tls12ClientReread(before, facts, kept, text) : null;
  // Pasted observations a later statement undoes (TLS 1.2 keys fixed, TLS 1.0 re-enabled) go.
  dropUndoneObservations(before, facts, kept);
  // "keys are fine", then a paste that shows TLS 1.2\Client off: the output wins over the claim, said once (QA58 #7).
  const claimOverridden = keysClaimOverridden(before, found, kept);
  if (claimOverridden) {
    const claims = { ...facts.tlsClaims };
    delete claims.tls12;
    delete claims.keysChanged;
    if (Object.keys(claims).length) facts.tlsClaims = claims;
    else delete facts.tlsClaims;
  }
  // A TLS 1.0 ClientHello answered with a reset, now in the evidence: this problem shows, whatever label was named.
  if (ev && facts.otherSymptom !== undefined && found.otherSymptom === undefined && helloResetSeen(facts.evidence?.observations)) {
    delete facts.otherSymptom;
    symptomCleared = true;
  }
  // SQL Server said down, up again, or stopped for a cause that is not TLS.
  sqlOutageClaims(text, !!ev, found, facts, kept);
  // A new SQL version without a location keeps the old location; a location alone keeps the version.
  // Someone else gives another value, without a correction word, a change or a time word ("Tom: TMS is
  // 15.13", "Maria says the level is Medium" after "TMS 15.2.1" from the ticket): both were given; say
  // which one is used now. ("Kenji: no Dave, it says Medium": a correction after the speaker's name is one.)
  const conflict =
    !!text &&
    !ev &&
    !moved &&
    !fixed &&
    !sp &&
    !spDone &&
    (SPEAKER.test(text) || SAYS.test(text)) &&
    !CORRECTION.test(text) &&
    !/(?<![a-z])not\s|ではなく|じゃなく/i.test(text) &&
    !CORRECTION_START.test(text.replace(SPEAKER, '')) &&
    !hasChange(text) &&
    !CHANGE_WORD.test(text);
  const changed = conflict ? twoValuesNote(before, facts, lang) : diffFacts(before, facts, lang);
  const anyNew = Object.keys(found).length > 0 || !!spGuess || symptomCleared || bfCleared || bfSet || (hardeningUndone && !facts.hardeningAllFail) || !!aside || hedged || raisedHedged || placeHedgedNote || !!ex.othersOverHttp || !!ex.httpSubjectUnclear;
  // "Codecs: unknown", "SQL は不明": a field nobody knows is skipped like an "I don't know" answer
  // (its safe assumption is said in the answer); a value given for it still wins.
  const unknown = text ? unknownFields(text).filter((f) => found[f] === undefined && before[f] === undefined).map((f) => FIELDS[f].question) : [];
  // (A guessed Medium answers the level question as far as it can be answered: it is not asked again.)
  // (Nor a guessed raised level, or two levels given as alternatives, with no level held: the note below asks where to look, QA61 #1.)
  if (hedged || (raisedGuess && before.level === undefined)) unknown.push(FIELDS.level.question);
  const s = next(state, unknown.length ? { facts, skipped: [...new Set([...(state.skipped ?? []), ...unknown])] } : { facts });
  if (ex.noHttpsSaid) s.noHttpsSeen = true;
  // "No HTTPS response" said again after "it works now": the case is not fixed any more (QA49 F9).
  if (ex.noHttpsSaid && s.facts.tlsClaims?.worksNow) {
    const claims = { ...s.facts.tlsClaims };
    delete claims.worksNow;
    // (It worked at Medium-High: TLS 1.2 and the Windows side are proven, as in reopen.ts: QA58 #15.)
    if (before.level === 'medium-high') claims.workedAtMediumHigh = true;
    s.facts = { ...s.facts };
    if (Object.keys(claims).length) s.facts.tlsClaims = claims;
    else delete s.facts.tlsClaims;
  }
  else if (ex.noHttpsDenied) delete s.noHttpsSeen;
  if (bare) s.lastAnswer = bare;
  else delete s.lastAnswer;
  const offered = problems.find((p) => p.alternatives && p.offered)?.offered;
  if (offered) s.offered = offered;
  else delete s.offered;
  // "Which server runs TMS now?" asked: "the new one" next answers it (left-a #2).
  const serverAsked = problems.find((p) => p.serverAsked)?.serverAsked;
  if (serverAsked) s.serverAsked = serverAsked;
  else delete s.serverAsked;
  // The values this message replaced, for "no, same as before" next (same-as-before.ts).
  const replaced = replacedValues(before, facts);
  if (replaced) s.earlier = replaced;
  else delete s.earlier;

  const pre: Block[] = moved ? [moved.note] : [];
  if (spGuess) pre.push(para(spGuess.taken ? t.spGuessTaken(spGuess.said) : t.spGuessNotTaken(spGuess.said)));
  if (noSuchSp) pre.push(noSuchSp);
  if (placeHedgedNote) pre.push(para(t.sqlPlaceHedged));
  // "Medium-High reverted to Medium", 「Medium に戻っていました」: recorded as the level now; why it went back is checked first (REV24 #4).
  const raisedBefore = before.level === 'medium-high' || before.level === 'high';
  if (!!text && !ev && raisedBefore && (facts.level === 'medium' || facts.level === 'low') && levelRevertedItself(text)) {
    pre.push(para(t.levelReverted(before.level === 'high' ? 'High' : 'Medium-High', facts.level === 'low' ? 'Low' : 'Medium')));
  }
  if (raisedGuess) {
    // With no level held, the note keeps the step that sets Medium-High: it advises the change, so it is marked (the
    // Telnet/SNMP caveat, telnet-pointer.ts). With a level held it only reads the guess back.
    const held = formatField('level', before) ?? null;
    const note = para(t.levelRaisedHedged(raisedGuess.map((l) => formatField('level', { level: l })!), held));
    pre.push(held ? note : advisingBlock(note));
  }
  if (hedged) pre.push(para(t.levelHedged(before.level !== undefined && before.level !== 'medium' ? formatField('level', before) ?? null : null)));
  if (tmsGuess) {
    const held = before.tms ? formatTms(before.tms) : null;
    // (Whether the answer turns on it: TMS 15 and later are fixed in place, a TMS before 15 is not.)
    const matters = !before.tms || tmsCanBeFixedInPlace(before.tms) !== tmsCanBeFixedInPlace(tmsGuess);
    pre.push(para(t.tmsHedged(formatTms(tmsGuess), held, matters)));
  }
  // "I think the SX20s are still on CE 8.0.1, not sure", 「SX20 は CE 8.0.1 だったかも」: a guessed release that still accepts
  // TLS 1.0 decides "not this problem"; the answer is said as conditional on it, with how to check (QA49 F19).
  const guessedRelease = !!text && !ev && found.endpoint !== undefined && facts.endpoint?.semver === found.endpoint.semver && !endpointRefusesTls10(facts.endpoint);
  if (guessedRelease && releaseHedged(text, facts.endpoint!.raw.replace(/^[^\d]*/, ''))) pre.push(para(t.endpointHedged(formatEndpoint(facts.endpoint!))));
  // ("7.3.6" answering the endpoint question after "we also have a Polycom": read as TC, and said so with what to say if it is the
  // Polycom's; REV37 #9.)
  if (bare?.field === 'endpoint' && found.endpoint?.family === 'TC' && tcOverNamedPolycom(answerText, before)) pre.push(para(tcOverPolycomNote(formatEndpoint(found.endpoint))[lang]));
  // A build that settles SQL where the answer before asked to install or check ("sorry it's 11.0.6518"
  // after 11.0.6020): say that SQL needs nothing now (the answer below no longer names it).
  const ready = sqlBuild && found.sql && before.sql && SQL_READY.includes(sqlTlsStatus(found.sql).kind) && !SQL_READY.includes(sqlTlsStatus(before.sql).kind) ? [para(t.sqlBuildReady(formatSql(found.sql)))] : [];
  // sqlcmd aimed at an instance on the machine where it ran, while SQL is said to run on another server (QA round 29 §3).
  const sqlcmdHere = ev && facts.sqlLocation === 'remote' ? ev.observations.find((o) => o.code === 'sql-no-answer' && o.subject?.startsWith('sqlcmd')) : undefined;
  if (ev) {
    // (An endpoint's self-signed or expired certificate matters at High only: with another level said, it is not listed; QA52 #1.)
    const certQuiet = facts.level !== undefined && facts.level !== 'high';
    const certsShown = certQuiet ? { ...ev, observations: ev.observations.filter((o) => o.code !== 'endpoint-cert-untrusted') } : ev;
    // (A deleted Schannel key's note for the Windows release known, not every release's: rev63 #8.)
    const shownEv = facts.windows ? { ...certsShown, observations: keyDeletedForWindows(certsShown.observations, facts.windows) } : certsShown;
    const lines = evidenceLines(shownEv, lang, diagnose(facts).findings);
    const here = sqlcmdHere ? sqlcmdHere.detail[lang] : null;
    const shown = here ? lines.map((l) => (l === here ? sqlcmdLocalWhileRemote(sqlcmdHere!.subject!)[lang] : l)) : lines;
    // (A line whose reader marked it as advising Medium-High marks the list, src/domain/advises.ts: "once TMS offers TLS 1.2
    // (Medium-High) it can connect to it"; not a tool's "accepts TLS 1.2, which TMS offers at Medium-High", a reading only.)
    const advising = shownEv.observations.some((o) => anyAdvising([o.detail]) && shown.includes(o.detail[lang]));
    const list: Block = { type: 'bullets', items: shown };
    if (shown.length) pre.push(para(t.fromPaste), advising ? advisingBlock(list) : list);
    if (claimOverridden) pre.push(para(KEYS_CLAIM_OVERRIDDEN[lang]));
    if (reread) pre.push(para(reread.asked ? TLS12_REREAD.ask[lang](reread.was[lang], reread.now[lang]) : TLS12_REREAD.right[lang]));
  }
  // (The result said for each release decides the line: "TC 7.3.3 and CE 9.15 both fail", "TC 7.3.3 fails and CE 9.15 works".)
  // (After hardening with the answer given now, its first finding says the same: not twice.)
  const hardenedInAnswer = !!hardened && ((d) => !d.questions.some((q) => q.required) && d.findings.some((f) => f.code === 'hardening-tls10-client-suspected'))(diagnoseState(s));
  if (mixedSaid) {
    if (!hardenedInAnswer) pre.push(mixedEndpointsNoteBlock(mixedSaid, ex.facts.endpointGroups, lang, text, facts.level));
  }
  else if (workingMixed) pre.push(mixedEndpointsNoteBlock(workingMixed, facts.endpointGroups, lang));
  else if (working?.length && !facts.endpoint) {
    const names = working.map((g) => formatEndpoint(g.endpoint));
    pre.push(para(t.workingRelease(names.join(lang === 'ja' ? '、' : ', '), working.every((g) => !endpointRefusesTls10(g.endpoint)))));
  }
  // "we downgraded the SX20s to TC 7.3.3" with Room Kits on CE 9.15.3 failing too: which are out of the problem, which still
  // need TMS to offer TLS 1.2 (R50A; before, "That does not change my previous answer" on TMS 15), after the update line.
  const downgradeNote: Block[] = [];
  if (downgrade) {
    const to = downgrade.groups.find((g) => !g.fails && g.endpoint.family === 'TC');
    if (to) downgradeNote.push(para(partialDowngradeNote(to.endpoint, downgrade.endpoint, facts.tms ? tmsCanBeFixedInPlace(facts.tms) : undefined, (facts.endpointModels ?? []).filter(isCeOnlyModel))[lang]));
  }
  // On TMS before 15 there is no fix on the TMS server: the note says what helps both groups there (R54).
  if (modelFix && before.endpoint && found.endpoint) pre.push(para(t.modelRelease(modelFix.join(lang === 'ja' ? '、' : ', '), formatEndpoint(found.endpoint), formatEndpoint(before.endpoint), endpointRefusesTls10(found.endpoint))));
  if (added) pre.push(para(t.alsoFailing(formatEndpoint(added.added), formatEndpoint(added.held), facts.tms ? { name: formatTms(facts.tms), fixable: tmsCanBeFixedInPlace(facts.tms) } : null)));
  if (restated) {
    const names = restated.list.map(formatEndpoint);
    pre.push(para(t.fleetRestated(lang === 'ja' ? names.join('、') : joinAnd(names))));
  }
  if (past && pastTheirs) pre.push(para(pastReleaseNote(past, before.endpoint, lang)));
  if (modelsFixed) pre.push(para(t.modelsCorrected(modelsFixed.now.join(lang === 'ja' ? '、' : ', '), modelsFixed.dropped.join(lang === 'ja' ? '、' : ', '))));
  if (group?.acceptingFails) pre.push(mixedEndpointsNoteBlock([group.accepting, group.refusing], facts.endpointGroups, lang, text));
  // (The later line says those units keep working with TMS at Medium-High: it advises the change.)
  else if (group) pre.push(advisingBlock(para(`${t.mixedEndpoints(formatEndpoint(group.accepting), formatEndpoint(group.refusing))}${lang === 'ja' ? '' : ' '}${t.mixedLater(formatEndpoint(group.accepting))}`)));
  const quote = text ? translationNote(text) : null;
  if (quote) pre.push({ type: 'warning', title: t.problemNote, text: TRANSLATION_NOTES[quote === 'telnet-direction' ? 'telnetDirection' : 'bugId'][lang] });
  if (aside) pre.push(paraFrom(otherSymptomAside(aside.id, aside.tradeOff), lang));
  if (sqlBackBothOff && facts.sql) pre.push(para(SQL_BACK_ONE_ON[lang](formatSql(facts.sql))));
  // "we also have 2 MXPs, those are managed over http": about those devices only (facts.https untouched), said so.
  if (ex.othersOverHttp) pre.push(para(t.othersOverHttp));
  // ("The 15.13 I mentioned is the new server" above the quoted mail: its Windows/SQL/level not taken, said, QA57 #3.)
  if (ex.otherSystem) {
    const list = (['tms', 'windows', 'sql'] as const).map((k) => shownValue(k, ex.otherSystem as Facts, lang)).filter((v): v is string => !!v);
    if (ex.otherSystem.sqlLocation) list.push(ex.otherSystem.sqlLocation === 'remote' ? t.sqlRemote : t.sqlLocal);
    const lv = shownValue('level', ex.otherSystem as Facts, lang);
    if (lv) list.push(lv);
    if (list.length) pre.push(para(t.earlierWasOtherSystem(list.join(lang === 'ja' ? '、' : ' · '), null)));
  }
  if (bfCleared) pre.push(para(t.behindFirewallCleared));
  if (hardeningUndone && !facts.hardeningAllFail) pre.push(para(t.hardeningAllFailCleared));
  // "those are on http" after a message that named other devices and the failing endpoints: asked which (facts.https untouched).
  if (ex.httpSubjectUnclear) pre.push(para(t.httpWhichDevices));
  // ("should we upgrade it to TC 7.3.21?": the question is answered, not only the case's verdict listed.)
  // (A message that gives the endpoints' release and asks about another one, "TC7.3.3 now. if we upgrade codecs to CE 9.15
  // will TMS lose them?": the release asked about is the upgrade's target, though askedValues keeps no case for it.)
  const upTo = !cases.endpoint && found.endpoint ? ex.supposed?.endpoint ?? ex.asked?.endpoint : undefined;
  const upCases = upTo ? { ...cases, endpoint: upTo } : cases;
  const asCase = (text && !ev ? upgradeBlocks(facts, upCases, text, lang) : null) ?? caseBlocks(facts, cases, lang, text);
  pre.push(...asCase);
  if (secondSql) pre.push(paraFrom(secondInstanceNote(secondSql.sql ? before.sql : facts.sql, secondSql.sql), lang));
  if (tmsngLocal) pre.push(paraFrom(tmsngLocalNote(found.sql ? undefined : tmsngLocal.before), lang));
  else if (tmsngAt === 'remote') pre.push(paraFrom(tmsngRemoteNote(), lang));
  // "the HDX now shows No SNMP response" at Medium-High, and nothing else new: the side line says it is the known effect
  // of Medium-High and asks whether the systems that showed "No HTTPS response" answer now. The answer is not given
  // again as if they still failed (nobody said so).
  if (aside?.tradeOff && problems.length === 0 && !ev && asCase.length === 0 && Object.keys(found).every((k) => k === 'telnetSystems' || k === 'telnetVia' || (k === 'level' && found.level === before.level))) {
    return { state: s, replies: [reply(lang, [...pre, ...questionBlocksFor(s)])] };
  }
  // "those 3 are MXP 1700" at Medium-High or above (said, or reported done), and nothing else new: systems TMS
  // manages over Telnet/SNMP; their failing is the level's known trade-off, said so (not "does not change my answer").
  const raised = facts.level === 'medium-high' || facts.level === 'high' || !!facts.tlsClaims?.levelRaised;
  // "TMS 15.5, a Polycom HDX 9000 shows No HTTPS response after we went to medium-high" (QA36 #7): with no TC/CE endpoint
  // known, the systems named are the only failing ones: the same trade-off, and no TC/CE release is asked for them.
  // (Not when other devices are named beside them: "the MXPs and our codecs fail" still needs the codecs' release.)
  const onlyTelnetSystems =
    !facts.endpoint && !facts.endpointModels?.length && !facts.endpointGroups?.length && found.https === undefined && !!text && !OTHER_DEVICES.test(text);
  if (found.telnetSystems?.length && raised && !aside && !ex.othersOverHttp && problems.length === 0 && !ev && asCase.length === 0 && (onlyTelnetSystems || Object.keys(found).every((k) => k === 'telnetSystems' || k === 'telnetVia' || (k === 'level' && found.level === before.level)))) {
    return { state: s, replies: [reply(lang, [...pre, para(telnetSystemsAtRaisedLevel(found.telnetSystems.slice(0, 4))[lang]), ...questionBlocksFor(s)])] };
  }
  // "the MXPs fail with No HTTPS response, they are managed over HTTPS", "the ones still failing are SX80s" at Medium-High
  // or above: TMS offers TLS 1.2 to them, so not the Medium cause again, not the Telnet/SNMP trade-off: what to check on them.
  const failing = !aside && problems.length === 0 && !ev && asCase.length === 0 ? raisedFailingIn(text, before, found) : null;
  if (failing) return { state: s, replies: [reply(lang, [...pre, ...raisedFailingBlocks(failing, facts, lang), ...questionBlocksFor(s)])] };

  // Nothing but that sqlcmd note: the note alone, not the whole answer again.
  if (sqlcmdHere && !anyNew && problems.length === 0 && kept.every((o) => o.code === 'sql-no-answer')) return { state: s, replies: [reply(lang, [...pre, ...questionBlocksFor(s)])] };
  if (!anyNew && problems.length === 0 && ev) return respond(s, pre, [], true, before);
  // (The second instance, or tmsng said to stay on the separate server: the note, then the open question.)
  if (!anyNew && problems.length === 0 && (secondSql || tmsngAt === 'remote')) return { state: s, replies: [reply(lang, [...pre, ...questionBlocksFor(s)])] };
  if (!anyNew && problems.length === 0 && asCase.length) {
    // Only a question about another case: the facts stay, the open (or first needed) question follows.
    const open = questionBlocksFor(s);
    const first = open.length ? null : diagnoseState(s).questions.find((q) => q.required);
    if (first) return { state: { ...s, pending: first.code }, replies: [reply(lang, [...pre, questionBlock(lang, first)])] };
    return { state: s, replies: [reply(lang, [...pre, ...open])] };
  }
  if (!anyNew && problems.length === 0) {
    if (quote) return respond(s, pre, [], false);
    // "yes, Navigator shows No HTTPS response" after an answer given with no symptom said (QA59 #2): that answer is settled now.
    if (ex.noHttpsSaid && !state.noHttpsSeen && (state.shown?.length ?? 0) > 0 && diagnoseState(s).affected === 'yes') return respond(s, [...pre, para(t.symptomConfirmed)], [], false, before);
    // (Only a release said to work, with nothing held to fail: the note, then the open or first needed question.)
    if (working?.length && !facts.endpoint) {
      const open = questionBlocksFor(s);
      const first = open.length ? null : diagnoseState(s).questions.find((q) => q.required);
      if (first) return { state: { ...s, pending: first.code }, replies: [reply(lang, [...pre, questionBlock(lang, first)])] };
      return { state: s, replies: [reply(lang, [...pre, ...open])] };
    }
    // The fix's steps as a plan, a question, someone's advice or another server's (QA46 W1, W2): nothing recorded; said so,
    // with where this server stands.
    const framed = text && Object.keys(before).length ? stepListFramedIn(nfkc(text).toLowerCase()) : null;
    if (framed) return respond(s, [...pre, para(t.stepsNotThisServer(framed.otherServer))], [], false, before);
    // Nothing understood.
    if (Object.keys(before).length === 0 && !state.pending && !whichBuild) {
      // An opening message about the symptom: introduce and ask the first question.
      // ("No HTTPS resp after fw upgr": the symptom named, nothing else: said so before the intro, QA57 #9.)
      return { ...respond(s, [...(ex.noHttpsSaid ? [para(t.symptomNoted)] : []), para(t.intro)], [], false), understoodNothing: true };
    }
    // A SQL-shaped build with nothing about SQL before ("11.0.6518"): the SQL build or a RoomOS release?
    if (whichBuild) return { state: next(state, {}), replies: [reply(lang, [para(t.sqlOrEndpointBuild(echo(whichBuild.build, 24), whichBuild.sql.year)), ...questionBlocksFor(state)])] };
    // A bare year with nothing asked ("2016"): a version, but of SQL Server or of Windows?
    const year = /^\s*((?:19|20)\d\d(?:\s?r2)?)\s*$/i.exec(text.normalize('NFKC')) ?? (whichCorrected ? [whichCorrected, whichCorrected] : platformYear ? [platformYear, platformYear] : null);
    const blocks: Block[] = year
      ? [para(t.whichProduct(echo(year[1], 20))), ...questionBlocksFor(state)]
      : tmsConfirmed
      ? [para(t.tmsConfirmed(echo(tmsConfirmed, 20))), ...questionBlocksFor(state)]
      : whichVersion
      ? [para(t.whichVersion(echo(whichVersion, 20))), ...questionBlocksFor(state)]
      : tmsDatabaseVersionIn(text)
      ? [para(t.tmsDatabaseVersion), ...questionBlocksFor(state)]
      : [para(t.notUnderstood(echo(text))), para(t.notUnderstoodHint), ...questionBlocksFor(state)];
    return { state: next(state, year ? { whichAsked: year[1].trim() } : {}), replies: [reply(lang, blocks)], ...(year || whichVersion || tmsConfirmed ? {} : { understoodNothing: true as const }) };
  }
  const answered = respond(s, [...pre, ...changed, ...downgradeNote, ...ready], problems, false, before);
  // Nothing read but a failed answer to the open question: marked, so a shared thread can leave chatter unanswered.
  if (missed && problems.length === 1 && problems[0] === missed && !anyNew && pre.length + changed.length + downgradeNote.length + ready.length + unknown.length === 0 && JSON.stringify(facts) === JSON.stringify(before)) {
    return { ...answered, missedAnswer: true };
  }
  // The Windows kept against the paste is asked about (diagnose.ts says the two disagree): "2012 R2 is right" answers it.
  if (winKept && !answered.state.pending && !(facts.sqlLocation === 'remote')) return { ...answered, state: { ...answered.state, pending: FIELDS.windows.question } };
  return answered;
}

/** The system said to fail, beside its Behind Firewall mode ("… and fails", "…, still failing", 「…でエラーです」); not "doesn't fail". */
const BF_FAILS_SAID = /(?<![a-z])(?<!(?:not|n't|never|doesn't|don't)\s)(?:fails|failing|failed|errors?\sout)(?![a-z])|(?:失敗|エラー)(?:します|しています|です|になります|が出)/i;

/** Two releases the same one (family and release). */
const sameRelease = (a: Facts['endpoint'], b: Facts['endpoint']) => !!a && !!b && a.family === b.family && a.semver === b.semver;

/**
 * Releases said to work, beside the endpoint held: when none is read as failing now (or the one read is said to work), the
 * endpoint read goes from `found`; the held one, when not said to work, becomes the failing group beside the working ones
 * (`mixed`: all of them, when some refuse TLS 1.0 and some do not); when it is said to work, `heldWorks`. Null when the
 * releases said to work leave the endpoint read alone.
 */
function heldBesideWorking(working: readonly EndpointGroup[], before: Partial<Facts>, found: Partial<Facts>): { mixed: EndpointVersion[] | null; heldWorks: boolean } | null {
  if (!(!found.endpoint || working.some((g) => sameRelease(g.endpoint, found.endpoint)))) return null;
  delete found.endpoint;
  delete found.endpointGroups;
  const held = before.endpoint;
  if (held && !working.some((g) => sameRelease(g.endpoint, held))) {
    found.endpointGroups = [...working.map((g) => ({ endpoint: g.endpoint, fails: false })), { endpoint: held, fails: true }];
    const all = found.endpointGroups.map((g) => g.endpoint);
    return { mixed: new Set(all.map((e) => endpointRefusesTls10(e))).size > 1 ? all : null, heldWorks: false };
  }
  return { mixed: null, heldWorks: !!held };
}

/**
 * The message read as a bare answer to the open question (`pendingField`): the value found for it (written into `found`), or
 * the problem that says it could not be read (`missed`, when nothing else was read either). Returns the message's problems,
 * the bare answer kept for one turn and that missed problem.
 */
function readBareAnswer(state: ConversationState, ex: Extraction, found: Partial<Facts>, given: ParseProblem[], bareBefore: ConversationState['lastAnswer'], answerText: string, pendingField: Field, pendingCode: ConversationState['pending'], quoted: boolean, versionFieldCount: number, hardeningUndone: boolean): { problems: ParseProblem[]; bare: ConversationState['lastAnswer']; missed: ParseProblem | undefined } {
  let problems = given;
  let bare = bareBefore;
  let missed: ParseProblem | undefined;
  // ("Medium-High not tried yet on node 2", "nothing tested so far on node 2": another topic's node, not SQL's, REV33 #5.)
  if (pendingField === 'sql' && found.sqlLocation === undefined && !placeOfOtherSubject(answerText) && !placeOfOtherTopic(answerText)) {
    const place = parseSqlPlace(maskProbeOutput(withoutOtherTopicPlaces(answerText)));
    if (place.location) found.sqlLocation = place.location;
    if (place.onNode) found.sqlOnNode = true;
  }
  // With other facts in the message, only the part before the first topic word is the bare
  // answer ("15.2.1 and SQL 2016" answers the TMS question; "SQL 2012" does not answer Windows).
  // Noise (dates, ticket numbers, IPs…) is never an answer: "case 2019" does not answer the Windows question.
  // ("Database version: 15.9.0" from TMS's About page is TMS's schema, not SQL Server's release: no answer.)
  // (「いまアクティブなのは2号機でした」 while the TMS question is open: a node's number is no TMS release.)
  const unmasked = maskNoise(aboutPage(answerText));
  const read = pendingField === 'tms' ? withoutNodeNumbers(unmasked) : unmasked;
  /** Its only numbers were node numbers: no answer, and no "not a TMS release" either. */
  const nodeNumbersOnly = read !== unmasked && !/\d/.test(read);
  const whole = versionFieldCount === 0 ? read : leadingAnswer(read);
  // Only what the answer states counts: "we're not on medium-high I think, just the default" is
  // Medium, "2012 R2?" is still an unsure answer, "what if we set High" is not one.
  const parts = whole ? statedParts(whole) : [];
  // "OS: hmm, 2019 probably" while the SQL question is open, "not sure about the SQL, could be
  // 2012" while the Windows one is: a bare number after the name of another field, that reads as
  // a value of that field, is that field's ("the one bundled with TMS, 2012" still answers SQL).
  const named = versionFieldCount === 0 ? fieldNamedFirst(read) : null;
  let field = named && named !== pendingField && [...parts, whole].some((p) => parseField(named, p).ok) ? named : pendingField;
  // When it cannot answer the open question, the one other field it reads as: a field known before,
  // corrected ("make that 2014 SP3", 「すみません、2014 SP3 でした」 just after "SQL 2012", Windows asked), or
  // a question skipped before and answered now ("the DBA says 2014 SP2" after "dunno, will ask the DBA").
  if (field === pendingField && !parts.some((p) => parseField(field, p).ok)) {
    const correcting = [whole, ...parts].some((p) => CORRECTION_START.test(p));
    const skipped = state.skipped ?? [];
    const candidates = VERSION_FIELDS.filter(
      (f) =>
        f !== field &&
        (correcting ? state.facts[f] !== undefined : state.facts[f] === undefined && skipped.includes(FIELDS[f].question)) &&
        parts.some((p) => parseField(f, p).ok),
    );
    // (Not when a field it could be was already given by the message's own words: 「訂正します。OS は 2008 R2 です。2012 R2 は
    // 移行先の新サーバでした」 read 2008 R2 after its keyword, and the other year is no bare correction of it (QA52 #2); "sorry,
    // SP1, build 11.0.3000" gave SQL its build, which is not also a RoomOS release.)
    const other = candidates.some((f) => found[f] !== undefined) ? [] : candidates;
    // "no, 2012 SP1", "no wait, it is 2012 SP1 actually": a release with a service pack is SQL
    // Server's (the Windows releases TMS runs on have none), though "2012" alone would fit Windows too.
    const withSp = other.length > 1 && other.includes('sql') && parts.some((p) => /\bsp\s?\d|\bservice\s?pack\s?\d/i.test(p));
    if (other.length === 1 || withSp) field = withSp ? 'sql' : other[0];
  }
  // "14 or 15", "TC 7.3.3 か CE 9.15": two possible values whose answer differs are no answer (the
  // question is asked again, saying what each would mean), as in a message that names the field.
  // ("15.9 I think, maybe 15.10": two values, neither said for sure, are no answer either.)
  const unsure = field === 'level' || field === 'endpoint' ? null : hedgedPair(field, whole);
  const offered = unsure ? { problem: unsure } : field === 'level' ? null : parts.map((p) => alternativesIn(field, p)).find((o) => o);
  if (offered?.problem) {
    problems = [...problems.filter((p) => p.field !== field), offered.problem];
    parts.length = 0;
  }
  // ("the priority is high", 「優先度は高です」: High or Low in another sense is no level; nor a log's level, "set the log level to
  // Medium-High", 「ログレベルを High にしました」: left-c #1.)
  // ("the cipher suites are the default ones", 「暗号スイートは既定のままです」: the default of another setting, no level: FIX19E.)
  // ("previously it was set to High", 「以前は High に設定していました」: a level once set, with nothing said of now, is no answer: REV31 #5.)
  const otherSense = (p: string, r: ReturnType<typeof parseField>) =>
    field === 'level' &&
    r.ok &&
    (((r.value === 'high' || r.value === 'low') && !highOrLowAsSetting(p)) || (r.value === 'medium' && defaultOfOther(p)) || formerLevelOnly(p) || onlyLogLevelsIn(nfkc(p)) || itAfterALogWordIn(nfkc(p), nfkc(whole)));
  const tries = parts.map((p) => ({ p, r: parseField(field, p) })).filter((x) => !otherSense(x.p, x.r));
  // None parses: the problem names the whole answer, as the user wrote it. A value found only in
  // the whole text, in a clause that states nothing ("we plan to move to Windows Server 2025,
  // anything to watch for"), is no answer: a plan, a supposition or a quote is not the current value.
  const wholeParsed = tries.length && !tries.some((x) => x.r.ok) ? parseField(field, whole) : undefined;
  const wholeRead = wholeParsed && otherSense(whole, wholeParsed) ? undefined : wholeParsed;
  // (Nor is someone else's unconfirmed word: 「同僚が…にしたと言っていますが、確認できていません」.)
  const fromNonStated = !!wholeRead?.ok && (!['stated', 'past', 'asked'].includes(classifyClause(whole)) || unconfirmedHearsay(whole, whole));
  const hit = tries.find((x) => x.r.ok) ?? (wholeRead && !fromNonStated ? { p: whole, r: wholeRead } : undefined);
  const answer = hit ? hit.p : '';
  // ("Polycom Group 500 6.2.2", "6.2.2" after a Polycom was named: that product's release, never TC 6.2.2; FIX60A #2.)
  const foreign = field === 'endpoint' && hit?.r.ok ? nonCiscoProductOf(answerText, state.facts) : null;
  if (foreign) {
    missed = nonCiscoVersionProblem(answer, foreign);
    problems = [...problems.filter((p) => p.field !== 'endpoint'), missed];
  } else if (hit) {
    const r = hit.r;
    if (r.ok) {
      (found as Record<string, unknown>)[field] = r.value;
      problems = problems.filter((p) => p.field !== field);
      bare = { field, text: answer.trim().slice(0, 200) };
      // 「15.9と15.12の2台」, "two servers, 15.9 and 15.12" answering the TMS question: two servers, read as the same words
      // with TMS named (extract.ts: the answer is for one that can be fixed in place, the other answered apart).
      if (field === 'tms' && found.otherTms === undefined) {
        const pair = twoServersReleases(answerText, true);
        const pa = pair ? parseTms(pair.a) : null;
        const pb = pair ? parseTms(pair.b) : null;
        if (pa?.ok && pb?.ok && pa.value.semver !== pb.value.semver) {
          const main = [pa.value, pb.value].find((v) => tmsCanBeFixedInPlace(v)) ?? pa.value;
          const other = main === pa.value ? pb.value : pa.value;
          found.tms = main;
          found.otherTms = [other];
          found.otherTmsUnsaid = [other.semver];
        }
      }
    } else if (!quoted && !nodeNumbersOnly && field === pendingField && !(pendingField === 'sql' && found.sqlLocation) && !problems.some((p) => p.field === pendingField)) {
      // An optional question (Windows, level) is not insisted on: a message with no number in it
      // ("we will do it tonight"), or no level name, is simply not understood; the question stays open.
      // (Nor is a reply under a quoted question that does not read as its value: it may say anything.)
      const optionalChat = !questionFor(pendingCode as (typeof QUESTION_CODES)[number]).required && (pendingField === 'level' || !/\d/.test(answer));
      // ("those are on http" about the MXPs just named: a remark about other devices, not a failed answer.)
      if (!optionalChat && found.https === undefined && !ex.othersOverHttp && !ex.httpSubjectUnclear && !ex.behindFirewallOff && !ex.behindFirewallModels && !hardeningUndone && Object.keys(found).length === 0 && problems.length === 0) {
        missed = r.problem;
        problems.push(r.problem);
      }
    }
  }
  return { problems, bare, missed };
}

/** A level said to have been set once ("previously", "originally", 「以前は」「元々」): not the level now. */
const FORMERLY_SAID = /(?<![a-z])(?:previously|originally|formerly|used\sto|in\sthe\spast|at\sfirst|initially)(?![a-z])|以前|前は|元々|もともと|かつて|昔は|当初|最初は/i;
/** …unless now is said too ("previously Medium, now High", 「以前は Medium、今は High」). */
const NOW_SAID = /(?<![a-z])(?:now|currently|today|still|since\sthen)(?![a-z])|今は|いまは|今も|現在|その後/i;
function formerLevelOnly(part: string): boolean {
  const p = part.slice(0, 400);
  return FORMERLY_SAID.test(p) && !NOW_SAID.test(p);
}

/** A short correction with a bare value and no question open: the one known field it reads as, written into `found`; its bare answer. */
function correctedKnownField(state: ConversationState, text: string, found: Partial<Facts>): ConversationState['lastAnswer'] | undefined {
  const parts = statedParts(maskNoise(text));
  const fits = VERSION_FIELDS.filter((f) => state.facts[f] !== undefined && parts.some((p) => parseField(f, p).ok));
  const withSp = fits.length > 1 && fits.includes('sql') && parts.some((p) => /\bsp\s?\d|\bservice\s?pack\s?\d/i.test(p));
  const field = withSp ? 'sql' : fits.length === 1 ? fits[0] : null;
  const hit = field ? parts.map((p) => ({ p, r: parseField(field, p) })).find((x) => x.r.ok) : undefined;
  if (field && hit?.r.ok) {
    (found as Record<string, unknown>)[field] = hit.r.value;
    return { field, text: hit.p.trim().slice(0, 200) };
  }
  return undefined;
}

/** What the user says about the server's protocols, merged into `found` with what was said before. */
function mergeTlsClaims(text: string, ev: boolean, before: Partial<Facts>, found: Partial<Facts>): void {
  // After "TLS 1.2 Client key: Enabled=0": "Fixed it to 1 and rebooted", 「1 に直して再起動しました」 set that key's values
  // anew (the name was said before): the keys are changed, and TLS 1.2 is on now (understand/tls-claims.ts valueChangeIn).
  if (text && !ev && before.tlsClaims?.tls12ValuesOff && !found.tlsClaims?.keysChanged) {
    const change = valueChangeIn(text);
    if (change) found.tlsClaims = { ...found.tlsClaims, keysChanged: true, ...(change.state ? { tls12: change.state } : {}) };
  }
  // What the user says about the server's protocols adds up over the conversation (a newer word per protocol wins).
  if (found.tlsClaims && before.tlsClaims) {
    const merged = { ...before.tlsClaims, ...found.tlsClaims };
    // TLS 1.2 said on now ("I changed it to 1", "the keys are fixed now"): the values read off before are how they were.
    if (found.tlsClaims.tls12 === 'on') delete merged.tls12ValuesOff;
    // The TLS 1.2 keys said removed now: back at the Windows default, whatever was said of TLS 1.2 before; said on or off
    // after the removal: that state.
    if (found.tlsClaims.tls12KeysRemoved) {
      delete merged.tls12;
      delete merged.tls12ValuesOff;
    } else if (found.tlsClaims.tls12) delete merged.tls12KeysRemoved;
    // Keys changed now, after a restart said earlier: that restart came before the change.
    if (found.tlsClaims.keysChanged && found.tlsClaims.restarted === undefined) delete merged.restarted;
    // (A protocol read from a paste before and said in words now is said; one read from this paste is pasted: FIX62A #7.)
    const now = found.tlsClaims;
    const pasted = [...new Set([...(before.tlsClaims.pasted ?? []).filter((p) => now[p] === undefined), ...(now.pasted ?? [])])];
    if (pasted.length) merged.pasted = pasted;
    else delete merged.pasted;
    found.tlsClaims = merged;
  }
}

/** Another symptom named once "No HTTPS response" was said, or the level's known trade-off: answered on the side (taken out of `found`). */
function sideSymptom(state: ConversationState, ex: Extraction, text: string, before: Partial<Facts>, found: Partial<Facts>): { id: OtherSymptomId; tradeOff: boolean } | undefined {
  let aside: { id: OtherSymptomId; tradeOff: boolean } | undefined;
  if (found.otherSymptom && !ex.noHttpsDenied) {
    const tradeOff = (found.level ?? before.level) === 'medium-high' && /snmp|telnet/i.test(text);
    if (tradeOff || state.noHttpsSeen) {
      aside = { id: found.otherSymptom, tradeOff };
      delete found.otherSymptom;
    }
  }
  return aside;
}

/** The other TMS servers (said to work, said to fail, result unsaid) merged with the ones said before; the TMS held is none of them. */
function mergeTmsServers(before: Partial<Facts>, found: Partial<Facts>, facts: Facts): void {
  // A TMS release named anew on its own replaces the other servers said before ("sorry, TMS is 15.3").
  // (Only a TMS held is replaced: "TMS 15.9" after "the other TMS is 14.6", said first, keeps the other server.)
  if (found.tms !== undefined && found.otherTms === undefined && before.tms !== undefined) delete facts.otherTms;
  if (found.tms !== undefined && found.workingTms === undefined && before.tms !== undefined) delete facts.workingTms;
  if (facts.workingTms) {
    const ok = facts.workingTms.filter((v, i, all) => v.semver !== facts.tms?.semver && all.findIndex((x) => x.semver === v.semver) === i).slice(0, 3);
    if (ok.length) facts.workingTms = ok;
    else delete facts.workingTms;
  }
  // "btw the other TMS is 14.6", 「拠点BのTMSは14.6です」 (QA round 21 F4): another server's release alone keeps the TMS
  // held and adds to the other servers said before; none of them is the TMS held.
  if (found.otherTms !== undefined && found.tms === undefined && before.otherTms?.length) facts.otherTms = [...before.otherTms, ...found.otherTms];
  if (facts.otherTms) {
    const others = facts.otherTms.filter((v, i, all) => v.semver !== facts.tms?.semver && all.findIndex((x) => x.semver === v.semver) === i).slice(0, 3);
    if (others.length) facts.otherTms = others;
    else delete facts.otherTms;
  }
  // (Servers named anew with this TMS bring their own results: what was not said before is not carried over.)
  if (found.tms !== undefined && found.otherTms !== undefined && found.otherTmsUnsaid === undefined) delete facts.otherTmsUnsaid;
  if (facts.otherTmsUnsaid) {
    const unsaid = facts.otherTmsUnsaid.filter((v) => facts.otherTms?.some((o) => o.semver === v));
    if (unsaid.length) facts.otherTmsUnsaid = unsaid;
    else delete facts.otherTmsUnsaid;
  }
}

/** Observations of an earlier paste that a statement now undoes ("fixed the values", "re-enabled TLS 1.0") go from the evidence. */
function dropUndoneObservations(before: Partial<Facts>, facts: Facts, kept: readonly { code: string }[]): void {
  // "fixed the values", "created the TLS 1.2 keys" after a paste showed TLS 1.2\Client off: that paste is how the
  // keys were, not how they are; its observation goes (a paste in this message showing them off still counts).
  if (facts.tlsClaims?.keysChanged && !before.tlsClaims?.keysChanged && !kept.some((o) => KEYS_OFF.has(o.code))) {
    const gone = withoutKeysOff(facts);
    if (gone?.evidence) facts.evidence = gone.evidence;
    else if (gone) delete facts.evidence;
  }
  // "re-enabled TLS 1.0, SQL is up" after a paste showed TLS 1.0 off (QA round 27 M5): that paste is how it was, the later
  // statement wins, and the paste's "TLS 1.0 is off … re-enable it" goes with it (a paste in this message showing it off still counts).
  if (facts.tlsClaims?.tls10 === 'on' && before.tlsClaims?.tls10 !== 'on' && !kept.some((o) => TLS10_OFF.has(o.code))) {
    const gone = withoutObservations(facts, TLS10_OFF);
    if (gone?.evidence) facts.evidence = gone.evidence;
    else if (gone) delete facts.evidence;
  }
}

/** SQL Server's outage as said and shown: down again after a paste, or its cause named while it is down. */
function sqlOutageClaims(text: string, ev: boolean, found: Partial<Facts>, facts: Facts, kept: readonly { code: string }[]): void {
  // A 26011 pasted after "SQL runs again", or its service shown stopped again: it is down again (sql-outage.ts sqlDownSeen, sqlServiceDownSeen).
  if (facts.tlsClaims?.sqlDown === false && found.tlsClaims?.sqlDown !== false && kept.some((o) => o.code === 'event-sql-encryption-init-failed' || o.code === 'sql-service-not-running')) {
    const claims = { ...facts.tlsClaims };
    delete claims.sqlDown;
    facts.tlsClaims = claims;
  }
  // "SQL won't start, it was the disk", or "it was the disk" after the outage was said: a cause that is not TLS, read only
  // while SQL Server is said down (alone it says nothing), and forgotten with the outage. Never a reason to drop it.
  if (facts.tlsClaims?.sqlDown === true) {
    const cause = text && !ev ? sqlCauseNamedIn(text) : undefined;
    if (cause) facts.tlsClaims = { ...facts.tlsClaims, sqlCause: cause };
  } else if (facts.tlsClaims?.sqlCause) {
    const claims = { ...facts.tlsClaims };
    delete claims.sqlCause;
    facts.tlsClaims = claims;
  }
}

/**
 * SQL Server said running again in this message, after it was down (said, or a 26011 pasted), where it is SQL 2008 R2 / 2008
 * without TLS 1.2 support on the TMS server and TLS 1.0 and SSL 3.0 were both taken as off (said, IIS Crypto's Best Practices,
 * or SSL 3.0 off by default on that Windows): the two cannot both be off any more.
 */
function sqlBackWithBothOff(before: Facts, facts: Facts): boolean {
  const c = facts.tlsClaims;
  if (c?.sqlDown !== false || before.tlsClaims?.sqlDown === false || facts.sqlLocation === 'remote' || !facts.sql) return false;
  const st = sqlTlsStatus(facts.sql);
  if (st.kind !== 'keep-tls10' || st.tls12 !== 'no') return false;
  const tls10Off = c.tls10 === 'off' || (c.iisCryptoBestPractices === true && c.tls10 !== 'on');
  const ssl3Off = c.ssl3 === 'off' || (c.iisCryptoBestPractices === true && c.ssl3 !== 'on') || (!!facts.windows && c.ssl3 !== 'on' && !windowsSchannelDefaults(facts.windows).ssl3);
  return tls10Off && ssl3Off;
}

/** The line for sqlBackWithBothOff: one of the two is on again; keep TLS 1.0 on for this build (said once, in this reply). */
const SQL_BACK_ONE_ON: Record<Lang, (sql: string) => string> = {
  en: (sql) =>
    `Good. ${sql} without TLS 1.2 support stops only when TLS 1.0 and SSL 3.0 are both off, so with it running one of them is on again: I no longer take them as off. Keep TLS 1.0 enabled on this server for as long as SQL runs this build (if you are not sure which one came back, look under the TLS 1.0 Client and Server keys), and leave SSL 3.0 as it is now. The fix for the endpoints only adds TLS 1.2; it turns no TLS protocol off.`,
  ja: (sql) =>
    `復旧してよかったです。TLS 1.2 に対応していない ${sql} が停止するのは TLS 1.0 と SSL 3.0 の両方が無効なときだけなので、動いているということはどちらかが有効に戻っています。以降は両方を無効とは扱いません。SQL がこのビルドのうちは、このサーバで TLS 1.0 を有効のままにしてください（どちらが戻ったか分からない場合は、TLS 1.0 の Client と Server のキーを確認してください）。SSL 3.0 はいまの状態のままにしてください。エンドポイントのための修正は TLS 1.2 を追加するだけで、TLS のプロトコルは無効にしません。`,
};

/** Words that make an endpoint release a second group ("some of them", "…too", "still on", 「一部」「のまま」「…も」). */
const SECOND_GROUP =
  /(?<![a-z])either(?=\s?[.!。]|\s?$)|(?<![a-z])(?:some|a\sfew|several|others?|the\srest|too|also|even|as\swell|still|part\sof|a\scouple|one\sof\s(?:them|those|these|the\s(?:endpoints|codecs|units|systems|devices))|only\sone)(?![a-z])|(?:1|一)\s?台(?:だけ|のみ)|一部|何台か|いくつか|数台|残り|他の|ほかの|のまま|まだ|(?:端末|エンドポイント|機器|コーデック|もの)も|もあります|もいます|(?:これ|それ|こちら|そちら)も/i;

/**
 * An endpoint release said as a second group beside the known one, with only one of the two refusing TLS 1.0
 * ("the endpoints are on TC 7.3.3 too, some of them" after CE 9.15): both are in use; the refusing one is answered for.
 * Not a correction ("sorry, TC 7.3.3", 「いや、TC 7.3.3 でした」): that replaces the release. One unit named on its own
 * release counts too (`oneUnitOk`: not when the message's own results already made the groups).
 */
function secondEndpointGroup(
  before: Facts,
  said: Partial<Facts>,
  text: string,
  oneUnitOk = true,
): { refusing: NonNullable<Facts['endpoint']>; accepting: NonNullable<Facts['endpoint']>; acceptingFails: boolean; oneUnit: boolean } | null {
  const old = before.endpoint;
  const now = said.endpoint;
  if (!old || !now || (old.family === now.family && old.semver === now.semver)) return null;
  // ("The failing ones are on CE 8.0. The others are on CE 9.15 and work": the message gives each release its own result, read
  // by extract.ts as groups; the release held is not turned into a failing group beside them, FIX19A / QA46 W6.)
  if (said.endpointGroups?.some((g) => g.endpoint.family === old.family && g.endpoint.semver === old.semver)) return null;
  const oldRefuses = endpointRefusesTls10(old);
  if (oldRefuses === endpointRefusesTls10(now)) return null;
  // ("It doesn't work either": a result, not the "n't" of a correction.)
  const own = text.replace(/(?:does|do|did|is|are)n['’]t\s(?:work(?:ing)?|fine)/gi, ' ');
  // "The C40 is on CE 8.0.", "127.0.0.1:46051 is an old C40 on TC 7.3.3" after CE 9.15 failing (FIX20B): one unit, of a model not
  // held, on a release that still accepts TLS 1.0, is another unit beside the failing ones, not the fleet's release corrected.
  const oneUnit = oneUnitOk && oldRefuses && !(said.endpointModels ?? []).some((m) => before.endpointModels?.includes(m)) && oneUnitNamed(text);
  if (!(SECOND_GROUP.test(text) || oneUnit) || CORRECTION.test(own) || CORRECTION_START.test(own)) return null;
  // ("even the TC 7.3.3 units fail" after CE 9.15: the units that accept TLS 1.0, said new, fail too.)
  const acceptingFails = oldRefuses && FAILS_SAID.test(text) && !FAIL_DENIED.test(text);
  // (oneUnit: read as one unit only, not as a second group said in words.)
  const unitOnly = oneUnit && !SECOND_GROUP.test(text);
  return oldRefuses ? { refusing: old, accepting: now, acceptingFails, oneUnit: unitOnly } : { refusing: now, accepting: old, acceptingFails: false, oneUnit: unitOnly };
}

/** "don't fail", "not failing", 「失敗していません」「エラーにはなりません」: the failure denied. */
const FAIL_DENIED = /(?:n't|(?<![a-z])not|(?<![a-z])never|no\slonger)\s(?:[\w-]+\s)?(?:fail|failing|show|broken)|(?:失敗|エラーに?な)(?:って|して|ら|り)(?:い)?(?:ない|ません)|エラーはありません|問題(?:は|が)?(?:ない|ありません)|正常/i;

/** "also …", "… too", 「…も」: said beside the endpoints held. */
const ALSO = /(?<![a-z])(?:also|too|as\swell|plus|additionally|in\saddition)(?![a-z])|も\s?(?:同じ|同様|エラー|失敗|no\shttps)|(?:端末|エンドポイント|機器|コーデック|台|）|\))も/i;
/** "same error", "fail too", "also show No HTTPS response", 「同じエラー」「も失敗」. */
const FAILS_SAID =
  /(?<![a-z])(?:same\s(?:error|issue|problem|thing|symptom|status)|fail(?:s|ing|ed)?|no\shttps\sresponse|broken|(?:does|do|did)(?:\snot|n['’]t)\swork|not\sworking)(?![a-z])|同じ(?:エラー|症状|問題|状態)|同様|エラー|失敗|no\shttps\sresponse|ダメ|だめ|駄目|動きません|動かない|動いていません|繋がりません|つながりません|接続できません/i;

/**
 * An endpoint release said to fail too, beside the known one, both refusing TLS 1.0 ("also 3 Room Kit Pros on CE 9.15, same
 * error" after TC 7.3.7; 「Room Kit Pro 3台（CE9.15）も同じエラーです」): a second failing group. Not a correction.
 */
function addedFailingGroup(before: Facts, said: Partial<Facts>, text: string): { held: NonNullable<Facts['endpoint']>; added: NonNullable<Facts['endpoint']> } | null {
  const held = before.endpoint;
  const now = said.endpoint;
  if (!held || !now || (held.family === now.family && held.semver === now.semver)) return null;
  if (!endpointRefusesTls10(held) || !endpointRefusesTls10(now)) return null;
  if (!ALSO.test(text) || !FAILS_SAID.test(text) || CORRECTION.test(text) || CORRECTION_START.test(text)) return null;
  return { held, added: now };
}

/**
 * A release shown by a paste of another unit of this case said to fail too (FIX62A #1): the lead-in says so, or the message before
 * did (ConversationState.anotherFailingNext). The release held stays the one answered for when it refuses TLS 1.0 (else the pasted
 * one, which does); both are failing groups. Null when no release is held or the paste shows the same one.
 */
function pastedFailingGroup(state: ConversationState, before: Facts, pasted: Partial<Facts>, text: string): { held: NonNullable<Facts['endpoint']>; added: NonNullable<Facts['endpoint']> } | null {
  const held = before.endpoint;
  const now = pasted.endpoint;
  if (!held || !now || (held.family === now.family && held.semver === now.semver)) return null;
  if (state.anotherFailingNext !== true && !anotherFailingUnitIn(text)) return null;
  return endpointRefusesTls10(held) || !endpointRefusesTls10(now) ? { held, added: now } : { held: now, added: held };
}

/**
 * A TC release said for TC-era models only ("the SX20s are TC 7.3.6", 「SX20 は TC 7.3.6 でした」) while the release held is
 * CE or RoomOS and CE-only models (Room Kit, Codec, Board, Desk) were named as the user's too: the named models' release, not
 * the CE-only models'. The models named, or null (no model named, a CE-only one named, or a model not said before).
 */
function modelReleaseInMixedFleet(before: Facts, now: EndpointVersion, text: string): string[] | null {
  const held = before.endpoint;
  if (!held || now.family !== 'TC' || held.family === 'TC') return null;
  if (!(before.endpointModels ?? []).some((m) => isCeOnlyModel(m))) return null;
  const named = endpointModelsIn(text);
  if (!named.length || ceOnlyModelsIn(text).length || !named.every((m) => (before.endpointModels ?? []).includes(m))) return null;
  return named;
}

/**
 * A list of endpoint releases that all refuse TLS 1.0, said as one list (endpoint-list.ts), after an endpoint release was
 * held: the fleet, with the release answered for (the one held when listed, else the list's last). Null otherwise (a
 * list with a release that accepts TLS 1.0 is extract.ts's mixed fleet).
 */
function restatedFleet(before: Facts, text: string): { list: EndpointVersion[]; answered: EndpointVersion } | null {
  const held = before.endpoint;
  if (!held) return null;
  const list = endpointListIn(text);
  if (!list || !list.every((e) => endpointRefusesTls10(e))) return null;
  const listed = list.find((e) => e.family === held.family && e.semver === held.semver);
  return { list, answered: listed ? held : list[list.length - 1] };
}

/** Words for TC/CE endpoints in general, beside the Telnet/SNMP systems named. */
const OTHER_DEVICES = /(?<![a-z])(?:codecs?|endpoints?|devices?|rooms?|room\s?kits?|desk|boards?|webex|tc|ce|roomos|cisco)(?![a-z])|端末|エンドポイント|コーデック|機器/i;

const VERSION_FIELDS = ['tms', 'endpoint', 'sql', 'windows'] as const;
const SQL_READY: string[] = ['has-tls12', 'nothing-needed'];

/**
 * The known field a bare correction corrects, with its new value: the field that holds the value named
 * as replaced ("2022 not 2025": the field at 2025), else the field that held the value just before
 * (「やっぱり2008 R2」 after 2008 R2 → 2012 R2), else the one known field the value fits (unless it answers
 * the open question: that is read as the answer). Null when it is not one field.
 */
/** Another machine named: "the old/lab/new server", 「旧サーバ」「検証サーバ」「移行先のサーバ」 (rev26 #4). */
const OTHER_SERVER_NAMED = new RegExp(
  String.raw`(?<![a-z])(?:${OTHER_SERVER_WORDS_EN})\s(?:tms\s)?(?:${SERVER_NOUNS_EN})s?(?![a-z])|(?:${OTHER_SERVER_PREFIX_JA})\s?(?:tms\s?)?サーバ`,
  'i',
);

function knownFieldCorrected(
  state: ConversationState,
  text: string,
  pendingField: string | null | undefined,
): { field: (typeof VERSION_FIELDS)[number]; value: Extract<ReturnType<typeof parseField>, { ok: true }>['value']; text: string } | { ambiguous: string } | null {
  const c = bareCorrection(text);
  if (!c) return null;
  // "the old server was actually 2008 R2", 「検証サーバは実は 2008 R2 です」: another machine's release, not a correction of the TMS
  // server's (rev26 #4); nothing is corrected and nothing asked.
  if (OTHER_SERVER_NAMED.test(text.slice(0, 500))) return null;
  const known = VERSION_FIELDS.filter((f) => state.facts[f] !== undefined);
  const shows = (f: (typeof VERSION_FIELDS)[number], said: string, held: unknown) => {
    const r = parseField(f, said);
    return r.ok && formatField(f, { [f]: r.value }) === formatField(f, { [f]: held } as Partial<Facts>);
  };
  let fields: (typeof VERSION_FIELDS)[number][];
  if (c.replaced) {
    fields = known.filter((f) => shows(f, c.replaced!, state.facts[f]) && parseField(f, c.value).ok);
  } else {
    const fits = known.filter((f) => parseField(f, c.value).ok);
    const back = fits.filter((f) => state.earlier?.[f] !== undefined && shows(f, c.value, state.earlier[f]));
    // "sorry, I meant 2016" with only Windows (or only SQL) held: the field held is the one corrected, not the open question's,
    // when the form fits it ("2016 SP1" is SQL's form); when it does not, which one is meant is asked (QA37 B4).
    const heldYearFields = known.filter((f) => f === 'sql' || f === 'windows');
    if (back.length === 0 && heldYearFields.length === 1 && /^\s*20\d\d/.test(c.value)) {
      const held = heldYearFields[0];
      const fitsHeld = fits.includes(held) && !(held === 'windows' && /sp\s?\d/i.test(c.value));
      if (fitsHeld) {
        const r = parseField(held, c.value);
        if (r.ok) return { field: held, value: r.value, text: c.value };
      }
      return { ambiguous: c.value.trim() };
    }
    if (back.length === 0 && pendingField && pendingField !== 'level' && (VERSION_FIELDS as readonly string[]).includes(pendingField) && parseField(pendingField as (typeof VERSION_FIELDS)[number], c.value).ok) return null;
    // "sorry, I meant 2016" with Windows 2008 R2 and SQL 2016 held: a field that already holds the value is not the one
    // corrected, so only Windows can be meant (QA36 #3).
    const changes = fits.filter((f) => !shows(f, c.value, state.facts[f]));
    fields = back.length ? back : changes.length ? changes : fits;
  }
  // A release with a service pack is SQL Server's (the Windows releases TMS runs on have none).
  if (fields.length > 1 && fields.includes('sql') && /sp\s?\d/i.test(c.value)) fields = ['sql'];
  // "sorry, it's 2008 R2 actually" with Windows Server 2008 (not R2) and SQL 2016 held (QA63 #15): only the held release of that
  // year without R2 takes the R2 (the smallest correction); SQL 2016 → 2008 R2 would be a new release, not a correction of it.
  // (With no held value of that year, as in QA52 #2, which one is meant is still asked.)
  const r2Of = /^(20\d\d)\s?r2$/i.exec(c.value.trim());
  if (r2Of && fields.length === 2 && fields.includes('sql') && fields.includes('windows')) {
    const year = Number(r2Of[1]);
    const held = (f: string) => (f === 'sql' ? state.facts.sql : state.facts.windows);
    const sameYear = fields.filter((f) => held(f)?.year === year && held(f)?.r2 === false);
    if (sameYear.length === 1) fields = sameYear;
  }
  // Windows 2012 R2 and SQL 2014 held, "sorry, I meant 2016": either could be meant, so which one is asked.
  // ("oh wait, it's 2008 R2" with Windows 2012 R2 and SQL 2016 held: SQL Server 2008 R2 exists too, so asked as well; QA52 #2.)
  // (Only when it would change either one: with both already at 2008 R2 there is nothing to ask.)
  if (fields.length === 2 && fields.includes('sql') && fields.includes('windows') && (/^20\d\d$/.test(c.value.trim()) || (/^20\d\d\s?r2$/i.test(c.value.trim()) && !fields.some((f) => shows(f, c.value, state.facts[f]))))) return { ambiguous: c.value.trim() };
  // "no, it's 15.13 now, we upgraded in October" right after "TMS is 15.2.1" (the SQL question open): of the fields the
  // value fits, the one the last message set is the one it corrects (QA49 F13).
  if (fields.length > 1 && state.lastSet?.length) {
    const last = fields.filter((f) => state.lastSet!.includes(f));
    if (last.length === 1) fields = last;
  }
  if (fields.length !== 1) return null;
  const field = fields[0];
  const r = parseField(field, c.value);
  return r.ok ? { field, value: r.value, text: c.value } : null;
}

/**
 * A message that is only a dotted version, maybe after a correction lead: "15.2.3", "sorry, it's 15.2.3",
 * 「すみません、15.2.3 でした」. (A family prefix, "ce9.15.3", names its field and is read as usual.)
 */
const BARE_VERSION = new RegExp(
  `^\\s*(?:(?:sorry|oops|no|nope|actually|correction|wait|ah|oh|my\\sbad|i\\smean|${WRONG_LEAD_EN}|${WRONG_LEAD_JA}|すみません|すいません|ごめん|失礼しました|いや|訂正です?|あ|正しくは)[\\s,.:;!、。]*)*` +
    `(?:(?:it'?s|it\\sis|that'?s|make\\sthat|should\\sbe|was)\\s)?v?(\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,4}){0,2})\\s*(?:です|でした|だった|actually)?[\\s.!。]*$`,
  'i',
);

/** Topic words that start another fact (the domain's extractor uses the same kind of keywords). */
const TOPIC = /(?<![a-z])(?:tms|sql|ms\s?sql|database|db|windows|win|server|os|endpoints?|codecs?|devices?|tc|ce|roomos|room\s?os|level|security|communication)(?![a-z])|データベース|エンドポイント|端末|コーデック|機器|ウィンドウズ|サーバ|レベル|セキュリティ/i;

/** Alternatives in a bare answer, read from its first number ("either 14 or 15", "maybe TC 7.3.3 or CE 9.15"). */
function alternativesIn(field: 'tms' | 'endpoint' | 'sql' | 'windows', part: string): Offered | null {
  const at = part.search(/(?<![a-z])(?:tc|ce|roomos|room\s?os)?\s?v?\d/i);
  return at < 0 ? null : offeredAlternatives(field, part.slice(at));
}

/** The words that name a version field (TMS only as a product, not as the place: "the TMS box"). */
const FIELD_WORDS: [RegExp, 'tms' | 'endpoint' | 'sql' | 'windows'][] = [
  [/(?<![a-z])(?:sql|ms\s?sql|database|db)(?![a-z])|データベース/i, 'sql'],
  [/(?<![a-z])(?:windows|win|os)(?![a-z])|ウィンドウズ/i, 'windows'],
  [/(?<![a-z])(?:endpoints?|codecs?|devices?|tc|ce|roomos|room\s?os)(?![a-z])|エンドポイント|端末|コーデック/i, 'endpoint'],
  [/(?<![a-z])tms(?![a-z])(?!\s?(?:server|box|host|machine|vm|サーバ|と同じ))/i, 'tms'],
];

/** A short answer that names its field in brackets at the end: "2012 R2 です（OS）", "2019 (the OS)". */
const FIELD_IN_BRACKETS = /^[^()（）]{1,40}[（(]\s?(?:the\s)?([^()（）]{1,20}?)\s?(?:version|バージョン)?\s?[)）][\s.。]*$/i;

/** The one version field named before the first number of a short answer ("OS: hmm, 2019"), or in brackets after it; else null. */
function fieldNamedFirst(text: string): 'tms' | 'endpoint' | 'sql' | 'windows' | null {
  const head = text.slice(0, 200);
  const digit = head.search(/\d/);
  if (digit < 0) return null;
  const bracket = FIELD_IN_BRACKETS.exec(head);
  const before = bracket ? bracket[1] : head.slice(0, digit);
  const hits = FIELD_WORDS.filter(([re]) => re.test(before)).map(([, f]) => f);
  return hits.length === 1 ? hits[0] : null;
}

/** The text before the first topic word, when it holds something (else ''). */
/** A Windows release said of a machine: "a 2016 server", "2016 servers", "the 2019 box", 「2016サーバー」 (QA37 B3). */
const HOST_YEAR = /(?<![\d.])20(?:0[38]|1[269]|2[25])(?:\s?r2)?\s?(?:servers?|box(?:es)?|machines?|hosts?|vms?)(?![a-z])|(?<![\d.])20(?:0[38]|1[269]|2[25])(?:\s?r2)?\s?(?:サーバー?|マシン)/i;
/** Another machine named, or SQL placed on it: "domain controller", "DC", "elsewhere", "other", "hosts SQL", 「ドメインコントローラー」「SQLが動いて」. */
const OTHER_MACHINE = new RegExp(
  String.raw`(?<![a-z])(?:domain\scontrollers?|dcs?|elsewhere|${ELSE_WORDS_EN}|separate|sql|database|db|exchange|file\sserver|ad)(?![a-z])|ドメイン|コントローラ|他の|ほかの|別の|sql|データベース`,
  'i',
);
/** The TMS server named as the machine: "the TMS server is a 2016 server", "TMS runs on a 2016 box". */
const TMS_MACHINE = /(?<![a-z])tms(?![a-z])/i;

/**
 * A machine's Windows release in a bare answer that is not (surely) the TMS server's: for the SQL question never SQL's
 * release; for the Windows question only when TMS is named and no other machine is.
 */
function hostYearNotTms(text: string, pendingField: string): boolean {
  const t = text.slice(0, 300).normalize('NFKC');
  if (!HOST_YEAR.test(t)) return false;
  if (pendingField === 'sql') return true;
  return OTHER_MACHINE.test(t) || !TMS_MACHINE.test(t);
}

function leadingAnswer(text: string): string {
  // (The run of separators is matched from its first character only: from every one of them, the `$` after it would be
  // tried once per character, quadratic on a long run before the topic.)
  const m = TOPIC.exec(text.slice(0, MAX_MESSAGE));
  const head = (m ? text.slice(0, m.index) : '').replace(/(?<![\s,、。;:&])[\s,、。;:&]+$|(?:\s(?:and|with|plus|on))+\s*$/gi, '').trim();
  return /[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(head) ? head : '';
}

/** The values of `before` that `after` changed or dropped (a value newly given replaces nothing), or undefined. */
export function replacedValues(before: Facts, after: Facts): ConversationState['earlier'] {
  const out: NonNullable<ConversationState['earlier']> = {};
  for (const f of FIELD_NAMES) {
    // (Most fields are carried over unchanged: the same object, or a copy sameJson walks without stringifying.)
    if (before[f] !== undefined && !sameJson(before[f], after[f])) (out as Record<string, unknown>)[f] = before[f];
  }
  return Object.keys(out).length ? out : undefined;
}

/** Observations that show the TMS server's TLS 1.2 Client keys off (evidence-rules.ts). */
const KEYS_OFF = new Set(['schannel-tls12-client-disabled', 'schannel-tls12-client-partial']);

/** Does the evidence show the TLS 1.2 Client keys off? */
export function keysOffSeen(f: Facts): boolean {
  return !!f.evidence?.observations.some((o) => KEYS_OFF.has(o.code));
}

/**
 * The facts without the observations that showed the TLS 1.2 Client keys off (the user has since changed them),
 * or null when there are none. Evidence left with nothing in it goes.
 */
export function withoutKeysOff(f: Facts): Pick<Facts, 'evidence'> | null {
  const ev = f.evidence;
  if (!ev || !keysOffSeen(f)) return null;
  const observations = ev.observations.filter((o) => !KEYS_OFF.has(o.code));
  return { evidence: observations.length || Object.keys(ev.facts ?? {}).length ? { ...ev, observations } : undefined };
}

/**
 * TLS 1.2 said on, its keys said right or created ("keys are fine", "TLS 1.2 is enabled", "we created the keys"), and this message's paste shows its Client side off,
 * with no change said in it (QA58 #7): the claim goes, the paste's reading holds.
 */
function keysClaimOverridden(before: Partial<Facts>, found: Partial<Facts>, kept: readonly { code: string }[]): boolean {
  if (!kept.some((o) => KEYS_OFF.has(o.code))) return false;
  if (before.tlsClaims?.tls12 !== 'on') return false;
  return found.tlsClaims?.tls12 !== 'on' && found.tlsClaims?.keysChanged !== true;
}
const KEYS_CLAIM_OVERRIDDEN = {
  en: 'You said the TLS 1.2 keys were in place, but this output shows TLS 1.2 off for the Client side, the side TMS uses to reach the endpoints. I go by the output: enabling TLS 1.2 for the Client side is a required step, not a check.',
  ja: 'TLS 1.2 のキーは設定済みとのことでしたが、この出力では、TMS がエンドポイントに接続するときに使う Client 側で TLS 1.2 が無効になっています。出力のほうを優先します。Client 側の TLS 1.2 を有効にする手順は、確認ではなく必須の作業です。',
} as const;

/** What a paste read of the TLS 1.2\Client key (evidence/registry.ts), in words. */
const TLS12_STATE: Readonly<Record<string, { en: string; ja: string }>> = {
  'schannel-tls12-client-enabled': { en: 'on', ja: '有効' },
  'schannel-tls12-client-disabled': { en: 'off', ja: '無効' },
  'schannel-tls12-client-partial': { en: 'only partly set', ja: '一部だけ設定' },
};
/** "sorry wrong server, this is the right one", 「こちらが正しいほうです」: the earlier paste was not this server's. */
const RIGHT_ONE = /(?<![a-z])(?:right|correct|proper|actual|real)\s(?:one|server|box|node|machine|output)|wrong\s(?:server|box|node|machine|one)|正しい|間違|こちらが本番|本番(?:サーバー?)?のほう/i;
/** Another node or server named for this paste ("and this is from node 2"): both readings stay (each node has its own keys). */
const OTHER_BOX = /(?<![a-z])(?:node|nodes|secondary|standby|passive|other\s(?:server|box|tms)|second\s(?:server|box|tms)|tms-?0?2)(?![a-z])|ノード|号機|セカンダリ|待機系|もう片方|もう一方|別(?:の)?サーバ/i;

/**
 * A paste of the TLS 1.2\Client key after an earlier one that read it otherwise, no change to the keys said in between (QA60 #3:
 * "sorry wrong server, this is the right one:", or the second `reg query` alone). The later reading wins: the earlier one's
 * observation goes, so no "required registry step" or reboot is left from it. Said as the right one: a short note; with nothing
 * said: the bot asks whether both came from the same server. Another node named for it: both stay (null).
 */
function tls12ClientReread(before: Partial<Facts>, facts: Facts, kept: readonly { code: string }[], text: string): { asked: boolean; was: { en: string; ja: string }; now: { en: string; ja: string } } | null {
  const fresh = kept.filter((o) => TLS12_STATE[o.code]).map((o) => o.code);
  if (fresh.length !== 1 || !facts.evidence) return null;
  const old = before.evidence?.observations.find((o) => TLS12_STATE[o.code] && o.code !== fresh[0]);
  if (!old) return null;
  const lead = text.slice(0, 400).split(/\r?\n/)[0];
  const right = RIGHT_ONE.test(lead);
  if (!right && OTHER_BOX.test(lead)) return null;
  // (The keys said changed in this message: dropUndoneObservations's answer, "noted as done", not this one.)
  if (facts.tlsClaims?.keysChanged && !before.tlsClaims?.keysChanged) return null;
  const observations = facts.evidence.observations.filter((o) => !TLS12_STATE[o.code] || o.code === fresh[0]);
  facts.evidence = { ...facts.evidence, observations };
  return { asked: !right, was: TLS12_STATE[old.code], now: TLS12_STATE[fresh[0]] };
}

const TLS12_REREAD = {
  right: {
    en: 'Noted: I go by this paste for the TLS 1.2\\Client key and have dropped what the earlier one showed.',
    ja: '承知しました。TLS 1.2\\Client キーについてはこの貼り付けを使い、前の貼り付けの内容は外しました。',
  },
  ask: {
    en: (was: string, now: string) =>
      `Your earlier paste showed the TLS 1.2\\Client key ${was}; this one shows it ${now}, and you did not say it was changed in between. I go by this later one. Were both taken on the same server (the same TMS node)? If the earlier one came from another node of a redundant TMS, that node needs its own keys checked, as each node has its own.`,
    ja: (was: string, now: string) =>
      `前の貼り付けでは TLS 1.2\\Client キーは${was}でしたが、今回は${now}になっています。その間に変更したとは伺っていないため、後の貼り付けを使います。2 つは同じサーバー（同じ TMS ノード）で取ったものですか。前のものが冗長構成の別ノードのものなら、キーはノードごとにあるため、そのノードのキーも確認が必要です。`,
  },
} as const;

/** Observations that show TLS 1.0 off, or not enabled by default, in the TMS server's Schannel registry (evidence/registry.ts). */
const TLS10_OFF = new Set(['schannel-tls10-disabled', 'schannel-tls10-not-default']);

/** The facts without the observations in `codes`, or null when there are none. Evidence left with nothing in it goes. */
function withoutObservations(f: Facts, codes: ReadonlySet<string>): Pick<Facts, 'evidence'> | null {
  const ev = f.evidence;
  if (!ev || !ev.observations.some((o) => codes.has(o.code))) return null;
  const observations = ev.observations.filter((o) => !codes.has(o.code));
  return { evidence: observations.length || Object.keys(ev.facts ?? {}).length ? { ...ev, observations } : undefined };
}

/** A change a restart can come after: the level at Medium-High or above, the protocols or keys changed. */
/** Releases said to work on their own, all other than the endpoint held (the held one said OK is left to the readers before). */
function workingBesideHeldIn(text: string, held: Facts['endpoint']): ReturnType<typeof workingBesideHeld> {
  if (!held) return null;
  const r = workingBesideHeld(text);
  return r && !r.some((g) => g.endpoint.family === held.family && g.endpoint.semver === held.semver) ? r : null;
}

/** An endpoint release with its family word ("tc7.3.3", 「CE9.15」): a cheap test before workingOnlyIn. */
const RELEASE_NAMED = /(?<![a-z])(?:tc|ce|roomos)\s?v?\d/i;

/** A change to the TMS server's level or protocols is known (said done, or the level already raised). */
export function changeKnown(f: Facts): boolean {
  const c = f.tlsClaims ?? {};
  return f.level === 'medium-high' || f.level === 'high' || c.tls10 === 'off' || c.ssl3 === 'off' || c.tls12 === 'on' || !!c.keysChanged || !!c.levelRaised || !!c.iisCryptoBestPractices || !!c.byPolicy;
}

/** "I haven't changed anything yet", "nothing was changed", 「まだ何も変更していません」. */
const NOTHING_CHANGED =
  /(?<![a-z])(?:(?:haven'?t|have\snot|didn'?t|did\snot|not)\s(?:yet\s)?(?:changed|touched|done)\s(?:anything|a\sthing)|nothing\s(?:has\sbeen\s|was\s|is\s)?(?:changed|touched)|no\schanges?\s(?:yet|made|so\sfar))(?![a-z])|何も(?:変更|設定|変え|触)(?:して(?:い)?(?:ない|ません)|せず)|まだ変更して(?:い)?(?:ない|ません)/i;

/** A change said without "→" or "to" ("we upgraded TMS", "I set Medium-High", 「今は」): not two values in conflict. */
const CHANGE_WORD =
  /(?<![a-z])(?:upgrad\w*|updat\w*|migrat\w*|moved|install\w*|patch\w*|set|changed|switch\w*|revert\w*|rolled|now|today|currently|anymore|again|after|since|no\slonger)(?![a-z])|アップグレード|アップデート|更新|変更|移行|設定|にしました|戻し|今は|現在|その後/i;

/**
 * "Kenji: ", "Dave here: ", 「佐藤です。」「田中さん：」: who speaks, before what they say. (Not a lead that names no
 * one: "reopening this ticket: I forgot to give you the SQL build", "update:", "note:", "ps:".)
 */
const SPEAKER = /^\s*(?:(?!(?:re-?open\w*|update\w*|note|edit|ps|fyi|ticket|context|status|also|btw|correction|addendum|forgot)(?![a-z]))[a-z][\w .'-]{0,30}?(?:\shere)?\s?[:：]|(?![^\s、。]{0,11}\d)[^\s、。]{1,12}です[。、]|[^\s、。:：]{1,12}(?:さん|氏|様|さま)\s?[:：])\s*/i;

/** Another person's word: "Tom says", "according to Maria", 「鈴木さんによると」. */
const SAYS = /(?<![a-z])(?:says|said|thinks|reckons|claims|according\sto|told\s(?:me|us))(?![a-z])|によると|曰く|さんは|さんが/i;

/** A field's value as the "Updated:" and "two values" lines show it: the level with its label ("level Medium", 「レベル Medium」). */
export function shownValue(field: (typeof FIELD_NAMES)[number], f: Facts, lang: Lang): string | undefined {
  const v = formatField(field, f);
  return v && field === 'level' ? `${TEXTS[lang].levelLabel} ${v}` : v;
}

/** One line per field whose value another message gave differently: the one now used, and the other given. */
function twoValuesNote(before: Facts, after: Facts, lang: Lang): Block[] {
  const out: string[] = [];
  for (const field of FIELD_NAMES) {
    if (before[field] === after[field]) continue;
    const a = shownValue(field, before, lang);
    const b = shownValue(field, after, lang);
    if (a && b && a !== b) out.push(TEXTS[lang].twoValues(a, b));
  }
  const rest = diffFacts({ ...before, ...pick(after, FIELD_NAMES) }, after, lang);
  return out.length ? [{ type: 'context', text: out.join(lang === 'ja' ? '' : ' ') }, ...rest] : rest;
}

function pick(f: Facts, keys: readonly (keyof Facts)[]): Partial<Facts> {
  return Object.fromEntries(keys.filter((k) => f[k] !== undefined).map((k) => [k, f[k]]));
}

/** "Updated: TMS 15.2.1 → 14.6.0" lines for values that changed (not for values newly given). */
export function diffFacts(before: Facts, after: Facts, lang: Lang): Block[] {
  const t = TEXTS[lang];
  const shown = (field: (typeof FIELD_NAMES)[number], f: Facts) => shownValue(field, f, lang);
  const out: string[] = [];
  for (const field of FIELD_NAMES) {
    if (before[field] === after[field]) continue; // the same value shows the same
    let a = shown(field, before);
    let b = shown(field, after);
    // Some endpoints downgraded while the others still fail (partial-downgrade.ts): the release they went to is the
    // update, not the failing group now answered for.
    if (field === 'endpoint' && a && after.endpoint) {
      const same = (x: EndpointVersion, y: EndpointVersion) => x.family === y.family && x.semver === y.semver;
      const to = after.endpointGroups?.find((g) => !g.fails && !before.endpointGroups?.some((h) => same(h.endpoint, g.endpoint)));
      if (to && before.endpointGroups?.some((h) => same(h.endpoint, after.endpoint as EndpointVersion))) {
        b = formatEndpoint(to.endpoint);
        // (The release they left is the update's start, though the endpoint held was the CE one: "TC 7.3.21 → TC 7.3.3",
        // not "CE 9.15.3 → TC 7.3.3" (R50A).)
        const from = before.endpointGroups.find((h) => h.endpoint.family === to.endpoint.family && !after.endpointGroups?.some((g) => same(g.endpoint, h.endpoint)));
        if (from) a = formatEndpoint(from.endpoint);
      }
    }
    if (a && b && a !== b) out.push(`${a} → ${b}`);
  }
  // "sorry, SQL is actually on the TMS box": the location decides the SQL caveats, so its change is said too.
  const where = (f: Facts) => (f.sqlLocation === 'remote' ? t.sqlRemote : f.sqlLocation === 'local' ? t.sqlLocal : undefined);
  if (before.sqlLocation && after.sqlLocation && before.sqlLocation !== after.sqlLocation) out.push(`${where(before)} → ${where(after)}`);
  // Japanese: full-width colon and 「、」 (docs/ja-style.md).
  return out.length ? [{ type: 'context', text: lang === 'ja' ? `${t.updated}：${out.join('、')}` : `${t.updated}: ${out.join(', ')}` }] : [];
}

/**
 * "that last number was the OS", 「さっきの数字は OS のバージョンです」: the last bare answer moves to the
 * field named (and leaves the field it was read for, when it is still the value read from it).
 */
function referBack(state: ConversationState, text: string): { facts: Facts; lastAnswer: NonNullable<ConversationState['lastAnswer']>; note: Block } | null {
  const last = state.lastAnswer;
  const target = last ? referredField(text) : null;
  if (!last || !target || target === last.field || !(FIELD_NAMES as readonly string[]).includes(last.field)) return null;
  const r = parseField(target, last.text);
  if (!r.ok) return null;
  const from = last.field as (typeof FIELD_NAMES)[number];
  const facts: Facts = { ...state.facts, [target]: r.value };
  const old = parseField(from, last.text);
  if (old.ok && JSON.stringify(state.facts[from]) === JSON.stringify(old.value)) delete facts[from];
  const t = TEXTS[state.lang];
  const note: Block = { type: 'context', text: t.movedAnswer(echo(/\d[\d.]*(?:\s?r2)?/i.exec(last.text)?.[0] ?? last.text, 20), t.fieldNames[from], t.fieldNames[target]) };
  return { facts, lastAnswer: { field: target, text: last.text }, note };
}

const SP_DONE = [
  /(?<![a-z])(?:went|upgraded|updated|moved|patched|brought|took)\s(?:it\s|(?:the\s)?(?:ms\s?)?sql(?:\sserver)?\s|the\sdatabase\s)?(?:up\s)?to\s(?:sp|service\s?pack)\s?(\d{1,2})(?!\d)/i,
  /(?<![a-z])(?:installed|applied)\s(?:(?:the\s)?sql(?:\sserver)?\s)?(?:sp|service\s?pack)\s?(\d{1,2})(?!\d)/i,
  /(?:sp|サービス\s?パック)\s?(\d{1,2})\s?(?:に|を)\s?(?:しました|上げました|アップグレードしました|適用しました|更新しました|なりました|しておきました)/i,
  // "SQL is now SP3", "SQL Server's now on SP3", "the database is now SP3" (QA50 #15)
  /(?<![a-z])(?:(?:ms\s?)?sql(?:\sserver)?|the\sdatabase|it)(?:\sis|'s)\snow\s(?:on\s|at\s)?(?:sp|service\s?pack)\s?(\d{1,2})(?!\d)/i,
  // "SP3 applied", "SP3 is installed", "SP3 has been applied" (QA50 #15)
  /^\s*(?:(?:ok|okay|done|so|and|now)[\s,]+)?(?:(?:the\s)?(?:ms\s?)?sql(?:\sserver)?\s)?(?:sp|service\s?pack)\s?(\d{1,2})(?!\d)\s(?:(?:is|was|has\sbeen|got)\s)?(?:now\s)?(?:applied|installed)(?![a-z])/i,
  // 「SP3 適用しました」「SP3 を適用済みです」「SQL は SP3 になりました」 (QA50 #15)
  /(?:sp|サービス\s?パック)\s?(\d{1,2})\s?(?:を|は|も)?\s?(?:の)?\s?(?:適用|インストール)\s?(?:しました|済み|完了|できました|が完了しました|が終わりました)/i,
  /(?:sql(?:\s?server)?|データベース)\s?(?:は|が)\s?(?:今は?|いまは?|現在は?)?\s?(?:sp|サービス\s?パック)\s?(\d{1,2})\s?(?:になりました|になっています)/i,
];
const SP_NOT = /(?:(?<![a-z])(?:not|never|yet\sto)|n't)(?![a-z])|まだ|していません|してない/i;
/** A condition, a plan or another product's service pack: "if SQL is now SP3", 「SP3 を適用したら」, "Windows SP1 applied". */
const SP_NOT_SQL = /(?<![a-z])(?:if|once|when|whether|unless|windows|os|will|going\sto|plan(?:ned|s)?|tomorrow|tonight|next)(?![a-z])|たら|なら|れば|予定|ウィンドウズ/i;

/** The one SQL build in a service-pack report, when it is the same release and service pack ("SP3 applied, 12.0.6024.0"). */
function spBuildWith(text: string, q: SqlVersion, sp: number): SqlVersion | null {
  const builds = text.slice(0, 300).match(/(?<![\d.])\d{1,2}\.\d{1,2}\.\d{3,5}(?:\.\d{1,5})?(?![\d])/g);
  if (!builds || builds.length !== 1) return null;
  const r = parseSql(builds[0]);
  return r.ok && r.value.year === q.year && r.value.r2 === q.r2 && r.value.sp === sp ? r.value : null;
}

/** The SQL Server service pack said installed now ("we went to SP4" → 4), or null. */
function servicePackDone(text: string): number | null {
  let t = text.slice(0, 300);
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  // (Clause by clause: "didn't apply SP4, we went to SP3" is SP3.)
  // (The split keeps each clause's own end, so "SP3 applied?" stays a question.)
  for (const sentence of t.match(/[^.。!！?？\n,;、，；]+[.。!！?？\n,;、，；]*/g) ?? []) {
    if (/[?？]/.test(sentence) || SP_NOT.test(sentence) || SP_NOT_SQL.test(sentence)) continue;
    for (const re of SP_DONE) {
      const m = re.exec(sentence);
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/** The sqlcmd note when it was aimed at this machine (`subject`: "sqlcmd -S .\\X", or "sqlcmd" with no -S) while SQL is said to run elsewhere. */
const L = (en: string, ja: string): LocalizedText => ({ en, ja });

function sqlcmdLocalWhileRemote(subject: string): LocalizedText {
  const target = subject.startsWith('sqlcmd -S ') ? subject.slice('sqlcmd -S '.length) : '';
  const aimed = target ? L(`sqlcmd was aimed at ${target}, an instance on the machine where it ran`, `sqlcmd の接続先は ${target}、つまり sqlcmd を実行したマシン上のインスタンスでした`) : L('sqlcmd ran without -S, so it tried the default instance on the machine where it ran', 'sqlcmd は -S なしで実行されたため、実行したマシンの既定のインスタンスに接続しようとしました');
  return L(
    `${aimed.en}, while you said SQL Server runs on another server. If it ran on the TMS server, its failure says nothing about TMS's database: run it against the SQL server's name (\`sqlcmd -S <SQL server>\\<instance> -E -Q "SELECT @@VERSION"\`; first check which server and instance TMS is configured to use). If it ran on the SQL server itself, check there that the instance's service is running and read its ERRORLOG.`,
    `${aimed.ja}。一方、SQL Server は別のサーバにあるとのことです。TMS サーバで実行したのであれば、この失敗は TMS のデータベースについて何も示していません。SQL サーバの名前を指定して実行してください（\`sqlcmd -S <SQL サーバ名>\\<インスタンス名> -E -Q "SELECT @@VERSION"\`。その前に、TMS がどのサーバとインスタンスを使うよう設定されているかを確認してください）。SQL サーバ上で実行したのであれば、そのサーバでインスタンスのサービスが実行中か確認し、ERRORLOG を見てください。`,
  );
}

/** The hardening note undone by this message (see onFacts): TLS 1.0 said or shown on, the older units said to work, TLS 1.0 said untouched. */
function hardeningAllFailUndoneBy(text: string, found: Partial<Facts>, held: readonly string[]): boolean {
  const serverOnly = /server/i.test(text) && !/client|クライアント/i.test(text) && /tls\s?1\.0[^\n]{0,12}\\?\s?server|server\s(?:side|key)/i.test(text);
  return (found.tlsClaims?.tls10 === 'on' && !serverOnly) || tls10ClientShownOn(text) || hardeningAllFailUndone(text, held);
}

/**
 * Whether a release the user names ("CE 8.0", "TC 7.3.3", "CE 9.15.3") is the failing units' release held: same family, and
 * the shorter of the two versions, at least major.minor, is the start of the longer ("CE 9.15" and "ce9.15.3.17" are one).
 */
function sameReleaseAs(named: string, held: EndpointVersion): boolean {
  const p = parseEndpoint(named);
  if (!p.ok || p.value.family !== held.family) return false;
  const parts = (raw: string) => (/\d+(?:\.\d+)*/.exec(raw)?.[0] ?? '').split('.').map(Number);
  const a = parts(p.value.raw);
  const b = parts(held.raw);
  const n = Math.min(a.length, b.length);
  return n >= 2 && a.slice(0, n).every((x, i) => x === b[i]);
}

/**
 * "the cipher suites are the default ones", "the registry keys are default", 「暗号スイートは既定のままです」 (FIX19E, QA45 W4):
 * "default" said of another setting, with no level named, is not TMS's default level (Medium).
 */
const DEFAULT_OTHER_SUBJECT =
  /(?<![a-z])(?:cipher|cypher|suites?|registry|keys?|values?|certificates?|certs?|protocols?|schannel|firewall|ports?|passwords?|gpo|polic(?:y|ies)|\.net|browsers?|templates?)(?![a-z])|暗号|スイート|レジストリ|証明書|キー|ポリシー|ポート|パスワード|テンプレート/;
const LEVEL_NAMED = /(?<![a-z])(?:medium|med|mid|level|security|communication|tls\soptions?)(?![a-z])|ミディアム|ミドル|レベル|セキュリティ|(?<![\u3400-\u9fff])中(?![\u3400-\u9fff])/;
function defaultOfOther(p: string): boolean {
  const t = p.toLowerCase();
  return DEFAULT_OTHER_SUBJECT.test(t) && !LEVEL_NAMED.test(t);
}
