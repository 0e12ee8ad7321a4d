/**
 * QA round 21 F7: "Could you confirm if this is supported: Windows 2025, TMS 15.13" asks about what its list names:
 * the Windows Server 2025 answer (TLS 1.0/1.1 off by default, TMS support on 2025 not known) is given, and the list's
 * versions are still read. Also "Please confirm whether this is supported: Windows Server 2025" and Japanese.
 */
import { last, rendered, runIn, talk } from './helpers';

describe('"is this supported: <list>" reaches the answer for what the list names', () => {
  it.each(['Could you confirm if this is supported: Windows 2025, TMS 15.13', 'Please confirm whether this is supported: Windows Server 2025'])('EN %s', (msg) => {
    const r = last(talk(msg));
    expect(rendered(r)).toMatch(/Whether Cisco supports TMS on Server 2025 is not something I know/);
    expect(r.state.facts.windows?.year).toBe(2025);
  });
  it('JA', () => {
    const r = runIn('ja', ['これはサポートされているか確認してください：Windows 2025、TMS 15.13']);
    expect(rendered(r)).toMatch(/Server 2025 をサポートしているかどうかは私には分かりません/);
    expect(r.state.facts.tms?.raw).toBe('15.13');
  });
  it('a request that does not point at the list is unchanged', () => {
    expect(rendered(last(talk('Please confirm whether it is safe to go to Medium-High: TMS 15.9, CE 9.15.3')))).not.toMatch(/Server 2025/);
  });
});
