/**
 * R46C item 2 (QA round 30 M7): success after a downgrade or a Force Refresh, and a Japanese "that is all, done", were
 * not read: "C40s are on TC7.3.3 now and working" re-diagnosed TC 7.3.3 as "not the TLS 1.0 problem", "the last 2 are
 * green too. done" and 「以上で完了です」 got "I could not find a version or a request".
 */
import { closingIn } from '../../src/conversation/intents';
import { rendered, runIn } from './helpers';

const MXP = ['MXP 1700s and a few C40s in our estate. C40s on TC7.3.7 show No HTTPS response since the upgrade. TMS 15.2.1', 'sql is 2012 SP3 CU2 on the same box, 11.0.6537.0. windows 2012'];
const PART_EN = ['TMS 15.8, Windows Server 2008 R2, SQL Server 2008 R2 on the same box. SX20 TC7.3.7 No HTTPS response', 'added the reg keys, set Medium-High, rebooted. 8 of 10 SX20s green, 2 still red'];
const PART_JA = ['TMS 15.8、Windows Server 2008 R2、SQL Server 2008 R2 が同居。SX20 (TC7.3.7) が No HTTPS response', 'レジストリ追加、Medium-High、再起動まで完了。SX20 10台中8台が緑、2台が赤のまま'];

describe('success and closing reports after a downgrade or a part', () => {
  it('a downgrade said done and working closes the case, the release is recorded', () => {
    const r = runIn('en', [...MXP, 'C40s are on TC7.3.3 now and working']);
    const text = rendered(r);
    expect(text).toMatch(/works now/);
    expect(text).not.toMatch(/not the TLS 1\.0 problem/);
    expect(r.state.facts.endpoint?.raw).toMatch(/7\.3\.3/);
  });
  it('the last ones green too: works', () => {
    expect(rendered(runIn('en', [...PART_EN, 'after a Force Refresh the last 2 are green too. done']))).toMatch(/works now/);
    expect(rendered(runIn('ja', [...PART_JA, 'Force Refreshしたら残りの2台も緑になりました。完了です']))).toMatch(/直ってよかった/);
  });
  it('「以上で完了です」: the case closed', () => {
    const text = rendered(runIn('ja', [...PART_JA, '以上で完了です']));
    expect(text).not.toMatch(/読み取れませんでした/);
    expect(closingIn('以上で完了です')).toBe('closed');
  });
  it('not a closing: still red, a question, a plan', () => {
    expect(closingIn('the last 2 are still red')).not.toBe('works');
    expect(closingIn('are the c40s on tc7.3.3 now and working?')).toBeNull();
    expect(closingIn('以上で完了ですか？')).toBeNull();
    expect(closingIn('以上で完了の予定です')).not.toBe('closed');
  });
});
