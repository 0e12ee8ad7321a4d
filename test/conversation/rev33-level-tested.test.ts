/**
 * REV33 #4: "Medium-High not yet tested with the HDX", "We haven't tested Medium-High with our Polycom units yet but it is set": the
 * level is set; what is not done is a test. Not "level Medium" (the answer then asked them to raise a level already raised).
 * "Medium-High not tried yet", "haven't tried Medium-High yet" still say the change was not made.
 * REV33 #5: with the SQL question open, "Medium-High not tried yet on node 2", "nothing tested so far on node 2" give no SQL place:
 * the node is the level's or the test's, not where SQL runs. A bare place answer ("on node 2", "same box") still is one.
 */
import { runIn, stateAfter } from './helpers';

const T = 'TMS 15.2, SX80 on CE 9.15 shows No HTTPS response';
const P = 'TMS 15.2, SX80 on CE 9.15 shows No HTTPS response, Windows Server 2012 R2, level Medium';

describe('REV33 #4: a test of Medium-High not done is no level Medium', () => {
  // The level said set beside the test not done: Medium-High.
  it.each([
    "We haven't tested Medium-High with our Polycom units yet but it is set",
    'Medium-High is set, not yet tested with the endpoints',
  ])('%s: level Medium-High', (msg) => {
    expect(stateAfter([T, msg]).facts.level).toBe('medium-high');
  });

  // REV34 #1: these were expected to read Medium-High (REV33 #4), but nothing in them says the level is set (one even says it will be
  // set tomorrow): a test not done records no level at all, neither Medium nor Medium-High.
  it.each([
    'Medium-High not yet tested with the HDX',
    "haven't tested Medium-High against the MXPs yet",
    'Medium-High not yet tested on the SX80s',
    'not yet tested Medium-High with the HDX, we will set it tomorrow',
    'We have not tested Medium-High in production yet',
    "we haven't tried Medium-High on the endpoints",
  ])('%s: no level recorded (REV34 #1)', (msg) => {
    expect(stateAfter([T, msg]).facts.level).toBeUndefined();
  });

  // REV34 #1: an earlier level is kept, not overwritten by the bare name in the untested sentence.
  it.each<[string, string]>([
    ['Communication Security is Medium', 'We have not tested Medium-High in production yet'],
    ['Communication Security is Medium', 'not yet tested Medium-High with the HDX, we will set it tomorrow'],
    ['Communication Security is Medium', 'Medium-High はまだ HDX で試していません'],
    ['Communication Security is Medium-High', 'We have not tested Medium-High in production yet'],
  ])('after "%s", "%s" keeps the earlier level (REV34 #1)', (before, msg) => {
    const level = stateAfter([before]).facts.level;
    expect(level).toBeDefined();
    expect(stateAfter([before, msg]).facts.level).toBe(level);
  });

  it.each([
    'We have not tested Medium-High with the HDX yet and it is not set',
    'Medium-High はまだ HDX で試していません',
  ])('%s: not read as level Medium', (msg) => {
    expect(stateAfter([T, msg]).facts.level).not.toBe('medium');
  });

  it.each(['Medium-High not tried yet', "haven't tried Medium-High yet", 'Medium-High not yet tried', "we haven't tested Medium-High yet", 'Medium-High: not yet', 'Medium-High はまだ試していません'])(
    '%s: still not raised (level Medium)',
    (msg) => {
      expect(stateAfter([T, msg]).facts.level).toBe('medium');
    },
  );
});

describe('REV33 #5: another topic\'s node is not where SQL runs', () => {
  it.each(['Medium-High not tried yet on node 2', 'Medium-High not tested so far on node 2', 'nothing tested so far on node 2', 'Windows 2012 R2 upgrade to 2019 planned, already done on node 1', 'Medium-High は 2号機ではまだ試していません'])(
    '%s: no SQL place, no "You said SQL Server runs on the TMS server"',
    (msg) => {
      const r = runIn('en', [P, msg]);
      expect(r.state.facts.sqlLocation).toBeUndefined();
      expect(r.state.facts.sqlOnNode).toBeUndefined();
    },
  );

  it.each<[string, string]>([
    ['on node 2', 'local'],
    ['same box', 'local'],
    ["it's on the TMS server", 'local'],
    ['remote', 'remote'],
    ['SQL is on node 2', 'local'],
  ])('a bare place answer still answers: %s', (msg, where) => {
    expect(stateAfter([P, msg]).facts.sqlLocation).toBe(where);
  });

  it('JA: 「TMS サーバ上です」 still answers the SQL place', () => {
    expect(runIn('ja', [P, 'TMS サーバ上です']).state.facts.sqlLocation).toBe('local');
  });
});

/**
 * REV34 #6: REV33 #5 skipped any message with another topic's word; a place said in a clause of its own still answers where SQL runs,
 * and a place said with the other topic (a plan's target, a test's node) is left out of it.
 */
describe('REV34 #6: a place said on its own answers the SQL question beside another topic', () => {
  const Q = 'TMS 15.2, endpoints on CE 9.15, No HTTPS response, Windows 2008 R2, SQL 2008 R2';
  it.each<['en' | 'ja', string, string]>([
    ['en', 'on the TMS server, nothing else planned', 'local'],
    ['en', 'same box as TMS, the upgrade is done', 'local'],
    ['en', 'separate server, the upgrade is done', 'remote'],
    ['en', "it's on the TMS box; we plan to move it to a separate server later", 'local'],
    ['en', 'local, but we will migrate it to a dedicated server next year', 'local'],
    ['ja', 'TMS サーバ上です。アップグレードは完了しました', 'local'],
    ['ja', '別サーバです、移行は予定していません', 'remote'],
    ['ja', 'TMS サーバ上です。別サーバへの移行を予定しています', 'local'],
  ])('%s: %s -> %s', (lang, msg, where) => {
    expect(runIn(lang, [Q, 'Medium', msg]).state.facts.sqlLocation).toBe(where);
  });

  it.each(['Medium-High not tried yet on node 2', 'Medium-High は ２号機ではまだ試していません'])('%s: still no SQL place', (msg) => {
    const r = runIn('en', [Q, 'Medium', msg]);
    expect(r.state.facts.sqlLocation).toBeUndefined();
    expect(r.state.facts.sqlOnNode).toBeUndefined();
  });
});
