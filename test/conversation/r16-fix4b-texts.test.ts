/**
 * FIX4B: texts said within knowledge.md, in English and Japanese.
 * - A TC downgrade is possible on hardware that runs TC 7 (not "codecs sold with TC 7": knowledge.md speaks of the hardware).
 * - An upgrade back to CE 8.1.0 or later (not any CE) brings the error back while TMS stays at Medium.
 * - Importing a registry export does not remove keys the change created: check TLS 1.0 Client and Server, not "delete those".
 * - The SQL Server service to check is MSSQLSERVER or MSSQL$<instance>, not only the default instance.
 */
import { partialDowngradeNote } from '../../src/conversation/partial-downgrade';
import { sqlOutageRecovery } from '../../src/domain/knowledge/sql-outage';
import { KIT_SQL_FIRST, NEXT_SQL_FIRST } from '../../src/domain/knowledge/tms-wont-open';
import { parseEndpoint, parseSql } from '../../src/domain/versions';
import type { EndpointVersion, Facts, SqlVersion } from '../../src/domain/types';
import { rendered, runIn } from './helpers';

function ok<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error('parse failed');
  return r.value;
}

describe('FIX4B texts', () => {
  it('a TC downgrade: hardware that runs TC 7, EN and JA', () => {
    const note = partialDowngradeNote(ok<EndpointVersion>(parseEndpoint('TC7.3.3')), ok<EndpointVersion>(parseEndpoint('CE 9.15.3')), undefined, []);
    expect(note.en).toMatch(/hardware that runs TC 7/);
    expect(note.en).not.toMatch(/sold with/);
    expect(note.ja).toMatch(/TC 7 が動作するハードウェア/);
    expect(note.ja).not.toMatch(/販売/);
  });

  it('staying at Medium after a downgrade: an upgrade to CE 8.1.0 or later brings the error back, EN and JA', () => {
    const en = rendered(runIn('en', ['TMS 15.2.1, C40s on TC7.3.6 show No HTTPS response, level Medium', 'Keep the level at Medium for now and downgrade the C40s to TC 7.3.3 instead']));
    expect(en).toMatch(/TC 7\.3\.6 or later \(or to CE 8\.1\.0 or later\)/);
    const ja = rendered(runIn('ja', ['TMS 15.2.1 で C40 (TC7.3.6) が No HTTPS response、レベルは Medium', '当面はMediumのままにして、C40はTC7.3.3に戻します']));
    expect(ja).toMatch(/TC 7\.3\.6 以降（または CE 8\.1\.0 以降）/);
  });

  it('SQL Server stopped though it supports TLS 1.2: check TLS 1.0 after an import, no "delete those", EN and JA', () => {
    const f: Facts = { sql: ok<SqlVersion>(parseSql('SQL Server 2016')), sqlLocation: 'local' } as Facts;
    const out = sqlOutageRecovery(f);
    const en = out.map((t) => t.en).join(' ');
    const ja = out.map((t) => t.ja).join(' ');
    expect(en).toMatch(/check TLS 1\.0 Client and Server afterwards/);
    expect(en).not.toMatch(/delete those/);
    expect(ja).toMatch(/TLS 1\.0 の Client と Server を確認/);
    expect(ja).not.toMatch(/削除/);
  });

  it('the SQL Server service to check: MSSQLSERVER or MSSQL$<instance>, EN and JA', () => {
    for (const t of [NEXT_SQL_FIRST, KIT_SQL_FIRST]) {
      expect(t.en).toMatch(/MSSQLSERVER, or MSSQL\$<instance>/);
      expect(t.ja).toMatch(/MSSQLSERVER または MSSQL\$<インスタンス名>/);
    }
  });
});
