/**
 * A short question used as a lead-in, with more after it (QA round 21 F6): "reboot? already did, still failing on 3",
 * 「再起動？もうしました」, "safe? I mean turning off TLS 1.0 entirely". The short question alone ("reboot?", 「再起動？」)
 * is answered by the catalogue; followed by what was done or by what the question means, the rest is what the user
 * says: "reboot? already did" is "rebooted already", "safe? I mean X" is "is it safe X?". Pure, total; the cheap
 * test first (a message that does not start with one of the lead words costs one anchored test).
 */

import { trimEnd } from '../domain/trim-end';

const CHEAP = /^\s*(?:re-?boot|restart|safe|再起動|リブート|so\s|install|apply|(?:do\s)?(?:we|i)\s)/i;

/** The lead: the short question, then the rest of the message. */
const LEAD_EN = /^\s*(?:(re-?boot|restart)(?:\s(?:the\s)?(?:server|box|tms))?|(safe))\s*[?？]+\s*(\S[\s\S]*)$/i;
const LEAD_JA = /^\s*(?:サーバ(?:ー)?\s?の?\s?)?(再起動|リブート)\s?(?:は|って)?\s?[?？]+\s*(\S[\s\S]*)$/;

/** "so install the KB? we already did", "do we need that kb? it's installed already": the SQL TLS 1.2 update asked about, then said done. */
const LEAD_KB = /^\s*(?:so\s|ok\s|and\s)?(?:(?:do\s)?(?:we|i)\s(?:need\sto\s|should\s|have\sto\s)?)?(?:install|apply|need)\s(?:the|that|this)\s(?:sql\s)?kb(?:\s?3052404)?\s*[?？]+\s*(\S[\s\S]*)$/i;
const KB_DONE_EN = /^(?:(?:it'?s|it\sis|that'?s)\s(?:already\s)?(?:installed|applied|in)(?:\salready)?(?![a-z])|(?:we|i)\s(?:already\s)?(?:installed|applied)\sit(?:\salready)?(?![a-z]))[.!,;]*\s*/i;

/** Said done: "already did", "did it already", "done", "yes we did", 「もうしました」「済みです」. */
const DONE_EN = /^(?:yes|yeah|yep)?[,\s]*(?:we\s|i\s)?(?:already\s(?:did(?:\sit|\sthat)?|done(?:\sit|\sthat)?|rebooted|restarted)|did\s(?:it|that)?\s?already|(?:did|done)(?:\sit|\sthat)?)(?![a-z])[.!,;]*\s*/i;
const DONE_JA = /^(?:はい[、,\s]*)?(?:もう|既に|すでに)?\s?(?:しました|してます|しています|やりました|済みです|済み|済んでいます)[。、,.!！\s]*/;

/** "I mean …", "as in …", "i.e. …": what the short question was about. */
const MEANS_EN = /^(?:i\smean|i\smeant|as\sin|meaning|i\.e\.?|like)[,:\s]+/i;

/** The message to read instead, or null (the message is read as it is). */
export function shortLeadRewrite(text: string): string | null {
  if (!CHEAP.test(text) || text.length > 300) return null;
  const ja = LEAD_JA.exec(text);
  if (ja) {
    const rest = ja[2]!;
    const done = DONE_JA.exec(rest);
    if (done) return `${ja[1]}しました。${rest.slice(done[0].length)}`.trim();
    return null;
  }
  const kb = LEAD_KB.exec(text);
  if (kb) {
    const rest = kb[1]!;
    const done = DONE_EN.exec(rest) ?? KB_DONE_EN.exec(rest);
    if (!done) return null;
    const after = rest.slice(done[0].length).trim();
    return after ? `the SQL KB is installed already. ${after}` : 'the SQL KB is installed already';
  }
  const en = LEAD_EN.exec(text);
  if (!en) return null;
  const rest = en[3]!;
  if (en[1]) {
    const done = DONE_EN.exec(rest);
    if (!done) return null;
    const after = rest.slice(done[0].length).trim();
    return after ? `rebooted already, ${after}` : 'rebooted already';
  }
  const means = MEANS_EN.exec(rest);
  if (!means) return null;
  const about = trimEnd(rest.slice(means[0].length), /[?？.!\s]/);
  return about ? `is it safe ${about}?` : null;
}
