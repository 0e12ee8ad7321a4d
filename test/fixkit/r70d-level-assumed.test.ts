/**
 * QA48 #3: with the level not given (Medium assumed, "level Medium (assumed)" in the For line) step 3 of the kit said "change
 * Communication Security from Medium to Medium-High", which lowers a server at High (High adds certificate validation,
 * knowledge.md). It now says: if it shows Low or Medium, set Medium-High; if Medium-High or High, leave it. A level given
 * keeps its own step 3. enable-tls12.reg read back, EN and JA.
 */
import { buildFixKit, type FixKit } from '../../src/fixkit';
import { step, freshState } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { decodeText, parseRegFile, SCHANNEL_PROTOCOLS_PATH } from '../../src/windows/reg';
import type { Lang } from '../../src/domain/types';

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

describe('QA48 #3: level not given: step 3 never lowers High', () => {
  it.each(['en', 'ja'] as const)('%s: "if it shows Low or Medium set Medium-High; if Medium-High or High leave it"', (lang) => {
    const s = state(lang, [SETUP[lang]('2016', '2016', '')]);
    expect(s.facts.level).toBeUndefined();
    const k = ok(buildFixKit({ facts: s.facts, lang }));
    expectTls12Only(k);
    const c = comments(k, 'enable-tls12.reg');
    const s3 = c.find((l) => l.startsWith('3. '))!;
    if (lang === 'en') {
      expect(s3).toMatch(/if it shows Low or Medium, change it to Medium-High/);
      expect(s3).toMatch(/if it shows Medium-High or High, leave it as it is \(do not lower High/);
      expect(s3).not.toMatch(/from Medium to Medium-High/);
    } else {
      expect(s3).toMatch(/Low または Medium なら Medium-High に変更/);
      expect(s3).toMatch(/Medium-High または High ならそのままにしてください（High を Medium-High に下げないでください）/);
      expect(s3).not.toMatch(/Medium から Medium-High に変更/);
    }
  });

  it('a level given keeps its own step 3 (Medium: change from Medium; High: keep High)', () => {
    const med = comments(ok(buildFixKit({ facts: state('en', [SETUP.en('2016', '2016')]).facts, lang: 'en' })), 'enable-tls12.reg');
    expect(med.find((l) => l.startsWith('3. '))).toMatch(/change Communication Security from Medium to Medium-High/);
    const high = comments(ok(buildFixKit({ facts: state('en', [SETUP.en('2016', '2016', ', level High')]).facts, lang: 'en' })), 'enable-tls12.reg');
    expect(high.find((l) => l.startsWith('3. '))).toMatch(/^3\. Keep Communication Security at High/);
  });
});

