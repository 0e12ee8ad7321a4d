/**
 * QA61 #3, #4, #5, #8. knowledge.md "TMS before 15": the TC 7.3.3 downgrade exists only for hardware that runs TC, going
 * from CE to TC resets the configuration, and hardware introduced with CE 9 / RoomOS (Room Kit family, Codec Plus/Pro,
 * Boards, Desk series) cannot run TC; it names the hardware, it does not say that a RoomOS release runs only on that
 * hardware. TMS Tools before 15 has no Communication Security option (so no levels). "Windows Schannel defaults": TMS
 * support for Server 2025 is not documented; Windows Server 2008 (not R2) SP2 needs KB4019276 first.
 */
import { parseWindows } from '../../src/domain/versions';
import { rendered, runIn } from './helpers';

const HEAD = 'TMS 14.6.2 on Windows 2012 R2, SQL 2014 SP2 remote.';
const CE_LAST = `${HEAD} Room Kits on RoomOS 11.9 and SX80s upgraded to CE 9.15.3 show No HTTPS response.`;
const ROOMOS_LAST = `${HEAD} We upgraded SX80s to CE 9.15.3 and Room Kits came with RoomOS 11.9; all show No HTTPS response.`;
const HEAD_JA = 'TMS 14.6.2、Windows 2012 R2、SQL 2014 SP2 はリモートです。';

/** The stop-gap bullet of the answer (the TMS before 15 finding's second step). */
const stopgap = (out: string) => out.split('\n').find((l) => /Until TMS is on 15\.x|TMS を 15\.x にするまでの暫定策/.test(l)) ?? '';

describe('QA61 #3: a mixed fleet on TMS 14 is answered per model, whichever release is named last', () => {
  it('both orders (EN): the Room Kit cannot be downgraded, the SX80 gets the TC 7.3.3 stop-gap and what to check', () => {
    const outs = [CE_LAST, ROOMOS_LAST].map((m) => rendered(runIn('en', [m])));
    for (const out of outs) {
      expect(out).toMatch(/The Room Kit cannot be downgraded/);
      expect(stopgap(out)).toMatch(/For your SX80, the hardware decides whether it can go back to TC 7\.3\.3: a codec that runs TC can \(its configuration is reset/);
      expect(out).not.toMatch(/runs only on hardware/);
      // (The release held is the last one named: not said to be the SX80's.)
      expect(out).not.toMatch(/SX80 on (?:RoomOS|CE)/);
    }
    expect(stopgap(outs[0])).toBe(stopgap(outs[1]));
  });

  it('both orders (JA): Room Kit はダウングレードできない, SX80 は確認のうえ TC 7.3.3', () => {
    const a = rendered(runIn('ja', [`${HEAD_JA}SX80 を CE 9.15.3 に上げ、Room Kit は RoomOS 11.9 で導入しました。すべて No HTTPS response です。`]));
    const b = rendered(runIn('ja', [`${HEAD_JA}Room Kit は RoomOS 11.9、SX80 は CE 9.15.3 に上げました。すべて No HTTPS response です。`]));
    for (const out of [a, b]) {
      expect(out).toMatch(/Room Kit はダウングレードできません/);
      expect(stopgap(out)).toMatch(/SX80 を TC 7\.3\.3 に戻せるかどうかは、ハードウェアで決まります/);
      expect(out).not.toMatch(/が動作するのは CE 9 \/ RoomOS で登場したハードウェア/);
    }
    expect(stopgap(a)).toBe(stopgap(b));
  });

  it('"can we downgrade them?" after a mixed fleet: the SX80 is not tied to the release named last', () => {
    const out = rendered(runIn('en', [ROOMOS_LAST, 'can we downgrade the codecs?']));
    expect(out).toMatch(/The Room Kit cannot/);
    expect(out).toMatch(/For your SX80, the hardware decides/);
    expect(out).not.toMatch(/SX80 on RoomOS/);
  });
});

describe('QA61 #4: a RoomOS release does not decide the hardware', () => {
  it('an MX800 on RoomOS 10.8 (EN, JA): the stop-gap and what to check for it, never "runs only on hardware introduced with CE 9"', () => {
    const en = rendered(runIn('en', [`${HEAD} Our MX800s upgraded to RoomOS 10.8 show No HTTPS response.`]));
    expect(en).not.toMatch(/runs only on|downgrading is not possible/);
    expect(stopgap(en)).toMatch(/For your MX800 on RoomOS 10\.8, the hardware decides.*ran TC before its upgrade to CE or RoomOS/);
    const ja = rendered(runIn('ja', [`${HEAD_JA}MX800 を RoomOS 10.8 に上げたら No HTTPS response になりました。`]));
    expect(ja).not.toMatch(/が動作するのは CE 9 \/ RoomOS で登場したハードウェア|ダウングレードはできないため/);
    expect(stopgap(ja)).toMatch(/RoomOS 10\.8 の MX800 を TC 7\.3\.3 に戻せるかどうかは、ハードウェアで決まります/);
  });

  it('RoomOS with no model (EN, JA): the model decides, with what to check; Room Kits on RoomOS: they cannot', () => {
    const en = rendered(runIn('en', [`${HEAD} Endpoints on RoomOS 11.9 show No HTTPS response.`]));
    expect(stopgap(en)).toMatch(/For your endpoints on RoomOS 11\.9, the model decides, not the release.*Check each model/);
    expect(en).not.toMatch(/runs only on/);
    const ja = rendered(runIn('ja', [`${HEAD_JA}RoomOS 11.9 のエンドポイントで No HTTPS response が出ます。`]));
    expect(stopgap(ja)).toMatch(/RoomOS 11\.9 のエンドポイントが戻せるかどうかは、リリースではなく機種で決まります/);
    const kits = rendered(runIn('en', [`${HEAD} Room Kits on RoomOS 11.9 show No HTTPS response.`]));
    expect(kits).toMatch(/The Room Kit cannot be downgraded/);
    expect(stopgap(kits)).not.toMatch(/the model decides|hardware decides/);
  });
});

describe('QA61 #5: the Windows-release note', () => {
  it('Windows Server 2003 / 2000 (EN, JA): not a release the sources cover; 2008 with KB4019276; 2025 undocumented', () => {
    for (const w of ['Windows Server 2003', 'Windows Server 2000']) {
      const r = parseWindows(w);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.problem.message.en).toMatch(/is not a release this problem's sources cover/);
      expect(r.problem.message.en).toMatch(/2008 \(SP2, where Microsoft's KB4019276 must come first[^)]*\), 2008 R2, 2012, 2012 R2, 2016, 2019 and 2022; for 2025, TMS support is not documented/);
      expect(r.problem.message.en).not.toMatch(/TMS runs on/);
      expect(r.problem.message.ja).toMatch(/この問題の資料が扱うリリースではありません/);
      expect(r.problem.message.ja).toMatch(/2008（SP2。先に Microsoft の KB4019276/);
      expect(r.problem.message.ja).toMatch(/2025 での TMS のサポートは資料に記載がありません/);
    }
  });
  it('in a conversation, the note says it as well', () => {
    const out = rendered(runIn('en', ['TMS 15.9 on Windows Server 2003, SQL Server 2016 on a separate server, level Medium. SX80s on CE 9.15 show No HTTPS response.']));
    expect(out).toMatch(/Windows Server 2003 is not a release this problem's sources cover/);
    expect(out).not.toMatch(/not a release TMS runs on/);
  });
});

describe('QA61 #8: TMS 14 "not this problem" speaks of no level', () => {
  const TC735 = (tms: string) => `TMS ${tms} on Windows 2012 R2, SQL 2014 SP2 remote. SX20s upgraded to TC7.3.5 show No HTTPS response.`;
  it('TMS 14.6.2 (EN, JA): a TLS 1.0 ClientHello is what it sends; no "default Medium level", no "(level High)"', () => {
    const en = rendered(runIn('en', [TC735('14.6.2')]));
    expect(en).toMatch(/TMS 14\.6\.2 offers TLS 1\.0 in its ClientHello, and TC 7\.3\.5 still accepts TLS 1\.0/);
    expect(en).not.toMatch(/default Medium level|level High/);
    expect(en).toMatch(/Certificate: .*revocation check/);
    const ja = rendered(runIn('ja', ['TMS 14.6.2、Windows 2012 R2、SQL 2014 SP2 はリモート。SX20 を TC7.3.5 に上げたら No HTTPS response が出ます。']));
    expect(ja).toMatch(/TMS 14\.6\.2 は ClientHello で TLS 1\.0 を提示し/);
    expect(ja).not.toMatch(/既定の Medium の TMS|レベル High/);
  });
  it('TMS 15.9: the level is still named (Medium by default, High validates certificates)', () => {
    const en = rendered(runIn('en', [TC735('15.9')]));
    expect(en).toMatch(/TMS at its default Medium level can still talk to it/);
    expect(en).toMatch(/certificate validation \(level High\)/);
  });
});
