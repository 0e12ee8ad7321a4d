/**
 * One release said for both Windows and SQL Server: "OS and SQL both 2008 R2 on one server", "both Windows and SQL are 2016",
 * 「OS も SQL も 2008 R2（同じサーバー）」「OS と SQL は両方 2012」 (QA61 #9). The text is written out as each its own release
 * ("OS 2008 R2 and SQL 2008 R2"), so the usual readers take both; "on one server" / 「同じサーバー」 right after says SQL runs on
 * the TMS server, written as "on the same server". Only with "both" / 「も…も」 / 「両方」: "Windows and SQL 2016" alone may name
 * SQL's release only. Only releases both products have (2008, 2008 R2, 2012, 2016, 2019, 2022). Bounded, linear patterns; a cheap
 * test first.
 */
const OS = String.raw`(?:windows(?:\s?server)?|win(?:\s?(?:server|srv|svr))?|os)`;
const SQL = String.raw`(?:ms\s?sql(?:\s?server)?|sql(?:\s?server)?)`;
const REL = String.raw`(20(?:08(?:\s?r2)?|12|16|19|22))(?![\d.]|\s?r2)`;
/** "on one server", "on a single box", "on the same VM", "on one machine": one server for both. */
const ONE_SERVER = String.raw`((?:\s?,)?\s(?:all\s|both\s)?(?:on|in)\s(?:one|a\ssingle|the\ssame)\s(?:server|box|machine|host|vm)(?![a-z]))?`;
const EN_FORMS = [
  // "OS and SQL both 2008 R2", "OS and SQL are both 2016", "OS & SQL: both 2012", "OS/SQL both on 2019"
  new RegExp(String.raw`(?<![a-z])(${OS}|${SQL})\s?(?:and|&|\+|/)\s?(${OS}|${SQL})\s?(?:are\s|:\s?|=\s?)?both\s(?:(?:are|on|at)\s)?${REL}${ONE_SERVER}`, 'gi'),
  // "both OS and SQL are 2008 R2", "both Windows and SQL Server 2016"
  new RegExp(String.raw`(?<![a-z])both\s(?:the\s)?(${OS}|${SQL})\s(?:and|&)\s(${OS}|${SQL})\s(?:(?:are|on|at)\s)?(?:(?:on|at)\s)?${REL}${ONE_SERVER}`, 'gi'),
];
/** 「同じサーバー」「同一サーバ」「1台」 in a bracket or after a comma: one server for both. */
const ONE_SERVER_JA = String.raw`(\s?[（(、,]?\s?(?:同じ|同一の?|1台の?|一台の?)\s?(?:サーバ[ー]?|マシン|筐体)(?:上)?(?:で|に)?[)）]?)?(?!\s?(?:に|へ|から|まで|を|以降|以上|以下|未満|より))`;
const JA_FORMS = [
  // 「OS も SQL も 2008 R2」
  new RegExp(String.raw`(?<![a-z])(${OS}|${SQL})\s?も\s?(${OS}|${SQL})\s?も\s?(?:ともに|共に|両方)?\s?${REL}${ONE_SERVER_JA}`, 'gi'),
  // 「OS と SQL は両方 2012」「OS・SQL ともに 2016」
  new RegExp(String.raw`(?<![a-z])(${OS}|${SQL})\s?(?:と|・|/|、)\s?(${OS}|${SQL})\s?(?:は|が)?\s?(?:両方(?:とも)?|どちらも|ともに|共に)\s?(?:が)?\s?${REL}${ONE_SERVER_JA}`, 'gi'),
];

const isOs = (w: string): boolean => !/sql/i.test(w);

/** `s` with a release said for both Windows and SQL written out for each (unchanged when there is none). */
export function sharedReleaseWrittenOut(s: string): string {
  if (!/both|も|両方|ともに|共に|どちらも/i.test(s) || !/sql/i.test(s) || !/(?<![a-z])(?:os|win)/i.test(s)) return s;
  let out = s;
  for (const re of EN_FORMS) {
    out = out.replace(re, (m, a: string, b: string, rel: string, ...rest: unknown[]) =>
      isOs(a) === isOs(b) ? m : `${a} ${rel} and ${b} ${rel}${typeof rest[0] === 'string' && rest[0] ? ' on the same server' : ''}`,
    );
  }
  for (const re of JA_FORMS) {
    out = out.replace(re, (m, a: string, b: string, rel: string, one: unknown) =>
      isOs(a) === isOs(b) ? m : `${a} ${rel} ${b} ${rel}${typeof one === 'string' && one ? '（TMS と同じサーバー）' : ''}`,
    );
  }
  return out;
}
