/**
 * Round 16 (QA report 16) #7: ticket fields ("Product: TMS / Version: 15.9", 「製品：TMS\nバージョン：15.2.1」) and the
 * typo "TSM 15.2" give the TMS version; a Version field under another product does not.
 */
import { questions, runIn } from './helpers';
import { extractFacts } from '../../src/domain/extract';
import { ticketFields } from '../../src/domain/understand/ticket-fields';

describe('r16 #7: ticket fields and "TSM" give the TMS version', () => {
  it.each([
    ['en', 'Product: TMS / Version: 15.9 / Customer: Acme Corp / Severity: 3\nDescription: After upgrading 12 Room Kits to CE9.15.3 TMS shows No HTTPS response for all of them.', '15.9.0'],
    ['en', 'Product: TMS\nVersion: 15.9.0', '15.9.0'],
    ['en', 'Product: Cisco TMS\nCustomer: Acme\nSoftware version: 15.13', '15.13.0'],
    ['ja', '製品：TMS\nバージョン：15.2.1\n内容：SX20をTC7.3.6にアップグレード後、No HTTPS response', '15.2.1'],
    ['ja', 'TSM 15.2 で Medum-High にしたのに直りません。エンドポイントは s52010ce9_15_3 です。', '15.2.0'],
    ['en', 'TSM 15.2, CE 9.15.3, still No HTTPS response', '15.2.0'],
  ] as const)('%s %j', (lang, msg, tms) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.semver).toBe(tms);
    expect(questions(r)).not.toContain('need-tms-version');
  });

  it('the JA ticket conversation does not ask for the TMS version again', () => {
    const r = runIn('ja', ['TSM 15.2 で Medum-High にしたのに直りません。エンドポイントは s52010ce9_15_3 です。Win2012R2、SQLは別サーバ。', 'IIS再起動はしました。サーバ再起動はまだです']);
    expect(r.state.facts.tms?.semver).toBe('15.2.0');
    expect(questions(r)).not.toContain('need-tms-version');
  });

  it.each([
    'Product: Room Kit\nVersion: 9.15.3',
    'Product: SQL Server\nVersion: 2016',
    'Products: TMS, Room Kit / Version: 9.15',
    'Product: TMS\nEndpoint version: 9.15.3',
    'We use TSM 7.1 for backups.',
  ])('no TMS version from %j', (msg) => {
    expect(extractFacts(msg).facts.tms).toBeUndefined();
  });

  it('leaves text without ticket words untouched', () => {
    const t = 'TMS 15.9, Version 2 of the plan';
    expect(ticketFields(t)).toBe(t);
  });
});
