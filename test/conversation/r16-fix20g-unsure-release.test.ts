/**
 * FIX20G F19 (QA49): "I think the SX20s are still on CE 8.0.1, not sure", 「SX20 は CE 8.0.1 だったかも」: a guessed release that
 * decides "not this problem" is said to decide it, with how to check it. Thread flags as in the Slack adapter.
 */
import type { IncomingMessage } from '../../src/conversation/types';
import { releaseHedged } from '../../src/domain/understand/release-hedge';
import { last, rendered, talk } from './helpers';

const root = (t: string): IncomingMessage => ({ kind: 'text', text: t, keepLang: true });
const line = (t: string): IncomingMessage => ({ kind: 'text', text: t, keepLang: true, unaddressed: true });
const thread = (first: string, ...rest: string[]) => talk(root(first), ...rest.map(line));

describe('F19: an unsure endpoint release that decides "not this problem"', () => {
  const EN19 = 'TMS 15.13 shows No HTTPS response for our SX20s, Windows 2019, SQL 2016 remote';
  const JA19 = 'TMS 15.13 で SX20 が No HTTPS response になっています。Windows 2019、SQL 2016 は別サーバ';
  it.each([
    ['en', EN19, 'I think the SX20s are still on CE 8.0.1, not sure', /You are not sure the endpoints run CE 8\.0\.1, and the answer below depends on it.*TC 7\.3\.6, CE 8\.1 or later, it is.*Systems > Navigator.*xStatus SystemUnit Software Version/s],
    ['en', EN19, 'maybe CE 8.0.1 on the SX20s', /You are not sure the endpoints run CE 8\.0\.1/],
    ['ja', JA19, 'SX20 は CE 8.0.1 だったかも', /エンドポイントが CE 8\.0\.1 かどうかは確かではない.*TC 7\.3\.6、CE 8\.1 以降であれば TLS 1\.0 の問題です.*\[Navigator\].*xStatus SystemUnit Software Version/s],
  ] as const)('%s %j', (_lang, first, msg, note) => {
    const out = rendered(last(thread(first, msg)));
    expect(out).toMatch(note);
  });
  it.each([
    ['en', EN19, 'the SX20s are on CE 8.0.1'],
    ['en', EN19, 'the SX20s are on CE 9.15.3, I think'],
    ['ja', JA19, 'SX20 は CE 8.0.1 です'],
  ] as const)('%s %j: no such note', (_lang, first, msg) => {
    expect(rendered(last(thread(first, msg)))).not.toMatch(/You are not sure the endpoints|かどうかは確かではない/);
  });
  it.each([
    ['I think the SX20s are still on CE 8.0.1, not sure', '8.0.1', true],
    ['SX20 は CE 8.0.1 だったかも', '8.0.1', true],
    ['SQL 2016 I think, SX20s on CE 8.0.1', '8.0.1', false],
    ['SX20s on CE 8.0.1. not sure about SQL 2016', '8.0.1', false],
  ] as const)('releaseHedged(%j)', (m, d, want) => expect(releaseHedged(m, d)).toBe(want));
});
