/**
 * A thread line about another site's systems, addressed to nobody in particular (QA49 F1): "fyi Osaka TMS is 14.6.2
 * and their SX20s are on TC7.3.3", "the Osaka TMS is still 14.6 btw", 「大阪の TMS はまだ 14.6 です」. Once the case has
 * versions, those of another named site never replace them: nothing is taken, and the reply says which versions were
 * not used and why (as for the same line said to a colleague, engine.ts 'to-someone-else').
 *
 * A line that also speaks of the user's own systems in another clause ("our TMS is 15.13, the Osaka TMS is 14.6",
 * 「うちの TMS は 15.13、大阪の TMS は 14.6 です」, REV21 #6): the own clauses are read as usual, and the reply says first that
 * the other site's versions were not taken (mixedOtherSiteLine).
 *
 * Left to the usual readers: a move of this TMS ("we moved the TMS to another site"), several sites in one line (sites.ts), and a TMS
 * the extractor already keeps apart ("TMS 15.0 runs at another site": otherTms). Pure; gated on cheap checks.
 */
import { extractFacts } from '../domain/extract';
import { FIELD_NAMES, formatField } from '../domain/fields';
import { aboutOtherSite } from '../domain/understand/other-site';
import { sitesIn } from '../domain/understand/sites';
import { nfkc } from '../domain/nfkc';
import type { ConversationState, TurnResult } from './types';
import { next, para, questionBlocksFor, reply } from './compose';
import { withNoteAhead } from './note-ahead';
import { onFacts } from './merge';
import { TEXTS } from './texts';

/** Words that make the systems the user's own, or the line a move or a correction of this one. */
const OWN_OR_MOVE =
  /(?<![a-z])(?:our|ours|we|we're|us|my|mine|this\s(?:tms|site|server)|moved?|moving|migrat\w*|relocat\w*|instead|actually|correction)(?![a-z])|うち|弊社|当社|自社|こちら|当方|我々|私たち|移設|移行|移し|移転|訂正|間違/i;

/** Words that make the systems the user's own (OWN_OR_MOVE without the move words). */
const OWN_WORD = /(?<![a-z])(?:our|ours|we|we're|us|my|mine|this\s(?:tms|site|server))(?![a-z])|うち|弊社|当社|自社|こちら|当方|我々|私たち/i;
/**
 * The line opens with another site as its subject: "the other site is moving from SQL 2008 R2 to 2019", "another office will
 * upgrade…", 「別拠点は SQL 2008 R2 から 2019 へ移行中」 (readers-d #2). A move or upgrade said of that site is that site's, not a
 * move of this TMS ("we moved the TMS to another site" names the other site as the destination, not the subject).
 */
const OTHER_SITE_SUBJECT =
  /^\s*(?:(?:fyi|btw|also|and|oh|note|ps)[,:]?\s)*(?:the\s|our\s)?(?:other|another|different)\s(?:site|office|branch|campus|location|region|company|organi[sz]ation)s?(?:['’]s)?\s(?:(?:sql(?:\sserver)?|tms|servers?|team|it)\s)?(?:(?:just|already|recently|also|still|now|currently)\s)?(?:is|are|was|were|will|has|have|had|plans?|intends?|runs|uses|moves|migrates|upgrades|['’]s|['’]re|['’]ll|[a-z]{2,14}ed)(?![a-z])|^\s*(?:(?:うち|弊社|当社|自社)の\s?)?(?:別|他|向こう|あちら|先方|ほか)の?(?:拠点|サイト|支社|支店|事業所|会社)(?:の\s?(?:sql|tms|サーバー?)(?:\s?server)?)?\s?(?:は|では|が|も|で)/i;

/** The reply to a line about another site whose versions would have replaced the case's, or null. */
export function onOtherSiteLine(s: ConversationState, text: string): TurnResult | null {
  if (text.length > 600 || !/\d/.test(text)) return null;
  const raw0 = nfkc(text);
  // (Said of another site as the subject, with no word for the user's own: nothing from it is this case's, even with no
  // version known yet, and a move in it is that site's.)
  // ("our other site is moving…", 「うちの別拠点は…」: the company's other site, still not this system; the own word is the lead's.)
  const lead = OTHER_SITE_SUBJECT.exec(raw0);
  const theirsOnly = !!lead && !OWN_WORD.test(raw0.slice(lead.index + lead[0].length)) && !sitesIn(raw0);
  if (theirsOnly) {
    const only = otherSiteOnly(s, text);
    if (only) return only;
  }
  if (!FIELD_NAMES.some((f) => f !== 'level' && s.facts[f] !== undefined)) return null;
  if (!aboutOtherSite(text)) return null;
  const raw = raw0;
  if (OWN_OR_MOVE.test(raw)) return mixedOtherSiteLine(s, raw);
  if (sitesIn(raw)) return null;
  const seen = extractFacts(text).facts;
  if (seen.otherTms !== undefined || seen.workingTms !== undefined) return null;
  const fields = FIELD_NAMES.filter((f) => f !== 'level' && seen[f] !== undefined);
  if (!fields.length) return null;
  const t = TEXTS[s.lang];
  const sep = s.lang === 'ja' ? '、' : ', ';
  const named = fields.map((f) => formatField(f, seen)).filter((v): v is string => !!v);
  const kept = fields.map((f) => formatField(f, s.facts)).filter((v): v is string => !!v);
  const note = para(t.otherSiteNotTaken(named.join(sep), kept.join(sep), false));
  return { state: next(s, {}), replies: [reply(s.lang, [note, ...questionBlocksFor(s)])] };
}

/** A line about another site alone (OTHER_SITE_SUBJECT): nothing taken; the versions it names (or its words) said not used. */
function otherSiteOnly(s: ConversationState, text: string): TurnResult | null {
  const t = TEXTS[s.lang];
  const sep = s.lang === 'ja' ? '、' : ', ';
  const seen = extractFacts(text).facts;
  // (A TMS the extractor already keeps apart, "the other site is still on TMS 14.6": noted as another server, as before.)
  if (seen.otherTms !== undefined || seen.workingTms !== undefined) return null;
  const fields = FIELD_NAMES.filter((f) => f !== 'level' && seen[f] !== undefined);
  const named = fields.map((f) => formatField(f, seen)).filter((v): v is string => !!v);
  const quoted = text.trim().replace(/\s+/g, ' ').slice(0, 80);
  const read = named.length ? named.join(sep) : s.lang === 'ja' ? `「${quoted}」` : `"${quoted}"`;
  // (The held values of the fields it names, as onOtherSiteLine says them; every held one when it names none.)
  const kept = (fields.length ? fields : FIELD_NAMES.filter((f) => f !== 'level')).map((f) => formatField(f, s.facts)).filter((v): v is string => !!v);
  const note = para(t.otherSiteNotTaken(read, kept.join(sep), false));
  return { state: next(s, {}), replies: [reply(s.lang, [note, ...questionBlocksFor(s)])], route: 'other-site-line' };
}

/** Where a line splits into clauses that may speak of different sites: ", " "; " ". " " and " " but " 、 。. */
const CLAUSE_SPLIT = /[,;]\s*|\.\s+|\s(?:and|but|while|whereas)\s|[、。；]/;
/** A move: the line is about where this TMS went, not a second site beside it. */
const MOVE = /(?<![a-z])(?:moved?|moving|migrat\w*|relocat\w*)(?![a-z])|移設|移行|移し|移転/i;
/** "ours is 15.13": the product is the one the other clause names ("Osaka's TMS is 14.6.2 and ours is 15.13"). */
const OURS_IS = /(?<![a-z])ours\s(?=(?:is|are)\s)/i;
const PRODUCT_WORD: Partial<Record<string, string>> = { tms: 'TMS', endpoint: 'endpoints', sql: 'SQL', windows: 'Windows' };

/**
 * "our TMS is 15.13, the Osaka TMS is 14.6": the clauses about another site are left out, the rest is read as usual, and
 * the reply says first which versions were not taken. Null unless each side has a version of its own (and no clause is
 * a move: left to the usual readers). "ours is 15.13" beside one other product is read as that product.
 */
function mixedOtherSiteLine(s: ConversationState, raw: string): TurnResult | null {
  if (MOVE.test(raw)) return null;
  const clauses = raw.split(CLAUSE_SPLIT).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length < 2 || clauses.length > 12) return null;
  const theirs = clauses.filter((c) => aboutOtherSite(c) && !OWN_OR_MOVE.test(c));
  const ours = clauses.filter((c) => !theirs.includes(c));
  if (!theirs.length || !ours.some((c) => OWN_OR_MOVE.test(c))) return null;
  const seen = extractFacts(theirs.join('. ')).facts;
  const fields = FIELD_NAMES.filter((f) => f !== 'level' && seen[f] !== undefined);
  if (!fields.length || seen.otherTms !== undefined) return null;
  let ownText = ours.join(s.lang === 'ja' || /[\u3040-\u30ff]/.test(raw) ? '。' : '. ');
  let own = extractFacts(ownText).facts;
  const word = PRODUCT_WORD[fields[0]];
  if (!FIELD_NAMES.some((f) => own[f] !== undefined) && fields.length === 1 && word && OURS_IS.test(ownText)) {
    ownText = ownText.replace(OURS_IS, `our ${word} `);
    own = extractFacts(ownText).facts;
  }
  if (!FIELD_NAMES.some((f) => own[f] !== undefined)) return null;
  const read = onFacts(s, ownText);
  const lang = read.replies[0]?.lang ?? s.lang;
  const named = fields.map((f) => formatField(f, seen)).filter((v): v is string => !!v);
  const note = para(TEXTS[lang].otherSitePartNotTaken(named.join(lang === 'ja' ? '、' : ', ')));
  return withNoteAhead(read, note, lang);
}
