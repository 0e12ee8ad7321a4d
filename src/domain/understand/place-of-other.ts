/**
 * "the GPO is for another OU, not the TMS server", 「そのGPOは別のOU向けで、TMSサーバではありません」: a place said of something
 * else that has one (a group policy, an OU, a baseline, IIS Crypto), not of SQL Server. While SQL's place is asked or could be
 * corrected, such a message says nothing of where SQL runs (QA: it stored SQL as remote). A message that names SQL too is read
 * as usual. Bounded input, linear regexes.
 */
const CHEAP = /gpo|polic|ou|iis|baseline|ポリシー|ＯＵ/i;
const OTHER_SUBJECT =
  /(?<![a-z])(?:gpos?|group\s?polic(?:y|ies)|polic(?:y|ies)|ous?|organi[sz]ational\sunits?|iis\s?crypto|(?:security\s)?baselines?)(?![a-z])|グループ\s?ポリシー|ポリシー|(?<![a-z])ＯＵ/i;
const SQL_NAMED = /sql|database|(?<![a-z])db(?![a-z])|データベース/i;

/** Does the text speak of another subject's place (a GPO, an OU, …) with no word for SQL? */
export function placeOfOtherSubject(text: string): boolean {
  const t = text.slice(0, 300);
  return CHEAP.test(t) && OTHER_SUBJECT.test(t) && !SQL_NAMED.test(t);
}

/**
 * "Medium-High not tried yet on node 2", "nothing tested so far on node 2", "Windows 2012 R2 upgrade to 2019 planned, already done
 * on node 1" (REV33 #5): the place of another topic's step (the level, a test, an upgrade, a reboot, a TLS change), not an answer
 * to "where does SQL run?". A bare place ("on node 2", "same box", 「TMS サーバ上です」) or one that names SQL is read as usual.
 */
const OTHER_TOPIC =
  /(?<![a-z])(?:medium|mediumhigh|high|low|level|communication\s?security|tls|ssl|registry|schannel|tried|tested|tests?|try|trying|testing|attempted|done|upgrad\w*|migrat\w*|planned|plan|pending|scheduled|re-?boot\w*|restart\w*|iisreset|changed|raised|switched|applied|rolled\sout)(?![a-z])|ミディアム|(?<![a-z])ハイ|レベル|通信セキュリティ|試し|試して|テスト|実施|適用|変更|再起動|アップグレード|移行|予定|切り替え/i;

/**
 * A place a message may give for SQL: the TMS server ("on the TMS server", "same box as TMS", 「TMS サーバ上」), another server
 * ("separate server", "remote", 「別サーバ」) or a node ("on node 2", 「2号機」). Global: every place in the message is looked at.
 */
const PLACE =
  /(?<![a-z])(?:remote(?:ly)?|local(?:ly)?|(?:separate|another|different|dedicated|other|its\sown)\s(?:[a-z-]+\s)?(?:server|box|host|machine|vm|instance|cluster)|elsewhere|off[\s-]box|on[\s-]?box|same\s(?:server|machine|host|box|vm)|(?:on|in)\s(?:the\s)?tms(?:\s(?:server|box|host|machine|vm))?|tms\s(?:server|box|host|machine|vm)|co-?located|node\s?\d|node\s(?:one|two)|(?:the\s)?(?:other|first|second|primary|secondary|passive|active)\snode)(?![a-z])|ローカル|リモート|同じサーバ|同一サーバ|同居|tms\s?サーバ|別\s?の?\s?(?:サーバ|マシン|ホスト|筐体)|[0-9０-９一二三]\s?号機|ノード\s?[0-9０-９]/gi;
/** A clause: up to a stop, a comma or a semicolon (or 「、」「。」). */
const CLAUSE_END = /[.,;:!?\n。、，；！？]/;

/** The places in the text said in a clause with another topic's word (global PLACE matches as [from, to]). */
function otherTopicPlaces(t: string): { all: number; spans: Array<[number, number]> } {
  const spans: Array<[number, number]> = [];
  let all = 0;
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(t); m; m = PLACE.exec(t)) {
    all++;
    const before = t.slice(0, m.index);
    const after = t.slice(m.index + m[0].length);
    const end = after.search(CLAUSE_END);
    const clause = before.slice(before.search(/[^.,;:!?\n。、，；！？]*$/)) + ' ' + (end >= 0 ? after.slice(0, end) : after);
    if (OTHER_TOPIC.test(clause)) spans.push([m.index, m.index + m[0].length]);
  }
  return { all, spans };
}

/**
 * Does the text speak of another topic's step and place, with no word for SQL? Only when every place it names is said in a
 * clause with that other topic's word ("not tried yet on node 2", "already done on node 1", 「2号機ではまだ試していません」): a
 * place said in a clause of its own ("on the TMS server, nothing else planned", "separate server, the upgrade is done", REV34 #6)
 * still answers where SQL runs.
 */
export function placeOfOtherTopic(text: string): boolean {
  const t = text.slice(0, 300);
  if (!OTHER_TOPIC.test(t) || SQL_NAMED.test(t)) return false;
  const { all, spans } = otherTopicPlaces(t);
  return spans.length === all;
}

/**
 * The text with the places said of another topic blanked, where SQL is not named: "it's on the TMS box; we plan to move it to a
 * separate server later" gives SQL's place as the TMS box (the separate server is the plan's), REV34 #6.
 */
export function withoutOtherTopicPlaces(text: string): string {
  const t = text.slice(0, 300);
  if (!OTHER_TOPIC.test(t) || SQL_NAMED.test(t)) return text;
  let out = text;
  for (const [a, b] of otherTopicPlaces(t).spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}
