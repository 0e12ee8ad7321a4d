/**
 * Versions named inside a question ("is TMS 14.6.2 affected?", "would CE 9.15 still need this?",
 * 「TMS 14.6.2 でも影響はありますか？」): the extractor keeps them apart from the facts. Here they
 * either fill a field the conversation has no value for yet (the user asks about their own system),
 * or, against a value already stated, become a case answered on its own: the stated value stays.
 * A SQL Server, Windows Server or endpoint release named in a question is always a case (QA rounds 10 #7, 11 #7).
 * A hypothetical question ("would…", "what if…") never fills a field. Pure.
 */
import type { EndpointVersion, Facts, Lang, LocalizedText } from '../domain/types';
import { advisingMediumHigh } from '../domain/advises';
import { extractFacts, type Extraction } from '../domain/extract';
import { diagnose } from '../domain/diagnose';
import { FIELD_NAMES, fieldOfQuestion, formatField, type Field } from '../domain/fields';
import { endpointRefusesTls10, formatEndpoint, formatTms, tmsCanBeFixedInPlace } from '../domain/versions';
import type { Block } from './document';
import { diagnosisBlocks, para, paraFrom, sub, listFrom } from './compose';
import { TEXTS } from './texts';

type VersionField = Exclude<Field, 'level'>;
const VERSION_FIELDS = FIELD_NAMES.filter((f): f is VersionField => f !== 'level');

/** Findings that carry the verdict for a case (not the steps): their titles answer "is it affected?". */
const VERDICT_CODES = new Set([
  'http-not-affected',
  'endpoint-accepts-tls10',
  'product-accepts-tls10',
  'meeting-server-release-unsettled',
  'endpoint-no-tls10',
  'tms-pre15-upgrade-or-downgrade',
  'tms-medium-tls10-only',
  'already-medium-high',
  'caveat-sql2012-kb3052404',
  'caveat-sql2008r2-keep-tls10-ssl3',
]);

const same = (field: VersionField, a: Partial<Facts>, b: Partial<Facts>) => formatField(field, a) === formatField(field, b);

/**
 * Split the values named in questions: `fill` for fields with no value yet (neither before nor
 * stated in this message), `cases` for the others (the user's own value or another one).
 */
export function askedValues(ex: Extraction, before: Facts, found: Partial<Facts>): { fill: Partial<Facts>; cases: Partial<Facts> } {
  const fill: Partial<Facts> = {};
  const cases: Partial<Facts> = {};
  for (const f of VERSION_FIELDS) {
    const supposed = ex.supposed?.[f];
    // "We run TMS 15.9 … hypothetically, if TMS were 14.6 could we still fix it?": the message states the user's own
    // value and supposes another one: the supposed one is still a case, answered (R33B).
    if (found[f] !== undefined) {
      if (supposed !== undefined && !same(f, found, { [f]: supposed })) (cases as Record<string, unknown>)[f] = supposed;
      continue;
    }
    const asked = ex.asked?.[f];
    // A SQL Server release asked about ("Is SQL 2008 R2 a problem for this?", "Do we need SQL 2014 SP2 or
    // is SP1 enough?") is a requirement or a worry, not the user's release: it stays a case, never a fact.
    // So is a Windows Server or an endpoint release asked about ("what about Windows 2008 SP2?", "does TC 7.3.6
    // accept TLS 1.2?": QA round 11 #7): asked, not noted. TMS's stays the user's own ("is TMS 14.6.2 affected?").
    if (asked !== undefined && before[f] === undefined && f === 'tms') (fill as Record<string, unknown>)[f] = asked;
    else if (asked !== undefined) (cases as Record<string, unknown>)[f] = asked;
    if (supposed !== undefined) (cases as Record<string, unknown>)[f] = supposed;
  }
  return { fill, cases };
}

/** Does the message name values only inside questions (nothing for the bare-answer reading)? */
export function namesAskedValues(ex: Extraction): boolean {
  return Object.keys(ex.asked ?? {}).length > 0 || Object.keys(ex.supposed ?? {}).length > 0;
}

/**
 * The answer for a case the user asked about: what was named, that their own values stay, the
 * verdict's findings for that case, and what else that case would need.
 */
/**
 * Medium-High named: in a question ("will TC 7.3.3 be OK at Medium-High?", 「TC 7.3.3 は Medium-High でも動きますか」) or a
 * plan ("we will reboot tonight after setting Medium-High"). Global: test it with `search`, never `test`.
 */
export const MEDIUM_HIGH_WORD = /(?:medium|med|mid)[\s_-]?high|ミディアム\s?ハイ/gi;

/**
 * The answer to "will <release> be OK at Medium-High?": yes as far as TLS goes. `accepts` is what the release does with
 * TLS 1.0 and 1.2 (the one clause that differs between a release that still accepts TLS 1.0 and one that refuses it).
 * Raising the level turns Telnet and SNMP off: that matters only if TMS manages this endpoint over them.
 */
function caseAtMediumHigh(accepts: { en: string; ja: string; jaLead: string }) {
  return {
    en: (ep: string) =>
      `At Medium-High, as far as TLS goes, yes: ${ep} ${accepts.en} (every TC and CE release does), and at Medium-High TMS offers TLS 1.2 (check that TLS 1.2 is enabled in Schannel on the TMS server). Raising the level from Medium to Medium-High turns Telnet and SNMP off: if TMS manages this endpoint over Telnet or SNMP, that part stops.`,
    ja: (ep: string) =>
      `${accepts.jaLead}、TLS に関しては問題ありません。${ep} ${accepts.ja}（TC と CE のどのリリースも同様です）。Medium-High の TMS は TLS 1.2 を使います（TMS サーバの Schannel で TLS 1.2 が有効になっていることを確認してください）。Medium から Medium-High に上げると Telnet と SNMP が無効になります。TMS がこのエンドポイントを Telnet や SNMP で管理している場合、その部分は止まります。`,
  } as const;
}

const TLS10_CASE_AT_MEDIUM_HIGH = caseAtMediumHigh({
  en: 'still accepts TLS 1.0 and accepts TLS 1.2 as well',
  ja: 'は TLS 1.0 をまだ受け付け、TLS 1.2 も受け付けます',
  jaLead: 'Medium-High でも',
});

/** The same question for a release that refuses TLS 1.0 ("will TC 7.3.6 be OK at Medium-High?"): it accepts TLS 1.2. */
const TLS12_CASE_AT_MEDIUM_HIGH = caseAtMediumHigh({
  en: 'refuses TLS 1.0 but accepts TLS 1.2',
  ja: 'は TLS 1.0 を受け付けませんが、TLS 1.2 は受け付けます',
  jaLead: 'Medium-High なら',
});

/**
 * A TMS from 15 on asked about while the user's own is older (knowledge.md, "TMS before 15" and "Fix, TMS 15.x and later"): the
 * fix on the TMS server becomes possible there, with the Telnet/SNMP cost of raising the level.
 */
const TMS15_CASE = {
  en: (tms: string) =>
    `What changes on ${tms}: the fix on the TMS server becomes possible. TMS 15.x has the Communication Security setting: make sure TLS 1.2 is enabled in Schannel on the TMS server (the TLS 1.2 Client and Server registry keys: to create on Windows Server 2008 R2, to check on 2012 and later), set Communication Security to Medium-High in TMS Tools, then restart IIS and the TMS services (a reboot where keys were created or changed). TMS then offers TLS 1.2, which every TC and CE release accepts, so no endpoint needs a downgrade. Raising the level from Medium to Medium-High turns Telnet and SNMP off: systems TMS manages over them stop being reachable that way. Check TMS 15.x's SQL Server requirements before the TMS upgrade.`,
  ja: (tms: string) =>
    `${tms} で変わるのは、TMS サーバ側で修正できるようになることです。TMS 15.x には Communication Security の設定があります。TMS サーバの Schannel で TLS 1.2 が有効になっているようにし（TLS 1.2 の Client と Server のレジストリ キー。Windows Server 2008 R2 では作成、2012 以降では確認）、TMS ツールで Communication Security を Medium-High にしてから、IIS と TMS サービスを再起動します（キーを作成・変更した場合はサーバを再起動）。これで TMS は TLS 1.2 を使い、TC と CE のどのリリースもそれを受け付けるため、エンドポイントのダウングレードは不要です。Medium から Medium-High に上げると Telnet と SNMP が無効になり、TMS がそれらで管理しているシステムはその方法では管理できなくなります。TMS をアップグレードする前に、TMS 15.x の SQL Server の要件を確認してください。`,
} as const;

export function caseBlocks(facts: Facts, cases: Partial<Facts>, lang: Lang, text = ''): Block[] {
  const t = TEXTS[lang];
  const fields = VERSION_FIELDS.filter((f) => cases[f] !== undefined);
  if (fields.length === 0) return [];
  const hf: Facts = { ...facts, ...cases };
  const named = fields.map((f) => formatField(f, hf)).filter((x): x is string => !!x);
  // The user's own values that differ from the case (a value they already gave is no other case).
  const kept = fields.filter((f) => !same(f, facts, cases)).map((f) => formatField(f, facts)).filter((x): x is string => !!x);
  const sep = lang === 'ja' ? '、' : ', ';
  const own = fields.every((f) => facts[f] !== undefined && same(f, facts, cases));
  const blocks: Block[] = [para(own ? t.caseOwn(named.join(sep)) : t.caseAbout(named.join(sep), kept.join(sep)))];
  // "will upgrading the SX80s to CE 9.15 fix it?" while they run CE 9.8 (QA53 #15): the plain answer leads.
  const fixLead = cases.endpoint ? upgradeFixLead(facts, cases.endpoint, text) : null;
  if (fixLead) blocks.unshift(paraFrom(fixLead, lang));
  const d = diagnose(hf);
  const titles = d.findings.filter((x) => VERDICT_CODES.has(x.code)).map((x) => x.title[lang]);
  if (titles.length) blocks.push({ type: 'bullets', items: titles });
  // "will TC 7.3.3 be OK at Medium-High?": an endpoint that still accepts TLS 1.0, asked about at Medium-High (the level it
  // would meet after the fix): it accepts TLS 1.2 too, so yes as far as TLS goes; the Telnet/SNMP cost matters only if TMS manages it over them.
  // (Not with a TMS before 15: it has no Medium-High.)
  // A release that refuses TLS 1.0 (TC 7.3.6+, CE 8.1+) accepts TLS 1.2, which Medium-High offers: yes as far as TLS goes.
  if (cases.endpoint && !(hf.tms && !tmsCanBeFixedInPlace(hf.tms)) && text.slice(0, 300).search(MEDIUM_HIGH_WORD) >= 0) {
    const texts = endpointRefusesTls10(cases.endpoint) ? TLS12_CASE_AT_MEDIUM_HIGH : TLS10_CASE_AT_MEDIUM_HIGH;
    blocks.push(para(texts[lang](formatEndpoint(cases.endpoint))));
  }
  // "what about TMS 15.0?" after TMS 14.6.2 (QA44 #7): what changes on 15.x is that the fix on the TMS server becomes possible.
  if (cases.tms && tmsCanBeFixedInPlace(cases.tms) && facts.tms && !tmsCanBeFixedInPlace(facts.tms) && hf.level !== 'medium-high' && hf.level !== 'high') {
    blocks.push(para(TMS15_CASE[lang](formatTms(cases.tms))));
  }
  const missing = d.affected === 'no' ? [] : d.questions.filter((q) => q.required).map((q) => fieldOfQuestion(q.code));
  const names = missing.filter((f): f is Field => f !== undefined).map((f) => t.fieldNames[f]);
  if (names.length) blocks.push(para(t.caseNeeds(names.join(sep))));
  return blocks;
}

/**
 * "will upgrading the SX80s to CE 9.15 fix it?", "would moving to RoomOS 11 help?", 「CE 9.15 に上げれば直りますか？」 (QA53 #15):
 * whether a newer endpoint release is the fix. Not when the release held still accepts TLS 1.0 (that is the upgrade question of
 * upgradeBlocks) or the one asked does (a downgrade, answered elsewhere).
 */
const FIX_ASK_EN = /(?<![a-z])(?:will|would|does|do|could|can|should|might)\s(?:it|that|this|upgrading|updating|moving|going|an?\s(?:upgrade|update))(?:\s(?:[^?.!\n]|\.(?=\d)){0,60})?\s(?:fix|solve|resolve|help|cure|sort\sout|make\s(?:it|them)\swork|make\sa\sdifference)(?![a-z])/;
const FIX_ASK_JA = /(?:上げ|アップグレードし|アップデートし|更新し|移行し|変え)(?:れば|たら|ると|ても)[^。？?]{0,20}(?:直り|治り|解決し|解消し|改善し|良くなり|よくなり|繋がる|つながる|効果)/;

function upgradeFixLead(facts: Facts, to: EndpointVersion, text: string): LocalizedText | null {
  const own = facts.endpoint;
  if (!own || !endpointRefusesTls10(own) || !endpointRefusesTls10(to)) return null;
  const t = text.slice(0, 300);
  if (!UPGRADE_WORD.test(t) || !(FIX_ASK_EN.test(t.toLowerCase()) || FIX_ASK_JA.test(t))) return null;
  const d = diagnose(facts);
  const has = (c: string) => d.findings.some((f) => f.code === c);
  const a = formatEndpoint(to);
  const b = formatEndpoint(own);
  if (has('tms-pre15-upgrade-or-downgrade') && facts.tms) {
    const tms = formatTms(facts.tms);
    return {
      en: `No. ${a} refuses TLS 1.0 too, as ${b} does (every TC release from 7.3.6, every CE release from 8.1.0 and every RoomOS release does), and ${tms} speaks only TLS 1.0. The way out is on the TMS side: upgrading TMS to 15.x (or, for hardware that runs TC, going back to TC 7.3.3).`,
      ja: `いいえ。${a} も ${b} と同じく TLS 1.0 を受け付けず（TC 7.3.6 以降、CE 8.1.0 以降、RoomOS のすべてのリリースが同様です）、${tms} は TLS 1.0 しか使えません。対処は TMS 側で、TMS を 15.x にアップグレードすることです（TC を動かせるハードウェアなら TC 7.3.3 に戻す方法もあります）。`,
    };
  }
  if (!has('tms-medium-tls10-only')) return null;
  return advisingMediumHigh(
    `No. ${a} refuses TLS 1.0 too, as ${b} does (every TC release from 7.3.6, every CE release from 8.1.0 and every RoomOS release does): what fails is TMS offering only TLS 1.0 at Medium. The fix is on the TMS side: TLS 1.2 in Schannel on the TMS server and Communication Security = Medium-High; the endpoints need no upgrade for it.`,
    `いいえ。${a} も ${b} と同じく TLS 1.0 を受け付けません（TC 7.3.6 以降、CE 8.1.0 以降、RoomOS のすべてのリリースが同様です）。問題は Medium の TMS が TLS 1.0 しか使わないことです。対処は TMS 側で、TMS サーバの Schannel で TLS 1.2 を有効にし、Communication Security を Medium-High にします。そのためにエンドポイントをアップグレードする必要はありません。`,
  );
}

/** Cheap word test for an upgrade question: "upgrade", "update", 「上げ」「アップグレード」「更新」. */
const UPGRADE_WORD = /upgrad|updat|move|migrat|上げ|アップ|更新|移行/i;
/**
 * Asking whether to take the endpoints to a release: "should we upgrade it to TC 7.3.21?", "is it safe to upgrade to
 * CE 9.15?", "can we go ahead and update to TC 7.3.21?", 「TC 7.3.21 に上げるべきですか？」「アップグレードしても大丈夫ですか」.
 */
const UPGRADE_ASK_EN =
  /(?<![a-z])(?:should|shall|can|could|may|do)\s(?:we|i)\s(?:(?:just|still|now|go\sahead\s(?:and\s)?)\s?)?(?:upgrade|update)(?![a-z])|(?<![a-z])(?:safe|ok|okay|fine|wise|good\sidea)\sto\s(?:upgrade|update|move|migrate)(?![a-z])|(?<![a-z])(?:upgrade|update)\s(?:[^.?!\n]|\.(?=\d)){0,60}\?/;
const UPGRADE_ASK_JA = /(?:上げ|アップグレードし|アップデートし|更新し|移行し)(?:る(?:べき|ほうが|方が)|ても(?:いい|良い|よい|大丈夫|問題|構いません|かまいません)|て(?:いい|良い|よい|大丈夫))|(?:アップグレード|アップデート|更新)(?:す(?:る)?べき|して(?:も|いい|良い|大丈夫))/;

/**
 * Asking whether TMS would lose the endpoints after that upgrade: "will TMS lose them?", "would we lose the codecs?",
 * 「CE9.15に上げたらTMSから見えなくなりますか？」「アップグレードすると管理できなくなりますか」.
 */
const LOSE_ASK_EN = /(?<![a-z])(?:will|would|do|does|could)\s(?:tms|we|it|they)\s(?:still\s|then\s)?(?:lose|drop|stop\s(?:seeing|managing|talking\sto))(?![a-z])(?:[^.?!\n]|\.(?=\d)){0,60}\?/;
const LOSE_ASK_JA = /(?:上げ|アップグレードし|アップデートし|更新し|移行し)(?:たら|ると|た場合)[^。\n]{0,40}(?:見えなく|管理できなく|通信できなく|つながらなく|繋がらなく|失われ)なり?(?:ます|ません)?か/;

/** Does the message ask whether TMS would lose the endpoints once they are upgraded? */
export function asksWhetherLost(text: string): boolean {
  if (!UPGRADE_WORD.test(text)) return false;
  const t = text.slice(0, 300);
  return LOSE_ASK_EN.test(t.toLowerCase()) || LOSE_ASK_JA.test(t);
}

/** Does the message ask whether to upgrade (the endpoints) to the release it names (or whether TMS would lose them then)? */
export function asksWhetherToUpgrade(text: string): boolean {
  if (!UPGRADE_WORD.test(text)) return false;
  const t = text.slice(0, 300);
  return UPGRADE_ASK_EN.test(t.toLowerCase()) || UPGRADE_ASK_JA.test(t) || LOSE_ASK_EN.test(t.toLowerCase()) || LOSE_ASK_JA.test(t);
}

/** A release word ("TC 7.3.21", "ce9.15"): the cheap test before reading the question's values. */
const RELEASE_WORD = /(?<![a-z])(?:tc|ce|roomos|room\sos)\s?v?\d/i;

/**
 * "is it safe to upgrade to TC 7.3.21?", "is it ok to move to CE 9.15?", 「TC 7.3.21 に上げても大丈夫？」 while the
 * endpoints run a release that still accepts TLS 1.0 (or none is known): the endpoint-upgrade question that
 * upgradeBlocks answers (the release asked about refuses TLS 1.0), not the general "what could go wrong" of the fix.
 */
export function asksEndpointUpgradeTo(facts: Facts, text: string): boolean {
  if (!RELEASE_WORD.test(text) || !asksWhetherToUpgrade(text)) return false;
  const ex = extractFacts(text.slice(0, 300));
  const to = ex.asked?.endpoint ?? ex.supposed?.endpoint;
  return !!to && endpointRefusesTls10(to) && !(facts.endpoint && endpointRefusesTls10(facts.endpoint));
}

const UPGRADE_TEXTS = {
  en: {
    prepareFirst: (to: string, from: string, lost = false) =>
      `${lost ? 'Yes, at Medium it would, so change TMS first.' : 'You can, but change TMS first.'} ${to} refuses TLS 1.0 (as every TC release from 7.3.6 and every CE release from 8.1.0 does), and TMS at Medium offers only TLS 1.0: right after the upgrade TMS would show "No HTTPS response" for the endpoint. Do the steps below first (${from} accepts TLS 1.2 too, so they do not cut it off), check the last one, then upgrade.`,
    prepareHeading: 'Before the endpoint upgrade: prepare TMS',
    tmsFirst: (to: string, tms: string, tc: boolean, lost = false) =>
      `${lost ? `Yes: on ${tms} they would be lost, so do not upgrade them yet.` : 'Not yet.'} ${to} refuses TLS 1.0, and ${tms} cannot offer anything newer: there is no Communication Security setting before TMS 15, and TLS 1.2 in the registry does not change what it sends. After the upgrade TMS would show "No HTTPS response" for the endpoint${tc ? ', and the only way back would be to downgrade it to TC 7.3.3' : ''}. Upgrade TMS to 15.x first (check its SQL Server requirements before that upgrade), apply the fix there (TLS 1.2 on the server, Communication Security at Medium-High), and only then upgrade the endpoints.`,
    alreadyRaised: (to: string, lost = false) =>
      `As far as TLS goes, ${lost ? 'no' : 'yes'}, once TLS 1.2 is enabled on the TMS server: at Medium-High TMS offers TLS 1.2, which ${to} accepts, as long as Schannel allows it. Check the TLS 1.2 Client keys on the TMS server first (a hardening policy may have turned it off); then the TLS 1.0 change in that release should not cost you the endpoint. After the upgrade, check it in Systems > Navigator (Force Refresh).`,
  },
  ja: {
    prepareFirst: (to: string, from: string, lost = false) =>
      `${lost ? 'はい、Medium のままでは管理できなくなります。先に TMS 側を変更してください。' : 'アップグレードはできますが、先に TMS 側を変更してください。'}${to} は TLS 1.0 を受け付けず（TC 7.3.6 以降と CE 8.1.0 以降はすべて同様です）、Medium の TMS は TLS 1.0 しか使いません。そのまま上げると、直後に TMS でそのエンドポイントが「No HTTPS response」になります。下の手順を先に行い（${from} も TLS 1.2 を受け付けるので、通信は切れません）、最後の確認を済ませてからアップグレードしてください。`,
    prepareHeading: 'エンドポイントのアップグレード前に：TMS の準備',
    tmsFirst: (to: string, tms: string, tc: boolean, lost = false) =>
      `${lost ? `はい、${tms} のままでは管理できなくなります。まだ上げないでください。` : 'まだ上げないでください。'}${to} は TLS 1.0 を受け付けず、${tms} はそれより新しいバージョンを使えません（TMS 15 より前には Communication Security の設定がなく、レジストリで TLS 1.2 を有効にしても送る内容は変わりません）。アップグレードすると TMS でそのエンドポイントが「No HTTPS response」になります${tc ? '（元に戻すには TC 7.3.3 へのダウングレードしかありません）' : ''}。先に TMS を 15.x にアップグレードし（その前に 15.x の SQL Server の要件を確認してください）、対処（サーバでの TLS 1.2 の有効化と Communication Security の Medium-High への変更）を行ってから、最後にエンドポイントをアップグレードしてください。`,
    alreadyRaised: (to: string, lost = false) =>
      `${lost ? 'TLS に関しては、管理できなくなることはないはずです。' : ''}TMS サーバで TLS 1.2 が有効であれば、TLS に関しては問題ありません。Medium-High の TMS は、Schannel が許す限り TLS 1.2 を使い、${to} はそれを受け付けます。先に TMS サーバの TLS 1.2 の Client キーを確認してください（セキュリティ強化のポリシーで無効にされていることがあります）。そうであれば、このリリースでの TLS 1.0 の廃止によってエンドポイントが管理できなくなることはないはずです。アップグレード後に [Systems] > [Navigator] で確認してください（Force Refresh）。`,
  },
} as const;

/**
 * "should we upgrade it to TC 7.3.21?" while the endpoints run a release that still accepts TLS 1.0: the answer to the
 * question (prepare TMS first, then upgrade; or TMS first when it is older than 15; or fine at Medium-High), with the
 * steps for the user's setup when TMS needs the change. Null when this is not that question, or when the case does not
 * settle it (TMS or the level unknown: the ordinary case answer then says what is missing).
 */
export function upgradeBlocks(facts: Facts, cases: Partial<Facts>, text: string, lang: Lang, planned?: 'asks' | 'states'): Block[] | null {
  const to = cases.endpoint;
  const from = facts.endpoint;
  // (`planned`: "We will upgrade them to TC 7.3.21 tomorrow(. Will they break?)" (QA51 #4): the upgrade is planned, and a question
  // with it ('asks') is whether it will cost the endpoints, answered as "will TMS lose them?".)
  if (!to || !endpointRefusesTls10(to) || (from && endpointRefusesTls10(from)) || !(planned || asksWhetherToUpgrade(text))) return null;
  const lost = planned ? planned === 'asks' : asksWhetherLost(text);
  const u = UPGRADE_TEXTS[lang];
  const hf: Facts = { ...facts, ...cases };
  const d = diagnose(hf);
  const has = (c: string) => d.findings.some((f) => f.code === c);
  const fromName = from ? formatEndpoint(from) : lang === 'ja' ? '現在のリリース' : 'the release they run now';
  if (has('tms-pre15-upgrade-or-downgrade') && hf.tms) return [para(u.tmsFirst(formatEndpoint(to), formatTms(hf.tms), to.family === 'TC', lost))];
  if (has('already-medium-high')) return [para(u.alreadyRaised(formatEndpoint(to), lost))];
  if (!has('tms-medium-tls10-only') || d.questions.some((q) => q.required)) return null;
  const actions = d.findings.filter((f) => f.severity === 'action');
  const keep = new Set(d.findings.filter((f) => f.severity === 'action' || f.severity === 'warning').map((f) => f.code));
  const t = TEXTS[lang];
  const steps = diagnosisBlocks(d, hf, lang, { only: keep, heading: u.prepareHeading, factsLine: '' });
  // (The overview of the steps, as a full answer has it: an answer restricted with `only` leaves it out.)
  const [head, ...rest] = steps;
  return [para(u.prepareFirst(formatEndpoint(to), fromName, lost)), ...(head ? [head] : []), sub(t.stepsHeading), listFrom('steps', actions.map((a) => a.title), lang), ...rest];
}
