/**
 * R46C item 3 (QA round 30 M8): a SQL build in its own clause ("SQL 2012 SP4, build 11.0.7001", 「…SP1です。ビルドは
 * 12.0.4100.1」, "2012 SP3 CU2 on the same box, 11.0.6537.0") was dropped, and the bot then asked to check the build.
 */
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';

describe('a SQL build in a clause of its own is kept', () => {
  it.each([
    ['SQL 2012 SP4, build 11.0.7001', '11.0.7001'],
    ['SQL is SQL Server 2014 SP1 on the same server, build 12.0.4100.1', '12.0.4100.1'],
    ['SQLは同じサーバのSQL Server 2014 SP1です。ビルドは12.0.4100.1', '12.0.4100.1'],
    ['sql is 2012 SP3 CU2 on the same box, 11.0.6537.0. windows 2012', '11.0.6537.0'],
  ])('%s', (msg, build) => {
    expect(extractFacts(msg).facts.sql?.build).toBe(build);
  });
  it('a build of another SQL line is not taken', () => {
    expect(extractFacts('SQL 2014 SP1, the other server has 11.0.7001').facts.sql?.build).toBeNull();
  });
  it('the answer uses the build (below SP1 GDR: update first), not "check the build"', () => {
    const text = rendered(runIn('en', ['TMS 15.6, SX20 TC7.3.21, No HTTPS response', 'SQL is SQL Server 2014 SP1 on the same server, build 12.0.4100.1']));
    expect(text).not.toMatch(/check the build/i);
    expect(text).toMatch(/12\.0\.4100\.1/);
    const ja = rendered(runIn('ja', ['TMS 15.6、SX20 TC7.3.21でNo HTTPS response', 'SQLは同じサーバのSQL Server 2014 SP1です。ビルドは12.0.4100.1']));
    expect(ja).not.toMatch(/先にビルドを確認/);
  });
});
