/**
 * R42: the "Understood so far" line names SQL Server's service shown down in pasted output (observation
 * sql-service-not-running), worded for a paste, as it names "SQL Server does not start (as you said)" for words;
 * not once the user says SQL runs again, and never both lines for one outage. EN and JA.
 */
import { rendered, runIn } from './helpers';
import { ev7024Ja, NET_START_EN } from '../fixtures/sql-service-down';

const EV_7024_JA = ev7024Ja();

const understood = (t: string): string => t.split('\n').find((l) => /^(?:Understood so far|ここまでの情報)/.test(l)) ?? '';
const OPEN_EN = 'TMS 15.9, SQL 2008 R2 SP2 local, Win2012R2, CE9.15';

describe('R42: SQL Server service down in a paste, in the Understood so far line', () => {
  it('EN net start output: "SQL Server\'s service is down (in what you pasted)"', () => {
    const line = understood(rendered(runIn('en', [OPEN_EN, NET_START_EN])));
    expect(line).toMatch(/SQL Server's service is down \(in what you pasted\)/);
    expect(line).not.toMatch(/as you said/);
  });

  it('JA event 7024: 「SQL Server のサービスが停止（貼り付けられた出力より）」', () => {
    const line = understood(rendered(runIn('ja', ['TMS 15.9、SQL 2008 R2 SP2 同居、CE9.15です', EV_7024_JA])));
    expect(line).toMatch(/SQL Server のサービスが停止（貼り付けられた出力より）/);
  });

  it('said in words as well: the typed line only, not both', () => {
    const line = understood(rendered(runIn('en', [OPEN_EN, NET_START_EN, "SQL won't start"])));
    expect(line).toMatch(/SQL Server does not start \(as you said\)/);
    expect(line).not.toMatch(/in what you pasted/);
  });

  it('not once the user says SQL runs again, and not without such a paste', () => {
    expect(understood(rendered(runIn('en', [OPEN_EN, NET_START_EN, 'SQL is running again now'])))).not.toMatch(/service is down/);
    expect(understood(rendered(runIn('en', [OPEN_EN, 'CE 9.15 endpoints show No HTTPS response'])))).not.toMatch(/service is down/);
  });
});
