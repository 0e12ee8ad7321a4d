/**
 * FIX19B (QA46 R2, W1, W2, W3, W5): status reports and step lists.
 * - R2/W3: a list of steps that leaves the restart out keeps the restart in the answer (the reboot where keys were created on
 *   2008 R2, IIS and the TMS services in every case); "rebooted the codecs" is not the server; 「再起動は今夜」 is pending.
 * - W1: plans, conditions, questions, requests and someone's advice store no Medium-High and no step.
 * - W2: another server's success records nothing for this one and is no partial success here.
 * - W5: "TLS 1.2 was disabled so I enabled it", "they were missing so I created them": the final state is stored.
 */
import { rendered, runIn } from './helpers';
import { extractFacts } from '../../src/domain/extract';

const W08 = 'TMS 15.13 on Windows Server 2008 R2, SQL 2008 R2 local. After upgrading endpoints to CE 9.15 they show No HTTPS response. Level is Medium.';
const W12 = 'TMS 15.2.1 on Windows Server 2012 R2 with SQL Server 2012 SP1 on the same server. Endpoints upgraded to CE 9.15 show No HTTPS response. Level is Medium.';
const W16 = 'TMS 15.13 on Windows Server 2016, SQL is on a remote server. Endpoints upgraded to CE 9.15 show No HTTPS response. Level is Medium.';
const J08 = 'TMS 15.13、Windows Server 2008 R2、SQL 2008 R2 はローカルです。エンドポイントを CE 9.15 にアップグレードしたら No HTTPS response になりました。レベルは Medium です。';
const J12 = 'TMS 15.2.1、Windows Server 2012 R2、SQL Server 2012 SP1 は同じサーバーです。CE 9.15 にしたエンドポイントが No HTTPS response です。レベルは Medium。';
const J16 = 'TMS 15.13、Windows Server 2016、SQL はリモートです。CE 9.15 にアップグレード後 No HTTPS response。レベルは Medium です。';

const EN_RESTART = /restart(?:ing)? IIS and the TMS services|IIS and the TMS services restart/;
const JA_RESTART = /IIS と TMS のサービスを再起動/;

describe('R2/W3: a list without the restart keeps the restart in the answer', () => {
  it.each([
    'Done: keys, Medium-High. Still failing.',
    'Done: keys, Medium-High, rebooted the codecs. Still failing.',
    'Done: keys, Medium-High, restarted the endpoints. Still failing.',
  ])('EN 2008 R2, keys created: %s', (msg) => {
    const r = runIn('en', [W08, msg]);
    const out = rendered(r);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(out).toMatch(/the reboot is the sure way/);
    expect(out).toMatch(EN_RESTART);
    expect(out).not.toMatch(/Sorry it still fails/);
  });
  it.each(['I checked the keys and set Medium-High. Still failing.', 'I checked the keys, set Medium-High and restarted the endpoints. Still failing.'])('EN keys checked: %s', (msg) => {
    const r = runIn('en', [W08, msg]);
    const out = rendered(r);
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(out).toMatch(EN_RESTART);
    expect(out).not.toMatch(/Sorry it still fails/);
  });
  it.each([
    ['完了：キー、Medium-High。まだ失敗します', J08],
    ['完了：キー、Medium-High、エンドポイント再起動。まだ失敗します', J08],
    ['キーを確認して、Medium-High にしました。まだ失敗します', J08],
    ['対応しました（キー確認済み、Medium-High）。まだ失敗します', J08],
    ['完了：キー、Medium-High。まだ失敗します (2012 R2)', J12],
  ])('JA %s', (m, first) => {
    const msg = m.replace(' (2012 R2)', '');
    const r = runIn('ja', [first, msg]);
    const out = rendered(r);
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(out).toMatch(JA_RESTART);
    expect(out).not.toMatch(/解決せず申し訳ありません/);
  });
  it('JA 2008 R2 keys created: the reboot is said', () => {
    const out = rendered(runIn('ja', [J08, '完了：キー、Medium-High。まだ失敗します']));
    expect(out).toMatch(/確実なのはサーバの再起動/);
  });
  it.each(['完了：キー作成、Medium-High。再起動は今夜。まだ失敗します', '完了：キー作成、Medium-High。再起動は今夜です。まだ失敗します'])('JA pending reboot: %s', (msg) => {
    const r = runIn('ja', [J08, msg]);
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(rendered(r)).toMatch(/まだサーバを再起動していない/);
  });
  it.each(['Done: keys, Medium-High, reboot. Still failing.', 'Done: keys, Medium-High, iisreset and the TMS services restarted. Still failing.'])('negative EN: a restart in the list is no "not said": %s', (msg) => {
    const out = rendered(runIn('en', [W16, msg]));
    expect(out).not.toMatch(/You do not say that the server/);
  });
  it.each(['完了：キー、Medium-High、再起動。まだ失敗します', '完了：キー、Medium-High、サーバー再起動。まだ失敗します'])('negative JA: %s', (msg) => {
    const out = rendered(runIn('ja', [J16, msg]));
    expect(out).not.toMatch(/再起動したとは伺っていません/);
  });
});

describe('W1: plans, conditions, questions, requests and advice store no level or step', () => {
  it.each([
    ['If I check the keys, set Medium-High and restart IIS, will it still fail?', W12],
    ['My colleague says: check the keys, set Medium-High and restart. Still failing.', W08],
    ['I will check the keys, set Medium-High and restart.', W08],
    ['Tomorrow: keys, Medium-High, reboot.', W08],
  ])('EN %s', (msg, first) => {
    const r = runIn('en', [first, msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
    expect(rendered(r)).not.toMatch(/already at Medium-High/);
  });
  it.each(['キーを確認して、Medium-High にして、再起動してください', 'キーを確認して、Medium-High にして、再起動する予定です'])('JA %s', (msg) => {
    const r = runIn('ja', [J08, msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
  });
  it('JA advice given after the steps: 「…ように言われました」', () => {
    expect(extractFacts('同僚から、キーを確認して Medium-High にして再起動するように言われました').facts.level).toBeUndefined();
  });
  it.each([
    ['set Medium-High and rebooted, SX20s green, the HDX says Security violation: Telnet communication is not allowed', 'medium-high'],
    ['We are at Medium-High now.', 'medium-high'],
    ['The level is Medium-High, I restarted IIS.', 'medium-high'],
    ['I checked the keys, set Medium-High and rebooted but it will not connect.', 'medium-high'],
    ['As I said, I checked the keys, set Medium-High and rebooted.', 'medium-high'],
    ['レベルは Medium-High です', 'medium-high'],
    ['キーを確認して Medium-High にして再起動したら直りました', 'medium-high'],
  ])('negative: a statement keeps its level: %s', (msg, level) => {
    expect(extractFacts(msg).facts.level).toBe(level);
  });
});

describe('W2: another server\'s success records nothing for this one', () => {
  it('EN', () => {
    const r = runIn('en', [W08, 'On our other TMS server I checked the keys, set Medium-High and restarted, and it works there. This one still fails.']);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(r.state.facts.scope).toBeUndefined();
    expect(r.state.facts.tlsClaims?.partlyWorks).toBeUndefined();
  });
  it('EN lab', () => {
    const r = runIn('en', [W08, 'Done on the lab TMS: keys, Medium-High, reboot. Production still failing.']);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).not.toMatch(/Two values were given/);
  });
  it('JA', () => {
    const r = runIn('ja', [J08, '別の TMS サーバーではキーを確認して Medium-High にして再起動したら直りました。こちらはまだ失敗します']);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.partlyWorks).toBeUndefined();
    expect(rendered(r)).not.toMatch(/TMS 側の対処は効いています/);
  });
});

describe('W5: the final state counts', () => {
  it.each([
    ['I checked the keys, TLS 1.2 was disabled so I enabled it, set Medium-High and restarted IIS. Still failing.', true],
    ['I checked the keys: they were missing so I created them, set Medium-High and rebooted.', true],
    ['キーを確認したら、TLS 1.2 が無効だったので有効にしました。', true],
    ['キーがなかったので作成しました。', true],
  ])('%s', (msg) => {
    const c = extractFacts(msg).facts.tlsClaims;
    expect(c?.tls12).toBe('on');
    expect(c?.keysChanged).toBe(true);
  });
  it('conversation: keys created are recorded as created', () => {
    const r = runIn('en', [W12, 'I checked the keys: they were missing so I created them, set Medium-High and rebooted.']);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
  });
  it.each(['TLS 1.2 was disabled so I left it.', 'TLS 1.2 is disabled on the server.'])('negative: %s stays off', (msg) => {
    expect(extractFacts(msg).facts.tlsClaims?.tls12).toBe('off');
  });
});
