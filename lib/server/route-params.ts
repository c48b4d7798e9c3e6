import { z } from 'zod';
import { AppError } from '@/lib/errors';

/**
 * Slugs, article ids and claim ids are URL-safe words: what the app makes (slugify, newArticleId,
 * claimId) and what a story folder may be called. A path segment of any other shape (a NUL byte,
 * a space, 10,000 characters) names nothing, and is answered 404 before it reaches a query.
 */
export const publicId = z.string().regex(/^[A-Za-z0-9._~-]{1,200}$/, 'is not an id');

/** Correction and feed ids are PostgreSQL integers: "12345678901234567890123" names nothing (and is no integer). */
export const correctionId = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'is not an id')
  .transform(Number)
  .pipe(z.number().max(2_147_483_647, 'is not an id'));

export function isPublicId(value: string): boolean {
  return publicId.safeParse(value).success;
}

const THINGS: Record<string, string> = { slug: 'story', articleId: 'article', claimId: 'claim', correctionId: 'correction', feedId: 'feed', code: 'class', question: 'question' };

/** A route's parameters, parsed by `schema`; a parameter of the wrong shape is a 404 naming it. */
export function paramsOr404<T extends z.ZodType>(schema: T, params: Record<string, string>): z.output<T> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const key = String(parsed.error.issues[0]?.path[0] ?? '');
  const thing = THINGS[key] ?? 'page';
  const value = params[key] ?? '';
  throw new AppError('not_found', thing, `There is no ${thing} "${value.length > 100 ? `${value.slice(0, 100)}…` : value}".`);
}
