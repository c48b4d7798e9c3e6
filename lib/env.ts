import { z } from 'zod';

/**
 * The one reader of process.env. Every setting is validated once, on first use, and a bad value
 * stops the process with a message that names the variable and what it should look like.
 */
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
  /** Where users reach the app (for share cards and structured data); defaults to localhost and PORT. */
  PUBLIC_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://parallax.example.org' })
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
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
