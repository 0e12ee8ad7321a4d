import { questions, runIn } from './helpers';

/** R48 #2: "We have two TMS servers, 15.9, one of them 15.12." read like "TMS 15.9, one of them 15.12". */
describe('two TMS servers, a release, then one server on another', () => {
  it.each<['en' | 'ja', string]>([
    ['en', 'We have two TMS servers, 15.9, one of them 15.12.'],
    ['en', 'We have 2 TMS servers: 15.9, only one is on 15.12'],
    ['ja', 'TMSは2台で15.9、1台だけ15.12です'],
  ])('%s: %s keeps both releases', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.otherTms?.map((v) => v.semver)).toEqual(['15.12.0']);
    expect(questions(r).join('\n')).not.toMatch(/Which TMS version|TMS のバージョン/);
  });

  it('the same as "TMS 15.9, one of them 15.12"', () => {
    const a = runIn('en', ['We have two TMS servers, 15.9, one of them 15.12.']).state.facts;
    const b = runIn('en', ['TMS 15.9, one of them 15.12.']).state.facts;
    expect({ tms: a.tms, otherTms: a.otherTms }).toEqual({ tms: b.tms, otherTms: b.otherTms });
  });

  it('"two TMS servers, 15.9 and 15.12" is still read as a pair', () => {
    const f = runIn('en', ['We have two TMS servers, 15.9 and 15.12.']).state.facts;
    expect(f.otherTmsUnsaid).toEqual(['15.12.0']);
  });
});
