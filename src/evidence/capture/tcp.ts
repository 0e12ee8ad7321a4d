/**
 * Following TCP connections to the ports that matter (443 and the ones the user names; 80 for the
 * HTTP fallback) with bounded reassembly: enough of the client's stream to read a ClientHello split
 * over segments or records, enough of the server's to read its first answer. Everything is capped:
 * bytes per direction, out-of-order segments, live connections, remembered connections.
 */
import { readClientHello } from '../../probe/wire/clienthello';
import { alertName, ServerResponseReader } from '../../probe/wire/records';
import type { FlowAnswer, TlsFlow } from '../flows';
import { ACK, addressText, FIN, RST, SYN, type Segment } from './link';

/** Bytes kept per direction of a connection (a ClientHello is well under this). */
export const MAX_STREAM_BYTES = 65536;
const MAX_OUT_OF_ORDER = 16;
/**
 * Connections followed at once. When the table is full, a new connection makes room by evicting
 * the oldest finished one, else the oldest one that has only sent a SYN, unanswered for
 * SYN_EXPIRY_S; when neither exists it is counted (once), not followed.
 */
export const MAX_LIVE_CONNECTIONS = 50_000;
/**
 * Capture seconds after which a SYN with no SYN-ACK counts as unanswered, so its connection may be
 * evicted (a SYN-ACK takes milliseconds; a client retransmits its SYN within seconds, which
 * restarts the wait).
 */
export const SYN_EXPIRY_S = 30;
/**
 * A lone SYN this close to the end of a file cut short may have its answer in the part lost (a first retransmission comes
 * after about 1 s): no verdict on it.
 */
const SYN_CUT_S = 3;
/** Finished connections remembered for the report. */
export const MAX_FLOWS = 100_000;
/**
 * SYN-only connections at once past which the table is taken to be flooded (a scan, a SYN flood):
 * when they also hold more than half of it, the oldest of them makes room even while its SYN is young,
 * so that they cannot keep out the connections that come later. Under it (small tables) a young SYN
 * keeps its place: its SYN-ACK may be on the way.
 */
export const SYN_FLOOD_MIN = 1_000;
/** Different client → server:port pairs kept for the report of connections that only sent a SYN. */
const MAX_SYN_ONLY_SUBJECTS = 10_000;

/** In-order bytes of one direction, from a starting sequence number, bounded. */
export class StreamAssembler {
  private parts: Buffer[] = [];
  private joined: Buffer | null = null;
  length = 0;
  private ooo: { seq: number; data: Buffer }[] = [];
  overflow = false;

  constructor(private next: number) {}

  /** Adds a segment; true when new in-order bytes arrived. */
  push(seq: number, data: Buffer): boolean {
    if (data.length === 0 || this.overflow) return false;
    const d = (seq - this.next) | 0;
    if (d > 0) {
      if (d < MAX_STREAM_BYTES && this.ooo.length < MAX_OUT_OF_ORDER) this.ooo.push({ seq, data: Buffer.from(data) });
      return false;
    }
    let added = this.append(seq, data);
    // Segments that were waiting may now fit.
    for (let again = true; again && this.ooo.length; ) {
      again = false;
      for (let i = 0; i < this.ooo.length; i++) {
        const s = this.ooo[i];
        if (((s.seq - this.next) | 0) <= 0) {
          this.ooo.splice(i, 1);
          if (this.append(s.seq, s.data)) added = true;
          again = true;
          break;
        }
      }
    }
    return added;
  }

  private append(seq: number, data: Buffer): boolean {
    const skip = -((seq - this.next) | 0);
    if (skip >= data.length) return false; // a retransmission of what we have
    let piece = data.subarray(skip);
    const room = MAX_STREAM_BYTES - this.length;
    if (piece.length > room) {
      piece = piece.subarray(0, room);
      this.overflow = true;
    }
    if (piece.length === 0) return false;
    this.parts.push(Buffer.from(piece));
    this.joined = null;
    this.length += piece.length;
    this.next = (this.next + piece.length) >>> 0;
    return true;
  }

  bytes(): Buffer {
    if (!this.joined) {
      this.joined = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.length);
      this.parts = [this.joined];
    }
    return this.joined;
  }
}

interface Conn {
  client: string;
  server: string;
  cport: number;
  sport: number;
  http: boolean;
  syn: boolean;
  synAck: boolean;
  completed: boolean;
  refused: boolean;
  cAsm: StreamAssembler | null;
  sAsm: StreamAssembler | null;
  sFed: number;
  reader: ServerResponseReader | null;
  hello: { legacyVersion: number; maxVersion: number } | null;
  clientOther: boolean;
  answer: FlowAnswer | null;
  request: string | null;
  status: number | null;
  location: string | null;
  /** Nothing more to learn from this connection. */
  done: boolean;
  ended: boolean;
  /** The server reset the connection (at any point). */
  rst: boolean;
  /** Bytes the client sent before a ClientHello was read, as the IP headers count them (captured or not). */
  clientWire: number;
  /** Captured length of a client packet that the capture's snap length cut (0: none cut). */
  snap: number;
  /** Still open where the capture file was cut short. */
  fileCut?: boolean;
  /**
   * After a ServerHello at TLS 1.2 or below: the client's next record tells whether it went on (a
   * handshake record) or ended the handshake (a plaintext alert: 70 protocol_version for a lower
   * version than offered, 42–48 for the server's certificate). A close with no alert is not read as a refusal:
   * scanners and probes close right after the ServerHello they came for.
   */
  awaitClient?: boolean;
  clientAlert?: { description: number; name: string };
  /** Sequence number of the client's SYN (-1: no SYN seen). */
  isn: number;
  /** SYNs seen from the client, and the capture time of the last one (NaN: unknown). */
  syns: number;
  lastSyn: number;
  /** Already in the queue of finished connections. */
  queued?: boolean;
}

/**
 * A first-in, first-out queue with O(1) push and shift (an array and a moving head). Past `limit`
 * entries it drops the ones `keep` rejects (stale ones), so it stays bounded by about twice what
 * is still useful, at O(1) amortised cost.
 */
class Queue<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  constructor(
    private readonly limit: number,
    private readonly keep: (x: T) => boolean,
  ) {}
  push(x: T): void {
    this.items.push(x);
    if (this.items.length - this.head > this.limit) {
      const kept: T[] = [];
      for (let i = this.head; i < this.items.length; i++) {
        const y = this.items[i] as T;
        if (this.keep(y)) kept.push(y);
      }
      this.items = kept;
      this.head = 0;
    }
  }
  peek(): T | undefined {
    return this.head < this.items.length ? this.items[this.head] : undefined;
  }
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const x = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return x;
  }
}

/** Only a SYN from the client so far: no answer, no data, nothing else to report yet. */
function onlySynSoFar(c: Conn): boolean {
  return c.syn && !c.synAck && !c.completed && !c.done && !c.ended && !c.hello && !c.clientOther && !c.request && !c.rst && !(c.cAsm && c.cAsm.length);
}

export interface TrackerOptions {
  /** Ports whose connections are read as TLS (default 443). */
  tlsPorts: Set<number>;
  /** Ports whose connections are read as HTTP (default 80). */
  httpPorts: Set<number>;
  /** Connections followed at once (default MAX_LIVE_CONNECTIONS; tests use a small number). */
  maxLive?: number;
}

export class ConnectionTracker {
  private live = new Map<string, Conn>();
  /** Connections with nothing more to learn (done, or closed by either side), oldest first: evicted first. */
  private finished: Queue<{ key: string; c: Conn }>;
  /** Client SYNs in capture order (one entry per SYN; the newest counts): unanswered ones are evicted next. */
  private syns: Queue<{ key: string; c: Conn; n: number }>;
  /**
   * Connections set aside (evicted or not followed), bounded, oldest dropped first: their later
   * packets are ignored, so a connection is reported or counted once. The value is the sequence
   * number of its SYN (-1: none): a SYN with another one is a new connection on the same ports.
   */
  private setAside = new Map<string, number>();
  readonly maxLive: number;
  readonly flows: TlsFlow[] = [];
  /**
   * Finished connections that only sent a SYN, one flow per client → server:port with a count (a scan
   * or a flood of them takes one entry each, not a place among MAX_FLOWS that a later TLS connection needs).
   */
  private synOnlyFlows = new Map<string, TlsFlow>();
  /** Capture time of the last segment seen (NaN: unknown). */
  private lastTime = NaN;
  /** Live connections that have only sent a SYN so far. */
  private synOnlyLive = 0;
  /** Young SYN-only connections dropped, unreported, to make room in a flooded table. */
  droppedYoungSyn = 0;
  droppedFlows = 0;
  /** Connections not followed because the table was full (each counted once). */
  notFollowed = 0;
  /** SYN-only connections evicted to make room (reported as they stood: no SYN-ACK). */
  evictedSynOnly = 0;
  tcpSegments = 0;

  constructor(private readonly opts: TrackerOptions) {
    this.maxLive = opts.maxLive && opts.maxLive > 0 ? opts.maxLive : MAX_LIVE_CONNECTIONS;
    // Each queue holds at most one useful entry per live connection: past twice that, the stale ones go.
    this.finished = new Queue(2 * this.maxLive + 16, (e) => this.live.get(e.key) === e.c);
    this.syns = new Queue(2 * this.maxLive + 16, (e) => this.live.get(e.key) === e.c && e.n === e.c.syns && onlySynSoFar(e.c));
  }

  /** One decoded TCP segment of `frame`; `time`: its capture time in seconds (NaN: unknown). */
  segment(frame: Buffer, s: Segment, time = NaN): void {
    if (!Number.isNaN(time)) this.lastTime = time;
    const { tlsPorts, httpPorts } = this.opts;
    let toServer: boolean;
    let http = false;
    if (tlsPorts.has(s.dport)) toServer = true;
    else if (tlsPorts.has(s.sport)) toServer = false;
    else if (httpPorts.has(s.dport)) {
      toServer = true;
      http = true;
    } else if (httpPorts.has(s.sport)) {
      toServer = false;
      http = true;
    } else return;
    this.tcpSegments++;
    const len = s.ipv === 4 ? 4 : 16;
    const cOff = toServer ? s.srcOff : s.dstOff;
    const sOff = toServer ? s.dstOff : s.srcOff;
    const cport = toServer ? s.sport : s.dport;
    const sport = toServer ? s.dport : s.sport;
    const key = `${frame.toString('latin1', cOff, cOff + len)}${frame.toString('latin1', sOff, sOff + len)}${cport},${sport}`;
    let c = this.live.get(key);
    const synOnly = (s.flags & (SYN | ACK)) === SYN;
    if (c && synOnly && toServer && (c.ended || c.done || c.hello || c.request)) {
      // Port reuse: a new connection on the same addresses and ports.
      this.finish(key, c);
      c = undefined;
    }
    if (!c) {
      const aside = this.setAside.get(key);
      if (aside !== undefined) {
        // A connection already reported or counted: its later packets (a retransmitted SYN too) change nothing.
        if (!(synOnly && toServer && s.seq !== aside)) return;
        this.setAside.delete(key);
      }
      // Follow connections we see from their start, and ones already running that carry data.
      if ((s.flags & RST) !== 0 && !synOnly) return;
      if (this.live.size >= this.maxLive && !this.makeRoom(time)) {
        this.notFollowed++;
        this.putAside(key, synOnly && toServer ? s.seq : -1);
        return;
      }
      c = {
        client: addressText(frame, cOff, s.ipv),
        server: addressText(frame, sOff, s.ipv),
        cport,
        sport,
        http,
        syn: false,
        synAck: false,
        completed: false,
        refused: false,
        cAsm: null,
        sAsm: null,
        sFed: 0,
        reader: null,
        hello: null,
        clientOther: false,
        answer: null,
        request: null,
        status: null,
        location: null,
        done: false,
        ended: false,
        rst: false,
        clientWire: 0,
        snap: 0,
        isn: -1,
        syns: 0,
        lastSyn: NaN,
      };
      this.live.set(key, c);
    }
    const wasSynOnly = onlySynSoFar(c);
    this.after(key, c, s, toServer, synOnly, time, frame);
    if (onlySynSoFar(c) !== wasSynOnly) this.synOnlyLive += wasSynOnly ? -1 : 1;
  }

  private after(key: string, c: Conn, s: Segment, toServer: boolean, synOnly: boolean, time: number, frame: Buffer): void {
    if (synOnly && toServer && !c.done) {
      c.syns++;
      c.lastSyn = time;
      this.syns.push({ key, c, n: c.syns });
    }
    if (c.done) {
      if (s.flags & (RST | FIN)) c.ended = true;
      return;
    }
    const data = s.payloadLen > 0 ? frame.subarray(s.payloadOff, s.payloadOff + s.payloadLen) : null;
    if (toServer && !c.hello && !c.http) {
      // A snap length (tcpdump -s 90) keeps only the start of each packet: the hello may be there but unreadable.
      c.clientWire += s.payloadLen + s.cutBytes;
      if (s.cutBytes > 0 && !c.snap) c.snap = frame.length;
    }
    if (toServer) this.fromClient(c, s, data);
    else this.fromServer(c, s, data);
    if ((c.done || c.ended) && !c.queued) {
      c.queued = true;
      this.finished.push({ key, c });
    }
  }

  /**
   * Evicts one connection: the oldest finished, else the oldest whose SYN went unanswered for
   * SYN_EXPIRY_S by `time`; false when none can go. O(1) amortised: each queue entry is looked at
   * once, except the head of the SYN queue, which waits while it is too young.
   */
  private makeRoom(time: number): boolean {
    for (let e = this.finished.shift(); e; e = this.finished.shift()) {
      if (this.live.get(e.key) !== e.c) continue; // already gone (port reuse)
      this.finish(e.key, e.c);
      this.putAside(e.key, -1);
      return true;
    }
    for (let e = this.syns.peek(); e; e = this.syns.peek()) {
      if (this.live.get(e.key) !== e.c || e.n !== e.c.syns || !onlySynSoFar(e.c)) {
        this.syns.shift(); // gone, answered, or retransmitted since (a later entry stands for it)
        continue;
      }
      if (!(time - e.c.lastSyn >= SYN_EXPIRY_S)) {
        // The oldest SYN is still young (or times are unknown): it keeps its place unless SYN-only
        // connections flood the table; then it goes, unreported (its SYN-ACK may yet have come).
        if (this.synOnlyLive < SYN_FLOOD_MIN || this.synOnlyLive * 2 <= this.maxLive) return false;
        this.syns.shift();
        this.live.delete(e.key);
        this.synOnlyLive--;
        this.putAside(e.key, e.c.isn);
        this.droppedYoungSyn++;
        return true;
      }
      this.syns.shift();
      this.finish(e.key, e.c);
      this.putAside(e.key, e.c.isn);
      this.evictedSynOnly++;
      return true;
    }
    return false;
  }

  private putAside(key: string, isn: number): void {
    this.setAside.set(key, isn);
    if (this.setAside.size > this.maxLive) this.setAside.delete(this.setAside.keys().next().value as string);
  }

  private fromClient(c: Conn, s: Segment, data: Buffer | null): void {
    if (s.flags & SYN) {
      c.syn = true;
      c.isn = s.seq;
      c.cAsm = new StreamAssembler((s.seq + 1) >>> 0);
      return;
    }
    if (c.synAck && (s.flags & ACK)) c.completed = true;
    if (c.awaitClient) {
      // The first record the client sends after the ServerHello (a resent ClientHello is not it).
      if (data && data.length >= 6 && data[0] === 0x16 && data[5] === 1) return;
      if (data && data.length >= 7 && data[0] === 0x15 && data[1] === 0x03 && data[5] <= 2) {
        c.clientAlert = { description: data[6], name: alertName(data[6]) };
      }
      if (data || (s.flags & (RST | FIN))) {
        c.awaitClient = false;
        c.done = true;
      }
      if (s.flags & (RST | FIN)) c.ended = true;
      return;
    }
    if (data) {
      if (!c.cAsm) c.cAsm = new StreamAssembler(s.seq);
      if (c.cAsm.push(s.seq, data)) this.readClient(c);
    }
    if (s.flags & (RST | FIN)) {
      c.ended = true;
      if (!c.hello && !c.request) c.done = true;
      // The client itself reset the connection after its ClientHello, before any answer from the server.
      if (s.flags & RST && c.hello && !c.answer && !c.http) {
        c.answer = { kind: 'clientRst' };
        c.done = true;
      }
    }
  }

  private readClient(c: Conn): void {
    const b = c.cAsm!.bytes();
    if (c.http) {
      if (c.request) return;
      const eol = b.indexOf('\r\n');
      if (eol >= 0 || c.cAsm!.overflow) {
        const line = b.toString('latin1', 0, eol >= 0 ? Math.min(eol, 300) : 300);
        if (/^[A-Z]{3,10} \S/.test(line)) c.request = line.replace(/ HTTP\/1\.[01]$/, '');
        else c.clientOther = true;
        c.cAsm = null;
        if (!c.request) c.done = true;
      }
      return;
    }
    if (c.hello || c.clientOther) return;
    const r = readClientHello(b);
    if (r.kind === 'clientHello') {
      c.hello = { legacyVersion: r.hello.legacyVersion, maxVersion: r.hello.maxVersion };
      c.cAsm = null;
      c.reader = new ServerResponseReader();
    } else if (r.kind === 'other' || c.cAsm!.overflow) {
      c.clientOther = true;
      c.cAsm = null;
    }
  }

  private fromServer(c: Conn, s: Segment, data: Buffer | null): void {
    if ((s.flags & (SYN | ACK)) === (SYN | ACK)) {
      c.synAck = true;
      c.sAsm = new StreamAssembler((s.seq + 1) >>> 0);
      return;
    }
    if (c.awaitClient) {
      // The server's next records (Certificate, ServerHelloDone) or its close say nothing about the client's verdict.
      if (s.flags & (RST | FIN)) {
        c.awaitClient = false;
        c.done = true;
        c.ended = true;
      }
      return;
    }
    if (s.flags & RST) {
      c.rst = true;
      if (!c.synAck && !c.completed && !c.hello) c.refused = true;
      if (c.hello && !c.answer) c.answer = { kind: 'rst' };
      if (c.http && c.request && c.status === null) c.done = true;
      c.ended = true;
      if (c.answer || !c.hello) c.done = true;
      return;
    }
    if (data) {
      if (!c.sAsm) c.sAsm = new StreamAssembler(s.seq);
      if (c.sAsm.push(s.seq, data)) this.readServer(c);
    }
    if ((s.flags & FIN) && !c.done) {
      if (c.hello && !c.answer) {
        const end = c.reader?.end();
        c.answer = end && end.kind !== 'incomplete' ? answerFrom(end) : { kind: 'fin' };
        c.done = true;
      }
      c.ended = true;
    }
  }

  private readServer(c: Conn): void {
    const b = c.sAsm!.bytes();
    if (c.http) {
      if (!c.request) return;
      const head = b.indexOf('\r\n\r\n');
      if (head >= 0 || c.sAsm!.overflow) {
        const text = b.toString('latin1', 0, head >= 0 ? Math.min(head, 8192) : 8192);
        const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
        c.status = m ? Number(m[1]) : -1;
        const loc = /\r\nlocation:[ \t]*([^\r\n]{1,200})/i.exec(text);
        c.location = loc ? loc[1].trim() : null;
        c.done = true;
        c.sAsm = null;
      }
      return;
    }
    if (!c.hello || c.answer || !c.reader) return;
    const r = c.reader.push(b.subarray(c.sFed));
    c.sFed = b.length;
    if (r.kind !== 'incomplete') {
      c.answer = answerFrom(r);
      c.sAsm = null;
      c.reader = null;
      // Whether the client went on after a ServerHello is in its next record: an alert for a lower version than it
      // offered, or for the server's certificate. From TLS 1.3 on, that record is encrypted and tells nothing.
      if (c.answer.kind === 'serverHello' && c.answer.version && (c.answer.version < c.hello.maxVersion || c.answer.version <= 0x0303)) c.awaitClient = true;
      else c.done = true;
    }
  }

  private finish(key: string, c: Conn): void {
    this.live.delete(key);
    if (onlySynSoFar(c)) {
      this.synOnlyLive--;
      const f = toFlow(c);
      if (!f) return;
      // (A SYN cut off from its answer by the end of the file is its own entry: its answer is unknown, not absent.)
      const k = `${f.client}|${f.server}|${f.port}${f.cut ? '|cut' : ''}`;
      const same = this.synOnlyFlows.get(k);
      if (same) same.repeat = (same.repeat ?? 1) + 1;
      else if (this.synOnlyFlows.size < MAX_SYN_ONLY_SUBJECTS) this.synOnlyFlows.set(k, f);
      else this.droppedFlows++;
      return;
    }
    if (this.flows.length >= MAX_FLOWS) {
      this.droppedFlows++;
      return;
    }
    const f = toFlow(c);
    if (f) this.flows.push(f);
  }

  /**
   * The end of the capture: every connection still open is reported as it stands. `fileCut`: the
   * file ends in the middle of a packet, so a connection still open may have gone on in what is lost.
   */
  end(fileCut = false): TlsFlow[] {
    for (const [k, c] of this.live) {
      // A lone SYN (not retransmitted, and not long before the end): its answer would be in what is lost (QA55 #7).
      if (fileCut && !c.ended && !c.done && (!onlySynSoFar(c) || (c.syns <= 1 && !(this.lastTime - c.lastSyn >= SYN_CUT_S)))) c.fileCut = true;
      this.finish(k, c);
    }
    return [...this.flows, ...this.synOnlyFlows.values()];
  }
}

function answerFrom(r: ReturnType<ServerResponseReader['push']>): FlowAnswer {
  switch (r.kind) {
    case 'serverHello':
      return { kind: 'serverHello', version: r.hello.version };
    case 'alert':
      return { kind: 'alert', description: r.description, name: r.name };
    case 'notTls':
      return { kind: 'other', reason: r.http ? 'plain HTTP' : 'not TLS' };
    case 'protocolError':
      return { kind: 'other', reason: r.reason.slice(0, 80) };
    default:
      return { kind: 'silence' };
  }
}

function toFlow(c: Conn): TlsFlow | null {
  const base = { client: c.client, server: c.server, port: c.sport };
  if (c.http) {
    if (!c.request) return null;
    return { ...base, tcpCompleted: c.completed || null, clientHello: null, answer: null, http: { request: c.request, status: c.status, location: c.location } };
  }
  const tcpCompleted = c.syn ? c.synAck || c.completed : c.completed ? true : null;
  // A RST to the SYN (c.refused): the port is closed, which is not the same as no answer at all (QA41 #8).
  if (c.syn && !c.synAck && !c.hello) return { ...base, tcpCompleted: false, clientHello: null, answer: c.refused ? { kind: 'rst' } : null, ...(c.fileCut && !c.refused ? { cut: { snap: 0, clientBytes: 0 } } : {}) };
  if (!c.hello && !c.clientOther && (c.snap || c.fileCut)) {
    // What the client sent is not in the file: the capture cannot show that no ClientHello was sent.
    const cut = c.snap ? { snap: c.snap, clientBytes: c.clientWire } : { snap: 0, clientBytes: c.clientWire };
    return { ...base, tcpCompleted, clientHello: null, answer: c.rst ? { kind: 'rst' } : null, cut };
  }
  return {
    ...base,
    tcpCompleted: c.hello && tcpCompleted === false ? null : tcpCompleted,
    clientHello: c.hello,
    clientSentOther: c.clientOther || undefined,
    answer: c.hello ? c.answer ?? { kind: 'silence' } : null,
    clientAlert: c.clientAlert,
  };
}
