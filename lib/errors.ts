import { z } from 'zod';

/**
 * One error model for every route: a code "<kind>:<surface>" mapped to an HTTP status, a message a
 * person can act on, and for invalid input the issues, each naming its field.
 */
export type ErrorKind = 'bad_request' | 'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'gone' | 'payload_too_large' | 'rate_limit' | 'unavailable';

const STATUS: Record<ErrorKind, number> = {
  bad_request: 400,
  invalid: 422,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  rate_limit: 429,
  unavailable: 503,
};

export interface Issue {
  path: string;
  message: string;
}

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly kind: ErrorKind,
    readonly surface: string,
    message: string,
    readonly issues: Issue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.kind];
  }

  toResponse(): Response {
    return Response.json(
      { error: { code: `${this.kind}:${this.surface}`, message: this.message, ...(this.issues.length > 0 ? { issues: this.issues } : {}) } },
      { status: this.status, headers: this.headers },
    );
  }

  static fromZod(error: z.ZodError, surface: string): AppError {
    const issues = error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
    return new AppError('invalid', surface, `Invalid ${surface}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`, issues);
  }
}

/**
 * One line about an unexpected error, for logs and job status: its kind, the database's SQLSTATE code
 * when there is one, and a message cut short. Never the failed query or its parameters, which hold
 * users' text (a story's articles can be megabytes). Drizzle puts both in its error's message and the
 * driver's error in `cause`, so only the cause is read.
 */
export function describeError(error: unknown): { code: string | null; summary: string } {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof (cause as { code?: unknown } | null)?.code === 'string' ? ((cause as { code: string }).code) : null;
  const name = cause instanceof Error ? cause.name : typeof cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  const short = message.split('\n')[0]!.slice(0, 200);
  return { code, summary: `${name}${code ? ` ${code}` : ''}: ${short}${short.length < message.length ? ' …' : ''}` };
}

/** Runs a route handler; anything but an AppError is logged and answered with a generic 500. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) return error.toResponse();
    console.error(`unexpected error in a route: ${describeError(error).summary}`);
    return Response.json({ error: { code: 'internal:api', message: 'Something went wrong on our side; nothing was changed.' } }, { status: 500 });
  }
}
