/**
 * FIX20G F1 (QA49): "fyi Osaka TMS is 14.6.2 and their SX20s are on TC7.3.3", "the Osaka TMS is still 14.6 btw",
 * 「大阪の TMS はまだ 14.6 です」 as thread lines with no mention: another site's versions never replace the case's; the reply
 * says which were not used and why. The Slack adapter's thread flags (keepLang + unaddressed) as in message.ts.
 */
import type { IncomingMessage } from '../../src/conversation/types';
import { aboutOtherSite } from '../../src/domain/understand/other-site';
import { last, rendered, talk } from './helpers';

const root = (t: string): IncomingMessage => ({ kind: 'text', text: t, keepLang: true });
const line = (t: string): IncomingMessage => ({ kind: 'text', text: t, keepLang: true, unaddressed: true });
const thread = (first: string, ...rest: string[]) => talk(root(first), ...rest.map(line));

const EN = 'TMS 15.13, SX20s on CE 9.8.1 show No HTTPS response, Windows 2019, SQL 2016 remote';
const JA = 'TMS 15.13 で SX20 (CE 9.8.1) が No HTTPS response になっています。Windows 2019、SQL 2016 は別サーバ';

describe('F1: another site\'s versions in a thread line', () => {
  it.each([
    ['en', EN, 'fyi Osaka TMS is 14.6.2 and their SX20s are on TC7.3.3', /Not taken into this case: TMS 14\.6\.2, TC 7\.3\.3\. That message speaks of another site's systems, so your versions stay as they were \(TMS 15\.13, CE 9\.8\.1\)/],
    ['en', EN, 'the Osaka TMS is still 14.6 btw', /Not taken into this case: TMS 14\.6\..*\(TMS 15\.13\)/],
    ['en', EN, 'their SX20s are still on TC7.3.3', /Not taken into this case: TC 7\.3\.3/],
    ['ja', JA, '大阪の TMS はまだ 14.6 です', /この件には反映していません：TMS 14\.6。別の拠点のシステムについてのメッセージと判断しました。こちらのバージョン（TMS 15\.13）はそのままです/],
    ['ja', JA, '別拠点の端末は TC7.3.3 です', /この件には反映していません：TC 7\.3\.3/],
  ] as const)('%s %s', (_lang, first, msg, note) => {
    const rs = thread(first, msg);
    const r = last(rs);
    expect(r.state.facts.tms).toEqual(rs[0].state.facts.tms);
    expect(r.state.facts.endpoint).toEqual(rs[0].state.facts.endpoint);
    const out = rendered(r);
    expect(out).toMatch(note);
    expect(out).not.toMatch(/Updated:|更新：|cannot be fixed in place|Not this problem/);
  });

  it.each([
    ['en', EN, 'we are on TMS 14.6 actually', '14.6.0'],
    ['en', EN, 'sorry, our TMS is 14.6.2', '14.6.2'],
    ['en', EN, 'we moved the TMS to another site, it is 15.9 now', '15.9.0'],
    ['ja', JA, 'すみません、うちの TMS は 14.6 でした', '14.6.0'],
  ] as const)('%s %j still changes the case\'s TMS', (_lang, first, msg, semver) => {
    expect(last(thread(first, msg)).state.facts.tms?.semver).toBe(semver);
  });

  it('another TMS kept apart by the extractor stays its own reading ("TMS 15.0 runs at another site")', () => {
    const r = last(thread(EN, 'TMS 15.0 runs at another site'));
    expect(r.route).not.toBe('other-site-line');
    expect(r.state.facts.tms?.semver).toBe('15.13.0');
  });

  it.each([
    'fyi Osaka TMS is 14.6.2',
    'Osaka TMS is 14.6.2',
    'ok, Leeds codecs are on TC7.3.3',
    'their SX20s are on TC7.3.3',
  ])('%j is about another site', (m) => expect(aboutOtherSite(m)).toBe(true));
  it.each([
    'Actually TMS is 14.6',
    'Our TMS is 15.13',
    'Sorry TMS is 15.2',
    'our Osaka TMS is 15.13',
    'Webex Room Kits are on CE 9.15',
    'Cisco TMS 15.13',
    'Windows Server 2019',
    'Production TMS is 15.2',
    'Jabber endpoints work fine',
    'SQL Server 2008 R2',
    'the CMS team said the TLS change is fine. TMS 15.2.1, CE 9.15, SQL 2016',
    '更新：SQL Server 2012 → SQL Server 2012 SP4',
    'Redundant TMS 15.11 pair, Windows 2016, SQL 2016 local. CE 9.14, No HTTPS response.',
    '2台の TMS はどちらも 15.2 です',
    '冗長構成のTMS 15.11、Windows 2016、SQL 2016同居。CE 9.14でNo HTTPS response',
    'TMS\t15.9\nWindows\t2012 R2\nEndpoints\tSX80 TC7.3.6',
    'SX10 CE 8.3. Security team applied IIS Crypto best practices',
    'TMS 15.8, Win Server 2019, SQL 2017 local, SX80 ce9.15 no https response',
    'SQL 2016 はリモートのサーバです',
    '40台中3台で No HTTPS response が出ています。他の端末は正常です。',
  ])('%j is not', (m) => expect(aboutOtherSite(m)).toBe(false));
});
