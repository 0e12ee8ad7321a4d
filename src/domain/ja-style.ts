/**
 * The Japanese style sheet as data (docs/ja-style.md explains it): terms that stay in English
 * inside Japanese text, and checks a Japanese reply must pass. Pure functions; the tests run every
 * Japanese reply the bot can produce through `jaStyleProblems`.
 */

/**
 * Names that stay in Latin script in Japanese text: products, protocols, vendors, standards. A run
 * of English words that is none of these (and not a literal, a UI label or a quoted message) is
 * English prose left in a Japanese reply.
 */
export const JA_KEEP_IN_ENGLISH = [
  'Cisco Meeting Server',
  'TelePresence Management Suite',
  'TelePresence Server',
  'TelePresence Conductor',
  'Windows Registry Editor Version',
  'Cisco TechNote',
] as const;

/** Phrases a Cisco Japan technical writer would not use, with what to write instead. */
export const JA_AVOID: ReadonlyArray<{ pattern: RegExp; instead: string }> = [
  { pattern: /効いて(?:くる|きます)/, instead: '関係する / 影響する' },
  { pattern: /当然/, instead: '（削除する、または「その結果」）' },
  { pattern: /チケットが上が/, instead: 'チケットを作成します' },
  { pattern: /Web\s?画面/, instead: 'Web インターフェイス' },
  { pattern: /\u00b7/, instead: '「、」または「・」' },
  { pattern: /です:\s/, instead: '全角コロン「：」、または見出しを書き換える' },
  { pattern: /[\u3040-\u30ff\u4e00-\u9fff]: /, instead: '全角コロン「：」' },
  { pattern: /通信セキュリティ/, instead: '[Communication Security]（UI のラベル）' },
  // half-width parentheses next to or around Japanese (a build number after a product name, e.g.
  // 「SQL Server 2014 RTM (12.0.2000)」, is part of the name)
  {
    pattern: /[\u3040-\u30ff\u4e00-\u9fff。、]\s*\([^()\n]*\)|\([^()\n]*[\u3040-\u30ff\u4e00-\u9fff][^()\n]*\)|\((?![\d.]+\))[^()\n]*\)\s*[\u3040-\u30ff\u4e00-\u9fff]/,
    instead: '全角括弧（ ）',
  },
];

/** The text with literals, UI labels, quoted messages and URLs removed (what is left is prose). */
export function jaProse(text: string): string {
  let s = String(text ?? '');
  s = s.replace(/```[\s\S]*?```/g, ' ');
  s = s.replace(/`[^`\n]*`/g, ' ');
  s = s.replace(/\[[^\]\n]*\]/g, ' ');
  s = s.replace(/「[^」\n]*」/g, ' ');
  s = s.replace(/https?:\/\/\S+/g, ' ');
  for (const t of JA_KEEP_IN_ENGLISH) s = s.split(t).join(' ');
  return s;
}

/** Runs of three or more English words in the prose of a Japanese text. */
export function englishProseIn(text: string): string[] {
  const prose = jaProse(text);
  return [...prose.matchAll(/[A-Za-z][A-Za-z'’.-]*(?:[ \t]+[A-Za-z][A-Za-z'’.-]*){2,}/g)].map((m) => m[0]);
}

/**
 * Every style problem of one Japanese text: English prose, phrases to avoid, and "TMS Tools"
 * outside its gloss 「TMS ツール（TMS Tools）」 (literals and UI labels excepted).
 */
export function jaStyleProblems(text: string): string[] {
  const out: string[] = [];
  for (const run of englishProseIn(text)) out.push(`English prose: "${run}"`);
  const prose = jaProse(text);
  for (const a of JA_AVOID) {
    const m = a.pattern.exec(prose);
    if (m) out.push(`avoid "${m[0]}" → ${a.instead}`);
  }
  if (/TMS Tools/.test(prose.replace(/（TMS Tools）/g, ''))) out.push('"TMS Tools" in Japanese prose → TMS ツール');
  return out;
}

/** The first mention of TMS ツール in a Japanese reply gets its English name: 「TMS ツール（TMS Tools）」. */
export function glossFirstTmsTools(texts: string[]): string[] {
  let done = texts.some((t) => t.includes('TMS ツール（TMS Tools）'));
  return texts.map((t) => {
    if (done) return t;
    const i = t.indexOf('TMS ツール');
    if (i < 0) return t;
    done = true;
    return `${t.slice(0, i)}TMS ツール（TMS Tools）${t.slice(i + 'TMS ツール'.length)}`;
  });
}
