/**
 * What one TLS or HTTP connection showed, and the observations that say so. Shared by the capture
 * readers (pcap/pcapng) and the reader of pasted Wireshark/tshark text, so both speak alike.
 */
import { versionName } from '../probe/wire/clienthello';
import type { LocalizedText } from '../domain/types';
import { MAX_OBSERVATIONS, type Observation, type ObservationCode } from './types';

export type FlowAnswer =
  | { kind: 'serverHello'; version: number }
  | { kind: 'alert'; description: number; name: string }
  | { kind: 'rst' }
  | { kind: 'fin' }
  | { kind: 'silence' }
  /** Not the server: the client reset the connection itself after its ClientHello, before any answer. */
  | { kind: 'clientRst' }
  /** Something that is not a TLS handshake answer (HTTP on a TLS port, garbage). */
  | { kind: 'other'; reason: string };

export interface TlsFlow {
  /** Client and server addresses as shown ("10.1.2.3", "::1"); '' when unknown. */
  client: string;
  server: string;
  port: number | null;
  /** SYN, SYN-ACK and ACK seen: true; SYN without SYN-ACK: false; not seen: null. */
  tcpCompleted: boolean | null;
  /** The ClientHello: client_version and the highest supported_versions entry; null = none seen. */
  clientHello: { legacyVersion: number; maxVersion: number; recordOnly?: boolean } | null;
  /** The client sent data that is not a TLS handshake (e.g. HTTP on 443). */
  clientSentOther?: boolean;
  /** What the server did after the ClientHello; null when no ClientHello. */
  answer: FlowAnswer | null;
  /** Read from pasted text (tshark/Wireshark output), not from a capture file: a missing answer may just not have been copied. */
  fromText?: boolean;
  /** A hello described in words with no word on the answer ("the ClientHello is still 0x0301"): no answer observation. */
  unsaidAnswer?: boolean;
  /**
   * The client's first data is not (wholly) in the capture: `snap` > 0 is the captured length of a
   * client packet cut by the snap length; 0 means the file ends while the connection was open.
   * `clientBytes`: what the client sent as the IP headers count it.
   */
  cut?: { snap: number; clientBytes: number };
  /**
   * The client's own alert right after the ServerHello: with a lower version than offered, it refused
   * that version; a certificate alert (42–46, 48), it refused the server's certificate.
   */
  clientAlert?: { description: number; name: string };
  /** The same flow this many times (connections that only sent a SYN, counted on one entry); 1 when absent. */
  repeat?: number;
  /** HTTP (port 80): the request line and the status of the answer. */
  http?: { request: string | null; status: number | null; location?: string | null };
}

export function subjectOf(f: Pick<TlsFlow, 'client' | 'server' | 'port'>): string {
  const server = f.server.includes(':') ? `[${f.server}]` : f.server;
  const c = f.client || '?';
  const s = server || '?';
  return f.port === null ? `${c} → ${s}` : `${c} → ${s}:${f.port}`;
}

/**
 * A detail as the user reads it, led by its flow: "10.1.2.3 → 10.9.8.7:443: …". With a host unknown
 * (a tshark -V paste, a capture described in words) the lead names the one known, and with neither
 * there is none: "? → ?" says nothing. (The subject itself stays the grouping key.)
 */
function saidOf(f: Pick<TlsFlow, 'client' | 'server' | 'port'>, en: string, ja: string): LocalizedText {
  const server = f.server ? (f.server.includes(':') ? `[${f.server}]` : f.server) + (f.port === null ? '' : `:${f.port}`) : '';
  if (f.client && f.server) return t(`${subjectOf(f)}: ${en}`, `${subjectOf(f)}: ${ja}`);
  if (server) return t(`Connection to ${server}: ${en}`, `${server} への接続：${ja}`);
  if (f.client) return t(`Connection from ${f.client}: ${en}`, `${f.client} からの接続：${ja}`);
  return t(cap(en), ja);
}

function t(en: string, ja: string): LocalizedText {
  return { en, ja };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function offerCode(max: number): ObservationCode {
  if (max >= 0x0303) return 'capture-clienthello-tls12';
  if (max === 0x0302) return 'capture-clienthello-tls11';
  // SSL 3.0 (0x0300) is not the TLS 1.0 hello (0x0301) TMS sends at Medium: its own code.
  if (max > 0 && max < 0x0301) return 'capture-clienthello-ssl3-only';
  return 'capture-clienthello-tls10-only';
}

/** Alerts about the peer's certificate (RFC 5246 7.2.2): 42 bad, 43 unsupported, 44 revoked, 45 expired, 46 unknown, 48 unknown_ca. */
export function certificateAlert(description: number): boolean {
  return (description >= 42 && description <= 46) || description === 48;
}

/**
 * The client's alert after a ServerHello at the version it offered, read as ending a handshake that failed: not
 * close_notify (0) or user_canceled (90), which scanners and probes send once they have the ServerHello they came for.
 */
function endingAlert(f: Pick<TlsFlow, 'clientAlert'>): boolean {
  return !!f.clientAlert && f.clientAlert.description !== 0 && f.clientAlert.description !== 90;
}

/** What a certificate alert says about the certificate, in a few words. */
function certificateAlertMeaning(d: number): LocalizedText {
  switch (d) {
    case 48:
      return t('it could not trace the certificate to a CA it trusts', '信頼する CA まで証明書をたどれませんでした');
    case 45:
      return t('the certificate has expired', '証明書の有効期限が切れています');
    case 44:
      return t('the certificate was revoked', '証明書が失効しています');
    default:
      return t('it did not accept the certificate', '証明書を受け入れませんでした');
  }
}

function offerText(h: { legacyVersion: number; maxVersion: number; recordOnly?: boolean; fromAnswer?: boolean }): LocalizedText {
  const max = versionName(h.maxVersion);
  // Only the row's record-layer label and the version the server chose are known: the hello's own version is not in the text.
  if (h.fromAnswer) return t(`the ClientHello row shows only its record layer; the server chose ${max} (ServerHello), so the client offered at least ${max}`, `ClientHello の行にはレコード層のバージョンしかありませんが、サーバが ${max} を選んだ（ServerHello）ので、クライアントは少なくとも ${max} を提示しています`);
  if (h.recordOnly) return t(`the ClientHello row is labelled ${max} (record layer), so it offered at least ${max}`, `ClientHello の行は ${max}（レコード層）と表示されているため、少なくとも ${max} を提示しています`);
  const legacy = `0x${h.legacyVersion.toString(16).padStart(4, '0')}`;
  if (h.maxVersion <= 0x0301) {
    return t(`the ClientHello offered ${max} only (client_version ${legacy})`, `ClientHello が提示したのは ${max} のみです（client_version ${legacy}）`);
  }
  const via = h.maxVersion !== h.legacyVersion ? ' (supported_versions)' : ` (client_version ${legacy})`;
  const viaJa = h.maxVersion !== h.legacyVersion ? '（supported_versions）' : `（client_version ${legacy}）`;
  return t(`the ClientHello offered up to ${max}${via}`, `ClientHello は ${max} まで提示しています${viaJa}`);
}

function answerText(a: FlowAnswer, fromText = false, f?: Pick<TlsFlow, 'clientAlert' | 'clientHello'>): LocalizedText {
  const clientAlert = f?.clientAlert;
  switch (a.kind) {
    case 'serverHello':
      if (!a.version) return t('the server answered with a ServerHello', 'サーバは ServerHello で応答しました');
      if (clientAlert && certificateAlert(clientAlert.description)) {
        const v = versionName(a.version);
        const m = certificateAlertMeaning(clientAlert.description);
        return t(
          `the server accepted ${v} (ServerHello), then the client ended the handshake with alert ${clientAlert.description} (${clientAlert.name}), a certificate alert: ${m.en}`,
          `サーバは ${v} を受け入れました（ServerHello）が、その後クライアントがアラート ${clientAlert.description}（${clientAlert.name}）でハンドシェイクを打ち切りました。証明書に関するアラートで、${m.ja}`,
        );
      }
      if (clientAlert && f?.clientHello && a.version >= f.clientHello.maxVersion) {
        if (!endingAlert(f)) return t(`the server accepted ${versionName(a.version)} (ServerHello)`, `サーバは ${versionName(a.version)} を受け入れました（ServerHello）`);
        const v = versionName(a.version);
        return t(
          `the server accepted ${v} (ServerHello), then the client ended the handshake with alert ${clientAlert.description} (${clientAlert.name})`,
          `サーバは ${v} を受け入れました（ServerHello）が、その後クライアントがアラート ${clientAlert.description}（${clientAlert.name}）でハンドシェイクを打ち切りました`,
        );
      }
      if (clientAlert) {
        const v = versionName(a.version);
        return t(
          `the server could do only ${v} (its ServerHello chose it) and the client refused it with alert ${clientAlert.description} (${clientAlert.name})`,
          `サーバは ${v} しか使えず（ServerHello で ${v} を選択）、クライアントがそれをアラート ${clientAlert.description}（${clientAlert.name}）で拒否しました`,
        );
      }
      return t(`the server accepted ${versionName(a.version)} (ServerHello)`, `サーバは ${versionName(a.version)} を受け入れました（ServerHello）`);
    case 'alert':
      return t(`the server refused with a TLS alert (${a.name}, ${a.description})`, `サーバは TLS アラート（${a.name}、${a.description}）で拒否しました`);
    case 'rst':
      return t('the server reset the connection (RST)', 'サーバは接続をリセットしました（RST）');
    case 'fin':
      return t('the server closed the connection without answering', 'サーバは応答せずに接続を閉じました');
    case 'clientRst':
      return t(
        'the client reset the connection itself (RST from the client) before the server answered: the capture shows no answer from the server, and no refusal by it',
        'サーバが応答する前に、クライアント自身が接続をリセットしました（クライアントからの RST）。キャプチャにはサーバの応答も、サーバによる拒否もありません',
      );
    case 'other':
      return t(`the server answered with something that is not a TLS handshake (${a.reason})`, `サーバの応答は TLS ハンドシェイクではありません（${a.reason}）`);
    default:
      if (fromText) {
        return t(
          'the text shows no answer from the server (a reset, an alert or a ServerHello may be in packets that were filtered out or not copied)',
          '貼り付けられたテキストにはサーバからの応答がありません（リセット、アラート、ServerHello が、フィルタで除外されたかコピーされなかったパケットにある可能性があります）',
        );
      }
      return t('no answer from the server is in the capture', 'キャプチャにはサーバからの応答がありません');
  }
}

const ANSWER_CODE: Record<FlowAnswer['kind'], ObservationCode> = {
  serverHello: 'capture-serverhello',
  alert: 'capture-alert-after-clienthello',
  rst: 'capture-reset-after-clienthello',
  fin: 'capture-silence-after-clienthello',
  silence: 'capture-silence-after-clienthello',
  other: 'capture-unexpected-answer',
  clientRst: 'capture-client-reset-after-clienthello',
};

function answerCode(f: TlsFlow): ObservationCode {
  const a = f.answer ?? { kind: 'silence' as const };
  if (a.kind !== 'serverHello' || !a.version) return ANSWER_CODE[a.kind];
  if (f.clientAlert && certificateAlert(f.clientAlert.description)) return 'capture-client-rejected-certificate';
  if (f.clientAlert && f.clientHello && a.version < f.clientHello.maxVersion) return 'capture-client-refused-version';
  if (endingAlert(f)) return 'capture-client-ended-after-serverhello';
  return ANSWER_CODE[a.kind];
}

/** Observations for one flow, without grouping. */
function flowObservations(f: TlsFlow): Observation[] {
  const subject = subjectOf(f);
  const said = (en: string, ja: string) => saidOf(f, en, ja);
  const out: Observation[] = [];
  if (f.http) {
    if (f.http.request && f.http.status === 301) {
      const to = f.http.location ? ` → ${f.http.location.slice(0, 100)}` : '';
      out.push({
        code: 'capture-http-301-fallback',
        subject,
        detail: said(`"${f.http.request.slice(0, 80)}" over plain HTTP was answered "301 Moved Permanently"${to} (the fallback to plain HTTP on port 80 does not work either)`,
          `平文 HTTP の「${f.http.request.slice(0, 80)}」に「301 Moved Permanently」${to} が返されました（ポート 80 の平文 HTTP へのフォールバックも使えません）`,
        ),
      });
    }
    return out;
  }
  if (f.tcpCompleted === false && f.cut && f.answer?.kind !== 'rst') {
    // The file ends right after the SYN: what came back is not in it, so no word on the network (QA55 #7).
    out.push({
      code: 'capture-truncated',
      subject,
      detail: said(
        `the client sent a SYN, then the file ends: it was cut before any answer could be seen, so it cannot show whether the server answered. Capture again and save the capture whole (stop it only after TMS has polled the endpoint)`,
        `クライアントが SYN を送ったところでファイルが終わっています。応答が写る前に切れているため、サーバが応答したかどうかはわかりません。キャプチャを取り直し、丸ごと保存してください（TMS がエンドポイントをポーリングした後で停止してください）`,
      ),
    });
    return out;
  }
  if (f.tcpCompleted === false) {
    out.push({
      code: 'capture-tcp-not-completed',
      subject,
      detail:
        f.answer?.kind === 'rst'
          ? said(
              `the TCP handshake did not complete: the SYN was answered with a RST, so the port is closed (nothing listens there, or a firewall rejects it), rather than no answer at all`,
              `TCP ハンドシェイクが完了していません。SYN に RST が返されたので、ポートは閉じています（何も待ち受けていないか、ファイアウォールが拒否しています）。応答がまったくない場合とは違います`,
            )
          : said(`the TCP handshake did not complete (no SYN-ACK, and no RST either: no answer came back)`, `TCP ハンドシェイクが完了していません（SYN-ACK も RST もなく、応答がまったくありません）`),
    });
    return out;
  }
  if (!f.clientHello && f.cut) {
    const reset = f.answer?.kind === 'rst';
    const { snap, clientBytes } = f.cut;
    out.push({
      code: 'capture-truncated',
      subject,
      detail: snap
        ? said(
            `the client sent ${clientBytes} bytes, but the capture cut each packet at ${snap} bytes, so its ClientHello cannot be read${reset ? '; the server then reset the connection (RST)' : ''}. Capture again without a size limit (tcpdump -s 0; in Wireshark, no packet size limit)`,
            `クライアントは ${clientBytes} バイトを送りましたが、キャプチャが各パケットを ${snap} バイトで切っているため ClientHello を読めません${reset ? '。その後サーバが接続をリセットしました（RST）' : ''}。サイズの制限なしで取り直してください（tcpdump -s 0、Wireshark ではパケットサイズの制限を外す）`,
          )
        : said(
            `TCP connected${clientBytes ? `, the client sent ${clientBytes} bytes` : ''}, then the file ends in the middle of a packet: it cannot show whether a ClientHello was sent${reset ? ' (the server reset the connection)' : ''}. Send the whole capture`,
            `TCP は接続しました${clientBytes ? `（クライアントは ${clientBytes} バイトを送信）` : ''}が、ファイルがパケットの途中で終わっているため、ClientHello が送られたかどうかはわかりません${reset ? '（サーバは接続をリセットしました）' : ''}。キャプチャ全体を送ってください`,
          ),
    });
    return out;
  }
  if (!f.clientHello) {
    if (f.tcpCompleted === true) {
      const other = f.clientSentOther;
      out.push({
        code: 'capture-no-clienthello',
        subject,
        detail: other
          ? said(`TCP connected, but the client sent something that is not a TLS ClientHello`, `TCP は接続しましたが、クライアントが送ったのは TLS の ClientHello ではありません`)
          : said(`TCP connected, but the client sent no ClientHello`, `TCP は接続しましたが、クライアントは ClientHello を送っていません`),
      });
    }
    return out;
  }
  let hello: NonNullable<TlsFlow['clientHello']> & { fromAnswer?: boolean } = f.clientHello;
  if (hello.recordOnly) {
    // Only a summary row's protocol column: that is the record-layer version, which is TLS 1.0
    // for most TLS 1.2 hellos too. An accepted ServerHello tells the least the client offered.
    const accepted = f.answer?.kind === 'serverHello' ? f.answer.version : 0;
    if (accepted > hello.maxVersion) hello = { legacyVersion: accepted, maxVersion: accepted, fromAnswer: true };
    else if (hello.maxVersion <= 0x0301) {
      const answer = answerText(f.answer ?? { kind: 'silence' }, f.fromText);
      const a = f.answer ?? { kind: 'silence' as const };
      const row: Observation[] = [
        {
          code: 'capture-clienthello-record-tls10',
          subject,
          ...(f.unsaidAnswer || (f.fromText && !f.answer) ? {} : { answer: ANSWER_CODE[a.kind] }),
          detail: said(`a ClientHello row labelled TLSv1, which is its record-layer version: a TLS 1.0-only hello looks like this, and so do most TLS 1.2 hellos. ${cap(answer.en)}. Open the packet's Handshake Protocol: Client Hello > Version (and supported_versions) to see what was offered`,
            `TLSv1 と表示された ClientHello の行です。これはレコード層のバージョンで、TLS 1.0 のみの hello も、多くの TLS 1.2 の hello も同じ表示になります。${answer.ja}。提示されたバージョンは、パケットの Handshake Protocol: Client Hello > Version（と supported_versions）で確認してください。`,
          ),
        },
      ];
      if (!(f.unsaidAnswer && !f.answer)) row.push({ code: ANSWER_CODE[a.kind], subject, detail: said(`${answer.en}`, `${answer.ja}。`) });
      return row;
    }
  }
  const offer = offerText(hello);
  const answer = answerText(f.answer ?? { kind: 'silence' }, f.fromText, f);
  if (f.unsaidAnswer && !f.answer) {
    out.push({ code: offerCode(hello.maxVersion), subject, detail: said(offer.en, `${offer.ja}。`) });
    return out;
  }
  const code = answerCode(f);
  out.push({
    code: offerCode(hello.maxVersion),
    subject,
    // The answer on this hello's own connection (pasted text without one: the answer may be in a later paste, paired by subject).
    ...(f.fromText && !f.answer ? {} : { answer: code }),
    detail: hello.fromAnswer ? said(offer.en, `${offer.ja}。`) : said(`${offer.en}; ${answer.en}`, `${offer.ja}。${answer.ja}。`),
  });
  out.push({ code, subject, detail: said(`${answer.en}`, `${answer.ja}。`) });
  return out;
}

/**
 * Observations for many flows: identical observations (same code and detail, e.g. TMS polling the
 * same endpoint every few minutes) are merged with a count; the list is capped.
 */
export function describeFlows(flows: Iterable<TlsFlow>): { observations: Observation[]; omitted: number } {
  const merged = new Map<string, Observation>();
  // Where each merged observation was first listed: seen again later, it records how many were listed after it by then (rev31 #8).
  const at = new Map<string, number>();
  let omitted = 0;
  for (const f of flows) {
    for (const o of flowObservations(f)) {
      const key = `${o.code}\u0000${o.answer ?? ''}\u0000${o.detail.en}`;
      const seen = merged.get(key);
      const n = f.repeat ?? 1;
      if (seen) {
        seen.count = (seen.count ?? 1) + n;
        const after = merged.size - 1 - (at.get(key) ?? 0);
        if (after > 0) seen.seenAfter = after;
      } else if (merged.size < MAX_OBSERVATIONS) {
        at.set(key, merged.size);
        merged.set(key, n > 1 ? { ...o, count: n } : { ...o });
      } else omitted += n;
    }
  }
  const observations = [...merged.values()].map((o) => {
    if (!o.count || o.count < 2) return o;
    return {
      ...o,
      detail: { en: `${o.detail.en} (${o.count} connections)`, ja: `${o.detail.ja}（${o.count} 件の接続）` },
    };
  });
  return { observations, omitted };
}
