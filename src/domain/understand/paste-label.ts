/**
 * What the user's own words around a paste say it is from (QA60 #1, #2, #4): another system ("for comparison, here is our lab
 * C40 which works:", "this one is from the lab box:", 「これは別拠点のコーデックの結果です（うちのではありません）:」) or another
 * time ("the capture from yesterday, before the change:", 「変更前に取ったキャプチャです:」). Only the lead-in is read (the first
 * line, cut at its colon when the paste follows on the same line) and a short last line; the paste itself is never searched
 * for these words (a host name such as "c40-lab" says nothing). Conservative: production named as the source ("the lab is
 * fine, prod pasted below"), the lab word denied ("not from the lab"), a plan, a question, or another node of this TMS (its
 * keys and level are this case's) give no label. Pure; bounded input.
 */
import { nfkc } from '../nfkc';

export type PasteSource = 'lab' | 'site' | 'not-ours' | 'compare';
export type PasteLabel = { kind: 'other-system'; source: PasteSource } | { kind: 'before-change' };

/** The lab or a test system ("lab" alone; "test", "dev"… only with a system noun: "the test output" is no test system). */
const LAB_EN =
  /(?<![a-z0-9-])labs?(?![a-z0-9-])|(?<![a-z])(?:test(?:ing)?|staging|dev|uat|sandbox|demo|poc)\s(?:environment|env|system|box|server|tms|codec|endpoint|unit|setup|vm|instance|site|room|c\d{2}|sx\d{2}|mx\d{3})s?(?![a-z])/;
const LAB_JA = /検証(?:環境|用|機|系|サーバ|ラボ|の\s?(?:tms|コーデック|端末|機器|サーバ|sql|c\d{2}|sx\d{2}|mx\d{3}))|テスト(?:環境|用|機|系|サーバ)|ラボ|ステージング|開発環境|試験(?:環境|機|用)/;
/** Another site, company or customer; a system said not to be theirs. ("a customer's codec", 「お客様の」 alone: an integrator's customer may be this case.) */
const OTHER_EN =
  /(?<![a-z])(?:another|other|different)\s(?:site|office|branch|campus|location|customer|company|organi[sz]ation|team|department)s?(?![a-z])|(?<![a-z])(?:not|isn['’]?t|is\snot)\s(?:ours|mine|our\s(?:own|codec|system|tms|server|endpoint|unit|box|one))(?![a-z])|(?<![a-z])someone\selse['’]s(?![a-z])/;
const OTHER_JA =
  /(?:別|他|ほか)(?:の)?\s?(?:拠点|サイト|会社|支社|支店|事業所|お客様|顧客|部署)|他社|(?:うち|弊社|当社|自社|こちら)の(?:もの|システム|機器|端末|コーデック)?(?:では|じゃ)(?:ありません|ない|なく)/;
/** "not prod", 「本番ではありません」: another system by what it is not. */
const NOT_PROD_EN = /(?<![a-z])(?:not|isn['’]?t|is\snot)\s(?:from\s|on\s|in\s)?(?:the\s|our\s)?(?:prod|production|live)(?:\s(?:system|server|codec|tms|box|environment|env|one))?(?![a-z])/g;
const NOT_PROD_JA = /本番(?:環境)?(?:の\s?(?:もの)?)?\s?(?:では|じゃ)(?:ありません|ない|なく)/g;
/** Production named (not denied): the paste may be production's. */
const PROD = /(?<![a-z])(?:prod|production|live)(?![a-z])|本番/;
/** The lab denied: "not from the lab", 「検証環境ではなく」. */
const LAB_DENIED_EN = /(?<![a-z])(?:not|isn['’]?t|is\snot)\s(?:from\s|on\s|in\s)?(?:the\s|our\s|a\s)?(?:lab|test\s\w+)/g;
const LAB_DENIED_JA = /(?:検証環境|テスト環境|ラボ)(?:の\s?(?:もの)?)?\s?(?:では|じゃ)(?:ありません|ない|なく)/g;
/** "for comparison", 「比較用に」: another system only with a working one named (or a lab / another site). */
const COMPARE = /(?<![a-z])(?:for\s(?:a\s)?comparison|to\scompare|as\sa\scomparison|for\sreference)(?![a-z])|比較(?:用|のため|として|まで)/;
const WORKS = /(?<![a-z])(?:works|working|worked|fine|healthy|ok|okay|good\sone)(?![a-z])|正常|問題(?:な|の?ない)|動いて|動作して|使えて/;
const WORKS_DENIED = /(?<![a-z])(?:does\s?n[o']?t|did\s?n[o']?t|not|never|is\s?n[o']?t|stopped)\s(?:work|working|fine|ok)(?![a-z])|動いていません|動かない|正常ではない/;
/** Another codec or unit of this site: another system only when it is said to work ("another codec that works"). */
const OTHER_UNIT_EN = /(?<![a-z])(?:another|other|different)\s(?:codec|endpoint|unit|system|device)s?(?![a-z])/;
/**
 * The paste said to be the case's own, beside a lab or another site named as the comparison (REV37 #2): "we compared with the
 * lab; here is ours:", "(the lab one works, this one does not)", 「検証環境と比べるために、こちらの TMS サーバの値です」. Denied forms
 * ("not ours", 「うちのではありません」) are taken out first.
 */
const OWN_EN = /(?<![a-z])(?:ours|(?:this|that)\sone\s(?:does\s?n[o']?t|did\s?n[o']?t|fails|failed|is\sfailing|is\sbroken)|the\sfailing\s(?:one|system|server|tms|codec|endpoint|unit|box))(?![a-z])/;
const OWN_JA = /(?:こちら|うち|弊社|当社|自社)の\s?(?:tms|サーバ|コーデック|端末|機器|システム|値|結果|環境|もの)|失敗している(?:方|ほう|もの|tms|サーバ|コーデック|端末)/;
const OWN_DENIED = /(?<![a-z])(?:not|isn['’]?t|is\snot)\s(?:ours|mine|our\s(?:own|codec|system|tms|server|endpoint|unit|box|one))(?![a-z])|(?:うち|弊社|当社|自社|こちら)の(?:もの|システム|機器|端末|コーデック)?(?:では|じゃ)(?:ありません|ない|なく)/g;
/** A person of the lab ("our lab guy pulled this", 「ラボの人が取ってくれました」): who took it, not where from (REV37 #2). */
const LAB_PERSON = /(?<![a-z0-9-])labs?\s(?:guy|guys|team|people|person|engineer|engineers|admin|admins|colleague|colleagues|staff)(?![a-z])|(?:ラボ|検証環境)の\s?(?:人|方|担当|メンバー|チーム|エンジニア)/g;

/** Another node of this TMS: its keys and its level are this case's (node-progress.ts, other-node-lab.ts). */
const NODE = /(?<![a-z])(?:node|nodes|primary|secondary|standby|passive|active)(?![a-z])|ノード|号機|セカンダリ|待機系|稼働系/;
/** A plan, a question, the right one after a wrong one (#3): the source is not said. */
const NOT_SAID = /[?？]|(?<![a-z])(?:will|going\sto|gonna|tomorrow|plan(?:ning)?|should\s(?:i|we)|shall|can\s(?:i|we|you)|could\syou|want\sto|right\sone|correct\sone|wrong\s(?:server|box|one|node|machine))(?![a-z])|予定|つもり|明日|これから|ますか|でしょうか|正しい(?:方|ほう|もの)|間違/;

/** Taken before the change: "before the change", "prior to the fix", 「変更前」「Medium-High にする前」. */
const BEFORE_EN =
  /(?<![a-z])(?:before|prior\sto)\s(?:the\s|our\s|my\s|any\s|we\s|i\s|you\s)?(?:(?:level|registry|reg|key|keys|tms|config(?:uration)?|security|setting)\s)?(?:change|changes|changed|changing|fix|fixed|fixing|switch|switched|raised|raising|applied|applying|made\sthe\schange|did\sthe\sfix|set\s(?:it|medium)|medium[\s-]?high)(?![a-z])/;
const BEFORE_JA = /(?:変更|修正|対応|設定変更|作業|切り替え|切替|適用)(?:する|した)?\s?前|medium[\s-]?high\s?に\s?(?:する|変更する|変える|上げる|した)\s?前/;
/** "before and after the change", 「変更前と変更後」, "not before the change": the usual reading. */
/**
 * "still the same as before the change:", "nothing changed, exactly like before the fix:", 「変更前と同じです」「変更前と変わりません」:
 * the paste is now, said to look as it did before (REV37 #2), not the before picture.
 */
const BEFORE_NOT_ALONE =
  /(?<![a-z])(?:after|and\safter|not\sbefore|same\sas|(?:looks?|just|exactly|much)\slike|like\s(?:it\swas\s)?before|unchanged|no\sdifferent|identical|nothing\s(?:has\s)?changed|still)(?![a-z])|(?:変更|修正|対応|作業|適用)\s?後|以降|前(?:では|じゃ)なく|前と\s?(?:同じ|同様|変わ(?:り|ら|っ))|変わ(?:りません|らない|っていない|っていません)|まだ|依然/;

/** The user's words around a paste: the lead-in (cut at its colon when the paste follows on its line) and a short last line. */
export function pasteProse(text: string): string[] {
  const lines = text.slice(0, 40_000).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return [];
  const first = lines[0];
  const colon = first.search(/[:：]\s|：/);
  // (A paste line opens with its own label: "*s SystemUnit …:", "Microsoft SQL Server …": no lead then, the cut part is no prose.)
  const lead = (colon > 0 && first.length - colon > 24 ? first.slice(0, colon) : first).slice(0, 240);
  const out = [lead];
  const last = lines[lines.length - 1];
  if (lines.length > 2 && last.length <= 160 && !/[=\\{}<>|]|0x[0-9a-f]|^\W/i.test(last)) out.push(last);
  return out;
}

/** What the words around a paste say it is from, or null (the paste is read as this case's, now). */
export function pasteLabelIn(text: string): PasteLabel | null {
  for (const raw of pasteProse(text)) {
    const t = nfkc(raw).toLowerCase();
    if (t.length < 4 || NOT_SAID.test(t)) continue;
    if ((BEFORE_EN.test(t) || BEFORE_JA.test(t)) && !BEFORE_NOT_ALONE.test(t)) return { kind: 'before-change' };
    if (NODE.test(t)) continue;
    const notProd = NOT_PROD_EN.test(t) || NOT_PROD_JA.test(t);
    NOT_PROD_EN.lastIndex = 0;
    NOT_PROD_JA.lastIndex = 0;
    const rest = t.replace(NOT_PROD_EN, ' ').replace(NOT_PROD_JA, ' ');
    if (PROD.test(rest)) continue;
    const own = rest.replace(LAB_DENIED_EN, ' ').replace(LAB_DENIED_JA, ' ').replace(LAB_PERSON, ' ');
    const mine = own.replace(OWN_DENIED, ' ');
    if (OWN_EN.test(mine) || OWN_JA.test(mine)) continue;
    const works = WORKS.test(own) && !WORKS_DENIED.test(own);
    if (LAB_EN.test(own) || LAB_JA.test(own)) return { kind: 'other-system', source: 'lab' };
    if (OTHER_EN.test(own) || OTHER_JA.test(own)) return { kind: 'other-system', source: /(?:not|isn['’]?t)\s|ではな|じゃな/.test(own) && !/site|office|branch|拠点|サイト|会社|支社|支店|事業所/.test(own) ? 'not-ours' : 'site' };
    if (notProd) return { kind: 'other-system', source: 'not-ours' };
    if (works && (COMPARE.test(own) || OTHER_UNIT_EN.test(own))) return { kind: 'other-system', source: 'compare' };
  }
  return null;
}

/** A word every other-system label has (the cheap test first). */
const MID_FAST = /lab|test|staging|dev|uat|sandbox|demo|poc|other|different|not|isn|someone|検証|テスト|ラボ|ステージング|開発|試験|別|他|ほか|ではな|じゃな/i;
/** A line of a paste that is no prose: tool output, a log line (a leading digit, a time), a key=value. */
const NOT_PROSE = /[=\\{}<>|]|0x[0-9a-f]|^\d|\d{1,2}:\d{2}(?::\d{2})?|^\*\w\s/i;
/** A label's decoration: "-- this part is from the lab --", "=== lab ===", "### from the lab:", "[lab codec]". */
const DECOR = /^[\s\-=#*>_~[(（【]+|[\s\-=#*_~\])）】:：]+$/g;

/**
 * A label line in the middle of a paste that says the lines after it are another system's (note-42 "Left": "… log lines …\n-- this
 * part is from the lab --\n…"): the case's part is the text before it (FIX61B #6). The first line is the lead-in pasteLabelIn reads;
 * a line of the paste itself (output, a log line with a time, a key=value, "CN = c40-lab") is never one. Null when there is none.
 * (The caller cuts only when the lines after it hold a paste it reads: "TMS 15.9\nthe lab codec works fine\nSQL 2016 local" is words.)
 */
export function otherSystemFromLine(text: string): { head: string; label: string; source: PasteSource; rest: string; inLine?: true } | null {
  if (text.length < 20 || !/\n/.test(text) || !MID_FAST.test(text)) return null;
  const t = text.slice(0, 40_000);
  const lines = t.split(/\n/);
  // The label as the last clause of a line of the case's own words, before the paste's colon (QA62 #5: "TMS 15.9, … No HTTPS response.
  // for reference, the result from the lab codec:", 「…No HTTPS response。検証機の結果です：」): the case's part is the words before it.
  let from = 0;
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const clause = labelClauseIn(lines[i]!);
    if (clause) {
      const rest = [clause.after, ...lines.slice(i + 1)].join('\n');
      return { head: (t.slice(0, from) + clause.before).trimEnd(), label: clause.label, source: clause.source, rest, inLine: true };
    }
    from += lines[i]!.length + 1;
  }
  let at = lines[0]!.length + 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const words = line.replace(DECOR, '').trim();
    if (words.length >= 6 && words.length <= 120 && !NOT_PROSE.test(words) && (/\s\S+\s/.test(words) || /[^\x00-\x7f]/.test(words)) && lines.slice(0, i).some((l) => l.trim() !== '')) {
      const label = pasteLabelIn(words);
      if (label?.kind === 'other-system') return { head: t.slice(0, at).trimEnd(), label: words, source: label.source, rest: t.slice(at + line.length + 1) };
    }
    at += line.length + 1;
  }
  return null;
}

/** Another unit of this site: "another codec", "a second endpoint", "one more SX80", 「別のコーデック」「もう1台の端末」. */
const ANOTHER_UNIT_EN =
  /(?<![a-z])(?:another|other|second|2nd|third|one\smore|a\sdifferent)\s(?:(?:of\s(?:our|the)\s)?(?:codec|endpoint|unit|system|device|room\s?kit(?:\s(?:pro|plus|mini))?|board|desk|sx\d{2}|mx\d{3}|dx\d{2}|c\d0)s?)(?![a-z0-9])/;
const ANOTHER_UNIT_JA = /(?:別|他|ほか|もう\s?(?:1|一|ひと)\s?台)の?\s?(?:コーデック|端末|エンドポイント|機器|sx\d{2}|mx\d{3}|dx\d{2}|c\d0)/;
/** …said to fail: "that fails too", "same error", "also shows No HTTPS response", 「も失敗」「同じエラー」. */
const FAILS_EN = /(?<![a-z])(?:fail(?:s|ing|ed)?|same\s(?:error|issue|problem|symptom)|no\shttps\sresponse|broken|(?:does|do)(?:\snot|n['’]t)\swork|not\sworking)(?![a-z])/;
const FAILS_JA = /失敗|エラー|no\shttps\sresponse|同じ(?:症状|問題)|ダメ|だめ|つながりません|繋がりません|接続できません/;
/** …not said to work, not denied, not a question. */
const NOT_FAILING = /[?？]|(?<![a-z])(?:works|working|worked|fine|ok|okay|healthy|not\sfailing|doesn['’]?t\sfail|does\snot\sfail|isn['’]?t\sfailing)(?![a-z])|正常|問題(?:な|の?ない)|失敗して(?:い)?(?:ない|ません)/;

/**
 * The words before a paste (or a message alone, the paste to follow) saying it is from another unit of this case that fails too (FIX62A
 * #1): "from another codec that fails too:", "here is a second endpoint, same error:", 「別のコーデックも同じエラーです。こちら：」. Its
 * release is then one more failing group, not a correction of the release held. A lab, another site, a unit said to work: not this.
 */
export function anotherFailingUnitIn(text: string): boolean {
  if (!text || text.length > 40_000) return false;
  const prose = pasteProse(text);
  for (const raw of prose.length ? prose : [text.slice(0, 240)]) {
    const t = nfkc(raw).toLowerCase();
    if (t.length < 8 || NOT_FAILING.test(t) || LAB_EN.test(t) || LAB_JA.test(t) || OTHER_EN.test(t) || OTHER_JA.test(t)) continue;
    if ((ANOTHER_UNIT_EN.test(t) || ANOTHER_UNIT_JA.test(t)) && (FAILS_EN.test(t) || FAILS_JA.test(t))) return true;
  }
  return false;
}

/** A sentence's end inside a line: ". ", "! ", "? ", or the Japanese full stop (with or without a space after it). */
const SENTENCE_END = /[.!?](?:\s+|$)|[。！？]\s*/g;

/**
 * A line of the case's own words whose last clause before a colon labels the paste after it as another system's: "TMS 15.9, SQL 2016
 * remote, SX80 (CE 9.15) No HTTPS response. for reference, the result from the lab codec:" (QA62 #5). The words before that clause
 * must be there (a line that is the label alone is the lead-in pasteLabelIn reads), and after the colon only the paste (or nothing).
 * Null when the line holds no such clause. Bounded: the first four colons of a line of at most 2,000 characters.
 */
function labelClauseIn(line: string): { before: string; label: string; source: PasteSource; after: string } | null {
  if (line.length > 2000 || line.length < 12 || !MID_FAST.test(line)) return null;
  const colons = /[:：]/g;
  let seen = 0;
  for (let cm = colons.exec(line); cm && seen < 4; cm = colons.exec(line), seen++) {
    const c = cm.index;
    const lead = line.slice(0, c);
    let b = -1;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(lead); m; m = SENTENCE_END.exec(lead)) {
      // (A version's dot, "15.9", is no sentence end: only a dot followed by a space or the clause's end, read above.)
      if (m.index + m[0].length < lead.length) b = m.index + m[0].length;
      if (m[0].length === 0) SENTENCE_END.lastIndex++;
    }
    if (b <= 0) continue;
    const before = lead.slice(0, b).trim();
    const label = lead.slice(b).replace(DECOR, '').trim();
    if (!/[a-z0-9\u3040-\u30ff\u4e00-\u9fff]/i.test(before) || label.length < 6 || label.length > 120 || NOT_PROSE.test(label)) continue;
    const found = pasteLabelIn(label);
    if (found?.kind === 'other-system') return { before, label, source: found.source, after: line.slice(c + 1).trim() };
  }
  return null;
}

/** A host name line of a paste: systeminfo's "Host Name:", 「ホスト名:」, PowerShell's "CsName :" / "ComputerName :", COMPUTERNAME=. */
const HOST_LINE = /^\s*(?:host\s?name|ホスト名|csname|computer\s?name|computername\s*=)\s*[:：=]?\s*([a-z0-9][a-z0-9._-]{0,62})\s*$/i;
/** The `hostname` command (after a prompt, or alone): its output is the next line. */
const HOSTNAME_CMD = /(?:^|[>$#]\s*)hostname(?:\.exe)?\s*$/i;
const LONE_HOST = /^\s*([a-z0-9][a-z0-9._-]{0,62})\s*$/i;
/** A lab-like word as a part of a host name: "TMS-LAB-02", "LAB-TMS01", "tms_test1", "stg-tms" ("TMSLAB02", run together, is not read). */
const LAB_HOST_PART = /(?:^|[-_.])(?:lab|test|tst|dev|stg|staging|uat)\d{0,3}(?=$|[-_.])/i;
/** A line that starts a paste (no words of the user's): tool output, a prompt, a "Field: value" row. */
const PASTE_START = /[=\\{}<>|]|0x[0-9a-f]|^\s*[$#>*]|^\s*[a-z][\w .()/-]{1,40}\s?:\s+\S|^\s*(?:host\s?name|ホスト名|hostname)|^\s*-{3,}/i;
/** The production system named for the paste ("from the production TMS server", 「本番の TMS サーバです」), not denied. */
const PROD_NAMED = /(?<![a-z])(?:prod|production|live)(?![a-z])|本番/i;
const PROD_DENIED = /(?<![a-z])(?:not|isn['’]?t|non)[\s-](?:the\s|from\s|our\s)?(?:prod|production|live)(?![a-z])|本番(?:環境)?(?:の\s?(?:もの)?)?\s?(?:では|じゃ)/i;

/**
 * A paste that names its host, where that name has a lab-like part (QA62 #5b: "Host Name: TMS-LAB-02", `hostname` → "LAB-TMS01",
 * 「ホスト名: TMS-LAB-02」): the name alone does not say it is a lab machine (production servers are named so too), nor that it is
 * the production TMS server. The paste is kept apart and which host it is asked; the user's words before it are read (`head`).
 * Null when no such host is named, or when the words around the paste name production or label it already (pasteLabelIn).
 */
export function labLikeHostIn(text: string): { host: string; head: string } | null {
  if (text.length < 12 || !/\n/.test(text) || !/lab|test|tst|dev|stg|staging|uat/i.test(text)) return null;
  const lines = text.slice(0, 40_000).split(/\r?\n/);
  let host: string | null = null;
  for (let i = 0; i < lines.length && !host; i++) {
    const l = lines[i]!;
    const h = HOST_LINE.exec(l) ?? (HOSTNAME_CMD.test(l) && i + 1 < lines.length ? LONE_HOST.exec(lines[i + 1]!) : null);
    if (h && LAB_HOST_PART.test(h[1]!)) host = h[1]!;
  }
  if (!host) return null;
  const lead = pasteProse(text)[0] ?? '';
  const t = nfkc(lead).toLowerCase();
  if ((PROD_NAMED.test(t) && !PROD_DENIED.test(t)) || pasteLabelIn(text)) return null;
  const head: string[] = [];
  for (const l of lines) {
    if (PASTE_START.test(l) || HOSTNAME_CMD.test(l)) break;
    head.push(l);
  }
  return { host, head: head.join('\n').trim() };
}
