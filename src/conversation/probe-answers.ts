/**
 * Questions about the probe result in the state: "what does that mean?" (nothing pasted, a probe
 * run), "so is it the TLS thing or not?", "how can the probe say TLS 1.0 works if it's CE 9?",
 * 「プローブの結果はどういう意味ですか」. Answered from Facts.probe (and the endpoint version, when
 * given), in plain words; nothing is recorded. Also the sentence said right after a probe that
 * confirms the problem. Pure.
 */
import { advisingBlock } from './document';
import type { Facts, Lang, LocalizedText } from '../domain/types';
import type { ProbeResult } from '../probe/types';
import { probeVerdict } from '../domain/diagnose';
import { probeWhere } from '../domain/knowledge';
import { endpointRefusesTls10, formatEndpoint, formatTms, tmsCanBeFixedInPlace } from '../domain/versions';
import { onFacts } from './merge';
import type { ConversationState, TurnResult } from './types';
import { diagnoseState, next, para, questionBlock, questionBlocksFor, reply, paraFrom } from './compose';
import { summarize } from './summary';
import { TEXTS } from './texts';
import type { Block } from './document';
import { keptProbes, keptProbesDiffer, keptWhere, probeClass, probeLine } from '../domain/probes-kept';

function L(en: string, ja: string): LocalizedText {
  return { en, ja };
}

/**
 * "so is it the TLS thing or not?", "is this the TLS 1.0 issue then?", 「じゃあTLSの問題なんですか」: the whole message, in both
 * languages (REV20 #8: 「Expressway も TLS の問題なんですか？」 asks about another system, not the endpoints).
 */
const TLS_OR_NOT =
  /^\s*(?:(?:so|ok|okay|and|then|but)[,\s]+)?(?:is\s(?:it|this|that)|so\sit'?s)\s(?:the\s|a\s)?tls(?:\s?1\.?0)?(?:\s(?:thing|problem|issue|one))?(?:\s(?:on|with|for)\s(?:the\s|our\s)?(?:endpoints?|codecs?|systems?))?(?:\s(?:then|or\snot|after\sall))*\s*[?？]+\s*$|^\s*(?:(?:じゃあ|じゃ|では|で|それで|つまり|結局|ということは)[、,\s]*)?(?:(?:これ|それ|原因)(?:は|って)?[、,\s]*)?tls\s?(?:1\.?0\s?)?の(?:問題|件|話)(?:なん|なの|です|でしょう|じゃない)[^。\n]{0,12}[?？か]\s*$/i;
/**
 * A question about what the probe said: "how can the probe say TLS 1.0 works if it's CE 9?",
 * "why does the probe show TLS 1.0 accepted?", "what did the probe find?", 「プローブの結果はどういう意味ですか」.
 */
const ABOUT_PROBE =
  /(?:how|why|what)\b[^.?\n]{0,40}\bthe\sprobe(?:'s)?(?:\sresult)?\s(?:say|says|said|show|shows|showed|find|found|mean|means|tell|report|reports|claim|claims)\b|\bthe\sprobe(?:'s)?\s(?:result\s)?(?:say|says|said|shows?|showed)\b[^?\n]{0,80}\?|プローブ(?:の)?(?:結果)?[^。\n]{0,30}(?:どういう(?:意味|こと)|なぜ|どうして|なんで)/i;

export type ProbeAsk = 'meaning' | 'tls-or-not' | 'about-probe';

/** What the text asks about the probe in the state, or null (no probe run, or not such a question). */
export function probeQuestion(facts: Facts, text: string, meaning: boolean): ProbeAsk | null {
  if (!facts.probe || typeof facts.probe !== 'object') return null;
  const t = text.slice(0, 300);
  if (ABOUT_PROBE.test(t)) return 'about-probe';
  if (TLS_OR_NOT.test(t)) return 'tls-or-not';
  // "what does that mean?" points at the probe only when nothing pasted was read as evidence.
  if (meaning && (facts.evidence?.observations ?? []).length === 0) return 'meaning';
  return null;
}

/** The probe in plain words: what it tried, what the endpoint did, and what that says about this problem. */
export function probeExplained(facts: Facts): LocalizedText[] {
  const probe = facts.probe as ProbeResult;
  const where = probeWhere(probe);
  const v = probeVerdict(probe);
  const ep = facts.endpoint;
  const out: LocalizedText[] = [];
  const level = facts.level === 'medium-high' || facts.level === 'high' ? facts.level : null;
  if (v.refuses === true) {
    // TLS 1.2 taken (every TC/CE release accepts it); a probe that saw only TLS 1.1 taken says less.
    const takes12 = probe.protocols?.['tls1.2'] === true;
    out.push(
      L(
        `The probe connected to ${where} and tried one TLS version at a time. The endpoint turned TLS 1.0 away and accepted ${takes12 ? 'TLS 1.2' : 'a newer version'}. So this is the TLS 1.0 problem: at Medium TMS offers only TLS 1.0, which this endpoint refuses${takes12 ? '; at Medium-High TMS offers TLS 1.2, which it accepts' : ''}.`,
        `プローブは ${where} に接続し、TLS のバージョンを 1 つずつ試しました。エンドポイントは TLS 1.0 を拒否し、${takes12 ? 'TLS 1.2' : 'より新しいバージョン'}は受け付けました。つまり、これは TLS 1.0 の問題です。Medium の TMS は TLS 1.0 しか提示しないため、このエンドポイントに拒否されます${takes12 ? '。Medium-High の TMS は TLS 1.2 を提示するので受け付けられます' : ''}。`,
      ),
    );
    if (!takes12) {
      // TLS 1.2 not seen accepted: Medium-High (which offers TLS 1.2) is not shown to reach it; what to check.
      out.push(
        L(
          `The probe did not see this address accept TLS 1.2${probe.protocols?.['tls1.2'] === false ? ' (it refused it)' : ''}, and TLS 1.2 is what TMS offers at Medium-High (every TC and CE release accepts it at default settings). Before counting on the fix here, check the endpoint's \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` and that the probe reached the endpoint itself, not a device in front of it.`,
          `このアドレスが TLS 1.2 を受け付けることは、プローブでは確認できませんでした${probe.protocols?.['tls1.2'] === false ? '（拒否されました）' : ''}。Medium-High の TMS が提示するのは TLS 1.2 です（TC と CE は初期設定ではどのリリースも受け付けます）。修正で解決すると見込む前に、エンドポイントの \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` と、プローブが前段の機器ではなくエンドポイント自体に届いているかを確認してください。`,
        ),
      );
    }
    if (ep && !endpointRefusesTls10(ep)) {
      out.push(
        L(
          `That does not fit ${formatEndpoint(ep)}, which still accepts TLS 1.0: check that the probed address is this endpoint and which version it runs now (xStatus SystemUnit Software Version, or Systems > Navigator).`,
          `ただし、${formatEndpoint(ep)} は TLS 1.0 を受け付けるはずなので、お聞きしたバージョンと合いません。プローブしたアドレスがこのエンドポイントか、現在のバージョンが何か（xStatus SystemUnit Software Version、または Systems > Navigator）を確認してください。`,
        ),
      );
    }
    if (level) {
      out.push(
        L(
          `TMS is already at ${level === 'high' ? 'High' : 'Medium-High'}, so the endpoint's side is ready for what TMS should offer: what is left is what TMS actually sends (a capture on the TMS server shows its ClientHello version).`,
          `TMS はすでに ${level === 'high' ? 'High' : 'Medium-High'} なので、エンドポイント側は TMS が提示するはずのバージョンを受け付けます。残るのは TMS が実際に何を送っているかです（TMS サーバでキャプチャを取ると ClientHello のバージョンが分かります）。`,
        ),
      );
    }
    return out;
  }
  if (v.refuses === false) {
    const disagrees = !!ep && endpointRefusesTls10(ep);
    out.push(
      L(
        `The probe completed a TLS 1.0 handshake with ${where}: whatever answers at that address still accepts TLS 1.0, so TMS at Medium can talk to it, and the TLS 1.0 change does not explain a "No HTTPS response" there${disagrees ? '.' : ': look at the other causes (reachability, the endpoint\'s HTTPS setting, its certificate, TMS\'s stored credentials).'}`,
        `プローブは ${where} と TLS 1.0 のハンドシェイクを完了しました。このアドレスで応答している機器はまだ TLS 1.0 を受け付けるため、Medium の TMS でも通信でき、そこでの「No HTTPS response」は TLS 1.0 の変更では説明できません。${disagrees ? '' : 'ほかの原因（到達性、エンドポイントの HTTPS 設定、証明書、TMS に保存された認証情報）を確認してください。'}`,
      ),
    );
    if (ep && disagrees) {
      const e = formatEndpoint(ep);
      out.push(
        L(
          `But ${e} refuses TLS 1.0 (every TC release from 7.3.6, every CE release from 8.1.0 and every RoomOS release do), so the probe and the version cannot both be right. Either the address is not this endpoint (a proxy, a load balancer, another device, or an address that has moved), or the endpoint does not run ${e} (check xStatus SystemUnit Software Version, or Systems > Navigator). Until that is settled I cannot say whether it is the TLS 1.0 problem: if the version holds, it is; if the probe holds, look elsewhere.`,
          `しかし ${e} は TLS 1.0 を拒否します（TC 7.3.6 以降、CE 8.1.0 以降、および RoomOS のすべてのリリースが同様です）。プローブとバージョンの両方が正しいことはありえません。アドレスがこのエンドポイントではない（プロキシ、ロードバランサ、別の機器、アドレスが変わった）か、エンドポイントが ${e} ではない（xStatus SystemUnit Software Version か Systems > Navigator で確認してください）かのどちらかです。どちらか分かるまでは、TLS 1.0 の問題かどうかは判断できません。バージョンが正しければ TLS 1.0 の問題で、プローブが正しければ別の原因を探します。`,
        ),
      );
    }
    return out;
  }
  // No TCP connection at all (QA50 #2): it never reached TLS; the network path leads, and with the others working at Medium-High
  // the failing system is what to look at.
  if (probe.reachable === false) {
    out.push(
      L(
        `The probe could not open a TCP connection to ${where}, so it never got as far as TLS: it neither confirms nor rules out the TLS 1.0 problem. If TMS cannot connect to that address either, the cause is before TLS: the network path from the TMS server (a firewall, routing, the port: TMS polls 443), the address TMS uses for the system, or the system itself (off, or its HTTPS service down). Check TCP 443 from the TMS server first (for example \`Test-NetConnection <address> -Port 443\`).`,
        `プローブは ${where} に TCP で接続できなかったため、TLS の段階まで進んでいません。TLS 1.0 の問題だとも、そうでないとも言えません。TMS からもそのアドレスに接続できないなら、原因は TLS より前にあります。TMS サーバからのネットワーク経路（ファイアウォール、ルーティング、ポート。TMS は 443 をポーリングします）、TMS がそのシステムに使っているアドレス、またはシステム自体（電源が切れている、HTTPS のサービスが止まっている）です。まず TMS サーバから TCP 443 で接続できるかを確認してください（例：\`Test-NetConnection <アドレス> -Port 443\`）。`,
      ),
    );
    if (someWorkAtRaised(facts)) out.push(someWorkSay(facts));
    return out;
  }
  out.push(
    L(
      `The probe of ${where} did not give a clear answer on TLS 1.0 (the reason is shown with its result above). So it neither confirms nor rules out the TLS 1.0 problem; the endpoint's software version decides it (TC 7.3.6 and later, CE 8.1.0 and later refuse TLS 1.0).`,
      `${where} のプローブでは、TLS 1.0 についてはっきりした結果が出ませんでした（理由は上のプローブ結果に示したとおりです）。そのため TLS 1.0 の問題だとも、そうでないとも言えません。判断の決め手はエンドポイントのソフトウェア バージョンです（TC 7.3.6 以降と CE 8.1.0 以降は TLS 1.0 を拒否します）。`,
    ),
  );
  return out;
}

/** The answer from the probe, then the open question again (nothing recorded). */
export function onProbeQuestion(state: ConversationState): TurnResult {
  const lang: Lang = state.lang;
  const kept = keptProbes(state.facts);
  // Several addresses probed (QA43 #3): what each one showed, not only the latest.
  const blocks: Block[] = kept.length > 1 ? severalExplained(kept, lang) : probeExplained(state.facts).map((x) => paraFrom(x, lang));
  blocks.push(...questionBlocksFor(state));
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}

function severalExplained(kept: ProbeResult[], lang: Lang): Block[] {
  const refusing = kept.filter((p) => probeClass(p) === 'refuses');
  // "The fix applies" only where the probe saw TLS 1.2 accepted, the version TMS offers at Medium-High.
  const unsure12 = refusing.some((p) => p.protocols?.['tls1.2'] !== true);
  const lead = unsure12
    ? L(
        `For the addresses that refuse TLS 1.0 and accept a newer version, yes: that is the TLS 1.0 problem there. The fix (Medium-High, which offers TLS 1.2) applies where the probe also saw TLS 1.2 accepted; where it did not, check that address's \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` and that the probe reached the endpoint itself before counting on the fix. What each probed address showed:`,
        `TLS 1.0 を拒否し、より新しいバージョンを受け付けたアドレスについては、TLS 1.0 の問題です。修正（TLS 1.2 を提示する Medium-High への変更）が当てはまるのは、プローブで TLS 1.2 も受け付けられたアドレスです。そうでないアドレスは、修正で解決すると見込む前に、その \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` と、プローブがエンドポイント自体に届いているかを確認してください。アドレスごとの結果：`,
      )
    : refusing.length
    ? L(
        `For the addresses that refuse TLS 1.0 and accept a newer version, yes: that is the TLS 1.0 problem, and the fix applies to them. What each probed address showed:`,
        `TLS 1.0 を拒否し、より新しいバージョンを受け付けたアドレスについては、TLS 1.0 の問題です。修正はそれらに当てはまります。アドレスごとの結果：`,
      )
    : L(
        `None of the probed addresses refuses TLS 1.0 while accepting a newer version, so the probes do not show the TLS 1.0 problem (an address with no TLS answer says nothing either way). What each probed address showed:`,
        `プローブしたアドレスのうち、TLS 1.0 を拒否して新しいバージョンを受け付けたものはないため、プローブからは TLS 1.0 の問題は確認できません（TLS の応答がないアドレスはどちらとも言えません）。アドレスごとの結果：`,
      );
  return [paraFrom(lead, lang), { type: 'bullets', items: kept.map((p) => probeLine(p)[lang]) }];
}

/**
 * Said right after a probe that shows the endpoint refusing TLS 1.0 and accepting TLS 1.2: this is the problem. With
 * other addresses kept that tell otherwise (FIX20D #2), the line says so instead of speaking for the latest alone: after
 * a probe accepting TLS 1.0, that an earlier address still confirms the problem (and this one needs another cause).
 */
export function probeConfirms(facts: Facts): LocalizedText | null {
  if (!facts.probe) return null;
  const differ = keptProbesDiffer(facts);
  const latest = keptWhere(facts.probe);
  const confirms = probeVerdict(facts.probe).refuses === true && facts.probe.protocols?.['tls1.2'] === true && !(facts.endpoint && !endpointRefusesTls10(facts.endpoint));
  if (confirms) {
    // (A TMS before 15 has no Medium-High: TLS 1.0 is all it offers, whatever is set; QA54 #3.)
    const old = facts.tms && !tmsCanBeFixedInPlace(facts.tms) ? formatTms(facts.tms) : null;
    const line = old
      ? L(
          `This confirms the TLS 1.0 problem at this endpoint: it refuses TLS 1.0, which is all ${old} offers whatever its settings, and accepts TLS 1.2, which TMS offers only from 15.x on (at Medium-High). ${old} cannot connect to it until TMS is upgraded to 15.x.`,
          `これで、このエンドポイントについては TLS 1.0 の問題だと確認できました。${old} が設定にかかわらず提示する TLS 1.0 は拒否され、TMS では 15.x 以降（Medium-High）で提示される TLS 1.2 は受け付けられます。TMS を 15.x にアップグレードするまで、${old} はこのエンドポイントに接続できません。`,
        )
      : L(
          'This confirms the TLS 1.0 problem at this endpoint: it refuses TLS 1.0, which is all TMS offers at Medium, and accepts TLS 1.2, which TMS offers at Medium-High.',
          'これで、このエンドポイントについては TLS 1.0 の問題だと確認できました。Medium の TMS が提示する TLS 1.0 は拒否され、Medium-High の TMS が提示する TLS 1.2 は受け付けられます。',
        );
    return differ ? L(`${line.en} ${differ.en}`, `${line.ja}${differ.ja}`) : line;
  }
  // The latest accepts TLS 1.0 (or refuses every version) while an earlier address refuses TLS 1.0: both said.
  if (differ && probeClass(facts.probe) !== 'refuses' && keptProbes(facts).some((p) => keptWhere(p) !== latest && probeClass(p) === 'refuses')) {
    return L(`This probe does not undo the earlier ones: ${differ.en.charAt(0).toLowerCase()}${differ.en.slice(1)}`, `このプローブで以前の結果が覆るわけではありません。${differ.ja}`);
  }
  return null;
}

/**
 * "so is it the TLS thing?" before any probe (FIX20D #1): was "I don't know that one". Answered from the facts: when the
 * diagnosis is settled, its verdict and cause (the card's words, evidence included); else from the endpoint release (TC
 * 7.3.6+, CE 8.1.0+ and RoomOS refuse TLS 1.0, TC up to 7.3.5 and CE 8.0.x accept it) and the level, or "it depends on the
 * version" when none is known. The probe is offered as an action (each surface draws it its own way); nothing is recorded.
 */
export function tlsOrNotBeforeProbe(facts: Facts, text: string): boolean {
  if (keptProbes(facts).length > 0 || !/tls/i.test(text)) return false;
  return TLS_OR_NOT.test(text.slice(0, 300)) || tlsOrNotTail(text) !== null;
}

/**
 * The question, then a sentence of context: 「TLS の問題ですか？去年 Medium-High にしてから他は全部動いています」, "is it a TLS problem?
 * everything else works since we set Medium-High" (QA50 #2). The context (no question in it, bounded) is returned to be read as facts.
 */
export function tlsOrNotTail(text: string): string | null {
  if (text.length > 300) return null;
  const m = /^([^?？]{1,80}[?？])\s*([^?？]{1,160})$/.exec(text);
  if (!m || !TLS_OR_NOT.test(m[1]!)) return null;
  const tail = m[2]!.trim();
  return tail.length ? tail : null;
}

/**
 * The level raised on TMS 15 or later and only some systems failing, the others said to work: the working systems that refuse
 * TLS 1.0 show TMS already offers TLS 1.2, so the failing system is what to look at (QA50 #2), not the server's registry.
 */
function someWorkAtRaised(f: Facts): boolean {
  const raised = f.level === 'medium-high' || f.level === 'high';
  const tms15 = !f.tms || tmsCanBeFixedInPlace(f.tms);
  return raised && tms15 && f.scope === 'some' && !(f.endpoint && !endpointRefusesTls10(f.endpoint));
}

function someWorkSay(f: Facts): LocalizedText {
  const lv = f.level === 'high' ? 'High' : 'Medium-High';
  const high =
    f.level === 'high'
      ? L(' At High TMS also validates certificates, so a self-signed or expired certificate on that system fails even at TLS 1.2.', ' High では TMS が証明書も検証するため、そのシステムの証明書が自己署名や期限切れだと、TLS 1.2 でも失敗します。')
      : L('', '');
  return L(
    `Most likely not on the TMS side. With TMS at ${lv} the other systems work: any of them on TC 7.3.6 or later, CE 8.1 or later or RoomOS refuses TLS 1.0, so TMS already offers TLS 1.2 and the server's TLS settings are not the gap. Look at the failing system itself: its release (\`xStatus SystemUnit Software Version\`), its \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` and HTTP mode, its certificate (expired? with "Enable Certificate Revocation Check" on, an unreachable CRL point fails HTTPS too), and the network path from the TMS server to it (TCP 443, the address TMS polls it on).${high.en} One check first: if every system that works runs a release that still accepts TLS 1.0 (TC up to 7.3.5, CE 8.0.x), they prove nothing about the server; then check what TMS sends (a capture on the TMS server shows the ClientHello version) before changing anything there.`,
    `TMS 側が原因である可能性は低いです。${lv} の TMS でほかのシステムは動いています。そのうち TC 7.3.6 以降、CE 8.1 以降、または RoomOS のものは TLS 1.0 を拒否するので、TMS はすでに TLS 1.2 を提示しており、サーバの TLS 設定は原因ではありません。失敗しているシステム自体を確認してください。リリース（\`xStatus SystemUnit Software Version\`）、\`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` と HTTP モード、証明書（期限切れではないか。[Enable Certificate Revocation Check] が有効だと、CRL 配布ポイントに届かない場合も HTTPS が失敗します）、そして TMS サーバからそのシステムまでのネットワーク経路（TCP 443、TMS がポーリングに使うアドレス）です。${high.ja}ひとつ先に確認してください。動いているシステムがすべて TLS 1.0 をまだ受け付けるリリース（TC 7.3.5 以前、CE 8.0.x）なら、サーバについては何も分かりません。その場合は、サーバで何かを変える前に、TMS が何を送っているかを確認してください（TMS サーバでキャプチャを取ると ClientHello のバージョンが分かります）。`,
  );
}

const OFFER = L(
  'A probe of the endpoint\'s HTTPS port settles it for that endpoint: it tries TLS 1.0 and TLS 1.2 one at a time. Use "Probe an endpoint" below.',
  'エンドポイントの HTTPS ポートをプローブすると、そのエンドポイントについてはっきりします。プローブは TLS 1.0 と TLS 1.2 を 1 つずつ試します。下の [エンドポイントをプローブ] を使ってください。',
);

function versionsSay(facts: Facts): LocalizedText {
  // Several failing releases named ("TC 7.3.3 and CE 9.15 both fail"): each said; a release said to work is not asked about.
  const groups = Array.isArray(facts.endpointGroups) ? facts.endpointGroups.filter((g) => g && g.endpoint && g.fails) : [];
  const eps = groups.length > 1 ? groups.map((g) => g.endpoint) : facts.endpoint ? [facts.endpoint] : [];
  if (!eps.length) {
    return L(
      'That depends on the software version of the failing endpoints, which I do not have yet. TC 7.3.6 and later, CE 8.1.0 and later and every RoomOS release refuse TLS 1.0: with those, and TMS at Medium (which offers only TLS 1.0), it is the TLS 1.0 problem. TC up to 7.3.5 and CE 8.0.x still accept TLS 1.0: then it is not.',
      'それは、失敗しているエンドポイントのソフトウェア バージョン次第ですが、まだお聞きしていません。TC 7.3.6 以降、CE 8.1.0 以降、および RoomOS のすべてのリリースは TLS 1.0 を拒否します。これらのエンドポイントで TMS が Medium（TLS 1.0 しか提示しません）なら、TLS 1.0 の問題です。TC 7.3.5 以前と CE 8.0.x はまだ TLS 1.0 を受け付けるので、その場合は TLS 1.0 の問題ではありません。',
    );
  }
  const refusing = eps.filter((e) => endpointRefusesTls10(e)).map(formatEndpoint);
  const accepting = eps.filter((e) => !endpointRefusesTls10(e)).map(formatEndpoint);
  const en = (xs: string[]) => (xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
  const ja = (xs: string[]) => xs.join('、');
  const raised = facts.level === 'medium-high' || facts.level === 'high';
  const lv = facts.level === 'high' ? 'High' : 'Medium-High';
  const out: LocalizedText[] = [];
  if (refusing.length) {
    const verb = refusing.length > 1 ? 'refuse' : 'refuses';
    out.push(
      raised
        ? L(
            `${en(refusing)} ${verb} TLS 1.0, but TMS at ${lv} should already offer TLS 1.2, which every TC and CE release accepts: so the release alone does not explain the error now. What TMS actually sends is what is left to check (a capture on the TMS server shows its ClientHello version).`,
            `${ja(refusing)} は TLS 1.0 を拒否しますが、${lv} の TMS はすでに TLS 1.2 を提示するはずで、TC と CE はどのリリースも TLS 1.2 を受け付けます。そのため、いまはリリースだけではエラーを説明できません。残るのは TMS が実際に何を送っているかの確認です（TMS サーバでキャプチャを取ると ClientHello のバージョンが分かります）。`,
          )
        : facts.level === 'medium'
          ? L(
              `By the version${refusing.length > 1 ? 's' : ''} you gave, yes: ${en(refusing)} ${verb} TLS 1.0, and TMS at Medium offers nothing newer.`,
              `お知らせいただいたバージョンからは、そのとおりです。${ja(refusing)} は TLS 1.0 を拒否し、Medium の TMS はそれより新しいバージョンを提示しません。`,
            )
          : facts.level === 'low'
            ? L(
                `By the version${refusing.length > 1 ? 's' : ''} you gave, yes: ${en(refusing)} ${verb} TLS 1.0, and TMS at Low does not offer TLS 1.2 either (per Cisco's admin guide: check it).`,
                `お知らせいただいたバージョンからは、そのとおりです。${ja(refusing)} は TLS 1.0 を拒否し、Low の TMS も TLS 1.2 を提示しません（Cisco のアドミニストレータ ガイドによります。確認してください）。`,
              )
            : L(
                `By the version${refusing.length > 1 ? 's' : ''} you gave, most likely: ${en(refusing)} ${verb} TLS 1.0, and TMS at Medium, its default level, offers only TLS 1.0. Which level TMS Tools shows (Communication Security) settles it.`,
                `お知らせいただいたバージョンからは、その可能性が高いです。${ja(refusing)} は TLS 1.0 を拒否し、既定のレベルである Medium の TMS は TLS 1.0 しか提示しません。TMS ツールの [Communication Security] のレベルが分かれば確定します。`,
              ),
    );
  }
  if (accepting.length) {
    const verb = accepting.length > 1 ? 'accept' : 'accepts';
    out.push(
      L(
        `${refusing.length ? 'But ' : 'By the version you gave, no: '}${en(accepting)} still ${verb} TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), so TMS can reach ${accepting.length > 1 ? 'them' : 'it'} even at Medium: the TLS 1.0 change does not explain a "No HTTPS response" there.`,
        `${refusing.length ? 'ただし、' : 'お知らせいただいたバージョンからは、TLS 1.0 の問題ではありません。'}${ja(accepting)} はまだ TLS 1.0 を受け付けるため（TC 7.3.5 以前と CE 8.0.x は受け付けます）、Medium の TMS でも接続できます。そこでの「No HTTPS response」は TLS 1.0 の変更では説明できません。`,
      ),
    );
  }
  return L(out.map((x) => x.en).join(' '), out.map((x) => x.ja).join(''));
}

/** The answer: the settled verdict, or what the versions say; the probe offered; the open question again. */
export function onTlsOrNotBeforeProbe(given: ConversationState, text = ''): TurnResult {
  // (A sentence of context after the question is read first, as facts: 「…他は全部動いています」.)
  const tail = tlsOrNotTail(text);
  const state = tail ? onFacts(given, tail).state : given;
  const lang: Lang = state.lang;
  const d = diagnoseState(state);
  const blocks: Block[] = [];
  if (someWorkAtRaised(state.facts)) {
    blocks.push(paraFrom(someWorkSay(state.facts), lang));
  } else if (!d.questions.some((q) => q.required)) {
    const s = summarize({ ...d, facts: state.facts }, lang);
    const lead =
      s.verdict === 'fix' || s.verdict === 'upgrade-tms'
        ? L('From what you told me, yes.', 'お知らせいただいた内容からは、そのとおりです。')
        : s.verdict === 'not-this'
          ? L('From what you told me, no.', 'お知らせいただいた内容からは、TLS 1.0 の問題ではありません。')
          : s.verdict === 'check'
            ? L('Most likely, but check this first.', 'その可能性が高いですが、先に次の点を確認してください。')
            : L('Not settled yet.', 'まだ判断できません。');
    blocks.push(para(`${lead[lang]}${lang === 'ja' ? '' : ' '}${s.cause}`));
    // The level not given: the verdict takes Medium, the default, and says so (as the card's "Assumed" does).
    if (!state.facts.level && (s.verdict === 'fix' || s.verdict === 'upgrade-tms')) {
      blocks.push(para(lang === 'ja' ? 'レベルはお聞きしていないため、既定の Medium と仮定しています。TMS ツールの [Communication Security] が別のレベルなら教えてください。' : 'You have not said the level, so I take it to be Medium, the default: tell me if Communication Security in TMS Tools shows another.'));
    }
    if (s.verdict !== 'fix' && s.verdict !== 'upgrade-tms' && s.next) blocks.push(s.nextAdvises ? advisingBlock(para(s.next)) : para(s.next));
  } else {
    blocks.push(paraFrom(versionsSay(state.facts), lang));
  }
  blocks.push(paraFrom(OFFER, lang));
  let s = next(state, {});
  const asked = questionBlocksFor(state);
  if (asked.length) blocks.push(...asked);
  else if (!state.facts.endpoint && d.questions.some((q) => q.code === 'need-endpoint-version')) {
    const q = d.questions.find((x) => x.code === 'need-endpoint-version')!;
    blocks.push(questionBlock(lang, q));
    s = { ...s, pending: q.code };
  }
  blocks.push({ type: 'actions', actions: [{ id: 'probe-endpoint', label: TEXTS[lang].actions.probe, style: 'primary' }] });
  return { state: s, replies: [reply(lang, blocks)] };
}
