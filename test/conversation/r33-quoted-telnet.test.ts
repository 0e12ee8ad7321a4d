/**
 * QA round 26 #7 and #9: a Japanese inline reply under two quoted questions, one of which names the product alone
 * (「SQL Serverは？」), reads both answers; Telnet systems said to be retired, or Telnet said to be no longer used, are
 * not recorded as systems TMS manages over Telnet.
 */
import { extractFacts } from '../../src/domain/extract';
import { quotedAsks } from '../../src/domain/understand/reply-thread';
import { runText } from './helpers';

const JA_SETUP = 'TC7.3.7のSX20でNo HTTPS response';

describe('quoted questions that name the product alone', () => {
  it('JA: both pairs are read, the SQL answer under 「SQL Serverは？」 included', () => {
    const { state } = runText('ja', [JA_SETUP, '> TMSのバージョンは？\n15.9\n> SQL Serverは？\n2014 SP2']);
    expect(state.facts.tms?.raw).toBe('15.9');
    expect(state.facts.sql).toMatchObject({ year: 2014, sp: 2 });
  });

  it('「Windowsは何ですか？」 asks for Windows; a question about something else is not a field', () => {
    expect(quotedAsks('> TMSは？\n15.9\n> Windowsは何ですか？\n2016').map((p) => p.field)).toEqual(['tms', 'windows']);
    expect(quotedAsks('> TMSは？\n15.9\n> 台数は？\n12').map((p) => p.field)).toEqual(['tms']);
    expect(quotedAsks('> 拠点BのTMSは？\n14.6\n> SQL Serverは？\n2016').map((p) => p.field)).toEqual(['sql']);
  });
});

describe('Telnet systems that are gone', () => {
  const facts = (t: string) => extractFacts(t).facts;
  it.each([
    "Telnet isn't used anymore, we retired the MXPs",
    'we retired the MXPs last year',
    'we decommissioned the old MXPs',
    'telnet is not needed any more',
    'MXPは撤去済みです',
    'HDXはすでに廃棄しました',
  ])('%s: no Telnet system recorded', (t) => {
    expect(facts(t).telnetSystems).toBeUndefined();
  });

  it.each([
    ['we have 2 MXPs managed over telnet', ['Tandberg MXP']],
    ['the MXPs use telnet, we retired the HDX', ['Tandberg MXP']],
    ['MXPが2台あります', ['Tandberg MXP']],
  ])('%s: still recorded', (t, want) => {
    expect(facts(t).telnetSystems).toEqual(want);
  });
});

describe('every TMS server on one release (QA round 26 #6)', () => {
  const facts = (t: string) => extractFacts(t).facts;
  it.each(['prod and test TMS are both 15.9, CE 9.15 codecs fail on both', 'prod and test TMS both run 15.9', 'both TMS servers are on 15.9', '本番も検証もTMS 15.9です'])(
    '%s: TMS 15.9, no other server',
    (t) => {
      expect(facts(t).tms?.raw).toBe('15.9');
      expect(facts(t).otherTms).toBeUndefined();
    },
  );
  it.each([
    ['prod TMS 15.9, test TMS 14.6', '15.9', ['14.6']],
    ['the other site is still on TMS 14.6 by the way', undefined, ['14.6']],
  ])('%s: unchanged (different releases, or another server only)', (t, tms, others) => {
    expect(facts(t).tms?.raw).toBe(tms);
    expect(facts(t).otherTms?.map((v) => v.raw)).toEqual(others);
  });
});

describe('"all" or "both" said of something else is not every server on one release (closing review)', () => {
  it.each(['Other site TMS is 15.9. No HTTPS response on all endpoints', 'the other site is on TMS 15.9, all codecs fail', 'the other site runs TMS 15.9; both SX20s show No HTTPS response'])('%s: 15.9 stays the other server', (t) => {
    const f = extractFacts(t).facts;
    expect(f.tms).toBeUndefined();
    expect(f.otherTms?.map((v) => v.raw)).toEqual(['15.9']);
  });
});
