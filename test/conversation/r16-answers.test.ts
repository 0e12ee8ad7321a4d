/**
 * QA round 16 (helper C): questions the bot cannot settle itself get a useful answer, and what the user
 * said was done stays consistent in the full answer.
 * #1 "is KB4019276 installed?" asks how to check (not answered with the next missing question only);
 * #2 after "I fixed the keys" the registry step is done and the reboot applies (knowledge.md Fix step 4);
 * #3 "High CPU on the TMS server, related?": not a sign of this problem as far as the facts go.
 */
import { last, rendered, runIn, talk } from './helpers';

const P = 'TMS 15.2, endpoints on CE 9.15 show No HTTPS response';
const FULL = 'TMS 15.2, endpoints on CE 9.15, no https response, SQL 2016 local, Windows 2012 R2, Medium';
const PJ = 'TMS 15.2、CE 9.15 のエンドポイントが No HTTPS response です';

describe('#1 is KB4019276 installed? says how to check and when it matters', () => {
  it.each(['is KB4019276 installed?', 'do we have KB4019276?', 'how do I check whether KB4019276 is installed?', 'Has KB4019276 been applied?'])('%s', (q) => {
    const out = rendered(last(talk(P, q)));
    expect(out).toMatch(/Get-HotFix -Id KB4019276/);
    expect(out).toMatch(/wmic qfe/);
    expect(out).toMatch(/2008 \(not R2\) SP2/);
    expect(out).not.toMatch(/I don't know that one/);
  });
  it.each(['KB4019276は入っていますか？', 'KB4019276 は適用済みですか？', 'KB4019276 が入っているか確認する方法は？'])('JA %s: a question, not "installed"', (q) => {
    const out = rendered(runIn('ja', [PJ, q]));
    expect(out).toMatch(/Get-HotFix -Id KB4019276/);
    expect(out).not.toMatch(/よかったです/);
  });
  it('with Windows 2012 R2 known: not needed there', () => {
    const out = rendered(last(talk(`${P}, Windows Server 2012 R2`, 'is KB4019276 installed?')));
    expect(out).toMatch(/Windows Server 2012 R2, which does not need it/);
  });
  it('with Windows Server 2008 SP2 known: it matters', () => {
    const out = rendered(last(talk(`${P}, Windows Server 2008 SP2`, 'do we have KB4019276?')));
    expect(out).toMatch(/It matters on Windows Server 2008/);
  });
  it.each([
    ['KB4019276 is installed', /Good: with KB4019276 in place/],
    ["we don't have KB4019276", /Then install Microsoft's KB4019276 first/],
  ])('statements keep their answers: %s', (msg, re) => {
    expect(rendered(last(talk(P, msg)))).toMatch(re);
  });
  it('JA statement 「KB4019276 は入っています」 keeps its answer', () => {
    expect(rendered(runIn('ja', [PJ, 'KB4019276 は入っています']))).toMatch(/よかったです/);
  });
});

describe('#2 keys said changed: the registry step is done and a reboot is needed', () => {
  it('EN: no "a check" for the registry step, a reboot said needed', () => {
    const out = rendered(last(talk(FULL, 'I fixed the keys, do I need to reboot?')));
    expect(out).toMatch(/TLS 1\.2 keys changed, you say/);
    expect(out).toMatch(/done, you say/);
    expect(out).not.toMatch(/the registry step below is a check, not a change/);
    expect(out).not.toMatch(/this step is a check/);
    expect(out).not.toMatch(/no reboot is needed for this step/);
    expect(out).toMatch(/Because the keys changed, a reboot is needed/);
  });
  it('JA: 変更済み, 再起動が必要', () => {
    const out = rendered(runIn('ja', ['TMS 15.2、エンドポイントは CE 9.15、No HTTPS response、SQL 2016 ローカル、Windows 2012 R2、Medium', 'キーを修正しました。再起動は必要ですか？']));
    expect(out).toMatch(/キーを変更したので、再起動が必要です/);
    expect(out).not.toMatch(/変更ではなく確認です/);
  });
  it('keys said already enabled (not changed): still a check', () => {
    const out = rendered(last(talk(FULL, 'TLS 1.2 is already enabled in the registry')));
    expect(out).toMatch(/the registry step below is a check, not a change/);
    expect(out).not.toMatch(/keys changed, you say/);
  });
  it('keys changed and rebooted: the reboot is not announced as still to do', () => {
    const out = rendered(last(talk(FULL.replace('Medium', 'Medium-High'), 'I fixed the TLS 1.2 keys and rebooted, still failing')));
    expect(out).not.toMatch(/Because the keys changed, a reboot is needed/);
  });
});

describe('#3 a server-health symptom asked as maybe related', () => {
  it.each([
    'High CPU on the TMS server, related?',
    'disk full on the TMS server, is that related?',
    'SQL is slow, could that be related?',
    'is the high CPU related to this?',
    'could this be related to the disk being full?',
  ])('%s: not a sign of this problem, the diagnosis goes on', (q) => {
    const r = last(talk(P, q));
    const out = rendered(r);
    expect(out).toMatch(/not a sign of this problem as far as the facts I have go/);
    expect(out).not.toMatch(/I don't know that one/);
    expect(r.state.pending).toBeTruthy();
  });
  it.each(['CPU使用率が高い、関係ある？', 'ディスクがいっぱいですが、関係ありますか？', 'SQLが遅いのはこの問題が原因ですか？'])('JA %s', (q) => {
    const out = rendered(runIn('ja', [PJ, q]));
    expect(out).toMatch(/この問題の兆候ではありません/);
  });
  it.each(['SQL stopped after the change, is that related?', 'is a reboot related to this?', 'Is the CPU fan noisy?'])('not this entry: %s', (q) => {
    expect(rendered(last(talk(P, q)))).not.toMatch(/not a sign of this problem as far as the facts I have go/);
  });
});
