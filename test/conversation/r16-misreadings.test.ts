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
  it('a hedged Medium-High or High is untouched by this reader', () => {
    expect(last(talk(P, 'medium-high I think')).state.facts.level).toBe('medium-high');
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
