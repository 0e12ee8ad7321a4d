/**
 * FIX20J (QA49 F9): after the cause was found and the case closed as working, "can you summarize the thread for the incident
 * report?" said "Cause: not found yet … a capture … are the next checks" and the card stayed "Not settled yet". The report
 * summary now uses what the thread established (the checks read, the steps said done, the case closed) and says what it
 * leaves out; the card says the case is fixed, as the user said. A later "still failing" takes the closed state back.
 */
import { currentSummary } from '../../src/slack/answer';
import { rendered } from './helpers';
import { threadLines } from './helpers';

const thread = threadLines;

const EN = [
  'Morning. TMS 15.9 on Windows 2012 R2, SQL 2014 SP3 local. 40 Room Kits went to RoomOS 11.14 overnight and now all show No HTTPS response',
  'registry checked, TLS 1.2 Client and Server already Enabled=1 DisabledByDefault=0',
  'Medium-High set and saved, iisreset done, restarted TMSDatabaseScannerService',
  'still failing after the steps',
  'capture shows Client Hello Version: TLS 1.2 (0x0303) and then RST from the codec',
  'xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.3',
];
const ASK = 'can you summarize the thread for the incident report?';
const JA = ['TMS 15.9、Windows 2012 R2、SQL 2014 SP3 は TMS サーバ上です。Room Kit 40台を RoomOS 11.14 にしたら全部 No HTTPS response になりました', 'Medium-High に変更して保存し、IIS と TMS サービスを再起動しました'];

describe('the report summary after the case closed as working', () => {
  it('EN: the cause found in the thread, the checks, the steps, fixed; the card says fixed', () => {
    const { r, s } = thread('en', EN[0], [...EN.slice(1), 'all 40 green now. fixed', ASK]);
    const text = rendered(r);
    expect(text).not.toMatch(/Cause: not found yet/);
    expect(text).not.toMatch(/are the next checks/);
    expect(text).toMatch(/Checks: The ClientHello offered up to TLS 1\.2/);
    expect(text).toMatch(/Done \(as you said\): TLS 1\.2 on in Schannel/);
    expect(text).toMatch(/Status: fixed/);
    expect(text).toMatch(/Not in this summary: what was said in the thread but not recorded as a fact/);
    expect(currentSummary(s)?.headline).toMatch(/^Fixed, as you said/);
  });
  it('JA: Medium-High set in this incident, then 「全部直りました」: the usual cause, fixed', () => {
    const { r, s } = thread('ja', JA[0], [JA[1], '全部直りました', '状況をまとめてください']);
    const text = rendered(r);
    expect(text).toMatch(/原因：エンドポイントが RoomOS 11\.14 にアップグレードされ/);
    expect(text).toMatch(/その後 Medium-High に変更/);
    expect(text).toMatch(/状況：解決済み/);
    expect(currentSummary(s)?.headline).toMatch(/^解決済み/);
  });
});

describe('near misses: not closed, the summary as before', () => {
  it('not closed: still "not found yet", with the checks listed', () => {
    const { r, s } = thread('en', EN[0], [...EN.slice(1), ASK]);
    const text = rendered(r);
    expect(text).toMatch(/Cause: not found yet/);
    expect(text).not.toMatch(/Status: fixed/);
    expect(currentSummary(s)?.headline).not.toMatch(/^Fixed/);
  });
  it('one codec works (partial): not fixed', () => {
    const { r } = thread('en', EN[0], [...EN.slice(1), 'set it back to TLSv1.2 on one codec and it works now!', ASK]);
    expect(rendered(r)).not.toMatch(/Status: fixed/);
  });
  it('closed, then "still failing": not fixed any more', () => {
    const { r } = thread('en', EN[0], [...EN.slice(1), 'all 40 green now. fixed', 'still failing after the steps', ASK]);
    expect(rendered(r)).not.toMatch(/Status: fixed/);
  });
  it('closed, then "No HTTPS response is back on all 40": not fixed any more', () => {
    const { r, s } = thread('en', EN[0], [...EN.slice(1), 'all 40 green now. fixed', 'No HTTPS response is back on all 40', ASK]);
    expect(rendered(r)).not.toMatch(/Status: fixed/);
    expect(currentSummary(s)?.headline).not.toMatch(/^Fixed/);
  });
});
