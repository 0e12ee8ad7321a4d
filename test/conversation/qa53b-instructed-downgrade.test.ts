/**
 * QA53 #3: someone's instruction to take the endpoints to TC ("my manager says just downgrade the Room Kits to TC 7.3.3",
 * "manager wants them on TC 7.3.3 by tonight", 「上司から Room Kit を TC7.3.3 に戻せと言われています」) is a request, not the
 * endpoints' release: it was recorded (CE 9.10 → TC 7.3.3) and the answer became "This is not the TLS 1.0 problem".
 * knowledge.md ("TMS before 15"): hardware introduced with CE 9 (Room Kit family) cannot run TC; upgrading TMS is the way.
 * Answered as "should we downgrade the Room Kits to TC 7.3.3?" is; nothing recorded. Reports of a change done still record.
 */
import { classifyClause } from '../../src/domain/understand/clauses';
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';

const OPENER = 'TMS 14.6.2 on Windows 2012 R2, SQL 2014 SP2 local, Room Kits on CE 9.10 show No HTTPS response';
const OPENER_JA = 'TMS 14.6.2、Windows 2012 R2、SQL 2014 SP2 は TMS サーバ上、Room Kit（CE 9.10）で No HTTPS response が出ています';

describe('QA53 #3: an instruction to downgrade to TC is answered, not recorded', () => {
  it.each([
    'my manager says just downgrade the Room Kits to TC 7.3.3',
    'manager wants them on TC 7.3.3 by tonight',
    'my boss told us to roll back the Room Kits to TC 7.3.3',
    'my manager says we should go back to TC 7.3.3',
  ])('EN: %s', (m) => {
    const r = runIn('en', [OPENER, m]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.10');
    const out = rendered(r);
    expect(out).toMatch(/No: a Room Kit cannot run TC at all/);
    expect(out).toMatch(/upgrading TMS to 15\.x/);
    expect(out).not.toMatch(/This is not the TLS 1\.0 problem|Updated: CE 9\.10|Two values were given/);
  });

  it.each(['上司から Room Kit を TC7.3.3 に戻せと言われています', 'TC 7.3.3 に戻すよう上司に言われました', '上司からは TC7.3.3 にダウングレードしろとのことです'])('JA: %s', (m) => {
    const r = runIn('ja', [OPENER_JA, m]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.10');
    const out = rendered(r);
    expect(out).toMatch(/Room Kit はそもそも TC を動かせません/);
    expect(out).not.toMatch(/TLS 1\.0 の問題ではありません|更新：CE 9\.10/);
  });

  it('an SX80 (runs TC): the same card, the downgrade as a stopgap; the release is not taken', () => {
    const r = runIn('en', ['TMS 14.6.2 on Windows 2012 R2, SX80s on CE 9.8 show No HTTPS response', 'my manager says just downgrade the SX80s to TC 7.3.3']);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(rendered(r)).toMatch(/Downgrading the endpoints/);
  });

  it.each([
    ['my manager says just downgrade the Room Kits to TC 7.3.3', 'planned'],
    ['manager wants them on TC 7.3.3 by tonight', 'planned'],
    ['上司から Room Kit を TC7.3.3 に戻せと言われています', 'planned'],
    ['TC 7.3.3 に戻すよう上司に言われました', 'planned'],
  ])('classifyClause: %s → %s', (c, mode) => {
    expect(classifyClause(c)).toBe(mode);
  });

  it.each([
    ['we downgraded the SX20s to TC 7.3.3 yesterday', 'TC 7.3.3'],
    ['my colleague said he rolled back the SX20s to TC 7.3.3', 'TC 7.3.3'],
    ['he said that downgrade to TC 7.3.3 worked', 'TC 7.3.3'],
    ['TC 7.3.3 に戻しました', 'TC 7.3.3'],
    ['TC 7.3.3 に戻したと言われました', 'TC 7.3.3'],
    ['my manager says we are on TC 7.3.6', 'TC 7.3.6'],
    ['I was told to check the endpoints, they are on CE 9.8', 'CE 9.8'],
    ['the SX20s are on TC 7.3.3, manager wants them on CE 9.15', 'TC 7.3.3'],
    ['he told us to downgrade the SX20s to TC 7.3.3 and we did that yesterday', 'TC 7.3.3'],
    ['TC 7.3.3 に戻せと言われたので、戻しました', 'TC 7.3.3'],
  ])('reports still record: %s → %s', (t, want) => {
    expect(extractFacts(t).facts.endpoint?.raw).toBe(want);
  });

  it('an instruction carried out is not answered as the instruction', () => {
    const out = rendered(runIn('en', ['TMS 14.6.2, SX20s on CE 9.8 show No HTTPS response', 'he told us to downgrade the SX20s to TC 7.3.3, so we did']));
    expect(out).not.toMatch(/Downgrading the endpoints/);
  });

  it('a report of a level set still records it', () => {
    expect(extractFacts('he said we set Medium-High last week').facts.level).toBe('medium-high');
  });
});
