/**
 * REV9 B1/B2 and QA40 #3, #4, #6: a step not done is never recorded as done. "done, but not rebooted yet", "(再起動なし)",
 * "waiting for reboot", "reboot is scheduled for Saturday" are no reboot; "done on the lab TMS" is another server;
 * "Done: Medium-High + iisreset" names the level only, not the keys.
 */
import { extractFacts } from '../../src/domain/extract';
import { doneStillFailingIn } from '../../src/conversation/done-still-failing';
import { last, rendered, runIn } from './helpers';

const R12 = 'TMS 15.2.1 on Windows Server 2012 R2, local SQL 2016. 12 CE 9.15 endpoints fail with No HTTPS response, level Medium.';
const R12_JA = 'TMS 15.2.1、Windows Server 2012 R2、SQL 2016 同居。CE 9.15 の 12 台が No HTTPS response、レベルは Medium。';
const T19 = 'TMS 15.2.1 on Windows Server 2019, remote SQL 2017. 12 CE 9.15 endpoints fail with No HTTPS response, level Medium.';
const T8 = 'TMS 15.9 on Windows Server 2008 R2, local SQL 2008 R2 SP3. 12 CE 9.15 endpoints fail with No HTTPS response, level Medium.';
const T8_JA = 'TMS 15.9、Windows Server 2008 R2、SQL Server 2008 R2 SP3 同居。CE 9.15 の 12 台が No HTTPS response、レベルは Medium。';

const claims = (lang: 'en' | 'ja', msgs: string[]) => last([runIn(lang, msgs)]).state.facts.tlsClaims ?? {};

describe('REV9 B1: "done … still failing" takes the reboot from the extractor (negation known)', () => {
  it.each([
    'done, but not rebooted yet - still 3 failing',
    "done, haven't rebooted, still 3 failing",
    'done, still failing. not rebooted',
    'done, only restarted IIS, still failing',
  ])('%s: no reboot read', (msg) => {
    expect(doneStillFailingIn(msg)?.rebooted).toBe(false);
    expect(claims('en', [R12, msg]).restarted).not.toBe(true);
  });
  it('JA 「完了しました。再起動はまだですが、まだ3台失敗しています」: no reboot recorded', () => {
    expect(claims('ja', [R12_JA, '完了しました。再起動はまだですが、まだ3台失敗しています']).restarted).not.toBe(true);
  });
  it('"done, but not rebooted yet - still 3 failing": the reply says the change has not taken effect, no "restarted since"', () => {
    const out = rendered(runIn('en', [R12, 'done, but not rebooted yet - still 3 failing']));
    expect(out).not.toMatch(/\(or its services\) restarted since/);
    expect(out).toMatch(/not been restarted/);
  });
  it('positives stay: "done, rebooted, still 3 failing", 「完了しました。再起動もしましたが、まだ3台失敗しています」', () => {
    expect(claims('en', [R12, 'done, rebooted, still 3 failing']).restarted).toBe(true);
    expect(claims('ja', [R12_JA, '完了しました。再起動もしましたが、まだ3台失敗しています']).restarted).toBe(true);
  });
});

describe('REV9 B2: "Done: …" with the reboot not done is no reboot', () => {
  it.each([
    '完了：Medium-High 設定（再起動なし）',
    '完了：キー追加 / 再起動なし',
    '完了: Medium-High 再起動なし',
    '完了：Medium-High、再起動待ち',
    '完了：Medium-High、再起動未',
    '完了：Medium-High、再起動前',
    '完了：Medium-High、再起動できず',
    'Done: Medium-High - waiting for reboot',
    'Done: keys added / waiting on reboot',
    'Done: Medium-High, reboot pending',
    'Done: Medium-High, awaiting a reboot',
    'Done: Medium-High + reboot scheduled',
    'Done: Medium-High + reboot tonight',
  ])('%s', (msg) => {
    expect(extractFacts(msg).facts.tlsClaims?.restarted).not.toBe(true);
  });
  it.each(['Done: Medium-High + reboot', 'Done: reboot', '完了：Medium-High＋再起動', '完了：Medium-High、再起動済み', 'reboot done'])('still a reboot: %s', (msg) => {
    expect(extractFacts(msg).facts.tlsClaims?.restarted).toBe(true);
  });
  it('「完了：Medium-High＋IIS再起動」 is no reboot', () => {
    expect(extractFacts('完了：Medium-High＋IIS再起動').facts.tlsClaims?.restarted).not.toBe(true);
  });
});

describe('QA40 #3: done on another server records nothing for this ticket', () => {
  it.each(['done on the lab TMS, rebooted, still 3 failing on prod', 'done, rebooted the wrong server, still 3 failing', 'done on the test server, rebooted, still 3 failing'])('%s', (msg) => {
    const s = runIn('en', [T19, msg]).state.facts;
    expect(s.level).toBe('medium');
    expect(s.tlsClaims?.restarted).not.toBe(true);
    expect(s.tlsClaims?.levelRaised).not.toBe(true);
  });
  it('"still 3 failing on the new Room Kits" / "at the other site" / "on both nodes" are this server: still read', () => {
    for (const msg of ['done, rebooted, still 3 failing on the new Room Kits', 'done, rebooted, still 3 failing at the other site', 'done on both nodes, rebooted, still 3 failing']) {
      expect(doneStillFailingIn(msg)?.rebooted).toBe(true);
    }
  });
  it('JA 「検証環境で実施して再起動しました。本番ではまだ3台NGです」', () => {
    const s = runIn('ja', [R12_JA, '検証環境で実施して再起動しました。本番ではまだ3台NGです']).state.facts;
    expect(s.level).toBe('medium');
    expect(s.tlsClaims?.restarted).not.toBe(true);
  });
});

describe('QA40 #4: the reboot scheduled, still failing (2008 R2, local SQL 2008 R2)', () => {
  it('EN: the keys/level take effect after the reboot, the SQL 2008 R2 caveat stays, no reboot recorded, no cipher-suite hunt', () => {
    const r = runIn('en', [T8, 'done with the keys and Medium-High. Reboot is scheduled for Saturday. still failing']);
    const out = rendered(r);
    expect(out).toMatch(/not been restarted/);
    expect(out).toMatch(/reboot/i);
    expect(out).toMatch(/expected/);
    expect(out).toMatch(/SQL Server 2008 R2/);
    expect(out).toMatch(/TLS 1\.0/);
    expect(out).not.toMatch(/Cipher suites/);
    expect(r.state.facts.tlsClaims?.restarted).not.toBe(true);
  });
  it('JA: 「再起動は土曜の予定」 the same', () => {
    const r = runIn('ja', [T8_JA, '完了しました。再起動は土曜の予定です。まだ3台NGです']);
    const out = rendered(r);
    expect(out).toMatch(/再起動していない/);
    expect(out).toMatch(/SQL Server 2008 R2/);
    expect(r.state.facts.tlsClaims?.restarted).not.toBe(true);
  });
});

describe('QA40 #6: only the steps a "Done:" list names are recorded', () => {
  it.each(['Done: Medium-High + iisreset. Still 3 failing', 'Done: Medium-High + reboot. Still 3 failing'])('%s: the keys are not noted as created', (msg) => {
    const r = runIn('en', [T8, msg]);
    expect(rendered(r)).not.toMatch(/TLS 1\.2 keys are created/);
    expect(r.state.facts.tlsClaims?.keysChanged).not.toBe(true);
    expect(r.state.facts.level).toBe('medium-high');
  });
  it('JA 「完了：Medium-High＋再起動。まだ3台NGです」: no keys recorded', () => {
    const r = runIn('ja', [T8_JA, '完了：Medium-High＋再起動。まだ3台NGです']);
    expect(r.state.facts.tlsClaims?.keysChanged).not.toBe(true);
  });
  it('"Done: iisreset. Still 3 failing" names no step of ours: nothing noted as done, no keys or level recorded', () => {
    const r = runIn('en', [T8, 'Done: iisreset. Still 3 failing']);
    expect(rendered(r)).not.toMatch(/Noted as done/);
    expect(r.state.facts.tlsClaims?.keysChanged).not.toBe(true);
    expect(r.state.facts.tlsClaims?.levelRaised).not.toBe(true);
  });
  it('a bare "done, rebooted, still 3 failing" still records the steps as a whole (keys included)', () => {
    const r = runIn('en', [T8, 'done, rebooted, still 3 failing']);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
  });
});
