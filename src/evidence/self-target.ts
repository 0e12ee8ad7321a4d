/**
 * A TLS or TCP test run against the TMS server itself (QA62 #17): `openssl s_client -connect localhost:443`, curl or
 * Invoke-WebRequest to https://localhost/tms, Test-NetConnection tms01, a host named like the TMS server ("tms01",
 * "LAB-TMS01"), or a test the user says ran against the TMS server itself ("ran this on the TMS box against itself",
 * 「TMS サーバ自身に対して」). Such a test reaches the TMS server's own web server (IIS): what the TMS server accepts when others
 * connect to it (the Schannel Server side). It says nothing of what TMS offers to the endpoints (the Client side and the
 * Communication Security level), so the readings that take the target for the endpoint are replaced by one that says so,
 * what the test did show, and the test to run instead (from the TMS server TO an endpoint).
 *
 * Pure; bounded: the first 64 KiB of the text, at most 8 targets, each regex bounded.
 */
import type { LocalizedText } from '../domain/types';
import type { Observation } from './types';

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

/** The readings that take a test's target for the endpoint (or a device in front of it). */
const ENDPOINT_TEST_CODES = new Set([
  'tool-tls10-refused',
  'tool-tls12-refused',
  'tool-tls-failed',
  'tool-tls-handshake-ok',
  'tool-server-version-refused',
  'endpoint-accepts-tls10',
  'endpoint-scan-versions',
  'tcp-reachable',
  'tcp-unreachable',
]);

const HOST = String.raw`(\[[0-9a-fA-F:.]{2,45}\]|[A-Za-z0-9][\w.-]{0,200})`;
/** The target of a test command, or of its output's own line naming it. */
const TARGET = new RegExp(
  String.raw`(?:s_client\b[^\n]{0,300}?\s-connect[ \t]{1,4}|(?<![\w-])(?:curl(?:\.exe)?|invoke-webrequest|invoke-restmethod|iwr|irm|wget)\b[^\n]{0,300}?\bhttps?:\/\/|test-netconnection[ \t]{1,4}(?:-computername[ \t]{1,4})?|^[ \t]{0,4}ComputerName[ \t]{1,20}:[ \t]{0,4}|\*[ \t]{1,4}Connected to[ \t]|Nmap scan report for[ \t]|Testing SSL server[ \t]|(?:^|[\s$#>])(?:nc|ncat|telnet)[ \t]{1,4}(?:-[a-z]{1,6}[ \t]{1,4}){0,4})` + HOST,
  'gim',
);
const LOOPBACK = /^(?:localhost(?:\.localdomain)?|127(?:\.\d{1,3}){3}|\[?::1\]?|\[?0:0:0:0:0:0:0:1\]?)$/i;
/**
 * A host's first label naming TMS ("tms", "tms01", "tms-02", "tms-prod", "tmsserver01", "LAB-TMS01", "cisco_tms"): the TMS
 * server by its name. "tms" must end the label or be followed by digits or a server word (rev63 #2: "tmsroom-sx80",
 * "TMSB-RoomKit3" are not it), and a label holding an endpoint's model or place word ("tms-lobby-sx80") is not it either.
 */
const TMS_NAMED = /^(?:tms(?=$|[-_]?\d|[-_]?(?:srv|server)(?![a-z])|[-_](?:prod|app|web|node|pri|sec|primary|secondary|dev|test|lab|uat|stg)(?![a-z]))|[a-z0-9-]{0,40}[-_]tms(?=$|[-_]?\d|[-_](?:srv|server|prod|app|web|node|pri|sec|primary|secondary|dev|test|lab|uat|stg)(?![a-z])))/i;
/** An endpoint's model or place word in a host label: "sx80", "mx700", "dx80", "roomkit", "codec", "desk", "board", "lobby". */
const ENDPOINT_LABEL = /(?:sx|mx|dx|ex|ix)\d{2,3}|room|codec|desk|board|lobby|webex|touch|navigator|endpoint|ep\d/i;
/** "<host> is an endpoint" / 「<host> はエンドポイントです」, checked for the host a test named (its first label, or whole). */
const IS_ENDPOINT_EN = String.raw`[^\n.;,]{0,40}?\s(?:is|was|=|-)\s(?:(?:in\s)?fact\s)?(?:(?:an?|the|our|one\sof\sthe)\s)?(?:(?:cisco|webex|video|room|lobby|ce|tc)\s){0,2}(?:endpoints?|codecs?|(?:sx|mx|dx|ex|ix)\d{2,3}|room\s?kit|desk(?:\s?pro)?|board)(?![a-z])`;
const IS_ENDPOINT_JA = /[^\n。、]{0,20}?[はが][^\n。、]{0,20}?(?:エンドポイント|コーデック|(?:SX|MX|DX|EX|IX)\d{2,3}|Room\s?Kit|Desk|Board)/.source;

function saidEndpoint(host: string, head: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  const names = [...new Set([bare, bare.split('.')[0]])].filter((n) => n.length >= 2 && n.length <= 100);
  return names.some((n) => {
    const q = n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    return new RegExp(String.raw`(?<![\w.-])${q}(?![\w-])(?:${IS_ENDPOINT_EN}|${IS_ENDPOINT_JA})`, 'i').test(head);
  });
}
/**
 * The user says the test ran against the TMS server itself (not only on it): "against itself", "checked the TMS web server
 * itself", "tested the TMS web server", 「TMS サーバ自身に対して」. A test verb or "itself" is needed: "the TMS web server shows No
 * HTTPS response", "on the TMS server itself I ran …", "checked the TMS server's registry" are not it. The bare 「自分自身」
 * 「自身に対して」 are not it either (rev63 #1: 「エンドポイント自身に対して」). These words only choose how the lead is said:
 * they never make a target the TMS server (an address or a name not like TMS stays the endpoint).
 */
const SAID_SELF =
  /(?<![a-z])(?:against|to)\sitself(?![a-z])|(?<![a-z])(?:against|to|tested|checked|probed|scanned)\s(?:the\s)?tms(?:'s)?\s(?:(?:own\s)?(?:web|iis)\s)?(?:server|box|host)\sitself(?![a-z])|(?<![a-z])(?:against|tested|checked|probed|scanned)\s(?:the\s)?tms(?:'s)?\s(?:own\s)?(?:web|iis)\s(?:server|site)(?![a-z'])|TMS\s?サーバ(?:ー)?(?:自身|自体)(?:に対して|へ|に向けて)/i;
/** It ran on the TMS server ("ran this on the TMS box", 「TMS サーバ上で」): a loopback target is then the TMS server. */
const RAN_ON_TMS = /(?<![a-z])on\s(?:the\s)?tms(?:\s(?:web\s)?(?:server|box|host|machine|node))?(?![a-z])|TMS\s?サーバ(?:ー)?(?:上|で)/i;

/**
 * A port other than 443 named for a loopback target, or open in an nmap report ("-connect 127.0.0.1:14443", "localhost (127.0.0.1)
 * port 18446", sslscan's "127.0.0.1 on port 14443", "14443/tcp open", "-Port 8443"): a tunnel or a test rig forwarding to something else, not the TMS server's HTTPS.
 */
const LOOPBACK_PORT = /(?:localhost|127(?:\.\d{1,3}){3}|::1\]?)(?::|\s(?:on\s)?(?:port\s)?|\s\([^()\s]{1,45}\)\sport\s)(\d{2,5})(?!\d)/gi;
const OTHER_PORT = /^\s{0,4}(\d{1,5})\/tcp\s{1,12}open|-Port\s{1,4}(\d{1,5})|RemotePort\s{1,20}:\s{0,4}(\d{1,5})/gim;

function offPort(head: string): boolean {
  for (const re of [LOOPBACK_PORT, OTHER_PORT]) {
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(head); m && n < 32; m = re.exec(head), n++) {
      const port = m[1] ?? m[2] ?? m[3];
      if (port && port !== '443') return true;
    }
  }
  return false;
}

type Kind = 'loopback' | 'named' | 'other';

function kindOf(host: string, head: string, known: readonly string[]): Kind {
  if (LOOPBACK.test(host)) return 'loopback';
  const label = host.replace(/^\[|\]$/g, '').split('.')[0];
  // (Said to be an endpoint in an earlier message of the conversation: `known`, lower-cased names and first labels.)
  const saidBefore = known.includes(host.toLowerCase()) || known.includes(label.toLowerCase());
  if (!/^\d{1,3}$/.test(label) && TMS_NAMED.test(label) && !ENDPOINT_LABEL.test(label) && !saidBefore && !saidEndpoint(host, head)) return 'named';
  return 'other';
}

/** What the test itself showed, in a few words per reading it replaces. */
function shown(o: Observation): LocalizedText | null {
  const v = /\b(TLS 1\.[0-3]|SSL 3\.0)\b/.exec(o.detail.en)?.[1];
  switch (o.code) {
    case 'tool-tls-handshake-ok':
      return v ? t(`a client completed a ${v} handshake with it`, `クライアントが ${v} のハンドシェイクを完了しました`) : t('a client completed a handshake with it', 'クライアントがハンドシェイクを完了しました');
    case 'endpoint-accepts-tls10':
      return /scan/.test(o.detail.en) ? t('the scan lists TLS 1.0 among the versions it accepts', 'スキャンでは受け付けるバージョンに TLS 1.0 が含まれます') : t('a client completed a TLS 1.0 handshake with it', 'クライアントが TLS 1.0 のハンドシェイクを完了しました');
    case 'tool-tls10-refused':
      return t('it turned away a client held to TLS 1.0', 'TLS 1.0 に制限したクライアントは拒否されました');
    case 'tool-tls12-refused':
      return t('it turned away a client that offered TLS 1.2 or later', 'TLS 1.2 以降を提示したクライアントが拒否されました');
    case 'tool-tls-failed':
    case 'tool-server-version-refused':
      return t('the handshake failed', 'ハンドシェイクは失敗しました');
    case 'endpoint-scan-versions': {
      const acc = /: accepts ((?:TLS 1\.\d|SSL 3\.0|none)(?:, (?:TLS 1\.\d|SSL 3\.0))*)/.exec(o.detail.en)?.[1];
      return acc ? t(`the scan lists ${acc} as accepted`, `スキャンでは受け付けるバージョンは ${acc === 'none' ? 'なし' : acc.replace(/, /g, '、')} です`) : null;
    }
    case 'tcp-reachable':
      return t('TCP to it connects', 'TCP 接続は成功しました');
    case 'tcp-unreachable':
      return t('TCP to it does not connect', 'TCP 接続は失敗しました');
    default:
      return null;
  }
}

/**
 * The observations with those of a test against the TMS server itself replaced by one that says so; unchanged when no test
 * target is named, or when a target is another host (an address, or a name not like TMS: an endpoint, a device in front of
 * it), whatever the words say; a name like TMS that the message says is an endpoint ("tms02 is an endpoint") is another host.
 */
export function withSelfTarget(text: string, observations: Observation[], endpointHosts: readonly string[] = []): Observation[] {
  const affected = observations.filter((o) => ENDPOINT_TEST_CODES.has(o.code));
  const iwr = /(?:invoke-webrequest|invoke-restmethod|(?<![\w-])iwr|(?<![\w-])irm)\s[^\n]{0,300}?https?:\/\//i.test(text.slice(0, 65536));
  if (!affected.length && !iwr) return observations;
  const head = text.slice(0, 65536);
  const hosts: string[] = [];
  TARGET.lastIndex = 0;
  for (let m = TARGET.exec(head); m && hosts.length < 8; m = TARGET.exec(head)) {
    const h = m[1].replace(/[.:]+$/, '');
    if (!hosts.includes(h)) hosts.push(h);
  }
  if (!hosts.length) return observations;
  const kinds = hosts.map((h) => kindOf(h, head, endpointHosts));
  // Loopback at another port than 443 is a tunnel or a test rig, not the TMS server's own HTTPS: left as it is.
  if (kinds.includes('loopback') && offPort(head)) return observations;
  // Words alone never make an address or a name not like TMS the TMS server (rev63 #1: 「エンドポイント自身に対して」, "I checked
  // the TMS server itself … From it I ran: -connect 10.1.2.20"): the words only choose the lead's wording below.
  const self = kinds.every((k) => k !== 'other');
  if (!self) return observations;
  const said = SAID_SELF.test(head);
  const host = hosts[0];
  const kind = kinds[0];
  const ranOn = RAN_ON_TMS.test(head);
  const lead =
    said || (kind === 'loopback' && ranOn)
      ? t(`This test ran against the TMS server itself (${host}), not an endpoint.`, `このテストの接続先は TMS サーバ自身（${host}）で、エンドポイントではありません。`)
      : kind === 'loopback'
        ? t(
            `This test ran against ${host}, the machine it ran on: run on the TMS server, that is the TMS server itself, not an endpoint.`,
            `このテストの接続先は ${host}、つまりテストを実行したマシン自身です。TMS サーバで実行したのであれば、接続先はエンドポイントではなく TMS サーバ自身です。`,
          )
        : t(
            `By its name, ${host} is the TMS server, not an endpoint (if it is an endpoint after all, say so and paste the test again).`,
            `名前からすると ${host} はエンドポイントではなく TMS サーバです（エンドポイントであれば、そう書き添えてテスト結果をもう一度貼り付けてください）。`,
          );
  const seen = affected.map(shown).filter((x): x is LocalizedText => x !== null);
  const uniq = (xs: string[]) => [...new Set(xs)];
  const what = seen.length
    ? t(` What it showed (${uniq(seen.map((s) => s.en)).join('; ')}) is about that inbound side.`, `テストの結果（${uniq(seen.map((s) => s.ja)).join('。')}）は、この受信側についてのものです。`)
    : t('', '');
  const detail = t(
    `${lead.en} Such a test reaches the TMS server's own web server (IIS): it shows what the TMS server accepts when others connect to it over HTTPS (the Schannel Server side).${what.en} It does not show what TMS offers when it connects to the endpoints: that is the Client side, set by the Communication Security level (at Medium TMS offers only TLS 1.0). To test that path, run the test on the TMS server against an endpoint's address (the one in Systems > Navigator): \`openssl s_client -connect ENDPOINT:443 -tls1\` (TC 7.3.6 and later, CE 8.1 and later and RoomOS refuse it) and \`-tls1_2\` (every TC and CE release accepts it), or \`Test-NetConnection ENDPOINT -Port 443\` for TCP alone.`,
    `${lead.ja}このようなテストが届くのは TMS サーバ自身の Web サーバ（IIS）で、分かるのはほかのシステムが HTTPS で TMS サーバに接続するときに TMS サーバが受け付ける内容（Schannel の Server 側）です。${what.ja}TMS がエンドポイントに接続するときに提示する内容は分かりません。そちらは Client 側で、[Communication Security] のレベルで決まります（Medium の TMS は TLS 1.0 しか提示しません）。その経路を確かめるには、TMS サーバ上で、エンドポイントのアドレス（[Systems] > [Navigator] に表示されるもの）に対してテストしてください。\`openssl s_client -connect ENDPOINT:443 -tls1\`（TC 7.3.6 以降、CE 8.1 以降、RoomOS は拒否します）と \`-tls1_2\`（TC と CE はどのリリースも受け付けます）、TCP だけなら \`Test-NetConnection ENDPOINT -Port 443\` です。`,
  );
  return [...observations.filter((o) => !ENDPOINT_TEST_CODES.has(o.code)), { code: 'tool-target-tms-server', detail }];
}

/** A host-like name whose first label names TMS (TMS_NAMED), in a message: at most 8, each at most 100 characters. */
const TMS_LIKE_NAME = /(?<![\w.-])(?:[a-z0-9][a-z0-9-]{0,40}[-_])?tms[\w.-]{0,60}/gi;

/**
 * "tms-lobby-sx80 is an endpoint", 「tms-lobby-sx80 はエンドポイントです」 (rev63 #2): the names like TMS that the message says are
 * endpoints, lower-cased (the name and its first label), for the conversation to keep (ConversationState.endpointHosts). Bounded: at
 * most 8 candidate names, each checked with saidEndpoint.
 */
export function endpointHostsSaid(text: string): string[] {
  const head = text.slice(0, 4000);
  if (!/tms/i.test(head)) return [];
  const out: string[] = [];
  TMS_LIKE_NAME.lastIndex = 0;
  let n = 0;
  for (let m = TMS_LIKE_NAME.exec(head); m && n < 8; m = TMS_LIKE_NAME.exec(head), n++) {
    const name = m[0].replace(/[.:_-]+$/, '');
    const label = name.split('.')[0];
    // (Not the bare product name: "our TMS - SX80 in the lobby" says nothing of a host called "tms".)
    if (/^tms$/i.test(name) || !TMS_NAMED.test(label) || ENDPOINT_LABEL.test(label) || !saidEndpoint(name, head)) continue;
    for (const x of [name.toLowerCase(), label.toLowerCase()]) if (!out.includes(x)) out.push(x);
  }
  return out;
}
