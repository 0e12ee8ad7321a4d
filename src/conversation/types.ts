/**
 * The conversation engine's contract: (state, message) -> (state, replies). Pure, no I/O.
 * State is JSON-serialisable and versioned so stored conversations survive upgrades.
 */
import type { Facts, Lang } from '../domain/types';
import type { FleetFact } from '../domain/fleet';
import type { ProbeResult } from '../probe/types';
import type { EvidenceReading } from '../evidence/types';
import type { Reply } from './document';

export interface ConversationState {
  v: 1;
  lang: Lang;
  /**
   * The user asked for this language in words ("in Japanese please", 「日本語でお願いします」): kept for the rest of the
   * conversation, whatever language later messages are written in, until another language is asked for (QA58 #10; a channel
   * thread keeps its language anyway, keepLang). Additive (absent = the language follows each message).
   */
  langAsked?: true;
  facts: Facts;
  /** The question the bot asked last, so a bare answer ("2012") lands in the right field. */
  pending: string | null;
  turns: number;
  /** Optional questions the user chose to skip ("don't know"): not asked again. Additive (absent = none). */
  skipped?: string[];
  /**
   * The last bare answer read for a pending question ({field, text}), kept for one turn so that
   * "that last number was the OS" can move it to the field named. Additive (absent = none).
   */
  lastAnswer?: { field: string; text: string };
  /**
   * Two endpoint releases the last message read for facts offered as alternatives (["TC 7.3.3",
   * "CE 9.15"]), kept until the next one so that "both" / 「両方」 reads as a mixed fleet. Additive.
   */
  offered?: string[];
  /**
   * The values the last message that was read for facts replaced ("sorry, SQL 2014" after "SQL
   * 2016": {sql: SQL 2016}), kept until the next one, so that "no, same as before" / 「いや、前と同じです」
   * goes back to them. Additive (absent = none).
   */
  earlier?: Partial<Pick<Facts, 'tms' | 'endpoint' | 'sql' | 'windows' | 'level'>>;
  /**
   * The findings this conversation already showed in full, as "code:hash of their texts", so that a
   * later full answer does not repeat an unchanged step or note whole. Additive (absent = none).
   */
  shown?: string[];
  /**
   * The steps of the answer (finding codes, in order) as numbered when the user first said one was
   * done ("done with step 3"): what a step records (the level set to Medium-High) drops its step from
   * the answer, and "done with step 4" must still mean the step 4 the user saw. Additive.
   */
  stepCodes?: string[];
  /**
   * The user said "No HTTPS response" is seen (src/domain/understand/symptom.ts): another symptom named
   * later ("Also the MCU shows No SNMP response") is a side issue, not a reason to withdraw the diagnosis;
   * only "…, not No HTTPS response" withdraws it. Additive (absent = not said).
   */
  noHttpsSeen?: true;
  /**
   * The last reply asked whether all the systems are back ("7 are back now" gave a count without its total):
   * the next message may answer it ("yes, all of them", 「全部です」, "no, only those"). Kept one text turn. Additive.
   */
  askedAllBack?: true;
  /**
   * The year the last reply asked about ("Is 2008 R2 the SQL Server or the Windows Server release?"): a bare "SQL", "Windows",
   * "both", 「SQL です」「両方です」 in the next text turn answers it (rev26 #9). Kept one text turn. Additive.
   */
  whichAsked?: string;
  /**
   * The last reply asked which server runs TMS now, an old or a new one (understand/server-replaced.ts): the new server's Windows
   * as written (`now`, "2016") and the old one's when named. "the new one", 「新しい方」 in the next text turn answers it (left-a #2).
   * Kept one text turn; each at most 20 characters. Additive (absent = none).
   */
  serverAsked?: { now: string; old?: string };
  /**
   * The endpoint release given too vaguely to decide ("CE8", "TC7.3"), kept while its precise question ("CE 8.0.x or
   * 8.1+?") is the open one, so that a turn about something else (a TMS correction) asks it again, not the generic
   * endpoint question. At most 40 characters. Additive (absent = none).
   */
  vagueEndpoint?: string;
  /** The full "I don't know that one" list was shown in this conversation: a later miss gets one line. Additive (absent = not yet). */
  toldCannot?: true;
  /**
   * What the last pasted log in which no reader found a finding showed (its lines, those naming "No HTTPS response", those with
   * a reset; an Event Viewer record): for "what do you make of the log?" asked after it (QA64 #11). Additive (absent = none).
   */
  logRead?: { lines: number; symptom: number; reset: number; event: boolean };
  /**
   * The last text message named other devices ("we also have 2 MXPs": 'others'), or them and the failing endpoints
   * ('both') (src/domain/understand/http-subject.ts devicesNamedIn). Kept one text turn: "those are on http" next is
   * about them, or asks which devices. Additive (absent = none).
   */
  devicesNamed?: 'others' | 'both';
  /**
   * How many times this conversation started over (Start over, "new case"): an answer card carries the
   * count it was drawn with, so a press on a card from before a start over is told so instead of acting
   * on the new conversation. Additive (absent = 0).
   */
  restarts?: number;
  /**
   * The facts the last text message read for facts set or changed (fields, and 'sqlLocation'), kept until the next text
   * message that is read, so that "ignore that", 「今のは無視してください」 can say what the bot still uses from it
   * (src/conversation/retraction.ts). Additive (absent = none).
   */
  lastSet?: string[];
  /**
   * An endpoint upgrade announced as a plan (endpoint-upgrade-plan.ts): the release planned (`to`) and the endpoint release
   * recorded then (`from`, raw), so that a later "ok we upgraded them, now No HTTPS response", 「アップグレードしました」 that
   * names no release reads the planned one (REV24 #2). Each at most 40 characters. Additive (absent = none).
   */
  plannedEndpoint?: { to: string; from?: string };
  /**
   * The last text message closed the case without saying the fix worked ("we are closing the ticket", 「クローズします」): a
   * language asked for next ("in Japanese please") confirms the language and the closing in it, not the whole answer again
   * (FIX60B #3). Dropped by the next text message that is not a language request. Additive (absent = not closed).
   */
  caseClosed?: true;
  /**
   * The last text message said another unit of this case fails too and named no release ("from another codec that fails too"),
   * its output to follow (FIX62A #1): the release a paste next shows is one more failing group, not a correction of the one held.
   * Kept one text turn. Additive (absent = not said).
   */
  anotherFailingNext?: true;
  /**
   * The semver of another TMS server the last text message named ("we have a second TMS at the Osaka site, that one is 14.6.2"),
   * so that "its endpoints are on TC 7.3.6", 「そちらのエンドポイントも CE9.15 です」 next is read as that server's (QA63 #1).
   * Kept one text turn; at most 20 characters. Additive (absent = none).
   */
  otherTmsNamed?: string;
  /**
   * Host names like TMS's that the user said are endpoints ("tms-lobby-sx80 is an endpoint, an SX80 in the lobby", rev63 #2),
   * lower-cased: a test pasted later against one is an endpoint test, not one of the TMS server itself. Kept for the
   * conversation; at most 8, each at most 100 characters. Additive (absent = none).
   */
  endpointHosts?: string[];
}

export type IncomingMessage =
  /** `length`: the full length when an adapter kept only the start of a longer text (the console's line cap). */
  /**
   * `keepLang`: said where several people talk to the bot (a channel thread): the conversation keeps the
   * language it has (one language per thread, its card and notes included) whatever this line is
   * written in; only a clear request ("please answer in English", 「日本語で」) changes it. A
   * conversation's first message still sets it.
   * `unaddressed`: a line in a shared thread that does not address the bot (no mention): people talk to each
   * other there too, so a line the bot reads nothing in (no fact, no question, no request, only "ok" or "on it")
   * gets no reply and changes nothing (route 'chatter'); anything it reads is answered as usual.
   * `othersMentioned` (with `unaddressed`): the line also mentions another person ("can you check the SQL
   * version, thanks @bob"): when the bot reads nothing in it, it was said to them, so no reply even when it
   * names the case; facts in it ("SQL is 2016 (checked with @bob)") are still stored and answered.
   * `toOthers` (with `unaddressed`): the line opens with a colleague's mention ("@bob can you disable TLS 1.0 and SSL 3.0
   * tonight?"): theirs, no reply and nothing changed, unless it asks for or announces a hardening change that would be an
   * outage here (SQL 2008 R2 on the TMS server): then the warning only, no fact recorded (REV21-a #1).
   * `lateJoin`: the bot was mentioned inside a thread that already had messages it never saw (it reads a thread
   * only from its mention on): a first line that gives it nothing says so and asks the first question.
   */
  | { kind: 'text'; text: string; length?: number; keepLang?: boolean; unaddressed?: boolean; othersMentioned?: boolean; toOthers?: boolean; lateJoin?: boolean }
  /** A button or select from a previous reply (Action.id / Action.value). */
  | { kind: 'action'; id: string; value?: string }
  /** A probe finished; its result joins the facts. */
  | { kind: 'probe'; result: ProbeResult }
  /**
   * Evidence was read (a file shared or named; src/evidence/); its observations join the facts.
   * `comment`: the words the file was shared with ("here is the registry export"), read first as a
   * text turn when they carry something, else left out (one reply: what the file shows). `keepLang`: as
   * a text turn's, for those words (a file shared in a channel thread).
   */
  | { kind: 'evidence'; source: string; reading: EvidenceReading; comment?: string; keepLang?: boolean }
  /** A fleet probe finished; its counts join the facts (src/domain/fleet.ts). */
  | { kind: 'fleet'; fleet: FleetFact };

export interface TurnResult {
  state: ConversationState;
  replies: Reply[];
  /** Set when the text carried nothing the bot could read (no fact, no request): its reply only says so. */
  understoodNothing?: true;
  /**
   * Set when the text's only reading was a failed answer to the open question ("I could not find a SQL Server
   * version in …", the question asked again): nothing else in it was read, and no fact changed.
   */
  missedAnswer?: true;
  /** Set when the text asked something the bot has no answer for ("I don't know that one"): nothing in it was read. */
  cannotAnswer?: true;
  /**
   * Set when the text was said to someone else ("Mike, can you check…?", 「田中さん、…」) and nothing in it was read (its
   * reply only keeps the open question open), or it is one question put to them ("@bob CE 9.15.3?"): in a shared
   * thread, no reply at all and nothing taken.
   */
  leftToThem?: true;
  /**
   * Which reader answered (a route of src/conversation/engine.ts, 'facts', 'not-understood', or the
   * message's kind for buttons, probes, evidence and fleet results): for the turn's log line and the
   * turns-by-route metric, never shown to users. A small fixed set of names.
   */
  route?: string;
}

export type Step = (state: ConversationState | null, message: IncomingMessage) => TurnResult;
