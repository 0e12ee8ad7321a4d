/**
 * QA56 #3: with the Windows release not known, the kit's step 2 said "Import this file (…run check-tls.cmd first…)" while the
 * chat says "check this step": on 2012–2025 with no TLS 1.2 keys (the default) importing creates keys, and step 4 then asks for
 * a reboot that changes nothing (knowledge.md, Fix step 4: nothing changed, no reboot). Step 2 now says what the 2012+ kit
 * says, plus the case where the keys are needed (2008 / 2008 R2): import only for keys shown off, or keys missing on
 * 2008 / 2008 R2; otherwise no import and no reboot. enable-tls12.reg read back, EN and JA.
 */
import { buildFixKit } from '../../src/fixkit';
import { state, ok, comments, expectTls12Only } from './kit-helpers';

const SETUP = {
  en: 'TMS 15.2.1, SQL Server 2016 on the TMS server, level Medium, CE 9.15 endpoints show No HTTPS response',
  ja: 'TMS 15.2.1、SQL Server 2016 は TMS サーバ上、レベルは Medium、CE 9.15 のエンドポイントで No HTTPS response',
};

describe('QA56 #3: Windows release unknown: step 2 is a check, not an import', () => {
  it.each(['en', 'ja'] as const)('%s', (lang) => {
    const s = state(lang, [SETUP[lang]]);
    expect(s.facts.windows).toBeUndefined();
    const k = ok(buildFixKit({ facts: s.facts, lang }));
    expectTls12Only(k);
    const c = comments(k, 'enable-tls12.reg');
    const s2 = c.find((l) => l.startsWith('2. '))!;
    const s4 = c.find((l) => l.startsWith('4. '))!;
    if (lang === 'en') {
      expect(s2).not.toMatch(/^2\. Import this file/);
      expect(s2).toMatch(/Import this file only if the TLS 1\.2 keys show Enabled=0 or DisabledByDefault=1/);
      expect(s2).toMatch(/no TLS 1\.2 keys and the server is Windows Server 2008 R2 or 2008/);
      expect(s2).toMatch(/KB4019276/);
      expect(s2).toMatch(/On Windows Server 2012 and later TLS 1\.2 is on by default: with no TLS 1\.2 keys, or keys already right, do not import it, and do not reboot for it/);
      // The reboot stays conditional on a key created or changed (nothing imported: nothing changed).
      expect(s4).toMatch(/reboot the server once ONLY if this file created or changed a key/);
    } else {
      expect(s2).not.toMatch(/^2\. このファイルをインポートします/);
      expect(s2).toMatch(/Enabled=0 または DisabledByDefault=1 になっている場合/);
      expect(s2).toMatch(/TLS 1\.2 のキーがなく、サーバが Windows Server 2008 R2 または 2008 の場合/);
      expect(s2).toMatch(/KB4019276/);
      expect(s2).toMatch(/Windows Server 2012 以降では TLS 1\.2 は既定で有効なので、キーがない場合やすでに正しい場合はインポートせず、このキーのための再起動もしないでください/);
      expect(s4).toMatch(/このファイルでキーを作成または変更した場合だけ、サーバを 1 回再起動します/);
    }
  });

  it('a known release keeps its own step 2 (2016: a check; 2008 R2: import)', () => {
    const on = (w: string) => comments(ok(buildFixKit({ facts: state('en', [`${SETUP.en}, Windows Server ${w}`]).facts, lang: 'en' })), 'enable-tls12.reg').find((l) => l.startsWith('2. '))!;
    expect(on('2016')).toMatch(/^2\. On Windows Server 2016 TLS 1\.2 is on by default/);
    expect(on('2008 R2')).toMatch(/^2\. Import this file \(on Windows Server 2008 R2 TLS 1\.2 is off by default/);
  });
});
