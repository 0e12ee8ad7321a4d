/**
 * A message about another site's systems, not the case's: "the Osaka TMS is still 14.6", "the other
 * site's codecs are on TC7.3.3", 「大阪のTMSはまだ14.6です」, 「別拠点の端末は…」. The engine asks it only
 * of a message addressed to someone else ("@bob fyi …", 「佐藤さん、…」): there, versions of another
 * site must not replace the case's. Words that say the system is the user's own ("our TMS",
 * 「うちのTMS」, "the production TMS") are not another site. Pure, linear (bounded patterns).
 */
import { nfkc } from '../nfkc';

/** What a site's name is followed by: a product or a place. */
const THING = '(?:tms|sql|servers?|codecs?|endpoints?|systems?|sx\\d{0,3}s?|mx\\d{0,4}s?|room\\s?kits?|site|office|branch|team|campus|plant|hq|side)';

/** Capitalised words that describe a system rather than name a place ("the Cisco TMS", "the Production TMS"). */
const NOT_A_PLACE = /^(?:cisco|windows|microsoft|sql|tms|production|prod|main|primary|secondary|new|old|current|existing|same|whole|live|first|second|other)$/i;

/** "the Osaka TMS", "at the Leeds office" (case-sensitive: a name starts with a capital). */
const NAMED_PLACE = new RegExp(`(?<![A-Za-z])the\\s([A-Z][a-z]{2,20})(?:\\s[A-Z][a-z]{2,20})?\\s${THING}(?![a-z])`, 'gi');

/** "the other site", "another office", "their site", "the Osaka office's", "a different TMS". */
const OTHER_PLACE_EN =
  /(?<![a-z])(?:(?:the\s)?other\s(?:site|office|branch|campus|location|customer|region|country|team)s?|another\s(?:site|office|branch|campus|location|customer|region|tms)|(?:a\s)?(?:different|separate)\s(?:site|office|branch|tms|customer)|(?:their|that)\s(?:site|office|branch|campus|location|tms))(?![a-z])/;

/** 「大阪のTMS」「別拠点の端末」「向こうのサーバ」「先方のTMS」「他社の」: another place's systems. */
const OTHER_PLACE_JA =
  /(?:別|他|向こう|あちら|先方|ほか)の?(?:拠点|サイト|支社|支店|事業所|お客様|会社|TMS|tms)|(?<![\u3040-\u309f])([\u4e00-\u9fff\u30a0-\u30ff]{1,8})の\s?(?:tms|TMS|サーバ|端末|エンドポイント|SX|sx|MX|mx)/;

/** Words before の that make the system the user's own (or just describe it). */
const OWN_JA = /^(?:うち|弊社|当社|自社|当方|こちら|我々|私たち|本番|既存|現行|新|旧|今|今回|問題|対象|管理対象|全|各|一部|社内|全社|会議室|自分)$/;

/** Does the text speak about another site's systems (not the user's own)? */
export function aboutOtherSite(text: string): boolean {
  if (!text) return false;
  const raw = nfkc(text.slice(0, 2000));
  const lower = raw.toLowerCase();
  if (OTHER_PLACE_EN.test(lower)) return true;
  for (const m of raw.matchAll(NAMED_PLACE)) {
    // The name must really start with a capital ("the osaka tms" typed in lower case is not caught:
    // a lower-case word before TMS is as likely "the new tms").
    if (/^[A-Z]/.test(m[1]) && !NOT_A_PLACE.test(m[1])) return true;
  }
  const ja = OTHER_PLACE_JA.exec(raw);
  if (ja && (ja[1] === undefined || !OWN_JA.test(ja[1]))) return true;
  return false;
}
