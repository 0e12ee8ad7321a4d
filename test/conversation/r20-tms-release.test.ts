/**
 * Round 20 (helper R20A): a TMS 15.x release with an implausible minor ("TMS 15.99.7") is asked back, not recorded;
 * real releases (15.0 … 15.13 and patch levels, 14.x, 13.x, 12.x) are taken as before.
 */
import { parseTms } from '../../src/domain/versions';
import { questions, runIn } from './helpers';

describe('an implausible TMS release', () => {
  it.each(['15.99.7', '15.20', 'TMS 15.25.1'])('%s is asked back', (v) => {
    expect(parseTms(v).ok).toBe(false);
  });

  it.each(['15.0', '15.9', '15.13', '15.13.1', '15.19', '14.6.2', '13.2', '12.6'])('%s is a TMS release', (v) => {
    expect(parseTms(v).ok).toBe(true);
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'TMS 15.99.7'],
    ['ja', 'TMS 15.99.7 です'],
  ])('%s %j: not recorded, the TMS question is asked', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms).toBeUndefined();
    expect(questions(r)).toContain('need-tms-version');
  });
});
