// A copy of the SQL database said to run ON the TMS server: "SQL 2012 SP1 AlwaysOn, with a replica on the TMS server
// itself", "each node … also hosting a SQL Server 2012 SP1 AlwaysOn replica", 「TMSサーバー自身にもレプリカがあります」
// (QA39 #1). An AlwaysOn group or a remote primary elsewhere does not change that: the instance on the TMS server runs
// under the TMS server's Schannel settings, so the SQL caveats hold (local wins, the safe side).

/** Cheap gate: the words every form below needs. */
const GATE = /replica|instance|secondary|レプリカ|インスタンス|セカンダリ/;

/** "a replica on the TMS server (itself)", "the secondary lives on the TMS box", "an instance in the TMS VM". */
const COPY_ON_TMS_EN =
  /(?<![a-z])(?<!(?:no|not|never|without)\s(?:sql\s)?(?:a\s|an\s|any\s)?)(?:replicas?|instances?|secondar(?:y|ies))\s(?:(?:is|are|also|sits?|lives?|runs?|running|hosted|installed|located)\s){0,2}(?:on|in)\s(?:the\s|each\s|both\s)?tms\s(?:servers?|box(?:es)?|hosts?|machines?|vms?|nodes?)(?![a-z])/;
/**
 * "the TMS server also hosts a replica", "each node … also hosting a SQL Server 2012 SP1 AlwaysOn replica": a TMS server
 * (or a node said to ALSO host one: a TMS node, not a SQL cluster's) hosting a replica or an instance.
 */
const TMS_HOSTS_COPY_EN =
  /(?<![a-z])(?:tms\s(?:servers?|box(?:es)?|hosts?|machines?|vms?|nodes?)\s(?:itself\s|themselves\s)?(?:also\s)?|(?<!(?:sql|db|database|cluster)\s)(?:nodes?|servers?)\s[^.;]{0,60}?also\s)(?:hosts?|hosting|runs?|running|ha(?:s|ve|ving)|carr(?:y|ies|ying))\s[^.;]{0,60}?(?:replicas?|instances?|secondar(?:y|ies))(?![a-z])/;
/** 「TMSサーバー自身にもレプリカがあります」「TMS サーバ上にセカンダリ」「各 TMS ノードにレプリカ」. */
const COPY_ON_TMS_JA =
  /tms\s?(?:の)?(?:サーバ|ノード|機)ー?\s?(?:自身|自体|それぞれ)?(?:上)?(?:に|で)(?:も)?[^。]{0,24}?(?:レプリカ|インスタンス|セカンダリ)(?![^。]{0,12}(?:は|が)?(?:ない|無い|ありません))/;
/** 「レプリカが TMS サーバー上にもあります」. */
const COPY_THEN_TMS_JA = /(?:レプリカ|インスタンス|セカンダリ)(?:の\s?1\s?つ|のひとつ)?(?:は|が|を|も)?\s?tms\s?(?:の)?(?:サーバ|ノード|機)ー?\s?(?:自身|自体)?(?:上)?(?:に|で)(?:も)?(?!(?:は)?(?:ない|無い|ありません))/;

/**
 * A copy said to be gone, absent or unused (REV9 #3): "the old instance on the TMS server was removed", "there isn't a
 * replica on the TMS server", "the SQL Express instance on the TMS server is stopped and unused", 「TMSサーバー上の
 * インスタンスは削除しました」. Tested on the copy's own sentence part only.
 */
const GONE =
  /(?<![a-z])(?:removed|uninstalled|decommissioned|deleted|retired|no\slonger|anymore|any\smore|is(?:n['’]?t|\snot)|are(?:n['’]?t|\snot)|was(?:n['’]?t|\snot)|were(?:n['’]?t|\snot)|(?:do|does|did)(?:n['’]?t|\snot)|there\s(?:is|are)\sno|stopped|unused|disabled|gone|old|former|previous)(?![a-z])|削除|アンインストール|廃止|撤去|停止|使って(?:い)?ない|使用して(?:い)?ない|もう|以前|旧/;
const COPY_ALL = [COPY_ON_TMS_EN, TMS_HOSTS_COPY_EN, COPY_ON_TMS_JA, COPY_THEN_TMS_JA];

/** Whether `s` (lower-cased, cleaned) says a SQL replica or instance runs on the TMS server itself. */
export function sqlCopyOnTms(s: string): boolean {
  if (!GATE.test(s)) return false;
  const t = s.slice(0, 2000);
  for (const re of COPY_ALL) {
    const m = re.exec(t);
    if (!m) continue;
    // The sentence part that holds the copy: from the last stop before it to the next one after it.
    const head = t.slice(Math.max(0, m.index - 80), m.index);
    const cut = Math.max(head.lastIndexOf('.'), head.lastIndexOf(';'), head.lastIndexOf('('), head.lastIndexOf('。'), head.lastIndexOf(','), head.lastIndexOf('、'));
    const tail = t.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const stop = tail.search(/[.;)。,、]/);
    const part = head.slice(cut + 1) + m[0] + (stop < 0 ? tail : tail.slice(0, stop));
    if (!GONE.test(part)) return true;
  }
  return false;
}

/**
 * A clause that says no copy is (any longer) on the TMS server (REV9 #3): "no SQL instance is installed on the TMS server
 * anymore", "there isn't a replica on the TMS server", "the old instance on the TMS server was removed". Its "on the TMS
 * server" is where the copy is NOT: not SQL's place.
 */
const COPY_NOT_THERE =
  /(?<![a-z])(?:no|isn['’]?t|aren['’]?t|(?:is|are)\snot|not\sa(?:ny|n)?|without)\s(?:(?:a|an|any)\s)?(?:(?:sql|old|local|express|other)\s){0,2}(?:replicas?|instances?|secondar(?:y|ies))(?![a-z])|(?:replicas?|instances?|secondar(?:y|ies))(?![a-z])[^.;]{0,60}?(?<![a-z])(?:removed|uninstalled|decommissioned|deleted|retired|anymore|no\slonger|stopped|unused)(?![a-z])|(?:レプリカ|インスタンス|セカンダリ)[^。]{0,30}?(?:削除|アンインストール|廃止|撤去|ありません|ない|無い)/;

/** `clause` (lower-cased) without the part that says no copy is there: the rest ("SQL 2016 is remote (…)") still counts. */
export function withoutCopyNotOnTms(clause: string): string {
  if (!GATE.test(clause)) return clause;
  const c = clause.slice(0, 400);
  const m = COPY_NOT_THERE.exec(c);
  if (!m) return clause;
  // From the copy's part start (its last stop or "(" before the match) to the next stop after it.
  const head = c.slice(0, m.index);
  const from = Math.max(head.lastIndexOf('('), head.lastIndexOf('（'), head.lastIndexOf(','), head.lastIndexOf('、')) + 1;
  const tail = c.slice(m.index + m[0].length);
  const stop = tail.search(/[.;)）。]/);
  return c.slice(0, from) + (stop < 0 ? '' : tail.slice(stop));
}
