// Which SQL instance TMS uses, when there are two (FIX20C #1):
// - A second instance said to run ON the TMS server while SQL is on record as remote: "there is also a second instance
//   on the TMS server", "we also have a local SQLEXPRESS instance on the TMS server", 「TMS サーバー上にも SQL の
//   インスタンスがあります」. It adds an instance; it does not say the remote one was wrong. Which one holds tmsng (the TMS
//   database) is not settled by it: asked, not guessed (the remote place on record stays).
// - The answer to that: "tmsng is on the TMS server instance", "the TMS database is on the separate server", "TMS uses the
//   local instance", 「tmsng は TMS サーバー上のインスタンスです」.
// Bounded input, cheap word tests first, linear regexes.

/** Cheap gate: an instance or SQL named, and the TMS server. */
const GATE = /instance|sql|インスタンス/i;
const TMS_WORD = /tms/i;
/** An additional instance: "also", "second", "another", "too", "as well", 「も」「もう一つ」「2つ目」. */
const ALSO_EN = /(?<![a-z])(?:also|too|as\swell|second|2nd|another|additional|extra)(?![a-z])/i;
const ALSO_JA = /にも|上にも|でも|もう\s?(?:一つ|ひとつ|1\s?つ|一台)|2\s?つ目|二つ目|別の\s?インスタンス/;
/** The instance or SQL on the TMS server: "… instance … on the TMS server", "the TMS server also has/hosts/runs … SQL". */
const ON_TMS_EN =
  /(?<![a-z])(?:instances?|sql\s?express|sqlexpress|sql(?:\sserver)?)(?![a-z])[^.;?]{0,40}?(?<![a-z])(?:on|in)\s(?:the\s)?tms\s(?:server|box|host|machine|vm)(?![a-z])|(?<![a-z])tms\s(?:server|box|host|machine|vm)\s(?:itself\s)?(?:also\s)?(?:has|hosts|runs|carries)\s[^.;?]{0,40}?(?<![a-z])(?:instances?|sql\s?express|sqlexpress|sql(?:\sserver)?)(?![a-z])/i;
const ON_TMS_JA = /tms\s?(?:の)?\s?サーバー?\s?(?:自身|自体)?\s?(?:上)?\s?(?:に|で)\s?も[^。？?]{0,30}?(?:インスタンス|sql)|(?:インスタンス|sql\s?express|sqlexpress)[^。？?]{0,20}?tms\s?(?:の)?\s?サーバー?\s?(?:上)?\s?(?:に|で)\s?も/i;
/** Not a statement of an instance there now: a question, a condition, a plan, a negation, a past or removed one. */
const NOT_STATED_EN =
  /[?]|(?<![a-z])(?:if|whether|suppose|would|could|might|maybe|plan|planning|will|going\sto|no|not|never|without|removed|uninstalled|deleted|decommissioned|retired|stopped|unused|anymore|no\slonger|used\sto|was|were|old|former|previous)(?![a-z])|n['’]t(?![a-z])/i;
const NOT_STATED_JA = /[？]|だったら|なら|場合|予定|かも|ない|ありません|削除|アンインストール|廃止|撤去|停止|以前|旧|使って(?:い)?ない/;

function saysSecond(t: string): boolean {
  if (!ALSO_EN.test(t) && !ALSO_JA.test(t)) return false;
  if (!ON_TMS_EN.test(t) && !ON_TMS_JA.test(t)) return false;
  return !NOT_STATED_EN.test(t) && !NOT_STATED_JA.test(t);
}

/**
 * The part of `text` (between stops) that says a second SQL instance runs on the TMS server (see above), or null. Only a
 * short message. ("SQL 2014 SP1 is remote; the TMS server also runs a SQLEXPRESS instance": the release is the remote one's,
 * said in another part.)
 */
export function secondInstancePart(text: string): string | null {
  if (text.length > 240 || !GATE.test(text) || !TMS_WORD.test(text)) return null;
  const t = text.normalize('NFKC');
  if (!saysSecond(t)) return null;
  for (const part of t.split(/[.;。；\n]+/)) if (GATE.test(part) && TMS_WORD.test(part) && saysSecond(part)) return part;
  return t;
}

/** Whether `text` says a second SQL instance runs on the TMS server (see above). */
export function secondInstanceOnTms(text: string): boolean {
  return secondInstancePart(text) !== null;
}

/** The TMS database named: "tmsng", "the TMS database", "TMS's database", 「TMS のデータベース」. */
const TMSNG = /tmsng|(?<![a-z])tms(?:'s)?\s(?:db|database)(?![a-z])|tms\s?(?:の)?\s?(?:データベース|db)(?![a-z])|(?<![a-z])tms\s(?:uses|connects\sto|points\sto|talks\sto)(?![a-z])|tms\s?(?:が|は)\s?(?:使って|接続して|参照して)/i;
const HOLDS_LOCAL_EN =
  /(?<![a-z])(?:on|in)\s(?:the\s)?(?:tms\s(?:server|box|host|machine|vm)|local\s(?:instance|one|server))(?![a-z])|(?<![a-z])(?:the\s)?local\s(?:instance|one)(?![a-z])|(?<![a-z])locally(?![a-z])/i;
const HOLDS_REMOTE_EN =
  /(?<![a-z])(?:on|in)\s(?:the\s)?(?:separate|remote|other|dedicated|external|sql)\s(?:server|box|host|machine|vm|instance|one)(?![a-z])|(?<![a-z])(?:the\s)?(?:remote|separate)\s(?:instance|one|server)(?![a-z])|(?<![a-z])remotely(?![a-z])/i;
const HOLDS_LOCAL_JA = /tms\s?(?:の)?\s?サーバー?\s?(?:上|側)|ローカル/i;
const HOLDS_REMOTE_JA = /別\s?(?:の)?\s?(?:サーバ|マシン|vm|ホスト)|リモート|sql\s?サーバー?\s?(?:上|側)/i;
const QUESTION_OR_UNSURE = /[?？]|(?<![a-z])(?:if|whether|not\ssure|don'?t\sknow|maybe|probably|think|guess|not|n't)(?![a-z])|かも|たぶん|多分|分かりません|わかりません|不明|ない|ません/i;

/** Where the message puts tmsng (the TMS database): 'local' (the TMS server's instance), 'remote', or null (not said, or unsure). */
export function tmsngPlaceIn(text: string): 'local' | 'remote' | null {
  if (text.length > 200 || !/tms|インスタンス/i.test(text)) return null;
  const t = text.normalize('NFKC');
  if (!TMSNG.test(t) || QUESTION_OR_UNSURE.test(t)) return null;
  const local = HOLDS_LOCAL_EN.test(t) || HOLDS_LOCAL_JA.test(t);
  const remote = HOLDS_REMOTE_EN.test(t) || HOLDS_REMOTE_JA.test(t);
  if (local === remote) return null;
  return local ? 'local' : 'remote';
}
