/**
 * QA58 #5: "set Medium-High and ran iisreset, still failing": iisreset restarts IIS only; the TMS services (the scanner service
 * polls the systems) keep the old level (knowledge.md, Fix step 6). The raised-no-restart answer, with the TMS services as what
 * is left; a restart of the TMS services or a reboot said, or iisreset not done yet: the other readings as before.
 */
import { iisOnlyRestartIn } from '../../src/conversation/raised-no-restart';
import { rendered, runIn } from './helpers';

const R1 = 'No HTTPS response on all our Room Kits after upgrading to RoomOS 11.5, TMS 15.13';
const W = 'Windows Server 2019, SQL is on a separate server (SQL 2019), level Medium';
const R1_JA = 'TMS 15.13 で Room Kit を RoomOS 11.5 にしたら No HTTPS response です';
const W_JA = 'Windows Server 2019、SQL は別サーバー（SQL 2019）、レベルは Medium';

describe('QA58 #5: Medium-High and iisreset only, still failing', () => {
  it.each(['set Medium-High and ran iisreset, still failing', 'set Medium-High, did iisreset only. still No HTTPS response', 'set Medium-High and restarted IIS, still red'])('EN: %s', (m) => {
    const r = runIn('en', [R1, W, m]);
    const out = rendered(r);
    expect(r.route).toBe('raised-no-restart');
    expect(out).toMatch(/restarts IIS only/);
    expect(out).toMatch(/TMSDatabaseScannerService/);
    expect(out).toMatch(/Restart-Service/);
    expect(out).not.toMatch(/TMS is already at Medium-High: check the Windows side/);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
  });

  it.each(['Medium-High に変更して iisreset しましたが、まだ直りません', 'Medium-High に変更して IIS を再起動しましたが、まだ直りません', 'Medium-High にして iisreset しましたが、まだ直りません'])('JA: %s', (m) => {
    const r = runIn('ja', [R1_JA, W_JA, m]);
    expect(r.route).toBe('raised-no-restart');
    expect(rendered(r)).toMatch(/再起動されるのは IIS だけです/);
  });

  it.each([
    'set Medium-High, restarted IIS and the TMS services, still failing',
    'set Medium-High and rebooted, still failing',
    'set Medium-High, did not run iisreset yet, still failing',
  ])('not this reading: %s', (m) => {
    expect(rendered(runIn('en', [R1, W, m]))).not.toMatch(/restarts IIS only/);
  });

  // 'Medium-High にして' said as a request, a condition or not done: no level raised, not this reading.
  it.each(['Medium-High にしてください。iisreset しましたが、まだ直りません', 'Medium-High にしても iisreset しましたが、まだ直りません', 'Medium-High にしていません。iisreset しましたが、まだ直りません'])('JA, not this reading: %s', (m) => {
    expect(runIn('ja', [R1_JA, W_JA, m]).route).not.toBe('raised-no-restart');
  });

  it.each([
    ['ran iisreset', true],
    ['restarted IIS only', true],
    ['IIS を再起動しました', true],
    ['restarted IIS and the TMS services', false],
    ['iisreset and a reboot', false],
    ['iisreset はまだです', false],
    ['will run iisreset tonight', false],
  ])('iisOnlyRestartIn(%s) = %s', (m, want) => {
    expect(iisOnlyRestartIn(m)).toBe(want);
  });
});

describe('QA58 #5: SQL said beside the IIS restart', () => {
  it('keeps the usual reading (what is said of SQL is read)', () => {
    const r = runIn('en', ['TMS 15.13, CE 9.15, SQL 2008 R2 local, Windows 2012 R2, level Medium', "SQL Server won't start", 'Set Medium-High and restarted IIS. SQL is back now, but all endpoints still show No HTTPS response']);
    expect(r.route).not.toBe('raised-no-restart');
  });
});
