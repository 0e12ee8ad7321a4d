/**
 * A message about another site's systems, not the case's: "the Osaka TMS is still 14.6", "fyi Osaka TMS is
 * 14.6.2 and their SX20s are on TC7.3.3", "the other site's codecs are on TC7.3.3", 「大阪のTMSはまだ14.6です」,
 * 「別拠点の端末は…」, "the partner's TMS is 14.6", "the other company runs TMS 14.6" (QA51 #1). The engine asks it of a message addressed to someone else ("@bob fyi …", 「佐藤さん、…」)
 * and of any thread line once the case has versions (other-site-line.ts): versions of another site must not
 * replace the case's. Words that say the system is the user's own ("our TMS",
 * 「うちのTMS」, "the production TMS") are not another site. Pure, linear (bounded patterns).
 */
import { nfkc } from '../nfkc';
import { allMatches } from './fast-regex';

/** What a site's name is followed by: a product or a place. */
const THING = '(?:tms|sql|servers?|codecs?|endpoints?|systems?|sx\\d{0,3}s?|mx\\d{0,4}s?|room\\s?kits?|site|office|branch|team|campus|plant|hq|side)';

/** Capitalised words that describe a system rather than name a place ("the Cisco TMS", "the Production TMS"). */
const NOT_A_PLACE = /^(?:cisco|windows|microsoft|sql|tms|production|prod|main|primary|secondary|new|old|current|existing|same|whole|live|first|second|other)$/i;

/**
 * "Osaka TMS is 14.6.2", "fyi Leeds codecs are …": a capitalised name right before the product, without "the". Any
 * capitalised word can open a sentence, so the words that do ("Our", "Actually", "Sorry") and product or vendor names
 * ("Webex Room Kit", "Tandberg codecs") are not places; "our Osaka TMS" is the user's own.
 */
/** What a bare name is followed by: a product or a place (not "team" or "side": "Security team", "Network side"). */
const BARE_THING = '(?:tms|sql|servers?|codecs?|endpoints?|systems?|sx\\d{0,3}s?|mx\\d{0,4}s?|room\\s?kits?|site|office|branch|campus|plant|hq)';
const BARE_NAMED_PLACE = new RegExp(`(?<![A-Za-z'’-])([A-Z][a-z]{2,20}) (?:${BARE_THING})(?![a-z])`, 'gi');
const BARE_AFTER = /(?:^|[\n.;:!?(]\s*|,\s|(?<![a-z])(?:fyi|btw|and|but|also|so|ok|okay|oh|ah|note)[,:]?\s)$/i;
const NOT_A_BARE_PLACE =
  /^(?:our|your|my|his|her|its|their|this|that|these|those|also|and|but|then|now|yes|yeah|yep|nope|sorry|actually|well|okay|hey|hello|both|each|all|every|any|some|which|what|whose|where|when|why|how|since|after|before|because|update|updated|note|edit|plus|only|just|still|even|new|old|here|there|fyi|btw|hmm|thanks|win|redundant|clustered|cluster|security|network|endpoints|endpoint|status|systems|system|server|servers|database|infra|infrastructure|support|video|voice|collaboration|helpdesk|desktop|affected|failing|impacted|physical|virtual|cisco|webex|tandberg|polycom|lifesize|codec|telepresence|jabber|expressway|room|desk|board|linux|vmware|azure|dell|lenovo|hyper|exchange|proxy|firewall|legacy|spare|spares|demo|training|meeting|conference|huddle|boardroom|executive|exec|all|windows|microsoft|production|prod|main|primary|secondary|current|existing|same|whole|live|first|second|other|the|one|two|three|all|most|many|few|several|remote|local|test|lab|staging|dev|backup|standby|active|passive|failing|affected|broken|working|upgraded)$/i;

/** "the Osaka TMS", "at the Leeds office" (case-sensitive: a name starts with a capital). */
const NAMED_PLACE = new RegExp(`(?<![A-Za-z])the\\s([A-Z][a-z]{2,20})(?:\\s[A-Z][a-z]{2,20})?\\s${THING}(?![a-z])`, 'gi');

/** "the other site", "another office", "their site", "the Osaka office's", "a different TMS". */
const OTHER_PLACE_EN =
  /(?<![a-z])(?:their\s(?:tms|sx\d{0,3}s?|mx\d{0,4}s?|codecs|endpoints|c\d0s|room\s?kits)(?![a-z])|(?:partner|vendor|supplier|reseller)(?:'s|’s|s'|s’)\s(?:own\s)?(?:tms|sx\d{0,3}s?|mx\d{0,4}s?|codecs|endpoints|c\d0s|room\s?kits)(?![a-z])|(?:the\s)?other\s(?:company|organi[sz]ation)|another\s(?:company|organi[sz]ation)|(?:the\s)?other\s(?:site|office|branch|campus|location|customer|region|country|team)s?|another\s(?:site|office|branch|campus|location|customer|region|tms)|(?:a\s)?(?:different|separate)\s(?:site|office|branch|tms|customer)|(?:their|that)\s(?:site|office|branch|campus|location|tms))(?![a-z])/;

/** 「大阪のTMS」「別拠点の端末」「向こうのサーバ」「先方のTMS」「他社の」: another place's systems. */
const OTHER_PLACE_JA =
  /(?:別|他|向こう|あちら|先方|ほか)の?(?:拠点|サイト|支社|支店|事業所|お客様|会社|TMS|tms)|(?<![\u3040-\u309f])([\u4e00-\u9fff\u30a0-\u30ff]{1,8})の\s?(?:tms|TMS|サーバ|端末|エンドポイント|SX|sx|MX|mx)/;

/** Words before の that make the system the user's own (or just describe it). */
const OWN_JA = /^(?:うち|弊社|当社|自社|当方|こちら|我々|私たち|本番|既存|現行|新|旧|今|今回|問題|対象|管理対象|全|各|一部|社内|全社|会議室|自分)$/;

/** Words before の that describe the systems, not a place: 「2台のTMS」「冗長構成のTMS」「両方のサーバ」「物理サーバ」. */
const DESCRIBES_JA = /^(?:他|ほか|残り)$|(?:リモート|ローカル|専用|台|構成|冗長|両方|全部|全台|系|側|用|号機|機|版|物理|仮想|同じ|別々|それぞれ|複数|残り|他の)$/;

/**
 * "Osaka's TMS is 14.6.2", "fyi the TMS in Osaka is 14.6.2", "btw Osaka is still on TMS 14.6" (REV21 #6): a place named
 * with a possessive, after "in/at", or as the subject of "is (still) on <product>". Words that open a sentence or name a
 * product, a vendor, a level or the customer ("Cisco's TMS", "the TMS in Medium-High", "Customer's TMS", "Everything is
 * on TMS 15.2") are no place.
 */
const POSSESSIVE_PLACE = new RegExp(`(?<![A-Za-z'’-])([A-Z][a-z]{2,20})['’]s (?:${BARE_THING})(?![a-z])`, 'gi');
const IN_PLACE = /(?<![a-z])(?:tms|sql|servers?|codecs?|endpoints?|systems?|sx\d{0,3}s?|mx\d{0,4}s?|room\s?kits?)\s(?:in|at)\s(?:the\s)?([A-Z][a-z]{2,20})(?![A-Za-z-])/gi;
const PLACE_IS_ON = /(?<![A-Za-z'’-])([A-Z][a-z]{2,20})\s(?:is|are)\s(?:(?:still|now|already|currently|also)\s)?(?:on|running)\s(?:tms|ce|tc|sql|roomos)(?![a-z])/gi;
/** ("TMS at Headquarters", "at Head Office": the company's own main site, not another one: REV22 #10.) */
const NOT_A_NAMED_PLACE =
  /^(?:customer|customers|client|clients|company|everything|everyone|nothing|nobody|mine|ours|yours|it|today|yesterday|tomorrow|medium|high|low|tools|communication|transport|navigator|security|settings|question|answer|result|results|version|versions|release|releases|level|headquarters|head|hq|home|corporate|central)$/i;

/** Is the capitalised word a place's name (not a sentence opener, a product, a level, the customer)? */
function placeName(word: string): boolean {
  return /^[A-Z][a-z]+$/.test(word) && !NOT_A_BARE_PLACE.test(word) && !NOT_A_PLACE.test(word) && !NOT_A_NAMED_PLACE.test(word);
}

/** 「大阪では TMS 14.6 を使っています」「大阪拠点ではまだ TC7.3.3 です」: a place with では before a product. */
const PLACE_DEWA_JA = /(?<![\u3040-\u309f])([\u4e00-\u9fff\u30a0-\u30ff]{1,8})では[、,]?\s?(?:まだ|今も|いまだに|現在|今)?\s?(?:tms|TMS|CE|ce|TC|tc|SQL|sql|SX|sx|MX|mx|エンドポイント|端末)/;
/** Words before では that are the user's own (全拠点, 本社, 現場), a time, or a part of the system, not another place. */
const NOT_A_PLACE_JA = /本番|検証|テスト|開発|現状|現在|最新|以前|前回|当時|昔|今回|今|新|旧|サーバ|ノード|エンドポイント|端末|コーデック|ログ|画面|ツール|設定|構成|環境|データベース|ウィンドウズ|手順|資料|文書|ドキュメント|記事|マニュアル|翻訳|英語|日本語|場合|状態|時点|段階|レベル|チケット|メール|チャット|報告|情報|表示|記録|台帳|一覧|リスト|シート|ファイル|ページ|画像|サポート|ベンダー|メーカー|シスコ|マイクロソフト|資産|管理|監視|調査|確認|結果|全拠点|全社|全体|現場|本社|本部|本店|アップグレード|更新|移行|作業|変更/;
/** The company as a whole or its own main site, before の too (「本社の TMS」「全拠点の端末」, REV22 #10). */
const OWN_SITE_JA = /全拠点|全社|全体|現場|本社|本部|本店/;
/** A time before では (「先週末では」「アップグレード後では」「昨日では」): when, not where (REV22 #10). */
const TIME_JA = /(?:後|前|以降|以後|以前|時点|時|頃|末|中|朝|夜|昨日|今日|明日|先週|今週|来週|先月|今月|来月|去年|昨年|今年|来年)$/;

/** Does the text speak about another site's systems (not the user's own)? */
export function aboutOtherSite(text: string): boolean {
  if (!text) return false;
  const raw = nfkc(text.slice(0, 2000));
  const lower = raw.toLowerCase();
  if (OTHER_PLACE_EN.test(lower)) return true;
  // (Every reading of a place's name below needs a capital followed by two lower-case letters, case-sensitive, in the text:
  // a text without one is read no further here. allMatches: matchAll without its copy of the regex per call.)
  const capital = /[A-Z][a-z]{2}/.test(raw);
  if (capital) {
    for (const m of allMatches(NAMED_PLACE, raw)) {
      // The name must really start with a capital ("the osaka tms" typed in lower case is not caught:
      // a lower-case word before TMS is as likely "the new tms").
      // (Capital then lower case: "the CMS team", "SQL Server" name a product or a team, not a place.)
      if (/^[A-Z][a-z]+$/.test(m[1]) && !NOT_A_PLACE.test(m[1])) return true;
    }
  }
  if (capital && /[A-Z][a-z]{2,20}\s/.test(raw)) {
    for (const m of allMatches(BARE_NAMED_PLACE, raw)) {
      if (!/^[A-Z][a-z]+$/.test(m[1]) || NOT_A_BARE_PLACE.test(m[1])) continue;
      if (BARE_AFTER.test(raw.slice(Math.max(0, m.index - 12), m.index))) return true;
    }
  }
  if (capital) {
    for (const m of allMatches(POSSESSIVE_PLACE, raw)) if (placeName(m[1])) return true;
    for (const m of allMatches(IN_PLACE, raw)) if (placeName(m[1])) return true;
    for (const m of allMatches(PLACE_IS_ON, raw)) {
      if (placeName(m[1]) && BARE_AFTER.test(raw.slice(Math.max(0, m.index - 12), m.index))) return true;
    }
  }
  const dewa = raw.includes('では') ? PLACE_DEWA_JA.exec(raw) : null;
  if (dewa && !OWN_JA.test(dewa[1]) && !DESCRIBES_JA.test(dewa[1]) && !NOT_A_PLACE_JA.test(dewa[1]) && !TIME_JA.test(dewa[1])) return true;
  const ja = OTHER_PLACE_JA.exec(raw);
  // (The word is read with what stands before it: 「リモートのサーバ」 after は is caught from モート.)
  // (「本社の TMS」「アップグレード後の TMS」: the user's own main site, a time: REV22 #10.)
  if (ja && (ja[1] === undefined || (!OWN_JA.test(ja[1]) && !OWN_SITE_JA.test(ja[1]) && !TIME_JA.test(ja[1]) && !DESCRIBES_JA.test(ja[1]) && !DESCRIBES_JA.test(raw.slice(Math.max(0, ja.index - 8), ja.index + ja[1].length))))) return true;
  return false;
}
