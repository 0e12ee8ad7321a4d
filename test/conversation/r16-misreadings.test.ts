/**
 * QA round 16, smaller misreadings: #15e a hedged Medium stays the assumption, #15f a pasted @@VERSION whose host
 * Windows contradicts the one said is pointed out, not taken silently.
 */
import { last, rendered, runIn, talk } from './helpers';
import { hedgedMedium } from '../../src/domain/understand/level-hedge';

const P = 'TMS 15.9, SX80 TC7.3.21, Windows Server 2019, SQL 2016 remote';
const PJ = 'TMS 15.9、SX80 TC7.3.21、Windows Server 2019、SQL 2016 別サーバ';

describe('#15e a hedged Medium is kept as the assumed default, not a stated level', () => {
  it.each([
    ['en', [P, "I think it's Medium, not sure"]],
    ['en', [P, 'probably medium']],
    ['en', [`${P}, level is Medium I think but not sure`]],
    ['ja', [PJ, 'たぶんMediumのまま']],
    ['ja', [PJ, 'Mediumだと思います']],
  ] as const)('%s %j: no level stored, said as an assumption, not asked again', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(lang === 'ja' ? /レベル Medium（仮定）/ : /level Medium \(assumed\)/);
    expect(rendered(r)).toMatch(lang === 'ja' ? /仮定（TMS の既定値）として扱います/ : /I keep Medium as an assumption/);
    expect(r.state.pending).not.toBe('need-security-level');
  });
  it.each([
    ['en', [P, 'Medium']],
    ['ja', [PJ, 'Mediumです']],
    ['en', [`${P} I think, level Medium`]],
    ['en', [`${P}, level Medium, not sure about the SQL`]],
    ['en', [`${P}, someone set it to Medium years ago, not sure why`]],
  ] as const)('%s %j: a plain Medium is still stated', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).not.toMatch(/I keep Medium as an assumption|仮定（TMS の既定値）として扱います/);
  });
  it('a hedged Medium-High or High is untouched by this reader (it is not recorded either, said as a guess of its own: FIX61C)', () => {
    const r = last(talk(P, 'medium-high I think'));
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(/You think the level is Medium-High but are not sure/);
    expect(rendered(r)).not.toMatch(/I keep Medium as an assumption/);
    expect(hedgedMedium('たぶんMedium-Highです')).toBe(false);
    expect(hedgedMedium('確かにMediumです')).toBe(false);
    expect(hedgedMedium('SQL はたぶん2016、レベルはMedium')).toBe(false);
  });
});

const VERSION_PASTE = '@@VERSIONの結果貼ります\nMicrosoft SQL Server 2012 (SP1) - 11.0.3000.0 (X64)\n\tStandard Edition (64-bit) on Windows NT 6.3 <X64> (Build 9600: ) (Hypervisor)';

describe('#15f a pasted @@VERSION naming another Windows than the one said', () => {
  const first = 'TMS 15.6、ce9.15.3、Windows 2016、レベルMedium、SQLは2012 SP1でTMSと同じサーバ';
  it('keeps the Windows said, points out the contradiction and asks which is right', () => {
    const r = runIn('ja', [first, VERSION_PASTE]);
    expect(r.state.facts.windows).toMatchObject({ year: 2016, r2: false });
    expect(rendered(r)).toMatch(/食い違っています/);
    expect(rendered(r)).toMatch(/Windows Server 2016 と伺いましたが.*Windows Server 2012 R2/);
    expect(rendered(r)).not.toMatch(/Windows Server 2016 → Windows Server 2012 R2/);
    expect(r.state.pending).toBe('need-windows-version');
  });
  it('"2012 R2 is right" then answers it', () => {
    const r = runIn('ja', [first, VERSION_PASTE, '2012 R2 が正しいです']);
    expect(r.state.facts.windows).toMatchObject({ year: 2012, r2: true });
  });
  it('with SQL on another server the SQL host Windows is not taken for the TMS server', () => {
    const r = runIn('en', ['TMS 15.6, CE 9.15.3, SQL 2012 SP1 on a separate server', VERSION_PASTE]);
    expect(r.state.facts.windows).toBeUndefined();
  });
  it('with no Windows said and SQL on the TMS server, the paste still fills it', () => {
    const r = runIn('ja', ['TMS 15.6、ce9.15.3、レベルMedium、SQLは2012 SP1でTMSと同じサーバ', VERSION_PASTE]);
    expect(r.state.facts.windows).toMatchObject({ year: 2012, r2: true });
  });
});

describe('#15d per-node level: not asked again; restarts named', () => {
  const first = 'ＴＭＳは１５．１１、冗長構成（２ノード）です。エンドポイントはＣＥ９．１５．１０、ＳＱＬ２０１４ ＳＰ２は別サーバ、ＯＳはWindows Server 2016。';
  it('after 「片方のノードだけMedium-Highにしてあります」 the level question is not asked again', () => {
    const r = runIn('ja', [first, '片方のノードだけMedium-Highにしてあります']);
    expect(rendered(r)).toMatch(/ノードごとに/);
    expect(r.state.pending).not.toBe('need-security-level');
    expect(rendered(r)).not.toMatch(/レベルを教えてください/);
    const r2 = runIn('ja', [first, '片方のノードだけMedium-Highにしてあります', 'iisresetだけでいいですか？']);
    expect(rendered(r2)).not.toMatch(/レベルを教えてください/);
  });
  it('the iisreset answer says which restart applies the TMS Tools change, without a stray space', () => {
    const r = runIn('ja', [first, 'iisresetだけでいいですか？']);
    expect(rendered(r)).not.toMatch(/）\s[のでをに]/);
    expect(rendered(r)).toMatch(/サーバを再起動しなくても、IIS と TMS のサービスを再起動すれば反映されます/);
    expect(rendered(r)).not.toMatch(/、再起動は不要/);
  });
  it('the downtime answer says the services restart', () => {
    const r = runIn('ja', [first, '作業中のダウンタイムはどのくらい？']);
    expect(rendered(r)).toMatch(/どの場合もサービスの再起動が必要です。サービスを再起動している間は/);
  });
});

describe('#15a "managed via SNMP" is answered with the Telnet/SNMP caveat', () => {
  const first = 'Hi, quick one. TMS 15.2.1 / Win2016 / SQL 2012 SP4 local / endpoints CE 9.4.1 / Medium. If we move to Medium-High will our Polycom RealPresence Group 500s still be managed?';
  it("EN \"they're managed via SNMP and HTTP I think\"", () => {
    const r = runIn('en', [first, "they're managed via SNMP and HTTP I think"]);
    expect(rendered(r)).toMatch(/from Medium to Medium-High disables Telnet and SNMP/);
    expect(rendered(r)).not.toMatch(/I could not find a version or a request/);
  });
  it('JA 「SNMP と HTTP で管理しています」', () => {
    const r = runIn('ja', ['TMS 15.2.1、Win2016、SQL 2012 SP4 同居、CE 9.4.1、Medium', 'Polycom は SNMP と HTTP で管理しています']);
    expect(rendered(r)).toMatch(/Medium から Medium-High に上げると、TMS の Telnet と SNMP が無効になります/);
  });
});

describe('#15b/#15c texts', () => {
  const w2008 = 'Windows Server 2008 SP2（R2じゃないです）に TMS 15.0 入ってます。エンドポイントは CE8.3.0。SQL は同じサーバの 2008 R2 SP3 (10.50.6560.0)。レベルは Medium。';
  it('KB4019276: keys, then Medium-High, then one reboot (not a reboot before the TMS Tools change)', () => {
    const r = runIn('ja', [w2008, 'KB4019276 って何ですか？']);
    expect(rendered(r)).toMatch(/Medium-High にしてから、サーバを 1 回再起動してください/);
    expect(rendered(r)).not.toMatch(/再起動してから、TMS ツール/);
    expect(rendered(runIn('ja', [w2008]))).not.toMatch(/通常 2008 R2 以降/);
  });
  it('no ClientHello with the level unknown: no quote of words the user never wrote', () => {
    const r = runIn('en', ['New TMS 15.13.1 build on Windows Server 2025, SQL 2022 local. All endpoints (RoomOS 11.14) show No HTTPS response. In the capture TMS does the TCP handshake then nothing, no client hello at all.']);
    expect(rendered(r)).toMatch(/two readings/);
    expect(rendered(r)).not.toMatch(/"after the change"/);
  });
});

describe('#12 "Can we just start TMSSnmpService again?" at Medium-High', () => {
  const first = 'Did the fix yesterday (TMS 15.9, Medium -> Medium-High, Win2016, no keys changed). Room Kits are green now but 3 old MXP 1700s show \'Security violation: Telnet communication is not allowed\' and there\'s a TMS Connection Error ticket. Also TMSSnmpService is stopped.';
  it('says SNMP is off because of the level, what the old systems need, and what going back to Medium costs', () => {
    const text = rendered(runIn('en', [first, 'Can we just start TMSSnmpService again?']));
    expect(text).toMatch(/Do not expect it to help/);
    expect(text).toMatch(/does not change the level/);
    expect(text).toMatch(/manage them another way, replace them, or accept/);
    expect(text).toMatch(/at Medium TMS offers only TLS 1\.0 once more/);
  });
  it.each([
    ['ja', 'TMSSnmpService を起動し直せばいいですか？', /効果は見込めません/],
    ['en', 'can we start the TMSSnmpService back up?', /Do not expect it to help/],
  ] as const)('%s %j', (lang, q, re) => {
    const setup = lang === 'ja' ? 'TMS 15.9、Room Kit CE 9.15.3、Windows 2016、SQL 2016 別サーバ、Medium-High 設定済み' : 'TMS 15.9, Room Kit CE 9.15.3, Win2016, SQL 2016 remote, Medium-High set yesterday';
    expect(rendered(runIn(lang, [setup, q]))).toMatch(re);
  });
  it('a question about the restart step is not this answer', () => {
    const text = rendered(runIn('en', ['TMS 15.9, Room Kit CE 9.15.3, Win2016, SQL 2016 remote, Medium', 'should I restart TMSSnmpService too after the change?']));
    expect(text).not.toMatch(/Starting TMSSNMPService again/);
  });
});

describe('#15a negatives', () => {
  it.each(['nothing is managed via SNMP', "they aren't managed via SNMP", 'we have no systems managed over SNMP'])('%j: no Telnet/SNMP answer', (msg) => {
    const r = runIn('en', ['TMS 15.2.1 / Win2016 / SQL 2012 SP4 local / endpoints CE 9.4.1 / Medium', msg]);
    expect(rendered(r)).not.toMatch(/What happens to Telnet\/SNMP systems/);
  });
});
