/**
 * A downgrade of some endpoints only (QA round 30 W1): "SX20s are back on TC 7.3.3 now" after "Room Kit Minis on
 * CE9.15 and SX20s on TC7.3.21 show No HTTPS response", 「SX20はTC7.3.3に戻しました」. The TC codecs went back to a
 * release that still accepts TLS 1.0; the CE / RoomOS ones cannot run TC and still fail. So the TC group(s) that
 * refused TLS 1.0 become one working group on the release named, and the other failing groups stay, with the diagnosis
 * for them. Pure, total; the cheap tests first (a release named anew, failing groups held, a downgrade word).
 */
import type { EndpointGroup, EndpointVersion, Facts, LocalizedText } from '../domain/types';
import { endpointRefusesTls10, formatEndpoint } from '../domain/versions';

/** "back on/to", "downgraded", "rolled back", "reverted", 「戻し(た|ました)」「ダウングレードし(た|ました)」. */
const DOWNGRADE = /(?<![a-z])(?:back\s(?:on|to)|downgrad\w*|rolled\sback|reverted|went\sback)(?![a-z])|戻し|ダウングレード/i;

export interface PartialDowngrade {
  endpoint: EndpointVersion;
  groups: EndpointGroup[];
}

/**
 * The groups after a TC downgrade of some endpoints, or null. `named` is the release the message named (a TC release
 * that accepts TLS 1.0); `held` the groups before, of which at least one fails on TC refusing TLS 1.0 and one fails
 * on another family (those are kept as failing).
 */
export function partialDowngrade(held: Facts['endpointGroups'], named: EndpointVersion | undefined, text: string): PartialDowngrade | null {
  if (!named || !held || held.length < 2 || named.family !== 'TC' || endpointRefusesTls10(named)) return null;
  if (!DOWNGRADE.test(text)) return null;
  const downgraded = (g: EndpointGroup) => g.endpoint.family === 'TC' && endpointRefusesTls10(g.endpoint);
  if (!held.some((g) => g.fails && downgraded(g))) return null;
  const still = held.filter((g) => g.fails && !downgraded(g) && endpointRefusesTls10(g.endpoint));
  if (!still.length) return null;
  const rest = held.filter((g) => !downgraded(g) && !(g.endpoint.family === named.family && g.endpoint.semver === named.semver));
  return { endpoint: still[0].endpoint, groups: [...rest, { endpoint: named, fails: false }].slice(0, 6) };
}

/**
 * What the downgrade settles and what it leaves (R50A): the endpoints now on the TC release named accept TLS 1.0 and are
 * out of this problem; those on a release that refuses it (CE / RoomOS, which cannot go back to TC) still fail until TMS
 * offers TLS 1.2: with TMS 15 or later the fix on TMS (TLS 1.2 and Medium-High, which the TC ones accept too), before 15 a
 * TMS upgrade. `fixable` is tmsCanBeFixedInPlace for the TMS held (undefined: release unknown).
 */
export function partialDowngradeNote(to: EndpointVersion, still: EndpointVersion, fixable: boolean | undefined, ceOnly: readonly string[] = []): LocalizedText {
  const a = formatEndpoint(to);
  const b = formatEndpoint(still);
  const models = ceOnly.slice(0, 3);
  // A CE-only model named (Room Kit, Codec Pro, Board, Desk) cannot run TC; without one, the hardware decides.
  // (Before TMS 15 the answer below says which hardware can be downgraded: not said twice.)
  const noTc = fixable === false
    ? { en: '', ja: '' }
    : models.length
    ? {
        en: ` and cannot go back to TC (the ${models.join(', ')} ${models.length === 1 ? 'is' : 'are'} hardware introduced with CE 9 / RoomOS, which does not run TC)`,
        ja: `。TC にも戻せません（${models.join('、')} は CE 9 / RoomOS で登場したハードウェアで、TC は動作しません）`,
      }
    : {
        en: ' (they can go back to TC only on hardware that runs TC 7, and going from CE to TC resets the configuration)',
        ja: '（TC に戻せるのは TC 7 が動作するハードウェアの場合だけで、CE から TC に戻すと設定は初期化されます）',
      };
  const head = {
    en: `The endpoints now on ${a} accept TLS 1.0 again, so TMS reaches them even when it offers only TLS 1.0: they are out of this problem. Those on ${b} still refuse TLS 1.0${noTc.en}, so they keep failing until TMS offers TLS 1.2.`,
    ja: `${a} に戻したエンドポイントは TLS 1.0 を再び受け付けるので、TMS が TLS 1.0 しか提示しなくても接続できます。これらはこの問題の対象から外れました。一方、${b} のエンドポイントは引き続き TLS 1.0 を受け付けません${noTc.ja}。TMS が TLS 1.2 を提示するまで、失敗したままです。`,
  };
  const tail =
    fixable === true
      ? {
          en: ` On this TMS that is the fix in my answer: TLS 1.2 enabled on the TMS server and Communication Security at Medium-High. It does not hurt the ones on ${a}: every TC release accepts TLS 1.2 too.`,
          ja: `この TMS では、回答にある対処（TMS サーバで TLS 1.2 を有効にし、[Communication Security] を Medium-High にする）がそれにあたります。${a} のエンドポイントにも影響はありません。TC はどのリリースも TLS 1.2 を受け付けます。`,
        }
      : fixable === false
      ? { en: ' On a TMS before 15 that takes a TMS upgrade to 15.x (see below).', ja: ' 15 より前の TMS では、そのために TMS を 15.x にアップグレードする必要があります（下記参照）。' }
      : { en: '', ja: '' };
  return { en: head.en + tail.en, ja: head.ja + tail.ja.trimStart() };
}
