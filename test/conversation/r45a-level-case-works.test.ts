/**
 * R45A item 3: 「CE 8.0のエンドポイントはMedium-Highでも動きます」 stored endpointsFail true: the endpoint word
 * (エンドポイント, "endpoints") with no "fine" word right after it was read as the user's endpoints failing, and the
 * clause around it was cut at the release's own dot ("CE 8.|0 …"), so the level condition was not seen. A release said
 * to work under a level is a case asked about: it says nothing of the user's endpoints failing.
 */
import { endpointsFailIn } from '../../src/domain/knowledge/products';
import { runIn } from './helpers';

describe('a release said to work at a level is not endpoints failing', () => {
  it.each([
    ['ja', 'CE 8.0のエンドポイントはMedium-Highでも動きます'],
    ['ja', 'TC 7.3.3のコーデックはMedium-Highでも問題ありません'],
    ['en', 'CE 8.0 endpoints still work at Medium-High.'],
  ] as const)('%s %s', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.endpointsFail).not.toBe(true);
    expect(endpointsFailIn(msg)).toBeUndefined();
  });
  it('failures at a level, and failures beside the case, are still read', () => {
    expect(endpointsFailIn('CE 9.15のエンドポイントはMedium-Highでも動きません')).toBe(true);
    expect(endpointsFailIn('CE 9.15 endpoints still fail at Medium-High')).toBe(true);
    expect(endpointsFailIn('CE 9.15 endpoints fail, CE 8.0 endpoints work at Medium-High')).toBe(true);
    expect(runIn('en', ['TMS 15.9, CE 9.15 endpoints show No HTTPS response']).state.facts.endpointsFail).toBe(true);
  });
});
