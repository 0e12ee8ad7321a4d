/**
 * QA36 #8: "Does SQL Server need an update first?" asked as "can we install KB3052404 and go?" for SQL 2012 SP1: the answer's
 * first word answers the heading (yes: a service-pack upgrade; KB3052404 does not exist for SP1, knowledge.md), not "No:".
 * The other rows of KB3135244's table keep a first word that matches the heading.
 */
import { last, rendered, runIn, talk } from './helpers';

const first = (setup: string, q: string, lang: 'en' | 'ja' = 'en') => {
  const out = rendered(lang === 'ja' ? runIn('ja', [setup, q]) : last(talk(setup, q)));
  const i = out.indexOf(lang === 'ja' ? 'SQL Server を先に更新する必要はありますか' : 'Does SQL Server need an update first?');
  expect(i).toBeGreaterThanOrEqual(0);
  // The first paragraph after the heading and its underline.
  return out.slice(i).split('\n').map((l) => l.trim()).filter((l) => l && !/^[-=]+$/.test(l))[1];
};

describe('r66: "does SQL need an update first?" starts with the right yes/no', () => {
  it.each([
    'can we install KB3052404 and go?',
    'should I install KB3052404?',
    'so install the KB?',
  ])('SQL 2012 SP1 local, "%s": Yes, a service-pack upgrade, not KB3052404', (q) => {
    const p = first('TMS 15.2.1 / SQL Server 2012 SP1 (11.0.3000) local / w2k12r2 / SX20 tc7.3.6 no https', q);
    expect(p).toMatch(/^Yes, a service-pack upgrade first, not KB3052404/);
    expect(p).not.toMatch(/^No\b/);
  });

  it('JA: はい first', () => {
    const p = first('TMS 15.2.1、SQL Server 2012 SP1（11.0.3000）同居、Windows 2012 R2、SX20 tc7.3.6 で No HTTPS response', 'KB3052404を入れればいいですか？', 'ja');
    expect(p).toMatch(/^はい、先にサービス パックのアップグレードが必要です/);
  });

  it.each([
    // (KB3052404 named: "yes, that is the update" and its packages by branch, FIX64A / QA63 #17.)
    ['SQL Server 2012 SP2 (11.0.5058) local', /^Yes, that is the update: KB3052404 .* installed before any TLS change/],
    ['SQL Server 2014 SP1 (12.0.4100) local', /^Yes, that is the update: KB3052404 .* installed before any TLS change/],
    ['SQL Server 2012 SP3 (11.0.6518) local', /^No: .* already supports TLS 1\.2/],
    ['SQL Server 2014 (12.0.2300) local', /^No: .* already supports TLS 1\.2/],
    ['SQL Server 2016 local', /^No: .* already supports TLS 1\.2/],
    ['SQL Server 2012 local', /^It depends on the exact build/],
    ['SQL Server 2008 R2 SP2 local', /^Not for this fix/],
    ['SQL Server 2012 SP1 remote', /^Not for this fix/],
  ])('%s: the first word matches the heading', (sql, re) => {
    expect(first(`TMS 15.2.1 / ${sql} / w2k12r2 / SX20 tc7.3.6 no https`, 'can we install KB3052404 and go?')).toMatch(re);
  });
});
