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

/** Does the text speak of another topic's step and place, with no word for SQL? */
export function placeOfOtherTopic(text: string): boolean {
  const t = text.slice(0, 300);
  return OTHER_TOPIC.test(t) && !SQL_NAMED.test(t);
}
