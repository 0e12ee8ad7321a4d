/**
 * R44C (QA round 29 M4): 「一部のエンドポイントだけNo HTTPS responseが消えた」 is a partial fix (as EN "No HTTPS response is
 * gone on one endpoint but the other 20 still show it" is), not the case closed. 「一部だけ直った」「何台かは消えた」 too.
 */
import { rendered, runIn } from './helpers';

const J = 'TMS 15.9でCE 9.15にアップグレードしたエンドポイントがNo HTTPS responseになります';

describe('R44C: JA partial success with the symptom named', () => {
  it.each(['一部のエンドポイントだけNo HTTPS responseが消えた', '一部のエンドポイントだけエラーが消えました', '一部だけ直った', '何台かは消えた'])('%s: a partial fix, not closed', (msg) => {
    const r = runIn('ja', [J, msg]);
    expect(r.route).toBe('partial-success');
    expect(rendered(r)).not.toMatch(/直ってよかったです/);
  });

  it('the symptom gone everywhere still closes', () => {
    expect(runIn('ja', [J, 'No HTTPS responseが消えました']).route).toBe('closing');
  });
});
