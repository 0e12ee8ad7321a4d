/**
 * The user's language from their Slack locale (users.info with include_locale), for messages that
 * do not show a language themselves ("TMS 15.2.1, CE 9.15"). Cached per user (bounded, 6 h), and
 * bounded in time: a slow or failing users.info means "unknown", never a held-up answer.
 */
import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import { languageOf } from '../conversation/engine';
import type { Lang } from '../domain/types';
import { errorCode } from './service';

const TTL_MS = 6 * 60 * 60 * 1000;
const MAX_USERS = 5000;
const TIMEOUT_MS = 1500;

/** Does the text itself say nothing about its language (only versions, product names, numbers)? */
export function languageNeutral(text: string): boolean {
  return languageOf(text, 'ja') === 'ja' && languageOf(text, 'en') === 'en';
}

export class UserLocales {
  private readonly cache = new Map<string, { lang: Lang | null; at: number }>();

  constructor(private readonly logger: Logger, private readonly now: () => number = Date.now) {}

  /** 'ja' for a Japanese locale, 'en' for any other, null when unknown. Never throws. */
  async langOf(client: WebClient, user: string | undefined): Promise<Lang | null> {
    if (!user || !/^[UW][A-Z0-9]{2,}$/.test(user)) return null;
    const hit = this.cache.get(user);
    if (hit && this.now() - hit.at < TTL_MS) return hit.lang;
    let lang: Lang | null = null;
    try {
      const res = (await Promise.race([
        client.users.info({ user, include_locale: true }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('users.info timed out')), TIMEOUT_MS).unref()),
      ])) as { user?: { locale?: string } };
      const locale = res.user?.locale;
      lang = typeof locale === 'string' && locale ? (/^ja\b/i.test(locale) ? 'ja' : 'en') : null;
    } catch (error) {
      this.logger.warn('users.info failed', { method: 'users.info', user, reason: errorCode(error) });
    }
    if (this.cache.size >= MAX_USERS) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(user, { lang, at: this.now() });
    return lang;
  }
}

/**
 * The language to answer a user in where their input shows none (an address, "help", a button on a
 * card whose conversation is gone): the conversation's language when there is one, else the user's
 * Slack locale, else English. Never throws.
 */
export async function userLang(locales: UserLocales, client: WebClient, user: string | undefined, known?: Lang | null): Promise<Lang> {
  return known ?? (await locales.langOf(client, user)) ?? 'en';
}

/**
 * The language of a private line to whoever pressed a button or submitted a form (an ephemeral notice, a
 * modal's error): their Slack locale when Slack gives it, else the conversation's (the thread's), else
 * English. One rule for every such line (QA33 F8): what a presser reads alone is in their own language. On a private
 * answer (`onPrivateAnswer`), the answer's own language: it is the presser's conversation already.
 */
export async function presserLang(locales: UserLocales, client: WebClient, user: string | undefined, conversation?: Lang | null, onPrivateAnswer = false): Promise<Lang> {
  // Pressed on a private answer (the presser's own conversation): that answer's language, no locale lookup.
  if (onPrivateAnswer && conversation) return conversation;
  return (await locales.langOf(client, user)) ?? conversation ?? 'en';
}
