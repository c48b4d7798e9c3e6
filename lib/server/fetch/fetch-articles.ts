import { parseHTML } from 'linkedom';
import { pageMetadata } from '@/lib/analysis/page-metadata';
import { AppError, type Issue } from '@/lib/errors';
import { storableText } from '@/lib/server/safe-text';
import { fetchOptions, fetchPage, type FetchOptions } from './safe-fetch';

/** An article as the API takes it: its text or HTML, or only its web address for the server to fetch. */
export interface ArticleRequest {
  outlet?: string | null | undefined;
  url?: string | undefined;
  title?: string | undefined;
  publishedAt?: string | null | undefined;
  text?: string | undefined;
  html?: string | undefined;
}

/** Pages fetched at once for one request, and in all: a request waits for the slowest of them. */
const FETCH_CONCURRENCY = 4;
const MAX_FETCHED_PER_REQUEST = 20;

/** Whether the server is to fetch this article's page (it came as a web address alone). */
const isToFetch = (article: ArticleRequest) => article.url !== undefined && article.text === undefined && article.html === undefined;

/**
 * Fetches the page of every article given only as a web address, and fills in what its metadata says
 * (outlet, title, date, canonical address) where the request left it out. Refuses the whole request,
 * naming each address that failed and why, when any fetch fails: a story is saved whole or not at all.
 * `pathOf` names an article's field in the issues ("articles.2.url").
 */
export async function fetchArticles<T extends ArticleRequest>(articles: readonly T[], pathOf: (index: number) => string, options: FetchOptions = fetchOptions()): Promise<readonly T[]> {
  const wanted = articles.flatMap((article, index) => (isToFetch(article) ? [index] : []));
  if (wanted.length === 0) return articles;
  if (wanted.length > MAX_FETCHED_PER_REQUEST) {
    throw new AppError('invalid', 'article', `At most ${MAX_FETCHED_PER_REQUEST} web addresses are fetched at a time; this request gives ${wanted.length}. Add the rest to the story afterwards.`);
  }
  const filled = [...articles];
  const issues: Issue[] = [];
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const index = wanted[next++] as number;
      const article = articles[index] as T;
      const page = await fetchPage(article.url as string, options);
      if (!page.ok) {
        issues.push({ path: pathOf(index), message: `${article.url} ${page.reason}` });
        continue;
      }
      filled[index] = { ...article, ...fromPage(page.html, page.url, article) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, wanted.length) }, worker));
  if (issues.length > 0) {
    issues.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
    const count = issues.length === 1 ? 'A web address' : `${issues.length} web addresses`;
    throw new AppError('invalid', 'article', `${count} could not be used, so nothing was saved: ${issues.map((issue) => issue.message).join('; ')}`, issues);
  }
  return filled;
}

/** The fields a fetched page gives an article: its HTML, and its metadata where the request gave none. */
function fromPage(html: string, address: string, article: ArticleRequest): ArticleRequest {
  // Only the head is parsed here (the whole page is read by the analysis, off the request's thread).
  const bodyAt = html.search(/<body[\s>]/i);
  const head = html.slice(0, bodyAt === -1 ? Math.min(html.length, 200_000) : bodyAt);
  const found = pageMetadata(parseHTML(head.includes('<html') ? `${head}</html>` : `<!doctype html><html>${head}</html>`).document, address);
  const field = (value: string, length: number) => storableText(value).slice(0, length).trim();
  return {
    html: storableText(html),
    url: [found.url, address].find((candidate) => candidate && candidate.length <= 2000) ?? article.url,
    outlet: article.outlet ?? (found.outlet ? field(found.outlet, 200) : null),
    ...(article.title === undefined && found.title ? { title: field(found.title, 500) } : {}),
    ...(article.publishedAt == null && found.publishedAt ? { publishedAt: found.publishedAt } : {}),
  };
}
