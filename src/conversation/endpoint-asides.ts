/**
 * Questions about endpoints beside the ones the case is about (QA53 #15, #17). Pure.
 *
 * - "our SX20s on CE 8.0.1 are fine but SX80s on CE 9.8 fail, why?", 「CE 8.0.1 の SX20 は正常ですが CE 9.8 の SX80 はエラーです。
 *   なぜですか？」: the report before the "why?" is read as said alone (the releases with what each does, endpointGroups), and the
 *   why is answered from the cause (knowledge.md, Cause 1 and 2): TC up to 7.3.5 and CE 8.0.x accept TLS 1.0, later ones do not.
 * - "the MX300 G1 is on TC 7.3.21, does it need anything?" (and, said with no question, "we also have an MX300 G1 on TC 7.3.21",
 *   left-c #3), 「MX300 G1 は TC 7.3.21 ですが、何か必要ですか？」: another unit's
 *   release with a question about it is answered for that unit; the release of the endpoints the case is about stays (it is not a
 *   correction), and nothing is recorded: whether that unit fails was not said ("…and it fails too" adds it as a group).
 * - Another owner's unit ("our partner also has an MX300 on TC 7.3.21", 「先方にも TC 7.3.21 の MX300 があります」) records nothing for
 *   the case and says what the release means for them; a unit said not to be there ("we don't have any MX300 on TC 7.3.21 anymore",
 *   「TC 7.3.21 の MX300 はもうありません」) records nothing at all (left-d #1, rev32 #2: both replaced the case's release).
 */
import type { EndpointVersion, Facts, LocalizedText } from '../domain/types';
import { advisingMediumHigh } from '../domain/advises';
import { diagnose } from '../domain/diagnose';
import { extractFacts } from '../domain/extract';
import { endpointRefusesTls10, formatEndpoint, formatTms, tmsCanBeFixedInPlace } from '../domain/versions';
import { nfkc } from '../domain/nfkc';
import { aboutOtherSite } from '../domain/understand/other-site';
import type { ConversationState, TurnResult } from './types';
import { paraFrom } from './compose';
import { caseBlocks } from './hypothetical';
import { withOpenQuestion } from './followup';
import { TEXTS } from './texts';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

// ---------------------------------------------------------------------------------------------
// "…, why?"

/** A bare "why?" after a report: "…, why?", "… Why is that?", "…, any idea why?", 「…。なぜですか？」「…、どうしてでしょう？」. */
const WHY_TAIL_EN = /^([\s\S]*?\S)[\s,.;:!-]*\s*(?:so\s|but\s)?(?:why|why\sis\sthat|why\sso|how\scome|any\sidea(?:s)?\swhy|what\scould\sbe\sthe\sreason|why\sthe\sdifference)\s*\?+\s*$/i;
const WHY_TAIL_JA = /^([\s\S]*?\S)[\s、。,.]*(?:これは|それは)?\s?(?:なぜ|どうして|なんで)(?:です|でしょう|なんでしょう|なのでしょう)?か?\s*[?？]*\s*$/;

/** The report before a bare "why?", or null. */
function reportBeforeWhy(text: string): string | null {
  if (text.length > 400) return null;
  const t = nfkc(text);
  const m = WHY_TAIL_EN.exec(t) ?? WHY_TAIL_JA.exec(t);
  return m && /[0-9]/.test(m[1]) ? m[1] : null;
}

/**
 * The why answered: at Medium TMS offers only TLS 1.0; the working release still accepts it, the failing one refuses it. Null when
 * the releases said do not split that way (then the usual reading says what they mean).
 */
function whyLine(facts: Facts, working: EndpointVersion[], failing: EndpointVersion[]): LocalizedText | null {
  if (!working.length || !failing.length) return null;
  if (working.some(endpointRefusesTls10) || !failing.every(endpointRefusesTls10)) return null;
  const level = facts.level;
  if (level && level !== 'medium' && level !== 'low') return null;
  const w = working.map(formatEndpoint).join(', ');
  const f = failing.map(formatEndpoint).join(', ');
  const wJa = working.map(formatEndpoint).join('、');
  const fJa = failing.map(formatEndpoint).join('、');
  const fixable = !facts.tms || tmsCanBeFixedInPlace(facts.tms);
  const lead = L(
    `Because of the release, which is what this cause predicts. TMS at Medium (the default${level ? '' : ', if yours is left there'}) offers only TLS 1.0. ${w} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), so TMS reaches it over HTTPS. ${f} refuses TLS 1.0 (as every TC release from 7.3.6, every CE release from 8.1.0 and every RoomOS release does), so it resets the connection and TMS shows "No HTTPS response".`,
    `リリースの違いによるもので、この原因から予想されるとおりです。Medium（既定値${level ? '' : '。そのままの場合'}）の TMS は TLS 1.0 しか使いません。${wJa} はまだ TLS 1.0 を受け付ける（TC 7.3.5 までと CE 8.0.x は同様です）ため、TMS は HTTPS で接続できます。${fJa} は TLS 1.0 を受け付けない（TC 7.3.6 以降、CE 8.1.0 以降、RoomOS のすべてのリリースと同様です）ため、接続をリセットし、TMS には「No HTTPS response」と表示されます。`,
  );
  if (!fixable) return lead;
  return advisingMediumHigh(
    `${lead.en} Every TC and CE release accepts TLS 1.2, so the change on the TMS server (TLS 1.2 in Schannel, Communication Security = Medium-High) serves both groups.`,
    `${lead.ja}TC と CE のどのリリースも TLS 1.2 を受け付けるため、TMS サーバでの変更（Schannel の TLS 1.2 と Communication Security = Medium-High）で両方のグループに対応できます。`,
  );
}

/** A release word: the report before the why names endpoints' releases. */
const RELEASE_WORD = /(?<![a-z])(?:tc|ce|roomos|room\sos)\s?v?\d/i;
const RELEASE_WORDS = new RegExp(RELEASE_WORD.source, 'gi');

/** The report before a bare "why?" that names endpoint releases ("our SX20s on CE 8.0.1 are fine but SX80s on CE 9.8 fail, why?"), or null. */
export function whyAfterReleases(s: ConversationState, text: string): string | null {
  if (!s.facts.endpoint && !s.facts.tms) return null;
  const report = reportBeforeWhy(text);
  return report && RELEASE_WORD.test(report) ? report : null;
}

/**
 * The report's reply (the report read as said alone, by the engine's routes) with the why answered first, when the releases it
 * leaves on record split into ones that work and ones that fail the way the cause predicts; null otherwise.
 */
export function withWhyAnswered(s: ConversationState, read: TurnResult): TurnResult | null {
  const groups = read.state.facts.endpointGroups ?? [];
  if (JSON.stringify(groups) === JSON.stringify(s.facts.endpointGroups ?? [])) return null;
  const line = whyLine(read.state.facts, groups.filter((g) => !g.fails).map((g) => g.endpoint), groups.filter((g) => g.fails).map((g) => g.endpoint));
  const [first, ...others] = read.replies;
  if (!line || !first) return null;
  const nothing = TEXTS[read.state.lang].nothingChanged;
  const answer = paraFrom(line, read.state.lang);
  return { ...read, route: 'why-mixed', replies: [{ ...first, blocks: [answer, ...first.blocks.filter((b) => !(b.type === 'paragraph' && b.text === nothing))], answers: 1 }, ...others] };
}

// ---------------------------------------------------------------------------------------------
// "the MX300 G1 is on TC 7.3.21, does it need anything?"

/** What the question asks of that unit: "does it need anything?", "is it affected?", 「何か必要ですか」「影響はありますか」. */
const NEEDS_ASK_EN =
  /(?<![a-z])(?:(?:does|do|will|would)\s(?:it|that|that\sone|this\sone|they|those|these)\s(?:also\s|still\s)?need\s(?:anything|something|any\s(?:change|changes|action|work|fix)|a\s(?:change|fix)|the\s(?:fix|change)|to\sbe\s(?:changed|fixed|touched)|changing)|(?:is|are)\s(?:it|that|that\sone|this\sone|they|those|these)\s(?:affected|impacted|a\sproblem|an\sissue|ok|fine|safe)|anything\s(?:needed|required|to\sdo)\s(?:for|on|with)\s(?:it|that|them|that\sone|this\sone)|what\sabout\s(?:it|that\sone|this\sone|them))(?:\s(?:too|as\swell|also|then))?\s*\?+\s*$|^(?:and\s|so\s)?(?:is|are|will|would)\s[^?]{1,60}\s(?:be\s)?(?:affected|impacted)(?:\s(?:too|as\swell|also|by\s(?:this|it)))?\s*\?+\s*$/;
/**
 * (REV35 #5: the negative question 「影響ありませんか」「影響を受けませんか」「影響はないですか」 and 「影響を受けますか」 ask too, and only when
 * the sentence ends on it: 「影響がないか確認します」 is a check, 「影響ありません」 a statement.)
 */
const NEEDS_ASK_JA = /(?:何か|なにか)?(?:対応|対処|作業|変更|設定)?(?:は|が|も)?\s?(?:必要|要り|いり)(?:です|でしょう|ます)か|影響(?:は|が|も)?(?:あり|ある)(?:ます|そう)?(?:か|でしょうか)|影響\s?(?:は|が|も|を)?\s?(?:ありません|ない(?:ん)?(?:です|でしょう)|受けません|受けない(?:ん)?(?:です|でしょう)|受けます|受ける(?:ん)?(?:です|でしょう))(?:か|でしょうか)(?:ね)?\s*(?:[?？]|$)|(?:大丈夫|問題(?:ない|ありません))(?:です|でしょう)?か/;
/** A correction: the release replaces the one held ("sorry", "actually", 「訂正」「間違い」「ではなく」). */
const CORRECTION = /(?<![a-z])(?:sorry|actually|correction|my\smistake|i\smeant|not\s(?:ce|tc|roomos))(?![a-z])|訂正|間違|ではなく|じゃなく|すみません|失礼/;
/** Said to fail: a group that fails too is added by the usual reading ("…and it fails too"). */
const FAILS = /(?<![a-z])(?:fail|fails|failing|failed|broken|error|errors|no\shttps|down)(?![a-z])|失敗|エラー|だめ|ダメ|繋がら|つながら|no\s?https/i;

/** Another place: "the other site's MX300", "the lab unit", 「別拠点の」「検証機」. */
const OTHER_PLACE = /(?<![a-z])(?:other|another|second|remote)\s(?:site|office|location|branch|campus|building|tms|customer|region)|(?<![a-z])(?:lab|test|staging|demo)(?![a-z])|拠点|支店|別の?サイト|検証|テスト|他社|別の\s?tms/;

/** The case's own endpoints as the subject: "they are SX80s", "these are on CE 9.15", "it's an SX80", 「それらは」「これらは」. */
const OWN_SUBJECT = /^(?:and\s|so\s|well,?\s|ok,?\s)?(?:they|these|those|it|they're|it's)(?:\s(?:are|is|all|both|were))?(?![a-z])|^(?:それら|これら|あれら|それ|これ)(?:は|も)/;
/**
 * Another unit said to be there too, with no question (left-c #3): "we also have an MX300 G1 on TC 7.3.21", "there's also an MX300
 * on TC 7.3.21", "we have an MX300 G1 on TC 7.3.21 as well", 「TC 7.3.21 の MX300 G1 もあります」「他に TC 7.3.21 の MX300 G1 があります」.
 * It is not a correction of the case's release (which the usual reading made of it); whether that unit fails is not said.
 * (The case's customer as the subject is the user's own side: "the customer also has an SX80 on CE 9.10", FIX58A #7.)
 */
const ALSO_HAVE_EN =
  /(?<![a-z])(?:(?:we|i|they|(?:the\s|our\s|my\s)?(?:customer|client)s?)\s(?:also\s)?(?:have|has|run|runs|got|use|uses|manage|manages)\s(?:also\s)?|there(?:'s|\sis|\sare)\s(?:also\s)?|(?:we|i)'ve\s(?:also\s)?got\s)(?:(?:an?|one|two|three|some|a\sfew|\d{1,3})\s)?(?:(?:other|more|older|newer)\s)?[a-z][a-z0-9-]{1,14}(?:\s[a-z0-9-]{1,6})?s?\s(?:(?:on|running|with|at)\s)(?:tc|ce|roomos)\s?v?\d/;
/** The case's customer's unit, by the possessive: "the customer's MX300", "our client's SX20s" (FIX58A #7). */
const CUSTOMER_UNIT_EN = /(?<![a-z])(?:the|our|my)\s(?:customer|client)(?:'s|’s|s'|s’)\s/;
const ALSO_EN = /(?<![a-z])(?:also|too|as\swell|in\saddition|besides|another)(?![a-z])/;
const ALSO_HAVE_JA = /(?:も|他に\s?|ほかに\s?)[^。？?]{0,40}?(?:あります|ある|います|いる|使って(?:い)?ます|持って(?:い)?ます|管理して(?:い)?ます)|(?:も)\s?(?:あります|います|使って(?:い)?ます|管理して(?:い)?ます)/;
/** Said to work: the usual reading keeps it as a working group ("…and it works fine", 「…は正常です」). */
const WORKS = /(?<![a-z])(?:works?|working|worked|fine|ok|okay|no\sissues?|no\sproblems?)(?![a-z])|正常|問題(?:ない|なく|ありません)|大丈夫|動いて(?:い)?ます|繋がります|つながります/;

/**
 * Another owner's unit: "our partner also has …", "the vendor's MX300 …", "another company runs …", "another customer also has …",
 * 「先方にも」「別のお客様の」「パートナーの」「他拠点の」 (left-d #1). Not "the customer says we have …" (no owner of the unit said).
 * (FIX58A #7: "the customer", 「お客様」 alone is the case's own customer, whom a support engineer speaks for: "the customer also has an
 * SX80 on CE 9.15" is another unit of this case. Only another one is another owner: "another / other / a different customer",
 * 「別のお客様」「他の顧客」.)
 */
const OTHER_OWNER_EN =
  /(?<![a-z])(?:(?:partner|vendor|supplier|reseller)s?(?:'s|’s|s'|s’)\s|(?:partner|vendor|supplier|reseller)s?\s(?:also\s|too\s|still\s)?(?:has|have|had|runs|run|uses|use|owns|own|operates|got)(?![a-z])|(?:another|other|a\sdifferent|different)\s(?:company|organi[sz]ation|customer|partner|client)s?(?![a-z])|one\sof\sour\s(?:customers|partners|clients)(?![a-z]))/;
const OTHER_OWNER_JA = /(?:先方|パートナー|取引先|他社|他拠点|別拠点|別の会社|他の会社|(?:別|他|ほか)の\s?(?:お客様|お客さま|お客さん|顧客|客先|ユーザー?)|他顧客|別顧客)\s?(?:の|にも|には|に|も|は|側|で)/;
/**
 * A unit said not to be there (left-d #1): "we don't have any MX300 on TC 7.3.21 anymore", "we no longer run SX20s on TC 7.3.3",
 * "there are no MX300s on TC 7.3.21", 「TC 7.3.21 の MX300 はもうありません」「…は使っていません」. The negation bears on the unit
 * itself (its words run up to the release), not on something else ("we don't have access to the MX300 on TC 7.3.21").
 */
const NEG_HAVE_EN =
  /(?<![a-z])(?:(?:we|i|they)\s(?:do\snot|don't|dont|no\slonger|did\snot|didn't)\s(?:have|run|use|own|manage|keep)|(?:we|i)\s(?:have|run|use|got)\s(?:no|none|not\sany|no\smore)|(?:we|i)(?:'ve|\shave)\s(?:no|not\sgot)|there\s(?:are|is|'s)\s(?:no|not\sany|none)|(?:we|i)\s(?:removed|retired|decommissioned|scrapped|got\srid\sof)|^(?:and\s|also\s)?no)(?:\s(?:any|an?|the|our|that|those|these|more|other|old|older|remaining|longer|one|ones|of\sthe))*\s[a-z][a-z0-9-]{1,14}(?:\s[a-z0-9-]{1,6})?s?\s(?:left\s)?(?:on|running|with|at)\s(?:tc|ce|roomos)\s?v?\d/;
const NEG_HAVE_JA =
  /[a-z0-9）)]\s?(?:は|も)\s?(?:もう\s?)?(?:(?:一|1)\s?台も\s?)?(?:ありません|ないです|ない(?=[。.!！\s]|$)|なくなりました|存在しません|残っていません|使っていません|使っていない|持っていません|いません|撤去しました|廃止しました)/;

/** Another unit's release asked about, or null. */
export function otherUnitAsked(facts: Facts, text: string): { endpoint: EndpointVersion; models: string[] } | null {
  if (!facts.endpoint || text.length > 300) return null;
  const t = nfkc(text).toLowerCase();
  if (!(NEEDS_ASK_EN.test(t) || NEEDS_ASK_JA.test(t)) || CORRECTION.test(t) || FAILS.test(t)) return null;
  // (Another site's or the lab's unit may sit under another TMS: the usual reading says what it takes from it.)
  if (aboutOtherSite(text) || OTHER_PLACE.test(t)) return null;
  return otherUnitNamed(facts, text);
}

/** What other-unit-said found: the unit, and whether it is at another place (`elsewhere`), another owner's (`owner`) or said not to be there (`gone`). */
export interface OtherUnitSaid {
  endpoint: EndpointVersion;
  models: string[];
  elsewhere: boolean;
  owner?: true;
  gone?: true;
}

/** Another unit said to be there too, with no question and nothing said of how it does, or null (`elsewhere`: another site's or the lab's). */
export function otherUnitSaid(facts: Facts, text: string): OtherUnitSaid | null {
  if (!facts.endpoint || text.length > 300) return null;
  const t = nfkc(text).toLowerCase();
  if (/[?？]/.test(t) || CORRECTION.test(t) || FAILS.test(t) || WORKS.test(t)) return null;
  // "we don't have any MX300 on TC 7.3.21 anymore": nothing to record, whoever's it was (a model need not be named).
  // (One release named: "we don't have the SX80s on CE 9.8 anymore, they are on TC 7.3.21 now" corrects the case's release.)
  if ((NEG_HAVE_EN.test(t) || NEG_HAVE_JA.test(t)) && (t.match(RELEASE_WORDS) ?? []).length === 1) {
    const unit = otherUnitNamed(facts, text, true, true);
    return unit ? { ...unit, elsewhere: false, gone: true } : null;
  }
  // "our partner also has an MX300 on TC 7.3.21", 「先方にも TC 7.3.21 の MX300 があります」: another owner's, not the case's.
  if (OTHER_OWNER_EN.test(t) || OTHER_OWNER_JA.test(t)) {
    const unit = otherUnitNamed(facts, text, true, true);
    // ("no, the customer's SX80s are on TC 7.3.21": the case's own models, with no "also", are the case's endpoints: read as usual.)
    const held = facts.endpointModels ?? [];
    const ownModels = !!unit && unit.models.length > 0 && unit.models.every((m) => held.includes(m)) && !ALSO_EN.test(t) && !/も|他に|ほかに/.test(t);
    return unit && !ownModels ? { ...unit, elsewhere: true, owner: true } : null;
  }
  // ("we have an MX300 G1 on TC 7.3.21" without "also" is another unit only beside other models held; with "also", another SX80 on
  // another release is one too.) ("the customer's MX300 is on TC 7.3.21" beside SX80s held: the case's customer's other unit, as
  // "we have" is, FIX58A #7; "no, the customer's SX80s are on TC 7.3.21" names the models held and is read as usual.)
  const also = (ALSO_HAVE_EN.test(t) && ALSO_EN.test(t)) || ALSO_HAVE_JA.test(t);
  if (!also && !((ALSO_HAVE_EN.test(t) || CUSTOMER_UNIT_EN.test(t)) && (facts.endpointModels?.length ?? 0) > 0)) return null;
  const unit = otherUnitNamed(facts, text, also);
  return unit ? { ...unit, elsewhere: aboutOtherSite(text) || OTHER_PLACE.test(t) } : null;
}

/**
 * The one unit and release a message names, another release than the case's and (unless `sameModel`: "also" said) another model,
 * with nothing else in it; or null.
 */
function otherUnitNamed(facts: Facts, text: string, sameModel = false, anyModel = false): { endpoint: EndpointVersion; models: string[] } | null {
  if (!facts.endpoint) return null;
  const t = nfkc(text).toLowerCase();
  const ex = extractFacts(text);
  // ("is the MX300 on TC 7.3.21 affected too?": the release asked about is that unit's too; "what if …" supposes, not this.)
  const named = ex.facts.endpoint ?? ex.asked?.endpoint;
  if (!named || ex.facts.endpointGroups || ex.supposed || Object.keys(ex.asked ?? {}).some((k) => k !== 'endpoint')) return null;
  // (Nothing but the unit and its release: a message with other facts is read for them as usual.)
  if (Object.keys(ex.facts).some((k) => k !== 'endpoint' && k !== 'endpointModels')) return null;
  if (named.family === facts.endpoint.family && named.semver === facts.endpoint.semver) return null;
  // The unit is another model than the ones held ("the MX300 G1" beside SX80s): the case's own models would be a correction.
  const models = ex.facts.endpointModels ?? [];
  const held = facts.endpointModels ?? [];
  // (`anyModel`: another owner's or a unit said not to be there need no model: "we don't have anything on TC 7.3.21 anymore".)
  if ((models.length === 0 && !anyModel) || (!sameModel && models.some((m) => held.includes(m)))) return null;
  // (No models on record, or the unit named as "they / these / it": nothing says it is another unit than the case's own ("they are
  // SX80s on CE 9.15, do they need anything?", 「SX80 は CE 9.15 ですが、何か必要ですか？」): read as usual, which records it. rev31 #9.
  // "also" said, left-c #3, is what says it.)
  if (!sameModel && (held.length === 0 || OWN_SUBJECT.test(t))) return null;
  return { endpoint: named, models };
}

/** That unit's answer: what its release does, and what it needs given the diagnosis of the case. */
function otherUnitLine(facts: Facts, unit: { endpoint: EndpointVersion; models: string[] }): LocalizedText | null {
  const own = facts.endpoint!;
  const name = `${unit.models.join(', ')} (${formatEndpoint(unit.endpoint)})`;
  const nameJa = `${unit.models.join('、')}（${formatEndpoint(unit.endpoint)}）`;
  const d = diagnose(facts);
  const has = (c: string) => d.findings.some((f) => f.code === c);
  const refuses = endpointRefusesTls10(unit.endpoint);
  if (has('tms-pre15-upgrade-or-downgrade') && facts.tms) {
    const tms = formatTms(facts.tms);
    return refuses
      ? L(`${name}: it refuses TLS 1.0 like ${formatEndpoint(own)}, so with ${tms} it meets the same wall, and the same way out applies: upgrading TMS to 15.x (or, for hardware that runs TC, going back to TC 7.3.3). Nothing on its own configuration changes that.`, `${nameJa}：${formatEndpoint(own)} と同じく TLS 1.0 を受け付けないため、${tms} では同じ問題になり、対処も同じです（TMS を 15.x にアップグレードする。TC を動かせるハードウェアなら TC 7.3.3 に戻す）。このエンドポイント側の設定では解決しません。`)
      : L(`${name}: it still accepts TLS 1.0, so this problem does not hit it while it stays on that release; upgrading it to TC 7.3.6 or later (or CE 8.1.0 or later) would, as long as TMS is before 15.`, `${nameJa}：まだ TLS 1.0 を受け付けるため、そのリリースのままならこの問題は起きません。TMS が 15 より前のうちに TC 7.3.6 以降（または CE 8.1.0 以降）に上げると起きます。`);
  }
  if (has('tms-medium-tls10-only')) {
    return refuses
      ? advisingMediumHigh(
          `${name}: nothing on the endpoint itself. It refuses TLS 1.0 like ${formatEndpoint(own)}, so at Medium TMS cannot reach it over HTTPS either, and the same change on the TMS server (TLS 1.2 in Schannel, Communication Security = Medium-High) covers it: it accepts TLS 1.2.`,
          `${nameJa}：エンドポイント側の作業は不要です。${formatEndpoint(own)} と同じく TLS 1.0 を受け付けないため、Medium のままでは TMS はこれにも HTTPS で接続できません。TMS サーバでの同じ変更（Schannel の TLS 1.2 と Communication Security = Medium-High）で対応できます。TLS 1.2 は受け付けます。`,
        )
      : L(`${name}: nothing is needed for it. It still accepts TLS 1.0, so this problem does not hit it now, and it accepts TLS 1.2 too, so the change on the TMS server does not cut it off.`, `${nameJa}：対応は不要です。まだ TLS 1.0 を受け付けるため今はこの問題は起きず、TLS 1.2 も受け付けるため、TMS サーバでの変更で接続が切れることもありません。`);
  }
  if (has('already-medium-high')) {
    return L(`${name}: nothing on the endpoint for TLS: at ${facts.level === 'high' ? 'High' : 'Medium-High'} TMS offers TLS 1.2, which it accepts, as long as Schannel on the TMS server allows TLS 1.2.`, `${nameJa}：TLS に関してエンドポイント側の作業は不要です。${facts.level === 'high' ? 'High' : 'Medium-High'} の TMS は、TMS サーバの Schannel が許す限り TLS 1.2 を使い、このエンドポイントはそれを受け付けます。`);
  }
  return null;
}

/** The route: that unit answered, the case's release kept, nothing recorded. */
export function onOtherUnit(s: ConversationState, text: string): TurnResult | null {
  const unit = otherUnitAsked(s.facts, text);
  if (!unit) return null;
  const line = otherUnitLine(s.facts, unit);
  const lang = s.lang;
  const kept = formatEndpoint(s.facts.endpoint!);
  const note = L(
    `I keep ${kept} as the release of the endpoints this case is about. If the ${unit.models[0]} shows "No HTTPS response" too, say so ("the ${unit.models[0]} on ${formatEndpoint(unit.endpoint)} fails too").`,
    `この件のエンドポイントのリリースは ${kept} のままにしています。${unit.models[0]} でも「No HTTPS response」が出ている場合は、そう教えてください（「${formatEndpoint(unit.endpoint)} の ${unit.models[0]} もエラーです」など）。`,
  );
  const blocks = line ? [paraFrom(line, lang)] : caseBlocks(s.facts, { endpoint: unit.endpoint }, lang, text);
  return withOpenQuestion(s, [...blocks, paraFrom(note, lang)]);
}

/**
 * The route for another unit said to be there too (left-c #3): the case's release kept, nothing recorded, that unit answered as
 * when asked about; one at another site or in the lab (perhaps under another TMS) is not answered from this case's diagnosis.
 */
export function onOtherUnitSaid(s: ConversationState, text: string): TurnResult | null {
  const unit = otherUnitSaid(s.facts, text);
  if (!unit) return null;
  const lang = s.lang;
  const kept = formatEndpoint(s.facts.endpoint!);
  const model = unit.models[0];
  const release = formatEndpoint(unit.endpoint);
  const what = unit.models.length ? unit.models.join(', ') : 'endpoints';
  const whatJa = unit.models.length ? unit.models.join('、') : 'エンドポイント';
  if (unit.gone) {
    const note = L(
      `Noted: no ${what} on ${release}. I have recorded nothing from this and keep ${kept} as the release of the endpoints this case is about. If this case's endpoints are on another release, say so as a correction ("sorry, they are on …").`,
      `${release} の ${whatJa} はない、とのことですね。このメッセージからは何も記録しておらず、この件のエンドポイントのリリースは ${kept} のままです。この件のエンドポイントが別のリリースの場合は、訂正として教えてください（「訂正です、… です」など）。`,
    );
    return withOpenQuestion(s, [paraFrom(note, lang)]);
  }
  if (unit.owner) {
    const refuses = endpointRefusesTls10(unit.endpoint);
    const forThem = refuses
      ? L(
          `What it means for them: ${release} refuses TLS 1.0 (as every TC release from 7.3.6, every CE release from 8.1.0 and every RoomOS release does) and accepts TLS 1.2, so a TMS that offers only TLS 1.0 (a TMS before 15, or TMS 15 at Medium) gets "No HTTPS response" from it.`,
          `先方にとっての意味：${release} は TLS 1.0 を受け付けず（TC 7.3.6 以降、CE 8.1.0 以降、RoomOS のすべてのリリースと同様です）、TLS 1.2 は受け付けます。そのため、TLS 1.0 しか提示しない TMS（15 より前の TMS、または Medium の TMS 15）からは「No HTTPS response」になります。`,
        )
      : L(
          `What it means for them: ${release} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), so this problem does not hit it while it stays on that release.`,
          `先方にとっての意味：${release} はまだ TLS 1.0 を受け付けます（TC 7.3.5 までと CE 8.0.x は同様です）。そのため、そのリリースのままならこの問題は起きません。`,
        );
    const note = L(
      `I keep ${kept} as the release of the endpoints this case is about and have not recorded the ${what} on ${release}: it is someone else's, and another TMS may manage it. If this TMS manages it and it shows "No HTTPS response" too, say so ("the ${what} on ${release} fails too").`,
      `この件のエンドポイントのリリースは ${kept} のままにし、${release} の ${whatJa} は記録していません。ほかの方の機器で、別の TMS が管理している可能性があるためです。この TMS が管理していて「No HTTPS response」も出ている場合は、そう教えてください（「${release} の ${whatJa} もエラーです」など）。`,
    );
    return withOpenQuestion(s, [paraFrom(forThem, lang), paraFrom(note, lang)]);
  }
  if (unit.elsewhere) {
    const note = L(
      `I keep ${kept} as the release of the endpoints this case is about and have not recorded the ${model} on ${release}: it is at another place and may be managed by another TMS. If this TMS manages it and it shows "No HTTPS response" too, say so ("the ${model} on ${release} fails too").`,
      `この件のエンドポイントのリリースは ${kept} のままにし、${release} の ${model} は記録していません。別の場所にあり、別の TMS が管理している可能性があるためです。この TMS が管理していて「No HTTPS response」も出ている場合は、そう教えてください（「${release} の ${model} もエラーです」など）。`,
    );
    return withOpenQuestion(s, [paraFrom(note, lang)]);
  }
  const line = otherUnitLine(s.facts, unit);
  const note = L(
    `I keep ${kept} as the release of the endpoints this case is about and have not recorded the ${model} on ${release} as a group of its own, as you did not say how it does. If it shows "No HTTPS response" too, say so ("the ${model} on ${release} fails too"); if the endpoints of this case are on ${release} instead, say so as a correction ("sorry, they are on ${release}").`,
    `この件のエンドポイントのリリースは ${kept} のままにしています。${release} の ${model} は、状態が書かれていないため別のグループとしては記録していません。${model} でも「No HTTPS response」が出ている場合は、そう教えてください（「${release} の ${model} もエラーです」など）。この件のエンドポイント自体が ${release} の場合は、訂正として教えてください（「訂正です、${release} です」など）。`,
  );
  const blocks = line ? [paraFrom(line, lang)] : caseBlocks(s.facts, { endpoint: unit.endpoint }, lang, text);
  return withOpenQuestion(s, [...blocks, paraFrom(note, lang)]);
}
