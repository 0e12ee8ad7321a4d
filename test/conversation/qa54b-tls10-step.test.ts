/**
 * QA54 #6: TLS 1.0 found off with a SQL Server 2008 R2 on the TMS server that needs it. The card's next action is "turn TLS 1.0 back
 * on before any reboot"; the numbered steps (and so the Slack checklist) carry it as a step after the backup, and the reboot it
 * brings as a step, so a user ticking the checklist does not skip it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/conversation/engine';
import type { Summary } from '../../src/conversation/summary';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');

async function file(name: string): Promise<IncomingMessage> {
  const r = await readEvidenceBuffer(name, readFileSync(join(FIX, name)));
  if (!r.ok) throw new Error('fixture not read');
  return { kind: 'evidence', source: name.split('/').pop()!, reading: r.reading };
}

async function run(msgs: (string | Promise<IncomingMessage>)[]): Promise<Summary> {
  let s: ConversationState | null = null;
  let last: Summary | undefined;
  for (const m of msgs) {
    const r = step(s, typeof m === 'string' ? { kind: 'text', text: m } : await m);
    s = r.state;
    last = r.replies.find((x) => x.summary)?.summary ?? last;
  }
  return last!;
}

const codes = (s: Summary) => s.steps.map((x) => x.code);

describe('QA54 #6: the card\'s "turn TLS 1.0 back on" is a numbered step too', () => {
  it('JA (the QA thread: iiscrypto Best Practices .reg, then SQL 2008 R2 on the server, Windows 2012 R2)', async () => {
    const s = await run(['TMS 15.2.1 で No HTTPS response が出ています。エンドポイントは CE 9.15 です', file('qa41/06_iiscrypto_bestpractice.reg'), 'SQL は 2008 R2 で TMS サーバ上にあります。Windows は 2012 R2 です']);
    expect(s.next).toMatch(/^再起動の前に、TLS 1\.0 を（Client と Server で）有効に戻します/);
    const c = codes(s);
    expect(c.indexOf('evidence-tls10-back-for-sql')).toBe(c.indexOf('backup-registry-first') + 1);
    expect(c.indexOf('evidence-tls10-back-reboot')).toBe(c.indexOf('tms-tools-medium-high') + 1);
    const t = s.steps.find((x) => x.code === 'evidence-tls10-back-for-sql')!;
    expect(t.title).toBe('SQL Server 2008 R2 のために TLS 1.0 を（Client と Server で）有効に戻す');
    expect(t.literal).toMatch(/TLS 1\.0\\Client\]\r?\n"Enabled"=dword:00000001/);
    expect(s.steps.find((x) => x.code === 'evidence-tls10-back-reboot')!.title).toBe('TMS サーバを 1 回再起動する');
  });

  it('EN (TLS 1.0 off, TLS 1.2 on .reg, SQL 2008 R2 on the server)', async () => {
    const s = await run(['TMS 15.2.1, CE 9.15 No HTTPS response. SQL 2008 R2 on the TMS server, Windows Server 2012 R2', file('schannel-tls10-off-tls12-on.reg')]);
    expect(s.next).toMatch(/^Before any reboot, turn TLS 1\.0 back on/);
    expect(codes(s).slice(0, 4)).toEqual(['backup-registry-first', 'evidence-tls10-back-for-sql', 'tms-tools-medium-high', 'evidence-tls10-back-reboot']);
    expect(s.steps[1]!.title).toBe('Turn TLS 1.0 back on for SQL Server 2008 R2 (Client and Server)');
    // Not "reboot only if the TLS 1.2 keys changed": the TLS 1.0 keys change.
    expect(s.steps[3]!.title).toBe('Reboot the TMS server once');
    expect(codes(s)).not.toContain('reboot-server');
  });

  it('TLS 1.0 off on the Client side only (SSL 3.0 on): the step says Microsoft asks to keep it on, not that SQL stops', async () => {
    const s = await run(['TMS 15.2.1, CE 9.15 No HTTPS response. SQL 2008 R2 on the TMS server, Windows Server 2012 R2', file('qa41/14_tls10_client_off.reg')]);
    const t = s.steps.find((x) => x.code === 'evidence-tls10-back-for-sql')!;
    expect(t.body.join(' ')).toMatch(/Microsoft asks to keep TLS 1\.0 on for it/);
    expect(t.body.join(' ')).not.toMatch(/26011/);
  });

  it('TMS before 15 (no fix steps): the finding keeps the action, no lone "Steps, in order" of TLS 1.0 and a reboot', async () => {
    const s = await run(['TMS 14.6.2, endpoints TC7.3.6, SQL 2008 R2 on the TMS server, Windows Server 2012 R2', file('schannel-tls10-off-tls12-on.reg')]);
    expect(codes(s)).not.toContain('evidence-tls10-back-for-sql');
    expect(codes(s)).not.toContain('evidence-tls10-back-reboot');
    expect(s.caveats.map((c) => c.code)).toContain('evidence-tls10-off-sql2008r2');
  });

  it('no such step where SQL does not need TLS 1.0 (SQL 2016, or SQL on another server)', async () => {
    for (const sql of ['SQL 2016 on the TMS server', 'SQL 2008 R2 on another server']) {
      const s = await run([`TMS 15.2.1, CE 9.15 No HTTPS response. ${sql}, Windows Server 2012 R2`, file('schannel-tls10-off-tls12-on.reg')]);
      expect(codes(s)).not.toContain('evidence-tls10-back-for-sql');
      expect(codes(s)).not.toContain('evidence-tls10-back-reboot');
    }
  });
});
