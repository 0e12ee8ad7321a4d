/**
 * One Web API call with a JSON body, for the call every turn makes: the reply's chat.postMessage
 * (src/slack/delivery.ts). The Web API accepts JSON bodies for its write methods (with the token in
 * the Authorization header); the client instead form-encodes every argument, percent-escaping the
 * blocks' JSON (a 3 KB card becomes ~5 KB), and runs each call through its queue, retry wrapper and
 * debug-line builders. Measured over loopback with a stub answer: ~175 us of CPU per post through
 * the client, ~80 us this way.
 *
 * It goes through the same fetch as the clients (per-channel rate limits, call metrics, undici and
 * the time limit: src/slack/app.ts), and answers and fails as the Web API client does, with its
 * own error classes: a network failure or timeout is a WebAPIRequestError, a 429 with Retry-After a
 * WebAPIRateLimitedError, another non-200 a WebAPIHTTPError, `ok: false` a WebAPIPlatformError.
 * So src/slack/delivery.ts classifies both the same way. No retries of its own.
 *
 * The body is JSON.stringify(args), with the blocks' JSON already made for the outbox row or the card's
 * digest put in as it is (src/store/known-json.ts): the same bytes, one serialisation fewer a call.
 */
import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from '@slack/web-api';
import { stringifyKnown } from '../store/known-json';

export type JsonApiCall = (method: string, args: Record<string, unknown>) => Promise<Record<string, unknown> & { ok: true }>;

export function jsonApiCall(fetchFn: typeof fetch, apiUrl: string, token: string): JsonApiCall {
  const base = apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`;
  // The client names itself in a User-Agent; so does this (Slack reads it in its logs, not for access).
  const headers = { 'Content-Type': 'application/json; charset=utf-8', Authorization: `Bearer ${token}`, 'User-Agent': `tms-doctor node/${process.versions.node}` };
  const requestError = (error: unknown) => new WebAPIRequestError(error instanceof Error ? error : new Error(String(error)));
  return async (method, args) => {
    let res: Response;
    try {
      res = await fetchFn(`${base}${method}`, { method: 'POST', headers, body: stringifyKnown(args), redirect: 'error' });
    } catch (error) {
      throw requestError(error);
    }
    if (res.status === 429) {
      const header = res.headers.get('retry-after');
      const retryAfter = Number.parseInt(header ?? '', 10);
      await res.body?.cancel().catch(() => undefined);
      // As the client does: a 429 without a usable Retry-After is a plain failure.
      if (Number.isNaN(retryAfter)) throw new Error(`Retry header did not contain a valid timeout (url: ${base}${method}, retry-after header: ${header})`);
      throw new WebAPIRateLimitedError(retryAfter);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (error) {
      throw requestError(error);
    }
    if (res.status !== 200) throw new WebAPIHTTPError(res.status, res.statusText, Object.fromEntries(res.headers.entries()), text);
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(text) as Record<string, unknown>;
    } catch {
      data = { ok: false, error: text };
    }
    if (data === null || typeof data !== 'object') data = { ok: false, error: String(text) };
    // as the client's result always has one
    if (data.response_metadata === undefined) data.response_metadata = {};
    if (data.ok !== true) throw new WebAPIPlatformError(data as never);
    return data as Record<string, unknown> & { ok: true };
  };
}
