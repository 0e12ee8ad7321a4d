/**
 * A message of version facts alone ("TMS 15.2.1", "endpoints are on ce9.15.3", "SQL Server 2012 SP4 on the TMS server",
 * "Windows Server 2012 R2", "security level is Medium"): the answers the bot asks for, and most messages of a conversation.
 * The engine's routes (engine.ts ROUTES) read questions, reports of what works or was done, plans, other sites, nodes,
 * labs…: none of them needs such a message, and running the ~80 of them cost ~25 % of its turn. A route marked
 * `needsMoreThanFacts` is not run for one (its words are all in FACT_WORDS or are version numbers); the facts reading
 * (merge.ts onFacts) reads it as before.
 *
 * Decided in one pass over the message, bounded: at most MAX_LENGTH characters, printable ASCII (anything else, Japanese, a
 * full-width letter, a tab or a line break, is not this profile), words apart by spaces, no punctuation (a "?", a ",",
 * a ":", an "@", quotes) outside a version number's dots, and not opening with "is" or "are" (a question without its mark:
 * "is the TMS server on 2012"). test/conversation/route-gates.test.ts proves each marked
 * route silent on such messages over every state the conversations reach, the grid's seed states and generated messages
 * of these words.
 */

export { factsOnlyMessage } from '../domain/understand/facts-only';
