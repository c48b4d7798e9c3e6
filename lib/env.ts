import { isIP } from 'node:net';
import { z } from 'zod';

const TRUST_PROXY_FORM = 'is not a proxy address: list addresses or ranges separated by commas, such as 10.0.0.5, 10.0.0.0/8, ::1, loopback or private';

/** "loopback", "private", an IP address, or a range written address/prefix-length. */
function isProxyEntry(entry: string): boolean {
  if (entry === 'loopback' || entry === 'private') return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** "host:port", "[::1]:8080": what FETCH_ALLOW_HOSTS lists. */
function isHostPort(entry: string): boolean {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):(\d{1,5})$/i.exec(entry);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 65535;
}

/**
 * The one reader of process.env. Every setting is validated once, on first use, and a bad value
 * stops the process with a message that names the variable and what it should look like.
 */
/** A whole number between `min` and `max`, with one message for every way a value can be wrong. */
function wholeNumber(unit: string, min: number, max: number) {
  const message = `must be a whole number of ${unit} between ${min.toLocaleString('en')} and ${max.toLocaleString('en')}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
}

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL such as postgres://user@127.0.0.1:5432/parallax')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().trim().min(1, 'must be a directory path').default('.data'),
  PORT: z.coerce
    .number({ error: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(1, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535')
    .default(3000),
  SEED_STORIES: z
    .enum(['true', 'false'], { error: 'must be "true" or "false"' })
    .default('true')
    .transform((value) => value === 'true'),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce
    .number({ error: 'must be a whole number of writes per minute (0 turns the limit off)' })
    .int('must be a whole number of writes per minute (0 turns the limit off)')
    .min(0, 'must be a whole number of writes per minute (0 turns the limit off)')
    .default(60),
  /**
   * The reverse proxies in front of the app, as addresses, ranges or the names "loopback" and "private".
   * Unset: the client is the socket's peer and X-Forwarded-* headers are ignored (anyone can send them).
   */
  TRUST_PROXY: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.split(',').map((entry) => entry.trim()) : undefined),
    z
      .array(z.string())
      .refine((entries) => entries.every(isProxyEntry), {
        error: (issue) => `"${(issue.input as string[]).find((entry) => !isProxyEntry(entry))}" ${TRUST_PROXY_FORM}`,
      })
      .optional(),
  ),
  ANALYSIS_TIMEOUT_SECONDS: wholeNumber('seconds', 1, 86_400).default(300),
  ANALYSIS_MEMORY_MB: wholeNumber('megabytes', 64, 65_536).default(1024),
  ANALYSIS_MAX_ATTEMPTS: wholeNumber('attempts', 1, 100).default(3),
  ANALYSIS_STALE_SECONDS: wholeNumber('seconds', 2, 86_400).default(120),
  /** Where users reach the app (for share cards and structured data); defaults to localhost and PORT. */
  PUBLIC_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://parallax.example.org' })
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
  ),
  /**
   * Hosts fetched despite the rules for article addresses (no loopback, private or link-local address):
   * "host:port" pairs separated by commas. Empty by default; the end-to-end tests' fixture server.
   */
  FETCH_ALLOW_HOSTS: z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '') : []),
    z
      .array(z.string())
      .refine((entries) => entries.every(isHostPort), {
        error: (issue) => `"${(issue.input as string[]).find((entry) => !isHostPort(entry))}" is not a host:port pair: list them separated by commas, such as 127.0.0.1:3108, pages.test:80`,
      })
      .transform((entries) => new Set(entries.map((entry) => entry.toLowerCase()))),
  ),
  /** Minutes between two polls of one feed. */
  FEED_POLL_MINUTES: wholeNumber('minutes', 1, 1_440).default(15),
  /** Feeds to follow from start-up (more can be added on /feeds): web addresses separated by commas. */
  FEEDS: z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '') : []),
    z.array(z.url({ protocol: /^https?$/, error: (issue) => `"${String(issue.input)}" is not a web address: list feed addresses (https://…) separated by commas` })),
  ),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** Parses an environment-like record; exported so tests can check the messages without touching process.env. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The app's public origin, without a trailing slash. */
export function publicUrl(env: Env = getEnv()): string {
  return env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
