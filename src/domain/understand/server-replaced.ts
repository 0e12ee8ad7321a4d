/**
 * The Windows release of an old and a new server (readers-d #1): "our old TMS server was 2008 R2, the new one is 2016", "Windows
 * on the new server is 2019", 「旧サーバは 2008 R2、新サーバは 2016 です」. The old (replaced) server's Windows is never the TMS
 * server's; the new one's is only when the message says TMS runs on it now ("we moved TMS to a new server, Windows 2019",
 * 「TMS を新サーバに移行しました」). Otherwise which one runs TMS now is asked: the registry step depends on it (knowledge.md: TLS 1.2
 * off by default on 2008 R2 only). Pure, bounded, linear; a cheap word test first.
 */
import { groupedByFirstLetter } from './first-letter';
import type { ParseProblem } from '../types';

const FAST = groupedByFirstLetter(/old|previous|former|original|legacy|new|旧|古い|以前|前の|元の|新/i);
const YEAR = String.raw`(20(?:03|08|12|16|19|22|25)(?:\s?r2)?)(?![\d.])`;
const WIN = String.raw`(?:(?:on|running)\s)?(?:windows\s?)?(?:server\s?)?`;
const OLD_EN = new RegExp(
  String.raw`(?<![a-z])(?:old|older|previous|former|original|legacy)\s(?:tms\s)?(?:server|box|vm|machine|host|one)\s(?:(?:was|is|ran|runs|had|used\sto\s(?:be|run))\s)?${WIN}${YEAR}`,
  'i',
);
const NEW_EN = new RegExp(
  String.raw`(?<![a-z])new\s(?:tms\s)?(?:server|box|vm|machine|host|one)\s(?:(?:is|will\sbe|runs|has|would\sbe)\s)?${WIN}${YEAR}` +
    String.raw`|(?<![a-z])(?:windows|os)(?:\sserver)?\s(?:on|of|for)\s(?:the\s)?new\s(?:tms\s)?(?:server|box|vm|machine|host|one)\s(?:is|will\sbe)\s${WIN}${YEAR}` +
    // ("we moved TMS to a new server, Windows 2019", "… a new VM (2019)", "the new server, which is 2019")
    String.raw`|(?<![a-z])new\s(?:tms\s)?(?:server|box|vm|machine|host)\s?(?:[,(:]|\s-|\swith|\srunning|,?\swhich\sis)\s?${WIN}${YEAR}`,
  'i',
);
const OLD_JA = new RegExp(String.raw`(?:旧|古い|以前の|前の|元の)\s?(?:tms\s?)?(?:サーバー?|マシン|vm|ほう|方)\s?(?:の\s?(?:os|windows)\s?)?(?:は|が)\s?${WIN}${YEAR}`, 'i');
const NEW_JA = new RegExp(String.raw`(?:新|新しい)\s?(?:tms\s?)?(?:サーバー?|マシン|vm|ほう|方)\s?(?:の\s?(?:os|windows)\s?)?(?:は|が)\s?${WIN}${YEAR}`, 'i');
/** TMS said to run on the new server now: moved there (done), or running there. Not a plan ("will move"). */
const TMS_ON_NEW =
  /(?<![a-z])(?:(?:we|i|they)\s(?:have\s|'ve\s|already\s)*)?(?:moved|migrated|relocated|transferred)\s(?:the\s)?tms\s(?:over\s)?(?:to|onto)\s(?:a|the|our)\snew\s(?:server|box|vm|machine|host)|(?<![a-z])tms\s(?:now\s)?(?:runs|is\s(?:now\s)?running|is\s(?:now\s)?(?:on|hosted\son)|lives)\s(?:(?:on|in)\s)?(?:the|a)\snew\s(?:server|box|vm|machine|host|one)|tms\s?(?:を|は)\s?(?:新|新しい)\s?(?:サーバー?|マシン|vm)\s?(?:に|へ|で)\s?(?:移行し|移設し|移し|移動し|稼働し|動いて|動かして)/i;
/** A move not done yet (planned or denied): the words shared with tms-moved-host.ts, which adds more of its own. */
export const MOVE_NOT_DONE_EN = String.raw`will|going\sto|plan(?:s|ning)?\sto|not\syet|haven't|have\snot|tomorrow|next\s(?:week|month)`;
export const MOVE_NOT_DONE_JA = '予定|まだ|これから';
const NOT_DONE = new RegExp(String.raw`(?<![a-z])(?:${MOVE_NOT_DONE_EN})(?![a-z])|${MOVE_NOT_DONE_JA}`, 'i');

export interface ReplacedServerWindows {
  /** The old server's Windows, as written. */
  old?: string;
  /** The new server's Windows, as written. */
  now?: string;
  /** The message says TMS runs on the new server now. */
  tmsOnNew: boolean;
}

/** The Windows releases said of an old and/or a new server, or null when none is. */
export function replacedServerWindows(text: string): ReplacedServerWindows | null {
  const s = text.slice(0, 2000);
  if (!FAST.test(s)) return null;
  // ("the old one is 2008 R2, the new one is 2019" about SQL: SQL's releases, not a server's Windows.)
  if (/sql|database|(?<![a-z])db(?![a-z])|データベース/i.test(s) && !/windows|(?<![a-z])os(?![a-z])|ウィンドウズ/i.test(s)) return null;
  const o = OLD_EN.exec(s) ?? OLD_JA.exec(s);
  const n = NEW_EN.exec(s) ?? NEW_JA.exec(s);
  if (!o && !n) return null;
  const on = TMS_ON_NEW.exec(s);
  const tmsOnNew = !!on && !NOT_DONE.test(s.slice(Math.max(0, on.index - 30), on.index + on[0].length));
  const out: ReplacedServerWindows = { tmsOnNew };
  if (o) out.old = o[1];
  if (n) out.now = n.slice(1).find((g) => g !== undefined);
  return out;
}

/** The question when a new server's Windows is named but not said to run TMS: which server runs TMS now. */
export function whichServerProblem(r: ReplacedServerWindows, show: (raw: string) => string): ParseProblem {
  const pair = r.old && r.now;
  const en = pair
    ? `You named an old server on ${show(r.old!)} and a new one on ${show(r.now!)}. Which one runs TMS now? I have not recorded either as the TMS server's Windows: the registry step depends on it (TLS 1.2 is off by default on 2008 R2, on from 2012 unless a policy turned it off).`
    : `You named a new server on ${show(r.now!)}. Does TMS run on it now? I have not recorded it as the TMS server's Windows yet: the registry step depends on the server TMS runs on (TLS 1.2 is off by default on 2008 R2, on from 2012 unless a policy turned it off).`;
  const ja = pair
    ? `旧サーバ（${show(r.old!)}）と新サーバ（${show(r.now!)}）の両方が出てきました。いま TMS が動いているのはどちらですか？ どちらも TMS サーバの Windows としては記録していません。レジストリの手順はそれによって変わります（TLS 1.2 は 2008 R2 では既定で無効、2012 以降はポリシーで無効にされていない限り有効）。`
    : `新サーバ（${show(r.now!)}）の話が出てきました。TMS はいまそのサーバで動いていますか？ まだ TMS サーバの Windows としては記録していません。レジストリの手順は TMS が動いているサーバによって変わります（TLS 1.2 は 2008 R2 では既定で無効、2012 以降はポリシーで無効にされていない限り有効）。`;
  return {
    field: 'windows',
    input: pair ? `${r.old} / ${r.now}` : r.now!,
    alternatives: true,
    message: { en, ja },
    serverAsked: { now: r.now!, ...(r.old ? { old: r.old } : {}) },
  };
}

/**
 * The answer to that question that says TMS runs on the new server (left-a #2): "the new one", "the new server", "TMS is on the new
 * one", "yes, the new one", 「新しい方」「新サーバです」「新しいサーバで動いています」; after the one-server form ("Does TMS run on
 * it now?") also "yes", "yes it does", 「はい」「はい、動いています」. The whole message is the answer (at most 60 characters): "the new
 * one will be live next week", "not the new one", 「新サーバはまだです」 are not.
 */
const NEW_ANSWER_EN =
  /^(?:(?:yes|yeah|yep|correct|right)[\s,]+)?(?:(?:it'?s|it\sis|that'?s|that\sis|tms\s(?:is|runs)|it\sruns|we'?re|we\sare|on)\s)?(?:(?:now|already)\s)?(?:on\s)?(?:the\s)?new(?:er)?(?:\s(?:one|server|box|vm|machine|host|tms\sserver))?(?:\s(?:now|already))?(?:[\s,]+(?:now|already))?$/;
const NEW_ANSWER_JA =
  /^(?:(?:はい|ええ|そうです)[\s、,]*)?(?:tms\s?は\s?)?(?:新しい|新)\s?(?:方|ほう|サーバー?|tms\s?サーバー?|マシン|vm)(?:\s?の\s?(?:方|ほう))?\s?(?:です|でした|だ|で(?:す)?ね|(?:で|に)\s?(?:動いて|稼働して|あり|移行して)(?:い)?(?:ます|る))?$/;
const YES_EN = /^(?:yes|yeah|yep|correct|right)(?:[\s,]+(?:it\sdoes|it\sis|tms\sdoes|it\sruns\sthere|(?:tms\s)?runs\son\sit(?:\snow)?|now|already))?$/;
const YES_JA = /^(?:はい|ええ|そうです)(?:[\s、,]*(?:動いています|動いてます|稼働しています|移行済みです|移行しました|そうです))?$/;

/** Is the message that answer to the question asked? `pair`: the question named the old server too ("Which one runs TMS now?"). */
export function newServerAnswerIn(raw: string, pair: boolean): boolean {
  if (raw.length > 60) return false;
  const said = raw
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/[\s.!。！]+$/, '')
    .replace(/^(?:oh|ah|sorry|あ|ああ|すみません)[\s,、]+/, '');
  if (NEW_ANSWER_EN.test(said) || NEW_ANSWER_JA.test(said)) return true;
  return !pair && (YES_EN.test(said) || YES_JA.test(said));
}
