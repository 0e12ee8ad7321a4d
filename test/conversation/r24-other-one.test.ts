/**
 * QA round 21 F8: "what about the other one?" is answered with the other TMS server's verdict when one was named, and
 * never with the two-node card when no second node or server was said. "both nodes?", "node 2 too?", 「2台目も…？」 still
 * get that card.
 */
import { rendered, runIn } from './helpers';

const FULL_EN = 'TMS 15.9, CE 9.15, win 2016, sql 2016 remote';
const FULL_JA = 'TMS 15.9、CE9.15、Win2016、SQL2016リモート';

describe('"what about the other one?"', () => {
  it.each([
    ['en', ['TMS 15.9, CE 9.15', 'the other TMS is 14.6', 'what about the other one?']],
    ['en', [FULL_EN, 'btw the other TMS is 14.6', 'what about the other one?']],
    ['ja', [FULL_JA, 'いいえ、拠点BのTMSは14.6です', 'もう一方は？']],
  ] as const)('%s %j: the other server\'s verdict, not the two-node card', (lang, msgs) => {
    const out = rendered(runIn(lang, msgs));
    expect(out).toMatch(/TMS 14\.6[:：]/);
    expect(out).not.toMatch(/With two TMS nodes|2 ノード構成なら/);
  });

  it.each([
    ['en', [FULL_EN, 'what about the other one?']],
    ['ja', [FULL_JA, 'もう一方は？']],
  ] as const)('%s %j with no second server or node said: no two-node claim', (lang, msgs) => {
    expect(rendered(runIn(lang, msgs))).not.toMatch(/With two TMS nodes|2 ノード構成なら/);
  });

  it.each([
    ['en', 'both nodes?'],
    ['en', 'do i need to do it on node 2 too?'],
    ['en', 'what about the other node?'],
    ['ja', '2台目もやる必要ある？'],
    ['ja', 'もう一方のノードもやる必要ある？'],
  ] as const)('%s %j still gets the two-node answer', (lang, q) => {
    expect(rendered(runIn(lang, [lang === 'ja' ? FULL_JA : FULL_EN, q]))).toMatch(/With two TMS nodes|2 ノード構成なら/);
  });
});
