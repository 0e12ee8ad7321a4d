/**
 * FIX10A 4: after a partial success that counted the systems left ("5 are green, 3 still red"), "Great, 3 more are back" is read
 * as "Refreshed. 3 more are green" is: every system left is back (closed as working); "Great, 2 more are back" keeps the case
 * open with 1 left; "ok, 5 more are back" asks which count is right. An acknowledgment or thanks first changes nothing.
 */
import { runIn, rendered } from './helpers';

const OPEN = 'TMS 15.2.1 on Windows 2012 R2, No HTTPS response after CE 9.15 upgrade';
const SETUP = [OPEN, 'I set Medium-High and rebooted', '5 are green, 3 still red'];
const after = (msg: string) => runIn('en', [...SETUP, msg]);

describe('a count back, opened by an acknowledgment', () => {
  it.each(['Great, 3 more are back', 'thanks, 3 more are back', 'ok, 3 more are green'])('%s closes as "Refreshed. 3 more are green" does', (msg) => {
    expect(rendered(after(msg))).toBe(rendered(after('Refreshed. 3 more are green')));
  });

  it.each(['Great, 2 more are back', 'ok, 2 more are green'])('%s: 1 left, the case stays open', (msg) => {
    const r = after(msg);
    expect(r.state.facts.tlsClaims?.stillFailing).toBe(1);
    expect(rendered(r)).toBe(rendered(after('Refreshed. 2 more are green')));
  });

  it('Great, 5 more are back: more than were left, which count is right is asked', () => {
    const r = after('Great, 5 more are back');
    expect(r.state.askedAllBack).toBe(true);
    expect(r.state.facts.tlsClaims?.stillFailing).toBe(3);
  });

  it('a bare acknowledgment stays one', () => {
    expect(after('Great, thanks').state.facts.tlsClaims?.stillFailing).toBe(3);
  });
});
