/**
 * What the capture-in-chat tests share (qa55-before-after, rev31-tls10-again): a conversation told the case's facts, then given a
 * real capture from test/fixtures/evidence as the user's file, and the facts they start from (EN/JA, with and without the level).
 */
import { readEvidenceFile } from '../../src/evidence';
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';

export const FIX = `${__dirname}/../fixtures/evidence`;

/** The turn that reads `file` (a fixture path under test/fixtures/evidence) after `setup`. */
export async function chatFile(lang: 'en' | 'ja', setup: string, file: string): Promise<TurnResult> {
  let s: ConversationState = freshState(lang);
  s = step(s, { kind: 'text', text: setup }).state;
  const r = await readEvidenceFile(`${FIX}/${file}`);
  if (!r.ok) throw new Error(r.reason.en);
  return step(s, { kind: 'evidence', source: file, reading: r.reading });
}

/** TMS 15.13, CE 9.15, SQL 2016 on the TMS server, Windows 2019: no level said (`none`) or Medium-High (`mh`). */
export const SETUP = {
  en: { none: 'TMS 15.13, CE 9.15, SQL 2016 on the TMS server, Windows 2019', mh: 'TMS 15.13, CE 9.15, SQL 2016 on the TMS server, Windows 2019, level Medium-High' },
  ja: { none: 'TMS 15.13、CE 9.15、TMS サーバ上の SQL 2016、Windows 2019 です', mh: 'TMS 15.13、CE 9.15、TMS サーバ上の SQL 2016、Windows 2019、セキュリティレベルは Medium-High です' },
};
