/**
 * Round 9 leftovers (brief r9-misc): a pasted scan showing TLS 1.0 refused at an endpoint said to run a
 * release that accepts it (TC 7.3.5, CE 8.0.x) leads the answer as the reverse case does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TurnResult } from '../../src/conversation/types';
import { last, talk } from './helpers';

const fx = (p: string) => readFileSync(join(__dirname, '..', 'fixtures', 'evidence', p)).toString('utf8');
const firstBlock = (r: TurnResult) => ((r.replies.find((x) => x.summary) ?? r.replies[0]).blocks[0] as { text?: string }).text ?? '';
const card = (r: TurnResult) => r.replies.find((x) => x.summary)!.summary!;

describe('a scan refusing TLS 1.0 at an endpoint said to accept it leads the answer', () => {
  const scan = fx('sslscan-refuses-tls10.txt');
  it.each([
    'TMS 15.2.1 at Medium, endpoints TC 7.3.5, Windows 2019, SQL 2016 on another server',
    'TMS 15.2.1 at Medium, endpoints CE 8.0.2, Windows 2019, SQL 2016 on another server',
  ])('EN: %s', (facts) => {
    const r = last(talk(facts, scan));
    expect(firstBlock(r)).toBe('What you pasted contradicts the endpoint version you gave: check which is right');
    const c = card(r);
    expect(c.verdict).toBe('check');
    expect(c.headline).toMatch(/^What you pasted contradicts the endpoint version you gave/);
    expect(c.cause).toMatch(/refuses TLS 1\.0, which does not fit its version/);
    expect(c.next).toMatch(/^Check that the scanned address is really the endpoint .*TC 7\.3\.6 or later or CE 8\.1 or later/);
  });
  it('JA', () => {
    const r = last(talk('TMS 15.2.1、レベルは Medium、エンドポイントは TC 7.3.5、Windows 2019、SQL 2016 は別サーバ', scan));
    expect(firstBlock(r)).toMatch(/^貼り付けていただいた内容と伝えられたエンドポイントのバージョンが食い違っています/);
    expect(card(r).verdict).toBe('check');
  });
  it('no contradiction: the same scan with CE 9.15.3 given is the fix, and an accepting version with no scan stays "not this problem"', () => {
    expect(card(last(talk('TMS 15.2.1 at Medium, endpoints CE 9.15.3, Windows 2019, SQL 2016 on another server', scan))).verdict).toBe('fix');
    expect(card(last(talk('TMS 15.2.1 at Medium, endpoints TC 7.3.5, Windows 2019, SQL 2016 on another server'))).verdict).toBe('not-this');
  });
});

describe('Schannel event ids say which side they belong to', () => {
  const EN_CASE = 'TMS 15.2.1 at Medium shows No HTTPS response, endpoints are CE 9.15.3, Windows 2019, SQL 2016 on another server';
  it('the card caveat for pasted Schannel events names outgoing (36871, 36887) and incoming (36874, 36888)', () => {
    const r = last(talk(EN_CASE, fx('events/ev-fl-36874.txt')));
    const caveats = JSON.stringify(card(r).caveats);
    expect(caveats).toMatch(/TMS's own connections to endpoints: 36871, also look for 36887; connections made TO this server: 36874, 36888/);
    expect(caveats).not.toMatch(/mismatch \(36874, alert 40\)/);
  });
  it('the still-failing checks: the Schannel line says which events belong to TMS\'s own connections', () => {
    const r = last(talk('TMS 15.2.1 at Medium-High, endpoints are CE 9.15.3, Windows 2019, SQL 2016 on another server', 'still failing'));
    const all = JSON.stringify(r.replies);
    expect(all).toMatch(/For TMS's own connections to endpoints \(this server as the client\) look for 36871, and 36887[^"]*36874 and 36888 come from connections made TO this server/);
    expect(all).not.toContain('events 36871, 36874, 36888');
  });
});
