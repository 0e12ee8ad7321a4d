import { diagnose } from '../../src/domain/diagnose';
import { SOURCES, SOURCE_IDS, isSourceId, sourcesFor } from '../../src/domain/sources';
import { parseEndpoint, parseSql, parseTms, parseWindows } from '../../src/domain/versions';
import type { Diagnosis, Facts, ParseResult } from '../../src/domain/types';

function ok<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(r.problem.message.en);
  return r.value;
}

const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** The vendors' own hosts: a link must lead to the publisher, not a mirror or a blog. */
const HOSTS: Record<string, RegExp> = {
  Cisco: /^(?:www\.cisco\.com|bst\.cloudapps\.cisco\.com)$/,
  Microsoft: /^(?:support\.microsoft\.com|learn\.microsoft\.com|techcommunity\.microsoft\.com)$/,
  IETF: /^www\.rfc-editor\.org$/,
};

describe('sources: shape', () => {
  it.each(SOURCE_IDS.map((id) => [id]))('%s has its id, a bilingual label and a public https URL of its publisher', (id) => {
    const s = SOURCES[id];
    expect(s.id).toBe(id);
    const u = new URL(s.url);
    expect(u.protocol).toBe('https:');
    expect(u.username + u.password).toBe('');
    expect(u.port).toBe('');
    expect(u.hostname).toMatch(HOSTS[s.publisher]);
    expect(s.url).not.toMatch(/\s/);
    expect(s.label.en.trim().length).toBeGreaterThan(3);
    expect(s.label.ja.trim().length).toBeGreaterThan(3);
    expect(s.label.en).not.toMatch(JA);
    expect(s.label.ja).toMatch(JA);
    // short enough for a Slack button (75 characters)
    expect(s.label.en.length).toBeLessThanOrEqual(75);
    expect(s.label.ja.length).toBeLessThanOrEqual(75);
  });

  it('every id is unique, every URL is unique, and the table has exactly the listed ids', () => {
    expect(new Set(SOURCE_IDS).size).toBe(SOURCE_IDS.length);
    expect(Object.keys(SOURCES).sort()).toEqual([...SOURCE_IDS].sort());
    const urls = SOURCE_IDS.map((id) => SOURCES[id].url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('the KB and bug links name their number', () => {
    for (const id of SOURCE_IDS) {
      const m = /^ms-kb(\d+)$/.exec(id);
      if (m) {
        expect(SOURCES[id].url).toContain(m[1]);
        expect(SOURCES[id].label.en).toContain(`KB${m[1]}`);
        expect(SOURCES[id].label.ja).toContain(`KB${m[1]}`);
      }
    }
    expect(SOURCES['cisco-bug-cscuz71542'].url).toMatch(/CSCuz71542$/);
    expect(SOURCES['cisco-technote-211279'].url).toContain('211279');
  });

  it('isSourceId and sourcesFor accept only known ids, drop duplicates and keep the order', () => {
    expect(isSourceId('ms-kb3052404')).toBe(true);
    expect(isSourceId('ms-kb0000000')).toBe(false);
    expect(isSourceId(42)).toBe(false);
    expect(sourcesFor(['rfc8996', 'nope', 'ms-kb3052404', 'rfc8996']).map((s) => s.id)).toEqual(['rfc8996', 'ms-kb3052404']);
    expect(sourcesFor(undefined)).toEqual([]);
    expect(sourcesFor('ms-kb3052404' as unknown as string[])).toEqual([]);
  });
});

describe('sources: findings carry the links of what they cite', () => {
  const facts = (o: Record<string, string | undefined>): Facts => ({
    tms: o.tms ? ok(parseTms(o.tms)) : undefined,
    endpoint: o.endpoint ? ok(parseEndpoint(o.endpoint)) : undefined,
    sql: o.sql ? ok(parseSql(o.sql)) : undefined,
    windows: o.windows ? ok(parseWindows(o.windows)) : undefined,
  });
  const find = (d: Diagnosis, code: string) => d.findings.find((f) => f.code === code);

  it('every source id on every finding is a known id', () => {
    for (const tms of ['14.6.2', '15.2.1'])
      for (const sql of ['2008 R2', '2012 SP1', '2014 SP2', '2016'])
        for (const windows of ['2008', '2008 R2', '2016', undefined]) {
          const d = diagnose(facts({ tms, endpoint: 'CE9.15', sql, windows }));
          for (const f of d.findings) for (const id of f.sources ?? []) expect(isSourceId(id)).toBe(true);
        }
  });

  it('TMS before 15 cites bug CSCuz71542', () => {
    const d = diagnose(facts({ tms: '14.6.2', endpoint: 'TC7.3.6' }));
    expect(find(d, 'tms-pre15-upgrade-or-downgrade')?.sources).toContain('cisco-bug-cscuz71542');
  });

  it('the SQL 2012 caveat cites KB3052404 and KB3135244; 2008 R2 cites KB3135244 and KB3146034', () => {
    const d12 = diagnose(facts({ tms: '15.2.1', endpoint: 'CE9.15', sql: '2012 SP1' }));
    const sql12 = d12.findings.find((f) => f.code.startsWith('caveat-sql2012'));
    expect(sql12?.sources).toEqual(expect.arrayContaining(['ms-kb3052404', 'ms-kb3135244']));
    const d08 = diagnose(facts({ tms: '15.2.1', endpoint: 'CE9.15', sql: '2008 R2' }));
    expect(find(d08, 'caveat-sql2008r2-keep-tls10-ssl3')?.sources).toEqual(
      expect.arrayContaining(['ms-kb3135244', 'ms-kb3146034']),
    );
  });

  it('the registry step cites the Schannel documentation, and KB4019276 on Windows Server 2008', () => {
    const d = diagnose(facts({ tms: '15.2.1', endpoint: 'CE9.15', sql: '2016', windows: '2008 R2' }));
    expect(find(d, 'enable-tls11-12-registry')?.sources).toContain('ms-schannel-registry');
    expect(find(d, 'enable-tls11-12-registry')?.sources).not.toContain('ms-kb4019276');
    const d8 = diagnose(facts({ tms: '15.2.1', endpoint: 'CE9.15', sql: '2016', windows: '2008' }));
    expect(find(d8, 'enable-tls11-12-registry')?.sources).toContain('ms-kb4019276');
  });

  it('the cause findings cite the Cisco TechNote', () => {
    const d = diagnose(facts({ tms: '15.2.1', endpoint: 'CE9.15', sql: '2016', windows: '2019' }));
    expect(find(d, 'endpoint-no-tls10')?.sources).toContain('cisco-technote-211279');
    expect(find(d, 'tms-medium-tls10-only')?.sources).toContain('cisco-technote-211279');
  });
});
