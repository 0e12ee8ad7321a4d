/**
 * QA48 #6: 「TLS 1.0 を無効にしてから SQL Server が起動しません」 without a 読点 after してから was read as SQL down only, so the
 * JA user got a refusal where EN ("SQL won't start since we turned TLS 1.0 off") gets the recovery kit (tls10-back-on.reg,
 * read back here). Plans, requests, questions, conditions and a colleague's account stay unread.
 */
import { buildFixKit, type FixKit } from '../../src/fixkit';
import { step, freshState } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import type { Lang } from '../../src/domain/types';
import { expectTls10BackOn } from './tls10-back-on-kit';

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
const SETUP = {
  en: (w: string, sql: string, level = ', level Medium') => `TMS 15.9, Room Kit on CE 9.15 shows No HTTPS response. Windows Server ${w}, SQL Server ${sql} on the TMS server${level}.`,
  ja: (w: string, sql: string, level = '、レベルは Medium') => `TMS 15.9、Room Kit CE 9.15 で No HTTPS response。Windows Server ${w}、SQL Server ${sql} は TMS サーバ上${level}。`,
};

describe('QA48 #6: 「…無効にしてから SQL Server が起動しません」 without 読点 reads TLS 1.0 off, as EN does', () => {
  it.each(['TLS 1.0 を無効にしてから SQL Server が起動しません', 'TLS 1.0を無効にしてからSQLが起動しません', 'TLS 1.0を無効にしてからSQLが起動しなくなりました'])('%s: the recovery kit', (said) => {
    const s = state('ja', [`${SETUP.ja('2025', '2012 SP1')}${said}`]);
    expect(s.facts.tlsClaims).toMatchObject({ sqlDown: true, tls10: 'off' });
    const k = ok(buildFixKit({ facts: s.facts, lang: 'ja' }));
    expect(k.kind).toBe('recovery');
    expectTls10BackOn(k.files[0].bytes);
  });

  it.each([
    'TLS 1.0 を無効にしてから再起動してください',
    'TLS 1.0 を無効にしてから Medium-High にします',
    'TLS 1.0 を無効にしてから SQL Server が起動しませんか？',
    'もし TLS 1.0 を無効にしてから SQL が起動しなかったらどうしますか？',
    '同僚が TLS 1.0 を無効にしてから SQL が起動しなくなったと言っています',
  ])('near miss %s: TLS 1.0 not recorded off', (said) => {
    const s = state('ja', [`${SETUP.ja('2016', '2016')}${said}`]);
    expect(s.facts.tlsClaims?.tls10).toBeUndefined();
  });
});

