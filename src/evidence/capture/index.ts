/**
 * Reading a packet capture (pcap or pcapng, already decompressed) as evidence, streamed: the file is
 * never whole in memory, the work per byte is small and bounded, and the reading stops cleanly at
 * the time limit or at the first impossible length, reporting what it read before.
 */
import type { LocalizedText } from '../../domain/types';
import { describeFlows } from '../flows';
import { LimitError, mb, type EvidenceLimits } from '../source';
import type { EvidenceReading, Observation } from '../types';
import { PcapngParser, PcapParser, describeLinktypes, type ContainerParser } from './containers';
import { decodeFrame, newSegment, type Segment } from './link';
import { ConnectionTracker } from './tcp';

export interface CaptureOptions extends EvidenceLimits {
  /** Extra ports (besides 443) whose connections are read as TLS. */
  tlsPorts?: number[];
  /** Where the reading is shown (the --port hint names that surface's way; default: the command line). */
  surface?: 'cli' | 'console' | 'slack';
  /** Connections followed at once (default MAX_LIVE_CONNECTIONS; tests use a small number). */
  maxLive?: number;
  /** The clock the time limit is measured with, in ms (default Date.now; tests inject one). */
  now?: () => number;
}

/**
 * Ports other than the ones read where a client's ClientHello was seen (a test server on 8443, another
 * service such as LDAPS on 636): at most this many are remembered, for a note only.
 */
const MAX_OTHER_TLS_PORTS = 4;

/** A TLS handshake record holding a ClientHello at the start of a TCP payload (cheap byte test). */
function startsWithClientHello(frame: Buffer, s: Segment): boolean {
  const o = s.payloadOff;
  return s.payloadLen >= 6 && frame[o] === 0x16 && frame[o + 1] === 0x03 && frame[o + 5] === 0x01;
}

/** How to read a capture again with another TLS port, on the surface the reading is shown on. */
function rereadEn(surface: CaptureOptions['surface'], n: string): string {
  if (surface === 'console') return `read the capture again naming the port: \`evidence FILE --port ${n}\`.`;
  if (surface === 'slack') return `share the file again with "port ${n}" in the message, and I will read it for that port.`;
  return `read the capture again naming the port: \`tms-doctor evidence FILE --port ${n}\`.`;
}

function rereadJa(surface: CaptureOptions['surface'], n: string): string {
  if (surface === 'console') return `ポートを指定して読み直してください：\`evidence ファイル --port ${n}\`。`;
  if (surface === 'slack') return `メッセージに「ポート${n}」と書いて、ファイルをもう一度共有してください。そのポートで読み直します。`;
  return `ポートを指定して読み直してください：\`tms-doctor evidence ファイル --port ${n}\`。`;
}

/** How often (in packets) the time limit is checked inside a chunk. */
const CLOCK_EVERY = 128;

/** A limit in ms as people say it: "50 ms", "2.5 s", "120 s" (EN, JA). */
function duration(ms: number): LocalizedText {
  if (ms < 1000) return t(`${Math.round(ms)} ms`, `${Math.round(ms)} ミリ秒`);
  const s = ms >= 10_000 ? Math.round(ms / 1000) : Math.round(ms / 100) / 10;
  return t(`${s} s`, `${s} 秒`);
}

function t(en: string, ja: string): LocalizedText {
  return { en, ja };
}

export type CaptureMagic = 'pcap' | 'pcapng' | null;

export function captureMagic(head: Buffer): CaptureMagic {
  if (head.length < 4) return null;
  const le = head.readUInt32LE(0);
  const be = head.readUInt32BE(0);
  if (le === 0xa1b2c3d4 || le === 0xa1b23c4d || be === 0xa1b2c3d4 || be === 0xa1b23c4d) return 'pcap';
  if (le === 0x0a0d0d0a) return 'pcapng';
  return null;
}

export interface CaptureStats {
  bytes: number;
  frames: number;
  tcpSegments: number;
  connections: number;
  /** Connections not followed (the table was full), and SYN-only ones evicted to make room. */
  notFollowed?: number;
  evictedSynOnly?: number;
  /** Young SYN-only connections dropped unreported because they flooded the table. */
  droppedYoungSyn?: number;
  /** ClientHellos per highest offered version ("0x0301", "0x0303", …), one per connection. */
  hellos: Record<string, number>;
}

/** Reads a capture from its (decompressed) chunks. Never throws. */
export async function readCapture(chunks: AsyncIterable<Buffer>, opts: CaptureOptions, stats?: CaptureStats): Promise<EvidenceReading> {
  const tlsPorts = new Set<number>([443, ...(opts.tlsPorts ?? []).filter((p) => Number.isInteger(p) && p > 0 && p < 65536 && p !== 80)]);
  const tracker = new ConnectionTracker({ tlsPorts, httpPorts: new Set([80]), maxLive: opts.maxLive });
  const seg = newSegment();
  let parser: ContainerParser | null = null;
  const problems: LocalizedText[] = [];
  let bytes = 0;
  let head: Buffer = Buffer.alloc(0);
  const now = opts.now ?? Date.now;
  const deadline = now() + opts.timeMs;
  let kind: 'pcap' | 'pcapng' = 'pcap';
  let sunk = 0;
  const limit = duration(opts.timeMs);
  // Stopped by a limit (size, unpacked size, time), not by the file: what follows is about the part read (QA55 #9).
  let limited: LocalizedText | null = null;
  const timeLimit = t(`the time limit (${limit.en})`, `制限時間（${limit.ja}）`);
  const late = (frames: number) =>
    t(
      `Reading took longer than the time limit (${limit.en}), so I stopped after ${frames.toLocaleString('en-US')} packets (about the first ${mb(bytes)}); what follows comes from those packets only.`,
      `読み取りが制限時間（${limit.ja}）を超えたため、${frames.toLocaleString('en-US')} 個のパケット（先頭の約 ${mb(bytes)}）を読んだところで止めました。以下はそこまでのパケットだけに基づいています。`,
    );
  // TLS on a port that is not read: the ports where a ClientHello was seen, named in a note when the
  // capture holds no TLS connection on the ports read. They are not read without being asked for: TMS
  // polls endpoints on 443, and TLS elsewhere may be another service (LDAPS, a Meeting Server API) whose
  // handshake says nothing about the endpoint.
  const otherPorts = new Set<number>();
  let otherPortsMore = false;
  const sink = (frame: Buffer, lt: number, time: number) => {
    if (decodeFrame(frame, lt, seg)) {
      if (tlsPorts.has(seg.dport) || tlsPorts.has(seg.sport) || seg.dport === 80 || seg.sport === 80) tracker.segment(frame, seg, time);
      else {
        if (!otherPorts.has(seg.dport) && !otherPorts.has(seg.sport) && startsWithClientHello(frame, seg)) {
          if (otherPorts.size < MAX_OTHER_TLS_PORTS) otherPorts.add(seg.dport);
          else otherPortsMore = true;
        }
      }
    }
    // The limit holds inside a chunk too: one chunk of small packets can be a lot of work.
    if (++sunk % CLOCK_EVERY === 0 && now() > deadline && parser && !parser.stopped) {
      limited = timeLimit;
      parser.halt(late(parser.frames));
    }
  };
  try {
    for await (const chunk of chunks) {
      bytes += chunk.length;
      if (!parser) {
        head = head.length ? Buffer.concat([head, chunk]) : chunk;
        if (head.length < 4) continue;
        const m = captureMagic(head);
        if (!m) {
          return {
            kind: 'pcap',
            observations: [],
            facts: {},
            problems: [t('This is not a packet capture I can read: it starts with neither the pcap nor the pcapng magic number. Save it from Wireshark as pcap or pcapng.', '読み取れるパケットキャプチャではありません（pcap と pcapng のどちらのマジックナンバーでも始まっていません）。Wireshark で pcap か pcapng 形式で保存してください。')],
          };
        }
        kind = m;
        parser = m === 'pcap' ? new PcapParser(sink) : new PcapngParser(sink);
        parser.push(head);
        head = Buffer.alloc(0);
      } else parser.push(chunk);
      if (parser.stopped) break;
      if (bytes > opts.maxBytes) {
        limited = t(`the ${mb(opts.maxBytes)} size limit`, `サイズの上限（${mb(opts.maxBytes)}）`);
        parser.halt(t(`The capture is larger than ${mb(opts.maxBytes)} (the limit); only the first ${mb(opts.maxBytes)} were read. Filter it (tcp port 443 or tcp port 80) to keep it small.`, `キャプチャが上限の ${mb(opts.maxBytes)} を超えるため、先頭の ${mb(opts.maxBytes)} だけを読みました。tcp port 443 または tcp port 80 で絞り込むと小さくなります。`));
        break;
      }
      if (now() > deadline) {
        // Stopped between chunks: a record split over the chunk end is the cut, not a damaged file.
        limited = timeLimit;
        parser.halt(late(parser.frames));
        break;
      }
    }
  } catch (e) {
    // The unpacked size limit (a zip bomb): the reader stopped there, the file is not "cut short".
    if (e instanceof LimitError && parser && !parser.stopped) {
      limited = t(`the ${mb(opts.maxBytes)} limit on the unpacked size`, `展開後のサイズの上限（${mb(opts.maxBytes)}）`);
      parser.halt(e.reason);
    } else if (e instanceof LimitError) problems.push(e.reason);
    else problems.push(t('The compressed data is damaged; what came before the damage was read.', '圧縮データが壊れています。壊れた箇所より前は読みました。'));
  }
  if (!parser) {
    return { kind, observations: [], facts: {}, problems: [...problems, t('The file is too short to be a packet capture.', 'パケットキャプチャとしては短すぎるファイルです。')] };
  }
  const fileCut = !parser.stopped && parser.pendingBytes() > 0;
  if (parser.stopped) problems.push(parser.stopped);
  else if (fileCut) problems.push(t('The file ends in the middle of a packet (it was cut short); everything before was read.', 'ファイルがパケットの途中で終わっています（途中で切れています）。それより前はすべて読みました。'));
  if (parser.unsupportedLinktypes.size) problems.push(t(`Packets of a link type I cannot read were skipped (${describeLinktypes(parser.unsupportedLinktypes)}).`, `読み取れないリンク種別のパケットは飛ばしました（${describeLinktypes(parser.unsupportedLinktypes)}）。`));
  const flows = tracker.end(fileCut);
  if (otherPorts.size && !flows.some((f) => !f.http && (f.clientHello || f.tcpCompleted === true))) {
    // Nothing on 443 (or the ports asked for) that could be followed, but ClientHellos on another port.
    const list = [...otherPorts];
    const some = otherPortsMore ? ', …' : '';
    const ports = [...tlsPorts].join(', ');
    const one = list.length === 1 && !otherPortsMore;
    const n = one ? String(list[0]) : 'N';
    problems.push(
      t(
        `No TLS connection to port ${ports} was in the capture, but TLS ClientHellos were on ${one ? 'port' : 'ports'} ${list.join(', ')}${some}. TMS polls endpoints on port 443, so that may be another service; if it is where this endpoint's HTTPS answers, ${rereadEn(opts.surface, n)}`,
        `キャプチャにはポート ${[...tlsPorts].join('、')} への TLS 接続がありませんが、ポート ${list.join('、')}${some} に TLS の ClientHello がありました。TMS はエンドポイントをポート 443 でポーリングするので、別のサービスの通信かもしれません。そのポートがこのエンドポイントの HTTPS であれば、${rereadJa(opts.surface, n)}`,
      ),
    );
  }
  if (tracker.notFollowed) {
    const n = tracker.notFollowed.toLocaleString('en-US');
    const max = tracker.maxLive.toLocaleString('en-US');
    problems.push(t(`${n} ${tracker.notFollowed === 1 ? 'connection was' : 'connections were'} not followed: ${max} others were still open at the time (the limit).`, `その時点で上限の ${max} 件の接続が開いたままだったため、${n} 件の接続は追跡しませんでした。`));
  }
  if (tracker.droppedYoungSyn) {
    const n = tracker.droppedYoungSyn.toLocaleString('en-US');
    problems.push(
      t(
        `${n} ${tracker.droppedYoungSyn === 1 ? 'connection that had only sent a SYN was' : 'connections that had only sent a SYN were'} set aside unreported to make room: SYN-only connections filled more than half of the ${tracker.maxLive.toLocaleString('en-US')} followed at once (a scan or a flood).`,
        `SYN だけを送った接続が、同時に追跡する ${tracker.maxLive.toLocaleString('en-US')} 件の半分を超えたため（スキャンや SYN フラッド）、そのうち ${n} 件は場所を空けるために外し、レポートに含めていません。`,
      ),
    );
  }
  if (tracker.droppedFlows) problems.push(t(`${tracker.droppedFlows} more connections were left out of the report.`, `ほかに ${tracker.droppedFlows} 件の接続をレポートから省きました。`));
  const d = describeFlows(flows);
  const observations: Observation[] = d.observations;
  if (d.omitted) problems.push(t(`${d.omitted} more observations were left out.`, `ほかに ${d.omitted} 件の観察結果を省きました。`));
  if (observations.length === 0) {
    const list = [...tlsPorts, 80];
    const ports = `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
    const portsJa = list.join('、');
    const n = parser.frames;
    // No packet read because the file is damaged, cut short or of a link type not read (QA41 #7): said on the main line, not
    // "was it stopped early?" (the note below says what was wrong).
    const unreadable = n === 0 && (!!parser.stopped || fileCut || parser.unsupportedLinktypes.size > 0);
    const empty = parser.empty.toLocaleString('en-US');
    const emptyEn = parser.empty ? `, and ${empty} ${parser.empty === 1 ? 'record' : 'records'} of zero length (no packet data)` : '';
    const emptyJa = parser.empty ? `。長さ 0 のレコード（パケットのデータなし）が ${empty} 個あります` : '';
    const why = parser.stopped || fileCut
      ? t('the file is damaged or cut short', 'ファイルが壊れているか、途中で切れています')
      : t('its packets are of a link type I cannot read', 'パケットのリンク種別を読み取れません');
    observations.push({
      // (Its own code: a file that could not be read shows nothing about TMS's polling, diagnose.ts.)
      code: unreadable || (limited && n === 0) ? 'capture-unreadable' : 'capture-no-tls-traffic',
      detail:
        limited
          ? t(
              `Reading stopped at ${limited.en}, before any connection to port ${ports} turned up: the part read holds ${n === 0 ? 'no packets' : `${n.toLocaleString('en-US')} ${n === 1 ? 'packet' : 'packets'}`}${emptyEn}. That says nothing about the rest of the file. Filter the capture to the endpoint (tcp port 443 or tcp port 80, and its address) and send it again.`,
              `${limited.ja}に達したため、ポート ${portsJa} への接続が見つかる前に読み取りを止めました。読んだ部分のパケットは ${n === 0 ? '0 個' : `${n.toLocaleString('en-US')} 個`}です${emptyJa}。ファイルの残りの部分については何も分かりません。キャプチャをエンドポイントに絞り込んで（tcp port 443 または tcp port 80 と、そのアドレス）送り直してください。`,
            )
          : unreadable
          ? t(
              `No packet could be read from this capture: ${why.en} (see the note). Take the capture again on the TMS server's network interface while TMS polls the endpoint, save it from Wireshark (File > Save As, pcapng or pcap) and send that file whole.`,
              `このキャプチャからはパケットを 1 つも読み取れませんでした。${why.ja}（注記を参照）。TMS がエンドポイントをポーリングしている間に TMS サーバのネットワークインターフェイスでキャプチャを取り直し、Wireshark で保存して（[ファイル] > [名前を付けて保存]、pcapng か pcap）、そのファイルを丸ごと送ってください。`,
            )
          : n === 0
          ? t(
              `The capture holds no packets at all. Was it stopped before TMS polled the endpoint, or taken on another interface? Capture on the TMS server while TMS polls the endpoint (port ${ports}).`,
              `キャプチャにはパケットが 1 つもありません。TMS がエンドポイントをポーリングする前に止めたか、別のインターフェイスで取得した可能性があります。TMS がエンドポイントをポーリングしている間に、TMS サーバでポート ${portsJa} を取得してください。`,
            )
          : t(
              `The capture holds ${n} ${n === 1 ? 'packet' : 'packets'}, none of them on a connection to port ${ports} that I could follow. Was it taken on the TMS server while TMS polled the endpoint?`,
              `キャプチャには ${n} 個のパケットがありますが、ポート ${portsJa} への接続で追跡できるものはありません。TMS がエンドポイントをポーリングしている間に TMS サーバで取得したものでしょうか。`,
            ),
    });
  }
  if (stats) {
    stats.bytes = bytes;
    stats.frames = parser.frames;
    stats.tcpSegments = tracker.tcpSegments;
    stats.connections = flows.reduce((n, f) => n + (f.repeat ?? 1), 0);
    stats.droppedYoungSyn = tracker.droppedYoungSyn;
    stats.notFollowed = tracker.notFollowed;
    stats.evictedSynOnly = tracker.evictedSynOnly;
    stats.hellos = {};
    for (const f of flows) {
      if (!f.clientHello) continue;
      const k = `0x${f.clientHello.maxVersion.toString(16).padStart(4, '0')}`;
      stats.hellos[k] = (stats.hellos[k] ?? 0) + 1;
    }
  }
  return { kind: parser.format, observations, facts: {}, problems };
}
