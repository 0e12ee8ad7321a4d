/**
 * The words of a probe result as the Slack app shows it (src/slack/probe-view.ts: the card's table, its sentences and
 * the one-line brief), English and Japanese. Kept here, next to the console output's words (output-words.ts), so the
 * reader of the probe's own output (output-read.ts) recognises a card's lines pasted back into the chat.
 */
import { probeErrorText } from './errors';

export const PROBE_CARD_WORDS = {
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
    // With a TMS before 15 on record (knowledge.md "TMS before 15"): no Communication Security levels, TLS 1.0 only (QA54 #3).
    tmsOld: (v: string) => `${v}`,
    old: {
      false: (v: string) => `${v} offers only TLS 1.0, whatever its settings or the registry say, and this endpoint refuses TLS 1.0: ${v} cannot connect to it until TMS is upgraded to 15.x (then the fix applies).`,
      true: (v: string) => `This endpoint still accepts TLS 1.0, so ${v} (TLS 1.0 only) can talk to it: its "No HTTPS response" has another cause.`,
      null: (v: string) => `Whether ${v} (TLS 1.0 only) can connect could not be determined.`,
    },
    oldTls12Failed: 'TLS 1.2 did not work here either: after the upgrade, look at the endpoint\'s certificate and HTTPS settings too.',
    briefOld: {
      true: (v: string) => `${v} (TLS 1.0 only) can connect.`,
      false: (v: string) => `${v} offers only TLS 1.0 and cannot connect until upgraded to 15.x.`,
      null: () => '',
    },
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
    tmsOld: (v: string) => `${v}`,
    old: {
      false: (v: string) => `${v} は設定やレジストリにかかわらず TLS 1.0 しか使いませんが、このエンドポイントは TLS 1.0 を拒否します。TMS を 15.x にアップグレードするまで、${v} はこのエンドポイントに接続できません（アップグレード後に対処の手順を適用します）。`,
      true: (v: string) => `このエンドポイントは TLS 1.0 をまだ受け付けるため、${v}（TLS 1.0 のみ）でも接続できます。「No HTTPS response」の原因は別にあります。`,
      null: (v: string) => `${v}（TLS 1.0 のみ）が接続できるかは判定できませんでした。`,
    },
    oldTls12Failed: 'ここでは TLS 1.2 でも接続できませんでした。アップグレード後は、エンドポイントの証明書と HTTPS の設定も確認してください。',
    briefOld: {
      true: (v: string) => `${v}（TLS 1.0 のみ）は接続できます。`,
      false: (v: string) => `${v} は TLS 1.0 しか使わないため、15.x にアップグレードするまで接続できません。`,
      null: () => '',
    },
  },
} as const;
