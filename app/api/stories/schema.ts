import { z } from 'zod';
import { htmlLimitProblem } from '@/lib/analysis/html-limits';
import { isoDate } from '@/lib/analysis/dates';
import { isOnlyAWebAddress } from '@/lib/analysis/page-metadata';
import type { DiscrepancyType } from '@/lib/analysis/types';
import type { NewArticleInput } from '@/lib/db/queries/stories';
import { DISCREPANCY_TYPES } from '@/lib/reader/discrepancy-types';
import { correctionId, publicId } from '@/lib/server/route-params';
import { safeText } from '@/lib/server/safe-text';

export const MAX_TEXT_CHARACTERS = 300_000;
export const MAX_HTML_CHARACTERS = 2_000_000;
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;
/**
 * Characters of article text or HTML one story may hold in all, however it was sent (one request, or
 * articles added one by one). The largest story it allows is analysed well inside the analysis
 * budget (ANALYSIS_TIMEOUT_SECONDS, ANALYSIS_MEMORY_MB), so a story is refused here, before 202,
 * rather than accepted and then failed: 10 million characters of seed sentences took 60–141 s and
 * under 768 MB of heap on two busy cores (npm run bench:server).
 */
export const MAX_STORY_CHARACTERS = 10_000_000;

/** The message for a story past MAX_STORY_CHARACTERS. */
export function storyTooLarge(characters: number): string {
  return `a story can hold at most ${MAX_STORY_CHARACTERS.toLocaleString('en')} characters of articles in all; these hold ${characters.toLocaleString('en')}`;
}

/** Characters an article occupies toward MAX_STORY_CHARACTERS. */
export const articleCharacters = (article: { text?: string | undefined; html?: string | undefined }) => (article.text ?? article.html ?? '').length;

/** Only http(s) addresses: an article link is rendered as a link, and "javascript:" must never be one. */
const webAddress = safeText().pipe(z.url({ protocol: /^https?$/, error: 'must be a web address (https://…)' }).max(2000, 'must be at most 2,000 characters'));

// A pasted link is not an article text: it would make a story with no claims. Given as "url" alone, the page is fetched.
const ONLY_A_WEB_ADDRESS_MESSAGE =
  'is only a web address: give it as the article’s "url" without "text" and Parallax fetches the page (or open the page and paste the article’s text)';

export const articleSchema = z
  .object({
    outlet: safeText().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').nullable().optional(),
    text: safeText().max(MAX_TEXT_CHARACTERS, `must be at most ${MAX_TEXT_CHARACTERS.toLocaleString('en')} characters (300 KB)`).optional(),
    html: safeText().max(MAX_HTML_CHARACTERS, `must be at most ${MAX_HTML_CHARACTERS.toLocaleString('en')} characters (2 MB)`).optional(),
    url: webAddress.optional(),
    publishedAt: z.string().refine((value) => isoDate(value) === value, 'must be a date written YYYY-MM-DD').nullable().optional(),
    title: safeText().trim().max(500, 'must be at most 500 characters').optional(),
  })
  .strict()
  .superRefine((article, context) => {
    // Neither text nor HTML: the page at "url" is fetched (lib/server/fetch), and its metadata may name the outlet.
    if (article.text !== undefined && article.html !== undefined) {
      context.addIssue({ code: 'custom', path: ['text'], message: 'give the article as "text" or as "html", not both' });
    } else if (article.text === undefined && article.html === undefined && article.url === undefined) {
      context.addIssue({ code: 'custom', path: ['text'], message: 'give the article as "text", as "html", or as a "url" alone for Parallax to fetch the page' });
    }
    if (article.outlet === undefined && (article.text !== undefined || article.html !== undefined)) {
      context.addIssue({ code: 'custom', path: ['outlet'], message: 'must be given (null when it is not known); only an article fetched from its "url" may leave it out' });
    }
    const content = article.text ?? article.html ?? '';
    if (content.trim().length === 0 && (article.text !== undefined || article.html !== undefined)) {
      context.addIssue({ code: 'custom', path: [article.text !== undefined ? 'text' : 'html'], message: 'must not be empty' });
    }
    if (article.text !== undefined && isOnlyAWebAddress(article.text)) context.addIssue({ code: 'custom', path: ['text'], message: ONLY_A_WEB_ADDRESS_MESSAGE });
    // The engine refuses HTML past its limits; saying so now is better than a 202 and a failed analysis.
    const problem = article.text === undefined && article.html !== undefined ? htmlLimitProblem(article.html) : null;
    if (problem) context.addIssue({ code: 'custom', path: ['html'], message: problem });
  });

/** A validated article as the data layer stores it. */
export function toNewArticle(article: z.infer<typeof articleSchema>): NewArticleInput {
  return {
    outlet: article.outlet ?? null,
    url: article.url ?? null,
    publishedAt: article.publishedAt ?? null,
    title: article.title ?? null,
    sourceFormat: article.html !== undefined ? 'html' : 'text',
    source: article.html ?? article.text ?? '',
  };
}

export const createStorySchema = z
  .object({
    title: safeText().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
    articles: z
      .array(articleSchema)
      .min(2, 'a comparison needs at least 2 articles')
      .max(100, 'a story can hold at most 100 articles')
      .superRefine((articles, context) => {
        const characters = articles.reduce((sum, article) => sum + articleCharacters(article), 0);
        if (characters > MAX_STORY_CHARACTERS) context.addIssue({ code: 'custom', message: storyTooLarge(characters) });
      }),
  })
  .strict()
  .superRefine((story, context) => {
    // Two articles with the same text (two outlets running one agency's copy word for word) are one
    // source; the database keeps one article per text, so say which two they are instead.
    const firstWith = new Map<string, number>();
    story.articles.forEach((article, index) => {
      const content = article.text ?? article.html;
      if (content === undefined) return;
      const earlier = firstWith.get(content);
      if (earlier === undefined) firstWith.set(content, index);
      else context.addIssue({ code: 'custom', path: ['articles', index, article.text !== undefined ? 'text' : 'html'], message: identicalTo(earlier, story.articles[earlier]!.outlet ?? null, index) });
    });
  });

/** The message for an article whose text another one already has ("article 3 … as article 1 (ITV News)"). */
export function identicalTo(earlier: number, earlierOutlet: string | null, index: number): string {
  return `is identical to article ${earlier + 1}${earlierOutlet ? ` (${earlierOutlet})` : ''}: articles ${earlier + 1} and ${index + 1} have the same text, so remove one of them`;
}

/** Route parameters: an id of the wrong shape names nothing (404), see lib/server/route-params.ts. */
export const storyParams = z.object({ slug: publicId });
export const articleParams = z.object({ slug: publicId, articleId: publicId });
export const claimParams = z.object({ slug: publicId, claimId: publicId });
export const correctionParams = z.object({ slug: publicId, correctionId });

export type CreateStoryBody = z.infer<typeof createStorySchema>;

/** The Idempotency-Key header of POST /api/stories: any token a client makes up, a UUID say. */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,255}$/, 'must be 1 to 255 visible ASCII characters (a UUID, say)')
  .nullable();

export const listStoriesQuery = z.object({
  q: safeText().trim().max(200, 'must be at most 200 characters').optional(),
  page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(10_000).default(1),
});

export const updateArticleSchema = z
  .object({
    outlet: safeText().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').nullable().optional(),
    publishedAt: z.string().refine((value) => isoDate(value) === value, 'must be a date written YYYY-MM-DD').nullable().optional(),
    url: webAddress.nullable().optional(),
    title: safeText().trim().max(500, 'must be at most 500 characters').nullable().optional(),
    /** The article's text, replacing what was pasted or uploaded (HTML too): the story is analysed again. */
    text: safeText()
      .max(MAX_TEXT_CHARACTERS, `must be at most ${MAX_TEXT_CHARACTERS.toLocaleString('en')} characters (300 KB)`)
      .refine((text) => text.trim().length > 0, 'must not be empty')
      .refine((text) => !isOnlyAWebAddress(text), ONLY_A_WEB_ADDRESS_MESSAGE)
      .optional(),
  })
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'name at least one of outlet, publishedAt, url, title, text');

/** PATCH /api/stories/:slug: rename the story, or keep it off (or put it back on) the home page and search. */
export const updateStorySchema = z
  .object({
    title: safeText().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
    unlisted: z.boolean({ error: 'must be true or false' }),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'name at least one of title, unlisted');

const mentionRef = z.object({ articleId: publicId, text: safeText().min(1).max(20_000) }).strict();
const DISCREPANCY_TYPE_NAMES = DISCREPANCY_TYPES.map((info) => info.type) as [DiscrepancyType, ...DiscrepancyType[]];
/** A discrepancy type by its engine name (the reader's single list of them). */
export const discrepancyType = z.enum(DISCREPANCY_TYPE_NAMES, { error: `must be one of ${DISCREPANCY_TYPE_NAMES.join(', ')}` });

/** A correction of the engine's result (see lib/analysis/corrections.ts). */
export const correctionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('merge'), into: mentionRef, from: mentionRef }).strict(),
    z.object({ kind: z.literal('split'), mentions: z.array(mentionRef).min(1, 'name at least one mention').max(100) }).strict(),
    z.object({ kind: z.literal('move'), mention: mentionRef, to: mentionRef }).strict(),
    z.object({ kind: z.literal('dismiss'), claim: mentionRef, type: discrepancyType }).strict(),
    z
      .object({
        kind: z.literal('add'),
        claim: mentionRef,
        type: discrepancyType,
        articleIds: z.array(publicId).min(2, 'name at least two articles that differ').max(100),
        explanation: safeText().trim().min(1, 'say in a sentence how they differ').max(500, 'must be at most 500 characters'),
      })
      .strict(),
  ],
  { error: 'kind must be merge, split, move, dismiss or add' },
);
