/**
 * Systems named as still failing once the level is Medium-High or High (said, or reported done), when TMS
 * reaches them over HTTPS: "the MXPs fail with No HTTPS response, they are managed over HTTPS", "the ones still
 * failing are SX80s", 「まだ失敗しているのは SX80 です」. At that level TMS offers TLS 1.2 (knowledge.md, the fix), so
 * neither the Medium cause nor the Telnet/SNMP trade-off (that hits systems managed over Telnet or SNMP) explains
 * them: what is left is on those systems and on the TMS server's Windows side (knowledge.md, "What else a senior
 * engineer checks"). Said so, with those checks; the fix is not given again. Nothing beyond the message's facts
 * is recorded. Pure; the cheap test first.
 */
import type { Facts, LocalizedText } from '../domain/types';
import { diagnose } from '../domain/diagnose';
import type { Block } from './document';
import { paraFrom, listFrom } from './compose';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

/** The message says they fail: "fail", "still", "error", "No HTTPS response", 「エラー」「まだ」「失敗」. */
const FAILING =
  /fail|still|error|no\shttps|(?:n't|not)\s(?:work|connect|respond|come\sback|came\sback)|broken|(?<![a-z])red(?![a-z])|エラー|失敗|まだ|直らない|直って(?:い)?(?:ない|ません)|繋がらない|つながらない|繋がりません|つながりません|no\s?https/i;

/** The keys a message may hold for this reading: the systems, how TMS reaches them, that they fail. */
const ALLOWED = new Set(['telnetSystems', 'telnetVia', 'endpointModels', 'https', 'endpointsFail', 'level']);

export type RaisedFailing = { kind: 'https-legacy'; named: string[] } | { kind: 'codec'; named: string[] };

/**
 * What the message names as failing at a raised level, or null: systems TMS may manage over Telnet/SNMP said to be
 * managed over HTTPS in this message (`https-legacy`), or TC/CE endpoint models (`codec`). `before` is the facts
 * before the message, `found` what it said.
 */
export function raisedFailingIn(text: string, before: Facts, found: Partial<Facts>): RaisedFailing | null {
  if (text.length > 300 || !FAILING.test(text)) return null;
  const level = found.level ?? before.level;
  const raised = level === 'medium-high' || level === 'high' || !!before.tlsClaims?.levelRaised;
  if (!raised || (found.level && found.level !== before.level)) return null;
  if (!Object.keys(found).every((k) => ALLOWED.has(k))) return null;
  if (found.https === false) return null;
  const telnet = found.telnetSystems ?? [];
  if (telnet.length) return found.https === true ? { kind: 'https-legacy', named: telnet.slice(0, 4) } : null;
  const models = found.endpointModels ?? [];
  return models.length ? { kind: 'codec', named: models.slice(0, 4) } : null;
}

/** The reply's blocks for what was named, with the conversation's facts (after the message). */
export function raisedFailingBlocks(r: RaisedFailing, facts: Facts, lang: 'en' | 'ja'): Block[] {
  const high = facts.level === 'high';
  const lvl = high ? 'High' : 'Medium-High';
  const en = r.named.join(', ');
  const ja = r.named.join('、');
  const out: LocalizedText[] = [];
  if (r.kind === 'https-legacy') {
    out.push(
      L(
        `Noted: the ${en} systems still fail, and TMS manages them over HTTPS. At ${lvl} TMS offers TLS 1.2, so the Medium cause no longer applies, and the Telnet/SNMP trade-off of Medium-High does not either (it hits systems managed over Telnet or SNMP). What is left is between TMS's TLS 1.2 and those systems; check on one of them:`,
        `承知しました。${ja} はまだ失敗していて、TMS は HTTPS で管理しているとのことですね。${lvl} の TMS は TLS 1.2 を提示するので、Medium が原因ということはもうありません。Medium-High の Telnet/SNMP のトレードオフも当てはまりません（それは Telnet や SNMP で管理しているシステムの話です）。残るのは、TMS の TLS 1.2 とそのシステムとの間の問題です。次の点を確認してください。`,
      ),
    );
    const checks: LocalizedText[] = [
      L(
        `Whether its software accepts TLS 1.2 at all: my sources do not settle that for ${en}, so check its release notes, or test it from the TMS server (\`openssl s_client -connect <address>:443 -tls1_2\`). If it does not, TMS cannot reach it over HTTPS at ${lvl}: then the choices are to replace it, manage it another way, or accept losing it in TMS. Going back to Medium is not one: the endpoints that refuse TLS 1.0 would fail again.`,
        `そのシステムのソフトウェアがそもそも TLS 1.2 を受け付けるか：${ja} については手元の資料では確認できないため、リリースノートを確認するか、TMS サーバから試してください（\`openssl s_client -connect <アドレス>:443 -tls1_2\`）。受け付けない場合、${lvl} の TMS は HTTPS で接続できません。選択肢は、置き換える、別の方法で管理する、TMS での管理をあきらめる、のいずれかです。Medium に戻すのは解決になりません。TLS 1.0 を受け付けないエンドポイントが再び失敗します。`,
      ),
      L(
        'Its HTTPS settings: HTTPS on, the cipher suites it accepts (after hardening the TMS server with a GPO or IIS Crypto, the two may share none: alert 40 or a reset even at TLS 1.2), and its certificate (at High, TMS validates certificates; with "Enable Certificate Revocation Check" on, an unreachable CRL point fails HTTPS too).',
        'そのシステムの HTTPS 設定：HTTPS が有効か、受け付ける暗号スイート（GPO や IIS Crypto で TMS サーバを強化したあとは共通の暗号スイートがなくなり、TLS 1.2 でもアラート 40 やリセットになることがあります）、そして証明書です（High では TMS が証明書を検証します。また [Enable Certificate Revocation Check] が有効だと、CRL 配布ポイントに届かない場合も HTTPS が失敗します）。',
      ),
      L(
        'In TMS, Systems > Navigator: Force Refresh on it (TMS may not have polled it since the change), and its connection mode (a system "Behind Firewall" is not polled).',
        'TMS の [Systems] > [Navigator] で、そのシステムに [Force Refresh] を実行してください（変更後にまだポーリングされていない場合があります）。接続モードも確認してください（[Behind Firewall] のシステムはポーリングされません）。',
      ),
      L(
        'On the TMS server: a capture of TMS polling it. A TLS 1.2 ClientHello (0x0303) answered by a reset or alert 40 points at that system; a TLS 1.0 one (0x0301) means the level change has not taken effect yet. The System log\'s Schannel events (36871, 36888, or 36887 for an alert received) may say the same from Windows\' side.',
        'TMS サーバ上で、TMS がそのシステムをポーリングするところをキャプチャしてください。TLS 1.2（0x0303）の ClientHello にリセットやアラート 40 が返るなら、そのシステム側が原因です。TLS 1.0（0x0301）のままなら、レベルの変更がまだ反映されていません。システム ログの Schannel のイベント（36871、36888、アラートを受信した場合は 36887）でも、Windows 側から同じことが分かる場合があります。',
      ),
    ];
    return [...out.map((x) => paraFrom(x, lang)), listFrom('bullets', checks, lang)];
  }
  out.push(
    L(
      `Noted: the ones still failing are ${en} systems. They run TC or CE software, and every TC and CE release accepts TLS 1.2, which TMS offers at ${lvl}: once that change has taken effect, the level is not what fails for them, and the fix does not need doing again. A capture on the TMS server of TMS polling one of them tells the cases apart: a TLS 1.0 ClientHello (0x0301) means the change has not taken effect on the server that polls them (saved on both nodes of a redundant TMS? services restarted?); a TLS 1.2 one (0x0303) refused means their own settings or the TMS server's Windows side, in the checks below.`,
      `承知しました。まだ失敗しているのは ${ja} とのことですね。TC または CE のソフトウェアで動いており、TC と CE はどのリリースも TLS 1.2 を受け付けます。${lvl} の TMS は TLS 1.2 を提示するので、変更が反映されていれば失敗の原因はレベルではなく、対処をやり直す必要はありません。TMS サーバで、TMS がそのうちの 1 台をポーリングするところをキャプチャすると見分けられます。ClientHello が TLS 1.0（0x0301）なら、ポーリングしているサーバで変更がまだ反映されていません（冗長構成の TMS では両方のノードで保存しましたか。サービスを再起動しましたか）。TLS 1.2（0x0303）を拒否されるなら、そのシステム自体の設定か TMS サーバの Windows 側が原因です。下の項目を確認してください。`,
    ),
  );
  if (high) {
    out.push(
      L(
        'At High, TMS also validates their certificates: a self-signed or expired certificate on them fails even though TLS 1.2 is offered.',
        'High では TMS がそれらの証明書も検証します。自己署名や期限切れの証明書だと、TLS 1.2 を提示していても失敗します。',
      ),
    );
  }
  const blocks: Block[] = out.map((x) => paraFrom(x, lang));
  // The knowledge's checks for TLS 1.2 offered and refused: the endpoint's xAPI settings, Schannel, cipher suites, CRL, .NET.
  const { tlsClaims, ...rest } = facts;
  const claims = { ...tlsClaims };
  delete claims.levelRaised;
  const checks = diagnose(Object.keys(claims).length ? { ...rest, tlsClaims: claims } : rest).findings.find((f) => f.code === 'still-failing-checks');
  if (checks) {
    blocks.push({ type: 'subheading', text: checks.title[lang] }, ...checks.body.map((b) => paraFrom(b, lang)));
    if (checks.steps?.length) blocks.push(listFrom('bullets', checks.steps, lang));
    if (checks.literal) blocks.push({ type: 'code', text: checks.literal });
  }
  return blocks;
}
