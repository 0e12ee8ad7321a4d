/**
 * QA round 21 F2: "Is it safe to upgrade the codecs to the following: CE 11.5? They run TC 7.3.3 today." A change
 * verb before the colon makes the list after it the target, not the current setup: TC 7.3.3 stays, CE 11.5 is not
 * stored. A change to a security level ("go to Medium-High: TMS 15.9, CE 9.15.3") still leaves the list stated.
 */
import { last, runIn, talk } from './helpers';

const endpointRaw = (facts: { endpoint?: { raw?: string } }): string | undefined => facts.endpoint?.raw;

describe('a list after "upgrade … to the following:" is a target', () => {
  it.each([
    'Is it safe to upgrade the codecs to the following: CE 11.5? They run TC 7.3.3 today. TMS 15.9, win 2016, sql 2016 remote',
    'Can you check if we can move the endpoints to these versions: CE 11.5? They run TC 7.3.3 today. TMS 15.9',
  ])('EN %s', (msg) => {
    const f = last(talk(msg)).state.facts;
    expect(endpointRaw(f)).toBe('TC 7.3.3');
    expect(f.tms?.raw).toBe('15.9');
  });
  it('EN, without a current release: CE 11.5 is not stored as current', () => {
    const f = last(talk('Is it safe to upgrade the codecs to the following: CE 11.5. TMS 15.9, win 2016, sql 2016 remote')).state.facts;
    expect(endpointRaw(f)).toBeUndefined();
    expect(f.tms?.raw).toBe('15.9');
  });
  it('EN, second turn', () => {
    const f = last(talk('TMS 15.9, TC 7.3.3, win 2016, sql 2016 remote', 'Please confirm it is safe to upgrade the codecs to: CE 11.5')).state.facts;
    expect(endpointRaw(f)).toBe('TC 7.3.3');
  });
  it('JA', () => {
    const f = runIn('ja', ['コーデックを次のバージョンにアップグレードしても安全ですか：CE 11.5？今はTC 7.3.3です。TMS 15.9']).state.facts;
    expect(endpointRaw(f)).toBe('TC 7.3.3');
    const g = runIn('ja', ['TMS 15.9、TC 7.3.3', 'コーデックを上げても安全か確認してください：CE 11.5']).state.facts;
    expect(endpointRaw(g)).toBe('TC 7.3.3');
  });
  it('a change to a security level keeps the list stated', () => {
    expect(endpointRaw(last(talk('Please confirm whether it is safe to go to Medium-High: TMS 15.9, CE 9.15.3')).state.facts)).toBe('CE 9.15.3');
    expect(endpointRaw(runIn('ja', ['Medium-Highに上げても安全か確認してください：TMS 15.9、CE 9.15.3']).state.facts)).toBe('CE 9.15.3');
  });
});
