/**
 * REV35 #1: a network block told as lifted, as the fix, or as not on TMS's path is not a network signal to check. Success
 * reports close as a success does ("they opened it and it works now", 「開けてもらったら直りました」); a block from last year that
 * was reopened, or one "from the internet, not from TMS", gets no "Network before TLS" card. A block still in place, one
 * to be lifted later (a plan) and one lifted with the failure still there keep the card.
 */
import { rendered, runIn } from './helpers';

const F = 'TMS 15.2, SX20 on TC 7.3.21 shows No HTTPS response, Windows Server 2012 R2, SQL 2016 on a separate server';
const JF = 'TMS 15.2 で SX20（TC 7.3.21）が No HTTPS response になります。Windows Server 2012 R2、SQL 2016 は別サーバーです';

describe('REV35 #1: network block lifted or not on the path', () => {
  it.each([
    ['en', 'port 443 was blocked by the firewall, they fixed it and it works now', F],
    ['en', 'the firewall blocked 443, they opened it and now all endpoints are green', F],
    ['ja', 'ファイアウォールで 443 が閉じられていましたが、開けてもらったら直りました', JF],
    ['ja', '443 がブロックされていました。解除されたら全部つながるようになりました', JF],
  ] as const)('%s success closes: %s', (lang, m, first) => {
    const r = runIn(lang, [first, m]);
    expect(r.route).toBe('closing');
    expect(rendered(r)).not.toMatch(/Network before TLS|TLS より先にネットワーク/);
  });

  it.each(['the firewall team blocked 443 last year but it was reopened', 'the firewall blocks 443 from the internet, not from TMS'])('EN past or off the path, no card: %s', (m) => {
    expect(rendered(runIn('en', [F, m]))).not.toMatch(/Network before TLS/);
  });

  it.each([
    'the firewall team blocked 443, they will open it tomorrow',
    'port 443 was blocked, they opened it but it still fails',
    'port 443 is blocked by the firewall',
  ])('EN block in place, planned or failure stands: the card stays: %s', (m) => {
    expect(rendered(runIn('en', [F, m]))).toMatch(/Network before TLS/);
  });

  it.each(['ファイアウォールで 443 が閉じられていましたが、明日開けてもらう予定です', 'ファイアウォールで 443 が閉じられていたことが分かりました'])('JA block in place or planned: the card stays: %s', (m) => {
    expect(rendered(runIn('ja', [JF, m]))).toMatch(/TLS より先にネットワーク/);
  });
});
