/**
 * Verdict follow-ups (helper R20B): "should we upgrade it to TC 7.3.21?" is answered (prepare TMS first, then
 * upgrade), and a Room Kit Pro named in the plural keeps its model name in the "cannot run TC" note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { asksWhetherToUpgrade } from '../../src/conversation/hypothetical';
import { ceOnlyModelsIn } from '../../src/domain/knowledge/products';
import { rendered, runIn } from './helpers';

const WORKS_EN = 'TMS 15.9 on Windows 2016, SQL 2016 remote, Medium, SX80 on TC 7.3.3 works';
const WORKS_JA = 'TMS 15.9、Windows 2016、SQL 2016 リモート、Medium、SX80 は TC 7.3.3 で動いています';

describe('should we upgrade the endpoints to a release that refuses TLS 1.0?', () => {
  it('TMS 15 at Medium: prepare TMS first, with the steps, then upgrade (EN)', () => {
    const r = runIn('en', [WORKS_EN, 'should we upgrade it to TC 7.3.21?']);
    const out = rendered(r);
    expect(out).toMatch(/change TMS first/);
    expect(out).toMatch(/No HTTPS response/);
    expect(out).toMatch(/Set Communication Security to Medium-High/);
    expect(out).toMatch(/Medium-High turns Telnet and SNMP off/);
    // The user's own release stays what they said.
    expect(r.state.facts.endpoint?.semver).toBe('7.3.3');
  });

  it('the same in Japanese', () => {
    const out = rendered(runIn('ja', [WORKS_JA, 'TC 7.3.21 に上げるべきですか？']));
    expect(out).toMatch(/先に TMS 側を変更/);
    expect(out).toMatch(/Medium-High/);
    expect(out).toMatch(/レジストリをバックアップ/);
  });

  it('TMS before 15: not before TMS is upgraded', () => {
    const out = rendered(runIn('en', ['TMS 14.6.2 on Windows 2012 R2, SQL 2016 remote, Medium, SX80 on TC 7.3.3 works', 'should we upgrade to TC 7.3.21?']));
    expect(out).toMatch(/Not yet/);
    expect(out).toMatch(/Upgrade TMS to 15\.x first/);
  });

  it('already at Medium-High: fine as far as TLS goes, with the Windows side to check', () => {
    const out = rendered(runIn('en', ['TMS 15.9 on Windows 2016, SQL 2016 remote, Medium-High, SX80 on TC 7.3.3 works', 'should we upgrade to CE 9.15?']));
    expect(out).toMatch(/As far as TLS goes, yes/);
    expect(out).toMatch(/TLS 1\.2 Client keys/);
  });

  it.each(['should we upgrade it to TC 7.3.21?', 'is it ok to update to CE 9.15', 'what if we upgrade to CE 9.15?', 'TC 7.3.21 に上げるべきですか？', 'CE 9.15 にアップグレードしても大丈夫ですか'])('%s: an upgrade question', (t) => {
    expect(asksWhetherToUpgrade(t)).toBe(true);
  });

  it.each(['we upgraded to TC 7.3.21 yesterday', 'TC 7.3.21 にアップグレードしました', 'is TC 7.3.21 affected?', 'the update server is down'])('%s: not an upgrade question', (t) => {
    expect(asksWhetherToUpgrade(t)).toBe(false);
  });
});

describe('Room Kit Pros after the TMS-before-15 answer', () => {
  it.each([
    ['we also have 3 Room Kit Pros', ['Room Kit Pro']],
    ['two Codec Pros and a Room Kit Mini', ['Room Kit Mini', 'Codec Pro']],
    ['our Room Kits', ['Room Kit']],
  ])('%s names %j', (t, models) => {
    expect(ceOnlyModelsIn(t)).toEqual(models);
  });

  it('"we also have 3 Room Kit Pros, same problem": the Room Kit Pro cannot run TC, upgrading TMS is the way', () => {
    const out = rendered(runIn('en', ['TMS 14.6.2, SX20 on TC 7.3.7, Windows 2012 R2, SQL 2012 SP4 local, Medium', 'we also have 3 Room Kit Pros, same problem']));
    expect(out).toMatch(/The Room Kit Pro cannot be downgraded/);
    expect(out).toMatch(/upgrading TMS is the only way/);
  });
});

describe('"SQL is running again" after IIS Crypto Best Practices stopped SQL 2008 R2 SP2', () => {
  const OPEN_EN = "TMS 15.2.1 on Win 2008 R2, SQL 2008 R2 SP2 on the same server, SX10 on CE8. Our security team applied IIS Crypto best practices last night and now SQL won't start, TMS is down!!";
  const OPEN_JA = 'TMS 15.2.1、Windows 2008 R2、SQL 2008 R2 SP2 は同じサーバ、SX10 は CE8。昨夜 IIS Crypto の Best Practices を適用したら SQL が起動しなくなりました';

  it('the "off" claims go, the outage advice is not repeated, TLS 1.0 is said to stay on (EN)', () => {
    const back = runIn('en', [OPEN_EN, 'SQL is running again. TMS is back.']);
    expect(back.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(back.state.facts.tlsClaims?.ssl3).toBeUndefined();
    expect(rendered(back)).toMatch(/Keep TLS 1\.0 enabled/);
    const after = rendered(runIn('en', [OPEN_EN, 'SQL is running again. TMS is back.', 'CE 8.3.0']));
    expect(after).not.toMatch(/TLS 1\.0 off \(as you said\)/);
    expect(after).not.toMatch(/re-enable TLS 1\.0/);
    expect(after).not.toMatch(/Check now that the SQL service is running/);
  });

  it('the same in Japanese, and 「SQL は復旧しました。TMS も戻りました」 does not close the incident', () => {
    const back = runIn('ja', [OPEN_JA, 'SQL は復旧しました。TMS も戻りました']);
    expect(back.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(rendered(back)).toMatch(/TLS 1\.0 を有効のままに/);
    expect(rendered(back)).not.toMatch(/直ってよかったです/);
  });

  it('SQL with TLS 1.2 support, or only TLS 1.0 said off: nothing is dropped', () => {
    const sp3 = runIn('en', ["TMS 15.2.1 on Win 2008 R2, SQL 2008 R2 SP3 10.50.6560.0 on the same server, CE 9.15. We applied IIS Crypto best practices and SQL won't start", 'SQL is running again.']);
    expect(sp3.state.facts.tlsClaims?.iisCryptoBestPractices).toBe(true);
  });
});

describe('"but Navigator still says No HTTPS response" after Medium-High', () => {
  const FIX = join(__dirname, '..', 'fixtures', 'evidence');
  async function evidence(file: string): Promise<IncomingMessage> {
    const r = await readEvidenceBuffer(file, readFileSync(join(FIX, file)));
    if (!r.ok) throw new Error(r.reason.en);
    return { kind: 'evidence', source: file, reading: r.reading };
  }
  function run(msgs: IncomingMessage[]): TurnResult {
    let s: ConversationState | null = null;
    let last: TurnResult | null = null;
    for (const m of msgs) {
      last = step(s, m);
      s = last.state;
    }
    return last!;
  }
  const text = (t: string): IncomingMessage => ({ kind: 'text', text: t });

  it('with a capture showing TLS 1.2 accepted: Force Refresh first, then the still-failing checks', async () => {
    const out = rendered(
      run([
        text('TMS 15.9, SX80 CE 9.15.3, Windows 2016, SQL remote, Medium'),
        await evidence('tms-medium-rst.pcap'),
        text('we set Medium-High'),
        await evidence('tls12-accepted-client-goes-on.pcap'),
        text('but Navigator still says No HTTPS response'),
      ]),
    );
    expect(out).not.toMatch(/could not find a version/);
    expect(out).toMatch(/Force Refresh/);
    expect(out).toMatch(/If TLS 1\.2 is offered and it still fails/);
  });

  it('without evidence, EN and JA: the still-failing reader', () => {
    const en = rendered(runIn('en', ['TMS 15.9, SX80 CE 9.15.3, Windows 2016, SQL remote, Medium', 'we set Medium-High', 'but Navigator still says No HTTPS response']));
    expect(en).not.toMatch(/could not find a version/);
    expect(en).toMatch(/Sorry it still fails/);
    const ja = rendered(runIn('ja', ['TMS 15.9、SX80 CE 9.15.3、Windows 2016、SQL リモート、Medium', 'Medium-High にしました', 'でもNavigatorではまだNo HTTPS responseです']));
    expect(ja).toMatch(/解決せず申し訳ありません/);
  });
});
