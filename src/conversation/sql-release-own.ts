/**
 * A SQL release question that also says where the user's own SQL Server runs (QA45 R1, W6): the place said (and the
 * release it is said of) is read as the user's fact before the 'sql-release-asked' answer, which then rests on it. Pure.
 */
import { CATALOGUE, type CatalogueEntry } from './catalogue';
import { ownSqlSaid } from './sql-release';
import { extractFacts } from '../domain/extract';
import type { catalogueQuestion } from './followup';

/** What catalogueQuestion (followup.ts) found. */
type Hit = NonNullable<ReturnType<typeof catalogueQuestion>>;

let entry: CatalogueEntry | undefined;
const sqlReleaseEntry = () => (entry ??= CATALOGUE.find((e) => e.id === 'sql-release-asked'));

/** The catalogue hit with the user's own SQL fact as the rest to read, when the message says one; else the hit as it was. */
export function withOwnSql(hit: Hit | null, text: string): Hit | null {
  if (hit && hit.entry.id !== 'sql-release-asked' && !hit.more?.some((e) => e.id === 'sql-release-asked')) return hit;
  const own = ownSqlSaid(text);
  if (!own) return hit;
  if (hit) return { ...hit, rest: hit.rest ? `${hit.rest}. ${own}` : own };
  // No question recognised: only a message read as asking about (or supposing) that SQL ("What about SQL 2012 - we have one
  // on the TMS server", "does it matter that SQL 2014 SP2 is on another box?"); a statement ("SQL Server 2012 SP1 is on the
  // TMS server itself") is read for facts as before.
  const ex = extractFacts(text.slice(0, 300));
  if (ex.facts.sql || !(ex.asked?.sql || ex.supposed?.sql)) return hit;
  const e = sqlReleaseEntry();
  return e ? { entry: e, rest: own } : null;
}
