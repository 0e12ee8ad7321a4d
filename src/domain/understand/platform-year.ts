/**
 * "we're on 2008 R2", "our server is on 2008 R2", 「うちは2008 R2です」 with no word for SQL: what "we" run is most often the server's
 * Windows, not its SQL Server, and "2008 R2" names both. While the SQL question is open, such a message is not read as its
 * answer; the engine asks which product the year is (QA: it was stored as SQL 2008 R2). "SQL is 2008 R2", "SQL Server
 * 2008 R2", "2008 R2 SP3 SQL" name SQL and are not this. Bounded input, linear regexes.
 */
const CHEAP = /20(?:0[38]|1[269]|2[25])/;
/** "we're on 2008 R2", "we are running 2008 R2", "our server is on 2008 R2" (not a bare "2016", "2016 です", "we use 2016": answers). */
const PLATFORM_EN =
  /^\s*(?:(?:ok(?:ay)?|so|well|yes|yeah)[,\s]+)?(?:we(?:'re|’re|\sare)\s(?:on|running(?:\son)?)|(?:our|the)\s(?:server|box|host|machine|vm)\s(?:is\s)?(?:on|running(?:\son)?|runs))\s(20(?:0[38]|1[269]|2[25])(?:\s?r2)?)[\s.!]*$/i;
/** 「うちは2008 R2です」「うちは2008 R2で動いています」 (not a bare 「2016 です」: an answer). */
const PLATFORM_JA = /^\s*(?:うちは|弊社は|当社は|うちの環境は)\s?(20(?:0[38]|1[269]|2[25])(?:\s?r2)?)\s?(?:です|で動いています|で動かしています|で運用しています|を使っています|を使用しています|環境です)[。.!！\s]*$/i;
/** The text names the product itself. */
const PRODUCT = /sql|database|(?<![a-z])db(?![a-z])|データベース|windows|(?<![a-z])os(?![a-z])|ウィンドウズ/i;

/** The year said as what "we" run, with no product named ("2008 R2"), or null. */
export function platformYearIn(text: string): string | null {
  const t = text.slice(0, 120).normalize('NFKC');
  if (!CHEAP.test(t)) return null;
  const m = PLATFORM_EN.exec(t) ?? PLATFORM_JA.exec(t);
  if (!m) return null;
  // ("we're on Windows 2008 R2" names Windows: read as usual.)
  if (PRODUCT.test(t)) return null;
  return m[1]!.replace(/\s?r2$/i, ' R2');
}
