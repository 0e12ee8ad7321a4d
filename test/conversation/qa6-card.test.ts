/**
 * QA round 6: the card's Next follows the full answer's own findings, in their order, when the user says
 * what was already done (TLS 1.0 off / IIS Crypto, rebooted, keys created, TLS 1.2 already on), when
 * Windows is unknown, and for SQL 2012 RTM/SP1 with its location unknown (EN and JA).
 */
import type { Summary } from '../../src/conversation/summary';
import type { TurnResult } from '../../src/conversation/types';
import { rendered, talk } from './helpers';

function card(r: TurnResult): Summary {
  const s = r.replies.find((x) => x.summary)?.summary;
  expect(s).toBeDefined();
  return s!;
}

const WIN = { '2008 SP2': 'Windows Server 2008 SP2', '2008 R2': 'Windows Server 2008 R2', '2012': 'Windows Server 2012', '2019': 'Windows Server 2019', unknown: '' } as const;
const LEVELS = ['Low', 'Medium', 'Medium-High', ''] as const;
const CLAIMS = {
  none: ['', ''],
  tls12: ['We already enabled TLS 1.2 in the registry.', 'TLS 1.2 はレジストリで有効化済みです。'],
  reboot: ['We already rebooted the server.', 'サーバは再起動済みです。'],
  keys: ['We created the TLS 1.2 keys yesterday.', '昨日 TLS 1.2 のキーを作成しました。'],
} as const;

function message(win: keyof typeof WIN, level: string, claim: keyof typeof CLAIMS, ja: boolean): string {
  const p: string[] = [];
  if (ja) {
    p.push('TMS 15.2.1 で、CE 9.15 にアップグレードした端末が No HTTPS response になります。');
    if (WIN[win]) p.push(`TMS サーバは ${WIN[win]} です。`);
    p.push('SQL Server 2016 は別の DB サーバにあります。');
    if (level) p.push(`Communication Security は ${level} です。`);
    p.push(CLAIMS[claim][1]);
  } else {
    p.push('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response.');
    if (WIN[win]) p.push(`TMS server is ${WIN[win]}.`);
    p.push('SQL Server 2016 is on a separate database server.');
    if (level) p.push(`Communication Security is ${level}.`);
    p.push(CLAIMS[claim][0]);
  }
  return p.join(' ').trim();
}

const cells: [keyof typeof WIN, string, keyof typeof CLAIMS, boolean][] = [];
for (const win of Object.keys(WIN) as (keyof typeof WIN)[])
  for (const level of LEVELS) for (const claim of Object.keys(CLAIMS) as (keyof typeof CLAIMS)[]) for (const ja of [false, true]) cells.push([win, level, claim, ja]);

describe('grid: the card\'s Next and the full answer\'s steps agree', () => {
  it.each(cells)('%s / level %s / claim %s / ja %s', (win, level, claim, ja) => {
    const s = card(talk(message(win, level, claim, ja))[0]);
    const reboot = s.steps.find((x) => x.code === 'reboot-server');
    const reg = s.steps.find((x) => x.code === 'enable-tls11-12-registry');
    const cardReboots = ja ? /サーバを 1 回再起動/.test(s.next) : /reboot the server once/.test(s.next);
    const fullRebootsOnce = reboot?.title === (ja ? 'TMS サーバを 1 回再起動する' : 'Reboot the TMS server once');
    // The reboot: on the card exactly when the answer's reboot step is unconditional (keys created or changed, or required).
    expect(cardReboots).toBe(fullRebootsOnce);
    // The level change: on the card exactly when the answer has the TMS Tools step.
    if (s.steps.some((x) => x.code === 'tms-tools-medium-high')) expect(s.next).toMatch(/Medium-High/);
    // Enable vs check: the card says what the registry step's title says.
    if (reg && !ja) {
      if (/^Enable/.test(reg.title)) expect(s.next).toMatch(/enable TLS 1\.2 in the (server's )?Schannel keys/i);
      else expect(s.next).not.toMatch(/\benable TLS 1\.2 in the/i);
    }
    // KB4019276 on 2008 SP2, whatever was said (a reboot does not install it).
    if (win === '2008 SP2') expect(s.next).toMatch(/KB4019276/);
    // Windows not given: the card names no Windows release.
    if (win === 'unknown') expect(s.next).not.toMatch(/Windows Server|20(08|12|16|19|22|25)/);
    // Nothing changed on 2012+ (no keys claimed): never an unconditional reboot.
    if ((win === '2012' || win === '2019') && claim !== 'keys') expect(cardReboots).toBe(false);
  });
});

describe('what was already done leads the card as it leads the answer', () => {
  it('TLS 1.0 off with SQL Server 2008 R2 SP3 (10.50.6000) on the TMS server: SQL first, then the TLS 1.2 steps (EN and JA)', () => {
    const s = card(talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. TMS server is Windows Server 2012. SQL Server 10.50.6000 is on the TMS server itself. Communication Security is Low. We already disabled TLS 1.0 on the TMS server.')[0]);
    expect(s.next).toMatch(/^First check that SQL Server is running: SQL Server 2008 R2 SP3 \(10\.50\.6000\) on this server needs TLS 1\.0/);
    expect(s.next.indexOf('turn TLS 1.0 back on')).toBeLessThan(s.next.indexOf('Medium-High'));
    expect(s.next).toMatch(/leave SSL 3\.0 as it is/);
    const j = card(talk('TMS 15.2.1 で、CE 9.15 にアップグレードした端末が No HTTPS response になります。TMS サーバは Windows Server 2012 です。SQL Server 10.50.6000 は TMS サーバ上にあります。Communication Security は Low です。TMS サーバの TLS 1.0 は無効化済みです。')[0]);
    expect(j.next).toMatch(/^まず SQL Server が動いているか確認します/);
    expect(j.next).toMatch(/TLS 1\.0 を（Client と Server で）有効に戻し/);
  });

  it('IIS Crypto Best Practices with SQL 2008 R2 SP2 of unknown location: "if it runs on the TMS server"', () => {
    const s = card(talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. TMS server is Windows Server 2016. SQL Server 2008 R2 SP2 is the database. Communication Security is Medium. We applied IIS Crypto Best Practices on the TMS server.')[0]);
    expect(s.next).toMatch(/^First, if SQL Server 2008 R2 SP2 runs on the TMS server, check that it is running/);
  });

  it('SQL 2012 SP1 with its location unknown: the service pack first, conditionally (EN and JA)', () => {
    const s = card(talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. TMS server is Windows Server 2016. SQL Server 2012 SP1 is the database. Communication Security is Medium.')[0]);
    expect(s.next).toMatch(/^SQL Server 2012 SP1: upgrade to a service pack with TLS 1\.2 first, if it runs on the TMS server/);
    const j = card(talk('TMS 15.2.1 で、CE 9.15 にアップグレードした端末が No HTTPS response になります。TMS サーバは Windows Server 2016 です。SQL Server 2012 SP1 を使っています。Communication Security は Medium です。')[0]);
    expect(j.next).toMatch(/^SQL Server 2012 SP1：先に TLS 1\.2 対応のサービス パックにアップグレードする（TMS サーバ上で動いている場合/);
  });

  it('TLS 1.2 said on, 2008 R2: a check of the keys, no unconditional reboot', () => {
    const s = card(talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. TMS server is Windows Server 2008 R2. SQL Server 2016 is on the TMS server itself. Communication Security is Low. We already enabled TLS 1.2 in the registry.')[0]);
    expect(s.next).toMatch(/^Check the TLS 1\.2 keys you set in Schannel \(required on Windows Server 2008 R2/);
    expect(s.next).not.toMatch(/reboot the server once/);
  });

  it('keys created on 2012: the card reboots once, as the answer does; without keys, IIS and the TMS services restart', () => {
    const s = card(talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. TMS server is Windows Server 2012. SQL Server 2016 is on the TMS server itself. Communication Security is Low. We created the TLS 1.2 keys yesterday.')[0]);
    expect(s.next).toMatch(/then reboot the server once \(you changed keys\)\.$/);
    const n = card(talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. TMS server is Windows Server 2012. SQL Server 2016 is on the TMS server itself. Communication Security is Low.')[0]);
    expect(n.next).toMatch(/then restart IIS and the TMS services/);
  });
});

describe('the full answer no longer contradicts itself', () => {
  it('2008 SP2 at Medium-High, rebooted: KB4019276 and the keys come first, "TLS 1.2 does not exist" (not "off by default"), the reboot counts only after the keys', () => {
    const r = talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. TMS server is Windows Server 2008 SP2. SQL Server 2016 is on a separate database server. Communication Security is Medium-High. We already rebooted the server.')[0];
    const s = card(r);
    expect(s.next).toMatch(/^Install Microsoft's KB4019276 on Windows Server 2008/);
    expect(s.next).toMatch(/reboot the server once\.$/);
    const text = rendered(r);
    expect(text).not.toMatch(/Windows Server 2008 TLS 1\.2 is off by default/);
    expect(text).toMatch(/KB4019276 and the TLS 1\.2 Client keys in Schannel are the first thing left to check/);
    expect(text).not.toMatch(/because registry keys were created or changed/);
    expect(text).toMatch(/counts only if it came after the keys were created or changed/);
    expect(text).not.toMatch(/so this is done: restart again only if the check above/);
  });
});
