/**
 * QA round 22 M1, M2: a step of the fix reported done is noted as done, with verifying left, not read as "done and
 * still failing":
 * - M1: 「Medium-Highにして再起動しました」 (the te-form joined report) reads as 「Medium-Highにしました、再起動しました」 does;
 * - M2: from level High, "lowered to Medium-High, restarted IIS and services" is a step done too; since certificate
 *   validation (what High adds) is now off, that is said once, as the team's security decision.
 */
import { rendered, runIn } from './helpers';

const PJ = 'TMS 15.13、Codec Plus RoomOS 10.19でNo HTTPS response。2012 R2、SQL 2016同居';

describe('M1: 「Medium-Highにして再起動しました」', () => {
  it.each(['Medium-Highにして再起動しました', 'Medium-Highにしてサービスを再起動済みです'])('%s: noted as done, verify left', (msg) => {
    const r = runIn('ja', [PJ, msg]);
    const out = rendered(r);
    expect(out).toMatch(/実施済みとして記録しました/);
    expect(out).toMatch(/修正を確認する/);
    expect(out).not.toMatch(/TMS はすでに Medium-High で、再起動も済んでいます/);
    expect(r.state.facts.level).toBe('medium-high');
  });
  it('still failing after it stays a failure report', () => {
    expect(rendered(runIn('ja', [PJ, 'Medium-Highにして再起動しましたがまだ出ます']))).not.toMatch(/実施済みとして記録しました/);
  });
  it.each(['Medium-Highにしてもいいですか', 'Medium-Highにして再起動すればいい？', 'Medium-Highにしてください'])('a question or a request reports nothing: %s', (msg) => {
    expect(rendered(runIn('ja', [PJ, msg]))).not.toMatch(/実施済みとして記録しました/);
  });
});
