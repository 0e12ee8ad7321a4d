/**
 * A fleet probe's result as a fact of the conversation, and the rule that reads it: how many of the
 * probed endpoints refuse TLS 1.0 (TMS at Medium cannot reach them), how many still accept it, and
 * how many gave no TLS answer at all (those need looking at separately). Pure; called from
 * diagnose() with one line.
 */
import { noLevelGroupsAdvice } from '../probe/no-level-words';
import type { Finding, LocalizedText } from './types';

/** English agreement with a count: `one(n, 'refuses', 'refuse')`. */
const one = (n: number, singular: string, plural: string): string => (n === 1 ? singular : plural);

export interface FleetFact {
  total: number;
  probed: number;
  /** Refuse TLS 1.0, accept 1.1/1.2: Medium fails, Medium-High works. */
  mediumFails: number;
  /** Accept TLS 1.0. */
  mediumOk: number;
  /** Refuse TLS 1.0, 1.1 and 1.2. */
  noLevel: number;
  /** Closed, silent, not TLS, or no clear answer. */
  noAnswer: number;
  /** Not probed (not allowed, unreadable, duplicate, out of time). */
  notProbed: number;
  /** Of noLevel, TLS 1.3 accepted (the endpoint's minimum TLS version); absent in older states: not known. */
  noLevelOnly13?: number;
  /** Of noLevel, TLS 1.3 refused too (not the minimum); absent in older states: not known. */
  noLevelRefuses13?: number;
}

const KEYS: (keyof FleetFact)[] = ['total', 'probed', 'mediumFails', 'mediumOk', 'noLevel', 'noAnswer', 'notProbed'];
const OPTIONAL_KEYS = ['noLevelOnly13', 'noLevelRefuses13'] as const;
const MAX = 10_000_000;

/** From a fleet summary's counts (probe/fleet.ts FleetSummary). */
export function fleetFactFrom(s: { total: number; probed: number; counts: Record<string, number>; noAnswerCount: number; noLevelTls13?: { accepted: number; refused: number } }): FleetFact {
  return {
    ...(s.noLevelTls13 ? { noLevelOnly13: s.noLevelTls13.accepted, noLevelRefuses13: s.noLevelTls13.refused } : {}),
    total: s.total,
    probed: s.probed,
    mediumFails: s.counts['medium-fails'] ?? 0,
    mediumOk: s.counts['medium-ok'] ?? 0,
    noLevel: s.counts['no-level'] ?? 0,
    noAnswer: s.noAnswerCount,
    notProbed: s.counts['not-probed'] ?? 0,
  };
}

/** A stored or received value as a FleetFact, or undefined when it is not one (hand-edited state). */
export function readFleetFact(raw: unknown): FleetFact | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const out = {} as FleetFact;
  for (const k of KEYS) {
    const v = r[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX) return undefined;
    out[k] = v;
  }
  if (out.probed > out.total || out.mediumFails + out.mediumOk + out.noLevel > out.probed) return undefined;
  // What TLS 1.3 did at the no-level ones: kept only when it fits (an unreadable value drops both, the rest stays).
  const opt = OPTIONAL_KEYS.map((k) => r[k]);
  if (opt.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0) && (opt as number[]).reduce((a, b) => a + b, 0) <= out.noLevel) {
    out.noLevelOnly13 = opt[0] as number;
    out.noLevelRefuses13 = opt[1] as number;
  }
  return out;
}

/**
 * What the fleet says about the TLS 1.0 question: true when some endpoints refuse TLS 1.0 but take
 * TLS 1.2 (the upgrade's symptom), false when all that answered accept it. Ports where TLS 1.0, 1.1
 * and 1.2 all failed (noLevel) are not evidence of this problem: Medium-High would not reach them.
 */
export function fleetRefusesTls10(f: FleetFact | undefined): boolean | null {
  if (!f) return null;
  if (f.mediumFails > 0) return true;
  if (f.mediumOk > 0 && f.noLevel === 0) return false;
  return null;
}

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

export function fleetFinding(f: FleetFact | undefined): Finding | null {
  if (!f || f.probed === 0) return null;
  // Only ports that refuse TLS 1.0 and take TLS 1.2 are "this problem"; where 1.0, 1.1 and 1.2 all
  // failed, Medium-High would not help: those are counted and advised apart (as the CLI report and card do).
  const refusing = f.mediumFails;
  const body: LocalizedText[] = [];
  if (refusing > 0) {
    body.push(
      L(
        `${refusing} of ${f.probed} probed ${one(f.probed, 'endpoint', 'endpoints')} ${one(refusing, 'refuses', 'refuse')} TLS 1.0: this is the problem. TMS at Medium offers only TLS 1.0, so it cannot manage ${one(refusing, 'it', 'them')} over HTTPS.`,
        `調べた ${f.probed} 台のうち ${refusing} 台が TLS 1.0 を拒否しています。これが原因です。Medium の TMS は TLS 1.0 しか提示しないため、これらを HTTPS で管理できません。`,
      ),
    );
  }
  // What TLS 1.3 did says what to check: the endpoint's MinimumTLSVersion (accepted), or not it (refused too), as the
  // fleet summary says (QA55 #6 follow-up). Not known: the general advice.
  const by13 = f.noLevel > 0 ? noLevelGroupsAdvice({ total: f.noLevel, accepted: f.noLevelOnly13 ?? 0, refused: f.noLevelRefuses13 ?? 0 }) : null;
  if (by13) {
    body.push(
      L(
        `At ${f.noLevel} of the ${f.probed} probed ${one(f.probed, 'address', 'addresses')}, TLS 1.0, 1.1 and 1.2 all failed: an upgrade does not explain that (every TC/CE release accepts TLS 1.2), and Medium-High will not reach ${one(f.noLevel, 'it', 'them')} either. ${by13.en}`,
        `調べた ${f.probed} 台のうち ${f.noLevel} 台では、TLS 1.0・1.1・1.2 のどれも成立しませんでした。アップグレードでは説明がつかず（TC/CE はどのリリースも TLS 1.2 を受け付けます）、Medium-High にしても接続できません。${by13.ja}`,
      ),
    );
  } else if (f.noLevel > 0) {
    body.push(
      L(
        `At ${f.noLevel} of the ${f.probed} probed ${one(f.probed, 'address', 'addresses')}, TLS 1.0, 1.1 and 1.2 all failed: an upgrade does not explain that (every TC/CE release accepts TLS 1.2), and Medium-High will not reach ${one(f.noLevel, 'it', 'them')} either. Check that the address is the endpoint's HTTPS service (HTTP Mode / HTTPS Mode on the endpoint, a proxy or firewall in front of it).`,
        `調べた ${f.probed} 台のうち ${f.noLevel} 台では、TLS 1.0・1.1・1.2 のどれも成立しませんでした。アップグレードでは説明がつかず（TC/CE はどのリリースも TLS 1.2 を受け付けます）、Medium-High にしても接続できません。そのアドレスがエンドポイントの HTTPS サービスか（エンドポイントの HTTP Mode / HTTPS Mode、前段のプロキシやファイアウォール）を確認してください。`,
      ),
    );
  }
  if (f.mediumOk > 0) {
    body.push(
      refusing > 0
        ? L(
            `${f.mediumOk} still ${one(f.mediumOk, 'accepts', 'accept')} TLS 1.0: TMS at Medium reaches ${one(f.mediumOk, 'it', 'them')} today, and Medium-High will too.`,
            `${f.mediumOk} 台はまだ TLS 1.0 を受け付けます。これらには Medium の TMS でも接続でき、Medium-High にしても接続できます。`,
          )
        : f.noLevel > 0
          ? L(
              `${f.mediumOk} ${one(f.mediumOk, 'accepts', 'accept')} TLS 1.0: TMS at Medium reaches ${one(f.mediumOk, 'it', 'them')}; the TLS 1.0 change is not what breaks TMS for ${one(f.mediumOk, 'it', 'them')}.`,
              `${f.mediumOk} 台は TLS 1.0 を受け付けます。これらには Medium の TMS でも接続でき、TLS 1.0 の変更は接続障害の原因ではありません。`,
            )
          : L(
              f.mediumOk === 1 ? 'The one endpoint that answered in TLS accepts TLS 1.0: the TLS 1.0 change is not what breaks TMS for it.' : `All ${f.mediumOk} endpoints that answered in TLS accept TLS 1.0: the TLS 1.0 change is not what breaks TMS for them.`,
              `TLS で応答した ${f.mediumOk} 台はすべて TLS 1.0 を受け付けます。これらについては、TLS 1.0 の変更が TMS の接続障害の原因ではありません。`,
            ),
    );
  }
  if (f.noAnswer > 0) {
    body.push(
      L(
        `${f.noAnswer} ${one(f.noAnswer, 'does', 'do')} not answer in TLS at all (port closed, silent, or another protocol): look at ${one(f.noAnswer, 'it', 'those')} separately; the TLS change on the TMS server will not bring ${one(f.noAnswer, 'it', 'them')} back.`,
        `${f.noAnswer} 台は TLS でまったく応答しません（ポートが閉じている、無応答、または別のプロトコル）。これらは別に確認してください。TMS サーバの TLS 設定を変えても直りません。`,
      ),
    );
  }
  if (body.length === 0) return null;
  return {
    code: 'fleet-summary',
    severity: refusing > 0 ? 'critical' : f.noLevel > 0 ? 'warning' : 'info',
    title:
      refusing > 0 || f.noLevel === 0
        ? L(`Fleet probe: ${refusing} of ${f.probed} refuse TLS 1.0`, `一括調査：${f.probed} 台中 ${refusing} 台が TLS 1.0 を拒否`)
        : L(`Fleet probe: TLS 1.0, 1.1 and 1.2 all failed at ${f.noLevel} of ${f.probed}`, `一括調査：${f.probed} 台中 ${f.noLevel} 台で TLS 1.0・1.1・1.2 がすべて不成立`),
    body,
  };
}

/** One line shown when a fleet result joins the conversation. */
export function fleetContextLine(f: FleetFact, lang: 'en' | 'ja'): string {
  const refusing = f.mediumFails;
  return lang === 'ja'
    ? `一括調査の結果を反映しました：${f.probed} 台中 ${refusing} 台が TLS 1.0 を拒否、${f.noLevel > 0 ? `${f.noLevel} 台で TLS 1.0・1.1・1.2 がすべて不成立、` : ''}${f.mediumOk} 台が受け付け、${f.noAnswer} 台は TLS で応答なし。`
    : `Fleet probe taken into account: of ${f.probed} ${one(f.probed, 'endpoint', 'endpoints')} probed, ${refusing} ${one(refusing, 'refuses', 'refuse')} TLS 1.0${f.noLevel > 0 ? `, ${f.noLevel} failed TLS 1.0, 1.1 and 1.2 alike` : ''}, ${f.mediumOk} ${one(f.mediumOk, 'accepts', 'accept')} it, ${f.noAnswer} gave no TLS answer.`;
}
