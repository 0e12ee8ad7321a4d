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

type Boxes = Record<'client' | 'server' | 'none', Partial<Record<Proto, boolean>>> & {
  /**
   * Protocols whose boxes cannot be put on one side (QA62 #1): under a heading line that names both sides (the two columns pasted
   * side by side, "Server Protocols    Client Protocols"), or named twice on one line. Nothing is taken for them.
   */
  unclear: Set<Proto>;
};

/** A heading line naming both sides: the two columns of IIS Crypto's window pasted side by side. */
const BOTH_HEADINGS = /client\s?protocols?[\s\S]{0,200}server\s?protocols?|server\s?protocols?[\s\S]{0,200}client\s?protocols?/i;

/** The boxes read per side, or null when the text holds no listing (see the file's comment). */
function boxesIn(text: string): Boxes | null {
  if (typeof text !== 'string' || !CHEAP.test(text)) return null;
  try {
    const boxes: Boxes = { client: {}, server: {}, none: {}, unclear: new Set() };
    let side: Side | 'both' = 'none';
    let count = 0;
    let headed = false;
    /** The boxes read since the last heading, and the protocols among them (one named twice: its side cannot be told). */
    let sinceHeading = 0;
    let seen = new Set<Proto>();
    for (const raw of text.slice(0, 16_384).replace(/```/g, '\n').split(/\r?\n/, 200)) {
      let line = raw.slice(0, 400);
      const h = HEADING.exec(line);
      if (h) {
        const word = h[1].toLowerCase();
        const was = side;
        side = word.startsWith('client') ? 'client' : word.startsWith('server') ? 'server' : 'other';
        // Both headings on one line, or one right after the other with no box between ("Server Protocols\nClient Protocols\n[ ] …"):
        // the columns ran together.
        if (side !== 'other' && (BOTH_HEADINGS.test(line) || (sinceHeading === 0 && ((was === 'client' && side === 'server') || (was === 'server' && side === 'client') || was === 'both')))) side = 'both';
        sinceHeading = 0;
        seen = new Set();
        if (side !== 'other') headed = true;
        if (side === 'both') continue;
        line = line.slice(h[0].length);
        if (line.trim() === '') continue;
      }
      const first = BOX_FIRST.test(line);
      if (!first && !NAME_FIRST.test(line)) continue;
      if (side === 'other') continue;
      const pairs: [Proto, boolean][] = [];
      for (const m of line.matchAll(first ? PAIR_BOX_FIRST : PAIR_NAME_FIRST)) {
        const p = protoOf(first ? m[2] : m[1]);
        if (p) pairs.push([p, checked(first ? m[1] : m[2])]);
      }
      count += pairs.length;
      sinceHeading += pairs.length;
      if (side === 'both') {
        for (const [p] of pairs) boxes.unclear.add(p);
        continue;
      }
      // One protocol twice under one heading or on one line ("[ ] TLS 1.0      [x] TLS 1.0"): which box is whose cannot be told.
      for (const [p, on] of pairs) {
        if (seen.has(p)) boxes.unclear.add(p);
        seen.add(p);
        boxes[side][p] = on;
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
  if (!boxes || Object.keys(boxes.client).length || Object.keys(boxes.none).length || boxes.unclear.size || !Object.keys(boxes.server).length) return null;
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
    // A protocol whose boxes could not be put on one side (QA62 #1) is taken as nothing: the note says what to check.
    // TLS 1.0 ticked for the Client and not for the Server (QA62 #1) is not "TLS 1.0 on": the Server side's state is an observation
    // (checkboxObservations) and the SQL outage card says what it means; the claim would say the opposite beside it.
    const sidesDiffer = main === boxes.client && boxes.server.tls10 === false && main.tls10 === true;
    if (main.tls10 !== undefined && !boxes.unclear.has('tls10') && !sidesDiffer) out.tls10 = main.tls10 ? 'on' : 'off';
    if (main.tls12 !== undefined && !boxes.unclear.has('tls12')) out.tls12 = main.tls12 ? 'on' : 'off';
    const ssl3 = [boxes.client.ssl3, boxes.server.ssl3, boxes.none.ssl3].filter((v) => v !== undefined);
    if (ssl3.length && !boxes.unclear.has('ssl3')) out.ssl3 = ssl3.includes(false) ? 'off' : 'on';
    return Object.keys(out).length ? out : null;
  } catch {
    return null;
  }
}

/**
 * What the listing shows of the Server side that the claims above do not carry (QA62 #1), as registry observations
 * (src/evidence/registry.ts words them the same way, and src/domain/evidence-rules.ts reads "Schannel TLS 1.0 … Server"):
 * - TLS 1.0 unticked under Server Protocols: `schannel-tls10-disabled` ("Client and Server" when both are unticked), with
 *   SSL 3.0's Server box unticked as `schannel-ssl3-disabled`: with a SQL Server without TLS 1.2 support on the server,
 *   that is Microsoft's failing case (knowledge.md, KB3135244), and the outage card must say so.
 * - boxes whose side cannot be told (side-by-side columns): one note saying nothing was taken from them, and what to check.
 * Empty when the text holds no listing.
 */
export function checkboxObservations(text: string): { code: string; detail: { en: string; ja: string } }[] {
  const boxes = boxesIn(text);
  if (!boxes) return [];
  const out: { code: string; detail: { en: string; ja: string } }[] = [];
  // A Server list alone is said back by its own answer (serverOnlyBoxes, FIX61A #4); read here only in the SQL failing case
  // (TLS 1.0 and SSL 3.0 both unticked), so the outage card can say what it means for the SQL Server known.
  const serverOnly = !Object.keys(boxes.client).length && !Object.keys(boxes.none).length;
  if (boxes.server.tls10 === false && !boxes.unclear.has('tls10') && (!serverOnly || (boxes.server.ssl3 === false && !boxes.unclear.has('ssl3')))) {
    const both = boxes.client.tls10 === false;
    const sides = both ? 'Client and Server' : 'Server';
    out.push({
      code: 'schannel-tls10-disabled',
      detail: {
        en: `Schannel TLS 1.0 ${sides} is turned off (unticked in the IIS Crypto listing you pasted).${both ? '' : ' The Server side is what this server accepts from others; TMS polling the endpoints uses the Client side.'} A SQL Server on this server without TLS 1.2 support (2008 or 2008 R2, 2012 or 2014 before its TLS 1.2 build) needs TLS 1.0.`,
        ja: `Schannel の TLS 1.0 ${sides} が無効です（貼り付けていただいた IIS Crypto の一覧でチェックなし）。${both ? '' : 'Server 側は、ほかのシステムからこのサーバへの接続で使われます。TMS がエンドポイントをポーリングするときに使うのは Client 側です。'}TLS 1.2 に対応していない SQL Server（TLS 1.2 対応ビルドより前の 2008、2008 R2、2012、2014）がこのサーバにある場合、TLS 1.0 が必要です。`,
      },
    });
    if (boxes.server.ssl3 === false && !boxes.unclear.has('ssl3')) {
      out.push({
        code: 'schannel-ssl3-disabled',
        detail: { en: 'Schannel SSL 3.0 Server turned off (unticked in the IIS Crypto listing).', ja: 'Schannel の SSL 3.0 Server が無効です（IIS Crypto の一覧でチェックなし）。' },
      });
    }
  }
  if (boxes.unclear.size) {
    const order: Proto[] = ['ssl2', 'ssl3', 'tls10', 'tls11', 'tls12', 'tls13'];
    const list = order.filter((p) => boxes.unclear.has(p)).map((p) => LABEL[p]).join(', ');
    out.push({
      code: 'iis-crypto-sides-unclear',
      detail: {
        en: `In the IIS Crypto listing, the Server and Client boxes for ${list} run together (the two columns side by side), so I cannot tell which box is whose, and I have taken none of them as on or off. Paste the Server Protocols and the Client Protocols lists one after the other, or the output of \`reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s\`. What to look at: TLS 1.2 on the Client side (what TMS offers the endpoints at Medium-High), and TLS 1.0 and SSL 3.0 on the Server side (with both off, a SQL Server on this server without TLS 1.2 support stops and does not start).`,
        ja: `IIS Crypto の一覧で、${list} の Server と Client のチェックボックスがつながっていて（2 つの列が横に並んでいるため）、どちらの側のものか判断できません。そのため、どれも有効・無効とは判断していません。Server Protocols と Client Protocols の一覧を別々に貼り付けるか、\`reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s\` の出力を貼り付けてください。確認する点は、Client 側の TLS 1.2（Medium-High で TMS がエンドポイントに提示するもの）と、Server 側の TLS 1.0 と SSL 3.0 です（両方が無効だと、このサーバ上の TLS 1.2 非対応の SQL Server は停止し、起動しなくなります）。`,
      },
    });
  }
  return out;
}
