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
  it.each([
    'Medium-High not yet tested with the HDX',
    "We haven't tested Medium-High with our Polycom units yet but it is set",
    "haven't tested Medium-High against the MXPs yet",
    'Medium-High not yet tested on the SX80s',
    'Medium-High is set, not yet tested with the endpoints',
  ])('%s: level Medium-High', (msg) => {
    expect(stateAfter([T, msg]).facts.level).toBe('medium-high');
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
