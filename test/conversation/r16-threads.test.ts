/**
 * Round 16 (QA report 16) #3: in a pasted e-mail thread the newest (unquoted) text wins over the quoted older
 * messages ("> …", under "On …, X wrote:" / 「…さんが書きました:」 / "-----Original Message-----" / Outlook's
 * "From: … Sent: …"); quoted text only fills the fields the new text does not give.
 */
import { runIn } from './helpers';
import { replyLayers } from '../../src/domain/understand/reply-thread';

const facts = (lang: 'en' | 'ja', msgs: string[]) => runIn(lang, msgs).state.facts;

describe('r16 #3: in an e-mail thread the newest text wins', () => {
  it.each([
    ['en', "Update: we upgraded TMS to 15.9 last weekend, still No HTTPS response on the SX80s (CE 9.15.3).\n\n> On Mon, John wrote:\n> We're on TMS 14.6.2 and the SX80s went to CE 9.15.3."],
    ['ja', '先週TMSを15.9にアップグレードしましたが、まだSX80（CE 9.15.3）がNo HTTPS responseです。\n\n> 月曜日 田中さん:\n> TMSは14.6.2で、SX80をCE 9.15.3にしました。'],
    ['ja', 'TMSは15.9に上げました。CE 9.15.3 です。\n\n2026年12月1日 田中さんが書きました:\nTMSは14.6.2、SQL 2016 は別サーバです。'],
    ['en', 'We are now on TMS 15.9, CE 9.15.3.\n\n-----Original Message-----\nFrom: John\nSent: Monday\nSubject: TMS 14.6 issue\n\nTMS 14.6.2 here.'],
    ['en', 'We are now on TMS 15.9, CE 9.15.3.\n\nFrom: John Smith\nSent: Monday, December 1, 2026 10:00\nTo: Support\nSubject: RE: TMS 14.6 issue\n\nTMS 14.6.2, SQL 2016 on another server.'],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.3');
    // the TMS < 15 answer (upgrade TMS or downgrade the endpoints) is not given
    expect(r.replies.flatMap((x) => x.diagnosis?.findings ?? []).map((f) => f.code)).not.toContain('tms-pre15-upgrade-or-downgrade');
  });

  it('quoted text fills only the fields the new text does not give', () => {
    const f = facts('en', ['TMS was upgraded to 15.9 yesterday.\n> On Mon, John wrote:\n> TMS 14.6.2, SQL 2016 on another server, Windows 2019.']);
    expect(f.tms?.semver).toBe('15.9.0');
    expect(f.sql?.year).toBe(2016);
    expect(f.sqlLocation).toBe('remote');
    expect(f.windows?.year).toBe(2019);
  });

  it('a forwarded message under a note that states nothing is read, nested quotes oldest first', () => {
    const f = facts('en', [
      "Hi team, customer reply below, can you help?\n\n> From: John Smith <jsmith@contoso.com>\n> We upgraded our MX300 G2 to ce9.12.3 last night and now TMS 14.6.2 says No HTTPS response. Our TMS runs on Windows 2012 R2.\n> Regards,\n> John Smith | IT Manager | Contoso\n>\n> > On Monday, support wrote:\n> > > Please confirm your TMS version is 15.x and SQL is 2016.\n\nThanks\n--\nKenji Tanaka",
    ]);
    expect(f.tms?.semver).toBe('14.6.2');
    expect(f.endpoint?.semver).toBe('9.12.3');
  });

  it('a correction under a quote (Slack style, quote above) still continues the quoted topic', () => {
    expect(facts('en', ['TMS 15.9, CE 9.15.3, SQL 2016 remote', '> TMS 15.9\nsorry, 15.10']).tms?.raw).toBe('15.10');
    expect(facts('en', ['TMS 15.9, CE 9.15.3, SQL 2016 remote, Windows 2019', '> Understood so far: TMS 15.9 · CE 9.15.3 · Windows Server 2019\nno, 2016']).windows?.year).toBe(2016);
  });

  it('curl -v request lines are no quote; a plain message has no layers', () => {
    expect(replyLayers('* Trying 10.0.0.5:443...\n> GET /tcs/systemunit.xml HTTP/1.1\n> Host: 10.0.0.5\n< HTTP/1.1 301 Moved Permanently')).toBeNull();
    expect(replyLayers('TMS 15.9 -> 15.10, CE 9.15.3')).toBeNull();
    expect(replyLayers('a\n> b\n> > c')).toEqual(['a', 'b', 'c']);
  });
});
