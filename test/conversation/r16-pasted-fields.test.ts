/**
 * QA39 findings 12, 13, 14: pasted tables (Markdown rows, tab-separated "Key<TAB>Value"), a capture typed by hand with
 * "->" arrows, "Done: Medium-High + reboot", a service restart that is no reboot, and the systems left after a partial
 * success when Telnet-managed systems were only mentioned.
 */
import { extractFacts } from '../../src/domain/extract';
import { pastedTable } from '../../src/domain/understand/pasted-table';
import { readPastedText } from '../../src/evidence/text';
import { last, questions, rendered, runIn, talk } from './helpers';

const MD_TABLE = [
  '| Item | Value |',
  '|---|---|',
  '| TMS | 15.9 |',
  '| Windows | 2012 R2 |',
  '| SQL | 2014 SP3, local |',
  '| Level | Medium |',
  '| Endpoint | SX80 / TC7.3.6 |',
  '| Error | No HTTPS response |',
].join('\n');
const TAB_TABLE = 'TMS\t15.9\nSQL Server\t2014 SP3 (local)\nWindows\t2012 R2\nEndpoints\tSX80 TC7.3.6\nStatus\tNo HTTPS response';

describe('QA39 12: a pasted two-column table is read like "Key: value" lines', () => {
  it('Markdown rows: TMS, SQL, Windows and the level are read, and TMS is not asked again', () => {
    const f = extractFacts(MD_TABLE).facts;
    expect(f.tms?.semver).toBe('15.9.0');
    expect(f.sql?.year).toBe(2014);
    expect(f.sqlLocation).toBe('local');
    expect(f.windows?.year).toBe(2012);
    expect(f.level).toBe('medium');
    expect(f.endpoint?.semver).toBe('7.3.6');
    const r = last(talk(MD_TABLE));
    expect(questions(r)).not.toContain('need-tms-version');
    expect(rendered(r)).not.toMatch(/Which TMS version/);
  });

  it('tab-separated rows (a spreadsheet copy): TMS and SQL are read', () => {
    const f = extractFacts(TAB_TABLE).facts;
    expect(f.tms?.semver).toBe('15.9.0');
    expect(f.sql?.year).toBe(2014);
    expect(f.windows?.year).toBe(2012);
    expect(rendered(last(talk(TAB_TABLE)))).not.toMatch(/Which TMS version/);
  });

  it('JA labels in a Markdown table', () => {
    const f = extractFacts('| 項目 | 値 |\n|---|---|\n| TMS | 15.9 |\n| セキュリティレベル | Medium |\n| エンドポイント | CE 9.15 |').facts;
    expect(f.tms?.semver).toBe('15.9.0');
    expect(f.endpoint?.family).toBe('CE');
  });

  it('pipes that are no table row are left as they are', () => {
    for (const t of [
      'reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s | findstr TLS',
      'TMS 15.9 | Windows 2012 R2 | SQL 2014',
      '| ssl-enum-ciphers:\n|   TLSv1.2:\n|_  least strength: A',
      '| findstr TLS | more',
      'Get-Service TMS* | Where-Object Status -eq Running',
    ]) expect(pastedTable(t)).toBe(t);
  });

  it('tab rows that are no field (tshark -T fields output, wider rows) are left as they are', () => {
    for (const t of ['10.0.0.5\t10.0.0.80\t0x0301', '0x0301\t10.0.0.5', 'Error\t12/5/2026 10:00\tSchannel\t36871\tNone']) expect(pastedTable(t)).toBe(t);
  });

  it('a shell pipeline in a report is not read as a field', () => {
    const f = extractFacts('TMS 15.9 on 2012 R2.\nreg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols /s | findstr 1.2').facts;
    expect(f.tms?.semver).toBe('15.9.0');
    expect(f.windows?.year).toBe(2012);
    expect(f.level).toBeUndefined();
  });
});

const TYPED_CAPTURE = [
  '10.0.0.5 -> 10.0.0.80 TCP 443 SYN',
  '10.0.0.80 -> 10.0.0.5 SYN,ACK',
  '10.0.0.5 -> 10.0.0.80 TLSv1.2 Client Hello',
  '   Handshake Protocol: Client Hello',
  '      Version: TLS 1.2 (0x0303)',
  '10.0.0.80 -> 10.0.0.5 TLSv1.2 Alert (Level: Fatal, Description: Handshake Failure)',
].join('\n');
const FIRST = 'TMS 15.13, Win 2019, remote SQL 2019, level Medium. CE 9.15 Room Kit fails No HTTPS response.';

describe('QA39 13: a capture typed with "->" arrows', () => {
  it('the alert after the TLS 1.2 ClientHello is read as the server refusing (alert 40)', () => {
    const r = readPastedText(TYPED_CAPTURE);
    const codes = r.observations.map((o) => o.code);
    expect(codes).toContain('capture-alert-after-clienthello');
    expect(codes).not.toContain('capture-silence-after-clienthello');
  });

  it('"→" rows with ports: a reset by the server after a TLS 1.0 row', () => {
    const codes = readPastedText('10.0.0.5 → 10.0.0.80 TLSv1 Client Hello\n10.0.0.80 → 10.0.0.5 TCP 443 → 51234 [RST, ACK]').observations.map((o) => o.code);
    expect(codes).toContain('capture-reset-after-clienthello');
  });

  it('prose with an arrow between addresses is no capture row', () => {
    expect(readPastedText('10.0.0.5 -> 10.0.0.80 answers ping fine').observations).toEqual([]);
  });

  it('in the conversation: the alert is named, not "copy the packets right after it"', () => {
    const out = rendered(last(talk(FIRST, `Done: Medium-High + reboot. Still failing. Capture from TMS:\n${TYPED_CAPTURE}`)));
    expect(out).toMatch(/handshake_failure, 40/);
    expect(out).not.toMatch(/packets right after/i);
  });
});

describe('QA39 13: "Done: Medium-High + reboot" records the reboot', () => {
  const restarted = (msg: string, lang: 'en' | 'ja' = 'en', first = FIRST) => runIn(lang, [first, msg]).state.facts.tlsClaims?.restarted;
  it('EN and JA note forms', () => {
    expect(restarted('Done: Medium-High + reboot. Still failing.')).toBe(true);
    expect(restarted('Medium-High + reboot done, still failing')).toBe(true);
    expect(restarted('完了：Medium-High＋再起動。まだ失敗しています。', 'ja', 'TMS 15.13、Windows 2019、SQL 2019 はリモート、レベルは Medium。CE 9.15 の Room Kit で No HTTPS response。')).toBe(true);
  });
  it('a reboot planned or said not done is not recorded as done', () => {
    expect(restarted('Done: Medium-High + reboot tonight. Still failing.')).not.toBe(true);
    expect(restarted('Done: Medium-High, no reboot yet. Still failing.')).not.toBe(true);
    expect(restarted('Done: Medium-High + restarted the endpoints. Still failing.')).not.toBe(true);
    expect(restarted('完了：Medium-High。再起動は予定です。まだ失敗しています。', 'ja', 'TMS 15.13、Windows 2019、SQL 2019 はリモート、レベルは Medium。CE 9.15 の Room Kit で No HTTPS response。')).not.toBe(true);
  });
});

describe('QA39 14: a service restart is not echoed as a reboot', () => {
  it('"ran iisreset and restarted the TMS services" on 2008 R2: the reboot step does not say the server was rebooted', () => {
    const r = runIn('en', [
      'TMS 15.9 on Windows 2008 R2, SQL remote 2016, level Medium. SX80 TC7.3.6 No HTTPS response.',
      'Done: set Medium-High in TMS Tools, ran iisreset and restarted the TMS services. Still 2 failing.',
    ]);
    const out = rendered(r);
    expect(out).not.toMatch(/You say the server was already rebooted/);
    expect(out).toMatch(/Reboot the TMS server/);
  });
  it('JA: the same', () => {
    const r = runIn('ja', [
      'TMS 15.9、Windows 2008 R2、SQL 2016 はリモート、レベルは Medium。SX80 TC7.3.6 で No HTTPS response。',
      '完了：TMS ツールで Medium-High に設定し、iisreset を実行して TMS サービスを再起動しました。まだ2台失敗しています。',
    ]);
    expect(rendered(r)).not.toMatch(/サーバは再起動済みとのことですが/);
  });
});

describe('QA39 14: the systems left after a partial success are not the Telnet systems only mentioned', () => {
  const FLEET_EN = 'TMS 15.13 on Windows 2019, SQL 2019 remote, level Medium. 12 CE 9.15 endpoints fail with No HTTPS response. We also manage 3 Polycom HDX.';
  const FLEET_JA = 'TMS 15.13、Windows 2019、SQL 2019 はリモート、レベルは Medium。CE 9.15 のエンドポイント12台で No HTTPS response が出ます。Polycom HDX も3台管理しています。';
  it('EN: "3 still show No HTTPS response" is about the CE endpoints, with the endpoint-side checks', () => {
    const out = rendered(runIn('en', [FLEET_EN, 'set Medium-High and rebooted. 9 are back, 3 still show No HTTPS response']));
    expect(out).not.toMatch(/What is left, Polycom HDX/);
    expect(out).toMatch(/CE 9\.15/);
    expect(out).toMatch(/MinimumTLSVersion/);
  });
  it('JA: the same', () => {
    const out = rendered(runIn('ja', [FLEET_JA, 'Medium-High に設定して再起動しました。9台は戻りましたが、3台はまだ No HTTPS response です']));
    expect(out).not.toMatch(/残っている Polycom HDX について/);
    expect(out).toMatch(/MinimumTLSVersion/);
  });
  it('the HDX named as the ones left keep the Telnet/SNMP answer', () => {
    const out = rendered(runIn('en', [FLEET_EN, 'set Medium-High and rebooted. The CE ones are back now, only the 3 Polycom HDX still fail']));
    expect(out).toMatch(/What is left, Polycom HDX/);
  });
});
