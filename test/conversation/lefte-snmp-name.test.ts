/**
 * QA54 #13: the SNMP service's name was spelled two ways in the bot's texts (TMSSNMPService and TMSSnmpService).
 * knowledge.md names it TMSSNMPService in the Medium-High caveat's own section (Caveats, "Telnet and SNMP"), so every text
 * the bot shows (answers, the fix kit, the restart command, what a pasted service list is read as) spells it that way.
 */
import { RESTART_LITERAL } from '../../src/domain/knowledge';
import { readPastedText } from '../../src/evidence/text';
import { kitAfter, rendered, runIn } from './helpers';

const OTHER = /TMSSnmpService/; // case-sensitive: the other spelling
const NAME = 'TMSSNMPService';

const EN_DONE = ['TMS 15.13, SX20 on CE 9.15.3, Win 2012 R2, SQL 2016 remote', 'Done: set Medium-High and rebooted the server. SX20 is green now.'];
const JA_DONE = ['ＴＭＳ１５．１３、ＳＸ２０（ＣＥ９．１５．３）、ＯＳ２０１２ Ｒ２、ＳＱＬ２０１６別サーバ', 'Medium-High に変更して再起動しました。SX20 は復旧しました。'];

describe('QA54 #13: the SNMP service is TMSSNMPService everywhere', () => {
  it.each<['en' | 'ja', string[]]>([
    ['en', [...EN_DONE, 'can we start the snmp service again?']],
    ['ja', [...JA_DONE, 'SNMP サービスを再び起動すればいいですか']],
    ['en', [...EN_DONE, "after the reboot the TMS services won't start"]],
    ['ja', [...JA_DONE, '再起動したらTMSのサービスが起動しない']],
    ['en', ['TMS 15.9, CE9.12 Room Kit Plus No HTTPS response, SQL 2016 remote, Windows 2012 R2, level Medium', 'set it to Medium-High and only ran iisreset']],
    ['ja', ['TMS 15.9でCE9.12のRoom Kit PlusがNo HTTPS response。SQLはTMSサーバ上の2014です', 'Windowsは2012 R2、レベルはMedium', 'Medium-Highにしてiisresetしただけです']],
  ])('%s answer to %j', (lang, msgs) => {
    const out = rendered(runIn(lang, msgs));
    expect(out).toContain(NAME);
    expect(out).not.toMatch(OTHER);
  });

  it.each(['en', 'ja'] as const)('%s: the fix kit\'s Telnet/SNMP caveat', (lang) => {
    const kit = kitAfter(lang, ['TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 Windows 2016 level low']);
    const reg = kit.files.find((f) => f.name === 'enable-tls12.reg')!.bytes.subarray(2).toString('utf16le');
    expect(reg).toContain(NAME);
    expect(reg).not.toMatch(OTHER);
  });

  it('the restart command and a pasted Get-Service list read back (EN/JA)', () => {
    expect(RESTART_LITERAL).toContain(NAME);
    expect(RESTART_LITERAL).not.toMatch(OTHER);
    const r = readPastedText('Status   Name                      DisplayName\n------   ----                      -----------\nRunning  TMSDatabaseScannerService TMSDatabaseScannerService\nStopped  TMSSnmpService            TMSSnmpService');
    const o = r.observations.find((x) => x.code === 'service-not-running');
    // The row is echoed as pasted ("TMSSnmpService (STOPPED)"), and the reading of that row names the service as the paste spells
    // it (REV33 wording: "Services not running: TMSSnmpService (STOPPED). TMSSNMPService stopped is …" read as two services).
    expect(o?.detail.en).toMatch(/TMSSnmpService \(STOPPED\)\. TMSSnmpService stopped is what Medium-High does/);
    expect(o?.detail.ja).toMatch(/TMSSnmpService の停止は Medium-High/);
    expect(o?.detail.en).not.toMatch(/TMSSNMPService/);
    // Spelled as knowledge.md does in the paste: so in the reading too.
    const same = readPastedText('Status   Name                      DisplayName\n------   ----                      -----------\nStopped  TMSSNMPService            TMSSNMPService');
    expect(same.observations.find((x) => x.code === 'service-not-running')?.detail.en).toMatch(/TMSSNMPService stopped is what Medium-High does/);
  });
});
