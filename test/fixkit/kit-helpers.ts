/**
 * Shared by the QA48 fix-kit tests (r70*): a conversation's state after some messages, the kit taken as made, its .reg files
 * read back (comment lines; enable-tls12.reg's keys and values), and the ticket line they start from.
 */
import { type FixKit } from '../../src/fixkit';
import { step, freshState } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { decodeText, parseRegFile, SCHANNEL_PROTOCOLS_PATH } from '../../src/windows/reg';
import type { Lang } from '../../src/domain/types';

const P = SCHANNEL_PROTOCOLS_PATH;

export function state(lang: Lang, msgs: string[]): ConversationState {
  let s: ConversationState | null = freshState(lang);
  for (const m of msgs) s = step(s, { kind: 'text', text: m }).state;
  return s!;
}

export type OkKit = Extract<FixKit, { ok: true }>;
export function ok(k: FixKit): OkKit {
  if (!k.ok) throw new Error(k.reason);
  return k;
}
export function comments(k: OkKit, name: string): string[] {
  const f = k.files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name} in ${k.files.map((x) => x.name).join(', ')}`);
  const parsed = parseRegFile(f.bytes);
  expect(parsed.problems).toEqual([]);
  return decodeText(f.bytes).text.split('\r\n').filter((l) => l.startsWith('; ')).map((l) => l.slice(2));
}
/** enable-tls12.reg read back: TLS 1.2 (and TLS 1.1 when asked) Client and Server only, Enabled=1 / DisabledByDefault=0. */
export function expectTls12Only(k: OkKit, protocols = ['TLS 1.2']): void {
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

export const SETUP = {
  en: (w: string, sql: string, level = ', level Medium') => `TMS 15.9, Room Kit on CE 9.15 shows No HTTPS response. Windows Server ${w}, SQL Server ${sql} on the TMS server${level}.`,
  ja: (w: string, sql: string, level = '、レベルは Medium') => `TMS 15.9、Room Kit CE 9.15 で No HTTPS response。Windows Server ${w}、SQL Server ${sql} は TMS サーバ上${level}。`,
};
