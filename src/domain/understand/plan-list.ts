/**
 * An upgrade plan written as a lead and a colon, the releases after it: "Please confirm the upgrade to: TMS 15.13",
 * "We plan to upgrade to: TMS 15.13, CE 11", 「次のアップグレード先はこれで合っていますか：TMS 15.13」,
 * 「予定：TMS 15.13、CE 11 に上げます」. The releases after the colon are the targets of a change to come, not what
 * runs now (extract.ts reads the sentence as planned; plan.ts answers the plan). Not a change said done ("we upgraded
 * to: …", 「アップグレードしました：…」) nor a setup given before or after one ("after the upgrade: TMS 15.13, …",
 * "Please verify the steps for our setup: TMS 15.9, …"). Pure, total; the cheap test first.
 */

/** Cheap test: a colon, and an upgrade or plan word. */
const MAY = /[:：]/;
const MAY_WORD = /upgrad|updat|migrat|move|go\sto|going\sto|plan|target|アップグレード|バージョンアップ|移行|更新|予定|計画|上げ/i;

/**
 * The lead, right before the colon: a change to come ("upgrade to", "the upgrade to", "plan to move to", "upgrade
 * path", "target versions"), or 「アップグレード先」「移行先」「予定」「計画」.
 */
const LEAD_EN =
  /(?<![a-z])(?:(?:upgrade|update|migrate|migration|move|go|upgrading|updating|migrating|moving|going)\s(?:(?:tms|it|them|everything|all(?:\sof\sit)?|the\s(?:\w+\s)?(?:endpoints|codecs|systems|devices|server)|our\s(?:\w+\s)?(?:endpoints|codecs|systems|devices|server))\s)?(?:up\s)?to|(?:upgrade|update|migration)\s(?:path|plan|targets?)|target\s(?:versions?|releases?)|planned\s(?:versions?|releases?|upgrades?)|(?:the\s)?plan(?:\sis)?)\s?$/;
const LEAD_JA = /(?:アップグレード|バージョンアップ|移行|更新)(?:先|予定|計画)|予定|計画|次の(?:バージョン|リリース)/;
/** Words after "to" that only point at the list: "the following", "these versions", "the releases below". */
const POINTER = /\s(?:the\sfollowing(?:\s(?:versions?|releases?))?|these(?:\s(?:versions?|releases?))?|this(?:\s(?:version|release))?|the\s(?:versions?|releases?)\sbelow|below)$/;
/** A change said done, or a setup given around one ("after the upgrade to:", 「アップグレード後：」): no plan. */
const NOT_LEAD_EN = /(?<![a-z])(?:upgraded|updated|migrated|moved|went|gone|did|done|completed|finished|after|since|before|when|from|was|were|had|have\sbeen|has\sbeen)(?![a-z])/;
const NOT_LEAD_JA = /しました|した(?:が|けど|ところ|ら|$|[。、])|済み|済|完了|(?<!する|予定の)後|前に|以前/;

/** A release after the colon: TMS, TC, CE or RoomOS with a number. */
const RELEASE = /(?<![a-z])(?:tms|tc|ce|roomos|room\sos)\s?v?\d/i;

/** Where the releases of an upgrade plan start (just after the colon), or -1 when the text is no such plan. */
export function planListStart(text: string): number {
  if (!MAY.test(text) || !MAY_WORD.test(text)) return -1;
  const t = text.slice(0, 400);
  const colon = t.search(/[:：]/);
  if (colon < 2 || colon > 120) return -1;
  // ("upgrade the codecs to the following:", "move to these versions:": the words that point at the list go.)
  const lead = t.slice(0, colon).toLowerCase().replace(/\s+$/, '').replace(POINTER, '');
  const tail = t.slice(colon + 1);
  if (!RELEASE.test(tail) || /\d/.test(lead.replace(/tls\s?1\.[0-3]/g, ''))) return -1;
  const en = LEAD_EN.test(lead) && !NOT_LEAD_EN.test(lead);
  const ja = !en && LEAD_JA.test(lead) && !NOT_LEAD_JA.test(lead);
  return en || ja ? colon + 1 : -1;
}
