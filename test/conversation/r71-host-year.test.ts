/**
 * FIX12B item 4 (QA37 B3, REV7 #6): a Windows host's release ("a 2016 server", 「2016サーバー」) is not SQL's release, and is the
 * TMS server's only when the text says so; a machine named back after SQL was put elsewhere ("that server is 2016", "its host
 * runs 2019") is SQL's host, not the TMS server. Nothing is stored when unsure. EN and JA.
 */
import { extractFacts } from '../../src/domain/extract';
import { runIn } from './helpers';

const P = 'TMS 15.2 shows No HTTPS response for our SX20 after upgrading it to CE 9.15';
const PJ = 'TMS 15.2でSX20をCE 9.15にアップグレードしたらNo HTTPS responseになりました';

describe('r71: a host year is not SQL release', () => {
  it.each(['the domain controller is a 2016 server', 'we have 2016 servers elsewhere but TMS runs on 2008 R2', 'the 2016 server hosts SQL', 'TMS is on 2008 R2, SQL is on a 2016 server'])(
    'EN: %s',
    (msg) => {
      const f = runIn('en', [P, msg]).state.facts;
      expect(f.sql).toBeUndefined();
      expect(f.sqlLocation).toBeUndefined();
      expect(f.windows === undefined || f.windows.year === 2008).toBe(true);
    },
  );
  it.each(['ドメインコントローラーは2016サーバーです', '2016サーバーでSQLが動いています'])('JA: %s', (msg) => {
    const f = runIn('ja', [PJ, msg]).state.facts;
    expect(f.sql).toBeUndefined();
    expect(f.windows).toBeUndefined();
  });
  it('Windows question open: another machine is not the TMS server', () => {
    const f = runIn('en', [P, 'SQL 2016 on a separate server', 'the domain controller is a 2016 server']).state.facts;
    expect(f.windows).toBeUndefined();
    expect(runIn('en', [P, 'SQL 2016 on a separate server', 'TMS runs on a 2016 server']).state.facts.windows?.year).toBe(2016);
  });
  it('the SQL release is still read', () => {
    expect(runIn('en', [P, 'SQL Server 2016 on a 2019 server']).state.facts.sql?.year).toBe(2016);
    expect(runIn('en', [P, '2016']).state.facts.sql?.year).toBe(2016);
  });
  it.each([
    'TMS 15.2.1, SQL 2014 SP2 runs on a separate server, that server is 2016',
    'TMS 15.2.1, SQL 2014 SP2 on a separate box. The box is 2019',
    'TMS 15.2.1, SQL 2014 SP2 is remote; its host runs 2019',
  ])('SQL host named back is not the TMS server: %s', (msg) => {
    const f = extractFacts(msg).facts;
    expect(f.windows).toBeUndefined();
    expect(f.sql?.year).toBe(2014);
  });
  it('the TMS box is still read', () => {
    expect(extractFacts('TMS box is 2012 R2').facts.windows?.year).toBe(2012);
    expect(extractFacts('TMS 15.2.1 on a VM. The box is 2019').facts.windows?.year).toBe(2019);
  });
});
