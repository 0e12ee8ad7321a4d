/**
 * FIX22D #2 (rev22b): SQL Server 2008 R2 down with 26011 on a build with TLS 1.2 support (10.50.6542 and later; 2008 from
 * 10.0.6547): no kit, the cause first (as 2012 SP4 / 2016), in the CLI and the chat; the early 10.50.6537 / 10.0.6543
 * (KB3146034) and builds without TLS 1.2 keep the recovery kit. EN and JA; every written .reg read back with parseRegFile.
 */
import type { Lang } from '../../src/domain/types';
import { runFixKit, type CliKit } from './cli-kit';
import { expectTls10BackOn } from './tls10-back-on-kit';
import { step, freshState } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';

const LOG_26011 = [
  '2026-12-01 10:25:01.34 Server      Error: 26011, Severity: 16, State: 1.',
  '2026-12-01 10:25:01.34 Server      The server was unable to initialize encryption because of a problem with a security library. The security library may be missing. Verify that security.dll exists on the system.',
].join('\n');
const BASE = ['--tms', '15.9', '--endpoint', 'CE 9.15', '--level', 'medium'];
/** `fix-kit` for the base case plus ARGS. */
const cliKit = (lang: Lang, args: string[], paste?: string, evidence?: string): Promise<CliKit> => runFixKit(lang, [...BASE, ...args], paste, evidence);


function conversation(lang: Lang, msgs: string[]): { s: ConversationState; last: string } {
  let s: ConversationState | null = freshState(lang);
  let last = '';
  for (const m of msgs) {
    const r = step(s, { kind: 'text', text: m });
    s = r.state;
    last = JSON.stringify(r.replies);
  }
  return { s: s!, last };
}
const SETUP_SQL = {
  en: (sql: string) => `TMS 15.9, Room Kit on CE 9.15 shows No HTTPS response. Windows Server 2016, SQL Server ${sql} on the TMS server, level Medium.`,
  ja: (sql: string) => `TMS 15.9、Room Kit CE 9.15 で No HTTPS response。Windows Server 2016、SQL Server ${sql} は TMS サーバ上、レベルは Medium。`,
};

describe('FIX22D #2: SQL 2008 R2 down with 26011 on a build with TLS 1.2 support: no kit, the cause first', () => {
  it.each(['en', 'ja'] as const)('%s: 10.50.6560: CLI refuses (exit 1), no files; the chat answer says the same', async (lang) => {
    const k = await cliKit(lang, ['--windows', '2016', '--sql', '10.50.6560'], undefined, LOG_26011);
    expect(k.code).toBe(1);
    expect(Object.keys(k.files)).toEqual([]);
    expect(k.err).toMatch(lang === 'en' ? /No fix files: .*10\.50\.6560\) supports TLS 1\.2, so the TLS change is not the usual reason it stops/ : /修正ファイルは作成しません：.*10\.50\.6560\) は TLS 1\.2 に対応しているため/);
    expect(k.err).not.toMatch(/Start the SQL Server service|サービスを開始/);
    const { s, last } = conversation(lang, [SETUP_SQL[lang]('2008 R2 10.50.6560'), LOG_26011]);
    expect(last).toMatch(lang === 'en' ? /supports TLS 1\.2, so the TLS change is not the usual reason it stops/ : /TLS 1\.2 に対応しているため、TLS の変更はふつう停止の原因になりません/);
    // Not the self-contradictory "keep TLS 1.0 on until 10.50.6542" for a build past it.
    expect(last).not.toMatch(/until then TLS 1\.0 stays on|それまでは TLS 1\.0 を有効のままにしてください/);
    const kit = JSON.stringify(step(s, { kind: 'text', text: lang === 'en' ? 'can you give me the fix files?' : '修正ファイルをください' }).replies);
    expect(kit).toMatch(lang === 'en' ? /No fix files: .*supports TLS 1\.2/ : /修正ファイルは作成しません：.*TLS 1\.2 に対応しているため/);
    expect(kit).not.toMatch(/tls10-back-on\.reg/);
  });

  it.each(['en', 'ja'] as const)('%s: SQL 2008 10.0.6547 (TLS 1.2 build of 2008): the same refusal', async (lang) => {
    const k = await cliKit(lang, ['--windows', '2016', '--sql', '10.0.6547'], undefined, LOG_26011);
    expect(k.code).toBe(1);
    expect(k.err).toMatch(lang === 'en' ? /supports TLS 1\.2/ : /TLS 1\.2 に対応しているため/);
  });

  it.each([
    ['en', '10.50.6537'],
    ['ja', '10.50.6537'],
    ['en', '2008 R2 SP2'],
    ['ja', '2008 R2 SP2'],
    ['en', '10.0.6543'],
  ] as const)('%s: near miss, %s (early TLS 1.2 build, or none): the recovery kit stays', async (lang, sql) => {
    const k = await cliKit(lang, ['--windows', '2016', '--sql', sql], undefined, LOG_26011);
    expect(k.code).toBe(0);
    expect(Object.keys(k.files)).toEqual(['tls10-back-on.reg']);
    expectTls10BackOn(k.bytes['tls10-back-on.reg']);
  });
});
