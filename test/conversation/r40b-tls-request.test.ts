/**
 * R40B #3: a request ("please enable TLS 1.0", 「TLS 1.0を有効にしてください」) is not a report of the protocol's state:
 * nothing is recorded; reports ("we disabled TLS 1.0", 「TLS 1.0を無効にしました」) still are.
 */
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { say } from './helpers';

describe('R40B: TLS requests are not states', () => {
  it.each(['TLS 1.0を有効にしてください', 'TLS 1.0を無効にしてください。', 'TLS 1.0を無効にしてほしい', 'TLS 1.0を有効にしていただけますか', 'please disable TLS 1.0', 'please enable TLS 1.0', 'pls turn TLS 1.0 off', 'Please make sure TLS 1.0 is enabled'])(
    '%s: no TLS 1.0 state',
    (msg) => {
      expect(readTlsClaims(msg).tls10).toBeUndefined();
    },
  );

  it.each([
    ['TLS 1.0を無効にしました', 'off'],
    ['we disabled TLS 1.0', 'off'],
    ['TLS 1.0 is enabled, please advise', 'on'],
  ])('%s: still a report (%s)', (msg, state) => {
    expect(readTlsClaims(msg).tls10).toBe(state);
  });

  it('"please disable TLS 1.0" gets the TLS 1.0 answer, nothing stored', () => {
    const { text, state } = say([], 'please disable TLS 1.0');
    expect(state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(text).toMatch(/separate hardening change/);
  });
});
