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

/** The request body the stories API takes; optional fields left out when blank. */
export function draftToRequest(draft: Draft) {
  return {
    title: draft.title,
    articles: draft.articles.map((article) => ({
      outlet: article.outlet.trim() || null,
      ...(article.url.trim() ? { url: article.url.trim() } : {}),
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      ...(article.format === 'html' ? { html: article.content } : { text: article.content }),
    })),
  };
}

/** "articles.1.text" → where the form shows it: article 2, its text. */
export function fieldOfIssue(path: string): { article: number | null; field: string } {
  const match = /^articles\.(\d+)(?:\.(\w+))?/.exec(path);
  if (match) return { article: Number(match[1]), field: match[2] === 'html' ? 'text' : (match[2] ?? 'article') };
  return { article: null, field: path === '(body)' ? 'story' : path.split('.')[0]! };
}

/** The host of a web address without "www.", as an outlet name suggestion ("bbc.co.uk"). */
export function hostOf(url: string): string | null {
  try {
    return new URL(url.trim()).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
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
  const document = new DOMParser().parseFromString(html, 'text/html');
  const meta = (selector: string) => document.querySelector<HTMLMetaElement>(selector)?.content?.trim() || null;
  const url = meta('meta[property="og:url"]') ?? document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const date = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]');
  return {
    outlet: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? (url ? hostOf(url) : null),
    url: url && hostOf(url) ? url : null,
    publishedAt: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
  };
}
