/**
 * One record per fact field the conversation asks about: its question code, its parser and its
 * formatter. Code that needs "the parser of the pending question" or "how to show this value" looks
 * the field up here instead of switching on the field name.
 */
import type { Facts, ParseProblem, ParseResult, QuestionCode } from './types';
import {
  formatEndpoint,
  formatLevel,
  formatSql,
  formatTms,
  formatWindows,
  parseEndpoint,
  parseLevel,
  parseSql,
  parseTms,
  parseWindows,
} from './versions';

export type Field = ParseProblem['field'];

export interface FieldRecord<K extends Field> {
  field: K;
  /** The question that asks for this field. */
  question: QuestionCode;
  parse: (text: string) => ParseResult<NonNullable<Facts[K]>>;
  format: (value: NonNullable<Facts[K]>) => string;
}

type Records = { [K in Field]: FieldRecord<K> };

export const FIELDS: Records = {
  tms: { field: 'tms', question: 'need-tms-version', parse: parseTms, format: formatTms },
  endpoint: { field: 'endpoint', question: 'need-endpoint-version', parse: parseEndpoint, format: formatEndpoint },
  sql: { field: 'sql', question: 'need-sql-version', parse: parseSql, format: formatSql },
  windows: { field: 'windows', question: 'need-windows-version', parse: parseWindows, format: formatWindows },
  level: { field: 'level', question: 'need-security-level', parse: parseLevel, format: formatLevel },
};

/** The fields in the order they are shown. */
export const FIELD_NAMES = ['tms', 'endpoint', 'sql', 'windows', 'level'] as const satisfies readonly Field[];

/** The field a question asks for, or undefined for a code that is not a field question. */
export function fieldOfQuestion(code: QuestionCode | null | undefined): Field | undefined {
  if (!code) return undefined;
  return FIELD_NAMES.find((f) => FIELDS[f].question === code);
}

/** Parse `text` as a value of `field` (the parser of that field's record). */
export function parseField(field: Field, text: string): ParseResult<NonNullable<Facts[Field]>> {
  return (FIELDS[field].parse as (t: string) => ParseResult<NonNullable<Facts[Field]>>)(text);
}

/** The field's value in `facts`, formatted; undefined when absent or malformed (a stored state may be). */
export function formatField(field: Field, facts: Partial<Facts>): string | undefined {
  const v = facts[field];
  if (v === undefined || v === null) return undefined;
  try {
    return (FIELDS[field].format as (x: unknown) => string)(v);
  } catch {
    return undefined;
  }
}
