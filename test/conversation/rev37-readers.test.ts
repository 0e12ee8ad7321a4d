/**
 * REV37: review of the int60 readers. #1 another organisation's or site's production ("their prod is 14.6", "prod is 14.6 at
 * site B", 「他社の本番は14.6です」) is not the case's TMS. #2 a paste said to look as before the change is now, and a paste said to
 * be ours beside a lab named as comparison is this case's. #3 a .reg said to have worked is applied; "we don't have the reg" is not
 * "having the .reg is not having it imported". #4 the reg-purpose Schannel line says what knowledge.md says (a restart may be enough).
 */
import { prodTmsAlone } from '../../src/domain/understand/prod-tms';
import { pasteLabelIn } from '../../src/domain/understand/paste-label';
import { regPurposeSaid } from '../../src/domain/understand/reg-purpose';
import { rendered, runIn } from './helpers';

const B = {
  en: 'TMS 15.13 at Medium, Windows Server 2019, SQL 2019 on a separate server. After upgrading our SX80s to ce9.15.3 TMS shows No HTTPS response',
  ja: 'TMS 15.13（Medium）、Windows Server 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げたら TMS で No HTTPS response になりました',
} as const;
const CAPTURE_TLS10 = [
  'Transport Layer Security',
  '    TLSv1 Record Layer: Handshake Protocol: Client Hello',
  '        Content Type: Handshake (22)',
  '        Version: TLS 1.0 (0x0301)',
  '        Handshake Protocol: Client Hello',
  '            Handshake Type: Client Hello (1)',
  '            Version: TLS 1.0 (0x0301)',
].join('\n');
const KEYS_OFF = [
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
  '    DisabledByDefault    REG_DWORD    0x1',
  '    Enabled    REG_DWORD    0x0',
].join('\n');

describe('REV37 #1: another organisation\'s or site\'s production is not this case\'s TMS', () => {
  it.each([
    ['en', 'their prod is 14.6'],
    ['en', 'prod is 14.6 at site B'],
    ['en', 'prod is on 14.6 at the other site'],
    ['ja', '他社の本番は14.6です'],
  ] as const)('%s %j keeps TMS 15.13', (lang, msg) => {
    expect(prodTmsAlone(msg)).toBeNull();
    expect(runIn(lang, [B[lang], msg]).state.facts.tms?.semver).toBe('15.13.0');
  });

  it.each([['en', 'prod is 14.6'], ['en', 'our prod is 14.6'], ['ja', '本番は14.6です']] as const)('guard: %s %j is still read', (lang, msg) => {
    expect(runIn(lang, [B[lang], msg]).state.facts.tms?.semver).toBe('14.6.0');
  });
});

describe('REV37 #2: paste labels that are not', () => {
  it.each([
    ['en', 'still the same as before the change:'],
    ['en', 'nothing changed, it looks exactly like before the fix:'],
    ['ja', '変更前と同じです:'],
    ['ja', '変更前と変わりません:'],
  ] as const)('%s %j: the capture is now, read as evidence', (lang, lead) => {
    expect(pasteLabelIn(`${lead}\n${CAPTURE_TLS10}`)).toBeNull();
    const r = runIn(lang, [B[lang], `${lead}\n${CAPTURE_TLS10}`]);
    expect(r.route).not.toBe('before-change-paste');
    expect((r.state.facts.evidence?.observations ?? []).map((o) => o.code)).toContain('capture-clienthello-tls10-only');
  });

  it.each([
    ['en', 'registry from the TMS server (the lab one works, this one does not):'],
    ['en', 'we compared with the lab; here is ours:'],
    ['en', 'another site had the same issue; here is ours:'],
    ['en', 'our lab guy pulled this from the TMS server:'],
    ['ja', '検証環境と比べるために、こちらの TMS サーバの値です:'],
    ['ja', 'ラボの人が TMS サーバーで取ってくれました:'],
  ] as const)('%s %j: the registry paste is this case\'s', (lang, lead) => {
    expect(pasteLabelIn(`${lead}\n${KEYS_OFF}`)).toBeNull();
    const r = runIn(lang, [B[lang], `${lead}\n${KEYS_OFF}`]);
    expect(r.route).not.toBe('labelled-paste');
    expect((r.state.facts.evidence?.observations ?? []).map((o) => o.code)).toContain('schannel-tls12-client-disabled');
  });

  it.each([
    ['for the record, this is the capture from yesterday, before the change:', 'before-change'],
    ['I would like to share the capture from before the change:', 'before-change'],
    ['this is from another site, not ours:', 'other-system'],
    ['これは別拠点のコーデックの結果です（うちのではありません）:', 'other-system'],
    ['here is our lab TMS registry:', 'other-system'],
    ['変更前に取ったキャプチャです:', 'before-change'],
  ])('guard: %j keeps its label', (lead, kind) => {
    expect(pasteLabelIn(`${lead}\n${CAPTURE_TLS10}`)?.kind).toBe(kind);
  });
});

describe('REV37 #3: the .reg to enable TLS 1.2, worked or not had', () => {
  it('"the reg to enable TLS 1.2 worked, but TMS still fails" is TLS 1.2 on, not a request for the fix files', () => {
    const r = runIn('en', [B.en, 'the reg to enable TLS 1.2 worked, but TMS still fails']);
    expect(r.route).not.toBe('tls12-reg');
    expect(r.state.facts.tlsClaims?.tls12).toBe('on');
  });

  it.each(["we don't have the reg to enable TLS 1.2", 'do we have the reg to enable TLS 1.2'])('%j is not "having the .reg"', (msg) => {
    expect(regPurposeSaid(msg)).toBeNull();
    expect(rendered(runIn('en', [B.en, msg]))).not.toMatch(/Having the \.reg is not the same/);
  });

  it.each(['we already have the reg to enable TLS 1.2', "the reg to enable TLS 1.2 didn't work"])('guard: %j still answered', (msg) => {
    expect(regPurposeSaid(msg)).not.toBeNull();
  });
});

describe('REV37 #4: reg-purpose says a restart may be enough, a reboot is the safe way (knowledge.md Fix 4)', () => {
  it.each(['en', 'ja'] as const)('%s', (lang) => {
    const out = rendered(runIn(lang, [B[lang], lang === 'en' ? "the reg to enable TLS 1.2 didn't work" : 'TLS 1.2 を有効にする reg は効きませんでした']));
    expect(out).toMatch(lang === 'en' ? /may be enough; one reboot is the safe, usual way/ : /足りることもありますが.*確実/);
    expect(out).not.toMatch(/take effect once IIS and the TMS services restart|再起動すると（/);
  });
});
