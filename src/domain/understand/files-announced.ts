/**
 * Evidence announced, not a change planned (QA64 #8): "I will attach the registry export and the event log", "attaching the
 * capture now", "will upload the logs shortly", 「レジストリとイベントログを添付します」「ログを送ります」. The registry word in it made
 * the plan route say "Noted as a plan…" with its checklist; a bare "attaching the capture now" read as a failed version.
 * A sentence that announces files (a verb of attaching or sending, a kind of evidence, no level, restart or step of the fix)
 * is split off; the rest of the message is read as usual. Bounded: short messages only; no nested quantifiers.
 */
const SENTENCE = /(?<=[.!])\s+|(?<=[。！])\s*|\n+/;
const ATTACH_EN =
  /(?<![a-z])(?:(?:i(?:'ll|\swill)|we(?:'ll|\swill)|will|going\sto|gonna|let\sme|about\sto|can)\s(?:also\s|now\s|shortly\s|soon\s)?(?:attach|upload|send|share|post|paste|drop)|attaching|uploading|sending|sharing|posting|pasting)(?![a-z])/;
const EVIDENCE_EN =
  /(?<![a-z])(?:regist\w*|\.reg|reg\s(?:export|query|file)|exports?|event\s?logs?|logs?|captures?|pcaps?|wireshark|screenshots?|screen\s?caps?|files?|outputs?|traces?|sslscan|results?|dumps?)(?![a-z])/;
const ATTACH_JA = /(?:添付|アップロード|共有|送付|貼り付け|貼付)(?:します|しますね|いたします|させていただきます|しておきます|する予定です)|(?:送ります|貼ります|上げます|お送りします)/;
const EVIDENCE_JA = /レジストリ|ログ|キャプチャ|パケット|ファイル|出力|結果|スクリーンショット|画面|エクスポート/;
/** A step of the fix said in the same sentence: then it is a plan after all ("I will attach the .reg and set Medium-High tonight"). */
const STEP = /medium|high|tms\s?tools|communication\ssecurity|reboot|restart|iisreset|enable|disable|import|apply|run\s|change|set\s|ミディアム|再起動|有効|無効|インポート|適用|変更|設定し/i;

function announces(sentence: string): boolean {
  let t = sentence;
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  t = t.toLowerCase();
  if (STEP.test(t) || /[?？]/.test(t)) return false;
  return (ATTACH_EN.test(t) && EVIDENCE_EN.test(t)) || (ATTACH_JA.test(t) && EVIDENCE_JA.test(t));
}

/** The message's other sentences when one or more of them only announce files to come; null when none does. */
export function filesAnnouncedIn(text: string): { rest: string } | null {
  // (One line of chat: "@@VERSIONの結果貼ります" above the pasted output, "pasting the output:" and the output, is the paste itself.)
  if (typeof text !== 'string' || text.length > 300 || /\n\s*\S/.test(text.trim())) return null;
  if (!/attach|upload|send|shar|post|past|drop|添付|アップロード|共有|送|貼|上げます/i.test(text)) return null;
  const parts = text.split(SENTENCE).filter((p) => p.trim() !== '');
  const rest = parts.filter((p) => !announces(p));
  if (rest.length === parts.length) return null;
  return { rest: rest.join('\n') };
}
