/**
 * A question about the ClientHello is not a description of a capture (QA round 19 #8): "why is there no
 * ClientHello?" with nothing pasted must not be answered "as your capture shows".
 */
import { readPastedText } from '../../src/evidence/text';
import { rendered, runIn } from '../conversation/helpers';

const codes = (t: string) => readPastedText(t).observations.map((o) => o.code);

describe('questions about the ClientHello are not evidence', () => {
  it.each(['why is there no ClientHello?', 'How come TMS sends no client hello', 'is the ClientHello TLS 1.0?', 'ClientHelloが出ていないのはなぜですか？'])('%s: nothing observed', (q) => {
    expect(codes(q)).toEqual([]);
  });
  it.each(['TMS sends no ClientHello at all', 'no ClientHello in the capture', 'ClientHello を送っていません'])('%s: still read as what the capture showed', (said) => {
    expect(codes(said)).toContain('capture-no-clienthello');
  });
  it('the question in a conversation quotes no capture', () => {
    const out = rendered(runIn('en', ['TMS 15.9, Room Kit ce9.15.3, Windows Server 2016, SQL remote, Medium. Last month we disabled TLS 1.0 with IIS Crypto.', 'why is there no ClientHello?']));
    expect(out).not.toMatch(/as your capture shows|the client sent no ClientHello/);
  });
});
