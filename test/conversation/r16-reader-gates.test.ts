/**
 * Word gates before readers that run on every message and nearly never match (guesses, other products and models,
 * Telnet systems, side statements, the translation notes, Windows and SQL editions, a level gone back, the clause modes): each gate is a
 * literal that every alternative of its patterns needs, so a text the gate refuses cannot match any of them and the
 * reader skips them. Checked here as a property over every text we have: the replay grid's one-message conversations
 * (the same products as /work/tools/grid.js), the users' messages of conversations/*.yaml, and every string literal
 * of the conversation and domain tests (where each reader's own examples are), each whole, sentence by sentence and
 * clause by clause: wherever one of a gate's patterns matches, its gate matches too. A pattern added to a gated reader
 * without its word in the gate fails here as soon as one of its examples lacks the word.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { stringLiterals } from '../evidence/test-literals';
import { GUESS_GATES } from '../../src/conversation/guesses';
import { EXTRACT_GATES } from '../../src/domain/extract';
import { TRANSLATION_GATES } from '../../src/domain/knowledge';
import { PRODUCT_GATES, TELNET_SYSTEM_GATES } from '../../src/domain/knowledge/products';
import { NODE_GATES, OTHER_NODE_PENDING_GATES } from '../../src/domain/understand/node-level';
import { ASKED, ASKED_GATE, CUES, MODE_GATE } from '../../src/domain/understand/cues';
import { SIDE_STATEMENT_GATES } from '../../src/domain/understand/side-statement';

const ROOT = join(__dirname, '..', '..');

function testFiles(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) testFiles(p, out);
    else if (/\.test\.ts$/.test(f)) out.push(p);
  }
  return out;
}

/** The replay grid's one-message conversations (as /work/tools/grid.js builds them). */
function gridMessages(): string[] {
  const out: string[] = [];
  const tms = ['TMS 14.6.2', 'TMS 15.2.1', 'TMS 15.13', 'tms15.9', ''];
  const ep = ['TC 7.3.3', 'tc7.3.6.4c7b8e7', 'CE 8.0.1', 'ce9.15.3.17', 'RoomOS 11', 'CE8', ''];
  const sql = ['SQL 2008 R2 on the TMS server', 'SQL Server 2012 SP1 local', 'SQL 2014 SP2 on a separate server', 'SQL 2016', ''];
  const win = ['Windows Server 2008 R2', '2012 R2', 'Windows 2025', ''];
  const lvl = ['level Medium', 'Medium-High', 'security High', ''];
  const tail = ['No HTTPS response', 'works fine', ''];
  for (const a of tms) for (const b of ep) for (const c of sql) for (const w of win) for (const l of lvl) for (const t of tail) {
    const parts = [a, b, c, w, l, t].filter(Boolean);
    if (parts.length) out.push(parts.join(', '));
  }
  const jt = ['TMS 15.2', 'TMS は 14.6', ''], je = ['エンドポイントは CE9.15', 'TC7.3.3 です', ''], js = ['SQL 2008 R2 が同じサーバー', 'SQL は別サーバー', ''], jl = ['レベルは Medium', ''], jx = ['No HTTPS response が出ます', ''];
  for (const a of jt) for (const b of je) for (const c of js) for (const l of jl) for (const x of jx) {
    const parts = [a, b, c, l, x].filter(Boolean);
    if (parts.length) out.push(parts.join('、'));
  }
  return out;
}

/** One example for alternatives that the tests' own literals may not hold. */
const EXTRA = [
  'probably a fw issue?',
  'maybe a vlan problem, or acl issue?',
  'could be a routing issue',
  'ネットワークの問題では？',
  'ファイヤーウォールのせいでは？',
  'just bounce the TMS services',
  'TMS のサービスをリスタートすれば直るのでは',
  'we also have a Board Pro, a Desk Pro, a Webex Desk and a Codec Plus',
  'our Cisco Board 55 and Room Kit Mini',
  'TelePresence Conductor XC4.3 and a コンダクター',
  'the Acano and the ミーティングサーバー, VCS-C, エクスプレスウェイ, TelePresence Server',
  'SX80, MX 700, EX-90 and DX80',
  'polycom hdx 8000, VSX 7000, Tandberg MXP, ポリコム',
  'we use automatic discovery',
  'no devices are managed via snmp',
  'it worked fine before the upgrade',
  'prior to the update, it was working',
  'アップグレード前は動いていました',
  'cert revocation checking is off',
  '失効チェックは無効です',
  'done on node A, node B still pending',
  'ノード1は完了、ノード2はまだ',
  'SQL 2008 R2 Express and Windows 2012 R2 Datacenter, 2019 DC',
  'we went back to Medium',
  'Medium に戻しました',
  'ミディアムハイからミディアムにすると',
  'from Medium-High to Medium',
  'Medium-High → Medium',
  'the bug CSCuz12345',
  'the translated technote says so',
  'TechNote の日本語版では',
  'upgraded them from TC 7.3.3 to CE 9.15',
  'they were on TC7.3.3 until last week',
  'I set Medium-High on tms01 only, tms-node2 is not done yet, web01 still to do',
  'only on jp-tmssrv1',
  'tms01 だけ、tms02 はまだです、tms03 はこれから、tms04 のみ',
  'the standby node says Low, the backup server is fine, node B at Medium, the 1st box, the passive is at High',
  'one tms node, the 2nd tms',
  '1号機は Medium、セカンダリは Low、もう片方のノード、node2',
];

function corpus(): string[] {
  const set = new Set<string>();
  const add = (s: string): void => {
    if (s.length > 50_000) return;
    set.add(s);
    // Sentences and clauses too: some readers test their gate on a clause (extract.ts), some on the NFKC form.
    for (const piece of s.split(/(?<=[.!?。！？\n])\s*|[,;、，；]\s*/)) if (piece.trim()) set.add(piece);
    try {
      set.add(s.normalize('NFKC'));
    } catch {
      /* lone surrogates */
    }
  };
  gridMessages().forEach(add);
  EXTRA.forEach(add);
  const dir = join(ROOT, 'conversations');
  for (const f of readdirSync(dir).sort()) {
    const d = parse(readFileSync(join(dir, f), 'utf8')) as { turns?: { user?: unknown }[] };
    for (const t of d?.turns ?? []) if (typeof t.user === 'string') add(t.user);
  }
  for (const f of [...testFiles(join(ROOT, 'test', 'conversation')), ...testFiles(join(ROOT, 'test', 'domain'))]) stringLiterals(readFileSync(f, 'utf8')).forEach(add);
  return [...set];
}

const GATES = [
  ...GUESS_GATES.map((g) => ['guesses', g] as const),
  ...PRODUCT_GATES.map((g) => ['products', g] as const),
  ...TELNET_SYSTEM_GATES.map((g) => ['telnet systems', g] as const),
  ...SIDE_STATEMENT_GATES.map((g) => ['side statements', g] as const),
  ...TRANSLATION_GATES.map((g) => ['translation', g] as const),
  ...EXTRACT_GATES.map((g) => ['extract', g] as const),
  ...NODE_GATES.map((g) => ['nodes', g] as const),
  ...OTHER_NODE_PENDING_GATES.map((g) => ['other node pending', g] as const),
  // The clause readers' cue lists (classifyClause), each cue as its own /iu regex (as cueRegex reads them).
  ['clause modes', [MODE_GATE, Object.values(CUES).flatMap((l) => [...l.en, ...l.ja]).map((s) => new RegExp(s, 'iu'))]] as const,
  ['asked', [ASKED_GATE, [...ASKED.en, ...ASKED.ja].map((s) => new RegExp(s, 'iu'))]] as const,
];

describe('reader word gates', () => {
  const texts = corpus();

  it('reads a corpus large enough to mean something', () => {
    expect(texts.length).toBeGreaterThan(20_000);
  });

  it.each(GATES.map(([name, [gate, patterns]], i) => [`${name} #${i}: ${gate.source.slice(0, 60)}`, gate, patterns] as const))(
    'gate %s matches wherever one of its patterns does',
    (_name, gate, patterns) => {
      const plain = (re: RegExp) => new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
      const g = plain(gate);
      let positives = 0;
      const missed: string[] = [];
      for (const re of patterns.map(plain)) {
        for (const t of texts) {
          if (!re.test(t)) continue;
          positives++;
          if (!g.test(t)) missed.push(`${re.source.slice(0, 50)} :: ${t.slice(0, 120)}`);
        }
      }
      expect(missed).toEqual([]);
      // Each gate is exercised by examples its patterns match (the readers' own tests).
      expect(positives).toBeGreaterThan(0);
    },
  );
});
