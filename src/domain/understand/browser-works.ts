/**
 * "HTTPS works from the browser, but TMS still says No HTTPS response", 「ブラウザからはHTTPSで開けるのに、TMSは
 * No HTTPS responseのまま」: a browser reaches the system over HTTPS while TMS fails. A browser offers TLS 1.2, so
 * this shows the system's HTTPS works with a modern client; TMS failing at the same time is this problem's
 * signature (knowledge.md: TMS at Medium offers only TLS 1.0), not a part of the fix that worked.
 * Not: the browser reaching TMS's own web interface ("I can log in to TMS from the browser"), the browser said to
 * fail too ("the browser can't open it either", 「ブラウザからも開けません」), the browser getting in over plain HTTP
 * only ("works in the browser over http, not https", "HTTPS fails too"). Pure; the cheap word test first.
 */

const CHEAP = /browser|ブラウザ|chrome|firefox|safari/i;

/** The clauses: split at punctuation and at the words that join a contrast ("but", 「のに」「けど」「が、」). */
const SPLIT = /[,;.!?。、；！？\n]+|\s(?:but|while|whereas|though|although|yet|and|when)\s|のに|けど|けれど|ですが|ますが|が(?=[、,\s])/i;

const BROWSER = /(?<![a-z])(?:web\s)?browsers?(?![a-z])|ブラウザー?|(?<![a-z])(?:chrome|firefox|safari)(?![a-z])/i;
/** The browser clause says it gets in: "works", "opens", "loads", "is fine", "can reach", 「開ける」「表示される」「アクセスできる」. */
const OK_EN = /(?<![a-z])(?:works?|worked|working|opens?|opened|loads?|loaded|(?:is|are|was|looks?)\s(?:fine|ok|okay|good)|fine|ok|okay|reachable|accessible|comes?\sup|connects?|(?:can|could)\s(?:open|reach|access|connect|browse|get\sto|load|log\sin|see))(?![a-z])/i;
const OK_JA = /開け|開き|開いて|表示(?:でき|され)|アクセス(?:でき|可能)|つなが|繋が|接続(?:でき|可能)|見られ|見れ|見え|ログイン(?:でき|可能)|問題(?:なく|ない|ありません)|正常/;
/** …and is not negated: "doesn't open", "can't reach", "fails", 「開けません」「アクセスできない」. */
const NOT_OK = /(?<![a-z])(?:not|never|no|cannot|can'?t|couldn'?t|won'?t|doesn'?t|don'?t|isn'?t|aren'?t|fails?|failed|failing|errors?|either|neither|nor)(?![a-z])|(?:開け|開き|でき|つなが|繋が|見られ|見え|表示され)(?:ない|ません|ず)|だめ|ダメ|駄目|失敗|エラー/i;
/** The browser reaching TMS's own pages is not the managed system's HTTPS ("log in to TMS from the browser"). */
const TMS_ITSELF = /(?<![a-z])tms(?![a-z])/i;
/** TMS fails: "No HTTPS response", or TMS with a failure word. */
const TMS_FAILS = /no\s?https(?:\s?response)?|(?<![a-z])tms(?![a-z])[^]{0,40}?(?:(?<![a-z])(?:fails?|failing|failed|errors?|red|still|can'?t|cannot|not|doesn'?t|won'?t)(?![a-z])|失敗|エラー|だめ|ダメ|駄目|でき(?:ない|ません)|つながら|繋がら|のまま)/i;

/**
 * The browser got in over plain HTTP ("works in the browser over http", "opens over HTTP only", 「HTTPなら開けます」):
 * that says nothing of the system's HTTPS. Read on the browser clause when it does not name HTTPS too.
 */
const PLAIN_HTTP = /(?<![a-z])(?:(?:over|via|with|using|on|by|in)\s(?:plain\s)?http(?![s:a-z])|http\s?only|only\s(?:over\s|via\s|with\s|on\s)?(?:plain\s)?http(?![s:a-z])|http:\/\/)|http\s?(?:なら|では|だと|のみ|だけ|で)/i;
const HTTPS = /https/i;
/** HTTP and HTTPS together ("over http and https", "http/https", "http(s)"): HTTPS is among the ways the browser got in. */
const BOTH = /http\s?(?:and|&|\/|or|と|も)\s?https|http\(s\)/i;
/**
 * A clause (not about TMS) that says HTTPS does not get in: "not https", "HTTPS fails too", "https doesn't open",
 * 「HTTPSは開けません」. ("No HTTPS response" is TMS's error, not the browser.)
 */
const HTTPS_FAILS = /(?<![a-z])(?:not|never|no)\s(?:(?:over|via|with|on|by)\s)?https(?!\s?response)|https(?!\s?response)[\s\w]{0,20}?(?<![a-z])(?:fails?|failed|failing|doesn'?t|does\snot|won'?t|can'?t|cannot|isn'?t|is\snot|not|(?<!no\s)errors?|times?\sout|timed\sout|refused)(?![a-z])|https\s?(?:は|が|だと|では|で(?:は)?)[^。、]{0,12}?(?:開け(?:ない|ません)|でき(?:ない|ません)|つながら|繋がら|失敗|エラー|だめ|ダメ|駄目)/i;

/** The managed system named in the browser clause ("the codec's web page … from the TMS server"): not TMS's own web interface. */
const SYSTEM_NAMED = /codec|endpoint|(?<![a-z])(?:sx|mx|dx|ix|c)\d{2,3}(?![\d])|room\s?kit|(?<![a-z])device|コーデック|エンドポイント|端末/i;
/**
 * A doubt drawn from it, with the symptom already held (QA59 #8): "so it can't be a TLS problem, right?", "so HTTPS works on
 * the codec", 「TLS の問題ではないですよね？」「コーデック側の HTTPS は問題ない」.
 */
const DOUBT = /(?:can'?t|cannot|can\snot|isn'?t|is\snot|not|no(?:t\sa)?)\s(?:be\s)?(?:an?\s)?(?:tls|ssl|https|certificate)(?:\s1\.0)?\s?(?:problem|issue|thing|related)?|https\s(?:works|is\sfine|is\sok(?:ay)?)|(?:tls|ssl|https)\s?(?:1\.0\s?)?(?:の)?\s?(?:問題|原因)?\s?(?:では|じゃ)(?:ない|ありません)|https\s?(?:は|が)?\s?(?:問題(?:ない|ありません)|正常|動いて)/i;

/**
 * Does the message say a browser gets in over HTTPS while TMS fails? `symptomHeld`: the conversation already holds "No HTTPS
 * response" (QA59 #8), so the browser getting in to the system is enough ("I can open https://codec in Chrome, so HTTPS works on
 * the codec", "the codec's web page opens fine in a browser from the TMS server") without TMS's failure said again.
 */
export function browserWorksTmsFailsIn(text: string, symptomHeld = false): boolean {
  if (!CHEAP.test(text) || text.length > 300) return false;
  const clauses = text.split(SPLIT).filter((c) => c && c.trim());
  let browserOk = -1;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (!BROWSER.test(c)) continue;
    // "I can log in to TMS from the browser": TMS's own web interface, not the system TMS fails to reach.
    if (TMS_ITSELF.test(c) && !/no\s?https/i.test(c) && !(symptomHeld && SYSTEM_NAMED.test(c))) continue;
    if ((OK_EN.test(c) || OK_JA.test(c)) && !NOT_OK.test(c.replace(/問題(?:なく|ない|ありません)|no\sproblems?|no\s?https(?:\s?response)?/gi, ' '))) {
      browserOk = i;
      break;
    }
  }
  if (browserOk < 0) return false;
  // "works in the browser over http, not https", "opens over HTTP only; HTTPS fails too": the browser did not get in
  // over HTTPS, which points at the system's own HTTPS, not at TMS's TLS 1.0 (QA round 17 #3).
  const okClause = clauses[browserOk]!;
  if (PLAIN_HTTP.test(okClause) && !HTTPS.test(okClause) && !BOTH.test(text)) return false;
  if (/https/i.test(text) && clauses.some((c) => !TMS_ITSELF.test(c) && HTTPS_FAILS.test(c))) return false;
  if (clauses.some((c, i) => i !== browserOk && TMS_FAILS.test(c))) return true;
  return symptomHeld && (SYSTEM_NAMED.test(text) || DOUBT.test(text) || /https:\/\//i.test(text));
}
