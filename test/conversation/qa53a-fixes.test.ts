/**
 * QA53 (qa-report-53.md) #1, #4, #5, #6, #10, #11, #12, #19: answers that were wrong or led with the wrong thing.
 * Facts per /work/shared/knowledge.md (Cause 1+2, Fix 4 and 6, TMS before 15, the SQL caveats, Telnet and SNMP).
 */
import { last, rendered, runIn, talk } from './helpers';

const OPEN_EN = 'TMS 15.9 on Windows 2016, SQL 2016 remote, SX80s on CE 9.8 show No HTTPS response, level Medium';
const OPEN_JA = 'TMS 15.9、Windows 2016、SQL 2016 は別サーバ、SX80 (CE 9.8) で No HTTPS response、レベルは Medium';
const DONE_EN = 'done: keys were already there, set Medium-High, iisreset and restarted the TMS services. All SX80s are green now.';
const DONE_JA = '完了しました。キーはすでにありました。Medium-High に変更し、iisreset と TMS のサービスを再起動しました。SX80 はすべて緑になりました。';

describe('QA53 #1: the summary after a Medium → Medium-High fix names the usual cause and the change made', () => {
  it.each([
    ['summary please'],
    ['status?'],
    ['can you summarize what we changed for the ticket?'],
  ])('EN %s', (ask) => {
    const out = rendered(last(talk(OPEN_EN, DONE_EN, ask)));
    expect(out).not.toMatch(/ruled out/);
    expect(out).toMatch(/TMS 15\.9 at Communication Security Medium \(raised to Medium-High since\) offers only TLS 1\.0/);
    expect(out).toMatch(/Done \(as you said\): Communication Security raised from Medium to Medium-High/);
    expect(out).toMatch(/Status: fixed/);
  });
  it('EN, rebooted instead of restarts', () => {
    const out = rendered(last(talk(OPEN_EN, 'Done: set Medium-High and rebooted the server. SX80s are green now.', 'summary please')));
    expect(out).not.toMatch(/ruled out/);
    expect(out).toMatch(/raised from Medium to Medium-High/);
  });
  it('JA', () => {
    const out = rendered(runIn('ja', [OPEN_JA, DONE_JA, '変更内容をまとめてください']));
    expect(out).not.toMatch(/当てはまりませんでした/);
    expect(out).toMatch(/Medium の（その後 Medium-High に変更）TMS 15\.9 は TLS 1\.0 しか提示しない/);
    expect(out).toMatch(/Medium から Medium-High に変更/);
  });
  it('a level already Medium-High before the incident still reads as ruled out', () => {
    const out = rendered(last(talk('TMS 15.9 on Windows 2016, SQL 2016 remote, SX80s on CE 9.8 show No HTTPS response, level Medium-High', 'rebooted the server, all SX80s are green now', 'summary please')));
    expect(out).toMatch(/ruled out/);
  });
  it('the change record is the change made (EN/JA)', () => {
    const en = rendered(last(talk(OPEN_EN, DONE_EN, 'write a change record for this')));
    expect(en).not.toMatch(/no change to request yet/);
    expect(en).toMatch(/set Communication Security from Medium to Medium-High/);
    expect(en).toMatch(/Telnet and SNMP went off with Medium-High/);
    expect(en).toMatch(/set Communication Security back to Medium;/);
    expect(en).toMatch(/Status: fixed/);
    const ja = rendered(runIn('ja', [OPEN_JA, DONE_JA, '変更記録を書いて']));
    expect(ja).not.toMatch(/まだ申請する変更はありません/);
    expect(ja).toMatch(/\[Communication Security\] を Medium から Medium-High に変更/);
  });
});

describe('QA53 #12: "what did we change?" is the summary', () => {
  it.each(['what did we change?', 'remind me what we changed', 'tell me what we changed so far please'])('EN %s', (ask) => {
    const r = last(talk(OPEN_EN, DONE_EN, ask));
    expect(rendered(r)).toMatch(/Summary for a report/);
  });
  it.each(['何を変更したかまとめて', '変更内容をまとめて', 'やったことを一覧にして'])('JA %s', (ask) => {
    expect(rendered(runIn('ja', [OPEN_JA, DONE_JA, ask]))).toMatch(/報告用のまとめ/);
  });
  it.each(['what did they change?', 'what did we change to make it fail?'])('not: %s', (ask) => {
    expect(rendered(last(talk(OPEN_EN, ask)))).not.toMatch(/Summary for a report/);
  });
  it.each(['相手が何を変更したか教えてもらえません', '作業内容をまとめておきます'])('not JA: %s', (ask) => {
    expect(rendered(runIn('ja', [OPEN_JA, ask]))).not.toMatch(/報告用のまとめ/);
  });
});

describe('QA53 #4: Medium-High set, no restart said, still failing: the restart leads, the registry second', () => {
  it.each(['changed it to Medium-High 5 minutes ago, nothing else. still red', 'set Medium-High in TMS Tools, still No HTTPS response', 'I set Medium-High but it still fails'])('EN %s', (msg) => {
    const r = last(talk(OPEN_EN, msg));
    const out = rendered(r);
    expect(out).not.toMatch(/security level is not what blocks it/);
    const restart = out.indexOf('First the restart');
    const keys = out.indexOf('the Windows side is next');
    expect(restart).toBeGreaterThanOrEqual(0);
    expect(keys).toBeGreaterThan(restart);
    expect(out).toMatch(/until then TMS keeps offering TLS 1\.0/);
    expect(out).toMatch(/iisreset/);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
  });
  it('JA', () => {
    const out = rendered(runIn('ja', ['TMS 15.9、Windows 2019、SQL 2017 は別サーバ、Room Kit (CE 9.12) で No HTTPS response、レベルは Medium', 'Medium-High に変更しましたが、まだ No HTTPS response のままです']));
    expect(out).toMatch(/まず再起動です/);
    expect(out).toMatch(/それまで TMS は TLS 1\.0 を提示し続ける/);
    expect(out.indexOf('まず再起動です')).toBeLessThan(out.indexOf('次に Windows 側を確認します'));
  });
  it.each([
    'set Medium-High and restarted the services, still red',
    'my colleague set Medium-High, still red',
    'the level was Medium-High already, still red',
    'set Medium-High on node 1, still red',
  ])('not: %s', (msg) => {
    expect(rendered(last(talk(OPEN_EN, msg)))).not.toMatch(/First the restart/);
  });
  it('not on Windows 2008 R2, where the keys must be created', () => {
    const out = rendered(last(talk('TMS 15.9 on Windows 2008 R2, SQL 2016 remote, SX80s on CE 9.8 show No HTTPS response, level Medium', 'set Medium-High, still red')));
    expect(out).not.toMatch(/First the restart/);
  });
  it('"done, still failing" with no restart said asks for the restart first (EN/JA)', () => {
    const en = rendered(last(talk(OPEN_EN, 'done, still failing')));
    expect(en).toMatch(/You do not say that the server, or IIS and the TMS services, were restarted/);
    expect(en).not.toMatch(/If TLS 1\.2 is offered and it still fails/);
    const ja = rendered(runIn('ja', [OPEN_JA, '完了しましたが、まだ失敗しています']));
    expect(ja).toMatch(/再起動したとは伺っていません/);
    // Restarted said: the checks as before.
    expect(rendered(last(talk(OPEN_EN, 'done, rebooted, still failing')))).toMatch(/If TLS 1\.2 is offered and it still fails/);
  });
});

describe('QA53 #5: TMS before 15, "what if we just set Medium-High?" leads with "not on this release"', () => {
  const OPEN = 'TMS 14.6.2, SX20 on TC7.3.6 shows No HTTPS response';
  it.each(['what if we just set Medium-High?', 'why not just Medium-High?', "why can't we just use Medium-High?"])('EN %s', (q) => {
    const out = rendered(last(talk(OPEN, q)));
    const not = out.indexOf('Not on TMS 14.6.2');
    expect(not).toBeGreaterThanOrEqual(0);
    expect(not).toBeLessThan(out.indexOf('Set Communication Security to Medium-High in TMS Tools'));
  });
  it('JA なぜ Medium-High にしないのですか？', () => {
    expect(rendered(runIn('ja', ['TMS 14.6.2 で SX20 (TC7.3.6) が No HTTPS response です', 'なぜ Medium-High にしないのですか？']))).toMatch(/^TMS 14\.6\.2 ではできません/m);
  });
  it('TMS 15: no such lead', () => {
    expect(rendered(last(talk('TMS 15.9, SX20 on TC7.3.6 shows No HTTPS response', 'what if we just set Medium-High?')))).not.toMatch(/Not on TMS/);
  });
});

describe('QA53 #6: TMS before 15, the .NET values are not a way out', () => {
  const OPEN = 'TMS 14.6.2 on Windows 2012 R2, SQL 2014 SP2 local, SX80 on TC 7.3.6 show No HTTPS response';
  it.each(['what if we install .NET strong crypto keys on TMS 14?', 'would SchUseStrongCrypto fix it?'])('EN %s', (q) => {
    const out = rendered(last(talk(OPEN, q)));
    expect(out).toMatch(/Not on TMS 14\.6\.2: my sources give no setting that changes this before 15/);
    expect(out).toMatch(/upgrading TMS to 15\.x/);
    expect(out).not.toMatch(/Medium-High is what fixes/);
  });
  it('JA', () => {
    const out = rendered(runIn('ja', ['TMS 14.6.2、Windows 2012 R2、SQL 2014 SP2 同居、SX80 (TC 7.3.6) で No HTTPS response', 'SchUseStrongCrypto を設定すれば直りますか？']));
    expect(out).toMatch(/TMS 14\.6\.2 ではできません/);
    expect(out).not.toMatch(/「No HTTPS response」を解決するのは Medium-High ですが/);
  });
  it('TMS 15: the values as before', () => {
    expect(rendered(last(talk('TMS 15.9 on Windows 2016, SQL 2016 remote, SX80 on CE 9.8 show No HTTPS response, level Medium', 'would SchUseStrongCrypto fix it?')))).toMatch(/Medium-High is what fixes/);
  });
});

describe('QA53 #10: "is a reboot needed for SQL?" is answered for SQL', () => {
  it('local SQL 2014 SP1 below its TLS 1.2 build: the update is a SQL change with its own window (EN)', () => {
    const out = rendered(last(talk('TMS 15.9 on Windows 2012 R2, SQL 2014 SP1 local, build 12.0.4100, SX80s on CE 9.8 show No HTTPS response, level Medium', 'is a reboot needed for SQL?')));
    expect(out).toMatch(/For SQL itself: SQL Server 2014 SP1 \(12\.0\.4100\) on the TMS server needs Microsoft's TLS 1\.2 update/);
    expect(out).toMatch(/its own window/);
    expect(out).not.toMatch(/^Only if you had to create or change the Schannel keys/m);
  });
  it('remote SQL (JA): not touched by this fix', () => {
    const out = rendered(runIn('ja', ['TMS 15.9、Windows 2019、SQL 2017 は別サーバ、SX80 (CE 9.8) で No HTTPS response、レベルは Medium', 'SQL の再起動は必要ですか？']));
    expect(out).toMatch(/TMS サーバの Schannel の設定はそれに影響しません/);
  });
  it('the server reboot question stays as it was', () => {
    const out = rendered(last(talk('TMS 15.9 on Windows 2012 R2, SQL 2014 SP1 local, build 12.0.4100, SX80s on CE 9.8 show No HTTPS response, level Medium', 'is a reboot needed?')));
    expect(out).toMatch(/Only if you had to create or change the Schannel keys/);
  });
});
