/**
 * Pasted evidence in a chat message (event log lines, TMS messages, capture rows, SELECT @@VERSION,
 * systeminfo, xStatus): read by src/evidence/text.ts (the one recogniser), said back to the user
 * line by line ("from what you pasted: …"), its facts and observations joined to the conversation's
 * (Facts.evidence, which diagnose() reads through src/domain/evidence-rules.ts).
 */
import type { Facts, Finding } from '../domain/types';
import { addReading, type EvidenceReading, type EvidenceSummary, type Observation } from '../evidence/types';
import { mayHoldEvidence, readPastedText } from '../evidence/text';
import { readProbeOutput } from '../probe/output-read';

/** Observations that only restate the symptom every conversation starts from. */
const CHAT_SYMPTOM = new Set(['tms-no-https-response']);

export interface PastedEvidence {
  observations: Observation[];
  facts: Partial<Facts>;
  reading: EvidenceReading;
}

/** The evidence in a message, or null when it holds none. Never throws. */
/**
 * The last text read and its reading: one turn asks for the same message's reading up to three
 * times (the language check, the follow-up check, the fact merge), and a paste can be 40,000
 * characters. Same text, same reading (the reader is pure), so the step stays pure.
 */
let last: { text: string; ev: PastedEvidence | null } | null = null;
/** The same text read with the endpoint host names the conversation knows (at most one more reading per text). */
let lastWithHosts: { text: string; hosts: string; ev: PastedEvidence | null } | null = null;

/**
 * `endpointHosts`: names the conversation was told are endpoints (ConversationState.endpointHosts): a test against one is not a test
 * of the TMS server itself (rev63 #2). Read again with them only when the plain reading took a test for one of the TMS server.
 */
export function pastedEvidence(text: string, endpointHosts?: readonly string[]): PastedEvidence | null {
  if (!last || last.text !== text) last = { text, ev: symptomSaidOnly(text) ? null : readEvidence(text) };
  const ev = last.ev;
  if (!endpointHosts?.length || !ev || !ev.observations.some((o) => o.code === 'tool-target-tms-server')) return ev;
  const hosts = endpointHosts.join(' ');
  if (lastWithHosts && lastWithHosts.text === text && lastWithHosts.hosts === hosts) return lastWithHosts.ev;
  const again = readEvidence(text, endpointHosts);
  lastWithHosts = { text, hosts, ev: again };
  return again;
}

/** "No HTTPS response" as a chat line says it, the words apart (a longer word around it is left to the reader). */
const SYMPTOM_SAID = /no https response/i;
const SYMPTOM_SAID_ALL = /(?<![a-z0-9])no https response(?![a-z0-9])/gi;

/**
 * A chat line whose one word for the text reader (mayHoldEvidence's words) is the "http" of "No HTTPS response", the symptom
 * every conversation starts from ("TMS shows No HTTPS response after we upgraded the codecs"): the reader finds that symptom in
 * it and nothing else (every other reader needs a word of its own, and none is left once the phrase is taken out), and a chat
 * message drops the symptom (CHAT_SYMPTOM), so its reading here is null without running the line scanner, which was ~15 % of
 * such a turn. Only one line of plain text up to 2,000 characters: no line break, quote mark, code fence, terminal code or
 * full-width form (the reader takes those out or folds them first, which could make a word), and not tms-doctor's probe output
 * (read before the reader's gate).
 * test/conversation/symptom-gate.test.ts reads every text this skips in full and checks it reads as nothing.
 */
export function symptomSaidOnly(text: string): boolean {
  if (text.length > 2000 || !SYMPTOM_SAID.test(text)) return false;
  if (/[\n\r>`\u001b\uff01-\uff5e\u3000]|\[0m/.test(text)) return false;
  if (mayHoldEvidence(text.replace(SYMPTOM_SAID_ALL, ' '))) return false;
  return readProbeOutput(text) === null;
}

/** The reading of a text without symptomSaidOnly's shortcut (for test/conversation/symptom-gate.test.ts). */
export function readEvidence(text: string, endpointHosts?: readonly string[]): PastedEvidence | null {
  try {
    const r = readPastedText(text, endpointHosts);
    if (!r || !Array.isArray(r.observations)) return null;
    // "… show No HTTPS response" in a chat message is the symptom the bot is about, not evidence.
    const observations = r.observations.filter((o) => !CHAT_SYMPTOM.has(o.code));
    if (observations.length === 0) return null;
    return { observations, facts: r.facts ?? {}, reading: r };
  } catch {
    return null;
  }
}

/**
 * "From what you pasted:" lines: what each recognised line was read as. Lines the diagnosis already
 * quotes (src/domain/evidence-rules.ts puts them under the finding they support) are not repeated.
 */
export function evidenceLines(ev: PastedEvidence, lang: 'en' | 'ja', findings: readonly Finding[]): string[] {
  const paragraphs: string[] = []; // a loop, not flatMap (slow in Node 20)
  for (const f of findings) for (const b of f.body) paragraphs.push(b[lang]);
  const quoted = paragraphs.join('\n').toLowerCase();
  const lines = ev.observations
    .slice(0, 12)
    .map((o) => o.detail[lang])
    .filter((d) => typeof d === 'string');
  // A line that another line (or a quoted finding) already says in full is not listed again: "the
  // server refused with a TLS alert" under "the ClientHello offered TLS 1.2; the server refused …".
  const core = (d: string) => d.toLowerCase().replace(/[.。]\s*$/, '');
  return lines.filter((d, i) => {
    const c = core(d);
    if (quoted.includes(c)) return false;
    return !lines.some((o, j) => j !== i && o.length > d.length && o.toLowerCase().includes(c));
  });
}

/** The conversation's evidence summary with this paste added (diagnose() folds it in: src/domain/evidence-rules.ts). */
export function withPaste(summary: EvidenceSummary | undefined, ev: PastedEvidence): EvidenceSummary {
  return addReading(summary, 'pasted text', { kind: ev.reading.kind, observations: ev.observations, facts: ev.facts });
}
