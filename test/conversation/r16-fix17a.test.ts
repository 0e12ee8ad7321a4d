/**
 * FIX17A (QA42 lower issues): "the keys were already there" is not "the keys are created"; "what do I need to do on the SQL
 * server?" with a remote SQL Server is answered for the SQL server, not with the whole TMS-side fix. EN and JA.
 */
import { runText } from './helpers';

const T8 = 'TMS 15.9 on Windows Server 2008 R2, local SQL 2008 R2 SP3. 12 CE 9.15 endpoints fail with No HTTPS response, level Medium.';
const T19 = 'TMS 15.9 on Windows Server 2019, local SQL 2017. 12 CE 9.15 endpoints fail with No HTTPS response, level Medium.';
const J8 = 'TMS 15.9、Windows Server 2008 R2、SQL 2008 R2 SP3 は TMS サーバ上。CE 9.15 の機器12台で No HTTPS response、レベルは Medium です。';
const REMOTE = 'TMS 15.2.1 on Windows Server 2019, remote SQL 2017. 12 CE 9.15 endpoints fail with No HTTPS response, level Medium.';
const REMOTE_JA = 'TMS 15.2.1、Windows Server 2019、SQLは別サーバーの2017です。CE 9.15 の機器12台で No HTTPS response、レベルは Medium です。';

describe('QA42 4b: "the keys were already there" is keys present, not keys created', () => {
  it('2008 R2: not noted as created, stored unchanged; the rest of the report is kept (EN)', () => {
    const { text, state } = runText('en', [T8, 'Done: Medium-High + reboot. The keys were already there. Still 3 failing']);
    expect(text).not.toMatch(/keys are created/);
    expect(text).toMatch(/keys were already there/);
    expect(state.facts.tlsClaims?.keysChanged).toBe(false);
    expect(state.facts.tlsClaims?.restarted).toBe(true);
    expect(state.facts.level).toBe('medium-high');
    // 2008 R2: the existing rule does not call it "no reboot" (diagnose keeps the registry step with a conditional reboot).
    expect(text).not.toMatch(/do not reboot|no reboot is needed/i);
  });

  it('2019: stored unchanged (EN)', () => {
    const { state } = runText('en', [T19, 'Done: Medium-High + reboot. The keys already existed. Still 3 failing']);
    expect(state.facts.tlsClaims?.keysChanged).toBe(false);
  });

  it('JA: 「キーは既にありました」 is not 「作成済み」', () => {
    const { text, state } = runText('ja', [J8, '対応完了しました。キーは既にありました。再起動もしました。まだ3台NGです']);
    expect(text).not.toMatch(/キーを作成済み/);
    expect(text).toMatch(/キーは既にあった/);
    expect(state.facts.tlsClaims?.keysChanged).toBe(false);
  });

  it('guard: "Done: keys, Medium-High, reboot" on 2008 R2 still records the keys as created', () => {
    const { text, state } = runText('en', [T8, 'Done: keys, Medium-High, reboot. Still 3 failing']);
    expect(text).toMatch(/keys are created/);
    expect(state.facts.tlsClaims?.keysChanged).toBe(true);
  });
});

describe('QA42 4c: "what do I need to do on the SQL server?" with a remote SQL Server', () => {
  it.each([
    ['en', REMOTE, 'what do I need to do on the SQL server?', /Not for this fix/],
    ['en', REMOTE, 'What should we change on the database server for this fix?', /Not for this fix/],
    ['ja', REMOTE_JA, 'SQLサーバーでは何をすればいいですか？', /この修正のためには不要です/],
  ] as const)('%s: %s / %s: nothing to change there, not the TMS-side steps', (lang, setup, q, want) => {
    const { text } = runText(lang, [setup, q]);
    expect(text).toMatch(want);
    expect(text).not.toMatch(/Medium-High in TMS Tools|Medium-High にする/);
  });

  it('guard: "what do I need to do on the TMS server?" still gets the fix', () => {
    const { text } = runText('en', [REMOTE, 'what do I need to do on the TMS server?']);
    expect(text).toMatch(/Medium-High/);
  });
});
