/**
 * QA54 #5: files shared one by one: each reply leads with what that file shows and how it changes the picture; what the earlier
 * files showed, unchanged, is named, not posted again (the RST/301 lines of a capture were in every later reply). A finding the new
 * file changes is shown; a critical one (an outage risk) stays whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { rendered } from './helpers';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');

async function file(name: string): Promise<IncomingMessage> {
  const r = await readEvidenceBuffer(name, readFileSync(join(FIX, name)));
  if (!r.ok) throw new Error('fixture not read');
  return { kind: 'evidence', source: name.split('/').pop()!, reading: r.reading };
}

async function run(msgs: (string | Promise<IncomingMessage>)[]): Promise<TurnResult[]> {
  let s: ConversationState | null = null;
  const out: TurnResult[] = [];
  for (const m of msgs) {
    const r = step(s, typeof m === 'string' ? { kind: 'text', text: m, keepLang: true } : await m);
    s = r.state;
    out.push(r);
  }
  return out;
}

const RST = /the server reset the connection \(RST\)|サーバは接続をリセットしました（RST）/;
const count = (text: string, re: RegExp) => text.split(re).length - 1;

describe('QA54 #5: an evidence reply leads with its own file; earlier findings are named', () => {
  it.each([
    ['en', 'TMS 15.2.1 No HTTPS response on our SX80s after upgrade to CE 9.8', /What the earlier files or pastes showed still stands, not repeated here: .*The TLS 1\.2 registry keys are already right/],
    ['ja', 'TMS 15.2.1 で No HTTPS response が出ています。エンドポイントは CE 9.15 です', /前に読んだファイルや貼り付けの内容は変わらないため、ここでは繰り返しません：.*TLS 1\.2 のレジストリキーはすでに正しく設定されています/],
  ] as const)('%s, a question open: capture, .reg, then sslscan and an event log', async (_lang, opening, named) => {
    const [, cap, reg, scan, events] = await run([opening, file('tls10-reset-http301.pcap'), file('schannel-tls10-off-tls12-on.reg'), file('sslscan-accepts-tls10.txt'), file('events/schannel-36887-saveas.txt')]);
    expect(count(rendered(cap!), RST)).toBeGreaterThan(0);
    // The .reg changes what the capture means ("… which the registry export says cannot happen"): shown with it.
    expect(rendered(reg!)).toMatch(/registry export says cannot happen|レジストリ/);
    // The sslscan and the event log: their own finding, the earlier ones named only.
    for (const r of [scan!, events!]) {
      const out = rendered(r);
      expect(out).not.toMatch(RST);
      expect(out).toMatch(named);
    }
    expect(rendered(scan!)).toMatch(/which does not fit its version|TLS 1\.0 を受け付けており、バージョンと合いません/);
    expect(rendered(events!)).toMatch(/Schannel/);
    expect(rendered(events!).length).toBeLessThan(rendered(scan!).length + 2500);
  });

  it('after a full answer too (EN): the third file\'s reply does not post the capture\'s lines again', async () => {
    const rs = await run(['TMS 15.2.1 No HTTPS response, CE 9.8, SQL 2016 on another server, Windows 2019, level Medium', file('tls10-reset-http301.pcap'), file('schannel-tls10-off-tls12-on.reg'), file('sslscan-accepts-tls10.txt')]);
    const out = rendered(rs[3]!);
    expect(out).not.toMatch(RST);
    expect(out).toMatch(/not repeated here: .*The capture shows the usual failure/);
    // The card (summary) still holds the whole state.
    const card = rs[3]!.replies.find((x) => x.summary)!;
    expect(card.diagnosis!.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['evidence-schannel-tls12-client-on']));
  });

  it('a finding of an earlier file about SQL Server needing TLS 1.0 here is still said whole', async () => {
    const rs = await run(['TMS 15.2.1, CE 9.15 No HTTPS response. SQL 2008 R2 on the TMS server, Windows Server 2012 R2', file('schannel-tls10-off-tls12-on.reg'), file('sslscan-accepts-tls10.txt')]);
    expect(rendered(rs[2]!)).toMatch(/TLS 1\.0 is off, and SQL Server 2008 R2 needs it/);
    expect(rendered(rs[2]!)).toMatch(/Re-enable TLS 1\.0 \(both sides\)/);
  });
});
