/**
 * QA round 14 #13: HTTP working and HTTPS failing ("it works with HTTP, just not HTTPS") is the problem's signature (managed over HTTPS), not "HTTP only".
 */
import { stepTexts as run } from '../conversation/helpers';
import { extractFacts } from '../../src/domain/extract';

const P = 'TMS 15.2 on Windows Server 2016, local SQL 2016. Endpoints upgraded to CE 9.15 show No HTTPS response.';


describe('HTTP works, HTTPS fails: the signature, managed over HTTPS (QA 14 #13)', () => {
  it.each([
    ['it worked before the upgrade, it works with HTTP, just not HTTPS', true],
    ['works with HTTP but not with HTTPS', true],
    ["HTTP works but HTTPS doesn't", true],
    ['HTTP works, HTTPS fails', true],
    ["it doesn't work with HTTPS, works with HTTP", true],
    ['HTTP では繋がりますが HTTPS だけ駄目です', true],
    // Said as the setting: HTTP only.
    ['we manage them over HTTP, not HTTPS', false],
    ['not using HTTPS, HTTP works fine', false],
    ["we don't use HTTPS, HTTP works", false],
    ['managed over plain HTTP', false],
  ])('%j → https %s', (text, https) => {
    expect(extractFacts(text).facts.https).toBe(https);
  });
  it('EN (QA): the fix, not "not the TLS 1.0 problem (HTTP only)"', () => {
    const { text } = run([P, 'it worked before the upgrade, it works with HTTP, just not HTTPS']);
    expect(text).not.toMatch(/HTTP only/);
    expect(text).toMatch(/This is the TLS 1\.0 problem: here is the fix/);
  });
});
