/**
 * The Telnet/SNMP caveat at the right depth (knowledge.md, Caveats, Telnet and SNMP: raising Communication Security to
 * Medium-High turns Telnet and SNMP off, so every answer that advises it carries the caveat). Whoever builds a block that
 * advises the change marks it (`Block.advises`, from src/domain/advises.ts for the knowledge's words) and the pointer
 * (src/conversation/telnet-pointer.ts) keys on the mark only: nothing in src/ reads the wording.
 *
 * A reader of the wording is kept as a test-only oracle (./advice-oracle.ts): over every dialogue in conversations/*.yaml
 * and a set of further messages in several setups, (1) every reply it takes for that advice carries the caveat (the pointer
 * or its own words on Telnet/SNMP), unless the conversation showed it before; (2) each block it takes for that advice is
 * marked, so a new answer or a reworded one that forgets the mark fails here; and each marked block names Medium-High.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { step } from '../../src/conversation/engine';
import type { Block, Reply } from '../../src/conversation/document';
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { textsOf, withTelnetPointer } from '../../src/conversation/telnet-pointer';
import { freshState } from '../../src/conversation/engine';
import { advisesMediumHigh } from './advice-oracle';

const DIR = join(__dirname, '..', '..', 'conversations');

/**
 * Texts the oracle takes for advice that say the opposite: Medium-High would not help, or is not needed. Left unmarked
 * on purpose (they gave a Telnet/SNMP pointer before, wrongly). Each is a phrase of the text, in one language.
 */
const NOT_ADVICE = [
  // Every TLS version refused by the probed server (knowledge/index.ts): "raising TMS to Medium-High would not help here".
  'so raising TMS to Medium-High would not help here',
  'ここでは TMS を Medium-High にしても解決しません',
  // A fleet probe's units that still accept TLS 1.0 (domain/fleet.ts): they connect at Medium and at Medium-High alike.
  'Medium の TMS でも接続でき、Medium-High にしても接続できます',
  // Two nodes said at different levels (catalogue node-levels-differ): the level one node is at, read back; the advice is
  // the next paragraph ("Both nodes must end up at Medium-High"), which is marked.
  'So the nodes are not set the same',
  'つまり、ノードごとに設定が違います',
];


const TELNET = /telnet|snmp/i;

interface Miss {
  at: string;
  text: string;
}

/** Was the caveat shown earlier in the conversation (in full, or as the pointer)? Then it is not said again. */
const shownBefore = (before: ConversationState | null) => (before?.shown ?? []).some((x) => typeof x === 'string' && x.startsWith('caveat-telnet-snmp-disabled:'));

/**
 * The replies of one turn that the oracle takes for advice and that carry no caveat; the blocks (and short forms) it takes
 * for advice that are not marked; and marks on blocks that do not name Medium-High. `before`: the state the turn started from.
 */
function check(at: string, before: ConversationState | null, r: TurnResult, unmarked: Miss[], stray: Miss[], bare: Miss[]): void {
  const level = r.state?.facts?.level;
  // (At Medium-High or High nothing is left to turn off, and a message not understood is echoed back: the pointer never
  // applies, and the oracle misreads "with TMS at Medium-High" there.)
  if (level === 'medium-high' || level === 'high' || r.route === 'not-understood') return;
  for (const rep of r.replies as Reply[]) {
    let advice: string | undefined;
    for (const b of rep.blocks) {
      const xs = textsOf(b);
      if (b.advises === 'medium-high' && !xs.some((x) => /medium-high/i.test(x))) stray.push({ at, text: xs.join(' | ').slice(0, 200) });
      if (b.type === 'heading' || b.type === 'subheading' || b.type === 'question') continue;
      // (A block that speaks of Telnet or SNMP carries its own caveat.)
      if (xs.some((x) => TELNET.test(x)) || NOT_ADVICE.some((p) => xs.some((x) => x.includes(p)))) continue;
      if (xs.some(advisesMediumHigh)) advice ??= xs.find(advisesMediumHigh)!.slice(0, 200);
      if (b.advises !== 'medium-high' && xs.some(advisesMediumHigh)) unmarked.push({ at, text: xs.find(advisesMediumHigh)!.slice(0, 200) });
    }
    // (The reply that advises the change carries the caveat: the pointer, or its own words on Telnet/SNMP, or a finding's.)
    const caveat = rep.blocks.some((b) => textsOf(b).some((x) => TELNET.test(x))) || TELNET.test(JSON.stringify(rep.diagnosis?.findings ?? []));
    if (advice !== undefined && !caveat && !shownBefore(before)) bare.push({ at, text: advice });
    const s = rep.summary;
    if (s) {
      const xs = [s.next, s.cause, ...s.steps.flatMap((x) => [x.title, ...x.body, ...x.items])];
      if (s.advises !== 'medium-high' && !xs.some((x) => TELNET.test(x)) && xs.some(advisesMediumHigh)) unmarked.push({ at: `${at} (summary)`, text: xs.find(advisesMediumHigh)!.slice(0, 200) });
      if (s.nextAdvises === 'medium-high' && !/medium-high/i.test(s.next)) stray.push({ at: `${at} (summary next)`, text: s.next.slice(0, 200) });
    }
  }
}

interface YamlTurn {
  user?: string;
  repeat?: number;
  action?: { id: string; value?: string };
  probe?: unknown;
  fleet?: unknown;
}

function messageOf(t: YamlTurn): IncomingMessage {
  if (t.user !== undefined) return { kind: 'text', text: t.repeat ? t.user.repeat(t.repeat) : t.user };
  if (t.action) return { kind: 'action', id: t.action.id, ...(t.action.value !== undefined ? { value: t.action.value } : {}) };
  if (t.fleet) return { kind: 'fleet', fleet: t.fleet as never };
  return { kind: 'probe', result: t.probe as never };
}

/** Setups the further messages are sent in (none, TMS 15 at Medium, TMS 14, TMS 15 at Low), as the regression grid has them. */
const SETUPS: string[][] = [
  [],
  ['TMS 15.13, SQL 2016 on the TMS server, CE 9.15, Windows Server 2016, level Medium'],
  ['TMS 14.6, SQL 2008 R2 on the TMS server, TC 7.3.6, Windows Server 2008 R2, Medium'],
  ['TMS 15.9, SQL 2014 on a separate server, CE 8.3, Windows Server 2012 R2, level Low'],
];

/** Further messages whose answers advise Medium-High in words the dialogues do not reach (EN and JA). */
const MESSAGES = [
  'TMS 15.13 shows No HTTPS response for a C40 after upgrading to TC 7.3.5',
  'is the registry change alone enough?',
  'do we need to upgrade the endpoints?',
  'what about the other node?',
  'we have two TMS nodes, what do we need to do?',
  'should we disable SSL 3.0 as part of this?',
  'should we disable TLS 1.0 too?',
  'what do I do next?',
  'what is step 9?',
  'how do I do step 3?',
  'so I just pick Medium-High in TMS Tools and save?',
  'I will set Medium-High tonight',
  'we will upgrade the SX20s to TC 7.3.21 tomorrow, any problem?',
  'we hardened the TMS server with IIS Crypto best practices and now everything fails',
  'TLS 1.0 is disabled on the TMS server',
  'I ran openssl s_client -tls1_2 against the endpoint and it connected, -tls1 was refused',
  'reopening: No HTTPS response is back after a failover to tms02',
  'reopening: No HTTPS response again after the restart',
  'Communication Security was not saved',
  'it still fails after the change',
  'the TLS 1.2 keys are missing',
  'the Meeting Server shows No HTTPS response',
  'Expressway shows No HTTPS response too',
  'can we roll the codecs back to TC instead?',
  'what is the status?',
  'Windows Server 2025?',
  'do we need to wait for a TAC case?',
  'Event ID 36871',
  // (Answers whose caveat came from the wording net alone before their builders marked them: IIS Crypto, TLS 1.0 kept on,
  // a TLS 1.2 test said in words, hardening with the older units failing too, a second group on an older release.)
  'can I use IIS Crypto instead?',
  'can I just use IIS Crypto best practices?',
  'we are not going to disable TLS 1.0',
  'and with -tls1_2 it works: Protocol : TLSv1.2 Cipher : ECDHE-RSA-AES256-GCM-SHA384',
  'After the GPO hardening every system fails, including the TC 7.3.3 SX20s and the new CE 9.15 units',
  'some of the endpoints are still on TC 7.3.3 too',
  'IIS Crypto を使ってもいいですか',
  'IIS Crypto のベストプラクティスを適用してもいいですか？',
  'TLS 1.0 を無効にするつもりはないです',
  '-tls1_2 だと繋がります',
  'GPOでセキュリティ強化をしてから、アップグレードしていないTC 7.3.3のSX20も含め、ce9.15の新しい機器もすべてNo HTTPS responseになりました',
  'レジストリの変更だけで足りますか？',
  'エンドポイントのアップグレードは必要ですか？',
  '冗長構成の TMS です。両方のノードで何をすればいいですか？',
  'SSL 3.0 も無効にすべきですか？',
  'TMS ツールで Medium-High を選んで保存すればいいですか？',
  '今夜 Medium-High に変更する予定です',
  '明日 SX20 を TC7.3.3 から TC7.3.21 に上げる予定です。問題ありますか？',
  'TMS サーバで TLS 1.0 を無効にしました',
  'まだ失敗します',
  '再発しました。フェイルオーバーのあとです',
  '状況は？',
  // (The certificate answers, endpoint and SQL Server, where the TLS fix is still needed (rev29 #3).)
  'The certificate on the SX80 expired',
  'The SQL certificate expired',
  'SX80 の証明書が期限切れです',
  'SQL の証明書が期限切れです',
];

describe('the blocks that advise Medium-High are marked by whoever builds them', () => {
  it('every dialogue in conversations/*.yaml: each block the wording oracle takes for that advice is marked', () => {
    const unmarked: Miss[] = [];
    const stray: Miss[] = [];
    const bare: Miss[] = [];
    let turns = 0;
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort()) {
      const d = parse(readFileSync(join(DIR, file), 'utf8')) as { turns: YamlTurn[] };
      let state: ConversationState | null = null;
      d.turns.forEach((t, i) => {
        const r = step(state, messageOf(t));
        check(`${file} turns[${i}]`, state, r, unmarked, stray, bare);
        state = r.state;
        turns += 1;
      });
    }
    expect(turns).toBeGreaterThan(800);
    expect(bare).toEqual([]);
    expect(unmarked).toEqual([]);
    expect(stray).toEqual([]);
  });

  it('further messages in four setups (EN and JA): the same', () => {
    const unmarked: Miss[] = [];
    const stray: Miss[] = [];
    const bare: Miss[] = [];
    for (const [si, setup] of SETUPS.entries()) {
      let base: ConversationState | null = null;
      for (const m of setup) base = step(base, { kind: 'text', text: m }).state;
      for (const m of MESSAGES) check(`setup ${si}: ${m}`, base, step(base, { kind: 'text', text: m }), unmarked, stray, bare);
    }
    expect(bare).toEqual([]);
    expect(unmarked).toEqual([]);
    expect(stray).toEqual([]);
  });
});

describe('the pointer keys on the mark, never on the wording', () => {
  const turn = (blocks: Block[]): TurnResult => {
    const state = { ...freshState('en'), facts: { tms: { product: 'TMS' as const, raw: '15.13', semver: '15.13.0' }, level: 'medium' as const } };
    return { state, route: 'catalogue', replies: [{ lang: 'en', blocks }] } as unknown as TurnResult;
  };
  const pointed = (t: TurnResult) => JSON.stringify(t.replies).includes('Medium-High turns Telnet and SNMP off');

  it('a marked block gets the caveat right after it, whatever its words', () => {
    const out = withTelnetPointer(turn([{ type: 'paragraph', text: 'Intro.' }, { type: 'paragraph', text: 'Go one level up in TMS Tools (Medium-High).', advises: 'medium-high' }, { type: 'paragraph', text: 'Then restart.' }]));
    expect(pointed(out)).toBe(true);
    expect(out.replies[0].blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'warning', 'paragraph']);
    expect(out.state.shown).toContain('caveat-telnet-snmp-disabled:pointer');
  });
  it('an unmarked block gets none, whatever its words (the builder marks its advice; the tests above check it does)', () => {
    const t = turn([{ type: 'paragraph', text: 'Make sure TLS 1.2 is enabled, then set Communication Security = Medium-High in TMS Tools.' }]);
    expect(withTelnetPointer(t)).toBe(t);
  });
  it('an unmarked block that names Medium-High without advising it gets none', () => {
    const t = turn([{ type: 'paragraph', text: 'Your TMS reads Medium-High already, so the level is not what fails here.' }]);
    expect(withTelnetPointer(t)).toBe(t);
  });
  it('a marked block in a reply that speaks of Telnet gets none', () => {
    const t = turn([{ type: 'paragraph', text: 'Set Medium-High.', advises: 'medium-high' }, { type: 'paragraph', text: 'Telnet stays as it is for your systems.' }]);
    expect(withTelnetPointer(t)).toBe(t);
  });
});
