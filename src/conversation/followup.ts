/**
 * Follow-up questions ("why?", "what is Medium-High?", "does this disable Telnet?"): recognised,
 * answered from the knowledge, and the open question asked again. Nothing in the facts changes.
 */
import { withEvidenceWindows } from '../domain/evidence-rules';
import { advisingBlock, type Block } from './document';
import { anyAdvising, OBSERVATIONS_ADVISING_MEDIUM_HIGH } from '../domain/advises';
import { asksAboutLevel, proposesLevel } from '../domain/understand/level-question';
import { nfkc } from '../domain/nfkc';
import type { Finding, Lang, QuestionCode } from '../domain/types';
import { extractFacts } from '../domain/extract';
import { diagnose } from '../domain/diagnose';
import { fieldOfQuestion, parseField } from '../domain/fields';
import { endpointRefusesTls10, formatEndpoint, formatTms, parseLevel } from '../domain/versions';
import { caveatTelnetSnmp, telnetCaveatAfterUpgrade, detectTranslationQuote, translationNote, endpointNoTls10, question as questionForCode, tmsMediumTls10Only, tmsToolsMediumHigh, TRANSLATION_NOTES } from '../domain/knowledge';
import type { ConversationState, TurnResult } from './types';
import { MAX_MESSAGE } from './guards';
import { actionsBlock, contextLine, diagnoseState, next, para, questionBlock, questionBlocksFor, reply, paraFrom, listFrom } from './compose';
import { onFacts } from './merge';
import { worksClauseIn } from './intents';
import { TEXTS } from './texts';
import { aboutThirdParty } from '../domain/understand/third-party';
import { worriedAhead } from '../domain/understand/worry';
import { instructedTcChange } from '../domain/understand/instructed-change';
import { CATALOGUE, findEntry, findSentenceEntry, findStatementEntry, FIX_NAMED, FIX_ONLY_ENTRIES, FIX_ONLY_WORDS, fixFilesReady, NOT_ABOUT_FIX_SENTENCE, whereForPending, type CatalogueEntry } from './catalogue';
import { ASKS_WHETHER, classifyClause, factsAfterRequest, ownFleetIn, sentencesOf } from '../domain/understand/clauses';
import { summarize } from './summary';
import { pastedEvidence } from './evidence';
import { endpointsWorkAnswer, eventAnswer, httpsModeAnswer, whichEndpointsAnswer } from './question-answers';
import { eventMeaning } from '../evidence/text';
import { trimEnd } from '../domain/trim-end';
import { groupedByFirstLetter } from '../domain/understand/first-letter';

/** The downgrade entry, for an instruction to take the endpoints to TC (QA53 #3). */
const CATALOGUE_DOWNGRADE = (): CatalogueEntry | null => CATALOGUE.find((e) => e.id === 'downgrade-endpoints') ?? null;

// ---------------------------------------------------------------------------------------------
// Follow-up questions ("why?", "what is Medium-High?", "does this disable Telnet?")

/** A question rather than an answer: ends with a question mark, or starts/ends like one. */
const QUESTION_FORM =
  groupedByFirstLetter(/[?？]\s*$|^\s*(?:why|what|what's|whats|how|does|do|did|is|are|can|could|will|would|should|which|when|where)(?![a-z])|(?<![a-z])(?:anything|any\s(?:gotchas?|caveats?|pitfalls?|concerns?|issues?|risks?))(?:\s(?:else|special))?\s(?:(?:i|we)\s(?:should|need\sto|must)\s|to\s)?(?:watch|look|be\saware|know|consider|worry|keep\sin\smind|check)(?:\s(?:out\s)?(?:for|of|about))?\s*(?:[.!]+\s*)?$|(?<![a-z])(?:asked|asks|asking|wonder(?:s|ed|ing)?|want(?:s|ed)?\sto\sknow)\s(?:\w+\s)?(?:if|whether)(?![a-z])|か(?:どうか)?(?:と|を)?(?:聞かれ|質問され|問い合わせ|知りたい)|(?:とは|って(?:何|なに)|なぜ|どうして|なんで|ですか|ますか|でしょうか|の\?|かな)\s*(?:[?？]\s*)?$|(?:違い|差)(?:は|って(?:何|なに)?|を(?:教えて|説明して)(?:ください|下さい)?)?\s*(?:[?？。]\s*)?$|^\s*(?:なぜ|どうして|なんで)/i);
/**
 * Someone else's question relayed and answered by the user in the same sentence: "Someone asked if it was High all along;
 * no, it is Medium", 「High なのかと聞かれましたが、いいえ、Medium です」 (R44D). The answer is a statement, not a question to us.
 */
const RELAY_ANSWERED =
  /(?<![a-z])(?:asked|asks|asking|wonder(?:s|ed|ing)?|want(?:s|ed)?\sto\sknow)\s(?:\w+\s)?(?:if|whether)(?![a-z])[^?？]*?[;,.:]\s*(?:no|nope|yes|yeah|yep|actually)(?![a-z])[,\s]+(?:it|we|they|that|the\s\w+)(?:'s|'re|\s(?:is|was|are|were|has|have))(?![a-z])[^?？]*$|か(?:どうか)?(?:と|を)?(?:聞かれ|質問され)(?:ました|た)(?:が|けど)[、,\s]*(?:いいえ|いえ|はい|実際は|実際には)[、,\s]*[^?？]*(?:です|でした|ます|ました)[。\s]*$/i;

/**
 * A bare yes/no right after a question: the user asked and answered it themselves ("Our Expressway says remote SQL? no.
 * Anyway SQL 2016 is on the TMS server.", 「リモートSQL？いいえ。」) (R44D). What follows is what they state.
 */
const SELF_ANSWER = /^\s*(?:no|nope|nah|yes|yeah|yep|いいえ|いえ|はい)\s*(?:[.!。！]\s*)?$/i;

/** A question form (QUESTION_FORM) that is not someone else's question answered by the user in the same breath. */
function questionForm(t: string): boolean {
  return QUESTION_FORM.test(t) && !RELAY_ANSWERED.test(t);
}

/** "what is X" / "X とは" / "X って何": asks what something means, so a level named there is not a setting. */
const DEFINITION = /^\s*(?:what(?:'s|\sis|\sdoes)|what\sare|meaning\sof|explain)(?![a-z])|(?<![a-z])difference(?![a-z])|とは|って(?:何|なに)|の意味|どういう(?:意味|こと)|違い|どう違|何が変わ|なにが変わ/i;
const TOPIC_TELNET = /telnet|snmp|テルネット|polycom|hdx|mxp|ポリコム|(?<![a-z])mcus?(?![a-z])/i;
/** Words that state a setting rather than ask about it. */
const LEVEL_STATED =
  /(?<![a-z])(?:already|currently|now|still|we(?:'re|\sare)|it(?:'s|\sis)|is\sset|set\sto|is\sat|are\sat|running\sat|on)(?![a-z])|すでに|既に|現在|今は|設定済み|になって(?:い(?!い)|お)|にして(?:い(?!い)|お)|のまま|設定して(?:い(?!い)|お)/i;
/** "still" before a need: "still needed", "still need", "still required", "still have to" (a question of need, not of the level set). */
const STILL_NEEDED = /(?<![a-z])still\s(?=(?:really\s)?(?:need|needed|needs|required|necessary|have\sto|has\sto|worth)(?![a-z]))/gi;
/**
 * Whether the Medium-High change is needed, asked yes or no: "is the Medium-High change still needed?", "so do we still need the
 * Medium-High change?", "do we need Medium-High at all?", 「Medium-High への変更はまだ必要ですか？」「それでも Medium-High にする必要はありますか？」 (QA58 #2).
 */
const MH_Q = String.raw`(?:the\s)?(?:medium[\s_-]?high|ミディアム[\s・ー-]?ハイ)(?![a-z])`;
const MH_NEED_ASKED = new RegExp(
  String.raw`^\s*(?:(?:so|and|ok(?:ay)?|then|but|hmm+)[,\s]+)*(?:(?:is|are)\s(?:the\s)?(?:change\sto\s|switch\sto\s|move\sto\s)?${MH_Q}(?:\s(?:change|level|setting|step))?\s(?:(?:still|really|even|actually|then|also)\s)*(?:needed|required|necessary)` +
    String.raw`|(?:do|does|would|will)\s(?:we|i|they|you|the\scustomer)\s(?:(?:still|really|even|actually|then|also)\s)*(?:need|have)\s(?:to\s(?:(?:set|change|go|move|switch|raise|make)\s(?:it\s|tms\s|the\slevel\s)?(?:to\s)?)?)?(?:the\s)?(?:change\sto\s)?${MH_Q}` +
    String.raw`|${MH_Q}(?:\s(?:change|level|setting|step))?\s(?:(?:still|really|then|even)\s)?(?:needed|required|necessary)\s*[?？])` +
    String.raw`|${MH_Q}\s?(?:への変更|に(?:する|変更する|上げる)(?:の|こと)?|の(?:変更|設定))\s?(?:は|って|も)?\s?(?:まだ|それでも|本当に|やはり|今でも)?\s?(?:必要|要り|いり)(?:ます|です)?\s?(?:か|でしょうか)` +
    String.raw`|${MH_Q}\s?(?:に|へ)\s?(?:する|変更する|上げる|変える)\s?必要\s?(?:は|が)\s?(?:まだ\s?)?(?:あり|ある)`,
  'i',
);
/** The need asked of another place or party: "also", "too", "node 2", "the other site", 「APACも」「2号機も」「拠点」. */
const MH_NEED_ELSEWHERE =
  /(?<![a-z])(?:also|too|as\swell|other|another|sites?|nodes?|labs?|regions?|branch(?:es)?|customers?|apac|emea|amer)(?![a-z])|[^\sでど]\s?も\s?(?:medium|ミディアム)|拠点|サイト|ノード|号機|検証|ラボ|他の|別の|お客様/;
const TOPIC_LEVEL = /medium|(?<![a-z])(?:level|security)(?![a-z])|ミディアム|レベル|セキュリティ/i;
/**
 * "why would the endpoints work then?", "how come the codecs still work?", "why are the endpoints fine?",
 * 「なぜエンドポイントは動くんですか」「エンドポイントが動いているのはなぜ」 (not "why don't the endpoints work?",
 * 「なぜエンドポイントは動かないのか」).
 */
const ENDPOINTS_WORK_EN =
  /(?<![a-z])(?:why|how\scome)(?:\s(?:would|do|does|did|are|is|can|could|should|will))?\s(?:the\s|our\s|my\s|these\s|those\s|other\s|the\sother\s|all\s(?:the\s)?)?(?:endpoints?|codecs?|cisco\sones|other\sones|ones)\s(?:(?:then|still|now|all|at\sall)\s)*(?:be\s)?(?:work|works|working|fine|ok|okay|keep\sworking|connect|reachable|unaffected|not\saffected)(?![a-z])/i;
const ENDPOINTS_WORK_JA =
  /(?:なぜ|どうして|なんで)[^。？?]{0,12}(?:エンドポイント|端末|コーデック)[^。？?]{0,6}(?:は|が|だけ)\s?(?:まだ|今も|普通に)?\s?(?:動(?!か)|正常|問題な|使え(?!な)|つなが(?!ら)|繋が(?!ら)|接続でき(?!な))|(?:エンドポイント|端末|コーデック)[^。？?]{0,6}(?:は|が|だけ)\s?(?:まだ|今も|普通に)?\s?(?:動いて|正常|問題な|使えて|つながって|繋がって)[^。？?]{0,12}(?:のは|の)\s?(?:なぜ|どうして|なんで)/;
const TOPIC_WHY = /(?<![a-z])(?:why|cause|reason|root\scause)(?![a-z])|なぜ|どうして|なんで|原因|理由/i;
/** "is the risk low?", 「リスクは低いですか」: low/high said of something else is not the level asked for. */
const LEVEL_ADJECTIVE = /(?<![a-z])(?:risk|impact|chance|probability|likelihood|priority|severity|load|cpu|memory|traffic|usage|cost|downtime)s?(?![a-z])|リスク|影響|可能性|優先度|負荷|コスト/i;
/** "What should we do?", "what do I need to do?", "how do we fix it?", "next steps?", 「どうすればいいですか」, 「対処方法は？」. */
const TOPIC_FIX =
  /(?<![a-z])(?:what\s(?:should|shall|do|can|must)\s(?:we|i|they|the\scustomer)\s(?:do|try)|what\s(?:do|does|will|would)\s(?:we|i|they|the\scustomer)\s(?:need|have)\sto\s(?:do|try)|what\s(?:needs|has)\sto\sbe\sdone|what\s(?:do\syou\s|would\syou\s)?(?:suggest|recommend|propose|advise)|how\s(?:do|can|should|would|to)\s(?:we\s|i\s|you\s)?(?:fix|solve|resolve|repair|sort|proceed|go\sabout)|what(?:'s|\sis|\sare)\s(?:the\s|our\s)?(?:recommended\s|suggested\s|best\s)?(?:fix|solution|workaround|remedy|next\ssteps?|plan|action\splan|actions?|way\sforward)|next\ssteps?|what\snow|what\sto\sdo|any\s(?:advice|suggestions?|recommendations?|fix))(?![a-z])|どう(?:すれば|したら|すると|やれば)(?:いい|よい|良い|よろしい)|どうしたら|(?:どう|どのように)(?:対応|対処|解決)(?:すれば|したら)|次の(?:アクション|対応|手順|作業)|解決策|(?:対処|対応|解決|修正)(?:方法|策|法|手順)|何を(?:すれば|したら|やれば)|次(?:に|は)何|(?:手順|やり方)を?(?:教え|ください)|(?<![a-z])(?:what(?:'s|\sis)?\snext|now\swhat|then\swhat)(?![a-z])|^(?:\s*(?:では|じゃあ|それで))?[、,\s]*次(?:は|に)?\s*[?？]|次は?\s?どう(?:すれば|したら|する)/i;

/**
 * "What does this mean?", "what's that error?", 「これはどういう意味ですか」, 「意味は？」: asks about something
 * shown before (a pasted line), not about a word of its own. "so what does this capture tell us?",
 * 「このキャプチャから何が分かりますか」: the file read before (QA round 19 #9).
 */
const MEANING =
  /^\s*(?:(?:so|ok|okay|and|hmm)[,\s]+)?(?:what\s(?:does|do)\s(?:this|that|it|these|those)(?:\s(?:error|line|message|log|entry|event|output|alert))?\s(?:mean|indicate|tell\sus)|what(?:'s|\sis)\s(?:this|that)(?:\s(?:error|line|message|log|entry|event|alert))?|meaning|what\s(?:does|do|did)\s(?:this|that|these|those|the)\s(?:capture|pcap|trace|file|result|reading)s?\s(?:mean|indicate|tell\s(?:us|me)|show|say))\s*(?:[?？.!]+\s*)?$|(?:この|その)(?:キャプチャ|pcap|トレース|ファイル|結果)(?:から|で)\s?(?:何|なに)が(?:分か|わか)|(?:これ|それ|この(?:エラー|ログ|メッセージ|行|イベント|アラート|キャプチャ|pcap|トレース|ファイル|結果)|その(?:エラー|ログ|メッセージ|行|イベント|キャプチャ|pcap|トレース|ファイル|結果))(?:は|って)?\s?(?:どういう|何の|なんの)(?:意味|こと)|^\s*(?:(?:これ|それ)(?:は|って)?\s?(?:何|なに)(?:ですか|でしょうか)?|意味は|(?:これ|それ)の意味は?)\s*(?:[?？。]+\s*)?$/i;
const SYMPTOM_NAMED = /no\shttps\sresponse/i;

/**
 * "which endpoints are affected", "are all our endpoints affected or just the upgraded ones",
 * 「影響を受けるのはどのエンドポイントですか」: asks which systems the problem hits (it reports none failing).
 */
const WHICH_ENDPOINTS =
  /(?<![a-z])(?:which|what|how\smany|are\sall|is\severy|do\sall|will\sall|does\severy)(?:\s(?:of\s)?(?:our|the|my|these|those))?\s(?:endpoints?|codecs?|devices?|systems?|units?)(?:\s(?:\w+\s){0,3}?)?(?:are|is|will\sbe|would\sbe|get|gets|be)?\s?(?:affected|impacted|hit|concerned|in\sscope)(?![a-z])|(?<![a-z])(?:endpoints?|codecs?|devices?|systems?)\s(?:\w+\s){0,2}?(?:affected|impacted)\sor\s(?:just|only)(?![a-z])|(?:どの|どれ|何台|いくつ)[^。？?]{0,6}(?:エンドポイント|端末|コーデック|機器)[^。？?]{0,20}(?:影響|対象|該当)|(?:影響|対象|該当)[^。？?]{0,16}(?:どの|何台の?|いくつの?)\s?(?:エンドポイント|端末|コーデック|機器)|(?:全部|すべて|全て|全)の?(?:エンドポイント|端末|コーデック|機器)(?:が|も)?\s?(?:対象|影響|該当)[^。]{0,30}(?:だけ|のみ)/i;
/** "what if the endpoint is in HTTPS only mode", "what does HTTPS Mode have to do with it", 「HTTPSモードがHTTPSのみの場合」. */
const HTTPS_MODE_QUESTION = /(?<![a-z])https[\s-]?(?:only\s)?mode(?![a-z])|(?<![a-z])https[\s-]only(?![a-z])|(?<![a-z])http\smode(?![a-z])|https\s?モード|https\s?(?:のみ|だけ|オンリー)/i;
/**
 * "what does Schannel event 36874 mean", 「Schannelのイベント36874ってどういう意味ですか」: asks what an
 * event is (a definition), it reports none seen on this server.
 */
const EVENT_DEFINITION =
  /^\s*(?:(?:so|ok|okay|and|hmm)[,\s]+)?(?:what(?:'s|\sis|\sdoes|s)|explain|meaning\sof)\s(?:the\s|an?\s)?(?:schannel\s|sql(?:\sserver)?\s)?(?:event|error)?\s?(?:id\s)?(?:#\s?)?(\d{4,5})(?!\d)(?:\s(?:event|error))?(?:\s(?:mean|means|indicate|stand\sfor))?\s*(?:[?？.]+\s*)?$|^\s*(?:schannel\s?の?\s?|sql\s?(?:server)?\s?の?\s?)?(?:イベント|エラー)?\s?(?:id\s?)?(\d{4,5})(?!\d)\s?(?:の意味|(?:と|って)は?\s?(?:何|なに|どういう(?:意味|こと))|(?:は|が)?\s?何を(?:意味|示)|は\s?どういう(?:意味|こと))/i;

/** The event a definition question asks about ("what does Schannel event 36874 mean" → 36874), or null. */
export function eventAsked(text: string): number | null {
  let t = text.slice(0, 200);
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  const m = EVENT_DEFINITION.exec(t);
  if (!m) return null;
  const id = Number(m[1] ?? m[2]);
  return eventMeaning(id) ? id : null;
}

export type FollowUp = 'telnet' | 'level' | 'why' | 'fix' | 'meaning' | 'endpoints' | 'endpoints-work' | 'https-mode' | 'event' | 'other';

/**
 * The topic of a follow-up question, or null when the text is not one: it must be a question, and
 * carry no version or HTTP/HTTPS fact (those are read as facts). A level named in a question counts
 * only when the question asks what the level means, or quotes the Japanese translation.
 */
export function followUpTopic(text: string, pending: QuestionCode | null): FollowUp | null {
  const t = text.slice(0, MAX_MESSAGE);
  // "what does Schannel event 36874 mean": a definition, not a pasted event.
  if (eventAsked(t) !== null) return 'event';
  // "so what is the fix", "next steps pls": a short request for the fix is a question without its mark.
  // ("let's try Medium-High", "try Medium-High": a level proposed is asked of the team, and answered as a question; QA49 F3.)
  if (!questionForm(t) && !(t.length <= 120 && TOPIC_FIX.test(t)) && !proposesLevel(t)) return null;
  // An unsure answer to the open question ("2012 R2?", "is it medium?") is still an answer.
  const field = fieldOfQuestion(pending);
  if (field && field !== 'level' && parseField(field, t).ok) return null;
  if (field === 'level' && !DEFINITION.test(t) && !LEVEL_ADJECTIVE.test(t) && !asksAboutLevel(t) && parseLevel(t).ok) return null;
  // A pasted line with its question ("…Could not create SSL/TLS secure channel. what does this mean?"): read the line.
  if (pastedEvidence(t)) return null;
  const ex = extractFacts(t);
  // "which endpoints are affected", "what if the endpoint is in HTTPS only mode": endpoints named in
  // a question about them are not reported failing (nor is the share of them that fails).
  const aboutEndpoints = WHICH_ENDPOINTS.test(t) ? 'endpoints' : HTTPS_MODE_QUESTION.test(t) ? 'https-mode' : null;
  const { level, ...named } = ex.facts;
  const rest: Partial<typeof named> = { ...named };
  if (aboutEndpoints) {
    delete rest.endpointsFail;
    delete rest.scope;
    delete rest.https;
  }
  if (Object.keys(rest).length > 0 || ex.problems.length > 0) return null;
  // A version named in the question ("is TMS 14.6.2 affected?") is answered as its own case (merge.ts).
  if (ex.asked || ex.supposed) return null;
  // A level in a question is the user's setting only when said as such ("we're at Medium-High, why…");
  // "does Medium-High break Polycom?" asks about it.
  // ("is the Medium-High change still needed?", "so do we still need the Medium-High change?": "still" there asks whether the need
  // lasts, it states no setting; QA58 #2.)
  if (level !== undefined && !DEFINITION.test(t) && !detectTranslationQuote(t) && LEVEL_STATED.test(t.replace(STILL_NEEDED, ' ')) && !ASKS_WHETHER.test(t)) return null;
  if (aboutEndpoints) return aboutEndpoints;
  // "why would the endpoints work then?", 「じゃあなぜエンドポイントは動くんですか」: why some keep working (their release).
  if ((TOPIC_WHY.test(t) || /how\scome/i.test(t)) && (ENDPOINTS_WORK_EN.test(t) || ENDPOINTS_WORK_JA.test(t))) return 'endpoints-work';
  if (TOPIC_TELNET.test(t)) return 'telnet';
  // "why does medium not work", 「なぜMediumだとだめなんですか」: why the level fails is the cause itself.
  const lv = parseLevel(t);
  if (lv.ok && (lv.value === 'medium' || lv.value === 'low') && TOPIC_WHY.test(t) && !DEFINITION.test(t)) return 'why';
  if (TOPIC_LEVEL.test(t) || level !== undefined) return 'level';
  // 「No HTTPS response と出ています。これは何ですか？」: what the symptom means is why it happens.
  if (SYMPTOM_NAMED.test(t) && (MEANING.test(sentencesOf(t).filter((x) => x.trim()).pop() ?? '') || DEFINITION.test(t))) return 'why';
  if (MEANING.test(t)) return 'meaning';
  if (TOPIC_WHY.test(t)) return 'why';
  if (TOPIC_FIX.test(t)) return 'fix';
  return 'other';
}

/**
 * Medium-High put as the easy way out, asked: "what if we just set Medium-High?", "why not just Medium-High?", "why can't we just use
 * Medium-High?", 「Medium-High にするだけではだめですか？」「なぜ Medium-High にしないのですか？」 (QA53 #5). Read only for TMS before 15,
 * where the answer leads with "not on this release".
 */
const MEDIUM_HIGH_WHY_NOT =
  /(?<![a-z])(?:what\sif|what\sabout\sif|why\snot|why\s(?:can['’]?t|cannot|couldn['’]?t|don['’]?t|do\snot)\s(?:we|i|you)|(?:can['’]?t|couldn['’]?t)\s(?:we|i)|(?:wouldn['’]?t|won['’]?t)\sit\s(?:work|be\senough)\sif)\s(?:we\s|i\s)?(?:just\s|simply\s|only\s)?(?:(?:set|use|go|switch|move|change|raise|bump|put|try)(?:\s(?:it|tms|the\slevel))?\s(?:up\s|over\s)?(?:to\s|for\s)?)?(?:the\s)?medium[\s_-]?high(?![a-z])|(?:medium[\s_-]?high|ミディアム[\s・ー-]?ハイ)\s?(?:に|へ)\s?(?:する|変更する|上げる)だけ(?:では|じゃ)|(?:なぜ|どうして|なんで)\s?(?:medium[\s_-]?high|ミディアム[\s・ー-]?ハイ)\s?(?:に|へ)\s?(?:し|変更し|上げ)ない/;

/** The yes to "is the Medium-High change still needed?" (QA58 #2), with the endpoint release held; and when it is already set. */
const MH_STILL_NEEDED = {
  en: (ep: string) =>
    `Yes. At Medium, TMS offers only TLS 1.0 when it connects to an endpoint, whatever the registry allows, and ${ep} refuses TLS 1.0. Medium-High is the setting that makes TMS offer TLS 1.2; the registry keys only make TLS 1.2 available to it. An endpoint that works again because it went back to a release that still accepts TLS 1.0 works only until its next upgrade: make the change before then.`,
  ja: (ep: string) =>
    `はい、必要です。Medium の TMS は、レジストリの設定にかかわらず、エンドポイントへの接続で TLS 1.0 しか提示しません。${ep} は TLS 1.0 を受け付けません。TMS に TLS 1.2 を提示させるのは Medium-High の設定で、レジストリのキーは TLS 1.2 を使える状態にするだけです。TLS 1.0 を受け付ける古いリリースに戻して動いている場合も、それは次のアップグレードまでのことです。それより前に変更してください。`,
} as const;
/**
 * "what should the level be then?" at High (QA63 #5): High already offers TLS 1.2 and adds the validation of the managed systems'
 * certificates (knowledge.md, Levels other than Medium and Medium-High: a check, from the admin guide). Two options, a decision for the
 * security team: trusted certificates on the endpoints and High kept, or High → Medium-High, giving up that validation. Telnet and SNMP
 * are already off at High: no caveat for them.
 */
const HIGH_LEVEL_CHOICE = {
  certs: {
    en: 'You are at High, and you said the endpoints\' certificates are self-signed or expired. High already offers TLS 1.2; what it adds is the validation of the certificates of the systems TMS manages (Cisco TMS Administrator Guide; the TechNote does not cover High: check it in the guide for your release). So the level is a choice between two options, and it is a decision for your security team:',
    ja: '現在は High で、エンドポイントの証明書は自己署名または期限切れとのことです。High はすでに TLS 1.2 を提示しており、加わるのは TMS が管理するシステムの証明書の検証です（Cisco TMS アドミニストレータ ガイド。TechNote では High は扱われていないため、お使いのリリースのガイドで確認してください）。そのため、レベルは次の 2 つからの選択になり、判断するのはセキュリティ担当のチームです。',
  },
  unsaid: {
    en: 'You are at High. High already offers TLS 1.2; what it adds is the validation of the certificates of the systems TMS manages (Cisco TMS Administrator Guide; the TechNote does not cover High: check it in the guide for your release). So the level is not what keeps TLS 1.0 in play. First check the endpoints\' certificates (probing an endpoint shows whether it is self-signed and when it expires); if they are not trusted, there are two options, and the choice is a decision for your security team:',
    ja: '現在は High です。High はすでに TLS 1.2 を提示しており、加わるのは TMS が管理するシステムの証明書の検証です（Cisco TMS アドミニストレータ ガイド。TechNote では High は扱われていないため、お使いのリリースのガイドで確認してください）。そのため、TLS 1.0 の問題の原因はレベルではありません。まずエンドポイントの証明書を確認してください（エンドポイントをプローブすると、自己署名かどうかと有効期限が分かります）。信頼されない証明書であれば、次の 2 つの選択肢があり、判断するのはセキュリティ担当のチームです。',
  },
  options: {
    en: [
      'Keep High and give the endpoints certificates that the TMS server trusts (issued by a CA it trusts, not expired). The validation stays; nothing changes in TMS Tools.',
      'Go from High down to Medium-High (TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security, then Save, then restart IIS and the TMS services). TMS still offers TLS 1.2 but no longer validates the endpoints\' certificates: this lowers security and is not a step of this fix.',
    ],
    ja: [
      'High のままにして、TMS サーバが信頼する証明書（TMS サーバが信頼する CA が発行し、期限内のもの）をエンドポイントに入れる。検証はそのまま残り、TMS ツールで変更するものはありません。',
      'High から Medium-High に下げる（TMS ツールの [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] > [Communication Security] で変更して保存し、IIS と TMS サービスを再起動）。TLS 1.2 は引き続き提示されますが、エンドポイントの証明書は検証されなくなります。セキュリティを下げる変更であり、この修正の手順ではありません。',
    ],
  },
  telnet: {
    en: 'Telnet and SNMP are not part of this choice: they are already off at High and stay off at Medium-High.',
    ja: 'Telnet と SNMP はこの選択には関係しません。High ですでに無効になっており、Medium-High でも無効のままです。',
  },
} as const;

/**
 * "can we go to Medium?", 「とりあえず Medium に戻せば直りますか？」 at High (QA64 #4): Medium is another move than Medium-High, and no
 * rollback (nothing was changed). At Medium TMS offers only TLS 1.0 (knowledge.md, Cause 2), which TC 7.3.6+, CE 8.1.0+ and every
 * RoomOS release refuse (Cause 1), and Telnet and SNMP, off at Medium-High and above (Caveats), come back on. Said first; the two
 * real options at High follow (HIGH_LEVEL_CHOICE).
 */
const MEDIUM_ASKED = /(?<![a-z-])medium(?![\s_-]?high)(?![a-z-])|ミディアム(?![\s・ー-]?ハイ)/;
const MEDIUM_FROM_HIGH = {
  en: (ep: string | null, raised: boolean) =>
    `No, not Medium. At Medium TMS offers only TLS 1.0 when it connects to a system, whatever the registry allows, and endpoints on TC 7.3.6 or later, CE 8.1.0 or later and every RoomOS release${ep ? ` (yours: ${ep})` : ''} refuse TLS 1.0: they would go on showing "No HTTPS response", now because of TLS 1.0. Medium also turns Telnet and SNMP back on in TMS (they are off at Medium-High and High). ${raised ? 'Medium is not Medium-High: going back to it undoes the fix.' : 'Medium is not Medium-High.'}`,
  ja: (ep: string | null, raised: boolean) =>
    `いいえ、Medium では直りません。Medium の TMS は、レジストリの設定にかかわらず、システムへの接続で TLS 1.0 しか提示しません。TC 7.3.6 以降、CE 8.1.0 以降、および RoomOS のすべてのリリース${ep ? `（お使いの ${ep} も含みます）` : ''}は TLS 1.0 を受け付けないため、今度は TLS 1.0 が原因で「No HTTPS response」が続きます。また、Medium にすると TMS の Telnet と SNMP が再び有効になります（Medium-High と High では無効です）。${raised ? 'Medium は Medium-High とは別の設定で、Medium に戻すと修正が元に戻ります。' : 'Medium は Medium-High とは別の設定です。'}`,
} as const;

/**
 * The level said raised in this message: "we raised it from Medium to High last week for this fix", "changed it to High",
 * 「High に変更しました」 (rev64 #8): with the state's levelRaised, going back is said to undo the change; when neither says it,
 * nothing is said about whether anything was changed (the old "nothing was changed for this fix" could contradict the user).
 * Lower-cased NFKC text of at most 300 characters.
 */
const RAISED_HERE_EN = /(?<![a-z])(?:raised|changed|set|moved|bumped|switched|went|increased|put)\s(?:it\s|the\slevel\s|communication\ssecurity\s|tms\s)?(?:from\s[a-z-]{3,12}\s)?(?:up\s)?to\shigh(?![a-z-])|(?<![a-z])from\smedium\sto\shigh(?![a-z-])/;
const RAISED_HERE_JA = /(?<!medium[\s_-]?)high\s?(?:に|へ)\s?(?:変更|上げ|設定|し)(?:ました|た|て)|(?<!ミディアム[\s・ー-]?)ハイ\s?(?:に|へ)\s?(?:変更|上げ|設定|し)(?:ました|た|て)/;

/** At High, Medium asked (not Medium-High): the "no" first (MEDIUM_FROM_HIGH). */
export function mediumAskedAtHigh(state: ConversationState, text: string): boolean {
  return state.facts.level === 'high' && text.length <= 300 && MEDIUM_ASKED.test(nfkc(text).toLowerCase());
}

const MH_STILL_NEEDED_KEEP = {
  en: (ep: string) =>
    `Yes, keep it. At Medium-High TMS offers TLS 1.2, which ${ep} needs; set back to Medium, TMS offers only TLS 1.0 again, which these endpoints refuse.`,
  ja: (ep: string) =>
    `はい、そのままにしてください。Medium-High の TMS は TLS 1.2 を提示し、${ep} にはそれが必要です。Medium に戻すと TMS はまた TLS 1.0 しか提示しなくなり、これらのエンドポイントはそれを受け付けません。`,
} as const;

/** Findings the answer puts before the Medium-High step though they are no action step: the SQL Server to update or check first. */
const FIRST_CAVEATS = new Set(['caveat-sql2012-kb3052404', 'said-tls10-off']);

/**
 * A level proposed ("let's try Medium-High"): yes when this answer's steps set Medium-High, and what comes before that step (a SQL
 * Server to update or check first, the registry steps), by their titles; then that nothing was recorded. No yes without the step
 * (TMS before 15, not this problem): the answer below says why.
 */
function proposalAnswer(d: ReturnType<typeof diagnose>, lang: Lang, mediumHigh: boolean): Block[] {
  const t = TEXTS[lang];
  const at = d.findings.findIndex((f) => f.code === 'tms-tools-medium-high');
  if (at < 0 || !mediumHigh) return [para(t.proposalNotRecorded)];
  const first = d.findings.filter((f) => FIRST_CAVEATS.has(f.code) && (f.code !== 'said-tls10-off' || f.severity === 'critical'));
  // (The SQL caveat's own step, sql-tls12-build-first, is named once: by the caveat's title.)
  const before = [...first, ...d.findings.slice(0, at).filter((f) => f.severity === 'action' && !(f.code === 'sql-tls12-build-first' && first.some((x) => x.code === 'caveat-sql2012-kb3052404')))].map((f) => f.title[lang].replace(/\s+/g, ' ').trim()).slice(0, 5);
  return [advisingBlock(para(`${t.proposalYes}${before.length ? (lang === 'ja' ? '' : ' ') + t.proposalBefore(before) : ''}`)), para(t.proposalNotRecorded)];
}

/** Answer a follow-up question from the knowledge, then re-ask the open question (nothing changes). */
export function onFollowUp(state: ConversationState, text: string, topic: FollowUp): TurnResult {
  const lang = state.lang;
  const t = TEXTS[lang];
  const blocks: Block[] = [];
  // A question that quotes the translation ("the bug ID there is CSCuz7154?") is answered by the note itself.
  if (topic === 'other' && detectTranslationQuote(text)) return onFacts(state, text);
  // (Shown when the translation is quoted or spoken of, 「日本語訳では…」: not to every Japanese reader.)
  const note = translationNote(text);
  if (note) {
    blocks.push({ type: 'warning', title: t.problemNote, text: TRANSLATION_NOTES[note === 'telnet-direction' ? 'telnetDirection' : 'bugId'][lang] });
  }
  const d = diagnose(state.facts);
  const pre15 = d.findings.find((f) => f.code === 'tms-pre15-upgrade-or-downgrade');
  const explain = (f: Finding, withSteps = false) => {
    blocks.push({ type: 'heading', text: f.title[lang] });
    for (const b of f.body) blocks.push(paraFrom(b, lang));
    // (A "not this problem" finding's body ends on "Look at these instead:": its list is its steps, QA43 #5.)
    if (withSteps && f.steps?.length) blocks.push(listFrom('bullets', f.steps, lang));
  };
  // The level the user starts from (for "from Low to Medium-High"); none when already there.
  const lv = state.facts.level;
  const from = lv === 'medium-high' || lv === 'high' ? undefined : lv;
  switch (topic) {
    case 'telnet':
      // TMS before 15: no level to raise yet; the caveat is for after the upgrade (QA round 20 #10c).
      if (pre15 && state.facts.tms) blocks.push(paraFrom(telnetCaveatAfterUpgrade(state.facts.tms), lang));
      explain(caveatTelnetSnmp(from, state.facts.telnetSystems, state.facts.telnetVia));
      break;
    case 'level': {
      // "let's try Medium-High", 「Medium-High にしてみましょうか？」 (QA49 F3): the proposal answered first (yes when this answer sets
      // Medium-High, with what comes before it: the SQL Server to update, the keys), and said not recorded.
      // (TMS before 15: that there is no Medium-High on this release leads, not the step to set it, REV21-a.)
      const proposed = lv !== 'medium-high' && lv !== 'high' && proposesLevel(text);
      // ("what if we just set Medium-High?", "why not just Medium-High?" on TMS before 15 (QA53 #5): the same "not on this release"
      // lead, not the step's heading first.)
      const pre15Lead = (proposed || (lv !== 'medium-high' && lv !== 'high' && MEDIUM_HIGH_WHY_NOT.test(nfkc(text).toLowerCase()))) && pre15 && state.facts.tms ? t.proposalPre15(formatTms(state.facts.tms)) : null;
      if (pre15Lead) blocks.push(para(pre15Lead), para(t.proposalNotRecorded));
      else if (proposed) blocks.push(...proposalAnswer(d, lang, /medium[\s_-]?high|ミディアム[\s・ー-]?ハイ/i.test(text)));
      // "is the Medium-High change still needed?", 「Medium-High への変更はまだ必要ですか？」 (QA58 #2): yes, for an endpoint that refuses
      // TLS 1.0 on TMS 15+ (knowledge.md Cause 1+2: at Medium TMS offers only TLS 1.0; Medium-High makes it offer TLS 1.2).
      // (Not for another site, node or party: 「APACも Medium-High にする必要がありますか？」, "does node 2 also need Medium-High?".)
      else if (!pre15 && state.facts.endpoint && endpointRefusesTls10(state.facts.endpoint) && MH_NEED_ASKED.test(nfkc(text).toLowerCase()) && !MH_NEED_ELSEWHERE.test(nfkc(text).toLowerCase())) {
        const ep = formatEndpoint(state.facts.endpoint);
        const raisedNow = lv === 'medium-high' || lv === 'high';
        blocks.push(raisedNow ? para(MH_STILL_NEEDED_KEEP[lang](ep)) : advisingBlock(para(MH_STILL_NEEDED[lang](ep))));
      }
      // (At High: the two options and whose decision it is, not "set Medium-High" as a step from Medium, QA63 #5.)
      if (lv === 'high' && !pre15) {
        const h = HIGH_LEVEL_CHOICE;
        if (mediumAskedAtHigh(state, text)) {
          const ep = state.facts.endpoint && endpointRefusesTls10(state.facts.endpoint) ? formatEndpoint(state.facts.endpoint) : null;
          const said = nfkc(text).toLowerCase();
          const raised = state.facts.tlsClaims?.levelRaised === true || RAISED_HERE_EN.test(said) || RAISED_HERE_JA.test(said);
          blocks.push(para(MEDIUM_FROM_HIGH[lang](ep, raised)));
        }
        blocks.push(para(state.facts.tlsClaims?.untrustedCerts === true ? h.certs[lang] : h.unsaid[lang]), { type: 'bullets', items: [...h.options[lang]] }, para(h.telnet[lang]));
        break;
      }
      blocks.push(para(t.levelsExplained));
      explain(tmsToolsMediumHigh(from));
      if (pre15 && !pre15Lead) blocks.push(para(pre15.body[0][lang]));
      // The step above says to read the Telnet/SNMP caveat first: it is part of what the change does
      // (what stops, and the systems named in this conversation), unless the level is already there.
      if (lv !== 'medium-high' && lv !== 'high') {
        const caveat = caveatTelnetSnmp(from, state.facts.telnetSystems, state.facts.telnetVia);
        const named = state.facts.telnetSystems?.length || state.facts.telnetVia ? [caveat.body[1]] : [];
        blocks.push({ type: 'heading', text: caveat.title[lang] }, ...[caveat.body[0], ...named].map((b) => paraFrom(b, lang)));
      }
      break;
    }
    case 'why': {
      // Not this problem (HTTP only, the endpoint accepts TLS 1.0, probe and version disagree): say that.
      const not = d.findings.find((f) => ['http-not-affected', 'endpoint-accepts-tls10', 'product-accepts-tls10', 'meeting-server-release-unsettled', 'verify-probe-target', 'products-fail-at-raised-level', 'products-fail-endpoints-fine'].includes(f.code));
      if (not) {
        explain(not, true);
        break;
      }
      // The failing system is another product TMS manages: that product, and what the sources say of its TLS minimum.
      const product = d.findings.find((f) => f.code === 'other-product-no-tls10');
      if (product) {
        blocks.push({ type: 'heading', text: product.title[lang] });
        for (const b of product.body) blocks.push(paraFrom(b, lang));
      } else {
        blocks.push({ type: 'heading', text: t.whyHeading });
        // Before the endpoint is known to refuse TLS 1.0 this is the usual cause, not a verdict.
        if (d.findings.some((f) => f.code === 'endpoint-no-tls10')) blocks.push(para(endpointNoTls10(state.facts.endpoint, false).body[0][lang]));
        else blocks.push(para(t.whyUsual), para(t.whyEndpoints));
      }
      // (A TLS 1.2 hello in the evidence at Medium-High or High replaces that finding: TMS's side works.)
      const cause = pre15 ?? d.findings.find((f) => f.code === 'already-medium-high' || f.code === 'evidence-capture-tls12-offered') ?? tmsMediumTls10Only(from ?? 'medium', state.facts.windows, !!product);
      for (const b of cause.body) blocks.push(paraFrom(b, lang));
      break;
    }
    case 'fix':
      blocks.push(...whatToDo(state));
      break;
    case 'meaning': {
      // The evidence pasted in this conversation (what "this" can point at): its findings again, or
      // what was read; nothing read: say so, and what a reset or a failed handshake means here.
      const observations = state.facts.evidence?.observations ?? [];
      if (observations.length === 0) {
        blocks.push(para(t.meaningUnread));
        break;
      }
      blocks.push(para(t.meaningFromEvidence));
      const shown = d.findings.filter((f) => f.code.startsWith('evidence-')).slice(0, 3);
      if (shown.length) shown.forEach((f) => explain(f));
      else {
        const last = observations.slice(-5);
        const b: Block = { type: 'bullets', items: last.map((o) => o.detail[lang]) };
        blocks.push(last.some((o) => OBSERVATIONS_ADVISING_MEDIUM_HIGH.has(o.code)) ? advisingBlock(b) : b);
      }
      break;
    }
    case 'endpoints':
      blocks.push(...whichEndpointsAnswer(state.facts).map((b) => paraFrom(b, lang)));
      break;
    case 'endpoints-work': {
      blocks.push(...endpointsWorkAnswer(state.facts).map((b) => paraFrom(b, lang)));
      // Their release not known: it is what the answer turns on, so it is asked (even where the diagnosis does not need it).
      if (!state.facts.endpoint) {
        const q = questionForCode('need-endpoint-version');
        blocks.push(questionBlock(lang, q));
        return { state: next(state, { pending: q.code }), replies: [reply(lang, blocks)] };
      }
      break;
    }
    case 'https-mode':
      blocks.push(...httpsModeAnswer().map((b) => paraFrom(b, lang)));
      break;
    case 'event':
      blocks.push(...eventAnswer(eventAsked(text) ?? 0).map((b) => paraFrom(b, lang)));
      break;
    case 'other':
      // The full list once per conversation; after that one line (QA round 20 #10g: ~900 characters on every miss).
      // (Marked: in a shared thread, a line said to a colleague that the bot cannot answer gets no reply.)
      if (state.toldCannot) {
        blocks.push(para(t.cannotAnswerShort));
        return { ...withRequiredQuestion(state, blocks), cannotAnswer: true };
      }
      blocks.push(para(t.cannotAnswer));
      return { ...withRequiredQuestion({ ...state, toldCannot: true }, blocks), cannotAnswer: true };
  }
  return withOpenQuestion(state, blocks);
}

/** Where a message's last question starts: its last sentence, or (one sentence) its last clause. */
const LEAD_SPLIT = /[,;、，；]\s*/;

/**
 * "it's medium, why does medium not work", 「Mediumです。なぜMediumだとだめなんですか」: the answer to the
 * open question, then a question. The answer is read (onFacts) and the question answered for the
 * facts just given, both in one reply; null when the message is not of that shape.
 */
export function answerThenQuestion(state: ConversationState, text: string): TurnResult | null {
  const field = fieldOfQuestion(state.pending);
  if (!field || text.length > 400 || pastedEvidence(text)) return null;
  const sentences = sentencesOf(text).filter((x) => x.trim());
  let lead: string;
  let question: string;
  if (sentences.length > 1) {
    question = sentences[sentences.length - 1];
    lead = sentences.slice(0, -1).join(' ');
  } else {
    const parts = text.split(LEAD_SPLIT);
    if (parts.length < 2) return null;
    question = parts[parts.length - 1];
    lead = parts.slice(0, -1).join(', ');
  }
  if (!lead.trim() || QUESTION_FORM.test(lead) || (field === 'level' && asksAboutLevel(lead))) return null;
  const topic = followUpTopic(question, state.pending);
  // (A question the knowledge has no answer for is left to the usual reading of the whole message.)
  if (!topic || topic === 'other') return null;
  const read = onFacts(state, lead);
  // The lead must answer the open question ("it's medium", 「Mediumです」), as a bare answer or a stated fact.
  const given = read.state.facts[field];
  if (given === undefined || JSON.stringify(given) === JSON.stringify(state.facts[field])) return null;
  const answered = onFollowUp({ ...read.state, pending: null }, question, topic);
  const answer = answered.replies[0]?.blocks.filter((b) => b.type !== 'question' && b.type !== 'actions') ?? [];
  // The answer to the question leads; "That does not change my previous answer" would brush it aside.
  const [first, ...others] = read.replies;
  const nothing = TEXTS[read.state.lang].nothingChanged;
  const rest = first ? first.blocks.filter((b) => !(b.type === 'paragraph' && b.text === nothing)) : [];
  return { state: read.state, replies: [{ ...(first ?? reply(read.state.lang, [])), blocks: [...answer, ...rest], ...(answer.length ? { answers: answer.length } : {}) }, ...others] };
}

// ---------------------------------------------------------------------------------------------
// One step of the answer ("how do I do step 2?", "done with step 3, what next?", 「手順3はどうやるんですか」)

const STEP_HOW =
  /(?:how\s(?:do|should|can|would)\s(?:i|we|you)\s(?:do|perform|run|carry\sout|complete|handle)|explain|show\s(?:me|us)|details?\s(?:of|for|on|about)|more\s(?:on|about)|walk\s(?:me|us)\sthrough|help\s(?:me|us)\swith|what(?:'s|\sis|\sdoes)(?:\sin)?|what\sabout)\s(?:the\s)?step\s?(?:#|no\.?\s?)?(\d{1,2})(?!\d)|^\s*(?:and\s)?step\s?(\d{1,2})\s*[?？]\s*$|(?:手順|ステップ)\s?(\d{1,2})\s?(?:は|を|の|って)?\s?(?:どうや(?:る|って|り|れ)|どうし(?:ます|たら)|どのように|どうすれば|やり方|詳細|詳しく|具体的)/i;
const STEP_DONE =
  /(?:(?:done|finished|completed|did)\s(?:with\s)?(?:the\s)?step\s?(?:#|no\.?\s?)?(\d{1,2})(?!\d)|step\s?(\d{1,2})\s(?:is\s)?(?:done|finished|complete|completed)(?![a-z]))|(?:手順|ステップ)\s?(\d{1,2})\s?(?:まで|は|が|を)?\s?(?:終わ|完了|済|やりました|できました)/i;

/** The step a message asks about (its details), or says is done (the next one), or null. */
export function stepQuestion(text: string): { n: number; done: boolean } | null {
  let t = text.slice(0, 300);
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  const done = STEP_DONE.exec(t);
  if (done) return { n: Number(done[1] ?? done[2] ?? done[3]), done: true };
  const how = STEP_HOW.exec(t);
  if (how) return { n: Number(how[1] ?? how[2] ?? how[3]), done: false };
  return null;
}

/** "done with step 3, rebooted, and now SQL won't start: …": the step said done and what the message says besides. */
export function stepDoneIn(text: string): { n: number; rest: string } | null {
  let t = text.slice(0, MAX_MESSAGE);
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  const done = STEP_DONE.exec(t.slice(0, 300));
  if (!done) return null;
  return { n: Number(done[1] ?? done[2] ?? done[3]), rest: t.slice(0, done.index) + ' ' + t.slice(done.index + done[0].length) };
}

/**
 * The step asked about (or the one after a step done), in full, as the answer shows it; the open question stays open.
 * `numbered`: the state whose answer numbered the steps (before a step said done changed the facts), so
 * "done with step 3" shows the step 4 the user saw.
 */
export function onStepDetails(state: ConversationState, q: { n: number; done: boolean }, numbered: ConversationState = state): TurnResult {
  const lang = state.lang;
  const t = TEXTS[lang];
  const d = diagnoseState(state);
  const blocks: Block[] = [];
  // "how do I do step 2?" before any step was shown: there are none yet, and why (the open question).
  if (d.questions.some((x) => x.required)) return withOpenQuestion(state, [para(t.stepsNotYet)]);
  const actions = stepsAsNumbered(state, numbered);
  const n = q.done ? q.n + 1 : q.n;
  if (actions.length === 0) blocks.push(para(t.stepNone));
  else if (q.done && q.n >= actions.length) blocks.push(para(t.stepLast(actions.length)));
  else if (n < 1 || n > actions.length) {
    // (The list names Medium-High when its step is one of them: that advises it.)
    const b = para(t.stepOutOfRange(actions.length, actions.map((a) => a.title[lang])));
    blocks.push(anyAdvising(actions.map((a) => a.title)) ? advisingBlock(b) : b);
  }
  else {
    const f = actions[n - 1];
    blocks.push({ type: 'subheading', text: t.step(n, f.title[lang]) });
    for (const b of f.body) blocks.push(paraFrom(b, lang));
    if (f.steps?.length) blocks.push(listFrom('steps', f.steps, lang));
    if (f.literal) blocks.push({ type: 'code', text: f.literal });
  }
  return withOpenQuestion(state, blocks);
}

/**
 * The answer's steps as the user numbers them: the saved numbering (`stepCodes`), or the one of
 * `numbered`'s answer; each step worded for the facts now (the reboot step after keys were created).
 */
export function stepsAsNumbered(state: ConversationState, numbered: ConversationState = state): Finding[] {
  const now = diagnoseState(state).findings;
  const then = numbered === state ? now : diagnoseState(numbered).findings;
  const codes = state.stepCodes ?? numbered.stepCodes ?? then.filter((f) => f.severity === 'action').map((f) => f.code);
  // (A step the facts now say is done, "restart the services" after a reboot, is still that step, worded so.)
  // The TMS Tools step leaves the answer once the level it sets is recorded: it keeps its place (done).
  const gone = (c: string): Finding | undefined => (c === 'tms-tools-medium-high' ? tmsToolsMediumHigh(undefined) : undefined);
  return codes.map((c) => now.find((f) => f.code === c) ?? then.find((f) => f.code === c) ?? gone(c)).filter((f): f is Finding => f !== undefined);
}

/**
 * "What should we do?": the next step, the steps by title and the caveats to mind, for the facts
 * so far (the card's summary, so the two never disagree); while a version the answer depends on is
 * missing, say so (the open question follows).
 */
function whatToDo(state: ConversationState): Block[] {
  const lang = state.lang;
  const t = TEXTS[lang];
  const d = diagnoseState(state);
  const decided = d.affected === 'no' || !d.questions.some((q) => q.required) || d.findings.some((f) => f.code === 'verify-probe-target');
  if (!decided) return [para(t.fixNeedsFacts)];
  const s = summarize({ affected: d.affected, findings: d.findings, questions: d.questions, facts: state.facts }, lang);
  const blocks: Block[] = [{ type: 'subheading', text: t.fixHeading }, s.nextAdvises ? advisingBlock(para(s.next)) : para(s.next)];
  if (s.steps.length > 1) {
    const b: Block = { type: 'steps', items: s.steps.map((x) => x.title) };
    blocks.push(anyAdvising(d.findings.filter((f) => f.severity === 'action').map((f) => f.title)) ? advisingBlock(b) : b);
  }
  // (TMS before 15: that it cannot be fixed in place is what `next` already says.)
  const caveats = s.caveats.filter((c) => c.code !== 'tms-pre15-upgrade-or-downgrade');
  if (caveats.length > 0) blocks.push(para(t.fixMind), { type: 'bullets', items: caveats.map((c) => c.text) });
  if (s.steps.length > 0) blocks.push(para(t.fixDetails));
  return blocks;
}

/** The reply so far, then the open question again (or the first one needed when none is open). */
/**
 * "I don't know that one" (QA39 #11): a question the answer needs (a required version) is asked with it; the level question the
 * answer already went on with (Medium assumed, said so in the answer) is not asked again on a miss.
 */
function withRequiredQuestion(state: ConversationState, blocks: Block[]): TurnResult {
  if (state.pending !== 'need-security-level' || diagnoseState(state).questions.some((q) => q.required)) return withOpenQuestion(state, blocks);
  return { state: next(state, {}), replies: [reply(state.lang, blocks)] };
}

export function withOpenQuestion(state: ConversationState, blocks: Block[]): TurnResult {
  const lang = state.lang;
  const d = diagnoseState(state);
  const open = questionBlocksFor(state);
  if (open.length === 0) {
    // Nothing asked yet (e.g. the first message is "why does TMS say No HTTPS response?"): ask the first thing needed.
    const first = d.questions.find((q) => q.required);
    if (first) {
      blocks.push(questionBlock(lang, first));
      return { state: next(state, { pending: first.code }), replies: [reply(lang, blocks)] };
    }
  }
  blocks.push(...open);
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}

// ---------------------------------------------------------------------------------------------
// The catalogue of questions the knowledge answers (catalogue.ts)

/** Clause boundaries inside a sentence (a dash between spaces too): the question is one clause, facts may sit in the others. */
const CLAUSE = /[,;、，；]\s*|\s(?:and|but|so)\s|\s[-–—]{1,2}\s/i;
/** "is that it?", "could that be it?", "is that the cause?": a question about what the clauses before it say. */
const POINTS_BACK = /^\s*(?:(?:so|and|or)[,\s]+)?(?:is|could|would|might|can)\s(?:that|this)\s(?:be\s)?(?:it|the\s(?:cause|reason|problem|issue))\s*(?:[?？]+\s*)?$/i;
/** A request for an explanation asks as much as a question: 「…を教えてください」, "tell me how to…". */
/** A question about what follows its colon: "is this supported", "are these compatible", 「これはサポートされていますか」. */
const POINTS_AT_LIST = /(?<![a-z])(?:this|these|that|those|it|they|the\sfollowing|this\s(?:setup|combination|config(?:uration)?))\s(?:is\s|are\s|be\s)?(?:\w+\s)?(?:supported|compatible|ok|okay|fine|valid)(?![a-z])|(?:これ|この構成|この組み合わせ|以下|次の構成)(?:は|が|で)?[^：:]{0,20}(?:サポート|対応|互換|問題)/i;
// (「切り戻し手順をご教示ください」「再起動の要否をご教示いただけますでしょうか」: the support ticket's request, QA52 #6.)
const JA_ASK = /(?:か|の|教えて(?:ください|下さい|ほしい(?:です)?)?|知りたい(?:です)?|(?:を|について|は)\s?(?:もっと|もう少し|より)?\s?(?:詳しく|くわしく)(?:\s?(?:お願い(?:します)?|説明して(?:ください|下さい)?))?|ご教示(?:ください|下さい|願います|をお願いします|をお願いいたします|いただけますと幸いです|いただきたく(?:存じます)?)?)\s*$/;
/**
 * 「元の状態に戻して」「元に戻してください」「切り戻してほしいです」 (QA64 #2): a request to roll back, with no object of its own
 * (「TLS 1.0 を元に戻して」 names what to turn back on, and is not this): the bot cannot do it, so the rollback entry answers how.
 */
const JA_RESTORE_REQUEST =
  /^\s*(?:(?:では|じゃあ|それでは|すみません|すいません|やはり|一旦|いったん)[、,\s]*)?(?:(?:全部|すべて|全て|設定|変更)(?:を)?\s?)?(?:(?:元|もと)(?:の(?:状態|設定))?に\s?戻して|切り戻して|ロールバックして)(?:ください|下さい|ほしい(?:です)?|もらえますか|いただけますか)?\s*[。.!！]*\s*$/;
/** "rollback procedure please", "verification steps, please", "the reboot steps pls" (QA52 #6): a short noun phrase asked for. */
const EN_PLEASE = /^\s*(?:(?:the|a|your|some)\s)?[a-z][a-z0-9\s/'.-]{2,48}?[,\s]\s*(?:please|pls|plz)\s*[.!?]*\s*$/i;
// ("more on the Telnet caveat", "tell me more about the SQL caveat", "details on the reboot" (readers-d #9): a request for a topic in
// full, at the start of the sentence.)
const EN_ASK =
  /^\s*(?:please\s)?(?:tell|show|explain(?:\sto)?)\s(?:me|us)\s(?:how|where|what)\b|^\s*(?:(?:ok(?:ay)?|and|so|please|now)[,\s]+)?(?:(?:tell|give|show)\s(?:me|us)\s)?(?:(?:a\s(?:bit|little)\s)?more|(?:more\s|full\s|the\s|some\s)?details?)\s(?:on|about|of|for|regarding)\s(?=\S)/i;

/**
 * A question from the catalogue, with what else the message says: the entry, and the text without
 * the question clause (its facts are read as usual: "we're on 2008 R2, do we need a reboot?").
 */
export function catalogueQuestion(text: string): { entry: CatalogueEntry; rest: string; more?: CatalogueEntry[]; statement?: true } | null {
  const hit = catalogueQuestionOnce(text);
  if (!hit) return null;
  // "do we need a reboot? and what happens to our Polycoms?": every question asked is answered (up
  // to three), in the order asked; what is left after them is read for facts as before.
  const more: CatalogueEntry[] = [];
  let rest = hit.rest;
  while (more.length < 2 && rest) {
    const h = catalogueQuestionOnce(rest);
    if (!h || h.entry.id === hit.entry.id || more.some((m) => m.id === h.entry.id)) break;
    // "we have a second TMS node too, do I reboot both at once?": the timing answer already says both nodes.
    if (hit.entry.covers?.includes(h.entry.id)) {
      rest = h.rest;
      break;
    }
    more.unshift(h.entry);
    rest = h.rest;
  }
  // "we plan to move to Windows Server 2025, anything to watch for": the plan the question is about
  // names the topic (it states no fact: a plan is not the current value).
  if (more.length < 2 && rest && ['hypothetical', 'planned'].includes(classifyClause(rest)) && Object.keys(extractFacts(rest).facts).length === 0) {
    const planned = findEntry(rest);
    if (planned && planned.id !== hit.entry.id && !more.some((m) => m.id === planned.id)) {
      more.unshift(planned);
      rest = '';
    }
  }
  return more.length ? { entry: hit.entry, rest, more } : hit;
}

function catalogueQuestionOnce(text: string): { entry: CatalogueEntry; rest: string; statement?: true } | null {
  const t = text.slice(0, MAX_MESSAGE);
  // ("Is it safe to go to Medium-High: TMS 15.9, CE 9.15.3": the versions after the question's colon are the rest, read for facts.)
  // ("Could you confirm if this is supported: Windows 2025, TMS 15.13": a question that points at the list after its colon
  // is about what the list names; the head's index maps to its list.)
  const lists = new Map<number, string>();
  const sentences: string[] = [];
  for (const x of sentencesOf(t)) {
    const parts = factsAfterRequest(x);
    if (parts.length === 2) lists.set(sentences.length, parts[1]);
    sentences.push(...parts);
  }
  // No question in it: a statement that some entries answer too ("we run TMS redundant, two nodes",
  // "some endpoints are Behind Firewall"). The whole message stays to be read for facts.
  const asksList = (i: number) => lists.has(i) && POINTS_AT_LIST.test(sentences[i]);
  // ("Someone asked if it was High all along. No, it is Medium.": the relayed question and the user's answer, two sentences.)
  const asks = (i: number) =>
    questionForm(sentences[i]) && !RELAY_ANSWERED.test(`${sentences[i]} ${sentences[i + 1] ?? ''}`) && !(i + 1 < sentences.length && /[?？]\s*$/.test(sentences[i]) && SELF_ANSWER.test(sentences[i + 1]));
  if (!sentences.some((s, i) => asks(i) || EN_ASK.test(s) || JA_ASK.test(trimEnd(s, /[?？。.!！\s]/)) || asksList(i))) {
    // "A colleague said that when he turned TLS 1.0 off, SQL would not start on his server", 「他の案件で、TLS 1.0を無効にしたら
    // SQLが起動しないと聞きました」 (R44D): someone else's experience, told; it stores nothing about this server and asks, in
    // effect, whether it applies here: the entry for the supposed change answers that.
    for (const [i, x] of sentences.entries()) {
      // ("I'm worried SQL Server won't start after we disable TLS 1.0": a worry about the change asks the same, REV21-b #4.)
      const heard = aboutThirdParty(x) || worriedAhead(x) ? findSentenceEntry(x) : null;
      if (heard) return { entry: heard, rest: [...sentences.slice(0, i), ...sentences.slice(i + 1)].join(' ').trim() };
      // "my manager says just downgrade the Room Kits to TC 7.3.3", 「上司から…TC7.3.3 に戻せと言われています」 (QA53 #3): an
      // instruction, answered as "should we downgrade them to TC 7.3.3?" is (nothing changed yet).
      const told = instructedTcChange(x) ? CATALOGUE_DOWNGRADE() : null;
      if (told) return { entry: told, rest: [...sentences.slice(0, i), ...sentences.slice(i + 1)].join(' ').trim() };
    }
    // "rollback procedure please", "verification steps please" (QA52 #6): a short request names its entry; when it names none
    // ("fix files please"), the statement entries as before.
    for (const [i, x] of sentences.entries()) {
      const asked = EN_PLEASE.test(x) || JA_RESTORE_REQUEST.test(x) ? findEntry(x) : null;
      if (asked) return { entry: asked, rest: [...sentences.slice(0, i), ...sentences.slice(i + 1)].join(' ').trim() };
    }
    const entry = findStatementEntry(t);
    return entry ? { entry, rest: t, statement: true } : null;
  }
  // A sentence met again (the same text) finds what it found the first time: only the list after its colon, which belongs
  // to its place, can differ. A message of 5,000 「?」 (5,000 one-character sentences) would otherwise run every entry's
  // regex 5,000 times (seconds).
  const missed = new Set<string>();
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i];
    if (missed.has(sentence) && !lists.has(i)) continue;
    if (!asks(i) && !EN_ASK.test(sentence) && !JA_ASK.test(trimEnd(sentence, /[?？。.!！\s]/)) && !asksList(i)) continue;
    // "If we turn TLS 1.0 off, SQL won't start, right?": the whole sentence asks one thing (not "SQL won't start" alone).
    const whole = findSentenceEntry(sentence);
    if (whole) return { entry: whole, rest: [...sentences.slice(0, i), ...sentences.slice(i + 1)].join(' ').trim() };
    const clauses = sentence.split(CLAUSE);
    // "cipher suites were hardened by GPO, is that it?": "is that it?" asks whether what the clauses before it say is the
    // cause; their entry answers it (FIX19E, QA45 W4), not "is that all?" (which answers when they name none).
    const last = clauses.length - 1;
    if (last > 0 && POINTS_BACK.test(clauses[last])) {
      const entry = findEntry(clauses.slice(0, last).join(', '));
      if (entry) return { entry, rest: [...sentences.slice(0, i), clauses.slice(0, last).join(', '), ...sentences.slice(i + 1)].join(' ').trim() };
    }
    for (let j = clauses.length - 1; j >= 0; j--) {
      const entry = findEntry(clauses[j]);
      if (!entry) continue;
      // "if we upgrade the codecs to CE 9, is that reversible?": the clause points at an endpoint upgrade (or at not fixing)
      // named elsewhere in the sentence, not at this fix (REV35 #6).
      if (clauses.length > 1 && FIX_ONLY_ENTRIES.has(entry.id) && FIX_ONLY_WORDS.test(clauses[j]) && !FIX_NAMED.test(clauses[j]) && NOT_ABOUT_FIX_SENTENCE.test(sentence.toLowerCase())) continue;
      // "should we upgrade our CE 9.15 endpoints?": the question names the user's own endpoints; it stays to be read for facts.
      const keep = ownFleetIn(clauses[j]) ? j + 1 : j;
      const rest = [...sentences.slice(0, i), clauses.slice(0, keep).join(', '), ...sentences.slice(i + 1)].join(' ').trim();
      return { entry, rest };
    }
    const list = lists.get(i);
    if (list !== undefined && POINTS_AT_LIST.test(sentence)) {
      const entry = findEntry(list);
      if (entry) return { entry, rest: [...sentences.slice(0, i), ...sentences.slice(i + 1)].join(' ').trim() };
    }
    // "what's the difference between the Client and Server keys?": a question whose "and" is part of
    // it. The whole sentence, when it states no fact of its own (those would be lost with it).
    if (clauses.length > 1) {
      const entry = findEntry(sentence);
      if (entry && Object.keys(extractFacts(sentence).facts).length === 0) {
        return { entry, rest: [...sentences.slice(0, i), ...sentences.slice(i + 1)].join(' ').trim() };
      }
    }
    missed.add(sentence);
  }
  // "Our Polycom HDX units show Security violation: Telnet communication is not allowed. What can we do?", 「Polycom HDX が
  // 「Security violation: …」となっております。何か対処方法はございますでしょうか。」 (QA52 #3): the question only asks what to
  // do about what the message reports; the Telnet/SNMP entry answers the report (as it does without the question).
  const reported = reportThenWhatToDo(sentences, (i) => asks(i) || EN_ASK.test(sentences[i]) || JA_ASK.test(trimEnd(sentences[i], /[?？。.!！\s]/)) || asksList(i));
  return reported ? { entry: reported, rest: t, statement: true } : null;
}

/** Words after a what-to-do question that still ask only that ("…about them?", 「…でしょうか」). */
const TO_DO_TAIL_ONLY = /^[\s,、]*(?:(?:now|then|here|about\s(?:it|this|that|them|these|those)|with\s(?:it|them)|for\s(?:it|them))[\s,]*)*(?:please\s?)?[?？.!！。]*\s*$|^[^a-z0-9]{0,24}$/i;

/**
 * Only the Telnet/SNMP report (the statement entry telnet-snmp-polycom) with every question in the message a bare what-to-do
 * ("What can we do?", "what should we do about them?", 「どうすればいいですか」, 「何か対処方法はございますでしょうか」): that entry,
 * else null. Not when "No HTTPS response" is said as seen (the systems' own symptom, not the Telnet loss).
 */
function reportThenWhatToDo(sentences: readonly string[], isAsking: (i: number) => boolean): CatalogueEntry | null {
  if (!sentences.some((x) => TOPIC_TELNET.test(x))) return null;
  const stated: string[] = [];
  for (const [i, x] of sentences.entries()) {
    if (!isAsking(i)) {
      stated.push(x);
      continue;
    }
    // ("TMSSNMPService stopped. Is that expected?", 「…アラートが上がっております。これは想定通りでしょうか。」: QA52 #7.)
    if (EXPECTED_ONLY.test(x.normalize('NFKC'))) continue;
    const m = TOPIC_FIX.exec(x);
    if (!m || !TO_DO_TAIL_ONLY.test(x.slice(m.index + m[0].length))) return null;
    stated.push(x.slice(0, m.index));
  }
  const said = stated.join(' ');
  if (NO_HTTPS_SEEN.test(said)) return null;
  const entry = findStatementEntry(said);
  return entry && REPORTED_ENTRIES.has(entry.id) ? entry : null;
}
const NO_HTTPS_SEEN = /no\s?https\s?response/i;
/** The reports a bare what-to-do or "is that expected?" question is about: the Telnet/SNMP loss, TMSSNMPService stopped. */
const REPORTED_ENTRIES: ReadonlySet<string> = new Set(['telnet-snmp-polycom', 'snmp-service-stopped']);
/** "is that expected?", "is this normal?", 「これは想定通りでしょうか」「正常ですか」「問題ないでしょうか」: about what was just said. */
const EXPECTED_ONLY =
  /^\s*(?:(?:so|and|but)[,\s]+)?(?:is|was)\s(?:that|this|it)\s(?:(?:to\sbe\s)?expected|normal|ok|okay|fine|by\sdesign)(?:\s(?:now|then))?\s*[?？.]*\s*$|^\s*(?:expected|normal)\s*[?？]+\s*$|^\s*(?:これ|こちら|それ)?(?:は|って)?\s?(?:想定(?:通り|どおり|内)|正常|仕様|問題(?:ない|ありません))(?:の動作)?(?:でしょうか|ですか|ですよね|なのでしょうか|か)\s*[?？。]*\s*$/i;

/** Answer a catalogue question for this conversation's facts (read the rest of the message first). */
export function onCatalogue(given: ConversationState, text: string, hit: { entry: CatalogueEntry; rest: string; more?: CatalogueEntry[]; statement?: true }): TurnResult {
  // 「とりあえず Medium に戻せば直りますか？」 at High (QA64 #4): a move to Medium asked, not a rollback of a change (none was made).
  if (hit.entry.id === 'rollback' && !hit.more?.length && mediumAskedAtHigh(given, text) && !diagnose(given.facts).findings.some((f) => f.code === 'tms-pre15-upgrade-or-downgrade')) return onFollowUp(given, text, 'level');
  // 「片方のノードだけMedium-Highにしてあります」: the level is set per node and the answer says what each node needs,
  // so the one-level question is not asked again (QA round 16 #15d).
  const perNode = hit.entry.id === 'node-levels-differ' || !!hit.more?.some((e) => e.id === 'node-levels-differ');
  const state: ConversationState = perNode
    ? { ...given, skipped: [...new Set([...(given.skipped ?? []), 'need-security-level'])], pending: given.pending === 'need-security-level' ? null : given.pending }
    : given;
  const rest = hit.rest && /[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(hit.rest) ? hit.rest : '';
  // 「SQLが落ちました（26011）。今すぐ復旧するには？」: the pasted line's finding leads the reply with the answer itself.
  const pasted = rest ? pastedEvidence(rest) : null;
  const entries = [...(hit.more ?? []), hit.entry].filter((e) => !(e.answeredBy && pasted?.observations.some((o) => o.code === e.answeredBy)));
  if (entries.length === 0) return onFacts(state, text);
  const ex = rest ? extractFacts(rest) : null;
  const answer = (s: ConversationState): Block[] => {
    const lang = s.lang;
    const blocks: Block[] = [];
    // (The Windows release a paste gave, once it is the TMS server's, counts as said: "how long?" after @@VERSION "on Windows NT
    // 6.3" and "it's on the TMS server" did not ask for `winver` again, QA63 #11.)
    const f = withEvidenceWindows(s.facts);
    for (const entry of entries) blocks.push({ type: 'subheading', text: (entry.titleFor?.(f) ?? entry.title)[lang] }, ...entry.answer(f, text, s.skipped).map((b) => paraFrom(b, lang)));
    // "give me the fix files": the files come from the Fix files action (a Slack button; `fix-kit DIR` in the console).
    if (entries.some((e) => e.id === 'fix-files') && fixFilesReady(s.facts, s.skipped)) blocks.push({ type: 'actions', actions: [{ id: 'fix-files', label: TEXTS[lang].actions.fixFiles, style: 'primary' }] });
    const quote = translationNote(text);
    if (quote) blocks.unshift({ type: 'warning', title: TEXTS[lang].problemNote, text: TRANSLATION_NOTES[quote === 'telnet-direction' ? 'telnetDirection' : 'bugId'][lang] });
    return blocks;
  };
  const withFacts = (r: TurnResult): TurnResult => {
    const [first, ...others] = r.replies;
    // A statement the entry answers ("it broke our HDX so we went back to Medium") is answered by it:
    // "That does not change my previous answer" after that answer would read as brushing it aside.
    const nothing = TEXTS[state.lang].nothingChanged;
    const rest = hit.statement ? first.blocks.filter((b) => !(b.type === 'paragraph' && b.text === nothing)) : first.blocks;
    const head = answer(r.state);
    // The note on a quoted translation leads the answer: the rest (read as facts) does not repeat it.
    // (`answers`: only for a question asked; a statement the entry answers keeps a card's short note.)
    const notes = new Set(head.flatMap((b) => (b.type === 'warning' ? [b.text] : [])));
    return { state: r.state, replies: [{ ...first, blocks: [...head, ...rest.filter((b) => !(b.type === 'warning' && notes.has(b.text)))], ...(head.length && !hit.statement ? { answers: head.length } : {}) }, ...others] };
  };
  if (ex && Object.keys(ex.facts).length > 0) {
    const r = onFacts(state, rest);
    // "…, Medium-High done and it works now. Can we also disable TLS 1.0?": the question is answered, and the case is
    // closed as working (not "Not settled yet" and the whole fix again) (QA round 16 #8).
    if (worksClauseIn(rest)) {
      const lang = r.state.lang;
      const ctx = contextLine(r.state.facts, lang, diagnose(r.state.facts));
      const blocks: Block[] = [...answer(r.state), ...(ctx ? [{ type: 'context' as const, text: ctx }] : []), para(TEXTS[lang].worksNow), actionsBlock(lang, false)];
      return { state: { ...r.state, pending: null }, replies: [reply(lang, blocks)] };
    }
    return withFacts(r);
  }
  // "2016, and is a reboot required?", 「2019 です。再起動は必要ですか？」: the rest is a bare answer to
  // the open question; it is read first, so the answer is for the facts just given.
  if (rest && fieldOfQuestion(state.pending)) {
    const r = onFacts(state, rest);
    if (r.state.lastAnswer && JSON.stringify(r.state.facts) !== JSON.stringify(state.facts)) return withFacts(r);
  }
  return withOpenQuestion(state, answer(state));
}

/**
 * "how do I find that?", "where can I check?", "which SQL do you mean?", 「分かりません。どこで確認できますか？」
 * while a question is open: asks how to answer it (not "I don't know", not a skip). A message that names
 * another field is left to the catalogue ("how do I find the Windows version?" while SQL is asked).
 */
const WHERE_PENDING = [
  /(?<![a-z])(?:how|where)\s(?:do|can|would|should|could|will)\s(?:i|we|you|one)\s(?:find|see|check|look|get|tell|know|read|verify|confirm)(?:\s(?:that|it|this|one))?(?:\s(?:out|up|for\s(?:that|it|this)))?\s*(?:[?.!]|$)/i,
  /(?<![a-z])(?:how|where)\sto\s(?:find|see|check|look|get|tell|read|verify)(?:\s(?:that|it|this))?(?:\s(?:out|up))?\s*(?:[?.!]|$)/i,
  /^\s*(?:and\s|so\s|ok,?\s)?(?:how|where)\??\s*$/i,
  /(?:^|[。、\s]|(?:それ|これ)(?:は|を)?)(?:どこで|どこに|どうやって|どのように|どう)(?:すれば)?\s?(?:確認|調べ|見|わか|分か)[^。？?]{0,12}[。？?]?\s*$/,
];
const WHICH_SQL_ASKED = [/(?<![a-z])which\s(?:sql(?:\sserver)?|database|db|instance|one)(?![a-z])/i, /(?:どの|どちらの|どっちの)\s?(?:sql|データベース|インスタンス)/i];
const OTHER_FIELD_WORDS: [RegExp, string][] = [
  [/(?<![a-z])(?:sql|database|db)(?![a-z])|データベース/i, 'sql'],
  [/(?<![a-z])(?:windows|os|winver)(?![a-z])|ウィンドウズ/i, 'windows'],
  [/(?<![a-z])(?:endpoints?|codecs?|ce|tc|roomos)(?![a-z])|エンドポイント|端末|コーデック/i, 'endpoint'],
  [/(?<![a-z])(?:level|communication\ssecurity|tms\s?tools)(?![a-z])|レベル|通信セキュリティ/i, 'level'],
];

export function asksWhereForPending(text: string, pending: ConversationState['pending']): ReturnType<typeof fieldOfQuestion> {
  const field = fieldOfQuestion(pending);
  const t = text.slice(0, 300);
  if (!field || t.length > 160 || /\d/.test(t)) return undefined;
  const named = OTHER_FIELD_WORDS.filter(([re]) => re.test(t)).map(([, f]) => f);
  if (named.some((f) => f !== field)) return undefined;
  if (WHERE_PENDING.some((re) => re.test(t))) return field;
  if (field === 'sql' && WHICH_SQL_ASKED.some((re) => re.test(t)) && /[?？]|mean|言う|ですか/.test(t)) return field;
  return undefined;
}

/** The answer to asksWhereForPending: where the open question's value is read; the question stays open. */
export function onWhereForPending(state: ConversationState, field: NonNullable<ReturnType<typeof fieldOfQuestion>>): TurnResult {
  const lang = state.lang;
  return withOpenQuestion(state, whereForPending(field as 'level' | 'tms' | 'endpoint' | 'sql' | 'windows').map((b) => paraFrom(b, lang)));
}
