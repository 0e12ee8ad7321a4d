/**
 * QA55 #6: an endpoint that accepts only TLS 1.3 (TLS 1.0, 1.1 and 1.2 refused). The CLI probe, the fleet summary and a pasted
 * sslscan name the endpoint's MinimumTLSVersion, as the chat probe does (knowledge.md "What else a senior engineer checks":
 * xConfiguration NetworkServices HTTPS Server MinimumTLSVersion), not the Windows side. A server that refuses every hello,
 * TLS 1.3 too, is not explained by a minimum version: a firewall/IPS, the address and HTTPS on the endpoint come first. EN/JA.
 */
import { readFileSync } from 'node:fs';
import { conclusion } from '../../src/probe/report';
import { addToSummary, emptySummary, verdictOf, versionMismatchText, type FleetItem } from '../../src/probe/fleet';
import { summaryText } from '../../src/probe/fleet-report';
import { probeNoTmsProtocol } from '../../src/domain/knowledge';
import { readEvidenceBuffer } from '../../src/evidence';
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { findings, rendered } from '../conversation/helpers';
import { probeResult } from '../fixtures/probe';
import type { ProbeResult } from '../../src/probe/types';

const MIN = 'MinimumTLSVersion';
const none = { ssl3: false, 'tls1.0': false, 'tls1.1': false, 'tls1.2': false } as const;
const only13 = probeResult({ target: '127.0.0.1:18446', port: 18446, protocols: { ...none, 'tls1.3': true } });
const all = probeResult({ target: '127.0.0.1:18451', port: 18451, protocols: { ...none, 'tls1.3': false } });

function item(r: ProbeResult, line: number, stated: string | null): FleetItem {
  return { index: line - 1, line, input: r.target, name: `room-${line}`, stated, verdict: verdictOf(r), result: r, skipped: null, mismatch: stated ? 'differs' : null };
}

describe('CLI probe conclusion', () => {
  it('TLS 1.3 only: names MinimumTLSVersion (and keeps the recognisable head)', () => {
    const c = conclusion(only13);
    expect(c).toMatch(/^Only TLS 1\.3 accepted: /);
    expect(c).toContain(MIN);
  });
  it('every hello refused, TLS 1.3 too: not explained by MinimumTLSVersion; firewall/IPS, address, HTTPS first', () => {
    const c = conclusion(all);
    expect(c).toContain('MinimumTLSVersion does not explain this');
    expect(c).toMatch(/firewall or IPS/);
    expect(c).toContain('HTTP Mode');
  });
});

describe('fleet', () => {
  it('the summary names MinimumTLSVersion for the TLS 1.3-only row, and not as the cause for the all-refused row', () => {
    const s = emptySummary();
    addToSummary(s, item(only13, 1, null));
    addToSummary(s, item(all, 2, null));
    const text = summaryText(s);
    const row13 = text.split('\n').find((l) => l.includes('127.0.0.1:18446'))!;
    const rowAll = text.split('\n').find((l) => l.includes('127.0.0.1:18451'))!;
    expect(row13).toContain(MIN);
    expect(row13).toContain('only TLS 1.3 accepted');
    expect(rowAll).toContain('MinimumTLSVersion does not explain this');
  });
  it.each(['en', 'ja'] as const)('%s: the stated-version disagreement for a TLS 1.3-only row names MinimumTLSVersion', (lang) => {
    const t13 = versionMismatchText('RoomOS 11.14', only13)![lang];
    expect(t13).toContain(MIN);
    expect(t13).toContain(lang === 'en' ? 'only TLS 1.3 accepted' : 'TLS 1.3 だけ');
    const tAll = versionMismatchText('RoomOS 11.14', all)![lang];
    expect(tAll).toContain(lang === 'en' ? 'does not explain this' : '説明できません');
  });
});

describe.each(['en', 'ja'] as const)('%s chat', (lang) => {
  it('probe finding: a server refusing TLS 1.3 too does not lead with MinimumTLSVersion', () => {
    const text = probeNoTmsProtocol(all, false).body.map((b) => b[lang]).join('\n');
    const fw = text.search(lang === 'en' ? /firewall or IPS/ : /ファイアウォールや IPS/);
    expect(fw).toBeGreaterThan(-1);
    expect(text).toContain(lang === 'en' ? 'does not explain this' : '説明できません');
    expect(text).not.toMatch(lang === 'en' ? /First check the endpoint's own minimum/ : /まずエンドポイント側の下限/);
  });

  it('a pasted sslscan of a TLS 1.3-only endpoint at Medium-High: the endpoint side, not the Windows steps', async () => {
    const scan = readFileSync(`${__dirname}/../fixtures/evidence/qa55/sslscan-tls13-only.txt`);
    let s: ConversationState = freshState(lang);
    s = step(s, { kind: 'text', text: lang === 'en' ? 'TMS 15.13, CE 9.15, SQL 2016 on the TMS server, Windows 2019, level Medium-High' : 'TMS 15.13、CE 9.15、TMS サーバ上の SQL 2016、Windows 2019、セキュリティレベルは Medium-High です' }).state;
    const r0 = await readEvidenceBuffer('sslscan.txt', scan);
    if (!r0.ok) throw new Error(r0.reason.en);
    const r = step(s, { kind: 'evidence', source: 'sslscan.txt', reading: r0.reading });
    const f = findings(r);
    expect(f).toContain('evidence-endpoint-https-blocks');
    expect(f).not.toContain('enable-tls11-12-registry');
    expect(f).not.toContain('reboot-server');
    expect(rendered(r)).toContain(`HTTPS Server ${MIN}`);
  });
});
