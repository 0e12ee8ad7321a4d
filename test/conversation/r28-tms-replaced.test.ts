/**
 * QA round 28: two TMS releases in one message that are not two servers to fix.
 * - "the old TMS was 14.6, the new one is 15.9": a replacement, the new server is this incident's TMS;
 * - "> we run TMS 14.6 at the other site" above "here we run 15.9": the quoted one is the other site's;
 * - "lab TMS 15.13 works, prod TMS 15.2 fails": a server said to work is no other server to fix.
 */
import { findings, rendered, runIn } from './helpers';
import { extractFacts } from '../../src/domain/extract';

const facts = (t: string) => extractFacts(t).facts;

describe('an old TMS replaced by a new one: the new one is this TMS', () => {
  it.each([
    ['en', 'the old TMS was 14.6, the new one is 15.9. CE 9.15 codecs'],
    ['en', 'the new TMS server runs 15.9 and the old TMS was 14.6. CE 9.15 codecs'],
    ['ja', '新しいTMSは15.9、旧TMSは14.6です。端末はCE 9.15'],
    ['ja', '旧TMSは14.6、新しいTMSは15.9です。端末はCE 9.15'],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.otherTms).toBeUndefined();
    expect(findings(r)).not.toContain('tms-pre15-upgrade-or-downgrade');
    expect(rendered(r)).not.toMatch(/cannot be fixed in place|そのままでは修正できません/);
  });

  it('the old server of its own, or old endpoints, are no replacement of TMS', () => {
    expect(facts('old codecs on TC 7.3.3, the new ones CE 9.15, TMS 15.2').tms?.raw).toBe('15.2');
    expect(facts('the old TMS was 14.6').tms?.raw).toBe('14.6');
  });
});

describe('this site\'s TMS said beside another site\'s', () => {
  it.each([
    ['en', '> we run TMS 14.6 at the other site\nhere we run 15.9'],
    ['en', 'we run TMS 14.6 at the other site, here we run 15.9'],
    ['ja', '拠点BのTMSは14.6です。こちらは15.9です'],
  ] as const)('%s %j', (lang, msg) => {
    const f = facts(msg);
    expect(f.tms?.raw).toBe('15.9');
    expect(f.otherTms?.map((v) => v.raw)).toEqual(['14.6']);
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.raw).toBe('15.9');
  });

  it('"TMS 14.6 at the other site" alone is not this TMS; "here" without another server is read as before', () => {
    expect(facts('we run TMS 14.6 at the other site').tms).toBeUndefined();
    expect(facts('here we run 15.9').tms).toBeUndefined();
    expect(facts('TMS 15.2 on 2012 R2').tms?.raw).toBe('15.2');
  });
});

describe('a TMS said to work is not another server to fix', () => {
  it.each([
    ['en', 'lab TMS 15.13 works, prod TMS 15.2 fails. CE 9.15'],
    ['en', 'test TMS 15.13 is fine, TMS 15.2 shows No HTTPS response. CE 9.15'],
    ['ja', '検証環境のTMS 15.13は正常、本番のTMS 15.2でエラー。端末はCE 9.15'],
  ] as const)('%s %j', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.raw).toBe('15.2');
    expect(r.state.facts.otherTms).toBeUndefined();
    // (Kept as working, R32 item 1: noted, not answered for.)
    expect(r.state.facts.workingTms?.map((v) => v.raw)).toEqual(['15.13']);
  });

  it('one said not to work is still another server', () => {
    expect(facts("lab TMS 15.13 doesn't work either, prod TMS 15.2 fails").otherTms?.map((v) => v.raw)).toEqual(['15.13']);
  });
});
