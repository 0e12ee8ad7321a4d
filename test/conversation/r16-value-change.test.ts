/**
 * QA round 17:
 * #1 a TLS 1.2 key's values read off, then set anew ("Enabled=0 だったので 1 に変更しました", "had Enabled=0, I changed it
 *    to 1", a later "I set Enabled to 1 … then rebooted", 「1 に直して再起動しました」, "Fixed it to 1 and rebooted"): the
 *    newest value wins (TLS 1.2 on, keys changed) and the restart is recorded;
 * #4 "still fail" about another thing ("the nightly backups still fail", "they still fail to register to CUCM") is not
 *    the still-failing answer; "they still fail" after a change still is;
 * pre-existing: "Done, the keys are fixed now and the server was rebooted." records the step and asks for the check; it
 *    does not close the case ("done, it works now" still does).
 */
import { findings, last, rendered, runIn, talk } from './helpers';
import { readTlsClaims } from '../../src/domain/understand/tls-claims';

const SETUP = 'TMS 15.9, Windows 2016, SQL remote, SX80 CE 9.15.3, Medium-High.';
const SETUP_MEDIUM = 'TMS 15.9, Windows 2016, SQL remote, SX80 CE 9.15.3.';
const SETUP_JA = 'TMS 15.9、Windows 2016、SQL別サーバ、SX80 CE 9.15.3、Medium-High。';
const SETUP_JA_MEDIUM = 'TMS 15.9、Windows 2016、SQL別サーバ、SX80 CE 9.15.3。';
const KEY_OFF = 'Checked the TLS 1.2 Client key: Enabled=0';
const KEY_OFF_JA = 'TLS 1.2 の Client キーを見たら Enabled=0 になってました。';

describe('#1 a value read off, then changed: the newest value wins', () => {
  it('JA one message, "was 0, changed to 1": TLS 1.2 on, keys changed, not the "registry step required" finding', () => {
    const r = runIn('ja', ['TMS 15.9、SX80 CE 9.15.3、Windows 2016、SQL別サーバ、Medium-High。TLS 1.2 の Client キーは Enabled=0 だったので 1 に変更しました。']);
    expect(r.state.facts.tlsClaims).toMatchObject({ tls12: 'on', keysChanged: true });
    expect(r.state.facts.tlsClaims?.tls12ValuesOff).toBeUndefined();
    expect(findings(r)).not.toContain('said-tls12-off');
    expect(rendered(r)).toMatch(/TLS 1\.2 有効/);
  });
  it('EN one message, "had Enabled=0, I changed it to 1": the same', () => {
    const r = last(talk(`${SETUP} The TLS 1.2 Client key had Enabled=0, I changed it to 1.`));
    expect(r.state.facts.tlsClaims).toMatchObject({ tls12: 'on', keysChanged: true });
    expect(findings(r)).not.toContain('said-tls12-off');
  });
  it('JA follow-up 「Enabled=1 に変更して再起動しました」: on, changed, restarted; the summary no longer says off', () => {
    const r = runIn('ja', [SETUP_JA, KEY_OFF_JA, 'Enabled=1 に変更して再起動しました。']);
    expect(r.state.facts.tlsClaims).toMatchObject({ tls12: 'on', keysChanged: true, restarted: true });
    expect(r.state.facts.tlsClaims?.tls12ValuesOff).toBeUndefined();
    expect(rendered(r)).not.toMatch(/ここまでの情報：[^\n]*TLS 1\.2 無効/);
  });
  it('JA follow-up 「1 に直して再起動しました」 (no name): on, changed, and the restart is kept', () => {
    const r = runIn('ja', [SETUP_JA_MEDIUM, KEY_OFF_JA, '1 に直して再起動しました。']);
    expect(r.state.facts.tlsClaims).toMatchObject({ tls12: 'on', keysChanged: true, restarted: true });
  });
  it('EN follow-up "I set Enabled to 1 and DisabledByDefault to 0, then rebooted": on, changed, restarted', () => {
    const r = last(talk(SETUP, KEY_OFF, 'I set Enabled to 1 and DisabledByDefault to 0, then rebooted.'));
    expect(r.state.facts.tlsClaims).toMatchObject({ tls12: 'on', keysChanged: true, restarted: true });
    expect(rendered(r)).not.toMatch(/Understood so far:[^\n]*TLS 1\.2 off/);
  });
  it('EN follow-up "Fixed it to 1 and rebooted": on, changed, restarted (kept through "still failing")', () => {
    const turns = talk(SETUP_MEDIUM, KEY_OFF, 'Fixed it to 1 and rebooted.', 'still failing');
    expect(turns[2].state.facts.tlsClaims).toMatchObject({ tls12: 'on', keysChanged: true, restarted: true });
    expect(last(turns).state.facts.tlsClaims).toMatchObject({ tls12: 'on', restarted: true });
  });
  it('not a change: a plan, a question, a change said not done, a bare number with no key said off before', () => {
    expect(readTlsClaims('We will set Enabled to 1 tonight.').keysChanged).toBeUndefined();
    expect(readTlsClaims('If I set Enabled to 1, do I need a reboot?').keysChanged).toBeUndefined();
    expect(readTlsClaims("I haven't changed Enabled to 1 yet").keysChanged).toBeUndefined();
    expect(readTlsClaims('Enabled を 1 に変更する予定です').keysChanged).toBeUndefined();
    // Values read off stay off.
    expect(readTlsClaims('TLS 1.2 Client key: Enabled=0, DisabledByDefault=1.')).toMatchObject({ tls12: 'off', tls12ValuesOff: true });
    // "Fixed it to 1" with no key said off earlier: nothing to attribute it to.
    const r = last(talk(SETUP_MEDIUM, 'Fixed it to 1 and rebooted.'));
    expect(r.state.facts.tlsClaims?.keysChanged).toBeUndefined();
    // Another protocol's value changed is that protocol's.
    expect(readTlsClaims('TLS 1.0 Client: changed Enabled to 0')).toMatchObject({ tls10: 'off' });
    expect(readTlsClaims('TLS 1.0 Client: changed Enabled to 0').tls12).toBeUndefined();
  });
});

describe('#4 "still fail" about another thing', () => {
  const MED = 'TMS 15.9, SX80 CE 9.15.3, Win 2016, SQL remote, Medium.';
  it.each(['The nightly backups still fail, unrelated probably.', "they still fail to register to CUCM but that's another story", 'they still fail to register to CUCM', 'The nightly backup still fails, unrelated probably.'])(
    '%s: not the still-failing answer',
    (msg) => {
      expect(rendered(last(talk(MED, msg)))).not.toMatch(/Sorry it still fails|If TLS 1\.2 is offered and it still fails/);
    },
  );
  it('JA 「別件ですが、バックアップがまだ失敗します」: not the still-failing answer', () => {
    expect(rendered(runIn('ja', ['TMS 15.9、SX80 CE 9.15.3、Windows 2016、SQL別サーバ、Medium。', '別件ですが、バックアップがまだ失敗します']))).not.toMatch(/解決せず申し訳ありません/);
  });
  it.each(['they still fail', 'the codecs still don\'t work', 'rebooted, still fail', 'they still fail to connect'])('"%s" after Medium-High and a restart: still the still-failing answer', (msg) => {
    expect(rendered(last(talk(MED, 'we set Medium-High and restarted', msg)))).toMatch(/If TLS 1\.2 is offered and it still fails/);
  });
});

describe('pre-existing: "the keys are fixed now and the server was rebooted" is a step done, not "it works"', () => {
  it('EN: recorded (keys changed, restarted), the check is next, the case is not closed', () => {
    const r = last(talk(SETUP, KEY_OFF, 'Done, the keys are fixed now and the server was rebooted.'));
    const out = rendered(r);
    expect(out).not.toMatch(/Good to hear it works now/);
    expect(out).toMatch(/Force Refresh/);
    expect(r.state.facts.tlsClaims).toMatchObject({ tls12: 'on', keysChanged: true, restarted: true });
    expect(r.state.facts.tlsClaims?.tls12ValuesOff).toBeUndefined();
  });
  it('JA 「完了しました。キーを修正してサーバを再起動しました。」: recorded as done, not closed', () => {
    const r = runIn('ja', [SETUP_JA, KEY_OFF_JA, '完了しました。キーを修正してサーバを再起動しました。']);
    expect(rendered(r)).not.toMatch(/直ってよかったです/);
    expect(r.state.facts.tlsClaims).toMatchObject({ tls12: 'on', keysChanged: true, restarted: true });
    expect(runIn('ja', [SETUP_JA, KEY_OFF_JA, 'キーはまだ修正していません']).state.facts.tlsClaims?.keysChanged).toBeUndefined();
  });
  it.each(['Done, it works now.', 'Done, the keys are fixed now, it works.', 'All fixed now, thanks'])('"%s" still closes', (msg) => {
    expect(rendered(last(talk(SETUP, msg)))).toMatch(/Good to hear it works now/);
  });
});
