/**
 * "it works now, but not sure why", 「直ったけど理由が分かりません」: the fix worked, and the user does
 * not know what did it. The incident is closed as working (as "works now" closes it), with what most
 * likely fixed it given what the conversation holds, and how to confirm it; when nothing in the
 * conversation explains it, what to check instead (did someone else change the level, the registry?).
 *
 * From knowledge.md: at Medium TMS offers only TLS 1.0 even with TLS 1.2 enabled in the registry, so the
 * keys alone do not fix it; Medium-High is the setting that changes the ClientHello, applied when IIS and
 * the TMS services restart (or the one reboot); the capture shows the ClientHello at TLS 1.2 (0x0303), read
 * in Client Hello > Version or supported_versions, not the record layer. Bounded input, linear regexes.
 */
import { advisingMediumHigh } from '../domain/advises';
import type { Facts, LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { actionsBlock, para, reply, paraFrom } from './compose';
import { onFacts } from './merge';
import { partialSuccessIn } from './partial-success';
import { TEXTS } from './texts';
import { groupedByFirstLetter } from '../domain/understand/first-letter';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

/** It works (now): "works now", "it's fixed", 「直りました」, 「消えました」. */
const WORKS =
  /(?<![a-z])(?:works?|worked|working|fixed|resolved|solved)(?![a-z])|直りました|直った|直って|復旧しました|解決しました|解消しました|正常になりました|うまくいきました|消えました|出なくなりました/i;
/** …and the user does not know why: "not sure why", "no idea what fixed it", 「理由が分かりません」. */
const UNSURE_WHY_EN =
  /(?<![a-z])(?:not\s(?:sure|certain|clear)|no\s(?:idea|clue)|(?:don'?t|do\snot|dont)\s(?:know|understand|get)|dunno|unsure|(?:can'?t|cannot)\s(?:tell|explain|say))\s(?:why|what|how|which)(?![a-z])/i;
const UNSURE_WHY_JA = /(?:理由|原因|なぜ|何が効いた|どれが効いた|どうして|何で).{0,12}(?:分かりません|わかりません|分からない|わからない|不明|謎)/;
/** Still failing somewhere: a report for the still-failing or partial-success readers, not a close. */
const STILL_FAILS = groupedByFirstLetter(/(?<![a-z])(?:still\s(?:fail|broken|not|shows?|get)|not\sworking|doesn'?t\swork|fails?\sagain|came\sback)(?![a-z])|まだ(?:直って|だめ|ダメ|失敗|出)|再発/i);

/**
 * Does the message say it works now but the user does not know why? "works for the Cisco ones, not sure
 * why" works for some only: the partial-success reader's (read without the "not sure why", whose "but not"
 * would look like "but not the HDX" to it).
 */
export function worksUnsureIn(text: string): boolean {
  const t = text.slice(0, 300);
  if (t.length > 200 || STILL_FAILS.test(t) || !WORKS.test(t)) return false;
  if (!UNSURE_WHY_EN.test(t) && !UNSURE_WHY_JA.test(t)) return false;
  return !partialSuccessIn(t.replace(UNSURE_WHY_EN, ' ').replace(UNSURE_WHY_JA, ' ').replace(/(?<![a-z])but\s+(?=[\s,.!]*$)/i, ' '));
}

/** What most likely fixed it, from the conversation's facts; or what to check when nothing explains it. */
function likelyCause(f: Facts): LocalizedText {
  const high = f.level === 'medium-high' || f.level === 'high';
  const claims = f.tlsClaims;
  if (high) {
    const lvl = f.level === 'high' ? 'High' : 'Medium-High';
    const keys = claims?.keysChanged === true ? L(', with the TLS 1.2 keys you changed', '（変更した TLS 1.2 のキーとあわせて）') : L('', '');
    return claims?.restarted === true
      ? L(
          `Most likely it is Communication Security at ${lvl}${keys.en}, which took effect with the restart you mentioned: from Medium-High on TMS offers TLS 1.2, which the endpoints accept.`,
          `おそらく、[Communication Security] を ${lvl} にしたこと${keys.ja}が、お話にあった再起動で反映されたためです。Medium-High 以上では TMS が TLS 1.2 を提示し、エンドポイントはそれを受け付けます。`,
        )
      : L(
          `Most likely it is Communication Security at ${lvl}${keys.en}, which TMS applies once IIS and its services restart (a reboot, a scheduled restart or someone else may have done that): from Medium-High on TMS offers TLS 1.2, which the endpoints accept.`,
          `おそらく、[Communication Security] を ${lvl} にしたこと${keys.ja}が反映されたためです。TMS はこの設定を IIS とサービスの再起動時に適用します（サーバの再起動や定期的な再起動、あるいは別の担当者が行った可能性があります）。Medium-High 以上では TMS が TLS 1.2 を提示し、エンドポイントはそれを受け付けます。`,
        );
  }
  if (claims?.keysChanged === true || claims?.tls12 === 'on') {
    return L(
      'Nothing in this conversation explains it: at Medium the TLS 1.2 registry keys alone do not change what TMS offers (TLS 1.0 only). Check whether someone changed Communication Security in TMS Tools, or the endpoints (a downgrade, their HTTPS settings).',
      'この会話の内容だけでは説明がつきません。Medium のままでは、TLS 1.2 のレジストリキーだけで TMS の提示（TLS 1.0 のみ）は変わりません。TMS ツールで [Communication Security] を誰かが変更していないか、またエンドポイント側（ダウングレードや HTTPS の設定）が変わっていないかを確認してください。',
    );
  }
  return L(
    'Nothing in this conversation says what changed. Check whether someone else changed Communication Security in TMS Tools, the Schannel registry or a policy on the TMS server, or the endpoints (a downgrade, their HTTPS settings): knowing it tells you whether the fix will hold.',
    'この会話の内容からは、何が変わったのか分かりません。別の担当者が TMS ツールの [Communication Security]、TMS サーバの Schannel レジストリやポリシー、あるいはエンドポイント（ダウングレードや HTTPS の設定）を変更していないか確認してください。それが分かれば、この状態が続くかどうかも判断できます。',
  );
}

const CONFIRM = MH(
  'To confirm: TMS Tools shows Communication Security at Medium-High (or High), and a capture on the TMS server shows TMS\'s ClientHello to an endpoint offering TLS 1.2 (0x0303); read it in Client Hello > Version or supported_versions, not in the record layer (often 0x0301). A ClientHello still at TLS 1.0 means the endpoint accepts TLS 1.0 again, not that TMS changed.',
  '確認するには：TMS ツールで [Communication Security] が Medium-High（または High）になっていること、そして TMS サーバでのキャプチャで、TMS からエンドポイントへの ClientHello が TLS 1.2（0x0303）を提示していることを見てください。バージョンは Client Hello > Version か supported_versions で読み、レコード層（多くは 0x0301）では読まないでください。ClientHello がまだ TLS 1.0 なら、TMS が変わったのではなく、エンドポイントが再び TLS 1.0 を受け付けているということです。',
);

/** The incident is closed as working; what most likely fixed it, how to confirm, and the usual closing words. */
export function onWorksUnsure(s: ConversationState, text: string): TurnResult {
  // What the message also says ("set Medium-High and rebooted, works now, not sure why") is recorded first.
  const read = onFacts(s, text);
  const lang = s.lang;
  const blocks = [likelyCause(read.state.facts), CONFIRM].map((t) => paraFrom(t, lang));
  return { state: { ...read.state, pending: null }, replies: [reply(lang, [...blocks, para(TEXTS[lang].worksNow), actionsBlock(lang, false)])] };
}
