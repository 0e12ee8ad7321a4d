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
  it('another symptom after it is not a plain report of the step', () => {
    expect(rendered(runIn('ja', [PJ, 'Medium-High にして再起動しました。今度は HDX が No SNMP response です。']))).not.toMatch(/実施済みとして記録しました/);
  });
  it.each(['Medium-Highにしてもいいですか', 'Medium-Highにして再起動すればいい？', 'Medium-Highにしてください'])('a question or a request reports nothing: %s', (msg) => {
    expect(rendered(runIn('ja', [PJ, msg]))).not.toMatch(/実施済みとして記録しました/);
  });
});

describe('M2: from High, "lowered to Medium-High, restarted IIS and services"', () => {
  const HIGH = 'TMS 15.9, Win 2019, SQL 2017 local. DX80s upgraded to CE 9.15 show No HTTPS response. Communication Security is already High.';
  const HIGH_JA = 'TMS 15.9、Windows 2019、SQL 2017同居。DX80をCE 9.15に上げたらNo HTTPS response。レベルはHighです';
  it.each(['lowered to Medium-High, restarted IIS and services', 'set Medium-High, restarted IIS and services'])('%s: noted as done, verify left, level recorded', (msg) => {
    const r = runIn('en', [HIGH, msg]);
    const out = rendered(r);
    expect(out).toMatch(/Noted as done: Communication Security is Medium-High/);
    expect(out).toMatch(/Left to do: Verify the fix/);
    expect(out).not.toMatch(/already at Medium-High and restarted/);
    expect(r.state.facts.level).toBe('medium-high');
    // What High added goes: said once, as the team's decision.
    expect(out.match(/validates the certificates/g)).toHaveLength(1);
    expect(out).toMatch(/security decision for your team/);
  });
  it('JA: 「Medium-Highに下げて、IISとサービスを再起動しました」', () => {
    const r = runIn('ja', [HIGH_JA, 'Medium-Highに下げて、IISとサービスを再起動しました']);
    const out = rendered(r);
    expect(out).toMatch(/実施済みとして記録しました/);
    expect(out).toMatch(/証明書を検証しますが、Medium-High では検証しません/);
    expect(out).toMatch(/セキュリティ上の決定/);
    expect(r.state.facts.level).toBe('medium-high');
  });
  it('from Medium the same report says nothing of certificates', () => {
    const out = rendered(runIn('en', ['TMS 15.9, Win 2019, SQL 2017 local. DX80s upgraded to CE 9.15 show No HTTPS response.', 'set Medium-High, restarted IIS and services']));
    expect(out).toMatch(/Noted as done/);
    expect(out).not.toMatch(/validates the certificates/);
  });
  it('a failure after it stays a failure report', () => {
    expect(rendered(runIn('en', [HIGH, 'lowered to Medium-High, restarted IIS and services, still failing']))).not.toMatch(/Noted as done/);
  });
});
