/**
 * "it was the disk", 「原因はディスクでした」 said in the message right after the one that reported SQL Server not starting
 * (FIX6A): the failure had another cause, so the outage read from that report is no longer assumed (what the answer led with,
 * getting SQL Server running again with TLS 1.0, goes). Only when the previous turn stored the outage from the user's words
 * (ConversationState.sqlDownJustSaid) and no pasted log or service state shows it; otherwise the message is read as usual.
 */
import type { Lang } from '../domain/types';
import { causeElsewhereSaid } from '../domain/understand/sql-down';
import { sqlDownSeen, sqlServiceDownSeen } from '../domain/knowledge/sql-outage';
import type { ConversationState, TurnResult } from './types';
import { next, para, respond } from './compose';
import { onFacts } from './merge';
import { sameJson } from './same-json';

const T = {
  en: {
    withdrawn:
      'Noted: the SQL Server failure had another cause, so I no longer assume that SQL Server is down because of a TLS change. If it is still not running, tell me; to see why it failed, read the SQL Server ERRORLOG around the failed start.',
  },
  ja: {
    withdrawn:
      '承知しました。SQL Server が起動しなかったのは別の原因だったとのことなので、TLS の変更で SQL Server が止まっているという前提は外しました。まだ起動していない場合はお知らせください。失敗の理由を調べるには、起動に失敗した時刻の SQL Server の ERRORLOG を確認してください。',
  },
} satisfies Record<Lang, unknown>;

/** The reply when `text` only puts the cause of the SQL failure just reported elsewhere; else null. */
export function onSqlCauseLater(s: ConversationState, text: string): TurnResult | null {
  if (s.sqlDownJustSaid !== true || s.facts.tlsClaims?.sqlDown !== true || sqlDownSeen(s.facts) || sqlServiceDownSeen(s.facts)) return null;
  if (!causeElsewhereSaid(text)) return null;
  const { sqlDown: _gone, ...claims } = s.facts.tlsClaims;
  const facts = { ...s.facts };
  if (Object.keys(claims).length) facts.tlsClaims = claims;
  else delete facts.tlsClaims;
  const note = para(T[s.lang].withdrawn);
  // "it was the disk. Windows is 2012 R2": what else the message gives is read too, after the note.
  if (/\d/.test(text)) {
    const read = onFacts({ ...s, facts }, text);
    const [first, ...rest] = read.replies;
    if (first && !sameJson(read.state.facts, facts)) return { ...read, replies: [{ ...first, blocks: [note, ...first.blocks] }, ...rest], route: 'sql-cause-later' };
  }
  const out = respond(next(s, { facts }), [note], [], false, s.facts);
  return { ...out, route: 'sql-cause-later' };
}
