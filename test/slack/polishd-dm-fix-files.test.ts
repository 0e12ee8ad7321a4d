/**
 * QA54 #14: in a DM, Show steps posted in the DM itself but Fix files went into a thread under the card (the user saw only
 * "1 reply", and a check-tls.cmd output pasted there started another conversation). Both now go where the DM's conversation
 * is; a channel thread's card keeps its files in its thread.
 */
import { Session } from './qa54-kit';

jest.setTimeout(60000);

describe('QA54 #14: Fix files in a DM', () => {
  it.each([
    ['ja', 'UJA', 'TMS 15.5 で No HTTPS response が出ます。エンドポイントは Room Kit で RoomOS 11.5 にアップグレードしました。SQL は別サーバです。Windows Server 2016。セキュリティレベルは Medium です。'],
    ['en', 'UALICE', 'TMS 15.2.1 shows No HTTPS response after upgrading the codecs to CE 9.15.3. SQL is on another server, Windows Server 2016, level Medium.'],
  ] as const)('%s: the files land where the steps do (the DM itself, no thread)', async (_lang, user, text) => {
    const s = await new Session(`polishd-dm-files-${user}`).start();
    try {
      await s.dm(user, text);
      await s.press('show-steps', user);
      await s.press('fix-files', user);
      const ch = `D${user.slice(1)}`;
      const steps = s.posts().filter((c) => c.body.channel === ch && c.body.blocks && JSON.stringify(c.body.blocks).includes('step-done'));
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.every((c) => c.body.thread_ts === undefined)).toBe(true);
      const uploads = s.h.fake.completedUploads();
      expect(uploads.map((u) => u.filename)).toEqual(expect.arrayContaining(['enable-tls12.reg', 'check-tls.cmd']));
      for (const u of uploads) {
        expect(u.channel).toBe(ch);
        expect(u.threadTs).toBeUndefined();
      }
    } finally {
      await s.stop();
    }
  });

  it('a mention in a channel: the files still go into its thread', async () => {
    const s = await new Session('polishd-channel-files').start();
    try {
      const root = await s.mention('C1', 'UALICE', 'TMS 15.2.1 shows No HTTPS response after upgrading the codecs to CE 9.15.3. SQL is on another server, Windows Server 2016, level Medium.');
      await s.press('fix-files', 'UALICE', { ch: 'C1', threadTs: root });
      const uploads = s.h.fake.completedUploads();
      expect(uploads.length).toBeGreaterThan(0);
      for (const u of uploads) expect([u.channel, u.threadTs]).toEqual(['C1', root]);
    } finally {
      await s.stop();
    }
  });
});
