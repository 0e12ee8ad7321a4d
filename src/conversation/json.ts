/**
 * Reply / diagnosis → JSON: the shapes printed by `diagnose --json` and `chat --json`.
 * Values are copied field by field in a fixed key order, so the output is stable and carries
 * nothing a consumer did not ask for.
 */
import type { Diagnosis, Facts } from '../domain/types';
import type { Block, DiagnosisJson, Reply } from './document';

export function diagnosisJson(d: Diagnosis, facts: Facts): DiagnosisJson {
  return { affected: d.affected, findings: d.findings, questions: d.questions, facts };
}

export interface ReplyJson {
  lang: Reply['lang'];
  blocks: Block[];
  diagnosis?: DiagnosisJson;
}

export function replyJson(reply: Reply): ReplyJson {
  const out: ReplyJson = { lang: reply.lang, blocks: reply.blocks };
  if (reply.diagnosis) out.diagnosis = diagnosisJson(reply.diagnosis, reply.diagnosis.facts);
  return out;
}

/** One line of JSON (no newlines inside; U+2028/2029 escaped for line-oriented readers). */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`;
}
