/** QA round 21 C1: "will do it tonight?" asks; it is not acknowledged as the user's plan ("All right…"). */
import { rendered, runIn } from './helpers';

const P = 'TMS 15.9, CE 9.15, win 2016, sql 2016 remote';

describe('a plan asked, not said', () => {
  it('"will do it tonight?" is not "All right"', () => {
    expect(rendered(runIn('en', [P, 'will do it tonight?']))).not.toMatch(/^All right\./m);
  });
  it('"will do it tonight" still is', () => {
    expect(rendered(runIn('en', [P, 'will do it tonight']))).toMatch(/^All right\./m);
  });
});
