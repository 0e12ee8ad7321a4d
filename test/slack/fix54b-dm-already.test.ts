/**
 * fix54b: pressed again in a DM's own conversation (no thread there), Show steps and Fix files said the steps or files were
 * "already in this thread": the presser is now told they are above in this conversation (EN and JA). A channel card's
 * thread keeps "this thread".
 */
import { Session } from './qa54-kit';

jest.setTimeout(60000);

/** What the bot told the presser privately (response_url), as text. */
function told(s: Session, from: number): string[] {
  return s.h.fake.calls.slice(from).filter((c) => c.method === 'response_url').map((c) => String(c.body.text ?? ''));
}

const EN = 'TMS 15.2.1 shows No HTTPS response after upgrading the codecs to CE 9.15.3. SQL is on another server, Windows Server 2016, level Medium.';
const JA = 'TMS 15.5 で No HTTPS response が出ます。エンドポイントは Room Kit で RoomOS 11.5 にアップグレードしました。SQL は別サーバです。Windows Server 2016。セキュリティレベルは Medium です。';

describe('fix54b: "already" lines in a DM', () => {
  it.each([
    ['en', 'UALICE', EN, /above in this conversation/, /this thread/],
    ['ja', 'UJA', JA, /この会話の上のほうに/, /スレッド/],
  ] as const)('%s: Show steps and Fix files pressed again say "above in this conversation"', async (_lang, user, text, conversation, thread) => {
    const s = await new Session(`fix54b-dm-${user}`).start();
    try {
      await s.dm(user, text);
      await s.press('show-steps', user);
      await s.press('fix-files', user);
      const from = s.h.fake.calls.length;
      await s.press('show-steps', user);
      await s.press('fix-files', user);
      const lines = told(s, from);
      expect(lines).toHaveLength(2);
      for (const l of lines) {
        expect(l).toMatch(conversation);
        expect(l).not.toMatch(thread);
      }
    } finally {
      await s.stop();
    }
  });

  it('a channel thread still says "this thread"', async () => {
    const s = await new Session('fix54b-channel').start();
    try {
      const root = await s.mention('C1', 'UALICE', EN);
      await s.press('fix-files', 'UALICE', { ch: 'C1', threadTs: root });
      const from = s.h.fake.calls.length;
      await s.press('fix-files', 'UALICE', { ch: 'C1', threadTs: root });
      const lines = told(s, from);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/already in this thread/);
    } finally {
      await s.stop();
    }
  });
});
