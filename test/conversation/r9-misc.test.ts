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

describe('Schannel event ids: 36874 is incoming only, 36887/36888 either direction (the event text says which side)', () => {
  const EN_CASE = 'TMS 15.2.1 at Medium shows No HTTPS response, endpoints are CE 9.15.3, Windows 2019, SQL 2016 on another server';
  it('the card caveat for pasted Schannel events puts only 36874 on incoming connections', () => {
    const r = last(talk(EN_CASE, fx('events/ev-fl-36874.txt')));
    const caveats = JSON.stringify(card(r).caveats);
    expect(caveats).toMatch(/36874 is a client connecting TO this server; for 36871, 36887 and 36888 the event's text says which side/);
    expect(caveats).not.toMatch(/TO this server: 36874, 36888/);
    expect(caveats).not.toMatch(/mismatch \(36874, alert 40\)/);
  });
  it('the still-failing checks: the Schannel line names knowledge.md\'s three events and does not put 36888 on one side', () => {
    const r = last(talk('TMS 15.2.1 at Medium-High, endpoints are CE 9.15.3, Windows 2019, SQL 2016 on another server', 'still failing'));
    const all = JSON.stringify(r.replies);
    expect(all).toMatch(/Look for 36871, 36874, 36888 \(and 36887 for an alert received\); each event's text says which side[^"]*36874 is only for connections made TO this server/);
    expect(all).not.toMatch(/36874 and 36888 come from connections made TO/);
  });
});
