/**
 * R40B #2: 「TLS1.0を無効にしたらSQLが起動しない」 is the everyday Japanese report ("when we disabled TLS 1.0, SQL does not
 * start"): it is read like the English report, with the same urgent outage answer; its question forms stay questions.
 */
import { freshState, step } from '../../src/conversation/engine';
import type { TurnResult } from '../../src/conversation/types';

const first = (lang: 'en' | 'ja', msg: string): TurnResult => step(freshState(lang), { kind: 'text', text: msg });
// (The outage warnings; the Telnet/SNMP pointer, said once with any first answer that advises Medium-High, is not one.)
const warnings = (r: TurnResult) => r.replies.flatMap((x) => x.blocks).filter((b) => b.type === 'warning' && !/Telnet/.test(b.title)).length;

describe('R40B: 「TLS1.0を無効にしたらSQLが起動しない」', () => {
  const en = first('en', "we disabled TLS 1.0 and now SQL won't start");

  it.each(['TLS1.0を無効にしたらSQLが起動しない', 'TLS 1.0を無効にしたらSQL Serverが起動できない'])('%s: read as the outage report, like the English one', (msg) => {
    const r = first('ja', msg);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
    expect(warnings(en)).toBeGreaterThan(0);
    expect(warnings(r)).toBe(warnings(en));
    expect(r.state.pending).toBe(en.state.pending);
  });

  it.each(['TLS1.0を無効にしたらSQLが起動しないですよね？', 'TLS1.0を無効にしたらSQLが起動しませんか？', 'TLS1.0を無効にしたらSQLが起動しないか心配です'])('%s: a question or a worry, nothing down', (msg) => {
    const r = first('ja', msg);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    expect(warnings(r)).toBe(0);
  });
});
