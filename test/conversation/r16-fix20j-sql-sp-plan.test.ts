/**
 * FIX20J (QA49 F17): "DBA says they can patch SQL to SP3 on Thursday" (SQL 2014 SP1 12.0.4100 on the TMS server) got "I could
 * not find a version or a request". A service pack named for a day is a plan: SQL stays SP1 on record, the answer says SP3 has
 * TLS 1.2 support (the fix after it), leave the Schannel keys alone until then, and what is safe meanwhile.
 */
import { planIn } from '../../src/domain/understand/plan';
import { rendered } from './helpers';
import { threadLines } from './helpers';

const thread = threadLines;

const EN = ['Morning. TMS 15.9 on Windows 2012 R2, SQL 2014 SP1 local. 40 Room Kits went to RoomOS 11.14 overnight and now all show No HTTPS response', 'SQL build is 12.0.4100'];
const JA = ['TMS 15.9、Windows 2012 R2、SQL 2014 SP1 は TMS サーバ上です。Room Kit 40台を RoomOS 11.14 にしたら全部 No HTTPS response になりました', 'SQL のビルドは 12.0.4100 です'];

describe('a SQL service pack planned for a day', () => {
  it.each(['DBA says they can patch SQL to SP3 on Thursday', 'the DBA can upgrade SQL to SP3 on Friday'])('EN: %s', (line) => {
    const { r, s } = thread('en', EN[0], [EN[1], line]);
    const text = rendered(r);
    expect(r.route).toBe('plan');
    expect(s.facts.sql?.sp).toBe(1);
    expect(text).toMatch(/Noted as a plan/);
    expect(text).toMatch(/SQL Server 2014 SP3 has TLS 1\.2 support/);
    expect(text).toMatch(/Until then, leave the Schannel keys alone/);
    expect(text).toMatch(/What is safe meanwhile/);
  });
  it('JA: DBA が木曜に SQL を SP3 に上げてくれるそうです', () => {
    const { r, s } = thread('ja', JA[0], [JA[1], 'DBA が木曜に SQL を SP3 に上げてくれるそうです']);
    const text = rendered(r);
    expect(s.facts.sql?.sp).toBe(1);
    expect(text).toMatch(/予定として承知しました/);
    expect(text).toMatch(/SP3 は TLS 1\.2 に対応している/);
    expect(text).toMatch(/それまでは Schannel のキーを変更しないでください/);
  });
});

describe('near misses', () => {
  it.each([
    'the DBA patched SQL to SP3 on Thursday',
    'SQL was upgraded to SP3 on Monday',
    'can the DBA patch SQL to SP3 on Thursday?',
    'we changed the registry on Monday',
    'SP3 on Thursday would be fine?',
  ])('EN, not a service-pack plan: %s', (line) => {
    expect(planIn(line)?.sqlServicePack).toBeUndefined();
  });
  it.each(['木曜に SP3 に上げました', '木曜に SP3 に上げてもいいですか？'])('JA, not a plan: %s', (line) => {
    expect(planIn(line)?.sqlServicePack).toBeUndefined();
  });
  it('"the DBA patched SQL to SP3 on Thursday" is not answered as a plan', () => {
    const { r } = thread('en', EN[0], [EN[1], 'the DBA patched SQL to SP3 on Thursday']);
    expect(rendered(r)).not.toMatch(/Noted as a plan/);
  });
  it('"ok we\'ll plan the SP4 upgrade next week" keeps its plan answer', () => {
    const { r } = thread('en', EN[0], [EN[1], "ok we'll plan the SP4 upgrade next week"]);
    expect(rendered(r)).toMatch(/Noted as a plan/);
  });
});
