/**
 * Guesses about the cause written into a ticket or said by a colleague: "Dave thinks it's the
 * certificate expiry", "probably a firewall issue … port 443 blocked?", 「TMS のサービスを再起動すれば
 * 直るのでは」, and the colleague's check "the firewall is open, I can telnet to 443". Each gets one short
 * line ahead of the answer, so the guess is not left standing next to the diagnosis.
 *
 * From knowledge.md: in this problem the TCP handshake to port 443 succeeds and the endpoint resets the
 * connection right after TMS's TLS 1.0 ClientHello (so it is TLS, not the network, and no certificate has
 * been sent yet); certificates make HTTPS fail at the level High (it validates the managed systems'
 * certificates) or with "Enable Certificate Revocation Check" when the CRL point is unreachable; at Medium
 * TMS offers only TLS 1.0, and a restart of IIS and the TMS services is what applies a new level, not a fix
 * by itself. Bounded input, linear regexes.
 */
import { advisingMediumHigh } from '../domain/advises';
import type { Facts, Lang, LocalizedText } from '../domain/types';
import type { Block } from './document';
import { paraFrom } from './compose';

export type Guess = 'certificate' | 'firewall' | 'port-open' | 'restart';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

/** Words that make a clause a guess, not a report: "thinks", "probably", "maybe", "suspect", a question mark. */
const GUESS_EN = /(?<![a-z])(?:thinks?|thought|probably|maybe|perhaps|might|could\sbe|must\sbe|suspects?|guess(?:es)?|blames?|bet|believes?|wonders?|says?\sit'?s)(?![a-z])|\?/i;
const GUESS_JA = /では[？?]|じゃない|かも|のせい|疑|思い|思う|曰く|と言って|と言う|でしょうか|のでは|[？?]/;

const CERT_EN = /(?<![a-z])(?:certs?|certificates?)(?![a-z])/i;
const CERT_JA = /証明書/;
/** "firewall", "port 443 blocked", "a network issue": not the TMS mode "Behind Firewall". */
const FIREWALL_EN = /(?<!behind\s)(?<![a-z])(?:firewalls?|fw)(?![a-z])|(?<![a-z])(?:port\s)?443\s(?:is\s|being\s|got\s)?(?:blocked|closed|filtered)(?![a-z])|(?<![a-z])(?:network|vlan|acl|routing)\s(?:issue|problem)(?![a-z])/i;
const FIREWALL_JA = /(?<!behind\s?)ファイア(?:ウ|ー)?ォ?ール|ファイヤーウォール|(?:ポート\s?)?443\s?(?:番)?(?:ポート)?(?:が|は)?(?:ブロック|閉じ|塞が|遮断)|ネットワーク(?:の)?(?:問題|障害)/i;
/** The colleague's check: "the firewall is open", "I can telnet to 443", 「443 に telnet できます」. */
const PORT_OPEN_EN =
  /(?<![a-z])(?:firewall|port\s443|443)\s(?:is\s|was\s)?(?:open|allowed|fine|not\s(?:blocked|the\s(?:issue|problem)))(?![a-z])|(?<![a-z])(?:can|could|am\sable\sto|was\sable\sto)\s(?:telnet|connect|nc|reach)\s(?:to\s)?(?:\S+\s(?:on\s)?)?(?:port\s)?443(?![0-9])|(?<![a-z])telnet(?:ting)?\s(?:to\s)?(?:\S+\s(?:on\s)?)?(?:port\s)?443\s(?:works|worked|succeeds|succeeded|connects|is\sfine|ok)(?![a-z])/i;
const PORT_OPEN_JA = /(?:ファイア(?:ウ|ー)?ォ?ール|ファイヤーウォール)(?:は|も)?(?:開いて|許可され|問題(?:は)?(?:あり|な))|443\s?(?:番)?(?:ポート)?\s?(?:に|へ|で|は|も)?\s?(?:の)?\s?(?:telnet|テルネット|接続)\s?(?:でき|が(?:でき|通|成功)|は(?:でき|通)|(?:が)?通り|成功)|telnet\s?(?:で|が)?\s?(?:443|つなが|繋が|接続でき|通り)/i;
/** "restarting the TMS services would fix it", "just restart TMS", 「TMS のサービスを再起動すれば直るのでは」. */
const RESTART_EN =
  /(?<![a-z])(?:(?:just\s)?restart(?:ing)?|bounc(?:e|ing)|reboot(?:ing)?)\s(?:the\s)?(?:tms\s)?(?:services?|tms|iis|server)(?:\s(?:on\s\S+|again))?\s(?:(?:would|will|should|might|could|may)\s(?:fix|solve|sort|resolve|clear)|fix(?:es)?|solves?|(?:is|would\sbe)\s(?:enough|the\sfix))(?![a-z])|(?<![a-z])(?:just|try\s(?:to\s)?)\s?(?:restart|bounce)\s(?:the\s)?(?:tms\s)?(?:services?|tms)(?![a-z])/i;
const RESTART_JA = /(?:サービス|tms|iis)\s?(?:を|の)?\s?(?:再起動|リスタート)(?:すれば|したら|で|するだけで)\s?(?:直る|治る|解決|復旧|直り)/i;

/** A firewall change reported in the piece ("we changed the firewall", 「ファイアウォールの設定を変更しました」): the catalogue's network entry answers it. */
const FIREWALL_CHANGED =
  /(?<![a-z])(?:changed|updated|modified|replaced|tightened|hardened|reconfigured)\s(?:the\s|our\s|their\s|a\s|some\s)?(?:network\s)?(?:firewall|fw|acl)|(?<![a-z])(?:firewall|fw|acl)s?\s(?:rules?\s|polic(?:y|ies)\s|config(?:uration)?\s|settings?\s)?(?:was|were|has\sbeen|have\sbeen|got)\s(?:just\s)?(?:changed|updated|modified|replaced|tightened|hardened|reconfigured)|(?<![a-z])(?:firewall|fw)\s(?:rule\s|policy\s)?change(?![a-z])|(?:ファイア(?:ウ|ー)?ォ?ール|ファイヤーウォール|fw)\s?(?:の)?\s?(?:設定|ルール|ポリシー)?\s?(?:を|が|の)?\s?(?:変更|更新|入れ替え|変え)/i;

/** Sentences (and ticket lines): a guess is read in the clause it sits in. */
function pieces(text: string): string[] {
  return text.slice(0, 4000).split(/\n+|(?<=[.!?。！？])\s+|(?<=[。！？])/);
}

/**
 * A word every guess pattern above needs (one required literal of each alternative: "cert"/証明書, "firewall"/"fw"/ファイ…,
 * "443", "network"/"vlan"/"acl"/"routing"/ネットワーク, "telnet", "restart"/"bounc"/"reboot"/再起動/リスタート). A message
 * without any names no guess, so its ten patterns are not run: one pattern instead of ten on nearly every message
 * (test/conversation/r16-reader-gates.test.ts checks the gate against every grid message).
 */
export const GUESS_TOPIC_GATE = /cert|証明書|firewall|fw|443|network|vlan|acl|routing|ファイ|ネットワーク|telnet|restart|bounc|reboot|再起動|リスタート/i;

/** Each gate with the patterns it stands for (for the gates' test). */
export const GUESS_GATES: readonly (readonly [RegExp, readonly RegExp[]])[] = [[GUESS_TOPIC_GATE, [CERT_EN, CERT_JA, FIREWALL_EN, FIREWALL_JA, PORT_OPEN_EN, PORT_OPEN_JA, RESTART_EN, RESTART_JA]]];

/** The guesses the message makes (in order: certificate, firewall, port-open, restart). */
export function guessesIn(text: string): Guess[] {
  if (!GUESS_TOPIC_GATE.test(text)) return [];
  const found = new Set<Guess>();
  for (const p of pieces(text)) {
    const guessy = GUESS_EN.test(p) || GUESS_JA.test(p);
    if ((CERT_EN.test(p) || CERT_JA.test(p)) && guessy) found.add('certificate');
    if (PORT_OPEN_EN.test(p) || PORT_OPEN_JA.test(p)) found.add('port-open');
    // "we changed the firewall yesterday, could that be it?": a change reported is checked, not answered "it is TLS" (QA50 #17).
    else if ((FIREWALL_EN.test(p) || FIREWALL_JA.test(p)) && guessy && !FIREWALL_CHANGED.test(p)) found.add('firewall');
    if (RESTART_EN.test(p) || RESTART_JA.test(p)) found.add('restart');
  }
  return (['certificate', 'firewall', 'port-open', 'restart'] as const).filter((g) => found.has(g));
}

/** One short line per guess, for what the conversation holds (the level decides the certificate line's end). */
export function guessLine(g: Guess, f: Facts, telnetSaid = true): LocalizedText {
  switch (g) {
    case 'certificate':
      return L(
        `About the certificate: in this problem the endpoint resets the connection right after TMS's ClientHello, before any certificate is exchanged. A certificate can make HTTPS fail at the level High, where TMS also validates the systems' certificates (per Cisco's TMS admin guide: check it there), or with "Enable Certificate Revocation Check" on and the CRL point unreachable.${f.level === 'high' ? ' You are at High, so check the endpoints\' certificates too.' : ''}`,
        `証明書について：この問題では、エンドポイントは TMS の ClientHello の直後、証明書をやり取りする前に接続をリセットします。証明書で HTTPS が失敗しうるのは、TMS がシステムの証明書も検証するレベル High の場合（Cisco の TMS 管理者ガイドで確認してください）か、「Enable Certificate Revocation Check」が有効で CRL 配布ポイントに届かない場合です。${f.level === 'high' ? '現在 High なので、エンドポイントの証明書も確認してください。' : ''}`,
      );
    case 'firewall':
      return L(
        'About a firewall or port 443: in this problem the TCP connection to port 443 completes, and the endpoint resets it after TMS\'s TLS 1.0 ClientHello. It is TLS, not the network; a capture on the TMS server shows which.',
        'ファイアウォールやポート 443 について：この問題では、ポート 443 への TCP 接続は確立し、TMS の TLS 1.0 の ClientHello の後でエンドポイントが接続をリセットします。原因はネットワークではなく TLS です。TMS サーバでキャプチャを取ると見分けられます。',
      );
    case 'port-open':
      // "port 443 open" names no tool: the line does not put Telnet in the user's mouth (QA round 24 C1).
      return telnetSaid
        ? L(
            'Telnet to port 443 working fits this problem: the TCP connection completes, and what the endpoint refuses is the TLS handshake after it. It shows only that the port is open, though: the TLS handshake (the versions offered), the certificate and HTTPS come after it, and a capture on the TMS server shows which step fails.',
            'ポート 443 に telnet でつながるのは、この問題と矛盾しません。TCP 接続は確立し、エンドポイントが拒否しているのはその後の TLS ハンドシェイクです。ただし分かるのはポートが開いていることだけです。その後に TLS ハンドシェイク（提示されるバージョン）、証明書、HTTPS が続き、どの段階で失敗しているかは TMS サーバでのキャプチャで分かります。',
          )
        : L(
            'Port 443 being open fits this problem: the TCP connection completes, and what the endpoint refuses is the TLS handshake after it. It shows only that the port is open, though: the TLS handshake (the versions offered), the certificate and HTTPS come after it, and a capture on the TMS server shows which step fails.',
            'ポート 443 が開いているのは、この問題と矛盾しません。TCP 接続は確立し、エンドポイントが拒否しているのはその後の TLS ハンドシェイクです。ただし分かるのはポートが開いていることだけです。その後に TLS ハンドシェイク（提示されるバージョン）、証明書、HTTPS が続き、どの段階で失敗しているかは TMS サーバでのキャプチャで分かります。',
          );
    case 'restart':
      return MH(
        'About restarting the TMS services: a restart alone does not change what TMS offers; at Medium it still offers only TLS 1.0. The restart is what applies the Medium-High setting, after you change it.',
        'TMS のサービスの再起動について：再起動だけでは TMS が提示する内容は変わりません。Medium のままでは TLS 1.0 しか提示しません。再起動は、Medium-High に変更した後でその設定を反映させるためのものです。',
      );
  }
}

/** The titles of the certificate answer: a reply that already has it needs no certificate line. */
const CERT_TITLES = ['Could it be the certificate?', '証明書が原因か', "SQL Server's certificate", 'SQL Server の証明書'];
/** The titles of the firewall answers (catalogue 'firewall-question', 'not-tls-network'): a reply with one needs no firewall line. */
const FIREWALL_TITLES = ['Could it be the firewall?', 'ファイアウォールが原因か', 'Network before TLS', 'TLS より先にネットワーク'];

/**
 * The guess lines to put ahead of a reply's blocks (none already answered in them); [] when the message
 * makes no guess.
 */
export function guessBlocks(text: string, f: Facts, lang: Lang, blocks: Block[]): Block[] {
  const guesses = guessesIn(text);
  if (guesses.length === 0) return [];
  // Whether the reply already has one of these titles, as a heading or a warning's title (REV28 #5: looked up on the
  // blocks, not on the whole reply turned into JSON).
  const has = (titles: readonly string[]): boolean =>
    blocks.some((b) => ((b.type === 'heading' || b.type === 'subheading') && titles.includes(b.text)) || (b.type === 'warning' && titles.includes(b.title)));
  const telnet = guesses.includes('port-open') && /telnet|テルネット/i.test(text.slice(0, 4000));
  return guesses
    .filter((g) => !(g === 'certificate' && has(CERT_TITLES)) && !(g === 'firewall' && has(FIREWALL_TITLES)))
    .map((g) => paraFrom(guessLine(g, f, telnet), lang));
}
