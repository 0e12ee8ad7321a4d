/**
 * Windows Server releases compared, or a move to another one asked about (QA53 #16): "is Windows 2022 different from 2019
 * here?", "what's different on 2012 R2 vs 2016?", "does it matter that we are on 2016 and not 2019?", "we are moving the TMS
 * server to 2022 next month, does the fix change?", 「2012 R2 と 2016 で違いはありますか？」「来月 TMS サーバを 2022 に移行
 * しますが、手順は変わりますか？」. Answered from Microsoft's Schannel defaults table (knowledge.md, src/domain/knowledge/
 * windows.ts) only; nothing is recorded (a release in a question or a plan is not the server's). A past move ("we moved TMS to
 * 2019, …") is a report, left to the usual reading. Pure.
 */
import type { Facts, LocalizedText } from '../domain/types';
import { advisingMediumHigh } from '../domain/advises';
import { extractFacts } from '../domain/extract';
import { formatTms, formatWindows, tmsCanBeFixedInPlace } from '../domain/versions';
import { nfkc } from '../domain/nfkc';
import type { ConversationState, TurnResult } from './types';
import { paraFrom, sub } from './compose';
import { withOpenQuestion } from './followup';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** A Windows Server release: "Windows 2022", "Server 2019", "win2016", "2012 R2", "2008r2". */
const RELEASE = /(?<![\d.])(?:(?:windows|win)\s?(?:server\s?)?|server\s?|ws\s?)?(20(?:08|12|16|19|22|25))(\s?r2)?(?![\d.])/g;
/** A Windows word: the years then are Windows releases even when the conversation holds none. */
const WINDOWS_WORD = /(?<![a-z])(?:windows|win|os|winver)(?![a-z])|ウィンドウズ/;
/** Another product's release ("SQL 2016 vs 2019", 「SQL 2019 に移行」): not this question. */
const OTHER_PRODUCT = /(?<![a-z])(?:sql|database|db|mssql|tms\s?\d|exchange|office)(?![a-z])|データベース/;
/** A question: a question mark, or a Japanese question ending. */
const ASKS = /[?？]\s*$|(?:ですか|ますか|でしょうか|ません?か)[。\s]*$/;
/** Two releases compared: "different", "vs", "compared to", "and not", 「違い」「比べ」. */
const COMPARE = /(?<![a-z])(?:differen(?:t|ce|ces)|differ|vs\.?|versus|compared?|comparison|instead\sof|rather\sthan|and\snot|not\son|matter|same)(?![a-z])|違い|違う|異な|比べ|比較|差|変わ/;
/**
 * One release asked about: "is Windows 2022 different here?", "does the fix change on 2025?", "does it matter that we are on 2016?",
 * 「2022 だと何か違いますか」「手順は変わりますか」. (Not "did anything change on 2019 after the patch?": a past change asked.)
 */
const ONE_ASKED =
  /(?<![a-z])(?:differen(?:t|ce|ces)|differ|matter|matters|same\sas|(?:fix|steps?|procedure|answer|anything|something)\s(?:change|be\sdifferent|differ)|change\s(?:anything|the\sfix|the\ssteps))(?![a-z])|違い|違う|異な|変わ(?:り|る)/;
/** A move asked about: whether the fix changes or must be done again ("does the fix change?", "do we redo it?", 「手順は変わりますか」). */
const MOVE_ASKED =
  /(?<![a-z])(?:differen(?:t|ce|ces)|differ|matter|matters|(?:fix|steps?|procedure|answer|anything|something)\s(?:change|be\sdifferent|differ)|change\s(?:anything|the\sfix|the\ssteps)|redo|again|still\s(?:apply|valid|needed|hold))(?![a-z])|違い|違う|異な|変わ(?:り|る)|影響|やり直|再度|もう一度/;
const PAST_ASKED = /(?<![a-z])did(?![a-z])/;
/** A move to come: "we are moving", "will migrate", "plan to rebuild on", "next month", "if we move", 「移行する予定」「来月」. */
const MOVE_AHEAD =
  /(?<![a-z])(?:(?:are|'re|am)\s(?:moving|migrating|upgrading|rebuilding|going\sto)|will\s(?:move|migrate|upgrade|rebuild)|plan(?:ning)?\sto|next\s(?:week|month|quarter|year)|if\s(?:we|i)\s(?:move|migrate|upgrade|rebuild|go)|when\s(?:we|i)\s(?:move|migrate|upgrade|rebuild))(?![a-z])|予定|来週|来月|来年|今度|(?:移行|移設|リプレース|移動|アップグレード|入れ替え)(?:し(?:たら|た場合|ても)|する(?:場合|と|なら|つもり))/;
/** A move done: "we moved TMS to 2019", 「2019 に移行しました」: a report, not this question. */
const MOVE_DONE = /(?<![a-z])(?:moved|migrated|rebuilt|reinstalled|upgraded)(?![a-z])|(?:移行|移設|リプレース|アップグレード|入れ替え)(?:しました|済み|した(?:ので|が|けど))/;
/** The server moving: "move the TMS server to 2022", "migrating to Server 2022", "we moved it", 「2022 に移行」. */
const MOVE_WORD = /(?<![a-z])(?:mov(?:e|ed|ing)|migrat(?:e|ed|ing)|upgrad(?:e|ed|ing)|rebuil(?:d|t|ding)|reinstalled)(?![a-z])|移行|移設|リプレース|移動|移し|アップグレード|入れ替え|上げ/;
/** A move said as done by its time or its ending: "last week", "yesterday", 「先週」「移しました」「入れ替えました」「上げました」. */
const DONE_WHEN =
  /(?<![a-z])(?:last\s(?:week|month|night|year|weekend|quarter)|yesterday|(?:weeks?|months?|days?)\sago|already|recently|earlier\sthis)(?![a-z])|先週|先月|昨日|昨年|去年|すでに|既に|(?:移し|入れ替え|上げ|移行し|移設し)(?:ました|た(?:ので|が|けど|ところ|後))/;
/** The user says which release they are on: "we are on 2016 and not 2019", "we run 2016". */
const OWN_SAID = /(?<![a-z])(?:we\s(?:are|'re)\s(?:on|running)|we\srun|ours?\s(?:is|are))\s(?:on\s)?(?:windows\s|win\s?)?(?:server\s)?(20\d\d)(\s?r2)?/;

interface Named {
  year: number;
  r2: boolean;
}

function releasesIn(t: string): Named[] {
  const out: Named[] = [];
  for (const m of t.matchAll(RELEASE)) {
    const year = Number(m[1]);
    const r2 = !!m[2];
    if (!out.some((x) => x.year === year && x.r2 === r2)) out.push({ year, r2 });
  }
  return out.slice(0, 4);
}

/** The comparison or move asked, with the releases named; null when the message is not that question. */
export function windowsCompareIn(facts: Facts, text: string): { named: Named[]; move: boolean } | null {
  if (text.length > 300) return null;
  const t = nfkc(text).toLowerCase();
  if (!ASKS.test(t) || OTHER_PRODUCT.test(t)) return null;
  const named = releasesIn(t);
  if (named.length === 0) return null;
  // (Bare years are Windows releases only with a Windows word, or in a conversation that holds the Windows release.)
  if (!WINDOWS_WORD.test(t) && !facts.windows) return null;
  // (A message with other versions in it, "TMS 15.9 on 2016, …", is read for its facts as usual.)
  const ex = extractFacts(text);
  if (ex.facts.tms || ex.facts.endpoint || ex.facts.sql || ex.asked?.tms || ex.asked?.endpoint || ex.asked?.sql) return null;
  if (PAST_ASKED.test(t)) return null;
  // A move already done ("we migrated the TMS server to 2019, does anything change?", 「先週 2022 に移行しました」) is a report of
  // the server's release now: left to the usual reading, which records it (rev31 #4).
  if (MOVE_DONE.test(t) || (MOVE_WORD.test(t) && DONE_WHEN.test(t))) return null;
  if (MOVE_WORD.test(t)) {
    if (!MOVE_AHEAD.test(t) || !MOVE_ASKED.test(t)) return null;
    return { named, move: true };
  }
  if (named.length >= 2 ? !COMPARE.test(t) : !ONE_ASKED.test(t)) return null;
  return { named, move: false };
}

/**
 * What the registry side of the fix is on one release (Microsoft's defaults, knowledge.md's table). `pre15`: TMS before 15 is on
 * record, so the lines describe the server after the TMS upgrade and say nothing of levels this TMS does not have (rev31 #3).
 */
function releaseLine(w: Named, pre15 = false): LocalizedText {
  const name = formatWindows({ year: w.year, r2: w.r2, raw: `${w.year}${w.r2 ? ' R2' : ''}` });
  if (w.year === 2008 && !w.r2) {
    return L(`${name}: TLS 1.1 and 1.2 do not exist until Microsoft's KB4019276 is installed; then the TLS 1.2 keys are created and the server is rebooted once.`, `${name}：Microsoft の KB4019276 を適用するまで TLS 1.1 と 1.2 自体がありません。適用後に TLS 1.2 のキーを作成し、サーバを 1 回再起動します。`);
  }
  if (w.year === 2008) {
    return L(`${name}: TLS 1.1 and 1.2 are off by default (Client and Server), so the TLS 1.2 keys must be created and the server rebooted once.`, `${name}：TLS 1.1 と 1.2 は Client 側・Server 側とも既定で無効なので、TLS 1.2 のキーを作成し、サーバを 1 回再起動する必要があります。`);
  }
  if (w.year === 2012) {
    return L(`${name}: TLS 1.2 is on by default, so the registry step is a check, and no reboot is needed when the keys are already right; SSL 3.0 and TLS 1.0 are on by default too.`, `${name}：TLS 1.2 は既定で有効なので、レジストリの手順は確認だけで、キーがすでに正しければ再起動は不要です。SSL 3.0 と TLS 1.0 も既定で有効です。`);
  }
  if (w.year === 2016 || w.year === 2019) {
    return L(`${name}: the same as 2012 for this fix (TLS 1.2 on by default: check the keys, no reboot when they are right); SSL 3.0 is off by default, which this fix does not need.`, `${name}：この修正については 2012 と同じです（TLS 1.2 は既定で有効なので、キーを確認し、正しければ再起動は不要です）。SSL 3.0 は既定で無効ですが、この修正には関係ありません。`);
  }
  if (w.year === 2022 && pre15) {
    return L(`${name}: the same as 2016 / 2019 for this fix (TLS 1.2 on by default: check the keys, no reboot when they are right); it adds TLS 1.3, on by default, which this fix does not need.`, `${name}：この修正については 2016 / 2019 と同じです（TLS 1.2 は既定で有効なので、キーを確認し、正しければ再起動は不要です）。TLS 1.3 が追加され既定で有効ですが、この修正には不要です。`);
  }
  if (w.year === 2022) {
    return L(`${name}: the same as 2016 / 2019 for this fix (TLS 1.2 on by default: check the keys, no reboot when they are right); it adds TLS 1.3, on by default, which this fix does not need: Medium-High needs TLS 1.2.`, `${name}：この修正については 2016 / 2019 と同じです（TLS 1.2 は既定で有効なので、キーを確認し、正しければ再起動は不要です）。TLS 1.3 が追加され既定で有効ですが、この修正には不要です。Medium-High に必要なのは TLS 1.2 です。`);
  }
  if (pre15) {
    return L(
      `${name}: TLS 1.0 and 1.1 are off by default (TLS 1.2 and 1.3 on); only TLS 1.2 matters there, and the keys must not switch TLS 1.1 back on. TMS support for Windows Server 2025 is not documented in my sources: check Cisco's TMS requirements first.`,
      `${name}：TLS 1.0 と 1.1 は既定で無効（TLS 1.2 と 1.3 は有効）です。必要なのは TLS 1.2 だけで、キーで TLS 1.1 を再び有効にしてはいけません。Windows Server 2025 での TMS のサポートは手元の資料に記載がないため、先に Cisco の TMS の要件を確認してください。`,
    );
  }
  return L(
    `${name}: TLS 1.0 and 1.1 are off by default (TLS 1.2 and 1.3 on), so at Medium TMS sends no ClientHello at all; only TLS 1.2 matters there, and the keys must not switch TLS 1.1 back on. TMS support for Windows Server 2025 is not documented in my sources: check Cisco's TMS requirements first.`,
    `${name}：TLS 1.0 と 1.1 は既定で無効（TLS 1.2 と 1.3 は有効）なので、Medium のままでは TMS は ClientHello をまったく送りません。必要なのは TLS 1.2 だけで、キーで TLS 1.1 を再び有効にしてはいけません。Windows Server 2025 での TMS のサポートは手元の資料に記載がないため、先に Cisco の TMS の要件を確認してください。`,
  );
}

/** The row group of a release for this fix: 2012–2022 all "check the keys". */
function group(w: Named): string {
  if (w.year === 2008) return w.r2 ? '2008r2' : '2008';
  if (w.year >= 2025) return '2025';
  return 'verify';
}

export function windowsCompareAnswer(facts: Facts, asked: { named: Named[]; move: boolean }, text: string): LocalizedText[] {
  const own = facts.windows && typeof facts.windows.year === 'number' ? { year: facts.windows.year, r2: !!facts.windows.r2 } : null;
  const list = [...asked.named];
  // (The user's own release joins a move or a one-release question; two releases compared are answered as asked.)
  if (own && (asked.move || asked.named.length === 1) && !list.some((x) => x.year === own.year && x.r2 === own.r2)) list.unshift(own);
  // TMS before 15 (knowledge.md "TMS before 15"): no Communication Security option, and TLS 1.2 in the registry does not help, so the
  // Windows release changes nothing yet: the TMS release is what matters, and the registry lines apply after the upgrade (rev31 #3).
  if (facts.tms && !tmsCanBeFixedInPlace(facts.tms)) {
    const tms = formatTms(facts.tms);
    const out: LocalizedText[] = [
      L(
        `With ${tms} the Windows release changes nothing: TMS releases before 15 have no Communication Security option in TMS Tools, and TLS 1.2 in the registry does not help, because TMS keeps sending a TLS 1.0 ClientHello on any Windows release. What matters here is the TMS release: upgrade TMS to 15.x first (check the Windows Server, SQL Server and other requirements of that release). Only after that does the Windows release matter, for the registry step of the fix:`,
        `${tms} では Windows のリリースによって何も変わりません。15 より前の TMS には TMS ツールに Communication Security の設定がなく、レジストリで TLS 1.2 を有効にしても効果がありません。どの Windows リリースでも TMS は TLS 1.0 の ClientHello を送り続けるためです。ここで重要なのは TMS のリリースです。まず TMS を 15.x にアップグレードしてください（そのリリースの Windows Server、SQL Server などの要件を確認してください）。Windows のリリースが関係するのはその後で、修正のうちレジストリの手順だけです。`,
      ),
      ...list.map((w) => releaseLine(w, true)),
    ];
    if (asked.move) {
      out.push(L(`A move to another Windows release does not fix this by itself: ${tms} sends TLS 1.0 there too. If the TMS upgrade is part of the move, check the TLS 1.2 keys on the new server afterwards: a new build or a hardening baseline may not match the old server.`, `別の Windows リリースへの移行だけではこの問題は解決しません。移行先でも ${tms} は TLS 1.0 を送ります。移行と同時に TMS をアップグレードする場合は、その後、新しいサーバでも TLS 1.2 のキーを確認してください。新しく構築したサーバやセキュリティ基準の適用で、旧サーバと同じになっていないことがあります。`));
    }
    return out;
  }
  const out: LocalizedText[] = list.map((w) => releaseLine(w));
  const groups = new Set(list.map(group));
  if (list.length >= 2 && groups.size === 1 && groups.has('verify')) {
    out.push(L('So between these releases nothing in the fix changes: the registry step is a check on each.', 'つまり、これらのリリースの間で修正内容は変わりません。どれもレジストリの手順は確認だけです。'));
  }
  out.push(
    advisingMediumHigh(
      'The TMS side is the same on every release: Communication Security = Medium-High in TMS Tools, then restart IIS and the TMS services; only the registry step above depends on the Windows release.',
      'TMS 側の作業はどのリリースでも同じです。TMS ツールで Communication Security を Medium-High にし、IIS と TMS サービスを再起動します。Windows のリリースによって変わるのは上のレジストリの手順だけです。',
    ),
  );
  if (asked.move) {
    out.push(L('After the move, check both again on the new server (the TLS 1.2 Client and Server keys, and the level in TMS Tools): a new build or a hardening baseline may not match the old server.', '移行後は、新しいサーバでもう一度両方（TLS 1.2 の Client と Server のキー、TMS ツールのレベル）を確認してください。新しく構築したサーバやセキュリティ基準の適用で、旧サーバと同じになっていないことがあります。'));
  }
  // "we are on 2016 and not 2019" while 2022 is held: the release said is not taken from a question; said which one is kept.
  const said = OWN_SAID.exec(nfkc(text).toLowerCase());
  if (said && facts.windows && (Number(said[1]) !== facts.windows.year || !!said[2] !== !!facts.windows.r2)) {
    const held = formatWindows(facts.windows);
    out.push(L(`I still go by ${held} for your TMS server, as you told me; if it runs another release, say so ("Windows is 2016").`, `TMS サーバについては、伺った ${held} のままにしています。別のリリースで動いている場合は「Windows は 2016 です」のように教えてください。`));
  }
  return out;
}

/** The route: the answer, the open question kept, nothing recorded. */
export function onWindowsCompare(s: ConversationState, text: string): TurnResult | null {
  const asked = windowsCompareIn(s.facts, text);
  if (!asked) return null;
  const title = L('Windows Server releases and this fix', 'Windows Server のリリースとこの修正');
  return withOpenQuestion(s, [sub(title[s.lang]), ...windowsCompareAnswer(s.facts, asked, text).map((x) => paraFrom(x, s.lang))]);
}
