/**
 * QA50 #9: a Schannel event pasted after the level was raised to Medium-High (36888 / 36874 logged earlier, at the old level)
 * is not read as a new failure at the new level: the answer says to check each event's time against the level change and
 * restart, and the reading shows the times the paste holds. At Medium no such note (the event is read as before).
 */
import { readPastedText } from '../../src/evidence/text';
import { jaStyleProblems } from '../../src/domain/ja-style';
import { rendered, runIn } from './helpers';

const EV36888 = [
  'Log Name:      System',
  'Source:        Schannel',
  'Date:          5/1/2024 10:00:00 AM',
  'Event ID:      36888',
  'Level:         Error',
  'Description:',
  'A fatal alert was generated and sent to the remote endpoint. This may result in termination of the connection. The TLS protocol defined fatal error code is 70. The Windows SChannel error state is 105.',
].join('\n');
const EV36874 =
  '2024-05-01 09:58:12 Error Schannel 36874 An TLS 1.0 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The SSL connection request has failed.';

const CASE = {
  en: ['TMS 15.13, endpoints on CE 9.15, No HTTPS response, SQL 2016, Windows 2019', 'we set Medium-High and rebooted, still failing'],
  ja: ['TMS 15.13、エンドポイントは CE 9.15、No HTTPS response、SQL 2016、Windows 2019', 'Medium-High にして再起動しましたが、まだ失敗します'],
};
const TIME_NOTE = { en: /Check each event's time first[\s\S]*comes from the old level and says nothing about the new one/, ja: /まず各イベントの時刻を確認してください[\s\S]*新しいレベルについては何も示しません/ };

describe('an old Schannel event pasted after Medium-High (QA50 #9)', () => {
  it.each([
    ['en', EV36888],
    ['ja', EV36888],
    ['en', EV36874],
  ] as const)('%s: the event\'s time is what decides (%#)', (lang, ev) => {
    const r = runIn(lang, [...CASE[lang], ev]);
    const text = rendered(r);
    expect(text).toMatch(TIME_NOTE[lang]);
    expect(r.state.facts.level).toBe('medium-high');
    if (lang === 'ja') expect(jaStyleProblems(text)).toEqual([]);
  });

  it('at Medium (the level not raised) the time note is not given', () => {
    const text = rendered(runIn('en', ['TMS 15.13, endpoints on CE 9.15, No HTTPS response, SQL 2016, Windows 2019', EV36888]));
    expect(text).toMatch(/Schannel refused or failed handshakes/);
    expect(text).not.toMatch(TIME_NOTE.en);
  });

  it('the reading shows the times the paste holds (one, or first and last)', () => {
    expect(readPastedText(EV36888).observations.find((o) => o.code === 'event-schannel-error')?.detail.en).toMatch(/Logged at 2024-05-01 10:00\./);
    const two = `${EV36874}\n${EV36874.replace('09:58:12', '11:30:00')}`;
    const o = readPastedText(two).observations.find((x) => x.code === 'event-schannel-error');
    expect(o?.detail.en).toMatch(/Logged from 2024-05-01 09:58 to 2024-05-01 11:30\./);
    expect(o?.detail.ja).toMatch(/記録日時：2024-05-01 09:58〜2024-05-01 11:30。/);
  });

  it('an event without a time shows none', () => {
    expect(readPastedText('we see Schannel 36888 with alert 70 every poll').observations.find((o) => o.code === 'event-schannel-error')?.detail.en ?? '').not.toMatch(/Logged/);
  });
});
