import { extractFacts } from '../extract';

/**
 * Evidence announced, not a change planned (QA64 #8): "I will attach the registry export and the event log", "attaching the
 * capture now", "will upload the logs shortly", 「レジストリとイベントログを添付します」「ログを送ります」. The registry word in it made
 * the plan route say "Noted as a plan…" with its checklist; a bare "attaching the capture now" read as a failed version.
 * A sentence that announces files (a verb of attaching or sending, a kind of evidence, no level, restart or step of the fix)
 * is split off; the rest of the message is read as usual. Bounded: short messages only; no nested quantifiers.
 * A sentence that also carries something (rev64 #2: "I will share the SELECT @@VERSION result: SQL Server 2012 SP1 on the TMS box",
 * "I'll post the sslscan output, it shows TLS 1.0 refused by the codec") is not swallowed: only its first clause (up to a colon,
 * comma or 、) is the announcement when that clause carries nothing, and the rest goes back to be read; else the whole sentence is
 * read as usual. "we can send the logs if needed" (a bare "can") and files shared "with the team" announce nothing to the bot.
 */
const SENTENCE = /(?<=[.!])\s+|(?<=[。！])\s*|\n+/;
const ATTACH_EN =
  /(?<![a-z])(?:(?:i(?:'ll|\swill)|we(?:'ll|\swill)|will|going\sto|gonna|let\sme|about\sto)\s(?:also\s|now\s|shortly\s|soon\s)?(?:attach|upload|send|share|post|paste|drop)|attaching|uploading|sending|sharing|posting|pasting)(?![a-z])/;
const EVIDENCE_EN =
  /(?<![a-z])(?:regist\w*|\.reg|reg\s(?:export|query|file)|exports?|event\s?logs?|logs?|captures?|pcaps?|wireshark|screenshots?|screen\s?caps?|files?|outputs?|traces?|sslscan|results?|dumps?)(?![a-z])/;
const ATTACH_JA = /(?:添付|アップロード|共有|送付|貼り付け|貼付)(?:します|しますね|いたします|させていただきます|しておきます|する予定です)|(?:送ります|貼ります|上げます|お送りします)/;
const EVIDENCE_JA = /レジストリ|ログ|キャプチャ|パケット|ファイル|出力|結果|スクリーンショット|画面|エクスポート/;
/** A step of the fix said in the same sentence: then it is a plan after all ("I will attach the .reg and set Medium-High tonight"). */
const STEP = /medium|high|tms\s?tools|communication\ssecurity|reboot|restart|iisreset|enable|disable|import|apply|run\s|change|set\s|ミディアム|再起動|有効|無効|インポート|適用|変更|設定し/i;

/** A fact, a version-shaped number or a claim about TLS, a failure or what works: what the sentence says besides the files. */
const CLAIM = /(?<![a-z])(?:refus\w*|reject\w*|accept\w*|fail\w*|works?|worked|working|reset\w*|offer\w*|supports?|supported)(?![a-z])|拒否|失敗|リセット|動作し|動いて|成功|対応して/i;
function carries(t: string): boolean {
  return /\d\s?\.\s?\d/.test(t) || CLAIM.test(t) || Object.keys(extractFacts(t).facts).length > 0;
}
/** Files shared with people, not with the bot: "I will share the results with the team". */
const TO_OTHERS = /(?<![a-z])(?:with|to)\s(?:the|my|our|your|a)\s(?:\w+\s)?(?:team|colleagues?|customer|client|vendor|manager|boss|partner|tac|cisco|support)(?![a-z])|(?:チーム|同僚|お客様|顧客|ベンダー|上司|TAC)(?:に|と|へ)/i;
/** The first clause of a sentence (up to a colon, comma, 、 or ；) and what comes after it; null when there is no such cut. */
function firstClause(sentence: string): { head: string; tail: string } | null {
  const m = /[:,;、：，；]/.exec(sentence);
  if (!m || !sentence.slice(m.index + 1).trim()) return null;
  return { head: sentence.slice(0, m.index), tail: sentence.slice(m.index + 1).trim() };
}

function announces(sentence: string): boolean {
  let t = sentence;
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  t = t.toLowerCase();
  if (STEP.test(t) || /[?？]/.test(t) || TO_OTHERS.test(t)) return false;
  return (ATTACH_EN.test(t) && EVIDENCE_EN.test(t)) || (ATTACH_JA.test(t) && EVIDENCE_JA.test(t));
}

/** The message's other sentences when one or more of them only announce files to come; null when none does. */
export function filesAnnouncedIn(text: string): { rest: string } | null {
  // (One line of chat: "@@VERSIONの結果貼ります" above the pasted output, "pasting the output:" and the output, is the paste itself.)
  if (typeof text !== 'string' || text.length > 300 || /\n\s*\S/.test(text.trim())) return null;
  if (!/attach|upload|send|shar|post|past|drop|添付|アップロード|共有|送|貼|上げます/i.test(text)) return null;
  const parts = text.split(SENTENCE).filter((p) => p.trim() !== '');
  const rest: string[] = [];
  let found = false;
  for (const p of parts) {
    if (!announces(p)) rest.push(p);
    else if (!carries(p)) found = true;
    else {
      const cut = firstClause(p);
      if (cut && announces(cut.head) && !carries(cut.head)) {
        found = true;
        rest.push(cut.tail);
      } else rest.push(p);
    }
  }
  if (!found) return null;
  return { rest: rest.join('\n') };
}
