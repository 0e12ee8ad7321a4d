/**
 * QA round 19 #2 and #6: a second capture after the change supersedes the first one's verdict; SQL recovery asked in
 * more words during a SQL outage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import type { EvidenceReading } from '../../src/evidence/types';
import { findings, rendered, runIn } from './helpers';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');

async function reading(file: string): Promise<EvidenceReading> {
  const r = await readEvidenceBuffer(file, readFileSync(join(FIX, file)));
  if (!r.ok) throw new Error(r.reason.en);
  return r.reading;
}

/** Texts and capture files (names ending in .pcap) in one conversation: the last turn. */
async function chat(msgs: string[]): Promise<TurnResult> {
  let s: ConversationState | null = null;
  let last: TurnResult | null = null;
  for (const m of msgs) {
    const msg: IncomingMessage = m.endsWith('.pcap') ? { kind: 'evidence', source: m, reading: await reading(m) } : { kind: 'text', text: m };
    last = step(s, msg);
    s = last.state;
  }
  return last!;
}

const SETUP = 'TMS 15.9, SX80 CE 9.15.3, Windows 2016, SQL remote, Medium';

describe('QA19 #2: a capture after "we set Medium-High" that shows TLS 1.2 accepted', () => {
  it('replaces the pre-change capture: no "confirms the cause", no "refused", no "Medium is the cause"', async () => {
    const r = await chat([SETUP, 'tms-medium-rst.pcap', 'we set Medium-High', 'tls12-accepted-client-goes-on.pcap']);
    const f = findings(r);
    expect(f).toContain('evidence-capture-fix-verified');
    for (const code of ['evidence-capture-confirms-cause', 'evidence-contradicts-level', 'evidence-capture-tls12-refused', 'tms-medium-tls10-only']) expect(f).not.toContain(code);
    const out = rendered(r);
    expect(out).not.toMatch(/This is the TLS 1\.0 problem/);
    expect(out).toMatch(/TLS 1\.2 working/);
    expect(out).toMatch(/Force Refresh/);
  });

  it('with one capture after the change: the TLS part works, not "TMS at Medium is the cause"', async () => {
    const r = await chat([SETUP, 'we set Medium-High and restarted IIS and the services', 'tls12-accepted-client-goes-on.pcap']);
    expect(findings(r)).not.toContain('tms-medium-tls10-only');
    expect(rendered(r)).not.toMatch(/This is the TLS 1\.0 problem|this is the cause/);
  });

  it('the pre-change capture alone still confirms the cause at Medium', async () => {
    const r = await chat([SETUP, 'tms-medium-rst.pcap']);
    expect(findings(r)).toEqual(expect.arrayContaining(['evidence-capture-confirms-cause', 'tms-medium-tls10-only']));
  });
});

describe('QA19 #6: how to get SQL back during the outage', () => {
  const EN = "TMS 15.2.1 on Win 2008 R2, SQL 2008 R2 SP2 on the same server, SX10 CE 8.3. Security team applied IIS Crypto best practices and now SQL won't start";
  const JA = 'TMS 15.2.1、Win 2008 R2、SQL 2008 R2 SP2 同居、SX10 CE 8.3。セキュリティチームがIIS Cryptoのベストプラクティスを適用したらSQLが起動しなくなりました';
  it.each([
    ['en', EN, 'how do we get SQL back?'],
    ['ja', JA, 'SQLを戻すにはどうすれば？'],
    ['ja', JA, 'SQLを元に戻す方法は？'],
  ] as const)('%s "%s" → the recovery steps, not "I don\'t know" or the rollback', (lang, setup, q) => {
    const out = rendered(runIn(lang, [setup, q]));
    expect(out).toMatch(lang === 'en' ? /Getting SQL Server running again/ : /SQL Server の復旧/);
    expect(out).toMatch(/TLS 1\.0/);
    expect(out).not.toMatch(/I don't know that one|お答えできません|切り戻し\n/);
  });

  it('rolling the level back is still the rollback answer', () => {
    const out = rendered(runIn('ja', ['TMS 15.9、Room Kit ce9.15.3、Windows Server 2016、SQLは別サーバ、Medium-High', 'Mediumに戻す方法は？']));
    expect(out).toMatch(/切り戻し/);
  });
});
