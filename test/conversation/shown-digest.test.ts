/**
 * The shown keys of findings ("code:digest", ConversationState.shown) are stored with the conversation: the digest must stay
 * the first 16 base64url characters of the SHA-1 of the finding's texts in the conversation's language (title, body, steps,
 * literal, joined by NUL), whether it was worked out just now or kept from an earlier turn (compose.ts sha1Digest), so that
 * the keys of states stored before still match and a finding already shown is named, not repeated.
 */
import { createHash } from 'node:crypto';
import { shownKey, ShownDigests } from '../../src/conversation/compose';
import type { Finding, Lang } from '../../src/domain/types';

const L = (en: string, ja: string) => ({ en, ja });
const finding = (n: number, literal?: string): Finding => ({
  code: 'registry-tls12' as Finding['code'],
  severity: 'action',
  title: L(`Enable TLS 1.2 (${n})`, `TLS 1.2 を有効にする（${n}）`),
  body: [L('First paragraph.', '最初の段落。'), L(`Second paragraph ${n}.`, `二つ目の段落 ${n}。`)],
  steps: [L('Open regedit.', 'regedit を開きます。')],
  ...(literal !== undefined ? { literal } : {}),
});
const sha1Key = (f: Finding, lang: Lang) =>
  createHash('sha1')
    .update([f.title[lang], ...f.body.map((b) => b[lang]), ...(f.steps ?? []).map((x) => x[lang]), f.literal ?? ''].join('\u0000'))
    .digest('base64url')
    .slice(0, 16);

describe('shown keys keep the stored digest format', () => {
  it.each<Lang>(['en', 'ja'])('the digest is the SHA-1 prefix of the texts in %s, first and later asked', (lang) => {
    const f = finding(1, 'HKLM\\SYSTEM\\…');
    const want = `registry-tls12:${sha1Key(f, lang)}`;
    expect(shownKey(f, lang)).toBe(want);
    expect(shownKey(f, lang)).toBe(want);
    expect(shownKey(finding(1, 'HKLM\\SYSTEM\\…'), lang, undefined, new ShownDigests(lang))).toBe(want);
    expect(shownKey(f, lang, 2)).toBe(`registry-tls12#2:${sha1Key(f, lang)}`);
  });

  it('texts that differ get their own digest, also after many other findings were hashed', () => {
    const keys = new Set<string>();
    for (let n = 0; n < 700; n++) {
      const f = finding(n);
      const key = shownKey(f, 'en');
      expect(key).toBe(`registry-tls12:${sha1Key(f, 'en')}`);
      keys.add(key);
    }
    expect(keys.size).toBe(700);
    // (The first ones again, after the kept digests were dropped: the same keys.)
    for (let n = 0; n < 5; n++) expect(shownKey(finding(n), 'en')).toBe(`registry-tls12:${sha1Key(finding(n), 'en')}`);
    // (A literal that differs only there, and the languages, give other keys.)
    expect(shownKey(finding(3, 'x'), 'en')).not.toBe(shownKey(finding(3, 'y'), 'en'));
    expect(shownKey(finding(3), 'en')).not.toBe(shownKey(finding(3), 'ja'));
  });
});
