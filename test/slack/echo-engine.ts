/**
 * A tiny test double of the engine contract (Step), used only until/unless a test needs exactly
 * controlled replies. Each turn counts, echoes the input and asks a question with choices.
 */
import type { Reply } from '../../src/conversation/document';
import type { ConversationState, IncomingMessage, Step, TurnResult } from '../../src/conversation/types';

export function describeInput(m: IncomingMessage): string {
  if (m.kind === 'text') return `text:${m.text}`;
  if (m.kind === 'action') return `action:${m.id}${m.value !== undefined ? `=${m.value}` : ''}`;
  if (m.kind === 'evidence') return `evidence:${m.source}:${m.reading.observations.map((o) => o.code).join(',')}`;
  if (m.kind === 'fleet') return `fleet:${m.fleet.mediumFails}/${m.fleet.probed}`;
  return `probe:${m.result.target}:${m.result.tms.medium}`;
}

export const echoEngine: Step = (state: ConversationState | null, m: IncomingMessage): TurnResult => {
  const base: ConversationState = state ?? { v: 1, lang: 'en', facts: {}, pending: null, turns: 0 };
  if (m.kind === 'action' && m.id === 'start-over') {
    const fresh: ConversationState = { v: 1, lang: base.lang, facts: {}, pending: null, turns: 0 };
    return { state: fresh, replies: [{ lang: fresh.lang, blocks: [{ type: 'paragraph', text: 'Starting over. turn=0' }] }] };
  }
  if (m.kind === 'text' && m.text === 'CRASH') throw new Error('engine exploded');
  const next: ConversationState = { ...base, turns: base.turns + 1, lang: m.kind === 'text' && /[\u3040-\u30ff]/.test(m.text) ? 'ja' : base.lang };
  const reply: Reply = {
    lang: next.lang,
    blocks: [
      { type: 'heading', text: `Turn ${next.turns}` },
      { type: 'paragraph', text: `You said ${describeInput(m)} turn=${next.turns}` },
      {
        type: 'question',
        code: 'need-sql-version',
        text: 'Which SQL Server version runs on the TMS server?',
        example: '2012 SP1',
        choices: ['2008 R2', '2012', '2014', '2016 or later'].map((v) => ({ id: 'answer', label: v, value: v })),
      },
      { type: 'context', text: `turns ${next.turns}` },
      { type: 'actions', actions: [{ id: 'start-over', label: 'Start over' }, { id: 'probe-endpoint', label: 'Probe an endpoint' }] },
    ],
  };
  if (m.kind === 'text' && m.text.startsWith('LONG')) {
    reply.blocks.push({ type: 'steps', items: Array.from({ length: 120 }, (_, i) => `Step ${i} ${'registry value '.repeat(30)} end${i}`) });
    reply.blocks.push({ type: 'code', text: Array.from({ length: 400 }, (_, i) => `line ${i} HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders`).join('\n') });
  }
  return { state: next, replies: [reply] };
};
