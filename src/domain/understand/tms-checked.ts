/**
 * A TMS release someone else wrote or said, against the one the user has looked at (QA report 24, W4):
 * - checked: "previous engineer's notes say TMS 14.6, but the About page shows 15.9", 「前任者のメモによるとTMSは14.6
 *   らしいですが、画面で見ると15.9でした」: the release seen now is this TMS; the noted one is stale.
 * - doubted: "customer claims TMS 15.9 but I suspect it's actually 14.6": neither is known; when the answer depends on
 *   which one it is (before 15 or not), the release TMS itself shows is asked for.
 * Pure; a cheap word test first, then anchored, bounded patterns.
 */
import { groupedByFirstLetter } from './first-letter';
import type { ParseProblem } from '../types';
import { formatTms, parseTms, tmsCanBeFixedInPlace } from '../versions';
import { TMS_RELEASE_IN_REMARK } from './tms-release';

/** Cheap test: a source of someone else's words. */
const SOURCE_FAST = groupedByFirstLetter(/note|ticket|previous|handover|doc|record|cmdb|inventory|spreadsheet|customer|client|claim|told|メモ|チケット|前任|引き?継ぎ|資料|台帳|ドキュメント|記録|お客様|顧客|先方/i);

const REL = TMS_RELEASE_IN_REMARK;

/** "notes say TMS 14.6", "the ticket has 14.6", "customer claims TMS 15.9", "they told us 15.9". */
const NOTED_EN = new RegExp(
  String.raw`(?<![a-z])(?:notes?|ticket|previous\s(?:engineer|admin|owner|team)(?:'s)?|handover|documentation|docs|records?|cmdb|inventory|spreadsheet|customer|client|they)(?![a-z])[^.!?\n]{0,40}?(?<![a-z])(?:says?|said|claims?|claimed|told\s(?:me|us)|lists?|listed|has|had|shows?|showed|mentions?|mentioned)(?![a-z])\s(?:that\s)?(?:it'?s\s|it\sis\s|they\s(?:run|have|are\son)\s)?(?:tms\s?)?(?:is\s|version\s)?${REL}`,
  'i',
);
/** After it: "but the About page shows 15.9", "but I checked and it's 15.9", "but it actually runs 15.9". */
const CHECKED_EN = new RegExp(
  String.raw`^\s?[,;]?\s?(?:but|however|whereas|though)(?![a-z])[^!?\n]{0,50}?(?:about\s(?:page|screen|dialog|box|window)|about\stms|gui|console|web\s(?:ui|interface|page)|tms\stools|i\s(?:checked|looked|verified|logged\sin)|checked|verified|actually|really|in\sfact)(?![a-z])[^!?\n]{0,30}?(?:tms\s?)?${REL}`,
  'i',
);
/** After it: "but I suspect it's actually 14.6", "but it might be 14.6", "but I think it's 14.6". */
const DOUBTED_EN = new RegExp(
  String.raw`^\s?[,;]?\s?(?:but|however|though)(?![a-z])[^!?\n]{0,30}?(?:i\s(?:suspect|think|guess|believe|wonder\sif|doubt)|(?:it\s)?(?:may|might|could)\s(?:actually\s|really\s)?be|probably|maybe|perhaps)(?![a-z])[^!?\n]{0,30}?(?:tms\s?)?${REL}`,
  'i',
);

/** What the user looked at: "the About page", "TMS Tools", "the web UI". */
const SEEN_EN = String.raw`(?:about\s(?:page|screen|dialog|box|window)|about\stms|gui|console|web\s(?:ui|interface|page)|tms\stools)`;
/**
 * The checked release first (QA round 26 B2): "the About page shows 15.9", "TMS 15.9 is what the About page shows";
 * then, just after it, the noted one: "notes say 14.6", "TMS 14.6 is what our notes say".
 */
const CHECKED_FIRST_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?:the\s)?${SEEN_EN}\s(?:says?|shows?|showed|lists?|reads?|displays?|has)\s(?:tms\s?)?(?:version\s)?${REL}|(?:tms\s?)?${REL}\s(?:is\s)?(?:what|as\sshown\son)\s(?:the\s)?${SEEN_EN}(?:\s(?:says|shows|showed|lists|reads|displays))?)`,
  'i',
);
const SOURCE_EN = String.raw`(?:our\s|the\s|my\s|their\s)?(?:notes?|ticket|handover|documentation|docs|records?|cmdb|inventory|spreadsheet)`;
const NOTED_AFTER_EN = new RegExp(
  String.raw`^\s?[,;]?\s?(?:(?:and|but|while|whereas)\s)?(?:(?:tms\s?)?${REL}\s(?:is\s)?(?:what\s|in\s|per\s|according\sto\s)?${SOURCE_EN}|${SOURCE_EN}(?![a-z])[^.!?\n]{0,20}?(?:says?|said|lists?|listed|has|had|shows?|showed|mentions?|mentioned)\s(?:tms\s?)?${REL})`,
  'i',
);

/** 「前任者のメモによるとTMSは14.6らしいですが」「チケットではTMS 14.6となっていますが」「お客様は15.9と言っていますが」. */
const NOTED_JA = new RegExp(
  String.raw`(?:メモ|チケット|前任者?|引き?継ぎ|資料|台帳|ドキュメント|記録|お客様|顧客|先方)[^。！？?!\n]{0,30}?(?:tms\s?(?:は|が|の)?\s?(?:バージョン\s?(?:は|が)?\s?)?)?${REL}[^。！？?!\n]{0,20}?(?:が|けど|けれど(?:も)?|ものの)[、,\s]?`,
  'i',
);
/** After it: 「画面で見ると15.9でした」「実際に確認したら15.9です」「バージョン情報では15.9と表示されています」. */
const CHECKED_JA = new RegExp(
  String.raw`^[^。！？?!\n]{0,30}?(?:画面|バージョン情報|about|実際|確認(?:する|した|して)|見ると|見たら|見てみると)[^。！？?!\n]{0,20}?(?:tms\s?(?:は|が)?\s?)?${REL}\s?(?:でした|です(?!か)|だった|と表示|が表示|となって|になって)`,
  'i',
);
/** After it: 「実際は14.6かもしれません」「14.6だと思います」. */
const DOUBTED_JA = new RegExp(String.raw`^[^。！？?!\n]{0,30}?${REL}\s?(?:かも|だと思|と思|ではないか|じゃないか)`, 'i');

/** The other release is of something else: "but the SQL build is actually 11.0.5058", 「端末は実際CE 9.15でした」. */
const OTHER_FIELD = /(?<![a-z])(?:sql|database|db|windows|win|os|codecs?|endpoints?|devices?|tc|ce|roomos|room\sos)(?![a-z])|端末|エンドポイント|コーデック|データベース/i;

export interface NotedTms {
  /** The release someone else wrote or said. */
  noted: string;
  /** The other release: seen by the user ('checked') or suspected ('doubted'). */
  other: string;
  kind: 'checked' | 'doubted';
}

/** The noted TMS release and the one checked or suspected against it, or null. */
export function notedTms(s: string): NotedTms | null {
  if (!SOURCE_FAST.test(s)) return null;
  const t = s.slice(0, 1500);
  const en = NOTED_EN.exec(t);
  if (en) {
    const rest = t.slice(en.index + en[0].length, en.index + en[0].length + 120);
    const d = DOUBTED_EN.exec(rest);
    if (d && d[1] !== en[1] && !OTHER_FIELD.test(d[0])) return { noted: en[1], other: d[1], kind: 'doubted' };
    const c = CHECKED_EN.exec(rest);
    if (c && c[1] !== en[1] && !OTHER_FIELD.test(c[0])) return { noted: en[1], other: c[1], kind: 'checked' };
  }
  const first = CHECKED_FIRST_EN.exec(t);
  if (first) {
    const seen = first[1] ?? first[2]!;
    const n = NOTED_AFTER_EN.exec(t.slice(first.index + first[0].length, first.index + first[0].length + 100));
    const noted = n ? n[1] ?? n[2] : undefined;
    if (noted && noted !== seen && !OTHER_FIELD.test(n![0])) return { noted, other: seen, kind: 'checked' };
  }
  const ja = NOTED_JA.exec(t);
  if (ja) {
    const rest = t.slice(ja.index + ja[0].length, ja.index + ja[0].length + 80);
    const d = DOUBTED_JA.exec(rest);
    if (d && d[1] !== ja[1] && !OTHER_FIELD.test(d[0])) return { noted: ja[1], other: d[1], kind: 'doubted' };
    const c = CHECKED_JA.exec(rest);
    if (c && c[1] !== ja[1] && !OTHER_FIELD.test(c[0])) return { noted: ja[1], other: c[1], kind: 'checked' };
  }
  return null;
}

/**
 * A release told and another suspected, when the answer depends on which one it is (TMS 15 or not): the problem that
 * asks for the release TMS itself shows. Null when both would get the same answer or one does not parse.
 */
export function doubtedTmsProblem(n: NotedTms): ParseProblem | null {
  const a = parseTms(n.noted);
  const b = parseTms(n.other);
  if (!a.ok || !b.ok || tmsCanBeFixedInPlace(a.value) === tmsCanBeFixedInPlace(b.value)) return null;
  const x = formatTms(a.value);
  const y = formatTms(b.value);
  return {
    field: 'tms',
    input: `${n.noted} / ${n.other}`,
    alternatives: true,
    message: {
      en: `You were told ${x}, but you suspect ${y}, and the answer depends on which one it is: TMS 15 and later can be fixed in place; before 15, only an upgrade of TMS (or a downgrade of TC endpoints) helps. Please check the version TMS itself shows (its About page) and tell me which one is installed.`,
      ja: `${x} と聞いているものの、実際は ${y} かもしれないとのことですが、どちらかによって回答が変わります。TMS 15 以降はそのまま修正できますが、15 より前では TMS のアップグレード（または TC エンドポイントのダウングレード）しか方法がありません。TMS 自身が表示するバージョン（バージョン情報の画面）を確認して、どちらがインストールされているか教えてください。`,
    },
  };
}
