/**
 * A SQL place said of the past (QA40 #5): 「以前は別VMのSQLでしたが今はTMSサーバー上です」, "SQL used to be on a separate box,
 * now it's on the TMS server". Where SQL ran before is not where it runs now: only the part said of now counts. Pure,
 * bounded, linear.
 */

/** Cheap test: a word that puts a place in the past. */
const PAST_GATE = /used\sto|previous|formerly|originally|以前|前は|元々|もともと|かつて|昔は/i;
/** The place said of the past: "used to be", "previously", 「以前は…でした」. */
const PAST = /(?<![a-z])(?:used\sto\s(?:be|run|live|sit)|(?:was|were)\s(?:previously|formerly|originally)|previously|formerly|originally)(?![a-z])|以前は|前は|元々|もともと|かつて|昔は/i;
/** Where "now" starts: "now", "currently", "today", 「今は」「現在は」. */
const NOW = /(?<![a-z])(?:now|currently|today|these\sdays)(?![a-z])|今は|いまは|現在は|現在|今では/i;

/**
 * The part of `clause` that says where SQL runs now: the clause itself when it says nothing of the past; the part after "now"
 * when it says both (「以前は別VMでしたが今はTMSサーバー上です」); '' when it speaks only of the past ("SQL used to be remote").
 */
export function sqlPlaceNow(clause: string): string {
  if (!PAST_GATE.test(clause)) return clause;
  const c = clause.slice(0, 400);
  const past = PAST.exec(c);
  if (!past) return clause;
  const rest = c.slice(past.index + past[0].length);
  const now = NOW.exec(rest);
  if (now) return rest.slice(now.index);
  // ("SQL is on the TMS server now; previously on a separate VM": the now before the past marker stands.)
  const head = c.slice(0, past.index);
  return NOW.test(head) ? head : '';
}
