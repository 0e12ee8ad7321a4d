/**
 * QA51 #6: rolling back because Telnet/SNMP systems were lost at Medium-High: only the level matters (knowledge.md, Caveats);
 * the TLS 1.2 keys stay and no reboot is prescribed for them (knowledge.md, Fix 4: an outage for nothing); going back brings
 * "No HTTPS response" back; the real decision is replace / manage differently / accept the loss.
 */
import { rendered, runIn } from './helpers';

describe('QA51 #6: rollback for lost Telnet/SNMP management', () => {
  it('EN: the level only, keys kept, no reboot', () => {
    const out = rendered(runIn('en', ['TMS 15.13, Win 2016, SQL 2016 remote, CE 9.15', 'we set Medium-High and rebooted; codecs OK now but our Polycom HDX units show Security violation: Telnet communication is not allowed. how do we roll back?']));
    expect(out).toMatch(/For Telnet and SNMP only the level matters/);
    expect(out).toMatch(/leave the TLS 1\.2 keys as they are, and do not reboot for them/);
    expect(out).toMatch(/replace them, manage them differently/);
    expect(out).not.toMatch(/put them back as they were .* and reboot/);
  });

  it('JA', () => {
    const out = rendered(runIn('ja', ['TMS 15.13、Win 2016、SQL 2016 は別サーバ、CE 9.15', 'Medium-High にして再起動しました。コーデックは直りましたが、Polycom HDX に Security violation: Telnet communication is not allowed が出ます。切り戻し方は？']));
    expect(out).toMatch(/Telnet と SNMP に関係するのはレベルだけです/);
    expect(out).not.toMatch(/Schannel のキーを作成・変更した場合は元の状態に戻して/);
  });

  it('a rollback asked for another reason keeps the full way back', () => {
    const out = rendered(runIn('en', ['TMS 15.13, Win 2016, SQL 2016 remote, CE 9.15', 'how do we roll back?']));
    expect(out).toMatch(/Undo the steps in reverse/);
  });
});
