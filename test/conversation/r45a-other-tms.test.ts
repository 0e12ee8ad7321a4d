/**
 * R45A item 4 (QA round 29 M7): "No issues on the other TMS, which is 15.12." after TMS 15.9 failing gave "Updated: TMS 15.9 →
 * TMS 15.12": 15.12 is the other, working server's release (kept as workingTms), this TMS stays 15.9. "The other TMS node works
 * fine." was not understood: for a node, the reply says both nodes of a redundant TMS take the change; no server is recorded.
 */
import { otherNodeSaidToWork, otherTmsReleaseWorks } from '../../src/domain/understand/tms-servers';
import { rendered, runIn } from './helpers';

const P = 'TMS 15.9 shows No HTTPS response after endpoints went to CE 9.15';
const P_JA = 'TMS 15.9でCE 9.15にしたらNo HTTPS response';

describe('the other TMS with its release said to work', () => {
  it.each(['No issues on the other TMS, which is 15.12.', 'The other TMS, which is 15.12, works fine', 'Everything works fine on the other TMS (15.12)'])('%s', (msg) => {
    const r = runIn('en', [P, msg]);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.workingTms?.map((v) => v.raw)).toEqual(['15.12']);
    expect(r.state.facts.otherTms).toBeUndefined();
    expect(rendered(r)).not.toMatch(/Updated: TMS 15\.9/);
  });
  it('not a question nor a denial', () => {
    expect(otherTmsReleaseWorks('No issues on the other TMS, which is 15.12?')).toBeNull();
    expect(otherTmsReleaseWorks('Does it work on the other TMS, which is 15.12')).toBeNull();
    expect(otherTmsReleaseWorks('Not working on the other TMS, which is 15.12')).toBeNull();
  });
});

describe('the other node said to work', () => {
  it.each([
    ['en', 'The other TMS node works fine.', P, /redundant TMS/],
    ['en', 'no issues on the other node', P, /redundant TMS/],
    ['ja', 'もう一方のノードは問題ありません', P_JA, /冗長構成/],
    ['ja', 'もう1台のTMSノードは正常です', P_JA, /冗長構成/],
  ] as const)('%s %s', (lang, msg, setup, line) => {
    const r = runIn(lang, [setup, msg]);
    expect(rendered(r)).toMatch(line);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.otherTms).toBeUndefined();
    expect(r.state.facts.workingTms).toBeUndefined();
  });
  it('not a question nor a denial', () => {
    expect(otherNodeSaidToWork("The other TMS node doesn't work either.")).toBe(false);
    expect(otherNodeSaidToWork('Does the other TMS node work fine')).toBe(false);
    expect(otherNodeSaidToWork('もう一方のノードは問題ありませんか')).toBe(false);
    expect(otherNodeSaidToWork('The other TMS node works fine.')).toBe(true);
  });
});
