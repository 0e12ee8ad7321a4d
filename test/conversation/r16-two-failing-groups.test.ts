/**
 * R33B item 3: two endpoint groups both said to fail ("SX20 on TC 7.3.7 fails", then "also 3 Room Kit Pros on
 * CE 9.15, same error"): "Understood so far" names both releases, not only the one answered for.
 */
import { rendered, runIn } from './helpers';

const factsLine = (out: string, label: RegExp): string => out.split('\n').find((l) => label.test(l)) ?? '';

describe('Understood so far with two failing endpoint groups (R33B)', () => {
  it('EN: TC 7.3.7 and CE 9.15 are both in the facts line, and stay there on the next answer', () => {
    const turns = ['TMS 15.2.1, our SX20 on TC 7.3.7 fails with No HTTPS response', 'also 3 Room Kit Pros on CE 9.15, same error'];
    const line = factsLine(rendered(runIn('en', turns)), /^Understood so far/);
    expect(line).toMatch(/TC 7\.3\.7/);
    expect(line).toMatch(/CE 9\.15/);
    const after = factsLine(rendered(runIn('en', [...turns, 'SQL Server 2016 on the TMS server, Windows Server 2019, Medium'])), /^Understood so far/);
    expect(after).toMatch(/TC 7\.3\.7[^\n]*CE 9\.15/);
  });

  it('JA: the same', () => {
    const line = factsLine(rendered(runIn('ja', ['TMS 15.2.1 で、TC 7.3.7 の SX20 が No HTTPS response になります', 'Room Kit Pro 3台（CE9.15）も同じエラーです'])), /^ここまでの情報/);
    expect(line).toMatch(/TC 7\.3\.7/);
    expect(line).toMatch(/CE 9\.15/);
  });

  it('one release said to work beside the failing one is not listed as failing', () => {
    const line = factsLine(rendered(runIn('en', ['TMS 15.2.1; endpoints on CE 9.15 fail with No HTTPS response, the ones on TC 7.3.3 still work'])), /^Understood so far/);
    expect(line).toMatch(/CE 9\.15/);
    expect(line).not.toMatch(/TC 7\.3\.3/);
  });
});
