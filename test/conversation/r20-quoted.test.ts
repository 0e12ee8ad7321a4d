/**
 * Round 20 (helper R20A): a bare answer typed under one of our questions quoted back (e-mail / Slack style) is read
 * as the answer to that question; 「いいえ、…」 under a quoted question continues its topic as "No, …" does.
 */
import { extractFacts } from '../../src/domain/extract';
import { questions, runIn } from './helpers';

const facts = (lang: 'en' | 'ja', msg: string) => runIn(lang, [msg]).state.facts;

describe('a bare answer under a quoted question', () => {
  it.each<['en' | 'ja', string, string, unknown]>([
    ['en', '> Which TMS version?\n15.9', 'tms', '15.9.0'],
    ['en', '> Which TMS version is installed?\n15.13.1', 'tms', '15.13.1'],
    ['en', '> Which software version do the affected endpoints run?\n9.15.3', 'endpoint', '9.15.3'],
    ['en', '> Which Windows Server release does TMS run on?\n2012 R2', 'windows', 2012],
    ['en', '> Which SQL Server version does TMS use, and does it run on the TMS server itself?\n2014 SP2, same server', 'sql', 2014],
    ['en', '> Which SQL?\n2016', 'sql', 2016],
    ['ja', '> TMS のバージョンは？\n15.9', 'tms', '15.9.0'],
    ['ja', '> インストールされている TMS のバージョンを教えてください\n15.9', 'tms', '15.9.0'],
    ['ja', '> Windows のバージョンは？\n2016です', 'windows', 2016],
  ])('%s %j: %s', (lang, msg, field, value) => {
    const f = facts(lang, msg) as Record<string, { semver?: string; year?: number } | undefined>;
    const v = f[field];
    expect(v).toBeDefined();
    expect(typeof value === 'number' ? v?.year : v?.semver).toBe(value);
  });

  it('the SQL answer also gives where SQL runs', () => {
    expect(facts('en', '> Which SQL Server version does TMS use, and does it run on the TMS server itself?\n2014 SP2, same server').sqlLocation).toBe('local');
  });

  it('the quoted question is the one answered, not the one we asked last (SQL open, Windows quoted)', () => {
    const r = runIn('en', ['TMS 15.9, CE 9.15.3', '> Which Windows Server release does TMS run on?\n2016']);
    expect(r.state.facts.windows?.year).toBe(2016);
    expect(r.state.facts.sql).toBeUndefined();
    expect(questions(r)).toContain('need-sql-version');
  });

  it.each<['en' | 'ja', string]>([
    ['en', '> How many endpoints are affected?\n12'],
    ['en', '> When did you upgrade the endpoints?\n2019'],
    ['en', '> Which TMS version?\nThanks, we had maintenance on 2019-05-03'],
    ['en', '> Which Windows Server release does TMS run on?\nI opened case 2019 for that'],
    ['en', '> Which TMS version?\nyes'],
    ['en', '> Which TMS version?\n3 servers'],
    ['ja', '> エンドポイントは何台ですか？\n12台'],
    ['ja', '> TMS のバージョンは？\n確認します'],
  ])('%s %j: records nothing', (lang, msg) => {
    expect(facts(lang, msg)).toEqual({});
  });

  it('a reply that does not read as the value is not complained about as a bad version', () => {
    const r = runIn('en', ['> Which TMS version?\nThanks, we had maintenance on 2019-05-03']);
    expect(JSON.stringify(r.replies)).not.toMatch(/does not look like a TMS release|not a TMS release I know/);
  });
});

describe('"No, …" / 「いいえ、…」 under a quoted yes/no question', () => {
  it.each<['en' | 'ja', string]>([
    ['ja', '> TMS 14 の問題ですか？\nいいえ、15.9 で Medium です。エンドポイントは CE 9.15.3。'],
    ['en', '> Is this a TMS 14 problem?\nNo, 15.9 at Medium. Endpoints are CE 9.15.3.'],
  ])('%s %j: TMS 15.9, Medium, CE 9.15.3', (lang, msg) => {
    const f = facts(lang, msg);
    expect(f.tms?.semver).toBe('15.9.0');
    expect(f.level).toBe('medium');
    expect(f.endpoint?.semver).toBe('9.15.3');
  });

  it('「いいえ、まだアップグレードしていません」 states no version', () => {
    expect(extractFacts('いいえ、まだアップグレードしていません').facts).toEqual({});
  });
});
