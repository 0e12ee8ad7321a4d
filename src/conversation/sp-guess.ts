/**
 * "SP1 I think", "probably SP1", 「たぶん SP1 です」「SP1 だと思います」 after the SQL release (QA63 #13): a service pack the user is
 * not sure of. The policy of a hedged value elsewhere (merge.ts's hedged Medium, guesses.ts's guesses about the cause): a guess
 * never replaces what is known and never removes a caution. So it fills an empty service pack only (no service pack or build
 * held), and only when the answer stays as careful with it ("SQL 2012 SP1": upgrade the service pack first), said unconfirmed;
 * a guess that would lift the SQL warning ("SP4 I think" on SQL 2012) is not taken, and the build check stays. Pure.
 */
import type { SqlVersion } from '../domain/types';
import { sqlTlsStatus } from '../domain/knowledge/sql';

/** The hedge words around a bare service pack; EN lower-cased by the caller's nfkc is not assumed (case-insensitive). */
const HEDGE_EN = /(?<![a-z])(?:i\s(?:think|believe|guess|reckon)|probably|maybe|likely|pretty\ssure|not\s(?:100%\s)?sure|if\si\s(?:remember|recall)\s(?:correctly|right)|iirc)(?![a-z])/i;
const HEDGE_JA = /たぶん|多分|おそらく|恐らく|確か|と思います|と思う|かと思います|かもしれません|かも|だったと思います|はず/;
/** The hedges stripped, to leave the bare service pack ("SP1 I think" → "SP1"). */
const HEDGE_STRIP =
  /(?<![a-z])(?:i\s(?:think|believe|guess|reckon)(?:\sit'?s|\sit\sis)?|probably|maybe|likely|pretty\ssure(?:\sit'?s)?|not\s(?:100%\s)?sure|if\si\s(?:remember|recall)\s(?:correctly|right)|iirc)(?![a-z])|たぶん|多分|おそらく|恐らく|確か|(?:だ|か)?と思います|と思う|かもしれません|かも|だったと思います|のはず(?:です)?|はず(?:です)?/gi;

/** The text with its hedge words left out, when it has one (short texts only), else null. */
export function servicePackGuessText(text: string): string | null {
  if (text.length > 80 || !/sp|service\s?pack/i.test(text)) return null;
  if (!HEDGE_EN.test(text) && !HEDGE_JA.test(text)) return null;
  return text.replace(HEDGE_STRIP, ' ').replace(/\s{2,}/g, ' ').trim();
}

/** May a guessed service pack fill the SQL release held (no service pack nor build held, and the answer stays careful)? */
export function servicePackGuessTaken(held: SqlVersion, guessed: SqlVersion): boolean {
  if (held.sp !== null || held.build !== null) return false;
  const now = sqlTlsStatus(guessed);
  if (now.kind === 'keep-tls10') return JSON.stringify(now) === JSON.stringify(sqlTlsStatus(held));
  return now.kind === 'install-update' || now.kind === 'upgrade-service-pack' || now.kind === 'check-build';
}
