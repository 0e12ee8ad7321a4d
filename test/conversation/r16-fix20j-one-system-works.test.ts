/**
 * FIX20J (QA49 F10): "set it back to TLSv1.2 on one codec and it works now!" closed the whole case ("Good to hear it works
 * now … start over") while 40 endpoints had failed. One system fixed is a partial success: the answer says to make the same
 * change on the others and the case stays open. "it works now", 「直りました」 (no "one") still close.
 */
import { rendered } from './helpers';
import { threadLines } from './helpers';

const thread = threadLines;

const EN = [
  'TMS 15.9 on Windows 2012 R2, SQL 2014 SP3 local. 40 Room Kits went to RoomOS 11.14 overnight and now all show No HTTPS response',
  'Medium-High set and saved, iisreset done, restarted TMSDatabaseScannerService',
  'xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.3',
];
const JA = [
  'TMS 15.9、Windows 2012 R2、SQL 2014 SP3 は TMS サーバ上。Room Kit 40台を RoomOS 11.14 にしたら全部 No HTTPS response になりました',
  'Medium-High に変更して保存し、IIS と TMS サービスを再起動しました',
  'xConfiguration NetworkServices HTTPS Server MinimumTLSVersion: TLSv1.3',
];
const CLOSED_EN = /Good to hear it works now/;
const CLOSED_JA = /直ってよかったです/;

describe('one system works: partial, the case stays open', () => {
  it.each([
    'set it back to TLSv1.2 on one codec and it works now!',
    'changed it on a test codec, it works now',
    'tried it on one of them and it works now',
  ])('EN: %s', (line) => {
    const { r } = thread('en', EN[0], [...EN.slice(1), line]);
    const text = rendered(r);
    expect(r.route).toBe('partial-success');
    expect(text).toMatch(/make the same change on each of the other systems/);
    expect(text).not.toMatch(CLOSED_EN);
  });
  it.each(['1台で TLSv1.2 に戻したら直りました', 'テスト機で試したら直りました'])('JA: %s', (line) => {
    const { r } = thread('ja', JA[0], [...JA.slice(1), line]);
    const text = rendered(r);
    expect(r.route).toBe('partial-success');
    expect(text).toMatch(/ほかのシステムにも、それぞれ同じ変更/);
    expect(text).not.toMatch(CLOSED_JA);
  });
});

describe('near misses: the whole case works, closed as before', () => {
  it.each(['it works now', 'all 40 green now. fixed'])('EN: %s', (line) => {
    const { r } = thread('en', EN[0], [...EN.slice(1), line]);
    expect(rendered(r)).toMatch(CLOSED_EN);
  });
  it('JA: 直りました', () => {
    const { r } = thread('ja', JA[0], [...JA.slice(1), '直りました']);
    expect(rendered(r)).toMatch(CLOSED_JA);
  });
  it.each([
    ['en', 'set it on one codec first, now all of them work'],
    ['en', 'does it work now on one codec if I change it?'],
    ['ja', '1台で試してから全台に入れて、直りました'],
    ['ja', '2台も緑になりましたが1台はまだ赤です'],
    ['en', 'fixed on one codec, but 39 still fail'],
  ] as const)('%s: %s is not the one-system answer', (lang, line) => {
    const setup = lang === 'en' ? EN : JA;
    const { r } = thread(lang, setup[0], [...setup.slice(1), line]);
    expect(rendered(r)).not.toMatch(/make the same change on each of the other systems|ほかのシステムにも、それぞれ同じ変更/);
  });
  it('before any change, "it works on one codec" is no fix', () => {
    const { r } = thread('en', 'TMS 15.9, SQL 2016 remote, RoomOS 11.14, No HTTPS response on 40 Room Kits', ['it works on one codec, the other 39 fail']);
    expect(rendered(r)).not.toMatch(/make the same change on each of the other systems/);
  });
});
