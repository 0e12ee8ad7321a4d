/**
 * FIX22D #1 (rev22b): Windows Server 2008 R2 with the TLS 1.2 keys pasted right: the reboot depends on when someone created
 * those keys, also when the kit holds tls10-back-on.reg or TLS 1.1 (--tls11); with --tls11 step 2 does not say the file
 * "changes nothing". EN and JA; every written .reg read back with parseRegFile.
 */
import { parseRegFile, SCHANNEL_PROTOCOLS_PATH } from '../../src/windows/reg';
import type { Lang } from '../../src/domain/types';
import { regQuery, OFF, ON, runFixKit, type CliKit } from './cli-kit';
import { expectTls10BackOn } from './tls10-back-on-kit';

const P = SCHANNEL_PROTOCOLS_PATH;

const TLS12_RIGHT = regQuery({ [P]: {}, [`${P}\\TLS 1.2`]: {}, [`${P}\\TLS 1.2\\Client`]: ON, [`${P}\\TLS 1.2\\Server`]: ON });
const TLS10_OFF_12_RIGHT = regQuery({
  [P]: {},
  [`${P}\\TLS 1.0`]: {},
  [`${P}\\TLS 1.0\\Client`]: OFF,
  [`${P}\\TLS 1.0\\Server`]: OFF,
  [`${P}\\TLS 1.2`]: {},
  [`${P}\\TLS 1.2\\Client`]: ON,
  [`${P}\\TLS 1.2\\Server`]: ON,
});
const TLS11_12_RIGHT = regQuery({
  [P]: {},
  [`${P}\\TLS 1.1`]: {},
  [`${P}\\TLS 1.1\\Client`]: ON,
  [`${P}\\TLS 1.1\\Server`]: ON,
  [`${P}\\TLS 1.2`]: {},
  [`${P}\\TLS 1.2\\Client`]: ON,
  [`${P}\\TLS 1.2\\Server`]: ON,
});
const BASE = ['--tms', '15.9', '--endpoint', 'CE 9.15', '--level', 'medium'];
/** `fix-kit` for the base case plus ARGS. */
const cliKit = (lang: Lang, args: string[], paste?: string, evidence?: string): Promise<CliKit> => runFixKit(lang, [...BASE, ...args], paste, evidence);


const stepN = (k: CliKit, n: number): string => k.files['enable-tls12.reg'].find((l) => l.startsWith(`${n}. `))!;

const CREATED_EARLIER = {
  en: /^4\. On Windows Server 2008 R2 TLS 1\.2 stays off until its Schannel keys exist, so keys found right were created by someone earlier\./,
  ja: /^4\. Windows Server 2008 R2 では Schannel のキーが作成されるまで TLS 1\.2 は無効なので、正しいキーは以前に誰かが作成したものです。/,
};

describe('FIX22D #1a: 2008 R2, TLS 1.2 keys pasted right, tls10-back-on.reg in the kit: step 4 keeps the created-earlier reboot', () => {
  it.each([
    ['en', '2012'],
    ['ja', '2012'],
    ['en', '2014'],
    ['ja', '2014'],
  ] as const)('%s, SQL %s', async (lang, sql) => {
    const k = await cliKit(lang, ['--windows', '2008 R2', '--sql', sql], TLS10_OFF_12_RIGHT);
    expect(k.code).toBe(0);
    expectTls10BackOn(k.bytes['tls10-back-on.reg']);
    const s4 = stepN(k, 4);
    expect(s4).toMatch(CREATED_EARLIER[lang]);
    expect(s4).toMatch(
      lang === 'en'
        ? /reboot the server once if you imported tls10-back-on\.reg \(it changes the TLS 1\.0 keys.*\), or if the TLS 1\.2 keys were created after the last restart, or you cannot tell/
        : /tls10-back-on\.reg をインポートした場合、または TLS 1\.2 のキーが最後の起動のあとに作成された場合やいつ作成されたか分からない場合は、サーバを 1 回再起動します/,
    );
    // The no-reboot branch needs both: no import and a restart since the keys were created (it was "If no key changed").
    expect(s4).toMatch(lang === 'en' ? /Only if neither applies \(no import, and the server has restarted since the keys were created\), do not reboot/ : /どちらにも当たらない場合（インポートしておらず、キーの作成後にサーバが再起動されている場合）は再起動せず/);
    expect(s4).not.toMatch(/If no key changed|どのキーも変わらなかった場合/);
  });

  it.each(['en', 'ja'] as const)('%s: near miss, Windows 2016 (TLS 1.2 on by default): step 4 is the tls10-back-on.reg reboot only', async (lang) => {
    const k = await cliKit(lang, ['--windows', '2016', '--sql', '2012'], TLS10_OFF_12_RIGHT);
    const s4 = stepN(k, 4);
    expect(s4).toMatch(lang === 'en' ? /reboot the server once if you imported tls10-back-on\.reg/ : /tls10-back-on\.reg をインポートした場合は、サーバを 1 回再起動します/);
    expect(s4).not.toMatch(/created by someone earlier|以前に誰かが作成したもの/);
  });
});

describe('FIX22D #1b: 2008 R2, TLS 1.2 keys pasted right, --tls11: step 2 names the TLS 1.1 keys, step 4 the created-earlier reboot', () => {
  it.each(['en', 'ja'] as const)('%s', async (lang) => {
    const k = await cliKit(lang, ['--windows', '2008 R2', '--sql', '2016', '--tls11'], TLS12_RIGHT);
    expect(k.code).toBe(0);
    expect(parseRegFile(k.bytes['enable-tls12.reg']).model.keys.map((x) => x.path.split('\\').slice(-2).join(' '))).toEqual(['TLS 1.1 Client', 'TLS 1.1 Server', 'TLS 1.2 Client', 'TLS 1.2 Server']);
    const s2 = stepN(k, 2);
    expect(s2).not.toMatch(/change nothing|need no reboot|何も変わ|再起動も不要/);
    expect(s2).toMatch(lang === 'en' ? /^2\. No import needed for TLS 1\.2: .*importing this file would change only the TLS 1\.1 keys/ : /^2\. TLS 1\.2 のためのインポートは不要です：.*インポートした場合に変わるのは TLS 1\.1 のキーだけです/);
    expect(k.files['enable-tls12.reg'].join('\n')).toMatch(lang === 'en' ? /do not import it for TLS 1\.1 alone/ : /TLS 1\.1 のためだけにインポートしないでください/);
    const s4 = stepN(k, 4);
    expect(s4).toMatch(CREATED_EARLIER[lang]);
    expect(s4).toMatch(lang === 'en' ? /If they were created after the last restart, or you cannot tell, reboot the server once/ : /いつ作成されたか分からない場合は、代わりに手順 3 のあとにサーバを 1 回再起動してください/);
  });

  it.each(['en', 'ja'] as const)('%s: near miss, TLS 1.1 pasted right as well: the file would change nothing (as before)', async (lang) => {
    const k = await cliKit(lang, ['--windows', '2008 R2', '--sql', '2016', '--tls11'], TLS11_12_RIGHT);
    expect(stepN(k, 2)).toMatch(lang === 'en' ? /so this file would change nothing \(step 4 says/ : /インポートしても何も変わりません（以前に作成されたキー/);
    expect(stepN(k, 4)).toMatch(CREATED_EARLIER[lang]);
  });

  it.each(['en', 'ja'] as const)('%s: near miss, Windows 2016: step 4 stays "only if this file created or changed a key"', async (lang) => {
    const k = await cliKit(lang, ['--windows', '2016', '--sql', '2016', '--tls11'], TLS12_RIGHT);
    expect(stepN(k, 2)).toMatch(lang === 'en' ? /importing this file would change only the TLS 1\.1 keys\.$/ : /インポートした場合に変わるのは TLS 1\.1 のキーだけです。$/);
    expect(stepN(k, 4)).toMatch(lang === 'en' ? /reboot the server once ONLY if this file created or changed a key/ : /このファイルでキーを作成または変更した場合だけ、サーバを 1 回再起動します/);
  });
});
