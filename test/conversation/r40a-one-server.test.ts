/**
 * Round 40 (helper R40A), item 2: 「TMS 15.9、1台だけ(15.12)」 — the TMS servers run 15.9, one of them 15.12. The bot
 * keeps 15.9 as the TMS, the 15.12 server as another one (answered apart), and does not read 「1台だけ」 as "only one
 * system fails".
 */
import { runIn } from './helpers';

describe('most TMS servers on one release, one server on another', () => {
  it.each<['en' | 'ja', string]>([
    ['ja', 'TMS 15.9、1台だけ(15.12)'],
    ['ja', 'TMS 15.9、1台だけ15.12'],
    ['ja', 'TMS 15.9（1台のみ15.12）'],
    ['en', 'TMS 15.9, one of them 15.12'],
    ['en', 'TMS 15.9 except one on 15.12'],
    ['en', 'TMS 15.9, only one server is on 15.12'],
  ])('%s %j: TMS 15.9, another server on 15.12, no failure scope', (lang, msg) => {
    const { facts } = runIn(lang, [msg]).state;
    expect(facts.tms?.raw).toBe('15.9');
    expect(facts.otherTms?.map((v) => v.raw)).toEqual(['15.12']);
    expect(facts.scope).toBeUndefined();
  });

  it('a count of failing systems is still a scope, and no other server is made up', () => {
    const ja = runIn('ja', ['TMS 15.9、CE 9.15、1台だけNo HTTPS response']).state.facts;
    expect(ja.scope).toBe('some');
    expect(ja.otherTms).toBeUndefined();
    const en = runIn('en', ['TMS 15.9, CE 9.15, only one codec fails']).state.facts;
    expect(en.scope).toBe('some');
    expect(en.otherTms).toBeUndefined();
    // (An endpoint release is no TMS server.)
    expect(runIn('en', ['TMS 15.9, codecs on RoomOS 11, one of them 11.5']).state.facts.otherTms).toBeUndefined();
  });
});
