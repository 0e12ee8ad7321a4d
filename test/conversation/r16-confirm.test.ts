/**
 * Round 16 (QA report 16) #4: a request to confirm ("Please confirm your TMS version is 15.x and SQL is 2016") or
 * someone's question under a label ("Earlier question from us: Is SQL 2008 R2 installed on the TMS server?")
 * records no fact and does not replace a stated one.
 */
import { runIn } from './helpers';
import { extractFacts } from '../../src/domain/extract';

const facts = (lang: 'en' | 'ja', msgs: string[]) => runIn(lang, msgs).state.facts;

describe('r16 #4: a request to confirm or a labelled question records no fact', () => {
  it('"Please confirm your TMS version is 15.x and SQL is 2016" keeps the stated TMS 14.6.2 and adds no SQL', () => {
    const r = runIn('en', ['We upgraded our MX300 G2 to ce9.12.3 and now TMS 14.6.2 says No HTTPS response.\nSupport asked: Please confirm your TMS version is 15.x and SQL is 2016.']);
    expect(r.state.facts.tms?.semver).toBe('14.6.2');
    expect(r.state.facts.sql).toBeUndefined();
  });

  it('the request deep in a forwarded thread adds no SQL either', () => {
    const f = facts('en', [
      "Hi team, customer reply below, can you help?\n\n> From: John Smith <jsmith@contoso.com>\n> We upgraded our MX300 G2 to ce9.12.3 last night and now TMS 14.6.2 says No HTTPS response. Our TMS runs on Windows 2012 R2.\n> Regards,\n>\n> > On Monday, support wrote:\n> > > Please confirm your TMS version is 15.x and SQL is 2016.\n\nThanks\n--\nKenji Tanaka",
    ]);
    expect(f.tms?.semver).toBe('14.6.2');
    expect(f.windows?.year).toBe(2012);
    expect(f.sql).toBeUndefined();
  });

  it.each([
    'Please confirm your TMS version is 15.x and SQL is 2016.',
    'Kindly verify that SQL is 2016.',
    'Could you confirm that your TMS is 15.9?',
    'Earlier question from us: Is SQL 2008 R2 installed on the TMS server?',
    'TMS のバージョンが 15.9 であることをご確認ください。',
    'SQL が 2016 かどうか確認してください。',
  ])('states nothing: %j', (msg) => {
    expect(extractFacts(msg).facts).toEqual({});
  });

  it('a labelled question under stated facts does not replace them', () => {
    const f = facts('en', ['TMS 15.2, CE 9.12.3, SQL 2016 on another server.\nEarlier question from us: Is SQL 2008 R2 installed on the TMS server?']);
    expect(f.sql?.year).toBe(2016);
    expect(f.sqlLocation).toBe('remote');
    const q = facts('en', ['TMS 15.2, CE 9.12.3, SQL 2016 on another server.\n> Earlier question from us: Is SQL 2008 R2 installed on the TMS server?']);
    expect(q.sql?.year).toBe(2016);
    expect(q.sqlLocation).toBe('remote');
  });

  it.each([
    ['Please check our setup: TMS 15.9, CE 9.15.3, SQL 2016 remote.', '15.9.0'],
    ['Quick question: TMS 15.9, CE 9.15.3, SQL 2016 remote - do we need a reboot?', '15.9.0'],
    ['TMS 15.9、CE 9.15.3、SQL 2016 別サーバです。ご確認お願いします', '15.9.0'],
  ])('the user’s own facts around a request still count: %j', (msg, tms) => {
    expect(extractFacts(msg).facts.tms?.semver).toBe(tms);
  });
});
