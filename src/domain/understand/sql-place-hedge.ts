/**
 * "maybe SQL is on another box, not sure", 「SQL は別サーバーかもしれません」 (QA49 F4): a guess at where SQL runs. Stored as
 * remote, it would drop the SQL caveats ("keep TLS 1.0" for 2008 R2 on the TMS server), the unsafe side if SQL is in fact
 * local. A remote place with a hedge in its own clause (or in a next clause that names nothing else: "…, not sure") is a
 * guess, not a fact. Bounded input, linear patterns; gated on the hedge words first.
 */
import { clausesAround, hedges, UNSURE_WHY } from './level-hedge';

/** Where a remote place is said: "another box", "separate server", "remote", 「別サーバ」「リモート」. */
const REMOTE_PLACE =
  /(?<![a-z])(?:remote(?:ly)?|(?:separate|another|different|dedicated|other|its\sown)\s(?:[a-z-]+\s)?(?:server|box|host|machine|vm|instance|cluster)|elsewhere|off[\s-]box|not\s(?:on\s(?:the\s)?(?:tms|same)|local))(?![a-z])|別\s?の?\s?(?:サーバ|マシン|ホスト|vm|筐体)|リモート|外部\s?(?:の\s?)?(?:サーバ|db)/gi;
/** Speaks of SQL or its database. */
const SQL_WORD = /sql|(?<![a-z])db(?![a-z])|database|tmsng|データベース/i;

/** "might be", "may be", "could be": a guess at the place only (not in level-hedge's list, where "may be Medium" is rare). */
const MIGHT = /(?<![a-z])(?:might|may|could)\s(?:be|run|live|sit)(?![a-z])/i;
const guesses = (c: string): boolean => hedges(c) || MIGHT.test(c);

/** A clause that names another topic than SQL's place: a version, Windows, TMS, the endpoints or the level. */
const OTHER_TOPIC_NEAR =
  /\d|windows|tms|endpoint|codec|level|medium|(?<![a-z])(?:security|high|low|tls\s?options?)(?![a-z])|ミディアム|セキュリティ|レベル|ハイ|ロー(?!カル)/i;

/** Does the text give SQL's remote place only as a guess? */
export function sqlRemoteHedged(text: string): boolean {
  const s = text.slice(0, 600).normalize('NFKC');
  if (!guesses(s) || !SQL_WORD.test(s)) return false;
  REMOTE_PLACE.lastIndex = 0;
  for (let m = REMOTE_PLACE.exec(s); m; m = REMOTE_PLACE.exec(s)) {
    const { own, before, after } = clausesAround(s, m.index, m[0].length, 60);
    // (A neighbouring clause counts only when it names no other topic: "…, not sure", 「…、自信はありません」. One that speaks of
    // the level, "…, Communication Security is I think someone set it to High", holds the level's doubt, not the place's; QA61 #2.)
    const near = [own, ...[before, after].filter((c) => c && !OTHER_TOPIC_NEAR.test(c))];
    if (near.some((c) => guesses(c) && !UNSURE_WHY.test(c))) return true;
  }
  return false;
}

/**
 * Either place, said as such (REV21-a #2): "SQL might be on the TMS server or a separate one", "SQL is either local or remote",
 * 「SQL は別サーバーか TMS サーバー上のどちらかです」. Neither place is a fact: nothing is stored (the SQL caveats stay,
 * conditional). Both places are named, with "or" / か / または between them (not "on a separate server, not on the TMS box",
 * 「TMS サーバーではなく別サーバーです」).
 */
const EITHER_GATE = /(?<![a-z])(?:or|either|whether)(?![a-z])|か|または|もしくは|どちら|どっち/i;
const LOCAL_PLACE =
  /(?<![a-z])(?:local(?:ly)?|on[\s-]?box|same\s(?:server|machine|host|box|vm)|(?:on|in)\s(?:the\s)?tms(?:\s(?:server|box|host|machine|vm))?|co-?located)(?![a-z])|ローカル|同じサーバ|同一サーバ|同居|tms\s?サーバ/gi;
const REMOTE_OTHER = /(?<![a-z])(?:separate|another|different|dedicated|other)\s(?:one|db|sql)(?![a-z])/gi;
const OR_BETWEEN = /(?<![a-z])or(?![a-z])|か|または|もしくは/i;

function spans(re: RegExp, s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m && out.length < 8; m = re.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Does the text give SQL's place as one of two (local or remote), not as one? */
export function sqlPlaceEitherOr(text: string): boolean {
  const s = text.slice(0, 600).normalize('NFKC').toLowerCase();
  if (!EITHER_GATE.test(s) || !SQL_WORD.test(s)) return false;
  const local = spans(LOCAL_PLACE, s);
  if (local.length === 0) return false;
  const remote = [...spans(REMOTE_PLACE, s), ...spans(REMOTE_OTHER, s)];
  for (const [la, lb] of local) {
    for (const [ra, rb] of remote) {
      const between = la < ra ? s.slice(lb, ra) : s.slice(rb, la);
      if (between.length <= 30 && OR_BETWEEN.test(between)) return true;
    }
  }
  return false;
}
