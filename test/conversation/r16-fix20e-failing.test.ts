/**
 * QA49 F7: "still failing" was missed when the line went on ("… on all 40", a second sentence naming Navigator): the team got
 * "I could not find a version" or the help text at the incident's worst moment. Read as still failing; a partial count, a
 * version, another system or a line that asks stay as they were.
 */
import type { TurnResult } from '../../src/conversation/types';
import { renderReply } from '../../src/console/render';

/** A Slack thread: the root mention, then lines said without a mention (the adapter's flags). */
const thread = (lang: 'en' | 'ja', root: string, ...lines: string[]): TurnResult => threadLines(lang, root, lines).r;
const shown = (r: TurnResult) => r.replies.map((x) => renderReply(x)).join('\n');
import { intentOf } from '../../src/conversation/intents';
import { threadLines } from './helpers';

const ROOT = 'TMS 15.9 on 2012 R2, SQL 2016 remote, RoomOS 11.14, No HTTPS response';
const ROOT_JA = 'TMS 15.9、Windows 2012 R2、SQL 2016 は別サーバ、RoomOS 11.14 で No HTTPS response です';

describe('QA49 F7: still failing, said at length', () => {
  it.each([
    'still failing after the steps. Navigator still says No HTTPS response on all 40',
    'did all the steps, still No HTTPS response on all 40',
    'nope, Navigator still shows No HTTPS response for all of them',
  ])('EN thread: %s', (line) => {
    const r = thread('en', ROOT, 'Medium-High set and saved, rebooted the server', line);
    expect(r.route).toMatch(/still-failing/);
    const out = shown(r);
    expect(out).not.toMatch(/I could not find a version|I don't know that one/);
    expect(out).toMatch(/Sorry it still fails/);
  });
  it('JA thread: 「全部の手順をやりましたが、まだ No HTTPS response のままです」 still read', () => {
    const r = thread('ja', ROOT_JA, 'Medium-High に設定して保存し、サーバを再起動しました', '全部の手順をやりましたが、まだ No HTTPS response のままです');
    expect(r.route).toMatch(/still-failing/);
  });
  it.each([
    ['still failing on all 40 endpoints', 'still-failing'],
    ['rebooted, still red on all 12 codecs', 'still-failing'],
    ['still failing on 3 of 40', null],
    ['still failing after the steps. TMS is 15.9 and SQL 2016 on the same box', null],
    ['the nightly backups still fail on all servers since yesterday, unrelated', null],
    ['backups still fail on all servers', null],
  ])('intent of %s', (line, want) => expect(intentOf(line)).toBe(want));
});
