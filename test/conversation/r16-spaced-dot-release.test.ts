/**
 * R34B item 3: "ce 9 .15" (a space typed before the dot) was stored as CE 9 (9.x) without a question. It is read as
 * CE 9.15, in a first message and as the answer to the endpoint question (EN/JA); "CE 9. 15 codecs" stays apart.
 */
import { runIn } from './helpers';
import { extractFacts } from '../../src/domain/extract';

describe('a release typed with a space before its dot (R34B)', () => {
  it.each([
    ['en', ['TMS 15.2.1, endpoints on ce 9 .15']],
    ['en', ['No HTTPS response', 'ce 9 .15']],
    ['ja', ['TMS 15.2.1、エンドポイントは ce 9 .15 です']],
    ['ja', ['No HTTPS responseが出ます', 'ce 9 .15']],
  ] as const)('%s %j: stored as CE 9.15, not 9.x', (lang, msgs) => {
    const ep = runIn(lang, msgs).state.facts.endpoint;
    expect(ep?.family).toBe('CE');
    expect(ep?.semver).toBe('9.15.0');
    expect(ep?.raw).toMatch(/9\.15/);
  });

  it('TC and TMS the same way; a dot then a space before a count is not a release', () => {
    expect(extractFacts('tc 7 . 3.6').facts.endpoint?.semver).toBe('7.3.6');
    expect(extractFacts('TMS 15 .2.1 on Windows 2012 R2').facts.tms?.semver).toBe('15.2.1');
    expect(extractFacts('We run CE 9. 15 codecs fail').facts.endpoint?.semver).toBe('9.0.0');
    expect(extractFacts('CE 9.15 and 3 .5 hours later').facts.endpoint?.semver).toBe('9.15.0');
  });
});
