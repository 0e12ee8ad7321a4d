/**
 * A question about the user's own fleet keeps its release: "Are our CE 9.15 endpoints affected?" names the user's
 * endpoints (a possessive before a release and the systems it names), while "are CE 9.15 endpoints affected?" and
 * "does TC 7.3.6 accept TLS 1.2?" ask about a case and record nothing (QA round 11 #7).
 */
import { last, talk } from './helpers';

describe('a possessive before a release and its systems: the user\'s own, even in a question', () => {
  it.each<[string, string | undefined]>([
    ['Are our CE 9.15 endpoints affected? TMS is 15.2.1', 'CE 9.15'],
    ['is my TC7.3.6 codec the problem?', 'TC 7.3.6'],
    ['うちの CE 9.15 の端末は影響を受けますか？', 'CE 9.15'],
    ['弊社の CE 9.15 のエンドポイントも対象ですか？', 'CE 9.15'],
    ['are CE 9.15 endpoints affected?', undefined],
    ['does TC 7.3.6 accept TLS 1.2?', undefined],
    // r13: a possessive in a should/could question still names the user's own (without one it is a case).
    ['should we upgrade our CE 9.15 endpoints?', 'CE 9.15'],
    ['should we upgrade our CE 9.15 endpoints to CE 11?', 'CE 9.15'],
    ['should we upgrade the CE 9.15 endpoints we have?', 'CE 9.15'],
    ['should our CE 9.15 endpoints be upgraded?', 'CE 9.15'],
    ['うちの CE 9.15 の端末をアップグレードすべきですか？', 'CE 9.15'],
    ['うちの CE 9.15 の端末を CE 11 にアップグレードすべきですか？', 'CE 9.15'],
    ['should CE 9.15 endpoints be upgraded?', undefined],
    ['should we upgrade CE 9.15 endpoints?', undefined],
    ['CE 9.15 の端末をアップグレードすべきですか？', undefined],
    ['what if we upgrade our TC 7.3.3 codecs to TC 7.3.6?', undefined],
    ['もしうちの CE 9.15 の端末をアップグレードしたら直りますか？', undefined],
    ['TC 7.3.6 は TLS 1.2 を受け付けますか？', undefined],
  ])('%s → endpoint %s', (msg, want) => {
    expect(last(talk(msg)).state.facts.endpoint?.raw).toBe(want);
  });
});
