/**
 * QA round 14 #6, #7, #14, #17, #18, #19: a second endpoint group is not a correction, 「いえ、」 before a SQL build,
 * 「TMS を2台」 is a count, JA catalogue gaps, KB4019276 in English, and headings/answers that fit TMS 15.x.
 */
import { last, rendered, say, talk } from './helpers';
import { bareSqlBuild } from '../../src/domain/understand/sql-build';
import { extractFacts } from '../../src/domain/extract';
import { findEntry, findStatementEntry } from '../../src/conversation/catalogue';

const P = 'TMS 15.2 on Windows Server 2016, local SQL 2016. Endpoints upgraded to CE 9.15 show No HTTPS response.';
const PJ = 'TMS 15.2、Windows Server 2016、SQL 2016 はローカルです。CE 9.15 にアップグレードした端末が No HTTPS response になります。';

describe('#6 some endpoints still on TC 7.3.3: a second group, the failing CE 9.15 stays', () => {
  it.each<[string, string, string, RegExp]>([
    ['en', P, 'the endpoints are on TC 7.3.3 too, some of them', /Those on TC 7\.3\.3 still accept TLS 1\.0[^\n]*answer is for those on CE 9\.15[^\n]*will refuse TLS 1\.0 too once they are upgraded/],
    ['en, also', P, 'we also have a few endpoints still on TC 7.3.3', /answer is for those on CE 9\.15/],
    ['ja', PJ, '一部の端末は TC 7.3.3 のままです', /TC 7\.3\.3 はまだ TLS 1\.0 を受け付ける[^\n]*CE 9\.15 についての回答です[^\n]*TC 7\.3\.3 のエンドポイントも、TC 7\.3\.6 以降/],
    ['ja, も', PJ, 'TC 7.3.3 の端末もあります', /CE 9\.15 についての回答です/],
  ])('%s: %s', (_n, setup, msg, want) => {
    const r = last(talk(setup, msg));
    const text = rendered(r);
    expect(text).toMatch(want);
    expect(text).not.toMatch(/This is not the TLS 1\.0 problem|TLS 1\.0 の問題ではありません|CE 9\.15 → TC 7\.3\.3/);
    expect(r.state.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
  });
  it('the other way round: the known group accepts TLS 1.0, the new one refuses it and is answered for', () => {
    const r = last(talk('TMS 15.2 on Windows Server 2016, SQL 2016 remote, endpoints on TC 7.3.3 show No HTTPS response', 'some of them are on CE 9.15 as well'));
    expect(r.state.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
    expect(rendered(r)).toMatch(/answer is for those on CE 9\.15/);
  });
  it.each<[string, string, string]>([
    ['en', P, 'sorry, the endpoints are on TC 7.3.3'],
    ['en', P, 'actually they are TC 7.3.3'],
    ['ja', PJ, 'いや、端末は TC 7.3.3 でした'],
  ])('a correction still replaces the release (%s: %s)', (_l, setup, msg) => {
    const r = last(talk(setup, msg));
    expect(r.state.facts.endpoint).toMatchObject({ family: 'TC', semver: '7.3.3' });
    expect(rendered(r)).toMatch(/CE 9\.15 → TC 7\.3\.3/);
  });
});

describe('#7 「いえ、」 before a SQL build corrects it', () => {
  const J = ['TMS 15.2 で CE 9.15 の端末が No HTTPS response です', 'SQL はローカルで 11.0.2100 です'];
  it.each(['いえ、11.0.6518 でした', 'いいえ、11.0.6518 です', 'すみません、11.0.6518 でした', '訂正します、11.0.6518 でした', '11.0.6518 でした'])('%s', (msg) => {
    const r = last(talk(...J, msg));
    expect(r.state.facts.sql).toMatchObject({ year: 2012, sp: 3, build: '11.0.6518' });
    expect(rendered(r)).toMatch(/すでに TLS 1\.2 に対応しています/);
    expect(rendered(r)).not.toMatch(/Windows Server のバージョンを読み取れませんでした/);
  });
  it('the reader: a lead of いえ is taken, other words before the build are not', () => {
    expect(bareSqlBuild('いえ、11.0.6518 でした')?.build).toBe('11.0.6518');
    expect(bareSqlBuild('いいえ 11.0.6518')?.build).toBe('11.0.6518');
    expect(bareSqlBuild('家で 11.0.6518 でした')).toBeNull();
  });
});

describe('#14 「TMS を2台」 is a count of servers, not TMS version 2', () => {
  it.each(['高可用性構成で TMS を2台運用しています', 'TMS を2台運用しています', '2台の TMS で運用しています'])('%s: the redundant-TMS answer, no TMS version', (msg) => {
    const r = last(talk(PJ, msg));
    const text = rendered(r);
    expect(text).toMatch(/両方のノードで行ってください/);
    expect(text).not.toMatch(/「2」は TMS のリリース番号/);
    expect(r.state.facts.tms).toMatchObject({ semver: '15.2.0' });
  });
  it('TMS releases still read', () => {
    expect(extractFacts('TMS を2台運用しています').facts.tms).toBeUndefined();
    expect(extractFacts('TMS を2台運用しています').problems).toEqual([]);
    expect(extractFacts('TMS 15.2 です').facts.tms?.semver).toBe('15.2.0');
    expect(extractFacts('TMS は 14.6.2 です').facts.tms?.semver).toBe('14.6.2');
    expect(extractFacts('TMS 15.13 on Windows 2019').facts.tms?.semver).toBe('15.13.0');
  });
});

describe('#17 JA catalogue gaps', () => {
  it.each<[string, string]>([
    ['TLS 1.0 は残したまま 1.2 を追加するだけでいいですか？', 'keep-tls10-add-tls12'],
    ['TLS 1.0 はそのままで TLS 1.2 を追加すればいいですか', 'keep-tls10-add-tls12'],
    ['レジストリキーを作るだけでいいですか？', 'registry-alone'],
    ['レジストリだけで足りますか？', 'registry-alone'],
    ['IIS の再起動だけで動きますか？', 'services-restart-enough'],
    ['IISの再起動だけでいいですか？', 'services-restart-enough'],
  ])('%s → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it('answered in the conversation, not "cannot answer"', () => {
    expect(say([PJ], 'TLS 1.0 は残したまま 1.2 を追加するだけでいいですか？').text).toMatch(/はい、それがまさに修正内容です/);
    expect(say([PJ], 'レジストリキーを作るだけでいいですか？').text).toMatch(/いいえ。レジストリのキーは/);
    expect(say([PJ], 'IIS の再起動だけで動きますか？').text).toMatch(/`iisreset` だけでは/);
  });
  it('a TLS 1.2 step alone is not the keep-TLS-1.0 question', () => {
    expect(findEntry('1.2 を追加するだけでいいですか？')?.id).not.toBe('keep-tls10-add-tls12');
  });
});

describe('#18 KB4019276 in English and Japanese', () => {
  const W = 'TMS 15.2 on Windows Server 2008 SP2, endpoints on CE 9.15 show No HTTPS response';
  const WJ = 'TMS 15.2、Windows Server 2008 SP2、CE 9.15 の端末が No HTTPS response になります';
  it.each<[string, string, string, RegExp]>([
    ['en installed', W, 'KB4019276 is installed already', /Good: with KB4019276 in place[^\n]*create the TLS 1\.2 keys|Create the TLS 1\.2 keys/],
    ['en needed', W, 'is KB4019276 needed?', /Yes\. On Windows Server 2008[^\n]*do not exist until KB4019276 is installed/],
    ['ja installed', WJ, 'KB4019276 は入っています', /KB4019276 が適用されていれば[^\n]*キーを追加できます/],
    ['ja needed', WJ, 'KB4019276 は必要ですか？', /はい。Windows Server 2008 では KB4019276 を適用するまで/],
    ['en missing (unchanged)', W, 'KB4019276 is not installed', /Then install Microsoft's KB4019276 first/],
    ['ja missing (unchanged)', WJ, 'KB4019276 は入っていません', /先に Microsoft の KB4019276 を適用してください/],
  ])('%s: %s', (_n, setup, msg, want) => {
    const text = rendered(last(talk(setup, msg)));
    expect(text).toMatch(want);
    expect(text).not.toMatch(/I don't know that one|I could not find|お答えできません/);
  });
  it('on Windows Server 2016 it is not needed', () => {
    expect(say([P], 'is KB4019276 needed?').text).toMatch(/No\. KB4019276 is only for Windows Server 2008 \(not R2\) SP2/);
    expect(say([P], 'KB4019276 is installed already').text).toMatch(/does not need it/);
  });
  it('with Windows unknown, it says where it applies', () => {
    expect(say(['TMS 15.2, CE 9.15 No HTTPS response'], 'do we need KB4019276?').text).toMatch(/Only on Windows Server 2008 \(not R2\) SP2/);
  });
  it('asking whether it is installed, or saying it is not, is not "installed"', () => {
    expect(findEntry('is kb4019276 installed?')?.id).not.toBe('kb4019276-installed');
    expect(findEntry("we don't have KB4019276 installed")?.id).toBe('kb4019276-missing');
    expect(findStatementEntry('KB4019276 is not installed')?.id).toBe('kb4019276-missing');
    expect(findStatementEntry('KB4019276 is installed already')?.id).toBe('kb4019276-installed');
  });
});

describe('#19 headings and answers that fit TMS 15.x', () => {
  it('"so we need to upgrade TMS?" on 14.6.2: the heading asks, the answer is yes', () => {
    const text = say(['TMS 14.6.2, CE 9.15, No HTTPS response'], 'so we need to upgrade TMS?').text;
    expect(text).toMatch(/Does TMS need an upgrade\?/);
    expect(text).toMatch(/Yes\. TMS 14\.6\.2 cannot be fixed in place/);
    expect(text).not.toMatch(/Fixing it without upgrading TMS/);
    const ja = say(['TMS 14.6.2、CE 9.15 で No HTTPS response'], 'TMS のアップグレードが必要ですか？').text;
    expect(ja).toMatch(/TMS のアップグレードは必要か/);
  });
  it('downgrade on TMS 15.2: not needed, Medium-High on their 15.2 is the fix', () => {
    const text = say([P], 'should we downgrade the endpoints to TC 7.3.3 instead?').text;
    expect(text).toMatch(/Not needed: your TMS 15\.2 can be fixed in place[^\n]*Medium-High/);
    expect(text).not.toMatch(/Upgrading TMS to 15\.x/);
    const ja = say([PJ], 'TC 7.3.3 にダウングレードすべきですか？').text;
    expect(ja).toMatch(/不要です。お使いの TMS 15\.2 はそのまま修正できます/);
    expect(ja).not.toMatch(/TMS を 15\.x にし/);
  });
  it('downgrade on TMS 14.6.2: the stopgap, and upgrading TMS is the real fix', () => {
    expect(say(['TMS 14.6.2, CE 9.15, No HTTPS response'], 'should we downgrade the endpoints to TC 7.3.3 instead?').text).toMatch(/Upgrading TMS to 15\.x and raising it to Medium-High is the real fix/);
  });
});
