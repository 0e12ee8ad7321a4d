/**
 * The TLS port a capture is to be read for, named in the words a file is shared with in Slack ("capture on port 8443",
 * 「ポート8443のキャプチャ」「8443番ポート」): the same option as the console's and the CLI's `--port N`
 * (ReadOptions.tlsPorts; 443 is always read). Pure, a cheap word test first.
 */

/** Cheap test: the word "port" / 「ポート」. */
const PORT_CHEAP = /port|ポート/i;
/** "port 8443", "port: 8443", "--port 8443", 「ポート8443」「ポート番号 8443」「8443番ポート」「8443 番のポート」. */
const PORT_NAMED = /(?<![a-z])(?:--)?port(?:\snumber)?\s?[:=]?\s?(\d{1,5})(?!\d)|ポート(?:番号)?\s?[:：]?\s?(\d{1,5})(?!\d)|(?<!\d)(\d{1,5})\s?番(?:の)?ポート/gi;

/** The ports named (1–65535, at most 8, in order, without repeats); empty when none. */
export function capturePortsIn(text: string): number[] {
  const head = text.length > 1000 ? text.slice(0, 1000) : text;
  if (!PORT_CHEAP.test(head)) return [];
  const s = head.normalize('NFKC');
  const out: number[] = [];
  PORT_NAMED.lastIndex = 0;
  for (let m = PORT_NAMED.exec(s); m && out.length < 8; m = PORT_NAMED.exec(s)) {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    if (n >= 1 && n <= 65535 && !out.includes(n)) out.push(n);
  }
  return out;
}
