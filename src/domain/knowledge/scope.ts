/**
 * Only some systems fail through one TMS ("3 of 40", 「一部の端末だけ」): what that says, and what to
 * check. At Medium it fits the problem itself (TMS still reaches systems on releases that accept
 * TLS 1.0). At Medium-High or High, systems on releases that refuse TLS 1.0 working through the
 * same TMS show it offers TLS 1.2, so the failing ones are where to look; but working systems that
 * still accept TLS 1.0 prove nothing about the server. Facts: knowledge.md (the releases that
 * refuse TLS 1.0; the endpoint-side xAPI settings; certificates at High; Behind Firewall mode).
 */
import type { EndpointVersion, Finding, LocalizedText, SecurityLevel } from '../types';
import { formatEndpoint } from '../versions';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

export function someSystemsFail(level: SecurityLevel | undefined): Finding {
  const offersTls12 = level === 'medium-high' || level === 'high';
  if (!offersTls12) {
    return {
      code: 'some-systems-fail',
      sources: ['cisco-technote-211279'],
      severity: 'info',
      title: L('Only some systems fail: that fits this problem', '一部のシステムだけが失敗する：この問題と一致します'),
      body: [
        L(
          'At Medium, TMS still reaches the systems whose release accepts TLS 1.0 (TC before 7.3.6, CE before 8.1.0) and loses only those that refuse it. Check that the failing systems are the ones on TC 7.3.6 or later, CE 8.1.0 or later or RoomOS (Systems > Navigator shows each version). A failing system on an older release has another problem: look at it on its own (HTTPS enabled on it, its certificate, whether port 443 answers from the TMS server).',
          'Medium の TMS は、TLS 1.0 を受け付けるリリース（TC 7.3.6 より前、CE 8.1.0 より前）のシステムには引き続き接続でき、TLS 1.0 を拒否するシステムだけを管理できなくなります。失敗しているのが TC 7.3.6 以降、CE 8.1.0 以降、または RoomOS のシステムかどうかを確認してください（各バージョンは [システム] > [ナビゲータ] で分かります）。古いリリースなのに失敗しているシステムは別の問題を抱えています。そのシステム単体で確認してください（HTTPS が有効か、証明書、TMS サーバからポート 443 に応答があるか）。',
        ),
      ],
    };
  }
  return {
    code: 'some-systems-fail',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'warning',
    title: L('Only some systems fail: compare one with a system that works', '一部のシステムだけが失敗する：正常なシステムと比べてください'),
    body: [
      L(
        'If systems on TC 7.3.6 or later, CE 8.1.0 or later or RoomOS work through this TMS, it already offers TLS 1.2 and the TMS server\'s Windows side is not what blocks the others: the cause is on the failing systems. Compare one of them with one that works: the software version (`xStatus SystemUnit Software Version`), HTTPS on the endpoint (`xConfiguration NetworkServices HTTP Mode` must allow it), its minimum TLS version (`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion`), its certificate (at High, TMS validates it: a self-signed or expired one fails), whether it is in "Behind Firewall" mode, and whether port 443 answers from the TMS server (probe it).',
        'TC 7.3.6 以降、CE 8.1.0 以降、または RoomOS のシステムがこの TMS で正常に管理できているなら、TMS はすでに TLS 1.2 を提示しており、ほかのシステムが失敗する原因は TMS サーバの Windows 側ではありません。原因は失敗しているシステムの側にあります。失敗しているシステムを正常なシステムと比べてください：ソフトウェアのバージョン（`xStatus SystemUnit Software Version`）、エンドポイントで HTTPS が有効か（`xConfiguration NetworkServices HTTP Mode` で HTTPS を許可している必要があります）、最小 TLS バージョン（`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion`）、証明書（High では TMS が証明書を検証するため、自己署名や期限切れの証明書では失敗します）、「Behind Firewall」モードになっていないか、TMS サーバからポート 443 に応答があるか（プローブしてください）。',
      ),
      L(
        'If every system that works is on an older release that still accepts TLS 1.0, they prove nothing about the server: then check the Windows side as below.',
        '正常なシステムがすべて TLS 1.0 を受け付ける古いリリースなら、サーバについては何も分かりません。その場合は、以下のとおり Windows 側を確認してください。',
      ),
    ],
  };
}

/**
 * "7 of 10 came back" with the level never said: systems on a release that refuses TLS 1.0 work again
 * through this TMS, so TMS offers TLS 1.2 now, which takes Medium-High or High (knowledge.md: Medium offers
 * only TLS 1.0; Low does not offer TLS 1.2 either). Which of the two is not settled: at High TMS also
 * validates certificates (admin guide, said as a check). The default Medium is not assumed.
 */
export function partlyWorksOffersTls12(endpoint: EndpointVersion | undefined): Finding {
  const v = endpoint ? formatEndpoint(endpoint) : null;
  return {
    code: 'partly-works-offers-tls12',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'warning',
    title: L('Systems came back, so TMS already offers TLS 1.2', '復旧したシステムがあるので、TMS はすでに TLS 1.2 を提示しています'),
    body: [
      L(
        `You did not say which Communication Security level is set, but systems${v ? ` on ${v}` : ''} that refuse TLS 1.0 work again through this TMS. So, if those systems do run a release that refuses TLS 1.0, TMS offers TLS 1.2 now: it is at Medium-High or High, not at the default Medium (Low does not offer TLS 1.2 either, per Cisco's TMS admin guide: check there for your release). The level is then not what keeps the others out, and it does not need setting again.`,
        `[Communication Security] のレベルは伺っていませんが、TLS 1.0 を受け付けない${v ? ` ${v} の` : ''}システムがこの TMS で再び動いています。それらのシステムが本当に TLS 1.0 を拒否するリリースであれば、TMS はいま TLS 1.2 を提示しており、レベルは既定の Medium ではなく Medium-High か High です（Low も TLS 1.2 を提示しません。Cisco の TMS アドミニストレータ ガイドで、お使いのリリースについて確認してください）。その場合、残りのシステムが失敗する原因はレベルではないので、設定し直す必要はありません。`,
      ),
      L(
        'If it is High, TMS also validates the certificates of the systems it manages (Cisco TMS Administrator Guide: check it there for your release): a self-signed or expired certificate on a failing system would explain it. Tell me the level if you know it.',
        'High の場合、TMS は管理対象システムの証明書も検証します（Cisco TMS アドミニストレータ ガイド。お使いのリリースのガイドで確認してください）。失敗しているシステムの証明書が自己署名や期限切れなら、それが原因として考えられます。レベルが分かれば教えてください。',
      ),
    ],
  };
}

/**
 * Systems on the SAME release as the failing ones work through this TMS (QA39 #6–#8; src/domain/understand/same-release-works.ts).
 * That release refuses TLS 1.0 and at Medium TMS offers only TLS 1.0 (knowledge.md Cause), so at Medium (or the level not said)
 * it does not fit the TLS 1.0 cause: the level is not really Medium, or the failing units differ. At Medium-High or High it is
 * normal: TMS already offers TLS 1.2, nothing on the server needs changing (no restart: knowledge.md, "do not prescribe a
 * reboot … an outage for nothing"), the failing units are where to look. What to compare: knowledge.md "What else a senior
 * engineer checks" (Behind Firewall mode, endpoint xAPI settings, certificates and the revocation check) and the Levels section
 * (High validates certificates, said as a check).
 */
export function sameReleaseWorks(endpoint: EndpointVersion | undefined, level: SecurityLevel | undefined, behindFirewall: boolean): Finding {
  const v = endpoint ? formatEndpoint(endpoint) : null;
  const offersTls12 = level === 'medium-high' || level === 'high';
  const compare = L(
    `Compare a failing system with a working one: ${behindFirewall ? 'the "Behind Firewall" mode you mention (TMS does not poll systems in that mode, so TLS does not matter to them: check how those systems are meant to be managed), ' : 'whether the failing ones are in "Behind Firewall" mode (TMS does not poll them, so TLS does not matter to them), '}whether they are managed by this TMS or another one, their certificate (new, replaced or from another CA; if "Enable Certificate Revocation Check" is on in TMS Tools, HTTPS fails when the CRL point is unreachable, even at TLS 1.2), HTTPS on the endpoint (\`xConfiguration NetworkServices HTTP Mode\`, \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\`), the exact version (\`xStatus SystemUnit Software Version\`), and whether port 443 answers from the TMS server (network, firewall, a changed address). Check too how the working ones are managed: TMS shows this error only for systems it talks to over HTTPS, so working systems that TMS manages over plain HTTP say nothing about the TLS version it offers.`,
    `失敗しているシステムと正常なシステムを比べてください：${behindFirewall ? 'お知らせの「Behind Firewall」モード（このモードのシステムは TMS がポーリングしないので、TLS は関係しません。それらのシステムをどう管理する想定か確認してください）、' : '失敗しているシステムが「Behind Firewall」モードになっていないか（TMS はポーリングしないので、TLS は関係しません）、'}この TMS で管理しているか別の TMS か、証明書（新しくした、入れ替えた、別の CA のもの。TMS ツールで「Enable Certificate Revocation Check」が有効なら、CRL の配布ポイントに届かないと TLS 1.2 でも HTTPS が失敗します）、エンドポイントの HTTPS 設定（\`xConfiguration NetworkServices HTTP Mode\`、\`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\`）、正確なバージョン（\`xStatus SystemUnit Software Version\`）、TMS サーバからポート 443 に応答があるか（ネットワーク、ファイアウォール、アドレスの変更）。正常なシステムの管理方法も確認してください。このエラーが出るのは TMS が HTTPS で通信するシステムだけなので、TMS が HTTP で管理している正常なシステムからは、TMS が提示する TLS のバージョンについて何も分かりません。`,
  );
  if (!offersTls12) {
    return {
      code: 'same-release-works',
      sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
      severity: 'warning',
      title: L(
        'Systems on the same release work: that does not fit the TLS 1.0 cause',
        '同じリリースのシステムが正常：TLS 1.0 の原因とは合いません',
      ),
      body: [
        L(
          `You say systems on the same release as the failing ones${v ? ` (${v})` : ''} work through this TMS. ${v ?? 'That release'} refuses TLS 1.0, and at Medium TMS offers nothing but TLS 1.0: if this TMS were at Medium, those systems would fail too. So either it is not at Medium (check TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security, on each node of a redundant pair), or the failing systems differ from the working ones. Do not change the server's registry or level for this yet.`,
          `失敗しているシステムと同じ ${v ?? 'リリース'} のシステムが、この TMS で正常に管理できているとのことです。${v ?? 'そのリリース'} は TLS 1.0 を拒否し、Medium の TMS は TLS 1.0 しか提示しません。この TMS が Medium なら、それらのシステムも失敗するはずです。つまり、レベルが実は Medium ではないか（TMS ツールの [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] > [Communication Security] を確認してください。冗長構成なら各ノードで）、失敗しているシステムが正常なものと何か違うかのどちらかです。この件のためにサーバのレジストリやレベルをまだ変えないでください。`,
        ),
        compare,
      ],
    };
  }
  return {
    code: 'same-release-works',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'warning',
    title: L('Systems on the same release work: look at the failing ones, not the server', '同じリリースのシステムが正常：サーバではなく失敗しているシステムを確認してください'),
    body: [
      L(
        `You say systems on the same release as the failing ones${v ? ` (${v})` : ''} work through this TMS at ${level === 'high' ? 'High' : 'Medium-High'}. That is expected: TMS offers TLS 1.2 at this level, and every release accepts it. So the TMS server's Windows side and its level are not what keeps the others out: nothing on the server needs changing, and restarting IIS or the TMS services (or rebooting) would be an outage for nothing.${level === 'high' ? ' At High TMS also validates the certificates of the systems it manages (Cisco TMS Administrator Guide: check it there for your release): a self-signed, expired or untrusted certificate on the failing ones would explain it.' : ''}`,
        `失敗しているシステムと同じ ${v ?? 'リリース'} のシステムが、${level === 'high' ? 'High' : 'Medium-High'} のこの TMS で正常に管理できているとのことです。これは想定どおりです。このレベルの TMS は TLS 1.2 を提示し、どのリリースもそれを受け付けます。つまり、残りのシステムが失敗する原因は TMS サーバの Windows 側やレベルではありません。サーバで変えるものはなく、IIS や TMS のサービスの再起動（やサーバの再起動）は無駄な停止になります。${level === 'high' ? 'High では TMS が管理対象システムの証明書も検証します（Cisco TMS アドミニストレータ ガイド。お使いのリリースのガイドで確認してください）。失敗しているシステムの証明書が自己署名、期限切れ、または信頼されていないものなら、それが原因として考えられます。' : ''}`,
      ),
      compare,
    ],
  };
}

/**
 * The timeline does not fit "the upgrade broke it" (QA59 #7; src/domain/understand/upgrade-timeline.ts). knowledge.md Cause 1: TC up
 * to 7.3.5 and CE 8.0.x accept TLS 1.0, later releases refuse it; Cause 2: at Medium TMS offers only TLS 1.0. So an error seen
 * before the upgrade, on a release that accepted TLS 1.0, had another cause; and a unit on a refusing release fails at Medium from
 * the day it runs that release, not one day later with nothing upgraded. What else changes it: the level (a node failover,
 * Redundant TMS in Fix 6), TLS 1.0 off on the TMS server (Symptom, last bullet), certificates and the revocation check, the
 * endpoint's HTTPS settings, Behind Firewall mode, the network (knowledge.md What else). Said as checks, not as a verdict.
 */
export function upgradeTimelineDoesNotFit(timeline: 'before-upgrade' | 'no-upgrade', endpoint: EndpointVersion | undefined, level: SecurityLevel | undefined): Finding {
  const v = endpoint ? formatEndpoint(endpoint) : null;
  const atMedium = level !== 'medium-high' && level !== 'high';
  const unitChecks = L(
    'On the system itself: HTTPS on it (`xConfiguration NetworkServices HTTP Mode`; on TC 7 `xConfiguration NetworkServices HTTPS Mode`), its minimum TLS version (`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion`), its certificate (new or replaced; at High TMS validates it, and with "Enable Certificate Revocation Check" on in TMS Tools HTTPS fails when the CRL point cannot be reached), whether it is in "Behind Firewall" mode, and whether port 443 answers from the TMS server (network, firewall, a changed address).',
    'システム側：HTTPS が有効か（`xConfiguration NetworkServices HTTP Mode`。TC 7 では `xConfiguration NetworkServices HTTPS Mode`）、最小 TLS バージョン（`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion`）、証明書（新しくした・入れ替えたか。High では TMS が証明書を検証し、TMS ツールで「Enable Certificate Revocation Check」が有効なら CRL の配布ポイントに届かないと HTTPS が失敗します）、「Behind Firewall」モードになっていないか、TMS サーバからポート 443 に応答があるか（ネットワーク、ファイアウォール、アドレスの変更）。',
  );
  if (timeline === 'before-upgrade') {
    return {
      code: 'upgrade-timeline',
      sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
      severity: 'warning',
      title: L('It showed the error before the upgrade too: the upgrade does not explain that', 'アップグレード前からエラーが出ていた：それはアップグレードでは説明できません'),
      body: [
        L(
          `You say this system showed "No HTTPS response" already before its upgrade. The TLS 1.0 cause begins with a release that refuses TLS 1.0 (TC 7.3.6 or later, CE 8.1.0 or later, RoomOS). If it ran an older release then (TC 7.3.5 or earlier, CE 8.0.x), which still accepts TLS 1.0, that error had another cause, and that cause may still be there.${v && atMedium ? ` Now it runs ${v}, which refuses TLS 1.0: if TMS is at Medium (the default), it cannot reach the system now for that reason too, so the TMS-side change will be needed for it as well, but it may not clear the error on its own.` : ''} Find the older cause first: which release it ran then, and what was already wrong.`,
          `このシステムはアップグレード前から「No HTTPS response」が出ていたとのことです。TLS 1.0 の原因は、TLS 1.0 を拒否するリリース（TC 7.3.6 以降、CE 8.1.0 以降、RoomOS）から始まります。当時 TLS 1.0 を受け付ける古いリリース（TC 7.3.5 以前、CE 8.0.x）だったなら、そのエラーには別の原因があり、それはまだ残っているかもしれません。${v && atMedium ? `現在の ${v} は TLS 1.0 を拒否するので、TMS が Medium（既定）なら、その理由でも今は接続できません。TMS 側の変更はこのシステムにも必要になりますが、それだけではエラーが消えない可能性があります。` : ''}まず以前からの原因を確認してください：当時のリリースと、何がすでにおかしかったか。`,
        ),
        unitChecks,
      ],
    };
  }
  return {
    code: 'upgrade-timeline',
    sources: ['cisco-technote-211279', 'cisco-tms-admin-guide'],
    severity: 'warning',
    title: L('Nothing was upgraded and it started lately: find what changed first', '何もアップグレードしていないのに最近始まった：まず何が変わったかを確認してください'),
    body: [
      L(
        `You say nothing was upgraded and the error started lately.${v ? ` ${v} refuses TLS 1.0.` : ''} With TMS at Medium (the default, TLS 1.0 only) all along, a system on a release that refuses TLS 1.0 shows "No HTTPS response" from the day it runs that release, not from one day to the next. So something else changed when it started, and the TMS-side fix is not indicated until you know what. Check what changed that day: the Communication Security level in TMS Tools (on each node of a redundant pair: a failover to a node left at Medium brings the error back), TLS settings on the TMS server (a GPO or IIS Crypto that turned TLS 1.0 off: at Medium TMS then sends no ClientHello at all), and the system and the network, as below. A capture of one poll shows which side it is: the TLS version of TMS's ClientHello, or no ClientHello at all, and whether the system resets it.`,
        `何もアップグレードしておらず、エラーは最近始まったとのことです。${v ? `${v} は TLS 1.0 を拒否します。` : ''}TMS がずっと Medium（既定。TLS 1.0 のみ）なら、TLS 1.0 を拒否するリリースのシステムは、そのリリースになった日から「No HTTPS response」になり、ある日突然そうなるわけではありません。つまり、始まった時に何か別のものが変わっており、それが分かるまで TMS 側の修正は適用する根拠がありません。その日に何が変わったかを確認してください：TMS ツールの [Communication Security] のレベル（冗長構成なら各ノードで。Medium のままのノードにフェイルオーバーするとエラーが戻ります）、TMS サーバの TLS 設定（GPO や IIS Crypto で TLS 1.0 が無効にされていないか。Medium のまま TLS 1.0 が無効だと、TMS は ClientHello を一切送りません）、そして下記のシステムとネットワーク。1 回のポーリングのキャプチャでどちら側か分かります：TMS の ClientHello の TLS バージョン（または ClientHello がないこと）と、システムがリセットしているかどうか。`,
      ),
      unitChecks,
    ],
  };
}
