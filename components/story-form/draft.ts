import { hostOf, pageMetadata } from '@/lib/analysis/page-metadata';

/** A story being written in the form: kept in the browser until it is saved. */
export interface DraftArticle {
  /** Stable key for React lists; not sent. */
  key: string;
  outlet: string;
  url: string;
  publishedAt: string;
  format: 'text' | 'html';
  content: string;
  fileName: string | null;
}

export interface Draft {
  title: string;
  articles: DraftArticle[];
}

export const DRAFT_KEY = 'parallax:new-story-draft';

let counter = 0;
export function emptyArticle(): DraftArticle {
  counter += 1;
  return { key: `a${Date.now().toString(36)}${counter}`, outlet: '', url: '', publishedAt: '', format: 'text', content: '', fileName: null };
}

export function emptyDraft(): Draft {
  return { title: '', articles: [emptyArticle(), emptyArticle()] };
}

/** Reads a saved draft, or null when there is none or it is not one of ours. */
export function parseDraft(saved: string | null): Draft | null {
  if (!saved) return null;
  try {
    const value = JSON.parse(saved) as Partial<Draft>;
    if (typeof value.title !== 'string' || !Array.isArray(value.articles)) return null;
    const articles = value.articles
      .filter((article): article is DraftArticle => typeof article === 'object' && article !== null && typeof article.content === 'string')
      .map((article) => ({ ...emptyArticle(), ...article, format: article.format === 'html' ? ('html' as const) : ('text' as const) }));
    return { title: value.title, articles: articles.length > 0 ? articles : emptyDraft().articles };
  } catch {
    return null;
  }
}

/** An article with a web address and no text: the server fetches its page when the story is saved. */
export const fetchesPage = (article: DraftArticle) => article.content.trim() === '' && article.url.trim() !== '';

/** A draft article nobody has written anything in. */
const isBlank = (article: DraftArticle) => article.content.trim() === '' && article.url.trim() === '' && article.outlet.trim() === '';

/**
 * Web addresses pasted one per line become articles to fetch, in place of the blank ones; lines that are
 * not web addresses come back so the form can say so. An address the draft already holds is not added twice.
 */
export function addAddresses(draft: Draft, pasted: string): { draft: Draft; added: number; notAddresses: string[] } {
  const lines = pasted.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const notAddresses = lines.filter((line) => hostOf(line) === null);
  const known = new Set(draft.articles.map((article) => article.url.trim()));
  const addresses = [...new Set(lines.filter((line) => hostOf(line) !== null))].filter((address) => !known.has(address));
  if (addresses.length === 0) return { draft, added: 0, notAddresses };
  const kept = draft.articles.filter((article) => !isBlank(article));
  const added = addresses.map((url) => ({ ...emptyArticle(), url }));
  return { draft: { ...draft, articles: [...kept, ...added] }, added: added.length, notAddresses };
}

/** The request body the stories API takes; optional fields left out when blank. */
export function draftToRequest(draft: Draft) {
  return {
    title: draft.title,
    articles: draft.articles.map((article) => {
      const outlet = article.outlet.trim() || null;
      const date = article.publishedAt ? { publishedAt: article.publishedAt } : {};
      // Fetched: a blank outlet is left out, so that the page's own name for its outlet fills it.
      if (fetchesPage(article)) return { ...(outlet ? { outlet } : {}), url: article.url.trim(), ...date };
      return {
        outlet,
        ...(article.url.trim() ? { url: article.url.trim() } : {}),
        ...date,
        ...(article.format === 'html' ? { html: article.content } : { text: article.content }),
      };
    }),
  };
}

/** "articles.1.text" → where the form shows it: article 2, its text. */
export function fieldOfIssue(path: string): { article: number | null; field: string } {
  const match = /^articles\.(\d+)(?:\.(\w+))?/.exec(path);
  if (match) return { article: Number(match[1]), field: match[2] === 'html' ? 'text' : (match[2] ?? 'article') };
  return { article: null, field: path === '(body)' ? 'story' : path.split('.')[0]! };
}

/** What a dropped file holds: text or HTML, or why it cannot be used. */
export function readFileContent(name: string, bytes: Uint8Array): { format: 'text' | 'html'; content: string } | { error: string } {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (!extension || !['txt', 'md', 'markdown', 'html', 'htm'].includes(extension)) {
    return { error: `${name} is not a .txt, .md or .html file.` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { error: `${name} is not a text file (it holds binary data).` };
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: `${name} is not a text file in UTF-8.` };
  }
  return { format: extension === 'html' || extension === 'htm' ? 'html' : 'text', content };
}

/** Outlet, address and date an HTML page declares about itself, to fill blank fields. */
export function describeHtml(html: string): { outlet: string | null; url: string | null; publishedAt: string | null } {
  const { outlet, url, publishedAt } = pageMetadata(new DOMParser().parseFromString(html, 'text/html'));
  return { outlet, url, publishedAt };
}
