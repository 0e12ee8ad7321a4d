/**
 * Reading the Slack settings from the environment. Every missing or contradictory setting gives a
 * one-line explanation (the CLI prints it and exits 2).
 */
import type { LogLevel } from '@slack/logger';
import { policyFromEnv } from '../probe/policy';
import { storeConfigFromEnv, type StoreConfig } from '../store/open';
import { DEFAULT_PORT, normaliseApiUrl } from './app';
import { parseLogLevel } from './logger';

export type SlackEnv =
  | { mode: 'console'; logLevel: LogLevel; store: StoreConfig }
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl?: string; logLevel: LogLevel; store: StoreConfig; ignoredSigningSecret: boolean; metricsPort?: number; socketGraceMs?: number; appTokenExitMs?: number; socketClosedExitMs?: number }
  | { mode: 'http'; botToken: string; signingSecret: string; port: number; apiUrl?: string; logLevel: LogLevel; store: StoreConfig; metricsPort?: number };

export type SlackEnvResult = { ok: true; env: SlackEnv } | { ok: false; message: string };

function val(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

export function parseSlackEnv(env: NodeJS.ProcessEnv): SlackEnvResult {
  const bad = (message: string): SlackEnvResult => ({ ok: false, message });
  const logLevel = parseLogLevel(env.LOG_LEVEL);
  if (!logLevel) return bad(`LOG_LEVEL must be one of debug, info, warn, error (got "${env.LOG_LEVEL}").`);
  const storeCfg = storeConfigFromEnv(env);
  if (!storeCfg.ok) return bad(storeCfg.message);
  const store = storeCfg.config;
  const bot = val(env, 'SLACK_BOT_TOKEN');
  const app = val(env, 'SLACK_APP_TOKEN');
  const secret = val(env, 'SLACK_SIGNING_SECRET');
  let apiUrl: string | undefined;
  const rawApi = val(env, 'SLACK_API_URL');
  if (rawApi) {
    try {
      apiUrl = normaliseApiUrl(rawApi);
    } catch {
      return bad(`SLACK_API_URL must be an http(s) URL such as https://slack.com/api/ (got "${rawApi}").`);
    }
  }

  if (!bot && !app && !secret) return { ok: true, env: { mode: 'console', logLevel, store } };
  try {
    policyFromEnv(env);
  } catch (error) {
    return bad(`${(error as Error).message.split('\n')[0]} (PROBE_ALLOW / PROBE_PORTS / PROBE_ALLOW_NAMES).`);
  }
  if (bot && !bot.startsWith('xoxb-')) return bad('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (OAuth & Permissions > Bot User OAuth Token).');
  if (app && !app.startsWith('xapp-')) return bad('SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (Basic Information > App-Level Tokens, scope connections:write).');
  if (app && !bot) return bad('SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: Socket Mode needs both.');
  if (secret && !bot) return bad('SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not: HTTP mode needs both.');
  let metricsPort: number | undefined;
  const rawMetrics = val(env, 'METRICS_PORT');
  if (rawMetrics !== undefined) {
    if (!/^\d{1,5}$/.test(rawMetrics) || Number(rawMetrics) > 65535) return bad(`METRICS_PORT must be a number from 0 to 65535 (got "${rawMetrics}").`);
    metricsPort = Number(rawMetrics);
  }
  if (bot && app) {
    // How long /readyz stays ready while Socket Mode reconnects (Slack recycles connections routinely).
    let socketGraceMs: number | undefined;
    const rawGrace = val(env, 'SOCKET_READY_GRACE_S');
    if (rawGrace !== undefined) {
      if (!/^\d{1,4}$/.test(rawGrace) || Number(rawGrace) > 3600) return bad(`SOCKET_READY_GRACE_S must be a number of seconds from 0 to 3600 (got "${rawGrace}").`);
      socketGraceMs = Number(rawGrace) * 1000;
    }
    // How long the app-level token may stay refused after start-up (revoked) before the process exits 2.
    let appTokenExitMs: number | undefined;
    const rawExit = val(env, 'APP_TOKEN_REFUSED_EXIT_S');
    if (rawExit !== undefined) {
      if (!/^\d{1,4}$/.test(rawExit) || Number(rawExit) > 3600) return bad(`APP_TOKEN_REFUSED_EXIT_S must be a number of seconds from 0 to 3600 (got "${rawExit}").`);
      appTokenExitMs = Number(rawExit) * 1000;
    }
    // How long the WebSocket may stay closed after start-up (not reconnected) before the process exits 1.
    let socketClosedExitMs: number | undefined;
    const rawClosed = val(env, 'SOCKET_CLOSED_EXIT_S');
    if (rawClosed !== undefined) {
      if (!/^\d{1,4}$/.test(rawClosed) || Number(rawClosed) > 3600) return bad(`SOCKET_CLOSED_EXIT_S must be a number of seconds from 0 to 3600 (got "${rawClosed}").`);
      socketClosedExitMs = Number(rawClosed) * 1000;
    }
    return { ok: true, env: { mode: 'socket', botToken: bot, appToken: app, apiUrl, logLevel, store, ignoredSigningSecret: Boolean(secret), metricsPort, ...(socketGraceMs !== undefined ? { socketGraceMs } : {}), ...(appTokenExitMs !== undefined ? { appTokenExitMs } : {}), ...(socketClosedExitMs !== undefined ? { socketClosedExitMs } : {}) } };
  }
  if (bot && !secret) return bad('SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is.');
  if (secret && /\s/.test(secret)) return bad('SLACK_SIGNING_SECRET contains whitespace; copy it again from Basic Information > App Credentials.');
  let port = DEFAULT_PORT;
  const rawPort = val(env, 'PORT');
  if (rawPort !== undefined) {
    if (!/^\d{1,5}$/.test(rawPort) || Number(rawPort) > 65535) return bad(`PORT must be a number from 0 to 65535 (got "${rawPort}").`);
    port = Number(rawPort);
  }
  if (metricsPort !== undefined && metricsPort !== 0 && metricsPort === port) return bad(`METRICS_PORT must differ from PORT (${port}): in HTTP mode /healthz, /readyz and /metrics are on PORT already.`);
  return { ok: true, env: { mode: 'http', botToken: bot!, signingSecret: secret!, port, apiUrl, logLevel, store, metricsPort } };
}
