/**
 * Answers to questions that name things without reporting them (followup.ts recognises them):
 * "which endpoints are affected?", "what if the endpoint is in HTTPS only mode?", "what does
 * Schannel event 36874 mean?". Nothing in the facts changes; the wording is ours, the facts are
 * knowledge.md's (Symptom, Cause, "What else a senior engineer checks", the SQL 2008 R2 caveat).
 */
import { advisingMediumHigh } from '../domain/advises';
import type { Facts, LocalizedText } from '../domain/types';
import { endpointRefusesTls10, formatEndpoint } from '../domain/versions';
import { eventMeaning } from '../evidence/text';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
/** A text that advises raising Communication Security to Medium-High: it carries the Telnet/SNMP caveat (src/domain/advises.ts). */
const MH = advisingMediumHigh;

/** "Which endpoints are affected?", "all of them or just the upgraded ones?": the releases that refuse TLS 1.0, and this fleet's. */
export function whichEndpointsAnswer(f: Facts): LocalizedText[] {
  const out = [
    L(
      'The endpoints that TMS manages over HTTPS and that run TC 7.3.6 or later, CE 8.1.0 or later, or any RoomOS release: they no longer accept TLS 1.0. Endpoints still on TC 7.3.5 or earlier or on CE 8.0.x accept TLS 1.0 and keep working; an endpoint that TMS manages over plain HTTP does not show the error, and systems in "Behind Firewall" mode are not polled by TMS at all.',
      'TMS が HTTPS で管理していて、TC 7.3.6 以降、CE 8.1.0 以降、または RoomOS のいずれかのリリースを実行しているエンドポイントです。これらは TLS 1.0 を受け付けません。TC 7.3.5 以前や CE 8.0.x のエンドポイントは TLS 1.0 を受け付けるため、動作し続けます。TMS が HTTP で管理しているエンドポイントにはこのエラーは出ず、「Behind Firewall」モードのシステムは TMS がポーリングしません。',
    ),
  ];
  if (f.endpoint) {
    const name = formatEndpoint(f.endpoint);
    out.push(
      endpointRefusesTls10(f.endpoint)
        ? L(`Yours on ${name} are among them.`, `お使いの ${name} のエンドポイントは該当します。`)
        : L(`${name} still accepts TLS 1.0, so endpoints on it are not hit by this.`, `${name} は TLS 1.0 を受け付けるため、このリリースのエンドポイントは該当しません。`),
    );
  }
  out.push(
    L(
      'So it is the release that counts, not the upgrade itself: an endpoint not upgraded yet starts failing once it gets such a release. To see which ones fail now, look for "No HTTPS response" in Systems > Navigator. Once TMS offers TLS 1.2 they all work with it, upgraded or not: every TC and CE release accepts TLS 1.2.',
      'つまり、問題になるのはアップグレードそのものではなくリリースです。まだアップグレードしていないエンドポイントも、これらのリリースにすると失敗するようになります。現在どれが失敗しているかは、[Systems] > [Navigator] で「No HTTPS response」が表示されているシステムを確認してください。TMS が TLS 1.2 を提示するようになれば、アップグレードの有無にかかわらずすべて動作します。TC と CE はどのリリースも TLS 1.2 を受け付けるためです。',
    ),
  );
  return out;
}

/** "What if the endpoint is in HTTPS only mode?", "what does HTTPS Mode have to do with it?". */
export function httpsModeAnswer(): LocalizedText[] {
  return [
    L(
      'HTTP Mode on the endpoint (`xConfiguration NetworkServices HTTP Mode`: HTTP+HTTPS or HTTPS; on TC 7 `xConfiguration NetworkServices HTTPS Mode: On`) decides whether it serves HTTPS. The problem sits in the TLS handshake of that HTTPS connection: TC 7.3.6 and later, CE 8.1.0 and later and RoomOS refuse TLS 1.0, and TMS at Medium offers nothing else. An endpoint that TMS manages over plain HTTP does not show the error.',
      'エンドポイントの HTTP モード（`xConfiguration NetworkServices HTTP Mode`：HTTP+HTTPS または HTTPS、TC 7 では `xConfiguration NetworkServices HTTPS Mode: On`）は、HTTPS を提供するかどうかを決める設定です。問題はその HTTPS 接続の TLS ハンドシェイクで起きています。TC 7.3.6 以降、CE 8.1.0 以降、RoomOS は TLS 1.0 を受け付けず、Medium の TMS は TLS 1.0 しか提示しません。TMS が HTTP で管理しているエンドポイントには、このエラーは出ません。',
    ),
    MH(
      'With HTTPS only there is no plain-HTTP way around it, and the fix is the same: TMS at Medium-High, offering TLS 1.2. Do not loosen the endpoint\'s settings to get around it; do check that `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` is not set above TLS 1.2, the highest version TMS offers.',
      'HTTPS のみの場合は HTTP で回避する道がなく、修正は同じです。TMS を Medium-High にして TLS 1.2 を提示させてください。回避のためにエンドポイント側の設定を緩めないでください。ただし、`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion` が、TMS が提示する最も新しいバージョンである TLS 1.2 より上に設定されていないかは確認してください。',
    ),
  ];
}

/** "What does Schannel event 36874 mean?": what the event says and what it shows here; nothing is recorded as seen. */
export function eventAnswer(id: number, seen = false): LocalizedText[] {
  const info = eventMeaning(id);
  if (!info) return [];
  const out = [L(`Event ${id}: ${info.en}.`, `イベント ${id}：${info.ja}。`)];
  if (info.source === 'schannel' && id === 36887) {
    out.push(
      L(
        'Schannel events are logged by Windows (System log, source Schannel), not by TMS. 36887 is a fatal alert this server received from the other side of a connection (36888 is one it sent); either can come from a connection this server made or one made to it: match the time with TMS polling an endpoint. Alert 70 is protocol_version in the TLS specification: the other side refused the TLS version offered. If that connection is TMS at Medium, which offers only TLS 1.0, polling an endpoint, that is the endpoint refusing TLS 1.0.',
        'Schannel のイベントは TMS ではなく Windows が記録します（システム ログ、ソース Schannel）。36887 は、このサーバが接続相手から受信した致命的なアラートです（36888 はこのサーバが送信したもの）。どちらも、このサーバからの接続とこのサーバへの接続の両方で記録されるため、時刻を TMS のエンドポイントへのポーリングと照らし合わせてください。アラート 70 は TLS の仕様で protocol_version で、接続相手が提示された TLS のバージョンを拒否したことを示します。それが TLS 1.0 しか提示しない Medium の TMS からエンドポイントへの接続であれば、エンドポイントが TLS 1.0 を拒否しています。',
      ),
    );
  } else if (info.source === 'schannel') {
    out.push(
      L(
        'Schannel events are logged by Windows (System log, source Schannel), not by TMS: on the TMS server they show that Windows itself refused or failed a handshake.',
        'Schannel のイベントは TMS ではなく Windows が記録します（システム ログ、ソース Schannel）。TMS サーバで出ていれば、Windows 自身がハンドシェイクを拒否または失敗したことを示します。',
      ),
    );
    if (id === 36874) {
      out.push(
        L(
          '36874 is logged when this Windows server is the TLS server: a client connected TO it (to IIS or TMS\'s web pages, for example), not TMS polling an endpoint. The message names the TLS version of that incoming request. For TMS\'s own connections to endpoints, look at 36871 and 36888, and at 36887 (a fatal alert received) if present: their text says which side they were on.',
          '36874 は、この Windows サーバが TLS のサーバ側のときに記録されます。クライアントがこのサーバに接続してきた場合（IIS や TMS の Web ページへの接続など）で、TMS からエンドポイントへのポーリングではありません。メッセージには、その受信した接続要求の TLS のバージョンが書かれています。TMS からエンドポイントへの接続については、36871 と 36888、出ていれば 36887（致命的なアラートを受信）を確認してください。どちら側の接続かは本文に書かれています。',
        ),
      );
    }
    if (id === 36888) {
      out.push(
        L(
          'After hardening with a GPO or IIS Crypto, the TMS server and an endpoint may share no cipher suite: the handshake then fails with alert 40 or a reset even at TLS 1.2. The event\'s text gives the alert number: with 40 (handshake_failure), compare the cipher suites before the TLS version; it is logged on connections either way, so match its time with TMS polling an endpoint.',
          'GPO や IIS Crypto で強化したあとは、TMS サーバとエンドポイントに共通の暗号スイートがなくなることがあり、その場合は TLS 1.2 でもアラート 40 やリセットでハンドシェイクが失敗します。イベントの本文にアラート番号が書かれています。40（handshake_failure）なら、TLS のバージョンより先に暗号スイートを比べてください。このイベントはどちらの向きの接続でも記録されるため、時刻を TMS のエンドポイントへのポーリングと照らし合わせてください。',
        ),
      );
    }
  } else {
    out.push(
      L(
        'Seen after a TLS change on the TMS server, it is the SQL outage this fix warns about: SQL Server 2008 or 2008 R2 without TLS 1.2 support on the TMS server stops when TLS 1.0 and SSL 3.0 are both disabled. Keep TLS 1.0 enabled there.',
        'TMS サーバで TLS の設定を変えたあとに出た場合は、この修正で注意している SQL の停止です。TLS 1.2 に対応していない SQL Server 2008 / 2008 R2 が TMS サーバにあると、TLS 1.0 と SSL 3.0 の両方を無効にしたときに停止します。その場合は TLS 1.0 を有効のままにしてください。',
      ),
    );
  }
  if (seen) {
    out.push(L('It is among the evidence you pasted in this conversation, and my answer already takes it into account.', 'この会話で貼り付けていただいた証拠の中にあり、回答にはすでに反映しています。'));
    return out;
  }
  out.push(
    L(
      'I have not counted it as seen on your server. If it is in your logs, paste the event line and I will read it with the rest.',
      'このイベントは、お使いのサーバで出ているものとしては扱っていません。ログに出ている場合は、そのイベントの行を貼り付けてください。ほかの情報と合わせて読み取ります。',
    ),
  );
  return out;
}

/**
 * "why would the endpoints work then?", 「じゃあなぜエンドポイントは動くんですか」: why some endpoints keep working
 * while TMS fails elsewhere. Their release decides (knowledge.md, Cause): TC up to 7.3.5 and CE 8.0.x still accept
 * TLS 1.0, the only version TMS at Medium offers. Release unknown: both cases, and the caller asks it.
 */
export function endpointsWorkAnswer(f: Facts): LocalizedText[] {
  const e = f.endpoint;
  const refuses = e ? endpointRefusesTls10(e) : null;
  const raised = f.level === 'medium-high' || f.level === 'high';
  if (e && refuses === false) {
    const v = formatEndpoint(e);
    return [
      L(
        `They run ${v}, which still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), as well as TLS 1.2. ${raised ? 'So they work whichever of the two TMS offers: their working says nothing about whether the change to Medium-High is in effect.' : 'TMS at Medium offers only TLS 1.0, and they still take it.'} Once they are upgraded to TC 7.3.6 or later, or CE 8.1 or later, they refuse TLS 1.0 too${raised ? '' : ' and TMS at Medium loses them'}.`,
        `それらは ${v} で動いており、TLS 1.2 に加えて TLS 1.0 もまだ受け付けます（TC 7.3.5 以前と CE 8.0.x は受け付けます）。${raised ? 'そのため TMS がどちらを提示しても動きます。動いていることから、Medium-High への変更が反映されているかどうかは分かりません。' : 'Medium の TMS は TLS 1.0 しか提示しませんが、それらはまだ受け付けています。'}TC 7.3.6 以降や CE 8.1 以降にアップグレードすると、TLS 1.0 を受け付けなくなります${raised ? '' : '（Medium の TMS からは管理できなくなります）'}。`,
      ),
    ];
  }
  if (e && refuses === true) {
    const v = formatEndpoint(e);
    return [
      L(
        `${v} refuses TLS 1.0. If TMS reaches endpoints on it over HTTPS, TMS offers them TLS 1.2: Communication Security is at Medium-High or above and in effect (TMS Tools shows it). An endpoint that TMS manages over plain HTTP is not affected either: no TLS is involved.`,
        `${v} は TLS 1.0 を受け付けません。TMS がそれらに HTTPS で接続できているなら、TMS は TLS 1.2 を提示しています。つまり [Communication Security] は Medium-High 以上で、その設定が反映されています（TMS ツールで確認できます）。また、TMS が HTTP で管理しているエンドポイントは TLS を使わないため、この問題の影響を受けません。`,
      ),
    ];
  }
  return [
    L(
      'It depends on the software release they run. TC 7.3.5 or earlier and CE 8.0.x still accept TLS 1.0, the only version TMS at Medium offers, so they keep working with TMS at Medium; TC 7.3.6 or later, CE 8.1 or later and RoomOS refuse it and show "No HTTPS response". (An endpoint that TMS manages over plain HTTP is not affected either: no TLS is involved.) Their release tells which case this is:',
      '動いているかどうかは、エンドポイントのソフトウェア リリースで決まります。TC 7.3.5 以前と CE 8.0.x は、Medium の TMS が提示する唯一のバージョンである TLS 1.0 をまだ受け付けるため、Medium の TMS でも動き続けます。TC 7.3.6 以降、CE 8.1 以降、RoomOS は TLS 1.0 を受け付けず、「No HTTPS response」になります（TMS が HTTP で管理しているエンドポイントは TLS を使わないため、影響を受けません）。どちらに当たるかは、リリースを教えていただければ分かります。',
    ),
  ];
}
