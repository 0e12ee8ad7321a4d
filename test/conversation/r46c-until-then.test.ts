/**
 * R46C item 4 (QA round 30 M6): "until then?" / 「それまでどうすれば？」 after an upgrade-first answer got "I don't know
 * that one". Before TMS 15 the stop-gap is the TC 7.3.3 downgrade for hardware that runs TC (knowledge.md §TMS before
 * 15); on TMS 15 or later the sources give none, and the answer says so.
 */
import { rendered, runIn } from './helpers';

const PRE15 = 'hi, TMS 14.6.2 here, after upgrading our SX20s to tc7.3.21 and a couple of Room Kits to ce9.15.3.17 they all went No HTTPS response';

describe('what to do until the upgrade', () => {
  it.each(['we have an upgrade to 15.13 planned for Q3. until then?', 'What can we do until then?', 'anything we can do in the meantime?'])('EN pre-15: %s', (q) => {
    const r = runIn('en', [PRE15, q]);
    const text = rendered(r);
    expect(text).not.toMatch(/I don't know that one/);
    expect(text).toMatch(/TC 7\.3\.3/);
    expect(text).toMatch(/Room Kit/);
    expect(r.state.facts.tms?.raw).toBe('14.6.2');
  });
  it('JA pre-15: 「それまでどうすれば？」', () => {
    const text = rendered(runIn('ja', ['TMS 14.6.2、SX20 TC7.3.21でNo HTTPS response', 'それまでどうすれば？']));
    expect(text).not.toMatch(/お答えできません/);
    expect(text).toMatch(/TC 7\.3\.3/);
  });
  it('TMS 15 or later: no stop-gap is invented, and the SQL wait keeps TLS settings unchanged', () => {
    const text = rendered(runIn('en', ['TMS 15.9, SX20 tc7.3.21 No HTTPS response, SQL 2012 SP1 on the same server', 'SP4 needs its own window next month. what can we do until then?']));
    expect(text).toMatch(/no stop-gap/);
    expect(text).not.toMatch(/I don't know that one/);
  });
  it('not this question: "until then it worked", a date', () => {
    expect(rendered(runIn('en', [PRE15, 'it worked until then']))).not.toMatch(/What to do until the upgrade/);
  });
});
