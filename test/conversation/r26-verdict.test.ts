/**
 * QA round 22 W2 and M3: evidence after the level was raised to Medium-High.
 * - W2: a TLS 1.2 capture (agreed, then the certificate refused) or a Schannel alert 40 after "set Medium-High" no longer
 *   gets "This is the TLS 1.0 problem" with "TMS at Medium speaks only TLS 1.0: this is the cause".
 * - M3: a capture taken at the old level ("no ClientHello at all") is stale once the change is reported: noted as done,
 *   take a new capture (TLS 1.2, 0x0303), not "TMS is already at Medium-High and sends no ClientHello".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { readEvidenceBuffer } from '../../src/evidence';
import { tls12FailureSeen } from '../../src/domain/evidence-rules';
import { fixProgressIn } from '../../src/domain/understand/progress';
import { findings, rendered, runIn } from './helpers';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');
async function evidence(file: string): Promise<IncomingMessage> {
  const r = await readEvidenceBuffer(file, readFileSync(join(FIX, file)));
  if (!r.ok) throw new Error(r.reason.en);
  return { kind: 'evidence', source: file, reading: r.reading };
}
const text = (t: string): IncomingMessage => ({ kind: 'text', text: t });
function run(lang: 'en' | 'ja', msgs: IncomingMessage[]): TurnResult {
  let s: ConversationState = freshState(lang);
  let last: TurnResult | null = null;
  for (const m of msgs) {
    last = step(s, m);
    s = last.state;
  }
  return last!;
}
const affected = (r: TurnResult) => r.replies.find((x) => x.diagnosis)?.diagnosis?.affected;

describe('W2: TLS 1.2 evidence after Medium-High was reported done', () => {
  it('a capture with TLS 1.2 agreed, then alert 48 (EN and JA): the certificate, not the Medium cause', async () => {
    const en = run('en', [
      text('TMS 15.9 on 2012 R2, SQL remote, SX80 on CE 9.15 no https response'),
      text('set Medium-High and restarted services'),
      await evidence('tls12-client-alert48-unknown-ca.pcap'),
    ]);
    expect(findings(en)).toContain('evidence-capture-client-rejected-certificate');
    expect(findings(en)).not.toContain('tms-medium-tls10-only');
    expect(affected(en)).not.toBe('yes');
    expect(rendered(en)).not.toMatch(/This is the TLS 1\.0 problem|TMS at Medium speaks only TLS 1\.0/);
    expect(rendered(en)).toMatch(/Not settled yet/);
    // TLS 1.2 was agreed: no "sends no ClientHello, or still TLS 1.0" card beside it.
    expect(findings(en)).not.toContain('already-medium-high');

    const ja = run('ja', [
      text('TMS 15.9、Windows Server 2012 R2、SQLは別サーバ。SX80をCE 9.15に上げたらNo HTTPS response'),
      text('Medium-Highに変更してサービスを再起動しました'),
      await evidence('tls12-client-alert48-unknown-ca.pcap'),
    ]);
    expect(findings(ja)).toContain('evidence-capture-client-rejected-certificate');
    expect(findings(ja)).not.toContain('tms-medium-tls10-only');
    expect(affected(ja)).not.toBe('yes');
    expect(rendered(ja)).toMatch(/まだ判断できません/);
  });

  const EN_SETUP = [
    'TMS 15.4 on Server 2008 R2, SQL 2008 R2 on a separate DB server. C40s on TC7.3.7 show No HTTPS response',
    'registry keys added for TLS 1.2 client+server, set Medium-High, rebooted',
  ];
  const ALERT40 = 'System log: Schannel 36887 A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 40.';

  it('a pasted Schannel 36887 alert 40 (EN and JA): not the Medium cause; cipher suites to check', () => {
    const en = runIn('en', [...EN_SETUP, ALERT40]);
    expect(findings(en)).toContain('evidence-schannel-events');
    expect(findings(en)).not.toContain('tms-medium-tls10-only');
    expect(affected(en)).toBe('unknown');
    expect(rendered(en)).not.toMatch(/This is the TLS 1\.0 problem|TMS at Medium speaks only TLS 1\.0/);
    expect(rendered(en)).toMatch(/Get-TlsCipherSuite/);

    const ja = runIn('ja', [
      'TMS 15.4、Windows Server 2008 R2、SQLは別サーバ。C40をTC7.3.7に上げたらNo HTTPS response',
      'TLS1.2のレジストリを追加しました、Medium-Highに変更してサーバ再起動しました',
      ALERT40,
    ]);
    expect(findings(ja)).not.toContain('tms-medium-tls10-only');
    expect(affected(ja)).toBe('unknown');
    expect(rendered(ja)).toMatch(/暗号スイート.*Get-TlsCipherSuite/);
  });

  it('"registry keys added" is read as the registry step done', () => {
    expect(fixProgressIn('registry keys added for TLS 1.2 client+server, set Medium-High, rebooted')).toMatchObject({ registry: true, level: true, restarted: true });
    expect(fixProgressIn('registry keys added?')).toBeNull();
    expect(runIn('en', EN_SETUP).state.facts.tlsClaims?.tls12).toBe('on');
  });

  it('which evidence counts: a TLS 1.2 hello or a Schannel alert other than 70', () => {
    const obs = (code: string, en: string) => [{ code, detail: { en, ja: en } }] as never;
    expect(tls12FailureSeen(obs('event-schannel-error', '36887: Schannel received a fatal TLS alert … (alert 40).'))).toBe(true);
    expect(tls12FailureSeen(obs('event-schannel-error', '36887: Schannel received a fatal TLS alert … (alert 70).'))).toBe(false);
    expect(tls12FailureSeen(obs('event-schannel-error', '36871: a TLS client credential could not be created'))).toBe(false);
    expect(tls12FailureSeen(obs('capture-clienthello-tls12', 'the ClientHello offered up to TLS 1.2'))).toBe(true);
    expect(tls12FailureSeen(obs('capture-no-clienthello', 'TCP connected, but the client sent no ClientHello'))).toBe(false);
    expect(tls12FailureSeen(undefined)).toBe(false);
  });

  it('the report of the change alone stays "noted as done" (no evidence)', () => {
    const r = runIn('en', ['TMS 15.9 on 2012 R2, SQL remote, SX80 on CE 9.15 no https response', 'set Medium-High and restarted services']);
    expect(rendered(r)).toMatch(/Noted as done/);
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
  });
});

describe('M3: a capture at the old level is stale once Medium-High is reported', () => {
  it('EN: noted as done, new capture asked for; the old observation is set aside', () => {
    const r = runIn('en', ['TMS 15.13 on Windows Server 2025, Room Kits on RoomOS 11.14 show No HTTPS response, SQL 2019 remote', 'capture shows no ClientHello at all', 'set Medium-High, restarted services']);
    const out = rendered(r);
    expect(out).toMatch(/Noted as done/);
    expect(out).toMatch(/new capture[^\n]*0x0303/);
    expect(out).not.toMatch(/sends no ClientHello: check TLS 1\.2/);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
    expect((r.state.facts.evidence?.observations ?? []).some((o) => o.code === 'capture-no-clienthello')).toBe(false);
  });

  it('JA: 実施済み, 新しいキャプチャ', () => {
    const r = runIn('ja', [
      'TMS 15.13をWindows Server 2025に新規構築しました。Room Kit (RoomOS 11.14) が全部No HTTPS responseです。SQLは2019で別サーバ',
      'キャプチャを見るとClientHelloが出ていません',
      'Medium-Highにしました、サービス再起動済み',
    ]);
    const out = rendered(r);
    expect(out).toMatch(/実施済みとして記録しました/);
    expect(out).toMatch(/新しくキャプチャ[^\n]*0x0303/);
    expect(out).not.toMatch(/ClientHello を送っていません（まず Client 側/);
  });

  it('a capture given after the change is kept (not stale)', () => {
    const r = runIn('en', ['TMS 15.13 on Windows Server 2025, Room Kits on RoomOS 11.14 show No HTTPS response, SQL 2019 remote', 'set Medium-High, restarted services', 'capture shows no ClientHello at all']);
    expect(findings(r)).toContain('evidence-capture-no-clienthello');
    expect(rendered(r)).toMatch(/sends no ClientHello/);
  });
});
