/**
 * Japanese the user wrote, beside a paste (QA51 #11): 「SQL Server が起動しません。イベント 26011: 暗号化を初期化できませんでした。」 in
 * a conversation that began with versions only (English by default). A pasted log or event keeps the conversation's language
 * (engine.ts), since what is pasted is not the language the user speaks; a short message with a Japanese sentence of the user's
 * own beside it is Japanese. A sentence counts as the user's when it has Japanese script and none of what a log or an event
 * text has: a number of four digits or more (event ids, times), a "field: value" colon, or an event's own words (暗号化,
 * セキュリティ ライブラリ, 証明書, a service's 「サービスは 停止 状態に移行しました」…). Long or many-line messages are left to the paste rule. Pure, bounded.
 */
const JA_SCRIPT = /[\u3040-\u309f\u30a0-\u30ff\u4e00-\u9fff]/;
const LOG_LIKE =
  /\d{4,}|[:：]|暗号|セキュリティ|ライブラリ|初期化|証明書|資格情報|ハンドシェイク|接続|例外|ソース|ログ|イベント|タイムアウト|応答|要求|エラー|警告|失敗しました|サービス(?:は|を)|状態に移行|見つからない|アクセスできません|確認してください|参照してください|構成されて/;

export function jaProseBesidePaste(text: string): boolean {
  if (text.length > 300 || text.split('\n', 5).length > 3) return false;
  for (const sentence of text.split(/[。\n!！?？]/)) {
    const s = sentence.trim();
    if (s && JA_SCRIPT.test(s) && !LOG_LIKE.test(s)) return true;
  }
  return false;
}
