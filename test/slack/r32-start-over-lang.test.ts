/**
 * "start over" is a command in English words (QA round 25, L1): `/tms-diagnose start over` from a
 * ja-JP user whose conversation is Japanese answers in Japanese; the same words in a Japanese DM
 * conversation keep it Japanese. An English conversation (whatever the locale) stays English, and a
 * message with more than the command in it is read for its language as before.
 */
import { talk, last, rendered } from '../conversation/helpers';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { FORM, post, slashCommand } from './signed';

jest.setTimeout(60000);

const JA = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('start over keeps the conversation language (QA25 L1)', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  async function slash(user: string, text: string, id: string): Promise<string> {
    await post(h.port, slashCommand('/tms-diagnose', text, h.fake.responseUrl(id), { user_id: user }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === id));
    await h.bot.idle();
    return h.fake
      .of('response_url')
      .filter((r) => r.body._id === id)
      .map((r) => JSON.stringify(r.body.blocks ?? '') + (r.body.text ?? ''))
      .join('\n');
  }

  it.each(['start over', 'reset', 'Start over please'])('ja: /tms-diagnose %s after a Japanese conversation answers in Japanese', async (cmd) => {
    expect(await slash('UJA', 'TMS 15.13 で CE 11.9 の端末が No HTTPS response', 'a1')).toMatch(JA);
    const out = await slash('UJA', cmd, 'a2');
    expect(out).toMatch(/最初から|やり直/);
    expect(out).not.toMatch(/Starting over/);
  });

  it('ja-JP user, no earlier conversation: the locale decides (Japanese)', async () => {
    expect(await slash('UJA', 'start over', 'b1')).toMatch(JA);
  });

  it('en: an English conversation stays English, whatever the locale', async () => {
    await slash('UJA', 'TMS 15.13, endpoints on CE 11.9 show No HTTPS response', 'c1');
    const ja = await slash('UJA', 'start over', 'c2');
    expect(ja).toMatch(/Starting over|start/i);
    expect(ja).not.toMatch(JA);
    await slash('UBOB', 'TMS 15.13, endpoints on CE 11.9 show No HTTPS response', 'c3');
    const en = await slash('UBOB', 'start over', 'c4');
    expect(en).not.toMatch(JA);
  });
});

describe('start over in a conversation (engine)', () => {
  it('ja: a Japanese conversation started over in English command words stays Japanese', () => {
    const r = talk('TMS 15.9 で CE 9.15.3 の端末が No HTTPS response', 'start over');
    expect(last(r).state.lang).toBe('ja');
    expect(rendered(last(r))).toMatch(JA);
  });
  it('en: an English conversation started over stays English; more than the command is read for its language', () => {
    expect(last(talk('TMS 15.9, endpoints CE 9.15.3, No HTTPS response', 'start over')).state.lang).toBe('en');
    expect(rendered(last(talk('TMS 15.9, endpoints CE 9.15.3, No HTTPS response', 'start over'))).match(JA)).toBeNull();
    expect(last(talk('TMS 15.9 で CE 9.15.3 の端末が No HTTPS response', 'new case: the endpoints are on TC 7.3.21 and TMS is 15.13')).state.lang).toBe('en');
    expect(last(talk('TMS 15.9 で CE 9.15.3 の端末が No HTTPS response', 'please start over, I gave you the wrong version')).state.lang).toBe('en');
  });
});
