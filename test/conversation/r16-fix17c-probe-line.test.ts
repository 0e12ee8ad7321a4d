/** QA43 #7: a chat "probe" line with several targets is not probed; the reply says one target per line and how to probe a list. */
import { probeLineIn, severalTargetsText } from '../../src/console/probe-line';

describe('chat probe line (QA43 #7)', () => {
  it.each(['probe 127.0.0.1:46051 127.0.0.1:35535', 'probe 127.0.0.1:46051,127.0.0.1:35535', 'probe 127.0.0.1:1, 127.0.0.1:9, 127.0.0.1:443', '/probe [::1]:443 127.0.0.1'])('%s: several targets', (line) => {
    expect(probeLineIn(line)?.kind).toBe('several');
  });
  it.each(['probe 127.0.0.1:46051', 'probe [::1]:443', 'probe codec.example.com'])('%s: one target, probed as before', (line) => {
    expect(probeLineIn(line)).toEqual({ kind: 'one', target: line.slice(6) });
  });
  it.each(['probe the codec please', 'probe it again', 'probing 127.0.0.1 127.0.0.2', 'can you probe 127.0.0.1'])('%s: not a probe command line', (line) => {
    expect(probeLineIn(line)?.kind ?? null).not.toBe('several');
  });
  it('says one target per line and how to probe a list, in English and Japanese', () => {
    expect(severalTargetsText(2, 'en')).toMatch(/one target per line[\s\S]*probe --targets FILE/);
    expect(severalTargetsText(2, 'ja')).toMatch(/1 行につき 1 台[\s\S]*probe --targets FILE/);
  });
});
