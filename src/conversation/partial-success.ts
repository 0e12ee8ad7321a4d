/**
 * "it works now for the Cisco ones", "works for the SX80s but not the HDX", 「Cisco の機器は直りました」:
 * the fix worked for some systems only. The incident is not closed: what works is acknowledged and
 * what is left is pointed at — systems TMS manages over Telnet/SNMP (Medium-High turns both off), or
 * other products TMS manages over HTTPS (their own TLS settings and certificates then matter, since
 * the endpoints show that TMS now offers a version they accept). Bounded input, linear regexes.
 */
import { advisingMediumHigh } from '../domain/advises';
import type { EndpointVersion, LocalizedText } from '../domain/types';
import { extractFacts } from '../domain/extract';
import { nfkc } from '../domain/nfkc';
import { stepListFramedIn } from '../domain/understand/step-list-framed';
import { ceOnlyModelsIn, detectOtherProducts, endpointModelsIn, joinAnd, modelsSaidToWork, OTHER_PRODUCTS, SERVICES, telnetSystemsIn } from '../domain/knowledge';
import { endpointRefusesTls10, formatEndpoint, formatTms } from '../domain/versions';
import type { Block } from './document';
import type { ConversationState, TurnResult } from './types';
import { next, para, reply, paraFrom, listFrom } from './compose';
import { changeKnown, onFacts } from './merge';
import { backAndRestIn, stillFailingCountIn, stillFailingNumberIn, withoutOtherCounts } from '../domain/understand/scope';
import { fixProgressIn } from '../domain/understand/progress';
import { onlyLeftOutWorks } from '../domain/understand/only-left-out-works';
import { oneSystemWorksIn } from './one-system-works';
import { fixOutOfPlay, type FixOutOfPlay } from './fix-in-play';
import { groupedByFirstLetter } from '../domain/understand/first-letter';
import { literalGate } from '../domain/understand/required-literals';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

/**
 * The fix worked (in any tense): "works now", "is fixed", "came back", "the error is gone", 「直りました」, 「復旧」, 「消えました」.
 * "is/are back" only after a count or systems ("7 of 10 are back", "the Cisco ones are back", "SX20s are back", "the SX20's are
 * back", "they're back"), not after a
 * service or a part of TMS ("SQL is back now, but all endpoints still show No HTTPS response": nothing of the fix worked).
 */
const WORKED =
  groupedByFirstLetter(/(?<![a-z])(?:works?|worked|working|fixed|resolved|recovered|came\sback|back\sonline|(?<=(?:(?<![a-z])(?:ones|endpoints?|systems?|codecs?|units?|devices?|room\s?kits?|they|them|all|both|some|most|half|rest|others|everything)|(?<![\d.,/:]|(?:sql|server|windows|win|tms|iis|ports?|version|release|tc|ce|build|kb|sp|cu|r)\s?)\d{1,3}|台|(?:sx|mx|dx|ex)\d{2,3}(?:['’]?s)?)\s)(?:are|is)\s(?:now\s)?back(?:\s(?:now|up|again))?(?![a-z])(?!\s(?:to|on|in|at|with|from|into|as|showing|red|failing|down|off)(?![a-z]))|(?<=(?<![a-z])they['’]re\s(?:all\s)?(?:now\s)?)back(?:\s(?:now|up|again))?(?![a-z])(?!\s(?:to|on|in|at|with|from|into|as|showing|red|failing|down|off)(?![a-z]))|(?<=(?<![a-z])(?:all|everything|everyone|the\srest)\s)back(?:\s(?:now|up|again|online))?(?![a-z])(?!\s(?:to|on|in|at|with|from|into|as|showing|red|failing|down|off)(?![a-z]))|connects?\snow|(?:is|are|has|have)\s(?:been\s)?gone|went\saway|gone\snow|no\slonger\s(?:shows?|showing|fails?|failing)|(?:are|is|look)\s(?:fine|ok|good|green)|fine\snow|ok\snow|good\snow|green\snow|(?<=(?:sx|mx|dx|ex)\d{2,3}(?:['’]?s)?\s)(?:now\s)?(?:green|fine|ok)|(?:did|done)\sthe\strick)(?![a-z])|緑に(?:なりました|戻りました|変わりました)|(?:は|が|も)\s?緑(?:色)?(?:です|でした|になった|(?=\s?[、。,.!！]|\s?$))|直りました|直った|直って|治りました|(?<=(?:台|ほとんど|ほぼ|大半|大部分|一部|半分|半数|全部|全て|すべて|全台|いくつか|以外は)\s?(?:は|も|が)?\s?)戻(?:りました|った|って(?:きました|きた|います|いる))|復旧しました|復旧して|復旧した|復旧(?=\s?[、。,.]|\s?$)|解消しました|解消した|正常になりました|うまくいきました|つながりました|繋がりました|接続できました|動きました|動くようになりました|(?:消えました|消えた|出なくなりました)/i);
/**
 * Literals one of which every match of WORKED holds (required-literals.ts, read from its source by construction, same flags):
 * a text without any of them ("TMS 15.2.1", "SQL Server 2012 SP4 on the TMS server") is not run through WORKED's look-behinds.
 */
const WORKED_MAY = literalGate(WORKED);
/** WORKED.test(t), the cheap gate first. */
const worked = (t: string): boolean => (WORKED_MAY === null || WORKED_MAY.test(t)) && WORKED.test(t);
/** WORKED and its gate, for test/domain/required-literals.test.ts. */
export const WORKED_WITH_GATE = { re: WORKED, gate: WORKED_MAY } as const;

/**
 * A success word that is negated or taken back is not one: "doesn't work for the Cisco ones", "none of
 * them work", "no longer working", 「まだ直っていません」, 「直ったと思ったら…」. Removed before WORKED is tested.
 */
const NOT_WORKED_EN = /(?<![a-z])(?:not|never|no\slonger|none|nothing|nobody|no\sone|neither|[a-z]+n't)\s(?:[\w-]+\s){0,3}?(?:works?|worked|working|fixed|resolved|recovered|came\sback|fine|ok|good|green)(?![a-z])/gi;
const NOT_WORKED_JA = /直って(?:い)?(?:ない|ません)|直らない|直りません|治りません|復旧して(?:い)?(?:ない|ません)|復旧しません|解消して(?:い)?(?:ない|ません)|解消しません|うまくいきません|うまくいかない|うまくいっていません|正常になりません|つながりません|繋がりません|接続できません/g;
/** Worked once and not now, or thought so: "worked for a while", "thought it was fixed", 「直ったと思ったら」, 「一瞬」. */
const TAKEN_BACK = /(?<![a-z])(?:for\sa\s(?:while|bit|moment|minute|few\sminutes|day)|at\sfirst|briefly|thought\s(?:it|that|we|they)|then\sfailed|again\sfailing)(?![a-z])|と思(?:った|いました|ったら|ったのに)|一瞬|しばらくは/i;

/**
 * Words that say "for some only", each a restriction to a subset of the systems:
 * - the systems that work are named: "for the Cisco ones", "on the SX80s", "the CE ones work", "the Room
 *   Kit codecs came back" (a named kind of ones / codecs / endpoints, not "the", "all" or "every");
 * - a part: "some", "most", "a few", "half", "the majority", "two of them" (not "some time", "most likely");
 * - what is left out: "except the HDX", "but not the MXPs", "apart from", "other than" (not "except that
 *   I…", "but not sure", "other than restarting");
 * - "only the SX80s", "only one" (not "the only thing", "only after a reboot", "only restarted IIS");
 * - a contrast: "… but the HDX still fails", "while the MXPs don't".
 * A count of a part ("3 of 10", "7/10 codecs") is read by countsPart.
 */
const KINDS = '(?:ones|endpoints|codecs|systems|units|devices|boxes|rooms|sites)';
const NOT_A_KIND = '(?:the|all|our|my|your|their|its|every|both|these|those|them|affected|failing|broken|problem|managed|registered|tms|of|for|on|and|now)';
/** The first four patterns of ONLY_SOME_EN (and the first of ONLY_SOME_JA) restrict by naming a kind or model: see namesOnlyAffected. */
const NAMED_EN_COUNT = 4;
const ONLY_SOME_EN_PARTS = [
    `(?<![a-z])(?:for|on)\\s(?:the\\s|our\\s|all\\sthe\\s)?(?!now|me|us|good|real|sure|all\\s*$|everything|every|now)[a-z][\\w-]{1,20}(?:\\s[\\w-]{1,20})?\\s?${KINDS}(?![a-z])`,
    `(?<![a-z])(?:for|on)\\s(?:the\\s|our\\s)?(?:cisco|sx\\d+|mx\\d+|dx\\d+|ex\\d+|codec\\s?(?:plus|pro)|room\\s?kits?|tc|ce|roomos)s?(?![a-z])`,
    `(?<![a-z])(?:the\\s|our\\s)(?!${NOT_A_KIND}\\s)[a-z][\\w-]{1,20}(?:\\s(?!${NOT_A_KIND}\\s)[\\w-]{1,20})?\\s${KINDS}\\s(?:[\\w']+\\s){0,2}?(?:works?|worked|are|is|came|look|seem)(?![a-z])`,
    `(?<![a-z])(?:the\\s|our\\s)?(?:cisco|sx\\d+|mx\\d+|dx\\d+|room\\s?kits?|tc|ce|roomos)s?\\s(?:${KINDS}\\s)?(?:now\\s)?(?:works?|worked|are|is|came|look|seem|green(?=\\s?[,;.]))(?![a-z])`,
    `(?<![a-z])${KINDS}\\sthat\\s(?:work|are|came|run)`,
    `(?<![a-z]|the\\s|at\\s)(?:some|most|many|several|a\\sfew|a\\scouple|half|part|a\\slot|the\\smajority|a\\shandful|(?:one|two|three|four|five|six)\\sof\\s(?:them|the|our))(?:\\sof)?(?!\\s(?:time|times|point|reason|how|way|more|less|likely|probably|recent|changes?|tweaks?|help|luck|testing|digging|work|effort|fiddling|trial|restarts?|reboots?|settings?|keys?|steps?)(?![a-z]))(?![a-z])`,
    `(?<![a-z])(?:but\\snot|except(?:\\sfor)?|apart\\sfrom|other\\sthan|all\\sbut|aside\\sfrom|save\\sfor|with\\sthe\\sexception\\sof)\\s(?!that|i\\s|we\\s|it\\s|when|after|before|if|sure|really|reliably|always|consistently|stable|yet|quite|[a-z]+ing(?![a-z]))(?:the\\s|our\\s|for\\s)?[a-z\\d]`,
    `(?<![a-z]|the\\s|not\\s|if\\s)only\\s(?!after|when|once|if|because|took|takes|needed|had|did|thing|difference|way|just|a\\s(?:restart|reboot)|restart|reboot|one\\sthing|[a-z]+ed(?![a-z]))(?:the\\s|our\\s|for\\s|on\\s)?[a-z\\d]`,
    `(?<![a-z])(?:but|while|though|although|whereas)\\s(?!not\\ssure)(?:[\\w-]{1,20}\\s){1,6}?(?:still|not|doesn't|don't|isn't|aren't|won't|fails?|failing|remain|remains)(?![a-z])`,
    // "Room Kits are fine now, the HDX shows the Telnet error as expected" (QA50 #6): another system's Telnet/SNMP error beside.
    `[,;.]\\s(?:and\\s|but\\s)?(?:the\\s|our\\s)?(?:[\\w-]{1,20}\\s){1,3}?(?:shows?|gets?|gives?|has|have|says?|reports?)\\s(?:the\\s|a\\s)?(?:telnet|snmp|security\\sviolation)`,
];
const ONLY_SOME_EN = new RegExp(ONLY_SOME_EN_PARTS.join('|'), 'i');
/** A restriction that does not name a kind: "some", "except …", "only …", "… but the HDX still fails". */
const PART_EN = new RegExp(ONLY_SOME_EN_PARTS.slice(NAMED_EN_COUNT).join('|'), 'i');
/**
 * The same in Japanese: 「Cisco の機器は直りました」「Cisco だけ」「HDX 以外は」「一部の端末は」「ほとんど直りました」
 * 「直りましたが、まだ HDX が残っています」「Cisco は直りましたが HDX はまだです」 (not 「再起動だけで直りました」,
 * 「一部の設定を変えたら直りました」).
 */
const SUBSET_JA = '(?:一部|半分|半数|大半|ほとんど|ほぼ|大部分|多く|いくつか|何台か|数台|一部分)';
const DONE_JA = '(?:直|治|戻り|戻っ|復旧|解消|正常|うまく|消え|つなが|繋が|接続でき|動き|動くよう|緑(?!じゃ|では|になら|にな(?:って|れ)(?:い)?(?:ない|ません)))';
/** The symptom named between the systems and the word for gone: 「一部のエンドポイントだけNo HTTPS responseが消えた」 (R44C). */
const SYMPTOM_JA = '(?:["“「]?no\\s?https\\s?response["”」]?|エラー|警告)\\s?(?:が|は|も)?\\s?';
const ONLY_SOME_JA_PARTS = [
    `(?:cisco|sx\\d+|mx\\d+|codec|room\\s?kit|tc|ce|roomos|エンドポイント)\\s?(?:の(?:機器|端末|エンドポイント|方|系|分)|系|分|端末|機器)?\\s?(?:は|だけ|のみ)\\s?${DONE_JA}`,
    `(?:だけ|のみ)\\s?(?:は|が)?\\s?${DONE_JA}`,
    '以外(?:は|の|で)',
    `${SUBSET_JA}(?:の(?:端末|機器|エンドポイント|システム|コーデック|拠点|会議室|部屋)|の台数)?\\s?(?:は|が|で|だけ)?\\s?(?:${SYMPTOM_JA})?${DONE_JA}`,
    `${DONE_JA}.{0,40}まだ.{0,30}(?:残って|残りま|失敗|エラー|だめ|ダメ|駄目|出て|出ます|直って(?:い)?(?:ない|ません))`,
    `(?:が|けど|ものの)[、,\\s]?.{0,30}(?:は|が)\\s?(?:まだ|だめ|ダメ|直っていません|直りません|駄目)`,
    // 「Room Kit Mini は復旧、HDX は予想どおり Telnet エラーです」 (QA50 #6): what works, then another system's error, expected or not.
    `${DONE_JA}[^。、,.]{0,8}[、。,.].{0,80}?(?:は|が)\\s?(?:(?:予想|想定)(?:どおり|通り)(?:に|の)?|やはり|やっぱり)?\\s?(?:(?:telnet|snmp)\\s?の?\\s?)?(?:エラー|失敗|だめ|ダメ|駄目)`,
];
const ONLY_SOME_JA = new RegExp(ONLY_SOME_JA_PARTS.join('|'), 'i');
const PART_JA = new RegExp(ONLY_SOME_JA_PARTS.slice(1).join('|'), 'i');

/** "all the Room Kits", "every SX80", 「Room Kit は全部」「全ての SX80」: the whole of a kind, not a part of it. */
const ALL_OF_KIND = /(?<![a-z])(?:all(?:\sof)?(?:\s(?:the|our|my))?|every|each\sof\sthe|both(?:\sthe)?)\s(?:\d{1,4}\s)?[a-z]|全部|全て|すべて|全台|どれも|いずれも/i;

/**
 * The kind named is the whole of what fails: "All Room Kits are green now", "The Room Kits are green now" when the
 * Room Kit is the only model the conversation names, 「Room Kit は緑になりました」 (QA round 19 F5). With nothing else
 * said to fail, that is success, not a part (the caller closes it as working).
 */
function namesOnlyAffected(systems: string, affected: readonly string[] | undefined): boolean {
  if (PART_EN.test(systems) || PART_JA.test(systems) || countsPart(systems) || STILL_BAD.test(systems)) return false;
  if (telnetSystemsIn(systems).length || detectOtherProducts(systems).length) return false;
  // (The models named, said to work or not: extractFacts keeps only the failing ones.)
  const named = [...endpointModelsIn(systems), ...ceOnlyModelsIn(systems)];
  // ("all the codecs work now": no model, the whole; "the Room Kits are green" with SX20s failing too: a part.)
  if (named.length === 0 || !affected?.length) return ALL_OF_KIND.test(systems);
  return affected.every((m) => named.includes(m));
}

/** Something said to fail still: "2 SX20s still fail", "the HDX is red", 「SX20 はまだです」 (not "no longer fails", "failover"). */
const STILL_BAD = /(?<![a-z])still\s(?:fail|show|red|broken|down|ha[sv]e?|gets?|error|no\s?https)|(?<!no\slonger\s|not\s|n't\s)(?<![a-z])(?:fails?|failing|red|broken)(?![a-z])|まだ|失敗|エラー|だめ|ダメ|駄目|赤/i;

/** A part counted: "3 of 10", "7 out of 10", "7/10 codecs", 「10台中3台」「10台のうち7台」 (a part, not all nor none). */
function countsPart(t: string): boolean {
  const part = (n: string, of: string) => Number(n) > 0 && Number(n) < Number(of);
  for (const m of t.matchAll(/(?<![\d.])(\d{1,4})\s?(?:of|out\sof)\s(?:the\s)?(\d{1,4})(?![\d.])/gi)) if (part(m[1]!, m[2]!)) return true;
  for (const m of t.matchAll(/(?<![\d./])(\d{1,4})\s?\/\s?(\d{1,4})(?![\d./])\s?(?:endpoints?|codecs?|systems?|units?|devices?|rooms?|are|is|work|now|came|fixed|ok|back|working|台|の)/gi)) {
    if (part(m[1]!, m[2]!)) return true;
  }
  for (const m of t.matchAll(/(\d{1,4})\s?台?\s?(?:中|のうち)\s?(\d{1,4})\s?台/g)) if (part(m[2]!, m[1]!)) return true;
  return false;
}

/**
 * TMS's own parts said to work: "the TMS web UI works, only the endpoints are red", "the portal is fine, just the
 * codecs fail", 「TMS の Web 画面は動いています」. They are not managed systems, and nothing says a fix was applied: the
 * endpoints still fail, so that clause alone is not a partial success (the answer stands). It is taken out before
 * the rest of the message is read.
 */
const OWN_PART_CHEAP = /web|ui|portal|site|iis|console|interface|page|tms|sql|server|service|database|画面|サーバ|サービス|ポータル/i;
const OWN_PART_WORKS =
  /(?<![a-z])(?:tms(?:\s(?:itself|server|web|site|portal|ui))?|web\s?(?:ui|interface|page|site|portal|console)|(?:the\s)?ui|portal|website|iis|sql(?:\sserver)?|the\s(?:server|database|services?))(?:\s(?:web\s)?(?:ui|interface|page|site|portal|console))?\s(?:itself\s)?(?:still\s)?(?:works?|worked|is\s(?:still\s)?(?:fine|ok|okay|up|working|reachable|responding|accessible|green)|loads?|opens?|comes?\sup)(?![a-z])|(?:tms|web|ui|iis|sql|管理画面|画面|ポータル|サーバー?|サービス)\s?(?:の\s?[^、。\s]{0,10}\s?)?(?:は|が|自体は)\s?(?:正常|動いて|動作して|開け|開きます|表示され|問題な|復旧)/i;

const OWN_PART_WORKS_G = new RegExp(OWN_PART_WORKS.source, 'gi');

/**
 * All of them back (booted) and all still failing: "all 10 came back up but they still show No HTTPS response".
 * Nothing works: not a part (the "but … still" speaks of the same systems).
 */
const ALL_BACK_STILL =
  /(?<![a-z])(?:all|every|both)\s(?:\d{1,5}\s)?(?:of\s(?:them|the\s[a-z-]+)\s|(?:the\s)?[a-z\d-]+\s)?(?:have\s)?(?:came|come)\sback(?:\s(?:up|online))?[,;]?\s(?:but|and|yet)\s(?:they|all\sof\sthem|all|still)\s(?:all\s)?(?:still\s)?(?:show|fail|are|have|give|report|say|display)/i;

/**
 * What is left out is a service or a part of TMS, not systems: "everything is back up except the TMS agent", "all up but
 * not the scheduler service", 「TMS エージェント以外は全部戻りました」. Taken out before a restriction is looked for (the
 * services' state is not the fix's result on the systems).
 */
const EXCEPT_CHEAP = /except|but\snot|apart|other\sthan|aside|save\sfor|以外/i;
const EXCEPT_SERVICE =
  /(?<![a-z])(?:but\snot|except(?:\sfor)?|apart\sfrom|other\sthan|aside\sfrom|save\sfor)\s(?:the\s|our\s|for\s)?(?:tms\s?(?:agents?|services?|scheduler|database|db|web(?:\s?(?:ui|site|portal))?|portal|ui|server)|[\w-]{1,30}\sservices?|(?:sql(?:\sserver)?|mssqlserver|iis|database|db|scheduler|agents?|w3svc)(?![a-z\d]))(?![a-z])|(?:tms\s?)?(?:エージェント|サービス|スケジューラ|データベース|sql(?:\s?server)?|iis)\s?以外/gi;

/** A question is not a report ("how", "can" and the like open it, or follow a comma or a full stop). */
const ASKS = /[?？]|(?:^|[.!;,。、]\s*)(?:how|what|why|whether|should|can|could|do|does|is\sthere)\s|(?:ですか|ますか|でしょうか|かな)\s*$/i;

/**
 * Does the message report that the fix worked for some systems only? A success word (not negated, not
 * taken back) and a restriction to a part of the systems. A message that names versions ("CE 9.15
 * endpoints fine now but the Expressway-C still fails, level Medium-High", "codecs on CE 9.15")
 * describes a case: it is read and diagnosed as one (a level alone is what was done, and stays a report).
 */
export function partialSuccessIn(text: string, affected?: readonly string[], endpointHeld = false): boolean {
  const t = text.slice(0, 300);
  if (partialCore(t, affected, endpointHeld)) return true;
  // 「Room Kit Mini は復旧、SX10 は TC7.3.3 … OK でした。HDX は予想どおり Telnet エラーです」 (QA50 #6): a clause saying systems on a
  // release are fine is not a case described; the rest of the message, without it, must say the partial success on its own
  // ("The C40 is on CE 8.0 and it works" has nothing left).
  if (!/\d\s?\.\s?\d/.test(t)) return false;
  const rest = withoutWorkingReleases(t);
  return rest !== t && partialCore(rest, affected, endpointHeld);
}

function partialCore(t: string, affected?: readonly string[], endpointHeld = false): boolean {
  if (t.length > 240 || ASKS.test(t) || TAKEN_BACK.test(t)) return false;
  // ("nothing is back except the 2 MXPs": only those work, the rest still fails; intents.ts reads it as still failing.)
  if (onlyLeftOutWorks(t)) return false;
  // ("On our other TMS server I … restarted, and it works there", 「別の TMS サーバーでは…直りました」: that server's, not a part of this one, QA46 W2.)
  if (stepListFramedIn(nfkc(t).toLowerCase())?.otherServer) return false;
  // TMS's own parts said to work are taken out; the rest may still say some systems work ("Some are fixed now. The
  // TMS web UI works.", 「一部は直りました。TMS の Web UI は動いています。」).
  if (/all|every|both/i.test(t) && ALL_BACK_STILL.test(t)) return false;
  const ownPart = OWN_PART_CHEAP.test(t) ? t.replace(OWN_PART_WORKS_G, ' ') : t;
  const own = EXCEPT_CHEAP.test(ownPart) ? ownPart.replace(EXCEPT_SERVICE, ' ') : ownPart;
  const kept = own.replace(NOT_WORKED_EN, ' ').replace(NOT_WORKED_JA, '、');
  // A part of TMS's services or nodes, or of the steps, is not a part of the systems ("3 of 4 TMS services came back").
  const systems = withoutOtherCounts(own);
  // "7 came back, 3 still fail", 「7台復旧、3台はまだ失敗」: the two counts say it (whatever word says "back").
  const rest = backAndRestIn(systems);
  if (rest && rest[0] > 0 && rest[1] > 0) return noVersions(t, endpointHeld);
  // "still failing on 3", "2 are still red", 「まだ3台ダメです」: a count still failing says the others work (QA round 21 F6, F10).
  if (stillFailingCountIn(systems)) return noVersions(t, endpointHeld);
  if (!worked(kept) || !(ONLY_SOME_EN.test(systems) || ONLY_SOME_JA.test(systems) || countsPart(systems))) return false;
  if (namesOnlyAffected(systems, affected)) return false;
  return noVersions(t, endpointHeld);
}

/**
 * The message itself says something changed for the systems that work: "works now", "came back", "are back", "are fine again",
 * "recovered", "after setting …", 「直りました」「復旧」「消えました」「Medium-High にしたら動きました」, and "not sure why" (wondering why it works says it did not before; not "right now", "for now"). "the rest are fine", "the TC 7.3.3 ones
 * work fine", 「問題なし」 say what is, not what changed.
 */
const CHANGED_NOW =
  /(?<![a-z])(?:(?<!(?:right|for|as\sof|until|till|by|up\sto)\s)now|again|came\sback|come\sback|back\s(?:online|up)|(?:(?:are|is)\s(?:all\s)?|['’]re\s(?:all\s)?)(?:now\s)?back(?![a-z])(?!\s(?:to|on|in|at|with|from|into|as|showing|red|failing|down|off)(?![a-z]))|(?<=(?<![a-z])(?:all|everything|the\srest)\s)back(?![a-z])(?!\s(?:to|on|in|at|with|from|into|as|showing|red|failing|down|off)(?![a-z]))|recovered|fixed|resolved|went\saway|gone|no\slonger|anymore|did\sthe\strick|after\s(?:setting|changing|raising|the\s(?:change|reboot|restart)|we|i)|(?:not\ssure|no\sidea|(?:do\s?n'?t|do\snot)\sknow|unsure)\swhy)(?![a-z])|なぜか|理由(?:は|が)?(?:分から|わから|不明)|したら|したところ|変更後|設定後|再起動後|動きました|動いた|直り|直っ|治り|復旧|解消し|消え|出なくなり|戻り|戻っ|緑に|うまくいき|動くように|つながりました|繋がりました|接続できました|ようになりました/i;

/**
 * A partial success of the fix, not the problem's own signature: some systems working and some not is what this
 * problem looks like before anything is changed (TMS at Medium still reaches the releases that accept TLS 1.0), so
 * "some work" reads as "the fix partly worked" only once a change is known (the level raised, keys changed, a restart
 * since) or when the message itself says the systems that work came back, or reports a step done (QA round 20 #2).
 * 'fix': the fix partly worked (onPartialSuccess); 'signature': a description of the case, read for its facts (the
 * "only some systems fail" finding says what it means at the level held); null: no part said to work.
 */
export function partialFixIn(s: ConversationState, text: string): 'fix' | 'signature' | null {
  if (!partialSuccessIn(text, s.facts.endpointModels, !!s.facts.endpoint)) return null;
  // (A change said in the message itself, with the systems left named as Telnet/SNMP ones or other products: "set
  // Medium-High and rebooted, SX20s green, the HDX says Security violation: …" (R50A). With counts only, "registry added,
  // Medium-High, rebooted. 8 of 10 are green, 2 still red", the full answer's comparison with a working system leads.)
  const changed =
    changeKnown(s.facts) ||
    s.facts.tlsClaims?.restarted === true ||
    CHANGED_NOW.test(text.slice(0, 300)) ||
    fixProgressIn(text) !== null ||
    ((telnetSystemsIn(text).length > 0 || detectOtherProducts(text).length > 0) && changeKnown(extractFacts(text.slice(0, 300)).facts));
  return changed ? 'fix' : 'signature';
}

/**
 * "set it back to TLSv1.2 on one codec and it works now!", 「1台で TLSv1.2 に戻したら直りました」 (QA49 F10): a change that worked on the
 * one system it was tried on (one-system-works.ts). Only after a change (in the conversation or said here): before any, "it works
 * on one codec" is a report of which systems fail.
 */
export function oneSystemFixIn(s: ConversationState, text: string): boolean {
  const t = text.slice(0, 300);
  if (t.length > 240 || !oneSystemWorksIn(t) || ASKS.test(t) || TAKEN_BACK.test(t)) return false;
  if (!worked(t.replace(NOT_WORKED_EN, ' ').replace(NOT_WORKED_JA, '、'))) return false;
  return changeKnown(s.facts) || s.facts.tlsClaims?.restarted === true || CHANGED_NOW.test(t) || fixProgressIn(text) !== null;
}

/**
 * A clause that says systems on a release work and nothing of a failure: 「SX10 は TC7.3.3 に戻したやつなのでそのままでも OK でした」,
 * "the SX10s on TC 7.3.3 were fine anyway" (QA50 #6). Its release is what those systems run, not a case described.
 */
const RELEASE_WORKS = /(?<![a-z])(?:ok|okay|fine|works?|working|good|green)(?![a-z])|問題(?:な|あり)|正常|動いて/i;
const RELEASE_FAILS = /(?<![a-z])(?:fail\w*|error|still|not|no\shttps|broken|red)(?![a-z])|n't|エラー|失敗|まだ|ダメ|だめ|駄目|ません|ない/i;

function withoutWorkingReleases(t: string): string {
  if (!/\d\s?\.\s?\d/.test(t)) return t;
  const parts = t.split(/[、。,;]|\.(?=\s|$)/);
  const kept = parts.filter((c) => !(/\d\s?\.\s?\d/.test(c) && RELEASE_WORKS.test(c) && !RELEASE_FAILS.test(c)));
  return kept.length === parts.length ? t : kept.join('、');
}

/** No version named: a report, not a case described (see partialSuccessIn). */
function noVersions(t: string, endpointHeld = false): boolean {
  const f = extractFacts(t).facts;
  if (f.tms || f.sql || f.windows) return false;
  // "Room Kits are fine now. SX20s on TC 7.3.3 still No HTTPS response" once the fleet's release is known: the release names
  // the systems left, still failing, not a new case (QA50 #13).
  return !f.endpoint || (endpointHeld && RELEASE_STILL_BAD.test(t) && !detectOtherProducts(t).length);
}

/** A release said of the systems still failing: "SX20s on TC 7.3.3 still No HTTPS response", 「TC 7.3.3 の SX20 はまだエラーです」. */
const RELEASE_STILL_BAD = /(?<![a-z])(?:tc|ce|roomos)\s?v?\d{1,2}(?:\.\d{1,3}){0,3}[^.,;!?。、]{0,20}?(?:(?<![a-z])still\s(?:fail|show|red|broken|down|ha[sv]e?|gets?|error|no\s?https)|まだ)/i;

/** The answer: what works, what is left and what to check for it; the incident stays open. */
export function onPartialSuccess(s: ConversationState, text: string): TurnResult {
  // (A release said to work, 「SX10 は TC7.3.3 … OK でした」, is not read as a failing group: QA50 #6.)
  const read = onFacts(s, withoutWorkingReleases(text));
  const f = read.state.facts;
  const lang = s.lang;
  // Not the TLS 1.0 problem, or TMS before 15 (no level to raise): the systems back say nothing of a TLS fix (QA50 #3, #4).
  const out0 = fixOutOfPlay(f);
  if (out0) return partialOutOfPlay(read, text, out0);
  // What the message names as left wins ("but the Expressway-C still shows it"); else what the conversation holds.
  const named = { telnet: telnetSystemsIn(text), products: detectOtherProducts(text) };
  const fromText = named.telnet.length + named.products.length > 0;
  // (Telnet/SNMP systems named earlier, "we also manage 3 Polycom HDX", are not the ones left when this message says those
  // still show "No HTTPS response" and the failing ones held are TC/CE endpoints: a system TMS manages over Telnet or SNMP
  // shows "Security violation" at Medium-High instead (QA39 14). Then the left ones are the failing family's.)
  // "still failing on 3 of the SX80s" names the ones left as Cisco endpoints, still failing: the same (QA50 #5).
  const t300 = text.slice(0, 300);
  const leftNamed = NO_HTTPS.test(t300) || (STILL_BAD.test(t300) && endpointModelsIn(t300).length + ceOnlyModelsIn(t300).length > 0);
  const failingFamily = !fromText && (f.telnetSystems?.length ?? 0) > 0 && f.endpoint && endpointRefusesTls10(f.endpoint) && leftNamed ? f.endpoint : null;
  // "Room Kits are fine now. SX20s on TC 7.3.3 still No HTTPS response": the release of the systems left is named; what it
  // accepts, and what to compare, follow the lead (QA50 #13).
  const leftRelease = !fromText && STILL_BAD.test(t300) ? extractFacts(t300).facts.endpoint : undefined;
  if (leftRelease) {
    const rest = onRemainingSystems(read.state, text);
    const lead = para(
      L(
        'Good: part of it works. The systems that work now show that TMS offers a TLS version they accept, so the TMS side of the fix took effect. The incident is not closed while other systems still fail.',
        '一部は直ったとのこと、よかったです。直ったシステムがあるということは、TMS がそれらの受け付ける TLS バージョンを提示できており、TMS 側の対処は効いています。ただし、まだ失敗しているシステムがあるうちは、この件は完了ではありません。',
      )[lang],
    );
    const left = stillFailingNumberIn(withoutOtherCounts(t300.toLowerCase()));
    const { stillFailing: _was, ...kept } = f.tlsClaims ?? {};
    const facts = { ...f, tlsClaims: { ...kept, partlyWorks: true as const, ...(left ? { stillFailing: left } : {}) } };
    return { state: { ...read.state, facts, pending: null }, replies: [reply(lang, [lead, ...(rest.replies[0]?.blocks ?? [])])] };
  }
  const telnet = failingFamily ? [] : (fromText ? named.telnet : (f.telnetSystems ?? [])).slice(0, 4);
  const products = (fromText ? named.products : (f.otherProducts ?? [])).map((id) => OTHER_PRODUCTS[id].name);
  const out: LocalizedText[] = [
    L(
      'Good: part of it works. The systems that work now show that TMS offers a TLS version they accept, so the TMS side of the fix took effect. The incident is not closed while other systems still fail.',
      '一部は直ったとのこと、よかったです。直ったシステムがあるということは、TMS がそれらの受け付ける TLS バージョンを提示できており、TMS 側の対処は効いています。ただし、まだ失敗しているシステムがあるうちは、この件は完了ではありません。',
    ),
  ];
  // "18 of 20 codecs are fine now, 2 MX800 still show No HTTPS response" (QA51 #14): the systems left named as Cisco models,
  // nothing of Telnet/SNMP or another product: what to check on them, not "which systems still fail?".
  const leftModels = !failingFamily && !telnet.length && !products.length ? modelsLeftIn(t300) : [];
  if (failingFamily && !products.length) out.push(leftOfFailingFamily(formatEndpoint(failingFamily), joinAnd(f.telnetSystems ?? []), (f.telnetSystems ?? []).join('、')));
  else if (!leftModels.length) out.push(...whatIsLeft(telnet, products));
  const blocks: Block[] = out.map((x) => paraFrom(x, lang));
  if (leftModels.length) blocks.push(...leftOfNamedModels(leftModels, f.endpoint, NO_HTTPS.test(t300), lang));
  // What was just said is kept: a later "the remaining 3 are C40s on TC 7.3.6" describes the systems left.
  // How many still fail, when the message counts them ("5 are green, 3 still red"): a later "2 are green now too"
  // closes the case only when it covers them all (R54). A report without a count drops an older one.
  const left = stillFailingNumberIn(withoutOtherCounts(text.slice(0, 300).toLowerCase()));
  const { stillFailing: _old, ...claims } = read.state.facts.tlsClaims ?? {};
  const facts = { ...read.state.facts, tlsClaims: { ...claims, partlyWorks: true as const, ...(left ? { stillFailing: left } : {}) } };
  return { state: { ...read.state, facts, pending: null }, replies: [reply(lang, blocks)] };
}

/** What to compare between a system still failing and one that works, when the TLS level is not what decides. */
const COMPARE_NOT_TLS: readonly LocalizedText[] = [
  L(
    'The address TMS polls it on (Systems > Navigator): a DNS name that resolves to an old IP, or an address that changed; and its connection mode (a system "Behind Firewall" is not polled).',
    'TMS がポーリングに使うアドレス（[Systems] > [Navigator]）：DNS 名が古い IP アドレスを返していないか、アドレスが変わっていないか。あわせて接続モードも確認してください（[Behind Firewall] のシステムはポーリングされません）。',
  ),
  L(
    'From the TMS server, TCP 443 to it (for example `Test-NetConnection <address> -Port 443`): a firewall rule, routing or NAT in the way stops it before any TLS.',
    'TMS サーバから、そのシステムへの TCP 443（例：`Test-NetConnection <アドレス> -Port 443`）。ファイアウォールのルール、ルーティング、NAT で止まっていれば、TLS より前の段階で失敗します。',
  ),
  L(
    'On the system: HTTPS is on (TC 7: `xConfiguration NetworkServices HTTPS Mode: On`; CE/RoomOS: `xConfiguration NetworkServices HTTP Mode`), `xStatus SystemUnit Software Version` shows the release you expect, and its certificate has not expired.',
    'システム側で、HTTPS が有効か（TC 7 は `xConfiguration NetworkServices HTTPS Mode: On`、CE/RoomOS は `xConfiguration NetworkServices HTTP Mode`）、`xStatus SystemUnit Software Version` が想定どおりのリリースか、証明書の期限が切れていないかを確認してください。',
  ),
  L(
    'In TMS: the admin credentials stored for it still work; then Force Refresh on it.',
    'TMS 側で、そのシステム用に保存している管理者の資格情報がまだ有効かを確認し、[Force Refresh] を実行してください。',
  ),
];

/**
 * A partial success where the TLS fix is not what the case is about (fix-in-play.ts): what came back says nothing of TMS's TLS
 * level, no level is named as the cause for the systems left, and what to compare is said. The systems' state is kept as usual.
 */
function partialOutOfPlay(read: TurnResult, text: string, why: FixOutOfPlay): TurnResult {
  const f = read.state.facts;
  const lang = read.state.lang;
  const tms = f.tms ? formatTms(f.tms) : 'TMS';
  const lead =
    why === 'not-tls'
      ? L(
          'Good: part of it works. For the versions you gave this is not the TLS 1.0 problem, so the systems that came back were brought back by what changed for them (a firewall rule, an address, a setting), not by a TLS level. The case is not closed while other systems still fail. Compare one that still fails with one that works:',
          '一部は直ったとのこと、よかったです。お伝えいただいたバージョンでは TLS 1.0 の問題ではないため、戻ったシステムは TLS のレベルではなく、それらに関して変わったこと（ファイアウォールのルール、アドレス、設定など）で戻ったと考えられます。まだ失敗しているシステムがあるうちは、この件は完了ではありません。失敗している 1 台を、動いている 1 台と比べてください。',
        )
      : MH(
          `Good: part of it works. ${tms} has no Communication Security setting (it came with TMS 15) and still offers only TLS 1.0, so the systems that work are ones that accept TLS 1.0 (TC up to 7.3.5, CE 8.0.x). The case is not closed while other systems still fail. One still failing that runs TC 7.3.6 or later, CE 8.1 or later or RoomOS refuses TLS 1.0, and ${tms} cannot reach it: upgrade TMS to 15.x (then TLS 1.2 on the server and Medium-High), or take that endpoint back to TC 7.3.3 if its hardware runs TC. Otherwise compare it with one that works:`,
          `一部は直ったとのこと、よかったです。${tms} には [Communication Security] の設定がなく（TMS 15 で追加）、いまも TLS 1.0 だけを提示するため、動いているのは TLS 1.0 を受け付けるシステム（TC 7.3.5 まで、CE 8.0.x）です。まだ失敗しているシステムがあるうちは、この件は完了ではありません。失敗しているものが TC 7.3.6 以降、CE 8.1 以降、または RoomOS なら TLS 1.0 を受け付けないため、${tms} からは接続できません。TMS を 15.x にアップグレードする（そのあとサーバで TLS 1.2 を有効にして Medium-High にする）か、TC が動くハードウェアであればそのエンドポイントを TC 7.3.3 に戻してください。そうでなければ、動いている 1 台と比べてください。`,
        );
  const blocks: Block[] = [paraFrom(lead, lang), listFrom('bullets', COMPARE_NOT_TLS, lang)];
  const left = stillFailingNumberIn(withoutOtherCounts(text.slice(0, 300).toLowerCase()));
  const { stillFailing: _old, ...claims } = f.tlsClaims ?? {};
  const facts = { ...f, tlsClaims: { ...claims, partlyWorks: true as const, ...(left ? { stillFailing: left } : {}) } };
  return { state: { ...read.state, facts, pending: null }, replies: [reply(lang, blocks)] };
}

/**
 * After a partial success that counted the systems left ("3 still red"), some of them said back too, fewer than were
 * left ("2 are green now too" after 3): not closed; the count left is said, and what to check for the rest (R54).
 */
export function onSomeMoreBack(s: ConversationState, text: string, back: number, held: number): TurnResult {
  const read = onFacts(s, text);
  const lang = s.lang;
  const left = held - back;
  const one = left === 1;
  const blocks: Block[] = [
    para(
      L(
        `Good: ${back} more ${back === 1 ? 'is' : 'are'} back. By my count ${left} of the ${held} that were still failing ${one ? 'is' : 'are'} not back yet, so I keep the case open. If every system works now, say so ("all are green"). If not: which ${one ? 'one is' : 'ones are'} left, and how does TMS manage ${one ? 'it' : 'them'}? Over Telnet or SNMP, Medium-High has turned that off; over HTTPS, check ${one ? 'its' : 'their'} own TLS settings (minimum version, cipher suites), certificate and software version.`,
        `${back} 台も戻ったとのこと、よかったです。まだ失敗していた ${held} 台のうち、こちらの数えでは ${left} 台がまだ戻っていないため、この件は完了にしません。すべて動いているなら「全台緑です」のようにお知らせください。まだであれば、残っているのはどのシステムで、TMS はどの方法で管理していますか。Telnet や SNMP であれば Medium-High でそれが無効になっています。HTTPS であれば、そのシステム側の TLS 設定（最低バージョン、暗号スイート）、証明書、ソフトウェアのバージョンを確認してください。`,
      )[lang],
    ),
  ];
  const facts = { ...read.state.facts, tlsClaims: { ...read.state.facts.tlsClaims, partlyWorks: true as const, stillFailing: left } };
  return { state: { ...read.state, facts, pending: null }, replies: [reply(lang, blocks)] };
}

/**
 * "3 still red" held, then "5 more are green" (FIX5A): more said back than were left failing. One of the counts is wrong, so
 * the case is not closed on it: which is right is asked (the "are all back?" ask, so "yes, all of them" closes it and
 * "no, 1 is still red" keeps it open). What was still failing is kept.
 */
export function onMoreBackThanHeld(s: ConversationState, text: string, back: number, held: number): TurnResult {
  const read = onFacts(s, text);
  const lang = s.lang;
  const blocks: Block[] = [
    para(
      L(
        `Good news. One thing to check, though: you say ${back} more ${back === 1 ? 'is' : 'are'} back, but by my count only ${held} ${held === 1 ? 'was' : 'were'} still failing. Which is right: do all systems work now, or are some still failing (how many)?`,
        `よかったです。ひとつ確認させてください。${back} 台が戻ったとのことですが、こちらの数えでは、まだ失敗していたのは ${held} 台でした。どちらが正しいでしょうか。すべてのシステムが動いていますか、それともまだ失敗しているものがありますか（何台ですか）。`,
      )[lang],
    ),
  ];
  const facts = { ...read.state.facts, tlsClaims: { ...read.state.facts.tlsClaims, partlyWorks: true as const, stillFailing: held } };
  return { state: { ...read.state, facts, pending: null, askedAllBack: true }, replies: [reply(lang, blocks)] };
}

/** "No HTTPS response" said of the systems left (EN and JA messages quote it in Latin letters). */
const NO_HTTPS = /no\s?https\s?(?:response|応答)/i;

/** The systems left still show "No HTTPS response" and the failing ones were TC/CE endpoints: what to check on them. */
function leftOfFailingFamily(release: string, telnetEn: string, telnetJa: string): LocalizedText {
  return L(
    `What is left: the systems that still show "No HTTPS response" are most likely among the ${release} endpoints that failed, not the ${telnetEn} you also mentioned (a system TMS manages over Telnet or SNMP shows "Security violation: Telnet communication is not allowed" at Medium-High, not "No HTTPS response"). Every TC and CE release accepts TLS 1.2, which TMS now offers, so check on one of those still failing: Force Refresh on it in Systems > Navigator; a capture on the TMS server of TMS polling it (a TLS 1.0 ClientHello, 0x0301, means the change has not taken effect on the server that polls it; a TLS 1.2 one, 0x0303, refused points at the endpoint's own HTTPS settings or the cipher suites); and on the endpoint \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\`, \`xConfiguration NetworkServices HTTP Mode\` and its certificate.`,
    `残っているもの：まだ「No HTTPS response」が出ているのは、${telnetJa} ではなく、失敗していた ${release} のエンドポイントのうちの一部である可能性が高いです（TMS が Telnet や SNMP で管理しているシステムは、Medium-High では「No HTTPS response」ではなく「Security violation: Telnet communication is not allowed」を表示します）。TC と CE はどのリリースも TLS 1.2 を受け付け、TMS はいま TLS 1.2 を提示しているので、まだ失敗しているうちの 1 台で次を確認してください。[Systems] > [Navigator] で [Force Refresh] を実行する。TMS サーバで、TMS がそれをポーリングするところをキャプチャする（ClientHello が TLS 1.0（0x0301）なら、ポーリングしているサーバで変更がまだ反映されていません。TLS 1.2（0x0303）が拒否されるなら、エンドポイント自体の HTTPS 設定か暗号スイートが原因です）。エンドポイントの \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\`、\`xConfiguration NetworkServices HTTP Mode\`、そして証明書を確認する。`,
  );
}

/**
 * The Cisco models the message says still fail ("2 MX800 still show No HTTPS response", 「MX800 の2台はまだ No HTTPS response
 * です」), not those it says work ("the Room Kits are fine now"); [] when it names none, or says nothing still fails.
 */
function modelsLeftIn(t: string): string[] {
  if (!STILL_BAD.test(t) && !NO_HTTPS.test(t)) return [];
  const out: string[] = [];
  // Clause by clause: a clause that says still failing and nothing of working names the systems left ("…, 2 MX800 still show
  // No HTTPS response"); a clause that says both ("the SX80s work but the MX800s don't") names none for sure.
  for (const c of t.split(/[,;.!?。、，；！？]|\s(?:but|while|whereas|though|although|and)\s/i)) {
    if (!(STILL_BAD.test(c) || NO_HTTPS.test(c)) || worked(c.replace(NOT_WORKED_EN, ' ').replace(NOT_WORKED_JA, '、'))) continue;
    const working = modelsSaidToWork(c);
    for (const m of [...endpointModelsIn(c), ...ceOnlyModelsIn(c)]) if (!working.includes(m) && !out.includes(m)) out.push(m);
  }
  return out.slice(0, 4);
}

/**
 * What to check on the Cisco models left (QA51 #14; knowledge.md "Fix" step 7 and "What else a senior engineer checks"): they
 * still show "No HTTPS response", so TMS polls them over HTTPS; the others back show that TMS offers a version they accept.
 */
function leftOfNamedModels(models: string[], fleet: EndpointVersion | undefined, noHttps: boolean, lang: 'en' | 'ja'): Block[] {
  const en = joinAnd(models);
  const ja = models.join('、');
  const release = fleet && endpointRefusesTls10(fleet) ? formatEndpoint(fleet) : null;
  const why = release
    ? L(
        `Your endpoints run ${release}, which refuses TLS 1.0: the ones that came back show that TMS now offers TLS 1.2, which every TC and CE release accepts. So the level is not what fails for the ${en} systems, and the fix does not need doing again.`,
        `エンドポイントは TLS 1.0 を受け付けない ${release} なので、戻ったものがあるということは、TMS はいま TLS 1.2 を提示しています。TC と CE はどのリリースも TLS 1.2 を受け付けるため、${ja} が失敗する原因はレベルではなく、対処をやり直す必要はありません。`,
      )
    : L(
        `Every TC and CE release accepts TLS 1.2, and the systems that came back show that TMS offers a version they accept: the level is most likely not what fails for the ${en} systems.`,
        `TC と CE はどのリリースも TLS 1.2 を受け付け、戻ったシステムがあることから TMS はそれらが受け付けるバージョンを提示しています。${ja} が失敗する原因は、おそらくレベルではありません。`,
      );
  const lead = noHttps
    ? L(
        `What is left, the ${en} systems: they still show "No HTTPS response", so TMS polls them over HTTPS and fails there. ${why.en} Check these on one of them:`,
        `残っている ${ja} について：まだ「No HTTPS response」が出ているので、TMS はそれらを HTTPS でポーリングし、そこで失敗しています。${why.ja}そのうちの 1 台で、次を確認してください。`,
      )
    : L(
        `What is left, the ${en} systems: if they show "No HTTPS response" in Systems > Navigator, TMS polls them over HTTPS and fails there. ${why.en} Check these on one of them:`,
        `残っている ${ja} について：[Systems] > [Navigator] で「No HTTPS response」が出ているなら、TMS はそれらを HTTPS でポーリングし、そこで失敗しています。${why.ja}そのうちの 1 台で、次を確認してください。`,
      );
  const checks: LocalizedText[] = [
    L(
      'In TMS, Systems > Navigator: Force Refresh on it (TMS may not have polled it since the change); and whether it is in "Behind Firewall" mode (TMS does not poll such a system, so TLS does not matter to it).',
      'TMS の [Systems] > [Navigator] で、そのシステムに [Force Refresh] を実行してください（変更後にまだポーリングされていない場合があります）。また、[Behind Firewall] モードになっていないかも確認してください（そのモードのシステムは TMS からポーリングされないため、TLS は関係しません）。',
    ),
    L(
      'Its software: `xStatus SystemUnit Software Version` shows the release it really runs, which may differ from the others.',
      'ソフトウェア：`xStatus SystemUnit Software Version` で、実際に動いているリリースを確認してください。ほかのシステムと違う場合があります。',
    ),
    L(
      'Its HTTPS settings: `xConfiguration NetworkServices HTTP Mode` must allow HTTPS (TC 7: `xConfiguration NetworkServices HTTPS Mode: On`), and `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` must not be above TLS 1.2.',
      'HTTPS の設定：`xConfiguration NetworkServices HTTP Mode` で HTTPS が許可されていること（TC 7 は `xConfiguration NetworkServices HTTPS Mode: On`）、`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` が TLS 1.2 を上回っていないことを確認してください。',
    ),
    L(
      'Its certificate: at High, TMS validates the certificates of the systems it manages; with "Enable Certificate Revocation Check" on in TMS Tools, an unreachable CRL point fails HTTPS too, even at TLS 1.2.',
      '証明書：High では、TMS は管理対象システムの証明書を検証します。また、TMS ツールで [Enable Certificate Revocation Check] が有効だと、CRL 配布ポイントに届かない場合は TLS 1.2 でも HTTPS が失敗します。',
    ),
    L(
      'On the TMS server, a capture of TMS polling it: a TLS 1.2 ClientHello (0x0303) answered by a reset or alert 40 points at its TLS settings or cipher suites; a TLS 1.0 one (0x0301) means the server that polls it does not have the change (the other node of a redundant TMS, for example).',
      'TMS サーバで、TMS がそれをポーリングするところをキャプチャしてください。TLS 1.2 の ClientHello（0x0303）にリセットやアラート 40 が返るなら、そのシステムの TLS 設定か暗号スイートが原因です。TLS 1.0（0x0301）なら、ポーリングしているサーバ（冗長構成ならもう一方のノードなど）に変更が入っていません。',
    ),
  ];
  return [para(lead[lang]), { type: 'bullets', items: checks.map((c) => c[lang]) }];
}

/** What to check for the systems left: those TMS may manage over Telnet/SNMP, other products, or (none named) which ones and how. */
function whatIsLeft(telnet: string[], products: string[]): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (telnet.length) {
    const en = joinAnd(telnet);
    const ja = telnet.join('、');
    out.push(
      L(
        `What is left, ${en}: check how TMS manages ${telnet.length === 1 ? 'it' : 'them'}. If it is over Telnet or SNMP, ${telnet.length === 1 ? 'it' : 'they'} cannot come back at Medium-High: that level turns Telnet and SNMP off in TMS (\`${SERVICES.snmp}\` stops), and such systems show "Security violation: Telnet communication is not allowed" with a "TMS Connection Error" ticket. The choices are to replace ${telnet.length === 1 ? 'it' : 'them'}, manage ${telnet.length === 1 ? 'it' : 'them'} differently, or accept losing ${telnet.length === 1 ? 'it' : 'them'} in TMS. Going back to Medium is not one: the systems that work now would fail again.`,
        `残っている ${ja} について：TMS がどの方法で管理しているかを確認してください。Telnet や SNMP で管理している場合、Medium-High のままでは戻りません。このレベルでは TMS の Telnet と SNMP が無効になり（\`${SERVICES.snmp}\` が停止します）、そうしたシステムには「Security violation: Telnet communication is not allowed」が表示され、「TMS Connection Error」のチケットが作成されます。選択肢は、置き換える、別の方法で管理する、TMS での管理をあきらめる、のいずれかです。Medium に戻すのは解決になりません。いま直ったシステムが再び失敗します。`,
      ),
    );
  }
  if (products.length) {
    const en = joinAnd(products);
    const ja = products.join('、');
    out.push(
      L(
        `What is left, ${en}: since the endpoints now accept what TMS offers, check the HTTPS settings of ${products.length === 1 ? 'that product itself' : 'those products themselves'}: the minimum TLS version and cipher suites ${products.length === 1 ? 'it accepts' : 'they accept'}, and ${products.length === 1 ? 'its' : 'their'} certificate (at High, TMS validates certificates; with "Enable Certificate Revocation Check" on, an unreachable CRL point fails HTTPS too).`,
        `残っている ${ja} について：エンドポイントは TMS の提示を受け付けているので、その製品側の HTTPS 設定を確認してください。受け付ける TLS の最低バージョンと暗号スイート、そして証明書です（High では TMS が証明書を検証します。また [Enable Certificate Revocation Check] が有効だと、CRL 配布ポイントに届かない場合も HTTPS が失敗します）。`,
      ),
    );
  }
  if (!telnet.length && !products.length) {
    out.push(
      L(
        'Which systems still show "No HTTPS response"? If TMS manages them over Telnet or SNMP (a Polycom HDX, an older Tandberg MXP), Medium-High has turned that off for them: that is the known trade-off of the level. If TMS manages them over HTTPS, check their own TLS settings (minimum version, cipher suites) and certificates, and their software version.',
        'まだ「No HTTPS response」が出ているのはどのシステムですか。TMS が Telnet や SNMP で管理しているもの（Polycom HDX や古い Tandberg MXP など）であれば、Medium-High でそれが無効になっています。このレベルの既知のトレードオフです。HTTPS で管理しているものであれば、そのシステム側の TLS 設定（最低バージョン、暗号スイート）と証明書、ソフトウェアのバージョンを確認してください。',
      ),
    );
  }
  return out;
}


/**
 * The systems left after a partial success, described: "the remaining 3 are C40s on TC 7.3.6", "the rest
 * are HDX", "the other three run ce 9.15.3", 「残りの3台は C40 で TC 7.3.6 です」「まだ直っていない端末は
 * HDX です」. Not "the rest of the steps", 「残りの手順」.
 */
const REMAINING_EN =
  /(?<![a-z])(?:remaining|the\srest(?!\sof\s(?:the\s)?(?:steps?|fix|day|week|time|guide|answer|list))|(?:the\s)?other\s(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|few|ones?)(?![a-z\d])|(?:\d{1,4}|one|two|three|four|five|ones?)\s(?:[a-z\d-]{1,20}\s)?(?:left|that\s(?:still\s)?(?:fail|don't|do\snot|are\snot|aren't))|still[-\s]failing\s(?:ones|systems|endpoints|codecs|units))(?![a-z])/i;
const REMAINING_JA = /残り(?!の(?:手順|作業|ステップ|時間))|残った|残って(?:いる|る)|まだ(?:直って(?:い)?ない|失敗して(?:い)?る|エラーの|だめな|ダメな)|直って(?:い)?ない(?:方|の|端末|機器|システム)|直らない(?:方|の|端末|機器|システム)/;

/** The message describes the systems left (a version, a model, a Telnet/SNMP system or a product), and names nothing else. */
export function remainingSystemsIn(text: string): boolean {
  const t = text.slice(0, 300);
  if (t.length > 240 || !(REMAINING_EN.test(t) || REMAINING_JA.test(t))) return false;
  const f = extractFacts(t).facts;
  if (f.tms || f.sql || f.windows || f.level || f.sqlLocation) return false;
  return !!(f.endpoint || f.endpointModels?.length || telnetSystemsIn(t).length || detectOtherProducts(t).length);
}

/**
 * After a partial success, the systems left described: they are not the fleet (the version named does not
 * replace the one the working systems run) and the fix is not given again (TMS already offers a version the
 * others accept, so its level is not assumed Medium): what to compare between a failing and a working system.
 * Nothing is recorded.
 */
export function onRemainingSystems(s: ConversationState, text: string): TurnResult {
  const lang = s.lang;
  const seen = extractFacts(text.slice(0, 300)).facts;
  const telnet = telnetSystemsIn(text).slice(0, 4);
  const products = detectOtherProducts(text).map((id) => OTHER_PRODUCTS[id].name);
  const out: LocalizedText[] = [];
  const ep = seen.endpoint;
  const kept = s.facts.endpoint;
  if (ep) {
    const v = formatEndpoint(ep);
    const keep = kept && formatEndpoint(kept) !== v ? formatEndpoint(kept) : null;
    out.push(
      L(
        `Noted: the systems still failing run ${v}.${keep ? ` I keep ${keep} for the systems that work now: this does not replace it.` : ''}`,
        `承知しました。まだ失敗しているシステムは ${v} です。${keep ? `いま動いているシステムの ${keep} はそのままにします（置き換えません）。` : ''}`,
      ),
    );
    out.push(
      endpointRefusesTls10(ep)
        ? L(
            `${v} refuses TLS 1.0 but accepts TLS 1.2, like the systems that came back. Since TMS already reaches those, it offers TLS 1.2: the level is not what fails for these, and the fix does not need doing again.`,
            `${v} は TLS 1.0 を受け付けませんが、TLS 1.2 は受け付けます。これは直ったシステムと同じです。TMS はそれらに接続できているので TLS 1.2 を提示しています。残りのシステムが失敗する原因はレベルではなく、対処をやり直す必要はありません。`,
          )
        : L(
            `${v} still accepts TLS 1.0 as well as TLS 1.2, so the TLS version TMS offers is not what fails for these.`,
            `${v} は TLS 1.2 に加えて TLS 1.0 も受け付けるため、TMS が提示する TLS バージョンは失敗の原因ではありません。`,
          ),
    );
  } else if (!telnet.length) {
    // (Systems TMS manages over Telnet/SNMP are what Medium-High turns off: for them, the level is what fails.)
    out.push(
      L(
        'Noted. The systems that came back show that TMS already offers a TLS version they accept: the level is not what fails for the ones left, and the fix does not need doing again.',
        '承知しました。直ったシステムがあることから、TMS はそれらが受け付ける TLS バージョンをすでに提示しています。残りのシステムが失敗する原因はレベルではなく、対処をやり直す必要はありません。',
      ),
    );
  }
  if (telnet.length || products.length) out.push(...whatIsLeft(telnet, products));
  else {
    out.push(
      L(
        'Compare one of them with a system that works:',
        '失敗しているシステムの 1 台を、動いているシステムと比べてください。',
      ),
    );
  }
  const blocks: Block[] = out.map((x) => paraFrom(x, lang));
  if (!telnet.length && !products.length) {
    const checks: LocalizedText[] = [
      L(
        'In TMS, Systems > Navigator: run Force Refresh on it (TMS may not have polled it since the change), and check the address TMS uses for it and its connection mode (a system "Behind Firewall" is not polled).',
        'TMS の [Systems] > [Navigator] で、そのシステムに [Force Refresh] を実行してください（変更後にまだポーリングされていない場合があります）。あわせて、TMS が使っているアドレスと接続モードも確認してください（[Behind Firewall] のシステムはポーリングされません）。',
      ),
      L(
        'On the system: HTTPS is on (TC 7: `xConfiguration NetworkServices HTTPS Mode: On`; CE/RoomOS: `xConfiguration NetworkServices HTTP Mode`), and `xStatus SystemUnit Software Version` shows the release you expect.',
        'システム側で、HTTPS が有効か（TC 7 は `xConfiguration NetworkServices HTTPS Mode: On`、CE/RoomOS は `xConfiguration NetworkServices HTTP Mode`）、また `xStatus SystemUnit Software Version` が想定どおりのリリースかを確認してください。',
      ),
      L(
        'Its HTTPS settings compared with a working one: the minimum TLS version and cipher suites it accepts, and its certificate (at High, TMS validates certificates; with "Enable Certificate Revocation Check" on, an unreachable CRL point fails HTTPS too).',
        '動いているシステムと HTTPS の設定を比べてください。受け付ける TLS の最低バージョンと暗号スイート、そして証明書です（High では TMS が証明書を検証します。また [Enable Certificate Revocation Check] が有効だと、CRL 配布ポイントに届かない場合も HTTPS が失敗します）。',
      ),
      L(
        'On the TMS server: a capture of TMS connecting to one of them. A TLS 1.2 ClientHello answered by a reset or alert 40 points at that system\'s TLS settings or cipher suites; the System log\'s Schannel events (36871, 36888, or 36887 for an alert received; match their time with TMS polling that system) may say the same from Windows\' side.',
        'TMS サーバ上で、TMS がそのシステムに接続するところをキャプチャしてください。TLS 1.2 の ClientHello にリセットやアラート 40 が返る場合は、そのシステムの TLS 設定か暗号スイートが原因です。システム ログの Schannel のイベント（36871、36888、アラートを受信した場合は 36887。時刻をそのシステムへのポーリングと照らし合わせてください）でも、Windows 側から同じことが分かる場合があります。',
      ),
    ];
    blocks.push(listFrom('bullets', checks, lang));
  }
  return { state: next(s, { pending: null }), replies: [reply(lang, blocks)] };
}
