/**
 * The cheap gates before the statement entries' long patterns (catalogue.ts STATEMENT_GATES): a gate may only skip a text
 * its entry's patterns cannot match. Checked on every user text of conversations/*.yaml, every quoted string of the
 * conversation tests, and sentences written for each alternative of the gated patterns (each of which matches its entry).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CATALOGUE, STATEMENT_GATES, findStatementEntry, normaliseQuestion } from '../../src/conversation/catalogue';
import { fastRegex } from '../../src/domain/understand/fast-regex';

const ROOT = path.join(__dirname, '..', '..');

function corpus(): string[] {
  const out: string[] = [];
  const dir = path.join(ROOT, 'conversations');
  for (const f of fs.readdirSync(dir).filter((x) => /\.ya?ml$/.test(x))) {
    const doc = parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { turns: { user?: string }[] };
    for (const t of doc.turns) if (typeof t.user === 'string') out.push(t.user);
  }
  const tests = path.join(ROOT, 'test', 'conversation');
  for (const f of fs.readdirSync(tests).filter((x) => x.endsWith('.ts'))) {
    const src = fs.readFileSync(path.join(tests, f), 'utf8');
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.){6,400})'|"((?:[^"\\\n]|\\.){6,400})"|`([^`$\\]{6,400})`/g)) out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}

/** One sentence per alternative of each gated entry's patterns (each must be found as that entry's statement). */
const WRITTEN: Record<string, string[]> = {
  'not-tls-network': [
    'ping to the codecs fails',
    "we can't ping the endpoints",
    'no icmp reply from them',
    'we changed the firewall rules last night',
    'the ACL was just modified',
    'there was a recent firewall change',
    'nslookup codec1 fails',
    "the host name doesn't resolve",
    'the name lookup fails',
    'DNS lookup fails from the TMS',
    "we can't resolve the endpoint",
    'the endpoints are on port 8443',
    'the firewall team blocked 443 to the codec VLAN',
    'port 443 is blocked',
    "the codec's name does not resolve",
    'nslookup of the codec name fails',
    'ping が通りません',
    'ファイアウォールの設定を変更しました',
    'ファイアウォールで 443 が閉じられていました',
    'ファイアウォールのルール変更がありました',
    '名前解決ができません',
    '8443 番ポートで待ち受けています',
  ],
  'node-levels-differ': [
    'the other node is on Medium',
    'Medium-High on tms01 only',
    'we set Medium-High on node 1',
    'Medium-High is set, the other node is not done yet',
    'もう片方のノードは Medium です',
    'tms01 だけ Medium-High です',
    'Medium-High にしましたが、もう片方のノードはまだです',
  ],
  'keep-tls10-add-tls12': ['please do not disable TLS 1.0', 'keep TLS 1.0 enabled', 'TLS 1.0 は有効のままにしてください', 'TLS 1.0 は無効にしないでください'],
  'report-summary': ['write me a short summary', 'summarize the incident', 'status update please', '障害報告を作りたい', '報告書が必要です', 'まとめてください', '要約してもらえますか', 'サマリーをください'],
  'snmp-service-stopped': ['the TMSSnmpService stopped', 'we got an alert about the snmp service', 'TMSSnmpService が停止しました'],
};

describe('statement gates (catalogue.ts STATEMENT_GATES)', () => {
  const gated = CATALOGUE.filter((e) => e.statement && STATEMENT_GATES[e.id] !== undefined);
  const texts = [...corpus(), ...Object.values(WRITTEN).flat()].map(normaliseQuestion);

  it('gates exactly the entries it names', () => {
    expect(gated.map((e) => e.id).sort()).toEqual(Object.keys(STATEMENT_GATES).sort());
  });

  it.each(Object.keys(WRITTEN))('%s: each written sentence is found as the entry', (id) => {
    for (const s of WRITTEN[id]) expect([s, findStatementEntry(s)?.id]).toEqual([s, id]);
  });

  it.each(Object.keys(STATEMENT_GATES))('%s: every text its patterns match passes its gate', (id) => {
    const e = gated.find((x) => x.id === id)!;
    const re = fastRegex([...e.statement!.en, ...e.statement!.ja].map((s) => `(?:${s})`).join('|'));
    const gate = fastRegex(STATEMENT_GATES[id]);
    let matched = 0;
    for (const t of texts) {
      if (!re.unicode.test(t)) continue;
      matched += 1;
      expect([t, gate.unicode.test(t)]).toEqual([t, true]);
    }
    // (Every written sentence is among them: the check is not vacuous.)
    expect(matched).toBeGreaterThanOrEqual(WRITTEN[id].length);
  });
});
