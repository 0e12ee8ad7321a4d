/**
 * FIX12A (REV7 #4): the named non-TLS cause of the SQL outage (sqlCause) was dropped by readClaims, so it lived only in the
 * turn that set it. It is kept on turn 3 and across a JSON round trip (the Slack store), and still goes with the outage.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { blocksText, runIn } from './helpers';

const PE = 'TMS 15.2.1, SQL 2008 R2 on the TMS server. SQL won\'t start';

function run(msgs: string[], roundTrip: boolean): { state: ConversationState; text: string } {
  let s: ConversationState | null = null;
  let text = '';
  for (const m of msgs) {
    const r = step(roundTrip && s ? (JSON.parse(JSON.stringify(s)) as ConversationState) : s, { kind: 'text', text: m });
    s = r.state;
    text = blocksText(r.replies);
  }
  return { state: s!, text };
}

describe('REV7 #4: the SQL outage cause is kept', () => {
  it.each([false, true])('en: turn 3 still leads with the disk (JSON round trip: %s)', (rt) => {
    const r = run([PE, 'it was the disk', 'CE 9.15'], rt);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    expect(r.state.facts.tlsClaims?.sqlCause).toBe('disk');
  });

  it('ja: turn 3 keeps the cause', () => {
    const r = runIn('ja', ['TMS 15.2.1、SQL 2008 R2 は TMS サーバ上です。SQLが起動しません', '原因はディスクでした', 'CE 9.15 です']);
    expect(r.state.facts.tlsClaims?.sqlCause).toBe('disk');
  });

  it('SQL back after a later turn: the cause goes with the outage (kept until then)', () => {
    const kept = run([PE, 'it was the disk', 'CE 9.15'], true);
    expect(kept.state.facts.tlsClaims?.sqlCause).toBe('disk');
    const back = run([PE, 'it was the disk', 'CE 9.15', 'SQL is back up'], true);
    expect(back.state.facts.tlsClaims?.sqlDown).toBe(false);
    expect(back.state.facts.tlsClaims?.sqlCause).toBeUndefined();
  });
});
