/**
 * Ticket templates: "none", "-" and 「なし」 say there are none, so those lines are kept; only unknown, n/a, ?, TBD,
 * 不明 and 未確認 are blank fields, dropped before the ticket is read.
 */
import { withoutBlankFields } from '../../src/conversation/template-blanks';
import { say } from './helpers';

describe('template fields that say "none" are answers, not blanks', () => {
  it.each([
    ['none', 'TMS: 15.9\nTelnet/SNMP devices: none\nIssue: No HTTPS response'],
    ['-', 'TMS: 15.9\nTelnet/SNMP devices: -\nIssue: No HTTPS response'],
    ['なし', 'TMS: 15.9\nTelnet 機器: なし\n症状: No HTTPS response'],
  ])('"%s" is kept', (_v, ticket) => {
    expect(withoutBlankFields(ticket)).toBeNull();
    expect(withoutBlankFields(`${ticket}\nSQL: unknown`)).toBe(ticket);
  });

  it.each(['unknown', 'N/A', '?', 'TBD', '不明', '未確認'])('"%s" is still a blank', (v) => {
    expect(withoutBlankFields(`TMS: 15.9\nSQL: ${v}`)).toBe('TMS: 15.9');
  });

  it('a ticket with a "none" field is still read', () => {
    const { state } = say([], 'TMS: 15.9\nEndpoints: CE 9.15\nTelnet/SNMP devices: none\nSQL: TBD\nIssue: No HTTPS response');
    expect(state.facts.tms?.raw).toBe('15.9');
    expect(state.facts.endpointsFail).toBe(true);
  });
});
