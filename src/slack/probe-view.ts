/**
 * A probe result as a reply (the document model), so it renders through the same Block Kit code.
 */
import type { Block, Reply } from '../conversation/document';
import type { Lang } from '../domain/types';
import { probeErrorText } from '../probe/errors';
import type { ProbeResult, ProtocolKey, Tri } from '../probe/types';

const PROTOCOLS: [ProtocolKey, string][] = [
  ['ssl3', 'SSL 3.0'],
  ['tls1.0', 'TLS 1.0'],
  ['tls1.1', 'TLS 1.1'],
  ['tls1.2', 'TLS 1.2'],
  ['tls1.3', 'TLS 1.3'],
];

const W = {
  en: {
    title: (t: string) => `TLS probe: ${t}`,
    refusedTitle: 'TLS 1.0 refused',
    accepted: 'accepted',
    refused: 'refused',
    unknown: 'not determined',
    connects: 'can connect',
    cannot: 'cannot connect',
    tmsMedium: 'TMS Medium',
    tmsMediumHigh: 'TMS Medium-High',
    unreachable: (t: string, e: string | null) => `Could not open a TCP connection to ${t}${e ? ` (${e})` : ''}. Check the address, the port and any firewall between here and the endpoint.`,
    notTls: (t: string) => `${t} accepted a TCP connection but did not complete a TLS handshake with any protocol version tried.`,
    medium: {
      false: 'TMS at Communication Security "Medium" offers only TLS 1.0, and this endpoint refuses TLS 1.0: this is exactly the "No HTTPS response" situation.',
      true: 'This endpoint still accepts TLS 1.0, so TMS at "Medium" can talk to it: its "No HTTPS response" has another cause.',
      null: 'Whether TMS at "Medium" (TLS 1.0 only) can connect could not be determined.',
    },
    mediumHigh: {
      true: 'TMS at "Medium-High" (TLS 1.2) would connect to it.',
      false: 'Even TMS at "Medium-High" (TLS 1.2) would not connect: look at the endpoint\'s certificate and HTTPS settings too.',
      null: '',
    },
    cert: (subject: string, until: string, self: boolean, expired: boolean) =>
      `Certificate: ${subject}, valid until ${until}${self ? ', self-signed' : ''}${expired ? ', EXPIRED' : ''}.`,
    certAtHigh: (self: boolean) => `At "High", TMS also checks this certificate, and a${self ? ' self-signed' : 'n expired'} one fails there: give the endpoint a certificate TMS trusts.`,
    took: (ms: number, addr: string | null, port: number) => `${addr ?? '?'}:${port} · ${ms} ms`,
    brief: (t: string, what: string) => `Probe of ${t}: ${what}`,
    briefUnreachable: (t: string) => `Probe of ${t}: no TCP connection (address, port or firewall).`,
    briefNotTls: (t: string) => `Probe of ${t}: a TCP connection but no TLS handshake.`,
    briefProtocols: (tls10: string, tls12: string) => `TLS 1.0 ${tls10}, TLS 1.2 ${tls12}.`,
    briefMedium: { true: 'TMS at Medium can connect.', false: 'TMS at Medium cannot connect.', null: '' },
    briefHigh: { true: 'Medium-High can.', false: 'Even Medium-High cannot: check its certificate and HTTPS settings.', null: '' },
    briefCert: (self: boolean) => `Its certificate is ${self ? 'self-signed' : 'expired'}: it would fail at High.`,
  },
  ja: {
    title: (t: string) => `TLS プローブ：${t}`,
    refusedTitle: 'TLS 1.0 は拒否',
    accepted: '受け入れ',
    refused: '拒否',
    unknown: '判定できず',
    connects: '接続できる',
    cannot: '接続できない',
    tmsMedium: 'TMS Medium',
    tmsMediumHigh: 'TMS Medium-High',
    unreachable: (t: string, e: string | null) => `${t} に TCP で接続できませんでした。${e ? probeErrorText(e, 'ja') : ''}アドレス、ポート、途中のファイアウォールを確認してください。`,
    notTls: (t: string) => `${t} は TCP 接続は受け付けましたが、試したどの TLS バージョンでもハンドシェイクが完了しませんでした。`,
    medium: {
      false: 'TMS の [Communication Security] が Medium のときは TLS 1.0 しか使いませんが、このエンドポイントは TLS 1.0 を拒否します。これがまさに「No HTTPS response」になる状態です。',
      true: 'このエンドポイントは TLS 1.0 をまだ受け付けるため、Medium の TMS でも接続できます。「No HTTPS response」の原因は別にあります。',
      null: 'Medium（TLS 1.0 のみ）の TMS が接続できるかは判定できませんでした。',
    },
    mediumHigh: {
      true: 'Medium-High（TLS 1.2）の TMS なら接続できます。',
      false: 'Medium-High（TLS 1.2）でも接続できません。エンドポイントの証明書と HTTPS の設定も確認してください。',
      null: '',
    },
    cert: (subject: string, until: string, self: boolean, expired: boolean) =>
      `証明書：${subject}、有効期限 ${until}${self ? '、自己署名' : ''}${expired ? '、期限切れ' : ''}。`,
    certAtHigh: (self: boolean) => `High の TMS はこの証明書も検証するため、${self ? '自己署名' : '期限切れ'}の証明書では失敗します。TMS が信頼する証明書をエンドポイントに設定してください。`,
    took: (ms: number, addr: string | null, port: number) => `${addr ?? '?'}:${port}、${ms} ms`,
    brief: (t: string, what: string) => `${t} のプローブ結果：${what}`,
    briefUnreachable: (t: string) => `${t} のプローブ結果：TCP で接続できませんでした（アドレス、ポート、ファイアウォールを確認してください）。`,
    briefNotTls: (t: string) => `${t} のプローブ結果：TCP 接続はできましたが、TLS のハンドシェイクが完了しませんでした。`,
    briefProtocols: (tls10: string, tls12: string) => `TLS 1.0 は${tls10}、TLS 1.2 は${tls12}。`,
    briefMedium: { true: 'Medium の TMS は接続できます。', false: 'Medium の TMS は接続できません。', null: '' },
    briefHigh: { true: 'Medium-High なら接続できます。', false: 'Medium-High でも接続できないため、証明書と HTTPS の設定を確認してください。', null: '' },
    briefCert: (self: boolean) => `証明書が${self ? '自己署名' : '期限切れ'}のため、High では失敗します。`,
  },
} as const;

function tri(v: Tri, lang: Lang): string {
  const w = W[lang];
  return v === true ? w.accepted : v === false ? w.refused : w.unknown;
}

const MARK = (v: Tri) => (v === true ? '✓' : v === false ? '✗' : '–');

/** Display width: East Asian wide characters count 2 (so the columns line up in Japanese too). */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

/**
 * The compact result: one row per protocol (accepted / refused), then what TMS would see at Medium
 * (TLS 1.0 only) and at Medium-High (TLS 1.0–1.2). Monospaced, so it reads as a table anywhere.
 */
export function table(r: ProbeResult, lang: Lang): string {
  const w = W[lang];
  const rows: [string, string][] = PROTOCOLS.map(([k, name]) => {
    const v = r.protocols[k] ?? null;
    return [name, `${MARK(v)} ${tri(v, lang)}`];
  });
  const tms = (v: Tri) => `${MARK(v)} ${v === true ? w.connects : v === false ? w.cannot : w.unknown}`;
  rows.push([w.tmsMedium, tms(r.tms.medium)], [w.tmsMediumHigh, tms(r.tms.mediumHigh)]);
  const col = Math.max(...rows.map(([a]) => width(a))) + 2;
  return rows.map(([a, b]) => `${a}${' '.repeat(col - width(a))}${b}`).join('\n');
}

/** The result in one line (what a diagnosis card carries in place of the table). */
export function probeBrief(r: ProbeResult, lang: Lang): string {
  const w = W[lang];
  if (!r.reachable) return w.briefUnreachable(r.target);
  if (r.tls === false) return w.briefNotTls(r.target);
  const sp = lang === 'ja' ? '' : ' ';
  const parts = [
    w.briefProtocols(tri(r.protocols['tls1.0'] ?? null, lang), tri(r.protocols['tls1.2'] ?? null, lang)),
    w.briefMedium[String(r.tms.medium) as 'true' | 'false' | 'null'],
    w.briefHigh[String(r.tms.mediumHigh) as 'true' | 'false' | 'null'],
    r.certificate && r.tms.mediumHigh === true && (r.certificate.selfSigned || r.certificate.expired) ? w.briefCert(r.certificate.selfSigned) : '',
  ].filter(Boolean);
  return w.brief(r.target, parts.join(sp));
}

export function probeReply(r: ProbeResult, lang: Lang): Reply {
  const w = W[lang];
  const blocks: Block[] = [{ type: 'heading', text: w.title(r.target) }];
  if (!r.reachable) {
    blocks.push({ type: 'paragraph', text: w.unreachable(r.target, r.error) });
  } else if (r.tls === false) {
    blocks.push({ type: 'paragraph', text: w.notTls(r.target) });
    // what it answered instead (e.g. plain HTTP: the port given is probably not the HTTPS one)
    if (r.error) blocks.push({ type: 'context', text: probeErrorText(r.error, lang) });
  } else {
    blocks.push({ type: 'code', text: table(r, lang) });
    const medium = w.medium[String(r.tms.medium) as 'true' | 'false' | 'null'];
    const high = w.mediumHigh[String(r.tms.mediumHigh) as 'true' | 'false' | 'null'];
    if (r.tms.medium === false) blocks.push({ type: 'warning', title: w.refusedTitle, text: `${medium}${high ? ` ${high}` : ''}` });
    else blocks.push({ type: 'paragraph', text: `${medium}${high ? ` ${high}` : ''}` });
    if (r.error) blocks.push({ type: 'context', text: probeErrorText(r.error, lang) });
    if (r.certificate) {
      const c = r.certificate;
      const atHigh = r.tms.mediumHigh === true && (c.selfSigned || c.expired) ? ` ${w.certAtHigh(c.selfSigned)}` : '';
      blocks.push({ type: 'paragraph', text: `${w.cert(c.subject, c.validTo.slice(0, 10), c.selfSigned, c.expired)}${atHigh}` });
    }
  }
  blocks.push({ type: 'context', text: w.took(Math.round(r.durationMs), r.address, r.port) });
  return { lang, blocks, brief: probeBrief(r, lang) };
}
