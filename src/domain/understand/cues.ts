/**
 * Cue words that tell how a clause holds the values named in it, in English and Japanese.
 * Pure data: each list is a set of regular-expression sources, tested in
 * test/domain/understand.test.ts. Adding a wording is adding one string here (and one test).
 *
 * A clause is read as one of:
 * - stated: the user's current value ("TMS is 15.2.1", "we're at Medium");
 * - negated: the value is said not to hold ("Medium-High isn't set");
 * - asked: a question about the value ("which is safer, High or Medium-High?");
 * - hypothetical: a value considered ("what if we set Medium-High?", "もし Medium-High にしたら");
 * - planned: a future value ("CE 9.8 is planned for Q1", "来月 CE 9.15 にする予定です");
 * - past: a former value ("the codecs had CE 9.2", "以前は TMS 14.6 でした");
 * - quoted: someone else's words ("the doc says …", "翻訳には…と書いてあります").
 */

import { fastRegex, type FastRegex } from './fast-regex';

export type ClauseMode = 'stated' | 'negated' | 'asked' | 'hypothetical' | 'planned' | 'past' | 'quoted';

/**
 * After a request to confirm, what makes it a request to check the user's own case, whose setup is then stated:
 * the setup after a colon, with no setup value before it ("Please verify that this is the TLS 1.0 issue: TMS 15.9, …",
 * "Could you confirm the steps for our setup: TMS 15.9, …"), or the user's own product with its release right after
 * "our"/"my" ("Please confirm that our TMS 15.9 needs the registry change"; not "that our TMS is 15.9", a guess).
 * "Please confirm whether it is safe to set Medium-High", "…if this works with SQL 2008 R2" stay guesses.
 */
const SETUP_AFTER_COLON = String.raw`(?:(?!medium|high|low|sql|windows|tms|tc\s?\d|ce\s?\d|roomos|\d{4})[^:：?
]){0,80}[:：]`;
const OWN_RELEASE = String.raw`\s(?:our|my)\s(?:tms|sql(?:\sserver)?|windows(?:\sserver)?|tc|ce|roomos)\s?v?\d`;

/** "as planned", "as we planned", "as it was planned" (REV21-a #8a, REV22 #1). */
const AS_PLANNED = String.raw`\bas\s(?:(?:was|we|i|they|it\swas|originally)\s)?planned\b`;
/** A time ahead: a future word, or a day or part of a day to come ("tomorrow", "tonight", "next week"). */
const AHEAD_WORD = String.raw`\b(?:will|shall|going\sto|gonna|tomorrow|tonight|next|upcoming|soon|later)\b|'ll\b`;
/**
 * A change said done: a past verb ("upgraded", "went", "did"; not planned / scheduled / intended / expected / supposed /
 * needed, words of a plan), a past time ("yesterday", "last night", "ago", "earlier"), "already" or "now".
 */
const DONE_WORD = String.raw`\b(?:(?!(?:plann|schedul|intend|expect|suppos|need|requir)ed\b)[a-z]{2,}ed|did|done|went|gone|ran|got|made|took|was|were|had|yesterday|last|ago|earlier|already|now)\b`;
/**
 * A change said as an action now or to come, in the present or -ing form ("we upgrade TMS…", "TMS goes to 15.13", "the upgrade
 * happens Friday", "disabling TLS 1.0"; REV23 #2). Not "set" (said of a level set as well) and no state word.
 */
const ACTION_NOW = String.raw`\b(?:upgrad(?:e|es|ing)|updat(?:e|es|ing)|migrat(?:e|es|ing)|mov(?:e|es|ing)|disabl(?:e|es|ing)|enabl(?:e|es|ing)|remov(?:e|es|ing)|chang(?:e|es|ing)|rais(?:e|es|ing)|happen(?:s|ing)?|go(?:es|ing)?|turn(?:s|ing)?|switch(?:es|ing)?|appl(?:y|ies|ying)|bump(?:s|ing)?|roll(?:s|ing)?|patch(?:es|ing)?|reboot(?:s|ing)?|restart(?:s|ing)?|install(?:s|ing)?|deploy(?:s|ing)?|setting|kill(?:s|ing)?|drop(?:s|ping)?|cut(?:s|ting)?)\b`;
/**
 * A state said ("TLS 1.0 is off", "we're on TMS 15.13", "Medium-High set as planned"; REV23 #2): a report, unless an -ing verb
 * follows it ("we're upgrading TMS to 15.13 as planned" is still a change to come).
 */
const STATE_WORD = String.raw`(?:\b(?:is|are|am|set)\b|'(?:s|re|m)\b)(?!\s+(?:[a-z]+\s+)?[a-z]+ing\b)`;

/**
 * A change of release or level said in Japanese (REV38 #1): 「CE9.15 に上げ」「Medium-High にします」「15.9 にアップグレード」「15.9 へ移行」
 * 「CE 9.15 を入れ」「適用」. Not 「…ようにしたい」 (a wish about the result), not 「…を直したい」「…の設定を変えたい」 (no release set).
 */
const JA_CHANGE = String.raw`(?:(?<!よう)(?:に|へ)\s?(?:上げ|アップ|バージョンアップ|変更|変え|移行|更新|切り?替え|戻|ダウングレード|設定|し(?!た)|する|な(?:り|る))|インストール|導入|適用|入れ|入り|当て)`;

/**
 * A change of release or level said in English in the present or -ing form (FIX61F #1, as JA_CHANGE): a change verb with "to" and a
 * release or a level ("TMS goes to 15.9", "we move the SX80s to CE 9.15", "raise it to Medium-High", "roll back to TC 7.3.6"),
 * "set Medium-High", or a release installed ("we install TMS 15.9", "apply CE 9.15"). Not "changing the level on TMS 15.9",
 * "restart TMS 15.9", "upgrade TMS 15.9" (the release now, no target), "move TMS 15.9 to a new server" (no release set). A move
 * to another SQL Server or Windows release is one ("move the TMS 15.9 database to SQL 2016": SQL 2016 is not the one now).
 */
const EN_TARGET = String.raw`(?:(?:tms|tc|ce|roomos|version|release)\s?v?\d|(?:sql|windows)(?:\sserver)?\s?(?:20)?\d\d|v?\d+\.\d|20\d\d\b|(?:medium|high|low)\b)`;
const EN_CHANGE = String.raw`\b(?:(?:upgrad(?:e|es|ing)|updat(?:e|es|ing)|migrat(?:e|es|ing)|mov(?:e|es|ing)|chang(?:e|es|ing)|rais(?:e|es|ing)|go(?:es|ing)?|switch(?:es|ing)?|bump(?:s|ing)?|roll(?:s|ing)?|turn(?:s|ing)?|set(?:s|ting)?|put(?:s|ting)?|bring(?:s|ing)?)\b(?:[^.!?;,\n]|\.(?=\d)){0,60}?\b(?:to|onto)\s(?:the\s)?${EN_TARGET}|set(?:s|ting)?\s(?:medium|high|low)\b|(?:install(?:s|ing)?|deploy(?:s|ing)?|appl(?:y|ies|ying))\s(?:the\s)?(?:(?:tms|tc|ce|roomos)\s?)?v?\d+\.\d)`;
/** A day or part of a day to come: "tomorrow", "tonight", "the day after (tomorrow)", "this weekend", "later today", "on Friday". */
const DAY_AHEAD = String.raw`(?:tomorrow|tonight|the\sday\safter(?:\stomorrow)?|this\s(?:evening|weekend)|later\stoday|(?:on|this)\s(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
/** STATE_WORD without "set" before a level ("tonight we set Medium-High on TMS 15.9" is a change to come, "Medium-High set" a state). */
const STATE_NOT_SETTING = String.raw`(?:\b(?:is|are|am)\b|\bset\b(?!\s(?:(?:the\slevel|it|tms)\s)?(?:to\s)?(?:medium|high|low)\b)|'(?:s|re|m)\b)(?!\s+(?:[a-z]+\s+)?[a-z]+ing\b)`;

export const CUES: Record<Exclude<ClauseMode, 'stated' | 'asked'>, { en: string[]; ja: string[] }> = {
  negated: {
    en: [
      "\\b(?:is|are|was|were|has|have)n'?t\\s(?:been\\s)?(?:set|enabled|configured|selected|on|at|used|running|applied)\\b",
      "\\b(?:isn't|aren't|not)\\s(?:yet\\s)?(?:set|enabled|configured|selected|applied)\\b",
      "\\bnot\\s(?:at\\s|on\\s)?(?:medium|high|low)",
      "\\bnever\\s(?:set|enabled|configured|changed|went|moved|switched|raised)\\b",
      "\\b(?:have|has|had|did)(?:n't|\\snot)\\s(?:yet\\s)?(?:switched|switch|moved|move|raised|raise|bumped|bump|gone|went|go|changed|change)\\s(?:it\\s|the\\slevel\\s|tms\\s)?(?:over\\s)?to\\s(?:medium|high|low)",
      "\\bnot\\s(?:yet\\s)?(?:switched|moved|raised|bumped|changed)\\s(?:over\\s)?to\\s(?:medium|high|low)",
      // "we can't go to Medium-High (because of SNMP)", "we are not allowed to raise it to Medium-High"
      "\\b(?:can'?t|cannot|can\\snot|couldn'?t|could\\snot|unable\\sto|not\\sallowed\\sto|not\\sable\\sto|won'?t\\sbe\\sable\\sto|mustn'?t|must\\snot|may\\snot)\\s(?:[a-z]+\\s){0,4}?(?:to\\s)?(?:medium|high|low)",
      // "we won't go to High", "we will not move it to High", "we're not going to raise it to High" (REV26 #10): a refusal, not the level.
      "\\b(?:won'?t|will\\snot|wouldn'?t|would\\snot|(?:do|does)(?:n'?t|\\snot)\\s(?:want|plan|intend)\\sto|(?:am|are|is|'re|'m)?\\s?not\\sgoing\\sto)\\s(?:go|move|switch|raise|bump|set|change|jump|put)(?:\\s(?:it|tms|the\\slevel|straight|directly|all\\sthe\\sway))*\\s(?:up\\s)?to\\s(?:medium|high|low)",
      // "Medium-High is not an option (for us)"
      "\\b(?:isn'?t|is\\snot|not)\\s(?:an?\\s)?(?:option|possible|allowed|acceptable|feasible)\\b",
    ],
    ja: [
      '(?:設定|変更|有効)(?:されて|して)(?:い|お)?(?:ない|ません)',
      // (「Medium-Highにはまだしてない」: まだ between.)
      '(?:に|には)\\s?(?:まだ\\s?)?(?:なって|して)(?:い|お)?(?:ない|ません)',
      // 「自動ではMedium-Highにならなかった」「Medium-Highに切り替わりませんでした」 (R42A): the level did not become it (only after
      // a level: 「問題にならない」 says something else).
      '(?:high|ハイ|low|ロー|medium|ミディアム)\\s?(?:に|へ)\\s?(?:は|も)?\\s?(?:自動(?:で|的に)は?\\s?)?(?:なら|変わら|切り替わら|上がら)(?:なかった|ない|ず)',
      '(?:high|ハイ|low|ロー|medium|ミディアム)\\s?(?:に|へ)\\s?(?:は|も)?\\s?(?:自動(?:で|的に)は?\\s?)?(?:なり|変わり|切り替わり|上がり)ません',
      '(?:に|には|へ)\\s?(?:まだ\\s?)?(?:上げ|変え|切り替え|切替|変更し|移行し)て(?:い|お)?(?:ない|ません)',
      'ではありません',
      'じゃない',
      // 「Medium-High にはできません」「Medium-High に上げられない」「Medium-High は使えません」「Medium-High は無理です」
      '(?:に|には|は)\\s?(?:でき|出来)(?:ない|ません)',
      '(?:に|へ|には)\\s?(?:上げ|変え|切り替え|変更し|設定し|し)(?:られ|れ)(?:ない|ません)',
      '(?:は|が)\\s?(?:使え|選べ)(?:ない|ません)',
      '(?:は|が|に|には|にするのは)\\s?(?:無理|不可)',
    ],
  },
  hypothetical: {
    en: [
      '\\bwhat\\sif\\b',
      // ("if I remember correctly, TMS is 15.2.1" hedges a statement)
      "\\bif\\s(?:we|i|you|they)\\b(?!\\s(?:remember|recall|am\\snot\\smistaken|'m\\snot\\smistaken|understand\\s(?:it\\s)?correctly|read\\s(?:it|this)\\sright))",
      '\\bsuppose\\b',
      // "if it were on Medium-High, would it work?", "hypothetically, if TMS were 14.6…": a case supposed (QA round 24 M4).
      '\\bif\\s(?:it|tms|that|this|ours|the\\s(?:level|setting|server|tms))\\s(?:were|was)\\b',
      '\\bhypothetical(?:ly)?\\b',
      '\\bwould\\b',
      '\\b(?:should|could|can|shall)\\s(?:we|i)\\b',
      // ("we should be on TMS 15.2.1" hedges a statement; "we should go to Medium-High" supposes)
      '\\b(?:we|i)\\s(?:should|could|might)\\b(?!\\sbe\\s(?:on|at|running))',
      '\\b(?:want|need|plan|have|going)\\sto\\s(?:set|raise|change|switch|go|move|upgrade|downgrade|try)\\b',
      // A wish is no setting: "We'd like to set Medium-High", "we hope to move to Medium-High", "thinking about switching".
      "[’']d\\s(?:like|love|prefer|want)\\sto\\s(?:set|raise|change|switch|go|move|upgrade|downgrade|try|bump|put)\\b",
      '\\b(?:wants|wanted|wanting|hop(?:e|es|ing)|wish(?:es|ing)?|aim(?:ing)?|intend(?:ing)?|looking)\\sto\\s(?:set|raise|change|switch|go|move|upgrade|downgrade|try|bump|put)\\b',
      '\\bthinking\\s(?:of|about)\\b',
      '\\bconsider(?:ing)?\\b',
      // A request to confirm the listener's values ("Please confirm your TMS version is 15.x", "kindly verify that
      // SQL is 2016"): a guess to check, like "can you confirm if you are on TMS 15.x?" ("if you"), not a fact.
      '\\b(?:please|pls|plz|kindly)\\s(?:\\w+\\s)?(?:confirm|verify|check)\\s(?:(?:that|whether|if)\\s)?(?:your|you)\\b',
      // Not a request to check the user's own case ("Please verify that this is the TLS 1.0 issue: TMS 15.9, …",
      // "Please confirm that our TMS 15.9 needs the registry change", "could you confirm the steps for our setup"):
      // the setup named there is stated.
      `\\b(?:please|pls|plz|kindly)\\s(?:\\w+\\s)?(?:confirm|verify)\\s(?:that|whether|if)\\b(?!${OWN_RELEASE}|${SETUP_AFTER_COLON})`,
      `\\b(?:can|could)\\syou\\s(?:please\\s)?(?:confirm|verify)\\s(?:(?:that|whether|if)\\s)?(?:your|you|the(?!${SETUP_AFTER_COLON}))\\b`,
      // "please confirm the .reg leaves TLS 1.0 enabled", "pls check the reg file does not disable TLS 1.0" (FIX58A #2): what a file
      // does, asked to be confirmed; no state of the server.
      '\\b(?:please|pls|plz|kindly)\\s(?:\\w+\\s)?(?:confirm|verify|check)\\s(?:(?:that|whether|if)\\s)?(?:the|this|that|your)\\s(?:\\.?reg|reg(?:istry)?\\s(?:file|script)|fix\\s?files?|script|file)\\b',
    ],
    // (もし is "if", but not in 「再起動もしました」: も + しました, a thing also done.)
    // (「Medium-High に変更して保存すればいいですか？」 asks whether to do it: no setting is stated.)
    // (「SSL 3.0 を有効にした方がいい」 is advice, not a thing done.)
    // 「Medium-High にしたいのですが」「Medium-High に上げたいです」「Medium-High に変えようかと」: a wish, not the level set.
    // (「Mediumのままにしたいです」 wants to keep it: the level now is Medium.)
    ja: ['(?:に|へ)(?<!のまま\\s?[にへ])\\s?(?:し|上げ|変え|変更し|設定し|切り替え|切替え|移行し)(?:たい|ようか)', 'もし(?![まてた])', 'したら', 'だったら', 'にすれば', 'にすると', '場合', 'べき', 'してもいい',
      // 「TC 7.3.21 に上げても大丈夫？」「CE 9.15 に移行しても問題ない？」: permission asked for a change, its target supposed.
      '(?:上げ|変え|アップグレードし|アップデートし|移行し|更新し|し)ても(?:大丈夫|問題(?:ない|ありません)|平気|構わ|かまわ|いい|良い|よい)', 'しようと', '検討', 'すれば(?:いい|よい|良い)', '(?:した|する)(?:方|ほう)が(?:いい|よい|良い)',
      // 「TMS のバージョンが 15.x であることをご確認ください」「SQL が 2016 かどうか確認してください」: a request to confirm, not a fact.
      // Not 「この構成で合っているか確認してください：TMS 15.9、…」「以下の構成で問題ないかご確認ください：…」「…、Windows 2016 の
      // 構成で問題ないか…」: a request to check the user's own setup (named before it or after the colon); that setup is stated.
      // (「Medium-Highに設定しても問題ないかご確認ください」 still supposes.)
      '(?:であること|かどうか|か)(?<!(?:この|その|以下の|下記の|上記の|次の|こちらの|当方の|弊社の|うちの|の)\\s?(?:構成|環境|内容)[^。、？?]{0,12})\\s?(?:を|も)?\\s?(?:ご確認|確認して)(?:ください|下さい|を?お願い|願います|いただけ|もらえ)'],
  },
  planned: {
    en: [
      // (Not "as planned" / "as we planned": "we disabled TLS 1.0 and SSL 3.0 last night as planned" is done, REV21-a #8a.)
      '(?<!\\bas\\s(?:(?:was|we|i|they|it\\swas|originally)\\s)?)\\bplann?ed\\b',
      // "as planned" is a plan when its clause says a time ahead ("we'll disable … tonight as planned", "upgrading TMS to
      // 15.13 tomorrow as planned") or no done word at all ("we upgrade TMS to 15.13 on Friday as planned", "TMS goes to
      // 15.13 on Friday as planned": REV22 #1) or an action verb in the present or -ing form and no done or state word; a
      // report with a past verb, a past time word or a state and nothing ahead ("we upgraded TMS to 15.13 on Friday as
      // planned", "TLS 1.0 is off as planned", "we're on TMS 15.13 as planned", "Medium-High set as planned": REV23 #2).
      // (The words "as planned" come first: the lookbehinds run only where they are.)
      `${AS_PLANNED}(?:(?<=(?:${AHEAD_WORD})[\\s\\S]*)|(?=[\\s\\S]*(?:${AHEAD_WORD}))|(?<!(?:${DONE_WORD}|${STATE_WORD})[\\s\\S]*${AS_PLANNED})(?![\\s\\S]*(?:${DONE_WORD}|${STATE_WORD}))(?:(?<=(?:${ACTION_NOW})[\\s\\S]*)|(?=[\\s\\S]*(?:${ACTION_NOW}))))`,
      // "planning to upgrade TMS to 15.13", "we plan on moving to CE 11", "ok we will plan the TMS upgrade to 15.13"
      // (QA round 19 F1): a change to come, not the release now.
      '\\bplan(?:ning|s)?\\s(?:to|on)\\b',
      '\\bplan(?:ning)?\\sthe\\s(?:tms\\s|sql\\s|endpoint\\s|codec\\s)?(?:upgrade|update|move|migration)\\b',
      // (Not TMS's scheduled calls: "after upgrading our SX80s to ce9.15.3 scheduled calls fail to launch" reports, FIX60F #3.)
      '\\bscheduled\\b(?!\\s(?:calls?|meetings?|conferences?|confs?|bookings?|sessions?|events?)\\b)',
      // "the upgrade to TMS 15.13 happens Friday": a day to come with a present verb of an event (REV24 #8).
      '\\b(?:happens|is\\shappening|takes\\splace|is\\sdue)\\s(?:on\\s)?(?:this\\s|next\\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
      // "I will set Medium-High tonight (in the maintenance window)": a change to come, not the level now.
      '\\bwill\\s(?:be|go|move|get|upgrade|run|set|change|switch|raise|bump|apply|put)\\b',
      // "we will import the reg to turn TLS 1.0 back on tomorrow", "I will enable TLS 1.2 tonight" (FIX58A #2): a change to come.
      '\\b(?:we|i|they|he|she|you)\\swill\\s(?:then\\s|also\\s|just\\s|first\\s)?(?:import|merge|enable|re-?enable|disable|turn|restore|revert|reboot|restart|install|add|remove|create|deploy|push)\\b',
      // "we will check whether the MX300 we upgraded to CE 9.15.3 is affected", "let me check the MX300 on CE 9.15.3" (FIX60B #2): a
      // check to come names the systems it will look at, not the case's release (a check done, "we checked", stays a report).
      // Only as the clause's opening words: "we moved the SX80s to CE 9.15 and tomorrow I will check TMS 15.9" stays a report (REV24 #1).
      '^\\s*(?:(?:ok(?:ay)?|so|then|now|next|also)[,\\s]+)?(?:(?:we|i|they)\\swill|let\\sme)\\s(?:then\\s|also\\s|just\\s|first\\s|now\\s)?(?:check|verify|look\\sat|look\\sinto|test)\\b',
      // "we're checking whether the MX300 on CE 9.15.3 fails too", "still checking if the CE 9.15.3 MX300 also fails" (FIX61B #1): a
      // check under way names the systems it looks at; nothing found yet (not "after checking whether …", a check done).
      '\\b(?<!\\b(?:after|when|by|on|from|since)\\s)(?:checking|verifying|testing|confirming|looking\\sinto|trying\\sto\\sfind\\sout|finding\\sout)\\s(?:(?:now|still|again|first)\\s)?(?:to\\ssee\\s)?(?:whether|if)\\b',
      // "Tomorrow the SX80s go to CE 9.15, the day after TMS goes to 15.9" (FIX61B #2): a day to come with a change of release or
      // level in the present (EN_CHANGE: "goes to 15.9", "move … to CE 9.15", "set Medium-High", "install TMS 15.9") and no done or
      // state word in the clause (the same rule as "as planned"; "we upgraded to CE 9.15 yesterday, the call is tomorrow" has its own
      // clauses, "we moved to CE 9.15 and see you tomorrow" a done word). The time words come first. (Not a clause about TLS or SSL,
      // "Bob will disable TLS 1.0 tonight": left to the readers that warn about such a change; nor one with no number, a release's or
      // a level's words alone: "we can't reboot tonight" stays the restart not done.) Other verbs name the releases now, not ones to
      // come (FIX61F #1, as the JA cue after REV38 #1): "tonight I'm changing the level on TMS 15.9", "tomorrow we restart TMS 15.9
      // server", "we can't upgrade TMS 15.9 tomorrow".
      // (FIX62A #6: "this weekend", "this evening", "later today", "on Friday" as "tomorrow": "on Friday TMS goes to 15.9".)
      `\\b${DAY_AHEAD}\\b(?:(?<=\\d[\\s\\S]*)|(?=[\\s\\S]*\\d))(?<!\\b(?:tls|ssl)[\\s\\S]*)(?![\\s\\S]*\\b(?:tls|ssl))(?<!(?:${DONE_WORD}|${STATE_NOT_SETTING})[\\s\\S]*\\b${DAY_AHEAD})(?![\\s\\S]*(?:${DONE_WORD}|${STATE_NOT_SETTING}))(?:(?<=(?:${EN_CHANGE})[\\s\\S]*)|(?=[\\s\\S]*(?:${EN_CHANGE})))`,
      "\\b(?:we'll|they'll|it'll|i'll)\\b",
      // ("after going to ce9.12.3", "since going to CE 9.12.3" (QA round 19 F4): a change done, the release now.)
      '\\b(?<!(?:after|since|upon|from)\\s)going\\sto\\b',
      '\\bnext\\s(?:week|month|quarter|year|sprint|window|weekend)\\b',
      '\\b(?:in\\s)?q[1-4]\\b',
      '\\broadmap\\b',
      '\\bupcoming\\b',
      '\\bsoon\\b',
      // "let's go straight to High", "let's set it to Medium-High" (REV26 #10): a proposal, not the level now.
      "\\blet(?:'?s|\\sus)\\s(?:just\\s)?(?:go|move|switch|raise|bump|set|change|jump|put)\\b",
      // "I'd go straight to High", "we would just set it to Medium-High" (REV27 #4): a proposal, as "let's" is.
      "\\b(?:i|we)(?:'d|\\swould)\\s(?:just\\s)?(?:go|move|switch|raise|bump|set|change|jump|put)\\b",
      // "please set it to Medium-High", "pls change the level to Medium-High", "don't set Medium-High yet": a request or advice about
      // a change, not the level now (REV21: "please set it to Medium-High" was recorded as set, "don't set Medium-High yet" too).
      '\\b(?:please|pls|plz|kindly)\\s(?:\\w+\\s)?(?:set|change|switch|raise|bump|move|go|put|apply|select)\\b',
      "\\bdon'?t\\s(?:\\w+\\s)?(?:set|change|switch|raise|bump|move|go|put|apply|select)\\b",
      // "before we switch to Medium-High, what should we check?": the level is the change to come.
      '\\bbefore\\s(?:we\\s|i\\s|you\\s|they\\s)?(?:switch|change|move|go|raise|set|bump)(?:ing)?\\s(?:it\\s|the\\slevel\\s|tms\\s|communication\\ssecurity\\s)?(?:over\\s)?to\\s(?:medium|high|low)',
      // Someone's instruction (QA53 #3): "my manager says just downgrade the Room Kits to TC 7.3.3", "he told us to roll back to
      // TC 7.3.3", "they say we should go back to TC": a change of release asked for, not the release now (not a level: "it
      // never says to set Medium-High" is read as before). (A report stays one: "he said we set Medium-High last week", "the DBA says it's 2014 SP2".)
      '(?<!\\b(?:never|not|n\\x27t|it|this|that|doc|document|technote|guide|article)\\s)\\b(?:says|said|tells?|told|asks?|asked|wants?|wanted|insists?|insisted|demands?|demanded|ordered|instructed)\\s(?:(?:me|us|them|you)\\s)?(?:(?:that\\s)?(?:we|i|you|they)\\s(?:should|must|need\\sto|have\\sto|ought\\sto)\\s|to\\s)?(?:just\\s|simply\\s|only\\s)?(?:downgrade|roll\\s(?:them\\s|it\\s)?back|revert|go\\sback|move|put|take|bring|try|use|install|load)\\b(?![\\s\\S]*\\b(?:and|so|which)\\s(?:then\\s)?(?:we|i|they)\\s(?:(?:have|had|already|just)\\s|\\x27ve\\s)?(?:did|done|downgraded|rolled|reverted|went|moved|put|set|changed|switched|raised|updated|upgraded)\\b)',
      // What Cisco TAC, the vendor or a partner says or asks of an endpoint release (rev29 #2): "Cisco TAC asked us to try TC
      // 7.3.3", "the vendor told us TC 7.3.3 is the last release that accepts TLS 1.0": advice about a release, not the release
      // the user's systems run. Only with a TC/CE/RoomOS release after it: "the vendor says SQL is remote" stays a report.
      '\\b(?:tac|cisco|vendor|partner|reseller|integrator)\\b[^.!?;]{0,20}?\\b(?:says|said|tells?|told|asks?|asked|claims?|claimed)\\b(?=[^.!?;]*?\\b(?:tc|ce|room\\s?os)\\s?v?\\d)',
      // (Not one carried out in the same clause: "he told us to downgrade to TC 7.3.3 and we did that yesterday"; 「…無効にしろと
      // 言われたので、無効にしました」 below.)
      // "manager wants them on TC 7.3.3 by tonight", "the boss wants the Room Kits back on TC": the state someone wants, not the one now.
      '\\b(?:wants?|wanted|expects?)\\s(?:them|it|these|those|all\\sof\\sthem|everything|the\\s[a-z-]+(?:\\s[a-z-]+)?)\\s(?:back\\s)?(?:on|at|to|running)\\b',
    ],
    // (「予定通り…再起動しました」「計画どおりに…変更済み」: as planned, done; not a plan: FIX20A #3.)
    // (Nor 「予定された会議」「予定の会議」, TMS's scheduled calls: FIX60F #3.)
    ja: ['予定(?!\\s?(?:の)?\\s?(?:通り|どおり)[^。？?！!]{0,120}?(?:ました|済み|完了|終わり))(?!\\s?(?:された|の)\\s?(?:会議|通話|ミーティング|コール|カンファレンス))', '計画(?!\\s?(?:の)?\\s?(?:通り|どおり)[^。？?！!]{0,120}?(?:ました|済み|完了|終わり))', '来週', '来月', '来年', '今後', 'これから', 'するつもり',
      // 「CE9.15.3 にアップグレードした MX300 に影響がないか確認します」「MX300 も調べてみます」 (FIX60B #2): a check to come (the plain
      // polite present; done is 確認しました, asked is 確認しますか, 「確認すると」 tells what a check found). Not after a report in the
      // same clause: 「SX80 を CE9.15.3 に上げたら No HTTPS response になったので MX300 も確認します」 still reports the SX80's release.
      '(?<!(?:ので|ため|けど|けれど|ましたが|でしたが|たら|ところ)[^、。,]*)(?:確認|チェック|調査|点検)\\s?(?:して\\s?(?:みま|きま|おきま)|いたしま|しま)す(?![かと])', '(?<!(?:ので|ため|けど|けれど|ましたが|でしたが|たら|ところ)[^、。,]*)調べ(?:て\\s?(?:み|き|おき))?ます(?![かと])',
      // 「CE9.15.3 の MX300 も失敗しているか確認しています」「…かどうか確認中です」「…か調べているところです」 (FIX61B #1): a check under
      // way after か (whether); nothing found yet. (「失敗することを確認しています」 without か is a finding.) Not after a report in
      // the same clause, as above; the look-behind comes after the words it needs.
      '(?:か|かどうか)\\s?(?:を)?\\s?(?:(?:確認|チェック|調査|点検)\\s?(?:中|して\\s?(?:い|お)(?:ます|る|ところ))|調べ\\s?(?:て\\s?(?:い|お)(?:ます|る|ところ)|中))(?<!(?:ので|ため|けど|けれど|ましたが|でしたが|たら|ところ)[^、。,]*(?:か|かどうか)\\s?(?:を)?\\s?(?:確認|チェック|調査|点検|調べ)[^、。,]{0,8})',
      // 「明日 SX80 を CE9.15 に上げて、明後日 TMS を 15.9 に上げます」「今夜 TMS を 15.9 に上げます」 (FIX61B #2): a day to come; its
      // clause is a plan unless it says the change done (「明日の予定でしたが昨日上げました」). Only with a change of release or
      // level in the clause (に上げ, にします, にアップグレード, 入れ, 適用 …) or a state from that day on (明日から), as in English
      // (REV38 #1): 「明日までに TMS 15.9 の問題を直したい」「明日の会議で CE 9.15 の SX80 を使います」「明日 TMS 15.9 のサーバーで
      // 作業します」 name the releases now (a deadline, a meeting, work on the server), not releases to come.
      `(?:明日|明後日|あした|あさって|明朝|明晩|今夜|今晩)(?![^、。？?！!]{0,120}?(?:ました|でした|済み|完了|終わり))(?:(?=\\s?(?:から|以降))|(?=[^、。？?！!]{0,120}?${JA_CHANGE})|(?<=${JA_CHANGE}[^、。？?！!]{0,120}?(?:明日|明後日|あした|あさって|明朝|明晩|今夜|今晩)))`,
      // 「SX20はTC7.3.3に戻します」「TC 7.3.3 にダウングレードします」 (QA round 30 W1): the plain polite present of a change,
      // a step to come (done is 戻しました / 戻した; 戻しますか asks).
      // 「Medium-High にしてください」「Medium-High に変更してもらえますか」: a request, not the level now (REV21).
      '(?:medium|high|low|ミディアム|ハイ)[^、。,]{0,12}(?:にして|に変更して|に上げて|に切り替えて)(?:ください|下さい|ほしい|欲しい|もらえ|いただけ)',
      '(?:に|へ)\\s?戻します(?![かた])', 'ダウングレードします(?![かた])',
      // 「上司から Room Kit を TC7.3.3 に戻せと言われています」「TC 7.3.3 に戻すよう指示されました」 (QA53 #3): an order, not the release now.
      '(?:[せえけれろめべてげ]|しろ|してくれ|してほしい|して欲しい)\\s?(?:と|って)\\s?(?:の\\s?)?(?:[^、。,]{0,12}?(?:に|から)\\s?)?(?:言われ|指示|頼まれ|命じられ|求められ|依頼|こと(?:です|でした|だ))(?![^、。]{0,6}?(?:ので|から|ため|通り|とおり))', '(?:する|す|る)\\s?よう\\s?(?:に)?\\s?(?:と\\s?)?(?:[^、。,]{0,8}?(?:に|から)\\s?)?(?:言われ|指示|頼まれ|命じられ|求められ|依頼)(?![^、。]{0,6}?(?:ので|から|ため|通り|とおり))', '(?:medium|high|low|ミディアム|ハイ)[^、。,]{0,12}(?:にする|に変更する|に上げる|に切り替える|に設定する|へ変更する)前'],
  },
  past: {
    en: ['\\bused\\sto\\b', '\\bpreviously\\b', '\\boriginally\\b', '\\bformerly\\b', '\\bbefore\\sthe\\s(?:upgrade|update|change)\\b', '\\b(?:had|was|were)\\s(?:on\\s)?(?=\\D{0,20}\\d)'],
    // (「TMS 15.9（昨年まではTMS 14.6）」: the release until last year, QA round 26 B3.)
    ja: ['以前は', '(?<!名)前は', '元々', 'もともと', 'かつて', '(?:昨年|去年|一昨年|先月|先週|前年|前回|\\d{1,4}\\s?年)まで(?:は)?(?!に)'],
  },
  quoted: {
    // "according to the TechNote" quotes a document; "according to the DBA it's 2014 SP2", 「DBA によると
    // 2014 SP2 だそうです」 report the user's own environment (a teammate's answer), so they are stated.
    en: [
      '\\b(?:the\\s)?(?:doc(?:ument)?|technote|translation|article|guide|kb)\\s(?:says|said|states|claims|reads)\\b',
      '\\baccording\\sto\\s(?:the\\s|a\\s|this\\s|that\\s|cisco\\W?s?\\s|microsoft\\W?s?\\s)?(?:doc(?:ument|umentation|s)?|technote|tech\\snote|translation|article|guide|admin\\sguide|kb\\d*|manual|release\\snotes?|website|web\\spage|page|bug|cisco|microsoft|japanese\\sversion)\\b',
      '\\bquote\\b',
      // Someone else's guess or unconfirmed report is not the user's value: "my colleague guesses TMS
      // might be 14.6.2", "Tom thinks SQL is 2012", "my colleague says he set Medium-High last week but
      // I can't confirm it" ("the DBA says it's 2014 SP2", a teammate's answer, still states).
      '\\b(?:thinks|guesses|believes|suspects|reckons|assumes)\\b',
      "\\b(?:says|said|claims|claimed|told\\sme)\\b.*\\b(?:but|though|although)\\s(?:i|we)\\s(?:can'?t|cannot|couldn'?t|could\\snot|haven'?t|have\\snot|didn'?t|am\\snot|'m\\snot|are\\snot|'re\\snot|not)\\s(?:yet\\s)?(?:confirm|verif|check|sure|seen|been\\sable)",
    ],
    // 「田中さんは SQL 2012 だと思うと言っています」: a colleague's guess; 「…に変更しましたか？と上司に聞かれました」: a question
    // someone asked, quoted; 「同僚が…にしたと言っていますが、確認できていません」 is read on the sentence (extract.ts).
    ja: ['と思うと(?:言って|のこと)', 'と思って(?:いる|います)(?:よう|らしい)', '(?:かもしれない|かも)と(?:言って|のこと)', '[？?]\\s?と[^、。]{0,12}?(?:聞かれ|質問され|尋ねられ|言われ)', 'と書いて', 'と記載', '翻訳(?:では|には)', 'ドキュメント(?:では|には)', '記事(?:では|には)', '(?:ドキュメント|資料|記事|翻訳|訳文|文書|テクノート|technote|ガイド|マニュアル|cisco|シスコ|microsoft|マイクロソフト|kb\\d*)\\s?(?:に|で)?よると'],
  },
};

/**
 * Word gates of the clause readers (classifyClause): a word every English cue of the five mode lists needs (one of
 * them at least), or any non-ASCII character (every Japanese cue has one; so do the characters on which /i and /iu
 * differ). A clause without any of them matches none of the lists, and its five regexes are skipped (most clauses:
 * "TMS 15.2.1", "endpoints are on ce9.15.3"). A cue added to a list needs its word here: test/conversation/r16-reader-gates
 * checks over ~20k texts that the gate matches wherever a cue does.
 */
export const MODE_GATE =
  /n'?t|let'?s|let\sus|let\sme|'d|not|never|unable|if|suppose|hypothetical|would|should|could|can|shall|might|want|need|plan|have|going|like|love|prefer|hop|wish|aim|intend|looking|think|consider|please|pls|plz|kindly|scheduled|happen|takes\splace|is\sdue|will|'ll|next|q[1-4]|roadmap|upcoming|soon|before|used|previously|originally|formerly|had|was|were|says|said|states|claims|reads|according|quote|guesses|believes|suspects|reckons|assumes|told|tell|ask|insist|demand|order|instruct|expect|whether|tomorrow|tonight|day\safter|this\s|later\stoday|on\s(?:mon|tues|wednes|thurs|fri|satur|sun)day|[^\x00-\x7f]/i;

/** The same for ASKED: a question mark or colon, one of its question words at the start, or a non-ASCII character. */
export const ASKED_GATE = /[?:]|^\s*(?:wh|how|do|di|is|ar|ca|co|wi|wo|sh)|[^\x00-\x7f]/i;

/** A clause that asks rather than states. */
export const ASKED = {
  en: [
    '[?]\\s*$',
    // ("Did the fix yesterday (TMS 15.9, Medium -> Medium-High)": a note with its "I" left out reports a step done.)
    '^\\s*(?:which|what|whats|why|how|does|do|did(?!\\s(?:the\\s)?(?:fix|change|changes|reboot|restart|registry\\s(?:change|fix|step|part))(?:\\s(?:yesterday|today|earlier|already|last\\s(?:night|week)|this\\s(?:morning|afternoon|evening|week)|and|as)\\b|\\s?[(,;:-])(?!\\s(?:work|help|fix|solve|change|do|make)\\b))|is|are|can|could|will|would|should)\\b',
    // "when did…", "where is…" ask; "When we upgraded the codecs to CE 9.15, …" tells when.
    '^\\s*(?:when|where)\\s(?:did|do|does|is|are|was|were|will|would|should|can|could|has|have)\\b',
    '\\bor\\s(?:medium|high|low)\\b.*\\?',
    // Someone's question under a label ("Earlier question from us: Is SQL 2008 R2 installed on the TMS server?",
    // "Support asked: …"); not "Quick question: TMS 15.9, CE 9.15 …", whose values are the user's.
    '^[^:?]{0,40}\\bquestions?\\s(?:from|by|of)\\b[^:?]{0,30}:',
    "^[^:?]{0,30}\\b(?:earlier|previous|their|his|her|support'?s?|tac'?s?|customer'?s?)\\squestions?\\s?:",
    '^[^:?]{0,30}\\b(?:asked|asks)\\s?:',
  ],
  // 「MediumHigh と High の違いは」「…の違いを教えてください」: asks for a comparison.
  // (「…は影響ありませんか？」 asks as 「…ありますか？」 does, REV35 #5: its clause, cut before the mark, is a question too.)
  // (「どちらも」「どっちも」 say "both", not "which": 「2台の TMS はどちらも 15.2 です」.)
  ja: ['[？?]\\s*$', '(?:ですか|ますか|ませんか|でしょうか|かな|のか)\\s*$', '(?:からの|の)質問[^:？?]{0,6}:', '聞かれ(?:まし)?た\\s?:', 'どちら(?!か|も|とも)', 'どっち(?!か|も)', '(?:違い|差)(?:は|って(?:何|なに)?|を(?:教えて|説明して)(?:ください|下さい)?)?\\s*[。]?\\s*$'],
};

/** Words in a question that still state the user's setting: "we're at Medium-High, why does it fail?". */
export const STATED_IN_QUESTION = {
  en: [
    "\\b(?:already|currently|now|still)\\b", "\\bwe(?:'re|\\sare)\\b", "\\b(?:it's|it\\sis)\\s(?:at|on|set)\\b", '\\bis\\sset\\b', '\\bset\\sto\\b', '\\b(?:is|are|running)\\sat\\b',
  ],
  // 「にしています」 states; 「にしていいですか」 asks for permission (not 「い」 followed by 「い」).
  ja: ['すでに', '既に', '現在', '今は', '設定済み', 'になって(?:い(?!い)|お)', 'にして(?:い(?!い)|お)', 'のまま', '設定して(?:い(?!い)|お)'],
};

/**
 * Words in a question that name the user's own endpoints and their release: the release is theirs, in any question,
 * "should we upgrade our CE 9.15 endpoints?" too (unlike STATED_IN_QUESTION, read in should/could questions as well).
 */
export const OWN_FLEET = {
  en: [
    // "Are our CE 9.15 endpoints affected?", "is my TC7.3.6 codec the problem?": a possessive before a release and the
    // systems it names is the user's own fleet, not a case asked about (QA round 11 #7's guard kept it out).
    // Not after "for"/"about": "and for our RoomOS 11 boards?" asks about another part of the fleet, a case.
    '(?<!\\b(?:for|about)\\s)\\b(?:our|my)\\s(?:tc|ce|roomos)\\s?v?\\d[\\w.]*\\s(?:endpoints?|codecs?|devices?|systems?|boards?|units?|rooms?)\\b',
    // "should we upgrade the CE 9.15 endpoints we have?", "do we need to touch the TC 7.3.6 codecs we run?"
    '\\b(?:tc|ce|roomos)\\s?v?\\d[\\w.]*\\s(?:endpoints?|codecs?|devices?|systems?|boards?|units?|rooms?)\\s(?:that\\s)?(?:we|i)\\s(?:have|run|own|use)\\b(?!\\sto\\b)',
  ],
  // 「うちの CE 9.15 の端末は影響を受けますか？」: the user's own endpoints (as "our" above).
  ja: ['(?:うち|弊社|当社|自社)の\\s?(?:tc|ce|roomos)\\s?v?\\d[\\w.]*\\s?(?:の\\s?)?(?:端末|エンドポイント|機器|コーデック|システム)'],
};

/**
 * A clause that opens like a follow-up question ("and…?", "for…?", 「…は？」) but states a value with
 * a rising tone: a topic linked to its value by a verb or a sign ("and the SQL is 2014 SP2?", "also
 * the OS is actually 2019?", "for the record Windows is 2016?", 「あと SQL は 2014 SP2 で Windows は？」).
 * A question about another case names the value without linking it ("and for our RoomOS 11
 * boards?", "and SQL 2014 SP2?", "and is SQL 2014 SP2 ok?", 「OS が 2016 でも？」).
 */
export const STATED_FOLLOW_UP = {
  en: [
    "\\b(?:tms|sql(?:\\sserver)?|db|database|windows(?:\\sserver)?|os|server|endpoints?|codecs?|devices?|boards?|systems?|level|security(?:\\slevel)?|it|they|we|that|this)(?:'s|'re|\\s(?:is|are|was|were|runs?|sits?|stays?)|\\s?[:=])\\s(?:(?:now|actually|still|currently|definitely|really|all|on|at|the)\\s)*(?:v?\\d|tc|ce|room|medium|high|low|windows|sql)",
    '\\bfor\\sthe\\srecord\\b',
    '\\bto\\sbe\\sclear\\b',
  ],
  ja: ['(?:は|が)\\s?(?:v|tc|ce|roomos)?\\s?\\d[^？?]{0,24}?(?:で(?!は|も)|です|でした|だけど|だが)'],
};

/**
 * A condition makes such a clause a question about a case again, whatever its verb: "and if the SQL
 * is 2014?", "and when the OS is 2019?", "and assuming SQL is 2014 SP2?", 「SQL が 2014 だったら？」.
 */
export const FOLLOW_UP_CONDITION = {
  en: ['\\b(?:if|when|whenever|assuming|suppose|supposing|say|unless)\\b', '\\bin\\scase\\b', '\\bfor\\sexample\\b', '\\be\\.g\\.'],
  ja: ['なら', 'だと', 'だったら', 'としたら', 'とすると', '場合', 'でも'],
};

/**
 * Markers of a change inside one clause: the value after the last marker is the current one
 * ("TMS went 14.5 → 15.1", "moved from 14.6 to 15.3", "reverted them to TC 7.3.2", "14.6 から 15.3 に").
 */
export const CHANGE = {
  en: ['→', '->', '=>', '⇒', '>>'],
  ja: ['から(?=[^。]{0,30}(?:に|へ))'],
};
/**
 * Verbs that make a following "to" a change ("moved TMS from 14.6 to 15.3", "reverted them to
 * TC 7.3.2"); without one, "TC7.3.3 to TC7.3.21" is a range of endpoints, not a change.
 */
export const CHANGE_VERB = {
  en: ['\\b(?:went|gone|moved|upgraded|updated|downgraded|migrated|reverted|rolled\\sback|changed|bumped|switched|patched|jumped|brought|taken|went\\sup|rebuilt|reinstalled)\\b'],
  ja: ['アップグレード', 'アップデート', 'ダウングレード', '移行', '戻し', '更新', '上げ', '変更'],
};

/**
 * A value named right before the word that makes it the target of a change: the value starts the
 * current one ("TC 7.3.3 の端末を 7.3.6 にアップグレードしました", "7.3.6 に上げました"). English says
 * "upgraded to 7.3.6" (CHANGE_VERB with "to").
 */
export const CHANGE_TARGET = {
  en: [] as string[],
  ja: ['(?:v|tc|ce|roomos)?\\s?\\d[\\d._a-z]{0,20}\\s?(?:に|へ)\\s?(?:アップグレード|アップデート|ダウングレード|バージョンアップ|更新|移行|変更|上げ|戻し)'],
};

/**
 * A change said not to have happened ("we haven't upgraded TMS to 15 yet", "not moved to CE 9.15 yet",
 * "we haven't switched to Medium-High", 「まだ 15 にアップグレードしていません」): the value after the
 * change is not the current one (a value before it still is: "TMS 14.6.2 hasn't been upgraded to 15").
 */
export const NEGATED_CHANGE = {
  en: [
    "(?:n't|(?<![a-z])not|(?<![a-z])never)\\s(?:(?:yet|been|ever|actually|even|really|fully|already)\\s){0,2}(?:upgrade|upgraded|update|updated|move|moved|migrate|migrated|switch|switched|change|changed|go|gone|went|raise|raised|bump|bumped|revert|reverted|roll(?:ed)?\\sback|downgrade|downgraded|patch|patched|set|apply|applied|put)(?![a-z])",
    '(?<![a-z])yet\\sto\\s(?:be\\s)?(?:upgrade|upgraded|update|updated|move|moved|migrate|migrated|switch|switched|change|changed|go|raise|raised)(?![a-z])',
  ],
  ja: ['(?:アップグレード|アップデート|ダウングレード|バージョンアップ|移行|更新|変更|上げ|戻し|切り替え|切替|変え)(?:を)?(?:して|されて|させて|て|し|され)?(?:い|お)?(?:ない|ません|ず)'],
};

/**
 * "wrong build number, it's 11.0.5352", "wrong version: 15.2", "sorry, wrong one", 「ビルド番号間違えました、…」,
 * 「番号間違えた、…」「バージョンが間違ってました」: a lead that says the value given before was wrong. In English
 * "wrong" leads only before a punctuation mark or a version word ("wrong cert on the codec" is no correction).
 */
export const WRONG_LEAD_EN =
  "(?:(?:i\\s)?(?:gave|typed|wrote|said|put|sent)\\s(?:you\\s)?the\\s)?wrong(?:(?:\\s(?:tms|sql|windows|os|endpoint|codec|ce|tc|server))?\\s(?:version|build|number|release|one)(?:\\snumber)?(?![a-z])|(?=\\s?[,.:;!-]))";
export const WRONG_LEAD_JA =
  '(?:SQL\\s?の?\\s?|TMS\\s?の?\\s?)?(?:ビルド番号|ビルド|番号|バージョン)?\\s?(?:を|が|は)?\\s?(?:間違えました|間違えてました|間違えた|間違えてた|間違ってました|間違ってた|間違いでした|間違いです|間違い(?!な))';

/** Corrections of an earlier value in the same message ("hang on", "scratch that", "訂正です"). */
export const CORRECTION_LEAD = {
  en: [WRONG_LEAD_EN, 'no', 'nope', 'sorry', 'actually', 'i\\smean', 'i\\smeant', 'rather', 'correction', 'oops', 'wait', 'hang\\son', 'hold\\son', 'scratch\\sthat', 'my\\sbad', 'strike\\sthat', 'let\\sme\\scorrect', "it's(?:\\sbeen)?", 'it\\sis', 'its', 'it\\swas', "it'?s\\sactually", 'make\\sthat', 'should\\sbe', 'instead', 'now', 'today', 'currently'],
  ja: [WRONG_LEAD_JA, 'いいえ', 'いや', 'すみません', '失礼しました', '訂正します', '訂正です', '訂正', '正しくは', '実際は', '実は', 'ではなく', '今は', '現在は'],
};

/** "I don't know", in any wording. */
export const UNKNOWN = {
  en: [
    "\\b(?:i\\s)?(?:do\\s?n['o]?t|dont)\\sknow\\b",
    '\\bdunno\\b',
    '\\bno\\s(?:idea|clue)\\b',
    "\\bhaven'?t\\s(?:a|the\\s(?:faintest|foggiest))\\s?(?:clue|idea)?\\b",
    '\\bnot\\s(?:sure|known)\\b',
    "\\b(?:i'?m|i\\sam)\\snot\\ssure\\b",
    '\\bno\\sway\\sto\\s(?:tell|know)\\b',
    '\\bunknown\\b',
    "\\b(?:you'?d|you\\swould|you'll|you\\swill)\\s(?:have|need)\\sto\\sask\\b",
    '\\bask\\s(?:the\\s)?(?:server|platform|db|dba|infra|windows|ops)\\b',
    "\\b(?:can'?t|cannot)\\s(?:tell|say|check|see)\\b",
    '\\bnot\\s(?:my|our)\\s(?:area|box|system|team)\\b',
    '\\bbeats\\sme\\b',
    '\\bidk\\b',
    '\\bn/?a\\b',
    '^\\s*(?:skip|pass|next|unsure|\\?+)\\s*$',
  ],
  ja: ['分かりません', 'わかりません', '分からない', 'わからない', '不明', '知りません', '知らない', '確認中', '調査中', '担当外', '把握して(?:い|お)りません', 'スキップ', '^\\s*パス\\s*$', '未確認'],
};

/**
 * A field said to be unknown inside a longer message: "Codecs: unknown, probably CE", "SQL version
 * not known yet", "OS は不明". The first group names the field (see UNKNOWN_FIELD_WORDS in clauses.ts);
 * what follows it, within a few words, says nobody knows it.
 */
export const UNKNOWN_INLINE = {
  en: [
    "\\b(endpoints?|codecs?|tms|sql(?:\\sserver)?|database|db|windows|os)(?:\\s(?:version|release|build|software))?\\s?(?:[:=-]|is|are|versions?\\s(?:is|are))?\\s?(?:still\\s|currently\\s|also\\s)?(?:unknown|not\\sknown(?:\\syet)?|no\\sidea|tbd|n/a|unclear|not\\ssure)(?![a-z])",
  ],
  ja: ['(エンドポイント|端末|コーデック|tms|sql|データベース|db|os|windows)\\s?(?:の)?\\s?(?:バージョン)?\\s?(?:は|が|：|:)?\\s?(?:まだ)?(?:不明|分かりません|わかりません|分からない|わからない|確認中|未確認)'],
};

/** "still failing", "didn't help", 「まだ直りません」: the fix was tried and the symptom stays. */
export const STILL_FAILING = {
  en: [
    "\\bstill\\s(?:failing|fails|failed|broken|down|erroring|not\\sworking|doesn'?t\\swork|the\\ssame|(?:shows?|showing|getting|get|says|saying|reports?|reporting|displays?|displaying|lists?|listing)\\s(?:the\\s)?(?:same|no\\shttps))",
    // "they still fail", "the codecs still don't work", "rebooted, still fail" (the short plural forms), said of the
    // systems or of nothing named: not "the nightly backups still fail", nor "they still fail to register to CUCM"
    // (another thing failing: the intended still-failing reading is about the fix).
    "(?:^|[,;:.!]\\s?|\\b(?:and|but|yet|so)\\s|\\b(?:they|these|those|all|both|some|most|many|few|them|ones|rest|others|endpoints|codecs|systems|devices|units|rooms|kits|boards|sx\\d{2,3}s|mx\\d{3}s|c\\d{2}s|dx\\d{2}s)\\s(?:all\\s|both\\s)?)still\\s(?:fail|(?:don'?t|do\\snot)\\swork)\\b(?!\\sto\\s(?!(?:connect|respond|answer|handshake|load|open|poll)\\b))",
    "\\b(?:didn'?t|did\\snot|doesn'?t|does\\snot|hasn'?t|has\\snot)\\s(?:help|work|fix\\s(?:it|anything))\\b",
    '\\bno\\s(?:change|luck|joy|difference)\\b',
    '\\bstill\\sno\\sgood\\b',
    // "still red", "still showing red" (Navigator shows the system red)
    "\\bstill\\s(?:shows?\\s|showing\\s)?red\\b",
    '\\bnot\\s(?:fixed|resolved)\\b',
    '\\bsame\\s(?:error|problem|issue|result)\\b',
    // "we did everything, still No HTTPS response", "still seeing the error"
    '\\bstill\\s(?:a\\s|the\\s)?no\\shttps\\sresponse\\b',
    '\\bstill\\s(?:seeing|see|has|have|having|getting)\\s(?:the\\s|an?\\s)?(?:same\\s)?(?:error|no\\shttps)',
    // "the error did not clear", "it hasn't gone away", "No HTTPS response didn't go away after Force Refresh" (R44C)
    "\\b(?:didn'?t|did\\snot|doesn'?t|does\\snot|won'?t|will\\snot)\\s(?:clear|go\\saway|disappear|vanish)\\b",
    "\\b(?:hasn'?t|has\\snot|haven'?t|have\\snot)\\s(?:(?:been\\s)?cleared|gone(?:\\saway)?|disappeared|vanished)\\b",
  ],
  ja: ['まだ\\s?[「"]?no\\s?https', 'まだ(?:失敗|エラー|直ら|同じ|解決し)(?!(?:ない|ません)(?:です|でしょう)?か)', '直りません(?!か)', '直らない(?!(?:です|でしょう|の)?か)', '直って(?:い)?(?:ません|ない)(?!(?:です|でしょう|の)?か)', '改善(?:しません|されません|しない)(?!(?:です|でしょう)?か)', '解決(?:しません|しない|していません)(?!(?:です|でしょう)?か)', '変わりません(?!か)', '効果がありません(?!か)', '(?:ダメ|だめ)でした',
    // 「それでもダメです」「まだダメ」「駄目なままです」 (not 「…してはダメですか」, a question)
    'それでも\\s?(?:ダメ|だめ|駄目|失敗|エラー|直ら|同じ|出ます|出ています|表示され)', 'まだ\\s?(?:ダメ|だめ|駄目)(?!(?:です|でしょう)?か)', '(?:ダメ|だめ|駄目)(?:だった|みたいです|な?のまま|なまま)', '(?:解消|復旧)(?:しません|しない|していません|しませんでした)',
    // 「まだ赤いです」「赤いままです」 (Navigator still shows the system red), not 「まだ赤いですか」
    'まだ\\s?赤(?:い|色|の?まま)?(?!い?(?:です|でしょう|の)?か)', '赤(?:い|色)?の?まま(?!(?:です|でしょう|の)?か)',
    // 「消えません」「エラーが消えない」「まだ消えていません」 (R44C), not 「消えないですか」「消えないように」
    '消え(?:ません|ない|なかった|ていません|ていない|てない)(?!(?:です|でしょう|の|ん)?か|よう|と|ため|で)'],
};

/** Small talk that does not answer anything but must not lose the open question. */
export const WAIT = {
  en: ['^\\s*(?:one\\s)?(?:sec|second|moment|min(?:ute)?)\\b', '\\bbrb\\b', '\\blet\\sme\\s(?:check|look|see|ask|find)\\b', "\\bi'?ll\\s(?:check|look|ask|find\\sout)\\b", '(?<!(?:revocation|crl)\\s)\\bchecking\\b'],
  // 「後で確認して連絡します」「Navigator で確認しておきます」 (FIX19E, QA45 W7): checking, to come back.
  ja: ['ちょっと待って', '少々お待ち', 'お待ちください', '確認します', '調べます', '確認してきます', '聞いてみます', '確認して(?:から)?(?:ご)?(?:連絡|報告|返信|お知らせ)(?:します|いたします)', '(?:確認し|調べ|見)ておきます'],
};

/**
 * Fillers: a wait only when nothing else is in the message ("hmm", "ok wait…", 「うーん」). With
 * content after them they only open it: "hmm, sorry, SQL is actually on the TMS box",
 * 「うーん、やっぱり SQL は TMS サーバ上でした」, "hmm no, the other node says Low" are read as usual.
 */
export const FILLER = {
  en: ['\\bhmm+\\b', '\\bhm+\\b', '\\bhold\\son\\b', '\\bhang\\son\\b', '\\bwait\\b', '\\bok(?:ay)?\\b', '\\b(?:um+|uh+|erm+|er|ah+|well|so|right|yeah|sorry|lol|haha|ha|heh|wow|ugh|oh)\\b', '\\.{2,}|…'],
  ja: ['えーと', 'えっと', 'うーん', 'んー', 'あー', 'ええと', 'ちょっと', '待って', 'ください', 'すみません'],
};

/**
 * Referring back to the last answer to name its real field: "that last number was the OS",
 * "I meant the Windows version", 「さっきの数字は OS のバージョンです」. The first group names the field.
 */
export const REFER_BACK = {
  en: [
    "\\b(?:that|the)\\s(?:last\\s|previous\\s|first\\s)?(?:number|one|value|answer|version|year)\\s(?:was|is|were|meant|is\\sfor|was\\sfor)\\s(?:for\\s)?(?:the\\s|my\\s|our\\s)?(os|windows|server|sql|database|db|tms|endpoints?|codecs?)\\b",
    '\\bi\\smeant\\s(?:the\\s)?(os|windows|sql|database|db|tms|endpoints?|codecs?)\\b',
    "\\b(?:that|it)(?:'s|\\swas|\\sis)\\s(?:for\\s)?the\\s(os|windows|sql|database|db|tms)(?:\\sversion)?\\s*(?:[.!,;]|$)",
  ],
  ja: [
    '(?:さっき|先ほど|前|最後|今)の(?:数字|値|番号|バージョン|回答|年)?(?:は|が)\\s?(os|windows|ウィンドウズ|sql|db|データベース|tms|エンドポイント)',
    '(?:それ|あれ)は\\s?(os|windows|ウィンドウズ|sql|db|データベース|tms|エンドポイント)\\s?(?:の(?:バージョン|話|こと))',
  ],
};

/** Compile a cue list (both languages) into one case-insensitive Unicode regular expression (/iu, run fast: fast-regex.ts). */
export function cueRegex(list: { en: string[]; ja: string[] }): FastRegex {
  return fastRegex([...list.en, ...list.ja].map((s) => `(?:${s})`).join('|'));
}
