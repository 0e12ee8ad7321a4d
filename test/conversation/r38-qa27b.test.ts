/**
 * Round 38 (helper R38A): QA report 27 leftovers W3, M1, M5.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/conversation/engine';
import { freshState } from '../../src/conversation/guards';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { blocksText, rendered, runIn } from './helpers';

const answer = (lang: 'en' | 'ja', msgs: string[]) => rendered(runIn(lang, msgs));

describe('W3: "set Medium-High and only ran iisreset" is not the TMS services restarted', () => {
  const EN_FIRST = 'TMS 15.9, CE9.12 Room Kit Plus No HTTPS response, SQL 2016 remote, Windows 2012 R2, level Medium';
  const JA_FIRST = ['TMS 15.9でCE9.12のRoom Kit PlusがNo HTTPS response。SQLはTMSサーバ上の2014です', 'Windowsは2012 R2、レベルはMedium'];

  it.each<['en' | 'ja', string[]]>([
    ['en', [EN_FIRST, 'set it to Medium-High and only ran iisreset']],
    ['en', [EN_FIRST, 'changed it to Medium-High and restarted IIS']],
    ['ja', [...JA_FIRST, 'Medium-Highにしてiisresetしただけです']],
    ['ja', [...JA_FIRST, 'Medium-Highにして、IISを再起動しました']],
  ])('%s %j: level recorded, the services are said still to need a restart', (lang, msgs) => {
    const r = runIn(lang, msgs);
    const out = rendered(r);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.restarted).not.toBe(true);
    expect(out).toMatch(lang === 'en' ? /iisreset restarts IIS only/ : /iisreset で再起動されるのは IIS だけ/);
    expect(out).toContain('TMSDatabaseScannerService');
    expect(out).not.toMatch(/the server \(or its services\) restarted/);
    // The level just raised is the fix being applied, not a premise.
    expect(out).not.toMatch(/TMS はすでに Medium-High です|TMS is already at Medium-High|not the cause|原因ではありません/);
  });

  it.each<['en' | 'ja', string[]]>([
    ['en', [EN_FIRST, 'set Medium-High, ran iisreset and restarted the TMS services']],
    ['en', [EN_FIRST, 'set it to Medium-High and restarted IIS and the TMS services']],
    ['ja', [...JA_FIRST, 'Medium-Highにして、IISとTMSサービスを再起動しました']],
  ])('%s %j: IIS with the services is a restart; no iisreset note', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    expect(rendered(r)).not.toMatch(/iisreset restarts IIS only|iisreset で再起動されるのは IIS だけ/);
  });
});

describe('M1: "can I just add the TLS 1.2 registry keys?" on TMS before 15', () => {
  it.each<['en' | 'ja', string[]]>([
    ['en', ['TMS 14.7, TC7.3.7 SX20s, No HTTPS response', 'can I just add the TLS 1.2 registry keys?']],
    ['en', ['TMS 14.7, TC7.3.7 SX20s, No HTTPS response', 'can I just add the TLS 1.2 registry keys as a quick fix?']],
    ['en', ['TMS 14.7, TC7.3.7 SX20s, No HTTPS response', 'can we add the TLS 1.2 registry keys?']],
    ['ja', ['TMS 14.7、TC7.3.7のSX20でNo HTTPS response', '応急処置としてTLS1.2のレジストリキーを入れればいい？']],
    ['ja', ['TMS 14.7、TC7.3.7のSX20でNo HTTPS response', 'TLS1.2のキーを入れるだけでいけますか']],
  ])('%s %j: no, TMS keeps sending TLS 1.0', (lang, msgs) => {
    const out = answer(lang, msgs);
    expect(out).not.toMatch(/I don't know that one|お答えできません/);
    expect(out).toMatch(lang === 'en' ? /TMS older than 15[^]*TLS 1\.0/ : /TMS 15 より前[^]*TLS 1\.0/);
  });

  it('on TMS 15 the same question is the registry-alone answer for 15 (no, Medium-High is the fix)', () => {
    const out = answer('en', ['TMS 15.9, CE9.15 Room Kit, No HTTPS response, Windows 2016', 'can I just add the TLS 1.2 registry keys?']);
    expect(out).toMatch(/^No\. The registry keys only make TLS 1\.2 available/m);
    expect(out).not.toMatch(/TMS older than 15/);
  });

  it('a report that the keys were added is not the question', () => {
    const out = answer('ja', ['TMS 14.7、TC7.3.7のSX20でNo HTTPS response', 'TLS1.2のレジストリキーを入れたら直りました']);
    expect(out).not.toMatch(/レジストリの変更だけで足りるか/);
  });
});

describe('M5: "re-enabled TLS 1.0, SQL is up" after a .reg showing TLS 1.0 off', () => {
  const fx = (p: string) => readFileSync(join(__dirname, '..', 'fixtures', 'evidence', p));

  async function run(lang: 'en' | 'ja', texts: [string, string, string, string]): Promise<string> {
    const reg = await readEvidenceBuffer('iiscrypto-bp.reg', fx('registry/iiscrypto-best-practices.reg'));
    if (!reg.ok) throw new Error('fixture not read');
    const msgs: IncomingMessage[] = [
      { kind: 'text', text: texts[0] },
      { kind: 'text', text: texts[1] },
      { kind: 'evidence', source: 'iiscrypto-bp.reg', reading: reg.reading },
      { kind: 'text', text: texts[2] },
      { kind: 'text', text: texts[3] },
    ];
    let s: ConversationState = freshState(lang);
    let out = '';
    for (const m of msgs) {
      const r = step(s, m);
      s = r.state;
      out = blocksText(r.replies);
    }
    return out;
  }

  it.each<['en' | 'ja', [string, string, string, string], RegExp]>([
    [
      'en',
      ['customer ran IIS Crypto best practices on the TMS server last night, now all endpoints No HTTPS response. TMS 15.12, Windows 2008 R2', 'sql is local, 2008 R2 SP2', 're-enabled TLS 1.0 and rebooted, SQL is up, website back', 'endpoints are CE 9.15'],
      /TLS 1\.0 is off, and SQL Server 2008 R2 needs it/,
    ],
    [
      'ja',
      ['昨夜TMSサーバでIIS Cryptoのベストプラクティスを適用したら全端末がNo HTTPS response。TMS 15.12、Windows 2008 R2', 'SQLはTMSサーバ上の2008 R2 SP2です', 'TLS1.0を有効に戻しました。SQLも起動しました', '端末はCE 9.15です'],
      /TLS 1\.0 が無効ですが、SQL Server 2008 R2 はそれを必要としています/,
    ],
  ])('%s: the later statement wins over the older file for the TLS 1.0 warning', async (lang, texts, warning) => {
    const out = await run(lang, texts);
    expect(out).not.toMatch(warning);
    // The SQL caveat (keep TLS 1.0 on) stays.
    expect(out).toMatch(lang === 'en' ? /keep TLS 1\.0 enabled/ : /TLS 1\.0 は有効のまま/);
  });

  it('without the later statement the file still warns', async () => {
    const out = await run('en', ['customer ran IIS Crypto best practices on the TMS server last night, now all endpoints No HTTPS response. TMS 15.12, Windows 2008 R2', 'sql is local, 2008 R2 SP2', 'SQL is down, website down', 'endpoints are CE 9.15']);
    expect(out).toMatch(/TLS 1\.0 is off, and SQL Server 2008 R2 needs it/);
  });
});
