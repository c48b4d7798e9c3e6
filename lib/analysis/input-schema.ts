import { z } from 'zod';
import { htmlLimitProblem } from './html-limits';
import { isoDate } from './dates';

/**
 * The engine's input contract, for the boundaries that receive stories from outside (the analyze
 * CLI, the API). The engine itself trusts its typed input and never throws on messy text.
 */
const articleSchema = z
  .object({
    id: z.string().min(1, 'must be a non-empty string'),
    outlet: z.string().nullable(),
    url: z.string().optional(),
    publishedAt: z
      .string()
      .refine((value) => isoDate(value) === value, 'must be a date written YYYY-MM-DD')
      .nullable()
      .optional(),
    title: z.string().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((article) => (article.text === undefined) !== (article.html === undefined), {
    message: 'must have either "text" or "html" (exactly one)',
  })
  .superRefine((article, context) => {
    const problem = article.text === undefined && article.html !== undefined ? htmlLimitProblem(article.html) : null;
    if (problem) context.addIssue({ code: 'custom', path: ['html'], message: problem });
  });

export const storyInputSchema = z
  .object({
    id: z.string().min(1, 'must be a non-empty string'),
    title: z.string().optional(),
    articles: z.array(articleSchema).min(1, 'must list at least one article'),
  })
  .superRefine((story, context) => {
    const seen = new Set<string>();
    story.articles.forEach((article, index) => {
      if (seen.has(article.id)) context.addIssue({ code: 'custom', path: ['articles', index, 'id'], message: `duplicates the id "${article.id}"` });
      seen.add(article.id);
    });
  });

/** One readable line naming every problem and where it is ("articles.1.outlet: …"). */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'story'}: ${issue.message}`).join('; ');
}
