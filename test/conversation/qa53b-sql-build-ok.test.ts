/**
 * QA53 #7: a SQL build in a question ("is 12.0.4100 ok?", "is 12.0.4100 new enough for TLS 1.2?", "our build is 12.0.4100, is
 * that ok?", 「12.0.4100 で大丈夫ですか？」) got "I don't know that one" and the build was not kept. knowledge.md (SQL 2012/2014):
 * 12.0.4100 is 2014 SP1 before SP1 GDR 12.0.4219 / SP1 CU5 12.0.4439.1: the TLS 1.2 update first. Answered and recorded
 * when it fits the SQL Server held; a bare build and "what's 11.0.2100?" behave as before.
 */
import { rendered, runIn } from './helpers';

const OPENER = 'TMS 15.9 on Windows 2012 R2, SQL 2014 local, SX80s on CE 9.8 show No HTTPS response, level Medium';
const OPENER_JA = 'TMS 15.9、Windows 2012 R2、SQL 2014 は TMS サーバ上、SX80（CE 9.8）で No HTTPS response、レベルは Medium です';

describe('QA53 #7: "is 12.0.4100 ok?"', () => {
  it.each(['is 12.0.4100 ok?', 'our build is 12.0.4100, is that ok?', 'is 12.0.4100 new enough for TLS 1.2?', '12.0.4100 - is that fine?'])('EN: %s', (q) => {
    const r = runIn('en', [OPENER, q]);
    const out = rendered(r);
    expect(out).toMatch(/Not yet: this build comes before the first builds with TLS 1\.2 support/);
    expect(out).toMatch(/SP1 GDR 12\.0\.4219, SP1 CU5 12\.0\.4439\.1/);
    expect(out).toMatch(/12\.0\.4100 is SQL Server 2014 SP1/);
    expect(out).not.toMatch(/I don't know that one/);
    expect(r.state.facts.sql?.build).toBe('12.0.4100');
  });

  it.each(['12.0.4100 で大丈夫ですか？', 'ビルドは 12.0.4100 ですが、問題ありませんか'])('JA: %s', (q) => {
    const r = runIn('ja', [OPENER_JA, q]);
    const out = rendered(r);
    expect(out).toMatch(/まだです。このビルドは、TLS 1\.2 に対応した最初のビルドより前のものです/);
    expect(out).not.toMatch(/お答えできません/);
    expect(r.state.facts.sql?.build).toBe('12.0.4100');
  });

  it('a build with TLS 1.2 support: yes', () => {
    const out = rendered(runIn('en', [OPENER, 'is 12.0.5000 ok?']));
    expect(out).toMatch(/Yes, for this fix: no SQL change is needed/);
  });

  it('SQL on another server: yes for this fix', () => {
    const r = runIn('en', ['TMS 15.9 on Windows 2016, SQL 2014 remote, SX80s on CE 9.8 show No HTTPS response, level Medium', 'is 12.0.4100 ok?']);
    expect(rendered(r)).toMatch(/For this fix, yes, if this is your SQL Server: it runs on another server/);
    expect(rendered(r)).not.toMatch(/Not yet/);
  });

  it('a build of another release than the SQL held is answered, not recorded', () => {
    const r = runIn('en', ['TMS 15.9 on Windows 2012 R2, SQL 2012 local, SX80s on CE 9.8 show No HTTPS response, level Medium', 'is 12.0.4100 ok?']);
    expect(rendered(r)).toMatch(/12\.0\.4100 is SQL Server 2014 SP1/);
    expect(r.state.facts.sql?.year).toBe(2012);
    expect(r.state.facts.sql?.build ?? null).toBeNull();
  });

  it('"what\'s 11.0.2100?" is still answered without a yes/no and not recorded', () => {
    const r = runIn('en', [OPENER, "what's 11.0.2100?"]);
    expect(rendered(r)).toMatch(/11\.0\.2100 is SQL Server 2012 RTM/);
    expect(rendered(r)).not.toMatch(/Not yet|Yes, for this fix/);
    expect(r.state.facts.sql?.build ?? null).toBeNull();
  });

  it('a bare build is read as before', () => {
    const r = runIn('en', [OPENER, '12.0.4100']);
    expect(r.route).toBe('facts');
    expect(r.state.facts.sql?.build).toBe('12.0.4100');
  });
});
