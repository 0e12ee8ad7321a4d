/**
 * rev31 #8: identical observations are merged where they were first seen, so refused (t1), accepted (t2), refused (t3) from one
 * client used to read as "before and after the fix: go by the later connection". The later TLS 1.0 refusal is what matters: some
 * TMS service or node still sends TLS 1.0 (knowledge.md Fix 6). Fixture: tls10-tls12-tls10-again.pcapng (loopback, openssl
 * s_server -no_tls1 -no_tls1_1; s_client -tls1, -tls1_2, -tls1; scripts/make-captures.sh 2b). EN/JA.
 */
import { readEvidenceFile } from '../../src/evidence';
import { describeFlows, type TlsFlow } from '../../src/evidence/flows';
import { cleanEvidenceSummary } from '../../src/evidence/types';
import { findings, rendered } from '../conversation/helpers';
import { chatFile, FIX, SETUP } from './capture-chat';

const AGAIN = 'tls10-tls12-tls10-again.pcapng';


const GO_BY_LATER = { en: 'Go by the later connection', ja: '判断は後の接続に基づいてください' };
const IF_OTHER_NODE = { en: /if the refused hello came from the other node/, ja: /拒否された hello が冗長構成のもう一方のノードから来ていた場合/ };
const DOTNET = {
  en: /\.NET code on that server that Communication Security does not govern, which stays on TLS 1\.0 unless `SchUseStrongCrypto` and `SystemDefaultTlsVersions` are 1/,
  ja: /Communication Security の設定が及ばない、そのサーバ上の \.NET のコード[\s\S]*SchUseStrongCrypto[\s\S]*SystemDefaultTlsVersions/,
};
const AGAIN_TEXT = { en: /a later connection offered only TLS 1\.0 and was refused[\s\S]*TMSDatabaseScannerService[\s\S]*other node/, ja: /その後の接続は TLS 1\.0 しか提示せず[\s\S]*TMSDatabaseScannerService[\s\S]*もう一方のノード/ };

describe('the reader keeps where a merged observation was last seen', () => {
  it('refused, accepted, refused: the merged refusal is marked as seen again after the acceptance', async () => {
    const r = await readEvidenceFile(`${FIX}/${AGAIN}`);
    if (!r.ok) throw new Error(r.reason.en);
    const obs = r.reading.observations;
    const tls10 = obs.find((o) => o.code === 'capture-clienthello-tls10-only')!;
    const tls12 = obs.find((o) => o.code === 'capture-clienthello-tls12')!;
    expect(tls10.count).toBe(2);
    expect(obs.indexOf(tls10) + (tls10.seenAfter ?? 0)).toBeGreaterThanOrEqual(obs.indexOf(tls12));
    // A stored summary keeps it (and drops a bad one).
    const back = cleanEvidenceSummary({ observations: [tls10, { ...tls12, seenAfter: -3 }], sources: [] }, () => ({}));
    expect(back?.observations[0].seenAfter).toBe(tls10.seenAfter);
    expect(back?.observations[1].seenAfter).toBeUndefined();
  });

  const flow = (version: number, ok: boolean): TlsFlow => ({
    client: '10.1.1.1',
    server: '10.2.2.2',
    port: 443,
    tcpCompleted: true,
    clientHello: { legacyVersion: version, maxVersion: version },
    answer: ok ? { kind: 'serverHello', version } : { kind: 'rst' },
  });
  const mark = (flows: TlsFlow[]) => {
    const obs = describeFlows(flows).observations;
    const tls10 = obs.find((o) => o.code === 'capture-clienthello-tls10-only')!;
    const tls12 = obs.find((o) => o.code === 'capture-clienthello-tls12')!;
    return { lastTls10: obs.indexOf(tls10) + (tls10.seenAfter ?? 0), firstTls12: obs.indexOf(tls12) };
  };

  it('flows: refused, accepted, refused: the refusal is last seen after the acceptance was first seen', () => {
    const m = mark([flow(0x0301, false), flow(0x0303, true), flow(0x0301, false)]);
    expect(m.lastTls10).toBeGreaterThanOrEqual(m.firstTls12);
  });

  it('flows: refused twice, then accepted: the refusals all come before', () => {
    const m = mark([flow(0x0301, false), flow(0x0301, false), flow(0x0303, true)]);
    expect(m.lastTls10).toBeLessThan(m.firstTls12);
  });
});

describe.each(['en', 'ja'] as const)('%s: TLS 1.0 refused, TLS 1.2 accepted, TLS 1.0 refused again', (lang) => {
  it('level not named: not "before and after", the later refusal said to matter', async () => {
    const r = await chatFile(lang, SETUP[lang].none, AGAIN);
    const f = findings(r);
    const out = rendered(r);
    expect(f).not.toContain('evidence-capture-before-after');
    expect(out).not.toContain(GO_BY_LATER[lang]);
    expect(f).toContain('evidence-capture-tls10-again');
    expect(out).toMatch(AGAIN_TEXT[lang]);
    // left-d #4 (rev32 #6): the other node is a different client than "the same two hosts", so it is offered as an "if", and
    // knowledge.md's .NET case (code Communication Security does not govern) is one more thing to check.
    expect(out).toMatch(IF_OTHER_NODE[lang]);
    expect(out).toMatch(DOTNET[lang]);
    expect(out).not.toMatch(lang === 'en' ? /or, with two TMS nodes, the other node still at Medium/ : /TMS が 2 ノード構成なら、まだ Medium のままのもう一方のノードです/);
  });

  it('at Medium-High: the capture does not fit the level (the later TLS 1.0 hello), not "the fix works"', async () => {
    const r = await chatFile(lang, SETUP[lang].mh, AGAIN);
    const f = findings(r);
    expect(f).not.toContain('evidence-capture-before-after');
    expect(f).toContain('evidence-contradicts-level');
    expect(f).not.toContain('evidence-capture-fix-verified');
  });

  it('refused then accepted only (the old fixture): still "before and after"', async () => {
    const r = await chatFile(lang, SETUP[lang].none, 'tls10-alert-tls12-accepted.pcapng');
    expect(findings(r)).toContain('evidence-capture-before-after');
    expect(findings(r)).not.toContain('evidence-capture-tls10-again');
  });
});
