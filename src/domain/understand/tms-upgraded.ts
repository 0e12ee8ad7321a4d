/**
 * "upgraded to 15.9, what next?", 「15.9にアップグレードしました」 with TMS 14.x on record (QA round 27 W1): the upgrade
 * done is a new TMS release. A bare 15.x could in principle be a RoomOS release, but with a TMS before 15 on record
 * the only upgrade this problem asks for is TMS 15.x (knowledge.md, TMS before 15), so the value is read as TMS's.
 * Only the whole message (or the part before "what next?"), only an upgrade verb, only a TMS release 15 or later.
 * Cheap word test first; bounded input, linear regexes.
 */
import type { TmsVersion } from '../types';
import { parseTms } from '../versions';

const CHEAP = /upgrad|updat|moved|went|bumped|アップ|上げ|更新|バージョン/i;
const UPGRADED_TO_EN =
  /^\s*(?:(?:ok(?:ay)?|so|done|alright)[,\s]+)*(?:(?:we|i|they|the\scustomer|customer)\s(?:have\s|'ve\s|just\s|now\s)?|(?:we|i|they)'ve\s(?:just\s|now\s)?|just\s|now\s)?(?:upgraded|updated|moved|went|bumped)\s(?:it\s|(?:the\s)?server\s|everything\s)?(?:up\s)?to\sv?(\d{2}\.\d{1,2}(?:\.\d{1,4}){0,2})(?:\s(?:now|already|today|last\snight|yesterday))?[\s.!]*$/i;
const UPGRADED_TO_JA =
  /^\s*(?:(?:はい|ええ|では|先ほど|さきほど|昨日|昨夜|本日|今日)[、,\s]*)*v?(\d{2}\.\d{1,2}(?:\.\d{1,4}){0,2})\s?(?:に|へ|まで)\s?(?:アップグレード|アップデート|バージョンアップ|更新|上げ)(?:し|を?実施し|が完了し|完了し)?(?:ました|た|て(?:い|お)ます|済み|完了(?:です|しました)?)[。.!！\s]*$/;

/** The TMS release a "upgraded to 15.9" message names, when the TMS on record is before 15 and the new one is 15 or later. */
export function tmsUpgradedTo(text: string, tmsBefore: TmsVersion | undefined): TmsVersion | null {
  if (!tmsBefore || text.length > 120 || !CHEAP.test(text)) return null;
  const major = Number(tmsBefore.semver.split('.')[0]);
  if (!(major < 15)) return null;
  let t = text;
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  const m = UPGRADED_TO_EN.exec(t) ?? UPGRADED_TO_JA.exec(t);
  if (!m) return null;
  const r = parseTms(m[1]!);
  return r.ok && Number(r.value.semver.split('.')[0]) >= 15 ? r.value : null;
}
