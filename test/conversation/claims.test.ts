/**
 * Statements that something was already done to the TMS server's protocols ("we already disabled
 * TLS 1.0", "TLS 1.2 is already enabled in the registry", 「TLS1.2は既にレジストリで有効化済み」):
 * read as claims (Facts.tlsClaims), acknowledged, and the answer says what to check instead of
 * repeating the fix as if nothing had been done.
 */
import { extractFacts } from '../../src/domain/extract';
import { diagnose } from '../../src/domain/diagnose';
import { step } from '../../src/conversation/engine';
import type { Finding } from '../../src/domain/types';
import type { TurnResult } from '../../src/conversation/types';
import { findings, last, rendered, talk } from './helpers';

const claimsOf = (t: string) => extractFacts(t).facts.tlsClaims;
const finding = (r: TurnResult, code: string): Finding | undefined => r.replies.find((x) => x.diagnosis)?.diagnosis?.findings.find((f) => f.code === code);

describe('reading what was already done', () => {
  it.each([
    ['we already disabled TLS 1.0 on the TMS server', { tls10: 'off' }],
    ['TLS 1.0 was disabled by the security team last month', { tls10: 'off' }],
    ['the TMS server has TLS 1.0 disabled by GPO', { tls10: 'off', byPolicy: true }],
    ['TLS 1.0 and 1.1 are off on the TMS box', { tls10: 'off' }],
    ['TMSサーバではTLS1.0をもう無効化しています', { tls10: 'off' }],
    ['TLS 1.2 is already enabled in the registry', { tls12: 'on' }],
    ['TLS 1.2 already enabled in registry (client+server), rebooted, still No HTTPS response.', { tls12: 'on', restarted: true }],
    ['TLS1.2は既にレジストリで有効化済み', { tls12: 'on' }],
    ['通信セキュリティは既にMedium-Highで、TLS1.2もレジストリで有効にしてあります。', { tls12: 'on' }],
    ['TLS 1.2 のレジストリキーは追加済み', { tls12: 'on' }],
    ['the registry part is done', { tls12: 'on' }],
    ['レジストリは設定済みです', { tls12: 'on' }],
    ['we disabled SSL 3.0 and TLS 1.0', { ssl3: 'off', tls10: 'off' }],
    ['SSL 3.0 and TLS 1.0 are disabled on the server', { ssl3: 'off', tls10: 'off' }],
    ['we disabled TLS 1.0 and TLS 1.2 is enabled', { tls10: 'off', tls12: 'on' }],
    ['TLS 1.0 / 1.1 は無効、TLS 1.2 のみ有効です', { tls10: 'off', tls12: 'on' }],
    ['TLSv1 disabled, TLS 1.2 on', { tls10: 'off', tls12: 'on' }],
    ['we ran IIS Crypto and applied Best Practices last week', { iisCryptoBestPractices: true, tls10: 'off', ssl3: 'off' }],
    // negations: the protocol is said to be as it was
    ["we haven't disabled TLS 1.0", { tls10: 'on' }],
    ['we have not touched the registry, TLS 1.0 is still enabled', { registryUntouched: true, tls10: 'on' }],
    ['nothing changed in the registry', { registryUntouched: true }],
    ['レジストリは触っていません', { registryUntouched: true }],
    ['TLS1.0はまだ無効にしていません', { tls10: 'on' }],
    ["TLS 1.2 isn't enabled in the registry", { tls12: 'off' }],
    ['TLS1.2 は有効になっていません', { tls12: 'off' }],
    ['we already enabled TLS 1.2 but did not disable TLS 1.0', { tls12: 'on', tls10: 'on' }],
    ['Also FYI TLS 1.0 is still on, we only added the 1.2 keys', { tls10: 'on', tls12: 'on' }],
    // An action: the key was created, so the one reboot is due.
    ['we added the TLS 1.2 client key', { tls12: 'on', keysChanged: true }],
    ['1.2 のキーは追加済みです', { tls12: 'on' }],
    ['After the pentest we disabled SSLv3/TLSv1.0 and now the TMS services won\'t start.', { ssl3: 'off', tls10: 'off' }],
    // a past result after たら narrates what happened
    ['TLS 1.0 と SSL 3.0 を無効にしたら SQL Server が起動しなくなりました', { tls10: 'off', ssl3: 'off', sqlDown: true }],
    // a later clause about "it": the protocol named before
    ['TLS 1.2 was enabled but IIS Crypto later disabled it', { tls12: 'off' }],
    ['TLS 1.0 was disabled, but we re-enabled it yesterday', { tls10: 'on' }],
    ['TLS 1.0 was off for a while, but it is on again', { tls10: 'on' }],
    ['TLS1.2 is on for client and server', { tls12: 'on' }],
    ['TLS1.2のClientキーだけ作成しました（Serverは未作成）', { tls12: 'on' }],
    ['TLS1.2は設定済みです', { tls12: 'on' }],
    // An action, not a state: the keys changed, so the one reboot is due (qa5-steps.test.ts).
    ['we created the TLS 1.2 keys', { tls12: 'on', keysChanged: true }],
  ])('%s', (text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });

  it.each([
    'should we disable TLS 1.0 on the TMS server?',
    'what if we disable TLS 1.0?',
    'we plan to disable TLS 1.0 next month',
    'the doc says disable TLS 1.0 and enable TLS 1.2',
    'TLS 1.0 を無効にした場合どうなりますか',
    'we disabled TLS 1.0 on the codecs, they run CE 9.15',
    'tls 1.0 is disabled on the sql server',
    'TMS 15.2.1, CE 9.15, SQL 2016',
    'the endpoint refuses TLS 1.0',
    "do I need to enable TLS 1.2 if it's already enabled?",
    'if TLS 1.0 is disabled, what happens?',
    'TLS 1.0 を無効にしたらどうなりますか',
    'the key is 15.2.1',
    'TLS 1.0 is on the checklist, but nobody touched it',
    'TLS 1.2 の設定を確認しました',
  ])('not a claim about the TMS server: %s', (text) => {
    expect(claimsOf(text)).toBeUndefined();
  });
});

describe('reading a restart already done and the endpoints\' certificates', () => {
  it.each([
    ['we already rebooted the server', { restarted: true }],
    ['we set it to Medium-High, restarted everything, no change', { restarted: true }],
    ['restarted IIS and the TMS services', { restarted: true }],
    ['Medium-High にして再起動しましたが、まだ No HTTPS response です', { restarted: true }],
    ['再起動しても直りません', { restarted: true }],
    ['we have not rebooted yet', { restarted: false }],
    ['まだ再起動していません', { restarted: false }],
    ['we are on High and endpoints use self-signed certs', { untrustedCerts: true }],
    ['証明書は自己署名です', { untrustedCerts: true }],
    ['the endpoint certificates are expired', { untrustedCerts: true }],
    ['the certs are not self-signed', { untrustedCerts: false }],
    ['エンドポイントの証明書は自己署名ではありません', { untrustedCerts: false }],
  ])('%s', (text, want) => {
    expect(claimsOf(text)).toEqual(want);
  });

  it.each([
    'should I reboot?',
    'do I need to reboot again?',
    '再起動は必要ですか',
    'if I reboot, will SQL start?',
    'we will reboot tonight',
    'we restarted the endpoints',
    'restarted IIS',
    'what if the endpoints use self-signed certificates?',
    'TMS uses a self-signed cert',
  ])('not such a claim: %s', (text) => {
    expect(claimsOf(text)).toBeUndefined();
  });
});

describe('TLS 1.0 already disabled', () => {
  it('after a full answer: acknowledged, what changes at Medium, no complaint about the open Windows question', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016 on the same box', 'we already disabled TLS 1.0 on the TMS server'));
    expect(r.state.facts.tlsClaims).toEqual({ tls10: 'off' });
    expect(findings(r)).toContain('said-tls10-off');
    const text = rendered(r);
    expect(text).toContain('TLS 1.0 off (as you said)');
    expect(text).toMatch(/sends no ClientHello at all/);
    expect(text).toMatch(/only under Server, TMS still sends its TLS 1.0 hello/);
    expect(text).toContain('SchUseStrongCrypto');
    expect(text).not.toMatch(/could not find a Windows Server version/);
    expect(finding(r, 'said-tls10-off')!.severity).toBe('warning');
  });

  it('SQL 2008 R2 on the TMS server: critical, check SQL now, re-enable TLS 1.0 unless the build has TLS 1.2', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2008 R2 on the TMS server, Win2016', 'we already disabled TLS 1.0 on the TMS server'));
    const f = finding(r, 'said-tls10-off')!;
    expect(f.severity).toBe('critical');
    const text = rendered(r);
    expect(text).toMatch(/Check now that the SQL service is running/);
    expect(text).toContain('26011');
    expect(text).toMatch(/On Windows Server 2016 SSL 3\.0 is off by default/);
    expect(text).toContain('10.50.6542.0');
    expect(f.literal).toContain('TLS 1.0\\Client]');
    // never "SSL 3.0 off alone stops SQL": the failing case is both off
    expect(text).toMatch(/TLS 1\.0 and SSL 3\.0 are both disabled/);
  });

  it('SQL 2008 R2 SP3 with TLS 1.2 support: not the critical case, still check the service', () => {
    const d = diagnose({ ...extractFacts('TMS 15.2.1, CE 9.15, SQL 10.50.6560.0 on the same box').facts, tlsClaims: { tls10: 'off' } });
    const f = d.findings.find((x) => x.code === 'said-tls10-off')!;
    expect(f.severity).toBe('warning');
    expect(f.body.map((b) => b.en).join(' ')).toMatch(/build with TLS 1\.2 support/);
  });

  it('SQL remote: no SQL warning, says the remote SQL is untouched', () => {
    const d = diagnose({ ...extractFacts('TMS 15.2.1, CE 9.15, SQL 2008 R2 on a separate server').facts, tlsClaims: { tls10: 'off' } });
    const f = d.findings.find((x) => x.code === 'said-tls10-off')!;
    expect(f.severity).toBe('warning');
    expect(JSON.stringify(f)).not.toContain('26011');
    expect(f.steps!.map((s) => s.en).join(' ')).toMatch(/another machine is not touched/);
  });

  it('at Medium-High: TLS 1.0 is not needed, TLS 1.2 for the Client side is', () => {
    const d = diagnose({ ...extractFacts('TMS 15.2.1, CE 9.15, SQL 2016, Medium-High').facts, tlsClaims: { tls10: 'off' } });
    expect(d.findings.find((x) => x.code === 'said-tls10-off')!.body[1].en).toMatch(/does not need TLS 1\.0/);
  });

  it('IIS Crypto Best Practices with SQL 2008 R2 on the box: both SSL 3.0 and TLS 1.0 off, the failing case', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2008 R2 on the box, Win2012R2', 'we ran IIS Crypto and applied Best Practices last week'));
    expect(finding(r, 'said-tls10-off')!.severity).toBe('critical');
    const text = rendered(r);
    expect(text).toMatch(/IIS Crypto's "Best Practices" template was applied/);
    expect(text).toMatch(/SSL 3\.0 is off too: that is exactly the failing case/);
  });

  it('Japanese: acknowledged in Japanese, with the SQL 2008 R2 warning', () => {
    const r = last(talk('TMS 15.2.1、CE 9.15、SQL 2008 R2 同居', 'TMSサーバではTLS1.0をもう無効化しています'));
    expect(r.replies[0].lang).toBe('ja');
    expect(findings(r)).toContain('said-tls10-off');
    const text = rendered(r);
    expect(text).toContain('TLS 1.0 無効（お聞きした内容）');
    expect(text).toContain('今すぐ SQL のサービスが動いているか確認してください');
    expect(text).not.toMatch(/読み取れませんでした/);
  });

  it('said to be still on: acknowledged in the context line, no finding', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016, Win2016', 'we have not touched the registry, TLS 1.0 is still enabled'));
    expect(findings(r)).not.toContain('said-tls10-off');
    expect(rendered(r)).toContain('TLS 1.0 on (as you said)');
    expect(rendered(r)).not.toMatch(/could not find a version or a request/);
  });
});

describe('TLS 1.2 already enabled', () => {
  it('at Medium: the registry alone does not fix it; the registry step becomes a check', () => {
    const r = last(talk('TMS 15.13.1, CE9.15.3.17, SQL 2014 SP3 local, Windows Server 2016 Standard', 'TLS 1.2 is already enabled in the registry'));
    expect(findings(r)).toContain('said-tls12-on');
    const text = rendered(r);
    expect(text).toContain('TLS 1.2 on (as you said)');
    expect(text).toMatch(/The registry alone does not fix this/);
    expect(text).toMatch(/TLS 1\.2\\Client/);
    expect(text).toMatch(/keys under `Server` alone do not change what TMS sends/);
    expect(text).toMatch(/after the server last started/);
    expect(text).not.toMatch(/could not find a version or a request/);
  });

  it('on 2008 R2 the registry step is a check, and the reboot depends on when the keys were set', () => {
    const d = diagnose({ ...extractFacts('TMS 15.2.1, CE 9.15, SQL 2016, Windows 2008 R2').facts, tlsClaims: { tls12: 'on' } });
    const reg = d.findings.find((x) => x.code === 'enable-tls11-12-registry')!;
    expect(reg.title.en).toBe('Check that TLS 1.2 is enabled in Schannel');
    expect(reg.body[0].en).toMatch(/already set, so this step is a check/);
    const reboot = d.findings.find((x) => x.code === 'reboot-server')!;
    expect(reboot.title.en).toBe('Reboot only if registry keys changed');
    expect(reboot.body[0].en).toMatch(/set after the server last started/);
    // without the claim, 2008 R2 reboots once
    const plain = diagnose(extractFacts('TMS 15.2.1, CE 9.15, SQL 2016, Windows 2008 R2').facts);
    expect(plain.findings.find((x) => x.code === 'reboot-server')!.title.en).toBe('Reboot the TMS server once');
  });

  it('in the first message with Medium-High: what to confirm, not the fix from scratch', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016, Win2019. Communication Security is already Medium-High and TLS 1.2 is enabled for client and server, IIS reset done. Still No HTTPS response.'));
    expect(findings(r)).toEqual(expect.arrayContaining(['already-medium-high', 'said-tls12-on', 'still-failing-checks']));
    expect(findings(r)).not.toContain('tms-tools-medium-high');
    expect(rendered(r)).toMatch(/TMS should now offer TLS 1\.2/);
  });

  it('SQL unknown location and 2008 R2: reminds that TLS 1.0 must stay on', () => {
    const d = diagnose({ ...extractFacts('TMS 15.2.1, CE 9.15, SQL 2008 R2').facts, tlsClaims: { tls12: 'on' } });
    const f = d.findings.find((x) => x.code === 'said-tls12-on')!;
    expect(f.steps!.map((s) => s.en).join(' ')).toMatch(/TLS 1\.0 and SSL 3\.0: leave them as they are/);
  });

  it('Japanese', () => {
    const r = last(talk('TMS 15.2.1、CE 9.15、SQL 2016 同居、Windows Server 2016', 'TLS1.2は既にレジストリで有効化済み'));
    expect(findings(r)).toContain('said-tls12-on');
    const text = rendered(r);
    expect(text).toContain('TLS 1.2 有効（お聞きした内容）');
    expect(text).toContain('レジストリだけでは解決しません');
    expect(text).not.toMatch(/読み取れませんでした/);
  });

  it('said not to be enabled: on 2016 it is on by default without keys, check the key', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016, Win2016', "TLS 1.2 isn't enabled in the registry"));
    expect(findings(r)).toContain('said-tls12-off');
    expect(rendered(r)).toMatch(/with no TLS 1\.2 key at all it is on/);
  });
});

describe('claims over a conversation', () => {
  it('add up, a newer word per protocol wins, and survive a stored state', () => {
    const rs = talk('TMS 15.2.1, CE 9.15, SQL 2016', 'TLS 1.2 is already enabled in the registry', 'we also disabled TLS 1.0 on the TMS server');
    expect(last(rs).state.facts.tlsClaims).toEqual({ tls12: 'on', tls10: 'off' });
    const stored = JSON.parse(JSON.stringify(last(rs).state));
    const again = step(stored, { kind: 'text', text: 'TLS 1.0 is enabled again, we re-enabled it' });
    expect(again.state.facts.tlsClaims).toEqual({ tls12: 'on', tls10: 'on' });
    expect(findings(again)).not.toContain('said-tls10-off');
  });

  it('a malformed stored claim is dropped', () => {
    const s = step(null, { kind: 'text', text: 'TMS 15.2.1, CE 9.15, SQL 2016' }).state;
    const bad = { ...s, facts: { ...s.facts, tlsClaims: { tls10: 'maybe', tls12: 7 } } } as unknown as typeof s;
    const r = step(bad, { kind: 'text', text: 'Windows 2016' });
    expect(r.state.facts.tlsClaims).toBeUndefined();
    expect(diagnose({ ...s.facts, tlsClaims: { tls10: 'maybe' } as never }).findings.map((f) => f.code)).not.toContain('said-tls10-off');
  });

  it('a question about disabling TLS 1.0 is answered, not stored as done', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2008 R2 local', 'should we disable TLS 1.0 on the TMS server?'));
    expect(r.state.facts.tlsClaims).toBeUndefined();
    expect(rendered(r)).toMatch(/Can TLS 1\.0 be turned off too\?/);
  });

  it('a claim with a catalogue question: stored, and the question answered', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016, Windows 2019', 'TLS 1.2 is already enabled in the registry, do we still need a reboot?'));
    expect(r.state.facts.tlsClaims).toEqual({ tls12: 'on' });
    expect(rendered(r)).toMatch(/Is a reboot needed\?/);
  });
});

describe('the short summary (the Slack card)', () => {
  it('puts "TLS 1.0 is off, check SQL Server now" among the first caveats when SQL 2008 R2 is on the box', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2008 R2 on the TMS server, Win2016', 'we already disabled TLS 1.0 on the TMS server'));
    const sm = r.replies.find((x) => x.summary)!.summary!;
    expect(sm.caveats[0].text).toMatch(/TLS 1\.0 is off, you say: check SQL Server now/);
  });
});

describe('a claim about the TMS server after the SQL clause does not move SQL there', () => {
  it.each([
    'TMS 15.2.1, CE 9.15, SQL 2008 R2 on a different box. We disabled TLS 1.0 and SSL 3.0 on the TMS server.',
    'TMS 15.2.1, CE 9.15, SQL 2008 R2 on another server, TLS 1.0 is disabled on the TMS server',
  ])('%s', (text) => {
    const ex = extractFacts(text);
    expect(ex.facts.sqlLocation).toBe('remote');
    expect(ex.facts.tlsClaims?.tls10).toBe('off');
    const d = diagnose(ex.facts);
    expect(d.findings.map((f) => f.code)).not.toContain('caveat-sql2008r2-keep-tls10-ssl3');
    expect(d.findings.find((f) => f.code === 'said-tls10-off')!.severity).toBe('warning');
  });
});

describe('registry untouched', () => {
  it('on 2016: acknowledged, the defaults apply, the registry step likely changes nothing; keys checked anyway', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, SQL 2016, Win2016', "we haven't touched the registry"));
    expect(findings(r)).toContain('said-registry-untouched');
    const text = rendered(r);
    expect(text).toContain('registry unchanged (as you said)');
    expect(text).toMatch(/On Windows Server 2016 TLS 1\.2 is on by default, so the registry step is likely to change nothing/);
    expect(text).toMatch(/check the keys anyway/);
    expect(text).not.toMatch(/could not find a version or a request/);
  });
  it('on 2008 R2 (Japanese): the keys are required', () => {
    const r = last(talk('TMS 15.2.1、CE 9.15、SQL 2016、Windows Server 2008 R2', 'レジストリは触っていません'));
    expect(findings(r)).toContain('said-registry-untouched');
    expect(rendered(r)).toContain('レジストリの手順は必須です');
    expect(rendered(r)).not.toMatch(/読み取れませんでした/);
  });
  it('a TLS 1.2 claim wins over it', () => {
    const d = diagnose({ ...extractFacts('TMS 15.2.1, CE 9.15, SQL 2016').facts, tlsClaims: { registryUntouched: true, tls12: 'on' } });
    expect(d.findings.map((f) => f.code)).toContain('said-tls12-on');
    expect(d.findings.map((f) => f.code)).not.toContain('said-registry-untouched');
  });
});

describe('at High with self-signed certificates; at Medium-High already rebooted', () => {
  const summaryOf = (r: TurnResult) => r.replies.find((x) => x.summary)?.summary;

  it('High + self-signed certificates: the certificate validation leads (as a check), not "check the Windows side" (EN/JA)', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote, we are on High and endpoints use self-signed certs'));
    const f = finding(r, 'already-medium-high')!;
    expect(f.title.en).toBe("TMS at High validates certificates: check the endpoints' certificates first");
    expect(f.body[0].en).toMatch(/^At High, TMS validates the certificates .*check it in the guide.*this is the first thing to check, before the Windows side/);
    expect(f.body[0].ja).toMatch(/まずこの点を確認してください/);
    expect(f.body.map((b) => b.en).join(' ')).not.toMatch(/so the security level is not what blocks it/);
    // Medium-High is offered as a trade-off, not as a step.
    expect(f.body[1].en).toMatch(/gives up the check that High adds/);
    const s = summaryOf(r)!;
    expect(s.cause).toMatch(/At High TMS validates the endpoints' certificates/);
    expect(s.next).toMatch(/certificates TMS trusts/);
    expect(rendered(r)).toContain('endpoint certificates self-signed or expired (as you said)');
    const ja = last(talk('TMS 15.2.1、CE 9.15、Windows 2019、SQL 2016 は別サーバ。レベルは High で、エンドポイントの証明書は自己署名です'));
    expect(finding(ja, 'already-medium-high')!.title.ja).toMatch(/High の TMS は証明書を検証します/);
    expect(rendered(ja)).toMatch(/自己署名または期限切れとのことなので/);
  });

  it('High without a word on certificates: the certificate check first, then the Windows side; the level is not ruled out (QA round 16 #13)', () => {
    const r = last(talk('TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 remote, we are on High'));
    const f = finding(r, 'already-medium-high')!;
    expect(f.title.en).toBe("TMS is at High: check the endpoints' certificates first, then the Windows side");
    const body = f.body.map((b) => b.en).join(' ');
    expect(body).not.toMatch(/level is not what blocks it/);
    expect(body.indexOf('self-signed or expired certificate')).toBeLessThan(body.indexOf('Then the Windows side'));
  });

  it('Medium-High, already rebooted (JA): no restart gap suggested, the remaining checks instead; no restart prescribed again', () => {
    const r = last(talk('Medium-High にして再起動しましたが、まだ No HTTPS response です。TMS 15.2.1、CE 9.15、Windows 2019、SQL 2016 ローカル'));
    const f = finding(r, 'already-medium-high')!;
    const ja = f.body.map((b) => b.ja).join('');
    expect(ja).not.toMatch(/再起動していない/);
    expect(ja).toMatch(/再起動の漏れも原因から外れます/);
    expect(ja).toMatch(/ClientHello のバージョン.*Schannel のイベント.*暗号スイート.*失効確認.*MinimumTLSVersion.*\.NET/);
    expect(f.title.ja).toMatch(/再起動も済んでいます/);
    expect(finding(r, 'restart-tms-services')!.title.ja).toBe('キーを変更した場合だけ IIS と TMS サービスを再起動する');
    expect(finding(r, 'restart-tms-services')!.literal).toBeUndefined();
    expect(finding(r, 'reboot-server')!.body[0].ja).toMatch(/もう一度再起動する必要はありません/);
    expect(summaryOf(r)!.next).toMatch(/ClientHello のバージョン/);
    expect(rendered(r)).toContain('変更後に再起動済み（お聞きした内容）');
    const en = finding(last(talk('TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 local. We are at Medium-High and already rebooted, still failing')), 'already-medium-high')!;
    expect(en.body.map((b) => b.en).join(' ')).not.toMatch(/not restarted since the keys were added/);
    expect(en.body[1].en).toMatch(/TLS 1\.2 is on by default, so what is left is to see what TMS actually offers/);
  });

  it('Medium-High without a restart said: the restart gap is still named', () => {
    const f = finding(last(talk('TMS 15.2.1, CE 9.15, Windows 2019, SQL 2016 local, we are at Medium-High')), 'already-medium-high')!;
    expect(f.body[0].en).toMatch(/or TMS's services not restarted since the keys were added/);
  });
});
