/**
 * QA48 #4, #5 (and #16): the TLS 1.2 builds the kit names are those of the SQL Server release on the TMS server. The recovery
 * kit for SQL 2012 / 2014 named "SQL Server 2008 R2 SP3 10.50.6542.0" as what keeps TLS 1.0 off; SQL Server 2005 got the 2008 R2
 * build as its threshold in the SQL line and FIRST. Each .reg read back with parseRegFile, EN and JA.
 */
import { buildFixKit, type FixKit } from '../../src/fixkit';
import { step, freshState } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { decodeText, parseRegFile, SCHANNEL_PROTOCOLS_PATH } from '../../src/windows/reg';
import type { Lang } from '../../src/domain/types';
import { expectTls10BackOn } from './tls10-back-on-kit';

const P = SCHANNEL_PROTOCOLS_PATH;

function state(lang: Lang, msgs: string[]): ConversationState {
  let s: ConversationState | null = freshState(lang);
  for (const m of msgs) s = step(s, { kind: 'text', text: m }).state;
  return s!;
}

type OkKit = Extract<FixKit, { ok: true }>;
function ok(k: FixKit): OkKit {
  if (!k.ok) throw new Error(k.reason);
  return k;
}
function comments(k: OkKit, name: string): string[] {
  const f = k.files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name} in ${k.files.map((x) => x.name).join(', ')}`);
  const parsed = parseRegFile(f.bytes);
  expect(parsed.problems).toEqual([]);
  return decodeText(f.bytes).text.split('\r\n').filter((l) => l.startsWith('; ')).map((l) => l.slice(2));
}
/** enable-tls12.reg read back: TLS 1.2 (and TLS 1.1 when asked) Client and Server only, Enabled=1 / DisabledByDefault=0. */
function expectTls12Only(k: OkKit, protocols = ['TLS 1.2']): void {
  const f = k.files.find((x) => x.name === 'enable-tls12.reg')!;
  const parsed = parseRegFile(f.bytes);
  expect(parsed.problems).toEqual([]);
  expect(parsed.model.keys.map((x) => x.path)).toEqual(protocols.flatMap((p) => [`${P}\\${p}\\Client`, `${P}\\${p}\\Server`]));
  for (const key of parsed.model.keys) {
    expect(key.values).toEqual([
      { name: 'Enabled', data: { type: 'REG_DWORD', value: 1 } },
      { name: 'DisabledByDefault', data: { type: 'REG_DWORD', value: 0 } },
    ]);
  }
}

const SETUP = {
  en: (w: string, sql: string, level = ', level Medium') => `TMS 15.9, Room Kit on CE 9.15 shows No HTTPS response. Windows Server ${w}, SQL Server ${sql} on the TMS server${level}.`,
  ja: (w: string, sql: string, level = '、レベルは Medium') => `TMS 15.9、Room Kit CE 9.15 で No HTTPS response。Windows Server ${w}、SQL Server ${sql} は TMS サーバ上${level}。`,
};

describe('QA48 #4 and #5: the TLS 1.2 builds named are those of the SQL release here', () => {
  it.each([
    ['en', '2014 SP1', "SQL won't start since we turned TLS 1.0 off", /SQL Server 2014 RTM GDR 12\.0\.2271\.0.*SP2 12\.0\.5000\.0/, ''],
    ['ja', '2012 SP1', 'TLS 1.0 を無効にしてから、SQL Server が起動しません', /SQL Server 2012 SP2 GDR 11\.0\.5352\.0.*SP4 11\.0\.7001\.0/, 'サービス パックへのアップグレード'],
    ['en', '2012 SP1', "SQL won't start since we turned TLS 1.0 off", /SQL Server 2012 SP2 GDR 11\.0\.5352\.0/, 'service-pack upgrade'],
  ] as const)('%s SQL %s on 2025, down after TLS 1.0 off: the recovery file names its own builds, no 2008 R2 build', (lang, sql, said, builds, sp) => {
    const s = state(lang, [`${SETUP[lang]('2025', sql)} ${said}`]);
    const k = ok(buildFixKit({ facts: s.facts, lang }));
    expect(k.kind).toBe('recovery');
    expectTls10BackOn(k.files[0].bytes);
    const text = comments(k, 'tls10-back-on.reg').join('\n');
    expect(text).toMatch(builds);
    expect(text).not.toMatch(/2008 R2|10\.50\./);
    if (sp) expect(text).toContain(sp);
  });

  it.each(['en', 'ja'] as const)('%s SQL 2005 SP4: no 2008 R2 threshold in the SQL line or FIRST; an upgrade is the way', (lang) => {
    const plain = ok(buildFixKit({ facts: state(lang, [SETUP[lang]('2008 R2', '2005 SP4')]).facts, lang }));
    expectTls12Only(plain);
    const c = comments(plain, 'enable-tls12.reg').join('\n');
    expect(c).not.toMatch(/TLS 1\.2 from 10\.50|TLS 1\.2 対応は 10\.50/);
    expect(c).toMatch(lang === 'en' ? /no SQL Server 2005 build has TLS 1\.2 support .*upgrading SQL Server/ : /SQL Server 2005 には TLS 1\.2 に対応したビルドがありません.*SQL Server のアップグレードが必要です/);
    const off = ok(buildFixKit({ facts: state(lang, [`${SETUP[lang]('2008 R2', '2005 SP4')} ${lang === 'en' ? 'TLS 1.0 is disabled on the server.' : 'サーバの TLS 1.0 は無効にしました。'}`]).facts, lang }));
    expect(off.warnings[0]).toMatch(lang === 'en' ? /^FIRST:/ : /^最初に：/);
    expect(off.warnings[0]).not.toMatch(/10\.50\.6542\.0 on|10\.50\.6542\.0 以降/);
    const back = comments(off, 'tls10-back-on.reg').join('\n');
    expect(back).not.toMatch(/TLS 1\.2 from 10\.50|TLS 1\.2 対応は 10\.50/);
  });
});

