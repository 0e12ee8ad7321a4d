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

/** Whether `s` (lower-cased, cleaned) says a SQL replica or instance runs on the TMS server itself. */
export function sqlCopyOnTms(s: string): boolean {
  if (!GATE.test(s)) return false;
  return COPY_ON_TMS_EN.test(s) || TMS_HOSTS_COPY_EN.test(s) || COPY_ON_TMS_JA.test(s) || COPY_THEN_TMS_JA.test(s);
}
