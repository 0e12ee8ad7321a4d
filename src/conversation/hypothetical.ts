/**
 * Versions named inside a question ("is TMS 14.6.2 affected?", "would CE 9.15 still need this?",
 * 「TMS 14.6.2 でも影響はありますか？」): the extractor keeps them apart from the facts. Here they
 * either fill a field the conversation has no value for yet (the user asks about their own system),
 * or, against a value already stated, become a case answered on its own: the stated value stays.
 * A SQL Server, Windows Server or endpoint release named in a question is always a case (QA rounds 10 #7, 11 #7).
 * A hypothetical question ("would…", "what if…") never fills a field. Pure.
 */
import type { Facts, Lang } from '../domain/types';
import type { Extraction } from '../domain/extract';
import { diagnose } from '../domain/diagnose';
import { FIELD_NAMES, fieldOfQuestion, formatField, type Field } from '../domain/fields';
import type { Block } from './document';
import { para } from './compose';
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
    if (found[f] !== undefined) continue;
    const asked = ex.asked?.[f];
    const supposed = ex.supposed?.[f];
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
export function caseBlocks(facts: Facts, cases: Partial<Facts>, lang: Lang): Block[] {
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
  const d = diagnose(hf);
  const titles = d.findings.filter((x) => VERDICT_CODES.has(x.code)).map((x) => x.title[lang]);
  if (titles.length) blocks.push({ type: 'bullets', items: titles });
  const missing = d.affected === 'no' ? [] : d.questions.filter((q) => q.required).map((q) => fieldOfQuestion(q.code));
  const names = missing.filter((f): f is Field => f !== undefined).map((f) => t.fieldNames[f]);
  if (names.length) blocks.push(para(t.caseNeeds(names.join(sep))));
  return blocks;
}
