/**
 * A file named by what it is for (FIX60A #4): "we already have the reg to enable TLS 1.2", "the reg to enable TLS 1.2 didn't work",
 * 「TLS 1.2 を有効にする reg はもうあります」. Having a file is not having applied it, and a file said not to have worked is a failed
 * attempt, not TLS 1.2 on: the purpose phrase is blanked (same length) before the TLS claims are read. Kept when the file was said
 * applied ("we imported the reg to enable TLS 1.2") and nothing says it failed. Pure, linear (bounded patterns).
 */
const CHEAP = /reg|script|file|ファイル|レジストリ/i;
/** "the reg to enable TLS 1.2", "a .reg file that enables TLS 1.2", "the script for enabling TLS 1.2". */
const PURPOSE_EN =
  /(?<![a-z])(?:\.reg|reg|registry|script|file|fix)(?:\s(?:file|script|fix|change|import))?\s(?:to|that\s(?:will\s|would\s|should\s)?|which\s(?:will\s|would\s|should\s)?|for)\s?(?:enabl(?:e|es|ing)|turn(?:s|ing)?\son|switch(?:es|ing)?\son)\s(?:the\s)?tls\s?v?1\.?[12](?![.\d])/gi;
/** 「TLS 1.2 を有効にする reg」「TLS 1.2 有効化用のレジストリファイル」. */
const PURPOSE_JA = /tls\s?v?1\.?2\s?(?:を)?\s?(?:有効に(?:する|するための)|有効化(?:する|用の?|の))\s?(?:\.?reg|レジストリ|スクリプト|ファイル)/gi;
/** The file applied: "imported", "applied", "ran", 「インポートしました」「適用しました」「入れました」. */
const APPLIED = /(?<![a-z])(?:imported|applied|merged|ran|executed|double-?clicked|installed|used|deployed|pushed|worked|did\sthe\sjob|took\seffect)(?![a-z])|インポートし|適用し|実行し|入れ(?:まし|た)|取り込|入れて(?!く|下|ほ|欲|も|み|から|お|な|い(?:な|ま))[^。？?]{0,30}?(?:ました|済み?|完了)/i;
/** …and said not to have worked: "didn't work", "failed", "no effect", 「効きませんでした」「変わりません」「まだダメ」. */
const FAILED = /(?<![a-z])(?:did\s?n['’]?t|does\s?n['’]?t|did\snot|does\snot)\s(?:work|help|fix|change|do)|(?<![a-z])(?:failed|no\seffect|not\sworking|no\sluck|nothing\schanged|made\sno\sdifference|did\snothing)(?![a-z])|効きません|効かな|変わりません|変わらな|直りません|直らな|失敗|ダメ|だめ|駄目/i;

/**
 * Imported (not only had or "worked"): a failure said beside it is the problem still there, not the import failing (REV37 #7).
 * 「入れて」 only with a done ending after it in the clause (「reg を入れて再起動済み」), not 「入れてください」「入れてみます」 (FIX61A #1).
 */
const IMPORTED =
  /(?<![a-z])(?:imported|applied|merged|ran|executed|double-?clicked|deployed|pushed)(?![a-z])|インポートし|適用し|実行し|取り込|入れ(?:まし|た(?![らいめ])|て(?!く|下|ほ|欲|も|み|から|お|な|い(?:な|ま))[^。？?]{0,30}?(?:ました|済み?|完了))/i;
/** …unless the import itself is said to have failed: "the import failed", "couldn't import it", 「インポートに失敗」. */
const IMPORT_FAILED =
  /(?<![a-z])(?:import|merge|apply)(?:ing)?\s(?:failed|error)|fail(?:ed|s)?\sto\s(?:import|merge|apply)|(?:could|can|would)\s?n['’]?t\s(?:be\s)?(?:import|merge|apply)|(?:could|can)\snot\s(?:be\s)?(?:import|merge|apply)|error\s(?:when|while)\s(?:importing|merging|applying)|インポート(?:に|が)?\s?(?:失敗|でき(?:ませ|な))|適用(?:に|が)?\s?(?:失敗|でき(?:ませ|な))|エラー/i;

/** The file said imported, with nothing saying the import itself failed or has not happened yet. */
function importedAndApplied(t: string): boolean {
  return IMPORTED.test(t) && !IMPORT_FAILED.test(t) && !NOT_YET.test(t);
}

/** `text` with each purpose phrase blanked when the file is only had, or said to have failed. */
export function withoutRegPurpose(text: string): string {
  if (!CHEAP.test(text) || !/1\.?2/.test(text)) return text;
  const t = text.slice(0, 20_000);
  if (APPLIED.test(t) && (!FAILED.test(t) || importedAndApplied(t))) return text;
  return text.replace(PURPOSE_EN, (m) => ' '.repeat(m.length)).replace(PURPOSE_JA, (m) => ' '.repeat(m.length));
}

/** Had: "we already have the reg to enable TLS 1.2", "we've got a .reg for TLS 1.2", 「…reg はもうあります」. */
const HAVE = /(?<![a-z])(?:have|has|had|got|there\sis|there's|we've|i've)(?![a-z])|あります|ある|持って|用意/i;
/** A question or a request is not a report: "do we have the reg to enable TLS 1.2?", "send me the reg to enable TLS 1.2". */
const ASKS = /[?？]|^\s*(?:so\s|and\s)?(?:do|does|did)\s(?:we|you|i|they)\s|(?<![a-z])(?:give|send|share|provide|can\s(?:i|we|you)|could\s(?:i|we|you)|please|need|want|where)(?![a-z])|ください|下さい|お願い|ほしい|欲しい|もらえ|ますか|ですか/i;
/** Nothing said done or said as a state beside it: "…, we have not imported it yet" is still only had. */
/** The file not had: "we don't have the reg to enable TLS 1.2", 「…reg はありません」 (REV37 #3): a want, for the fix files' route. */
const NOT_HAD = /(?<![a-z])(?:do\s?n['’]?t|does\s?n['’]?t|did\s?n['’]?t|do\snot|does\snot|did\snot)\s(?:yet\s|even\s|already\s)?(?:have|has|got)|(?<![a-z])(?:haven['’]?t|hasn['’]?t|have\snot|has\snot)\s(?:yet\s)?got|(?<![a-z])(?:no|without\s(?:a|the|any))\s(?:\.?reg|registry|script|file)(?![a-z])|ありません|ない(?:です|ので|から|。|$)|持っていな/i;
const NOT_YET = /(?<![a-z])(?:not|never)\s(?:yet\s)?(?:imported|applied|run|ran|used)|n['’]t\s(?:yet\s)?(?:imported|applied|run|ran|used)|まだ(?:適用|インポート|実行)/i;

/**
 * The file to enable TLS 1.2 said only had ('had'), or said not to have worked ('failed'), with nothing asked (FIX60A #4). Null
 * otherwise (applied and nothing said failed, a question, a request, no such file named).
 */
export function regPurposeSaid(text: string): 'had' | 'failed' | null {
  if (!CHEAP.test(text) || text.length > 300 || !/1\.?2/.test(text) || ASKS.test(text)) return null;
  PURPOSE_EN.lastIndex = 0;
  PURPOSE_JA.lastIndex = 0;
  const named = PURPOSE_EN.test(text) || PURPOSE_JA.test(text);
  PURPOSE_EN.lastIndex = 0;
  PURPOSE_JA.lastIndex = 0;
  if (!named) return null;
  if (FAILED.test(text) && !importedAndApplied(text)) return 'failed';
  if (APPLIED.test(text) && !NOT_YET.test(text)) return null;
  return HAVE.test(text) && !NOT_HAD.test(text) ? 'had' : null;
}

/**
 * A .reg for TLS 1.2 named by its protocol or its purpose: "the TLS 1.2 reg", "our TLS12 .reg", "the .reg for TLS 1.2",
 * "the reg to enable TLS 1.2", 「TLS 1.2 を有効にする reg」「TLS1.2有効化のreg」「TLS 1.2 用の reg」 (FIX61A #1/#2).
 */
const TLS12_REG_EN =
  /(?<![a-z])tls\s?v?1\.?2(?![\d.])\s(?:(?:registry|schannel|client|server|enable|enabling|fix)\s){0,2}(?:\.reg|reg)(?:\s?file)?(?![a-z])|(?<![a-z])(?:\.reg|reg)(?:\s?file)?\s(?:for|of)\s(?:the\s)?tls\s?v?1\.?2(?![\d.])/i;
const TLS12_REG_JA = /tls\s?v?1\.?2\s?(?:の|用の?|向けの?)?\s?(?:\.?reg|レジストリ\s?ファイル)/i;
/** The import said not done or only to come: "didn't import", "haven't applied it", "will run it", 「まだ」「予定」. */
const NOT_DONE =
  /(?:n['’]t|(?<![a-z])not|(?<![a-z])never)\s(?:yet\s|even\s|actually\s)?(?:import|apply|merge|run|ran|execute|deploy|push|use|install)|(?<![a-z])(?:will|going\sto|gonna|plan(?:s|ned|ning)?\sto|about\sto|tomorrow|tonight|later|should|would|could|might|if|once|when|before|whether)(?![a-z])|まだ|予定|これから|明日|今夜|たら|なら|つもり|ます(?:か|ね)?\s*$/i;
/** A clause about another system: the lab, another site or server, someone else's (warn more, record less). */
const OTHER_SYSTEM =
  /(?<![a-z])(?:lab|test|staging|dev|other|another|old|their|his|her|customer'?s?|colleague'?s?)\s(?:\w+\s){0,2}?(?:server|box|host|machine|vm|tms|site|node|environment|system)s?(?![a-z])|(?<![a-z])(?:they|he|she|someone|the\svendor|tac)\s(?:also\s|already\s)?(?:imported|applied|merged|ran)(?![a-z])|検証|テスト|ラボ|別の|他の|他社|別拠点|お客様|先方/i;

/**
 * A clause that reports a .reg for TLS 1.2 imported (FIX61A #1/#2): "imported the TLS 1.2 reg and rebooted", "we applied the TLS12 .reg",
 * 「TLS 1.2 を有効にする reg をインポートして再起動しました」「TLS1.2有効化のregを入れて再起動済み」. As "we imported the reg to enable TLS 1.2"
 * is read: TLS 1.2 said on (a claim; the answer says what to confirm). A failure said beside it is TMS still failing, which is what Medium
 * predicts, not the import failing. Not when the import is said to have failed or not to have happened, a plan, a condition, a question,
 * nor on another system. The caller reads only stated clauses; `sentence`, the clause's sentence, for the import said to have failed.
 */
export function tls12RegApplied(clause: string, sentence = clause): boolean {
  if (!CHEAP.test(clause) || clause.length > 300 || !/1\.?2/.test(clause)) return false;
  if (!TLS12_REG_EN.test(clause) && !TLS12_REG_JA.test(clause) && !(PURPOSE_JA.test(clause) || PURPOSE_EN.test(clause))) {
    PURPOSE_EN.lastIndex = 0;
    PURPOSE_JA.lastIndex = 0;
    return false;
  }
  PURPOSE_EN.lastIndex = 0;
  PURPOSE_JA.lastIndex = 0;
  if (/[?？]/.test(clause) || ASKS.test(clause) || NOT_DONE.test(clause) || OTHER_SYSTEM.test(clause)) return false;
  return IMPORTED.test(clause) && !IMPORT_FAILED.test(sentence.slice(0, 2000)) && !NOT_YET.test(clause) && importedDoneJa(clause);
}

/** 「インポートしてください」「適用しようと」: the Japanese verb of IMPORTED ends as a request or a plan, not as done. */
function importedDoneJa(clause: string): boolean {
  if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(clause)) return true;
  return /(?:インポート|適用|実行|取り込み?|入れ)(?:を)?(?:し)?(?:済み?|完了|ました|た(?![らいめ])|て(?!く|下|ほ|欲|も|み|から|お|な|い(?:な|ま))[^。？?]{0,30}?(?:ました|済み?|完了))/.test(clause);
}
