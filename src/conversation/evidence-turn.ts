/**
 * A turn with evidence: a file (capture, .reg, event log) read by src/evidence/ and handed to the
 * conversation (console `evidence PATH`, a file shared in Slack). What it showed is said first,
 * then it joins the facts (Facts.evidence) and the diagnosis is composed again. Pure.
 */
import type { Block, Reply } from './document';
import type { ConversationState, TurnResult } from './types';
import { addReading, MAX_OBSERVATIONS, type EvidenceReading, type Observation } from '../evidence/types';
import { echo, isObj } from './guards';
import { keyDeletedForWindows } from '../evidence/registry';
import { earlierEvidenceKeys, next, para, reply, respond, unchanged } from './compose';

/** At most this many observations are listed in the reply (all of them join the facts). */
const SHOWN = 8;

export function onEvidence(state: ConversationState, source: unknown, reading: unknown): TurnResult {
  const lang = state.lang;
  const ja = lang === 'ja';
  if (!isObj(reading) || !Array.isArray((reading as { observations?: unknown }).observations)) {
    return unchanged(state, [reply(lang, [para(ja ? '証拠を読み取れませんでした。' : 'I could not read that evidence.')])]);
  }
  const r = reading as unknown as EvidenceReading;
  const name = fileName(typeof source === 'string' ? source : 'evidence');
  const observations = r.observations.filter((o) => isObj(o) && typeof o.code === 'string' && isObj(o.detail)).slice(0, MAX_OBSERVATIONS);
  const clean: EvidenceReading = { kind: r.kind, observations, facts: isObj(r.facts) ? r.facts : {} };
  const blocks: Block[] = [];
  // (A deleted Schannel key's note for the Windows release known, not every release's: rev63 #8.)
  const shown = notRepeated(keyDeletedForWindows(observations, state.facts.windows), lang);
  // A .reg that deletes Schannel settings is a change script to import, not an export (the reader says so): headed as such.
  const kind = r.kind === 'reg' && observations.some((o) => o.code === 'reg-change-script') ? KIND_LABELS['reg-change'][lang] : kindLabel(r.kind, lang);
  const lead = ja ? `${name}（${kind}）から読み取った内容：` : `What ${name} (${kind}) shows:`;
  // The list's place: filled once the diagnosis below is composed (it may quote some of its lines).
  const list: Block = { type: 'bullets', items: [] };
  if (observations.length === 0) {
    blocks.push(para(ja ? `${name} を読みましたが、この問題に関係する内容は見つかりませんでした。` : `I read ${name} but found nothing that bears on this problem.`));
  } else {
    blocks.push({ type: 'context', text: lead }, list);
  }
  for (const p of (Array.isArray(r.problems) ? r.problems : []).slice(0, 3)) {
    if (isObj(p) && typeof p[lang] === 'string') blocks.push({ type: 'warning', title: ja ? '注意' : 'Note', text: String(p[lang]) });
  }
  if (observations.length === 0 && Object.keys(clean.facts).length === 0) return unchanged(state, [reply(lang, blocks)]);
  const facts = { ...state.facts, evidence: addReading(state.facts.evidence, name, clean) };
  // What the evidence read before showed and this file leaves as it was is named, not repeated: the reply leads with this file (QA54 #5).
  const out = respond(next(state, { facts }), blocks, [], true, undefined, earlierEvidenceKeys(state));
  if (observations.length === 0) return out;
  return { ...out, replies: out.replies.map((x) => (x.blocks.includes(list) ? listOnce(x, list, shown, lead, name, kind, lang) : x)) };
}

/**
 * A file's name as the reply says it: echoed (one line, bounded, backticks made harmless), and no mrkdwn marker that a surface would
 * format (QA54 #12: "<!channel>*evil*`x`.txt" showed "evil" in bold): * and ~ as their full-width look-alikes, and so an underscore
 * that is not inside a word (one inside a word, as in tms_to_sx80.pcap, is left alone: mrkdwn does not format it).
 */
export function fileName(source: string): string {
  return echo(source, 60).replace(/[*~]|(?<![0-9a-z])_|_(?![0-9a-z])/gi, (c) => (c === '*' ? '＊' : c === '~' ? '～' : '＿'));
}

/**
 * The file's kind as said in the lead, in words (the reading's code, "eventlog", "reg", stays in the
 * CLI's JSON): SQL Server's ERRORLOG by its name (it is no Windows event log), a capture, a registry
 * export, … An unknown kind is called plain text rather than shown as a code.
 */
const KIND_LABELS: Record<string, { en: string; ja: string }> = {
  pcap: { en: 'packet capture', ja: 'パケット キャプチャ' },
  pcapng: { en: 'packet capture', ja: 'パケット キャプチャ' },
  reg: { en: 'registry export', ja: 'レジストリのエクスポート' },
  'reg-change': { en: 'registry change script', ja: 'レジストリの変更スクリプト' },
  'reg-query': { en: 'registry values', ja: 'レジストリの値' },
  eventlog: { en: 'Windows event log', ja: 'Windows のイベント ログ' },
  'sql-errorlog': { en: 'SQL Server ERRORLOG', ja: 'SQL Server の ERRORLOG' },
  text: { en: 'text', ja: 'テキスト' },
};

function kindLabel(kind: unknown, lang: 'en' | 'ja'): string {
  const label = typeof kind === 'string' && Object.prototype.hasOwnProperty.call(KIND_LABELS, kind) ? KIND_LABELS[kind] : KIND_LABELS.text;
  return label[lang];
}

/** "… and 3 more" after the first SHOWN lines. */
function capped(lines: string[], ja: boolean): string[] {
  const items = lines.slice(0, SHOWN);
  if (lines.length > SHOWN) items.push(ja ? `…ほか ${lines.length - SHOWN} 件` : `… and ${lines.length - SHOWN} more`);
  return items;
}

/**
 * Each line of the evidence shown once in the reply: a line the diagnosis below quotes under a
 * finding (where it is explained) is not listed again under "What x shows" (QA round 10: the console
 * and a Slack thread without a card showed it twice). The whole list rides on the reply as
 * `evidence` for a surface that shows the findings' titles only (the Slack card).
 */
function listOnce(r: Reply, list: Block, shown: string[], lead: string, name: string, kind: string, lang: 'en' | 'ja'): Reply {
  const ja = lang === 'ja';
  const at = r.blocks.indexOf(list);
  const quoted = new Set<string>();
  for (const b of r.blocks.slice(at + 1)) {
    const lines = b.type === 'bullets' || b.type === 'steps' ? b.items : b.type === 'warning' || b.type === 'paragraph' ? b.text.split('\n') : [];
    for (const l of lines) quoted.add(l.replace(/^• /, ''));
  }
  const rest = shown.filter((l) => !quoted.has(l));
  const blocks = [...r.blocks];
  if (rest.length === shown.length) {
    blocks[at] = { type: 'bullets', items: capped(shown, ja) };
  } else if (rest.length > 0) {
    blocks[at - 1] = { type: 'context', text: ja ? `${name}（${kind}）から読み取った内容（下に引用した行のほか）：` : `What ${name} (${kind}) shows besides the lines quoted below:` };
    blocks[at] = { type: 'bullets', items: capped(rest, ja) };
  } else {
    blocks[at - 1] = { type: 'context', text: ja ? `${name}（${kind}）を読みました。読み取った内容は、その意味とあわせて下に引用しています。` : `I read ${name} (${kind}): what it shows is quoted below, with what it means.` };
    blocks.splice(at, 1);
  }
  return { ...r, blocks, evidence: { lead, items: capped(shown, ja) } };
}

/**
 * The observations to list before the diagnosis: not one that another line of the same flow already
 * says in full ("the server reset the connection" under "the ClientHello offered TLS 1.0 …; the
 * server reset …"). (Lines the diagnosis quotes stay: a Slack card shows the findings' titles only.)
 */
function notRepeated(observations: Observation[], lang: 'en' | 'ja'): string[] {
  const lines = observations.map((o) => {
    const text = String(o.detail[lang] ?? o.detail.en);
    // Compared without the flow's lead ("10.1.2.3 → 10.9.8.7:443: "), which two lines of one flow share.
    const lead = o.subject && text.startsWith(`${o.subject}: `) ? o.subject.length + 2 : 0;
    return { text, subject: o.subject ?? '', body: text.slice(lead).toLowerCase().replace(/[.。]\s*$/, '') };
  });
  return lines.filter((l, i) => !lines.some((o, j) => j !== i && o.subject === l.subject && o.body.length > l.body.length && o.body.includes(l.body))).map((l) => l.text);
}
