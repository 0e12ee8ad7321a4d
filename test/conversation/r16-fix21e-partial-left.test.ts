/**
 * FIX21E (QA50 #5, #13): the systems left after a partial success. "still failing on 3 of the SX80s" with Polycom HDX known: the
 * SX80s are what is left. "Room Kits are fine now. SX20s on TC 7.3.3 still No HTTPS response" after Medium-High: a partial success.
 */
import { rendered, runIn } from './helpers';

const S1 = [
  'all SX80 in Systems > Navigator show No HTTPS response since the upgrade to CE 9.15.3. TMS is 15.2.1 on Windows 2008 R2 SP1, SQL 2008 R2 SP2 10.50.4000.0 on the TMS server',
  'we still have 6 HDX 8000 managed by TMS',
  'registry done by hand, TLS 1.2 client and server keys created, rebooted',
  'Medium-High set and saved in TMS Tools, restarted IIS and TMSDatabaseScannerService',
];

describe('#5: the SX80s left, not the HDX', () => {
  it('EN still failing on 3 of the SX80s', () => {
    const t = rendered(runIn('en', [...S1, 'still failing on 3 of the SX80s, the others are fine now']));
    expect(t).toContain('CE 9.15.3 endpoints that failed');
    expect(t).not.toContain('What is left, Polycom HDX');
  });
  it('JA SX80 のうち 3 台はまだ失敗', () => {
    const t = rendered(
      runIn('ja', [
        'CE 9.15.3 にアップグレードしてから SX80 が全部 No HTTPS response です。TMS 15.2.1、Windows 2008 R2 SP1、SQL 2008 R2 SP2 10.50.4000.0 は TMS サーバー上です',
        'HDX 8000 も 6 台 TMS で管理しています',
        'レジストリで TLS 1.2 の Client と Server のキーを作成して再起動しました',
        'Medium-High にして保存し、IIS と TMSDatabaseScannerService を再起動しました',
        'SX80 のうち 3 台はまだ失敗しています。ほかは直りました',
      ]),
    );
    expect(t).toContain('失敗していた CE 9.15.3 のエンドポイント');
    expect(t).not.toContain('残っている Polycom HDX');
  });
  it('near miss: no model named, the HDX held keep the Telnet text', () => {
    const t = rendered(runIn('en', [...S1, 'still failing on 3, the others are fine now']));
    expect(t).toContain('Polycom HDX');
    expect(t).not.toContain('CE 9.15.3 endpoints that failed');
  });
});

const S4_EN = [
  'TMS 15.13 on Windows Server 2025, SQL 2019 Express local. Room Kit Pro on RoomOS 11.14 and SX20s on TC 7.3.3 all show No HTTPS response',
  'level is Medium',
];
const S4_JA = ['TMS 15.13、Windows Server 2025、SQL 2019 Express はローカル。RoomOS 11.14 の Room Kit Pro と TC 7.3.3 の SX20 がすべて No HTTPS response です', 'レベルは Medium です'];

describe('#13: partial success after Medium-High, the systems left named with their release', () => {
  it('EN', () => {
    const r = runIn('en', [...S4_EN, 'ok, Medium-High set, services restarted. Room Kits are fine now. SX20s on TC 7.3.3 still No HTTPS response']);
    const t = rendered(r);
    expect(r.route).toBe('partial-success');
    expect(t).toContain('TMS side of the fix took effect');
    expect(t).toContain('TC 7.3.3 still accepts TLS 1.0 as well as TLS 1.2');
    expect(t).not.toContain('already at Medium-High');
    expect(r.state.facts.level).toBe('medium-high');
  });
  it('JA', () => {
    const r = runIn('ja', [...S4_JA, 'Medium-High にしてサービスを再起動しました。Room Kit は直りました。TC 7.3.3 の SX20 はまだ No HTTPS response です']);
    expect(r.route).toBe('partial-success');
    expect(rendered(r)).toContain('TC 7.3.3 は TLS 1.2 に加えて TLS 1.0 も受け付ける');
  });
  it('near miss: a working release named far from "still" stays a case described', () => {
    const r = runIn('ja', ['TMS 15.2、SQL 2016 は TMS サーバー上、エンドポイントは CE 9.15', 'CE 9.15 のエンドポイントは直りましたが、Expressway-C と CMS 3.x がまだ No HTTPS response です。レベルは Medium-High']);
    expect(r.route).not.toBe('partial-success');
  });
});

