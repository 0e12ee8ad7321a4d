/**
 * QA round 5b leftover: a partial success ("it works now for the Cisco ones", 「Cisco の機器は直りました」)
 * keeps the incident open and points at what is left (Telnet/SNMP, another product's own TLS settings).
 */
import { say } from './helpers';

const EN_HDX = 'TMS 15.2.1, TC7.3.6 endpoints and a Polycom HDX, No HTTPS response, level Medium, Windows 2012 R2, SQL 2017 remote';
const JA_HDX = 'TMS15.2.1、TC7.3.6、Polycom HDX もあります、レベルMedium、Windows 2012 R2、SQL 2017 は別サーバ';
const CLOSED_EN = /Good to hear it works now/;
const CLOSED_JA = /直ってよかったです/;

describe('partial success: acknowledged, what is left pointed at, the incident not closed', () => {
  it.each([
    [EN_HDX, 'it works now for the Cisco ones', /part of it works/, /What is left, Polycom HDX: check how TMS manages it.*cannot come back at Medium-High/s, CLOSED_EN],
    [EN_HDX, 'works for the SX80s but not the HDX', /part of it works/, /What is left, Polycom HDX/, CLOSED_EN],
    [JA_HDX, 'Cisco の機器は直りました', /一部は直った/, /残っている Polycom HDX について.*Medium-High のままでは戻りません/s, CLOSED_JA],
    [JA_HDX, 'Cisco は直りましたが HDX はまだです', /一部は直った/, /残っている Polycom HDX/, CLOSED_JA],
  ])('%j then %j', (setup, msg, ack, left, closed) => {
    const { text, state } = say([setup], msg);
    expect(text).toMatch(ack);
    expect(text).toMatch(left);
    expect(text).not.toMatch(closed);
    expect(state.facts.telnetSystems).toContain('Polycom HDX');
  });
  it('what was done is recorded with the report: "set Medium-High, restarted services. works now for the Cisco ones"', () => {
    const { text, state } = say([EN_HDX], 'set Medium-High, restarted services. works now for the Cisco ones');
    expect(text).toMatch(/What is left, Polycom HDX/);
    expect(state.facts.level).toBe('medium-high');
  });
  it('a case described with versions is diagnosed, not taken for a report ("codecs on CE 9.15", "the CMS team said it is fine")', () => {
    expect(say([], 'the CMS team said the TLS change is fine. TMS 15.2.1, codecs on CE 9.15, SQL 2016').text).not.toMatch(/part of it works/);
  });
  it('another product named as left: its own TLS settings, not the Telnet caveat', () => {
    const { text } = say([EN_HDX], 'ok the endpoints work now but the Expressway-C still shows it');
    expect(text).toMatch(/What is left, Expressway \/ VCS: .*check the HTTPS settings of that product itself/);
    expect(text).not.toMatch(/What is left, Polycom HDX/);
  });
  it('nothing known about what is left: asks which systems, with both cases', () => {
    const { text } = say(['TMS 15.2.1, TC7.3.6, level Medium, Windows 2019, SQL 2017 remote'], 'it works now for the Cisco ones');
    expect(text).toMatch(/Which systems still show "No HTTPS response"\? If TMS manages them over Telnet or SNMP/);
  });
  it.each([
    [EN_HDX, 'it works now', CLOSED_EN],
    [JA_HDX, '直りました', CLOSED_JA],
  ])('a full success still closes: %j then %j', (setup, msg, closed) => {
    expect(say([setup], msg).text).toMatch(closed);
  });
});
