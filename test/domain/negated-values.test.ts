/**
 * A value under a negation ("not A", "isn't A", "no longer A", 「A ではなく」「A ではありません」) is never
 * the value; the one after "but" / "rather" / "it's" / 「ではなく B」 is. A message that only denies
 * reports what it denies (Extraction.negated), so the engine can drop it and ask again.
 */
import { extractFacts } from '../../src/domain/extract';
import { parseSqlLocation } from '../../src/domain/versions';
import { withoutDeniedServicePack } from '../../src/domain/understand/correction';

const shown = (text: string) => {
  const f = extractFacts(text).facts;
  return {
    tms: f.tms?.semver,
    sql: f.sql ? `${f.sql.year}${f.sql.r2 ? ' R2' : ''}${f.sql.sp ? ` SP${f.sql.sp}` : ''}` : undefined,
    windows: f.windows ? `${f.windows.year}${f.windows.r2 ? ' R2' : ''}` : undefined,
    endpoint: f.endpoint ? `${f.endpoint.family} ${f.endpoint.semver}` : undefined,
    level: f.level,
    sqlLocation: f.sqlLocation,
  };
};
const none = { tms: undefined, sql: undefined, windows: undefined, endpoint: undefined, level: undefined, sqlLocation: undefined };

describe('"not A but B": B is the value, A never is', () => {
  it.each([
    ['TMS is not 15.2.1 but 14.6.2', { tms: '14.6.2' }],
    ['sorry, SQL is not 2016 but 2008 R2', { sql: '2008 R2' }],
    ['Windows is not 2012 R2 but 2008 R2', { windows: '2008 R2' }],
    ['SQL is not 2014 SP2 but 2014 SP1', { sql: '2014 SP1' }],
    ['SQL is not 2014 SP2 but SP1', { sql: '2014 SP1' }],
    ["Windows isn't 2012 R2, rather 2016", { windows: '2016' }],
    ['TMS is no longer 14.6, it is 15.13', { tms: '15.13.0' }],
    ['level is not Medium but Medium-High', { level: 'medium-high' }],
    ['TMS is not at Medium-High but Medium', { level: 'medium' }],
    ['SQL is not local but remote', { sqlLocation: 'remote' }],
    ['endpoints are not CE 9.15 but TC 7.3.6', { endpoint: 'TC 7.3.6' }],
    ['SQL は 2014 SP2 ではなく SP1 でした', { sql: '2014 SP1' }],
    ['SQL は 2014 SP2 ではなく 2012 SP1 でした', { sql: '2012 SP1' }],
    ['訂正です。SQL は 2012 SP1 ではなく 2016 でした', { sql: '2016' }],
    ['TMS 15.2.1 じゃなくて 14.6.2', { tms: '14.6.2' }],
    ['SQL はローカルではなく別サーバです', { sqlLocation: 'remote' }],
    // the forms that already worked stay as they were
    ['SQL is 2008 R2, not 2016', { sql: '2008 R2' }],
    ["SQL isn't 2016, it's 2008 R2", { sql: '2008 R2' }],
  ])('%s', (text, want) => {
    const got = shown(text);
    expect({ ...got, sqlLocation: 'sqlLocation' in want ? got.sqlLocation : undefined }).toEqual({ ...none, ...want });
  });
});

describe('a value only denied is no value, and is reported as denied', () => {
  it.each([
    ['TMS is not 15.2.1', 'tms'],
    ["TMS isn't 15.2.1", 'tms'],
    ['TMS is no longer 14.6', 'tms'],
    ['Windows is not 2012 R2', 'windows'],
    ['SQL is not 2014 SP2', 'sql'],
    ['level is not Medium-High', 'level'],
    ['TMS は 15.2.1 ではありません', 'tms'],
  ])('%s → no %s value, %s denied', (text, field) => {
    const ex = extractFacts(text);
    expect((ex.facts as Record<string, unknown>)[field]).toBeUndefined();
    expect(ex.negated && field in ex.negated).toBe(true);
  });
  it.each([
    // "not" that denies no value: nothing is denied, the rest is read as before
    ['TMS is not affected, SQL 2016', { sql: '2016' }],
    ['TMS is 15.2.1, not sure about SQL', { tms: '15.2.1' }],
    ['TMS 15.2.1, level not changed', { tms: '15.2.1' }],
  ])('%s', (text, want) => {
    const ex = extractFacts(text);
    expect(ex.negated).toBeUndefined();
    expect(shown(text)).toEqual({ ...none, ...want });
  });
});

describe('where SQL runs, under a negation', () => {
  it.each([
    ['SQL is not local', 'remote'],
    ["SQL isn't on the same server", 'remote'],
    ['SQL は同居ではありません', 'remote'],
    ['SQL is not remote', 'local'],
    ['SQL is local', 'local'],
  ])('%s → %s', (text, where) => {
    expect(parseSqlLocation(text)).toBe(where);
  });
});

describe('a service pack said not to be', () => {
  it.each([
    ['sorry, not SP2 but SP1', /SP1/, /SP2/],
    ['SP2 ではなく SP1 でした', /SP1/, /SP2/],
    ['it is SP1, not SP2', /SP1/, /SP2/],
  ])('%s', (text, kept, gone) => {
    const out = withoutDeniedServicePack(text);
    expect(out).toMatch(kept);
    expect(out).not.toMatch(gone);
  });
});
