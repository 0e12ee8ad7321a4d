/**
 * Questions about one SQL Server release (QA44 #2): "does SQL 2012 need anything?", "what build of SQL 2014 do I need?",
 * "is it ok to stay on SQL 2008 R2?", "what if we upgrade SQL to 2016 first?", 「SQL 2014 はどのビルドが必要ですか」,
 * 「SQL 2008 R2 のままでいいですか」「先に SQL 2016 にアップグレードしたらどうですか」, and "does SQL need anything?" with no
 * release named (the stored SQL facts answer it). Answered from knowledge.md's SQL table (domain/knowledge/sql.ts): the
 * release named is a case, never stored; the user's own SQL Server, when it is another one, is said to stay. Pure.
 */
import type { Facts, LocalizedText, SqlVersion } from '../domain/types';
import { extractFacts } from '../domain/extract';
import { formatSql, sqlTlsStatus } from '../domain/versions';
import { sql2008Tls12BuildName } from '../domain/knowledge/sql';
import { nfkc } from '../domain/nfkc';
import { sqlNeedsTarget, sqlTargetAnswer, sqlTargetText } from './sql-target';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** A SQL Server release as the recognisers see it (NFKC, lower case): "sql 2012", "ms sql server 2008 r2 sp3". */
const RELEASE = '(?:ms\\s?)?sql(?:\\sserver)?\\s?20(?:05|08|12|14|16|17|19|22)(?:\\s?r2)?(?:\\s(?:sp\\s?\\d|rtm))?(?![0-9a-z])';
const RELEASE_JA = '(?:ms\\s?)?sql(?:\\s?server)?\\s?20(?:05|08|12|14|16|17|19|22)(?:\\s?r2)?(?:\\s?(?:sp\\s?\\d|rtm))?(?![0-9a-z])';
const SQL_SUBJECT = '(?:the\\s|our\\s)?(?:sql(?:\\sserver)?|database|db)';

/** "is it ok to stay on SQL 2008 R2?", 「SQL 2008 R2 のままでいいですか」. */
const STAY_EN = `(?<![a-z])(?:(?:ok|okay|fine|safe|alright|acceptable)\\sto|(?:can|could|may)\\s(?:we|i|they)(?:\\sjust)?)\\s(?:stay|remain|keep\\s(?:it\\s)?|stick)\\s(?:on|with|at)\\s${RELEASE}`;
const STAY_JA = `${RELEASE_JA}\\s?(?:の)?\\s?まま(?:で)?(?:も)?\\s?(?:いい|よい|良い|大丈夫|問題(?:ない|ありません)?|ok|構いません|かまいません)`;
/** "what if we upgrade SQL to 2016 first?", "should we move SQL to 2019 first?", 「先に SQL 2016 にアップグレードしたらどうですか」. */
const UPGRADE_EN = `(?<![a-z])(?:what\\sif|and\\sif|if|should|shall|can|could)\\s(?:we|i|they)\\s(?:just\\s|first\\s)?(?:upgrade|update|move|migrate|go)\\s(?:${SQL_SUBJECT}\\s)?(?:first\\s)?to\\s(?:(?:ms\\s)?sql(?:\\sserver)?\\s)?20\\d\\d(?![0-9])`;
const UPGRADE_JA = `(?:sql|データベース)(?:\\s?server)?\\s?(?:を)?\\s?(?:sql(?:\\s?server)?\\s?)?20\\d\\d(?:\\s?r2)?\\s?(?:に|へ)\\s?(?:アップグレード|上げ|あげ|更新|移行|バージョンアップ)`;

/** The recognisers of the catalogue entry (tested on the normalised question). */
export const SQL_RELEASE_RECOGNISE = {
  en: [
    // "does SQL 2012 need anything?", "will SQL Server 2014 need an update?", "does SQL 2016 require any change?"
    `(?<![a-z])(?:do|does|will|would)\\s(?:the\\s|our\\s)?${RELEASE}\\s(?:also\\s|still\\s)?(?:need|require)s?\\s(?:anything|something|an?\\s(?:update|upgrade|patch|service\\spack|cu|specific\\sbuild|change)|any\\s(?:update|upgrade|change|changes|work|patch)|(?:a\\s)?(?:specific|particular|newer)\\sbuild|changes?)(?![a-z])`,
    // "what build of SQL 2012 do I need?", "which version of SQL 2014 is needed?", "which SQL 2014 build do we need?"
    `(?<![a-z])(?:which|what)\\s(?:exact\\s|minimum\\s|specific\\s)?(?:builds?|versions?|updates?|service\\spacks?|sps?|cus?|patch(?:\\slevel)?)\\s(?:of|for|on)\\s${RELEASE}`,
    `(?<![a-z])(?:which|what)\\s(?:exact\\s|minimum\\s)?${RELEASE}\\s(?:builds?|updates?|service\\spacks?|sps?|cus?|patch(?:es)?)\\s(?:do|does|should|must|is|are)(?![a-z])`,
    // "does SQL need anything?", "does the database need anything for this?" (no release named: the stored SQL facts)
    `^\\s*(?:(?:and|so|ok|okay)[,\\s]+)?(?:do|does|will)\\s${SQL_SUBJECT}(?:\\sside)?\\s(?:also\\s)?(?:need|require)\\s(?:anything|something)(?:\\selse)?(?:\\s(?:for|in)\\s(?:this|the\\sfix|it))?\\s*(?:[?]+\\s*)?$`,
    STAY_EN,
    UPGRADE_EN,
    // "does SQL 2008 R2 have a TLS 1.2 build?", "is there a TLS 1.2 update for SQL 2012?", "what is the SQL build that supports TLS 1.2
    // for 2008 R2?" (QA64 #11: "I don't know that one", although the SQL 2008 R2 caveat names the build)
    `(?<![a-z])(?:do|does)\\s(?:the\\s|our\\s)?${RELEASE}\\s(?:have|get|come\\swith)\\s(?:an?\\s|any\\s)?tls\\s?1\\.?2\\s(?:builds?|versions?|updates?|patch(?:es)?|support|service\\spack|sp|cu)(?![a-z])`,
    `(?<![a-z])is\\sthere\\s(?:an?\\s|any\\s)?tls\\s?1\\.?2\\s(?:builds?|versions?|updates?|patch(?:es)?|support)\\s(?:for|of|on|in)\\s${RELEASE}`,
    `(?<![a-z])(?:which|what)(?:\\sis|'s|\\sare)?\\s(?:the\\s)?(?:first\\s|minimum\\s)?(?:(?:ms\\s)?sql(?:\\sserver)?\\s)?(?:builds?|versions?|service\\spacks?|sps?|cus?|updates?)\\s(?:that\\s|which\\s)?(?:supports?|has|have|adds?|brings?|with)\\s(?:the\\s)?tls\\s?1\\.?2(?:\\ssupport)?\\s(?:for|of|on|in)\\s(?:(?:ms\\s)?sql(?:\\sserver)?\\s?)?20(?:05|08|12|14|16|17|19|22)(?:\\s?r2)?(?![0-9a-z])`,
  ],
  ja: [
    // 「SQL 2016 は何か必要ですか」「SQL 2012 では対応が必要ですか」
    `${RELEASE_JA}\\s?(?:は|では|の場合(?:は)?|なら|だと|も|には)\\s?[^。？?]{0,12}(?:必要|要ります|いります|要る)`,
    // 「SQL 2014 はどのビルドが必要ですか」「SQL 2012 はどの SP にすればいいですか」
    `${RELEASE_JA}\\s?(?:は|では|の場合(?:は)?|なら|だと|の)?\\s?(?:どの|何の?|どんな)\\s?(?:ビルド|バージョン|(?<![a-z])sp(?![a-z])|サービス\\s?パック|(?<![a-z])cu(?![a-z])|更新)`,
    // 「SQL は何か必要ですか」 (no release: the stored SQL facts)
    '^\\s*(?:sql|データベース)(?:\\s?server)?\\s?(?:側)?\\s?(?:は|では|には)\\s?(?:何か|なにか)\\s?(?:必要|要ります|いります)',
    STAY_JA,
    UPGRADE_JA,
    // 「SQL 2008 R2 で TLS 1.2 に対応したビルドはありますか」「SQL 2012 の TLS 1.2 対応の更新は？」 (QA64 #11)
    `${RELEASE_JA}\\s?(?:で|の|に|には|では)?\\s?(?:は)?\\s?tls\\s?1\\.?2\\s?(?:に)?\\s?(?:対応|サポート)(?:した|している|の)?\\s?(?:ビルド|バージョン|(?<![a-z])sp(?![a-z])|(?<![a-z])cu(?![a-z])|更新)`,
  ],
};

const STAY = new RegExp(`${STAY_EN}|${STAY_JA}`);
const UPGRADE = new RegExp(`${UPGRADE_EN}|${UPGRADE_JA}`);
const BUILD_ASKED = /(?<![a-z])(?:which|what)\s(?:exact\s|minimum\s|specific\s)?(?:(?:ms\s?)?sql(?:\sserver)?\s?20\d\d(?:\s?r2)?\s)?(?:builds?|versions?|updates?|service\spacks?|sps?|cus?|patch)|(?:どの|何の?|どんな)\s?(?:ビルド|バージョン|sp|サービス\s?パック|cu|更新)/;

/** The SQL Server release the question names (asked about or supposed), or null. */
function releaseNamed(text: string): SqlVersion | null {
  const ex = extractFacts(text.slice(0, 300));
  const named = ex.asked?.sql ?? ex.supposed?.sql ?? ex.facts.sql ?? null;
  if (named) return named;
  // "what is the SQL build that supports TLS 1.2 for 2008 R2?": SQL named, its release apart from it (QA64 #11).
  const t = nfkc(text.slice(0, 300)).toLowerCase();
  const bare = /sql/.test(t) ? BARE_RELEASE.exec(t) : null;
  return bare ? (extractFacts(`SQL Server ${bare[1]}${bare[2] ? ' R2' : ''}`).facts.sql ?? null) : null;
}
const BARE_RELEASE = /(?<![\d.])(20(?:05|08|12|14|16|17|19|22))(\s?r2)?(?![\d.])/;

const sameRelease = (a: SqlVersion, b: SqlVersion) => a.year === b.year && !!a.r2 === !!b.r2;

/** "Your own SQL Server stays …": said when the release asked about is not the one the conversation holds. */
export function sqlOwnStays(own: SqlVersion | undefined, named: SqlVersion): LocalizedText[] {
  if (!own || (sameRelease(own, named) && (named.sp === null || named.sp === own.sp))) return [];
  return [L(`(That is for ${formatSql(named)}. Your own SQL Server stays ${formatSql(own)}; say so if that has changed.)`, `（これは ${formatSql(named)} の場合です。お使いの SQL Server は ${formatSql(own)} のままとしています。変わった場合はお知らせください。）`)];
}

/** "is it ok to stay on <release>?": yes or no for this fix, from the release's TLS 1.2 support. */
function stayAnswer(f: Facts, v: SqlVersion, update: (f: Facts, text?: string) => LocalizedText[]): LocalizedText[] {
  const name = formatSql(v);
  const where = f.sqlLocation === 'local' ? L('', '') : L(' (this is about a SQL Server on the TMS server itself; one on another machine is not touched)', '（TMS サーバ上の SQL Server の場合です。別のマシンの SQL Server は影響を受けません）');
  const st = sqlTlsStatus(v);
  if (st.kind === 'nothing-needed' || st.kind === 'has-tls12') {
    return [L(`Yes: ${name} supports TLS 1.2, so nothing is needed for it before the fix.`, `はい。${name} は TLS 1.2 に対応しているため、修正の前に行うことはありません。`)];
  }
  if (st.kind === 'keep-tls10') {
    const build = sql2008Tls12BuildName(v);
    return [
      L(
        `Yes for this fix, as long as TLS 1.0 stays enabled on the TMS server${where.en}. The fix only adds TLS 1.2 and leaves TLS 1.0 on. Do not turn TLS 1.0 off there, and do not change SSL 3.0 as part of this fix: a build without TLS 1.2 support stops and will not start again when TLS 1.0 and SSL 3.0 are both disabled (event 26011).${build && st.tls12 !== 'yes' ? ` Moving to a build with TLS 1.2 support (${build} or later; avoid the first ones, KB3146034) is worth planning separately.` : ''}`,
        `この修正については、TMS サーバで TLS 1.0 を有効のままにしておく限り、${name} のままで問題ありません${where.ja}。修正では TLS 1.2 を追加するだけで、TLS 1.0 は有効のままです。そのサーバで TLS 1.0 を無効にしないでください。また、この修正の一部として SSL 3.0 を変更しないでください。TLS 1.2 非対応のビルドは、TLS 1.0 と SSL 3.0 の両方が無効になると停止し、再び起動できなくなります（イベント 26011）。${build && st.tls12 !== 'yes' ? `TLS 1.2 対応のビルド（${build} 以降。最初期のビルドは避けてください：KB3146034）への更新は、別に計画する価値があります。` : ''}`,
      ),
    ];
  }
  if (st.kind === 'upgrade-service-pack' || st.kind === 'install-update') {
    const target = sqlTargetText(v);
    return [
      L(
        `Not if the TLS settings on the server change${where.en}. ${name} needs a build with TLS 1.2 support first (Microsoft KB3052404 / KB3135244).`,
        `サーバの TLS の設定を変更するなら、そのままではいけません${where.ja}。${name} は先に TLS 1.2 対応のビルドになっている必要があります（Microsoft KB3052404 / KB3135244）。`,
      ),
      ...(target ? [target] : []),
    ];
  }
  // check-build: it depends on the exact build.
  return update({ ...f, sql: v });
}

/** "what if we upgrade SQL to 2016 first?": what that release needs, and what the upgrade is. */
function upgradeToAnswer(f: Facts, to: SqlVersion, update: (f: Facts, text?: string) => LocalizedText[]): LocalizedText[] {
  if (to.year < 2016) return [...update({ ...f, sql: to }), ...sqlOwnStays(f.sql, to)];
  const name = formatSql(to);
  const out = [
    L(
      `${name} supports TLS 1.2 (2016 and later need nothing for it), so once SQL runs ${name}, the SQL caveat of this fix no longer applies. It is a SQL Server upgrade of its own: give it its own window, back up the databases first, and check that your TMS release supports ${name} before you plan it. Make the TLS change after it is done.`,
      `${name} は TLS 1.2 に対応しているため（2016 以降は対応不要です）、SQL が ${name} になれば、この修正での SQL の注意点は当てはまらなくなります。これは SQL Server 自体のアップグレードです。専用の作業時間を取り、先にデータベースをバックアップし、お使いの TMS リリースが ${name} をサポートしているかを計画の前に確認してください。TLS の設定変更は、その作業が終わってから行ってください。`,
    ),
  ];
  const own = f.sql;
  if (own && own.year < 2016) {
    const st = sqlTlsStatus(own).kind;
    const ownName = formatSql(own);
    if (st === 'upgrade-service-pack' || st === 'install-update') {
      out.push(L(`For ${ownName} the smaller change is a build with TLS 1.2 support on the same release (for 2012, SP4 is the simplest).`, `${ownName} の場合は、同じリリースのまま TLS 1.2 対応のビルドにするほうが小さな変更です（2012 なら SP4 が最も簡単です）。`));
    } else if (st === 'check-build') {
      out.push(L(`Check ${ownName}'s build first (\`SELECT @@VERSION\`): if it already has TLS 1.2 support, nothing is needed for this fix.`, `先に ${ownName} のビルドを確認してください（\`SELECT @@VERSION\`）。すでに TLS 1.2 に対応していれば、この修正のために行うことはありません。`));
    } else if (st === 'has-tls12') {
      out.push(L(`Your ${ownName} already supports TLS 1.2: this fix does not need the upgrade.`, `お使いの ${ownName} はすでに TLS 1.2 に対応しているため、この修正のためにアップグレードする必要はありません。`));
    } else if (st === 'keep-tls10') {
      out.push(L(`This fix does not need it for ${ownName} either: it leaves TLS 1.0 on, which ${ownName} needs.`, `${ownName} のままでも、この修正には必要ありません。修正では ${ownName} が必要とする TLS 1.0 を有効のままにします。`));
    }
  }
  return out;
}

/** The answer to a question about one SQL Server release (or SQL with none named: the stored facts). */
export function sqlReleaseAnswer(f: Facts, text: string, update: (f: Facts, text?: string) => LocalizedText[]): LocalizedText[] {
  const t = nfkc(text.slice(0, 300)).toLowerCase();
  const named = releaseNamed(text);
  if (!named) return update(f, text);
  // SQL on another machine: the TMS server's Schannel settings do not touch it, whatever its release.
  if (f.sqlLocation === 'remote') return update(f, text);
  if (UPGRADE.test(t)) return upgradeToAnswer(f, named, update);
  // The release the user holds is the same one, maybe with more said (SP1 known): answer for that.
  const v = f.sql && sameRelease(f.sql, named) && named.sp === null ? f.sql : named;
  const fv: Facts = { ...f, sql: v };
  const body = STAY.test(t) ? stayAnswer(fv, v, update) : BUILD_ASKED.test(t) && sqlNeedsTarget(fv) ? sqlTargetAnswer(fv) : update(fv, text);
  return [...body, ...sqlOwnStays(f.sql, v)];
}

/**
 * Where the message says the user's own SQL Server runs, next to the release it asks about (QA45 R1, W6): "is it ok to
 * stay on SQL 2008 R2? it is on the TMS server", "does SQL 2012 need anything? we have a second instance on the TMS
 * server", "What about SQL 2012 - we have one on the TMS server", "does it matter that SQL 2014 SP2 is on another box?",
 * 「SQL 2008 R2 のままでいいですか？TMS サーバ上にあります」. Said as a fact (not after "if"/「なら」), it is the user's SQL:
 * stored as such, and the answer rests on it (not on a location stored before).
 */
const HOST_EN = '(?:server|box|host|machine|vm|node)';
const OWN_SUBJECT_EN = `(?:it|that|this|one|the\\s(?:instance|other\\sone)|${RELEASE}(?:\\sinstance)?|(?:our\\s|the\\s)?(?:sql(?:\\sserver)?|db|database)(?:\\sinstance)?)`;
const OWN_HAVE_EN = `(?:we|i)\\s(?:also\\s)?(?:have|run|host|keep)\\s(?:one|it|that|(?:a\\s|an\\s)?(?:second|another|separate|local|other)\\s(?:instance|one|sql(?:\\sserver)?)|another|an\\sinstance|${RELEASE})`;
const OWN_WHERE_EN = new RegExp(
  `(?<![a-z])(?:${OWN_SUBJECT_EN}(?:\\s(?:also\\s)?(?:is|runs|sits|lives)|'s)|${OWN_HAVE_EN})\\s(?:also\\s)?(?:(?:running|installed|hosted|located)\\s)?` +
    `(?:(?<local>(?:on|in)\\s(?:the\\s)?(?:tms\\s${HOST_EN}|same\\s${HOST_EN}(?:\\sas\\s(?:the\\s)?tms)?))|(?<remote>(?:on|in)\\s(?:another|a\\s(?:separate|different|dedicated|remote|second)|its\\sown|an?\\sother)\\s${HOST_EN}))(?![a-z])`,
);
/** "if it is on the TMS server", "which one is on …", "what if SQL 2012 is …": a case or a question, not the user's fact. */
const NOT_SAID_EN = /(?:(?<![a-z])(?:if|when|whether|suppose|supposing|assuming|say|which|what|in\scase|unless)\s(?:the\s|our\s)?)$/;
const OWN_WHERE_JA =
  /(?:(?<local>tms\s?サーバー?|同じサーバー?)|(?<remote>別の?\s?(?:サーバー?|マシン|ホスト)))\s?(?:上|内)?\s?(?:に|で)\s?(?:あります|入っています|入ってます|動いています|動いてます|稼働しています|稼働してます|インストール(?:されて|して)います|同居しています|置いています)(?!か)/;

export function ownSqlSaid(text: string): string | null {
  const head = text.slice(0, 300);
  // Cheap word test: a SQL release and a place both named.
  if (!/sql/i.test(head) || !/20[01]\d|20[2]\d|10\.50|1[0-3]\.0/.test(head) || !/tms|another|other|separate|different|same|別|同じ/i.test(head)) return null;
  const t = nfkc(head).toLowerCase();
  const en = OWN_WHERE_EN.exec(t);
  const m = en && !NOT_SAID_EN.test(t.slice(Math.max(0, en.index - 20), en.index)) ? en : OWN_WHERE_JA.exec(t);
  if (!m) return null;
  // The release the place is said of: the one in that clause, else the one the question names.
  const named = (en === m ? releaseNamed(m[0]) : null) ?? releaseNamed(text);
  if (!named) return null;
  return `${named.build ? `SQL ${named.build}` : formatSql(named)} is ${m.groups?.local ? 'on the TMS server' : 'on another server'}`;
}
