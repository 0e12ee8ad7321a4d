/**
 * Other Cisco products TMS manages over HTTPS that meet the same TLS 1.0 wall (knowledge.md, "What
 * else a senior engineer checks"): their names and common spellings, for the conversation's
 * free-text recognition (src/domain/extract.ts) and for the finding that names them.
 */

export const OTHER_PRODUCT_IDS = ['meeting-server', 'expressway', 'conductor', 'telepresence-server'] as const;
export type OtherProductId = (typeof OTHER_PRODUCT_IDS)[number];

export interface OtherProduct {
  id: OtherProductId;
  /** How the bot names it. */
  name: string;
  /** Bounded, linear patterns (no nested quantifiers) for its names in English or Japanese text. */
  patterns: readonly RegExp[];
}

export const OTHER_PRODUCTS: Readonly<Record<OtherProductId, OtherProduct>> = {
  'meeting-server': {
    id: 'meeting-server',
    name: 'Cisco Meeting Server',
    patterns: [/(?<![a-z])(?:cisco\s)?meeting\sserver(?![a-z])/i, /(?<![a-z])cms(?![a-z\d])/i, /(?<![a-z])acano(?![a-z])/i, /ミーティング\s?サーバ/],
  },
  expressway: {
    id: 'expressway',
    name: 'Expressway / VCS',
    patterns: [/(?<![a-z])expressway(?:-?[ce])?(?![a-z])/i, /(?<![a-z])vcs(?:-?[ce])?(?![a-z])/i, /エクスプレスウェイ/],
  },
  conductor: {
    id: 'conductor',
    name: 'TelePresence Conductor',
    patterns: [/(?<![a-z])(?:telepresence\s)?conductor(?![a-z])/i, /コンダクター/],
  },
  'telepresence-server': {
    id: 'telepresence-server',
    name: 'TelePresence Server',
    patterns: [/(?<![a-z])telepresence\sserver(?![a-z])/i, /(?<![a-z])tps(?![a-z\d])/i],
  },
};

/** The other products named in a text (at most the first 20,000 characters are read). */
export function detectOtherProducts(text: unknown): OtherProductId[] {
  const s = (typeof text === 'string' ? text : '').slice(0, 20_000);
  return OTHER_PRODUCT_IDS.filter((id) => OTHER_PRODUCTS[id].patterns.some((p) => p.test(s)));
}
