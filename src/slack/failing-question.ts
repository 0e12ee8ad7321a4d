/**
 * The question posted after Still failing (src/slack/listeners/actions/card.ts): the Communication Security level actually
 * saved. With a level on record ("we changed it to Medium-High and rebooted, still failing"), it is asked as a check that
 * the level stuck, naming it, never as if it were unknown ("Medium is the default", QA54 #7); the same level buttons answer
 * it. With none on record, the level question as before.
 */
import { question as questionFor, TMS_TOOLS_PATH } from '../domain/knowledge';
import type { Facts, Question } from '../domain/types';
import { formatLevel } from '../domain/versions';

export function failingLevelQuestion(facts: Pick<Facts, 'level'>): Question {
  const q = questionFor('need-security-level');
  if (!facts.level) return q;
  const name = formatLevel(facts.level);
  return {
    ...q,
    text: {
      en: `You told me the level is ${name}. Check in TMS Tools (${TMS_TOOLS_PATH}) that it still shows ${name} after Save: a change that was not saved leaves the level it had before. Which level does it show now? If it shows ${name}, skip this and go on with the other checks above.`,
      ja: `レベルは ${name} と伺っています。TMS ツール（[Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] > [Communication Security]）で、保存後も ${name} になっているか確認してください。保存されていない変更では、前のレベルのままです。いま表示されているレベルはどれですか？ ${name} になっていれば、この確認は飛ばして、上のほかの確認に進んでください。`,
    },
  };
}
