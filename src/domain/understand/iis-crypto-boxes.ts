/**
 * IIS Crypto's protocol check boxes pasted as text (QA60 #12): "Client Protocols\n[ ] TLS 1.0\n[x] TLS 1.2", or one line per side,
 * "Client Protocols: SSL 3.0 [ ] TLS 1.0 [ ] TLS 1.2 [x]". Read as the same words said in prose are ("Client Protocols: TLS 1.0
 * unchecked, TLS 1.2 checked", tls-claims.ts): what the TMS server's protocols are, as claims.
 *
 * Conservative: a line counts only when it holds nothing but boxes and protocol names (after a "Client/Server Protocols" heading),
 * so a to-do list ("[x] TLS 1.2 keys created", "- [ ] set Medium-High") is not read; and at least three boxes, or a Protocols
 * heading, or IIS Crypto named. TMS polling endpoints uses the Client side (knowledge.md): TLS 1.0 and 1.2 are taken from the
 * Client boxes (from unheaded boxes when there is no Client list; a Server list alone says nothing about them). SSL 3.0 is said
 * off when any side shown has it off (what a SQL Server 2008 R2 on the server cares about: warn more).
 * Pure, total, bounded (the first 16 KiB, 200 lines).
 */
import type { TlsClaims } from '../types';

type Proto = 'ssl2' | 'ssl3' | 'tls10' | 'tls11' | 'tls12' | 'tls13';
type Side = 'client' | 'server' | 'none' | 'other';

const CHEAP = /\[\s?[xX✓✔]?\s?\]|[☐☑]/;
const BOX = '(?:\\[\\s?[xX✓✔]?\\s?\\]|[☐☑])';
const NAME = '(?:SSL|TLS)\\s?v?\\s?\\d\\.\\d';
/** "[ ] TLS 1.0", "[x] TLS 1.2 [x] TLS 1.3": boxes first. */
const BOX_FIRST = new RegExp(`^(?:\\s{0,8}${BOX}\\s{0,4}${NAME}){1,8}\\s*$`, 'i');
/** "SSL 2.0 [ ] TLS 1.2 [x]": names first. */
const NAME_FIRST = new RegExp(`^(?:\\s{0,8}${NAME}\\s{0,4}${BOX}){1,8}\\s*$`, 'i');
const PAIR_BOX_FIRST = new RegExp(`(${BOX})\\s{0,4}(${NAME})`, 'gi');
const PAIR_NAME_FIRST = new RegExp(`(${NAME})\\s{0,4}(${BOX})`, 'gi');
/** A heading, alone or before the boxes on its line: "Client Protocols", "Server Protocols:", "Ciphers", "Hashes"… */
const HEADING = /^\s{0,8}(client\s?protocols?|server\s?protocols?|ciphers?|hashes|key\s?exchanges?|cipher\s?suites?)\s{0,4}:?/i;

function protoOf(name: string): Proto | null {
  const m = /(ssl|tls)\s?v?\s?(\d)\.(\d)/i.exec(name);
  if (!m) return null;
  const v = `${m[2]}.${m[3]}`;
  if (m[1].toLowerCase() === 'ssl') return v === '2.0' ? 'ssl2' : v === '3.0' ? 'ssl3' : null;
  return v === '1.0' ? 'tls10' : v === '1.1' ? 'tls11' : v === '1.2' ? 'tls12' : v === '1.3' ? 'tls13' : null;
}

const checked = (box: string) => /[xX✓✔☑]/.test(box);

type Boxes = Record<'client' | 'server' | 'none', Partial<Record<Proto, boolean>>>;

/** The boxes read per side, or null when the text holds no listing (see the file's comment). */
function boxesIn(text: string): Boxes | null {
  if (typeof text !== 'string' || !CHEAP.test(text)) return null;
  try {
    const boxes: Boxes = { client: {}, server: {}, none: {} };
    let side: Side = 'none';
    let count = 0;
    let headed = false;
    for (const raw of text.slice(0, 16_384).replace(/```/g, '\n').split(/\r?\n/, 200)) {
      let line = raw.slice(0, 400);
      const h = HEADING.exec(line);
      if (h) {
        const word = h[1].toLowerCase();
        side = word.startsWith('client') ? 'client' : word.startsWith('server') ? 'server' : 'other';
        if (side !== 'other') headed = true;
        line = line.slice(h[0].length);
        if (line.trim() === '') continue;
      }
      const first = BOX_FIRST.test(line);
      if (!first && !NAME_FIRST.test(line)) continue;
      if (side === 'other') continue;
      for (const m of line.matchAll(first ? PAIR_BOX_FIRST : PAIR_NAME_FIRST)) {
        const p = protoOf(first ? m[2] : m[1]);
        if (!p) continue;
        boxes[side][p] = checked(first ? m[1] : m[2]);
        count++;
      }
    }
    if (count === 0 || (count < 3 && !headed && !/iis\s?crypto/i.test(text))) return null;
    return boxes;
  } catch {
    return null;
  }
}

const LABEL: Record<Proto, string> = { ssl2: 'SSL 2.0', ssl3: 'SSL 3.0', tls10: 'TLS 1.0', tls11: 'TLS 1.1', tls12: 'TLS 1.2', tls13: 'TLS 1.3' };

/**
 * A listing with only the Server side's boxes (FIX61A #4, "Server Protocols: … TLS 1.0 [ ] … TLS 1.2 [x]"): the protocols checked and
 * unchecked there, to be said back, and that the Client side, which TMS's own connections use, was not shown. Null otherwise.
 */
export function serverOnlyBoxes(text: string): { on: string[]; off: string[]; tls10Off: boolean; ssl3Off: boolean } | null {
  const boxes = boxesIn(text);
  if (!boxes || Object.keys(boxes.client).length || Object.keys(boxes.none).length || !Object.keys(boxes.server).length) return null;
  const order: Proto[] = ['ssl2', 'ssl3', 'tls10', 'tls11', 'tls12', 'tls13'];
  const on = order.filter((p) => boxes.server[p] === true).map((p) => LABEL[p]);
  const off = order.filter((p) => boxes.server[p] === false).map((p) => LABEL[p]);
  return { on, off, tls10Off: boxes.server.tls10 === false, ssl3Off: boxes.server.ssl3 === false };
}

/** The claims an IIS Crypto-style check-box listing makes, or null when the text holds none. */
export function checkboxClaims(text: string): Partial<TlsClaims> | null {
  const boxes = boxesIn(text);
  if (!boxes) return null;
  try {
    const main = Object.keys(boxes.client).length ? boxes.client : boxes.none;
    const out: Partial<TlsClaims> = {};
    if (main.tls10 !== undefined) out.tls10 = main.tls10 ? 'on' : 'off';
    if (main.tls12 !== undefined) out.tls12 = main.tls12 ? 'on' : 'off';
    const ssl3 = [boxes.client.ssl3, boxes.server.ssl3, boxes.none.ssl3].filter((v) => v !== undefined);
    if (ssl3.length) out.ssl3 = ssl3.includes(false) ? 'off' : 'on';
    return Object.keys(out).length ? out : null;
  } catch {
    return null;
  }
}
